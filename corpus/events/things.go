package events

import (
	"slices"
	"strings"
	"unicode"

	"chronik/corpus/actors"
	"chronik/corpus/text"
)

// Things: what an action was done to, when that is no actor. A headline
// says it after the verb ("Ministerium verbietet Demonstration",
// "Gemeinderat beschließt Budget"); without it the title falls back to a
// noun ("Verbot durch Ministerium"), which tells less.

// thingArticles open a noun phrase that, after the finite verb of an
// active clause whose subject is named, is its accusative object. The
// other articles ("dem", "des", "der") are dative or genitive, or the
// subject itself; of the possessives, those that are accusative ("seinen
// Server", "ihre Pläne", "sein Amt"), not "ihr", a dative pronoun as often
// ("gab ihr das Buch"); "sein" the verb ends its clause, before no noun;
// and the demonstratives of the accusative ("hat diese Maßnahme
// angekündigt"), not "dieser", a dative or genitive as often.
var thingArticles = map[string]bool{"die": true, "das": true, "den": true, "ein": true, "eine": true, "einen": true,
	"sein": true, "seinen": true, "seine": true, "ihren": true, "ihre": true, "diese": true, "diesen": true, "dieses": true}

// subjectThings are verbs whose subject is the thing that came about,
// no one's deed: a title names it ("Buch von X erschienen").
var subjectThings = map[string]bool{"erscheinen": true}

// thingNumerals open a counted object, which the title keeps with its
// number: "Polizei nimmt sechs Verdächtige fest".
var thingNumerals = wordSet(`zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig dreißig
	vierzig fünfzig hundert tausend dutzende hunderte tausende`)

// thingOf returns the noun of the accusative object of the active verb at
// token at in clause group g: the first noun phrase after the clause's
// finite verb (before the verb itself when that is a participle at the
// clause's end) that opens with an article of thingArticles, is no
// prepositional phrase, no actor, no date, no quotation and no generic
// word, with up to two adjectives before its noun. "" when there is none.
// "den" before a noun in -n is passed over: that is mostly a dative
// plural ("den Schulen"), and a weak noun's accusative ("den Präsidenten")
// would read wrong in a title anyway. The object may also open the
// clause, before its finite verb (prefieldObject).
func (s *sent) thingOf(g, at int) string {
	if th := s.thingFrom(g, at, -1); th != "" {
		return th
	}
	if th := s.verbFinalObject(g, at); th != "" {
		return th
	}
	return s.prefieldObject(g, at)
}

// verbFinalObject returns the noun of the accusative object of the verb
// at token at that ends a subordinate clause g: of a relative clause
// opened by "den" (or by "die", "das" before a name), the noun it hangs
// on; of one opened by a subordinator
// ("als", "nachdem", "dass", …), the last noun phrase before it that opens with an
// article of thingArticles, after its subject (a name, a pronoun or an
// earlier noun phrase), with no comma between it and the verb. "" when
// there is none.
func (s *sent) verbFinalObject(g, at int) string {
	if s.isMain(g) || s.clauseVerb(g, at) != at {
		return ""
	}
	if op := s.opener[g]; op == "den" || op == "welchen" || op == "die" || op == "das" {
		// "ein Vorschlag, den die Kommission veröffentlichte": the
		// relative pronoun in the accusative is the object, its noun
		// the one before the comma; "die" and "das" are accusative when
		// a name follows them at once, the clause's subject ("die
		// Studie, die X veröffentlichte"; but "die am Montag X kaufte":
		// the pronoun first is the subject)
		i := firstWordOf(s.toks, g)
		if (op == "die" || op == "das") && (i < 0 || i+1 >= len(s.toks) || s.toks[i+1].actor < 0 || s.toks[i+1].quoted) {
			return ""
		}
		if i >= 2 && s.toks[i-1].punct == ',' {
			if n := &s.toks[i-2]; n.word() && n.upper && n.actor < 0 && n.timex < 0 && !n.quoted && !peopleNoun(n.lower) && !n.is(genericNouns) {
				return n.text
			}
		}
		return ""
	}
	if !subordinators.has(s.opener[g]) {
		return "" // (a subordinator opens a clause whose finite verb stands last, its objects before it)
	}
	from, to := s.clauseTokens(g)
	for k := at + 1; k < to; k++ {
		if t := &s.toks[k]; t.group == g && t.word() && !t.is(pastAux|perfectAux|passiveAux) {
			return "" // the verb does not end its clause (but for its auxiliary: "vorgestellt hatte")
		}
	}
	subject, noun := false, -1
	_, crowd := s.adverbialSubject(g) // ("als Rebellen den Bauern verschleppten")
	for i := from; i < at; i++ {
		t := &s.toks[i]
		if t.group != g || t.quoted {
			continue
		}
		if !t.word() {
			if t.punct == ',' && noun >= 0 {
				noun = -1 // an apposition or an aside: no longer the object's phrase
			}
			continue
		}
		switch {
		case t.actor >= 0 && s.governedBy(i) == "", t.is(subjectPronouns), i == crowd:
			subject = true
			continue
		case !thingArticles[t.lower] || i > 0 && s.toks[i-1].is(prepositions):
			continue
		}
		j := i + 1
		for n := 0; n < 3 && j < at && s.toks[j].word() && !s.toks[j].upper && s.adjective(j); n++ {
			j++
		}
		if n := &s.toks[j]; j >= at || !n.word() || !n.upper || n.actor >= 0 || n.timex >= 0 || n.quoted || n.is(genericNouns) {
			continue
		}
		if k := j + 1; k+1 < at && (s.toks[k].actor >= 0 || s.toks[k].punct == '(' && s.toks[k+1].actor >= 0) {
			subject, i = true, j // a noun its name follows names an actor, "das Amt (X)": no thing
			continue
		}
		if noun >= 0 {
			subject = true // the phrase before is the subject
		}
		noun, i = j, j
	}
	if noun < 0 || !subject {
		return ""
	}
	return s.toks[noun].text
}

