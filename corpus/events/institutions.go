package events

import (
	_ "embed"
	"slices"
	"strings"
	"sync"

	"chronik/corpus/actors"
	"chronik/model"
)

// The German names of countries are generated from a maintained package
// (internal/gencountries, data/ATTRIBUTION.md).
//go:generate go run ./internal/gencountries -out data

//go:embed data/countries.txt
var countriesData string

// countries are the lower-cased one-word names of countries ("china",
// "russland", "usa"): a country acts as its state does ("Chile kaufte
// Peru einen Hafen ab"). Names of several words are left
// out; the rules read one word as the institution.
var countries = sync.OnceValue(func() map[string]bool {
	set := map[string]bool{}
	for _, line := range strings.Split(countriesData, "\n") {
		if line != "" && line[0] != '#' && !strings.Contains(line, " ") {
			set[strings.ToLower(line)] = true
		}
	}
	return set
})

// isCountry reports whether a lower-cased word is the name of a country.
func isCountry(lower string) bool { return countries()[lower] }

// Institutions named by a common noun: "Die Polizei nahm zwei Männer
// fest", "Das Gericht verurteilte …", "von Sicherheitskräften getötet";
// and countries, which act as their states do ("Russland griff an").
// News tells arrests, rulings, raids and decisions of such bodies without
// a name the actor recogniser could find, yet the happening is news
// (GUIDELINES.md §1: an arrest, a ruling, a decision). When a happening's
// clause names no actor, the institution that is its subject, or the
// agent of its passive ("von der Polizei", "durch das Militär"), stands
// for who acted: the mention keeps it as its object ("Festnahme durch
// Polizei"), not as an actor of the table, which holds names only.

// institutionHeads end the nouns that name an acting institution or its
// people: "Landespolizei", "Staatsanwaltschaft", "Innenministerium",
// "Sicherheitskräfte".
var institutionHeads = []string{
	"polizei", "staatsanwaltschaft", "gericht", "gerichtshof", "regierung", "ministerium",
	"behörde", "behörden", "armee", "militär", "streitkräfte", "sicherheitskräfte",
	"ermittler", "kriminalisten", "fahnder", "feuerwehr", "kommission", "parlament",
	"stadtrat", "gemeinderat", "landtag", "bundestag", "nationalrat", "senat",
	"zoll", "zollfahnder", "soldaten", "polizisten", "beamte", "beamten", "carabinieri",
	"landesschulrat", "kanzleramt", "stadtverwaltung", "aufsicht", "zentralbank", "notenbank", "kongress",
	"opposition", "delegation", "kabinett", "koalition", "sozialpartner", "parteien",
	"zollfahndung", "steuerfahndung", "kriminalamt", "finanzamt", "kartellamt", "bundesamt", "landesamt",
	"verfassungsschutz", "staatsschutz", "geheimdienst", "rechnungshof", "bezirkshauptmannschaft", "magistrat",
}

// institutionEndings are the case endings an institution noun may carry
// ("des Gerichts", "den Behörden").
var institutionEndings = []string{"", "s", "es", "n", "en"}

// institutionHeadSet holds the institutionHeads by their last byte:
// isInstitution, asked of the words of many clauses, compares a word with
// the heads that end like it only.
var institutionHeadSet = newPostSet(institutionHeads)

// isInstitution reports whether a lower-cased noun names an institution.
func isInstitution(lower string) bool {
	for _, e := range institutionEndings {
		w, ok := strings.CutSuffix(lower, e)
		if !ok || w == "" {
			continue
		}
		for _, h := range institutionHeadSet.endingIn(w[len(w)-1]) {
			if strings.HasSuffix(w, h) {
				return true
			}
		}
	}
	return false
}

// institution returns the institution noun that acts in trigger tok's
// clause: its subject (no preposition, a nominative article or none), the
// noun after "von" or "durch" of a passive or of a noun trigger
// ("Festnahme durch die Polizei"), or the institution a representative
// in the subject speaks for ("Die Leiterin der Schulbehörde gab …
// bekannt").
func (x *extractor) institution(s *sent, tok int, byAgent bool) (string, bool) {
	return x.findInstitution(s, tok, byAgent, false)
}

// agentInstitution returns the institution a passive or a noun trigger
// names as who acted with "von" or "durch" ("der Sturz des Präsidenten
// durch das Militär"), also when the clause names others: whom it was
// done to.
func (x *extractor) agentInstitution(s *sent, tok int) (string, bool) {
	return x.findInstitution(s, tok, true, true)
}

