package evaluation

import (
	"strings"
	"testing"

	"chronik/model"
)

// Ingest replaces control characters by spaces (a C1 control, two bytes,
// by one): what the engine finds is still placed in the text as given.
func TestPlacerControls(t *testing.T) {
	for _, c := range []struct{ text, ingested, span, want string }{
		{"Der Rat tagte.", "Der Rat tagte.", "Rat", "Rat"},
		{"date: x\nDer Rat tagte.", "Der Rat tagte.", "Rat", "Rat"},
		{"Die \u0084neue\u0093 Halle öffnet.", "Die  neue  Halle öffnet.", "neue  Halle", "neue\u0093 Halle"},
		{"\ufeffÄrger \u0085 über die Brücke.", " Ärger   über die Brücke.", "über die Brücke", "über die Brücke"},
	} {
		i := strings.Index(c.ingested, c.span)
		start, end, ok := placer(c.text, c.ingested)(i, i+len(c.span))
		if !ok || c.text[start:end] != c.want {
			t.Errorf("%q: %q placed at %d-%d (%v), want %q", c.text, c.span, start, end, ok, c.want)
		}
	}
}

func TestRunChronikControls(t *testing.T) {
	text := "Bonn. Der Stadtrat hat am Montag die \u0084neue\u0093 Halle eröffnet. Am Dienstag beschloss er den Haushalt."
	out, err := RunChronik("ctl", text, model.NewDay(2026, 3, 11))
	if err != nil {
		t.Fatal(err)
	}
	if out.Lost > 0 || len(out.Timexes) != 2 {
		t.Fatalf("lost %d, timexes %v", out.Lost, out.Timexes)
	}
	for _, x := range out.Timexes {
		if w := text[x.Start:x.End]; w != "Montag" && w != "Dienstag" {
			t.Errorf("timex placed on %q", w)
		}
	}
}
