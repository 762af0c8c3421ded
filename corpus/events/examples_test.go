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
