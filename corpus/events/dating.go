package events

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"chronik/corpus/datenames"
	"chronik/model"
)

// usableTimex reports whether a temporal expression can date a happening:
// a DATE or TIME outside quoted speech that denotes days. Durations, sets
// and references like PRESENT_REF without an interval cannot.
func usableTimex(t timexRef) bool {
	return !t.quoted && t.first >= 0 && (t.Type == model.TimexDate || t.Type == model.TimexTime) && t.Interval.Valid()
}

// longSpan reports whether clause g (or the main clause of a
// subordinate g) is dated to more than a month: "im vergangenen Jahr".
func (s *sent) longSpan(g int) bool {
	for _, t := range s.timex {
		if usableTimex(t) && s.scopeOf(t.first, g) >= 0 && t.Interval.Days() > maxCarriedDays {
			return true
		}
	}
	return false
}

// dayAnchor reports a date of clause g no wider than a week, or a day
// the article's unknown date leaves open ("am Wochenende", "am Sonntag"),
// and no span of time ("binnen vier Jahren").
func (s *sent) dayAnchor(g int) bool {
	day := false
	for _, t := range s.timex {
		if t.quoted || t.first < 0 || s.scopeOf(t.first, g) < 0 {
			continue
		}
		if s.age(t) {
			continue // "eine 81 Jahre alte Frau": whose age, no span of the clause
		}
		if t.Type != model.TimexDate && t.Type != model.TimexTime {
			return false
		}
		day = day || t.Interval.Valid() && t.Interval.Days() <= 7 || strings.HasPrefix(t.Value, "XXXX-")
	}
	return day
}

// age reports a duration that is someone's age: "81 Jahre" before "alt"
// ("eine 81 Jahre alte Frau", "der 81 Jahre alte Mann").
func (s *sent) age(t timexRef) bool {
	n := t.last + 1
	return t.Type == model.TimexDuration && t.last >= 0 && n < len(s.toks) && s.toks[n].word() && strings.HasPrefix(s.toks[n].lower, "alt")
}

// overSpan returns the span of time in clause g that what it counts
// happened within ("binnen vier Jahren", "innerhalb eines Monats"), its
// TIMEX3 value ("P4Y"), or "": a toll, and over years a tally whoever did
// it ("entschied in sechs Jahren 1.600 Fälle"). (A span after "zu" is a
// term, "vor" dates: "zu fünf Monaten Haft", "wenige Tage vor …".)
func (s *sent) overSpan(g int) string {
	for _, t := range s.timex {
		if s.spanInPast(t, g) && s.scopeOf(t.first, g) >= 0 {
			return "PX" + spanUnits[s.toks[t.last].lower] // "in zehn Jahren" told of the past: a span of years ("PXY"), however many
		}
		if t.quoted || t.first < 1 || s.scopeOf(t.first, g) < 0 || t.Type != model.TimexDuration {
			continue
		}
		switch s.toks[t.first-1].lower {
		case "in", "innerhalb", "binnen", "während", "über":
			return t.Value
		case "von":
			if t.first > 1 && s.toks[t.first-2].lower == "innerhalb" {
				return t.Value // "innerhalb von zwei Jahren"
			}
		}
	}
	return ""
}

// spanInPast reports a date "in" and a count of units ("in zehn
// Jahren") in clause g told in a past tense, which the temporal layer
// reads as that far from the article's day: told of the past, it is
// the span something took or was counted over ("erzielte in zehn Jahren
// 15 Tore", "baute die Halle in zwei Wochen"). Not in a "zu" infinitive
// after it ("hatte angekündigt, in drei Jahren … abzubauen"), which
// plans it.
func (s *sent) spanInPast(t timexRef, g int) bool {
	if t.quoted || t.first < 0 || t.Type != model.TimexDate {
		return false
	}
	n := t.first // the count, after "in" (which the expression may hold)
	if s.toks[n].lower == "in" {
		n++
	} else if n == 0 || s.toks[n-1].lower != "in" {
		return false
	}
	if n != t.last-1 || !s.counts(n) || spanUnits[s.toks[t.last].lower] == "" || !s.pastClause(g) {
		return false
	}
	from, to := s.clauseTokens(g)
	for i := max(from, t.last+1); i < to; i++ {
		if s.toks[i].group == g && s.toks[i].lower == "zu" {
			return false
		}
	}
	return true
}

// spanUnits are the plural units of a span counted after "in", with
// their TIMEX3 letters.
var spanUnits = map[string]string{"jahren": "Y", "monaten": "M", "wochen": "W", "tagen": "D"}

// hasOwnTimex reports whether clause g (or the main clause of a
// subordinate g) has a usable temporal expression.
func (s *sent) hasOwnTimex(g int) bool {
	for _, t := range s.timex {
		if usableTimex(t) && s.scopeOf(t.first, g) >= 0 {
			return true
		}
	}
	return false
}

// openDate returns the value of the first day, weekday or month clause g
// (or the main clause of a subordinate g) names that the article's unknown
// year leaves open ("XXXX-07" of "im Juli"), or "".
func (s *sent) openDate(g int) string {
	for _, t := range s.timex {
		if !t.quoted && t.first >= 0 && t.Type == model.TimexDate && !t.Interval.Valid() && strings.HasPrefix(t.Value, "XXXX-") && s.scopeOf(t.first, g) >= 0 {
			return t.Value
		}
	}
	return ""
}

// hasTimeAnchor reports whether clause g (or the main clause of a
// subordinate g) tells its happening at a time, a date or a time of day,
// also one the article's unknown date leaves unresolved ("am Montag", "vor
// drei Jahren" in an undated article): such a clause tells a happening of
// its own days, not a state.
func (s *sent) hasTimeAnchor(g int) bool { return s.timeAnchor(g, false) }

// timeAnchor is hasTimeAnchor; own asks for a time of clause g itself,
// not of its main clause.
func (s *sent) timeAnchor(g int, own bool) bool {
	for _, t := range s.timex {
		if t.first < 0 {
			continue
		}
		if scope := s.scopeOf(t.first, g); scope < 0 || own && scope > 0 || s.deniedDate(t) {
			continue
		}
		// a date; a day or weekday of a year the text leaves open
		// ("XXXX-WXX-1"); a time counted from an unknown date; not a vague
		// span ("in den vergangenen Jahren")
		if usableTimex(t) || !t.quoted && (t.Type == model.TimexDate || t.Type == model.TimexTime) && strings.HasPrefix(t.Value, "XXXX-") || !t.quoted && s.countedRef(t) {
			return true
		}
	}
	return false
}

// deniedDate reports a date that a "nicht" a few words before it denies
// and a "sondern" after it replaces: "kommt nicht wie angekündigt am
// Mittwoch, sondern erst im Frühjahr": not the day of what the clause
// tells.
func (s *sent) deniedDate(t timexRef) bool {
	denied := false
	for j := t.first - 1; j >= 0 && j >= t.first-5; j-- {
		if s.toks[j].word() && s.toks[j].lower == "nicht" {
			denied = true
			break
		}
	}
	if !denied {
		return false
	}
	for j := t.last + 1; j < len(s.toks) && j <= t.last+4; j++ {
		if s.toks[j].word() && s.toks[j].lower == "sondern" {
			return true
		}
	}
	return false
}

