package events

import (
	"iter"
	"strings"

	"chronik/corpus/text"
)

// A mood is whether a clause tells what happened, what is to happen, or
// neither.
type mood uint8

const (
	moodNone     mood = iota // what could, would or should happen, or did not
	moodHappened             // told as fact, in any tense but the future
	moodPlanned              // intended or scheduled: "will … reisen", "soll … beginnen", "ist … geplant"
)

// mood tells what clause g says of its happening; seg ≥ 0 limits the
// clause to the segment that starts at that token (see speechSegment).
func (s *sent) mood(g, seg int) mood {
	if conditionals.has(s.opener[g]) || s.isMain(g) && s.verbFirst() || s.expected(g) || s.foreseen(g) || s.alleged(g) || s.habitual(g) || s.unfulfilled(g) || s.onceDone(g) {
		return moodNone
	}
	var soll, perfect, future, participle, intended, pastAuxSeen bool
	last := -1
	from, to := s.clauseTokens(g)
	for i := from; i < to; i++ {
		t := &s.toks[i]
		if t.group != g || !t.word() || t.quoted || seg >= 0 && t.seg != seg {
			continue
		}
		last = i
		switch {
		case t.is(hypothetical) && !s.reportedPerfect(g, i), t.is(negations), s.staysOut(i):
			return moodNone
		case t.is(planWords) && i > 0 && s.toks[i-1].lower == "wie":
			// "streikten wie geplant": done as planned, no plan
		case t.is(intention), t.is(planWords):
			intended = true
		case t.is(reportative):
			soll = true
		case t.is(perfectInf) && !s.possessiveSein(i):
			perfect = true
		case t.is(futureAux):
			future = true
		case t.is(pastAux):
			pastAuxSeen = true
		}
		if s.participleAt(i) {
			participle = true
		}
	}
	if intended && pastAuxSeen {
		return moodNone // "hatte … treffen wollen": a past intention
	}
	if soll && !perfect {
		return moodPlanned // "Musk soll das Department … führen"
	}
	if future && !participle && last >= 0 {
		if s.toks[last].is(futureAux) && s.opener[g] != "" {
			last = s.wordBefore(last, g) // "dass … stimmen werden": a clause's auxiliary comes last
		}
		if last >= 0 {
			if l := s.toks[last].lower; !s.toks[last].upper && strings.HasSuffix(l, "n") && !futureAux.has(l) {
				return moodPlanned // "wird … bekannt geben"
			}
		}
	}
	if intended {
		return moodPlanned
	}
	return moodHappened
}

// reportedPerfect reports a "hätten" at token i of clause g that stands
// for the subjunctive of reported speech, whose "haben" the indicative
// would read as its own: a perfect before a speech tag ("Die Täter hätten
// das Geld gestohlen, sagte ein Sprecher"), with a participle after it and
// nothing else that makes it a wish or a mere possibility ("hätten …
// beinahe …", "hätten … können").
func (s *sent) reportedPerfect(g, i int) bool {
	if s.toks[i].lower != "hätten" {
		return false
	}
	if tail := s.speechTail(); tail < 0 || i > tail || conditionals.has(s.opener[g]) {
		return false
	}
	participle := false
	from, to := s.clauseTokens(g)
	for k := from; k < to; k++ {
		t := &s.toks[k]
		if t.group != g || !t.word() || t.quoted || k == i {
			continue
		}
		if t.is(hypothetical|conditionalAdverbs) || counterfactual(t.lower) {
			return false
		}
		participle = participle || k > i && s.participleAt(k)
	}
	return participle
}

// counterfactual reports an adverb that makes a perfect in the
// subjunctive what nearly or otherwise would have been: "hätten beinahe
// …", "hätten sonst …".
func counterfactual(w string) bool {
	switch w {
	case "beinahe", "fast", "sonst", "gerne", "gern", "lieber", "eigentlich", "ansonsten":
		return true
	}
	return false
}

// unfulfilled reports an infinitive or "dass" clause g that its host
// clause denies, asks for, wants, weighs or only attempts: "sieht keinen Anlass, ein Verfahren
// einzuleiten", "forderte sie auf, den Kommentar zu posten", "versuchte,
// die Firma zu übernehmen". What the infinitive names did not happen, or
// is not told to have.
func (s *sent) unfulfilled(g int) bool {
	that := s.opener[g] == "dass" || s.opener[g] == "daß"
	if !s.infinitive[g] && !that || s.host[g] == g {
		return false
	}
	if !that && (purposes.has(s.opener[g]) || s.opener[g] == "um" && !s.journey(s.host[g]) || s.nounBefore(g)) {
		// "ohne ihn zu fragen": what was not done; "um die Kooperation
		// zu sichern": what was aimed at (after a journey, what was done
		// there: "reiste nach Florida, um Trump zu treffen"); "das
		// Versprechen, den Minister zu entlassen",
		// "die Möglichkeit, zu wechseln": what a noun names, not told
		return true
	}
	if !that && s.opener[g] != "um" && !s.hasTrigger(s.host[g]) && !s.verbOf(s.host[g], -1, &implicative) {
		// "der sie dazu ermutigt hat, Aktien zu kaufen", "die sich
		// anschickt, eine Firma zu übernehmen": what one was moved to or
		// is about to do, not told done (it was with "gelang es ihm, …
		// zu"; a trigger of its host, "kündigte an, … zu", names it)
		return true
	}
	h := s.host[g]
	if that {
		h = s.parent[g] // a "dass" clause hangs on its main clause
	}
	from, to := s.clauseTokens(h)
	for i := from; i < to; i++ {
		t := &s.toks[i]
		if t.group != h || !t.word() || t.quoted {
			continue
		}
		if t.is(requests) || t.is(negations) || strings.HasPrefix(t.lower, "kein") || t.lower == "nicht" && s.negates(i) || s.isVerbOf(i, &promising) {
			return true
		}
		if that && t.is(intention) {
			return true // "will, dass … abgeschoben werden": what one wants
		}
		if !that && t.is(expectations) && (i == 0 || !s.toks[i-1].is(determiners)) {
			return true // "erwägt, die Klage auszuweiten", "hofft, den Titel zu holen": what one weighs or hopes to do
		}
	}
	return false
}

// hasTrigger reports a word of clause h that the lexicon reads as a
// trigger.
func (s *sent) hasTrigger(h int) bool {
	from, to := s.clauseTokens(h)
	for i := from; i < to; i++ {
		t := &s.toks[i]
		if t.group != h || !t.word() || t.quoted {
			continue
		}
		if t.noun > 0 {
			return true
		}
		for _, f := range t.forms {
			if f.particle == "" || s.hasParticle(i, f.particle) {
				return true // not "ist" of "insolvent sein" without "insolvent"
			}
		}
	}
	return false
}

// journey reports whether clause h tells a journey or a stay: a trigger
// of travel, a destination after "nach" ("kam nach Berlin"), or being at
// a place ("war beim Nachbarn Polen", "war in Berlin").
func (s *sent) journey(h int) bool {
	lx := loadLexicon()
	been := false
	at := false
	for i := range s.toks {
		t := &s.toks[i]
		if t.group != h || !t.word() {
			continue
		}
		next := i+1 < len(s.toks) && s.toks[i+1].upper
		if t.lower == "nach" && next {
			return true
		}
		been = been || t.is(copula)
		at = at || next && (t.lower == "in" || t.lower == "im" || t.lower == "bei" || t.lower == "beim")
		if been && at {
			return true
		}
		for _, f := range t.forms {
			if tr := &lx.triggers[f.trigger]; tr.kind == KindVisit && tr.specificity == 0 {
				return true
			}
		}
	}
	return false
}

// nounBefore reports whether the clause g follows a comma after a common
// noun of its host clause, or after such a noun and its verb: "die
// Möglichkeit, …", "den Plan, …", "die Möglichkeit erhalten, …".
func (s *sent) nounBefore(g int) bool {
	for i := range s.toks {
		if s.toks[i].group != g {
			continue
		}
		if i < 2 || s.toks[i-1].punct != ',' {
			return false
		}
		noun := func(k int) bool {
			t := &s.toks[k]
			return t.word() && !t.quoted && t.actor < 0 && t.timex < 0 && t.group == s.host[g] && s.layerClass(k) == text.Noun
		}
		// also with the verb that takes the noun before the comma: "die
		// Möglichkeit erhalten, …", "den Auftrag bekommen, …"
		return noun(i-2) || i >= 3 && s.toks[i-2].word() && s.toks[i-2].group == s.host[g] && s.layerClass(i-2) == text.Verb && noun(i-3)
	}
	return false
}

