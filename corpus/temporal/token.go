package temporal

import (
	"unicode"
	"unicode/utf8"
)

// tokKind is the coarse class of a token.
type tokKind uint8

const (
	tkWord  tokKind = iota // letters, possibly with digits and inner hyphens ("US-Wahl", "Covid-19")
	tkNum                  // ASCII digits only ("18", "2024")
	tkAlnum                // digits followed by letters ("90er", "1990er-Jahre", "4-jährige")
	tkPunct                // one punctuation or symbol rune
)

// A token is a word, number or punctuation mark of the text, with byte
// offsets. Words carry their lexicon entry (nil for the vast majority),
// looked up once while scanning, so the matchers never touch strings.
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

// scan splits text into tokens. It is a single byte loop: ASCII is
// classified by table, and only non-ASCII runes are decoded.
func (lx *lexicon) scan(text string, toks []token) []token {
	var buf [maxKey]byte
	space, newline := true, true
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case c == ' ' || c == '\t' || c == '\r':
			space = true
			i++
			continue
		case c == '\n':
			space, newline = true, true
			i++
			continue
		case c >= '0' && c <= '9':
			j := i
			var v int32
			for j < len(text) && text[j] >= '0' && text[j] <= '9' {
				if v >= 0 {
					if j-i < 9 {
						v = v*10 + int32(text[j]-'0')
					} else {
						v = -1
					}
				}
				j++
			}
			t := token{start: int32(i), num: v, kind: tkNum, ndig: uint8(min(j-i, 255)), space: space, newline: newline}
			// Letters glued to the digits make an alnum token: "90er",
			// "1990er-Jahre", "4-jährige", "3G".
			if k := wordEnd(text, j, true); k > j {
				t.kind = tkAlnum
				j = k
				t.e = lx.lookup(text[i:j], &buf)
			}
			t.end = int32(j)
			toks = append(toks, t)
			i = j
		case c < utf8.RuneSelf && !isASCIILetter(c):
			toks = append(toks, token{start: int32(i), end: int32(i + 1), kind: tkPunct, space: space, newline: newline})
			i++
		default:
			r, size := rune(c), 1
			if c >= utf8.RuneSelf {
				r, size = utf8.DecodeRuneInString(text[i:])
			}
			if !isLetterRune(r) {
				if unicode.IsSpace(r) {
					space = true
					i += size
					continue
				}
				toks = append(toks, token{start: int32(i), end: int32(i + size), kind: tkPunct, space: space, newline: newline})
				i += size
				break
			}
			j := wordEnd(text, i, false)
			t := token{start: int32(i), end: int32(j), kind: tkWord, space: space, newline: newline,
				upper: unicode.IsUpper(r)}
			t.e = lx.lookup(text[i:j], &buf)
			toks = append(toks, t)
			i = j
		}
		space, newline = false, false
	}
	return toks
}

// wordEnd returns the end of the word starting at i: letters and digits,
// and hyphens followed by a letter (or, inside a word, a digit). With
// needLetter the run must begin with a letter or a hyphen plus a letter
// (for the tail of an alnum token); otherwise it returns i.
func wordEnd(text string, i int, needLetter bool) int {
	j := i
	for j < len(text) {
		c := text[j]
		switch {
		case c >= '0' && c <= '9':
			if needLetter && j == i {
				return i
			}
			j++
		case isASCIILetter(c):
			j++
		case c == '-':
			if j+1 >= len(text) || j == i && !needLetter {
				return j
			}
			n := text[j+1]
			if isASCIILetter(n) || (n >= '0' && n <= '9' && j > i) {
				j++
				continue
			}
			if n >= utf8.RuneSelf {
				if r, _ := utf8.DecodeRuneInString(text[j+1:]); isLetterRune(r) {
					j++
					continue
				}
			}
			return j
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(text[j:])
			if !isLetterRune(r) {
				return j
			}
			j += size
		default:
			return j
		}
	}
	return j
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func isLetterRune(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIILetter(byte(r))
	}
	if r >= 0xC0 && r <= 0xFF && r != 0xD7 && r != 0xF7 { // Latin-1 letters: ä ö ü ß é …
		return true
	}
	return r != utf8.RuneError && unicode.IsLetter(r)
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