// findInstitution is institution; onlyAgent admits the "von"/"durch"
// phrase alone.
func (x *extractor) findInstitution(s *sent, tok int, byAgent, onlyAgent bool) (string, bool) {
	g := s.toks[tok].group
	for i := range s.toks {
		t := &s.toks[i]
		if !t.word() || !t.upper || t.quoted || t.actor >= 0 || i == tok || s.scopeOf(i, g) != 0 {
			continue
		}
		if !isInstitution(t.lower) {
			if isCountry(t.lower) && !onlyAgent && x.countrySubject(s, i, tok) && !x.speakerSeg(s, tok, i) {
				return t.text, true
			}
			continue
		}
		if x.speakerSeg(s, tok, i) {
			continue // "Die Regierung erklärte, … seien getötet worden": who says it
		}
		if s.toks[tok].attrib && x.harmReading(s, tok) && i < s.attributeArticle(tok) {
			continue // "Die Polizei fasste den von X überfallenen Juwelier": the participle qualifies the jeweller
		}
		if tail := s.speechTail(); tail >= 0 && i >= tail && tok < tail {
			continue // "Die Banken sind gewappnet, sagt die Zentralbank": who says it
		}
		if i+1 < len(s.toks) && s.toks[i+1].punct == '-' {
			continue // "Polizei-Sprecher": part of a compound
		}
		prep, det, owner := s.nounPhrase(i)
		first := s.firstConjunct(i)
		if first != i {
			// "der Angriff auf eine Wache von Zoll und Polizei": what
			// governs the first governs them all
			prep, _, owner = s.nounPhrase(first)
		}
		anchored := len(s.toks[tok].forms) == 0 && (pastAnchors.has(s.governedBy(tok)) || s.topicOf(tok))
		switch {
		case anchored && prep == "" && i != tok+1 && (i < tok || s.beyondVerb(tok, i)):
			continue // "Vier Tage vor der Wahl hat die Polizei … gestürmt", "Die Polizei war über das Ausmaß des Diebstahls informiert": the clause's deed, not the noun's
		case byAgent && (prep == "von" || prep == "vom" || prep == "durch"):
			if len(s.toks[tok].forms) == 0 && !s.agentOfNoun(tok, first) {
				continue // "trotz des Einsatzes von Polizisten zu Demonstrationen": the phrase of another noun
			}
		case onlyAgent:
			continue
		case prep == "" && owner < 0 && i < tok && s.countedBefore(i) && s.headlineBlock() && s.participleAt(tok) && !s.inClause(g, pastAux|perfectAux|futureAux|passiveAux|copula):
			continue // "Zwei Soldaten in Kabul getötet": people counted whom a headline's participle befell
		case prep == "" && owner < 0 && len(s.toks[tok].forms) == 0 && (i > tok || s.governedBy(tok) != "") && s.countedBefore(i):
			continue // "der Anschlag …, die Opfer: zwei Polizisten": people counted after the noun, no body acting; "Drei Polizisten bei Demo verletzt": another verb's subject
		case prep == "" && owner < 0 && (s.afterNounPrefield(g, i) || s.afterNamedPrefield(g, i) || s.afterBareNoun(i)):
			continue // "Der Premierminister hat das Parlament aufgelöst": the noun before the verb is the subject, the body after it the object
		case prep == "" && len(s.toks[tok].forms) == 0 && s.witnessed(g, tok):
			continue // "Die Polizei beobachtete den Überfall", "Die Regierung bedauerte den Anschlag": who saw or judged it
		case prep == "" && owner < 0 && nominative(det):
		case prep == "" && owner < 0 && (det == "ein" || det == "eine") && s.beforeClauseVerb(g, i):
			// "Ein Gericht in Istanbul ordnete … an": a body the text names
			// for the first time, the subject before the verb
		case prep == "" && owner >= 0 && (hasAnySuffix(s.toks[owner].lower, speakerHeads) || memberHeads[s.toks[owner].lower]):
			if oprep, odet, oowner := s.nounPhrase(owner); oprep != "" || oowner >= 0 || !nominative(odet) {
				continue
			}
		default:
			continue
		}
		return t.text, true
	}
	return "", false
}

// harmReading reports whether a reading of the word at tok is of a kind
// done to someone or an accident: who did it is named inside a
// participle's attribute, if at all, not by the clause around it (see
// participants).
func (x *extractor) harmReading(s *sent, tok int) bool {
	for _, f := range s.toks[tok].forms {
		if k := x.lx.triggers[f.trigger].kind; doneToKinds.has(k) || family(k) == KindAccident {
			return true
		}
	}
	return false
}

