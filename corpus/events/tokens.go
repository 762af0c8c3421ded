package events

import (
	"strings"
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
	quoted     bool   // inside quotation marks (speech, titles)
	appos      bool   // inside an apposition (", der Amazon-Boss,")
	group      int    // the clause the token belongs to (see clauses)
	actor      int    // index of the sentence actor mention covering it, or -1
	timex      int    // index of the sentence timex covering it, or -1
}

func (t *token) word() bool { return t.punct == 0 }

// tokenize splits text[start:end] into tokens, appending to toks.
func tokenize(toks []token, text string, start, end int) []token {
	i := start
	for i < end {
		r, size := utf8.DecodeRuneInString(text[i:end])
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
			w := text[i:j]
			first, _ := utf8.DecodeRuneInString(w)
			toks = append(toks, token{start: i, end: j, text: w, lower: strings.ToLower(w), upper: unicode.IsUpper(first), actor: -1, timex: -1})
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

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

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