// alleged reports a clause in the subjunctive of reported speech in a
// sentence that alleges it: "X behauptet, ihr sei ein
// Posten angeboten worden", "Er wirft ihr vor, sie habe gelogen".
func (s *sent) alleged(g int) bool {
	subjunctive, claim, hedged := false, false, false
	tail := s.speechTail()
	for i := range s.toks {
		t := &s.toks[i]
		if !t.word() || t.quoted {
			continue
		}
		subjunctive = subjunctive || t.group == g && t.is(konjunktivI)
		claim = claim || t.is(claims)
		// "Die Truppen griffen offenbar Spitäler an, erklärte X": what
		// someone says happened, and hedges
		// (one hedges on its own: "Angeblich soll sie zugestimmt
		// haben", a rumour with no one to say it)
		if !hedged && t.group == g {
			hedge, alone := hedgeWord(t.lower)
			hedged = hedge && (alone || tail >= 0 && i < tail)
		}
	}
	return subjunctive && claim || hedged
}

// hedged reports a hedge in clause g ("soll angeblich vorstellen").
func (s *sent) hedged(g int) bool {
	return s.clauseHas(g, func(w string) bool { hedge, _ := hedgeWord(w); return hedge })
}

// hedgeWord reports whether w is a hedge, a word that says a speaker only
// supposes what a clause tells ("griffen offenbar an", "habe angeblich
// gezahlt"), and whether it makes its clause a rumour on its own:
// "angeblich" does; the others as often hedge a part of what is told as
// fact (who did it, how: "getötet, vermutlich von X"), and do only beside
// a speech tag. A switch, not a map: alleged asks it of every word of a
// clause.
func hedgeWord(w string) (hedge, alone bool) {
	switch w {
	case "angeblich":
		return true, true
	case "offenbar", "offensichtlich", "mutmaßlich", "vermutlich", "womöglich", "möglicherweise", "wohl", "wahrscheinlich":
		return true, false
	}
	return false, false
}

// habitual reports a clause that tells a repeated, unbounded activity:
// "jährlich", "regelmäßig", "über Jahre hinweg", "seit Jahren" in the
// present.
func (s *sent) habitual(g int) bool {
	span, hinweg, since, decades := false, false, false, false
	soFar, already, counted, times := false, false, false, false
	from, to := s.clauseTokens(g)
	for i := from; i < to; i++ {
		t := &s.toks[i]
		if t.group != g || !t.word() || t.quoted {
			continue
		}
		if t.is(habitual) || t.lower == "immer" && i+1 < len(s.toks) && s.toks[i+1].lower == "wieder" || s.nowAndThen(i) {
			return true // "stets", "immer wieder", "ab und zu"
		}
		if t.lower == "wiederholt" && s.otherVerb(g, i) {
			return true // "hat wiederholt angekündigt": again and again ("Die Wahl wird wiederholt" is a happening)
		}
		if (t.lower == "pro" || t.lower == "je") && i+1 < len(s.toks) && timeUnits[s.toks[i+1].lower] {
			return true // "pro Stunde zwischen 50 und 100 übernommen": a rate
		}
		if t.lower == "alle" && s.countedSpan(i+1) && !s.declinedAdjective(i+3) {
			// "wechselt alle zwei Wochen das Telefon": every so often (not
			// "den alle drei Jahre verliehenen Orden", which this time was)
			return true
		}
		soFar = soFar || s.soFarAdverb(i)
		already = already || t.lower == "schon" || t.lower == "bereits"
		counted = counted || t.timex < 0 && (t.is(thingNumerals|bigNumerals) || isDigit(t.text[0]) || manyWords[t.lower])
		times = times || (timesCount(t) || s.timesInDigits(i)) && !(i+1 < len(s.toks) && (s.toks[i+1].lower == "so" || s.toks[i+1].lower == "mehr")) // not "dreimal so viel"
		span = span || t.is(spanNouns)
		hinweg = hinweg || t.lower == "hinweg"
		since = since || t.lower == "seit" && i+1 < len(s.toks) && (s.toks[i+1].is(spanNouns) || s.toks[i+1].lower == "langem" || s.toks[i+1].lower == "jeher" || s.toks[i+1].lower == "längerem" || s.countedSpan(i+1))
		decades = decades || t.lower == "seit" && i+2 < len(s.toks) && s.toks[i+1].lower == "den" && strings.HasSuffix(s.toks[i+2].lower, "er-jahren")
	}
	// "Seit Jahren kritisiert X …", "verhandelt seit Monaten": going on
	// for years, no happening at a time (not "erstmals seit Jahren")
	// "Seit den 1980er-Jahren hatte sie … gehandelt": decades of it, in
	// any tense
	// "Bisher wurden zwei Pakete verabschiedet", "Dreimal ist sie schon
	// gescheitert", "Er sei zweimal entführt worden": a count of what
	// happened so far or was done to someone, a tally of happenings, none
	// at a time of its own (goals counted are one game's: "traf zweimal")
	times = times && (soFar || already || s.inClause(g, passiveAux))
	first := (since || decades) && s.firstOrLast(g)
	// "hat in den vergangenen zehn Jahren drei Konkurrenten übernommen",
	// "schloss in den letzten Jahren zwei Werke": a count of what
	// happened over years, like one of what happened so far
	return span && hinweg || since && !first && !s.pastClause(g) || decades && !first || counted && (soFar || s.overYears(g)) || times
}

// firstOrLast reports a word of clause g that tells a first or a last
// time ("erstmals", "ersten", "zuletzt", a superlative): "erstmals seit
// Jahren" is a happening at a time. habitual asks it only of a clause
// that counts from a time, as most have no "seit".
func (s *sent) firstOrLast(g int) bool {
	from, to := s.clauseTokens(g)
	for i := from; i < to; i++ {
		t := &s.toks[i]
		if t.group == g && t.word() && !t.quoted &&
			(t.lower == "erstmals" || t.lower == "ersten" || t.lower == "erste" || t.lower == "zuletzt" || s.superlative(i)) {
			return true
		}
	}
	return false
}

// timesCount reports a count of times: "zweimal", "dreimal".
func timesCount(t *token) bool {
	return strings.HasSuffix(t.lower, "mal") && thingNumerals.has(strings.TrimSuffix(t.lower, "mal"))
}

// timesInDigits reports "Mal" after a number at token i: "13 Mal", a
// count of times written in digits.
func (s *sent) timesInDigits(i int) bool {
	t := &s.toks[i]
	return t.lower == "mal" && i > 0 && s.toks[i-1].word() && isDigit(s.toks[i-1].text[0])
}

// winsCounted reports a clause g that counts the games its verb of winning
// or losing tells ("hat 2015 zweimal gegen ihn verloren"): a tally, not
// one game.
func (s *sent) winsCounted(g int, t *trigger) bool {
	switch t.infinitive {
	case "gewinnen", "verlieren", "siegen", "unterliegen":
	default:
		return false
	}
	for i := range s.toks {
		if k := &s.toks[i]; k.group == g && k.word() && !k.quoted && timesCount(k) {
			return true
		}
	}
	return false
}

// declinedAdjective reports a word at i that the text layer reads as a
// declined adjective or participle before its noun: "verliehenen" of "den
// alle drei Jahre verliehenen Orden". (Unlike adjectiveBeforeNoun it needs
// no verb reading; unlike a token's attrib it takes present participles:
// "stattfindenden".)
func (s *sent) declinedAdjective(i int) bool {
	return i < len(s.toks) && s.toks[i].word() && !s.toks[i].upper && hasDeclension(s.toks[i].lower) && s.layerClass(i) == text.Adjective
}

// overYears reports a clause told over a span of years up to now: a
// duration of years after "in", "innerhalb", "binnen", "während" or
// "über" (overSpan: "in den vergangenen zehn Jahren", "innerhalb von
// drei Jahren"), or "in den vergangenen Jahren", "in den letzten
// Jahrzehnten".
func (s *sent) overYears(g int) bool {
	if strings.HasSuffix(s.overSpan(g), "Y") {
		return true
	}
	from, to := s.clauseTokens(g)
	for i := from + 3; i < to; i++ {
		switch s.toks[i].lower {
		case "jahren", "jahrzehnten":
			if a := s.toks[i-1].lower; (a == "vergangenen" || a == "letzten") && s.toks[i-2].lower == "den" && (s.toks[i-3].lower == "in" || s.toks[i-3].lower == "innerhalb") {
				return true
			}
		}
	}
	return false
}

