package actors

import (
	"strings"
	"unicode/utf8"

	"chronik/corpus/text"
)

// Organisation names in the nominative. A name found as the text writes
// it keeps the case of its sentence ("des Obersten Gerichtshofs", "den
// Olympischen Spielen"); named as it stands alone, the forms of one
// organisation meet as one actor, and a title declines the name for its
// own preposition (package events). The noun genders come from the text
// layer's lexicon.

// headEnding returns the ending of an adjective before head noun w
// without an article, in the nominative: "es" (neuter), "er"
// (masculine), "e" (feminine). An organisation head's gender comes
// first ("Bund" is a federation, masculine, not the neuter bundle the
// lexicon gives), then the lexicon's for the noun w ends in, when it
// gives one gender; false when neither knows.
func headEnding(w string, lx *lexicon) (string, bool) {
	for _, cut := range []string{"es", "s", ""} {
		stem, ok := strings.CutSuffix(w, cut)
		if !ok || len(stem) < 3 {
			continue
		}
		for _, h := range neuterHeads {
			if hasSuffixFold(stem, h) {
				return "es", true
			}
		}
		for _, h := range masculineHeads {
			if hasSuffixFold(stem, h) {
				return "er", true
			}
		}
		if lx.deHeads.has(stem) {
			return "e", true
		}
	}
	for _, cut := range []string{"", "es", "s"} { // "Staates": the dictionary lists "Staats" alone
		stem, ok := strings.CutSuffix(w, cut)
		if !ok {
			continue
		}
		if _, r, ok := text.HeadNoun(stem); ok {
			switch r.Gender {
			case text.Masculine:
				return "er", true
			case text.Neuter:
				return "es", true
			case text.Feminine:
				return "e", true
			}
			return "", false
		}
	}
	return "", false
}

// nominative writes an organisation's name that opens with inflected
// adjectives as it stands alone, so that its forms meet: the adjectives
// with the strong ending of the head noun's gender, the head without a
// genitive ending ("Europäischen Gerichtshofs" → "Europäischer
// Gerichtshof", "Deutschen Archäologischen Instituts" → "Deutsches
// Archäologisches Institut", "Islamischen Staates" → "Islamischer
// Staat"); a plural head is a plural in the nominative ("Olympischen
// Spielen" → "Olympische Spiele"). What follows the head stays as
// written ("für Angewandte Systemanalyse"). A name whose head is no noun the lexicon
// knows stays as written (an unknown brand: its gender is unknown).
func nominative(name string, lx *lexicon) string {
	if !strings.Contains(name, " ") {
		return name // one word: a brand or an acronym, nothing to decline
	}
	if s, ok := nominatives.lookup(name); ok {
		return s
	}
	s := declineName(name, lx)
	nominatives.store(name, strings.Clone(s))
	return s
}

// nominatives remembers nominative's answers: an organisation is named
// again and again, in one article and across them.
var nominatives = newWordCache[string](1 << 12)

// declineName is nominative without its memory.
func declineName(name string, lx *lexicon) string {
	words := strings.Split(name, " ")
	var stems []string // of the adjectives that open the name
	for len(stems) < len(words)-1 {
		stem, _, ok := text.AdjectiveEnding(words[len(stems)])
		if !ok || !startsUpper(words[len(stems)]) {
			break
		}
		stems = append(stems, stem)
	}
	n := len(stems)
	if n == 0 {
		return withoutGenitive(words, name)
	}
	if !startsUpper(words[n]) {
		return name
	}
	head := words[n]
	form, known := caseOf(head)
	if !known {
		return name
	}
	ending, ok := headEnding(head, lx)
	switch {
	case form == 0:
	case form > 0:
		head = head[:len(head)-form] // "Gerichtshofs" → "Gerichtshof"
	default:
		ending, ok = "e", true // a plural: "Spiele", "Nationen"
		head = nominativePlural(head)
	}
	if !ok {
		return name
	}
	out := make([]string, len(words))
	copy(out, words)
	for k, stem := range stems {
		out[k] = stem + ending
	}
	out[n] = head
	return strings.Join(out, " ")
}

