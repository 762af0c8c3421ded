package actors

import (
	"math/bits"
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
	shift uint // 64 - log2(len(slots)): wordHash's top bits pick the slot
}

// A wordEntry holds its word's bytes, not a string of them: a look-up
// then reads one object where it read the entry and then the word
// elsewhere in memory (the slots and entries of a large cache seldom
// stay in the processor's caches), and a store makes one. The bytes are
// a copy, so that no caller's text stays alive in the cache.
type wordEntry[T any] struct {
	value T
	n     uint8 // the word's length
	word  [maxCachedWord]byte
}

// maxCachedWord is the longest word a wordCache keeps (at most 255 bytes:
// wordEntry.n).
const maxCachedWord = 40

// newWordCache makes a cache of size slots, a power of two.
func newWordCache[T any](size int) *wordCache[T] {
	return &wordCache[T]{slots: make([]atomic.Pointer[wordEntry[T]], size), shift: uint(bits.LeadingZeros64(uint64(size - 1)))}
}

func (c *wordCache[T]) slot(w string) *atomic.Pointer[wordEntry[T]] {
	return &c.slots[wordHash(w)>>c.shift]
}

// wordHash hashes the length and the first and last eight bytes of w, all
// of most words, with one multiplication: maphash.String cost several
// times as much for a short word. Words that share all of those are rare
// and only share a slot, each one's entry replacing the other's.
func wordHash[S ~string | ~[]byte](w S) uint64 {
	n := len(w)
	var lo, hi uint64
	switch {
	case n >= 8: // each eight bytes one load
		a, b := w[:8], w[n-8:]
		lo = uint64(a[0]) | uint64(a[1])<<8 | uint64(a[2])<<16 | uint64(a[3])<<24 | uint64(a[4])<<32 | uint64(a[5])<<40 | uint64(a[6])<<48 | uint64(a[7])<<56
		hi = uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 | uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
	case n >= 4: // two loads of four bytes, which may overlap
		a, b := w[:4], w[n-4:]
		lo = uint64(a[0]) | uint64(a[1])<<8 | uint64(a[2])<<16 | uint64(a[3])<<24 | uint64(b[0])<<32 | uint64(b[1])<<40 | uint64(b[2])<<48 | uint64(b[3])<<56
	default:
		for i := range n {
			lo |= uint64(w[i]) << (8 * i)
		}
	}
	return (lo ^ bits.RotateLeft64(hi, 31) ^ uint64(n)<<58) * 0x9e3779b97f4a7c15
}

// lookup returns what was stored for w, if w was asked lately.
func (c *wordCache[T]) lookup(w string) (T, bool) {
	if len(w) <= maxCachedWord {
		if e := c.slot(w).Load(); e != nil && int(e.n) == len(w) && string(e.word[:e.n]) == w {
			return e.value, true
		}
	}
	var zero T
	return zero, false
}

// store remembers v for w.
func (c *wordCache[T]) store(w string, v T) {
	if len(w) <= maxCachedWord {
		e := &wordEntry[T]{value: v, n: uint8(len(w))}
		copy(e.word[:], w)
		c.slot(w).Store(e)
	}
}

// A lineCache is a wordCache of uint32 values whose entries lie in its
// slots, one line of the processor's cache each: a look-up reads one place
// in memory where a wordCache's reads its slot and then the entry the slot
// points to, and a store makes no object. A large cache asked of many
// words seldom stays in the processor's caches, so its look-ups wait for
// memory, once here instead of twice. Its slots may be written on one
// goroutine while others read them: each has a sequence number, odd while
// a store writes it, which a reader reads before and after the entry, and
// an entry read while the number was odd or changed is a miss.
type lineCache struct {
	slots []lineSlot
	shift uint // as in wordCache
}

type lineSlot struct {
	seq   atomic.Uint32
	value atomic.Uint32
	n     atomic.Uint32 // the word's length; 0 for an empty slot
	_     uint32
	word  [lineWords]atomic.Uint64 // the word's bytes, eight a number, little-endian, the last zero after the word's end; numbers past it are left from longer words
	_     uint64                   // to a line's 64 bytes
}

const lineWords = (maxCachedWord + 7) / 8

// newLineCache makes a cache of size slots, a power of two.
func newLineCache(size int) *lineCache {
	return &lineCache{slots: make([]lineSlot, size), shift: uint(bits.LeadingZeros64(uint64(size - 1)))}
}

// lookup returns what was stored for w, if w was asked lately.
func (c *lineCache) lookup(w string) (uint32, bool) {
	if len(w) > maxCachedWord || w == "" {
		return 0, false
	}
	s := &c.slots[wordHash(w)>>c.shift]
	seq := s.seq.Load()
	if seq&1 != 0 || int(s.n.Load()) != len(w) {
		return 0, false
	}
	n, i := len(w), 0
	for ; i+8 <= n; i += 8 {
		if s.word[i/8].Load() != le64(w[i:]) {
			return 0, false
		}
	}
	if i < n && s.word[i/8].Load() != tailBytes(w, i) {
		return 0, false
	}
	v := s.value.Load()
	return v, s.seq.Load() == seq
}

// store remembers v for w, unless another goroutine is storing in w's slot.
func (c *lineCache) store(w string, v uint32) {
	if len(w) > maxCachedWord || w == "" {
		return
	}
	s := &c.slots[wordHash(w)>>c.shift]
	seq := s.seq.Load()
	if seq&1 != 0 || !s.seq.CompareAndSwap(seq, seq+1) {
		return
	}
	n, i := len(w), 0
	s.n.Store(uint32(n))
	for ; i+8 <= n; i += 8 {
		s.word[i/8].Store(le64(w[i:]))
	}
	if i < n { // (lookup reads no further)
		s.word[i/8].Store(tailBytes(w, i))
	}
	s.value.Store(v)
	s.seq.Store(seq + 2)
}

// le64 and le32 read the first bytes of w as a little-endian number (the
// compiler makes each one load).
func le64(w string) uint64 {
	_ = w[7]
	return uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 | uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
}

func le32(w string) uint32 {
	_ = w[3]
	return uint32(w[0]) | uint32(w[1])<<8 | uint32(w[2])<<16 | uint32(w[3])<<24
}

// tailBytes returns the bytes of w from i on, one to seven, as a
// little-endian number: from the last eight bytes of a word of eight or
// more, one load and a shift.
func tailBytes(w string, i int) uint64 {
	n := len(w)
	if n >= 8 {
		return le64(w[n-8:]) >> (64 - 8*(n-i))
	}
	return shortBytes(w)
}

// shortBytes returns the bytes of a word of one to seven as a
// little-endian number.
func shortBytes(w string) uint64 {
	n := len(w)
	if n >= 4 { // two loads of four, which may overlap
		return uint64(le32(w)) | uint64(le32(w[n-4:]))<<(8*(n-4))
	}
	var b uint64
	for i := range n {
		b |= uint64(w[i]) << (8 * i)
	}
	return b
}