// soFarAdverb reports a "bisher" or "bislang" at token i that tells how
// far its clause's count has come ("Bisher wurden zwei Pakete
// verabschiedet"), not one that qualifies a word of a phrase ("die bisher
// letzte Niederlage", "60 statt bisher 30 Beamte").
func (s *sent) soFarAdverb(i int) bool {
	if l := s.toks[i].lower; l != "bisher" && l != "bislang" {
		return false
	}
	if i > 0 && (s.toks[i-1].is(prepositions) || s.toks[i-1].lower == "statt") {
		return false
	}
	n := i + 1
	return n >= len(s.toks) || !s.toks[n].word() || s.toks[n].upper || s.layerClass(n) != text.Adjective
}

// otherVerb reports whether clause g has a trigger verb besides word i.
func (s *sent) otherVerb(g, i int) bool {
	for k := range s.toks {
		if t := &s.toks[k]; k != i && t.group == g && len(t.forms) > 0 && !t.attrib {
			return true
		}
	}
	return false
}

// trend reports whether clause g tells a trend: "immer weniger",
// "immer häufiger". Its verb tells no happening ("Immer mehr Kunden
// kaufen …"); a noun in it may ("immer mehr Tote nach dem Beben").
func (s *sent) trend(g int) bool {
	for i := range s.toks {
		if t := &s.toks[i]; t.group == g && t.word() && !t.quoted && t.lower == "immer" && i+1 < len(s.toks) && trendWords[s.toks[i+1].lower] {
			return true
		}
	}
	return false
}

// casesCounted reports "in N Fällen" with N of ten or more in clause g
// ("in 8.000 Fällen wurden Verfahren eingeleitet"): what the clause tells
// happened that many times, a tally.
func (s *sent) casesCounted(g int) bool {
	from, to := s.clauseTokens(g)
	for k := from; k < to; k++ {
		t := &s.toks[k]
		if t.group != g || t.lower != "fällen" || !s.tally(k) {
			continue
		}
		for j := k - 1; j >= 0 && j >= k-5; j-- {
			if s.toks[j].lower == "in" {
				return true
			}
		}
	}
	return false
}

// trendWords follow "immer" in a trend. (A plain set: the word classes
// are full.)
var trendWords = map[string]bool{"mehr": true, "weniger": true, "häufiger": true, "öfter": true, "seltener": true}

// superlative reports an adjective in the superlative at i ("schlimmste",
// "höchsten"): "die stärkste Flut seit 50 Jahren" measures it against
// those years, no happening going on through them.
// (by its ending and the noun it stands before: the lexicon knows few
// superlatives as such).
func (s *sent) superlative(i int) bool {
	t := &s.toks[i]
	if len(t.lower) < 7 || t.upper || !hasAnySuffix(t.lower, []string{"ste", "sten", "stem", "ster", "stes"}) || i+1 >= len(s.toks) {
		return false
	}
	n := &s.toks[i+1]
	return n.word() && n.upper && n.actor < 0
}

// countedSpan reports a length of time counted at token i: "einem Jahr",
// "zwei Wochen", "14 Tagen" (after "seit": going on since then).
func (s *sent) countedSpan(i int) bool {
	if i+1 >= len(s.toks) || !s.toks[i+1].word() {
		return false
	}
	n, unit := s.toks[i].lower, strings.TrimSuffix(strings.TrimSuffix(s.toks[i+1].lower, "n"), "e")
	switch unit {
	case "woch", "tag", "stund", "monat", "jahr", "minut":
	default:
		return false
	}
	return n == "einem" || n == "einer" || s.toks[i].is(thingNumerals) || isDigit(n[0])
}

// nowAndThen reports a phrase of "now and then" at token i: "ab und zu",
// "hin und wieder", "von Zeit zu Zeit".
func (s *sent) nowAndThen(i int) bool {
	if i+2 >= len(s.toks) {
		return false
	}
	a, b, c := s.toks[i].lower, s.toks[i+1].lower, s.toks[i+2].lower
	return a == "ab" && b == "und" && c == "zu" || a == "hin" && b == "und" && c == "wieder" ||
		a == "von" && b == "zeit" && c == "zu"
}

// timeUnits are units of time: what a rate counts per ("pro Stunde", "je
// Tag"), and whose genitive a time counts from ("vom Tag ihrer Geburt").
var timeUnits = map[string]bool{"sekunde": true, "minute": true, "stunde": true, "tag": true, "woche": true, "monat": true,
	"quartal": true, "jahr": true, "nacht": true, "saison": true}

// needed reports a noun at token i that a verb of needing before it in
// its clause governs, with no preposition or comma between them
// ("benötigen einen klaren Heimsieg"; not "brauchten nach den Wahlen
// einen Partner", whose elections took place).
func (s *sent) needed(i int) bool {
	g := s.toks[i].group
	for k := i - 1; k >= 0; k-- {
		t := &s.toks[k]
		if t.group != g || t.timex >= 0 {
			continue // "benötigt am Samstag einen Heimsieg": a time between
		}
		if t.punct == ',' || t.word() && t.is(prepositions) {
			return false
		}
		if s.isVerbOf(k, &needing) {
			return true
		}
	}
	return false
}

// imminent reports a clause g that tells its happening as about to come:
// "Die Entlassung stand bevor" ("… stand ebenso bevor wie …"; not the
// conjunction, "bevor er ging", nor "die bevorstehende Wahl", a date to
// come that a plan may tell).
func (s *sent) imminent(g int) bool {
	from, to := s.clauseTokens(g)
	for i := from; i < to; i++ {
		if s.toks[i].group != g {
			continue
		}
		if t := &s.toks[i]; t.lower == "bevor" && !t.quoted && (i+1 == len(s.toks) || !s.toks[i+1].word() || s.toks[i+1].lower == "wie") || s.isVerbOf(i, &impending) {
			return true
		}
	}
	return false
}

// saysForSelf reports "für sich" in clause g: what one decides for
// oneself ("entschied das Duell für sich") one has won.
func (s *sent) saysForSelf(g int) bool {
	for i := 1; i < len(s.toks); i++ {
		if t := &s.toks[i]; t.group == g && t.lower == "sich" && s.toks[i-1].lower == "für" {
			return true
		}
	}
	return false
}

// nichtAfter reports a "nicht" right after the verb at token i, over
// "sich" and a time: "äußerte sich am Montag nicht" (a "nicht" further on
// may deny only a part: "sagte, er komme nicht").
func (s *sent) nichtAfter(i int) bool {
	for j := i + 1; j < len(s.toks); j++ {
		t := &s.toks[j]
		switch {
		case t.timex >= 0 || t.word() && t.lower == "sich":
		case t.word() && t.lower == "nicht":
			return s.negates(j)
		default:
			return false
		}
	}
	return false
}

// onceDone reports a "sobald" clause told in the present or the perfect:
// what will have happened by then ("sobald er das Abkommen gesichert
// hat"), not what happened ("sobald er ankam").
func (s *sent) onceDone(g int) bool {
	if s.opener[g] != "sobald" {
		return false
	}
	for i := range s.toks {
		if t := &s.toks[i]; t.group == g && t.word() && !t.quoted && (t.is(pastAux|strongPreterites) || s.weakPreterite(i)) {
			return false
		}
	}
	return true
}

// letsDo reports a present "lässt" or "lassen" in clause g before the
// verb at token i, whose infinitive it is: "lässt Nutzer entscheiden"
// (not "ließ ihn festnehmen", a deed).
func (s *sent) letsDo(g, i int) bool {
	for k := 0; k < i; k++ {
		if t := &s.toks[k]; t.group == g && t.word() && !t.quoted && (t.lower == "lässt" || t.lower == "lassen") {
			return true
		}
	}
	return false
}

// couldOnly reports a "konnte" or "konnten" in clause g: what one was
// able to do ("konnte wieder Beiträge absetzen"), which a name may make
// news of but an office's noun alone does not.
func (s *sent) couldOnly(g int) bool {
	return s.clauseHas(g, func(w string) bool { return w == "konnte" || w == "konnten" })
}