// prefieldObject returns the noun of an accusative object that opens
// clause g before its finite verb, with a masculine accusative article:
// "Einen Scheck überreichte X", "Den Preis erhielt …" (the one phrase
// before the verb; the subject follows it). "" when there is none.
func (s *sent) prefieldObject(g, at int) string {
	finite := s.clauseVerb(g, at)
	if finite < 2 {
		return ""
	}
	k := finite - 1
	n := &s.toks[k]
	if n.actor >= 0 || n.timex >= 0 || n.quoted || n.group != g {
		return ""
	}
	if c := s.openingCount(k, finite, g); c != "" {
		return c
	}
	j := s.openingArticle(k)
	if j < 0 {
		return ""
	}
	switch s.toks[j].lower {
	case "einen":
	case "den":
		if strings.HasSuffix(n.lower, "n") {
			return "" // mostly a dative plural: "Den Schulen fehlt …"
		}
	default:
		return ""
	}
	return s.wordAt(k)
}

// openingCount returns a counted phrase that opens clause g and ends with
// the capitalised noun at token k right before its finite verb, when a
// name stands right after that verb, its subject: "Zwei Millionen Euro hat
// X investiert", "Zwölf Männer hat die Polizei X festgenommen" (the count
// and up to two nouns, as written); or "".
func (s *sent) openingCount(k, finite, g int) string {
	first := k
	for first > 0 && k-first < 2 {
		p := &s.toks[first-1]
		if !p.word() || !p.upper || p.actor >= 0 || p.timex >= 0 || p.group != g || s.counts(first-1) {
			break // (a count opens the phrase, capitalised at the sentence's start: "Zwei")
		}
		first--
	}
	c := first - 1
	if !s.counts(c) || s.toks[c].timex >= 0 || s.toks[c].group != g {
		return ""
	}
	b := c
	for b >= 2 && isDigit(s.toks[b].text[0]) && s.toks[b-1].punct != 0 && s.toks[b-1].start == s.toks[b-2].end && s.toks[b-2].word() && isDigit(s.toks[b-2].text[0]) {
		b -= 2 // "2,5 Milliarden": the number's first part
	}
	from, _ := s.clauseTokens(g)
	if firstWord(s.toks, from, len(s.toks)) != b || s.toks[c].text == "1" || s.toks[k].lower == "mal" {
		return "" // not the clause's first phrase ("Vor zwei Jahren hat …", "Für rund 2,5 Milliarden …"), nor a count of times ("170 Mal")
	}
	c = b
	if n := finite + 1; n >= len(s.toks) || s.toks[n].actor < 0 || s.toks[n].group != g {
		return ""
	}
	return s.a.Text[s.toks[c].start:s.toks[k].end]
}

// openingArticle returns the article of the noun phrase that ends with
// the capitalised noun at token k and opens its clause, over lower-case
// adjectives between ("Einen neuen Scheck …"), or -1: the one phrase a
// main clause puts before its finite verb.
func (s *sent) openingArticle(k int) int {
	if k < 1 || !s.toks[k].word() || !s.toks[k].upper {
		return -1
	}
	j := k - 1
	for j > 0 && s.toks[j].word() && !s.toks[j].upper && hasDeclension(s.toks[j].lower) && !s.toks[j].is(determiners) {
		j--
	}
	if !s.toks[j].word() || !s.toks[j].is(determiners) || !s.opensGroup(j) {
		return -1
	}
	return j
}

// barePluralAt returns the plural noun with no article at token k of
// clause g, before end, or "".
func (s *sent) barePluralAt(k, end, g int) string {
	if k >= end {
		return ""
	}
	t := &s.toks[k]
	if !t.word() || !t.upper || t.quoted || t.actor >= 0 || t.timex >= 0 || t.group != g || !pluralNoun(t.text) {
		return ""
	}
	return s.wordAt(k)
}

// closesVonPhrase reports an "aus" at token k that closes a phrase "von"
// opens, after its noun ("vom Kontrollzentrum aus", "von Wien aus"): a
// postposition, not a preposition of what follows it.
func (s *sent) closesVonPhrase(k int) bool {
	if s.toks[k].lower != "aus" || k < 2 || !s.toks[k-1].word() || !s.toks[k-1].upper {
		return false
	}
	for j := k - 2; j >= 0 && j >= k-5; j-- {
		switch t := &s.toks[j]; {
		case t.lower == "von" || t.lower == "vom":
			return true
		case !t.word() || t.is(prepositions):
			return false
		}
	}
	return false
}