// countedRef reports a time counted back or forward from the article's
// date that its unknown date leaves unresolved ("vor drei Jahren", "im
// vergangenen Jahr": PAST_REF, where a known date makes them a year): a
// time like any date, not a vague span ("vor einigen Jahren", "früher").
func (s *sent) countedRef(t timexRef) bool {
	if t.Type != model.TimexDate || t.Value != "PAST_REF" && t.Value != "FUTURE_REF" {
		return false
	}
	for k := t.first; k <= t.last && k < len(s.toks); k++ {
		w := &s.toks[k]
		switch {
		case isDigit(w.text[0]) || w.is(thingNumerals) || w.lower == "einem" || w.lower == "einer":
			return true
		case refAdjectives[strings.TrimRight(w.lower, "enrms")] && k+1 <= t.last && timeUnits[s.toks[k+1].lower]:
			return true // "im vergangenen Jahr", "nächste Woche" (not "in den vergangenen Jahren")
		}
	}
	return false
}

// refAdjectives are the stems of the adjectives that count a unit of time
// from the article's date: "vergangenen", "letzte", "nächsten".
var refAdjectives = map[string]bool{"vergang": true, "letzt": true, "vorig": true, "nächst": true, "kommend": true}

// whenClauseDate returns the date a clause of time that hangs on clause
// g gives it: "Als die Regierung im Mai 2014 stürzte, kam es zu
// Protesten" (then), "Nachdem der Konzern 2014 ein Werk geschlossen
// hatte, streikten die Arbeiter" (then or within a month
// after, as "nach dem 6. Januar").
func (x *extractor) whenClauseDate(s *sent, g int) (model.Interval, string, bool) {
	for _, t := range s.timex {
		if !usableTimex(t) {
			continue
		}
		tg := s.toks[t.first].group
		if tg == g || s.host[tg] != g {
			continue
		}
		switch s.opener[tg] {
		case "als", "während":
			return x.adjust(s, t), t.Value, true
		case "nachdem":
			iv := x.adjust(s, t)
			iv.End = iv.End.AddDays(afterWindow)
			return iv, t.Value, true
		}
	}
	return model.Interval{}, "", false
}

// saidTail returns the first token of the speech tag that ends the
// sentence (speechTail) when its verb is a verb of saying ("…, erklärte
// die Behörde erst am Freitag", "…, so X"), else -1: a clause that only opens
// with a finite verb after a comma may tell the happening itself
// ("…, ermordeten Paramilitärs 3.000 Menschen").
func (x *extractor) saidTail(s *sent) int {
	tail := s.speechTail()
	if tail < 0 || s.toks[tail].lower == "so" {
		return tail
	}
	for _, c := range x.cands {
		if c.tok == tail && speechTagKinds.has(x.lx.triggers[c.trig].kind) {
			return tail
		}
	}
	return -1
}

// retold reports the date of a dateline (datelineDate) in a sentence
// that says it retells what was reported before ("Wie bereits berichtet,
// …"): the page's day, after the old news.
func (s *sent) retold(t timexRef) bool {
	return s.datelineDate(t) && s.reportedBefore() > t.last
}

// pageOnly reports a dateline's date that dates the page and not what
// its sentence tells: not a plan's ("Hannover, 14.11.2023 – X will 7000
// Stellen abbauen"), nor, where the article's date holds it (pageDay),
// a happening's ("Wien, 08.08.2024 – Die Konzerte sind abgesagt worden":
// on or before the article's day, as a sentence without a date is).
func (s *sent) pageOnly(t timexRef, planned bool) bool {
	return s.datelineDate(t) && (planned || s.pageDay(t))
}

// pageDay reports whether the date of a dateline (datelineDate) follows
// its place ("Wien, 08.08.2024 – …") and the article's date, known to a
// few days, holds it: the day the page was written, no more (where the
// article is known only to its month, the dateline says more).
func (s *sent) pageDay(t timexRef) bool {
	if t.first < 2 || s.toks[t.first-1].punct != ',' || !s.toks[t.first-2].upper {
		return false
	}
	art := s.a.Date.Interval
	return art.Valid() && t.Interval.Valid() && art.Days() <= preciseArticle && art.Start <= t.Interval.Start && t.Interval.End <= art.End
}

// datelineDate reports the date of a dateline, a temporal expression
// that opens the sentence before a dash ("Linz, 12.03.2024 – …").
func (s *sent) datelineDate(t timexRef) bool {
	first := firstWord(s.toks, 0, len(s.toks))
	return first >= 0 && t.first <= first+3 && t.last+1 < len(s.toks) && (s.toks[t.last+1].punct == '–' || s.toks[t.last+1].punct == '-')
}