// beforeClauseVerb reports whether token i stands before the finite
// verb of clause g, in its one phrase there.
func (s *sent) beforeClauseVerb(g, i int) bool {
	v := s.clauseVerb(g, -1)
	return v >= 0 && i < v && s.toks[i].group == g
}

// afterNounPrefield reports whether token i stands after the finite
// verb of clause g, which a noun phrase opens (nounPrefield).
func (s *sent) afterNounPrefield(g, i int) bool {
	v := s.clauseVerb(g, -1)
	return v >= 0 && i > v && s.nounPrefield(g, v)
}

// afterBareNoun reports whether token i stands after the finite verb of
// a sentence that a noun without an article opens right before that verb
// (a headline's "Einbrecher überfällt Polizei"): the noun is the
// subject, what follows the verb its object.
func (s *sent) afterBareNoun(i int) bool {
	o := s.openingWord()
	return o >= 0 && i > o+1 && s.toks[o].group == s.toks[i].group && s.commonNounAt(o) && s.nounOpensAsSubject(o) &&
		!s.toks[o+1].is(copula) // ("Auslöser war die Beschlagnahme …": a predicate's noun)
}

// afterNamedPrefield reports whether token i stands after the finite
// verb of main clause g, which a noun phrase with a name opens (after an
// article): its subject ("Die Partei für die Freiheit (PVV) verließ am
// Dienstag die Koalition"; not "Nach Angriffen auf die X haben …").
func (s *sent) afterNamedPrefield(g, i int) bool {
	v := s.clauseVerb(g, -1)
	if v < 0 || i <= v || !s.isMain(g) {
		return false
	}
	j := firstWordOf(s.toks, g)
	if d := s.afterDateline(); d > j {
		j = d
	}
	if j < 0 || j >= v {
		return false
	}
	switch s.toks[j].lower {
	case "der", "die", "das", "ein", "eine":
	default:
		return false
	}
	for k := j + 1; k < v; k++ {
		if t := &s.toks[k]; t.group == g && t.actor >= 0 && !s.actors[t.actor].modifier && !t.quoted {
			return true
		}
	}
	return false
}

// nounPrefield reports whether clause g opens with a noun phrase of an
// article and a noun (over two adjectives at most) right before its
// finite verb at v: the one phrase before it, as a rule its subject
// ("Der Premierminister hat …", "Die Demonstranten haben …").
func (s *sent) nounPrefield(g, v int) bool {
	j := firstWordOf(s.toks, g)
	if j < 0 || !s.toks[j].is(determiners) {
		return false
	}
	switch s.toks[j].lower {
	case "der", "die", "das", "ein", "eine":
	default:
		return false
	}
	j++
	for n := 0; n < 2 && j < len(s.toks) && s.toks[j].word() && !s.toks[j].upper && hasDeclension(s.toks[j].lower); n++ {
		j++
	}
	if j+1 >= len(s.toks) || !s.toks[j].word() || !s.toks[j].upper || s.toks[j].actor >= 0 {
		return false
	}
	return v == j+1
}

// nounOpensAsSubject reports whether the noun at tok opens its sentence
// or what follows its dateline, after an article and adjectives if any,
// right before a finite verb: the clause's subject.
func (s *sent) nounOpensAsSubject(tok int) bool {
	if tok+1 >= len(s.toks) || !s.toks[tok+1].word() || s.toks[tok+1].upper || !s.finiteForm(tok+1) {
		return false
	}
	j := tok - 1
	for j >= 0 && s.toks[j].word() && (s.toks[j].is(determiners) || !s.toks[j].upper && hasDeclension(s.toks[j].lower)) {
		j--
	}
	return j < 0 || j+1 == s.afterDateline()
}

// happeningOpens reports whether a noun of a happening (a noun trigger)
// is the subject that opens sentence s, right before its finite verb
// ("Ein Hackerangriff hat …", "Sturm trifft …").
func (x *extractor) happeningOpens(s *sent) bool {
	return slices.ContainsFunc(x.cands, func(o cand) bool {
		return !x.lx.triggers[o.trig].verb && s.nounOpensAsSubject(o.tok)
	})
}

