package events

import (
	"slices"
	"strconv"
	"strings"

	"chronik/corpus/actors"
	"chronik/corpus/text"
	"chronik/model"
)

// doneToKinds are happenings whose passive tells them of whom they were
// done to, with no one else named: arrests, killings, verdicts.
var doneToKinds = kindsOf(
	KindArrest, KindCrime, KindVerdict, KindDeportation, KindDismissal,
	KindSeizure, KindAttack, KindInvestigation,
)

// decidedOn returns, for a happening of kind k told in the passive, what
// reports a noun trigger that may be its subject: one of another kind,
// when k is a decision or cancellation made about a happening ("Die
// Ausgangssperre wurde aufgehoben", "Die Wahl wurde verschoben"), or a
// study's noun when k is a publication; not the noun a light verb tells
// k by ("Ermittlungen wurden eingeleitet").
func (x *extractor) decidedOn(k Kind) func(t *token) bool {
	return func(t *token) bool {
		return (k == KindDecision || k == KindCancellation) && x.lx.triggers[t.noun-1].kind != k ||
			k == KindPublication && studyNouns[x.lx.triggers[t.noun-1].noun] // "Die Studie wurde veröffentlicht"
	}
}

// countedKinds are done to someone, and to things as often: their passive
// tells of whom it was done when it counts them (countedNoun).
var countedKinds = kindsOf(KindBan, KindRelease)

// countedNoun reports a noun phrase that opens with a number of more than
// one, bounded or not: "zwei Abgeordnete", "12 Geiseln", "mehr als 20
// Verdächtige" (countBound).
func countedNoun(n string) bool {
	first, rest, ok := strings.Cut(withoutBound(n), " ")
	return ok && rest != "" && numberWord(first)
}

// withoutBound returns noun phrase n without the bound a count may open
// with ("über 400 Flüge": "400 Flüge").
func withoutBound(n string) string {
	for _, b := range countBounds {
		if len(n) > len(b) && n[len(b)] == ' ' && strings.HasPrefix(n, b) {
			return n[len(b)+1:]
		}
	}
	return n
}

// numberWord reports a number of more than one, in digits or in words
// ("12", "zwölf").
func numberWord(w string) bool {
	return w != "" && w != "1" && (isDigit(w[0]) || thingNumerals.has(strings.ToLower(w)))
}

// befalls are the kinds whose unnamed subject is a person or people it
// befell: arrests, verdicts, deaths. Not so accidents, attacks or
// investigations, which befall houses, hotels and firms as well; of
// crimes, only those whose title noun (befallsNoun) says they are done to
// people.
var befalls = kindsOf(
	KindArrest, KindVerdict, KindDeportation, KindDismissal, KindDeath,
)

// presentToo reports a verb form the text layer's lexicon reads as a
// present too ("verzichtet"), not only as a participle ("gerettet").
func presentToo(lower string) bool {
	_, forms := text.Classes(lower)
	return forms&text.Present != 0
}

var befallsNoun = map[string]bool{"Tötung": true, "Mord": true, "Lynchmord": true, "Vergewaltigung": true, "Entführung": true}

// wonKinds are won: a game, a vote, a prize; one that must be won is
// still to be won, whatever word tells what it is.
var wonKinds = kindsOf(KindMatch, KindElection, KindAward)

// speechKinds are said or written, which a sentence tells with who said it.
var speechKinds = kindsOf(KindStatement, KindPost, KindCriticism, KindAnnouncement)

// speechTagKinds are the kinds of a speech tag's verb ("…, sagte X",
// "…, gab X bekannt").
var speechTagKinds = kindsOf(KindStatement, KindAnnouncement)

// inForce reports a form of "gelten", which says that a rule or a deal
// holds ("Das Fahrverbot gilt für alle Lastwagen"): a state, unless a
// time says when it came into force.
func inForce(lower string) bool {
	switch lower {
	case "gilt", "gelten", "galt", "galten", "gegolten":
		return true
	}
	return false
}

// impersonalKinds are happenings a sentence may tell without naming who
// acts — strikes, protests, launches, crimes — which a timeline keeps by
// their place.
var impersonalKinds = kindsOf(
	KindStrike, KindProtest, KindLaunch, KindCrime, KindAttack,
	KindClosure, KindOpening, KindCapture, KindSeizure, KindCollapse,
	KindAccident, KindDisaster, KindDeath, KindBirth, KindEnactment,
	KindMarket, KindOccasion,
)

// scheduledKinds are what a thing undergoes that is set for a day ahead:
// a law coming into force, a building opened or closed, a report
// published, a prize awarded, a product launched or shown, a verdict
// given, an office filled by a vote, an occasion held.
var scheduledKinds = kindsOf(KindEnactment, KindOpening, KindClosure, KindPublication, KindAward, KindLaunch, KindPresentation, KindVerdict, KindElection, KindVote, KindOccasion)

// countedAs reports a noun at tok that an ordinal counts in a clause of
// "sein" ("Es ist die zweite Abschiebung nach Afghanistan in diesem
// Jahr", "war der dritte Sieg"): it ranks the happening the text told
// among others of its kind, and tells none of its own.
func (s *sent) countedAs(g, tok int) bool {
	k := tok - 1
	for k >= 0 && s.toks[k].word() && !s.toks[k].upper && !ordinals[s.toks[k].lower] && hasDeclension(s.toks[k].lower) && !s.toks[k].is(determiners) {
		k--
	}
	if k < 1 || !ordinals[s.toks[k].lower] || !s.toks[k-1].is(definiteArticles) {
		return false
	}
	return s.inClause(g, copula)
}

// indefinitePredicate reports a noun at tok after an indefinite article
// (and its adjectives) right after a form of "sein" in clause g: what
// the subject is ("ist ein Angebot der Velmark AG"), not what happened.
func (s *sent) indefinitePredicate(g, tok int) bool {
	k := tok - 1
	for k >= 0 && s.toks[k].word() && !s.toks[k].upper && hasDeclension(s.toks[k].lower) && !s.toks[k].is(determiners) {
		k--
	}
	if k < 1 || s.toks[k].lower != "ein" && s.toks[k].lower != "eine" || !s.toks[k-1].is(copula) {
		return false
	}
	return s.toks[k-1].group == g
}

// ordinals count a happening among others of its kind: "die zweite
// Abschiebung", "der dritte Sieg". (A plain set: the word classes are
// full.)
var ordinals = map[string]bool{
	"zweite": true, "zweiten": true, "dritte": true, "dritten": true, "vierte": true, "vierten": true,
	"fünfte": true, "fünften": true, "sechste": true, "sechsten": true, "siebte": true, "siebten": true,
	"achte": true, "achten": true, "neunte": true, "neunten": true, "zehnte": true, "zehnten": true,
}

// definiteBill reports a bill named with the definite article in clause
// g ("Für den Entwurf stimmten …", "gegen das Gesetz"): a vote on one
// the text told of before.
func (s *sent) definiteBill(g int) bool {
	for i := range s.toks {
		if t := &s.toks[i]; t.group == g && t.word() && t.upper && hasAnySuffix(t.lower, billNouns) && s.definiteNoun(i) {
			return true
		}
	}
	return false
}

// billNouns end the nouns of what a parliament votes on.
var billNouns = []string{"entwurf", "vorlage", "gesetz", "budget", "novelle", "reform", "antrag"}

// countedPassiveSubject returns the counted subject of a passive in
// clause g ("drei Menschen" of "sind drei Menschen verletzt worden"),
// or "".
func (s *sent) countedPassiveSubject(g int, happenings func(t *token) bool) string {
	for i := range s.toks {
		if t := &s.toks[i]; t.group == g && t.word() && t.is(passiveDoneAux) {
			if n, prep := s.subjectNoun(g, i, happenings); prep == "" && n != "" && strings.ContainsRune(n, ' ') &&
				(isDigit(n[0]) || thingNumerals.has(strings.ToLower(n[:strings.IndexByte(n, ' ')]))) {
				return n
			}
			return ""
		}
	}
	return ""
}

// endedForms end a lasting happening that a noun names: "Ärztestreik
// beendet", "hat den Streik beendet".
var endedForms = map[string]bool{"beendet": true, "beendete": true, "beendeten": true, "beenden": true}

// tellsNew reports a word of clause g that tells what a present tense
// says as new: "bietet nun …", "ein neues Modell".
func (s *sent) tellsNew(g int) bool { return s.saysOneOf(g, nowWords) || s.saysOneOf(g, newForms) }

// topicAfterName reports a noun at tok governed by "zu" right after a
// name, in a clause g with no finite verb: a heading that says on what
// someone speaks ("Pfarrer Müller zu den Protesten"), no happening told.
func (s *sent) topicAfterName(g, tok int) bool {
	j, beyond := s.phraseOpener(tok)
	if j < 1 || beyond || !s.toks[j].word() {
		return false
	}
	switch s.toks[j].lower {
	case "zu", "zum", "zur":
	default:
		return false
	}
	return s.toks[j-1].actor >= 0 && !s.finiteIn(g)
}

// goodsCounted reports a count of a hundred or more things in clause g,
// not after a preposition, that makes a figure of a period: "rund 230
// Millionen iPhones", "neun Millionen Autos" (not a price, "für 2,5
// Milliarden Euro", nor a share, "zehn Prozent", nor a few things sold
// in a deal, "zwei Werke"); or things compared, "mehr Autos", "weniger
// iPhones".
func (s *sent) goodsCounted(g int) bool {
	for i := 1; i < len(s.toks); i++ {
		t := &s.toks[i]
		if n := i + 1; t.group == g && (t.lower == "mehr" || t.lower == "weniger") && n < len(s.toks) && s.toks[n].word() && (s.toks[n].upper || innerCapital(s.toks[n].text)) && s.toks[n].actor < 0 {
			return true // "hatte im Vorjahr weniger iPhones verkauft als erwartet": sales compared
		}
		if t.group != g || !t.word() || t.timex >= 0 || !s.counts(i) || s.toks[i-1].is(prepositions) || s.toks[i-1].lower == "rund" && i > 1 && s.toks[i-2].is(prepositions) {
			continue
		}
		n := s.hundredsEnd(i)
		if n < 0 {
			continue // "zwei Werke": a deal of a few things
		}
		if n < len(s.toks) && s.toks[n].word() && (s.toks[n].upper || innerCapital(s.toks[n].text)) && s.toks[n].actor < 0 && !s.toks[n].is(genericNouns) {
			return true
		}
	}
	return false
}

// openingPronoun reports a clause g that opens with a personal pronoun
// right before its finite verb ("Sie soll 18 Menschen verletzt haben"):
// its subject, so that the noun the clause names is its object.
func (s *sent) openingPronoun(g int) bool {
	from, to := s.clauseTokens(g)
	w := firstWord(s.toks, from, to)
	return w >= 0 && w+1 < to && s.toks[w].group == g && s.toks[w].is(subjectPronouns) && s.finiteVerb(w+1)
}

// killedByThing reports a clause g whose "von" phrase names a thing
// that did it: a common noun of no person, named by no actor ("von einem
// Baum", "vom Blitz"), where a crime's doer is someone.
func (s *sent) killedByThing(g int) bool {
	for i := range s.toks {
		t := &s.toks[i]
		if t.group != g || !t.word() || !t.upper || t.quoted || t.actor >= 0 || t.timex >= 0 {
			continue
		}
		switch s.governedBy(i) {
		case "von", "vom":
			if s.knownNoun(i) && !personNoun(t.lower) && !peopleNoun(t.lower) && !isInstitution(t.lower) {
				return true
			}
		}
	}
	return false
}

// contractIn reports a contract named in clause g ("einen Vertrag",
// "einen Dreijahresvertrag").
func (s *sent) contractIn(g int) bool {
	for i := range s.toks {
		if t := &s.toks[i]; t.group == g && t.word() && t.upper && strings.Contains(t.lower, "vertrag") {
			return true
		}
	}
	return false
}

// saysOneOf reports a word of clause g, outside quotes, in words.
func (s *sent) saysOneOf(g int, words map[string]bool) bool {
	return s.clauseHas(g, func(w string) bool { return words[w] })
}

// befellIn returns the trigger of an accident or a disaster that clause g
// names after "bei" ("bei einem Verkehrsunfall", "beim Brand"): what
// befell whom the clause tells of; nil for none.
func (x *extractor) befellIn(s *sent, g int) *trigger {
	for i := range s.toks {
		t := &s.toks[i]
		if t.group != g || t.noun == 0 || t.quoted {
			continue
		}
		if tr := &x.lx.triggers[t.noun-1]; (tr.kind == KindAccident || tr.kind == KindDisaster) && (s.governedBy(i) == "bei" || s.governedBy(i) == "beim") {
			return tr
		}
	}
	return nil
}

// stateNow reports a clause g that tells a state in the present with
// "ist" or "sind" and a participle ("Der Spieler ist gesperrt", "Die
// Grenzen sind geschlossen"), not a passive of "werden", which tells the
// happening.
func (s *sent) stateNow(g int) bool {
	now := false
	for i := range s.toks {
		t := &s.toks[i]
		if t.group != g || !t.word() || t.quoted {
			continue
		}
		switch t.lower {
		case "ist", "sind":
			now = true
		case "worden", "wird", "werden", "wurde", "wurden", "hat", "haben", "war", "waren":
			return false
		}
	}
	return now
}

// nowWords tell that a present tense says what begins now ("baut nun",
// "bietet erstmals"); newForms, with them, what it says as new (plain
// sets: the word classes are all taken).
var (
	nowWords = map[string]bool{"nun": true, "jetzt": true, "erstmals": true, "sofort": true}
	// signingForms are the forms of "unterschreiben" that tell who
	// signed, not a declined participle's ("ein von ihm unterschriebener
	// Vertrag")
	signingForms = map[string]bool{"unterschrieb": true, "unterschreibt": true, "unterschrieben": true}
	// becameForms are the past forms of "werden" that tell a standing
	// reached ("wurde stärkste Kraft")
	becameForms = map[string]bool{"wurde": true, "wurden": true, "geworden": true}
	newForms    = map[string]bool{"neu": true, "neue": true, "neuen": true, "neuer": true, "neues": true, "neuem": true}
	// doneWords say of a deal or a move that it is done: "Der Wechsel ist
	// perfekt", "Die Übernahme ist fix"
	doneWords = map[string]bool{"perfekt": true, "fix": true, "besiegelt": true}
)

