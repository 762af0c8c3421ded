package ner

// maxShortWord is the longest word a wordIndex holds: its bytes and its
// length fit in a shortWord.
const maxShortWord = 15

// A shortWord is a word of at most maxShortWord bytes as two integers:
// the first eight bytes, then the rest with the length in the top byte,
// so that two words are equal exactly when their shortWords are, and
// comparing them reads no text.
type shortWord struct{ lo, hi uint64 }

// shortWordOf returns the shortWord of w, which has 1 to maxShortWord
// bytes.
func shortWordOf(w string) shortWord {
	n := len(w)
	k := shortWord{hi: uint64(n) << 56}
	switch {
	case n >= 8:
		// The last eight bytes, without those lo holds (none for 8).
		k.lo, k.hi = le64(w), k.hi|le64(w[n-8:])>>(8*(16-n))
	case n >= 4:
		// Two loads that overlap: the bytes both read are the same.
		k.lo = uint64(le32(w)) | uint64(le32(w[n-4:]))<<(8*(n-4))
	default:
		for i := range n {
			k.lo |= uint64(w[i]) << (8 * i)
		}
	}
	return k
}

// le64 and le32 read the first bytes of s as a little-endian integer (the
// compiler makes each one load).
func le64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

func le32(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// A wordIndex maps the shortWords of the words a scratch has seen to
// their numbers: open addressing with linear probing, the number beside
// its key, at most three quarters full. A look-up hashes two integers
// and mostly reads one place, where a map of strings hashes the text and
// compares it with a copy elsewhere in memory.
type wordIndex struct {
	slots []wordSlot
	n     int
	shift uint // hashShift of len(slots)
}

type wordSlot struct {
	key shortWord // the zero shortWord: an empty place (a word has a length)
	i   int32
}

// find returns the number of key, and whether it was there; if not, the
// caller sets it.
func (x *wordIndex) find(key shortWord) (*int32, bool) {
	if 4*(x.n+1) > 3*len(x.slots) {
		x.grow()
	}
	mask := uint64(len(x.slots) - 1)
	for i := key.hash(x.shift); ; i = (i + 1) & mask {
		sl := &x.slots[i]
		switch sl.key {
		case key:
			return &sl.i, true
		case shortWord{}:
			sl.key = key
			x.n++
			return &sl.i, false
		}
	}
}

// hash returns the first place to look for k in a table whose hashShift
// is shift.
func (k shortWord) hash(shift uint) uint64 { return sumHash(k.lo^k.hi*0xc2b2ae3d27d4eb4f, shift) }

// grow doubles the places.
func (x *wordIndex) grow() {
	old := x.slots
	x.slots = make([]wordSlot, max(2*len(old), 1<<10))
	x.shift = hashShift(len(x.slots))
	mask := uint64(len(x.slots) - 1)
	for _, sl := range old {
		if sl.key == (shortWord{}) {
			continue
		}
		i := sl.key.hash(x.shift)
		for x.slots[i].key != (shortWord{}) {
			i = (i + 1) & mask
		}
		x.slots[i] = sl
	}
}

func (x *wordIndex) reset() {
	clear(x.slots)
	x.n = 0
}
