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

// Every phrase of the calendar is found in a sentence that governs it,
// a generic one when a sentence before names its context.
func TestCalendarPhrases(t *testing.T) {
	tg := New()
	c := sharedCalendar()
	for _, ps := range c.byFirst {
		for _, p := range ps {
			phrase := strings.Join(p.words, " ")
			text := "Das war kurz nach der " + phrase + " so."
			if p.generic {
				text = "Es geht um " + strings.TrimSuffix(c.events[p.ev].context[0], "*") + ". " + text
			}
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

// A generic phrase dates a text only in its event's context: the complement
// after it or the sentences around it must name the event's country or
// people.
func TestCalendarContext(t *testing.T) {
	tg := New()
	dct := model.DayInterval(model.NewDay(2025, 1, 30))
	for _, c := range []struct {
		text, want string // want: the value of the phrase's expression, "" for none
	}{
		{"Kurz nach der Amtseinführung des neuen Rektors gab es Streit.", ""},
		{"Nach der Präsidentschaftswahl in Österreich regiert die FPÖ mit.", ""},
		{"Die Uni hat gewählt. Kurz nach der Amtseinführung gab es Streit.", ""},
		{"Kurz nach der Amtseinführung des Republikaners gab es Streit.", "2025-01-20"},
		{"Kurz nach Trumps Amtseinführung gab es Streit.", "2025-01-20"},
		{"US-Präsident Donald Trump regiert. Nun gab es kurz nach der Amtseinführung Streit.", "2025-01-20"},
		{"Nach der Präsidentschaftswahl in den USA gab es Streit.", "2024-11-05"},
		{"Kurz nach der Amtseinführung des US-Präsidenten gab es Streit.", "2025-01-20"},
		// after an indefinite article, any such event
		{"Nach einer Amtseinführung des US-Präsidenten gibt es immer Streit.", ""},
	} {
		got := ""
		for _, x := range tg.Tag(c.text, dct) {
			if strings.Contains(c.text[x.Start:x.End], "Amtseinführung") || strings.Contains(c.text[x.Start:x.End], "Präsidentschaftswahl") {
				got = x.Value
			}
		}
		if got != c.want {
			t.Errorf("%q: calendar value %q, want %q", c.text, got, c.want)
		}
	}
}