// clauseHas reports a word of clause g, outside quotes, for which is
// holds: for words no word class holds (the package's classes are all
// taken).
func (s *sent) clauseHas(g int, is func(lower string) bool) bool {
	for i := range s.toks {
		if t := &s.toks[i]; t.group == g && t.word() && !t.quoted && is(t.lower) {
			return true
		}
	}
	return false
}

// staysOut reports the verb "ausbleiben" at token i ("Die angedrohte
// Veröffentlichung blieb aus"): what it tells did not happen.
func (s *sent) staysOut(i int) bool {
	switch s.toks[i].lower {
	case "ausgeblieben", "ausbleiben", "ausblieb", "ausblieben", "ausbleibt":
		return true
	case "blieb", "blieben", "bleibt", "bleiben":
		return s.hasParticle(i, "aus")
	}
	return false
}

// countsPercent reports a number of percent in clause g ("70 Prozent",
// "12 %").
func (s *sent) countsPercent(g int) bool {
	for i := 1; i < len(s.toks); i++ {
		if t := &s.toks[i]; t.group == g && (t.lower == "prozent" || t.punct == '%') && isDigit(s.toks[i-1].text[0]) {
			return true
		}
	}
	return false
}

// shareOfAll reports "aller" before a happening's noun in clause g ("ein
// Viertel aller in diesem Jahr verübten Anschläge"): a share of many
// happenings counted, no one of them.
func (s *sent) shareOfAll(g int) bool {
	for i := range s.toks {
		if t := &s.toks[i]; t.group != g || t.lower != "aller" {
			continue
		}
		for j := i + 1; j < len(s.toks) && j <= i+8 && s.toks[j].word(); j++ {
			if s.toks[j].upper && s.toks[j].noun > 0 {
				return true
			}
		}
	}
	return false
}

// toNow reports a "seit", "bisher" or "bislang" in clause g: what it
// tells runs from some time to now ("starben bisher mehr als 200
// Menschen" is a war's toll, no one happening).
func (s *sent) toNow(g int) bool {
	for i := range s.toks {
		if t := &s.toks[i]; t.group == g && t.word() && !t.quoted && (t.lower == "seit" || t.lower == "bisher" || t.lower == "bislang") {
			return true
		}
	}
	return false
}

// countSoFar reports a count in clause g that "bereits", "schon" or
// "insgesamt" opens: how many so far ("seien bereits 260 Kämpfer getötet
// worden"), a tally.
func (s *sent) countSoFar(g int) bool {
	for i := 1; i < len(s.toks); i++ {
		if p := &s.toks[i-1]; p.group == g && p.word() && !p.quoted && (p.lower == "bereits" || p.lower == "schon" || p.lower == "insgesamt") && s.counts(i) {
			return true
		}
	}
	return false
}

// pastClause reports a clause g told in a past tense: a past or perfect
// auxiliary or a preterite.
func (s *sent) pastClause(g int) bool {
	for i := range s.toks {
		if t := &s.toks[i]; t.group == g && t.word() && !t.quoted && (t.is(pastAux|perfectAux|strongPreterites) || s.weakPreterite(i)) {
			return true
		}
	}
	return false
}

// expected reports a "dass" clause that tells what someone expects,
// hopes or fears: "Analysten rechnen damit, dass Unicredit ein Angebot
// vorlegt".
func (s *sent) expected(g int) bool {
	if s.isMain(g) || s.opener[g] != "dass" && s.opener[g] != "daß" {
		return false
	}
	h := s.host[g]
	for i := range s.toks {
		if s.toks[i].group == h && s.toks[i].is(expectations) {
			return true
		}
	}
	return false
}

// expectedAt reports a happening's noun at token i after "zu" in a
// clause g that says who is expected at it: "wurden Tausende zu
// Demonstrationen erwartet", "Zum Gipfel werden 40 Staatschefs erwartet".
func (s *sent) expectedAt(g, i int) bool {
	if p := s.governedBy(i); p != "zu" && p != "zum" && p != "zur" {
		return false
	}
	from, to := s.clauseTokens(g)
	for k := from; k < to; k++ {
		if t := &s.toks[k]; t.group == g && t.word() && !t.quoted && strings.HasPrefix(t.lower, "erwart") && t.is(expectations) {
			return true
		}
	}
	return false
}

// foreseen reports a clause that tells what a plan, a law or a draft
// provides for ("Der Entwurf sieht vor, dass die Stadt … kauft", "Der
// Plan sah vor, … zu schließen"): what it would have happen, not what
// did.
func (s *sent) foreseen(g int) bool {
	if s.isMain(g) || s.opener[g] != "dass" && s.opener[g] != "daß" && !s.infinitive[g] {
		return false
	}
	return s.sehenWith(s.host[g], "vor", func(int) bool { return true })
}

// refrainsFrom reports a noun at token i after "von" in clause g that
// tells it with "absehen": "Die Staatsanwaltschaft sieht von Ermittlungen
// ab", "hat von einer Klage abgesehen": what one refrains from is not
// done ("abgesehen von …", apart from, says nothing of it).
func (s *sent) refrainsFrom(g, i int) bool {
	if prep, _, _ := s.nounPhrase(i); prep != "von" && prep != "vom" {
		return false
	}
	return s.sehenWith(g, "ab", func(k int) bool { return k+1 == len(s.toks) || s.toks[k+1].lower != "von" })
}

// sehenWith reports a form of "sehen" in clause g with the separable
// particle p: apart, the particle closing the clause ("sieht … vor",
// see hasParticle), or joined to it ("vorsieht", "abgesehen") where
// joined allows the form at its token.
func (s *sent) sehenWith(g int, p string, joined func(k int) bool) bool {
	from, to := s.clauseTokens(g)
	for k := from; k < to; k++ {
		t := &s.toks[k]
		if t.group != g || !t.word() || t.quoted {
			continue
		}
		if sehenForms[t.lower] && s.hasParticle(k, p) {
			return true
		}
		if rest, ok := strings.CutPrefix(t.lower, p); ok && sehenForms[rest] && joined(k) {
			return true
		}
	}
	return false
}

// sehenForms are the forms of "sehen" that take a separable particle,
// apart or joined ("sieht … ab", "abgesehen", "abzusehen").
var sehenForms = map[string]bool{"sieht": true, "sehen": true, "sah": true, "sahen": true, "gesehen": true, "zusehen": true}

// tenseInfo is what the verbs of a clause say about when.
type tenseInfo struct {
	past       bool // simple past, perfect, pluperfect or reported past
	pluperfect bool // "hatte … angekündigt": before the story's own past
	background bool // "einst", "damals", "wiederholt": remote or habitual
}

func (s *sent) tenseOf(g int, c cand) tenseInfo {
	var ti tenseInfo
	// Remote cues anywhere the trigger's clause reaches (a phrase begins
	// with a word of backgroundFirst: only those words need their scope).
	for i := range s.toks {
		t := &s.toks[i]
		if !t.word() || t.quoted || !t.is(background|backgroundFirst) || s.scopeOf(i, g) < 0 {
			continue
		}
		if t.is(background) && !s.formerOf(i) || s.backgroundPhrase(i) {
			ti.background = true
			break
		}
	}
	ti.background = ti.background || s.reportedBefore() >= 0
	// The verbs of the trigger's own clause; an infinitive clause has none
	// of its own and takes the tense of the clause it hangs on.
	end := len(s.toks)
	if tail := s.speechTail(); tail > c.tok {
		end = tail // "…, hielt die Ministerin fest": the tag's verb tells the saying's tense
	}
	for hops := 0; hops < 4; hops++ {
		var pastAuxSeen, pluAux, perfAux, participle, preterite, evidence bool
		from, to := s.clauseTokens(g)
		to = min(to, end)
		for i := from; i < to; i++ {
			t := &s.toks[i]
			if t.group != g || !t.word() || t.quoted {
				continue
			}
			switch {
			case t.is(pastAux):
				pastAuxSeen = true
				pluAux = pluAux || t.is(pluperfectAux)
			case t.is(perfectAux):
				perfAux = true
			case t.is(strongPreterites), i != c.tok && s.weakPreterite(i):
				preterite = true
			}
			if s.participleAt(i) || t.lower == "worden" {
				participle = true // ("sind … verletzt worden": a perfect passive, whatever the participle looks like)
			}
			evidence = evidence || pastAuxSeen || perfAux || preterite || t.is(futureAux|hypothetical|intention|reportative)
		}
		if s.toks[c.tok].group == g {
			switch c.tense {
			case tensePreterite:
				preterite, evidence = true, true
			case tenseParticiple:
				participle = true
			case tensePresent:
				evidence = true
			}
		}
		if !evidence && s.host[g] != g && s.parent[g] != s.host[g] {
			g = s.host[g] // "…, die kürzlich nach Florida reisten, um Trump zu treffen"
			continue
		}
		ti.past = pastAuxSeen || preterite || (perfAux && participle) || (participle && !evidence)
		ti.pluperfect = pluAux && participle
		break
	}
	// "hat sich in den vergangenen zehn Jahren einen Ruf erarbeitet": what
	// the past tells over years up to now happened within them, before
	// the article, not on its day
	ti.background = ti.background || ti.past && s.overYears(g)
	return ti
}

