package corpus

import (
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// A stand-in the actor stage resolves ("der Konzern", "die Gewerkschaft")
// is an actor of the event its sentence tells: the event stage has no
// rules of its own for them (see actors.TestStandIns for the rules).
func TestStandInIsEventActor(t *testing.T) {
	tests := []struct {
		body, sentence, want string
	}{
		{"Siemens meldete am Montag einen Verlust. Bereits im September hatte der Konzern die Sicherung gekündigt.",
			"Konzern", "Siemens"},
		{"Die Gewerkschaft Verdi und Siemens verhandelten am Montag. Am Dienstag hat die Gewerkschaft zum Streik aufgerufen.",
			"Gewerkschaft zum", "Verdi"},
	}
	for _, tt := range tests {
		fsys := fstest.MapFS{"a.txt": {Data: []byte("date: 2024-12-18\n\n" + tt.body + "\n")}}
		tl, errs := LoadFS(fsys)
		if len(errs) > 0 {
			t.Fatal(errs)
		}
		var got []string
		for _, e := range tl.Events {
			for _, m := range e.Mentions {
				a := tl.Articles[m.Article]
				if !strings.Contains(a.Text[m.Start:m.End], tt.sentence) {
					continue
				}
				for _, id := range e.Actors {
					got = append(got, tl.Actors[id].Name)
				}
			}
		}
		if !slices.Contains(got, tt.want) {
			t.Errorf("%q: the event of the sentence with %q has actors %q, want %q among them", tt.body, tt.sentence, got, tt.want)
		}
	}
}
