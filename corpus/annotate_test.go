package corpus

import (
	"strings"
	"testing"
	"time"

	"chronik/corpus/ingest"
	"chronik/model"
)

func TestParseDCT(t *testing.T) {
	tests := []struct {
		in   string
		want model.Interval
		ok   bool
	}{
		{"2024-12-18", model.DayInterval(day(2024, time.December, 18)), true},
		{"2024-12", model.MonthInterval(2024, time.December), true},
		{"", model.Interval{}, true},
		{"2024-13", model.Interval{}, false},
		{"18.12.2024", model.Interval{}, false},
	}
	for _, tt := range tests {
		got, err := ParseDCT(tt.in)
		if got != tt.want || (err == nil) != tt.ok {
			t.Errorf("ParseDCT(%q) = %v, %v", tt.in, got, err)
		}
	}
}

func TestAnnotateDoc(t *testing.T) {
	// "Überraschung" and "für" make byte and code-point offsets differ.
	text := "Überraschung für Donald Trump: Am 6. Januar 2021 sperrte Facebook Trumps Konto.\n\nFoto: picture alliance / dpa | Susan Walsh"
	got, err := AnnotateDoc("d1", "2024-12", text)
	if err != nil {
		t.Fatal(err)
	}
	runes := []rune(text)
	cut := func(s, e int) string { return string(runes[s:e]) }
	var dated bool
	for _, x := range got.Timex {
		if cut(x.Start, x.End) != x.Text {
			t.Errorf("timex %+v: offsets are not code points of the text (%q)", x, cut(x.Start, x.End))
		}
		dated = dated || x.Value == "2021-01-06"
	}
	if !dated {
		t.Errorf("no 2021-01-06 in %+v", got.Timex)
	}
	names := map[string]string{}
	for _, a := range got.Actors {
		if cut(a.Start, a.End) != a.Text {
			t.Errorf("actor %+v: offsets are not code points of the text", a)
		}
		names[a.Text] = a.Name
		if a.Kind != "person" && a.Kind != "organization" {
			t.Errorf("actor %+v: kind", a)
		}
	}
	if names["Trumps"] != "Donald Trump" || names["Donald Trump"] != "Donald Trump" {
		t.Errorf("Trump's forms not resolved to the canonical name: %v", names)
	}
	// Names in metadata are entities for NER (annotators mark them), with
	// the recogniser's own name, though never timeline actors.
	if names["Susan Walsh"] != "Susan Walsh" {
		t.Errorf("the photographer of the credit is no entity: %v", names)
	}
	a, err := ingest.Parse("d1", "d1.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := Build([]*model.Article{a}).LookupActor("Susan Walsh"); ok {
		t.Error("the photographer of the credit is a timeline actor")
	}
	if got.Doc != "d1" {
		t.Errorf("doc %q", got.Doc)
	}
}

// TestAnnotateMetadataEntities: bylines, credits and embedded posts name
// people and organisations an NER evaluation counts.
func TestAnnotateMetadataEntities(t *testing.T) {
	tests := []struct {
		text, entity, kind, name string
	}{
		{"Scholz entlässt Lindner\n\nBundeskanzler Olaf Scholz hat Christian Lindner entlassen.\n\nVon Anna Beispiel, Berlin", "Anna Beispiel", "person", "Anna Beispiel"},
		{"Am Mittwoch trafen sich Jeff Bezos und Elon Musk.\n\nFoto: picture alliance / dpa | Susan Walsh", "Susan Walsh", "person", "Susan Walsh"},
		{"Am Mittwoch trafen sich Jeff Bezos und Elon Musk.\n\nFoto: picture alliance / dpa | Susan Walsh", "dpa", "organization", "Deutsche Presse-Agentur"},
		// the author of an embedded post
		{"Musk antwortete Trump.\n\nJeder will mein Freund sein! pic.twitter.com/abc\n— Elon Musk (@elonmusk) December 19, 2024", "Elon Musk", "person", "Elon Musk"},
	}
	for _, tt := range tests {
		got, err := AnnotateDoc("d", "2024-12", tt.text)
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, a := range got.Actors {
			if a.Text == tt.entity {
				found = true
				if a.Kind != tt.kind || a.Name != tt.name {
					t.Errorf("%q: %+v, want kind %s name %q", tt.entity, a, tt.kind, tt.name)
				}
			}
		}
		if !found {
			t.Errorf("%q is no entity of %q: %+v", tt.entity, tt.text, got.Actors)
		}
	}
}

func TestAnnotateDocErrors(t *testing.T) {
	if _, err := AnnotateDoc("d", "2024-99-01", "Text"); err == nil || !strings.Contains(err.Error(), "dct") {
		t.Errorf("bad dct: %v", err)
	}
	if _, err := AnnotateDoc("d", "", "a\x00b\x00\x00\x00"); err == nil {
		t.Error("binary text accepted")
	}
	got, err := AnnotateDoc("d", "", "")
	if err != nil || got.Timex == nil || got.Actors == nil {
		t.Errorf("empty text: %+v, %v (want empty lists, no error)", got, err)
	}
	// Control characters are blanked, offsets unchanged.
	got, err = AnnotateDoc("d", "2024-12-18", "\a\x1b Heute traf Donald Trump Jeff Bezos.")
	if err != nil || len(got.Timex) == 0 || got.Timex[0].Text != "Heute" || got.Timex[0].Start != 3 {
		t.Errorf("escape sequence: %+v, %v", got, err)
	}
}

// FuzzPipeline feeds any bytes as an article file through ingest.Parse and
// Build: no panic, and the timeline keeps its invariants.
func FuzzPipeline(f *testing.F) {
	fsys := defaultFiles(f)
	for _, data := range fsys {
		f.Add(data)
	}
	for _, s := range []string{
		"",
		" date 2024-12\n",
		"date: 2024-13-45\n\nTrump traf Bezos.",
		"---\ntitle: x\ndate: 2024-12-18\n---\nAm Mittwoch trafen sich Jeff Bezos und Donald Trump.",
		"„Jeder will mein Freund sein!“, schrieb er am folgenden Tag auf seiner Plattform Truth Social.",
		"Nach den Ereignissen am 6. Januar 2021, als Trump, sperrte Zuckerberg, , , ihn.",
		"„„„\"\"» «, – — • , Trump-Sprecherin Mar-a-Lago-Resort- -a- „Stargate“-",
		"Trump Trump Trump trifft trifft trifft am am am 6. 6. Januar",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := ingest.Parse("fuzz", "fuzz.txt", data)
		if err != nil {
			return
		}
		tl := Build([]*model.Article{a})
		checkInvariants(t, tl)
		if _, err := AnnotateDoc("fuzz", "2024-12", string(data)); err != nil && a != nil && strings.TrimSpace(a.Text) != "" && !strings.Contains(err.Error(), "text") {
			t.Errorf("AnnotateDoc: %v", err)
		}
	})
}
