package events

import "testing"

// TestVerbForms: an action's title verb in the third person and its
// participle, strong verbs included, from the lexicon's forms.
func TestVerbForms(t *testing.T) {
	for _, tt := range []struct{ lemma, particle, seen, third, participle string }{
		{"verschicken", "", "", "verschickt", "verschickt"},
		{"geben", "", "", "gibt", "gegeben"},
		{"nehmen", "", "", "nimmt", ""},
		{"lesen", "", "", "liest", "gelesen"},
		{"fahren", "", "", "fährt", "gefahren"},
		{"halten", "", "", "hält", "gehalten"},
		{"laufen", "", "", "läuft", "gelaufen"},
		{"sprechen", "", "gesprochen", "spricht", "gesprochen"},
		{"arbeiten", "", "", "arbeitet", "gearbeitet"},
		{"prangern", "an", "", "prangert", "angeprangert"},
		{"ziehen", "zurück", "", "zieht", ""},
		{"ziehen", "zurück", "zurückgezogen", "zieht", "zurückgezogen"},
		{"sanktionieren", "", "", "sanktioniert", "sanktioniert"},
	} {
		third, participle := verbForms(tt.lemma, tt.particle, tt.seen)
		if third != tt.third || participle != tt.participle {
			t.Errorf("verbForms(%q, %q, %q) = %q, %q, want %q, %q", tt.lemma, tt.particle, tt.seen, third, participle, tt.third, tt.participle)
		}
	}
}