// unnamedPlace returns the place of a happening in main clause g that
// names no one and no place with "in": a settlement's name, else the
// place of the dateline the sentence opens with; or "".
func (x *extractor) unnamedPlace(s *sent, g int) string {
	if !s.isMain(g) {
		return ""
	}
	if place := x.settlement(s, g); place != "" {
		return place
	}
	return s.dateline()
}

// receivingVerbs take whom a happening befalls as their subject and
// what befell them as their object: "erhielt eine Haftstrafe", "zahlt
// eine Strafe", "erlag seinen Verletzungen".
var receivingVerbs = map[string]bool{"erhalten": true, "bekommen": true, "kassieren": true, "zahlen": true, "bezahlen": true,
	"erleiden": true, "erliegen": true, "akzeptieren": true, "annehmen": true, "hinnehmen": true, "verbüßen": true, "absitzen": true, "antreten": true}

// coursePreps are the accident verbs that need a complement to say what
// happened, and the preposition of that complement ("prallte gegen einen
// Baum"; "prallte" alone says little).
var coursePreps = map[string]string{"prallen": "gegen", "auffahren": "auf", "kollidieren": "mit", "zusammenstoßen": "mit", "abkommen": "von"}

// incidentKinds are happenings a report may count and then tell one by
// one: accidents, attacks, crimes.
var incidentKinds = kindsOf(KindAccident, KindAttack, KindCrime)

