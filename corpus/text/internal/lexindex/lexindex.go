// Package lexindex is the hash index of package text's lexicon
// (data/lexicon.tsv): an open-addressing table built by the generator and
// embedded beside the data (data/lexicon.idx), so that a process reads the
// lexicon without building anything, and finds a form's classes without
// reading its line.
package lexindex

import (
	"encoding/binary"
	"strings"
)

// SlotSize is the size of a slot in bytes: the line's offset plus one
// (uint32, 0 for an empty slot), the line's Summary (uint16) and a tag of
// the form's hash (uint16), all little-endian. The tag lets a lookup of a
// form the lexicon lacks skip the data.
const SlotSize = 8

// Hash is FNV-1a of a form, as a string or as the bytes the text layer
// lowers it into.
func Hash[S ~string | ~[]byte](s S) uint32 {
	h := HashStart
	for i := 0; i < len(s); i++ {
		h = HashByte(h, s[i])
	}
	return h
}

// HashStart is the Hash of the empty form, and HashByte the Hash of a
// form one byte longer than the form of hash h: a caller that writes a
// form byte by byte hashes it in the same pass.
const HashStart uint32 = 2166136261

func HashByte(h uint32, c byte) uint32 { return (h ^ uint32(c)) * 16777619 }

// Tag is the part of a form's hash stored in its slot: the high bits,
// which the slot's position (the low bits) does not already say.
func Tag(h uint32) uint16 { return uint16(h >> 16) }

// Class bits of a Summary (package text's Noun, Verb, Adjective) and the
// verb-form letters of the data, whose bits follow them in the order
// written (package text's VerbForm, shifted by ClassBits).
const (
	Noun      = 1 << 0
	Verb      = 1 << 1
	Adjective = 1 << 2
	ClassBits = 3
)

// VerbLetters are the verb-form letters of data/lexicon.tsv, in bit order:
// infinitive, zu-infinitive, past participle, present participle, present,
// preterite, subjunctive I, subjunctive II, imperative; and "r", a reading
// only the reformed spelling of a form has (see internal/lexgen).
const VerbLetters = "izgdptkcmr"

// Summary returns the union of the classes and verb forms of the readings
// of a line "form<TAB>TAG=lemma<TAB>…" (or of one reading's "TAG").
func Summary(line string) uint16 {
	var sum uint16
	tag := true // at the start of a reading
	if i := strings.IndexByte(line, '\t'); i >= 0 {
		line = line[i+1:]
	}
	for i := 0; i < len(line) && line[i] != '\n'; i++ {
		switch b := line[i]; {
		case b == '\t':
			tag = true
		case b == '=':
			tag = false
		case tag:
			switch b {
			case 'N':
				sum |= Noun
			case 'V':
				sum |= Verb
			case 'A':
				sum |= Adjective
			default:
				if k := strings.IndexByte(VerbLetters, b); k >= 0 {
					sum |= 1 << (ClassBits + k)
				}
			}
		}
	}
	return sum
}

// Build returns the index of data, lines "form<TAB>…": a power-of-two
// number of slots, placed by linear probing from Hash(form). The table is
// at most two-thirds full.
func Build(data string) []byte {
	n := strings.Count(data, "\n")
	size := 1
	for size*2 < n*3 {
		size <<= 1
	}
	out := make([]byte, SlotSize*size)
	mask := uint32(size - 1)
	for off := 0; off < len(data); {
		end := strings.IndexByte(data[off:], '\n')
		if end < 0 {
			end = len(data) - off
		}
		line := data[off : off+end]
		if tab := strings.IndexByte(line, '\t'); tab > 0 {
			h := Hash(line[:tab])
			p := h & mask
			for binary.LittleEndian.Uint32(out[SlotSize*p:]) != 0 {
				p = (p + 1) & mask
			}
			slot := out[SlotSize*p:]
			binary.LittleEndian.PutUint32(slot, uint32(off+1))
			binary.LittleEndian.PutUint16(slot[4:], Summary(line))
			binary.LittleEndian.PutUint16(slot[6:], Tag(h))
		}
		off += end + 1
	}
	return out
}