// thingFrom is thingOf, looking from token from on (-1: right after the
// finite verb), past a subject that stands after the verb: "besuchte
// die Botschafterin die Stätte".
func (s *sent) thingFrom(g, at, from int) string {
	toks := s.toks
	finite := s.clauseVerb(g, at)
	if finite < 0 {
		return ""
	}
	if finite < at-1 && toks[at-1].word() && toks[at-1].is(conjunctions) && s.finiteVerb(at) {
		finite = at // "sprang X ein und legte ein Budget vor": the second verb's own object
	}
	end := len(toks)
	if finite != at && at > finite {
		end = at // "hat … einen Brief verschickt": the object stands before the participle
	}
	if from < 0 {
		from = finite + 1
		if k := s.verbPhraseJoin(g, finite, at); k > 0 {
			from = k + 1 // "hat sein Schweigen gebrochen und einen Brief beantwortet": the second participle's own object
		}
	}
	for i := from; i < end; i++ {
		t := &toks[i]
		if t.group != g {
			continue
		}
		if t.is(conjunctions) && (middleParticle(t.lower) || t.lower == "noch" && !s.wederBefore(g, i)) && i > 0 && toks[i-1].word() {
			continue // "übergibt nun doch ihr Diensthandy", "schilderte noch einmal den Plan": a particle inside the clause, no second clause
		}
		if t.is(conjunctions) && s.betweenNames(i, end) {
			continue // "haben Velmark, Borax und Korvex … gekauft": the subjects after the verb
		}
		if t.is(conjunctions) && s.nounsOfPhrase(i, end) {
			continue // "startet für Kunden in Linz und Wels einen Dienst": two nouns of one prepositional phrase
		}
		if t.is(conjunctions) {
			return "" // "… und sich eine Beteiligung gesichert": another verb's object
		}
		if i == finite+1 {
			if n := s.pluralAfterSubject(i, end, g); n != "" {
				return n // "veröffentlichte der ÖAMTC Zahlen": the subject after the verb, then a plural with no article
			}
		}
		if !t.word() {
			if e := s.dateApposition(i); e > i {
				i = e // "hat am Montag, 12. März, einen Plan vorgestellt": a date set off by commas, the clause goes on
				continue
			}
			if t.punct == ',' && s.betweenNames(i, end) {
				continue // "haben Velmark, Borax und Korvex … gekauft": a list of the subjects after the verb
			}
			if t.punct == ',' || t.punct == ':' || t.punct == ';' {
				return "" // an apposition or a second clause: no longer the verb's object
			}
			continue
		}
		if s.insideNumber(i) {
			continue // "mit rund 2.140 Mitarbeitern": the preposition governs the number from its start
		}
		// (a quantifier counts too, as the text says it, "tötete mehrere
		// Kämpfer"; not after an article, "die vielen", an adjective)
		counted := s.counts(i) || t.is(quantifiers) && i > 0 && !toks[i-1].is(determiners)
		// a reflexive verb's object is a dative: "hat sich einer Operation unterzogen"
		dative := (t.lower == "einer" || t.lower == "einem") && s.reflexive(g)
		// a headline drops the article: "Apple stellt neues iPhone vor",
		// "Regierung beschließt Mietpreisbremse"
		bare := !counted && i == finite+1 && finite == at && s.topBlock() && !t.quoted && t.actor < 0 && t.timex < 0 && (t.upper || innerCapital(t.text) || s.adjective(i))
		// a plural without an article opens with its adjective, whose
		// "-e" is the accusative's: "hat schärfere Kontrollen
		// angekündigt" (not the dative's "privaten Anlegern"), "kündigte
		// schärfere Kontrollen an", where the particle right after the
		// noun closes the clause, "X veröffentlichte weitere Details",
		// whose subject stands before the verb
		bare = bare || !counted && (finite != at || s.particleAfter(i+2, g) || s.actorBefore(g, finite)) && !t.upper && !t.quoted && t.timex < 0 && strings.HasSuffix(t.lower, "e") && s.adjective(i) && !toks[i-1].is(prepositions|determiners) &&
			i+1 < end && toks[i+1].word() && toks[i+1].upper && toks[i+1].actor < 0 && pluralNoun(toks[i+1].text)
		bare = bare || !counted && s.closingPlural(i, end, at, finite, g) || !counted && finite == at && s.pluralObject(i, g) && s.subjectFirst(g, finite)
		// "ihr" before its noun or an adjective is her or its possessive,
		// as "ihren" is: "hat ihr neues Modell vorgestellt"
		possessive := t.lower == "ihr" && i+1 < end && toks[i+1].word() && (toks[i+1].upper || s.adjective(i+1))
		// "streicht über 400 Flüge": a bound before a count is no
		// preposition's phrase; the title keeps it with the count
		bound := ""
		if counted {
			bound = s.countBound(i)
		}
		// (a count after an approximation is the preposition's before it:
		// "mit rund 2.140 Mitarbeitern")
		governed := i > 0 && toks[i-1].is(prepositions) && !s.closesVonPhrase(i-1) ||
			counted && i > 1 && toks[i-1].word() && approximation(toks[i-1].lower) && toks[i-2].word() && toks[i-2].is(prepositions) && !s.closesVonPhrase(i-2)
		if !bare && (!thingArticles[t.lower] && !possessive && !counted && !dative || t.quoted || t.actor >= 0 || t.timex >= 0 || governed && bound == "") {
			continue
		}
		if strings.HasPrefix(t.lower, "dies") && (i+1 >= end || !toks[i+1].word() || toks[i+1].is(prepositions) || !toks[i+1].upper && !s.adjective(i+1)) {
			continue // "setzte diese laut X aus": the demonstrative a pronoun, no article
		}
		if isDigit(t.text[0]) {
			i = s.numberEnd(i) // "1.300 Konten"
		}
		j := i + 1
		if bare {
			j = i // the phrase opens with this word
		}
		for n := 0; n < 3 && j < end && toks[j].word() && !toks[j].upper && (s.adjective(j) || !bare && s.unknownAttribute(j) || toks[j].timex >= 0 && j+1 < end && toks[j+1].word() && s.adjective(j+1)); n++ {
			j++ // (and a date of the participle: "die 2014 eingeleiteten Gespräche")
		}
		if j < end && toks[j].word() && !toks[j].upper && !toks[j].agedPerson() { // ("einen 52-Jährigen zu lebenslanger Haft": the noun, no attribute)
			if k := s.attributeClose(j, end, g); k >= 0 {
				j = k + 1 // "hat die im Haus lange zurückgehaltene Studie publiziert"
			}
		}
		if j >= end || toks[j].group != g {
			return ""
		}
		n := &toks[j]
		subjectEnd := -1 // the genitive name's end, when the phrase is the subject after the verb (genitiveSubject)
		if (t.lower == "der" || t.lower == "die" || t.lower == "das") && j+1 < end && (toks[j+1].lower == "der" || toks[j+1].lower == "des") {
			subjectEnd = s.genitiveSubject(j, end, g)
		}
		switch {
		case j > i && n.text != "" && isDigit(n.text[0]) && !n.agedPerson():
			i = j - 1 // "weitere 1200 Stellen": the count after the adjective opens the phrase (not "einen 25-Jährigen", one named by his age)
			continue
		// (people counted after the verb whose subject stands before it,
		// "hatte elf Menschen getötet", or between the two, "hat X
		// zwölf Menschen erschossen", are its object)
		case n.actor >= 0 || (n.is(genericNouns) && !accusativeOnly(t.lower, n.lower) && !(counted && (n.lower == "menschen" || n.lower == "leute" || t.is(quantifiers)) && s.actorBefore(g, i)) || (t.lower == "der" || t.lower == "die" || t.lower == "das") && isInstitution(n.lower) && !s.partyBefore(g, i)) &&
			!s.personPrefield(g, finite): // (after a person that opens the clause, the body is the object: "Der Präsident hat die Regierung entlassen")
			// the subject after the verb ("verbot die Regierung die …",
			// "veröffentlichte die Wahlbehörde das Ergebnis"; after a
			// name, "kritisierte X die Behörde", the body is the object)
			i = j
			if n := s.barePluralAt(j+1, end, g); n != "" {
				return n // "schickt die Regierung Drohnen": a plural with no article right after the subject is the object
			}
			continue
		case subjectEnd > j:
			i = subjectEnd // "haben die Mitglieder der SPD einen Vorstand gewählt": the subject, its genitive a name, before the object
			continue
		case j+1 < len(toks) && toks[j+1].actor >= 0 && toks[j+1].group == g:
			i = j + 1 // a noun before a name describes it: "ging die Firma X pleite"
			if n := s.barePluralAt(j+2, end, g); n != "" {
				return n // "schickt die Firma X Drohnen"
			}
			continue
		case !n.word() || !n.upper && !innerCapital(n.text) || n.quoted || n.timex >= 0:
			return "" // (a brand's "iPhone" is a name)
		case t.lower == "den" && strings.HasSuffix(n.lower, "n") && slices.ContainsFunc(toks[j+1:end], func(o token) bool {
			return o.group == g && o.word() && (thingArticles[o.lower] || o.is(determiners) || strings.HasPrefix(o.lower, "jene") || strings.HasPrefix(o.lower, "diese"))
		}):
			// "den Nutzern die Plattform": a dative first, when another
			// object follows ("verurteilte den Angeklagten zu …": the
			// accusative of a noun in -n)
			i = j
			continue
		}
		if end == at && slices.ContainsFunc(toks[j:end], func(t token) bool { return t.punct == ',' && !isDigit(s.a.Text[min(t.end, len(s.a.Text)-1)]) }) {
			return "" // "hatte eine Schließung erwogen, sich dann für einen Umbau entschieden": another verb's object
		}
		for k := j + 1; k < at && k < len(toks); k++ {
			if toks[k].is(conjunctions) && !toks[k-1].upper && (len(toks[k-1].forms) > 0 || s.participleAt(k-1) || s.finiteVerb(k-1)) {
				return "" // "hatte die Politik kritisiert und beschloss …": the first verb's object
			}
		}
		k := j + 1
		for k < end && toks[k].punct == '"' {
			k++ // over an opening quote: "„exzellente“ Gesundheit"
		}
		if bare && k < end && toks[k].word() && toks[k].group == g && !toks[k].is(prepositions|conjunctions|determiners) && (toks[k].upper || s.adjective(k) || toks[k].quoted) {
			return "" // "bescheinigt Bewerber „exzellente“ Gesundheit": a dative first, which a headline does not mark
		}
		thing := n.text
		if d, m := j+1, j+2; len(n.text) <= 3 && m < end && toks[d].punct == '.' && toks[d].start == n.end && toks[m].word() && toks[m].upper && toks[m].group == g {
			return thing + ". " + toks[m].text // an abbreviation opens the name: "den St. Florianspreis"
		}
		if m := j + 1; m < end && toks[m].word() && toks[m].upper && toks[m].actor < 0 && toks[m].timex < 0 && toks[m].group == g && !toks[m].is(prepositions|determiners) && (!s.knownNoun(j) || !s.knownNoun(m)) {
			thing += " " + toks[m].text // a name of two words: "ein Joint Venture" (not a title's first word: "die Kampagne Für eine …")
		}
		if counted && bound != "" {
			return bound + " " + s.countText(i) + " " + thing
		}
		if counted {
			return s.countText(i) + " " + thing
		}
		return thing
	}
	return ""
}

