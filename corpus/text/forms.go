package text

import (
	"strings"
	"unicode/utf8"
)

// adjectiveEndings are the inflection endings an adjective takes after
// its lemma, longest first ("Europäischen" is "europäisch" and "en", not
// "europäische" and "n").
var adjectiveEndings = []string{"em", "en", "er", "es", "e"}

// AdjectiveEnding splits a form that the lexicon reads as an adjective
// with an inflection ending after its lemma ("Europäischen":
// "Europäisch", "en"), or a superlative of such an adjective, which the
// lexicon does not list ("Obersten": "Oberst", "en"; "Neueste":
// "Neuest", "e"). It reports false for a form whose lemma is the form
// itself ("Wiener", "Kärntner": adjectives of places, which do not
// change) and for words the lexicon does not know as adjectives.
func AdjectiveEnding(w string) (stem, ending string, ok bool) {
	for _, e := range adjectiveEndings {
		stem, ok := strings.CutSuffix(w, e)
		if !ok || utf8.RuneCountInString(stem) < 2 {
			continue
		}
		if adjectiveOf(w, Lower(stem)) {
			return stem, e, true
		}
		for _, st := range []string{"est", "st"} {
			if base, ok := strings.CutSuffix(stem, st); ok && utf8.RuneCountInString(base) >= 3 && adjectiveOf(base+"e", Lower(base)) {
				return stem, e, true
			}
		}
	}
	return "", "", false
}

// adjectiveOf reports whether the lexicon reads form w as an adjective
// of the lower-case lemma.
func adjectiveOf(w, lemma string) bool {
	for _, r := range Lookup(w) {
		if r.Class == Adjective && Lower(r.Lemma) == lemma {
			return true
		}
	}
	return false
}

// HeadNoun returns the part of w that the lexicon reads as a common noun
// and that reading: w itself, or else the longest end of three letters or
// more, after a first part of three or more, of a compound it does not
// list ("Strafgerichtshofs": "hofs", read as a form of "Hof"). It reports
// false when no part of w is a noun the lexicon knows.
func HeadNoun(w string) (part string, r Reading, ok bool) {
	for i := 0; i+3 <= len(w); i++ {
		if i > 0 && i < 3 || !utf8.RuneStart(w[i]) {
			continue
		}
		for _, r := range Lookup(w[i:]) {
			if r.Class == Noun {
				return w[i:], r, true
			}
		}
	}
	return "", Reading{}, false
}
