package temporal

import (
	"testing"

	"chronik/model"
)

func TestBylineDate(t *testing.T) {
	for _, c := range []struct {
		text, day string // day "" when the text has no closing byline
	}{
		{"Der Bürgermeister trat zurück.(Erika Muster, 25.6.2015)", "2015-06-25"},
		{"Der Bürgermeister trat zurück.  (abc, 2. 9. 2015)\n", "2015-09-02"},
		{"Die Brücke ist gesperrt. (APA/dpa – 8.8. 2015)", "2015-08-08"},
		{"Die Brücke ist gesperrt. (Hans Beispiel; 01.11.2015)", "2015-11-01"},
		{"Die Brücke ist gesperrt. (red, 13.02.16)", "2016-02-13"},
		{"Die Brücke ist gesperrt. (APA 4.9.2015)", "2015-09-04"},
		{"Der Vorhang fällt. (3.5.2016)", "2016-05-03"},
		{"„Wir gehen.“ (3.5.2016)", "2016-05-03"},
		// A date inside the last sentence is no byline …
		{"Die Wahl fand am 25.6.2015 statt.", ""},
		{"Das Gesetz gilt seit dem Beschluss (3.5.2016)", ""},
		// … nor is a byline before the end, or a date that is none.
		{"(Erika Muster, 25.6.2015) Danach kam der Regen.", ""},
		{"Die Brücke ist gesperrt. (red, 31.4.2015)", ""},
		{"Die Brücke ist gesperrt. (red, 30.9.3015)", ""},
		{"Das Spiel endete mit einem Tor von Muster (45.)", ""},
	} {
		day, _, ok := bylineDate(c.text)
		got := ""
		if ok {
			got = day.String()
		}
		if got != c.day {
			t.Errorf("%q: byline day %q, want %q", c.text, got, c.day)
		}
	}
}

// A closing byline dates the article to its day; a date in the last
// sentence's own words leaves the other evidence to decide.
func TestInferDateFromByline(t *testing.T) {
	tg := New()
	for _, c := range []struct{ text, interval string }{
		{"Der Stadtrat hat gestern den Haushalt beschlossen. (Erika Muster, 25.6.2015)", "2015-06-25"},
		{"Im Jahr 2012 wurde das Werk eröffnet. Nun schließt es. (red, 3.2.2016)", "2016-02-03"},
		{"Der Stadtrat trifft sich wieder am 25.6.2015.", "undated"},
	} {
		d := tg.InferDate(&model.Article{Text: c.text})
		if d.Interval.String() != c.interval {
			t.Errorf("%q: InferDate = %v (%s), want %s", c.text, d.Interval, d.Reason, c.interval)
		}
	}
}