// withoutGenitive is nominative for a name of words that opens with no
// inflected adjective: its head, the last capitalised word before a
// lower-case one or the end, without a genitive ending where the name is
// German around it: the head opens the name and a German complement
// follows ("Bundesamts für Sicherheit" → "Bundesamt für Sicherheit"), or
// a city's adjective stands before it ("Münchner Landgerichts" →
// "Münchner Landgericht"). English names keep their plurals ("General
// Motors", "Funny Games": the lexicon knows "Motor" and "Game" as German
// nouns), and a genitive after a lower-case word is a complement ("Haus
// des Meeres").
func withoutGenitive(words []string, name string) string {
	h := 0
	for h+1 < len(words) && startsUpper(words[h+1]) {
		h++
	}
	if len(words) < 2 || !startsUpper(words[h]) {
		return name
	}
	if h == 0 && !germanComplement[words[1]] || h > 0 && !cityAdjective(words[h-1]) {
		return name
	}
	form, _ := caseOf(words[h])
	if form <= 0 {
		return name
	}
	out := make([]string, len(words))
	copy(out, words)
	out[h] = words[h][:len(words[h])-form]
	return strings.Join(out, " ")
}

// cityAdjective reports a city's or a country's adjective in -er, which
// the lexicon lists as its own lemma ("Münchner", "Prager") or whose
// place the gazetteer knows ("Grazer").
func cityAdjective(w string) bool {
	if !strings.HasSuffix(w, "er") || !startsUpper(w) {
		return false
	}
	for _, r := range text.Lookup(w) {
		if r.Class == text.Adjective && r.Lemma == w {
			return true
		}
	}
	return placeAdjective(w)
}

// germanComplement are the words that open the complement of an
// organisation's German head ("Institut für …", "Verband der …").
var germanComplement = map[string]bool{"für": true, "der": true, "des": true, "in": true, "im": true, "von": true, "zur": true, "zum": true}

// caseOf tells what form of its noun a name's head is (headForm), and
// whether the lexicon knows the noun at all: as the head's last part or,
// for a genitive the dictionary lacks ("Staates"), without its ending.
func caseOf(head string) (form int, known bool) {
	if part, _, ok := text.HeadNoun(head); ok {
		return headForm(part), true
	}
	form = genitiveOnly(head)
	return form, form > 0
}

// headForm tells what form of its noun a name's head part is: 0 its
// lemma ("Fonds", not the genitive of "Fond"; but "Spielen" in a name
// is the plural of "Spiel", not the infinitive made a noun), the length
// of its genitive ending when it is the genitive of a masculine or
// neuter lemma ("hofs": 1), -1 another form, a plural ("Spiele", "Unis":
// no feminine noun ends its genitive in -s).
func headForm(part string) int {
	lower := text.Lower(part)
	rs := text.Lookup(part)
	verb, other := false, false // an infinitive made a noun ("das Spielen"), another noun's form ("Spielen" of "Spiel")
	for _, r := range rs {
		verb = verb || r.Class == text.Verb && r.Verb&text.Infinitive != 0
		other = other || r.Class == text.Noun && text.Lower(r.Lemma) != lower
	}
	for _, r := range rs {
		if r.Class == text.Noun && text.Lower(r.Lemma) == lower && !(verb && other) {
			return 0
		}
	}
	for _, r := range rs {
		if r.Class != text.Noun || r.Gender&(text.Masculine|text.Neuter) == 0 {
			continue
		}
		if rest, ok := strings.CutPrefix(lower, text.Lower(r.Lemma)); ok && (rest == "s" || rest == "es") {
			return len(rest)
		}
	}
	return -1
}

// nominativePlural returns a plural noun in the nominative: a dative in
// -n without it when the lexicon reads that as a form of the same noun
// ("Spielen" → "Spiele", "Häusern" → "Häuser"; "Nationen" stays, and
// so does "Griechen", whose form without -n is the singular).
func nominativePlural(w string) string {
	stem, ok := strings.CutSuffix(w, "n")
	if !ok {
		return w
	}
	a, ra, okA := text.HeadNoun(w)
	b, rb, okB := text.HeadNoun(stem)
	if okA && okB && len(w)-len(a) == len(stem)-len(b) && ra.Lemma == rb.Lemma && !(b == rb.Lemma && strings.HasSuffix(b, "e")) {
		return stem
	}
	return w
}

// genitiveOnly returns the length of the genitive ending of a word the
// lexicon knows only without it, as a masculine or neuter noun
// ("Staates", "Fußball-Bundes": the dictionary lists "Staats" and
// "Bunds" alone), or 0.
func genitiveOnly(w string) int {
	for _, cut := range []string{"es", "s"} {
		stem, ok := strings.CutSuffix(w, cut)
		if !ok {
			continue
		}
		if part, r, ok := text.HeadNoun(stem); ok && text.Lower(r.Lemma) == text.Lower(part) && r.Gender&(text.Masculine|text.Neuter) != 0 {
			return len(cut)
		}
	}
	return 0
}

// startsUpper reports whether w begins with a capital letter.
func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return isUpperRune(r)
}
