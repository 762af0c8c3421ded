package main

import "testing"

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
