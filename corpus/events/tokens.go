package events

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"chronik/corpus/text"
)

// A token is a word or a punctuation mark of a sentence. Its fields are
// ordered by size, so that a sentence's tokens take no padding.
type token struct {
	start, end int    // byte offsets in the article text
	text       string // the token as written
	lower      string // lower-cased, for words
	cls        wordClass
	bytes      uint64     // byteMask(lower), once contextWord has asked; 0 before
	group      int        // the clause the token belongs to (see clauses)
	seg        int        // the first token of its comma-separated segment
	actor      int        // index of the sentence actor mention covering it, or -1
	timex      int        // index of the sentence timex covering it, or -1
	forms      []verbForm // the trigger verbs the word is a form of
	at         int32      // the text layer's token it begins with
	hash       uint32     // text.Hash of lower
	punct      rune       // the mark, for punctuation; 0 for words
	noun       int32      // 1 + the noun trigger the word is, or 0
	predicate  int32      // 1 + the trigger "X|sein" whose adjective the word declines, or 0
	upper      bool       // a word whose first letter is upper-case
	quoted     bool       // inside quotation marks (speech, titles)
	appos      bool       // inside an apposition (", der Amazon-Boss,")
	attrib     bool       // forms are of a participle declined as an adjective ("erschienenen")
	// finite, finiteForm: finiteVerb's and finiteForm's answers for the
	// word once the sentence's clauses are worked out, which the rules
	// ask again and again: 1 yes, -1 no, 0 not asked yet
	finite, finiteForm int8
}

func (t *token) word() bool { return t.punct == 0 }

// wordAt returns word i as the text writes it with the words an
// ampersand joins to it, no blank between ("S&P-500-Index", "H&M"): the
// text layer splits at the mark. A word cut short by a hyphen before "und"
// or "oder" is half of the compound after it, and comes with it: "Kurz-
// und Mittelstreckenflüge", not "Kurz".
func (s *sent) wordAt(i int) string {
	start, end := i, i
	for start >= 2 && s.toks[start-1].punct == '&' && s.toks[start-2].word() && s.toks[start-2].end == s.toks[start-1].start && s.toks[start-1].end == s.toks[start].start {
		start -= 2
	}
	if k := i + 3; k < len(s.toks) && s.toks[i+1].punct == '-' && s.toks[i+1].start == s.toks[i].end &&
		(s.toks[i+2].lower == "und" || s.toks[i+2].lower == "oder") && s.toks[k].word() && s.toks[k].upper {
		end = k
	}
	if start == end {
		return s.toks[i].text
	}
	return s.a.Text[s.toks[start].start:s.toks[end].end]
}

// agedPerson reports a noun that names someone by age alone ("40-Jähriger",
// "23-Jährige"). The tokenizer leaves it lower case, as it stands for
// whom the actors name ("der 40-Jährige" after his name); where they
// name no one it is the person the clause tells of, as "ein Unbekannter".
func (t *token) agedPerson() bool {
	if t.text == "" || !isDigit(t.text[0]) {
		return false
	}
	_, noun := text.Age(t.text)
	return noun
}

// counts reports a number or a numeral at token k ("drei", "45.000"):
// a count or a measure opens there ("drei Jahre Haft").
func (s *sent) counts(k int) bool {
	if k < 0 || k >= len(s.toks) || !s.toks[k].word() {
		return false
	}
	t := &s.toks[k]
	return (t.is(thingNumerals) || isDigit(t.text[0])) && !(t.timex >= 0 && yearValue(t.text)) // (a year counts nothing: "Im Jahr 2006 haben Rebellen …")
}

// is reports whether the token is a word of class c.
func (t *token) is(c wordClass) bool { return t.cls&c != 0 }

// tokenize appends the tokens of the text layer's bytes [start, end) to
// toks. The layer's word, number and alnum tokens joined by a hyphen or
// apostrophe with no blank make one word ("Mar-a-Lago", "2024-25",
// "Trump's"), and so do numbers around a colon ("5:0", "14:30": a score or
// a time, no colon of a clause); a hyphen standing alone is a dash.
//
// from is the layer's token to look for the span's first token from, and
// tokenize returns the one after the span, the next span's from: spans
// come in order, and walking on from the last is cheaper than a search.
// Any from gives the same tokens: when a token before it does not begin
// before start, the first token is searched for instead.
func tokenize(toks []token, doc *text.Doc, start, end, from int) ([]token, int) {
	src := doc.Text
	dt := doc.Tokens
	k := from
	if k < 0 || k > len(dt) || k > 0 && int(dt[k-1].Start) >= start {
		k = sort.Search(len(dt), func(k int) bool { return int(dt[k].Start) >= start })
	}
	for k < len(dt) && int(dt[k].Start) < start {
		k++
	}
	for ; k < len(dt) && int(dt[k].End) <= end; k++ {
		t := &dt[k]
		if t.Kind == text.Punct {
			r := doc.Mark(k)
			if r == '-' && t.Start > 0 && src[t.Start-1] == ' ' {
				r = '–' // "markieren - immerhin"
			}
			toks = append(toks, token{})
			tk := &toks[len(toks)-1]
			tk.start, tk.end, tk.at = int(t.Start), int(t.End), int32(k)
			tk.text, tk.punct = src[t.Start:t.End], r
			tk.actor, tk.timex = -1, -1
			continue
		}
		first := k
		// (joins is asked only of a mark: most words end at a blank)
		for k+2 < len(dt) && int(dt[k+2].End) <= end && dt[k+1].Kind == text.Punct && joins(doc, k+1) {
			k += 2
		}
		w := src[t.Start:dt[k].End]
		lower, hash := doc.Lower(first), doc.Hash(first)
		if k > first {
			lower = text.Lower(w)
			hash = text.Hash(lower)
		}
		// a compound that opens with a number is a noun when its last
		// part is: "5:4-Sieg", "100-Meter-Lauf" (an age, "der
		// 28-Jährige", stands for a person the actors name)
		upper := t.Upper()
		if !upper && isDigit(w[0]) {
			if h := strings.LastIndexByte(w, '-'); h > 0 {
				r, _ := utf8.DecodeRuneInString(w[h+1:])
				age, _ := text.Age(w)
				upper = unicode.IsUpper(r) && age == ""
			}
		}
		// The token is written in place: built aside, as a composite
		// literal is, all its bytes were copied in again.
		toks = append(toks, token{})
		tk := &toks[len(toks)-1]
		tk.start, tk.end, tk.at = int(t.Start), int(dt[k].End), int32(first)
		tk.text, tk.lower, tk.hash, tk.upper = w, lower, hash, upper
		tk.actor, tk.timex = -1, -1
	}
	return toks, k
}

// joins reports whether punctuation token k joins the words on either
// side of it into one: a hyphen or apostrophe, or a colon between digits,
// with no blank around it.
func joins(doc *text.Doc, k int) bool {
	dt := doc.Tokens
	if dt[k].Kind != text.Punct || dt[k].Space() || dt[k+1].Kind == text.Punct || dt[k+1].Space() {
		return false
	}
	switch doc.Mark(k) {
	case '-', '\'', '’', '‑':
		return true
	case ':':
		return isDigit(doc.Text[dt[k].Start-1]) && isDigit(doc.Text[dt[k+1].Start])
	}
	return false
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
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
