package events

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"chronik/corpus/text"
	"chronik/model"
)

// placeName reports a noun right after "in" or "aus" without an article:
// a town named like a noun ("in Essen"), not the thing.
func (s *sent) placeName(i int) bool {
	p := i - 1
	return p >= 0 && s.toks[p].word() && (s.toks[p].lower == "in" || s.toks[p].lower == "aus")
}

// disputeNouns end nouns of a dispute, whose "mit" names the other party.
var disputeNouns = []string{"streit", "konflikt", "auseinandersetzung", "fehde", "zwist"}

// headWord returns the last word of a phrase, its noun: "Verdächtige" of
// "zwei Verdächtige".
func headWord(phrase string) string { return phrase[strings.LastIndexByte(phrase, ' ')+1:] }

func hasAnySuffix(s string, suffixes []string) bool {
	for _, x := range suffixes {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}

// objectOwner reports an attribute ("von X", "der X") at token at that
// follows the object of the verb trigger at tok: the noun right before
// it has an accusative article ("den", "einen", or "das"/"die" not
// opening the sentence) or follows "gegen": "verbot das Heft von X",
// "hat gegen die Werbung der X geklagt".
func (s *sent) objectOwner(at, tok int) bool {
	if len(s.toks[tok].forms) == 0 {
		return false
	}
	first := firstWord(s.toks, 0, len(s.toks))
	for j := at - 2; j > first && j != tok && j >= at-4; j-- {
		t := &s.toks[j]
		switch {
		case !t.word():
			return false
		case t.lower == "den" || t.lower == "einen" || t.lower == "eine" || t.lower == "das" || t.lower == "die" || t.lower == "gegen":
			return true
		case !hasDeclension(t.lower):
			return false
		}
	}
	return false
}

// parenthesised reports an actor mention at token i that stands in
// parentheses right after another actor: "Helmut Kohl (CDU)", "die Bank
// X (Y; Z)", its party or other names.
func (s *sent) parenthesised(i int) bool {
	open := -1
	for j := i - 1; j >= 0; j-- {
		if p := s.toks[j].punct; p == '(' {
			open = j
			break
		} else if p == ')' {
			return false
		}
	}
	// the brackets may follow others after the name: "X (WKN: …) (X
	// oder das Unternehmen)"
	for open >= 1 && s.toks[open-1].punct == ')' {
		k := open - 2
		for k >= 0 && s.toks[k].punct != '(' {
			k--
		}
		open = k
	}
	return open >= 1 && s.toks[open-1].actor >= 0
}

// broadcastNote reports an actor inside parentheses that give a time of
// day: a note of when and where to watch or hear it ("(14 Uhr, ORF)"),
// beside the clause, in no role.
func (s *sent) broadcastNote(r *actorRef) bool {
	open := -1
	for j := r.first - 1; j >= 0; j-- {
		if p := s.toks[j].punct; p == '(' {
			open = j
			break
		} else if p == ')' {
			return false
		}
	}
	if open < 0 {
		return false
	}
	for j := open + 1; j < len(s.toks) && s.toks[j].punct != ')'; j++ {
		if s.toks[j].word() && s.toks[j].lower == "uhr" {
			return true
		}
	}
	return false
}

// subjectNoun returns the noun of the subject of a passive clause g
// before its participle at token end: the first capitalised word after an
// article that names no actor, no date and no happening ("Das Netzwerk
// wurde … verkauft") or a counted one ("zwölf Rebellen"), with prep "".
// Failing that, the noun of a "gegen"
// phrase, whom the passive is aimed at, with prep "gegen" ("Gegen die
// Bürgermeister wurden Ermittlungen eingeleitet"). "" when there is neither.
// A happening may be the subject when happenings says so of the noun
// trigger at a token: "Die Ausgangssperre wurde aufgehoben".
func (s *sent) subjectNoun(g, end int, happenings func(t *token) bool) (noun, prep string) {
	if s.toks[end].attrib {
		// "X beklagte den 2019 in Linz erschossenen Arbeiter": what a
		// declined participle qualifies underwent it (attributedThing
		// names it where it is a thing), not the clause's subject
		return "", ""
	}
	if n := s.openingSubject(end); n != "" {
		return n, ""
	}
	if n := s.headlineThing(end); n != "" {
		return n, ""
	}
	if n := s.bareSubjectAfterVerb(g, end); n != "" {
		return n, ""
	}
	if w := firstWord(s.toks, 0, len(s.toks)); w >= 0 && w < end && s.toks[w].group == g && s.toks[w].upper && !s.toks[w].is(determiners|prepositions|subjectPronouns) &&
		!pronominalAdverb(s.toks[w].lower) && s.nounWord(w) && w+1 < len(s.toks) && s.finiteVerb(w+1) {
		// "Polen hat die Grenze geschlossen": the bare word before the
		// finite verb is the subject (a place the actor stage does not
		// name, not a pronoun: "Er hatte …"), not the noun after the
		// verb, its object
		return s.toks[w].text, ""
	}
	against := ""
	from, to := 1, end
	if s.reported(end) {
		from = max(from, s.toks[end].seg) // "Die Armee teilte mit, zwölf Rebellen seien getötet worden": the speaker is no subject of it
	}
	if seg := s.toks[end].seg; seg > from && seg < end && s.toks[seg].is(nominativeArticles) {
		from = seg // "Ein Mann wurde verletzt, eine Frau starb in Melk": a clause after a comma with a subject of its own
	} else if seg > from && seg < end && s.toks[seg].is(subjectPronouns) && s.toks[seg].group == s.toks[end].group {
		from = seg + 1 // "Die Polizei kam ihm auf die Spur, er wurde festgenommen": the pronoun is the subject, a noun before it another verb's
	}
	if end == firstWord(s.toks, 0, len(s.toks)) {
		from, to = end+1, len(s.toks) // the participle first: "Verurteilt wurde der Bäcker …"
	}
	for i := from; i < to; i++ {
		t := &s.toks[i]
		named := t.actor >= 0 && !s.actors[t.actor].modifier // "SPD-Politikerin" is no name of the party
		if t.group == g && t.word() && t.upper && !t.quoted && t.noun != 0 && !happenings(t) && i > 0 && s.toks[i-1].is(nominativeArticles) &&
			s.toks[i-1].lower != "der" && s.governedBy(i) == "" {
			// "hat ein Erdbeben die Region erschüttert": the happening is
			// the subject, and the noun after it its object
			return "", ""
		}
		if !(t.group == g && t.word() && (t.upper || t.agedPerson()) && !t.quoted && !named && t.timex < 0 && (t.noun == 0 || happenings(t))) || t.is(determiners|prepositions) {
			continue
		}

		if n := &s.toks[min(i+1, len(s.toks)-1)]; n != t && n.word() && n.upper && !n.quoted && t.noun == 0 && hasDeclension(t.lower) {
			if c, _ := text.Classes(t.lower); c&text.Adjective != 0 || s.placeAttribute(i) {
				continue // "Der Kleine Preis von Linz": a capitalised adjective opens a name, and is none
			}
		}
		// over adjectives: "Ein gesuchter untergetauchter Schmuggler",
		// "die Linzer Busfahrer", and a participle's phrase: "die mit
		// Ungeduld erwartete Abstimmung"
		j := i - 1
		for j > 0 && j >= i-3 && s.toks[j].word() && (!s.toks[j].upper && hasDeclension(s.toks[j].lower) || s.placeAttribute(j)) && !s.toks[j].is(determiners|thingNumerals) {
			j--
		}
		if j >= 2 && j == i-2 && s.ageAttribute(j) && (isDigit(s.toks[j-1].text[0]) || s.toks[j-1].is(thingNumerals)) {
			j -= 2 // "Eine 36 Jahre alte Frau": her age, after the article
		}
		if j >= 2 && j < i-1 && s.toks[j].word() && s.toks[j].upper {
			for j > 2 && s.toks[j].actor >= 0 && s.toks[j-1].actor == s.toks[j].actor {
				j-- // a name of several words: "das von Max Huber gegründete Forum"
			}
			if s.toks[j-1].is(prepositions) && s.toks[j-2].is(determiners) {
				j -= 2 // the preposition and its noun before the participle, the article before them
			}
		}
		if s.counts(j) && s.governedBy(i) == "" {
			if j > 0 && s.toks[j-1].lower == "gegen" {
				// "Gegen drei Männer wurde Anklage erhoben": whom it is
				// aimed at, counted (a numeral opens the phrase, so the
				// preposition governs it from before the number)
				if against == "" {
					against = s.countText(j) + " " + s.wordAt(i)
				}
				continue
			}
			return s.countText(j) + " " + s.wordAt(i), "" // "zwölf Rebellen seien getötet worden"
		}
		if !s.toks[j].is(determiners) {
			if j == i-1 && s.toks[j].actor >= 0 && s.possessor(&s.actors[s.toks[j].actor]) && s.governedBy(i) == "" && s.opensOwnPhrase(s.actors[s.toks[j].actor].first) {
				// "Greens Mutter starb": a name's genitive stands for the
				// article, and its noun is the subject
				return s.wordAt(i), ""
			}
			continue
		}
		if (s.toks[j].lower == "der" || s.toks[j].lower == "des") && j > 0 && s.toks[j-1].word() && s.toks[j-1].upper {
			continue // a genitive: "das Verfahren der Firma"
		}
		switch p := s.governedBy(i); {
		case p == "gegen" && against == "":
			against = t.text
		case p == "" && s.toks[j].is(nominativeArticles) && !s.citedBy(i) && (s.toks[j].lower != "der" || !feminineOnly(t.text)):
			// ("nahe der Stadt Raqqa": "der" before a feminine noun is
			// its genitive or dative, no subject)
			if road := s.road(i); road != "" {
				return road, "" // "die B 77": a road's letter names none without its number
			}
			return s.bareForm(i, s.wordAt(i), s.toks[j].lower), ""
		}
	}
	if against != "" {
		return against, "gegen"
	}
	return "", ""
}

// bareSubjectAfterVerb returns the subject of clause g that stands bare
// right after its finite verb, a plural or an adjective's noun of people,
// when something else opens the clause ("Am Montag überfielen Unbekannte
// eine Bank", "2006 haben Rebellen den Bauern verschleppt", "wurden
// Konten beschlagnahmt"; not a numeral's noun, "Millionen Nutzerdaten"):
// its word, or "". end is the trigger, the finite verb itself when no
// auxiliary comes before it. A plural verb it must be: "Am Montag
// verschleppte er Bauern" names whom it was done to.
func (s *sent) bareSubjectAfterVerb(g, end int) string {
	first := -1
	for k := range s.toks {
		t := &s.toks[k]
		if t.group != g || !t.word() {
			continue
		}
		if first < 0 {
			first = k
			continue // a verb that opens its clause asks or orders
		}
		if k != end && !s.finiteVerb(k) {
			continue
		}
		if !strings.HasSuffix(t.lower, "en") && t.lower != "sind" || k+1 >= len(s.toks) {
			return ""
		}
		n := &s.toks[k+1]
		if n.group != g || !n.word() || !n.upper || n.quoted || n.actor >= 0 || n.timex >= 0 || n.noun != 0 || s.counts(k+1) || n.is(bigNumerals) || !s.nounWord(k+1) {
			return ""
		}
		if !pluralNoun(n.text) && !(strings.HasSuffix(n.lower, "e") && personNoun(n.lower)) {
			return ""
		}
		return n.text
	}
	return ""
}

// opensOwnPhrase reports a name starting at token first that no
// preposition or article stands right before: it opens a noun phrase of
// its own ("Greens Mutter starb"), not one a word before it governs
// ("mit Greens Mutter").
func (s *sent) opensOwnPhrase(first int) bool {
	if first <= 0 {
		return first == 0
	}
	p := &s.toks[first-1]
	return !p.word() || !p.is(prepositions|determiners)
}

// placeAttribute reports a place's adjective in -er between an article
// and the noun it describes: "die Linzer Busfahrer", "der Welser
// Gemeinderat". No case changes it, so it is never the phrase's noun, which
// follows it: a known adjective of a place, or a word the lexicon does
// not know at all (most towns' adjectives are in no dictionary).
func (s *sent) placeAttribute(k int) bool {
	t := &s.toks[k]
	if k == 0 || k+1 >= len(s.toks) || !t.word() || !t.upper || t.quoted || t.actor >= 0 || len(t.lower) < 5 || !strings.HasSuffix(t.lower, "er") || !s.toks[k-1].is(determiners) {
		return false
	}
	if n := &s.toks[k+1]; !n.word() || !n.upper || n.quoted || n.group != t.group {
		return false
	}
	rs := text.Lookup(t.text)
	for _, r := range rs {
		if r.Class == text.Adjective && r.Lemma == t.text {
			return true
		}
	}
	return len(rs) == 0
}

// feminineOnly reports a noun the lexicon reads as feminine alone: after
// "der" it is no subject.
func feminineOnly(w string) bool { return onlyGender(w, text.Feminine) }

// onlyGender reports a noun the lexicon reads, itself or by the last part
// of its compound, as of gender g and of no other.
func onlyGender(w string, g text.Gender) bool {
	_, r, ok := text.HeadNoun(w)
	if !ok || r.Gender != g {
		return false
	}
	for _, o := range text.Lookup(w) {
		if o.Class == text.Noun && o.Gender&^g != 0 {
			return false
		}
	}
	return true
}

// citedBy reports a noun at token i that a "zufolge" after it, over
// names, makes the source of what its sentence tells ("der
// Organisation X zufolge"), no subject.
func (s *sent) citedBy(i int) bool {
	for j := i + 1; j < len(s.toks) && j <= i+4; j++ {
		switch t := &s.toks[j]; {
		case t.lower == "zufolge":
			return true
		case !t.word() || !t.upper:
			return false
		}
	}
	return false
}

// countedAfter returns the people a number counts after the verb at
// token end in clause g ("starben am Sonntag elf Bergleute"): the
// number and its noun, outside any prepositional phrase; or "".
func (s *sent) countedAfter(g, end int) string {
	for i := end + 1; i < len(s.toks); i++ {
		t := &s.toks[i]
		if t.group != g || t.quoted || t.timex >= 0 || !s.counts(i) {
			continue
		}
		j := i + 1
		for j < len(s.toks) && j <= i+3 && s.toks[j].word() && !s.toks[j].upper && hasDeclension(s.toks[j].lower) {
			j++ // over adjectives: "elf verschüttete Bergleute"
		}
		if j >= len(s.toks) {
			break // a count that ends the sentence ("… starben am Sonntag 12")
		}
		if n := &s.toks[j]; n.word() && n.upper && n.actor < 0 && n.timex < 0 && n.noun == 0 && s.governedBy(j) == "" {
			return s.countText(i) + " " + n.text
		}
	}
	return ""
}

// personAfter returns the person a clause g names after its verb at
// token end with the indefinite article, past adjectives and an age ("ertrank
// eine 81 Jahre alte Frau", "starb ein 67-jähriger Mann"): the noun, or "".
func (s *sent) personAfter(g, end int) string {
	for i := end + 1; i < len(s.toks) && i <= end+4; i++ {
		t := &s.toks[i]
		if t.group != g || !t.word() || t.quoted {
			return ""
		}
		if t.lower != "ein" && t.lower != "eine" {
			continue
		}
		for j := i + 1; j < len(s.toks) && j <= i+5; j++ {
			n := &s.toks[j]
			switch {
			case !n.word() || n.quoted || n.group != g:
				return ""
			case n.upper && n.timex < 0 && n.actor < 0 && !n.agedPerson():
				if peopleNoun(n.lower) && s.governedBy(j) == "" {
					return n.text
				}
				return ""
			}
		}
		return ""
	}
	return ""
}

// countText returns the numeral or number at token j, a number with its
// thousands points and decimal comma ("45.000", "2,5"), which the text
// layer splits at the marks.
func (s *sent) countText(j int) string {
	toks := s.toks
	b := j
	for b >= 2 && isDigit(toks[b].text[0]) && (toks[b-1].punct == '.' || toks[b-1].punct == ',') &&
		toks[b-1].start == toks[b-2].end && toks[b].start == toks[b-1].end && toks[b-2].word() && isDigit(toks[b-2].text[0]) {
		b -= 2
	}
	return s.a.Text[toks[b].start:toks[j].end]
}

// numberEnd returns the last token of the number that starts at token i
// ("1.300": the text layer splits it at the mark).
func (s *sent) numberEnd(i int) int {
	toks := s.toks
	for i+2 < len(toks) && (toks[i+1].punct == '.' || toks[i+1].punct == ',') && toks[i+1].start == toks[i].end &&
		toks[i+2].start == toks[i+1].end && toks[i+2].word() && isDigit(toks[i+2].text[0]) {
		i += 2
	}
	return i
}

// insideNumber reports a group of digits at token i that goes on a number
// begun before it ("140" of "2.140"): the number is read from its start
// (numberEnd), and what governs it stands before that.
func (s *sent) insideNumber(i int) bool {
	toks := s.toks
	return i >= 2 && toks[i].word() && isDigit(toks[i].text[0]) && (toks[i-1].punct == '.' || toks[i-1].punct == ',') &&
		toks[i-1].start == toks[i-2].end && toks[i].start == toks[i-1].end && toks[i-2].word() && isDigit(toks[i-2].text[0])
}

// thereIs reports a clause g that says what there is ("gibt es", "gab
// es"), which a "zu" infinitive after it makes what can be done.
func (s *sent) thereIs(g int) bool {
	for i := range s.toks {
		if s.toks[i].group == g && s.esGibt(i, true) {
			return true
		}
	}
	return false
}

// esGibt reports whether token i is "gibt", or with past also "gab",
// beside its "es": "gibt es", "es gab".
func (s *sent) esGibt(i int, past bool) bool {
	if w := s.toks[i].lower; w != "gibt" && !(past && w == "gab") {
		return false
	}
	return i+1 < len(s.toks) && s.toks[i+1].lower == "es" || i > 0 && s.toks[i-1].lower == "es"
}

// existsSince reports a clause g that tells what there is since a time:
// "gibt es seit 2010 ein Verbot", "es gibt seit Jahren eine Sperre".
func (s *sent) existsSince(g int) bool {
	gives, since := false, false
	from, to := s.clauseTokens(g)
	for i := from; i < to; i++ {
		t := &s.toks[i]
		if t.group != g || !t.word() || t.quoted {
			continue
		}
		gives = gives || s.esGibt(i, false)
		since = since || t.lower == "seit"
	}
	return gives && since
}

// encounter reports a clause g with "auf" and an accusative or a name
// after it ("trifft auf den Titelverteidiger", "trifft auf Cilic"): one
// faces someone there, in a match or a dispute; "auf seinem Anwesen" is
// where one meets.
func (s *sent) encounter(g int) bool {
	from, to := s.clauseTokens(g)
	for i := from; i < to; i++ {
		t := &s.toks[i]
		if t.group != g || t.lower != "auf" || i+1 >= len(s.toks) {
			continue
		}
		switch n := &s.toks[i+1]; {
		case n.actor >= 0:
			return true
		case n.lower == "den" || n.lower == "einen" || n.lower == "die" || n.lower == "eine" || n.lower == "das":
			return true
		}
	}
	return false
}

// noObjectAfter reports a finite verb at token i of a main clause that
// nothing after it takes as its object: "Nur Müller traf." (scored),
// "Müller traf in der 80. Minute". Who meets someone names them after the
// verb: "traf Trump", "traf den Präsidenten", "traf sich mit …".
func (s *sent) noObjectAfter(i int, tn tense) bool {
	g := s.toks[i].group
	if !s.isMain(g) || tn == tenseParticiple {
		return false
	}
	for k := 0; k < i; k++ {
		if t := &s.toks[k]; t.group == g && t.word() && s.finiteVerb(k) {
			return false // "soll … Trump treffen": the infinitive ends its clause
		}
	}
	inPhrase := false // in a prepositional phrase, whose nouns are no object
	for j := i + 1; j < len(s.toks); j++ {
		t := &s.toks[j]
		if t.group != g || !t.word() || t.quoted {
			continue
		}
		switch {
		case t.timex >= 0:
			inPhrase = false // "am Freitag": a date, which ends its phrase
		case t.is(prepositions):
			inPhrase = true
		case t.actor >= 0 || t.is(reflexives) || objectPronouns[t.lower]:
			if !inPhrase {
				return false
			}
			inPhrase = false
		case t.is(determiners):
			if !inPhrase {
				return false
			}
		case t.upper:
			if !inPhrase {
				return false
			}
			inPhrase = false
		}
	}
	return true
}

// objectPronouns are personal pronouns that can be a verb's object.
var objectPronouns = map[string]bool{"ihn": true, "sie": true, "ihm": true, "ihnen": true, "uns": true, "mich": true, "dich": true, "euch": true}

// thingSubject reports a clause g that opens with a pronoun for a thing
// ("Das hat auch die Bank getroffen", "Dies trifft vor allem …"), which
// no person or organisation can stand for.
func (s *sent) thingSubject(g int) bool {
	for i := range s.toks {
		t := &s.toks[i]
		if t.group != g || !t.word() {
			continue
		}
		if t.lower != "das" && t.lower != "dies" && t.lower != "es" {
			return false
		}
		n := firstWord(s.toks, i+1, len(s.toks))
		return n >= 0 && !s.toks[n].upper // a pronoun, not an article
	}
	return false
}

// definiteNoun reports a noun at token i with a definite article before
// it (over adjectives): "die geplante Übernahme", "des Essens".
func (s *sent) definiteNoun(i int) bool {
	a := s.nounArticle(i)
	return a >= 0 && s.toks[a].is(definiteArticles)
}

// nounArticle returns the token of the article or other word that opens
// the phrase of the noun at token i, over up to two declined adjectives
// ("die geplante Übernahme": "die"), or -1.
func (s *sent) nounArticle(i int) int {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		t := &s.toks[j]
		switch {
		case !t.word():
			return -1
		case t.is(definiteArticles) || indefinite(t.lower):
			return j
		case t.upper || !hasDeclension(t.lower):
			return -1
		}
	}
	return -1
}