// date dates a mention whose trigger c lies in clause g.
// A plan is dated by what it is for ("ist für Januar geplant"); a deed
// is not ("lud Trump für Januar ein"), unless it is a call or an
// announcement named by the happening it announces (announcing: "hat für
// Mittwoch zum Streik aufgerufen" is the strike of Wednesday,
// GUIDELINES.md §1).
func (x *extractor) date(s *sent, c cand, g int, tn tenseInfo, planned, announcing bool) (model.Interval, string, Dating) {
	// 1. The sentence's own date: the temporal expression nearest the
	// trigger in its clause, or in the main clause of a subordinate one.
	// A date in another subordinate clause belongs to that clause ("…, das
	// Trump erst Stunden zuvor … bezeichnet hatte").
	if t, ok := s.relativeDate(c.tok, g); ok {
		// "ein Unfall, der sich am Sonntag ereignete": the clause on the
		// trigger's noun says when it happened, whatever date the clause
		// that tells of it has ("Am Montag meldete die Polizei den
		// Unfall, der sich am Sonntag ereignete")
		return x.adjust(s, t), t.Value, DatedOwn
	}
	best, bestDist := -1, 0
	tail := x.saidTail(s)
	for k, t := range s.timex {
		if c.cited {
			break // the dates of what a cited study found ("bis 2020") are not the study's
		}
		scope := s.scopeOf(t.first, g)
		if !usableTimex(t) || scope < 0 || s.deniedDate(t) || s.spanInPast(t, g) || x.attributive(s, t, c.tok) || x.extent(s, t, c, tn.past && !planned) || s.comparisonDate(t, c.tok) {
			continue
		}
		if x.lx.triggers[c.trig].kind == KindResults && t.Interval.Days() > maxReportDays {
			continue // "erzielte im abgelaufenen Jahr einen Gewinn": the period the results are of, not the day they were published
		}
		if tail >= 0 && (t.first >= tail) != (c.tok >= tail) {
			continue // a speech tag's date ("…, erklärte die Behörde erst am Freitag") is the day it was told, not the day of what is told
		}
		if s.retold(t) {
			continue // "Linz, 12.03.2024 – Wie bereits berichtet, …": the page's day, after the old news it retells
		}
		if s.pageOnly(t, planned) {
			continue
		}
		if tn.past && !planned && !announcing {
			if prep, _ := x.datePreposition(s, t); prep == "für" {
				continue // "lud Trump für die kommende Woche ein": the date of what was planned
			}
		}
		d := c.tok - t.last
		if t.first > c.tok {
			d = t.first - c.tok
		}
		d += scope * len(s.toks) // the trigger's own clause first
		if s.ofAnchor(t, c.tok) {
			d += len(s.toks) // "Nach der Eröffnung im Oktober stellte X am Dienstag …": the date of what came before, when the clause has its own
		}
		if best < 0 || d < bestDist {
			best, bestDist = k, d
		}
	}
	if best >= 0 {
		t := s.timex[best]
		if nach := s.nachOf(c.tok); nach > t.last && !planned && !x.lx.triggers[c.trig].verb {
			// "Am Montag kehrten sie nach Ende des Streiks zurück": what
			// the clause tells at its date came after the happening,
			// which is before that date's end
			return model.Before(x.adjust(s, t).End.AddDays(1)), t.Value, DatedBefore
		}
		iv := x.adjust(s, t)
		if art := s.a.Date.Interval; tn.past && !planned && art.Valid() && iv.Start <= art.End && iv.End > art.End {
			// "Nach dem Treffen am Montag trat Scholz zurück": the weeks
			// after a day, told as done, end with the article's day
			iv.End = art.End
		}
		return iv, t.Value, DatedOwn
	}
	if iv, value, ok := x.whenClauseDate(s, g); ok {
		return iv, value, DatedOwn
	}
	if t, ok := s.venueDate(g); ok {
		// "präsentiert die Studie auf der Tagung, die vom 3. bis
		// 5. Juni stattfindet": the happening is at the venue's time
		return x.adjust(s, t), t.Value, DatedOwn
	}
	if s.isMain(g) {
		// "Am Montag traf Scholz Macron; die beiden einigten sich",
		// "1965 – Der Papst besucht die UNO": a main clause of its own
		// takes the date of the one before it
		for _, t := range s.timex {
			if tg := s.toks[t.first].group; usableTimex(t) && tg < g && s.isMain(tg) && !s.retold(t) && !s.pageOnly(t, planned) {
				return x.adjust(s, t), t.Value, DatedOwn
			}
		}
	}
	// 2. Carried over: the previous sentence of the same paragraph had a
	// date and this one goes on with its story (a pronoun, a role, or an
	// actor of that sentence).
	// A back story's date does not carry back into the story: after "Verdi
	// hatte am Freitag aufgerufen", "Werneke wies die Kritik zurück" is not
	// of Friday. A back story told right after a dated sentence is of
	// that date ("Gestern wurde bekannt … Die Polizei hatte den Mann
	// festgenommen"), or before it when it says so ("Zuvor hatte …").
	art := s.a.Date.Interval
	if s.saysThen(g) {
		// "Damals hatte die Armee seine Basis gestürmt": then is the time
		// the text named last
		if iv, ok := x.lastDateBefore(s.start); ok {
			return iv, "", DatedContext
		}
	}
	if p := x.prev; p.sentence == s.index-1 && p.block == s.a.Sentences[s.index].Block && p.date.Valid() &&
		(tn.pluperfect || !p.pluperfect) && !tn.background && (x.continues(s, g) || p.chronicle || p.kind != "" && p.kind == family(x.lx.triggers[c.trig].kind)) {
		if tn.pluperfect && (s.saysBefore(g) || !x.continues(s, g) && !p.chronicle && x.lx.triggers[c.trig].kind == KindVerdict) {
			// ("Der OGH hat am Mittwoch das Urteil bestätigt. X war im
			// Prozess verurteilt worden.": a verdict after a verdict,
			// told in the pluperfect, is the earlier one the later ruled
			// on; an accident's is the same one, told by its cause, an
			// election's the one the sentence before named)
			return model.Before(p.date.Start), "", DatedBefore
		}
		return p.date, "", DatedContext
	}
	if tn.background || tn.pluperfect {
		// Remote, habitual or back story with no date anywhere: before
		// the article, not its day. An article known only to some years
		// was written on one of them, so what it tells as past happened
		// before the last of them, not before the first.
		if !art.Valid() {
			return model.Interval{}, "", Undated
		}
		return model.Before(art.End), "", DatedBefore
	}
	// 3. The date of the section's subheading.
	if h := x.heading; h.Valid() && !planned {
		return h, "", DatedHeading
	}

	// 4. On or before the article's date; a traffic message's accident
	// ("A3 Linz Richtung Passau zwischen X und Y Unfall, 5 km Stau") on
	// it: such a message tells what is on the road now.
	if !art.Valid() {
		return model.Interval{}, "", Undated
	}
	if k := x.lx.triggers[c.trig].kind; k == KindAccident && art.Days() == 1 && !planned && s.trafficAccident(k, c.tok) {
		// (not a landslide or a flood a road is closed for, which may
		// have come days before the message)
		return art, "", DatedLive
	}
	if (tn.past || s.afterNach(c.tok) || s.headlineBlock()) && art.Days() > preciseArticle {
		// Headlines tell the recent past in the present ("Zuckerberg und
		// Trump dinieren zusammen"), so they get the past's window.
		return model.Interval{Start: art.Start.AddDays(-pastWindow), End: art.End}, "", DatedArticle
	}
	return model.Interval{Start: art.Start.AddDays(-presentWindow), End: art.End}, "", DatedArticle
}

// continues reports whether clause g picks up the previous sentence's
// story: an implicit mention (pronoun, role) or an actor named there.
func (x *extractor) continues(s *sent, g int) bool {
	for _, r := range s.actors {
		if r.first < 0 || r.quoted || s.scopeOf(r.first, g) < 0 {
			continue
		}
		if r.Implicit {
			return true
		}
		for _, p := range x.prev.actors {
			if p == r.Actor {
				return true
			}
		}
	}
	return false
}

// adjust applies the preposition before a date: "nach dem 6. Januar 2021"
// is the weeks after it, "seit 2019" runs up to the article's date.
func (x *extractor) adjust(s *sent, t timexRef) model.Interval {
	iv := t.Interval
	if y, ok := s.entryYear(); ok && t.Anchored && t.first > 0 && iv.Valid() {
		// "1910 – Der im Mai gewählte König …": a month or a day of a
		// chronicle's entry is of the entry's year, not of the article's
		sy, sm, sd := iv.Start.Date()
		ey, em, ed := iv.End.Date()
		if sy == ey && sy != y {
			iv = model.Interval{Start: model.NewDay(y, sm, sd), End: model.NewDay(y, em, ed)}
		}
	}
	if t.Range.Valid() {
		// An end of "vom 4. bis 8. März": what is dated by it happened in
		// the whole range, not on the day of that end.
		return t.Range
	}
	if both, ok := s.coordinatedDays(t); ok {
		// "tagt am 12. und 13. Juni": the happening takes both
		// days, not the one nearest its verb
		return both
	}
	if strings.HasSuffix(t.Value, "TNI") && iv.Days() == 1 {
		// "Nacht zum Montag", "Silvesternacht": a night
		// runs into the next day, and what happened in it may be of either
		iv.End = iv.End.AddDays(1)
	}
	prep, at := x.datePreposition(s, t)
	if prep == "nach" || prep == "vor" {
		if d, ok := s.offsetBefore(at); ok {
			// "Sechs Wochen nach der Bundestagswahl", "zwei Tage vor dem Gipfel"
			if prep == "vor" {
				d = d.neg()
			}
			return d.shift(iv)
		}
	}
	switch {
	case (prep == "nach" || t.Mod == "AFTER") && iv.Days() == 1:
		// "nach dem Sturm aufs Kapitol": the tagger's AFTER on one day
		iv.End = iv.End.AddDays(afterWindow)
	case prep == "seit" || prep == "ab":
		if art := s.a.Date.Interval; art.Valid() && art.End > iv.End {
			iv.End = art.End
		}
	case prep == "bis":
		// "streicht bis 2020 rund 2.000 Stellen": from now up to a
		// deadline after the article, not in the deadline's year
		if art := s.a.Date.Interval; art.Valid() && iv.Start > art.End {
			iv.Start = art.Start
		}
	}
	return iv
}

