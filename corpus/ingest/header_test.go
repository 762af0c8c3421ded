package ingest

import (
	"strings"
	"testing"

	"chronik/model"
)

func TestHeader(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		date   string // interval, "undated" for none
		source model.DateSource
		reason string
		text   string // start of Article.Text
		title  string
		byline string
	}{
		{"inline month header as in the default corpus", " date 2024-12 Zumindest derzeit weicht Musk nicht.\n\nMehr.",
			"2024-12-01..2024-12-31", model.DateFromHeader, `header "date 2024-12"`, "Zumindest derzeit", "", ""},
		{"header line of its own", "date 2024-12\n\nTitel der Meldung\n\nText folgt hier.",
			"2024-12-01..2024-12-31", model.DateFromHeader, `header "date 2024-12"`, "Titel der Meldung", "Titel der Meldung", ""},
		{"date: day", "date: 2024-12-18\nText folgt hier. Und mehr.",
			"2024-12-18", model.DateFromHeader, `header "date: 2024-12-18"`, "Text folgt", "", ""},
		{"Date: month, any case", "Date: 2025-01\nText folgt hier.", "2025-01-01..2025-01-31", model.DateFromHeader, `header "Date: 2025-01"`, "Text folgt", "", ""},
		{"Datum: German order", "Datum: 21.01.2025\nText folgt hier.", "2025-01-21", model.DateFromHeader, `header "Datum: 21.01.2025"`, "Text folgt", "", ""},
		{"BOM before header", "\ufeff date 2024-12 Text folgt.", "2024-12-01..2024-12-31", model.DateFromHeader, `header "date 2024-12"`, "Text folgt", "", ""},
		{"no header", "Zwischen Trump und Musk tun sich Risse auf\n\nText folgt.", "undated", model.DateUnknown, "", "Zwischen", "Zwischen Trump und Musk tun sich Risse auf", ""},
		{"date word in text is no header", "Date of birth: unknown. Er kam.", "undated", model.DateUnknown, "", "Date of birth", "", ""},
		{"front matter", "---\ntitle: \"Musk kritisiert \\\"Stargate\\\"\"\ndate: 2025-01-22\nsource: 'Alex''s Blatt'\ntags: [a, b]\n  nested: x\n# Kommentar\n---\nText folgt hier.",
			"2025-01-22", model.DateFromFrontMatter, `front matter "date: 2025-01-22"`, "Text folgt", `Musk kritisiert "Stargate"`, "Alex's Blatt"},
		{"front matter timestamp and comment", "---\ndate: 2024-12-18T20:15:00+01:00\ntitle: Abendessen # am Abend\nauthor: Anna Weber\n...\n\nText.",
			"2024-12-18", model.DateFromFrontMatter, `front matter "date: 2024-12-18T20:15:00+01:00"`, "Text.", "Abendessen", "Anna Weber"},
		{"front matter without date", "---\ntitle: Nur ein Titel\n---\nText.", "undated", model.DateUnknown, "", "Text.", "Nur ein Titel", ""},
		// A collection's header stamps the day it gathered the page; the
		// page's own publication line says when it was written.
		{"publication line over a later header", "date: 2016-03-10\nBahn streicht Züge\n\nDi., 12.01.2016\n\nAm Dienstag fielen viele Züge aus.",
			"2016-01-12", model.DateFromText, `text: publication line "Di., 12.01.2016", over the header "date: 2016-03-10"`, "Bahn streicht", "", ""},
		{"publication line within a month header", " date 2016-01 Bahn streicht Züge\n\nDi., 12.01.2016\n\nAm Dienstag fielen viele Züge aus.",
			"2016-01-12", model.DateFromText, `text: publication line "Di., 12.01.2016", over the header "date 2016-01"`, "Bahn streicht", "", ""},
		{"publication line with a timestamp of the same day", "date: 2016-03-10\nBahn streicht Züge\n12.01.2016 | 09:41 Uhr 2016-01-12T09:41:00+01:00\nAm Dienstag fielen viele Züge aus.",
			"2016-01-12", model.DateFromText, `text: publication line "12.01.2016 | 09:41 Uhr 2016-01-12T09:41:00+01:00", over the header "date: 2016-03-10"`, "Bahn streicht", "", ""},
		{"publication line of a press release", "date: 2016-03-10\nBahn streicht Züge\nPressemitteilung vom 12.01.2016 - 16:50 Uhr\nAm Dienstag fielen viele Züge aus.",
			"2016-01-12", model.DateFromText, `text: publication line "Pressemitteilung vom 12.01.2016 - 16:50 Uhr", over the header "date: 2016-03-10"`, "Bahn streicht", "", ""},
		// under a page's promotion text, a day with its time of day is
		// the page's stamp; a day alone there may be any date of the text
		{"stamp with a time under promotion text", "date: 2016-03-10\nJetzt abonnieren und sparen\nAlle Vorteile für Eltern, recherchiert und aufbereitet. Mit vielen Tipps für den Schulstart Ihres Kindes, jetzt im Angebot.\nNur 2,90 Euro im ersten Monat, jederzeit kündbar.\n12.01.2016 16:06\n\nBahn streicht Züge\nAm Dienstag fielen viele Züge aus.",
			"2016-01-12", model.DateFromText, `text: publication line "12.01.2016 16:06", over the header "date: 2016-03-10"`, "Jetzt abonnieren", "", ""},
		{"day alone under promotion text", "date: 2016-03-10\nJetzt abonnieren und sparen\nAlle Vorteile für Eltern, recherchiert und aufbereitet. Mit vielen Tipps für den Schulstart Ihres Kindes, jetzt im Angebot.\nNur 2,90 Euro im ersten Monat, jederzeit kündbar.\n12.01.2016\n\nBahn streicht Züge\nAm Dienstag fielen viele Züge aus.",
			"2016-03-10", model.DateFromHeader, `header "date: 2016-03-10"`, "Jetzt abonnieren", "", ""},
		{"publication line agreeing with the header", "date: 2016-01-12\nBahn streicht Züge\n\nDi., 12.01.2016\n\nAm Dienstag fielen viele Züge aus.",
			"2016-01-12", model.DateFromHeader, `header "date: 2016-01-12"`, "Bahn streicht", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse("x", "x.txt", []byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if got := a.Date.Interval.String(); got != tt.date {
				t.Errorf("date = %s, want %s", got, tt.date)
			}
			if a.Date.Source != tt.source || a.Date.Reason != tt.reason {
				t.Errorf("date source, reason = %q, %q; want %q, %q", a.Date.Source, a.Date.Reason, tt.source, tt.reason)
			}
			if !strings.HasPrefix(a.Text, tt.text) {
				t.Errorf("text = %q, want it to start with %q", a.Text, tt.text)
			}
			if tt.title != "" && a.Title != tt.title {
				t.Errorf("title = %q, want %q", a.Title, tt.title)
			}
			if a.Source != tt.byline {
				t.Errorf("source = %q, want %q", a.Source, tt.byline)
			}
		})
	}
}