// besideWord reports a word that sets a happening beside another of its
// kind ("Unterdessen stürzte ein Wanderer ab", "war bereits verurteilt
// worden"). A switch, not a map: freshTelling asks it of every word of a
// sentence.
func besideWord(w string) bool {
	switch w {
	case "unterdessen", "indes", "indessen", "bereits", "ebenfalls", "erneut":
		return true
	}
	return false
}

// freshTelling reports a sentence that tells the happening of its trigger
// at token i as one not told before: an indefinite article opens the
// trigger noun ("nach einem Anschlag"), the sentence ("Ein Wanderer ist
// … abgestürzt") or what follows its auxiliary ("war ein Mann gelyncht
// worden"), or a word sets it beside another ("unterdessen", "bereits").
func (s *sent) freshTelling(i int) bool {
	if a := s.nounArticle(i); a >= 0 && len(s.toks[i].forms) == 0 && indefinite(s.toks[a].lower) {
		return true
	}
	if f := firstWord(s.toks, 0, len(s.toks)); f >= 0 && indefinite(s.toks[f].lower) {
		return true
	}
	for j := range s.toks {
		t := &s.toks[j]
		if !t.word() || t.quoted {
			continue
		}
		if besideWord(t.lower) || indefinite(t.lower) && j > 0 && s.toks[j-1].is(pastAux|perfectAux) {
			return true
		}
	}
	return false
}