// venueDate returns the date of a relative clause that tells when the
// venue of clause g takes place: "auf der Messe, die vom 3. bis 5.
// Juni stattfindet", "bei dem Gipfel, der am Freitag begann".
func (s *sent) venueDate(g int) (timexRef, bool) {
	for _, t := range s.timex {
		if t.quoted || !usableTimex(t) {
			continue
		}
		r := s.toks[t.first].group
		if r == g || s.host[r] != g || !s.clauseHas(r, func(w string) bool { return venueVerbs[w] }) {
			continue
		}
		rel := -1 // the relative pronoun that opens r, after a comma
		from, to := s.clauseTokens(r)
		for i := from; i < to; i++ {
			if s.toks[i].group == r && s.toks[i].word() {
				rel = i
				break
			}
		}
		if rel < 2 || s.toks[rel-1].punct != ',' || !s.toks[rel].is(relatives) {
			continue
		}
		for j := rel - 2; j >= 0 && j >= rel-6; j-- {
			if w := &s.toks[j]; w.word() && !w.upper && venuePrepositions[w.lower] && w.group == g {
				return t, true
			}
		}
	}
	return timexRef{}, false
}

// relativeDate returns the date of a relative clause on the noun at
// token trigger of clause g that says when it happened: "ein Unfall,
// der sich am Sonntag ereignete", "die Sitzung, die am 3. Mai
// stattfand". The clause ends at its verb of happening, which may
// follow an apposition of commas ("…, welcher sich am Sonntag,
// 10.03.2024, gegen 12 Uhr ereignete").
func (s *sent) relativeDate(trigger, g int) (timexRef, bool) {
	rel := trigger + 2
	if rel >= len(s.toks) || s.toks[trigger+1].punct != ',' || !s.toks[trigger].upper || !s.toks[rel].is(relatives) || s.toks[rel].group == g {
		return timexRef{}, false
	}
	verb := -1
	for j := rel + 1; j < len(s.toks) && j <= rel+maxRelative; j++ {
		t := &s.toks[j]
		if t.quoted || t.punct == ';' {
			break
		}
		if t.word() && !t.upper && (venueVerbs[t.lower] || happeningVerbs[t.lower]) {
			verb = j
			break
		}
	}
	if verb < 0 {
		return timexRef{}, false
	}
	for _, t := range s.timex {
		if !t.quoted && usableTimex(t) && t.first > rel && t.last < verb {
			return t, true
		}
	}
	return timexRef{}, false
}

// maxRelative is the most tokens from a relative pronoun to the verb
// that ends its clause that relativeDate reads.
const maxRelative = 24

// happeningVerbs say that something happened, in the forms a relative
// clause ends in: "der sich am Sonntag ereignete".
var happeningVerbs = map[string]bool{
	"ereignete": true, "ereigneten": true, "ereignet": true, "geschah": true, "geschahen": true, "geschehen": true,
	"passierte": true, "passierten": true, "passiert": true,
}

// venuePrepositions put a happening at an event ("auf der Messe", "beim
// Gipfel", "während der Konferenz").
var venuePrepositions = map[string]bool{"auf": true, "bei": true, "beim": true, "während": true, "zur": true, "zum": true}

// venueVerbs tell when an event takes place.
var venueVerbs = map[string]bool{
	"stattfindet": true, "stattfinden": true, "stattfand": true, "stattfanden": true, "stattgefunden": true,
	"läuft": true, "laufen": true, "lief": true, "liefen": true, "tagt": true, "tagte": true, "beginnt": true, "begann": true,
}

// comparatives say "more", "stronger", "earlier" …: what follows their
// "als" is what the clause is compared with.
var comparatives = map[string]bool{
	"mehr": true, "weniger": true, "stärker": true, "schwächer": true, "höher": true, "niedriger": true, "größer": true,
	"kleiner": true, "besser": true, "schlechter": true, "länger": true, "kürzer": true, "häufiger": true, "öfter": true,
	"seltener": true, "schneller": true, "langsamer": true, "teurer": true, "billiger": true, "günstiger": true,
	"deutlicher": true, "anders": true, "heftiger": true, "schwerer": true, "leichter": true,
}

// comparisonDate reports a date in what a comparative's "als" compares the
// clause with ("hat mehr Stellen gestrichen als im Vorjahr", "war heftiger
// als der Sturm am Montag"): the time of the other thing, not
// of the happening, unless the trigger is that thing.
func (s *sent) comparisonDate(t timexRef, trigger int) bool {
	for j := t.first - 1; j >= 0 && j >= t.first-6; j-- {
		w := &s.toks[j]
		if !w.word() || w.quoted {
			return false
		}
		if w.lower != "als" {
			continue
		}
		if trigger > j && trigger < t.first {
			return false // "… als der Sturm am Montag" dates that storm
		}
		for k := j - 1; k >= 0 && k >= j-8 && s.toks[k].word(); k-- {
			if comparatives[s.toks[k].lower] {
				return true
			}
		}
		return false
	}
	return false
}

// coordinatedDays returns the days from the first to the last of two
// days joined by "und" ("am 12. und 13. Juni"), when t is one of them and
// they lie within a month of each other: a happening told with both took
// place on both (temporal keeps them two days; "zwischen" makes a range).
func (s *sent) coordinatedDays(t timexRef) (model.Interval, bool) {
	if t.Interval.Days() != 1 {
		return model.Interval{}, false
	}
	for _, u := range s.timex {
		if u.quoted || u.Interval.Days() != 1 || u.Type != t.Type {
			continue
		}
		var und int
		switch {
		case u.first == t.last+2:
			und = t.last + 1
		case u.last == t.first-2:
			und = u.last + 1
		default:
			continue
		}
		if !s.toks[und].word() || s.toks[und].lower != "und" {
			continue
		}
		iv := model.Interval{Start: min(t.Interval.Start, u.Interval.Start), End: max(t.Interval.End, u.Interval.End)}
		if iv.Days() <= coordinatedDaysMax {
			return iv, true
		}
	}
	return model.Interval{}, false
}