// pluralObject reports a plural with no article at token i of clause g
// that no preposition governs, no name, date or happening's noun: after
// the finite verb of a clause that opens with its subject, its object
// ("Die Polizei beschlagnahmte am Montag Drogen", "kaufte am Montag
// Aktien von X").
func (s *sent) pluralObject(i, g int) bool {
	t := &s.toks[i]
	if !t.word() || !t.upper || t.quoted || t.actor >= 0 || t.timex >= 0 || t.noun != 0 || t.group != g || t.is(genericNouns) || !pluralNoun(t.text) {
		return false
	}
	if p := &s.toks[i-1]; p.is(prepositions|determiners|conjunctions) || s.counts(i-1) || s.adjective(i-1) || p.upper && p.word() && p.timex < 0 {
		return false
	}
	if c, _ := text.Classes(t.lower); c&text.Adjective != 0 {
		return false // an adjective or pronoun written as a noun: "postete Folgendes"
	}
	return s.governedBy(i) == ""
}

// subjectFirst reports a clause g that opens with its subject, an
// article or a name, before its finite verb at token finite: what
// follows the verb is then no subject ("Die Polizei beschlagnahmte …",
// not "Am Montag demonstrierten Tausende").
func (s *sent) subjectFirst(g, finite int) bool {
	first := s.openingWord()
	if first < 0 || first >= finite || s.toks[first].group != g {
		return false
	}
	t := &s.toks[first]
	return t.actor >= 0 || t.word() && t.is(determiners) && !t.is(prepositions)
}

// betweenNames reports a token i (a comma or a conjunction) between two
// names before end: a list ("Velmark, Borax und Korvex").
func (s *sent) betweenNames(i, end int) bool {
	return i > 0 && i+1 < end && s.toks[i-1].actor >= 0 && s.toks[i+1].actor >= 0
}

// middleParticle reports a conjunction that, inside a clause (after a
// word, no comma), is a particle: "übergibt nun doch ihr Diensthandy".
func middleParticle(w string) bool { return w == "doch" || w == "aber" || w == "jedoch" }

// nounsOfPhrase reports an "und" or "oder" at token i, before end,
// between a noun that a preposition governs and a capitalised word: the
// nouns of one prepositional phrase ("in Deutschland und Europa"), not
// a second clause's start.
func (s *sent) nounsOfPhrase(i, end int) bool {
	t := &s.toks[i]
	return (t.lower == "und" || t.lower == "oder") && i > 0 && i+1 < end && s.toks[i-1].word() && s.toks[i-1].upper &&
		s.toks[i+1].word() && s.toks[i+1].upper && s.governedBy(i-1) != ""
}

// wederBefore reports a "weder" in clause g before token i: the "noch"
// at i joins its second part ("weder das Werk noch die Zentrale"), no
// adverb ("noch einmal").
func (s *sent) wederBefore(g, i int) bool {
	for k := range i {
		if t := &s.toks[k]; t.group == g && t.lower == "weder" {
			return true
		}
	}
	return false
}

// pluralAfterSubject returns the plural with no article right after a
// name that stands, alone or after its article, at token i right after
// the finite verb: the subject, then the object ("veröffentlichte der
// ÖAMTC Zahlen"); "" when there is none.
func (s *sent) pluralAfterSubject(i, end, g int) string {
	k := i
	if s.toks[k].word() && s.toks[k].is(determiners) {
		k++
	}
	if k >= end || s.toks[k].actor < 0 {
		return ""
	}
	e := k
	for e+1 < end && s.toks[e+1].actor == s.toks[k].actor {
		e++
	}
	return s.barePluralAt(e+1, end, g)
}

