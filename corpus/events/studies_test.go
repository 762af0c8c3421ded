package events

import (
	"strings"
	"testing"

	"chronik/model"
)

// TestSourceStudy: a study the article reports, as the source of what its
// lead says, is a publication by its authors, told in the present too;
// studies in the plural, in other phrases or commissioned are not.
func TestSourceStudy(t *testing.T) {
	for _, tt := range []struct {
		text, title string // title "" for no publication
	}{
		{"Das geht aus einer Studie von Oracle hervor.", "Studie von Oracle"},
		{"Das zeigt eine neue Umfrage von Oracle.", "Umfrage von Oracle"},
		{"Das geht aus einer am Freitag publizierten Studie von Oracle hervor.", "Studie von Oracle"},
		{"So eine Vorhersage von Oracle.", "Prognose von Oracle"},
		{"Das zeigt der Jahresbericht von Oracle.", "Jahresbericht von Oracle"},
		{"Das zeigt ein Bericht von Oracle.", ""},
		{"Das zeigt ein Medienbericht von Oracle.", ""},
		{"Eine neue Studie zeigt weniger Zuwachs als Oracle.", ""},
		{"Lindner führte in den Umfragen von Oracle.", ""},
		{"Lindner gab eine Studie von Oracle in Auftrag.", ""},
		{"Einer Studie von Forschern bei Oracle zufolge wächst der Absatz.", ""},
		{"Scholz war gegen eine Veröffentlichung der Studie von Oracle.", ""},
		{"Der Absatz stieg.\nErst in einem späteren Absatz zeigt eine Studie von Oracle das.", ""},
		// cited as the source of what the head or the body's first
		// sentence says, the study is what the article is about; its
		// author may be its compound's first part; an expert opinion is
		// a study too
		{"T Der Absatz wird steigen\nLaut einer Studie von Oracle wird der Absatz steigen.", "Studie von Oracle"},
		{"T Der Absatz wird steigen\nDer Absatz könnte einer Studie von Oracle zufolge steigen.", "Studie von Oracle"},
		{"T Der Absatz wird steigen\nDer Absatz könnte einer Oracle-Studie zufolge steigen.", "Studie von Oracle"},
		{"Das belegt ein Gutachten von Oracle.", "Gutachten von Oracle"},
		{"T Der Absatz wird steigen\nDer Absatz steigt.\nLaut einer Studie von Oracle wird er weiter steigen.", ""},
		// an institution named by its noun in the study's own phrase is
		// its author, in the nominative; one the clause names is not
		{"Das belegt ein Gutachten des Rechnungshofs.", "Gutachten durch Rechnungshof"},
		{"Das belegt eine Studie der im Land angesiedelten Kommission.", "Studie durch Kommission"},
		{"T Die Zustimmung sinkt\nLaut einer Umfrage hat die Regierung an Zustimmung verloren.", ""},
	} {
		if got, _, events := publication(t, tt.text); got != tt.title {
			t.Errorf("%q: got %q (events %v), want %q", tt.text, got, events, tt.title)
		}
	}
}

// publication returns the title and date of the publication the text
// tells (on the test article of December 2024, "am Freitag" its 20th),
// "" for none, and the titles of all its events.
func publication(t *testing.T, text string) (title, date string, events []string) {
	t.Helper()
	f := fx{text: text, date: dec2024, timex: map[string]tx{"am Freitag": {"2024-12-20", dayIv(2024, 12, 20), ""}}}
	evs, _ := Merge(Extract(0, f.build(t), testActors), testActors)
	for _, e := range evs {
		if e.Kind == string(KindPublication) {
			title, date = e.Title, e.Date.Label()
		}
	}
	return title, date, titles(evs)
}

// TestPublishedStudy: a study that a dated participle says was published
// is that day's publication, though the sentence cites it as its source
// and names no author ("laut einer am Freitag veröffentlichten Umfrage");
// undated or several, it stays attribution.
func TestPublishedStudy(t *testing.T) {
	for _, tt := range []struct {
		text, title string // title "" for no publication
	}{
		{"Laut einer am Freitag veröffentlichten Umfrage liegt Scholz vorne.", "Umfrage"},
		{"Das zeigen die am Freitag in Linz präsentierten Ergebnisse der Mobilitätsstudie von Oracle.", "Mobilitätsstudie von Oracle in Linz"},
		{"Laut dem am Freitag präsentierten Jahresbericht der Volksanwaltschaft sank die Zahl der Klagen.", "Jahresbericht"},
		{"Laut einer Umfrage liegt Scholz vorne.", ""},
		{"Laut den am Freitag veröffentlichten Umfragen sinkt die Zustimmung.", ""},
		{"Oracle hat in seinem am Freitag veröffentlichten Jahresbericht Verluste gemeldet.", "Jahresbericht von Oracle"},
	} {
		if got, date, events := publication(t, tt.text); got != tt.title || got != "" && date != "20 Dec 2024" {
			t.Errorf("%q: got %q on %q (events %v), want %q on 20 Dec 2024", tt.text, got, date, events, tt.title)
		}
	}
}

// TestCitedStudyDate: a study cited as the source of a forecast is not of
// the forecast's years: what it found is dated, not its publication.
func TestCitedStudyDate(t *testing.T) {
	until := model.Interval{Start: day(2024, 12, 1), End: day(2030, 12, 31)}
	f := fx{text: "T Der Absatz wird steigen\nDer Absatz könnte einer Studie von Oracle zufolge bis 2030 steigen.", date: dec2024,
		timex: map[string]tx{"bis 2030": {"2030", until, model.TimexDate}}}
	evs, _ := Merge(Extract(0, f.build(t), testActors), testActors)
	for _, e := range evs {
		if e.Kind == string(KindPublication) {
			if e.Title != "Studie von Oracle" || strings.Contains(e.Date.Label(), "2030") {
				t.Errorf("got %q dated %q, want the study dated by the article", e.Title, e.Date.Label())
			}
			return
		}
	}
	t.Errorf("no publication in %v", titles(evs))
}
