package events

import (
	"testing"

	"chronik/model"
)

// TestUnnamedPlace: a happening that befell people nobody names is kept
// at the place a settlement's noun names, else at the place of the
// dateline its sentence opens with; not a tally over a year, nor a
// dateline that is a preposition.
func TestUnnamedPlace(t *testing.T) {
	year := tx{"2023", model.YearInterval(2023), ""}
	for _, tt := range []struct {
		sentence, place string // place "" for no mention
	}{
		{"Bei einer Explosion am Rande der Stadt Brixen sind zehn Menschen ums Leben gekommen.", "Brixen"},
		{"Brixen – Bei einer Explosion sind zehn Menschen ums Leben gekommen.", "Brixen"},
		{"Bad Ischl – Bei einer Explosion sind zehn Menschen ums Leben gekommen.", "Bad Ischl"},
		{"Bei einer Explosion sind zehn Menschen ums Leben gekommen.", ""},
		{"Brixen – Im vergangenen Jahr sind bei Unwettern mehr Menschen ums Leben gekommen.", ""},
		{"Bei Vergehen – etwa einem Diebstahl – sind zehn Menschen ums Leben gekommen.", ""},
	} {
		f := fx{text: tt.sentence, date: dec2024, timex: map[string]tx{"Im vergangenen Jahr": year}}
		m, ok := only(t, f, "")
		switch {
		case tt.place == "" && ok:
			t.Errorf("%q: got a %s mention at %q, want none", tt.sentence, m.Kind, m.Object)
		case tt.place != "" && (!ok || m.Object != tt.place):
			t.Errorf("%q: got %v at %q, want a mention at %q", tt.sentence, ok, m.Object, tt.place)
		}
	}
}
