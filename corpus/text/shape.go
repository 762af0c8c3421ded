package text

import "encoding/binary"

// A Shape is what Analyse reads of a text to find its tokens and
// sentences, kept in a few bytes a token: each token's distance from the
// one before, length, kind and flags, and each sentence's bounds. A
// caller that releases a Doc and needs the text layer again later
// (package corpus analyses every article before its actors are resolved
// across the corpus, and again for its events) keeps the Shape instead of
// the Doc, a small part of its size, and AnalyseShape rebuilds the Doc from
// it without scanning the text or splitting it into sentences again.
type Shape struct {
	tokens    int
	toks      []byte          // per token a head byte (shapeKind, shapeFlags, shapeGap), then the rest
	sentences []shapeSentence // as Doc.Sentences
}

type shapeSentence struct {
	last, start, end, block int32
	meta                    bool
}

// A token's head byte holds its Kind (two bits), the flags scan sets
// (four bits) and its distance from the end of the token before (two
// bits, shapeFarGap when it is that or more, and a uvarint of it
// follows). Its length follows as a uvarint.
const (
	shapeFlags      = flagSpace | flagNewline | flagUpper | flagCased
	shapeFlagsShift = 2
	shapeGapShift   = 6
	shapeFarGap     = 3
)

// Shape returns the Shape of the Doc's text, which AnalyseShape turns
// into the Doc Analyse gave.
func (d *Doc) Shape() *Shape {
	s := &Shape{tokens: len(d.Tokens), toks: make([]byte, 0, 2*len(d.Tokens)+16)}
	end := int32(0)
	for i := range d.Tokens {
		t := &d.Tokens[i]
		gap := t.Start - end
		head := byte(t.Kind) | (t.flags&shapeFlags)<<shapeFlagsShift | byte(min(gap, shapeFarGap))<<shapeGapShift
		s.toks = append(s.toks, head)
		if gap >= shapeFarGap {
			s.toks = binary.AppendUvarint(s.toks, uint64(gap))
		}
		s.toks = binary.AppendUvarint(s.toks, uint64(t.End-t.Start))
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
	b := s.toks
	end, k := int32(0), 0
	for i := range d.Tokens {
		head := b[k]
		k++
		start := end + int32(head>>shapeGapShift)
		if head>>shapeGapShift == shapeFarGap {
			gap, n := binary.Uvarint(b[k:])
			start, k = end+int32(gap), k+n
		}
		size, n := int32(b[k]), 1
		if size >= 0x80 {
			v, m := binary.Uvarint(b[k:])
			size, n = int32(v), m
		}
		k += n
		end = start + size
		t := Token{Start: start, End: end, Kind: Kind(head & 3), flags: head >> shapeFlagsShift & shapeFlags}
		if t.Kind == Num || t.Kind == Alnum {
			t.NumDigits = leadingDigits(text[start:end])
		}
		d.Tokens[i] = t
	}
	d.lowerForms()
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
