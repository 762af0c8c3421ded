// Package lexindex is the hash index of package text's lexicon
// (data/lexicon.tsv): an open-addressing table of line offsets, built by
// the generator and embedded beside the data (data/lexicon.idx), so that a
// process reads the lexicon without building anything.
package lexindex

import (
	"encoding/binary"
	"strings"
)

// Hash is FNV-1a of a form.
func Hash(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * 16777619
	}
	return h
}

// Build returns the index of data, lines "form<TAB>…": a power-of-two
// number of 4-byte little-endian slots, each 0 (empty) or a line's offset
// plus one, placed by linear probing from Hash(form). The table is at
// most two-thirds full.
func Build(data string) []byte {
	n := strings.Count(data, "\n")
	size := 1
	for size*2 < n*3 {
		size <<= 1
	}
	slots := make([]uint32, size)
	mask := uint32(size - 1)
	for off := 0; off < len(data); {
		end := strings.IndexByte(data[off:], '\n')
		if end < 0 {
			end = len(data) - off
		}
		if tab := strings.IndexByte(data[off:off+end], '\t'); tab > 0 {
			h := Hash(data[off:off+tab]) & mask
			for slots[h] != 0 {
				h = (h + 1) & mask
			}
			slots[h] = uint32(off + 1)
		}
		off += end + 1
	}
	out := make([]byte, 4*size)
	for i, s := range slots {
		binary.LittleEndian.PutUint32(out[4*i:], s)
	}
	return out
}
