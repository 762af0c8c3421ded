package text

import (
	"slices"
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
	lw := Lower(w)
	if len(lw) != len(w) {
		return "", "", false // a letter whose lower case is longer: no German adjective
	}
	lemmas := adjectiveLemmas(lw) // read once, for every ending
	for _, e := range adjectiveEndings {
		ls, ok := strings.CutSuffix(lw, e)
		if !ok || utf8.RuneCountInString(ls) < 2 {
			continue
		}
		if slices.ContainsFunc(lemmas, func(l string) bool { return l == ls || droppedStem(l, ls) }) || superlative(ls) {
			return w[:len(ls)], e, true
		}
	}
	return "", "", false
}

// droppedStem reports whether stem is the one an adjective's lemma takes
// before an ending where it drops a letter: the "e" of "-el" and "-er"
// ("dunkel": "dunkl-e", "teuer": "teur-e", "flexibel": "flexibl-e") and
// the "c" of "hoch" ("hoh-e"). (Compared in place: no string is made.)
func droppedStem(lemma, stem string) bool {
	if lemma == "hoch" {
		return stem == "hoh"
	}
	n := len(lemma)
	return n > 3 && (strings.HasSuffix(lemma, "el") || strings.HasSuffix(lemma, "er")) &&
		len(stem) == n-1 && stem[:n-2] == lemma[:n-2] && stem[n-2] == lemma[n-1]
}

// superlative reports a lower-case stem in -st or -est of an adjective
// the lexicon knows ("oberst" of "ober", "neuest" of "neu").
func superlative(ls string) bool {
	for _, st := range []string{"est", "st"} {
		if base, ok := strings.CutSuffix(ls, st); ok && utf8.RuneCountInString(base) >= 3 && slices.Contains(adjectiveLemmas(base+"e"), base) {
			return true
		}
	}
	return false
}

// Comparative reports whether the lower-case form lw is a declined
// comparative of an adjective the lexicon knows, which it does not list
// itself: "schärfere" of "scharf", "neueren" of "neu". A base whose
// vowel takes an umlaut in the comparative is looked up without it.
func Comparative(lw string) bool {
	for _, e := range [...]string{"erem", "eren", "erer", "eres", "ere"} {
		base, ok := strings.CutSuffix(lw, e)
		if !ok || utf8.RuneCountInString(base) < 2 {
			continue
		}
		if slices.Contains(adjectiveLemmas(base), base) {
			return true
		}
		if plain := WithoutUmlaut(base); plain != base && slices.Contains(adjectiveLemmas(plain), plain) {
			return true
		}
	}
	return false
}

// WithoutUmlaut returns the lower-case w with its last umlaut as the
// plain vowel ("schärf": "scharf", "Mailänd": "Mailand").
func WithoutUmlaut(w string) string {
	for i := len(w) - 1; i > 0; i-- {
		if w[i-1] == 0xc3 {
			switch w[i] {
			case 0xa4:
				return w[:i-1] + "a" + w[i+1:]
			case 0xb6:
				return w[:i-1] + "o" + w[i+1:]
			case 0xbc:
				return w[:i-1] + "u" + w[i+1:]
			}
		}
	}
	return w
}

// adjectiveLemmas returns the lower-case lemmas of the adjective readings
// the lexicon gives the lower-case form lw; nil for none.
func adjectiveLemmas(lw string) []string {
	lx := lex()
	off, c, _ := lx.find(lw)
	if off < 0 || c&Adjective == 0 {
		return nil
	}
	var out []string
	for _, r := range lx.readings(off) {
		if r.Class == Adjective {
			out = append(out, Lower(r.Lemma))
		}
	}
	return out
}

// maxCompound is the longest word, in bytes, that HeadNoun splits: German
// compounds of news run to some forty letters.
const maxCompound = 80

// HeadNoun returns the part of w that the lexicon reads as a common noun
// and that reading: w itself, or else the longest end of three letters or
// more, after a first part of three or more, of a compound it does not
// list ("Strafgerichtshofs": "hofs", read as a form of "Hof"). It reports
// false when no part of w is a noun the lexicon knows.
func HeadNoun(w string) (part string, r Reading, ok bool) {
	if len(w) > maxCompound {
		return "", Reading{}, false // no word: a run of letters, which every end of would cost a look-up
	}
	lx := lex()
	lw := Lower(w)
	if len(lw) != len(w) {
		return "", Reading{}, false // a letter whose lower case is longer: no German noun
	}
	for i := 0; i+3 <= len(w); i++ {
		if i > 0 && i < 3 || !utf8.RuneStart(w[i]) {
			continue
		}
		off, c, _ := lx.find(lw[i:])
		if off < 0 || c&Noun == 0 {
			continue
		}
		for _, r := range lx.readings(off) {
			if r.Class == Noun {
				return w[i:], r, true
			}
		}
	}
	return "", Reading{}, false
}

// Age returns the age a word like "26-Jährige" or "26-jährigen" gives,
// and whether it is written as a noun; "" for any other word.
func Age(w string) (age string, noun bool) {
	h := strings.IndexByte(w, '-')
	if h < 1 || h > 3 {
		return "", false
	}
	for k := range h {
		if w[k] < '0' || w[k] > '9' {
			return "", false
		}
	}
	rest := w[h+1:]
	var tail string
	switch {
	case strings.HasPrefix(rest, "Jährige"):
		tail, noun = rest[len("Jährige"):], true
	case strings.HasPrefix(rest, "jährige"):
		tail = rest[len("jährige"):]
	default:
		return "", false
	}
	switch tail {
	case "", "n", "r", "m", "s":
		return w[:h], noun
	}
	return "", false
}
