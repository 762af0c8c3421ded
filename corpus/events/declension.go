package events

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"chronik/corpus/text"
)

// Names after a preposition. A name that opens with an adjective
// ("Europäische Kommission", "Oberster Gerichtshof", "Vereinte Nationen")
// is written as it stands alone, in the nominative without an article;
// after a preposition of a title it takes the article and the ending
// that preposition's case asks: "von der Europäischen Kommission",
// "gegen den Obersten Gerichtshof", "vom Europäischen Parlament". The
// adjective's own strong ending tells the gender ("-er" masculine, "-es"
// neuter, "-e" feminine or plural); its head noun, when the lexicon reads
// it as another form of its lemma ("Nationen" of "Nation"), the plural.
// Adjectives of places ("Kärntner Landtag", "Wiener Staatsoper") do not
// change: the lexicon gives them as their own lemmas. Such names, and
// names of words the lexicon does not know ("Corporative Commercial
// Bank"), stay as they are; superlatives of adjectives it knows
// ("Oberster Gerichtshof": "ober") are declined as those.

// phrase writes names after the preposition prep, as a title lists them.
func phrase(prep string, names []string) string { return phraseIn(prep, names, dativePreps[prep]) }

// phraseIn is phrase in the dative, or else in the accusative: "in"
// says where in the dative and whither in the accusative ("Flucht in
// die Europäische Union").
func phraseIn(prep string, names []string, dative bool) string {
	if len(names) == 0 {
		return ""
	}
	out := make([]string, min(len(names), maxTitleActors))
	for k := range out {
		if art, rest := declined(names[k], dative); art == "" {
			out[k] = names[k]
		} else if c, ok := contractions[prep+" "+art]; ok && k == 0 {
			prep, out[k] = c, rest // "von dem" is "vom"
		} else {
			out[k] = art + " " + rest
		}
	}
	return prep + " " + list(out)
}

// contractions join a preposition and the article after it.
var contractions = map[string]string{
	"von dem": "vom", "zu dem": "zum", "zu der": "zur", "bei dem": "beim",
	"in dem": "im", "an dem": "am",
}

// dativePreps govern the dative in a title; the others there
// ("durch", "für", "gegen", "an" of a recipient, "über" of a defeated
// side) the accusative.
var dativePreps = map[string]bool{
	"von": true, "mit": true, "zu": true, "bei": true, "aus": true, "nach": true,
	"seit": true, "in": true, "vor": true, "zwischen": true,
}

// declined returns the article and the declined name that name takes
// in the dative or else the accusative, or "" and name when it opens with
// no adjective.
func declined(name string, dative bool) (article, rest string) {
	words := strings.Fields(name)
	// the adjectives, each with its strong ending, then the noun
	n := 0
	ending := ""
	for n < len(words)-1 {
		w := words[n]
		e := strongEnding(w)
		if e == "" || !isUpperWord(w) || !declinable(w, e) || ending != "" && e != ending {
			break
		}
		ending = e
		n++
	}
	if n == 0 || !isUpperWord(words[n]) || !nounForm(words[n]) {
		return "", name
	}
	gender := map[string]byte{"er": 'm', "es": 'n', "e": 'f'}[ending]
	if gender == 'f' && pluralNounForm(words[n]) {
		gender = 'p'
	}
	adjEnd := "en"
	switch {
	case dative && (gender == 'm' || gender == 'n'):
		article = "dem"
	case dative && gender == 'f':
		article = "der"
	case dative:
		article = "den"
	case gender == 'm':
		article = "den"
	case gender == 'f':
		article, adjEnd = "die", "e"
	case gender == 'n':
		article, adjEnd = "das", "e"
	default:
		article = "die"
	}
	out := make([]string, len(words))
	copy(out, words)
	for k := range n {
		out[k] = strings.TrimSuffix(words[k], ending) + adjEnd
	}
	if dative && gender == 'p' && !strings.HasSuffix(words[n], "n") && !strings.HasSuffix(words[n], "s") {
		out[n] += "n" // "den Vereinigten Staaten", "den Olympischen Spielen"
	}
	return article, strings.Join(out, " ")
}

// strongEnding returns the strong nominative ending of an adjective
// written before a noun without an article ("Oberster", "Europäisches",
// "Vereinte"), or "".
func strongEnding(w string) string {
	for _, e := range []string{"er", "es", "e"} {
		if strings.HasSuffix(w, e) && len(w) > len(e)+2 {
			return e
		}
	}
	return ""
}

func isUpperWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// declinable reports a form the lexicon reads as an adjective with the
// strong ending e after its lemma ("Europäische": "europäisch"), not
// one whose lemma is the form itself ("Wiener", which stays "Wiener");
// or a superlative of such an adjective ("Oberster": "ober", "Neueste":
// "neu"), which the lexicon does not list.
func declinable(w, e string) bool {
	stem := strings.ToLower(strings.TrimSuffix(w, e))
	if adjectiveLemma(w, stem) {
		return true
	}
	for _, st := range []string{"est", "st"} {
		if base, ok := strings.CutSuffix(stem, st); ok && utf8.RuneCountInString(base) >= 3 {
			return adjectiveLemma(base+"e", base)
		}
	}
	return false
}

// adjectiveLemma reports whether the lexicon reads w as an adjective of
// the lemma lemma (lower case).
func adjectiveLemma(w, lemma string) bool {
	for _, r := range text.Lookup(w) {
		if r.Class == text.Adjective && strings.ToLower(r.Lemma) == lemma {
			return true
		}
	}
	return false
}

// nounForm reports a form the lexicon reads as a common noun, itself or
// as the last part of a compound it does not list ("Gerichtshof": "Hof").
func nounForm(w string) bool { return nounPart(w) != "" }

// nounPart returns w, or the longest end of it of three letters or more
// after a first part of three or more, that the lexicon reads as a
// common noun; "" for none.
func nounPart(w string) string {
	for i := 0; i+3 <= len(w); i++ {
		if i > 0 && i < 3 || !utf8.RuneStart(w[i]) {
			continue
		}
		if c, _ := text.Classes(w[i:]); c&text.Noun != 0 {
			return w[i:]
		}
	}
	return ""
}

// pluralNounForm reports a noun form that is none of its lemmas: in a
// name in the nominative, a plural ("Nationen", "Griechen").
func pluralNounForm(w string) bool {
	part := nounPart(w)
	for _, r := range text.Lookup(part) {
		if r.Class == text.Noun && strings.EqualFold(r.Lemma, part) {
			return false
		}
	}
	return true
}