// mention makes the mention of trigger c, or reports that c tells no
// event: no actor, a noun in a present-tense clause, or a plan without a
// date to come. A one-word thing gets the genitive after it, read once
// the thing is settled; an incident told by a plural noun is several.
func (x *extractor) mention(s *sent, c cand, planned bool) (out Mention, ok bool) {
	// (completed once the body has returned it, in place: the mention is
	// large, and a second function returning it would copy it again)
	defer func() {
		if !ok {
			return
		}
		if out.thing != "" && !strings.ContainsRune(out.thing, ' ') {
			out.thingGenitive = s.genitiveOfWord(s.toks[c.tok].group, out.thing)
		}
		t := &x.lx.triggers[c.trig]
		if !t.verb && incidentKinds.has(family(out.Kind)) && pluralNoun(s.toks[c.tok].text) {
			out.several = true
		}
		if family(out.Kind) == KindAccident && t.verb {
			if prep, ok := coursePreps[t.particle+t.infinitive]; ok {
				out.course = s.courseOf(s.toks[c.tok].group, c.tok, prep)
			}
		}
	}()
	t := x.lx.triggers[c.trig]
	g := s.toks[c.tok].group
	kind, noun, spec := t.kind, t.noun, t.specificity
	var announces Kind  // the kind of what an announcement announces
	announced := -1     // the token of its noun, when the verb's object names it
	announcedVerb := -1 // its verb's index in x.cands, when a clause of its own tells it
	if said := s.saidInstead(c, &t, g, x.candidateIn); said != "" {
		kind, noun, spec = KindStatement, said, 1
	}
	if !t.verb && s.expectedAt(g, c.tok) && s.inClause(g, pastAux) {
		// "In Köln wurden Tausende zu Demonstrationen erwartet": whom one
		// expected at a happening, told in the past, says what was to
		// happen, not whether it did ("wird … zum Besuch erwartet" tells
		// one to come)
		return Mention{}, false
	}
	if !t.verb && kind != KindCollapse && slices.ContainsFunc(x.cands, func(o cand) bool {
		ot := &x.lx.triggers[o.trig]
		return ot.verb && ot.kind == KindCollapse && s.toks[o.tok].group == g && ot.cuedBy(s.toks[c.tok].text)
	}) {
		return Mention{}, false // "Die Gespräche mit X sind gescheitert": what failed, told by the failing
	}
	if !t.verb && kind != KindBan && kind != KindCancellation && s.governedBy(c.tok) == "" && s.nounArticle(c.tok) >= 0 && slices.ContainsFunc(x.cands, func(o cand) bool {
		ot := &x.lx.triggers[o.trig]
		return ot.verb && (ot.kind == KindBan || ot.kind == KindCancellation) && s.toks[o.tok].group == g
	}) {
		// "Die Stadt hat eine Demonstration verboten": what was banned
		// or called off, the verb's object, did not take place (not
		// what a road was closed for: "wegen des Hochwassers gesperrt")
		return Mention{}, false
	}
	if !t.verb && s.governedBy(c.tok) == "" && (s.nounArticle(c.tok) >= 0 || s.possessed(c.tok)) && s.demandedOnly(g, c.tok) {
		// "Die Kommission forderte die Schließung des Werks", "Der Beirat
		// empfahl die Rückgabe", "Die Opposition verlangt seinen
		// Rücktritt": what is demanded, recommended, weighed, turned down
		// or put off, the verb's object, has not taken place
		return Mention{}, false
	}
	if kind == KindAgreement && t.verb && s.someBefore(c.tok) {
		return Mention{}, false // "finden sich einige bekannte Namen": "einige" counts, nobody agrees
	}
	if kind == KindDecision && t.verb && t.infinitive == "entscheiden" && s.saysForSelf(g) {
		kind, noun, spec = KindMatch, "Sieg", 2 // "hatte das Turnier für sich entschieden": won, no decision
	}
	signed := kind == KindAgreement && t.verb && t.infinitive == "unterschreiben" && signingForms[s.toks[c.tok].lower] && (x.sporting() || slices.Contains(x.told, family(KindTransfer))) && s.contractIn(g)
	if signed {
		// "Der 29-Jährige unterschrieb einen Vertrag bis 2029": a player
		// signed by a club, as "verpflichtete X" tells it
		kind, noun, spec = KindTransfer, "Verpflichtung", 2
	}
	if kind == KindInsolvency && !t.verb && strings.HasPrefix(s.toks[c.tok].lower, "pleite") && x.sporting() && x.sportSentence(s) {
		return Mention{}, false // "kassierte gegen Linz (1:2) eine Pleite": in a game's report, a defeat, no firm failing
	}
	if kind == KindLaunch && t.verb && t.infinitive == "gehen" && !s.whither(g, "an", "börse") {
		return Mention{}, false // "Die Aktie ging an der Börse nach oben": where it went up, not whither a firm went
	}
	if kind == KindInsolvency && !t.verb && scored(s.toks[c.tok].text) {
		kind, noun, spec = KindMatch, "Niederlage", 2 // "kassierte eine 1:4-Pleite": a score says a game was lost
	}
	if kind == KindCrime && t.verb {
		if o := x.befellIn(s, g); o != nil {
			kind, noun, spec = o.kind, o.noun, o.specificity // "bei einem Verkehrsunfall getötet": the accident killed, no crime
		} else if s.killedByThing(g) {
			kind, noun, spec = KindDeath, "Tod", 2 // "wurde von einem Baum erschlagen": a thing killed, no one did
		}
	}
	// The most specific noun of the same kind in the sentence names it:
	// "trafen sich … zu einem Abendessen" is an "Abendessen".
	for _, o := range x.cands {
		if ot := &x.lx.triggers[o.trig]; ot.kind == kind && ot.specificity > spec && !ot.conditional() {
			if kind == KindStatement && t.verb && s.governedBy(o.tok) != "" {
				continue // "äußerte sich auf einer Pressekonferenz": where it was said, still a statement
			}
			noun, spec = ot.noun, ot.specificity
		}
	}
	if kind == KindAnnouncement || kind == KindStatement && reportNouns[noun] && !s.toks[c.tok].is(requests) {
		// "Wie VW mitteilte, sollen 35.000 Stellen abgebaut werden", "VW
		// teilte mit, 1.300 Stellen zu streichen", "kündigte an, 500
		// Stellen zu streichen": an announcement is named by what it
		// announces, one happening (GUIDELINES.md §1); what one asks for
		// is not announced, nor posted.
		for k, o := range x.cands {
			ot := &x.lx.triggers[o.trig]
			if og := s.toks[o.tok].group; ot.kind != KindStatement && ot.kind != KindAnnouncement && o.tok != c.tok && !settingPreps[s.governedBy(o.tok)] && !s.negated(o.tok) &&
				(s.mood(og, -1) == moodPlanned || (kind == KindStatement || kind == KindAnnouncement && t.verb) && s.zuComplement(o.tok, g) || kind == KindAnnouncement && t.verb && og == g && s.announcedObject(g, c.tok, o.tok) ||
					kind == KindAnnouncement && t.verb && og != g && s.host[og] == g && s.opener[og] == "dass" && ot.verb && s.mood(og, -1) == moodHappened) {
				// ("kündigte den Abbau von 500 Stellen an": what is
				// announced is the verb's object; "verkündete, dass 500
				// Stellen gestrichen werden": its "dass" clause)
				kind, noun, spec, announces = KindAnnouncement, ot.noun, ot.specificity, ot.kind
				if og == g && !ot.verb {
					announced = o.tok
				}
				if tail := s.speechTail(); ot.verb && (og != g || tail >= 0 && o.tok < tail && c.tok >= tail) {
					announcedVerb = k
				}
				break
			}
		}
	}
	if kind == KindAnnouncement && announces == "" && t.verb && noun == t.noun {
		if n := s.announcedDeed(g); n != "" {
			noun = n // "kündigte an, die Produktion zu verlagern": "kündigt Verlagerung an", not "Ankündigung von X"
		}
	}
	if kind == KindAnnouncement && announces == "" && s.intendedOnly(g, c.tok) {
		// "kündigte an, eine neue Politik machen zu wollen", "…, dass man
		// dafür sorgen will": an intention made known, no happening (a
		// plan with a date or a happening's noun is news, above)
		return Mention{}, false
	}
	if kind == KindAnnouncement && s.refusedOnly(g, c.tok) {
		return Mention{}, false // "gab bekannt, dass sie das nicht akzeptieren werde": a stance made known
	}
	if kind == KindAnnouncement && s.onCondition(g, c.tok) {
		return Mention{}, false // "kündigte an, den Vertrag zu kündigen, falls …": a threat on a condition, no happening
	}
	if kind == KindAnnouncement && announces == "" && t.conditional() {
		// a call to what its cue names ("hat zu einem Streik
		// aufgerufen") announces that happening, as which it merges
		for _, o := range x.cands {
			if ot := &x.lx.triggers[o.trig]; !speechKinds.has(ot.kind) && ot.kind != KindStatement && s.toks[o.tok].group == g && t.cuedBy(s.toks[o.tok].text) {
				announces = ot.kind
				break
			}
		}
		if announces == "" {
			announces = x.cuedKind(s, g, &t) // "hat zu einem Streiktag aufgerufen": the cue "streik" is the strike's noun
		}
	}
	if kind == KindStatement && t.verb && (reportNouns[noun] || t.infinitive == "erklären") && s.speechTail() < 0 {
		// "Der Minister erklärte seinen Rücktritt", "Meta bestätigte
		// ihren Einstieg", "Siemens bestätigte den Abbau von 500
		// Stellen": a happening of their own that the speakers make
		// known is what they did (not so what one demands, rejects or
		// explains, "forderte seinen Rücktritt", nor another's happening
		// they confirm, "bestätigte das Treffen")
		for _, o := range x.cands {
			ot := &x.lx.triggers[o.trig]
			if ot.verb || speechKinds.has(ot.kind) || ot.specificity == 0 || s.toks[o.tok].group != g || s.toks[o.tok].quoted {
				continue
			}
			if prep, det, _ := s.nounPhrase(o.tok); prep == "" && (strings.HasPrefix(det, "sein") || strings.HasPrefix(det, "ihr") || companyDeeds.has(ot.kind) && s.companySubject(g, c.tok) && !s.actorAfter(g, o.tok)) {
				kind, noun, spec = ot.kind, ot.noun, ot.specificity
				break
			}
		}
	}
	plat, platFirst, platLast := s.platform()
	if kind == KindStatement && (plat != "" && s.scopeOf(platFirst, g) >= 0 || x.hasKind(KindPost)) && !s.toks[c.tok].is(requests) && !(t.verb && spokenOnly[t.infinitive]) {
		// "schrieb … auf seiner Plattform", "bezeichnete … in einem Post";
		// not "ließ den Einwand, X unterstütze sie auf Facebook, nicht
		// gelten": the platform of what was said; nor "erklärte auf
		// Facebook: …", "äußerte sich auf Twitter": what one says there
		// is a statement, the platform only where it was said
		kind, noun, spec = KindPost, "Post", 2
	}

	if kind == KindOccasion {
		noun = s.toks[c.occasion].text // "fand ein Gedenkgottesdienst statt": what took place names it
	}
	m := Mention{Kind: kind, Noun: noun, Specificity: spec, announces: announces}
	m.Article = x.article
	m.block, m.head, m.lead, m.trig = s.a.Sentences[s.index].Block, s.topBlock(), s.bodyLead(), int32(c.trig)+1
	m.refersBack = !t.verb && !m.head && s.definiteNoun(c.tok)
	if t.verb && !m.head && !m.refersBack {
		// "hatte die Parlamentswahl gewonnen": a verb whose object is a
		// happening of its kind, named with the definite article, tells
		// of the one told before, as the noun alone would
		m.refersBack = slices.ContainsFunc(x.cands, func(o cand) bool {
			ot := &x.lx.triggers[o.trig]
			return !ot.verb && ot.kind == kind && s.toks[o.tok].group == g && s.definiteNoun(o.tok)
		}) || kind == KindVote && s.definiteBill(g)
	}
	m.fresh = s.freshTelling(c.tok)
	m.Sentence = s.index
	m.Start, m.End = s.start, s.end
	m.Trigger = s.toks[c.tok].text
	if t.verb && t.particle != "" && !strings.HasPrefix(s.toks[c.tok].lower, t.particle) {
		m.particle = t.particle // "ging … pleite", "kündigte … an"
	}
	if t.verb && m.particle == "" {
		// "tritt … in Kraft", "ist in Kraft getreten": the noun the verb
		// needs tells the happening with it
		if from, to := s.requiredNoun(&t, c.tok); from >= 0 {
			phrase := s.a.Text[s.toks[from].start:s.toks[to].end]
			if from > c.tok {
				m.particle = phrase
			} else {
				m.phrase, m.phraseNext = phrase, to+1 == c.tok
			}
		}
	}
	if v := c.started - 1; v >= 0 && m.particle == "" && m.phrase == "" {
		// "Verhandlungen … gestartet": the verb that tells it started
		if v > c.tok {
			m.particle = s.toks[v].text
		} else {
			m.phrase, m.phraseNext = s.toks[v].text, v+1 == c.tok
		}
	}
	if kind == KindAction {
		lemma, particle := s.actionLemma(c.tok)
		seen := ""
		if c.tense == tenseParticiple {
			seen = s.toks[c.tok].lower
		}
		m.action = actionVerb(lemma, particle, seen, s.reflexive(g))
	}
	if t.verb {
		if at := s.nounInClause(g, t.noun); at >= 0 {
			// "einen Vergleich erzielt": the noun the verb is light
			// for names the happening, and the event's mention names
			// both, in the text's order ("Vergleich … erzielt", "erzielte
			// … Gewinn")
			verb := s.toks[c.tok].text
			m.Trigger = s.toks[at].text
			switch {
			case m.particle != "" || m.phrase != "":
			case at < c.tok:
				m.particle = verb
			default:
				m.phrase = verb
			}
		}
	}

	var obj, prep string
	var rank int
	if kind != KindStatement { // a statement's quotation is what was said, not a thing it is about
		obj, prep, rank = s.quotedObject(kind, c.tok, &t)
	}
	if (kind == KindPost || kind == KindBan) && plat != "" && rank == 0 {
		obj, prep, rank = plat, "auf", 2
	}
	// (the place and the country are looked for only where they would
	// count: each reads the whole sentence)
	if rank == 0 || kind == KindMeeting || kind == KindVisit {
		if place, pprep := s.place(x, kind, g, c.tok); place != "" {
			obj, prep, rank = place, pprep, 1
		}
	}
	if rank == 0 && !t.verb && incidentKinds.has(family(kind)) && s.topBlock() {
		if d := s.dateline(); d != "" && actors.IsPlace(d) {
			// "Bocholt - Radfahrerin bei Unfall verletzt": a headline's
			// town before its dash is where the incident was (a town the
			// gazetteer knows: a feed's label stands there too, "UPDATE
			// Hochwasser –")
			obj, prep, rank = d, "in", 1
		}
	}
	befellCountry := false // "Kenia erlebt eine Dürre": the country it befell is where, and tells it
	if rank == 0 && kind == KindDisaster && !t.verb {
		if country := s.countryIn(g); country != "" {
			obj, prep, rank, befellCountry = country, "in", 1, true
		}
	}
	if rank == 3 && s.topBlock() {
		if x.headline == nil {
			x.headline = map[Kind]headlineObject{}
		}
		if _, seen := x.headline[kind]; !seen {
			x.headline[kind] = headlineObject{obj, prep}
		}
	}
	if kind == KindBan {
		platFirst, platLast = -1, -1 // "wurde auf Facebook gesperrt": the platform bans
	}
	m.Actors, m.Roles, m.preps = x.participants(s, c, kind, platFirst, platLast, announced, announces)
	if announcedVerb >= 0 {
		// "Velmark will Korvex übernehmen, teilte das Unternehmen mit":
		// whom the announced happening befalls, as its own clause tells
		// it, undergoes the announcement's happening (for the kinds named
		// so: "Übernahme von Korvex"); where it takes place, or with whom,
		// it does too ("mitgeteilt, bei Korvex 300 Stellen zu streichen")
		ids, roles, preps := x.participants(s, x.cands[announcedVerb], announces, -1, -1, -1, "")
		for k, id := range ids {
			if slices.Contains(m.Actors, id) || roles[k] == model.RoleAgent || roles[k] == model.RolePatient && !patientKinds.has(announces) {
				continue
			}
			m.Actors, m.Roles, m.preps = append(m.Actors, id), append(m.Roles, roles[k]), append(m.preps, preps[k])
		}
	}
	if signed {
		for k, r := range m.Roles {
			if r == model.RoleAgent {
				m.Roles[k] = model.RolePatient // who signs is signed
			}
		}
	}
	if kind == KindAccident && !t.verb && s.governedBy(c.tok) == "bei" && slices.ContainsFunc(x.cands, func(o cand) bool {
		return o.tok != c.tok && s.toks[o.tok].group == g && x.lx.triggers[o.trig].verb && x.lx.triggers[o.trig].kind == KindDeath
	}) {
		// "X ist bei einem Unfall gestorben": who died in it suffered
		// the accident (who caused it the clause does not say)
		for k, r := range m.Roles {
			if r == model.RoleAgent {
				m.Roles[k] = model.RolePatient
			}
		}
	}
	if firmKinds.has(kind) {
		m.Actors, m.Roles, m.preps = x.withEmployers(m.Actors, m.Roles, m.preps)
	}
	if !t.verb && len(m.Actors) > 0 && s.absentFrom(c.tok) {
		// "X war bei der Eröffnung nicht anwesend": the opening took
		// place, without X, whom no title names with it
		m.Roles = slices.Repeat([]model.Role{model.RoleParticipant}, len(m.Actors))
		m.preps = slices.Repeat([]string{aside}, len(m.Actors))
	}
	if kind == KindCriticism && t.verb && t.infinitive == "verurteilen" && s.passive(g, c, kind) && x.namesPerson(patients(m.Actors, m.Roles)) && s.namedPersonIn(g) {
		// "X ist am Donnerstag verurteilt worden": a person sentenced,
		// told with no sentence; what is condemned is done ("Der Anschlag
		// wurde verurteilt"). (The person is named in the clause: a
		// pronoun's clause may tell a rule of anyone.)
		kind, noun, spec = KindVerdict, "Urteil", 3
		m.Kind, m.Noun, m.Specificity = kind, noun, spec
	}
	if kind == KindStatement && t.verb && t.infinitive == "sprechen" && s.speechTail() < 0 && agents(m.Roles) >= 2 {
		// "Meta und Oracle sprechen über eine Fusion": talks between
		// them, not something said
		kind, noun, spec = KindMeeting, "Gespräch", 1
		m.Kind, m.Noun, m.Specificity = kind, noun, spec
	}
	study := -1 // the study a dated participle that names no one says was published: "einer am Dienstag erschienenen Umfrage"
	if (kind == KindPublication || kind == KindPresentation) && c.tense == tenseParticiple && s.datedAttribute(c.tok) && !s.attributeAgent(c.tok) {
		study = x.publishedStudy(s, c.tok)
	}
	if study >= 0 {
		// the publication of the study, by its authors if its phrase
		// names them ("der Umfrage des Verbands X"), else by those its
		// clause names ("X … in seinem tags zuvor publizierten
		// Bericht") unless it cites the study as its source, else by
		// no one named: the study names it, as the text writes it
		// ("Jahresbericht")
		id := x.nounReading(s, study, int(s.toks[study].noun)-1)
		st := &x.lx.triggers[id]
		kind, noun, spec = KindPublication, st.noun, st.specificity
		m.trig = int32(id) + 1 // its title names the study, not the verb ("Bericht von X": a report "erschien", X did not)
		if w := s.toks[study].text; strings.HasSuffix(strings.ToLower(w), strings.ToLower(noun)) {
			noun = w
		}
		m.Kind, m.Noun, m.Specificity = kind, noun, spec
		if a := s.studyAuthor(study); a >= 0 {
			m.Actors, m.Roles, m.preps = []int{a}, []model.Role{model.RoleAgent}, []string{""}
		} else if s.citedAttribute(c.tok) {
			m.Actors, m.Roles, m.preps = nil, nil, nil // "laut der am Dienstag erschienenen Umfrage liegt X vorne": X is the clause's
		}
	} else if studyNouns[t.noun] && !t.verb {
		// its authors, named in its phrase ("einer Studie des Instituts
		// X", "aus einer Studie von X"), not others the clause names
		// ("zeigt weniger Zuwachs als X")
		if a := s.studyAuthor(c.tok); a >= 0 {
			m.Actors, m.Roles, m.preps = []int{a}, []model.Role{model.RoleAgent}, []string{""}
		} else {
			m.Actors, m.Roles, m.preps = nil, nil, nil
		}
	}
	if t.specificity == 0 && kind == KindVisit && !planned && !x.namesPerson(m.Actors) {
		// "Benfica reiste mit einem knappen Vorsprung nach Moskau": a
		// team's or a crowd's journey is no visit; a person's may be
		return Mention{}, false
	}
	if !(t.verb && speechKinds.has(t.kind)) && s.firstPerson(g) {
		// "Selbstverständlich werden wir sie wählen": one speaking of
		// himself, quoted (a text that lost its quotation marks still
		// quotes), not the article telling; the speech tag around it is
		// the article's ("…, sagt X"), not a statement's noun in it ("Am
		// Montag geben wir eine Pressekonferenz")
		return Mention{}, false
	}
	if !t.verb && s.noIssue(g) {
		return Mention{}, false // "Eine Insolvenz war für ihn kein Thema": not considered, no happening
	}
	if kind == KindPost && s.couldOnly(g) {
		// "konnte die Ministerin wieder Beiträge absetzen": that she could
		// post (again) says a ban ended, no post
		return Mention{}, false
	}
	if kind == KindBan && t.verb && t.particle == "aus" && !s.excludedFrom(g) && !x.namesPerson(patients(m.Actors, m.Roles)) {
		return Mention{}, false // "schloss den Eintritt in die Regierung aus": ruled out, no one excluded
	}
	passive := t.verb && s.passive(g, c, t.kind) // read once: it walks the sentence
	if (passive || c.tense == tenseParticiple) && (kind == KindBan || kind == KindClosure) && !x.dated && s.stateNow(g) && !s.headlineBlock() && !s.hasTimeAnchor(g) &&
		s.openingRoad() == "" { // (a traffic report's closure is its news: "K12 … gesperrt, Umleitung über die B3")
		return Mention{}, false // "X ist gesperrt", "die Grenze ist geschlossen": a state now, not when it came about
	}
	if t.verb && (kind == KindCollapse || subjectThings[t.infinitive]) {
		// "Die Verhandlungen sind gescheitert": what failed, no one's
		// failing; "Das Buch erschien 1984": what came out
		m.thing = s.cueSubject(g, &t)
	} else if t.verb && passive && kind == KindCancellation && len(m.Actors) > 0 {
		// "Der Prozess gegen X ist vertagt worden": what was put off
		if n, prep := s.subjectNoun(g, c.tok, x.decidedOn(kind)); prep == "" && n != "" && !strings.ContainsRune(n, ' ') {
			m.thing, m.thingDone = n, true
		}
	} else if t.verb && !passive {
		m.thing = s.thingOf(g, c.tok)
		if th := s.attributedThing(c.tok); th != "" && th != m.thing && !t.cuedBy(th) && (m.thing != "" || len(m.Actors) > 0) {
			// "Die im Juli in Kraft getretene Verordnung sieht Strafen
			// vor": the noun a dated participle describes is what it
			// tells was done, not its clause's object; "Reeves hatte
			// mit einem im August präsentierten Aufsatz …": what he
			// presented (a noun its cue names is the happening itself:
			// "im begonnenen Prozess"; with no one named and no object,
			// the noun is the title's already)
			m.thing, m.thingDone = th, m.thing != ""
		}
		if m.thing == "" && (kind == KindAcquisition || kind == KindSale) && !slices.Contains(m.Roles, model.RolePatient) {
			m.thing = s.bareNameObject(g, c.tok) // "Siemens hat Korvex übernommen": a company no stage named
		}
		if m.thing == "" && dativeObjectVerbs[t.particle+t.infinitive] {
			m.thing = s.dativeObject(g, c.tok, t.particle) // "hat dem Einsatz zugestimmt": "stimmt Einsatz zu"
		}
		if m.thing == "" && kind == KindDecision && t.infinitive == "entscheiden" && s.reflexive(g) {
			m.thing = s.choiceOf(g, "für", "gegen") // "hat sich für eine Reform entschieden": "sich für Reform"
		}
		if m.thing == "" && kind == KindAgreement && t.infinitive == "einigen" && s.reflexive(g) {
			m.thing = s.choiceOf(g, "auf") // "haben sich auf einen Koalitionsvertrag geeinigt": "sich auf Koalitionsvertrag"
		}
		if m.thing == "" && aboutVerbs[t.infinitive] && (t.infinitive != "stimmen" || t.particle == "ab") {
			m.thing = s.prepPhrase(g, "über") // "stimmt über das Budget ab": "über Budget"
		}
		m.thingOwned = m.thing != "" && s.ownedByPatient(g, m.thing, m.Actors, m.Roles)
		if m.thing == "" && len(t.cues) > 0 && !slices.Contains(m.Roles, model.RolePatient) && !lightVerbs[t.infinitive] && !s.toks[c.tok].attrib {
			// "verhängte Sanktionen": the cue names what was done (not
			// beside whom it was done to, whom a title would then make
			// the verb's object: "erhob Anklage gegen X"; not a light
			// verb's idiom, "ums Leben gekommen", nor an attribute's, "im
			// begonnenen Prozess", which tells no one's deed)
			m.thing = s.cueObject(g, c.tok, &t)
		}
	} else if t.verb && passive && !slices.Contains(m.Roles, model.RolePatient) && !speechKinds.has(kind) {
		// "In Linz wurde eine Ausgangssperre verhängt": what was done,
		// the passive's subject, titles it, whoever did it ("wurde die
		// Sondersteuer vom Velmarker Landtag abgeschafft")
		if n, prep := s.subjectNoun(g, c.tok, x.decidedOn(kind)); n != "" && prep == "" {
			m.thing, m.thingDone = n, true
		}
	} else if !t.verb {
		m.genitive = s.genitivePhrase(c.tok)
	}
	if c.trig == x.lx.office {
		m.thing = s.officeOf(c.office) // "Huber wird Trainer von Rapid": the post names what happened
		if name := x.possessiveHolder(s, c.office); name != "" && m.thing == s.toks[c.office].text {
			m.thing += " von " + name // "X trat zurück. Sein Nachfolger wird Y": Nachfolger von X
		}
	} else if (kind == KindAppointment || kind == KindElection) && t.verb && m.thing == "" {
		if to, k := s.officeAfterTo(g); k >= 0 {
			m.thing = s.officeOf(k) // "ernannte X zum neuen Konzernchef (von Y)", "wählte X zur Präsidentin": the post X was given
			m.toHer = s.toks[to].lower == "zur"
		}
	}
	if kind == KindMarket {
		// a market moves when a share, an index or a price does, on a
		// day ("Der Dax stieg am Montag um zwei Prozent"); "Der Umsatz
		// stieg auf 100 Millionen Euro" is a company's figure, and a
		// move since a time, over a span or up to now ("von 50 Euro im
		// März auf nunmehr 31") a trend, a state
		var owner int
		if m.thing, owner = s.marketSubject(g, c.tok, &t); m.thing == "" || s.toNow(g) || s.overSpan(g) != "" || s.saysWord(g, "nunmehr") {
			return Mention{}, false
		}
		if k := slices.IndexFunc(m.Actors, func(a int) bool { return x.actors[a].Name == m.thing }); owner < 0 && k >= 0 {
			m.Roles[k] = model.RolePatient // an index the recogniser named ("Der Dow Jones gab nach") is what moved, no one who acted
		}
		if owner >= 0 && len(m.Actors) == 0 {
			m.Actors, m.Roles, m.preps = []int{owner}, []model.Role{model.RolePatient}, nil
		} else if len(m.Actors) == 0 && (strings.Contains(m.thing, "-") || t.namedBy(m.thing)) {
			m.mover = m.thing // "Der Dax", "Die Talanx-Aktie": a name, not a word for any share or index ("Aktie", "Leitindex", "Ölpreis")
		}
	}
	if kind == KindDecision && t.verb && t.infinitive == "entscheiden" && !slices.Contains(m.Roles, model.RoleAgent) && s.happeningSubject(g, c.tok) {
		return Mention{}, false // "Für X entscheidet eine Fusion über die Zukunft": what settles a matter, no one deciding
	}
	if kind == KindSale && t.verb && s.happeningObject(g, c.tok) {
		return Mention{}, false // "hat der Zeitung eine Einigung verkauft": a happening presented, nothing sold
	}
	if kind == KindMerger && len(m.Actors) > 0 && x.allOf(m.Actors, model.Person) {
		return Mention{}, false // "Die Autorin verschmilzt Witz und Ernst zu einem Ton": people merge no companies
	}
	if kind == KindAcquisition && t.verb && t.infinitive == "übernehmen" && m.thing == "" && len(m.Actors) > 0 && x.allOf(m.Actors, model.Person) &&
		!slices.Contains(m.Roles, model.RolePatient) && !s.inClause(g, passiveAux) {
		// "X übernimmt von Y": a post taken over from its holder, no
		// company bought (a title "Übernahme durch X" would say so)
		m.Kind, m.Noun = KindAppointment, "Amtsübernahme"
	}
	if kind == KindDismissal && len(t.cues) == 0 && len(m.Actors) > 0 && x.onlyOrganisations(m.Actors) {
		// "die Entlassung von 500 Beschäftigten bei VW": no one dismissed
		// by name, a company's staff cut, the same happening as its
		// "Stellenabbau" (a reading cued by a post, "trennte sich von
		// seinem Trainer", "tauschte den Vorstand aus", parts with its
		// holders)
		m.Kind, m.Noun = KindJobcuts, "Stellenabbau"
	}
	if len(m.Actors) == 0 && (!speechKinds.has(kind) || kind == KindAnnouncement) && spec > 0 {
		// "Die Polizei nahm zwei Männer fest": an institution named by
		// its noun acted (institutions.go)
		if t.verb && passive && !planned {
			// "wurden acht Soldaten festgenommen": the passive's subject
			// undergoes it; only "von"/"durch" names who acted (a plan's
			// "wird … beraten" is as often a future)
			m.institution, _ = x.agentInstitution(s, c.tok)
		} else {
			m.institution, _ = x.institution(s, c.tok, !t.verb)
			m.pluralSubject = m.institution != "" && t.verb && s.pluralVerb(g, c) // "Die Ermittler haben …"
		}
	} else if len(m.Actors) > 0 && !speechKinds.has(kind) && spec > 0 && (!t.verb || passive) {
		// "der Sturz Mursis durch das Militär"
		m.agentInstitution, _ = x.agentInstitution(s, c.tok)
		if m.agentInstitution == "" && !t.verb && s.governedBy(c.tok) == "" && !slices.Contains(m.Roles, model.RoleAgent) && !s.inClause(g, passiveDoneAux) && !s.pronounSubject(g) {
			// "Die Staatsanwaltschaft hat Ermittlungen gegen X
			// aufgenommen": the body that is the subject of the verb
			// whose object the noun is did it (named before the noun;
			// after it, the body is as often the object: "zwangen
			// Streiks die Regierung in die Knie")
			if inst, _ := x.institution(s, c.tok, false); inst != "" && s.namedBefore(inst, c.tok) {
				m.agentInstitution = inst
			}
		}
	} else if len(m.Actors) > 0 && !speechKinds.has(kind) && spec > 0 && !slices.Contains(m.Roles, model.RoleAgent) && !s.pronounSubject(g) {
		// "Die Polizei nahm Müller am Montag fest": those named are whom
		// it was done to; the body that is the verb's subject did it
		// (not where a pronoun is: "Er gelobte die Regierung an")
		m.agentInstitution, _ = x.institution(s, c.tok, false)
	}
	if kind == KindVerdict && t.verb && passive && len(m.Actors) == 0 && m.institution == "" && m.agentInstitution == "" {
		// "wurde am Landgericht X zu zwei Jahren verurteilt": the court
		// where one was sentenced sentenced him
		m.agentInstitution = s.courtAt(g)
	}
	if kind == KindInsolvency && t.verb && passive && m.agentInstitution == "" && !slices.Contains(m.Roles, model.RoleAgent) {
		// "Das Konkursverfahren der X wurde vor dem Landesgericht
		// eröffnet": the court opened it
		m.agentInstitution = s.courtAt(g)
	}
	if studyNouns[t.noun] && !t.verb && study < 0 && len(m.Actors) == 0 {
		// a study's author is named in its own phrase ("eine Studie des
		// Sozialministeriums"), not by the clause that cites it ("Laut
		// einer Umfrage hat die Regierung verloren")
		m.institution = s.studyInstitution(c.tok)
	}
	// "Die Feuerwehr rückte nach einem Unfall in Wels aus", "Vor der
	// Wahl in Wels hat die Polizei …": no body makes an accident or an
	// election, nor what the clause sets its deed after; what it took
	// part in is still told, by its place
	if m.institution != "" {
		m.seat = s.seatAfter(m.institution)
		m.partners = s.coordinatedBodies(m.institution)
		m.institutionBefallen = !t.verb && s.nounOpensAsSubject(c.tok) && !s.inClause(g, copula) && !s.namedBefore(m.institution, c.tok)
	}
	bystander := !institutionDoes(kind, m.institution) || m.institution == "" && !t.verb && pastAnchors.has(s.governedBy(c.tok)) && s.institutionSubject(g)
	if bystander {
		m.institution, m.partners, m.institutionBefallen = "", nil, false
	}
	if kind == KindVisit && spec > 0 {
		// (not a mere journey, "reiste nach Russland": where one
		// travelled hosts no one)
		if host := s.visitedCountry(g, c.tok, m.Actors); host != "" && (obj == "" || strings.EqualFold(obj, host)) {
			m.host = host // (a visit placed in a city of its own is there: "bei einem Besuch in Athen")
		}
	}
	if !institutionDoes(kind, m.agentInstitution) {
		m.agentInstitution = ""
	}
	if len(m.Actors) == 0 && x.impersonal && x.passiveSubject != "" && m.institution == "" && (befalls.has(kind) || befallsNoun[noun] || countedKinds.has(kind) && countedNoun(x.passiveSubject)) {
		if n := headWord(x.passiveSubject); t.verb && !passive && (!befalls.has(kind) || kind != KindDeath && !receivingVerbs[t.particle+t.infinitive]) && !s.inClause(g, copula) && s.objectAfterVerb(g) && !s.openingPronoun(g) {
			// "Ein Betrunkener hat seine Frau überrollt": who did it,
			// told in the active with whom it was done to; so is one who
			// did to others what befalls people ("Der Präsident entließ
			// die Regierung", "Eine Behörde verhängte ein Bußgeld"), but
			// not one who received it ("Ein Mann erhielt eine
			// Haftstrafe"), nor one who died ("starb ein Bergsteiger an
			// Erschöpfung")
			m.crowd, m.crowdActed = n, befalls.has(kind)
		} else {
			// "Ein Muslim wurde in Halle gelyncht": the reader follows him
			// as whom it was done to
			m.sufferer = n
		}
	}
	if n := headWord(x.passiveSubject); len(m.Actors) == 0 && x.impersonal && n != "" && m.institution == "" &&
		kind == KindAccident && t.verb && m.sufferer == "" && m.crowd == "" && personNoun(strings.ToLower(n)) {
		// "Ein 39-jähriger Fahrer kam … von der Straße ab": who had the
		// accident, unnamed, takes part in it; who drove did it, who
		// came to harm in the passive or with "sein" ("Eine Radfahrerin
		// ist verunglückt") suffered it
		if passive || s.inClause(g, copula) || subjectUndergoes(kind, &t) {
			m.sufferer = n
		} else {
			m.crowd = n
		}
	}
	if len(m.Actors) == 0 && x.impersonal && !t.verb && m.institution == "" && m.sufferer == "" {
		// "Bei einer Explosion in Halle sind drei Menschen verletzt
		// worden": the people counted in the passive it tells are whom
		// the happening befell
		if n := s.countedPassiveSubject(g, x.decidedOn(kind)); n != "" {
			m.sufferer = headWord(n)
		}
	}
	if (befalls.has(kind) || befallsNoun[noun]) && t.verb && !passive && m.sufferer == "" && m.crowd == "" && !slices.Contains(m.Roles, model.RolePatient) && countedNoun(m.thing) {
		// "Die Polizei hat zwei Verdächtige festgenommen", "X hat zwölf
		// Menschen erschossen": the people counted as the object are
		// whom it befell, as the headline's "Zwei Verdächtige
		// festgenommen" says (what such a happening befalls, counted,
		// is people)
		m.sufferer = headWord(m.thing)
	}
	if befalls.has(kind) && t.verb && passive && len(m.Actors) > 0 && m.sufferer == "" && m.crowd == "" && !slices.Contains(m.Roles, model.RolePatient) {
		// "Ein 52-jähriger Tiroler ist am Landesgericht Innsbruck …
		// verurteilt worden": the court named, whom it befell is named
		// by what he is
		if n, prep := s.subjectNoun(g, c.tok, x.decidedOn(kind)); prep == "" && n != "" && peopleNoun(strings.ToLower(headWord(n))) {
			m.sufferer = headWord(n)
		}
	}
	if t.verb && !passive && m.institution == "" && len(m.Actors) == 1 && len(m.Roles) == 1 && m.Roles[0] == model.RoleAgent && x.actors[m.Actors[0]].Kind == model.Organization &&
		(s.nameOpens(m.Actors[0]) || s.nameAfter(m.Actors[0], s.clauseVerb(g, c.tok))) {
		// "Die Grünen haben … gewählt", "Am Montag spenden die Grünen …":
		// a party named in the plural
		m.pluralSubject = s.pluralVerb(g, c)
	}
	opening := ""
	if !m.namesDoer() && m.institution == "" && !x.impersonal && t.verb && !speechKinds.has(kind) && spec > 0 && !passive &&
		(s.tenseOf(g, c).past || s.hasTimeAnchor(g) || s.countedSubject(c.tok)) {
		// "212 Senatoren stimmten für die Reform"; not what a group
		// does as a rule ("Schulleitungen entscheiden darüber, ob …")
		opening = s.openingSubject(c.tok)
		if f := s.firstFinite(g, c.tok); opening == "" && f >= 0 && f < c.tok && s.isMain(g) && kind != KindAction && kind != KindTrial && kind != KindAccident && kind != KindDisaster {
			// "Vier Patienten seien ihren Verletzungen erlegen", "Zwei
			// Soldaten haben … geschossen": the people before the
			// auxiliary or the modal are the subject of the verb that
			// closes the clause (people only: a thing before it is as
			// often a state's, "Vorsicht ist … angesagt"; not a trial's
			// defendants, whose charge a development article told as a
			// row of its own: the two would split one happening; an
			// accident's people are whom it befell, read below)
			if o := s.openingSubject(f); o != "" && peopleNoun(strings.ToLower(headWord(o))) {
				opening = o
			}
		}
		if opening != "" && t.cuedBy(opening) && !peopleNoun(strings.ToLower(opening)) {
			// "Berufung eingelegt": the noun the verb needs, no one it
			// befell (a cue that names people is who did it: "Täter")
			opening = ""
		}
		if opening == "" && !befalls.has(kind) && kind != KindAccident && kind != KindDisaster && kind != KindAction && !s.inClause(g, passiveDoneAux) {
			// "Der Bürgermeister ist zurückgetreten" (what befell
			// someone unnamed is told of them: "Eine Radfahrerin ist
			// verunglückt")
			opening = s.personSubject(c.tok, postKinds.has(kind))
			if opening == "" && s.tenseOf(g, c).past {
				// "kaufte der Gutachter … ein Haus"; after the auxiliary of
				// a participle: "hat ein 17-Jähriger … auf Mitschüler
				// geschossen"
				verb := c.tok
				if c.tense == tenseParticiple {
					verb = -1
					if !s.tenseOf(g, c).pluperfect { // ("hatte der Angreifer im September 2003 … erzielt": a back story)
						verb = s.firstFinite(g, c.tok)
					}
				}
				if verb >= 0 && verb <= c.tok {
					var at int
					opening, at = s.personAfterVerb(verb)
					if opening != "" && m.thing == opening {
						m.thing = s.thingFrom(g, c.tok, at+1) // "besuchte die Botschafterin die Stätte": the object comes after her
					}
				}
			}
			if opening != "" && !knownPersonNoun(strings.ToLower(opening)) && (kind == KindDecision || !s.hasTimeAnchor(g)) {
				// a noun only the lexicon says names people ("Die
				// Forscher entdeckten …", "Ein Nutzer hat …
				// veröffentlicht") tells a happening of someone unnamed
				// when its clause dates it; else it is as often what such
				// people do. What such a one decides is his own affair
				// ("Der Bäcker hat beschlossen, …"), not an office's.
				opening = ""
			}
		}
	}
	if kind == KindEnactment && t.verb && !passive && len(m.Actors) == 0 && m.thing != "" {
		// "In Syrien ist eine Waffenruhe in Kraft getreten": what came
		// into force is the verb's subject, which the title names beside
		// the place ("Waffenruhe in Syrien in Kraft getreten")
		m.thingDone = true
	}
	if len(m.Actors) == 0 && x.impersonal && rank > 0 && (kind == KindAccident || kind == KindEnactment) && t.verb && !passive && (m.thing == "" || m.thing == x.passiveSubject) && x.passiveSubject != "" && x.passivePrep == "" && m.institution == "" &&
		!s.accusativeIn(g) && !peopleNoun(strings.ToLower(headWord(x.passiveSubject))) && !countedNoun(x.passiveSubject) {
		// "In Garmisch ist ein Regionalzug entgleist", "In Dresden ist
		// eine Brücke eingestürzt": the thing it befell titles it, beside
		// the place that stands first ("Regionalzug in Garmisch
		// entgleist", not "Entgleisung in Garmisch")
		m.thing, m.thingDone = x.passiveSubject, true
	}
	if len(m.Actors) == 0 && x.impersonal && rank == 0 && x.passiveSubject != "" && m.institution == "" && kind != KindOccasion { // (an occasion's subject is its noun)
		obj, prep = x.passiveSubject, x.passivePrep
		// (told in the perfect with "sein", "Eine Radfahrerin ist
		// verunglückt", the participle titles it as the text does; but
		// who "ist in den Streik getreten" or "auf die Straße gegangen"
		// struck or protested)
		// who dies does nothing ("starben elf Bergleute"), nor does what
		// derails or crashes with no one it hit ("Ein Regionalzug
		// entgleiste"; not "Ein Lkw fuhr einen Radfahrer nieder")
		m.actsAsObject = t.verb && !passive && (!s.inClause(g, copula) || collectiveKinds.has(kind)) && kind != KindDeath && !(kind == KindAccident && !s.accusativeIn(g)) &&
			!s.openingPronoun(g) && // ("Sie soll 18 Menschen verletzt haben": they were hurt)
			!(kind == KindDecision && s.toks[c.tok].attrib) // ("die im Juni abgelehnte Reform": what was decided on)
		m.pluralSubject = m.actsAsObject && s.pluralVerb(g, c)
	} else if opening != "" {
		// (a headline's participle alone is a passive: "12 Touristen
		// ausgeraubt" tells what was done to them; after a plural
		// subject a form in -t is no present: "Drei Fischer entführt")
		done := !s.hasAux(g) && (c.tense == tenseParticiple && (pluralNoun(opening) || !s.objectRightAfter(c.tok)) ||
			c.tense == tensePresent && s.topBlock() && pluralNoun(opening) && strings.HasSuffix(s.toks[c.tok].lower, "t"))
		// (who, not where: no place for merging to tell apart; a trial's
		// subject is whom it is against, "Zwei Männer stehen vor Gericht")
		defendants := kind == KindTrial && subjectUndergoes(kind, &t)
		obj, prep, rank, m.actsAsObject = opening, "", 0, !done && !defendants
		m.pluralSubject = m.actsAsObject && s.pluralVerb(g, c)
		noun := headWord(opening)
		if done && (kind != KindAction || !presentToo(s.toks[c.tok].lower)) || defendants {
			// (a headline's action verb whose participle is its
			// present too tells what one does: "Österreicher
			// verzichtet"; "Bergsteiger gerettet" what was done to him;
			// "Zwei Männer stehen vor Gericht": the trial is theirs to
			// undergo)
			m.sufferer = noun // whom it befell
		} else {
			m.crowd = noun
		}
	} else if len(m.Actors) == 0 && x.impersonal && t.verb && rank == 0 && !x.dated && m.institution == "" && x.unnamedPlace(s, g) != "" && !s.longSpan(g) {
		// "Bei einem Brand am Rande der Stadt Tarvis sind zehn
		// Menschen gestorben", "Tarvis – Bei einem Brand
		// …": what befell people unnamed befell them there (a noun is
		// as often what may happen: "Katastrophen wie Tsunamis"; over
		// a year, it is a tally: "Im vergangenen Jahr sind bei Unwettern
		// mehr Menschen gestorben"). (The place, which reads the
		// sentence, is looked for after the rest, and again here.)
		obj, prep = x.unnamedPlace(s, g), "in"
	} else if len(m.Actors) == 0 && !((x.impersonal || befellCountry || bystander && (impersonalKinds.has(kind) || kind == KindElection)) && (rank == 1 || x.dated || x.impersonal && (x.passiveSubject != "" || kind == KindOccasion))) && m.institution == "" && study < 0 &&
		!(kind == KindMarket && (rank == 1 || s.hasTimeAnchor(g))) { // (a market moves of itself, its thing the subject: "Am Montag fiel der Dax")
		if s.verbAfterDemonstrative() != c.tok {
			return Mention{}, false
		}
		// "Das teilte das Unternehmen mit", "Das beschloss der EZB-Rat":
		// it tells the happening before it, whose actors it takes, or
		// nothing (see extract)
		m.toldOnly = true
	}
	if n := m.sufferer + m.crowd; n != "" {
		m.another = s.saysAnother(n)
	}
	if !t.verb && speechKinds.has(kind) && s.introducesQuote(c.tok) {
		return Mention{}, false // "Kritik des Ministers am Montag: …": what follows is what was said, a statement
	}
	if !t.verb && (kind == KindStrike || kind == KindProtest) && s.clauseHas(g, func(w string) bool { return endedForms[w] }) {
		return Mention{}, false // "Ärztestreik in Kärnten beendet": its end, no strike
	}
	if !t.verb && kind == KindBan && s.inClause(g, endings) {
		return Mention{}, false // "Die Sperre endete am Morgen": its end, not a ban
	}
	if !t.verb && s.clauseHas(g, inForce) && !s.clauseHas(g, func(w string) bool { return w == "als" }) && !s.hasTimeAnchor(g) {
		// "Das Fahrverbot gilt für alle Lastwagen": a rule in
		// force, a state; "gilt seit Montag" tells when it came into
		// force, "gilt als" what a happening is taken for
		return Mention{}, false
	}
	if kind == KindAppointment && t.verb && (t.infinitive == "setzen" && t.particle == "ein" || t.infinitive == "bestimmen" || t.infinitive == "bestellen") &&
		!x.namesPerson(m.Actors) && !s.personInClause(g) {
		// "wurde als Schmerzmittel eingesetzt": a thing put to use;
		// "Gelassenheit bestimmt den Film zum Konzert": what marks a
		// thing; no one appointed
		return Mention{}, false
	}
	if !t.verb && kind == KindOverthrow && !s.ruleContext() {
		return Mention{}, false // "nach einem Sturz auf der Piste": a fall, no one overthrown
	}
	if s.overOccasions(g) {
		return Mention{}, false // "hat in 31 Sitzungen 87 Gesetze beschlossen": a tally over many happenings
	}
	if !t.verb && s.countedAs(g, c.tok) {
		return Mention{}, false // "Es ist die zweite Abschiebung in diesem Jahr": the one told, counted among others
	}
	if !t.verb && kind == KindOffer && s.indefinitePredicate(g, c.tok) {
		return Mention{}, false // "Die Seite ist ein Angebot der Velmark AG": a service, what the site is, no offer made
	}
	if !t.verb && c.tok > 0 && (s.toks[c.tok-1].is(quantifiers) || s.tally(c.tok) || allOf(s.toks[c.tok-1].lower)) {
		return Mention{}, false // "mehrere Kundgebungen", "alle Gespräche": many happenings, a tally
	}
	if prep, det, _ := s.nounPhrase(c.tok); !t.verb && prep == "vor" && det == "" {
		return Mention{}, false // "Schutz vor Hochwasser", "Angst vor Streiks": any such happening, none told
	}
	if t.verb && s.countedAttribute(c.tok) {
		return Mention{}, false // "die Zahl der 2014 gestorbenen Menschen": what the participle says of those counted, a statistic
	}
	if s.casesCounted(g) {
		return Mention{}, false // "in 8.000 Fällen wurden Verfahren eingeleitet": that many happenings, a tally
	}
	if t.verb && s.trend(g) {
		return Mention{}, false // "Immer weniger Kunden kaufen Laptops": a trend, no happening
	}
	if !t.verb && s.inAttribute(c.tok) {
		return Mention{}, false // "die für das Gipfeltreffen eingerichteten Sperren": what the barriers are for
	}
	if !t.verb && s.timePassedSince(g, c.tok) {
		return Mention{}, false // "Seit dem Hurrikan waren sechs Jahre vergangen": a time counted from it, no telling
	}
	if !t.verb && kind == KindBirth && s.sinceBirth(c.tok) {
		return Mention{}, false // "drei Wochen nach der Geburt des Sohnes", "vom Tag ihrer Geburt an": a time, told by the birth
	}
	if !t.verb && s.judged(g, c.tok) {
		return Mention{}, false // "hält eine Eröffnung im Mai für unrealistisch": a view
	}
	if !t.verb && s.deemedLikely(g, c.tok) {
		return Mention{}, false // "Eine Einigung sei bis Mai realistisch": a view of whether it comes
	}
	if !t.verb && decidedKinds.has(kind) && s.restsWith(g, c.tok) {
		return Mention{}, false // "Die Entscheidung liegt beim Rat": who is to decide, nothing decided
	}
	if !t.verb && s.verbOf(g, c.tok, &refusing) {
		return Mention{}, false // "verweigerte seine Genehmigung": withheld, not given
	}
	if kind != KindMarket && (!t.verb || kind == KindAction || changeVerbs[t.particle+t.infinitive]) && s.changeRate(g) && !(x.dated && s.circumstance(c.tok)) {
		// (a trigger verb that tells a quantity falling too: "stürzte auf
		// 18 Prozent ab", no crash)
		return Mention{}, false // "das Stellenangebot stieg um acht Prozent": a quantity that changed, a statistic
	}
	if s.comparedAmount(g) {
		return Mention{}, false // "investierte dreimal so viel wie das Land": amounts compared, a statistic
	}
	if len(m.Actors) == 0 && s.comparedToTime(g) {
		return Mention{}, false // "sind im vergangenen Jahr mehr Menschen gestorben als im Vorjahr": a statistic
	}
	if !t.verb && s.wanted(c.tok) {
		return Mention{}, false // "Rufe nach dem Rücktritt": asked for, not told
	}
	tn := s.tenseOf(g, c)
	if kind == KindAction && len(m.Actors) > 0 && !slices.Contains(m.Roles, model.RoleAgent) && !slices.Contains(m.Roles, model.RolePatient) {
		return Mention{}, false // "Japan führt die Rangliste an, Schweden innerhalb der Union": no one named acted or was acted on
	}
	if kind == KindAction && tn.background && !s.hasOwnTimex(g) {
		// "Er hat sich in diesen Jahren viel Wissen angeeignet", "hatte
		// einst …": a verb no lexicon lists, told as remote or over
		// years, tells a life's course, not news
		return Mention{}, false
	}
	if kind == KindAction && m.lead && (!tn.past || len(m.Actors) == 0 && m.crowd+m.sufferer == "" || m.action.self) {
		// The body's first sentence retells the head but also sets the
		// scene: in the present it tells views and states ("wünscht
		// sich", "rechnet mit"), with "sich" a stance ("spricht sich
		// aus"); a deed of someone named, told as past, is the news.
		return Mention{}, false
	}
	if kind == KindAction && (s.reported(c.tok) || s.inClause(g, reportative)) {
		// "Er habe den Saal verlassen", "Er soll den Diebstahl
		// zugegeben haben": what someone says happened
		return Mention{}, false
	}
	tail := s.speechTail()
	if tail >= 0 && c.tok < tail && !tn.past && !planned && kind != KindStatement && !s.hasTimeAnchor(g) {
		return Mention{}, false // "Die Preise steigen weiter, sagt X": what someone holds, not a happening told
	}
	// "…, kritisiert Scholz die Regierung": a criticism told as the
	// tag of what was said is a saying, a reaction (spoken); so is a
	// statement's tag after a quotation ("„…“, sagt X")
	quoteTag := c.tok >= 2 && s.toks[c.tok-1].punct == ',' && (s.toks[c.tok-2].punct == '"' || s.toks[c.tok-2].quoted)
	m.tagged = t.verb && (kind == KindCriticism || kind == KindStatement) && (tail >= 0 && c.tok >= tail || kind == KindStatement && quoteTag)
	if s.possibly(g) {
		return Mention{}, false // "kündigte an, notfalls vor Gericht zu ziehen": a possibility, not a happening
	}
	if kind == KindMeeting && t.verb && t.infinitive == "treffen" && (passive || s.thingSubject(g) || x.happeningOpens(s) || s.encounter(g) || s.noObjectAfter(c.tok, c.tense)) {
		// "wurde von einer Platte getroffen", "Das hat auch die Bank
		// getroffen", "Hackerangriff trifft Siemens": hit, not met;
		// "trifft auf den Titelverteidiger": faces him
		return Mention{}, false
	}
	if t.verb && c.tok == firstWord(s.toks, 0, len(s.toks)) && c.tok+1 < len(s.toks) && s.toks[c.tok+1].text == "Sie" {
		return Mention{}, false // "Kaufen Sie Kupfer!": a call to do it
	}
	if t.verb && c.tok > 0 && s.toks[c.tok-1].lower == "zu" && s.thereIs(g) {
		return Mention{}, false // "Bei Tchibo gibt es Inseln zu kaufen": what can be done
	}
	if t.verb && (!t.conditional() || wonKinds.has(kind)) && s.inClause(g, obligations) {
		// "Der Verein muss sparen": what must or may be done, not
		// what was; a verb that needs its context noun ("muss Insolvenz
		// beantragen") tells the happening by that noun, but a game, a
		// vote or a prize one must win is still to be won
		return Mention{}, false
	}
	if t.verb && c.tense == tenseParticiple && s.inSegment(c.tok, remains) {
		return Mention{}, false // "Das Werk bleibt geschlossen": a state that lasts
	}
	if speechKinds.has(kind) && t.verb && s.nichtAfter(c.tok) {
		return Mention{}, false // "äußerte sich am Montag nicht": nothing said
	}
	if t.kind == KindAnnouncement && t.verb && s.negated(c.tok) {
		return Mention{}, false // "gab seinen Rücktritt (noch) nicht bekannt": nothing announced (a statement that denies was made)
	}
	if !speechKinds.has(kind) && (s.negated(c.tok) || !t.verb && s.denied(c.tok)) {
		// "Die Polizei hat den Mann nicht festgenommen", "Es gab keine
		// Einigung"; a statement that denies ("schloss … nicht aus") was
		// still made
		return Mention{}, false
	}
	if !t.verb && (s.inClause(g, averting) || s.refrainsFrom(g, c.tok)) {
		return Mention{}, false // "entging einer Klage", "sieht von Ermittlungen ab": averted or refrained from, not happened
	}
	if !t.verb && speechKinds.has(kind) {
		if prep, _, _ := s.nounPhrase(c.tok); prep != "" {
			return Mention{}, false // "bekannte sich zu den Vorwürfen", "nach Kritik": what it refers to, not a saying told
		}
	}
	if kind == KindPublication && x.interviewIn(s, c.tok) {
		return Mention{}, false // "lobte sie in einem gestern veröffentlichten Interview": where it was said
	}
	if kind == KindMatch && noun == "Tor" && t.verb && t.infinitive == "treffen" && s.accusativeIn(g) {
		return Mention{}, false // "trafen den Hochkommissar in Genf": met someone, no goal
	}
	if kind == KindMatch && t.verb && t.infinitive == "verlieren" {
		if th := s.ownedBeside(c.tok); th != "" && !t.cuedBy(th) {
			return Mention{}, false // "hat seine Lizenz verloren", "verlor seinen Platz": something of one's own lost, no game
		}
	}
	if kind == KindAttack && !t.verb && strings.HasSuffix(s.toks[c.tok].lower, "offensive") && x.sporting() {
		return Mention{}, false // "brachte zwei Spieler als Verstärkung für die Offensive": a team's attack, on the pitch
	}
	if kind == KindDecision && t.verb && t.infinitive == "beschließen" && s.closesSpell(g, c.tok) {
		return Mention{}, false // "Der Künstler beschließt das Jahr": he closes it, nothing decided
	}
	if kind == KindMatch && !t.conditional() && !x.sporting() {
		return Mention{}, false // "eine Niederlage vor Gericht", "der Sieg der Rebellen": a figure of speech where no game is told
	}
	if !t.verb && s.topicAfterName(g, c.tok) {
		return Mention{}, false // "Pfarrer Müller zu den Protesten in Linz": a heading's topic, what someone speaks on
	}
	if !t.verb && s.existsSince(g) {
		return Mention{}, false // "In Linz gibt es seit 2010 ein Verbot": a state since then, no happening told
	}
	if !t.verb && s.verbOf(g, c.tok, &meaning) && !x.sporting() {
		return Mention{}, false // "Das Gesetz bedeutet eine Erhöhung der Preise": what a thing comes to, no happening told
	}
	if kind == KindDecision && !t.verb && s.verbOf(g, c.tok, &settling) && x.sporting() {
		return Mention{}, false // "Das Tor brachte die Entscheidung": what settled a game, no one's decision
	}
	if kind == KindElection && !t.verb && s.toks[c.tok].lower == "kraft" && !s.saysOneOf(g, becameForms) {
		return Mention{}, false // "ist seit 2019 stärkste Kraft", "will stärkste Kraft werden": a standing or an aim, no election won
	}
	if kind == KindAppointment && t.verb && s.leadInPlay(g, c.tok, &t) && x.sporting() {
		return Mention{}, false // "verteidigte die am Freitag übernommene Führung": a lead in a contest, no post
	}
	if (kind == KindInsolvency || kind == KindMeeting) && !t.verb && c.tok > 0 && s.gamesCounted(g, c.tok, false) && (kind == KindInsolvency || x.sporting()) {
		return Mention{}, false // "drei Pleiten in Piräus": defeats counted; a firm fails once
	}
	if !t.verb && s.anniversary(c.tok) {
		return Mention{}, false // "zum 35. Jahrestag der Gründung": remembered, not told
	}
	if (kind == KindMatch || kind == KindAward && t.verb) && (s.gamesCounted(g, c.tok, t.verb) || t.verb && s.winsCounted(g, &t)) {
		return Mention{}, false // "nach fünf Siegen aus sechs Partien", "zwölf der letzten 20 Rennen gewonnen": a season's tally
	}
	if !t.verb && s.verbOf(g, c.tok, &thwarting) {
		return Mention{}, false // "Die Polizei verhinderte einen Anschlag": thwarted, it did not happen
	}
	if !t.verb && s.governedBy(c.tok) == "auf" && s.verbOf(g, c.tok, &renouncing) {
		return Mention{}, false // "verzichtet auf die Übernahme": given up, it did not happen
	}
	if !t.verb && s.verbOf(g, c.tok, &multiplying) {
		return Mention{}, false // "Die Besuche häuften sich": more and more of them, a tally
	}
	if t.verb && c.tense == tensePresent && s.letsDo(g, c.tok) && !s.hasTimeAnchor(g) {
		return Mention{}, false // "lässt Nutzer entscheiden": what one may do, no happening
	}
	if !t.verb && s.imminent(g) {
		return Mention{}, false // "Seine Entlassung stand bevor": about to come, not come
	}
	if !t.verb && s.needed(c.tok) {
		return Mention{}, false // "benötigen einen klaren Heimsieg": needed, not won
	}
	if !t.verb && s.expects(g) {
		if prep, _, _ := s.nounPhrase(c.tok); prep == "" {
			// "Die Firma fürchtet eine Übernahme": feared, hoped or
			// expected, not told ("erwartet nach der Übernahme …" tells it)
			return Mention{}, false
		}
	}
	if kind == KindSale && t.verb && !slices.Contains(m.Roles, model.RolePatient) && s.longSpan(g) && s.goodsCounted(g) {
		return Mention{}, false // "verkaufte im vergangenen Jahr rund 230 Millionen iPhones": a year's sales, no deal
	}
	if kind == KindOffer && t.verb && !planned && !tn.past && !s.hasTimeAnchor(g) && !s.tellsNew(g) {
		return Mention{}, false // "Der Provider bietet Internet und TV an": what it sells, no offer made
	}
	if kind == KindResults && s.shareOfResults(g) {
		return Mention{}, false // "erzielte ein Drittel seines Umsatzes in Amerika": where the turnover comes from, no results told
	}
	if kind == KindAgreement && t.verb && t.infinitive == "kooperieren" && !planned && (!tn.past || !s.hasAux(g) && strings.HasSuffix(s.toks[c.tok].lower, "iert")) &&
		!s.hasTimeAnchor(g) && !s.headlineBlock() && !s.tellsNew(g) {
		// ("kooperiert" without an auxiliary is the present, though it
		// looks like the participle)
		return Mention{}, false // "Die Kette kooperiert bei dem Angebot mit einer Agentur": working together, no agreement made
	}
	if kind == KindLaunch && t.verb && t.noun == "Markteinführung" && !planned && !tn.past && !s.hasTimeAnchor(g) && !s.headlineBlock() {
		// "Das Spiel kommt erst im Frühjahr in den Handel" of an article
		// whose date leaves the season open: a launch told in the present
		// with no time is one to come, not one told done
		return Mention{}, false
	}
	if kind == KindConstruction && t.verb && !planned && !tn.past && !s.hasTimeAnchor(g) && !s.headlineBlock() &&
		!s.saysOneOf(g, nowWords) {
		// "Als Ersatz baut das Land eine neue Straße": a building going
		// on, begun at no time told (what is built is new as a rule)
		return Mention{}, false
	}
	if !planned && (!tn.past && s.inProgress(g, false) || !t.verb && !studyNouns[t.noun] && s.inProgress(g, true)) {
		// "Die Bank berät derzeit mit dem Land": going on, not done;
		// "derzeit liefen Verhandlungen": so in reported speech too,
		// where a noun is told in a past form
		return Mention{}, false
	}
	if tn.past && !t.verb && !s.hasTimeAnchor(g) && s.judgedKnown(g, c.tok) {
		tn.background = true // judged, not told: a happening before the article, not of its days
	}
	if !planned && !t.verb && !tn.past && !s.afterNach(c.tok) && !s.headlineBlock() && !s.hasTimeAnchor(g) && !studyNouns[t.noun] && !s.trafficAccident(kind, c.tok) &&
		!s.saysOneOf(g, doneWords) { // ("Der Wechsel zu Chelsea ist perfekt": done, news of now)
		return Mention{}, false // "Das Treffen erfolgt inmitten …": a noun in a present-tense clause is talk about an event, not its telling
	}
	if passive && !planned && !tn.past && !s.passiveDone(g) && !s.headlineBlock() && !s.hasTimeAnchor(g) && !s.isMain(g) {
		// "…, in der über die Zölle beraten wird": a present passive
		// with no day, in a clause that describes, tells what is done
		// there as a rule or as it goes on, no happening
		return Mention{}, false
	}
	m.Date, m.Timex, m.Dating = x.date(s, c, g, tn, planned, announces != "")
	if !m.Date.Valid() {
		m.openDate = s.openDate(g)
	}
	if onlyWhere(m.preps, len(m.Actors)) && (m.Dating == DatedOwn && (yearValue(m.Timex) || s.yearTimex(g)) || s.monthsSpan(g)) && s.largeCount(g) {
		// "2023 starben 412 Menschen", "Im Vorjahr wurden 38.000 Anträge
		// gestellt", "2014 sind 214.000 Menschen in die EU geflohen", "Von
		// Jänner bis Juli haben 3.000 Familien Anträge gestellt": a year's or
		// months' tally, not a happening, also where a name only says
		// where (a weekday of an article whose date is unknown may
		// resolve as widely, and tells one)
		return Mention{}, false
	}
	if len(m.Actors) == 0 && (impersonalKinds.has(kind) && kind != KindMarket && s.countsPercent(g) || s.shareOfAll(g)) {
		return Mention{}, false // "Im Spital sterben 40 Prozent", "ein Viertel aller Anschläge": a share, no happening
	}
	if len(m.Actors) == 0 && (s.toNow(g) || s.overSpan(g) != "" || s.countSoFar(g)) && s.largeCount(g) {
		// "Seit Ausbruch der Unruhen wurden 439 Menschen getötet", "binnen
		// vier Wochen 350 Tote", "seien bereits 260 Kämpfer getötet
		// worden": a toll (one over years, whoever it names, is a tally:
		// habitual)
		return Mention{}, false
	}
	if x.dated && len(m.Actors) == 0 && !m.Date.Valid() && (obj == "" && m.institution == "" || !s.dayOfUnknownYear(g, c.tok)) {
		// a happening that names no one is on the timeline by its date:
		// "die Wahl im November" of an article of unknown year says nothing;
		// one told for a day the article's unknown date leaves open, with
		// its place, still tells it ("Der Großbrand in X am Montag")
		return Mention{}, false
	}
	m.pluperfect = tn.pluperfect
	if art := s.a.Date.Interval; planned {
		// A plan is on the timeline only with the date it is for, and only
		// when that date has not passed as the article is written.
		// An article of unknown date leaves its plan's day unresolved
		// ("am Freitag", "am 4. Juli"): still firmly scheduled, unless
		// only wanted ("will … vorlegen") or rumoured ("soll angeblich");
		// a plan only wanted with no day waits for its announcement
		// there as in an article of known date.
		if m.Dating != DatedOwn && (art.Valid() || !s.dayOfUnknownYear(g, c.tok)) && s.inClause(g, intention|reportative) && !s.hedged(g) && len(m.Actors) > 0 {
			// news only if the next sentence announces it (see extract):
			// "Siemens will … streichen", "Bei Siemens sollen … gestrichen
			// werden" before "Das teilte der Konzern mit"
			m.intent = true
		} else if m.Dating != DatedOwn && (art.Valid() || !s.dayOfUnknownYear(g, c.tok) || s.inClause(g, intention) || s.hedged(g)) || art.Valid() && m.Date.End < art.Start {
			return Mention{}, false
		}
	} else if m.Dating == DatedOwn && !tn.past && art.Valid() && m.Date.End > art.End && s.lastsUntil(g) {
		// "streiken noch bis Freitag", "streiken bis zum Schichtende am
		// Freitag": what goes on until a day to come is happening, no
		// plan, from the article's day on at the latest
		if art.Days() == 1 {
			m.Date.Start = min(m.Date.Start, art.Start)
		}
	} else if m.Dating == DatedOwn && !tn.past && art.Valid() && m.Date.End > art.End {
		// told in the present, dated to what may come after the article:
		// "beginnt am Freitag"; an article known only to some years
		// leaves "am 3. Mai" open, and the present tense of a
		// dated happening is the schedule's
		if !t.verb && pastAnchors.has(s.governedBy(c.tok)) {
			// "Nach der Sperre der Grenze erwartet Spanien in diesem
			// Jahr …": a noun after "nach" or "seit" happened before
			// its clause, whose date is not its own
			m.Date, m.Timex, m.Dating = model.Before(art.End), "", DatedBefore
		} else {
			planned = true
		}
	}
	if planned && s.aimedAt(g) {
		return Mention{}, false // "Der Start wird Ende 2027 angepeilt": a goal, not a schedule
	}
	if planned && unplanned.has(family(kind)) {
		return Mention{}, false // "Das Land möchte nach dem Erdbeben die Schulen aufbauen": what is planned is not the earthquake
	}
	if planned && !t.verb && len(m.Actors) == 0 && m.institution == "" && slices.Contains(x.told, family(kind)) && s.completes(g) {
		if _, _, det, _ := s.npContext(c.tok); det == "die" || det == "der" || det == "das" {
			// "X übernimmt Y" … "Die Übernahme soll im Januar
			// abgeschlossen sein": when the happening the article told is
			// to be done, no plan of its own
			return Mention{}, false
		}
	}
	if planned {
		m.Kind = KindPlan
	} else {
		x.asStep(s, c.tok, &m)
	}
	m.Object, m.ObjectPrep, m.objectRank = obj, prep, int8(rank)
	if kind == KindAction && len(m.Actors) == 0 && (m.thing == "" || m.thingDone) && m.institution == "" && m.crowd+m.sufferer == "" && (obj == "" || prep != "") {
		// an action that names neither who did it nor what it was done
		// to, only where ("Am Montag sind in Linz zwölf Leute verletzt
		// worden", the people no name): a verb no title can tell
		return Mention{}, false
	}
	if kind == KindStatement || kind == KindCriticism {
		m.about = x.aboutKind(s, c.tok, kind == KindCriticism)
		m.assessment = kind == KindStatement && t.verb && s.assessing(c.tok, t.infinitive)
	} else if kind == KindPost {
		m.about = x.afterKind(s)
	}
	m.words = s.words(x)
	m.owns = x.owners(s)
	m.posts = x.postHolders(s)
	if m.Dating == DatedOwn && len(m.Timex) == len("2006-01-02") && m.Timex[4] == '-' && m.Timex[7] == '-' {
		// The same day named in two sources ("am 6. Januar 2021") ties
		// their mentions as a shared word does: dates many articles name
		// are what a timeline is made of.
		m.words = append(m.words, stemHash("@"+m.Timex))
	}
	if m.action != nil {
		m.words = append(m.words, stemHash("#"+m.action.infinitive)) // the same verb tells the same action again
	}
	if kind == KindStatement && spec > 0 {
		// A specific statement ("Bestätigung", "Dementi") is told again
		// with the same verb: "Meta bestätigte Gerüchte" … "Meta bestätigte also, …".
		m.words = append(m.words, stemHash("#"+noun))
	}
	switch {
	case planned || spec >= 3 && x.lx.kindNouns[kind] != noun:
		// Plans of one kind of thing, and a specific noun the sentence
		// may not spell out ("aufgerufen" … "Streikaufruf").
		m.words = append(m.words, stemHash("#"+noun))
	case spec >= 3:
		// A noun that is its kind's own ("Urteil") ties mentions of one
		// who underwent it, or of one who did it when nobody underwent
		// it: two verdicts of one court are two verdicts, two of one
		// defendant most likely one.
		m.words = append(m.words, m.kindTies(noun)...)
	}
	return m, true
}

