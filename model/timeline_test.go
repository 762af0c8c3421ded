package model

import (
	"slices"
	"testing"
	"time"
)

func TestTimelineOrderAndFilter(t *testing.T) {
	actors := []Actor{
		{ID: "donald-trump", Name: "Donald Trump", Kind: Person, Aliases: []string{"Trump", "Trumps"}},
		{ID: "elon-musk", Name: "Elon Musk", Kind: Person, Aliases: []string{"Musk"}},
		{ID: "meta", Name: "Meta", Kind: Organization},
	}
	events := []Event{
		{ID: "undated", Title: "b", Actors: []int{0}},
		{ID: "dec", Title: "c", Date: DayInterval(NewDay(2024, time.December, 18)), Actors: []int{0, 1}},
		{ID: "nov", Title: "a", Date: MonthInterval(2024, time.November), Actors: []int{0, 2}},
		{ID: "jan", Title: "d", Date: DayInterval(NewDay(2025, time.January, 21)), Actors: []int{1}},
	}
	tl := New(nil, actors, events)
	var order []string
	for _, e := range tl.Events {
		order = append(order, e.ID)
	}
	if want := []string{"nov", "dec", "jan", "undated"}; !slices.Equal(order, want) {
		t.Errorf("order = %v, want %v", order, want)
	}
	if got := tl.Span().String(); got != "2024-11-01..2025-01-21" {
		t.Errorf("Span = %s", got)
	}
	tests := []struct {
		actors []int
		want   []int
	}{
		{nil, []int{0, 1, 2, 3}},
		{[]int{0}, []int{0, 1, 3}},
		{[]int{1}, []int{1, 2}},
		{[]int{0, 1}, []int{1}},
		{[]int{1, 2}, nil},
	}
	for _, tt := range tests {
		if got := tl.EventsWithAll(tt.actors); !slices.Equal(got, tt.want) {
			t.Errorf("EventsWithAll(%v) = %v, want %v", tt.actors, got, tt.want)
		}
	}
	for _, name := range []string{"trumps", " Donald Trump ", "TRUMP"} {
		if a, ok := tl.LookupActor(name); !ok || a != 0 {
			t.Errorf("LookupActor(%q) = %d, %v", name, a, ok)
		}
	}
	if _, ok := tl.LookupActor("Altman"); ok {
		t.Error("LookupActor found an actor that is not there")
	}
}
