package events

import "testing"

// TestLemmaSetForms: a lemma set lets through every form of its verbs,
// also a strong verb's whose vowel changes among the first letters, and
// passes over words that begin otherwise.
func TestLemmaSetForms(t *testing.T) {
	vs := newLemmaSet("bringen", "bekommen", "anregen", "halten", "liegen")
	for _, tt := range []struct {
		word string
		want bool
	}{
		{"bringt", true}, {"brachte", true}, {"gebracht", true},
		{"bekam", true}, {"angeregt", true}, {"hielt", true}, {"lag", true}, {"gelegen", true},
		{"tragen", false}, {"sagte", false}, {"ging", false},
	} {
		if got := vs.mayBe(tt.word); got != tt.want {
			t.Errorf("mayBe(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
}