// topicOf reports a noun at tok that is what an "über" phrase names, also
// as the genitive of its noun or beside it: "informierte über den
// Diebstahl", "über das Ausmaß der Überfälle", "über Ausmaß und Folgen des
// Brandes"; or what a "zu" phrase of another noun names: "eine Verbindung
// zu den Überfällen", "Fragen zum Brand". ("zur Sitzung zusammentreten"
// is no topic: there "zu" hangs on the verb.)
func (s *sent) topicOf(tok int) bool {
	for j := tok - 1; j >= 0 && j >= tok-6; j-- {
		t := &s.toks[j]
		switch {
		case !t.word() || t.quoted:
			return false
		case t.is(prepositions):
			if t.lower == "zu" || t.lower == "zum" || t.lower == "zur" {
				return j > 0 && s.commonNounAt(j-1) && !isInstitution(s.toks[j-1].lower) // (not "trat der Landtag zur Sitzung zusammen": the subject)
			}
			return t.lower == "über" && (j == 0 || !s.toks[j-1].is(quantifiers)) && !isDigit(s.toks[j+1].text[0])
		case t.upper || t.is(determiners) || t.lower == "und" || hasDeclension(t.lower):
		default:
			return false
		}
	}
	return false
}

// commonNounAt reports a common noun at token i, not a name or a date
// ("Verbindung", "Ermittlungen").
func (s *sent) commonNounAt(i int) bool {
	t := &s.toks[i]
	return t.word() && t.upper && !t.quoted && t.actor < 0 && t.timex < 0 && s.knownNoun(i)
}

// pronounSubject reports a personal pronoun that can only be a subject
// in clause g ("er", "ich", "wir", "du").
func (s *sent) pronounSubject(g int) bool {
	for i := range s.toks {
		if t := &s.toks[i]; t.group == g && t.word() && !t.quoted {
			switch t.lower {
			case "er", "ich", "wir", "du":
				return true
			}
		}
	}
	return false
}

// agentOfNoun reports whether the "von" or "durch" phrase of token i
// can name who did the noun trigger at tok: it does not hang on another
// noun ("trotz des Einsatzes von Polizisten zu Demonstrationen",
// "Proteste gegen die Zentralisierung der Schulen durch die Regierung"),
// only on the trigger, its genitive ("der Sturz des Präsidenten durch
// das Militär") or the clause's passive ("Die Sperren wurden am Montag
// von der Armee errichtet").
func (s *sent) agentOfNoun(tok, i int) bool {
	_, at, _, _ := s.npContext(i)
	if at < 1 || at-1 == tok {
		return at >= 0
	}
	if n := &s.toks[at-1]; !n.word() || !n.upper || n.actor >= 0 || n.timex >= 0 {
		return true
	}
	g := tok + 1
	if g >= at-1 || !s.toks[g].word() || s.toks[g].lower != "des" && s.toks[g].lower != "der" {
		return false
	}
	for k := g + 1; k < at; k++ {
		if t := &s.toks[k]; !t.word() || t.is(prepositions) {
			return false
		}
	}
	return true
}

// institutionDoes reports whether an institution named by noun can be
// who did a happening of kind k: nobody makes an accident or a flood; a
// match is a team's (a country's: "Italien gewann das Turnier"), an
// election its voters' or an assembly's, a verdict a court's (not
// "Urteil durch Staatsanwaltschaft" of a prosecutor who appeals it).
func institutionDoes(k Kind, noun string) bool {
	switch {
	case noun == "":
		return true
	case k == KindAccident || k == KindDisaster:
		return false
	case k == KindMatch:
		return isCountry(strings.ToLower(noun))
	case k == KindElection:
		// an assembly elects ("Der Landtag wählte am Dienstag die
		// Landesregierung"); a police force or a court does not
		return isCountry(strings.ToLower(noun)) || hasAnySuffix(strings.ToLower(noun), electingBodies)
	case k == KindVerdict:
		return hasAnySuffix(strings.ToLower(noun), courtHeads)
	case k == KindAcquisition || k == KindSale || k == KindMerger:
		// "Die Polizei hat den Sitz der Zeitung übernommen": a force takes
		// a building, it buys no firm
		return !hasAnySuffix(strings.ToLower(noun), securityForces)
	}
	return true
}

// electingBodies end the nouns of assemblies that elect.
var electingBodies = []string{"parlament", "parlaments", "landtag", "landtags", "nationalrat", "nationalrats", "bundestag", "bundestags",
	"bundesrat", "bundesrats", "kongress", "kongresses", "senat", "senats", "versammlung", "gemeinderat", "gemeinderats", "stadtrat", "stadtrats"}

// securityForces end the nouns of police and armed forces.
var securityForces = []string{"polizei", "polizisten", "armee", "militär", "soldaten", "sicherheitskräfte", "streitkräfte", "ermittler", "carabinieri"}