// unknownAttribute reports a lower-case word j, after an article, that
// the lexicon does not know, declined as an adjective and followed by a
// capitalised word: an adjective the lexicon lacks ("eine virtuelle
// Ausstellung").
func (s *sent) unknownAttribute(j int) bool {
	t := &s.toks[j]
	if t.upper || !hasDeclension(t.lower) || j+1 >= len(s.toks) || len(text.Lookup(t.lower)) > 0 {
		return false
	}
	n := &s.toks[j+1]
	return n.word() && n.upper
}

// countBound returns the words right before the count at token i that
// bound it (countBounds), as the text writes them, or "". The title keeps
// them: "streicht über 400 Flüge" says more than "streicht 400 Flüge",
// and where "über" is a preposition after all ("entscheidet über 900
// Anträge") the title still says what the text says.
func (s *sent) countBound(i int) string {
	if i < 1 || !s.toks[i-1].word() {
		return ""
	}
	p := &s.toks[i-1]
	if slices.Contains(countBounds, p.lower) {
		return p.text
	}
	if q := &s.toks[max(i-2, 0)]; i >= 2 && q.word() && slices.Contains(countBounds, q.lower+" "+p.lower) {
		return q.text + " " + p.text
	}
	return ""
}

// countBounds are the words that bound a count from above or below.
var countBounds = []string{"über", "unter", "bis zu", "mehr als", "weniger als"}

// closingPlural reports a plural alone at token i that is the object of
// the verb at token at of clause g (finite its finite verb, end where its
// objects end): right before the participle that ends the clause, or
// before one phrase that runs up to it ("hat Warnstreiks angekündigt",
// "hat Warnstreiks für den Standort angekündigt"), or right before the
// particle that ends it, or one phrase before it ("kündigte Warnstreiks
// an", "kündigte Gespräche mit der Gewerkschaft an"); not one a
// preposition, an article, a number or an adjective opens.
func (s *sent) closingPlural(i, end, at, finite, g int) bool {
	toks := s.toks
	t := &toks[i]
	if !t.upper || t.quoted || t.actor >= 0 || t.timex >= 0 || i == 0 || s.governedBy(i) != "" {
		return false
	}
	if p := &toks[i-1]; p.is(prepositions|determiners) || s.counts(i-1) || s.adjective(i-1) {
		return false
	}
	closes := end == at && (i+1 == end || s.phraseBeforeEnd(i+1, end, g)) ||
		finite == at && i+1 < len(toks) && toks[i+1].word() && !toks[i+1].upper && !toks[i+1].is(determiners) && toks[i+1].group == g && s.clauseEnd(i+1) ||
		finite == at && pluralNoun(t.text) && s.shortPhraseToParticle(i+1, g)
	// a singular too, a mass noun alone, where the subject stands before
	// the verb: "Die Gewerkschaft kündigte (am Dienstag) Widerstand an"
	// (after the verb a bare word is as often the subject the actors
	// missed; after a capitalised word, the end of its phrase: "im
	// Handel der Wiener Börse gelistet"; a happening's noun is the
	// mention's own: "hat Klage eingereicht")
	subject := s.actorBefore(g, finite) || s.institutionIn(g, 0, finite)
	after := s.institutionIn(g, finite+1, i) // ("hat die Regierung Hilfe angekündigt": the subject right before it)
	return closes && (pluralNoun(t.text) || (subject || after) && toks[i-1].word() && t.noun == 0 && !t.is(genericNouns) && s.headKnown(i) &&
		(i-1 == finite || !toks[i-1].upper || toks[i-1].timex >= 0 && !s.counts(i-2) || after))
}

// institutionIn reports an institution with its article in clause g
// between tokens from and to, which no preposition governs: a subject
// before the verb ("Die Regierung hat … Hilfe angekündigt") or right
// after it ("hat die Regierung am Montag Hilfe angekündigt"), the noun
// after it its object.
func (s *sent) institutionIn(g, from, to int) bool {
	for k := from; k+1 < to; k++ {
		if t, n := &s.toks[k], &s.toks[k+1]; t.group == g && t.word() && t.is(determiners) && n.word() && n.upper && isInstitution(n.lower) && s.governedBy(k+1) == "" {
			return true
		}
	}
	return false
}

// shortPhraseToParticle reports a prepositional phrase of at most four
// words from token k that runs up to the separable particle ending
// clause g: "mit der Gewerkschaft an" (not "in Linz geborener Minister
// Olaf Scholz zurück", a long attribute of the subject).
func (s *sent) shortPhraseToParticle(k, g int) bool {
	for j := k + 1; j < len(s.toks) && j <= k+4; j++ {
		if t := &s.toks[j]; t.group == g && t.word() && separable[t.lower] && s.clauseEnd(j) {
			return s.phraseBeforeEnd(k, j, g)
		}
	}
	return false
}

// phraseBeforeEnd reports a prepositional phrase from token k that runs
// up to end, the participle that ends the clause: "hat Warnstreiks für
// den Standort angekündigt".
func (s *sent) phraseBeforeEnd(k, end, g int) bool {
	if k >= end || !s.toks[k].is(prepositions) || s.toks[k].lower == "zufolge" || s.toks[k].lower == "gegenüber" {
		return false
	}
	for j := k + 1; j < end; j++ {
		if t := &s.toks[j]; t.group != g || !t.word() || t.is(prepositions|conjunctions) {
			return false
		}
	}
	return k+1 < end
}

// attributeClose returns the participle or adjective that closes an
// extended attribute opening at token from, right after an article,
// before end: "die [im Haus lange zurückgehaltene] Studie", "die [von
// X geforderte] Reform" (up to six words of adverbs and phrases before it,
// no verb, comma or conjunction, and a capitalised noun after it); or -1.
func (s *sent) attributeClose(from, end, g int) int {
	for k := from; k < end && k <= from+6; k++ {
		t := &s.toks[k]
		switch {
		case !t.word() || t.group != g || t.quoted || t.is(conjunctions) || s.finiteVerb(k):
			return -1
		case k > from && !t.upper && !t.is(prepositions|determiners) && hasDeclension(t.lower) && (s.adjective(k) || len(t.forms) > 0 || t.attrib) &&
			k+1 < end && s.toks[k+1].word() && s.toks[k+1].upper && s.toks[k+1].group == g:
			return k // (an adverb in -e within it reads on: "lange")
		}
	}
	return -1
}

// clauseVerb returns the first word of clause g that is its finite verb
// or the trigger at (at < 0: the finite verb only), where the verb's
// objects start; -1 for none.
func (s *sent) clauseVerb(g, at int) int {
	from, to := s.clauseTokens(g)
	for i := from; i < to; i++ {
		if t := &s.toks[i]; t.group == g && t.word() && (i == at || s.finiteVerb(i)) {
			return i
		}
	}
	return -1
}

