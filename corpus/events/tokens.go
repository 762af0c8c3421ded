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
	quoted     bool // inside quotation marks (speech, titles)
	appos      bool // inside an apposition (", der Amazon-Boss,")
	group      int  // the clause the token belongs to (see clauses)
	seg        int  // the first token of its comma-separated segment
	actor      int  // index of the sentence actor mention covering it, or -1
	timex      int  // index of the sentence timex covering it, or -1
}

func (t *token) word() bool { return t.punct == 0 }

// is reports whether the token is a word of class c.
func (t *token) is(c wordClass) bool { return t.cls&c != 0 }

// tokenize splits text[start:end] into tokens, appending to toks. lower
// is text[start:end] lower-cased by lowerSameLength, so that each word's
// lower-case form is a slice of it rather than an allocation of its own.
func tokenize(toks []token, text, lower string, start, end int) []token {
	i := start
	for i < end {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:end])
		}
		switch {
		case unicode.IsSpace(r):
			i += size
		case isWordRune(r):
			j := i + size
			for j < end {
				r2, s2 := utf8.DecodeRuneInString(text[j:end])
				if isWordRune(r2) {
					j += s2
					continue
				}
				// A hyphen or apostrophe inside a word keeps it whole
				// ("Mar-a-Lago", "Meta-Chef", "Trump's").
				if r2 == '-' || r2 == '\'' || r2 == '’' || r2 == '‑' {
					if r3, _ := utf8.DecodeRuneInString(text[j+s2 : end]); j+s2 < end && isWordRune(r3) {
						j += s2
						continue
					}
				}
				break
			}
			w, lw := text[i:j], lower[i-start:j-start]
			upper := w[0] >= 'A' && w[0] <= 'Z'
			if w[0] >= utf8.RuneSelf {
				first, _ := utf8.DecodeRuneInString(w)
				upper = unicode.IsUpper(first)
			}
			toks = append(toks, token{start: i, end: j, text: w, lower: lw, upper: upper, cls: classOf[lw], actor: -1, timex: -1})
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
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if l := unicode.ToLower(r); l != r && utf8.RuneLen(l) == size {
			dst = utf8.AppendRune(dst, l)
		} else {
			dst = append(dst, s[i:i+size]...)
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
