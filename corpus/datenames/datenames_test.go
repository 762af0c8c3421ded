package datenames

import (
	"testing"
	"unicode/utf8"
)

func TestDateLine(t *testing.T) {
	for _, c := range []struct {
		line, day string // day "" when the line is no publication line
	}{
		{"Stand: 12.03.2024, 14:35 Uhr", "2024-03-12"},
		{"Veröffentlicht am 12. März 2024", "2024-03-12"},
		{"Di 12.03.2024 | 14:35", "2024-03-12"},
		{"Dienstag, 12. März 2024", "2024-03-12"},
		{"Aktualisiert: 12.03.24 14:35", "2024-03-12"},
		{"2024-03-12T14:35:00+01:00", "2024-03-12"},
		{"Berlin, 12.3.2024", "2024-03-12"},
		{"12. Jänner 2016 um 9.30 Uhr", "2016-01-12"},
		{"Erstellt: 12.03.2024 | Aktualisiert: 13.03.2024, 08:10 Uhr", "2024-03-12"},
		{"Von Anna Berg | 12.03.2024", "2024-03-12"},
		{"12.3.2024, 14:35 Uhr (APA)", "2024-03-12"},
		{"12. März 2024, 14:35 Uhr | Lesezeit: 3 Min.", "2024-03-12"},
		{"Artikel veröffentlicht: Dienstag, 12.03.2024 05:15 Uhr", "2024-03-12"},
		{"Beitrag aktualisiert: 13.03.2024", "2024-03-13"},
		{"12.03.2024 | 14:35 Uhr 2024-03-12T14:35:00+01:00", "2024-03-12"},
		{"Von Anna Berg / 12.03.2024 - 14:35", "2024-03-12"},
		{"Beispiel-Media / 2024-03-12 / 14:35", "2024-03-12"},
		{"aus DER SPIEGEL 11/2024 | 12.03.2024", "2024-03-12"},
		{"12.03.2024 - aktualisiert vor 5 Minuten", "2024-03-12"},
		{"Erschienen am Dienstag, 12. März 2024 um 8:04 Uhr - GMT", "2024-03-12"},
		{"Pressemitteilung vom 12.03.2024 - 16:50 Uhr", "2024-03-12"},
		{"Polizeimeldung vom 12.03.2024", "2024-03-12"},
		// a name after the date with "von": its own segment
		{"Aktualisiert am 12.03.24, um 14:35 von Anna Berg", "2024-03-12"},
		{"Veröffentlicht am 12. März 2024 von Jonas Brenner", "2024-03-12"},
		{"Am 12.03.2024 sprach der Rat von Linz", ""},
		{"12.03.24 | 14:35 Uhr | 3 mal gelesen | beispiel.de Stadt baut neues Bad", ""},
		{"12.03.24 | 14:35 Uhr | 3 mal gelesen | beispiel-verlag.de", "2024-03-12"},
		{"12.03.2024 | news.beispiel.at", "2024-03-12"},
		{"12.03.2024 | beispiel.d3", ""},
		{"12.03.2024 | 3 mal gelesen und geteilt", ""},
		{"Der Rat tagte lange | 12.03.2024", ""},
		{"Der Rat tagte / 12.03.2024", ""},
		{"12.03.2024 / 14.03.2024", ""},
		{"12.03.2024 - vor fünf Jahren gegründet", ""},
		{"Ein Artikel über den Rat: 12.03.2024", ""},
		// a sentence, two dates, a date that is none, or no full date
		{"Am 12. März 2024 tagte der Rat.", ""},
		{"12.03.2024 – 14.03.2024", ""},
		{"Stand: 31.04.2024", ""},
		{"Stand: 12. März", ""},
		{"Berlin Mitte 12.3.2024", ""},
		{"14:35 Uhr", ""},
		{"", ""},
	} {
		day, ok := DateLine(c.line)
		got := ""
		if ok {
			got = day.String()
		}
		if got != c.day {
			t.Errorf("%q: day %q, want %q", c.line, got, c.day)
		}
	}
}

func FuzzDateLine(f *testing.F) {
	for _, s := range []string{"Stand: 12.03.2024, 14:35 Uhr", "2024-03-12T14:35:00+01:00", "12. März 2024", "Berlin, 1.1.24", ":,|", "Vor 3 Tagen · x.de", "Stand: vor"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		if day, ok := DateLine(line); ok && (!day.Valid() || utf8.RuneCountInString(line) > maxDateLine) {
			t.Errorf("%q: day %v", line, day)
		}
		if AgeLine(line) && utf8.RuneCountInString(line) > maxDateLine {
			t.Errorf("%q: an age line longer than a publication line", line)
		}
	})
}

func TestDateLineAllocations(t *testing.T) {
	if n := testing.AllocsPerRun(100, func() { DateLine("Stand: 12.03.2024, 14:35 Uhr | Berlin") }); n != 0 {
		t.Errorf("DateLine allocates %v times", n)
	}
}

// TestAgeLine: a line that says only how long ago the page appeared, and
// where, is an age line; a headline that opens with such words, or a
// label with a date, is none.
func TestAgeLine(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"Vor 47 Tagen   Velmark Online", true},
		{"Vor 3 Stunden · velmark.de", true},
		{"vor einer Stunde", true},
		{"Veröffentlicht vor 5 Minuten", true},
		{"Zuletzt aktualisiert: vor 3 Std. | Velmark Online", true},
		{"Vor 3 Tagen kam der Rückschlag", false},
		{"Vor zwei Jahren", false},
		{"Vor Gericht", false},
		{"Stand: 12.03.2024, 14:35 Uhr", false},
	} {
		if got := AgeLine(tt.line); got != tt.want {
			t.Errorf("AgeLine(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}
