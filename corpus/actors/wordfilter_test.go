package actors

import "testing"

// TestWordFilter checks that the filter rules out no word of the
// lexicon's map, as a string or in bytes, and that it rules out most words
// the map lacks.
func TestWordFilter(t *testing.T) {
	l := loadLexicon()
	for w := range l.words {
		if !mayHold(&l.filter, w) || !mayHold(&l.filter, []byte(w)) {
			t.Fatalf("the filter rules out %q, which the lexicon holds", w)
		}
	}
	passed, asked := 0, 0
	for w := range l.words {
		for _, v := range []string{w + "x", "x" + w, w + "ungen"} {
			if _, ok := l.words[v]; !ok {
				asked++
				if mayHold(&l.filter, v) {
					passed++
				}
			}
		}
	}
	t.Logf("%d words, %d bits; %d of %d words the map lacks passed", len(l.words), 64*len(l.filter.bits), passed, asked)
	if passed*10 > asked {
		t.Errorf("%d of %d words the map lacks pass the filter", passed, asked)
	}
}
