package actors

import (
	"slices"
	"strings"
	"testing"
)

// A wordCache gives back what was stored for a word, and nothing for
// another word, whatever slot the two share; it keeps no word longer
// than maxCachedWord.
func TestWordCache(t *testing.T) {
	c := newWordCache[uint32](4) // four slots: words share them
	long := strings.Repeat("ä", maxCachedWord/2)
	words := []string{"Trump", "Trumps", "trump", "Bundesregierung", long, "x"}
	for i, w := range words {
		c.store(w, uint32(i+1))
		if v, ok := c.lookup(w); !ok || v != uint32(i+1) {
			t.Errorf("%q: %d, %v after storing %d", w, v, ok, i+1)
		}
		for _, other := range words[:i] {
			if v, ok := c.lookup(other); ok && v != uint32(slices.Index(words, other)+1) {
				t.Errorf("%q: %d, stored %d", other, v, slices.Index(words, other)+1)
			}
		}
	}
	tooLong := long + "a"
	c.store(tooLong, 9)
	if _, ok := c.lookup(tooLong); ok {
		t.Errorf("a word of %d bytes is kept", len(tooLong))
	}
	if _, ok := c.lookup(""); ok {
		t.Error("the empty word is found")
	}
}