// formerOf reports "frühere" or "einstige" before a noun: a post or a
// name held before ("gegen den früheren Bürgermeister"), which tells
// nothing of when the clause's happening was. "Der damalige Minister"
// was so at the happening's time: that dates it back.
func (s *sent) formerOf(i int) bool {
	if l := s.toks[i].lower; !formerPost(l) || strings.HasPrefix(l, "damalig") {
		return false
	}
	n := i + 1
	return n < len(s.toks) && s.toks[n].word() && s.toks[n].upper
}

// reportedBefore returns the token of "berichtet" in a sentence that says
// what it tells was reported before ("Wie berichtet, …", "wie bereits
// berichtet", "wie schon mehrfach gemeldet"): old news, before the
// article's day. A source that reports it now ("wie die Zeitung
// berichtet") is not that. It returns -1 for none.
func (s *sent) reportedBefore() int {
	for i := range s.toks {
		if s.toks[i].lower != "wie" {
			continue
		}
		j := i + 1
		for j < len(s.toks) && j <= i+3 && reportedAdverbs[s.toks[j].lower] {
			j++
		}
		if j < len(s.toks) && (s.toks[j].lower == "berichtet" || s.toks[j].lower == "gemeldet") {
			return j
		}
	}
	return -1
}

// reportedAdverbs may stand between "wie" and "berichtet" in
// reportedBefore.
var reportedAdverbs = map[string]bool{"bereits": true, "schon": true, "mehrfach": true, "wiederholt": true, "ausführlich": true}

// backgroundPhrase reports a multi-word remote cue starting at token i
// ("in der Vergangenheit", "immer wieder").
func (s *sent) backgroundPhrase(i int) bool {
	if !s.toks[i].is(backgroundFirst) {
		return false
	}
	w2 := firstWord(s.toks, i+1, len(s.toks))
	if w2 != i+1 {
		return false
	}
	key := s.toks[i].lower + "_" + s.toks[w2].lower
	if backgroundPairs.has(key) {
		return true
	}
	w3 := firstWord(s.toks, w2+1, len(s.toks))
	return w3 == w2+1 && backgroundPairs.has(key+"_"+s.toks[w3].lower)
}

// participleAt reports whether token i looks like a past participle in
// verb-final position: "getroffen haben", "angekündigt.", "gesperrt wurde".
func (s *sent) participleAt(i int) bool {
	t := &s.toks[i]
	if t.upper || t.quoted || len(t.lower) < 5 {
		return false
	}
	l := t.lower
	shaped := strings.HasSuffix(l, "iert")
	if !shaped && (strings.HasSuffix(l, "t") || strings.HasSuffix(l, "en")) {
		if k := strings.Index(l, "ge"); k >= 0 && k <= 7 && len(l)-k >= 6 {
			shaped = true
		}
	}
	if !shaped {
		return false
	}
	n := i + 1
	if n >= len(s.toks) || !s.toks[n].word() {
		return true
	}
	return s.toks[n].is(perfectAux | pastAux | perfectInf | futureAux | reportative | hypothetical | intention)
}

// weakPreterite reports a regular simple-past form ("bestätigte",
// "kritisierten") by its ending and its place: not after an article or a
// preposition and not before a noun, where a -te word is an adjective.
func (s *sent) weakPreterite(i int) bool {
	t := &s.toks[i]
	l := t.lower
	if t.upper || len(l) < 5 || t.is(notPreterite) {
		return false
	}
	if !strings.HasSuffix(l, "te") && !strings.HasSuffix(l, "ten") && !strings.HasSuffix(l, "tet") {
		return false
	}
	if p := lastWord(s.toks, 0, i); p >= 0 && p == i-1 && (s.toks[p].is(determiners) || s.toks[p].is(prepositions) || s.toks[p].lower == "zu") {
		return false
	}
	if n := i + 1; n < len(s.toks) && s.toks[n].word() && s.toks[n].upper {
		// before a capitalised word a -te form is as often an adjective
		// ("die gestern veröffentlichte Studie"), but not after the
		// article, adjectives and noun that open its clause: "Einen
		// (neuen) Scheck überreichte Olaf Scholz", or after a phrase of a
		// preposition that opens it ("In Linz erzielte Karl Huber", "Am
		// Montag eröffnete X"), the one phrase before the finite verb (a
		// participle in "ge-" is as often an adjective after that: "Nach
		// 1990 gebaute Häuser"); a form in -tet is then a present ("Nach
		// dem Treffen erwartet Scholz"), whose preterite would add -e
		return !strings.HasSuffix(l, "tet") && (s.openingArticle(i-1) >= 0 || !strings.HasPrefix(l, "ge") && s.openingPrepPhrase(i-1))
	}
	return true
}

// openingPrepPhrase reports whether the capitalised word at token k ends
// a phrase of a preposition that opens its clause, over an article and
// lower-case adjectives: "In Linz", "Am Montag", "Nach dem langen Spiel";
// a phrase of a preposition may end it, which hangs on its noun ("Bei
// einer Zeremonie in Köln").
func (s *sent) openingPrepPhrase(k int) bool {
	for range 3 {
		if k < 1 || !s.toks[k].word() || !s.toks[k].upper {
			return false
		}
		j := k - 1
		for j > 0 && s.toks[j].word() && !s.toks[j].upper && hasDeclension(s.toks[j].lower) && !s.toks[j].is(determiners) {
			j--
		}
		if j > 0 && s.toks[j].word() && s.toks[j].is(determiners) {
			j--
		}
		if !s.toks[j].word() || !s.toks[j].is(prepositions) {
			return false
		}
		if s.opensGroup(j) {
			return true
		}
		k = j - 1 // the noun the phrase of j hangs on
	}
	return false
}

// adjectival reports a verb form used as an adjective: a -te or -ten
// form between an article or adverb and a noun that names no actor ("die
// gestern veröffentlichte Studie", "eine nicht näher bezeichnete
// Spannung"), unlike "Er bestätigte Berichte".
func (s *sent) adjectival(i int) bool {
	l := s.toks[i].lower
	if !strings.HasSuffix(l, "te") && !strings.HasSuffix(l, "ten") {
		return false
	}
	n, p := i+1, i-1
	if n >= len(s.toks) || !s.toks[n].word() || !s.toks[n].upper || s.toks[n].actor >= 0 || p < 0 || !s.toks[p].word() {
		return false
	}
	if c, _ := text.Classes(l); c&text.Verb != 0 && c&text.Adjective == 0 {
		return false // "Das kündigte Minister X an": a preterite no adjective declines, after a demonstrative
	}
	pt := &s.toks[p]
	return pt.is(determiners) || !pt.upper && !pt.is(subjectPronouns|conjunctions|pastAux|perfectAux|futureAux|reportative|hypothetical|intention|relatives)
}

// attributeAfterPreposition reports a lower-case word between a
// preposition and a noun, which is an article or adjective of that noun
// whatever verb it looks like: "in einigen Ländern".
func (s *sent) attributeAfterPreposition(i int) bool {
	p, n := i-1, i+1
	return p >= 0 && n < len(s.toks) && s.toks[p].word() && s.toks[p].is(prepositions) && s.toks[n].word() && s.toks[n].upper
}