// owners returns the pairs of owner and organisation that the sentence
// ties by a possessor and a noun before the organisation's name:
// "Bergers Verlag Tagblatt", "Meiers Firma Acme".
func (x *extractor) owners(s *sent) [][2]int {
	var out [][2]int
	for k := range s.actors {
		r := &s.actors[k]
		if r.first < 0 || r.quoted || r.Actor < 0 || r.Actor >= len(x.actors) || !s.possessor(r) {
			continue
		}
		n := r.last + 1
		if n+1 >= len(s.toks) || !s.toks[n].word() || !s.toks[n].upper || s.toks[n].actor >= 0 || s.toks[n+1].actor < 0 {
			continue
		}
		o := s.actors[s.toks[n+1].actor].Actor
		if o >= 0 && o < len(x.actors) && o != r.Actor && x.actors[o].Kind == model.Organization {
			out = append(out, [2]int{r.Actor, o})
		}
	}
	for k := range s.actors {
		// "die EU-Kommission" over the headline's "EU": a body named
		// after the organisation it is of acts for it
		r := &s.actors[k]
		if r.first < 0 || r.quoted || r.modifier || r.Actor < 0 || r.Actor >= len(x.actors) || x.actors[r.Actor].Kind != model.Organization {
			continue
		}
		first, head, ok := strings.Cut(s.a.Text[r.Start:r.End], "-")
		if !ok || first == "" || !isInstitution(strings.ToLower(head)) {
			continue
		}
		if o := x.orgWritten(first); o >= 0 && o != r.Actor {
			out = append(out, [2]int{r.Actor, o})
		}
	}
	return out
}

