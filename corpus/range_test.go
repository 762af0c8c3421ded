package corpus

import (
	"testing"

	"chronik/model"
)

// An event told with a range of dates is dated by the whole range, not by
// one of its ends; one told with two days joined by "und" by both days;
// one told in a night by the night's two days; one compared with another
// time ("als im Vorjahr") not by that time; one at an event by the days
// the event's relative clause gives.
func TestEventOverARange(t *testing.T) {
	for _, c := range []struct {
		text       string
		start, end model.Day
	}{
		{"date: 2025-03-20\n\nVerdi streikte zwischen dem 4. und 8. März in Köln.\n", day(2025, 3, 4), day(2025, 3, 8)},
		{"date: 2025-03-20\n\nVerdi streikte vom 4. bis 8. März in Köln.\n", day(2025, 3, 4), day(2025, 3, 8)},
		{"date: 2025-03-20\n\nVerdi streikte am 4. und 5. März in Köln.\n", day(2025, 3, 4), day(2025, 3, 5)},
		{"date: 2025-03-20\n\nDie dritte Verhandlungsrunde von Verdi und Bund findet am 24. und 25. März in Potsdam statt.\n", day(2025, 3, 24), day(2025, 3, 25)},
		// two days months apart are likelier two happenings listed: the nearer one
		{"date: 2025-09-20\n\nVerdi streikte am 4. März und 8. September in Köln.\n", day(2025, 3, 4), day(2025, 3, 4)},
		{"date: 2025-03-20\n\nIn der Nacht zum Mittwoch nahm die Polizei in Köln einen Mann fest.\n", day(2025, 3, 18), day(2025, 3, 19)},
		{"date: 2025-03-20\n\nIn der Mittwochnacht nahm die Polizei in Köln einen Mann fest.\n", day(2025, 3, 19), day(2025, 3, 20)},
		{"date: 2025-03-20\n\nIn der Silvesternacht nahm die Polizei in Köln einen Mann fest.\n", day(2024, 12, 31), day(2025, 1, 1)},
		// what the happening is compared with has a time of its own: no
		// date of the happening's, so on or before the article's day
		{"date: 2025-03-20\n\nNachrichten\n\nSiemens hat in Erlangen mehr Stellen gestrichen als im Vorjahr.\n", model.FirstDay, day(2025, 3, 20)},
		// the venue's time: a presentation at a fair that runs on given days
		{"date: 2025-03-10\n\nNachrichten\n\nSiemens präsentiert seine neue Turbine auf der Hannover Messe, die vom 24. bis 28. März stattfindet.\n", day(2025, 3, 24), day(2025, 3, 28)},
		{"date: 2025-03-10\n\nNachrichten\n\nSiemens stellte die Studie auf der Tagung vor, die am 5. März in Berlin stattfand.\n", day(2025, 3, 5), day(2025, 3, 5)},
		// a weekday told in the past ("vereinbarten") is the one before
		{"date: 2025-03-20\n\nNachrichten\n\nBei einem Treffen in Wien vereinbarten die Agrarminister am Mittwoch, dass die Zölle gesenkt werden.\n", day(2025, 3, 19), day(2025, 3, 19)},
	} {
		tl := buildText(t, c.text)
		want := model.Interval{Start: c.start, End: c.end}
		if len(tl.Events) != 1 {
			t.Fatalf("%q: %d events, want 1", c.text, len(tl.Events))
		}
		if got := tl.Events[0].Date; got != want {
			t.Errorf("%q: dated %v, want %v", c.text, got, want)
		}
	}
}