// judgedKnown reports a noun trigger at token i whose clause g only says
// what the happening was like, with a copula and nothing done: "Die
// Entscheidung des Verlags sei richtig gewesen", "Das Treffen war ein
// Erfolg". The clause judges a happening already known; it does not tell
// when it happened.
func (s *sent) judgedKnown(g, i int) bool {
	if s.governedBy(i) != "" {
		return false
	}
	seen := false
	for j := range s.toks {
		t := &s.toks[j]
		if t.group != g || !t.word() || t.quoted || t.actor >= 0 || j == i {
			continue
		}
		if t.is(copula) {
			seen = true
			continue
		}
		if len(t.forms) > 0 || t.noun > 0 || s.participleAt(j) || t.is(pastAux|perfectAux|futureAux|reportative|intention) {
			return false
		}
	}
	return seen
}

// inProgress reports a clause that says its happening is going on now
// ("gerade", "derzeit"): a process, not a happening at a time. Told in a
// past form (past), only "derzeit", "zurzeit" and "momentan" say so:
// "hatte gerade unterschrieben" is just done.
func (s *sent) inProgress(g int, past bool) bool {
	for i := range s.toks {
		if t := &s.toks[i]; t.group == g && t.word() && !t.quoted && t.is(ongoing) && !(past && t.lower == "gerade") {
			return true
		}
	}
	return false
}

// speechTail returns the first token of a speech tag that ends the
// sentence after a comma, or -1: a segment that opens with a finite verb
// or with "so" and names who speaks ("…, sagte die Sprecherin.", "…, hielt der
// Minister fest.", "…, so die Sprecherin."). What stands before it is
// what was said, and the tag's verbs are none of its clause's.
func (s *sent) speechTail() int {
	if s.tail == -2 {
		s.tail = s.findSpeechTail()
	}
	return s.tail
}

func (s *sent) findSpeechTail() int {
	toks := s.toks
	// The tag starts after the last comma, or after an earlier one when
	// the tag itself holds an apposition: "…, gab der Sprecher des
	// Verbands, Hans Berg, bekannt."
	words := 0
	for comma := len(toks) - 1; comma > 0 && words <= maxNamedSpeechTag; comma-- {
		t := &toks[comma]
		switch {
		case t.quoted:
			return -1
		case t.word():
			words++
		case t.punct == ',':
			if first := comma + 1; s.tagAfter(comma) {
				return first
			}
		}
	}
	return -1
}

// tagAfter reports whether the comma at index comma opens a speech tag
// (speechTail).
func (s *sent) tagAfter(comma int) bool {
	toks := s.toks
	if comma < 1 || comma+1 >= len(toks) || toks[comma-1].appos ||
		!s.isMain(toks[comma-1].group) && toks[comma+1].lower != "so" && (!s.mainSaid(comma) || toks[comma+1].is(copula|pastAux|perfectAux|futureAux)) {
		// "Zuckerberg, der Trump gratulierte, postete …", "Bannon,
		// Berater von Trump, kritisierte …": after a subordinate clause
		// or an apposition a verb goes on with the main clause (unless
		// the main clause had its verb before: "Das Problem ist, dass
		// …, kritisiert X"; an auxiliary there goes on with it: "Weil
		// …, ist er frei")
		return false
	}
	said := false // what is said before the tag is a clause: it has a finite verb
	for i := range comma {
		if t := &toks[i]; t.word() && !t.upper && !t.quoted && !t.appos && s.finiteForm(i) {
			said = true
			break
		}
	}
	if !said {
		return false
	}
	if s.closesDate(comma) {
		return false // "hat am Montag, 12. März, einen Plan vorgestellt": the clause goes on after the date
	}
	first := comma + 1
	t := &toks[first]
	if !t.word() || t.upper {
		return false
	}
	if t.lower != "so" && !s.finiteForm(first) && !s.verbBeforeSpeaker(first) {
		return false
	}
	if n := first + 1; n < len(toks) && (toks[n].lower == "den" || toks[n].lower == "einen") {
		return false // "…, verbot den Streik": a deed done to something, no one who speaks
	}
	words, speaker := 0, false
	for i := first + 1; i < len(toks); i++ {
		u := &toks[i]
		if (u.punct == ',' || u.lower == "und") && i+1 < len(toks) && toks[i+1].word() && !toks[i+1].upper && s.finiteForm(i+1) {
			return false // "…, brachte ihn aufs Revier, verhörte ihn", "…, verbot … und schickte …": a list of deeds, no tag
		}
		if !u.word() {
			continue
		}
		words++
		speaker = speaker || u.actor >= 0 || u.upper || u.is(subjectPronouns)
	}
	if n := first + 1; n < len(toks) && toks[n].actor >= 0 {
		return words <= maxNamedSpeechTag // the speaker named right after the verb: "…, kritisierte X am Montag bei … in Genf"
	}
	return speaker && words <= maxSpeechTag
}

// closesDate reports whether the comma at c closes a date set off by
// commas (see dateApposition).
func (s *sent) closesDate(c int) bool {
	for p := c - 1; p > 0 && s.toks[p].timex >= 0; p-- {
		if s.toks[p-1].punct == ',' {
			return s.dateApposition(p-1) == c
		}
	}
	return false
}

// mainSaid reports whether the clause that opens the sentence (or what
// follows its last colon) has its finite verb before token end: what
// follows that verb up to end is a clause of what was said ("Das Problem
// ist, dass …", "Wer … will, riskiert, dass …"). A clause that opens with
// a conjunction of time, cause or concession ("Nachdem …, gibt X …
// bekannt") is followed by the main clause's verb instead.
func (s *sent) mainSaid(end int) bool {
	from := 0
	for i := end - 1; i >= 0; i-- {
		if s.toks[i].punct == ':' {
			from = i + 1
			break
		}
	}
	first := firstWord(s.toks, from, end)
	if first < 0 {
		return false
	}
	g := s.toks[first].group
	if !s.isMain(g) && adverbialOpeners[s.opener[g]] {
		return false
	}
	for i := first; i < end; i++ {
		if t := &s.toks[i]; t.group == g && t.word() && !t.upper && !t.quoted && s.finiteForm(i) {
			return true
		}
	}
	return false
}

// adverbialOpeners open a clause that the main clause's verb follows.
var adverbialOpeners = map[string]bool{"nachdem": true, "als": true, "weil": true, "obwohl": true, "während": true,
	"wenn": true, "da": true, "bevor": true, "seit": true, "seitdem": true, "sobald": true, "falls": true, "sofern": true}

// verbBeforeSpeaker reports a present that reads like a participle too
// ("kritisiert", "betont") followed by a name: "…, kritisiert Scholz" is
// a speech tag, "…, übermittelt durch X" is none; so is a verb of saying
// followed by an article ("…, kritisiert die Abgeordnete X").
func (s *sent) verbBeforeSpeaker(i int) bool {
	c, v := text.Classes(s.toks[i].lower)
	if c&text.Verb == 0 || v&text.Present == 0 {
		return false
	}
	n := i + 1
	if n >= len(s.toks) || !s.toks[n].word() {
		return false
	}
	if s.toks[n].is(determiners) {
		lx := loadLexicon()
		for _, f := range s.toks[i].forms {
			if saidKinds.has(lx.triggers[f.trigger].kind) {
				return true
			}
		}
		return false
	}
	return s.toks[n].actor >= 0 || s.toks[n].upper
}

// maxSpeechTag is the most words a speech tag takes after its verb: "gab
// der Präsident des Verbands am Montag im Gespräch mit einer Zeitung zu
// bedenken" has fourteen.
const maxSpeechTag = 16

// maxNamedSpeechTag is the most words a speech tag takes whose speaker is
// named right after its verb: the name makes it a tag however long the
// circumstances after it run.
const maxNamedSpeechTag = 24

// verbFirst reports a sentence that opens with its finite verb and goes
// on after a comma: a condition and what follows from it ("Tritt der
// Bürgermeister zurück, wählt der Gemeinderat einen Nachfolger"), no
// main clause of it told as having happened (a relative clause in it
// may tell what did).
func (s *sent) verbFirst() bool {
	if s.condition == 0 {
		s.condition = -1
		if s.opensWithCondition() {
			s.condition = 1
		}
	}
	return s.condition > 0
}