// orgWritten returns the organisation of the actor table that the
// article names as written, or -1.
func (x *extractor) orgWritten(written string) int {
	for _, m := range x.a.Actors {
		if !m.Implicit && m.Actor >= 0 && m.Actor < len(x.actors) && x.actors[m.Actor].Kind == model.Organization && x.a.Text[m.Start:m.End] == written {
			return m.Actor
		}
	}
	return -1
}

// shareOfResults reports a share of a firm's turnover or profit in
// clause g ("ein Drittel seines Umsatzes", "40 Prozent ihres Gewinns",
// "den Großteil des Erlöses"): what makes up the results, not results.
func (s *sent) shareOfResults(g int) bool {
	for i := 0; i+2 < len(s.toks); i++ {
		if s.toks[i].group != g || !shareNouns[s.toks[i].lower] {
			continue
		}
		switch s.toks[i+1].lower {
		case "seines", "ihres", "des", "der":
			if n := s.toks[i+2].lower; strings.HasPrefix(n, "umsatz") || strings.HasPrefix(n, "gewinn") || strings.HasPrefix(n, "erlös") || strings.HasPrefix(n, "ergebnis") {
				return true
			}
		}
	}
	return false
}

// shareNouns name a part of a whole.
var shareNouns = map[string]bool{"drittel": true, "viertel": true, "fünftel": true, "hälfte": true, "prozent": true, "anteil": true, "großteil": true, "mehrheit": true}