// datePreposition returns the preposition that governs a temporal
// expression, looking through the noun phrase it may stand in ("Nach den
// Ereignissen am 6. Januar 2021") and through the prepositions that are part
// of a date ("am", "im").
func (x *extractor) datePreposition(s *sent, t timexRef) (string, int) {
	if w := &s.toks[t.first]; w.word() && w.is(prepositions) && w.lower != "am" && w.lower != "im" {
		return w.lower, t.first // the tagger included it in the expression
	}
	at := t.first
	if at >= 2 && (s.toks[at-1].lower == "und" || s.toks[at-1].lower == "oder") && s.toks[at-2].timex >= 0 {
		// "das Budget für 2025 und 2026": a date joined to another shares
		// its preposition
		for at -= 2; at > 0 && s.toks[at-1].timex == s.toks[at].timex; at-- {
		}
		if w := &s.toks[at]; w.word() && w.is(prepositions) && w.lower != "am" && w.lower != "im" {
			return w.lower, at
		}
	}
	for hop := 0; hop < 2; hop++ {
		prep, p, _, _ := s.npContext(at)
		switch prep {
		case "am", "im", "an", "in", "um", "zum":
			at = p
			continue
		}
		if prep == "nach" && hop > 0 && p+1 < at && sourceNouns[s.toks[at-1].lower] {
			return "", -1 // "nach eigenen Angaben am Montag": whose word it is, no "after Monday"
		}
		return prep, p
	}
	return "", -1
}

// sourceNouns are the nouns of "nach …" that name whose word a sentence
// is ("nach eigenen Angaben", "nach Medienberichten"), no time after.
var sourceNouns = map[string]bool{
	"angaben": true, "informationen": true, "berichten": true, "medienberichten": true,
	"schätzungen": true, "darstellung": true, "aussagen": true,
}

// attributive reports a date that qualifies a noun, not the clause:
// "die Joint-Venture-Ankündigung vom Dienstag", "einen Tweet … aus dem Jahr
// 2021", "das Budget für 2025". It dates the clause only when that noun
// is the trigger itself ("Neuwahlen für den Herbst angesetzt").
//
// A date inside an adjective phrase qualifies its noun too: "die seit 1994
// geltende Beschäftigungssicherung"; it dates the adjective, so it dates
// the clause when the adjective is the trigger.
func (x *extractor) attributive(s *sent, t timexRef, trigger int) bool {
	prep, at := x.datePreposition(s, t)
	if at < 0 {
		at = t.first
	}
	if at > 0 && s.toks[at-1].is(determiners) {
		// the adjective is the trigger: "im März 2020 veröffentlichten Roman"
		if a, n := t.last+1, t.last+2; n < len(s.toks) && a != trigger && s.toks[a].word() && !s.toks[a].upper && !s.toks[a].is(determiners) && hasDeclension(s.toks[a].lower) &&
			s.toks[n].word() && s.toks[n].upper {
			return true
		}
	}
	if s.causeOf(t.first, trigger) || prep == "seit" && s.recordSince(at) || s.yearOfTitle(t, trigger) {
		return true
	}
	if prep != "vom" && prep != "von" && prep != "aus" && prep != "für" {
		return false // ("Budget für 2025": the year the thing is for, not when it was passed)
	}
	if at >= 2 && s.toks[at-2].word() && s.toks[at-2].lower == "mit" {
		return false // "mit Wirkung vom 1. April verkauft": an adverbial of the clause, not a noun's attribute
	}
	return s.upperBefore(at) && !s.phraseOf(at-1, trigger)
}

// ofAnchor reports a temporal expression at the end of a phrase of "nach"
// or "vor" and a happening's noun, which the trigger at token trigger does
// not stand in ("Nach der Eröffnung des Werks im Oktober stellte …"): the
// date of the happening the clause's is set after or before.
func (s *sent) ofAnchor(t timexRef, trigger int) bool {
	for p := t.first - 1; p >= 0 && p >= t.first-8; p-- {
		w := &s.toks[p]
		if !w.word() || w.group != s.toks[t.first].group || p == trigger || s.finiteForm(p) {
			return false
		}
		if (w.lower == "nach" || w.lower == "vor") && p+2 < t.first && s.toks[p+1].is(determiners) && s.toks[p+2].upper {
			return trigger < p || trigger > t.last
		}
	}
	return false
}

// yearOfTitle reports a year in the genitive after a noun that it names
// with ("Unternehmer des Jahres 2019", "Spieler des Jahres 2015"): a
// title's year, not when the clause's happening was. Not after a time's
// noun ("Im Sommer des Jahres 2015": a date of its own).
func (s *sent) yearOfTitle(t timexRef, trigger int) bool {
	j := t.first // "Jahres", or the year right after it
	if j > 0 && isDigit(s.toks[j].text[0]) {
		j--
	}
	if j < 2 || s.toks[j].lower != "jahres" && s.toks[j].lower != "jahrs" {
		return false
	}
	det, noun := &s.toks[j-1], &s.toks[j-2]
	return det.word() && det.lower == "des" && noun.word() && noun.upper && noun.timex < 0 && j-2 != trigger
}

// lastingKinds are happenings that start a state that lasts: a ban, a
// closure, a cancellation (and a decision to suspend, "Aussetzung").
var lastingKinds = kindsOf(KindBan, KindClosure, KindCancellation)

// extent reports a date after "bis" that tells how long something holds,
// not when the happening of trigger c was; not the end of a span of time
// ("von Jahresbeginn bis Ende Mai"):
//   - of a happening that starts a state, how long it lasts ("setzt ihre
//     Flüge bis Ende Juni aus", "ist bis Freitag gesperrt");
//   - after a contract's noun, how long it runs, in any tense
//     ("unterschreibt einen Vertrag bis 2031");
//   - after the noun of another thing, how long it holds, when a deed
//     is told done (past, not planned: "hat eine Verlängerung der
//     Mietpreisbremse bis 2029 beschlossen"; in the present the date may
//     be a plan's deadline, "baut die Straße bis 2028 aus"). Not after a
//     place ("in Deutschland bis Ende 2027") or a name.
func (x *extractor) extent(s *sent, t timexRef, c cand, done bool) bool {
	prep, at := x.datePreposition(s, t)
	if prep != "bis" || s.spanStart(at) {
		return false
	}
	if tr := &x.lx.triggers[c.trig]; lastingKinds.has(tr.kind) || tr.noun == "Aussetzung" {
		return true
	}
	if at < 1 {
		return false
	}
	n := &s.toks[at-1]
	return n.word() && n.upper && n.timex < 0 && n.actor < 0 && at-1 != c.tok && !s.namedPlace(at-1) &&
		(done || strings.Contains(n.lower, "vertrag"))
}

// spanStart reports a word that opens a span of time ("von", "ab",
// "seit", "zwischen") a few words before the "bis" at token at ("von
// Jahresbeginn bis …").
func (s *sent) spanStart(at int) bool {
	for j := at - 1; j >= 0 && j >= at-4; j-- {
		switch s.toks[j].lower {
		case "von", "vom", "ab", "seit", "zwischen":
			return true
		}
	}
	return false
}