// opensWithCondition works out verbFirst.
func (s *sent) opensWithCondition() bool {
	w := firstWord(s.toks, 0, len(s.toks))
	if w < 0 || s.toks[w].quoted || s.toks[w].actor >= 0 || s.toks[w].is(determiners|quantifiers) || !s.finiteForm(w) {
		return false
	}
	for i := w + 1; i < len(s.toks); i++ {
		if s.toks[i].punct == ',' {
			// the text layer reads the first word as a verb, or the
			// clause after the comma opens with its own, as what follows
			// from a condition does ("Tritt X zurück, wird …"); a noun
			// that is also a verb's form opens a statement ("Streit gibt
			// es, …")
			next := firstWord(s.toks, i+1, len(s.toks))
			return s.layerClass(w) == text.Verb || next >= 0 && !s.toks[next].upper && s.finiteForm(next)
		}
	}
	return false
}

// finiteForm reports whether word i can be a finite verb by the text
// layer's lexicon ("sagte", "hielt", "meint", "kritisierte", also an
// adjective's form) and is no past participle ("…, übermittelt durch
// X" is no speech tag).
func (s *sent) finiteForm(i int) bool {
	t := &s.toks[i]
	if t.finiteForm != 0 {
		return t.finiteForm > 0
	}
	ok := s.finiteVerb(i)
	if !ok {
		c, v := text.Classes(t.lower)
		ok = c&text.Verb != 0 && v&text.Finite != 0 && v&text.PastParticiple == 0
	}
	if len(s.spans) > 0 {
		t.finiteForm = answer(ok) // (as finiteVerb's)
	}
	return ok
}

// inClause reports a word of class c in clause g, outside quotations.
func (s *sent) inClause(g int, c wordClass) bool {
	for i := range s.toks {
		if t := &s.toks[i]; t.group == g && t.word() && !t.quoted && t.is(c) {
			return true
		}
	}
	return false
}

// inSegment reports a word of class c in the comma-separated segment of
// token i.
func (s *sent) inSegment(i int, c wordClass) bool {
	seg := s.toks[i].seg
	for k := range s.toks {
		if t := &s.toks[k]; t.seg == seg && t.word() && !t.quoted && t.is(c) {
			return true
		}
	}
	return false
}

// expects reports a verb of expecting, hoping or fearing in clause g
// ("befürchtet", "erwarten"), not an adjective of one ("die erwartete
// Übernahme"): what it governs is not told as happened.
func (s *sent) expects(g int) bool {
	for i := range s.toks {
		t := &s.toks[i]
		if t.group == g && t.word() && !t.quoted && t.is(expectations) && (i == 0 || !s.toks[i-1].is(determiners)) {
			return true
		}
	}
	return false
}

// notNegating follow a "nicht" that does not deny the clause: "nicht nur
// …, sondern auch", "nicht zuletzt", "nicht weniger als".
var notNegating = map[string]bool{"nur": true, "zuletzt": true, "erst": true, "weniger": true, "selten": true, "ohne": true, "minder": true}

// absentFrom reports a noun trigger at tok in a phrase of its own whose
// clause denies that someone was there: the clause takes the happening
// as given ("Musk war bei der Eröffnung nicht anwesend"), and its names
// took no part in it.
func (s *sent) absentFrom(tok int) bool {
	t := &s.toks[tok]
	if prep, _, _ := s.nounPhrase(tok); prep == "" {
		return false
	}
	negated, present := false, false
	for i := range s.toks {
		if u := &s.toks[i]; u.group == t.group && u.seg == t.seg && !u.quoted {
			negated = negated || u.lower == "nicht" && s.negates(i)
			present = present || presenceWords[u.lower]
		}
	}
	return negated && present
}

// presenceWords say that someone was at a happening: "war … anwesend",
// "erschien zu", "nahm … teil".
var presenceWords = map[string]bool{"anwesend": true, "dabei": true, "erschien": true, "erschienen": true, "erscheint": true, "teil": true, "zugegen": true}

// negated reports a "nicht" that denies the happening of the trigger at
// tok (see negates), or for a verb a "kein" (see noneOf): in its clause and its comma segment ("Wegen des
// Streiks blieben Schulen zu, Briefe wurden nicht zugestellt"
// denies no strike), and not when the trigger is a noun in a phrase of
// its own, whose happening the clause takes as given. A participle
// before its noun is denied only inside its phrase ("die nie in Kraft
// getretene Reform"): the clause's "kein" is not its ("sieht wegen der
// 2019 erlassenen Regel keinen Bedarf").
func (s *sent) negated(tok int) bool {
	t := &s.toks[tok]
	if t.attrib {
		for j := tok - 1; j >= 0 && j >= tok-8; j-- {
			switch u := &s.toks[j]; {
			case !u.word(), u.is(determiners):
				return false
			case u.lower == "nicht" || u.lower == "nie":
				return true
			}
		}
		return false
	}
	if t.noun > 0 {
		if prep, _, _ := s.nounPhrase(tok); prep != "" {
			return false
		}
	}
	for i := range s.toks {
		u := &s.toks[i]
		if u.group != t.group || u.seg != t.seg || u.quoted {
			continue
		}
		if u.lower == "nicht" && s.negates(i) || t.noun == 0 && s.noneOf(i) {
			return true
		}
	}
	return false
}

// noneOf reports a "kein" at token i that denies a verb's happening by
// its subject or object ("hat keinen Kandidaten nominiert", "Kein Minister
// hat unterschrieben"), not a count it bounds ("keine zwei Wochen
// später") nor a remark in parentheses.
func (s *sent) noneOf(i int) bool {
	if !s.toks[i].is(noneWords) || s.inParentheses(i) {
		return false
	}
	n := i + 1
	return n < len(s.toks) && s.toks[n].word() && !s.toks[n].is(thingNumerals) && !isDigit(s.toks[n].text[0])
}

// inParentheses reports whether token i stands inside parentheses.
func (s *sent) inParentheses(i int) bool { return s.openBracket(i) >= 0 }

// openBracket returns the "(" that token i stands inside of, or -1.
func (s *sent) openBracket(i int) int {
	for j := i - 1; j >= 0; j-- {
		switch s.toks[j].punct {
		case '(':
			return j
		case ')':
			return -1
		}
	}
	return -1
}

// crossReference reports whether token i stands in brackets that point
// the reader elsewhere (pointsElsewhere: "(siehe unseren Bericht vom 3.
// Mai)", "(vgl. die Meldung von gestern)"): what they name is told
// elsewhere, not here.
func (s *sent) crossReference(i int) bool {
	j := s.openBracket(i)
	if k := j + 1; j < 0 || k >= i || !s.toks[k].word() {
		return false
	}
	return pointsElsewhere(s.toks, j)
}

// negates reports whether the "nicht" at token i denies its clause's
// happening: not one of notNegating's phrases, and no "sondern" after it,
// which puts a part of the clause right ("nicht am Montag, sondern am
// Dienstag") and leaves the happening told.
func (s *sent) negates(i int) bool {
	if i+1 < len(s.toks) && notNegating[s.toks[i+1].lower] {
		return false
	}
	if i > 0 && s.toks[i-1].is(determiners|prepositions) {
		return false // "eine nicht näher bezeichnete Spannung": an attribute's
	}
	if s.inParentheses(i) {
		return false // "zu 14 Monaten Haft (noch nicht rechtskräftig) verurteilt": a remark on it
	}
	if s.comparedTime(i) {
		return false // "so stark gesenkt wie seit Jahren nicht": the years compared with had none
	}
	for j := i + 1; j < len(s.toks); j++ {
		if s.toks[j].lower == "sondern" {
			return false
		}
	}
	return true
}

// intendedOnly reports whether what the clause at g makes known after
// token at, in a clause that hangs on it, is only wanted or imagined: a
// "wollen" or "würde" there, and no date of that clause's own. To run for
// an office or in an election is news all the same ("gab bekannt, für
// die Partei kandidieren zu wollen").
func (s *sent) intendedOnly(g, at int) bool {
	wanted := -1
	for i := range s.complementWords(g, at) {
		t := &s.toks[i]
		if s.isVerbOf(i, &running) {
			return false
		}
		if wanted < 0 && t.is(intention|hypothetical) && !s.timeAnchor(t.group, true) {
			wanted = i
		}
	}
	return wanted >= 0
}

