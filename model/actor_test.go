package model

import "testing"

func TestSurname(t *testing.T) {
	for name, want := range map[string]string{
		"Donald Trump":             "Trump",
		"Ursula von der Leyen":     "von der Leyen",
		"José Eduardo dos Santos":  "dos Santos",
		"Madonna":                  "Madonna",
		"  Anna   Berg ":           "Berg",
		"":                         "",
		"van Gogh":                 "Gogh", // a particle that opens the name stays with it only in the full name
		"Alexander Van der Bellen": "Van der Bellen",
		"Van der Bellen":           "Van der Bellen",
		"Van Morrison":             "Morrison",
		"Paolo De Santis":          "De Santis",
		"Anna Le Roux":             "Le Roux",
		"Paul VI":                  "Paul VI", // a ruler's number is no surname
		"Papst Benedikt XVI.":      "Benedikt XVI.",
		"Louis CK":                 "CK",
		"Emanuel S.":               "Emanuel S.", // a surname cut to its initial is no name alone
		"Donald J. Trump":          "Trump",
	} {
		if got := Surname(name); got != want {
			t.Errorf("Surname(%q) = %q, want %q", name, got, want)
		}
	}
}