// courtNoun reports a noun of a court, in any case: "Landgericht",
// "Verwaltungsgerichtshof".
func courtNoun(w string) bool { return hasSuffixFold(w, "gericht") || hasSuffixFold(w, "gerichtshof") }

// courtAt returns the court of clause g that a verdict was passed at:
// a court's noun after "am", "beim" or "vor dem" ("am Linzer
// Landgericht", "vor dem Bezirksgericht"), or "".
func (s *sent) courtAt(g int) string {
	for i := range s.toks {
		t := &s.toks[i]
		if !t.word() || !t.upper || t.quoted || t.actor >= 0 || s.scopeOf(i, g) != 0 || !isInstitution(t.lower) || !courtNoun(t.lower) {
			continue
		}
		switch prep, _, _ := s.nounPhrase(i); prep {
		case "am", "beim", "vor":
			return t.text
		}
	}
	return ""
}

// requiredNoun returns the first and last token of the capitalised noun
// that trigger t at token tok requires in its clause ("Kraft" of "in
// Kraft treten"), with its article and the preposition before them ("auf
// die Straße gehen", "den Rücken kehren"), or -1, -1. Before the verb,
// only a noun after a preposition is part of it.
func (s *sent) requiredNoun(t *trigger, tok int) (int, int) {
	g := s.toks[tok].group
	for _, w := range t.require {
		for k := range s.toks {
			n := &s.toks[k]
			if n.group != g || !n.word() || !n.upper || n.quoted || n.lower != w || n.is(prepositions|determiners|subjectPronouns) {
				continue
			}
			from := k
			if p := from - 1; p >= 0 && s.toks[p].word() && s.toks[p].is(determiners) {
				from = p
			}
			if p := from - 1; p >= 0 && s.toks[p].word() && s.toks[p].is(prepositions) {
				from = p
			} else if k < tok {
				continue // a subject the reading needs ("der Staatsanwalt … gefordert") is no part of the verb
			}
			return from, k
		}
	}
	return -1, -1
}

