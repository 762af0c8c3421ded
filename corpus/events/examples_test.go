package events

import (
	"slices"
	"testing"
)

// An actor named as an example of a noun after "mit" ("mit Marken wie
// X") is no partner of the actor before "mit"; one named after "mit"
// itself is ("Volkswagen mit Verdi").
func TestExamplesAreNoPartners(t *testing.T) {
	tests := []struct {
		text, marker string
		want         []string
	}{
		{"Volkswagen einigte sich mit Verdi auf einen Stellenabbau.", "einigte", []string{"volkswagen", "verdi"}},
		{"Volkswagen einigte sich mit Marken wie Meta auf einen Stellenabbau.", "einigte", []string{"volkswagen"}},
	}
	for _, tt := range tests {
		m, ok := only(t, fx{text: tt.text, date: dec2024}, tt.marker)
		if got := actorIDs(m.Actors); !ok || !slices.Equal(got, tt.want) {
			t.Errorf("%q: actors %v (%v), want %v", tt.text, got, ok, tt.want)
		}
	}
}

// A bracket that points the reader elsewhere ("(siehe unten)", "(s.
// unten)", "(vgl. Seite 3)") is an aside: its verb is no verb of the
// clause it closes, which tells the same happening as without it.
func TestCrossReferenceAside(t *testing.T) {
	monday := tx{"2024-12-16", dayIv(2024, 12, 16), ""}
	for _, text := range []string{
		"Am Montag wird das Klärwerk bestreikt.",
		"Am Montag wird das Klärwerk bestreikt (siehe unten).",
		"Am Montag wird das Klärwerk bestreikt (s. unten).",
		"Am Montag wird das Klärwerk bestreikt (vgl. Seite 3).",
	} {
		m, ok := only(t, fx{text: text, date: dec2024, timex: map[string]tx{"Am Montag": monday}}, "bestreikt")
		if !ok || m.Kind != KindStrike || m.Object != "Klärwerk" {
			t.Errorf("%q: %v %+v, want a strike of the works", text, ok, m)
		}
	}
}
