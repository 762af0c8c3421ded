package temporal

import (
	"strings"
	"testing"

	"chronik/model"
)

func TestCalendarParses(t *testing.T) {
	c, err := parseCalendar(calendarTSV)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.events) < 10 {
		t.Fatalf("only %d events", len(c.events))
	}
	for _, bad := range []string{"line\twithout\tenough\textra", "date\tx\t2024-01-01", "name\tx\ty\nname\tx\ty",
		"name\tx\ty\ndate\tx\t2024-13-01", "name\tx\ty", "name\tx\ty\ndate\tx\t2024-01-02\ndate\tx\t2024-01-01",
		"name\tx\ty\nwhat\tx\ty"} {
		if _, err := parseCalendar(bad); err == nil {
			t.Errorf("parseCalendar(%q) accepted bad input", bad)
		}
	}
}

// The calendar holds public background only, never the kind of event a
// corpus is meant to yield: no company news, meetings or dinners.
func TestCalendarHoldsOnlyBackground(t *testing.T) {
	lower := strings.ToLower(calendarTSV)
	for _, w := range []string{"stargate", "openai", "softbank", "oracle", "zuckerberg", "musk", "bezos", "dinner",
		"abendessen", "mar-a-lago", "treffen", "ankündigung", "announce", "meta", "amazon", "tesla", "threads"} {
		if strings.Contains(lower, w) {
			t.Errorf("calendar.tsv mentions %q", w)
		}
	}
}

// Every phrase of the calendar is found in a sentence that governs it.
func TestCalendarPhrases(t *testing.T) {
	tg := New()
	c := sharedCalendar()
	for _, ps := range c.byFirst {
		for _, p := range ps {
			phrase := strings.Join(p.words, " ")
			text := "Das war kurz nach der " + phrase + " so."
			got := tg.Tag(text, model.DayInterval(model.NewDay(2030, 1, 1)))
			if len(got) == 0 || got[0].Mod != "AFTER" || !got[0].Interval.Valid() {
				t.Errorf("%q: got %s", text, describe(text, got))
			}
		}
	}
}

func TestCalendarOccurrence(t *testing.T) {
	ev := &sharedCalendar().events[0]
	if ev.key != "us-inauguration" {
		t.Fatalf("first event %q", ev.key)
	}
	d, _ := ev.latest(model.NewDay(2025, 1, 19))
	if d.String() != "2021-01-20" {
		t.Errorf("latest before 2025-01-19 = %v", d)
	}
	d, _ = ev.next(model.NewDay(2024, 1, 1))
	if d.String() != "2025-01-20" {
		t.Errorf("next after 2024-01-01 = %v", d)
	}
	if _, ok := ev.latest(model.NewDay(1900, 1, 1)); ok {
		t.Error("no inauguration before 1989 is listed")
	}
}