// afterNach reports a nominal trigger right after "nach": "Nach dem
// Abendessen …" tells of a dinner that is over.
func (s *sent) afterNach(i int) bool { return s.governedBy(i) == "nach" }

// nachOf returns the token of the "nach" whose phrase names the noun at
// token i, right after it ("nach dem Streik") or as the genitive of its
// noun ("nach Ende des Streiks"), or -1: a happening that
// what its clause tells came after.
func (s *sent) nachOf(i int) int {
	for level := 0; level < 2; level++ {
		j, _ := s.phraseOpener(i)
		if j < 0 || !s.toks[j].word() {
			return -1
		}
		if s.toks[j].lower == "nach" {
			return j
		}
		switch s.toks[j+1].lower {
		case "des", "der", "eines", "einer":
		default:
			return -1
		}
		if !s.toks[j].upper || j == i-1 {
			return -1
		}
		i = j // the noun the genitive hangs on
	}
	return -1
}

// governedBy returns the preposition right before the noun phrase of the
// noun at token i (over its articles and adjectives), or "". "in Folge"
// is "infolge" written apart.
func (s *sent) governedBy(i int) string {
	j, beyond := s.phraseOpener(i)
	if j < 0 || beyond {
		return ""
	}
	switch t := &s.toks[j]; {
	case t.is(prepositions):
		return t.lower
	case t.lower == "folge" && j > 0 && s.toks[j-1].lower == "in":
		return "infolge"
	}
	return ""
}

// phraseOpener returns the token before the articles and adjectives of
// the noun phrase of the noun at token i: a preposition that governs it,
// "Folge" of "in Folge", or the word the phrase follows; -1 when a mark
// or the sentence's start stands there, or a numeral opens the phrase
// ("in Halle vier Wanderer"). After three such words it stops: beyond
// says the token it returns is the one before them, unread.
func (s *sent) phraseOpener(i int) (j int, beyond bool) {
	n := 0
	for j = i - 1; j >= 0; j-- {
		if n == 3 {
			return j, true
		}
		t := &s.toks[j]
		switch {
		case !t.word():
			return -1, false
		case t.is(prepositions), t.lower == "folge" && j > 0 && s.toks[j-1].lower == "in":
			return j, false
		case t.is(thingNumerals) && j > 0 && !s.toks[j-1].is(prepositions|determiners):
			return -1, false
		case !t.is(determiners) && !hasDeclension(t.lower):
			return j, false
		}
		n++
	}
	return -1, false
}

// headlineBlock reports a sentence of the title, kicker, teaser or a
// subheading: written in the headline present.
func (s *sent) headlineBlock() bool {
	return s.topBlock() || s.block == model.BlockHeading
}

// topBlock reports a sentence of the article's head (title, kicker,
// teaser), which names what the whole article is about.
func (s *sent) topBlock() bool { return headBlock(s.block) }

// headBlock reports whether a block of kind b is of the article's head.
func headBlock(b model.BlockKind) bool {
	switch b {
	case model.BlockTitle, model.BlockKicker, model.BlockTeaser:
		return true
	}
	return false
}

// bodyLead reports whether the sentence opens the body right after the
// article's head.
func (s *sent) bodyLead() bool {
	if s.topBlock() || s.index == 0 {
		return false
	}
	prev := s.index - 1
	if prev > 0 && s.placeLine(prev) {
		prev-- // "Hamburg. Bei einem Großbrand …": a dateline written as a sentence of its own
	}
	b := s.a.Sentences[prev].Block
	if b >= 0 && b < len(s.a.Blocks) && headBlock(s.a.Blocks[b].Kind) {
		return true
	}
	// a dateline after one sentence that the layout took for body (a
	// standfirst too long for a headline): the body begins here
	return s.index == 1 && s.a.Sentences[0].Block == s.a.Sentences[1].Block && s.dateline() != ""
}

