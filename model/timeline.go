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

	// Skipped are the files that were found but could not be read as
	// articles, each with the reason, for the reader to see where the
	// timeline is shown. The loader fills it; New leaves it empty.
	Skipped []SkippedFile
	// NotGerman are the articles (indices into Articles) that do not read
	// as German, so the reader can be told why they yield nothing: Chronik
	// reads German news. corpus.Build fills it (too few of an article's
	// words in the German lexicon); New leaves it empty.
	NotGerman []int
	// Faults are the articles a stage of the pipeline failed on: a bug,
	// which costs that article its events (or its actors and dates too),
	// not the whole timeline.
	Faults []Fault

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
	add := func(name string, i int) {
		key := strings.ToLower(name)
		if _, taken := t.byName[key]; !taken {
			t.byName[key] = i
		}
	}
	for i, a := range actors {
		add(a.Name, i) // first: an actor's name before any alias
		for _, n := range a.Aliases {
			add(n, i)
		}
	}
	return t
}

// A Fault is an article a stage of the pipeline failed on, and how.
type Fault struct {
	Article int    // index into Articles
	Stage   string // "reading" (text, dates, actors) or "events"
	Reason  string // what went wrong, as the failure said it
}

// A SkippedFile is a file the loader found and left out, and why.
type SkippedFile struct {
	Path   string // as the loader was given or found it; "" when the error named none
	Reason string // "not UTF-8", "empty", "over 16 MiB", …
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

// EventsWithAny returns the indices of the events that involve at least
// one of the given actors, in time order; with no actors, none. It merges
// the actors' posting lists.
func (t *Timeline) EventsWithAny(actors []int) []int {
	var out []int
	for _, a := range actors {
		out = mergeUnique(out, t.byActor[a])
	}
	return out
}

// mergeUnique merges two ascending lists into a new ascending list without
// repeats.
func mergeUnique(a, b []int) []int {
	out := make([]int, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case j == len(b) || i < len(a) && a[i] < b[j]:
			out = append(out, a[i])
			i++
		case i == len(a) || b[j] < a[i]:
			out = append(out, b[j])
			j++
		default:
			out = append(out, a[i])
			i++
			j++
		}
	}
	return out
}

// KeyEvents returns the key events of the timeline, in time order: the n
// events that rank highest by Salience, ties broken by the number of
// articles that tell an event, then by its number of mentions, then by
// time order. With every salience zero (a corpus read without it) the
// events most widely reported come first.
func (t *Timeline) KeyEvents(n int) []int {
	n = min(max(n, 0), len(t.Events))
	rank := make([]int, len(t.Events))
	articles := make([]int, len(t.Events))
	for i := range rank {
		rank[i] = i
		articles[i] = t.Events[i].ArticleCount()
	}
	slices.SortStableFunc(rank, func(a, b int) int {
		ea, eb := &t.Events[a], &t.Events[b]
		if c := cmp.Compare(eb.Salience, ea.Salience); c != 0 {
			return c
		}
		if c := cmp.Compare(articles[b], articles[a]); c != 0 {
			return c
		}
		return cmp.Compare(len(eb.Mentions), len(ea.Mentions))
	})
	out := rank[:n:n]
	slices.Sort(out)
	return out
}

// ArticleCount is the number of different articles that tell e.
func (e *Event) ArticleCount() int {
	n := 0
	for i, m := range e.Mentions {
		seen := false
		for _, o := range e.Mentions[:i] {
			if o.Article == m.Article {
				seen = true
				break
			}
		}
		if !seen {
			n++
		}
	}
	return n
}
