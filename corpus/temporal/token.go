package temporal

import "chronik/corpus/text"

// tokKind is the coarse class of a token: package text's kinds.
type tokKind = text.Kind

const (
	tkWord  = text.Word
	tkNum   = text.Num
	tkAlnum = text.Alnum
	tkPunct = text.Punct
)

// A token is the tagger's view of one token of the text layer: its
// offsets and shape, and its entry in the tagger's lexicon (nil for the
// vast majority), looked up once, so the matchers never touch strings.
type token struct {
	start, end int32
	num        int32 // value of a tkNum (or the leading digits of a tkAlnum); -1 if too long
	kind       tokKind
	ndig       uint8 // number of digits of num
	space      bool  // whitespace precedes the token
	newline    bool  // a line break precedes the token
	upper      bool  // the first letter is upper-case
	e          *entry
}

// punct returns the punctuation byte of a one-byte tkPunct token, 0 otherwise.
func (t *token) punct(text string) byte {
	if t.kind != tkPunct || t.end-t.start != 1 {
		return 0
	}
	return text[t.start]
}

// maxKey is the longest lexicon key; longer words are not looked up.
const maxKey = 40

// view makes the tagger's tokens of a text layer, looking up the words
// and the alnum tokens ("90er", "4-jährige") in the lexicon.
func (lx *lexicon) view(d *text.Doc, toks []token) []token {
	for i := range d.Tokens {
		t := &d.Tokens[i]
		v := token{start: t.Start, end: t.End, num: d.Number(i), kind: t.Kind, ndig: t.NumDigits,
			space: t.Space(), newline: t.Newline(), upper: t.Upper()}
		if (t.Kind == text.Word || t.Kind == text.Alnum) && !lx.table.Lacks(d.Hash(i)) {
			v.e = lx.lookup(d.Lower(i), d.Hash(i))
		}
		toks = append(toks, v)
	}
	return toks
}

// fold lower-cases ASCII and the German umlauts into buf; other bytes are
// copied. It reports false when the word is too long to be a lexicon key.
func fold(w string, buf *[maxKey]byte) (int, bool) {
	if len(w) > maxKey {
		return 0, false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c == 0xC3 && i+1 < len(w):
			// Ä Ö Ü (C3 84, C3 96, C3 9C) → ä ö ü (C3 A4, C3 B6, C3 BC).
			buf[i] = c
			i++
			c = w[i]
			if c == 0x84 || c == 0x96 || c == 0x9C {
				c += 0x20
			}
		}
		buf[i] = c
	}
	return len(w), true
}

// foldString is fold for code that runs once (lexicon building, tests).
func foldString(w string) string {
	var buf [maxKey]byte
	n, ok := fold(w, &buf)
	if !ok {
		b := []byte(w)
		for i, c := range b {
			if c >= 'A' && c <= 'Z' {
				b[i] = c + 'a' - 'A'
			}
		}
		return string(b)
	}
	return string(buf[:n])
}
