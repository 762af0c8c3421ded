package evaluation

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentences splits a text at full stops, question and exclamation marks
// followed by a space and an upper-case letter, a digit or a quote, unless
// the stop ends a number ("am 3. Mai") or one of a few abbreviations. It
// is the annotation tool's first guess at sentence bounds, which the
// annotator corrects, so it is deliberately simple and independent of the
// engine's splitter: gold sentences are not to follow the system's.
func Sentences(text string) [][2]int {
	var out [][2]int
	start := 0
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c != '.' && c != '?' && c != '!' {
			continue
		}
		j := i + 1
		for j < len(text) && (text[j] == '"' || text[j] == '\'' || text[j] == ')') {
			j++
		}
		if j >= len(text) || text[j] != ' ' {
			continue
		}
		next, _ := utf8.DecodeRuneInString(text[j+1:])
		if !unicode.IsUpper(next) && !unicode.IsDigit(next) && next != '"' && next != '„' {
			continue
		}
		if c == '.' && noStop(text[start:i]) {
			continue
		}
		out = append(out, [2]int{start, j})
		start = j + 1
	}
	if strings.TrimSpace(text[start:]) != "" {
		out = append(out, [2]int{start, len(text)})
	}
	return out
}

// noStop reports whether a full stop after s belongs to a number or an
// abbreviation rather than ending a sentence.
func noStop(s string) bool {
	w := s[strings.LastIndexByte(s, ' ')+1:]
	if w == "" {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(w); unicode.IsDigit(r) && len(w) <= 4 {
		return true
	}
	switch strings.ToLower(w) {
	case "dr", "prof", "mag", "ing", "nr", "st", "ca", "bzw", "vgl", "z", "b", "u", "a", "etc", "usw", "mio", "mrd", "abs", "inkl", "jän", "feb", "okt", "nov", "dez", "sept", "gen", "hl", "mind", "max", "di", "dipl", "univ", "ao", "o":
		return true
	}
	return false
}