// objectRightAfter reports a noun right after the verb at tok, no name
// and no date: "Hagel beschädigt Autos", whose verb is then the present
// it is as much as a participle after a singular, and the noun its
// object (after a plural a form in -t is the participle: "Straßen
// gesperrt").
func (s *sent) objectRightAfter(tok int) bool {
	n := tok + 1
	if n >= len(s.toks) || !s.toks[n].word() || !s.toks[n].upper || s.toks[n].quoted || s.toks[n].actor >= 0 || s.toks[n].timex >= 0 {
		return false
	}
	_, _, noun := text.HeadNoun(s.toks[n].text) // (a compound the lexicon lacks too: "Lagerhalle")
	return noun
}

// whither reports whether clause g names the lower-cased noun after the
// preposition prep and an article of the accusative, over adjectives:
// where to ("an die Frankfurter Börse"), not where ("an der Börse").
func (s *sent) whither(g int, prep, noun string) bool {
	for k := range s.toks {
		if n := &s.toks[k]; n.group != g || !n.word() || n.lower != noun {
			continue
		}
		j := k - 1
		for j > 0 && s.toks[j].word() && !s.toks[j].is(determiners|prepositions) && (s.toks[j].upper || hasDeclension(s.toks[j].lower)) {
			j--
		}
		if j > 0 && s.toks[j].word() && (s.toks[j].lower == "die" || s.toks[j].lower == "den" || s.toks[j].lower == "das") && s.toks[j-1].lower == prep {
			return true
		}
	}
	return false
}

// cuedKind returns the kind of happening a cue of t that a word of
// clause g holds is the noun of ("Streiktag" holds the cue "streik" of
// a call to strike), or "" for none.
func (x *extractor) cuedKind(s *sent, g int, t *trigger) Kind {
	for i := range s.toks {
		tok := &s.toks[i]
		if tok.group != g || !tok.word() || tok.quoted {
			continue
		}
		for _, c := range t.cues {
			if !cueMatches(tok.lower, c) {
				continue
			}
			if n, ok := x.lx.nouns[strings.TrimPrefix(c, "=")]; ok {
				if k := x.lx.triggers[n].kind; !speechKinds.has(k) && k != KindStatement && k != KindAnnouncement {
					return k
				}
			}
		}
	}
	return ""
}

// postHolders returns the pairs of person and organisation that the
// sentence ties by a post: a role noun with the organisation in its
// genitive or after "von" and the person apposed ("Der Vorstandschef der
// X, Y, …"), or the organisation before the role in a compound right
// before the person ("X-Chef Y"). A post held once ties nothing ("der
// frühere Chef der X, Y").
func (x *extractor) postHolders(s *sent) [][2]int {
	var out [][2]int
	for k := range s.actors {
		r := &s.actors[k]
		if r.first < 0 || r.quoted || r.modifier {
			continue
		}
		if j := s.roleNamed(r); j >= 0 && j+2 < r.first && !(j > 0 && formerPost(s.toks[j-1].lower)) {
			switch s.toks[j+1].lower {
			case "der", "des", "von":
				if o := s.toks[j+2].actor; o >= 0 && !s.actors[o].modifier && x.holdsPost(r.Actor, s.actors[o].Actor) {
					out = append(out, [2]int{r.Actor, s.actors[o].Actor})
				}
			}
		}
		if p := r.first - 1; p >= 0 && hasRoleSuffix(s.toks[p].lower) && !(p > 0 && formerPost(s.toks[p-1].lower)) {
			if o := s.toks[p].actor; o >= 0 && s.actors[o].modifier && x.holdsPost(r.Actor, s.actors[o].Actor) {
				out = append(out, [2]int{r.Actor, s.actors[o].Actor})
			}
		}
	}
	return out
}

// holdsPost reports whether actors person and org can be a post's holder
// and its organisation.
func (x *extractor) holdsPost(person, org int) bool {
	return person >= 0 && person < len(x.actors) && org >= 0 && org < len(x.actors) && person != org &&
		x.actors[person].Kind == model.Person && x.actors[org].Kind == model.Organization
}

// onlyOrganisations reports whether every actor is an organisation.
func (x *extractor) onlyOrganisations(actors []int) bool { return x.allOf(actors, model.Organization) }

// allOf reports whether every actor of the list is of kind k.
func (x *extractor) allOf(actors []int, k model.ActorKind) bool {
	for _, a := range actors {
		if a < 0 || a >= len(x.actors) || x.actors[a].Kind != k {
			return false
		}
	}
	return true
}

// settingPreps govern a happening that sets another in time or place:
// "bei der Wahl im Mai anzutreten" announces a candidacy,
// not the election.
var settingPreps = map[string]bool{"bei": true, "beim": true, "vor": true, "nach": true, "während": true, "seit": true}

// reportNouns name statements that report news, which may be announcements.
var reportNouns = map[string]bool{"Mitteilung": true, "Bestätigung": true}

// spokenOnly are verbs of saying, not of writing or posting: what they
// tell on a platform is a statement made there, no post.
var spokenOnly = map[string]bool{"sagen": true, "erklären": true, "äußern": true, "betonen": true, "dementieren": true,
	"bestreiten": true, "meinen": true, "sprechen": true}

// objectAfterVerb reports an accusative-like phrase after the finite
// verb of clause g, not in a prepositional phrase: an article or a
// possessive that opens it ("hat seine Frau überrollt", "erschoss einen
// Passanten"), or a name.
func (s *sent) objectAfterVerb(g int) bool {
	finite := s.clauseVerb(g, -1)
	if finite < 0 {
		return false
	}
	for i := finite + 1; i < len(s.toks); i++ {
		t := &s.toks[i]
		if t.group != g || !t.word() || t.quoted || t.timex >= 0 {
			continue
		}
		if i > 0 && s.toks[i-1].is(prepositions) {
			continue
		}
		if t.actor >= 0 || thingArticles[t.lower] {
			return true
		}
	}
	return false
}

// lastsUntil reports a "bis" of clause g that opens its time expression
// with no "vom" or "von" before it: what the clause tells lasts until then
// ("streiken noch bis Freitag"), where "vom 3. bis 7. März" is a span of
// its own.
func (s *sent) lastsUntil(g int) bool {
	until := false
	for i := range s.toks {
		t := &s.toks[i]
		if !t.word() || t.quoted {
			continue
		}
		if t.is(reportative|intention|planWords) && !(t.is(planWords) && i > 0 && s.toks[i-1].lower == "wie") {
			return false // "soll bis Mai fertig sein und dann … wählen": what is to come ("wie geplant": as it was)
		}
		if t.group == g && (t.lower == "von" || t.lower == "vom" || t.lower == "ab") && i+1 < len(s.toks) &&
			(s.toks[i+1].timex >= 0 || s.toks[i+1].lower == "morgen" || s.toks[i+1].lower == "heute") {
			return false // "von Montag bis Freitag", "von morgen bis …": a span to come
		}
		if t.group != g || t.lower != "bis" || i > 0 && s.toks[i-1].timex >= 0 {
			continue
		}
		for k := i + 1; k < len(s.toks) && k <= i+4 && s.toks[k].word(); k++ {
			if s.toks[k].timex >= 0 {
				until = true // "bis Freitag", "bis zum Betriebsschluss am Freitag"
				break
			}
		}
	}
	return until
}

// completes reports a word of clause g that says a happening is to be
// completed: "soll … abgeschlossen sein", "vollzogen werden".
func (s *sent) completes(g int) bool {
	for i := range s.toks {
		if t := &s.toks[i]; t.group == g && t.word() && !t.upper && completionWords[t.lower] {
			return true
		}
	}
	return false
}

// completionWords say that what a clause names is to be completed or take
// effect, not to begin.
var completionWords = map[string]bool{
	"abgeschlossen": true, "abschließen": true, "vollzogen": true, "vollziehen": true,
	"umgesetzt": true, "wirksam": true, "vollendet": true,
}

