package model

import (
	"cmp"
	"slices"
	"strings"
)

// A Timeline is the whole corpus as Chronik shows it: articles, actors and
// events in time order, with the indices the screens filter through. It is
// read-only once built, so one Timeline serves every session at once.
type Timeline struct {
	Articles []*Article
	Actors   []Actor
	Events   []Event // dated events by date, then undated ones

	byActor [][]int        // for each actor, the indices of its events, ascending
	byName  map[string]int // lower-cased name or alias → actor
	span    Interval
}

// New builds a Timeline. It sorts the events into time order (undated last)
// and indexes them; the slices are owned by the Timeline afterwards.
func New(articles []*Article, actors []Actor, events []Event) *Timeline {
	slices.SortStableFunc(events, func(a, b Event) int {
		if c := a.Date.Compare(b.Date); c != 0 {
			return c
		}
		return cmp.Compare(a.Title, b.Title)
	})
	t := &Timeline{Articles: articles, Actors: actors, Events: events}
	t.byActor = make([][]int, len(actors))
	for i, e := range events {
		for _, a := range e.Actors {
			t.byActor[a] = append(t.byActor[a], i)
		}
		t.span = t.span.Union(e.Date)
	}
	t.byName = make(map[string]int, 2*len(actors))
	for i, a := range actors {
		for _, n := range append([]string{a.Name}, a.Aliases...) {
			key := strings.ToLower(n)
			if _, taken := t.byName[key]; !taken {
				t.byName[key] = i
			}
		}
	}
	return t
}

// Span is the interval from the earliest to the latest dated event.
func (t *Timeline) Span() Interval { return t.span }

// ActorEvents returns the indices of the events actor a takes part in, in
// time order. The slice is shared: do not modify it.
func (t *Timeline) ActorEvents(a int) []int { return t.byActor[a] }

// LookupActor finds an actor by its name or any alias, ignoring case.
func (t *Timeline) LookupActor(name string) (int, bool) {
	i, ok := t.byName[strings.ToLower(strings.TrimSpace(name))]
	return i, ok
}

// EventsWithAll returns the indices of the events that involve every one of
// the given actors, in time order; with no actors, every event. It walks
// the shortest posting list and checks the others, so it costs what the
// rarest actor costs, not what the corpus does.
func (t *Timeline) EventsWithAll(actors []int) []int {
	if len(actors) == 0 {
		all := make([]int, len(t.Events))
		for i := range all {
			all[i] = i
		}
		return all
	}
	lists := make([][]int, len(actors))
	for i, a := range actors {
		lists[i] = t.byActor[a]
	}
	slices.SortFunc(lists, func(a, b []int) int { return cmp.Compare(len(a), len(b)) })
	var out []int
next:
	for _, e := range lists[0] {
		for _, l := range lists[1:] {
			if _, found := slices.BinarySearch(l, e); !found {
				continue next
			}
		}
		out = append(out, e)
	}
	return out
}
