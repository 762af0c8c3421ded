package actors

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
)

// The caches of words of uint32 values: a wordCache and a lineCache answer
// alike.
type uint32Cache interface {
	lookup(w string) (uint32, bool)
	store(w string, v uint32)
}

// A word cache gives back what was stored for a word, and nothing for
// another word, whatever slot the two share; it keeps no word longer
// than maxCachedWord.
func TestWordCache(t *testing.T) {
	for _, c := range []struct {
		name  string
		cache func() uint32Cache
	}{
		{"wordCache", func() uint32Cache { return newWordCache[uint32](4) }}, // four slots: words share them
		{"lineCache", func() uint32Cache { return newLineCache(4) }},
	} {
		t.Run(c.name, func(t *testing.T) {
			c := c.cache()
			long := strings.Repeat("ä", maxCachedWord/2)
			words := []string{"Trump", "Trumps", "trump", "Bundesregierung", long, "x", "Bundesverfassungsgericht", "Bundesverfassungsgerichts"}
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
		})
	}
}

// A lineCache written and read on several goroutines at once gives a word
// the value stored for it, or nothing (run with -race too).
func TestLineCacheConcurrent(t *testing.T) {
	c := newLineCache(8)
	words := make([]string, 64)
	for i := range words {
		words[i] = fmt.Sprintf("Wort%d%s", i, strings.Repeat("x", i%30))
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for round := range 200 {
				for i, w := range words {
					if (i+round+g)%3 == 0 {
						c.store(w, uint32(i+1))
					} else if v, ok := c.lookup(w); ok && v != uint32(i+1) {
						t.Errorf("%q: %d, stored %d", w, v, i+1)
						return
					}
				}
			}
		})
	}
	wg.Wait()
}

// tailBytes gives the bytes of a word from a place on as a loop over them
// would.
func TestTailBytes(t *testing.T) {
	for _, w := range []string{"a", "ab", "abc", "Abcd", "Trump", "Trumps", "Merkels", "Bundesrat", "Bundesregierung", "Präsidentin", "Ölförderländer"} {
		for i := 0; i < len(w); i += 8 {
			if len(w)-i >= 8 {
				continue // full numbers are le64's
			}
			var want uint64
			for k, b := range []byte(w[i:]) {
				want |= uint64(b) << (8 * k)
			}
			if got := tailBytes(w, i); got != want {
				t.Errorf("tailBytes(%q, %d) = %#x, want %#x", w, i, got, want)
			}
		}
	}
}
