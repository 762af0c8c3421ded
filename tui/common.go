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

// searchLine is a pane's search input, made on first use: most readers
// never search, and a text input costs every session kilobytes it would
// keep for nothing.
type searchLine struct {
	c     *common
	in    *textinput.Model
	width int
}

// input returns the text input, making it if need be.
func (l *searchLine) input() *textinput.Model {
	if l.in == nil {
		in := newInput(l.c)
		in.SetWidth(l.width)
		l.in = &in
	}
	return l.in
}

// value is what has been typed, "" before the first search.
func (l *searchLine) value() string {
	if l.in == nil {
		return ""
	}
	return l.in.Value()
}

// clear empties the line.
func (l *searchLine) clear() {
	if l.in != nil {
		l.in.SetValue("")
	}
}

func (l *searchLine) setWidth(w int) {
	l.width = w
	if l.in != nil {
		l.in.SetWidth(w)
	}
}

// restyle follows the session's styles.
func (l *searchLine) restyle() {
	if l.in != nil {
		l.in.SetStyles(inputStyles(l.c.st))
		l.in.SetVirtualCursor(profileClass(l.c.st.profile) > 0)
	}
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
