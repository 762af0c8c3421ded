package corpus

import (
	"slices"
	"testing"
)

// TestNotTold: what a sentence only wishes, deems likely, threatens on a
// condition, refers to in brackets, aims at or names as a place is no row
// of the timeline, through the whole pipeline (the tagger's places
// included); a happening told beside such words is.
func TestNotTold(t *testing.T) {
	for _, c := range []struct {
		text  string
		kinds []string // the kinds of the rows, in order; none for no row
	}{
		// a cooperation wished for; "Essen" a city listed with others, no meal
		{"Auf Kritik bei den Grünen stößt die von Ministerin Karin Berger gewünschte engere Kooperation von Bochum, Herne und Essen.", nil},
		// a decision deemed realistic by December
		{"Ein Beschluss des Stadtrates über den Neubau sei bis Dezember realistisch.", nil},
		{"Ministerin Karin Berger besuchte am Montag Bochum, Herne und Essen.", []string{"visit"}},
		// a threat on a condition
		{"Ministerin Karin Berger hatte angekündigt, sie werde die Fusion von Bayer und BASF verbieten, falls die Auflagen nicht erfüllt würden.", nil},
		// a report referred to in brackets
		{"Die Bank zahlt die Steuer zurück (siehe unseren Bericht über die Fusion von Bayer und BASF vom 3. Mai 2024).", nil},
		// a date aimed at; one planned is on the timeline
		{"Die Eröffnung des Flughafens Berlin wird für Ende 2027 angepeilt.", nil},
		{"Die Eröffnung des Flughafens Berlin ist für Ende 2027 geplant.", []string{"plan"}},
	} {
		var kinds []string
		for _, e := range buildText(t, "date: 2025-03-20\n\nNachrichten\n\n"+c.text+"\n").Events {
			kinds = append(kinds, e.Kind)
		}
		if !slices.Equal(kinds, c.kinds) {
			t.Errorf("%q: rows of kinds %v, want %v", c.text, kinds, c.kinds)
		}
	}
}
