package text

import (
	"encoding/binary"
	"slices"
)

// A Shape is what Analyse works out of a text, kept in a few bytes a
// token: each token's distance from the one before, length, kind, flags,
// hash and what the lexicon gave it if a stage asked, the lower-case
// forms, and each sentence's bounds. A caller
// that releases a Doc and needs the text layer again later (package
// corpus analyses every article before its actors are resolved across
// the corpus, and again for its events) keeps the Shape instead of the
// Doc, a small part of its size, and AnalyseShape rebuilds the Doc from
// it without reading the text again.
type Shape struct {
	tokens    int
	toks      []byte     // per token a head byte, then the rest (see shapeFlagsShift)
	hashes    []uint32   // per token its hash
	lowerText string     // Doc.lowerText, which no Doc writes to again
	oddLower  []string   // Doc.oddLower
	lexed     []lexEntry // Doc.lexed
	sentences []shapeSentence
}

type shapeSentence struct {
	last, start, end, block int32
	meta                    bool
}

// A token's head byte holds its Kind (two bits), the flags scan sets
// (four bits) and its distance from the end of the token before (two
// bits, shapeFarGap when it is that or more, and a uvarint of it
// follows). A uvarint of its length follows, shifted left by one, the
// low bit set for flagOddLower.
const (
	shapeFlags      = flagSpace | flagNewline | flagUpper | flagCased
	shapeFlagsShift = 2
	shapeGapShift   = 6
	shapeFarGap     = 3
)

// Shape returns the Shape of the Doc's text, which AnalyseShape turns
// into the Doc Analyse gave.
func (d *Doc) Shape() *Shape {
	s := &Shape{
		tokens:    len(d.Tokens),
		toks:      make([]byte, 0, 2*len(d.Tokens)+16),
		hashes:    make([]uint32, len(d.Tokens)),
		lowerText: d.lowerText,
		oddLower:  d.oddLower,
		lexed:     slices.Clone(d.lexed),
	}
	end := int32(0)
	for i := range d.Tokens {
		t := &d.Tokens[i]
		gap := t.Start - end
		head := byte(t.Kind) | (t.flags&shapeFlags)<<shapeFlagsShift | byte(min(gap, shapeFarGap))<<shapeGapShift
		s.toks = append(s.toks, head)
		if gap >= shapeFarGap {
			s.toks = binary.AppendUvarint(s.toks, uint64(gap))
		}
		size := uint64(t.End-t.Start) << 1
		if t.flags&flagOddLower != 0 {
			size |= 1
		}
		s.toks = binary.AppendUvarint(s.toks, size)
		s.hashes[i] = t.hash
		end = t.End
	}
	s.sentences = make([]shapeSentence, len(d.Sentences))
	for i, sn := range d.Sentences {
		s.sentences[i] = shapeSentence{last: int32(sn.Last), start: int32(sn.Start), end: int32(sn.End), block: int32(sn.Block), meta: sn.Meta}
	}
	return s
}

// AnalyseShape is Analyse of text, whose Shape s is: the same Doc.
func AnalyseShape(text string, s *Shape) *Doc {
	d := docPool.Get().(*Doc)
	d.Text = text
	if cap(d.Tokens) < s.tokens {
		d.Tokens = make([]Token, s.tokens)
	}
	d.Tokens = d.Tokens[:s.tokens]
	d.lowerText, d.oddLower = s.lowerText, s.oddLower
	d.lexed = append(d.lexed[:0], s.lexed...)
	b, hashes := s.toks, s.hashes[:len(d.Tokens)]
	end, k := int32(0), 0
	lower, odd := int32(0), int32(0) // the next cased token's lowerStart, by flagOddLower
	for i := range d.Tokens {
		head := b[k]
		k++
		start := end + int32(head>>shapeGapShift)
		if head>>shapeGapShift == shapeFarGap {
			gap, n := binary.Uvarint(b[k:])
			start, k = end+int32(gap), k+n
		}
		size, n := uint64(b[k]), 1
		if size >= 0x80 {
			size, n = binary.Uvarint(b[k:])
		}
		k += n
		end = start + int32(size>>1)
		t := Token{Start: start, End: end, Kind: Kind(head & 3), flags: head >> shapeFlagsShift & shapeFlags, hash: hashes[i]}
		switch {
		case size&1 != 0:
			t.flags |= flagOddLower
			t.lowerStart = odd
			odd++
		case t.flags&flagCased != 0:
			t.lowerStart = lower
			lower += end - start
		}
		if t.Kind == Num || t.Kind == Alnum {
			t.NumDigits = leadingDigits(text[start:end])
		}
		d.Tokens[i] = t
	}
	if cap(d.Sentences) < len(s.sentences) {
		d.Sentences = make([]Sentence, 0, len(s.sentences))
	}
	d.Sentences = d.Sentences[:0]
	first := 0
	for si, sn := range s.sentences {
		for k := first; k < int(sn.last); k++ {
			d.Tokens[k].Sentence = int32(si)
		}
		d.Sentences = append(d.Sentences, Sentence{First: first, Last: int(sn.last), Start: int(sn.start), End: int(sn.end), Block: int(sn.block), Meta: sn.meta})
		first = int(sn.last)
	}
	d.resetStages()
	return d
}

// leadingDigits counts the ASCII digits a number or alnum token begins
// with, as scan does (at most 255).
func leadingDigits(w string) uint8 {
	n := 0
	for n < len(w) && n < 255 && w[n] >= '0' && w[n] <= '9' {
		n++
	}
	return uint8(n)
}