// courtHeads end the nouns of courts and their benches.
var courtHeads = []string{"gericht", "gerichts", "gerichtshof", "gerichtshofs", "senat", "kammer", "richter", "richterin"}

// institutionSubject reports an institution that is the subject of
// clause g ("Die Feuerwehr rückte nach einem Unfall aus").
func (s *sent) institutionSubject(g int) bool {
	for i := range s.toks {
		if t := &s.toks[i]; t.group == g && t.word() && t.upper && t.actor < 0 && isInstitution(t.lower) {
			if prep, det, owner := s.nounPhrase(i); prep == "" && owner < 0 && nominative(det) {
				return true
			}
		}
	}
	return false
}

// officeSubject reports whether the subject of the verb trigger at tok
// in clause g is an office or a body named by a common noun: a role
// ("Bundeskanzler", "Außenministerin"), an institution, a council, a
// court or a league of them ("Ministerrat", "Berufungsgericht",
// "Weltverband"). Such a subject acts as a name would.
func (x *extractor) officeSubject(s *sent, g, tok int, k Kind) bool {
	n, prep := s.subjectNoun(g, tok, x.decidedOn(k))
	if n == "" || prep != "" {
		return false
	}
	head := strings.ToLower(headWord(n))
	if m, ok := strings.CutSuffix(head, "in"); ok && len(m) > 3 {
		head = m // "Bundeskanzlerin", "Gouverneurin"
	}
	return hasRoleSuffix(head) || isInstitution(head) || hasAnySuffix(head, officeHeads) || k == KindInsolvency && actors.OrgNoun(head)
}

// officeHeads end the nouns of offices and bodies that isInstitution
// and the role nouns leave out.
var officeHeads = []string{"rat", "gericht", "kanzler", "premier", "gouverneur", "bürgermeister", "verband", "koalition"}

// countrySubject reports whether the country named at i is the subject
// of the verb trigger at tok: it opens its clause, after an article if
// any, right before a finite verb ("Die Schweiz hat … gesperrt",
// "Chile kaufte …"), or follows the finite verb that opens it and the
// reflexive after it, if any ("Am Montag hat Serbien …", "Am Montag
// haben sich Chile und Peru …"). A country named anywhere else is more
// often a place, a topic or whom it was done to ("Gespräch über Syrien",
// "Storhamar (Norwegen)", "die Chilenen schlugen Bolivien").
func (x *extractor) countrySubject(s *sent, i, tok int) bool {
	if len(s.toks[tok].forms) == 0 {
		return false // a noun: "vor der Sitzung", "mit Luftangriffen"
	}
	if s.placeExample(i) {
		return false // "In Märkten wie Japan und Kanada starteten …": where, before the verb
	}
	start := i
	if start > 0 && s.toks[start-1].word() && s.toks[start-1].is(determiners) {
		start--
	}
	opens := start == 0 || !s.toks[start-1].word() && s.toks[start-1].punct != '(' || s.toks[start-1].is(conjunctions)
	if opens && i+1 < len(s.toks) && (s.finiteVerb(i+1) || i+1 == tok) {
		return true
	}
	if start < i && start > 0 && s.toks[start-1].punct == ',' && s.toks[start].is(relatives) && s.toks[start].lower != "der" {
		return true // "…, den Chile 2001 Peru abgekauft hatte": the relative pronoun is the object
	}
	if start > 1 && s.toks[start-1].lower == "sich" {
		start-- // the reflexive, which stands before a subject that is a name
	}
	return start > 0 && s.finiteVerb(start-1)
}

// placeExample reports whether the actor at first is one of the examples
// "wie" gives of a noun that "in", "aus" or "nach" governs: "in
// Ländern wie Japan und Kanada", "aus Städten wie Graz". A name, an
// article, "und" or a comma may stand between "wie" and it.
func (s *sent) placeExample(first int) bool {
	for j := first - 1; j > 0 && j >= first-6; j-- {
		t := &s.toks[j]
		switch {
		case t.lower == "wie":
			n := &s.toks[j-1]
			if !n.word() || !n.upper || n.actor >= 0 {
				return false
			}
			switch s.governedBy(j - 1) {
			case "in", "im", "aus", "nach":
				return true
			}
			return false
		case t.punct == ',' || t.word() && (t.actor >= 0 || t.upper || t.is(determiners) || t.lower == "und" || t.lower == "oder"):
		default:
			return false
		}
	}
	return false
}