// dateApposition returns the comma that closes a date set off by commas
// after the comma at i ("am Montag, 12. März 2018, …"): every token
// between is part of a temporal expression; else -1.
func (s *sent) dateApposition(i int) int {
	if s.toks[i].punct != ',' || i+1 >= len(s.toks) || s.toks[i+1].timex < 0 {
		return -1
	}
	for k := i + 1; k < len(s.toks); k++ {
		switch {
		case s.toks[k].punct == ',':
			return k
		case s.toks[k].timex < 0:
			return -1
		}
	}
	return -1
}

// accusativeOnly reports whether the article art before the noun n can
// only be an accusative's: "einen", "seinen", "ihren", or "den" before a
// noun that does not end in "n" (a dative plural does: "den Berichten").
// Such a phrase is no subject.
func accusativeOnly(art, n string) bool {
	switch art {
	case "einen", "seinen", "ihren":
		return true
	case "den":
		return !strings.HasSuffix(n, "n")
	}
	return false
}

// actorBefore reports whether an actor of clause g stands before token i.
func (s *sent) actorBefore(g, i int) bool {
	for k := range i {
		if s.toks[k].group == g && s.toks[k].actor >= 0 {
			return true
		}
	}
	return false
}

// partyBefore is actorBefore, but for an actor in the genitive of a noun
// before it ("Die Verkleinerung des Bundestags billigte das Gericht"):
// the noun's attribute, neither the clause's subject nor its object.
func (s *sent) partyBefore(g, i int) bool {
	for k := range i {
		if s.toks[k].group != g || s.toks[k].actor < 0 {
			continue
		}
		if k < 2 || s.toks[k-1].lower != "des" && s.toks[k-1].lower != "der" || !s.toks[k-2].word() || !s.toks[k-2].upper || s.toks[k-2].actor >= 0 {
			return true
		}
	}
	return false
}

// personPrefield reports a clause g that opens with a person named by a
// noun, after an article, right before its finite verb at v: its subject
// ("Der Bundespräsident hat die Regierung angelobt"), so that a body
// after the verb is the object.
func (s *sent) personPrefield(g, v int) bool {
	if v < 1 || !s.nounPrefield(g, v) {
		return false
	}
	n := s.toks[v-1].lower
	return peopleNoun(n) || hasRoleSuffix(n)
}

// particleAfter reports a lower-case word from k on, of clause g, that
// closes the clause, with at most one prepositional phrase before it:
// the separable particle of its finite verb ("kündigte … an", "… für
// den Tag an").
func (s *sent) particleAfter(k, g int) bool {
	for n := 0; k < len(s.toks) && n < 8 && s.toks[k].group == g && s.toks[k].word(); k, n = k+1, n+1 {
		t := &s.toks[k]
		switch {
		case !t.upper && s.clauseEnd(k):
			return !t.is(determiners) // (a particle is often a preposition's word: "an", "vor")
		case t.is(prepositions) && n == 0:
		case n > 0 && (t.upper || t.is(determiners) || s.adjective(k) || isDigit(t.text[0])):
		default:
			return false
		}
	}
	return false
}

// cueSubject returns the noun of clause g that is one of trigger t's
// cues and its subject (no preposition, an article of the nominative or
// none): "Die Verhandlungen" of "Die Verhandlungen sind gescheitert";
// or the noun a relative clause opened by its subject follows ("ein
// Buch, das 1984 erschien"); "" for none.
func (s *sent) cueSubject(g int, t *trigger) string {
	if n := s.relativeThing(g); n != "" && t.cuedBy(n) {
		return n // "ein Buch, das 1984 erschien": the noun the relative clause's subject stands for
	}
	for i := range s.toks {
		tok := &s.toks[i]
		if tok.group != g || !tok.word() || !tok.upper || tok.quoted || tok.actor >= 0 || !t.cuedBy(tok.text) {
			continue
		}
		if prep, _, det, _ := s.npContext(i); prep == "" && nominative(det) {
			return tok.text
		}
	}
	return ""
}

// marketSubject returns the subject of a market's move at token at in
// clause g, the noun trigger t names as its cue with no other finite verb
// between ("Der Dax stieg", "Die Lufthansa-Aktie
// fiel", "Die Aktie von Siemens gab nach"), and the actor whose share it
// is: the name its compound opens with ("Lufthansa-Aktie") or that
// follows it with "von" or a genitive article ("der Lufthansa"), or -1.
func (s *sent) marketSubject(g, at int, t *trigger) (thing string, owner int) {
	own := s.clauseVerb(g, at)
	from, to := s.clauseTokens(g)
	for i := from; i < to; i++ {
		tok := &s.toks[i]
		if tok.group != g || !tok.word() || !tok.upper || tok.quoted || !t.cuedBy(tok.text) {
			continue
		}
		if prep, _, det, _ := s.npContext(i); prep != "" || !nominative(det) || s.otherVerbBetween(own, min(i, at), max(i, at)) {
			continue // (another verb between: "Aktie gibt ab … X legt zu" lists headlines)
		}
		if tok.actor >= 0 {
			a := &s.actors[tok.actor]
			if a.modifier && a.Actor >= 0 {
				return s.wordAt(i), a.Actor // "Lufthansa-Aktie"
			}
			if !a.modifier && a.first == i && t.namedBy(tok.text) {
				// an index the recogniser reads as an organisation ("Der Dow
				// Jones gab nach"): it is what moved, named as written
				return s.a.Text[s.toks[a.first].start:s.toks[a.last].end], -1
			}
			continue
		}
		if n := i + 1; n+1 < len(s.toks) && s.toks[n].word() {
			switch s.toks[n].lower {
			case "von", "der", "des":
				if r := s.toks[n+1].actor; r >= 0 && s.actors[r].Actor >= 0 && !s.actors[r].quoted {
					return s.wordAt(i), s.actors[r].Actor
				}
			}
		}
		return s.wordAt(i), -1
	}
	return "", -1
}

// otherVerbBetween reports a finite verb between tokens from and to that
// is neither the clause's own finite verb (token own) nor an auxiliary:
// the verb of another statement.
func (s *sent) otherVerbBetween(own, from, to int) bool {
	for k := from + 1; k < to; k++ {
		if t := &s.toks[k]; k != own && t.word() && !t.upper && !t.is(pastAux|perfectAux|futureAux) && s.finiteForm(k) {
			return true
		}
	}
	return false
}

