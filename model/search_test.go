package model

import (
	"slices"
	"strings"
	"testing"
	"time"
)

func searchFixture() *Timeline {
	art := &Article{ID: "a", Text: "Musk traf Trump in Mar-a-Lago.\nDie Börse reagierte\tnervös. Zuckerberg spendete eine Million."}
	s1 := strings.Index(art.Text, "Musk")
	e1 := strings.Index(art.Text, "\n")
	s2 := e1 + 1
	e2 := strings.Index(art.Text, "nervös.") + len("nervös.")
	s3 := strings.Index(art.Text, "Zuckerberg")
	events := []Event{
		{ID: "treffen", Title: "Treffen in Mar-a-Lago", Date: DayInterval(NewDay(2024, time.November, 27)),
			Mentions: []EventMention{{Article: 0, Start: s1, End: e1}}},
		{ID: "boerse", Title: "Börse reagiert", Date: DayInterval(NewDay(2024, time.November, 28)),
			Mentions: []EventMention{{Article: 0, Start: s2, End: e2}}},
		{ID: "spende", Title: "Spende", Date: DayInterval(NewDay(2024, time.December, 1)),
			Mentions: []EventMention{{Article: 0, Start: s3, End: len(art.Text)}, {Article: 7, Start: 0, End: 3}}},
		{ID: "leer", Title: "Ohne Satz"},
	}
	return New([]*Article{art}, nil, events)
}

func TestSearchFind(t *testing.T) {
	idx := NewSearchIndex(searchFixture())
	if idx.Len() != 4 {
		t.Fatalf("Len = %d", idx.Len())
	}
	tests := []struct {
		query string
		want  []int
	}{
		{"mar-a-lago", []int{0}},
		{"MAR-A-LAGO", []int{0}},
		{"  trump", []int{0}},
		{"börse", []int{1}},
		{"BÖRSE", []int{1}},
		{"reagierte nervös", []int{1}}, // a tab in the text matches a space in the query
		{"reagierte   nervös", []int{1}},
		{"e", []int{0, 1, 2, 3}},
		{"spende", []int{2}}, // title and sentence both match: listed once
		{"lago. die", nil},   // no match across two mentions' sentences of different events
		{"satz\x00", nil},
		{"", nil},
		{"xyz", nil},
	}
	for _, tt := range tests {
		if got := idx.Find(NormalizeQuery(tt.query)); !slices.Equal(got, tt.want) {
			t.Errorf("Find(%q) = %v, want %v", tt.query, got, tt.want)
		}
	}
}

func TestSearchNarrow(t *testing.T) {
	idx := NewSearchIndex(searchFixture())
	tests := []struct {
		query      string
		candidates []int
		want       []int
	}{
		{"trump", []int{0, 1, 2, 3}, []int{0}},
		{"trump", []int{1, 2}, nil},
		{"e", []int{1, 3}, []int{1, 3}},
		{"", []int{0}, nil},
	}
	for _, tt := range tests {
		if got := idx.Narrow(tt.query, tt.candidates); !slices.Equal(got, tt.want) {
			t.Errorf("Narrow(%q, %v) = %v, want %v", tt.query, tt.candidates, got, tt.want)
		}
	}
}

// TestSearchIncremental types queries letter by letter, deletes and retypes,
// and checks each answer against a fresh sweep.
func TestSearchIncremental(t *testing.T) {
	idx := NewSearchIndex(searchFixture())
	s := NewSearch(idx)
	for _, q := range []string{"t", "tr", "tre", "tref", "tre", "t", "", "m", "mu", "mus", "musk", "musk ", "musk t", "usk t", "n",
		"r", "re", "rea", "re", "r", "ra", "r", "", "e", "ee", "e"} {
		got := s.Set(q)
		want := idx.Find(NormalizeQuery(q))
		if !slices.Equal(got, want) {
			t.Errorf("Set(%q) = %v, fresh Find = %v", q, got, want)
		}
	}
	if s.Query() != "e" {
		t.Errorf("Query = %q", s.Query())
	}
}

func FuzzSearch(f *testing.F) {
	for _, s := range []string{"musk", "ö", "a b", "\x00", "\x1b[31m", " "} {
		f.Add(s)
	}
	tl := searchFixture()
	idx := NewSearchIndex(tl)
	f.Fuzz(func(t *testing.T, q string) {
		nq := NormalizeQuery(q)
		got := idx.Find(nq)
		if !slices.IsSorted(got) {
			t.Fatalf("Find(%q) not sorted: %v", q, got)
		}
		for ev := range tl.Events {
			hay := idx.hay[idx.starts[ev]:idx.starts[ev+1]]
			if want := nq != "" && strings.Contains(hay, nq); want != slices.Contains(got, ev) {
				t.Fatalf("Find(%q): event %d in result = %v, want %v", q, ev, !want, want)
			}
		}
	})
}
