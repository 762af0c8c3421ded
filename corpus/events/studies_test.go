package events

import "testing"

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
	} {
		f := fx{text: tt.text, date: dec2024, timex: map[string]tx{"am Freitag": {"2024-12-20", dayIv(2024, 12, 20), ""}}}
		events, _ := Merge(Extract(0, f.build(t), testActors), testActors)
		got := ""
		for _, e := range events {
			if e.Kind == string(KindPublication) {
				got = e.Title
			}
		}
		if got != tt.title {
			t.Errorf("%q: got %q (events %v), want %q", tt.text, got, titles(events), tt.title)
		}
	}
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
		f := fx{text: tt.text, date: dec2024, timex: map[string]tx{"am Freitag": {"2024-12-20", dayIv(2024, 12, 20), ""}}}
		events, _ := Merge(Extract(0, f.build(t), testActors), testActors)
		got, date := "", ""
		for _, e := range events {
			if e.Kind == string(KindPublication) {
				got, date = e.Title, e.Date.Label()
			}
		}
		if got != tt.title || got != "" && date != "20 Dec 2024" {
			t.Errorf("%q: got %q on %q (events %v), want %q on 20 Dec 2024", tt.text, got, date, titles(events), tt.title)
		}
	}
}