// monthsSpan reports a span of time in clause g that a month or more
// opens or closes ("von Jänner bis Juli", "vom Jahresanfang bis zum 30.
// Juni"): what it counts happened over months, a tally (not "von
// Montag bis Mittwoch", "vom 4. bis 8. März").
func (s *sent) monthsSpan(g int) bool {
	for k, t := range s.timex {
		if t.quoted || t.first < 1 || s.scopeOf(t.first, g) < 0 {
			continue
		}
		at := t.first - 1
		if at > 0 && (s.toks[at].lower == "zum" || s.toks[at].lower == "zur") {
			at-- // "bis zum 30. Juni"
		}
		if s.toks[at].lower != "bis" || !s.spanStart(at) {
			continue
		}
		if s.coarse(t) || k > 0 && s.coarse(s.timex[k-1]) {
			return true
		}
	}
	return false
}

// coarse reports a date of a month or wider ("2015-08", "2015",
// "XXXX-08"; in an article of unknown year, whose values say only the
// decade, one that names no day and no weekday: "Jahresanfang", "Ende
// Juli"), not a day or a week.
func (s *sent) coarse(t timexRef) bool {
	v := t.Value
	if len(v) == 4 || len(v) == 7 && v[4] == '-' && v[5] != 'W' {
		return true
	}
	if strings.Contains(v, "-") || v == "" {
		return false
	}
	written := s.a.Text[t.Start:t.End]
	for i := 0; i+1 < len(written); i++ {
		if isDigit(written[i]) && written[i+1] == '.' {
			return false // "30. Juni"
		}
	}
	return !slices.ContainsFunc(datenames.Weekdays[:], func(d string) bool { return strings.Contains(written, d) })
}

// causeOf reports a date at token i inside a "wegen" phrase that the
// trigger does not stand in: it dates the cause ("wegen einer
// Ausschüttung im Jahr 2008 verurteilt": the payout's year, not the
// verdict's).
func (s *sent) causeOf(i, trigger int) bool {
	for j := i - 1; j >= 0 && j >= i-12; j-- {
		t := &s.toks[j]
		switch {
		case j == trigger, !t.word(), !t.upper && s.finiteForm(j):
			return false
		case t.lower == "wegen":
			return trigger < j || trigger > i
		}
	}
	return false
}

// recordSince reports a "seit" at token at that tells how long a first or
// a record had not been ("der erste Sieg seit 1939", "erstmals seit
// 2010", "der tiefste Stand seit 2003"): the date is the last time
// before, not when it happened.
func (s *sent) recordSince(at int) bool {
	for j := at - 1; j >= 0 && j >= at-8; j-- {
		t := &s.toks[j]
		switch {
		case !t.word(), !t.upper && s.finiteForm(j) && !strings.HasPrefix(t.lower, "erst"):
			return false
		case strings.HasPrefix(t.lower, "erste") || t.lower == "erstmals" || s.superlative(j):
			return true
		}
	}
	return false
}

// phraseOf reports whether the noun at j ends the noun phrase of the
// trigger: the trigger itself, or the last noun of prepositional phrases
// that follow it ("Unfall mit Verletzten in Linz vom 27. Dezember", made up:
// the date is the accident's, not the town's).
func (s *sent) phraseOf(j, trigger int) bool {
	for range 4 {
		if j == trigger {
			return true
		}
		if j < 2 || j <= trigger || !s.toks[j].upper || !s.toks[j-1].is(prepositions) {
			return false
		}
		j -= 2
	}
	return false
}

// An offset is a distance in time told before "nach" or "vor": "Sechs
// Wochen", "Einen Tag", "knapp zwei Wochen".
type offset struct {
	days, months int
	mod          string // the tagger's LESS_THAN, MORE_THAN, APPROX or ""
}

// offsetBefore reads the duration that ends right before token at.
func (s *sent) offsetBefore(at int) (offset, bool) {
	if at <= 0 {
		return offset{}, false
	}
	for _, t := range s.timex {
		if t.Type != model.TimexDuration || t.last != at-1 || t.quoted {
			continue
		}
		v := t.Value
		if len(v) < 3 || v[0] != 'P' || v[1] == 'T' {
			return offset{}, false
		}
		n := 0
		for _, r := range v[1 : len(v)-1] {
			if r < '0' || r > '9' {
				return offset{}, false
			}
			n = n*10 + int(r-'0')
		}
		o := offset{mod: t.Mod}
		switch v[len(v)-1] {
		case 'D':
			o.days = n
		case 'W':
			o.days = 7 * n
		case 'M':
			o.months = n
		case 'Y':
			o.months = 12 * n
		default:
			return offset{}, false
		}
		return o, n > 0 && n < 1000
	}
	return offset{}, false
}

func (o offset) neg() offset { return offset{days: -o.days, months: -o.months, mod: o.mod} }

// shift moves an interval by the offset; an inexact offset widens it
// toward the anchor ("knapp zwei Wochen nach": between one and two
// weeks) or both ways ("rund einen Monat").
func (o offset) shift(iv model.Interval) model.Interval {
	move := func(d model.Day, frac int) model.Day {
		if o.months != 0 {
			y, m, day := d.Date()
			d = model.NewDay(y, m+time.Month(o.months*frac/4), day)
			return d
		}
		return d.AddDays(o.days * frac / 4)
	}
	switch o.mod {
	case "LESS_THAN":
		return ordered(move(iv.Start, 2), move(iv.End, 4))
	case "MORE_THAN":
		return ordered(move(iv.Start, 4), move(iv.End, 6))
	case "APPROX":
		return ordered(move(iv.Start, 3), move(iv.End, 5))
	}
	return ordered(move(iv.Start, 4), move(iv.End, 4))
}

func ordered(a, b model.Day) model.Interval {
	if b < a {
		a, b = b, a
	}
	return model.Interval{Start: a, End: b}
}

// saysBefore reports a cue in clause g that its back story came before
// the story told so far: "zuvor", "vorher", "davor".
func (s *sent) saysBefore(g int) bool {
	for i := range s.toks {
		if t := &s.toks[i]; t.word() && !t.quoted && s.scopeOf(i, g) >= 0 && t.is(beforeCues) {
			return true
		}
	}
	return false
}

// chronicleEntry reports a sentence that opens with its date and a dash,
// as the entries of a chronicle do ("1910 – Der König wird gestürzt."):
// the sentences after it without a date of their own continue the entry,
// even when its date is a year.
func (s *sent) chronicleEntry() bool {
	return len(s.toks) > 2 && s.toks[0].timex >= 0 && s.toks[1].punct == '–' && s.toks[1].timex < 0
}

// entryYear returns the year a chronicle's entry opens with ("1910 –
// …"), if the sentence is one and its date is a year.
func (s *sent) entryYear() (int, bool) {
	if !s.chronicleEntry() {
		return 0, false
	}
	v := s.timex[s.toks[0].timex].Value
	if len(v) != 4 {
		return 0, false
	}
	y, err := strconv.Atoi(v)
	return y, err == nil
}