func TestHeaderErrors(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"month 13", "date: 2024-13\nText.", `x.txt: header "date: 2024-13": no month 13`},
		{"day 31 in November", " date 2024-11-31 Text.", `x.txt: header "date 2024-11-31": no day 31 in 2024-11`},
		{"front matter not closed", "---\ntitle: Titel\nText ohne Ende", `x.txt: front matter: no closing "---" line`},
		{"front matter bad date", "---\ndate: gestern\n---\nText.", `x.txt: front matter: date "gestern": want YYYY-MM-DD or YYYY-MM`},
		{"front matter twice", "---\ntitle: a\ntitle: b\n---\nText.", "x.txt: front matter: title given twice"},
		{"front matter block value", "---\ntitle: >\n  lang\n---\nText.", "x.txt: front matter: title: block values are not supported; write it on one line"},
		{"front matter open quote", "---\ntitle: \"offen\n---\nText.", "x.txt: front matter: title: no closing quote"},
		{"front matter not key value", "---\nnur Text\n---\nText.", `x.txt: front matter: line "nur Text" is not "key: value"`},
		{"header only", " date 2024-12 \n\n", "x.txt: empty (only a header)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("x", "x.txt", []byte(tt.in))
			if err == nil || err.Error() != tt.want {
				t.Errorf("Parse error = %v, want %q", err, tt.want)
			}
			if _, ok := err.(*FileError); !ok {
				t.Errorf("error %T is not a *FileError", err)
			}
		})
	}
}
