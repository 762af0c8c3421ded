package corpus

import (
	"slices"
	"testing"
)

// TestNotTold: what a sentence only wishes, deems likely or names as a
// place is no row of the timeline, through the whole pipeline (the
// tagger's places included); a happening told beside such words is.
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