// speakerHeads end the nouns of people who act for an institution.
var speakerHeads = []string{"präsident", "präsidentin", "chef", "chefin", "leiter", "leiterin", "vorsitzende", "vorsitzender", "direktor", "direktorin"}

// memberHeads name some of a body's people, who act as the body does:
// "Teile der Opposition verließen den Saal", "Vertreter der Regierung".
var memberHeads = map[string]bool{"teile": true, "großteil": true, "mitglieder": true, "vertreter": true, "vertreterinnen": true}

func nominative(det string) bool { return det == "" || det == "der" || det == "die" || det == "das" }

// nounPhrase looks back from the noun at i to where its phrase starts:
// the preposition that governs it, its article, and the noun it is the
// genitive attribute of ("die Leiterin der Schulbehörde"), or -1.
func (s *sent) nounPhrase(i int) (prep, det string, owner int) {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		t := &s.toks[j]
		switch {
		case !t.word() && j > 0 && s.numberEnd(j-1) > j-1:
			// "von 7.500 Reservisten": the mark inside a number the text
			// layer splits
		case !t.word():
			return "", det, -1
		case t.is(prepositions):
			return t.lower, det, -1
		case t.is(determiners):
			det = t.lower
			if j == 0 {
				return "", det, -1
			}
			p := &s.toks[j-1]
			switch {
			case p.word() && p.is(prepositions):
				return p.lower, det, -1
			case p.word() && p.upper && (det == "der" || det == "des"):
				return "", det, j - 1 // a genitive: "Angaben der Polizei"
			}
			return "", det, -1
		case t.is(conjunctions):
			return "", det, -1
		case !t.upper && s.finiteVerb(j):
			return "", det, -1 // "haben große Teile der Opposition": the phrase opens after the verb
		case t.upper || hasDeclension(t.lower):
			// an adjective: "die Zürcher Staatsanwaltschaft", "die steirische Polizei"
		case t.is(thingNumerals) || isDigit(t.lower[0]):
			// a count: "auf zwei Polizisten"
		default:
			return "", det, -1
		}
	}
	return "", det, -1
}

// addInstitutions makes the institution of each mention that has no actor
// an actor of its own, one per noun across the corpus ("Polizei"), so that
// the event says who acted and the reader can follow it; so too the agent
// institution of a mention that names others. It returns the table with
// them appended (the caller's table is not changed) and their indices by
// noun.
func addInstitutions(mentions []*Mention, actors []model.Actor) ([]model.Actor, map[string]int) {
	named := map[int][]string{} // article → the institutions it names
	for i := range mentions {
		if m := mentions[i]; m.institution != "" && !slices.Contains(named[m.Article], m.institution) {
			named[m.Article] = append(named[m.Article], m.institution)
		}
	}
	// The actors an article's mentions name by a name that is an
	// institution's noun ("Polizei nimmt … fest" in a headline, which the
	// tagger took for a name): the same institution its other sentences
	// call "die Polizei".
	// (each actor of the table asked once, not at each of its mentions)
	// So too the one organisation of the article whose name of one word
	// ends in the noun ("Bundesverfassungsgericht" for "Das
	// Verfassungsgericht", "das Gericht").
	asked := make([]bool, len(actors))
	nouns := map[int]string{} // actor → the institution's noun its name is
	asNamed := map[int]map[string]int{}
	longer := map[int][]int{} // article → its organisations of one word that end in an institution's noun
	for i := range mentions {
		m := mentions[i]
		for _, a := range m.Actors {
			if a < 0 || a >= len(actors) {
				continue
			}
			if !asked[a] {
				asked[a] = true
				if name := actors[a].Name; !strings.Contains(name, " ") && isInstitution(strings.ToLower(name)) {
					nouns[a] = strings.ToLower(name)
				}
			}
			if noun, ok := nouns[a]; ok {
				if asNamed[m.Article] == nil {
					asNamed[m.Article] = map[string]int{}
				}
				asNamed[m.Article][noun] = a
				if actors[a].Kind == model.Organization && !slices.Contains(longer[m.Article], a) {
					longer[m.Article] = append(longer[m.Article], a)
				}
			}
		}
	}
	t := unnamedActors{actors: actors, prefix: "institution-", kind: model.Organization}
	// actor returns the actor that an institution's noun, as the article
	// names it, stands for.
	actor := func(article int, noun string) int {
		if a, ok := asNamed[article][strings.ToLower(noun)]; ok {
			return a
		}
		if a, ok := endsIn(actors, longer[article], noun); ok {
			return a
		}
		t.prefix = "institution-"
		if isCountry(strings.ToLower(noun)) {
			t.prefix = "country-"
		}
		return t.add(noun)
	}
	for i := range mentions {
		m := mentions[i]
		if m.institution == "" || len(m.Actors) > 0 {
			continue
		}
		m.institution = fullInstitution(named[m.Article], m.institution)
		name := m.institution
		if m.seat != "" {
			name += " " + m.seat // "Amtsgericht Halle": that court, not every one
		}
		role := model.RoleAgent
		if m.Kind == KindCollapse || m.institutionBefallen {
			role = model.RolePatient // "Die Regierung ist zerbrochen": it underwent it (assignRoles)
		}
		nouns := m.partners
		if nouns == nil {
			nouns = []string{m.institution}
		}
		m.Actors, m.Roles, m.preps = nil, nil, nil
		for _, n := range nouns {
			if n == m.institution {
				n = name
			} else {
				n = fullInstitution(named[m.Article], n)
			}
			if a := actor(m.Article, n); !slices.Contains(m.Actors, a) {
				m.Actors, m.Roles = append(m.Actors, a), append(m.Roles, role)
			}
		}
	}
	for i := range mentions {
		// who acted beside those named: an actor of the events, not of
		// matching (see Merge), like a sufferer
		if m := mentions[i]; m.agentInstitution != "" {
			m.agentInstitution = fullInstitution(named[m.Article], m.agentInstitution)
			t.add(m.agentInstitution)
		}
	}
	t.prefix = "country-"
	for i := range mentions {
		if m := mentions[i]; m.host != "" {
			t.add(m.host) // the country a visit went to, a participant (see Merge)
		}
	}
	return t.actors, t.byName
}

