package main

import (
	"os"
	"path/filepath"
	"testing"
)

// TestParseEventDate: "?" and "-" mark an event with no date, which the
// JSON then has no date for; a year is its whole span.
func TestParseEventDate(t *testing.T) {
	for _, tt := range []struct{ line, date string }{
		{"e1 | Wahl | ? | | -", ""},
		{"e1 | Wahl | - | | -", ""},
		{"e1 | Wahl | 2015 | | -", "2015-01-01..2015-12-31"},
	} {
		e, err := parseEvent(tt.line)
		if err != nil {
			t.Errorf("%q: %v", tt.line, err)
			continue
		}
		if e.Date != tt.date {
			t.Errorf("%q: date %q, want %q", tt.line, e.Date, tt.date)
		}
	}
}

// TestSmartDataArticles: with -smartdata a document is annotated by its
// number in the file, and show names its publication day.
func TestSmartDataArticles(t *testing.T) {
	p := filepath.Join(t.TempDir(), "sd.json")
	doc := `{"id":"a","text":{"string":"Erstes Dokument."},"date":{"string":"2016-02-05T09:30:00Z"},"refids":{"map":{"source":"news"}},"conceptMentions":{"array":[]},"relationMentions":{"array":[]}}
{"id":"b","text":{"string":"Zweites Dokument."},"date":{"string":"2016-03-07T10:15:00Z"},"refids":{"map":{"source":"rss"}},"conceptMentions":{"array":[]},"relationMentions":{"array":[]}}`
	if err := os.WriteFile(p, []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	byLine, dated, err := articles("", p)
	if err != nil {
		t.Fatal(err)
	}
	if byLine[2] != "Zweites Dokument." || dated[2] != " published 2016-03-07" || len(byLine) != 2 {
		t.Errorf("got %v, %v", byLine, dated)
	}
	if _, _, err := articles("", filepath.Join(t.TempDir(), "none.json")); err == nil {
		t.Error("a missing file gave no error")
	}
}
