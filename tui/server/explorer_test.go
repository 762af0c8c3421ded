package server

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// selected returns the timeline row the explorer marks as selected.
func selected(t *testing.T, screen string) string {
	t.Helper()
	for _, line := range strings.Split(screen, "\n") {
		cols := strings.Split(line, "│")
		if len(cols) >= 2 && strings.HasPrefix(cols[1], "▌") {
			return strings.TrimSpace(strings.TrimPrefix(cols[1], "▌"))
		}
	}
	t.Fatalf("no selected timeline row on screen:\n%s", screen)
	return ""
}

func TestExplorerAppears(t *testing.T) {
	ts := startExplorer(t, Config{})
	// The test client never answers a terminal query (background colour,
	// device attributes): the first frame must come anyway.
	tm := openTerm(t, ts.addr, 160, 48, "")
	s := tm.waitScreen("the three panes", func(s string) bool {
		return strings.Contains(s, "1 Actors") && strings.Contains(s, "2 Timeline") && strings.Contains(s, "3 Article")
	})
	if !strings.Contains(s, "6 events · 4 actors · 2 articles") {
		t.Errorf("no status line:\n%s", s)
	}
	tm.send("q")
	if st := tm.waitExit(); st != 0 {
		t.Errorf("exit status %d after q", st)
	}
	ts.waitLog(t, "first frame", "after=")
}

func TestExplorerKeysMoveAndFilter(t *testing.T) {
	ts := startExplorer(t, Config{})
	tm := openTerm(t, ts.addr, 160, 48, "")
	s := tm.waitText("2 Timeline")
	// It opens on the latest dated event; k goes back in time.
	first := selected(t, s)
	if !strings.Contains(first, "Beck kommentiert die Klage") {
		t.Errorf("the explorer opens on %q", first)
	}
	tm.send("k")
	s = tm.waitScreen("the selection to move", func(s string) bool { return selected(t, s) != first })
	if second := selected(t, s); !strings.Contains(second, "Conrad verklagt Delta AG") {
		t.Errorf("after k the selection is %q (was %q)", second, first)
	}
	// Actor pane, put the first actor (Anna Alt, most mentioned) into the
	// filter: the timeline narrows to her events.
	tm.send("1")
	tm.send(" ")
	s = tm.waitText("of 6 events")
	if !strings.Contains(s, "3 of 6 events · Alt") {
		t.Errorf("filter by one actor:\n%s", s)
	}
	if strings.Contains(s, "Conrad verklagt Delta AG") {
		t.Errorf("an event without the actor is still listed:\n%s", s)
	}
	tm.send("\x1b")
	tm.waitText("6 events · 4 actors")
}

func TestExplorerOpensFilteredByArguments(t *testing.T) {
	ts := startExplorer(t, Config{})
	tm := openTerm(t, ts.addr, 160, 48, "beck delta")
	s := tm.waitText("of 6 events")
	if !strings.Contains(s, "Bernd Beck") || !strings.Contains(s, "Delta AG") || !strings.Contains(s, "1 of 6 events") {
		t.Errorf("filtered by two actors:\n%s", s)
	}
}

func TestExplorerReflowsOnWindowChange(t *testing.T) {
	ts := startExplorer(t, Config{})
	tm := openTerm(t, ts.addr, 160, 48, "")
	tm.waitText("3 Article")
	for _, size := range [][2]int{{60, 20}, {40, 12}, {300, 100}} {
		tm.resize(size[0], size[1])
		s := tm.waitScreen("the status line after the resize", func(s string) bool {
			lines := strings.Split(s, "\n")
			return strings.Contains(s, "6 events") && len(lines) <= size[1]
		})
		for _, l := range strings.Split(s, "\n") {
			if n := utf8.RuneCountInString(l); n > size[0] {
				t.Errorf("%dx%d: line of %d cells: %q", size[0], size[1], n, l)
			}
		}
	}
}

func TestExplorerSurvivesHostileWindow(t *testing.T) {
	ts := startExplorer(t, Config{})
	tm := openTerm(t, ts.addr, 10000, 10000, "")
	s := tm.waitText("6 events · 4 actors")
	first := selected(t, s)
	tm.resize(10000, 10000)
	tm.send("j")
	tm.waitScreen("the selection to move", func(s string) bool { return selected(t, s) != first })
	if tm.scr.bytes() > 2<<20 {
		t.Errorf("%d bytes for two frames of a clamped window", tm.scr.bytes())
	}
}