// sectionDate returns the date a subheading gives its section: its
// first usable temporal expression precise to a month at most, or none.
func (s *sent) sectionDate(x *extractor) model.Interval {
	for _, t := range s.timex {
		if usableTimex(t) && t.Interval.Days() <= maxCarriedDays {
			return x.adjust(s, t)
		}
	}
	return model.Interval{}
}

// A backReference is a sentence that dates a happening by naming it with
// a definite article: "Die Entscheidung fiel bereits am Freitag."
type backReference struct {
	sentence, block int
	kind            Kind
	date            model.Interval
}

// noteBackReference records a sentence whose main clause names a kind of
// happening with a definite article and has a date of its own.
func (x *extractor) noteBackReference(s *sent) {
	for i := range s.toks {
		t := &s.toks[i]
		if t.noun == 0 || t.quoted || !s.isMain(t.group) || i == 0 || !s.toks[i-1].is(definiteArticles) || s.countedByVon(i) {
			continue
		}
		if x.tellsOther(s, t.group, x.lx.triggers[t.noun-1].kind) {
			return // "Die Kommission hatte den Einstieg im Juli genehmigt": the date of the approval, not of the takeover
		}
		for _, tx := range s.timex {
			if usableTimex(tx) && s.scopeOf(tx.first, t.group) == 0 && !x.attributive(s, tx, i) {
				x.backRefs = append(x.backRefs, backReference{s.index, s.a.Sentences[s.index].Block, x.lx.triggers[t.noun-1].kind, x.adjust(s, tx)})
				return
			}
		}
	}
}

// tellsOther reports a verb of the lexicon in clause g that tells a
// happening of another family than kind: the clause's date is that
// happening's, not one of kind it names. (A verb of telling,
// "verkündete die Entscheidung", dates what it tells.)
func (x *extractor) tellsOther(s *sent, g int, kind Kind) bool {
	for i := range s.toks {
		t := &s.toks[i]
		if t.group != g || t.upper {
			continue
		}
		for _, f := range t.forms {
			if f.particle != "" && !s.holds(f.particle) {
				continue // "geht in die Stichwahl" is no "pleite|gehen"
			}
			if tr := &x.lx.triggers[f.trigger]; tr.verb && !speechKinds.has(tr.kind) && tr.kind != KindAction && family(tr.kind) != family(kind) && x.fitsOnce(s, i, f.trigger) {
				return true
			}
		}
	}
	return false
}

// countedByVon reports a noun that "von" and a number follow: "den
// Abbau von 90 Jobs" tells a happening of its own count, not the one
// before it again.
func (s *sent) countedByVon(i int) bool {
	return i+2 < len(s.toks) && s.toks[i+1].lower == "von" && (isDigit(s.toks[i+2].text[0]) || s.toks[i+2].is(thingNumerals))
}

// dateFromFollowing dates a mention that has no date of its own from a
// sentence of its paragraph right after it that names the same kind of
// happening with a definite article and a date: "Der Rat lehnte den
// Antrag ab. Die Entscheidung fiel bereits am Freitag."
//
// A police report tells the deed first and when in one of the two next
// sentences, which opens with the date and goes on with a pronoun for the
// doers:
// "Diebe erbeuteten in Linz einen Tresor. Zwischen Montag und
// Mittwoch verschafften sie sich Zutritt." A mention only the article
// dates takes that date too.
func (x *extractor) dateFromFollowing(out []Mention) {
	for i := range out {
		m := &out[i]
		if m.Dating == DatedOwn || m.Dating == DatedContext || m.Kind == KindPlan {
			continue
		}
		dated := false
		for _, r := range x.backRefs {
			if r.sentence > m.Sentence && r.sentence <= m.Sentence+2 && r.block == m.block && namesAgain(r.kind, m.Kind) {
				m.Date, m.Dating = r.date, DatedNext
				dated = true
				break
			}
		}
		for k := m.Sentence + 1; !dated && k <= m.Sentence+2 && m.Dating == DatedArticle && !m.head; k++ {
			if iv, ok := x.openingDate(k, m.block); ok {
				m.Date, m.Dating = iv, DatedNext
				dated = true
			}
		}
	}
}

// maxReportDays is the widest date that dates results: a longer one (a
// quarter, a year) is the period they are of.
const maxReportDays = 7

// maxOpeningDays is the widest date an opening date of the next sentence
// gives a mention: the days of a report, not a season.
const maxOpeningDays = 7

// openingDate returns the days sentence k of block names first, when it
// opens with a date ("Am Dienstag", "Zwischen Montag, 22 Uhr, und
// Mittwoch, 6 Uhr": from the one to the other) and goes on with its
// verb and a pronoun ("verschafften sie sich …"), none after the
// article's days and no wider than maxOpeningDays.
func (x *extractor) openingDate(k, block int) (model.Interval, bool) {
	a := x.a
	if k >= len(a.Sentences) || a.Sentences[k].Block != block {
		return model.Interval{}, false
	}
	sn := a.Sentences[k]
	t := sort.Search(len(a.Timexes), func(i int) bool { return a.Timexes[i].Start >= sn.Start })
	if t >= len(a.Timexes) || a.Timexes[t].End > sn.End {
		return model.Interval{}, false
	}
	first := a.Timexes[t]
	opener := strings.ToLower(strings.TrimSpace(a.Text[sn.Start:first.Start]))
	if opener != "" && opener != "am" && opener != "zwischen" && opener != "von" {
		return model.Interval{}, false
	}
	iv, end := first.Interval, first.End
	if first.Range.Valid() {
		iv = first.Range
	}
	if (opener == "zwischen" || opener == "von") && t+1 < len(a.Timexes) && a.Timexes[t+1].Start >= first.End && a.Timexes[t+1].End <= sn.End {
		second := a.Timexes[t+1]
		if join := strings.Trim(a.Text[first.End:second.Start], " ,"); (join == "und" || join == "bis") && second.Interval.Valid() && iv.Valid() && second.Interval.End >= iv.Start {
			iv.End, end = second.Interval.End, second.End
		}
	}
	if !iv.Valid() || iv.Days() > maxOpeningDays || a.Date.Interval.Valid() && iv.End > a.Date.Interval.End {
		return model.Interval{}, false
	}
	rest := strings.Fields(strings.TrimLeft(a.Text[end:sn.End], " ,"))
	if len(rest) < 2 || rest[1] != "sie" && rest[1] != "er" {
		return model.Interval{}, false
	}
	return iv, true
}

