package actors

// Word classes the entity tagger (package ner) reads as features, beyond
// the lexicon's entry bits (which keep their own positions, 0–17).
const (
	gazRole     = 1 << 24 // a role word ("Konzernchef", "Präsident")
	gazOrgNoun  = 1 << 25 // a noun that introduces an organisation ("Raumfahrtfirma")
	gazOrgHead  = 1 << 26 // a German organisation head ("Zentralbank", "Agentur")
	gazWholeOrg = 1 << 27 // a compound end that makes "Name-…" the organisation ("-Konzern")
)

// Gazetteer returns the word classes of w for the entity tagger: the
// generated lists (first names, name tokens, places, common words,
// companies, legal forms) and the written cue lists (institutions, role
// words, organisation nouns). Changing what a bit means needs the weights
// retrained (go run ./corpus/ner/internal/train).
func Gazetteer(w string) uint32 {
	l := loadLexicon()
	e := l.lookup(w) &^ entryKnown
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
	return g
}