// unplanned are the kinds of happening no one plans or schedules (an
// accident, a disaster, a death): one a clause plans or dates after its
// article is what the plan follows, a forecast or a date misread, never
// a plan ("Erdbeben (geplant)").
var unplanned = kindsOf(KindAccident)

// announcedObject reports whether the noun at token obj is the object of
// the announcing verb at token verb of clause g: "kündigte den Abbau von
// 500 Stellen an", not "wie X verkündete, stiegen die Verkäufe" nor
// "nach der Ankündigung".
func (s *sent) announcedObject(g, verb, obj int) bool {
	thing := s.thingOf(g, verb)
	return thing != "" && (thing == s.toks[obj].text || strings.HasSuffix(thing, " "+s.toks[obj].text))
}

// agents returns how many of roles are agents.
func agents(roles []model.Role) int {
	n := 0
	for _, r := range roles {
		if r == model.RoleAgent {
			n++
		}
	}
	return n
}

// saidInstead returns the noun of the statement that trigger t, of a
// kind that is no saying, tells here instead of its happening, or "":
// an announcement in a speech tag ("Die Sperre endete am Morgen, gab
// der Gouverneur bekannt": what was made known, no news of its own), in
// a closing "wie" clause ("…, wie die Polizei bekanntgab": the source of
// what is told) or before a bare colon ("Der Trainer kündigte an: …");
// an announcement of words ("kündigte an, … anzusprechen") or of what a
// "was" clause that tells no happening says (told: whether clause h has
// a candidate trigger); a judgement
// in a speech tag ("Die Pläne seien schrecklich, urteilte die Zeitung":
// no court's).
func (s *sent) saidInstead(c cand, t *trigger, g int, told func(h int) bool) string {
	tail := s.speechTail()
	inTag := tail >= 0 && c.tok >= tail
	switch {
	case t.kind == KindAnnouncement && inTag:
		return "Mitteilung"
	case t.kind == KindAnnouncement && t.verb && (s.closingWie(g, c.tok) || s.bareQuoteAfter(c.tok)):
		return "Mitteilung"
	case t.kind == KindAnnouncement && t.verb && (s.announcesWords(g) || s.announcesClause(g, told)):
		return "Äußerung"
	case t.kind == KindVerdict && t.verb && inTag:
		return "Äußerung"
	}
	return ""
}

// candidateIn reports a candidate trigger of the sentence in clause h.
func (x *extractor) candidateIn(h int) bool {
	return slices.ContainsFunc(x.cands, func(c cand) bool { return x.s.toks[c.tok].group == h })
}

// closingWie reports a "wie" clause g that holds token i and does not
// open the sentence: "…, wie die Polizei bekanntgab".
func (s *sent) closingWie(g, i int) bool {
	first := firstWord(s.toks, 0, len(s.toks))
	return s.opener[g] == "wie" && first < i && s.toks[first].group != g
}

// kindTies returns the words that tie a mention of its kind's own noun
// to others: the noun with each patient, else with each agent.
func (m *Mention) kindTies(noun string) []uint64 {
	var ties []uint64
	for _, want := range []model.Role{model.RolePatient, model.RoleAgent} {
		for k, r := range m.Roles {
			if r == want && k < len(m.Actors) {
				ties = append(ties, stemHash("#"+noun+"/"+strconv.Itoa(m.Actors[k])))
			}
		}
		if len(ties) > 0 {
			break
		}
	}
	return ties
}

// saysAnother reports the noun of people unnamed told after "weitere"
// ("ein weiterer Soldat", "zwei weitere Menschen").
func (s *sent) saysAnother(noun string) bool {
	for i := 1; i < len(s.toks); i++ {
		if s.toks[i].text == noun && strings.HasPrefix(s.toks[i-1].lower, "weitere") {
			return true
		}
	}
	return false
}

// interviewIn reports an interview noun in the comma segment of token i:
// an interview published is how someone's words became known, not a
// publication of their own.
func (x *extractor) interviewIn(s *sent, i int) bool {
	seg := s.toks[i].seg
	for k := range s.toks {
		if t := &s.toks[k]; t.seg == seg && k != i && t.noun > 0 && x.lx.triggers[t.noun-1].kind == KindInterview {
			return true
		}
	}
	return false
}

// patients returns the actors of a mention whose role is patient.
func patients(actors []int, roles []model.Role) []int {
	var out []int
	for k, r := range roles {
		if r == model.RolePatient && k < len(actors) {
			out = append(out, actors[k])
		}
	}
	return out
}

// aboutKind returns the kind of happening a statement or a criticism at
// token at names by a noun: a noun trigger of the sentence that its
// context reads so, else, for a criticism (anyNoun), any noun of the
// lexicon's triggers there that is no part of a name ("X verurteilte den
// Angriff scharf": no cue makes "Angriff" an attack in that sentence, yet
// it says what the criticism is about); "" for none. A statement's noun
// is no happening it is about.
func (x *extractor) aboutKind(s *sent, at int, anyNoun bool) Kind {
	for _, o := range x.cands {
		if ot := &x.lx.triggers[o.trig]; !ot.verb && ot.kind != KindStatement && o.tok != at {
			return ot.kind
		}
	}
	if !anyNoun {
		return ""
	}
	for i := range s.toks {
		if t := &s.toks[i]; t.noun != 0 && i != at && !t.quoted && !s.insideActor(i) {
			if k := x.lx.triggers[t.noun-1].kind; k != KindStatement && k != KindCriticism {
				return k
			}
		}
	}
	return ""
}

// afterKind returns the kind of the happening a noun after "nach" names
// in the sentence ("postete nach seinem Sieg"), or "".
func (x *extractor) afterKind(s *sent) Kind {
	for _, o := range x.cands {
		if ot := &x.lx.triggers[o.trig]; !ot.verb && !speechKinds.has(ot.kind) && s.governedBy(o.tok) == "nach" {
			return ot.kind
		}
	}
	return ""
}

// onlyWhere reports whether each of a mention's n actors, with its
// prepositions preps, only says where it happened ("in die EU", "nach
// Österreich"); true for none.
func onlyWhere(preps []string, n int) bool {
	for k := range n {
		if k >= len(preps) || preps[k] != "in" && preps[k] != "nach" {
			return false
		}
	}
	return true
}

// firstPerson reports an "ich" or "wir" in clause g: a speaker's own
// words, which news writes only in quotes.
func (s *sent) firstPerson(g int) bool {
	return s.clauseHas(g, func(w string) bool { return w == "ich" || w == "wir" })
}

// allOf reports a word that takes all of a plural noun ("alle Gespräche").
func allOf(w string) bool { return w == "alle" || w == "allen" || w == "aller" }

// noIssue reports a clause g that says what it names was not considered:
// "war kein Thema", "ist keine Option".
func (s *sent) noIssue(g int) bool {
	for i := range s.toks {
		if t := &s.toks[i]; t.group == g && t.word() && (t.lower == "kein" || t.lower == "keine") && i+1 < len(s.toks) {
			if n := s.toks[i+1].lower; n == "thema" || n == "option" {
				return true
			}
		}
	}
	return false
}

// visitedCountry returns the country a visit told at token tok of clause
// g went to, when no actor of the mention names it: one the visit's
// phrase or clause places it in ("Staatsbesuch im Iran", "reiste nach
// Polen") or the object of its verb ("besuchte Frankreich"); or "".
func (s *sent) visitedCountry(g, tok int, actors []int) string {
	for i := range s.toks {
		t := &s.toks[i]
		if !t.word() || !t.upper || t.quoted || s.scopeOf(i, g) != 0 || t.seg != s.toks[tok].seg || !isCountry(t.lower) {
			continue
		}
		switch prep := s.governedBy(i); {
		case prep == "in" || prep == "im" || prep == "nach":
		case prep == "" && len(s.toks[tok].forms) > 0 && i > tok:
		default:
			continue
		}
		if slices.ContainsFunc(actors, func(a int) bool { return a >= 0 && a < len(s.names) && strings.EqualFold(s.names[a].Name, t.text) }) {
			return ""
		}
		return t.text
	}
	return ""
}

// choiceOf returns what a reflexive verb of clause g chose, turned down
// or agreed on, after one of preps, with its preposition and the
// reflexive the title's verb needs: "sich für Reform" of "hat sich für
// eine Reform entschieden", "sich gegen Kandidatur", "sich auf
// Koalitionsvertrag"; or "".
func (s *sent) choiceOf(g int, preps ...string) string {
	if p := s.prepPhrase(g, preps...); p != "" {
		return "sich " + p
	}
	return ""
}

// prepPhrase returns the first phrase of clause g that one of preps opens,
// as a title says it: the preposition and its noun, over an article and
// up to two adjectives ("für Reform", "über Budget"; an adjective as a
// noun keeps its article: "für die Grünen"); or "" when its noun is no
// capitalised word of the clause, or a date, a count or a quotation.
func (s *sent) prepPhrase(g int, preps ...string) string {
	for i := range s.toks {
		t := &s.toks[i]
		if t.group != g || !t.word() || t.quoted || !slices.Contains(preps, t.lower) {
			continue
		}
		j := i + 1
		for j < len(s.toks) && s.toks[j].word() && !s.toks[j].upper && (s.toks[j].is(determiners) || s.adjective(j)) && j-i <= 3 {
			j++
		}
		if j < len(s.toks) && s.toks[j].word() && s.toks[j].upper && !s.toks[j].quoted && s.toks[j].timex < 0 && s.toks[j].group == g && !s.counts(j) {
			if c, _ := text.Classes(s.toks[j].lower); c&text.Adjective != 0 && s.toks[i+1].is(determiners) {
				return t.lower + " " + s.toks[i+1].lower + " " + s.wordAt(j)
			}
			return t.lower + " " + s.wordAt(j)
		}
		return ""
	}
	return ""
}

// aboutVerbs tell a decision or a vote with what it is about after
// "über" ("entscheidet über die Klage", "stimmt über das Budget ab", of
// "stimmen" only "ab|stimmen"); not so "zustimmen", whose "über" is of
// its object's noun ("hat einem Referendum über X zugestimmt").
var aboutVerbs = map[string]bool{"entscheiden": true, "stimmen": true, "befinden": true, "urteilen": true}

// ownedByPatient reports whether the noun thing of clause g is followed
// by its owner, one of the mention's patients, named with "von" or in the
// genitive: "verbot das Heft von X", "sperrte die Website der X".
func (s *sent) ownedByPatient(g int, thing string, actors []int, roles []model.Role) bool {
	noun := headWord(thing)
	for k := range s.toks {
		if t := &s.toks[k]; t.group != g || t.text != noun || k+2 >= len(s.toks) {
			continue
		}
		switch s.toks[k+1].lower {
		case "von", "vom", "des", "der":
		default:
			continue
		}
		for _, r := range s.actors {
			if r.first < k+2 || r.first > k+3 {
				continue // (right after, or after one article or word: "von der Firma X" counts from "der")
			}
			for i, a := range actors {
				if a == r.Actor && i < len(roles) && roles[i] == model.RolePatient {
					return true
				}
			}
		}
	}
	return false
}

// possessiveHolder returns the person a possessive before the post at
// token k stands for ("Sein Nachfolger wird Y"): the one person the
// sentence before names, or "" (none, several, or no possessive).
func (x *extractor) possessiveHolder(s *sent, k int) string {
	if k == 0 || !thirdPossessive(s.toks[k-1].lower) || x.prev.sentence != s.index-1 {
		return ""
	}
	found := -1
	for _, a := range x.prev.actors {
		if a < 0 || a >= len(s.names) || s.names[a].Kind != model.Person || a == found {
			continue
		}
		if found >= 0 {
			return "" // two people: whose post it is the text leaves to the reader
		}
		found = a
	}
	if found < 0 {
		return ""
	}
	return s.names[found].Name
}

// thirdPossessive reports a possessive of the third person singular:
// "sein" or "ihr" and their cases.
func thirdPossessive(w string) bool { return declinedLike(w, "sein") || declinedLike(w, "ihr") }

// closesSpell reports whether the object of the verb at token at in clause
// g is a stretch of time or of a programme ("das Jahr", "den Abend",
// "die Reihe"), which "beschließen" then ends rather than decides.
func (s *sent) closesSpell(g, at int) bool {
	for i := range s.toks {
		t := &s.toks[i]
		if t.group != g || !t.word() || t.quoted || t.lower != "das" && t.lower != "den" && t.lower != "die" || s.governedBy(i+1) != "" {
			continue
		}
		j := i + 1
		for j < len(s.toks) && s.toks[j].word() && !s.toks[j].upper && hasDeclension(s.toks[j].lower) {
			j++ // "die diesjährige Saison"
		}
		if j < len(s.toks) && j != at && s.toks[j].upper && hasAnySuffix(s.toks[j].lower, spellNouns) {
			return true
		}
	}
	return false
}

// spellNouns end the nouns of a stretch that one may close: "Jahr",
// "Saison", "Abend", "Reigen", "Reihe", "Festival".
var spellNouns = []string{"jahr", "saison", "abend", "reigen", "reihe", "festival", "woche", "spielzeit"}

// companyDeeds are what a company does to itself and its business, which
// it makes known of itself: "bestätigte den Abbau von 500 Stellen", "teilte
// die Schließung des Werks mit".
var companyDeeds = kindsOf(KindJobcuts, KindClosure, KindAcquisition, KindSale, KindSpinOff, KindMerger, KindInvestment)

// companySubject reports an organisation named before token at in clause
// g, outside a prepositional phrase: the subject of the verb at at.
func (s *sent) companySubject(g, at int) bool {
	for k := range s.actors {
		r := &s.actors[k]
		if r.first >= 0 && r.first < at && !r.quoted && !r.modifier && s.toks[r.first].group == g && s.governedBy(r.first) == "" &&
			r.Actor >= 0 && r.Actor < len(s.names) && s.names[r.Actor].Kind == model.Organization {
			return true
		}
	}
	return false
}

// actorAfter reports an actor after token at in clause g: "den Abbau von
// Stellen bei Siemens" names whose deed it is.
func (s *sent) actorAfter(g, at int) bool {
	for k := range s.actors {
		if r := &s.actors[k]; r.first > at && s.toks[r.first].group == g {
			return true
		}
	}
	return false
}
