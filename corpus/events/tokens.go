package events

import (
	"unicode"
	"unicode/utf8"
)

// A token is a word or a punctuation mark of a sentence.
type token struct {
	start, end int    // byte offsets in the article text
	text       string // the token as written
	lower      string // lower-cased, for words
	punct      rune   // the mark, for punctuation; 0 for words
	upper      bool   // a word whose first letter is upper-case
	cls        wordClass
	quoted     bool       // inside quotation marks (speech, titles)
	appos      bool       // inside an apposition (", der Amazon-Boss,")
	attrib     bool       // forms are of a participle declined as an adjective ("erschienenen")
	group      int        // the clause the token belongs to (see clauses)
	seg        int        // the first token of its comma-separated segment
	actor      int        // index of the sentence actor mention covering it, or -1
	timex      int        // index of the sentence timex covering it, or -1
	noun       int32      // 1 + the noun trigger the word is, or 0
	forms      []verbForm // the trigger verbs the word is a form of
}

func (t *token) word() bool { return t.punct == 0 }

// is reports whether the token is a word of class c.
func (t *token) is(c wordClass) bool { return t.cls&c != 0 }

// tokenize splits text[start:end] into tokens, appending to toks. lower
// is text lower-cased by lowerSameLength, so that each word's lower-case
// form is a slice of it rather than an allocation of its own.
func tokenize(toks []token, text, lower string, start, end int) []token {
	i := start
	for i < end {
		c := text[i]
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:end])
		}
		switch {
		case c < utf8.RuneSelf && asciiClass[c] == asciiSpace, c >= utf8.RuneSelf && unicode.IsSpace(r):
			i += size
		case c < utf8.RuneSelf && asciiClass[c] == asciiWord, c >= utf8.RuneSelf && isWordRune(r):
			j := wordEnd(text, i+size, end)
			w, lw := text[i:j], lower[i:j]
			upper := 'A' <= c && c <= 'Z'
			if c >= utf8.RuneSelf {
				upper = unicode.IsUpper(r)
			}
			toks = append(toks, token{start: i, end: j, text: w, lower: lw, upper: upper, actor: -1, timex: -1})
			i = j
		default:
			if r == '-' && i > 0 && text[i-1] == ' ' {
				r = '–' // a hyphen standing alone is a dash ("markieren - immerhin")
			}
			toks = append(toks, token{start: i, end: i + size, text: text[i : i+size], punct: r, actor: -1, timex: -1})
			i += size
		}
	}
	return toks
}

// wordEnd returns where the word going on at j ends. A hyphen or
// apostrophe between word characters keeps it whole ("Mar-a-Lago",
// "Meta-Chef", "Trump's").
func wordEnd(text string, j, end int) int {
	for j < end {
		c := text[j]
		if c < utf8.RuneSelf {
			switch {
			case asciiClass[c] == asciiWord:
				j++
				continue
			case c == '-' || c == '\'':
				if j+1 < end && startsWord(text[j+1:end]) {
					j++
					continue
				}
			case c == ':':
				// a score or a time ("5:0", "14:30"), no colon of a clause
				if isDigit(text[j-1]) && j+1 < end && isDigit(text[j+1]) {
					j++
					continue
				}
			}
			return j
		}
		r, size := utf8.DecodeRuneInString(text[j:end])
		if isWordRune(r) {
			j += size
			continue
		}
		if (r == '’' || r == '‑') && j+size < end && startsWord(text[j+size:end]) {
			j += size
			continue
		}
		return j
	}
	return j
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func startsWord(s string) bool {
	if c := s[0]; c < utf8.RuneSelf {
		return asciiClass[c] == asciiWord
	}
	r, _ := utf8.DecodeRuneInString(s)
	return isWordRune(r)
}

const (
	asciiOther = iota
	asciiSpace
	asciiWord
)

// asciiClass tells ASCII spaces and word characters at one lookup.
var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := range utf8.RuneSelf {
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
			t[c] = asciiWord
		case unicode.IsSpace(rune(c)):
			t[c] = asciiSpace
		}
	}
	return t
}()

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// lowerSameLength appends s lower-cased to dst, keeping every rune whose
// lower case has another length in UTF-8 as it is (rare: "ẞ"), so that
// offsets into s are offsets into the result.
func lowerSameLength(dst []byte, s string) []byte {
	n := len(dst)
	dst = append(dst, s...)
	b := dst[n:]
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				b[i] = c + 'a' - 'A'
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if l := unicode.ToLower(r); l != r && utf8.RuneLen(l) == size {
			utf8.EncodeRune(b[i:], l)
		}
		i += size
	}
	return dst
}

// markQuotes flags the tokens inside quotation marks. German „…“, English
// “…”, guillemets in either direction and straight quotes are understood;
// single quotes are not, because "‘" also serves as the apostrophe of
// "Bezos‘".
func markQuotes(toks []token) {
	open := false
	for i := range toks {
		t := &toks[i]
		switch t.punct {
		case '„':
			open = true
		case '“', '"', '»', '«':
			open = !open
		case '”':
			open = false
		default:
			t.quoted = open
			continue
		}
		t.punct = '"'
	}
}
