package actors

import "chronik/corpus/text"

// Word classes the entity tagger (package ner) reads as features, beyond
// the lexicon's entry bits (which keep their own positions, 0–17).
const (
	gazRole     = 1 << 24 // a role word ("Konzernchef", "Präsident")
	gazOrgNoun  = 1 << 25 // a noun that introduces an organisation ("Raumfahrtfirma")
	gazOrgHead  = 1 << 26 // a German organisation head ("Zentralbank", "Agentur")
	gazWholeOrg = 1 << 27 // a compound end that makes "Name-…" the organisation ("-Konzern")

	// The classes the text layer's full-form lexicon gives the word: German
	// capitalises every noun, so a capitalised word the lexicon knows only
	// as a common noun is rarely a name, and one it does not know at all
	// often is.
	gazLexNoun     = 1 << 18 // the lexicon has a noun reading ("Stimmen", "Mark")
	gazLexVerb     = 1 << 19 // … a verb reading ("Stimmen")
	gazLexAdj      = 1 << 20 // … an adjective reading ("Deutsche")
	gazLexUnknown  = 1 << 21 // the lexicon does not know the word ("Trump")
	gazLexNounOnly = 1 << 22 // only noun readings, and on no name list ("Dinge")
)

// Gazetteer returns the word classes of w for the entity tagger: the
// generated lists (first names, name tokens, places, common words,
// companies, legal forms) and the written cue lists (institutions, role
// words, organisation nouns). Changing what a bit means needs the weights
// retrained (go run ./corpus/ner/internal/train).
func Gazetteer(w string) uint32 {
	if g, ok := gazCache.lookup(w); ok {
		return g
	}
	g := gazetteer(w)
	gazCache.store(w, g)
	return g
}

// gazCache holds the classes of recent words.
var gazCache = newLineCache(1 << 16)

// gazetteer computes what Gazetteer returns.
func gazetteer(w string) uint32 {
	l := loadLexicon()
	e := l.lookup(w) &^ (entryKnown | instForm)
	if e&common == 0 && l.isCommon(w) {
		e |= common
	}
	g := uint32(e)
	if l.roleClassIndex(w) >= 0 {
		g |= gazRole
	}
	if v, _ := l.orgNouns.longest(w, 0); v != 0 {
		g |= gazOrgNoun
	}
	if v, _ := l.deHeads.longest(w, 0); v != 0 {
		g |= gazOrgHead
	}
	if v, _ := l.wholeParts.longest(w, 0); v != 0 {
		g |= gazWholeOrg
	}
	return g | lexiconClasses(w, g)
}

// lexiconClasses returns the gazLex bits of w; g are its other bits. (The
// classes as the dictionaries list them: the tagger's weights were
// learned from those.)
func lexiconClasses(w string, g uint32) uint32 {
	c := text.ListedClasses(w)
	var out uint32
	if c == 0 {
		return gazLexUnknown
	}
	if c&text.Noun != 0 {
		out |= gazLexNoun
		if c == text.Noun && g&uint32(firstName|nameToken|company|place) == 0 {
			out |= gazLexNounOnly
		}
	}
	if c&text.Verb != 0 {
		out |= gazLexVerb
	}
	if c&text.Adjective != 0 {
		out |= gazLexAdj
	}
	return out
}
