package ner

import (
	"slices"
	"unicode/utf8"

	"chronik/corpus/text"
)

// DocumentOnLayer is Document for a text whose text layer (text.Analyse)
// is at hand: the tagger's words are joined from the layer's tokens
// instead of tokenised again. They are the words Tokenize finds (a test
// checks it on any text): the layer splits text at least where Tokenize
// does, and the tagger joins adjacent tokens by the rules of the training
// data (GermEval), which keep "z.B.", "O'Brien", "J." one word.
//
// The entities are written to spans[:0], reusing its array, and returned:
// a caller that reads them only until the next document passes the ones
// it was given back, and the tagger copies nothing out for it. With nil,
// they are in an array of their own.
func (t *Tagger) DocumentOnLayer(spans []Span, txt string, layer []text.Token, segments [][2]int, hints []Span) []Span {
	s := scratches.Get().(*scratch)
	defer scratches.Put(s)
	next := 0 // the layer's first token after the last segment
	return t.documentWith(spans[:0], txt, segments, hints, s, func(toks []Token, seg [2]int) []Token {
		toks, next = appendLayerWords(toks, txt, layer, seg, next)
		return toks
	})
}

// appendLayerWords appends the words of txt[seg[0]:seg[1]] as Tokenize
// finds them, with offsets into txt, from the tokens of its text layer,
// and returns the index of the first token after the segment. The search
// for the segment's tokens begins at from: segments come in text order.
func appendLayerWords(toks []Token, txt string, layer []text.Token, seg [2]int, from int) ([]Token, int) {
	start, end := seg[0], seg[1]
	k := from
	if k > len(layer) || k > 0 && int(layer[k-1].End) > start {
		k, _ = slices.BinarySearchFunc(layer, start, func(t text.Token, start int) int { return int(t.End) - start - 1 })
	}
	for k < len(layer) && int(layer[k].End) <= start {
		k++
	}
	last := k // the first token from end on
	for last < len(layer) && int(layer[last].Start) < end {
		last++
	}
	if k < len(layer) && int(layer[k].Start) < start || last > 0 && int(layer[last-1].End) > end ||
		!utf8.RuneStart(txt[start]) || end < len(txt) && !utf8.RuneStart(txt[end]) {
		return appendWords(toks, txt, seg), last // a segment that cuts a token or a rune
	}
	for ; k < last; k++ {
		i, j := int(layer[k].Start), int(layer[k].End)
		// classAt(txt, i), its ASCII case written out: classAt is not
		// inlined, and this runs for every token
		class, n := uint8(0), 1
		if c := txt[i]; c < utf8.RuneSelf {
			class = asciiClass[c]
		} else {
			class, n = decodeClass(txt, i)
		}
		switch class {
		case classSpace: // \v and \f are marks to the layer
			continue
		case classWord:
		default:
			toks = append(toks, Token{i, j})
			continue
		}
		// Word runes and inner marks between two of them go on across
		// adjacent tokens; the layer keeps neither apart from a word's end
		// within a token.
		for k+1 < len(layer) && int(layer[k+1].Start) == j && j < end {
			next, m := classAt(txt, j)
			if next != classWord {
				if next != classInner || k+2 >= len(layer) || int(layer[k+2].Start) != j+m || j+m >= end {
					break
				}
				if after, _ := classAt(txt, j+m); after != classWord {
					break
				}
				k++
			}
			k++
			j = int(layer[k].End)
		}
		if j < end && txt[j] == '.' && j == i+n && isCapital(txt[i:]) && beforeName(txt[j+1:end]) {
			j++ // an initial: "J. Trump"
			k++
		}
		toks = append(toks, Token{i, j})
	}
	return toks, last
}

// appendWords appends Tokenize's words of txt[seg[0]:seg[1]], with
// offsets into txt.
func appendWords(toks []Token, txt string, seg [2]int) []Token {
	first := len(toks)
	toks = Tokenize(txt[seg[0]:seg[1]], toks)
	for i := first; i < len(toks); i++ {
		toks[i].Start += seg[0]
		toks[i].End += seg[0]
	}
	return toks
}
