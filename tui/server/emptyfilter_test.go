package server

import (
	"slices"
	"strings"
	"testing"

	"chronik/model"
)

// Over SSH with a real client: a deep link to two actors who share no
// event opens an empty timeline that says so, and m shows the events of
// any of them (issue 11, first bug).
func TestExplorerEmptyFilterOverSSH(t *testing.T) {
	ts := startWith(t, Config{}, func(cfg Config, tl *model.Timeline) (*Server, error) {
		// The fixture without the one event every actor shares.
		events := slices.DeleteFunc(slices.Clone(tl.Events), func(e model.Event) bool { return len(e.Actors) == len(tl.Actors) })
		return New(cfg, model.New(tl.Articles, tl.Actors, events))
	})
	tm := openTerm(t, ts.addr, 120, 30, "conrad alt")
	s := tm.waitText("of 5 events")
	if !strings.Contains(s, "0 of 5 events · Conrad + Alt") || !strings.Contains(s, "No event involves all of them") {
		t.Errorf("two actors with no shared event:\n%s", s)
	}
	if strings.Contains(s, "Treffen in Berlin") || strings.Contains(s, "Conrad verklagt") {
		t.Errorf("events on an empty filter:\n%s", s)
	}
	tm.send("m")
	s = tm.waitText("Conrad or Alt")
	if !strings.Contains(s, "3 of 5 events · Conrad or Alt") {
		t.Errorf("m, any of them:\n%s", s)
	}
	tm.send("q")
	tm.waitExit()
}
