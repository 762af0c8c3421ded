package actors

import "math/bits"

// A wordFilter is a Bloom filter of the lexicon's words, two bits a word.
// Most words asked of the lexicon are in none of its lists (on real news,
// six in seven of lookup's and nearly all of isCommon's), and a miss of
// the map reads memory that seldom stays in the processor's caches; the
// filter is smaller, and rules out all but a few of those words. It never
// rules out a word the map holds. A word's two bits lie in one uint64 of
// the filter (a blocked Bloom filter), so that a look-up reads one place
// where two places in different lines of the processor's cache would
// often both be out of it.
type wordFilter struct {
	bits  []uint64
	shift uint // 64 - log2 of the number of uint64s: a hash's top bits pick one
}

// filterBits is the size of the lexicon's filter: some twelve bits for
// each of its 85,000 words, which let about one word in forty that the map
// lacks pass (TestWordFilter).
const filterBits = 1 << 20

// newWordFilter returns an empty filter of n bits, a power of two.
func newWordFilter(n int) wordFilter {
	return wordFilter{bits: make([]uint64, n/64), shift: uint(64 - bits.TrailingZeros(uint(n/64)))}
}

func (f *wordFilter) add(w string) {
	i, m := f.places(wordHash(w))
	f.bits[i] |= m
}

// places returns the uint64 of f.bits that holds the bits of a word of
// hash h, picked by the top bits of h, and those two bits, picked by the
// top twelve bits of a second product, which every bit of h moves.
func (f *wordFilter) places(h uint64) (uint64, uint64) {
	p := h * 0xc2b2ae3d27d4eb4f
	return h >> (f.shift & 63), 1<<(p>>58) | 1<<(p>>52&63)
}

// mayHold reports whether the map of f may hold w, in bytes or as a
// string (the bytes of a buffer on the stack need no conversion).
func mayHold[S ~string | ~[]byte](f *wordFilter, w S) bool {
	i, m := f.places(wordHash(w))
	return f.bits[i]&m == m
}
