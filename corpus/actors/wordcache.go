package actors

import (
	"hash/maphash"
	"strings"
	"sync/atomic"
)

// A wordCache remembers what a function of one word gave for recent
// words, direct-mapped by hash: most capitalised words of news recur
// across articles, and what is asked of them costs several look-ups.
// Entries are replaced whole, so readers on other goroutines see an old
// entry or a new one, never half of one. Callers compute a miss
// themselves (a call through a function value would make every word
// asked escape to the heap).
type wordCache[T any] struct {
	slots []atomic.Pointer[wordEntry[T]]
}

type wordEntry[T any] struct {
	word  string
	value T
}

// maxCachedWord is the longest word a wordCache keeps.
const maxCachedWord = 40

var wordSeed = maphash.MakeSeed()

// newWordCache makes a cache of size slots, a power of two.
func newWordCache[T any](size int) *wordCache[T] {
	return &wordCache[T]{slots: make([]atomic.Pointer[wordEntry[T]], size)}
}

func (c *wordCache[T]) slot(w string) *atomic.Pointer[wordEntry[T]] {
	return &c.slots[maphash.String(wordSeed, w)&uint64(len(c.slots)-1)]
}

// lookup returns what was stored for w, if w was asked lately.
func (c *wordCache[T]) lookup(w string) (T, bool) {
	if len(w) <= maxCachedWord {
		if e := c.slot(w).Load(); e != nil && e.word == w {
			return e.value, true
		}
	}
	var zero T
	return zero, false
}

// store remembers v for w.
func (c *wordCache[T]) store(w string, v T) {
	if len(w) <= maxCachedWord {
		// A copy: w is often a slice of an article, which the cache must not keep alive.
		c.slot(w).Store(&wordEntry[T]{word: strings.Clone(w), value: v})
	}
}
