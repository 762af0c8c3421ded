package corpus

import (
	"slices"
	"testing"
)

// TestNotTold: what a sentence only wishes, deems likely, threatens on a
// condition, refers to in brackets, aims at or names as a place is no row
// of the timeline, through the whole pipeline (the tagger's places
// included), nor is a page's button; a happening told beside such words
// is.
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
		// a button the copied page kept at the end of its meta line
		{"20.03.2025 | Wirtschaft | geschrieben von Karl Berger | Pressemitteilung löschen", nil},
	} {
		if kinds := rowKinds(t, "date: 2025-03-20\n\nNachrichten\n\n"+c.text+"\n"); !slices.Equal(kinds, c.kinds) {
			t.Errorf("%q: rows of kinds %v, want %v", c.text, kinds, c.kinds)
		}
	}
}

// TestHeadlines: a headline that says what someone holds a happening to
// be, whom someone quotes or what someone asks of others is a statement,
// no row; one that reports a
// happening is the news; an interview during which something happened
// is the setting of that happening.
func TestHeadlines(t *testing.T) {
	for _, c := range []struct {
		head  string
		kinds []string
	}{
		{"Karin Berger nennt Anschläge in Mali feige", nil},
		{"Karin Berger bezeichnet Streik bei Siemens als Skandal", nil},
		{"Karin Berger spricht von einem groben Fehler beim Streik", nil},
		{"Gewerkschaft Verdi berichtet über Stellenabbau bei Siemens", []string{"statement"}},
		{"Siemens nennt Gründe für Stellenabbau in Erlangen", []string{"statement"}},
		{"Verdi nennt Details zum Streik bei Siemens", []string{"statement"}},
		{"Karin Berger zitiert den Philosophen Immanuel Kant", nil},
		{"Umweltamt Kassel bittet Anwohner, Gartenabfälle nicht am Bach abzulegen", nil},
		{"Fußballer Karl Berger wurde im Hotel während eines Interviews bestohlen", []string{"action"}},
		{"Fußballer Karl Berger gab am Freitag ein Interview", []string{"interview"}},
	} {
		if kinds := rowKinds(t, "date: 2025-03-20\n\n"+c.head+"\n\nBerlin – Die Debatte geht weiter.\n"); !slices.Equal(kinds, c.kinds) {
			t.Errorf("%q: rows of kinds %v, want %v", c.head, kinds, c.kinds)
		}
	}
}

// rowKinds returns the kinds of the rows of one article, in order.
func rowKinds(t *testing.T, data string) []string {
	t.Helper()
	var kinds []string
	for _, e := range buildText(t, data).Events {
		kinds = append(kinds, e.Kind)
	}
	return kinds
}
