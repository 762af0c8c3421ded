package tui

import (
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"chronik/model"
)

// probe wraps a Model in a running program so that a test can wait, without
// sleeping, until the screen has settled: the test sends an awaitIdle after
// its keys, and the probe answers it once the program has taken in the
// profile, the article pane has followed the selection (the follow message
// has come) and no render is pending.
type probe struct {
	*Model
	profile colorprofile.Profile
	waiting []chan struct{}
}

type awaitIdle struct{ done chan struct{} }

func (p *probe) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	var cmd tea.Cmd
	if a, ok := msg.(awaitIdle); ok {
		p.waiting = append(p.waiting, a.done)
	} else {
		_, cmd = p.Model.Update(msg)
	}
	if len(p.waiting) > 0 && p.settled() && p.Model.profile == p.profile {
		for _, c := range p.waiting {
			close(c)
		}
		p.waiting = nil
	}
	return p, cmd
}

// runScreen starts the explorer on the fixture at w×h, types each step's
// keys and waits for the screen to settle after each, and returns the
// final screen.
func runScreen(t *testing.T, w, h int, opts Options, steps ...string) string {
	t.Helper()
	return runScreenOn(t, fixture(), w, h, opts, steps...)
}

// runScreenOn is runScreen on a timeline of the test's own.
func runScreenOn(t *testing.T, tl *model.Timeline, w, h int, opts Options, steps ...string) string {
	t.Helper()
	dark := true
	opts.Style, opts.HasDarkBackground = "notty", &dark
	m, err := New(tl, opts)
	if err != nil {
		t.Fatal(err)
	}
	p := &probe{Model: m, profile: colorprofile.NoTTY}
	tm := teatest.NewTestModel(t, p, teatest.WithInitialTermSize(w, h),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.NoTTY)))
	settle := func() {
		done := make(chan struct{})
		tm.Send(awaitIdle{done})
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			t.Fatal("the screen did not settle")
		}
	}
	settle()
	for _, step := range steps {
		for _, msg := range keys(step) {
			tm.Send(msg)
		}
		settle()
	}
	if err := tm.Quit(); err != nil {
		t.Fatal(err)
	}
	return tm.FinalModel(t, teatest.WithFinalTimeout(10*time.Second)).View().Content
}

func TestGoldenMainScreen(t *testing.T) {
	for _, size := range []struct {
		name string
		w, h int
	}{{"80x24", 80, 24}, {"160x48", 160, 48}} {
		t.Run(size.name, func(t *testing.T) {
			golden.RequireEqual(t, runScreen(t, size.w, size.h, Options{}))
		})
	}
}

func TestGoldenFilter(t *testing.T) {
	tests := []struct {
		name  string
		w, h  int
		opts  Options
		steps []string
	}{
		// Search the actor list for Musk and put him into the filter.
		{"one_actor", 160, 48, Options{}, []string{"1 / 'musk' enter space"}},
		// Then Altman as well: only the events with both remain.
		{"two_actors", 160, 48, Options{}, []string{"1 / 'musk' enter space", "/ 'altman' enter space"}},
		// The same filter given on the command line, on a small screen.
		{"two_actors_option_80x24", 80, 24, Options{Actors: []string{"musk", "ALTMAN"}}, nil},
		// n moves the cursor from one filtered actor to the next.
		{"next_filtered", 120, 30, Options{Actors: []string{"Trump", "Bezos"}}, []string{"n", "n"}},
		// esc in the actor pane clears the filter.
		{"cleared", 120, 30, Options{Actors: []string{"Trump"}}, []string{"1 esc"}},
		// A search of the timeline narrows it as one types.
		{"search_events", 120, 30, Options{}, []string{"/ 'mar-a'"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			golden.RequireEqual(t, runScreen(t, tt.w, tt.h, tt.opts, tt.steps...))
		})
	}
}

// TestGoldenArticle opens the dinner at Mar-a-Lago (told by two articles)
// at its sentence, moves to the other mention with ] and back with [.
func TestGoldenArticle(t *testing.T) {
	steps := []string{"2 k k k k enter", "]", "["}
	for _, size := range []struct {
		name string
		w, h int
	}{{"100x30", 100, 30}, {"160x48", 160, 48}} {
		for i := range steps {
			name := []string{"open", "next_mention", "prev_mention"}[i]
			t.Run(size.name+"/"+name, func(t *testing.T) {
				golden.RequireEqual(t, runScreen(t, size.w, size.h, Options{}, steps[:i+1]...))
			})
		}
	}
}