// cueObject returns the noun of clause g that trigger t, at at, names
// as its cue and that stands as its object after the clause's finite
// verb, without a preposition, bare or after an accusative's article: a
// bare plural too ("verhängte am Montag Sanktionen"), which thingOf
// passes over; not a noun that describes a name after it
// ("Internetportal X"), a role or a post ("Cheftrainer"), or a noun of
// the clause's subject before the verb, nor a noun of a speech tag that
// ends the sentence ("…, teilte die Firma mit" names who told it); ""
// for none.
func (s *sent) cueObject(g, at int, t *trigger) string {
	finite := s.clauseVerb(g, at)
	end := len(s.toks)
	if tail := s.speechTail(); tail > at {
		end = tail
	}
	for i := finite + 1; finite >= 0 && i < end; i++ {
		tok := &s.toks[i]
		if i == at || tok.group != g || !tok.word() || !tok.upper || tok.quoted || tok.actor >= 0 || tok.timex >= 0 || !t.cuedBy(tok.text) {
			continue
		}
		if i+1 < len(s.toks) && s.toks[i+1].actor >= 0 || personNoun(tok.lower) {
			continue
		}
		if prep, _, det, _ := s.npContext(i); prep == "" && (det == "" || det == "die" || det == "das" || det == "den" || det == "eine" || det == "einen") {
			return tok.text
		}
	}
	return ""
}

