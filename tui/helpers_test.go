package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"

	"chronik/model"
)

// newSyncModel makes a model driven without a program: messages go
// straight to Update, and the commands it returns run at once (see send).
// The article pane follows the selection at once, without the wait a
// running program has (TestArticleFollowsOnceSelectionRests tests that).
func newSyncModel(t testing.TB, tl *model.Timeline, opts Options, w, h int, profile colorprofile.Profile) *Model {
	t.Helper()
	if opts.Style == "" {
		opts.Style = "notty"
	}
	dark := true
	opts.HasDarkBackground = &dark
	m, err := New(tl, opts)
	if err != nil {
		t.Fatal(err)
	}
	m.followDelay = 0
	send(m, tea.ColorProfileMsg{Profile: profile}, tea.WindowSizeMsg{Width: w, Height: h})
	return m
}

// send delivers messages and runs the commands they return, and those of
// the messages the commands produce, synchronously. Commands that talk to
// a terminal (quit, background queries) are dropped.
func send(m *Model, msgs ...tea.Msg) {
	for len(msgs) > 0 {
		msg := msgs[0]
		msgs = msgs[1:]
		if batch, ok := msg.(tea.BatchMsg); ok {
			for _, c := range batch {
				if c != nil {
					msgs = append(msgs, c())
				}
			}
			continue
		}
		if msg == nil {
			continue
		}
		_, cmd := m.Update(msg)
		if cmd != nil {
			if out := cmd(); out != nil {
				if _, quit := out.(tea.QuitMsg); !quit {
					msgs = append(msgs, out)
				}
			}
		}
	}
}

// keys turns a space-separated list of key names into key presses:
// "j", "enter", "space", "tab", "shift+tab", "esc", "ctrl+c", "pgdown"…;
// a word in quotes, like 'musk', types its letters.
func keys(spec string) []tea.Msg {
	var out []tea.Msg
	for _, k := range strings.Fields(spec) {
		out = append(out, keyMsgs(k)...)
	}
	return out
}

func keyMsgs(k string) []tea.Msg {
	if strings.HasPrefix(k, "'") && strings.HasSuffix(k, "'") && len(k) > 2 {
		var out []tea.Msg
		for _, r := range k[1 : len(k)-1] {
			out = append(out, tea.KeyPressMsg{Code: r, Text: string(r)})
		}
		return out
	}
	named := map[string]tea.Key{
		"enter": {Code: tea.KeyEnter}, "space": {Code: tea.KeySpace, Text: " "}, "tab": {Code: tea.KeyTab},
		"shift+tab": {Code: tea.KeyTab, Mod: tea.ModShift}, "esc": {Code: tea.KeyEscape},
		"ctrl+c": {Code: 'c', Mod: tea.ModCtrl}, "pgdown": {Code: tea.KeyPgDown}, "pgup": {Code: tea.KeyPgUp},
		"up": {Code: tea.KeyUp}, "down": {Code: tea.KeyDown}, "home": {Code: tea.KeyHome}, "end": {Code: tea.KeyEnd},
		"backspace": {Code: tea.KeyBackspace},
		"ctrl+u":    {Code: 'u', Mod: tea.ModCtrl}, "ctrl+d": {Code: 'd', Mod: tea.ModCtrl},
		"ctrl+p": {Code: 'p', Mod: tea.ModCtrl}, "ctrl+n": {Code: 'n', Mod: tea.ModCtrl},
	}
	if key, ok := named[k]; ok {
		return []tea.Msg{tea.KeyPressMsg(key)}
	}
	r := []rune(k)[0]
	return []tea.Msg{tea.KeyPressMsg{Code: r, Text: string(r)}}
}

func view(m *Model) string { return m.View().Content }
