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

func TestEventsWithAnyAndKeyEvents(t *testing.T) {
	mention := func(art int) EventMention { return EventMention{Article: art} }
	events := []Event{
		{ID: "a", Date: DayInterval(NewDay(2024, time.December, 1)), Actors: []int{0}, Mentions: []EventMention{mention(0)}},
		{ID: "b", Date: DayInterval(NewDay(2024, time.December, 2)), Actors: []int{1}, Mentions: []EventMention{mention(0), mention(1), mention(1)}},
		{ID: "c", Date: DayInterval(NewDay(2024, time.December, 3)), Actors: []int{0, 1}, Mentions: []EventMention{mention(0), mention(1)}},
		{ID: "d", Date: DayInterval(NewDay(2024, time.December, 4)), Actors: []int{2}, Mentions: []EventMention{mention(0)}, Salience: 0.9},
		{ID: "e", Date: DayInterval(NewDay(2024, time.December, 5)), Actors: []int{2}, Mentions: []EventMention{mention(0), mention(0)}},
	}
	tl := New(nil, []Actor{{ID: "x"}, {ID: "y"}, {ID: "z"}}, events)
	for _, tt := range []struct {
		actors []int
		want   []int
	}{
		{nil, nil},
		{[]int{0}, []int{0, 2}},
		{[]int{0, 1}, []int{0, 1, 2}},
		{[]int{0, 2}, []int{0, 2, 3, 4}},
	} {
		if got := tl.EventsWithAny(tt.actors); !slices.Equal(got, tt.want) {
			t.Errorf("EventsWithAny(%v) = %v, want %v", tt.actors, got, tt.want)
		}
	}
	// Salience first; then articles (b and c: 2 each), then mentions (b: 3).
	for n, want := range map[int][]int{1: {3}, 2: {1, 3}, 3: {1, 2, 3}, 4: {1, 2, 3, 4}, 9: {0, 1, 2, 3, 4}} {
		if got := tl.KeyEvents(n); !slices.Equal(got, want) {
			t.Errorf("KeyEvents(%d) = %v, want %v", n, got, want)
		}
	}
	if got := tl.Events[1].ArticleCount(); got != 2 {
		t.Errorf("ArticleCount = %d, want 2", got)
	}
}

func TestShortLabelAndMonthSpan(t *testing.T) {
	d := func(s string) Day { return day(s) }
	for _, tt := range []struct {
		iv   Interval
		want string
	}{
		{DayInterval(d("2024-12-18")), "18 Dec 2024"},
		{MonthInterval(2024, time.December), "Dec 2024"},
		{YearInterval(2018), "2018"},
		{Interval{d("2025-01-21"), d("2025-01-27")}, "21–27 Jan 2025"},
		{Interval{d("2024-10-21"), d("2024-12-31")}, "~ Oct–Dec 2024"},
		{Interval{d("2024-11-30"), d("2024-12-03")}, "~ Nov–Dec 2024"},
		{Interval{d("2025-01-11"), d("2025-01-31")}, "11–31 Jan 2025"},
		{Interval{d("2024-12-20"), d("2025-01-10")}, "~ Dec 2024–Jan 2025"},
		{Before(d("2024-12-18")), "before 18 Dec 2024"},
		{Interval{}, "undated"},
	} {
		got := tt.iv.ShortLabel()
		if got != tt.want {
			t.Errorf("%v.ShortLabel() = %q, want %q", tt.iv, got, tt.want)
		}
		if n := len([]rune(got)); n > 19 {
			t.Errorf("%v.ShortLabel() = %q is %d characters", tt.iv, got, n)
		}
	}
	if f, l, ok := (Interval{d("2024-10-21"), d("2025-01-02")}).MonthSpan(); !ok || f != 2024*12+9 || l != 2025*12 {
		t.Errorf("MonthSpan = %d, %d, %v", f, l, ok)
	}
	if f, _, ok := Before(d("2024-12-18")).MonthSpan(); !ok || f != -1 {
		t.Errorf("MonthSpan of an open interval starts at %d, %v", f, ok)
	}
}

func TestHeading(t *testing.T) {
	d := func(s string) Day { return day(s) }
	for _, tt := range []struct {
		iv   Interval
		want string
	}{
		{DayInterval(d("2024-12-18")), "December 2024"},
		{Interval{d("2024-10-21"), d("2024-12-31")}, "Oct – Dec 2024"},
		{YearInterval(2018), "2018"},
		{Interval{d("2023-01-01"), d("2024-12-31")}, "2023 – 2024"},
		{Interval{d("2024-12-20"), d("2025-01-10")}, "Dec 2024 – Jan 2025"},
		{Before(d("2024-12-18")), "Up to December 2024"},
		{Interval{}, "Undated"},
	} {
		if got := tt.iv.Heading(); got != tt.want {
			t.Errorf("%v.Heading() = %q, want %q", tt.iv, got, tt.want)
		}
	}
}

func TestMonthIndexAgreesWithDate(t *testing.T) {
	for d := Day(1); d < NewDay(2200, time.January, 1); d += 13 {
		y, m, _ := d.Date()
		if got, want := monthIndex(d), y*12+int(m)-1; got != want {
			t.Fatalf("monthIndex(%s) = %d, want %d", d, got, want)
		}
	}
	for _, s := range []string{"0001-01-01", "1969-12-31", "1970-01-01", "2000-02-29", "2024-02-29", "2024-03-01", "2024-12-31", "2025-01-01"} {
		d := day(s)
		y, m, _ := d.Date()
		if got := monthIndex(d); got != y*12+int(m)-1 {
			t.Errorf("monthIndex(%s) = %d", s, got)
		}
	}
}
