package text

import "testing"

// TestComparative: declined comparatives of adjectives the lexicon knows,
// with and without an umlaut; not positive forms, nouns or words that
// only end like one.
func TestComparative(t *testing.T) {
	for _, tt := range []struct {
		w    string
		want bool
	}{
		{"schärfere", true}, {"neueren", true}, {"größeres", true}, {"weiteren", true},
		{"neue", false}, {"andere", false}, {"wieder", false}, {"kontrollen", false},
	} {
		if got := Comparative(tt.w); got != tt.want {
			t.Errorf("Comparative(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
}
