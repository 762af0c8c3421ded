package tui

import (
	"context"

	"charm.land/bubbles/v2/textinput"
	"charm.land/lipgloss/v2"
	"charm.land/log/v2"
)

// common is what every component of one session shares (as in soft-serve's
// pkg/ui/common): the session's context, screen size, styles, key map and
// logger. Components keep a pointer to it, so a restyle or resize is seen
// by all of them at once.
type common struct {
	ctx           context.Context
	width, height int
	st            *styles
	keys          *KeyMap
	logger        *log.Logger
}

// newInput is a search line: no prompt (the pane draws its own "/") and a
// steady cursor, because a blinking one would send a frame to every SSH
// session twice a second for nothing.
func newInput(c *common) textinput.Model {
	in := textinput.New()
	in.Prompt = ""
	in.CharLimit = 200
	in.SetStyles(inputStyles(c.st))
	in.SetVirtualCursor(profileClass(c.st.profile) > 0)
	return in
}

func inputStyles(st *styles) textinput.Styles {
	s := textinput.DefaultStyles(st.dark)
	s.Cursor.Blink = false
	if profileClass(st.profile) == 0 {
		plain := lipgloss.NewStyle()
		s.Focused = textinput.StyleState{Text: plain, Placeholder: plain, Suggestion: plain, Prompt: plain}
		s.Blurred = s.Focused
	}
	return s
}
