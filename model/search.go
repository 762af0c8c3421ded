package model

import (
	"sort"
	"strings"
	"unicode"
)

// A SearchIndex finds the events whose title or sentences contain a piece of
// text, fast enough to run on every keystroke over 100,000 events. It holds
// one normalised haystack per event (the title, then every sentence that
// tells the event), all in one string so that a search is a single sweep of
// strings.Index, which skips non-matching text with vector instructions,
// instead of one call per event. Built once, it is read-only and shared by
// every session.
type SearchIndex struct {
	hay    string  // every event's haystack, each followed by a 0 byte so that no match spans two events
	starts []int32 // starts[i] is where event i's haystack begins in hay; starts[len(Events)] = len(hay)
}

// NewSearchIndex indexes the titles and mention sentences of t's events.
func NewSearchIndex(t *Timeline) *SearchIndex {
	var b strings.Builder
	starts := make([]int32, 0, len(t.Events)+1)
	for i := range t.Events {
		e := &t.Events[i]
		starts = append(starts, int32(b.Len()))
		writeNormalized(&b, e.Title)
		for _, m := range e.Mentions {
			if m.Article < 0 || m.Article >= len(t.Articles) {
				continue
			}
			text := t.Articles[m.Article].Text
			if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
				continue
			}
			b.WriteByte(' ')
			writeNormalized(&b, text[m.Start:m.End])
		}
		b.WriteByte(0)
	}
	starts = append(starts, int32(b.Len()))
	return &SearchIndex{hay: b.String(), starts: starts}
}

// NormalizeQuery turns what a reader typed into the form the haystacks are
// stored in: lower case, control characters dropped, runs of white space
// made one space. Leading white space is dropped, a trailing space is kept
// (it means "a word ends here").
func NormalizeQuery(q string) string {
	var b strings.Builder
	writeNormalized(&b, strings.TrimLeftFunc(q, unicode.IsSpace))
	return b.String()
}

// writeNormalized appends s lower-cased, with every run of white space or
// control characters as one space.
func writeNormalized(b *strings.Builder, s string) {
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) || unicode.IsControl(r) || r == unicode.ReplacementChar {
			if !space {
				b.WriteByte(' ')
				space = true
			}
			continue
		}
		space = false
		b.WriteRune(unicode.ToLower(r))
	}
}

// Len is the number of events indexed.
func (s *SearchIndex) Len() int { return len(s.starts) - 1 }

// Find returns, ascending, the events whose haystack contains the
// normalised query q. An empty q matches nothing: callers treat "no query"
// as "no search".
func (s *SearchIndex) Find(q string) []int {
	if q == "" {
		return nil
	}
	var out []int
	pos := 0
	for pos < len(s.hay) {
		i := strings.Index(s.hay[pos:], q)
		if i < 0 {
			break
		}
		at := pos + i
		// The event whose haystack holds offset at: the last start <= at.
		// A common query hits the very next event, so look there before
		// searching.
		next := len(out)
		if next > 0 {
			next = out[next-1] + 1
		}
		ev := next
		if int(s.starts[ev+1]) <= at {
			ev = next + sort.Search(len(s.starts)-next, func(k int) bool { return int(s.starts[next+k]) > at }) - 1
		}
		out = append(out, ev)
		pos = int(s.starts[ev+1])
	}
	return out
}

// Narrow returns the events of candidates (ascending) whose haystack
// contains q. It costs what the candidates cost, so a query that extends
// the previous one only looks at the previous hits.
func (s *SearchIndex) Narrow(q string, candidates []int) []int {
	if q == "" {
		return nil
	}
	out := candidates[:0:0]
	for _, ev := range candidates {
		if strings.Contains(s.hay[s.starts[ev]:s.starts[ev+1]], q) {
			out = append(out, ev)
		}
	}
	return out
}

// A Search is one reader's running search: it remembers the last query and
// its hits so that typing one more letter narrows the previous hits rather
// than sweeping the whole corpus again.
type Search struct {
	idx     *SearchIndex
	query   string // normalised
	hits    []int
	history []searchStep // the queries typed on the way to this one, shortest first
}

type searchStep struct {
	query string
	hits  []int
}

// maxHistory bounds the queries a Search remembers for backspace.
const maxHistory = 64

// NewSearch starts a search over idx.
func NewSearch(idx *SearchIndex) *Search { return &Search{idx: idx} }

// Set changes the query and returns the events that match it, ascending
// (nil for an empty query). The slice is the Search's own: it stays valid
// until the next Set, and must not be modified.
func (s *Search) Set(query string) []int {
	q := NormalizeQuery(query)
	if q == s.query {
		return s.hits
	}
	// Deleting a letter goes back to a query typed before: its hits are
	// remembered. The history keeps only queries that q extends.
	for len(s.history) > 0 && !strings.Contains(q, s.history[len(s.history)-1].query) {
		s.history = s.history[:len(s.history)-1]
	}
	if n := len(s.history); n > 0 && s.history[n-1].query == q {
		s.query, s.hits = q, s.history[n-1].hits
		s.history = s.history[:n-1]
		return s.hits
	}
	switch {
	case q == "":
		s.hits = nil
	case s.query != "" && strings.Contains(q, s.query):
		// Whatever contains q also contains the old query, so only its hits
		// need a look — unless they are most of the corpus: then one sweep
		// of the whole haystack, where strings.Index runs vectorised over
		// long stretches, is cheaper than a call per event.
		s.history = append(s.history, searchStep{s.query, s.hits})
		if len(s.history) > maxHistory {
			s.history = s.history[1:]
		}
		if len(s.hits)*8 > s.idx.Len() {
			s.hits = s.idx.Find(q)
		} else {
			s.hits = s.idx.Narrow(q, s.hits)
		}
	default:
		s.history = s.history[:0]
		s.hits = s.idx.Find(q)
	}
	s.query = q
	return s.hits
}

// Query is the current normalised query.
func (s *Search) Query() string { return s.query }