// placeLine reports whether sentence i opens its block and is a dateline
// written as a sentence of its own: one or two capitalised words and a
// full stop ("Hamburg.", "Bad Ischl.").
func (s *sent) placeLine(i int) bool {
	sn := s.a.Sentences[i]
	if i > 0 && s.a.Sentences[i-1].Block == sn.Block {
		return false
	}
	w := strings.TrimSpace(s.a.Text[sn.Start:sn.End])
	body, ok := strings.CutSuffix(w, ".")
	if !ok || body == "" || strings.Count(body, " ") > 1 || strings.ContainsAny(body, ".,:;!?0123456789") {
		return false
	}
	for _, part := range strings.Fields(body) {
		if r, _ := utf8.DecodeRuneInString(part); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// representative reports a noun for people who act for an organisation
// ("Fraktionen", "Sprecher", "Vertreter"): its attribute is who acts.
// A name before it is no such noun ("Zuckerberg von Meta").
func (s *sent) representative(i int) bool {
	t := &s.toks[i]
	return t.actor < 0 && (t.is(representatives) || hasRoleSuffix(t.lower))
}

// genitiveAfter reports whether a genitive article follows the noun at i:
// "der Start des Dienstes".
func (s *sent) genitiveAfter(i int) bool {
	n := i + 1
	return n < len(s.toks) && s.toks[n].word() && (s.toks[n].lower == "des" || s.toks[n].lower == "der")
}

// genitivePhrase returns the genitive right after the noun at token i,
// an article, at most one adjective and a noun that names no actor ("die
// Entscheidung des Kartellgerichts": "des Kartellgerichts"; "die
// Abhaltung eines Referendums"), as written; or "".
func (s *sent) genitivePhrase(i int) string {
	if n := i + 1; !s.genitiveAfter(i) && !(n < len(s.toks) && s.toks[n].word() && (s.toks[n].lower == "eines" || s.toks[n].lower == "einer")) {
		return "" // (the indefinite too: "der Abhaltung eines Referendums")
	}
	j := i + 2
	if j < len(s.toks) && s.toks[j].word() && !s.toks[j].upper && hasDeclension(s.toks[j].lower) {
		j++ // "des zuständigen Gerichts"
	}
	if j >= len(s.toks) || !s.toks[j].word() || !s.toks[j].upper || s.toks[j].actor >= 0 || s.toks[j].timex >= 0 || s.toks[j].quoted {
		return ""
	}
	if n := j + 1; n < len(s.toks) && (s.toks[n].word() && (s.toks[n].upper || s.toks[n].is(conjunctions)) || s.toks[n].punct == '-' && s.toks[n].start == s.toks[j].end) {
		return "" // a name, a list or a longer phrase goes on: "des Rats der Stadt X", "des Friedens- und Sicherheitsrats"
	}
	if n := j + 1; n < len(s.toks) && s.toks[n].word() && s.toks[n].text != "" && isDigit(s.toks[n].text[0]) {
		// "der Stärke 7,3", "der Kategorie 4": the number is what the
		// noun measures, and the phrase ends with it
		j = n
		if k := n + 2; k < len(s.toks) && s.toks[n+1].punct == ',' && s.toks[n+1].start == s.toks[n].end && s.toks[k].start == s.toks[n+1].end &&
			s.toks[k].text != "" && isDigit(s.toks[k].text[0]) {
			j = k
		}
	}
	return s.a.Text[s.toks[i+1].start:s.toks[j].end]
}

// courseOf returns the complement prep opens in clause g after the verb
// at token verb, or after its clause's finite verb, without its article
// and adjectives ("gegen einen geparkten Wagen": "gegen Wagen"), when its
// noun names no actor and no date; or "".
func (s *sent) courseOf(g, verb int, prep string) string {
	from := verb
	if f := s.clauseVerb(g, verb); f >= 0 && f < from {
		from = f
	}
	for i := from + 1; i+1 < len(s.toks); i++ {
		t := &s.toks[i]
		if t.group != g || !t.word() || t.lower != prep {
			continue
		}
		j := i + 1
		for j < len(s.toks) && j <= i+3 && s.toks[j].word() && !s.toks[j].upper && (s.toks[j].is(determiners) || hasDeclension(s.toks[j].lower)) {
			j++
		}
		if j < len(s.toks) && s.toks[j].word() && s.toks[j].upper && !s.toks[j].quoted && s.toks[j].actor < 0 && s.toks[j].timex < 0 {
			return prep + " " + s.toks[j].text
		}
		return ""
	}
	return ""
}

// genitiveOfWord returns the genitive right after the word w
// (genitivePhrase of its first token in clause group g, or else in the
// sentence: a passive's subject may stand in another clause), or "".
func (s *sent) genitiveOfWord(g int, w string) string {
	other := -1
	for i := range s.toks {
		if t := &s.toks[i]; t.word() && t.text == w {
			if t.group == g {
				return s.genitivePhrase(i)
			}
			if other < 0 {
				other = i
			}
		}
	}
	if other < 0 {
		return ""
	}
	return s.genitivePhrase(other)
}

// upperBefore reports whether the word right before token i is
// capitalised: a noun, so that what follows i qualifies that noun.
func (s *sent) upperBefore(i int) bool {
	return i > 0 && s.toks[i-1].word() && s.toks[i-1].upper && !s.toks[i-1].is(determiners|prepositions) // not "Von der Leyen"
}

// ownsRole reports whether the noun phrase after a possessor ending at
// token i is headed by a role ("Trumps stellvertretender Stabschef").
func (s *sent) ownsRole(i int) bool {
	for j := i + 1; j < len(s.toks) && j <= i+4; j++ {
		t := &s.toks[j]
		switch {
		case !t.word():
			if t.punct == '‘' || t.punct == '’' || t.punct == '\'' {
				continue
			}
			return false
		case t.upper:
			return hasRoleSuffix(t.lower)
		case !hasDeclension(t.lower):
			return false
		}
	}
	return false
}

// npContext walks back from token i over its noun phrase (articles,
// adjectives, nouns, other actors joined by "und") and returns the
// preposition that governs it, where that is, and the nearest article. A
// name or a noun right before the article ends the phrase: in "laut
// Morgenpost die Staatsanwaltschaft" the source's preposition does not
// govern the prosecutors, nor in "fand in Zürich die Wahl statt" the
// place's the election. (Before "des" or "der" it may be the head whose
// genitive follows, "nach dem Ende der Wahl", so only a source's name
// ends it there.)
func (s *sent) npContext(i int) (prep string, at int, det string, detAt int) {
	g := s.toks[i].group
	detAt = -1
	lastDet := -1              // the article of the phrase or of one joined to it by "und"
	adjAt, nested := -1, false // an adjective passed, and a noun before it
	for j, n := i-1, 0; j >= 0 && n < 8; j, n = j-1, n+1 {
		t := &s.toks[j]
		if t.group != g {
			break
		}
		switch {
		case !t.word():
			if t.punct == '"' || t.punct == '#' && t.end == s.toks[j+1].start {
				continue // "von #Oracle": a tweet's hashtag marks the name it is glued to
			}
			return "", -1, det, detAt
		case (t.actor >= 0 || t.upper) && lastDet == j+1 && !t.is(determiners) && !t.is(prepositions) &&
			(s.sourcePhrase(j) || s.toks[j+1].lower != "des" && s.toks[j+1].lower != "der"):
			return "", -1, det, detAt
		case t.actor >= 0:
			nested = nested || adjAt > j
		case t.timex >= 0 && det == "" && adjAt >= 0 && j > 1 && s.toks[j-1].is(prepositions) && s.articleBefore(j-1):
			// "der am Montag gewählte Präsident": the adjective's date (not
			// "Am Montag präsentierte X": a date that opens the clause,
			// before its verb)
			nested = true
		case t.timex >= 0:
			return "", -1, det, detAt // "am Montag einen Streik", "am Montag Mittelstürmer X": the date is a phrase of its own
		case t.is(determiners):
			if det == "" {
				det, detAt = t.lower, j
			}
			lastDet = j
		case t.lower == "unter" && j+1 < len(s.toks) && (s.toks[j+1].lower == "anderem" || s.toks[j+1].lower == "anderen"):
			return "", -1, det, detAt // "unter anderem X": an adverb, X stands after no preposition
		case t.is(prepositions) && t.is(subordinators) && s.verbFinalClause(j):
			return "", -1, det, detAt // "Seit X den Konzern übernahm, …": a clause's conjunction, no preposition
		case t.is(prepositions) && nested && (det == "" || detAt > j && s.nounBetween(detAt, adjAt)) && s.adjectivePhraseOpens(j) >= 0:
			// "der in Kanada geborene Komponist X", "der sogar über die
			// Landesgrenzen bekannte Pädagoge X": the preposition is the
			// adjective's, and so is an article after it; the article
			// before it opens the phrase
			det, detAt, n = "", -1, 0
			j = s.adjectivePhraseOpens(j) + 1
		case t.is(prepositions) && nested && det == "" && s.opensGroup(j):
			// "Im Rathaus präsentierte X", "Am Montag präsentierte X": the
			// phrase that opens the clause stands before its finite verb,
			// which only looked like an adjective
			return "", -1, det, detAt
		case t.is(prepositions):
			return t.lower, j, det, detAt
		case t.is(conjunctions), t.upper:
			nested = nested || adjAt > j
		case hasDeclension(t.lower) && !t.is(perfectAux) && !t.is(pastAux) && !t.is(strongPreterites) && !t.is(futureAux) && !s.weakPreterite(j) && s.layerClass(j) != text.Verb:
			// an adjective: "dem designierten US-Präsidenten"
			adjAt = max(adjAt, j)
		default:
			return "", -1, det, detAt
		}
	}
	return "", -1, det, detAt
}

// verbFinalClause reports a word at j that opens its clause (first in
// the sentence or after a comma) whose last word is a finite verb: the
// conjunction of a subordinate clause ("Seit X Y übernahm, …", "Während
// die Polizei X festnahm, …"), not a preposition ("Seit Montag streiken
// die Piloten").
func (s *sent) verbFinalClause(j int) bool {
	if k := j - 1; k >= 0 && s.toks[k].punct != ',' && !s.opensGroup(j) {
		return false
	}
	g, last := s.toks[j].group, -1
	for k := j + 1; k < len(s.toks) && s.toks[k].group == g; k++ {
		if s.toks[k].punct == ',' {
			break
		}
		if s.toks[k].word() {
			last = k
		}
	}
	if last < 0 || s.toks[last].upper {
		return false
	}
	if s.finiteVerb(last) {
		return true
	}
	_, v := text.Classes(s.toks[last].lower)
	return v&text.Finite != 0
}

// opensGroup reports whether token j is the first word of its clause.
func (s *sent) opensGroup(j int) bool {
	g := s.toks[j].group
	for k := j - 1; k >= 0; k-- {
		if s.toks[k].group == g && s.toks[k].word() {
			return false
		}
	}
	return true
}

// countedBefore reports a number right before the noun at i ("zwei
// Polizisten", "27 Soldaten").
func (s *sent) countedBefore(i int) bool {
	if i == 0 || !s.toks[i-1].word() {
		return false
	}
	p := &s.toks[i-1]
	return p.is(thingNumerals) || isDigit(p.text[0]) && p.timex < 0
}

// articleBefore reports an article before token p, over lower-case
// adverbs ("die gleichfalls am Montag befragten"): p opens no clause.
func (s *sent) articleBefore(p int) bool {
	for k := p - 1; k >= 0 && k >= p-3; k-- {
		switch t := &s.toks[k]; {
		case t.word() && t.is(determiners):
			return true
		case !t.word() || t.upper:
			return false
		}
	}
	return false
}

// nounBetween reports a capitalised word strictly between tokens i and
// j: "die Landesgrenzen" before "bekannte" is a phrase of its own, "des" right
// before "islamistischen" the adjective's article.
func (s *sent) nounBetween(i, j int) bool {
	for k := i + 1; k < j; k++ {
		if s.toks[k].word() && s.toks[k].upper {
			return true
		}
	}
	return false
}

// adjectivePhraseOpens returns the article right before the preposition
// at j, or before one adverb before it ("der sogar über …"), or before
// one phrase of another preposition before it ("der durch X in die
// Kritik geratene"), or -1.
func (s *sent) adjectivePhraseOpens(j int) int {
	k := j - 1
	if k > 0 && s.toks[k].word() && !s.toks[k].upper && len(s.toks[k].forms) == 0 && !s.toks[k].is(determiners|prepositions|conjunctions) && !hasDeclension(s.toks[k].lower) {
		k--
	}
	if k >= 0 && s.attributeOpener(k) {
		return k
	}
	m := k
	for m >= 0 && m >= k-3 && s.toks[m].word() && !s.toks[m].is(prepositions) && (s.toks[m].upper || s.toks[m].is(determiners)) {
		m--
	}
	if m < k && m >= 1 && s.toks[m].word() && s.toks[m].is(prepositions) && s.attributeOpener(m-1) {
		return m - 1
	}
	return -1
}

// attributeOpener reports a word at k that can open a noun phrase whose
// noun an attribute qualifies: an article, or a country's genitive
// ("Österreichs in Linz geborener Minister").
func (s *sent) attributeOpener(k int) bool {
	t := &s.toks[k]
	if !t.word() {
		return false
	}
	if t.is(determiners) {
		return true
	}
	country, genitive := strings.CutSuffix(t.lower, "s")
	return t.upper && genitive && isCountry(country)
}

// sourcePhrase reports whether token j ends a phrase that a source
// preposition governs ("laut Morgenpost", "gegenüber der Zeitung").
func (s *sent) sourcePhrase(j int) bool {
	for k := j; k >= 0 && k >= j-4; k-- {
		t := &s.toks[k]
		switch {
		case !t.word():
			return false
		case t.is(prepositions):
			return sourcePrepositions.has(t.lower)
		}
	}
	return false
}

func (s *sent) wordAfter(i int) string {
	if w := firstWord(s.toks, i+1, len(s.toks)); w == i+1 {
		return s.toks[w].lower
	}
	return ""
}

// introducesQuote reports whether the noun at token i opens a phrase
// that a colon ends, the words after it being what was said: "Scharfe
// Kritik der Opposition am Montag: …".
func (s *sent) introducesQuote(i int) bool {
	for j := i + 1; j < len(s.toks); j++ {
		if !s.toks[j].word() {
			return s.toks[j].punct == ':'
		}
	}
	return false
}

// excludedFrom reports a noun of clause g after "aus" or "von": what
// someone was excluded from ("aus der Partei", "vom Turnier").
func (s *sent) excludedFrom(g int) bool {
	for i := range s.toks {
		if t := &s.toks[i]; t.group == g && t.word() && t.upper && !t.quoted {
			switch s.governedBy(i) {
			case "aus", "von", "vom":
				return true
			}
		}
	}
	return false
}

// bareQuoteAfter reports a colon after the verb at token i with no noun
// between them: "kündigte dann an: Das Team …" says what it announces
// in words, not by naming a thing ("kündigte Berufung an: …").
func (s *sent) bareQuoteAfter(i int) bool {
	for j := i + 1; j < len(s.toks); j++ {
		t := &s.toks[j]
		switch {
		case !t.word():
			return t.punct == ':'
		case t.upper && t.timex < 0:
			return false
		}
	}
	return false
}

// nounInClause returns the token of clause g that is the noun itself
// (its lower-case form equal to noun's), or -1.
func (s *sent) nounInClause(g int, noun string) int {
	from, to := s.clauseTokens(g)
	for i := from; i < to; i++ {
		if t := &s.toks[i]; t.group == g && t.word() && t.upper && !t.quoted && len(t.lower) == len(noun) && strings.EqualFold(t.text, noun) {
			return i
		}
	}
	return -1
}

// openingSubject returns the people who open the sentence right before
// its verb at token end without an article, counted or not: "Fluglotsen
// streiken am Freitag", "212 Senatoren stimmten für die Reform"; or "".
// A colon opens a clause as the sentence's start does: "Das Ergebnis war
// klar: 212 Senatoren stimmten dafür".
func (s *sent) openingSubject(end int) string {
	opens := func(i int) bool {
		// also after the "und" of a second main clause: ", und Hunderte
		// Bauern zogen vor das Rathaus"
		// (and after a dateline, or an approximation that opens it:
		// "Linz – Rund 190 Abgeordnete stimmten für den Antrag")
		g := s.toks[i].group
		if i == 0 || s.toks[i-1].punct == ':' || i >= 2 && s.andClause[g] && s.toks[i-1].group == g && s.toks[i-2].group != g {
			return true
		}
		first := s.openingWord()
		return first >= 0 && (i == first || i == first+1 && approximation(s.toks[first].lower))
	}
	if g := s.toks[end].group; !s.isMain(g) && adverbialOpeners[s.opener[g]] {
		from, to := s.adverbialSubject(g)
		switch {
		case from < 0 || to >= end:
			return ""
		case from < to:
			return s.toks[from].text + " " + s.toks[to].text
		}
		return s.toks[to].text
	}
	switch {
	case end >= 1 && opens(end-1) && s.bareSubject(end-1):
		return s.toks[end-1].text
	case end >= 2 && opens(end-2) && s.bareSubject(end-1) && s.counts(end-2):
		return s.toks[end-2].text + " " + s.toks[end-1].text
	case end >= 2 && opens(end-2) && s.bareSubject(end-1) && personNoun(s.toks[end-1].lower) && s.openingAdjective(end-2):
		// "Unbekannte Täter brachen … ein": people described, not
		// counted (the adjective is the noun's, which names them)
		return s.toks[end-1].text
	case end >= 3 && s.headlineBlock() && opens(0) && s.bareSubject(0) && personNoun(s.toks[0].lower[strings.LastIndexByte(s.toks[0].lower, '-')+1:]) && s.phrasesOnly(1, end):
		// "Mann nach Messerangriff in Linz festgenommen": a headline's
		// person, then phrases, then its participle
		return s.toks[0].text
	case end >= 4 && s.headlineBlock() && opens(0) && s.counts(0) && s.bareSubject(1) && peopleNoun(s.toks[1].lower[strings.LastIndexByte(s.toks[1].lower, '-')+1:]) && s.phrasesOnly(2, end):
		// "Zwei Männer in Linz festgenommen": people counted, then
		// phrases, then the participle
		return s.toks[0].text + " " + s.toks[1].text
	}
	return ""
}

// adverbialSubject returns the first and last token of the people who,
// bare and in the plural, counted or not, stand right after the word
// that opens clause g of time or reason: its subject, since such a
// clause puts its verb last ("Als Rebellen den Bauern 2006
// verschleppten, …", "nachdem 20 Demonstranten das Rathaus besetzt
// hatten"); or -1, -1.
func (s *sent) adverbialSubject(g int) (int, int) {
	if s.isMain(g) || !adverbialOpeners[s.opener[g]] {
		return -1, -1
	}
	o := firstWordOf(s.toks, g)
	if o < 0 || o+2 >= len(s.toks) || s.toks[o+1].group != g {
		return -1, -1
	}
	switch i := o + 1; {
	case s.bareSubject(i) && pluralNoun(s.toks[i].text):
		return i, i
	case s.counts(i) && s.toks[i+1].group == g && s.bareSubject(i+1):
		return i, i + 1
	}
	return -1, -1
}

// nameOpens reports actor a named as the subject that opens the
// sentence, after its dateline, alone or after an article, right before
// the finite verb ("Die Grünen haben …"; not "Forscher der Universität
// Basel haben …", whose verb is the researchers').
func (s *sent) nameOpens(a int) bool {
	first := s.openingWord()
	for k := range s.actors {
		if r := &s.actors[k]; r.Actor == a && s.opensAsSubject(r, first) {
			return true
		}
	}
	return false
}

// nameAfter reports a mention of actor a right after the finite verb at
// token finite, alone or after its article: the subject after the verb
// ("Am Montag spenden die Grünen …").
func (s *sent) nameAfter(a, finite int) bool {
	if finite < 0 {
		return false
	}
	for k := range s.actors {
		if r := &s.actors[k]; r.Actor == a && !r.quoted && (r.first == finite+1 || r.first == finite+2 && s.toks[finite+1].is(determiners)) {
			return true
		}
	}
	return false
}

// opensAsSubject reports a name r that stands at the sentence's opening
// word first (or after an article there) right before a finite verb.
func (s *sent) opensAsSubject(r *actorRef, first int) bool {
	return r.first >= 0 && !r.quoted && (r.first == first || r.first == first+1 && s.toks[first].is(determiners)) &&
		r.last+1 < len(s.toks) && s.finiteForm(r.last+1)
}

// headlineThing returns the noun that opens a headline without an
// article, after adjectives if any, when only phrases stand between it
// and the participle at token end that ends the headline: "Neue Brücke
// in Linz eröffnet", "Werk geschlossen". It is the subject of the
// passive whose auxiliary the headline leaves out, what was done to.
func (s *sent) headlineThing(end int) string {
	if !s.headlineBlock() || !s.headlineEnd(end) {
		return ""
	}
	j := s.openingWord()
	for j >= 0 && j < end && s.openingAdjective(j) {
		j++
	}
	if j < 0 || j >= end {
		return ""
	}
	t := &s.toks[j]
	if !t.word() || !t.upper || t.quoted || t.actor >= 0 || t.timex >= 0 || t.noun != 0 || t.is(determiners|prepositions|subjectPronouns) {
		return ""
	}
	if c, _ := text.Classes(strings.ToLower(t.text[strings.LastIndexByte(t.text, '-')+1:])); c&text.Noun == 0 && !s.nounWord(j) {
		return "" // (a compound's last part names it: "Velmark-Werk")
	}
	if j+1 < end && !s.phrasesOnly(j+1, end) {
		return ""
	}
	return t.text
}

// phrasesOnly reports tokens from to end that are prepositional phrases
// alone: a preposition first, then no verb, mark or conjunction ("nach
// Unfall auf der A1").
func (s *sent) phrasesOnly(from, end int) bool {
	if from >= end || !s.toks[from].is(prepositions) {
		return false
	}
	for k := from; k < end; k++ {
		if t := &s.toks[k]; !t.word() || t.is(conjunctions) || !t.upper && !t.is(prepositions|determiners) && s.finiteForm(k) {
			return false
		}
	}
	return true
}

// openingAdjective reports a declined adjective that opens the sentence,
// capitalised only for standing first: "Unbekannte", "Maskierte".
func (s *sent) openingAdjective(i int) bool {
	t := &s.toks[i]
	if !t.word() || t.quoted || t.actor >= 0 || t.timex >= 0 || t.is(determiners|quantifiers) || !hasDeclension(t.lower) {
		return false
	}
	c, _ := text.Classes(t.lower)
	return c&text.Adjective != 0
}

// countedSubject reports whether the people who open the clause of the
// verb at token end are counted: "Tausende demonstrieren", "300 Bauern
// blockieren die Zufahrt". A crowd of a number does something once; an
// uncounted group, as a rule ("Schulleitungen entscheiden darüber").
func (s *sent) countedSubject(end int) bool {
	o := s.openingSubject(end)
	if o == "" {
		return false
	}
	// two words are a numeral and its noun (openingSubject)
	return strings.Contains(o, " ") || hasAnySuffix(strings.ToLower(o), countNouns)
}

// countNouns end the nouns of large round numbers that count people on
// their own: "Tausende", "Zehntausende", "Hunderte".
var countNouns = []string{"tausende", "hunderte", "dutzende"}

// personSubject returns the person that opens the clause of the verb at
// token end, named by what he is after an article (and attributes): "Der
// Bürgermeister ist zurückgetreten", "Ein 30-Jähriger hat … überfallen"
// ("Bürgermeister", "30-Jähriger"); or "". In a perfect the auxiliary is
// the verb the subject stands before; the clause may follow a dateline.
// ofPost, for a happening of a post, reads over a name in the person's
// genitive ("Der Trainer des FC Linz ist zurückgetreten").
func (s *sent) personSubject(end int, ofPost bool) string {
	g := s.toks[end].group
	for k := 0; k < end; k++ {
		if t := &s.toks[k]; t.group == g && t.word() && !t.quoted && t.is(perfectAux) {
			end = k
			break
		}
	}
	n := end - 1
	if n >= 0 && s.toks[n].actor >= 0 && ofPost {
		// over the name in its genitive, for a happening of a post: "Der
		// Trainer des FC Linz ist zurückgetreten" (the staff of a firm
		// that strike do it at the firm, which names it)
		if r := &s.actors[s.toks[n].actor]; r.last == n && r.first >= 2 && (s.toks[r.first-1].lower == "des" || s.toks[r.first-1].lower == "der") {
			n = r.first - 2
		}
	}
	if n < 1 || !s.bareSubject(n) || !personNoun(s.toks[n].lower) {
		return ""
	}
	if n == s.afterDateline() {
		return s.toks[n].text // "Wien – Unbekannte haben am Dienstag … lahmgelegt": a plural without article opens the clause
	}
	for k := n - 1; k >= 0 && k >= n-3; k-- {
		t := &s.toks[k]
		switch {
		case t.word() && t.is(nominativeArticles):
			if k == 0 || s.toks[k-1].punct == ':' || s.toks[k-1].punct == '–' && s.dateline() != "" {
				return s.bareForm(n, s.toks[n].text, t.lower)
			}
			return ""
		case t.word() && !t.upper && (hasDeclension(t.lower) || isDigit(t.text[0])), s.placeAttribute(k):
		default:
			return ""
		}
	}
	return ""
}

// bareForm returns w, the noun at token n, as a title names it without
// the article art it stood after: an adjective's noun after "der" takes
// the masculine's strong ending ("Der 34-Jährige", "Der Verdächtige":
// "34-Jähriger", "Verdächtiger"); others stay as written.
func (s *sent) bareForm(n int, w, art string) string {
	if stem, ok := strings.CutSuffix(w, "en"); ok && art == "die" && len(stem) > 3 {
		// a plural: "Die Abgeordneten" are "Abgeordnete", as an
		// adjective's noun stands without its article
		if c, _ := text.Classes(strings.ToLower(stem)); c&text.Adjective != 0 {
			return stem + "e"
		}
		return w
	}
	if art != "der" || !strings.HasSuffix(w, "e") {
		return w
	}
	if s.toks[n].agedPerson() {
		return w + "r"
	}
	if c, _ := text.Classes(strings.ToLower(w)); c&text.Adjective != 0 {
		return w + "r"
	}
	return w
}

// personAfterVerb returns the person the finite verb at token end has as
// its subject right after it (maybe after "auch" or a date), named by
// what he is: "kaufte der Gutachter …", "trat ein Abgeordneter zurück"
// (masculine: "der" before a woman is a dative or genitive); a woman
// ("die", "eine") only when another phrase with an article follows, the
// object, as "die" alone is as often the object: "besuchte die
// Botschafterin die Stätte"; or "". at is the noun's token, -1 for none.
func (s *sent) personAfterVerb(end int) (person string, at int) {
	k := end + 1
	for k < len(s.toks) && k <= end+3 && s.toks[k].word() && (s.toks[k].timex >= 0 || addingAdverb(s.toks[k].lower)) {
		k++ // "besuchte auch die Botschafterin", "trat am Montag ein Abgeordneter zurück"
	}
	if k >= len(s.toks) || !s.toks[k].word() {
		return "", -1
	}
	feminine := false
	switch s.toks[k].lower {
	case "der", "ein":
	case "die", "eine":
		feminine = true
	default:
		return "", -1
	}
	for n := k + 1; n < len(s.toks) && n <= k+3; n++ {
		t := &s.toks[n]
		switch {
		case !t.word():
			return "", -1
		case t.agedPerson():
			// "hat ein 17-Jähriger … geschossen" ("ein" before the
			// strong "-er", an article before the weak "-e")
			if art := s.toks[k].lower; art == "ein" && !strings.HasSuffix(t.lower, "r") || art != "ein" && !strings.HasSuffix(t.lower, "e") {
				return "", -1
			}
			return t.text, n
		case t.upper:
			if t.actor >= 0 || !personNoun(t.lower) || s.attributeNoun(n) {
				return "", -1
			}
			if female := strings.HasSuffix(t.lower, "in") || strings.HasSuffix(t.lower, "frau"); female != feminine || feminine && !s.articleAfter(n) {
				return "", -1
			}
			return t.text, n
		case !hasDeclension(t.lower):
			return "", -1
		}
	}
	return "", -1
}

// attributeNoun reports a capitalised word at token n that a noun of no
// name follows: "der Bremer Tatort", where a word that also names people
// ("Bremer") is the attribute of a thing.
func (s *sent) attributeNoun(n int) bool {
	next := n + 1
	return next < len(s.toks) && s.toks[next].word() && s.toks[next].upper && s.toks[next].actor < 0 && s.toks[next].timex < 0 && !s.toks[next].quoted
}

// addingAdverb reports a word that may stand between a verb and its
// subject: "besuchte auch die Botschafterin". (The word classes of
// words.go are all taken.)
func addingAdverb(w string) bool {
	switch w {
	case "auch", "nun", "erstmals", "erneut", "bereits", "jetzt", "zuletzt", "schließlich", "kürzlich":
		return true
	}
	return false
}

// objectArticle reports an article that opens the other phrase of a verb
// whose subject came first: "besuchte die Botschafterin die Stätte".
func objectArticle(w string) bool {
	switch w {
	case "die", "das", "den", "einen", "eine", "ein":
		return true
	}
	return false
}

// articleAfter reports a noun phrase with an article of the accusative
// or nominative after the noun at token n in its clause, before the
// clause's next comma: the verb's other phrase.
func (s *sent) articleAfter(n int) bool {
	for j := n + 1; j < len(s.toks) && s.toks[j].group == s.toks[n].group; j++ {
		t := &s.toks[j]
		if t.punct == ',' {
			return false
		}
		if t.word() && objectArticle(t.lower) && (j == n+1 || !s.toks[j-1].is(prepositions)) {
			return true
		}
	}
	return false
}

// personNoun reports a lower-cased noun that names a person by office,
// trade, age or what is known of them: a role ("bürgermeister",
// "sprecherin"), a nominalised adjective ("unbekannter", "30-jähriger",
// "verdächtige"), one of personHeads, the feminine of a masculine noun or
// a masculine noun whose feminine the lexicon knows.
func personNoun(w string) bool {
	return knownPersonNoun(w) || masculineOfPerson(w)
}

// knownPersonNoun is personNoun without masculineOfPerson: a noun the
// word lists name a person by, or a feminine of a person.
func knownPersonNoun(w string) bool {
	return hasRoleSuffix(w) || hasAnySuffix(w, personHeads) || feminineOfPerson(w)
}

// masculineOfPerson reports a masculine noun whose feminine in -in the
// lexicon knows, as German has one for what a person does or is
// ("Spaziergänger", "Spaziergängerin"; "Passant"); a thing has none
// ("Computer", "Keller"). The last part of a hyphenated compound counts
// ("Auto-Händler").
func masculineOfPerson(w string) bool {
	if k := strings.LastIndexByte(w, '-'); k >= 0 {
		w = w[k+1:]
	}
	if len(w) < 4 || !nounOf(w, text.Masculine) {
		return false
	}
	return nounOf(w+"in", text.Feminine) || nounOf(umlautLast(w)+"in", text.Feminine)
}

// umlautLast returns w with its last "a", "o" or "u" (or the "a" of
// "au") made an umlaut, as a feminine in "-in" often has it ("Arzt":
// "Ärztin", "Koch": "Köchin", "Bauer": "Bäuerin"), or w when it has none.
func umlautLast(w string) string {
	for i := len(w) - 1; i >= 0; i-- {
		switch w[i] {
		case 'u':
			if i > 0 && w[i-1] == 'a' {
				return w[:i-1] + "äu" + w[i+1:]
			}
			return w[:i] + "ü" + w[i+1:]
		case 'a':
			return w[:i] + "ä" + w[i+1:]
		case 'o':
			return w[:i] + "ö" + w[i+1:]
		}
	}
	return w
}

// feminineOfPerson reports a noun in -in that the lexicon knows as the
// feminine of a masculine noun, as German names women by what they do or
// are ("Schülerin" of "Schüler", "Urlauberin", "Passantin"); a thing has
// no such form.
func feminineOfPerson(w string) bool {
	stem, ok := strings.CutSuffix(w, "in")
	if !ok || len(stem) < 4 {
		return false
	}
	return nounOf(w, text.Feminine) && nounOf(stem, text.Masculine)
}

// nounOf reports whether the lexicon reads w as a noun of gender g.
func nounOf(w string, g text.Gender) bool {
	for _, r := range text.Lookup(w) {
		if r.Class == text.Noun && r.Gender&g != 0 {
			return true
		}
	}
	return false
}

// ageAttribute reports a unit of time at token i that, with its number
// and "alt" declined after it, tells how old the noun after them is: "36
// Jahre alte Frau", "drei Monate altes Kind".
func (s *sent) ageAttribute(i int) bool {
	switch s.toks[i].lower {
	case "jahre", "monate", "wochen", "tage":
	default:
		return false
	}
	return i+1 < len(s.toks) && strings.HasPrefix(s.toks[i+1].lower, "alt") && hasDeclension(s.toks[i+1].lower)
}

// personHeads end nouns of people that no role names.
var personHeads = []string{"mann", "frau", "täter", "täterin", "fahrer", "fahrerin", "lenker", "lenkerin",
	"meister", "meisterin", "polizist", "polizistin", "soldat", "pilot", "pilotin", "richter", "richterin",
	"gutachter", "gutachterin", "kanzler", "kanzlerin", "premier", "trainer", "trainerin", "jährige", "jähriger",
	"unbekannte", "unbekannter", "verdächtige", "verdächtiger", "angeklagte", "angeklagter",
	"angestellte", "angestellten", "beschäftigte", "beschäftigten", "bedienstete", "bediensteten",
	"abgeordnete", "abgeordneten", "delegierte", "delegierten", "kardinäle"}

// bareSubject reports a noun at token i that opens the sentence without an
// article, right before its verb: a plural of people ("Fluglotsen",
// "Lufthansa-Piloten") or someone by age ("40-Jähriger"), no name and no
// date.
func (s *sent) bareSubject(i int) bool {
	t := &s.toks[i]
	return t.word() && !t.quoted && t.timex < 0 && t.noun == 0 &&
		(t.actor < 0 || s.actors[t.actor].modifier) && !t.is(determiners|prepositions|subjectPronouns|quantifiers) &&
		(t.agedPerson() || t.upper && nounWord(t.lower[strings.LastIndexByte(t.lower, '-')+1:])) // not "Vorab", "Ebenfalls": every first word is capitalised
}

// minCompoundHead is the shortest noun nounWord takes as the head of a
// compound the lexicon lacks: shorter ones end too many other words
// ("falls" ends "ebenfalls").
const minCompoundHead = 6

// nounWord reports whether a lower-cased word is a noun by the lexicon,
// or ends in one as a compound the lexicon lacks ("fluglotsen").
func nounWord(w string) bool {
	if c, _ := text.Classes(w); c != 0 {
		return c&text.Noun != 0
	}
	for k := 3; k <= len(w)-minCompoundHead; k++ {
		if c, _ := text.Classes(w[k:]); c&text.Noun != 0 {
			return true
		}
	}
	return false
}

// largeCount reports whether clause g counts a hundred or more of
// something, or many without a number: "412 Menschen", "46.000
// Anträge", "9,8 Milliarden Liter", "Tausende Flüchtlinge", "etliche
// Reformen" (not a year, which is a date).
func (s *sent) largeCount(g int) bool {
	for i := range s.toks {
		t := &s.toks[i]
		if t.group != g || !t.word() || t.timex >= 0 || t.quoted {
			continue
		}
		next := i + 1
		switch {
		case bigNumerals.has(t.lower), manyWords[t.lower]:
		case isDigit(t.text[0]):
			if next = s.hundredsEnd(i); next < 0 {
				continue
			}
		default:
			continue
		}
		for k := 0; k < 2 && next < len(s.toks) && s.toks[next].word() && !s.toks[next].upper && hasDeclension(s.toks[next].lower) && len(s.toks[next].forms) == 0; k++ {
			next++ // "1.641 neue Firmen": the count's adjectives
		}
		if next < len(s.toks) && s.toks[next].word() && s.toks[next].upper {
			return true
		}
	}
	return false
}

// hundredsEnd returns the token after a count at i that makes a hundred
// or more, with the numeral that makes it so ("230 Millionen", "neun
// Millionen", "1.641"), or -1 for a smaller one ("zwei", "neun").
func (s *sent) hundredsEnd(i int) int {
	n := s.numberEnd(i) + 1
	switch {
	case n < len(s.toks) && s.toks[n].is(bigNumerals):
		return n + 1
	case isDigit(s.toks[i].text[0]) && hundredOrMore(s.countText(n-1)):
		return n
	}
	return -1
}

// manyWords count many of something without a number: "etliche
// Reformen", "zahlreiche Verfahren". (A plain set: the word classes are
// full.)
var manyWords = map[string]bool{"etliche": true, "zahlreiche": true, "unzählige": true}

// yearValue reports whether a temporal value names a whole year ("2014").
func yearValue(v string) bool {
	return len(v) == 4 && isDigit(v[0]) && isDigit(v[1]) && isDigit(v[2]) && isDigit(v[3])
}

// yearTimex reports a temporal expression of clause g that names a whole
// year by words ("im Vorjahr", "im vergangenen Parlamentsjahr"; not "im
// Februar dieses Jahres", nor the spring, "im Frühjahr"), whatever value
// an article of uncertain date lets it resolve to.
func (s *sent) yearTimex(g int) bool {
	for _, t := range s.timex {
		if t.quoted || t.first < 0 || s.toks[t.first].group != g || !yearOpeners[s.toks[t.first].lower] && (t.first == 0 || !yearOpeners[s.toks[t.first-1].lower]) {
			continue // (not "das dritte Jahr in Folge": a count of years)
		}
		year := false
		for k := t.first; k <= t.last && k < len(s.toks); k++ {
			if w := &s.toks[k]; w.word() && w.upper && !yearOpeners[w.lower] {
				if !strings.HasSuffix(w.lower, "jahr") && !strings.HasSuffix(w.lower, "jahres") || strings.HasPrefix(w.lower, "früh") {
					year = false
					break
				}
				year = true
			}
		}
		if year {
			return true
		}
	}
	return false
}

// yearOpeners open a phrase that names a year as a time: "im Vorjahr",
// "letztes Jahr".
var yearOpeners = map[string]bool{"im": true, "in": true, "letztes": true, "vergangenes": true, "voriges": true}

// hundredOrMore reports whether a number as written ("1.800", "412",
// "2,5") is a hundred or more.
func hundredOrMore(number string) bool {
	whole, _, _ := strings.Cut(number, ",")
	return len(strings.ReplaceAll(whole, ".", "")) >= 3
}

// changeRate reports whether clause g tells by how many percent
// something rose or fell: a verb of change ("stieg", "ging … zurück")
// with a percentage. What such a clause names is a quantity, not a
// happening.
func (s *sent) changeRate(g int) bool {
	percent := false
	for i := range s.toks {
		if t := &s.toks[i]; t.group == g && !t.quoted && (t.punct == '%' || t.lower == "prozent" || t.lower == "prozentpunkte") {
			percent = true
			break
		}
	}
	if !percent {
		return false
	}
	for i := range s.toks {
		t := &s.toks[i]
		if t.group != g || t.quoted || !t.word() || t.upper || s.layerClass(i) != text.Verb {
			continue
		}
		lemma := s.doc.Lemma(int(t.at))
		if changeVerbs[lemma] || changeVerbs[s.separatedParticle(i, lemma)+lemma] {
			return true
		}
	}
	return false
}

// comparedToTime reports a clause g that compares a quantity with
// another time: "mehr" or "weniger" (not "mehr als zehn", a count) and,
// after it in the sentence, "als" before a date ("mehr Menschen … als im
// Vorjahr").
func (s *sent) comparedToTime(g int) bool {
	more := false
	for i := range s.toks {
		t := &s.toks[i]
		if t.quoted || !t.word() {
			continue
		}
		switch {
		case t.group == g && (t.lower == "mehr" || t.lower == "weniger") && i+1 < len(s.toks) && s.toks[i+1].lower != "als":
			more = true
		case more && t.lower == "als": // (which may open a clause of its own)
			for k := i + 1; k < len(s.toks) && k <= i+3 && s.toks[k].word(); k++ {
				if s.toks[k].timex >= 0 {
					return true // "als im Vorjahr", "als im Jahr 2022"
				}
			}
		}
	}
	return false
}

// comparedAmount reports a clause g that compares an amount with
// another's: "so viel" or "so viele" (also "wenig") and, after it in the
// sentence, "wie" ("investierte dreimal so viel in Schulen wie der Bund").
func (s *sent) comparedAmount(g int) bool {
	so := false
	for i := range s.toks {
		t := &s.toks[i]
		if t.quoted || !t.word() {
			continue
		}
		switch {
		case t.group == g && t.lower == "so" && i+1 < len(s.toks):
			switch s.toks[i+1].lower {
			case "viel", "viele", "wenig", "wenige":
				so = true
			}
		case so && t.lower == "wie":
			return true
		}
	}
	return false
}

// changeVerbs are the lemmas of verbs that tell a quantity rising or
// falling, or where it stands ("lagen um zwei Prozentpunkte über …").
var changeVerbs = map[string]bool{"steigen": true, "ansteigen": true, "sinken": true, "fallen": true, "wachsen": true,
	"zunehmen": true, "abnehmen": true, "zurückgehen": true, "schrumpfen": true, "klettern": true,
	"anwachsen": true, "einbrechen": true, "verringern": true, "liegen": true,
	// a party's or a share's fall or gain ("stürzte auf 18 Prozent ab", "legte auf 15 Prozent zu")
	"abstürzen": true, "absacken": true, "zulegen": true, "nachgeben": true}

// pronominalAdverb reports an adverb made of "da", "hier" or "wo" and a
// preposition ("daraufhin", "dabei", "hierzu", "worauf"), which opens a
// sentence with a capital and names no one.
func pronominalAdverb(lower string) bool {
	rest := strings.TrimSuffix(lower, "hin")
	for _, p := range []string{"dar", "da", "hier", "wor", "wo"} {
		if r, ok := strings.CutPrefix(rest, p); ok && r != "" && classOf[r]&prepositions != 0 {
			return true
		}
	}
	return false
}

// nounWord reports whether the capitalised word at i, which opens its
// sentence, is a noun or a name rather than an adverb written with a
// capital for its place ("Demnach", "Mittlerweile"): the lexicon knows it
// as a noun, or the article writes it with a capital inside a sentence
// too.
func (s *sent) nounWord(i int) bool {
	if c, _ := text.Classes(s.toks[i].lower); c&text.Noun != 0 || s.toks[i].actor >= 0 {
		return true // a noun, or a name the actor stage found
	}
	w, src := s.toks[i].text, s.a.Text
	for k := strings.Index(src, w); k >= 0; {
		after, _ := utf8.DecodeRuneInString(src[k+len(w):])
		if r, _ := utf8.DecodeLastRuneInString(src[:max(k-1, 0)]); k >= 2 && src[k-1] == ' ' && unicode.IsLower(r) && !unicode.IsLetter(after) {
			return true // after a lower-case word: inside a sentence (the whole word: "So" is not "am Sonntag")
		}
		next := strings.Index(src[k+1:], w)
		if next < 0 {
			break
		}
		k += 1 + next
	}
	return isCountry(s.toks[i].lower) || hasAnySuffix(s.toks[i].lower, placeEndings)
}

// placeEndings end many names of countries and regions, and no adverb:
// "Mazedonien", "Deutschland", "Frankreich", "Kasachstan".
var placeEndings = []string{"ien", "land", "reich", "stan"}

// beyond reports a noun at i in "über … hinaus": "über den Tod hinaus",
// "über die Wahl im Jahr 2020 hinaus" name what lasts beyond it, not the
// happening.
func (s *sent) beyond(i int) bool {
	if s.governedBy(i) != "über" {
		return false
	}
	for j := i + 1; j < len(s.toks) && s.toks[j].group == s.toks[i].group && s.toks[j].punct != ','; j++ {
		if t := &s.toks[j]; t.word() && t.lower == "hinaus" {
			return true
		}
	}
	return false
}

// happeningSubject reports a noun of a happening (a trigger noun) with
// an article of the nominative and no preposition in clause g, other
// than token at: what a verb like "entscheiden" then tells is what the
// happening settles ("eine Fusion entscheidet über …").
func (s *sent) happeningSubject(g, at int) bool {
	from, to := s.clauseTokens(g)
	for i := from; i < to; i++ {
		t := &s.toks[i]
		if i == at || t.group != g || !t.word() || !t.upper || t.noun == 0 || t.actor >= 0 || t.quoted {
			continue
		}
		if prep, _, det, _ := s.npContext(i); prep == "" && (det == "der" || det == "die" || det == "das" || det == "ein" || det == "eine") {
			return true
		}
	}
	return false
}

// tally reports a noun trigger counted by a number of ten or more ("mit
// 105 Besuchen") or by a numeral after "bisherigen" ("die bisherigen zwei
// Begegnungen"): many happenings, a tally, not one.
func (s *sent) tally(i int) bool {
	p := i - 1
	if p < 0 || !s.toks[p].word() {
		return false
	}
	if isDigit(s.toks[p].text[0]) && s.toks[p].timex < 0 {
		n := s.countText(p)
		whole, _, _ := strings.Cut(n, ",")
		return len(strings.ReplaceAll(whole, ".", "")) >= 2
	}
	return s.toks[p].is(thingNumerals) && p > 0 && s.toks[p-1].is(quantifiers)
}

// overOccasions reports a phrase of clause g that counts ten or more
// happenings the clause is told over ("kam zu 31 Sitzungen zusammen und
// hat 87 Gesetze beschlossen"): a tally of a season or a year, not one
// happening.
func (s *sent) overOccasions(g int) bool {
	for k := 1; k+1 < len(s.toks); k++ {
		n := &s.toks[k]
		if !n.word() || !isDigit(n.text[0]) || n.timex >= 0 {
			continue
		}
		if t := &s.toks[k-1]; t.group != g || !t.word() || !occasionPreps[t.lower] {
			continue
		}
		whole, _, _ := strings.Cut(s.countText(k), ",")
		if len(strings.ReplaceAll(whole, ".", "")) < 2 {
			continue
		}
		h := k + 1
		if h+1 < len(s.toks) && !s.toks[h].upper && hasDeclension(s.toks[h].lower) {
			h++ // "in 16 aufeinanderfolgenden Spielen"
		}
		if c := &s.toks[h]; c.word() && c.upper && (c.noun > 0 || hasAnySuffix(c.lower, occasionNouns)) {
			return true
		}
	}
	return false
}

// occasionNouns end the plurals of occasions a tally of sport or of a
// body's work is told over that name no happening of the lexicon
// ("in 20 Pflichtspielen drei Tore geschossen", "in 40 Einsätzen").
var occasionNouns = []string{"spielen", "partien", "einsätzen", "rennen", "sitzungen", "runden"}

// occasionPreps count the occasions a tally is told over.
var occasionPreps = map[string]bool{"in": true, "bei": true, "zu": true, "aus": true, "nach": true}

// countedAttribute reports a participle at i that qualifies the noun
// after it in the genitive of a count ("die Zahl der 2014 in der Wüste
// gestorbenen Menschen", "die Anzahl der festgenommenen Demonstranten"):
// what it says is said of all those counted.
func (s *sent) countedAttribute(i int) bool {
	t := &s.toks[i]
	if t.upper || !hasDeclension(t.lower) || i+1 >= len(s.toks) || !s.toks[i+1].word() || !s.toks[i+1].upper {
		return false
	}
	for k := i - 1; k > 0 && k >= i-14 && s.toks[k].word() && !s.finiteVerb(k); k-- {
		if (s.toks[k].lower == "der" || s.toks[k].lower == "des") && s.toks[k-1].word() && s.toks[k-1].upper && hasAnySuffix(s.toks[k-1].lower, countNounEnds) {
			return true
		}
	}
	return false
}

// countNounEnds end the nouns of a count: "Zahl", "Anzahl", "Opferzahl",
// "Gesamtzahl", "Summe".
var countNounEnds = []string{"zahl", "summe"}

// accusativeIn reports a masculine accusative noun phrase in clause g,
// "den" or "einen" before a noun and after no preposition ("traf den
// Minister"; not "traf in den Winkel").
func (s *sent) accusativeIn(g int) bool {
	for i := 1; i+1 < len(s.toks); i++ {
		t := &s.toks[i]
		if t.group == g && t.word() && (t.lower == "den" || t.lower == "einen") && !s.toks[i-1].is(prepositions) && s.toks[i+1].word() && s.toks[i+1].upper {
			return true
		}
	}
	return false
}

// announcesWords reports an infinitive with "zu" hanging on clause g
// whose verb is one of saying: what an announcement so announces is
// words ("anzusprechen", "zu fordern", "zu erläutern").
func (s *sent) announcesWords(g int) bool {
	for i := range s.toks {
		if !s.zuComplement(i, g) {
			continue
		}
		switch s.doc.Lemma(int(s.toks[i].at)) {
		case "ansprechen", "sprechen", "reden", "diskutieren", "thematisieren", "äußern", "kommentieren",
			"erklären", "erläutern", "darlegen", "betonen", "fordern", "kritisieren", "informieren", "berichten":
			return true
		}
	}
	return false
}

// announcesClause reports a "was" clause that hangs on clause g and tells
// no happening (told: whether a clause has a candidate trigger): what an
// announcement made known is what that clause says ("Was bleibt, ließ er
// verkünden"), no news. (A "dass" clause says as often what is to be
// done: "gab bekannt, dass das Werk schließen muss".)
func (s *sent) announcesClause(g int, told func(h int) bool) bool {
	for h := range s.opener {
		if h != g && s.host[h] == g && s.opener[h] == "was" && !told(h) {
			return true
		}
	}
	return false
}

// someBefore reports "einige" or "einigen" at token i used as the word
// that counts what follows it ("einige durchaus bekannte Namen"), not as
// the verb, which goes on with "sich", what is agreed on, or nothing.
func (s *sent) someBefore(i int) bool {
	if l := s.toks[i].lower; l != "einige" && l != "einigen" || i+1 >= len(s.toks) || !s.toks[i+1].word() {
		return false
	}
	switch s.toks[i+1].lower {
	case "sich", "auf", "mit", "über", "darauf", "darüber", "untereinander", "man", "wir", "sie":
		return false
	}
	return true
}

// happeningObject reports a noun that names a happening after "eine" or
// "einen" in clause g, other than the trigger at token i: the object of
// a verb done to a happening ("verkaufte der Zeitung eine Einigung").
func (s *sent) happeningObject(g, i int) bool {
	for k := 1; k < len(s.toks); k++ {
		if t := &s.toks[k]; k != i && t.group == g && t.noun > 0 && !t.quoted && (s.toks[k-1].lower == "eine" || s.toks[k-1].lower == "einen") {
			return true
		}
	}
	return false
}

// anniversary reports a noun at token i that names what a day
// remembers ("zum 35. Jahrestag der Gründung", "zum Gedenktag des
// Aufstands"): the happening is history the sentence only recalls.
func (s *sent) anniversary(i int) bool {
	if i < 2 || !s.toks[i-1].word() || !s.toks[i-1].is(determiners) {
		return false
	}
	p := &s.toks[i-2]
	return p.word() && p.upper && hasAnySuffix(p.lower, []string{"jahrestag", "jahrestages", "jahrestags", "gedenktag", "gedenktages", "jubiläum", "jubiläums"})
}

// gamesCounted reports games counted in clause g: a count of two or
// more before the match noun at token i ("vier Siegen"), or, for a verb,
// a count of a share of games ("sechs von acht Duellen verloren", "28
// der letzten 33 Rennen gewonnen") or of a season's goals ("in
// dieser Saison zwölf Tore erzielt"). One match is told once; games
// counted are a tally.
func (s *sent) gamesCounted(g, i int, verb bool) bool {
	count := func(k int) bool {
		t := &s.toks[k]
		if !t.word() || t.timex >= 0 {
			return false
		}
		if isDigit(t.text[0]) {
			n := s.countText(k)
			return !strings.ContainsAny(n, ":.,") && n != "1" && (k+1 >= len(s.toks) || s.toks[k+1].punct != '.')
		}
		return t.is(thingNumerals)
	}
	if !verb {
		// "vier Siegen", "die beiden Duelle", "mehrere Pleiten"
		if i > 0 && (count(i-1) || s.toks[i-1].word() && (s.toks[i-1].lower == "beiden" || s.toks[i-1].is(quantifiers))) {
			return true
		}
		// "bloß eine Niederlage aus 14 Partien": one of games
		// counted (with an ordinal, "die dritte Niederlage in sieben
		// Spielen", the one just told)
		if i > 0 && i+1 < len(s.toks) && s.toks[i-1].is(determiners) && strings.HasPrefix(s.toks[i-1].lower, "ein") && (s.toks[i+1].lower == "in" || s.toks[i+1].lower == "aus") {
			for j := i + 2; j+1 < len(s.toks) && j <= i+5 && s.toks[j].word(); j++ {
				if count(j) && hasAnySuffix(s.toks[j+1].lower, gamePlurals) {
					return true
				}
			}
		}
		return false
	}
	season := false
	for k := range s.toks {
		season = season || s.toks[k].group == g && s.toks[k].word() && strings.Contains(s.toks[k].lower, "saison")
	}
	for k := range s.toks {
		if season && s.toks[k].group == g && count(k) && k+1 < len(s.toks) && hasAnySuffix(s.toks[k+1].lower, seasonPlurals) {
			return true // "schoss in dieser Saison 14 Tore"
		}
		if s.toks[k].group == g && s.toks[k].word() && s.toks[k].is(quantifiers) {
			// "hat mehrere Turniere gewonnen", "zahlreiche Spiele verloren"
			for j := k + 1; j < len(s.toks) && j <= k+2; j++ {
				if u := &s.toks[j]; u.word() && u.upper && (hasAnySuffix(u.lower, gamePlurals) || hasAnySuffix(u.lower, contestPlurals)) {
					return true
				}
			}
		}
	}
	for k := range s.toks {
		if s.toks[k].group != g || !count(k) || k+1 >= len(s.toks) || s.toks[k+1].lower != "von" && s.toks[k+1].lower != "der" {
			continue
		}
		for j := k + 2; j < len(s.toks) && j <= k+5; j++ {
			if u := &s.toks[j]; u.word() && u.upper && hasAnySuffix(u.lower, gamePlurals) {
				return true
			}
		}
	}
	return false
}

// contestPlurals end plural nouns of contests a tally counts wins of.
var contestPlurals = []string{"turniere", "titel", "meisterschaften", "wettbewerbe", "bewerbe", "medaillen", "preise", "auszeichnungen"}

// seasonPlurals end the plural nouns a season's tally counts (not its
// wins: "hat die ersten drei Rennen der Saison gewonnen" with the race
// just won).
var seasonPlurals = []string{"tore", "treffer", "punkte"}

// gamePlurals end the plural nouns of games and their results.
var gamePlurals = []string{"spiele", "spielen", "partien", "duelle", "duellen", "rennen", "siege", "siegen", "niederlagen", "begegnungen", "matches", "runden"}

// ruleContext reports a sentence that speaks of rule: a ruler, a
// government or the army ("der Sturz des Präsidenten", "durch das
// Militär"), which an overthrow needs.
func (s *sent) ruleContext() bool {
	for i := range s.toks {
		if t := &s.toks[i]; t.word() && hasAnySuffix(t.lower, rulers) || strings.Contains(t.lower, "regierung") || strings.Contains(t.lower, "regime") || strings.Contains(t.lower, "machthaber") {
			return true
		}
	}
	return false
}

// rulers end the nouns of those who rule or can overthrow a ruler.
var rulers = []string{"präsident", "präsidenten", "machthaber", "diktator", "diktators", "könig", "königs", "kanzler", "kanzlers", "premier", "premiers", "militär", "militärs", "armee", "junta", "monarch", "monarchen", "staatschef", "staatschefs", "regierungschef", "regierungschefs", "schah", "herrscher", "herrschers", "putsch", "putsches"}

// namedPersonIn reports a person named in clause g by a name the text
// writes there, not by a pronoun that stands for one.
func (s *sent) namedPersonIn(g int) bool {
	for i := range s.toks {
		if t := &s.toks[i]; t.group == g && t.word() && t.upper && !t.quoted && t.actor >= 0 && s.names[s.actors[t.actor].Actor].Kind == model.Person {
			return true
		}
	}
	return false
}

// personInClause reports a noun of a person in clause g ("ein neuer
// Richter"), named or not.
func (s *sent) personInClause(g int) bool {
	for i := range s.toks {
		if t := &s.toks[i]; t.group == g && t.word() && t.upper && !t.quoted && personNoun(t.lower) {
			return true
		}
	}
	return false
}

// targetOf reports whether the noun at tok is the genitive of "Ziel",
// over its article and adjectives: "Ziel eines Anschlags", "Ziel einer
// großen Razzia", what the subject it is said of underwent.
func (s *sent) targetOf(tok int) bool {
	j := tok - 1
	for j > 0 && s.toks[j].word() && !s.toks[j].upper && hasDeclension(s.toks[j].lower) && !s.toks[j].is(determiners) {
		j--
	}
	if j < 1 || !s.toks[j].word() {
		return false
	}
	switch s.toks[j].lower {
	case "eines", "einer", "des", "der":
		return s.toks[j-1].lower == "ziel"
	}
	return false
}