// addSufferers makes whom an unnamed happening befell (a mention's
// sufferer: "Muslim", "Schmuggler"), the unnamed people who did it (a
// mention's crowd: "Senatoren") and the index or price whose move a
// market's row tells (its mover: "Dax") actors of their own, one per
// noun across the corpus, like the institutions, so that the event says
// to whom it happened and who did it, and the reader can follow the
// index. The mentions keep naming no actor, so that
// merging still sees a happening nobody is named for; Merge adds the
// sufferers to the events as their patients, the crowds as their agents.
// It returns the table with them appended (the caller's is not changed)
// and their indices by noun.
func addSufferers(mentions []*Mention, actors []model.Actor) ([]model.Actor, map[string]int) {
	t := unnamedActors{actors: actors}
	for i := range mentions {
		if m := mentions[i]; m.befellUnnamed() {
			t.prefix, t.kind = "unnamed-", model.Person
			t.add(m.sufferer)
		}
		if m := mentions[i]; len(m.Actors) == 0 {
			// (a mention may name both: "Männer, die eine Frau
			// überfielen")
			if m.mover != "" {
				t.prefix, t.kind = "market-", model.Organization
				t.add(m.mover)
			}
		}
		if m := mentions[i]; m.crowdActs() {
			t.prefix, t.kind = "unnamed-", model.Person
			t.add(m.crowd)
		}
	}
	return t.actors, t.byName
}

// befellUnnamed reports whether m tells whom it befell by a common noun
// only (m.sufferer): it names no one, or only who did it ("Ein
// 52-Jähriger ist am Landesgericht Innsbruck … verurteilt worden").
func (m *Mention) befellUnnamed() bool {
	return m.sufferer != "" && (len(m.Actors) == 0 || !slices.Contains(m.Roles, model.RolePatient))
}

// crowdActs reports whether m's crowd, named by a common noun, is who did
// it: m names no one else who acted or took part ("Der Investor
// verklagte Oracle": Oracle was sued).
func (m *Mention) crowdActs() bool { return m.crowd != "" && !m.namesDoer() }

// namesDoer reports whether m names an actor who did it or took part, not
// only whom it befell.
func (m *Mention) namesDoer() bool {
	return slices.Contains(m.Roles, model.RoleAgent) || slices.Contains(m.Roles, model.RoleParticipant)
}

// unnamedActors appends actors named by a common noun to a table, one per
// noun, without changing the caller's table.
type unnamedActors struct {
	actors []model.Actor
	byName map[string]int
	prefix string // of their ids
	kind   model.ActorKind
}

