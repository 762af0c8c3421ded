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
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			i += n
		case wordRune(r):
			j := i + n
			for j < len(text) {
				r, n := utf8.DecodeRuneInString(text[j:])
				if wordRune(r) {
					j += n
					continue
				}
				if inner(r) && j+n < len(text) {
					if r2, _ := utf8.DecodeRuneInString(text[j+n:]); wordRune(r2) {
						j += n
						continue
					}
				}
				break
			}
			if j < len(text) && text[j] == '.' && utf8.RuneCountInString(text[i:j]) == 1 && unicode.IsUpper(r) && beforeName(text[j+1:]) {
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

func wordRune(r rune) bool {
	return r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') ||
		r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r))
}

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
