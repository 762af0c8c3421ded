package events

import (
	"testing"
	"time"

	"chronik/model"
)

// TestReferences: a noun that names again a happening its article tells
// elsewhere is evidence of that happening, in its row; one that may name
// another happening, or one that did not happen, is not.
func TestReferences(t *testing.T) {
	fri := map[string]tx{"am Freitag": {"2024-12-20", dayIv(2024, 12, 20), ""}, "im März 2019": {"2019-03", model.MonthInterval(2019, time.March), ""}}
	for _, tt := range []struct {
		name, text string
		joins      bool // the second line is a mention of the first's happening
	}{
		{"a compound names the firm", "Volkswagen hat am Freitag Insolvenz angemeldet.\nFür die Zulieferer ist die Volkswagen-Insolvenz bitter.", true},
		{"a genitive names the firm", "Volkswagen hat am Freitag Insolvenz angemeldet.\nFür die Zulieferer ist die Insolvenz des Herstellers Volkswagen bitter.", true},
		{"the headline names it first", "T Zulieferer bangen nach Volkswagen-Insolvenz\nVolkswagen hat am Freitag Insolvenz angemeldet.", true},
		{"an adjective of the happening before the name", "Volkswagen hat am Freitag Insolvenz angemeldet.\nFür die Zulieferer der insolventen Volkswagen wird es eng.", true},
		{"the adjective as the predicate", "Volkswagen hat am Freitag Insolvenz angemeldet.\nDie Zulieferer sind insolvent und Volkswagen will klagen.", false},
		{"the noun names no one of it", "Volkswagen hat am Freitag Insolvenz angemeldet.\nFür die Zulieferer ist die Insolvenz bitter.", false},
		{"another one", "Volkswagen hat am Freitag Insolvenz angemeldet.\nFür die Zulieferer ist eine weitere Volkswagen-Insolvenz bitter.", false},
		{"one that may come", "Volkswagen hat am Freitag Insolvenz angemeldet.\nFür die Zulieferer ist die drohende Volkswagen-Insolvenz bitter.", false},
		{"one that did not happen", "Volkswagen hat am Freitag Insolvenz angemeldet.\nFür die Zulieferer wäre die Volkswagen-Insolvenz bitter.", false},
		{"one of another time", "Volkswagen hat am Freitag Insolvenz angemeldet.\nFür die Zulieferer war die Volkswagen-Insolvenz im März 2019 bitter.", false},
		{"the back story's", "Volkswagen hat am Freitag Insolvenz angemeldet.\nUnter dem Druck der Volkswagen-Insolvenz hatte Meta die Pläne aufgegeben.", false},
		{"a sentence that tells its own happening", "Volkswagen hat am Freitag Insolvenz angemeldet.\nNach der Volkswagen-Insolvenz hat Meta am Freitag Oracle übernommen.", false},
	} {
		f := fx{text: tt.text, date: dec2024, timex: fri}
		a := f.build(t)
		told := a.Sentences[len(a.Sentences)-1].Start // the line that tells the insolvency
		if tt.text[0] == 'V' {
			told = a.Sentences[0].Start
		}
		events, _ := Merge(Extract(0, a, testActors), testActors)
		joined, found := false, false
		for _, e := range events {
			tells := false
			for _, m := range e.Mentions {
				tells = tells || m.Start == told
			}
			if !tells {
				continue
			}
			found = true
			for _, m := range e.Mentions {
				joined = joined || m.Start != told
			}
		}
		if !found || joined != tt.joins {
			t.Errorf("%s: %q: the insolvency found %v, joined by the other line %v, want %v", tt.name, tt.text, found, joined, tt.joins)
		}
	}
}

// TestReferenceDating: a reference takes the date of the happening it
// names, and says so.
func TestReferenceDating(t *testing.T) {
	f := fx{text: "Volkswagen hat am Freitag Insolvenz angemeldet.\nNach der Volkswagen-Insolvenz bangen die Zulieferer.", date: dec2024,
		timex: map[string]tx{"am Freitag": {"2024-12-20", dayIv(2024, 12, 20), ""}}}
	var ref *Mention
	ms := Extract(0, f.build(t), testActors)
	for i := range ms {
		if ms[i].Sentence == 1 {
			ref = &ms[i]
		}
	}
	switch {
	case ref == nil:
		t.Fatal("no mention of the reference")
	case ref.Date != dayIv(2024, 12, 20) || ref.Timex != "" || ref.Dating != DatedReference:
		t.Errorf("reference dated %v (timex %q, %v), want 20 Dec 2024 by the event it refers to", ref.Date, ref.Timex, ref.Dating.Basis())
	}
}
