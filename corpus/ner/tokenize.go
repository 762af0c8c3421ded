package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A Token is a word or a punctuation mark of a text: byte offsets, on
// rune boundaries.
type Token struct{ Start, End int }

// Tokenize splits text into tokens the way the training data is
// tokenised (GermEval 2014): runs of letters and digits with inner
// hyphens, apostrophes, ampersands and full stops ("SPD-Chef", "O'Brien",
// "H&M", "z.B.", "3.5") stay one token; every other mark is a token of its
// own, and so is a full stop at the end of a word, except after a single
// capital before a capitalised word ("J. Trump").
func Tokenize(text string, toks []Token) []Token {
	for i := 0; i < len(text); {
		switch class, n := classAt(text, i); class {
		case classSpace:
			i += n
		case classWord:
			j := wordEnd(text, i+n)
			if j < len(text) && text[j] == '.' && j == i+n && isCapital(text[i:]) && beforeName(text[j+1:]) {
				j++ // an initial: "J. Trump"
			}
			toks = append(toks, Token{i, j})
			i = j
		default:
			toks = append(toks, Token{i, i + n})
			i += n
		}
	}
	return toks
}

// wordEnd returns the end of the word that goes on at j: word runes, and
// inner marks between two of them.
func wordEnd(text string, j int) int {
	for j < len(text) {
		if c := text[j]; c < utf8.RuneSelf && asciiClass[c] == classWord {
			j++ // the common case, without a call
			continue
		}
		class, n := classAt(text, j)
		if class == classWord {
			j += n
			continue
		}
		if class != classInner || j+n >= len(text) {
			return j
		}
		if next, _ := classAt(text, j+n); next != classWord {
			return j
		}
		j += n
	}
	return j
}

// The classes of characters for Tokenize.
const (
	classOther = iota
	classSpace
	classWord
	classInner // joins two word runes (inner)
)

// classAt returns the class and the size of the rune at text[i]: for
// ASCII, which most text is made of, from a table.
func classAt(text string, i int) (class uint8, n int) {
	if c := text[i]; c < utf8.RuneSelf {
		return asciiClass[c], 1
	}
	return decodeClass(text, i)
}

// decodeClass is classAt beyond ASCII.
func decodeClass(text string, i int) (class uint8, n int) {
	r, n := utf8.DecodeRuneInString(text[i:])
	return classOf(r), n
}

func classOf(r rune) uint8 {
	switch {
	case unicode.IsSpace(r):
		return classSpace
	case wordRune(r):
		return classWord
	case inner(r):
		return classInner
	}
	return classOther
}

var asciiClass = func() (c [utf8.RuneSelf]uint8) {
	for r := range rune(utf8.RuneSelf) {
		c[r] = classOf(r)
	}
	return c
}()

func wordRune(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	case r <= unicode.MaxLatin1:
		return unicode.IsLetter(r) // Latin-1 has no marks, and no digits beyond ASCII
	case generalPunctuation(r):
		// German quotes, dashes, the ellipsis: no letter, digit or mark,
		// which the tables would each be searched for
		return false
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// generalPunctuation reports a rune of the General Punctuation block
// (U+2000–U+206F), which holds no letter, digit or mark (a test checks
// it).
func generalPunctuation(r rune) bool { return r >= 0x2000 && r <= 0x206f }

// inner reports whether r joins two word runes into one token.
func inner(r rune) bool {
	switch r {
	case '-', '\'', '’', '&', '.', '‐', '‑':
		return true
	}
	return false
}

// beforeName reports whether s starts with blanks and a capital letter.
func beforeName(s string) bool {
	t := strings.TrimLeft(s, " ")
	if len(t) == len(s) || t == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsUpper(r)
}
