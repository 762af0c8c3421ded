package actors

import (
	"strings"
	"testing"

	"chronik/model"
)

func TestArticleBefore(t *testing.T) {
	for _, tc := range []struct {
		text, name string
		want       uint8
	}{
		{"Die SPD hat am Montag beschlossen.", "SPD", detDie},
		{"Laut der SPD ist das falsch.", "SPD", detDer},
		{"München – Der FC Bayern hat gewonnen.", "FC Bayern", detDer},
		{"Für den FC Bayern ist es der Titel.", "FC Bayern", detDen},
		{"Die SPD-Fraktion stimmte zu.", "SPD", 0},                          // the compound's article
		{"Die Apple Watch kommt.", "Apple", 0},                              // a longer name's
		{"Das Netz, das Apple betreibt, fiel aus.", "Apple", 0},             // a relative pronoun
		{"Der Fehler, bei dem Apple gepatzt hat, ist behoben.", "Apple", 0}, // after a preposition and a comma
		{"Dazu erklärte Apple am Montag nichts.", "Apple", 0},
		{"Sie sprach mit dem ORF.", "ORF", detDem},
	} {
		start := strings.Index(tc.text, tc.name)
		if got := articleBefore(tc.text, start, start+len(tc.name)); got != tc.want {
			t.Errorf("articleBefore(%q, %q) = %b, want %b", tc.text, tc.name, got, tc.want)
		}
	}
}

func TestNameGender(t *testing.T) {
	for _, tc := range []struct {
		dets uint8
		name string
		want model.Gender
	}{
		{detDie, "SPD", model.Feminine},
		{detDie | detDer, "Lufthansa", model.Feminine},
		{detDer | detDen, "FC Bayern", model.Masculine},
		{detDer | detDen, "FC Bayern München", model.Masculine}, // a place ends it, no plural
		{detDie | detDer, "Bayern", model.NoGender},             // the plural of "Bayer", or a feminine name
		{detDer | detDem, "ORF", model.Masculine},
		{detDas | detDem, "ZDF", model.Neuter},
		{detDie | detDen, "Grünen", model.PluralName},
		{detDie, "Grünen", model.NoGender},                        // a plural, or a feminine name
		{detDer, "HSV", model.NoGender},                           // a masculine nominative, or a feminine dative
		{detDen, "Casinos Austria", model.NoGender},               // a masculine accusative, or a plural dative
		{detDem | detDes, "AMS", model.NoGender},                  // masculine or neuter
		{detDie | detDas, "Apple", model.NoGender},                // two genders
		{detDie | detDer, "Linke", model.Feminine},                // a name that is an adjective: "die Linke"
		{detDieEn | detDer, "Grüne", model.PluralName},            // "die Grünen"
		{detDer, "Linke", model.NoGender},                         // "der Linken": a feminine's or a plural's
		{detDie | detDer, "Österreichische Post", model.NoGender}, // an adjective's endings change with the article
		{0, "Siemens", model.NoGender},
	} {
		if got := nameGender(tc.dets, tc.name); got != tc.want {
			t.Errorf("nameGender(%b, %q) = %d, want %d", tc.dets, tc.name, got, tc.want)
		}
	}
}