// add counts a mention of the actor of noun, appending it when new, and
// returns its index.
func (t *unnamedActors) add(noun string) int {
	if t.byName == nil {
		t.byName = map[string]int{}
		t.actors = slices.Clip(t.actors)
	}
	a, ok := t.byName[noun]
	if !ok {
		a = len(t.actors)
		t.byName[noun] = a
		t.actors = append(t.actors, model.Actor{ID: t.prefix + slug(noun, 40), Name: noun, Kind: t.kind})
	}
	t.actors[a].Mentions++
	return a
}

// seatAfter returns the place the sentence names right after the noun
// of an institution, with one blank between ("das Amtsgericht Halle"),
// or "".
func (s *sent) seatAfter(noun string) string {
	for i := 0; i+1 < len(s.toks); i++ {
		t, n := &s.toks[i], &s.toks[i+1]
		if t.text == noun && n.word() && n.upper && n.actor < 0 && n.timex < 0 && n.start == t.end+1 && s.namedPlace(i+1) {
			return n.text
		}
	}
	return ""
}

// coordinatedBodies returns, in the order the sentence names them, the
// countries and institutions that "und" or "sowie" joins to the one
// named noun, each with its article if any, and that noun among them
// ("Frankreich und Deutschland", "Russland und die Ukraine", "Polizei
// und Staatsanwaltschaft"): one subject, all of whom did it ("oder"
// names one of them); nil when none is joined to it.
func (s *sent) coordinatedBodies(noun string) []string {
	i := slices.IndexFunc(s.toks, func(t token) bool { return t.text == noun })
	if i < 0 {
		return nil
	}
	first, last := s.firstConjunct(i), i
	for k := s.conjunct(last, 1); k >= 0; k = s.conjunct(last, 1) {
		last = k
	}
	if first == last {
		return nil
	}
	var out []string
	for k := first; k >= 0 && k <= last; k = s.conjunct(k, 1) {
		out = append(out, s.toks[k].text)
	}
	return out
}

// firstConjunct returns the first of the countries and institutions
// that "und" or "sowie" joins to the one at token i, or i.
func (s *sent) firstConjunct(i int) int {
	for k := s.conjunct(i, -1); k >= 0; k = s.conjunct(i, -1) {
		i = k
	}
	return i
}

// conjunct returns the country or institution that "und" or "sowie"
// joins to the one at token j, before it (step -1) or after it (step 1),
// or -1.
func (s *sent) conjunct(j, step int) int {
	k := j
	if step < 0 && k > 0 && s.toks[k-1].word() && s.toks[k-1].is(determiners) {
		k-- // "und die Ukraine": the article of j itself
	}
	k += step
	if k < 0 || k >= len(s.toks) || s.toks[k].lower != "und" && s.toks[k].lower != "sowie" {
		return -1
	}
	k += step
	if step > 0 && k < len(s.toks) && s.toks[k].word() && s.toks[k].is(determiners) {
		k++ // "und die Ukraine": the conjunct's article
	}
	if k < 0 || k >= len(s.toks) {
		return -1
	}
	if t := &s.toks[k]; !t.word() || !t.upper || t.quoted || t.actor >= 0 || t.timex >= 0 || !isCountry(t.lower) && !isInstitution(t.lower) {
		return -1
	}
	return k
}

// endsIn returns the one actor of orgs whose name is longer than noun and
// ends in it ("Bundesverfassungsgericht", "Verfassungsgericht"), false
// with none or several.
func endsIn(actors []model.Actor, orgs []int, noun string) (int, bool) {
	short, found := strings.ToLower(noun), -1
	for _, a := range orgs {
		if name := strings.ToLower(actors[a].Name); len(name) > len(short) && strings.HasSuffix(name, short) {
			if found >= 0 {
				return 0, false
			}
			found = a
		}
	}
	return found, found >= 0
}

// fullInstitution returns the name of an institution as its article
// names it in full (named: the article's institutions): a headline or a
// later sentence shortens "Innenministerium" to "Ministerium" and
// "Landesgericht" to "Gericht". The bare noun stands for the one
// institution of the article whose name ends in it; with none or several,
// it stays as it is.
func fullInstitution(named []string, name string) string {
	short := strings.ToLower(name)
	full := ""
	for _, o := range named {
		if len(o) <= len(name) || !strings.HasSuffix(strings.ToLower(o), short) {
			continue
		}
		if full != "" {
			return name
		}
		full = o
	}
	if full == "" {
		return name
	}
	return full
}

// namedBefore reports whether the word noun stands before token tok in
// the sentence.
func (s *sent) namedBefore(noun string, tok int) bool {
	for i := range tok {
		if s.toks[i].text == noun {
			return true
		}
	}
	return false
}
