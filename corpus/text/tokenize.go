package text

import (
	"unicode"
	"unicode/utf8"
)

// scan splits text into tokens with their byte offsets. It is a single
// byte loop: ASCII is classified by table, and only non-ASCII runes are
// decoded.
func scan(text string, toks []Token) []Token {
	pre := uint8(flagSpace | flagNewline) // what precedes the next token
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case c == ' ' || c == '\t' || c == '\r':
			pre |= flagSpace
			i++
			continue
		case c == '\n':
			pre |= flagSpace | flagNewline
			i++
			continue
		case c >= '0' && c <= '9':
			j := i
			for j < len(text) && text[j] >= '0' && text[j] <= '9' {
				j++
			}
			t := Token{Start: int32(i), Kind: Num, NumDigits: uint8(min(j-i, 255)), flags: pre}
			// Letters glued to the digits make an alnum token: "90er",
			// "1990er-Jahre", "4-jährige", "3G".
			if k, up := wordEnd(text, j, true); k > j {
				t.Kind = Alnum
				j = k
				if up {
					t.flags |= flagCased
				}
			}
			t.End = int32(j)
			toks = append(toks, t)
			i = j
		case c < utf8.RuneSelf && !isASCIILetter(c):
			toks = append(toks, Token{Start: int32(i), End: int32(i + 1), Kind: Punct, flags: pre})
			i++
		default:
			// an ASCII letter (the cases above took the other ASCII bytes),
			// or a rune to decode and test
			r, size := rune(c), 1
			if c >= utf8.RuneSelf {
				r, size = utf8.DecodeRuneInString(text[i:])
			}
			if c >= utf8.RuneSelf && !isLetterRune(r) {
				if unicode.IsSpace(r) {
					pre |= flagSpace
					i += size
					continue
				}
				toks = append(toks, Token{Start: int32(i), End: int32(i + size), Kind: Punct, flags: pre})
				i += size
				break
			}
			j, up := wordEnd(text, i, false)
			flags := pre
			if unicode.IsUpper(r) {
				flags |= flagUpper
			}
			if up {
				flags |= flagCased
			}
			toks = append(toks, Token{Start: int32(i), End: int32(j), Kind: Word, flags: flags})
			i = j
		}
		pre = 0
	}
	return toks
}

// wordEnd returns the end of the word starting at i: letters and digits,
// and hyphens followed by a letter (or, inside a word, a digit). With
// needLetter the run must begin with a letter or a hyphen plus a letter
// (for the tail of an alnum token); otherwise it returns i. It also
// reports whether any letter is upper-case.
func wordEnd(text string, i int, needLetter bool) (end int, upper bool) {
	j := i
	for j < len(text) {
		// Most bytes of a word are lower-case ASCII letters: one table
		// look-up each.
		for j < len(text) && asciiWord[text[j]] == lowerLetter {
			j++
		}
		if j >= len(text) {
			break
		}
		c := text[j]
		switch asciiWord[c] {
		case upperLetter:
			upper = true
			j++
			continue
		case digit:
			if needLetter && j == i {
				return i, false
			}
			j++
			continue
		}
		switch {
		case c == '-':
			if j+1 >= len(text) || j == i && !needLetter {
				return j, upper
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
			return j, upper
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(text[j:])
			if !isLetterRune(r) {
				return j, upper
			}
			upper = upper || unicode.ToLower(r) != r
			j += size
		default:
			return j, upper
		}
	}
	return j, upper
}

// asciiWord classifies the ASCII bytes a word may hold (lowerLetter,
// upperLetter, digit); every other byte is 0.
var asciiWord = func() (t [256]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = lowerLetter
		t[c-'a'+'A'] = upperLetter
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = digit
	}
	return t
}()

const (
	lowerLetter = 1 + iota
	upperLetter
	digit
)

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func isLetterRune(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIILetter(byte(r))
	}
	if r >= 0xC0 && r <= 0xFF && r != 0xD7 && r != 0xF7 { // Latin-1 letters: ä ö ü ß é …
		return true
	}
	if r >= 0x2000 && r <= 0x206f {
		// General Punctuation (German quotes, dashes, the ellipsis) holds
		// no letter, which the table would be searched for
		return false
	}
	return r != utf8.RuneError && unicode.IsLetter(r)
}

// AppendLower appends w in lower case to dst, as Lower returns it, for a
// caller that lower-cases into a buffer of its own.
func AppendLower(dst []byte, w string) []byte {
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
		i += size
	}
	return dst
}

// Lower returns w in lower case, as Doc.Lower has a token's form.
func Lower(w string) string {
	if isLower(w) {
		return w
	}
	return string(AppendLower(nil, w))
}

// isLowerSlow is isLower from the first non-ASCII byte on.
func isLowerSlow(w string) bool {
	for _, r := range w {
		if unicode.ToLower(r) != r {
			return false
		}
	}
	return true
}
