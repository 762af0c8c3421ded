package evaluation

import (
	"strings"
	"testing"

	"chronik/model"
)

// The readers take files from outside; they must return an error, never
// panic, whatever the bytes.

func FuzzParseGNAD(f *testing.F) {
	f.Add("Inland;Ein Satz.\r\nWeb;'Mit; Strichpunkt'\n")
	f.Add(";\n'\n''")
	f.Fuzz(func(t *testing.T, in string) {
		arts, err := parseGNAD("fuzz", strings.NewReader(in))
		if err == nil {
			for _, a := range arts {
				if a.Category == "" || a.Line < 1 {
					t.Fatalf("article %+v from %q", a, in)
				}
			}
		}
	})
}

func FuzzParseSmartData(f *testing.F) {
	f.Add(`{"id":"d","text":{"string":"a😀b"},"date":{"string":"2016-02-03T14:11:00Z"},"relationMentions":{"array":[{"name":"Strike","span":{"start":0,"end":3},"args":{"array":[{"role":"date","conceptMention":{"span":{"start":1,"end":3}}}]}}]}}`)
	f.Add(`{"id":"t","text":{"string":"x"},"date":{"string":"610137661295214592"}}`)
	f.Add(`{"span":{"start":-1}}`)
	f.Fuzz(func(t *testing.T, in string) {
		docs, err := parseSmartData("fuzz", strings.NewReader(in))
		if err != nil {
			return
		}
		for _, d := range docs {
			for _, e := range d.Events {
				_ = d.Text[e.Start:e.End] // offsets must lie in the text
				for _, s := range e.Dates {
					_ = d.Text[s.Start:s.End]
				}
			}
		}
	})
}

func FuzzResolveDate(f *testing.F) {
	for _, s := range []string{"heute", "14.10.2015", "3. September", "Mai vergangenen Jahres", "Dienstagabend", "99.99.", "Sonntag, 31.02."} {
		f.Add(s)
	}
	pub := model.NewDay(2016, 2, 3)
	f.Fuzz(func(t *testing.T, s string) {
		if iv, ok := ResolveDate(s, pub); ok && !iv.Valid() {
			t.Fatalf("%q resolved to an invalid interval %v", s, iv)
		}
		ResolveWeekday(s, pub)
	})
}