// innerCapital reports whether w has a capital after its first letter:
// "iPhone", "eBay".
func innerCapital(w string) bool {
	for k, r := range w {
		if k > 0 && unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// adjective reports whether word i is an adjective or a participle
// declined as one, by the text layer's word classes: "neue", "geplante";
// not "bisher" or "unter", after which the noun is another phrase's.
func (s *sent) adjective(i int) bool {
	t := &s.toks[i]
	if age, noun := text.Age(t.text); t.attrib || age != "" && !noun { // an age the lexicon cannot list: "34-jährigen"
		return true
	}
	if s.layerClass(i) == text.Adjective {
		return true
	}
	// a superlative or a comparative, which the lexicon does not list:
	// "die neueste Einschätzung", "schärfere Kontrollen"
	if t.upper {
		return false
	}
	if strings.Contains(t.lower, "st") {
		if _, _, ok := text.AdjectiveEnding(t.text); ok {
			return true
		}
	}
	return strings.Contains(t.lower, "er") && text.Comparative(t.lower)
}

// verbPhraseJoin returns the last "und" or "oder" of clause g between
// its finite verb and the participle or infinitive at token at, right
// after a participle or an infinitive ("hat X gebrochen und Y
// beantwortet"): two verb phrases the auxiliary shares, the second with
// its own object after the conjunction; or -1.
func (s *sent) verbPhraseJoin(g, finite, at int) int {
	if finite < 0 || at <= finite+2 {
		return -1 // (and the verb at "at" is no finite one: the clause's stands before it)
	}
	for k := at - 1; k > finite+1; k-- {
		t := &s.toks[k]
		if t.group != g || !t.word() || t.lower != "und" && t.lower != "oder" {
			continue
		}
		if p := &s.toks[k-1]; p.word() && !p.upper && p.group == g {
			if _, v := text.Classes(p.lower); v&(text.PastParticiple|text.Infinitive) != 0 {
				return k
			}
		}
		return -1
	}
	return -1
}

// layerClass returns the text layer's word class of word i in its
// context.
func (s *sent) layerClass(i int) text.Class {
	d := &s.doc.Tokens[s.toks[i].at]
	s.doc.Classify(int(d.Sentence))
	return d.Class
}

// adjectiveBeforeNoun reports whether the text layer reads word i, a
// form of a verb and of an adjective, as the adjective before its noun
// (text.Doc.Classify): a present-tense reading of it is no verb, even when
// a reflexive that the verb wants stands further on in a run-on sentence.
func (s *sent) adjectiveBeforeNoun(i int) bool {
	d := &s.doc.Tokens[s.toks[i].at]
	s.doc.Classify(int(d.Sentence))
	return d.Class == text.Adjective && d.Readings&text.Verb != 0
}

// inAttribute reports a noun trigger at i inside the phrase of a
// participle that qualifies another noun: "die für das Gipfeltreffen
// eingerichteten Sperren" tell of the barriers, the meeting only names
// what they are for.
func (s *sent) inAttribute(i int) bool {
	p := i + 1
	if len(s.toks[i].forms) > 0 || p+1 >= len(s.toks) || !s.toks[p].word() || s.toks[p].upper || !hasDeclension(s.toks[p].lower) ||
		s.toks[p].is(prepositions|determiners|conjunctions) || s.finiteVerb(p) || !s.toks[p+1].word() || !s.toks[p+1].upper {
		return false
	}
	prep, at, _, _ := s.npContext(i)
	if prep == "" || at < 1 {
		return false
	}
	b := &s.toks[at-1] // the other noun's article, or a word declined as it ("die beiden für …")
	return b.word() && (b.is(determiners) || !b.upper && hasDeclension(b.lower) && !b.is(prepositions|conjunctions))
}

// partitive reports whether word i, which reads like a present of a
// verb, is the pronoun of a part of a group: "einigen der Gegner",
// "einige dieser Firmen".
func (s *sent) partitive(i int) bool {
	if l := s.toks[i].lower; l != "einigen" && l != "einige" {
		return false
	}
	n := i + 1
	return n < len(s.toks) && s.toks[n].word() && partitiveDeterminers[s.toks[n].lower]
}

// partitiveDeterminers open the genitive of a group after a pronoun.
var partitiveDeterminers = map[string]bool{"der": true, "dieser": true, "jener": true, "ihrer": true, "seiner": true, "unserer": true, "deren": true}

// knownNoun reports whether word i is a noun of the text layer's lexicon.
func (s *sent) knownNoun(i int) bool { return nounForm(s.toks[i].lower) }

// headKnown reports whether the text layer's lexicon reads word i, or
// the end of it as a compound, as a noun: "Feinstaubalarm" ("Alarm").
func (s *sent) headKnown(i int) bool {
	if s.knownNoun(i) {
		return true
	}
	_, _, ok := text.HeadNoun(s.toks[i].text)
	return ok
}

// nounForm reports whether the text layer's lexicon reads the lower-case
// form as a noun.
func nounForm(lower string) bool {
	c, _ := text.Classes(lower)
	return c&text.Noun != 0
}

// ownedBeside returns the noun that a possessive opens beside the verb
// at token at: after it, past a date ("verlor am Freitag seinen Platz"),
// or, before a participle, right before it ("hat seine Lizenz
// verloren"); or "".
func (s *sent) ownedBeside(at int) string {
	noun := func(k int) string {
		n := k + 1
		if n < len(s.toks) && s.toks[n].word() && !s.toks[n].upper && hasDeclension(s.toks[n].lower) {
			n++ // "seinen angestammten Platz"
		}
		if n < len(s.toks) && s.toks[n].word() && s.toks[n].upper {
			return s.toks[n].text
		}
		return ""
	}
	for k := at + 1; k < len(s.toks) && k <= at+4; k++ {
		t := &s.toks[k]
		if t.word() && possessives[t.lower] {
			if s.toks[k-1].is(prepositions) {
				break // "verlor mit seinem Partner": with whom, no object
			}
			return noun(k)
		}
		if !t.word() || t.timex < 0 && (t.upper || t.is(determiners)) {
			break
		}
	}
	for _, k := range []int{at - 3, at - 2} {
		if k >= 0 && s.toks[k].word() && possessives[s.toks[k].lower] {
			if n := noun(k); n != "" && s.toks[at-1].text == n {
				return n
			}
		}
	}
	return ""
}

// possessives are the possessive determiners of the third person.
var possessives = map[string]bool{"sein": true, "seine": true, "seinen": true, "seinem": true, "seiner": true,
	"ihr": true, "ihre": true, "ihren": true, "ihrem": true, "ihrer": true}

// bareNameObject returns the name a verb of buying or selling takes as
// its object with no article, which no stage named: "Siemens kauft
// Korvex", "hat am Montag Korvex übernommen". It is a capitalised word
// the text layer does not know, after the clause's finite verb and right
// before the clause's end, a preposition or the verb at token at, and no
// actor, place of the gazetteer, date or quotation; "" when there is
// none (the tagger's places are not asked: an unknown company's name
// reads to it as one as often). A word the lexicon knows is a noun,
// which takes an article or stands in a headline (thingFrom).
func (s *sent) bareNameObject(g, at int) string {
	finite := s.clauseVerb(g, at)
	if finite < 0 || !s.isMain(g) {
		return ""
	}
	for i := finite + 1; i < len(s.toks); i++ {
		t := &s.toks[i]
		if !t.word() {
			return ""
		}
		if t.group != g || !t.upper || t.quoted || t.actor >= 0 || t.timex >= 0 {
			continue
		}
		if n := i + 1; n < len(s.toks) && n != at && s.toks[n].word() && !s.toks[n].is(prepositions) {
			return "" // no name standing alone before the end or a preposition ("verkauft X an Y"): another noun's phrase
		}
		if c, _ := text.Classes(t.lower); c != 0 || s.toks[i-1].is(prepositions|determiners) || actors.IsPlace(t.text) {
			return ""
		}
		return t.text
	}
	return ""
}

// genitiveSubject returns the last token of the name in the genitive
// after the noun at token j, when that noun, after a nominative
// article, is a subject after the finite verb: the name follows it ("die
// Mitglieder der SPD", over an adjective and a noun that introduces it:
// "der neuen Sängervereinigung X"), then, before end, another noun
// phrase opened by an article, no preposition's, which is the object
// ("haben die Mitglieder der SPD einen Vorstand gewählt"). Without that
// second phrase the first is the object ("hat die Übernahme der Firma X
// angekündigt"), and it returns -1.
func (s *sent) genitiveSubject(j, end, g int) int {
	toks := s.toks
	if j+2 >= end || toks[j+1].lower != "der" && toks[j+1].lower != "des" {
		return -1
	}
	name := j + 2
	for name < end && name <= j+4 && toks[name].word() && toks[name].actor < 0 && (toks[name].upper || s.adjective(name)) {
		name++
	}
	if name >= end || toks[name].actor < 0 || toks[name].group != g {
		return -1
	}
	last := name
	for last+1 < end && toks[last+1].actor == toks[name].actor {
		last++
	}
	for k := last + 1; k < end; k++ {
		t := &toks[k]
		if t.group != g || !t.word() {
			if t.punct == ',' {
				return -1
			}
			continue
		}
		if thingArticles[t.lower] && !toks[k-1].is(prepositions) {
			return last
		}
	}
	return -1
}

// dativeObjectVerbs take what they are about as a dative object:
// "stimmte dem Einsatz zu", "trat dem Verband bei" (keyed by particle
// and infinitive, as a trigger's reading gives them).
var dativeObjectVerbs = map[string]bool{"zustimmen": true, "beitreten": true}

// dativeObject returns the noun of the dative object of the verb at
// token at in clause g, after the finite verb and before the verb's end
// (its participle, or its particle when the verb at is finite):
// the first noun phrase opened by "dem", "der", "einem" or "einer" that
// no preposition governs, no genitive of a noun before it, and that
// names no actor ("hat der Bundestag dem Einsatz zugestimmt":
// "Einsatz"); "" when there is none.
func (s *sent) dativeObject(g, at int, particle string) string {
	finite := s.clauseVerb(g, at)
	if finite < 0 {
		return ""
	}
	end := len(s.toks)
	if at > finite {
		end = at
	} else {
		for k := at + 1; k < len(s.toks); k++ {
			if s.toks[k].group == g && s.toks[k].lower == particle {
				end = k // "stimmte dem Plan zu": up to the particle
				break
			}
		}
	}
	for i := finite + 1; i < end; i++ {
		t := &s.toks[i]
		if t.group != g || !t.word() || t.quoted {
			continue
		}
		switch t.lower {
		case "dem", "der", "einem", "einer":
		default:
			continue
		}
		if p := &s.toks[i-1]; p.is(prepositions) || t.lower == "der" && p.word() && p.upper && p.actor < 0 && p.timex < 0 {
			continue // (after a common noun "der" opens its genitive: "die Mehrheit der Abgeordneten")
		}
		j := i + 1
		for j < end && s.toks[j].word() && !s.toks[j].upper && s.adjective(j) {
			j++
		}
		if n := &s.toks[j]; j < end && n.word() && n.upper && n.actor < 0 && n.timex < 0 && !n.quoted && !n.is(genericNouns) {
			return n.text
		}
	}
	return ""
}