// onCondition reports whether what the clause at g makes known after
// token at hangs on a condition: a "falls", "sofern" or "wenn" in a
// clause that hangs on it ("kündigte an, er werde klagen, falls …").
func (s *sent) onCondition(g, at int) bool {
	for i := range s.complementWords(g, at) {
		switch s.toks[i].lower {
		case "falls", "sofern", "wenn":
			return true
		}
	}
	return false
}

// aimedAt reports a participle of aiming in clause g ("angepeilt",
// "angestrebt", "anvisiert"): the date it stands with is a goal, not a
// date a happening is scheduled for.
func (s *sent) aimedAt(g int) bool {
	return s.clauseHas(g, func(w string) bool {
		return w == "angepeilt" || w == "angestrebt" || w == "anvisiert" || w == "avisiert"
	})
}

// assessing reports a verb of saying at tok, of the infinitive verb, that
// tells what someone holds a thing to be, not what happened: "bezeichnet
// X als Y"; "spricht von einem Skandal" (not "spricht mit Y"); "nennt den
// Angriff feige", "nennt X einen Lügner", where a bare predicate ends the
// clause (not "nennt Gründe für den Abbau in X", which reports).
func (s *sent) assessing(tok int, verb string) bool {
	g := s.toks[tok].group
	last := -1 // the clause's last word
	hasVon := false
	for i := tok + 1; i < len(s.toks); i++ {
		if t := &s.toks[i]; t.group == g && t.word() && !t.quoted {
			last = i
			hasVon = hasVon || t.lower == "von"
		}
	}
	switch verb {
	case "bezeichnen":
		return true
	case "sprechen":
		return hasVon
	case "nennen":
		if last <= tok+1 {
			return false
		}
		p := &s.toks[last-1]
		if p.word() && (p.lower == "einen" || p.lower == "eine" || p.lower == "ein") {
			p = &s.toks[last-2] // "nennt X einen Lügner"
			return last-2 > tok && !p.is(prepositions)
		}
		return !p.is(prepositions|determiners) && s.toks[last].actor < 0 && !s.namedPlace(last)
	}
	return false
}

// complementWords yields the words after token at of the clauses that
// hang on clause g (its complements), unquoted.
func (s *sent) complementWords(g, at int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := at + 1; i < len(s.toks); i++ {
			t := &s.toks[i]
			if t.group == g || s.host[t.group] != g || !t.word() || t.quoted {
				continue
			}
			if !yield(i) {
				return
			}
		}
	}
}

// refusedOnly reports a complement of the announcing verb at in clause g
// that says, negated, what will be or be done ("gab bekannt, dass sie das
// nicht akzeptieren werde", "kündigte an, nicht zurückzutreten"): what is
// made known is what will not happen, a stance. (Not a ruling's content
// in the present: "erklärten, dass sie kein Risiko darstelle".)
func (s *sent) refusedOnly(g, at int) bool {
	negated := -1
	for i := range s.complementWords(g, at) {
		if t := &s.toks[i]; t.lower == "nicht" || t.is(noneWords|negations) {
			negated = t.group
		}
	}
	if negated < 0 {
		return false
	}
	for i := at + 1; i < len(s.toks); i++ {
		if t := &s.toks[i]; t.group == negated && t.word() && (t.is(futureAux) || s.zuComplement(i, g)) {
			return true
		}
	}
	return false
}

// comparedTime reports a "nicht" at i in the "wie" of a comparison with
// "so" that measures a happening against a time ("hat den Preis so stark
// gesenkt wie seit zehn Jahren nicht"): the time is negated, not the
// happening.
func (s *sent) comparedTime(i int) bool {
	for j := i - 1; j >= 1; j-- {
		t := &s.toks[j]
		if !t.word() || t.seg != s.toks[i].seg {
			return false
		}
		if t.lower == "wie" {
			for k := j - 1; k >= 0 && k >= j-4; k-- {
				if s.toks[k].lower == "so" {
					return true
				}
			}
			return false
		}
	}
	return false
}

// denied reports a noun trigger at i under "kein": "keine Einigung",
// "keinen neuen Vertrag".
func (s *sent) denied(i int) bool {
	_, det, _ := s.nounPhrase(i)
	return strings.HasPrefix(det, "kein")
}

// possibly reports a conditional adverb ("notfalls", "eventuell") in
// clause g or in a clause that hangs on it (an infinitive complement:
// "kündigte an, notfalls … zu ziehen"), or a present "lässt sich" in g:
// what can be done.
func (s *sent) possibly(g int) bool {
	lets, self := false, false
	for i := range s.toks {
		t := &s.toks[i]
		if !t.word() || t.quoted {
			continue
		}
		if t.is(conditionalAdverbs) && (t.group == g || s.host[t.group] == g) {
			return true
		}
		if t.group == g {
			lets = lets || t.lower == "lässt" || t.lower == "lassen"
			self = self || t.lower == "sich"
		}
	}
	return lets && self // "Laptops lassen sich auch günstiger erwerben": what can be done
}

// wordBefore returns the word of clause g that comes before token i,
// outside quotes, or -1.
func (s *sent) wordBefore(i, g int) int {
	for k := i - 1; k >= 0; k-- {
		if t := &s.toks[k]; t.group == g && t.word() && !t.quoted {
			return k
		}
	}
	return -1
}

// wanted reports whether the noun at token i is what a demand, a hope
// or a proposal is about: "Forderungen nach einer Entlassung", "Rufe
// nach dem Rücktritt", "die Hoffnung auf eine Einigung", "Chancen auf die
// Wiederwahl". The happening
// is asked for; whether it came about the sentence does not tell. (A
// plan is kept: what a company plans is news of its own; a rumour
// often comes before the sentence tells what came of it.)
func (s *sent) wanted(i int) bool {
	prep, at, _, _ := s.npContext(i)
	if !wantPrepositions[prep] || at < 1 {
		return false
	}
	if prep == "für" && s.advocates(s.toks[i].group) {
		return true // "hatte für das Abkommen geworben": what one argues for
	}
	h := &s.toks[at-1]
	return h.word() && h.upper && wantNouns.mayBe(h.lower) && wantNouns.lemmas[strings.ToLower(s.doc.Lemma(int(h.at)))]
}

// advocates reports whether clause g argues for something: "wirbt für",
// "setzt sich ein für", "macht sich stark für".
func (s *sent) advocates(g int) bool {
	strong, made := false, false
	for k := range s.toks {
		t := &s.toks[k]
		if t.group != g || !t.word() || t.quoted {
			continue
		}
		lemma := strings.ToLower(s.doc.Lemma(int(t.at)))
		switch {
		case advocacyVerbs[lemma] || lemma == "setzen" && s.separatedParticle(k, lemma) == "ein":
			return true
		case t.lower == "stark":
			strong = true
		case lemma == "machen":
			made = true
		}
	}
	return strong && made
}

// advocacyVerbs are the lemmas of verbs that argue for something.
var advocacyVerbs = map[string]bool{"werben": true, "einsetzen": true, "plädieren": true, "eintreten": true, "kämpfen": true}

// wantPrepositions link a demand or a question to what it is about;
// wantNouns are the lemmas of such nouns.
var (
	wantPrepositions = map[string]bool{"nach": true, "zur": true, "zum": true, "über": true, "auf": true, "für": true}
	wantNouns        = newLemmaSet("forderung", "ruf", "hinweis", "indiz", "anzeichen", "licht", "zustimmung", "genehmigung", "freigabe", "erlaubnis", "hoffnung", "appell", "vorschlag", "wunsch", "verlangen", "drängen",
		"idee", "konzept", "vorstoß", "druck", "kampagne", "chance", "aussicht", "anspruch",
		// what is moved or drafted for it: "ein Antrag zum Verbot"
		"antrag", "entschließungsantrag", "entwurf", "gesetzesentwurf",
		// what is asked or guessed about it, not told: "eine Aussage zur
		// Entscheidung", "Spekulationen über einen Rücktritt"
		"aussage", "frage", "spekulation", "gerücht")
)

// possessiveSein reports a "sein" at i that is the possessive before its
// noun ("sein Sohn", "sein ältester Sohn"), not the infinitive of a
// perfect ("soll … gewesen sein").
func (s *sent) possessiveSein(i int) bool {
	if s.toks[i].lower != "sein" || i+1 >= len(s.toks) {
		return false
	}
	n := &s.toks[i+1]
	return n.word() && n.group == s.toks[i].group && (n.upper || hasDeclension(n.lower))
}