// headsDatedByLead dates a mention of the article's head that only the
// article's date dates by the mention of the same kind of happening that
// opens the body with a date of its own, in its first three sentences:
// the headline tells in the present what the lead dates ("SPÖ gewinnt
// Wahl in Villach" over "… hat die Wahl am Sonntag gewonnen", an
// article of the Friday after). The lead must name everyone the head
// names ("Zuckerberg und Trump dinieren" is not the dinner of Bezos and
// Musk with Trump the lead dates) and tell of no day after the
// article's. A teaser of the head that dates the happening itself dates
// it alike ("Zwölf Verletzte bei Glätteunfällen" over a teaser's "am
// Wochenende", in an article of the Thursday after).
func (x *extractor) headsDatedByLead(out []Mention) {
	body := -1 // the body's first sentence
	for i, sn := range x.a.Sentences {
		if b := sn.Block; b >= 0 && b < len(x.a.Blocks) && !headBlock(x.a.Blocks[b].Kind) && !x.a.Blocks[b].Kind.IsMeta() {
			body = i
			break
		}
	}
	if body <= 0 {
		return
	}
	art := x.a.Date.Interval
	datesHead := func(h, l *Mention) bool {
		return (l.Dating == DatedOwn || l.Dating == DatedNext) && !slices.ContainsFunc(h.Actors, func(a int) bool { return !slices.Contains(l.Actors, a) }) && (!art.Valid() || l.Date.End <= art.End)
	}
	for i := range out {
		h := &out[i]
		if !h.head || h.Dating != DatedArticle {
			continue
		}
		if k := slices.IndexFunc(out, func(o Mention) bool {
			return o.head && o.Dating == DatedOwn && family(o.mergeKind()) == family(h.mergeKind())
		}); k >= 0 {
			if t := &out[k]; !t.pluperfect && datesHead(h, t) {
				h.Date, h.Dating = t.Date, DatedNext
			}
			continue
		}
		for j := range out {
			l := &out[j]
			if l.head || l.Sentence < body || l.Sentence > body+2 {
				continue
			}
			if t := l.verb(x.lx); l.Kind == KindPlan && t != nil && family(t.kind) == family(h.Kind) && !l.pluperfect &&
				!slices.ContainsFunc(h.Actors, func(a int) bool { return !slices.Contains(l.Actors, a) }) {
				// "Siemens streicht 500 Stellen" over "Siemens will bis
				// Ende 2026 rund 500 Stellen streichen": the head tells
				// the lead's plan in the present of news
				h.joins(l)
				h.Date, h.Dating, h.Timex = l.Date, DatedNext, l.Timex
				break
			}
			if family(l.mergeKind()) != family(h.mergeKind()) {
				continue
			}
			if l.pluperfect {
				break // back story ("Bereits im Frühjahr hatte …"), not the news the head tells
			}
			if datesHead(h, l) {
				h.Date, h.Dating = l.Date, DatedNext
			}
			break // the body's first mention of the kind, dated or not
		}
	}
}

// toldKnown reports a sentence that only tells how the happening before
// it became known: a demonstrative, then the verb ("Das teilte das Amt
// am Montag mit", "Dies teilte das Ministerium mit").
func (s *sent) toldKnown() bool {
	first := firstWord(s.toks, 0, len(s.toks))
	return first >= 0 && (s.toks[first].lower == "das" || s.toks[first].lower == "dies") &&
		first+1 < len(s.toks) && len(s.toks[first+1].forms) > 0
}

// verbAfterDemonstrative returns the token of the verb after the
// demonstrative that opens a sentence of toldKnown ("beschloss" of "Das
// beschloss der Rat am Montag"), or -1.
func (s *sent) verbAfterDemonstrative() int {
	if !s.toldKnown() {
		return -1
	}
	return firstWord(s.toks, 0, len(s.toks)) + 1
}

// namesBack reports a mention that names no one and refers with a
// definite article to the happening of mention p, told in the sentence
// before or the one before that, of its paragraph (namesAgain).
func (m *Mention) namesBack(p *Mention) bool {
	return m.refersBack && len(m.Actors) == 0 && m.institution == "" && m.sufferer == "" && m.crowd == "" && p.block == m.block &&
		p.Sentence >= m.Sentence-2 && p.Kind != KindPlan && namesAgain(m.Kind, p.Kind)
}

// tells makes m, a sentence that tells how the happening of mention p,
// told at most three sentences before,
// became known, a mention of that happening (GUIDELINES.md §2): it merges
// with p, and its date narrows p's.
func (m *Mention) tells(p *Mention) {
	if p.Sentence < m.Sentence-3 {
		return
	}
	m.joins(p)
}

// joins makes m a mention of p's happening, wherever the article tells it.
func (m *Mention) joins(p *Mention) {
	m.Kind, m.Noun, m.Specificity = p.Kind, p.Noun, p.Specificity
	m.Actors, m.Roles, m.preps = p.Actors, p.Roles, p.preps
	m.Object, m.ObjectPrep, m.objectRank = p.Object, p.ObjectPrep, p.objectRank
	m.trig, m.words, m.institution, m.seat, m.sufferer, m.agentInstitution = p.trig, p.words, p.institution, p.seat, p.sufferer, p.agentInstitution
	m.crowd, m.host, m.partners, m.institutionBefallen = p.crowd, p.host, p.partners, p.institutionBefallen
	// what the telling was done to is no thing of the happening ("Das gab
	// die Partei bekannt" after a resignation: no "tritt Partei zurück")
	m.thing, m.thingDone, m.thingOwned, m.toHer, m.thingGenitive = p.thing, p.thingDone, p.thingOwned, p.toHer, p.thingGenitive
	m.course, m.genitive = p.course, p.genitive
}

// saysThen reports a clause that points back to the time told last with
// "damals".
func (s *sent) saysThen(g int) bool { return s.saysWord(g, "damals") }

// saysWord reports the word w, lower case, in clause g outside quotations.
func (s *sent) saysWord(g int, w string) bool {
	for i := range s.toks {
		if t := &s.toks[i]; t.group == g && t.word() && !t.quoted && t.lower == w {
			return true
		}
	}
	return false
}

// lastDateBefore returns the interval of the article's last date
// expression before byte at that names a day, month or year.
func (x *extractor) lastDateBefore(at int) (model.Interval, bool) {
	ts := x.a.Timexes
	for k := len(ts) - 1; k >= 0; k-- {
		t := &ts[k]
		if t.End > at {
			continue
		}
		if t.Type == model.TimexDate && t.Interval.Valid() && t.Interval.Days() <= maxThenDays {
			return t.Interval, true
		}
	}
	return model.Interval{}, false
}

// dayOfUnknownYear reports a day that clause g's own time names but the
// article's unknown date leaves unresolved: a weekday ("am Freitag",
// "XXXX-WXX-5") or a day of a month ("am 4. Juli", "XXXX-07-04"); not a
// month or a season, nor a day of another comma segment than the verb at
// tok ("…, so X am Dienstag").
func (s *sent) dayOfUnknownYear(g, tok int) bool {
	for _, t := range s.timex {
		if t.quoted || t.first < 0 || s.scopeOf(t.first, g) != 0 || s.toks[t.first].seg != s.toks[tok].seg {
			continue
		}
		v, ok := strings.CutPrefix(t.Value, "XXXX-")
		if !ok {
			continue
		}
		if strings.HasPrefix(v, "WXX-") && len(v) >= 5 && isDigit(v[4]) || len(v) >= 5 && isDigit(v[0]) && isDigit(v[1]) && v[2] == '-' && isDigit(v[3]) && isDigit(v[4]) {
			return true
		}
	}
	return false
}
