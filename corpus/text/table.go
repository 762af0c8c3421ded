package text

import "chronik/corpus/text/internal/lexindex"

// Hash is the hash of a lower-case form that Doc.Hash gives a token
// (FNV-1a, as the lexicon's index): a stage that looks a joined or cut
// form up in a Table hashes it with this.
func Hash(form string) uint32 { return lexindex.Hash(form) }

// A Table maps lower-case forms to values, looked up with the form's Hash,
// which the text layer computes once per token (Doc.Hash): every stage
// asks its own word list about the same tokens, and a Go map would hash
// each token again per stage. It is an open-addressing table an eighth
// full, with a bit per slot that says whether the slot is taken: a form
// the table lacks (most words, for most lists) mostly costs one bit of a
// bitmap small enough to stay in the processor's nearest cache. Built
// once, it is safe for concurrent reading.
type Table[V any] struct {
	taken []uint64 // bit p: slots[p] holds a key
	slots []tableSlot
	mask  uint32
	pairs []tablePair[V] // a key beside its value: a hit reads one place
}

// A tableSlot holds a key's hash and its index in pairs.
type tableSlot struct{ hash, at uint32 }

type tablePair[V any] struct {
	key string
	val V
}

// NewTable builds the table of m.
func NewTable[V any](m map[string]V) *Table[V] {
	n := 64
	for n < 8*len(m) {
		n *= 2
	}
	t := &Table[V]{taken: make([]uint64, n/64), slots: make([]tableSlot, n), mask: uint32(n - 1), pairs: make([]tablePair[V], 0, len(m))}
	for k, v := range m {
		h := Hash(k)
		p := h & t.mask
		for t.taken[p/64]&(1<<(p%64)) != 0 {
			p = (p + 1) & t.mask
		}
		t.slots[p] = tableSlot{hash: h, at: uint32(len(t.pairs))}
		t.pairs = append(t.pairs, tablePair[V]{k, v})
		t.taken[p/64] |= 1 << (p % 64)
	}
	return t
}

// Lacks reports whether the table surely lacks the form whose Hash is h:
// the slot it would be looked for first is empty. It reads one bit and
// is inlined, so a caller with many forms to look up, most of them
// missing, need not make a form nor call Get for those.
func (t *Table[V]) Lacks(h uint32) bool {
	p := h & t.mask
	return t.taken[p/64]&(1<<(p%64)) == 0
}

// Get returns the value of form, whose Hash is h, and whether the table
// has it.
func (t *Table[V]) Get(form string, h uint32) (V, bool) {
	for p := h & t.mask; ; p = (p + 1) & t.mask {
		if t.taken[p/64]&(1<<(p%64)) == 0 {
			var zero V
			return zero, false
		}
		s := t.slots[p]
		if s.hash == h {
			if e := &t.pairs[s.at]; e.key == form {
				return e.val, true
			}
		}
	}
}
