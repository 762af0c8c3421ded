package events

import (
	"slices"
	"strings"

	"chronik/model"
)

// datedAttribute reports a participle before a noun whose phrase dates
// it: "in seinem im März 2020 veröffentlichten Roman", "der 2003 zum
// Vorsitzenden gewählte Müller". Such a phrase tells a happening with its
// date; without one ("die geplante Übernahme", "der verurteilte Mann") it
// only describes.
func (s *sent) datedAttribute(i int) bool { return s.attributeTimex(i) >= 0 }

// attributeTimex returns the temporal expression (an index into s.timex)
// that dates the participle at token i before a noun, or -1.
func (s *sent) attributeTimex(i int) int {
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		t := &s.toks[j]
		switch {
		case t.timex >= 0 && s.timex[t.timex].Value == "PRESENT_REF":
			return -1 // "die derzeit gesperrte Spielerin": a state now, no happening then
		case t.timex >= 0:
			return int(t.timex)
		case t.is(determiners) && j > 0 && s.toks[j-1].word() && s.toks[j-1].is(prepositions):
			// a phrase inside the attribute: "die 2003 in den Vorstand berufene Managerin"
		case !t.word(), t.is(determiners): // the phrase starts here
			return -1
		}
	}
	return -1
}

// attributedThing returns the noun that the dated participle at token i
// describes ("die am Montag in Kraft getretene Verordnung": "Verordnung")
// when it is no one's name, or "".
func (s *sent) attributedThing(i int) string {
	if !s.toks[i].attrib || !s.datedAttribute(i) || i+1 >= len(s.toks) {
		return ""
	}
	// (a name that only modifies it leaves it a thing: "die
	// EU-Richtlinie")
	if n := &s.toks[i+1]; n.word() && n.upper && !n.quoted && (n.actor < 0 || s.actors[n.actor].modifier) && n.timex < 0 && !peopleNoun(n.lower) {
		return n.text
	}
	return ""
}

// beforeItsNoun reports a participle that stands as an attribute before
// its noun ("einer am Freitag publizierten Studie"): not the verb of its
// clause, whose nouns are no arguments of it.
func (s *sent) beforeItsNoun(i int) bool {
	n := i + 1
	return (s.toks[i].attrib || s.datedAttribute(i)) && n < len(s.toks) && s.toks[n].word() && s.toks[n].upper && s.toks[n].actor < 0
}

// namesOne reports a noun that names one happening of its own: with an
// article ("die Abstimmung", "einem Brand"), not a bare plural of many
// ("Gebühren bei Zukäufen", "Stürme, Fluten und Brände"), not the
// attribute of another noun ("das Ende des Streiks") and not the object of
// a preposition that only relates to it ("Fotos von dem Brand", "vor der
// Fusion").
func (s *sent) namesOne(i int) bool {
	prep, _, det, detAt := s.npContext(i)
	switch {
	case det == "":
		return false
	case (det == "des" || det == "der") && s.upperBefore(detAt):
		return false
	}
	return prep == "" || prep == "bei" || prep == "nach" || prep == "während"
}

// circumstance reports a noun trigger at i named as the circumstance of
// its clause ("bei der Wahl am 6. Oktober", "nach dem Gipfel"): what the
// clause tells of figures then is the happening's outcome, and a date of
// its own dates it.
func (s *sent) circumstance(i int) bool {
	prep, _, det, _ := s.npContext(i)
	return det != "" && (prep == "bei" || prep == "beim" || prep == "nach" || prep == "während")
}

// attributeEvent returns the second happening of a sentence that tells
// one in a dated participle before a noun, besides its main one: "Er
// lobte die 2003 in den Vorstand berufene Managerin" tells the
// appointment of 2003 as well as the praise. The attribute's own date
// tells it apart from the main happening.
func (x *extractor) attributeEvent(s *sent, main *Mention) (Mention, bool) {
	for _, c := range x.cands {
		t := &s.toks[c.tok]
		if !t.attrib || t.text == main.Trigger || x.lx.triggers[c.trig].kind == main.Kind {
			continue
		}
		if m, ok := x.mention(s, c, false); ok && x.asAttribute(s, c, &m) && m.Timex != main.Timex {
			return m, true
		}
	}
	return Mention{}, false
}

// clauseEvent returns the second happening of a sentence told in a
// subordinate clause with a date of its own, besides the main one:
// "Die Stadt ehrte die Helfer, die am Freitag in Bonn einen Brand
// gelöscht hatten" tells the fire-fighting of Friday as well as the
// honouring (GUIDELINES.md §2: one sentence, two
// events). Its verb tells it: a noun there mostly dates by a known
// happening ("während der Wahl 2020"). A happening nobody is named for
// needs its place, as in a main clause.
func (x *extractor) clauseEvent(s *sent, main *Mention) (Mention, bool) {
	mainTrigger := strings.ToLower(main.Trigger)
	for _, c := range x.cands {
		t := &x.lx.triggers[c.trig]
		g := s.toks[c.tok].group
		if !t.verb || s.isMain(g) || s.toks[c.tok].text == main.Trigger || t.kind == main.Kind || speechKinds.has(t.kind) || t.specificity == 0 {
			continue
		}
		if t.kind == KindDecision && s.opener[g] == "wie" {
			// "X übernimmt im Jänner die Führung, wie der Aufsichtsrat
			// beschloss": who decided what the main clause tells, as "wie
			// … mitteilte" is who told it, no second happening
			continue
		}
		if main.Kind == KindAnnouncement && s.zuComplement(c.tok, s.host[g]) && s.clauseHas(s.host[g], func(w string) bool { return w == mainTrigger }) {
			// "hatte angekündigt, bis 2017 Stellen zu streichen": what an
			// announcement announces is the one happening it tells
			// (GUIDELINES.md §1), not a second of its own date
			continue
		}
		// what a relative clause tells of a thing at a time, "die Fähre,
		// die vor vier Jahren in Betrieb genommen wurde", is told of it
		// also when the article's unknown date leaves the time open
		thing := ""
		if thingKinds.has(t.kind) && s.timeAnchor(g, true) {
			thing = s.relativeThing(g)
		}
		// (a weekday or a day of a year the article's unknown date leaves
		// open is a time of its own too: "die am Freitag … überfallen
		// hatten")
		if !s.hasOwnTimex(g) && !s.timeAnchor(g, true) && thing == "" || s.mood(g, -1) != moodHappened {
			continue
		}
		passive := t.verb && s.passive(g, c, t.kind)
		x.impersonal = impersonalKinds.has(t.kind) || passive && s.passiveDone(g) || thing != ""
		x.passiveSubject = thing
		if thing == "" && passive && s.prepositionalRelative(g) {
			// "den Angriff, bei dem am Freitag drei Soldaten getötet
			// wurden": whom the passive befell is its own subject
			x.passiveSubject, x.passivePrep = s.subjectNoun(g, c.tok, x.decidedOn(t.kind))
		}
		m, ok := x.mention(s, c, false)
		x.impersonal, x.passiveSubject, x.passivePrep = false, "", ""
		if ok && len(m.Actors) == 0 && impersonalKinds.has(t.kind) && !passive {
			s.relativeParties(g, &m)
		}
		if ok && (m.Dating == DatedOwn && m.Timex != main.Timex || m.openDate != "" && m.openDate != main.openDate || thing != "") {
			return m, true
		}
	}
	return Mention{}, false
}

// relativeParties gives m, the mention of a happening no one is named
// for that the subject relative clause g tells in the active ("jener
// Männer, die … eine Schülerin überfallen hatten"), the people the
// pronoun stands for as who did it and the people the clause names by
// what they are as whom it befell, not the doers as whom it befell.
func (s *sent) relativeParties(g int, m *Mention) {
	doers := s.relativePeople(g)
	if doers == "" {
		return
	}
	m.crowd = doers
	if m.sufferer == "" || m.sufferer == doers {
		m.sufferer = s.personObject(g)
	}
}

// personObject returns the noun of the people clause g names without a
// preposition after its first word, by what they are ("eine Schülerin",
// "zwei Passanten"), no name, or "".
func (s *sent) personObject(g int) string {
	first := true
	for i := range s.toks {
		t := &s.toks[i]
		if t.group != g || !t.word() {
			continue
		}
		if first {
			first = false // the relative pronoun or the subject
			continue
		}
		if t.upper && !t.quoted && t.actor < 0 && t.timex < 0 && peopleNoun(t.lower) && s.governedBy(i) == "" {
			return t.text
		}
	}
	return ""
}

// anchorEvent returns the second happening of a sentence that dates its
// main one by another happening with a date of its own: "Die Parteien
// hatten sich nach der Landtagswahl im März 2016 geeinigt" tells
// the election of March 2016 as well as the agreement (GUIDELINES.md
// §1.2, past background). The noun has its article, a preposition that
// puts it before what the clause tells ("bei der Wahl 2024" may be to
// come) and the date in its phrase; it needs no one named.
func (x *extractor) anchorEvent(s *sent, main *Mention) (Mention, bool) {
	for _, c := range x.cands {
		t := &x.lx.triggers[c.trig]
		if t.verb || s.toks[c.tok].text == main.Trigger || t.kind == main.Kind || speechKinds.has(t.kind) || t.specificity == 0 ||
			!pastAnchors.has(s.governedBy(c.tok)) || !s.definiteNoun(c.tok) || s.mood(s.toks[c.tok].group, -1) != moodHappened {
			continue
		}
		j := c.tok + 1
		if j+1 < len(s.toks) && s.toks[j].timex < 0 && s.toks[j].word() && s.toks[j].is(prepositions) {
			j++ // "nach der Wahl im Jänner 2015"
		}
		placed := s.placeAfter(c.tok)
		if placed && j == c.tok+2 && j+2 < len(s.toks) && s.toks[j+1].word() && s.toks[j+1].is(prepositions) {
			j += 2 // "nach dem Anschlag in Lyon im Jänner"
		}
		dated := j < len(s.toks) && s.toks[j].timex >= 0
		// "Nach dem Anschlag in Lyon nahm die Polizei … fest": an
		// attack, a crime, an accident or a disaster its phrase puts in
		// a place happened before what its clause tells, on a day the
		// sentence does not give
		placed = placed && !dated && (harmKinds.has(t.kind) || t.kind == KindDisaster) && main.Date.Valid() && s.toks[c.tok].group == s.triggerGroup(main)
		if !dated && !placed {
			continue
		}
		x.impersonal, x.dated = true, true
		m, ok := x.mention(s, c, false)
		x.impersonal, x.dated = false, false
		if ok {
			// who acts in the main clause takes no part in what dates it
			if dated {
				tx := s.timex[s.toks[j].timex].Timex
				m.Date, m.Timex, m.Dating = tx.Interval, tx.Value, DatedOwn
			} else {
				m.Date, m.Timex, m.Dating = model.Before(main.Date.End.AddDays(1)), "", DatedBefore // (on the main one's last day at the latest)
				m.placedAnchor = true
			}
			m.Actors, m.Roles, m.preps, m.institution, m.agentInstitution = nil, nil, nil, "", ""
			return m, true
		}
	}
	return Mention{}, false
}

// withoutToldHarms drops the harms a sentence names only as what came
// before its happening (Mention.placedAnchor) from an article that tells
// a harm of its own elsewhere: that is the one the sentence refers to,
// told in its own words ("zwei Menschen getötet"), which need not be the
// anchor's kind.
func withoutToldHarms(out []Mention) []Mention {
	if !slices.ContainsFunc(out, func(m Mention) bool { return m.placedAnchor }) {
		return out // (most articles have none)
	}
	told := slices.ContainsFunc(out, func(m Mention) bool {
		return !m.placedAnchor && (harmKinds.has(m.Kind) || m.Kind == KindDisaster || m.Kind == KindDeath)
	})
	if !told {
		return out
	}
	return slices.DeleteFunc(out, func(m Mention) bool { return m.placedAnchor })
}

// triggerGroup returns the clause of mention m's trigger in s, -1 when
// no token is its trigger.
func (s *sent) triggerGroup(m *Mention) int {
	for i := range s.toks {
		if s.toks[i].text == m.Trigger {
			return s.toks[i].group
		}
	}
	return -1
}

// placeAfter reports a place named right after the noun at token tok,
// with "in" ("der Anschlag in Lyon").
func (s *sent) placeAfter(tok int) bool {
	i := tok + 1
	return i+1 < len(s.toks) && s.toks[i].word() && s.toks[i].lower == "in" && s.namedPlace(i+1)
}

// mainAttribute makes a sentence's mention whose trigger is a dated
// participle before a noun the attribute's happening (asAttribute): the
// sentence told nothing else.
func (x *extractor) mainAttribute(s *sent, m *Mention) {
	for _, c := range x.cands {
		if s.toks[c.tok].attrib && s.toks[c.tok].text == m.Trigger {
			x.asAttribute(s, c, m)
			return
		}
	}
}

// asAttribute gives the mention of a dated participle before a noun
// (trigger c) the attribute's date, not the nearest one after it, and the
// attribute's actors: who it names with "von" or "durch" acted, the noun
// it describes underwent it ("die vom Rat berufene Managerin Berger").
// It reports false when the attribute has no date or no actor.
func (x *extractor) asAttribute(s *sent, c cand, m *Mention) bool {
	j := s.attributeTimex(c.tok)
	if j < 0 {
		return false
	}
	var actors []int
	var roles []model.Role
	// the noun it describes underwent it, but the authors of a study
	// published ("einer am Montag publizierten Studie des Instituts X")
	// did it, and the study is news though it names no one (see
	// mention)
	after := model.RolePatient
	study := x.publishedStudy(s, c.tok) >= 0
	if study {
		after = model.RoleAgent
	}
	last := s.attributeNounEnd(c.tok)
	for _, r := range s.actors {
		if r.first < 0 || r.quoted || r.Actor < 0 || r.Actor >= len(x.actors) || slices.Contains(actors, r.Actor) {
			continue
		}
		switch {
		case r.last < c.tok && s.attributeBy(c.tok, r):
			actors, roles = append(actors, r.Actor), append(roles, model.RoleAgent)
		case r.first > c.tok && r.first <= last:
			actors, roles = append(actors, r.Actor), append(roles, after)
		}
	}
	if len(actors) == 0 && !study {
		return false
	}
	tx := s.timex[j].Timex
	m.Date, m.Timex, m.Dating = tx.Interval, tx.Value, DatedOwn
	if len(actors) > 0 {
		m.Actors, m.Roles, m.preps = actors, roles, nil
	}
	m.thing, m.thingGenitive = "", ""
	if c.tok+1 < len(s.toks) && s.toks[c.tok+1].word() && s.toks[c.tok+1].upper && s.toks[c.tok+1].actor < 0 && !slices.Contains(roles, model.RolePatient) {
		n := &s.toks[c.tok+1]
		m.thing = n.text // what it was done to is the noun it describes, when it names no one: "die am Montag präsentierte Erhebung"
		m.thingGenitive = s.genitivePhrase(c.tok + 1)
	}
	return true
}

// attributeBy reports whether actor r, before the participle at token
// i, is who did what the participle tells, named with "von" or "durch"
// in the attribute ("die vom Rat berufene Managerin").
func (s *sent) attributeBy(i int, r actorRef) bool {
	prep, _, _, _ := s.npContext(r.first)
	return r.first >= i-8 && (prep == "von" || prep == "durch")
}

// attributeAgent reports whether the attribute of the participle at token
// i names who did it (attributeBy).
func (s *sent) attributeAgent(i int) bool {
	for _, r := range s.actors {
		if r.first >= 0 && !r.quoted && r.Actor >= 0 && r.last < i && s.attributeBy(i, r) {
			return true
		}
	}
	return false
}

// citedAttribute reports whether the phrase of the participle at token
// i is the source the clause cites ("laut einer am Dienstag
// erschienenen Umfrage"): the clause's actors are what the source
// says, not who made it.
func (s *sent) citedAttribute(i int) bool {
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		if t := &s.toks[j]; !t.word() || t.is(determiners) {
			return j > 0 && s.toks[j-1].is(sourcePrepositions)
		}
	}
	return false
}

// attributeNounEnd returns the last token that may name whom the
// participle at token i before its noun describes: four words on, but
// not past a mark or the clause's verb ("einer am Freitag
// veröffentlichten Umfrage liegt Scholz vorne": Scholz is the clause's).
func (s *sent) attributeNounEnd(i int) int {
	for k := i + 1; k < len(s.toks) && k <= i+4; k++ {
		if t := &s.toks[k]; !t.word() || !t.upper && s.finiteForm(k) {
			return k - 1
		}
	}
	return i + 4
}

// newHappening reports a noun that "bei" or "während" introduces with an
// indefinite article: "Bei einer Demonstration … trat Scholz auf" tells the
// demonstration, which the rest of the sentence is about, where "nach
// seiner Wahl" only dates by a known one.
func (s *sent) newHappening(i int, prep string) bool {
	if prep != "bei" && prep != "während" {
		return false
	}
	_, _, det, _ := s.npContext(i)
	return det == "einer" || det == "einem" || det == "eines"
}

// toldHappening returns the mention of a happening that a report
// ("mitteilen", "melden", "bestätigen", "berichten") tells as fact: "Die
// Staatsanwaltschaft habe Ermittlungen aufgenommen, teilte die Sprecherin
// mit", "Die Messe werde am Freitag eröffnet, berichtete das
// Blatt". Telling how a happening became known is evidence of that
// happening, not a statement of its own. What someone only says or
// writes happened ("Er habe mit ihm telefoniert, schrieb X") stays their
// statement; so do demands, wishes and opinions: the reported clause must
// tell a happening of another kind, dated in the past or to come.
func (x *extractor) toldHappening(s *sent, tag int) (Mention, bool) {
	for _, o := range x.cands {
		t := &x.lx.triggers[o.trig]
		g := s.toks[o.tok].group
		// (a passive done that a "dass" clause of the report tells is
		// reported in any mood: "teilte mit, dass am Montag drei Männer
		// festgenommen wurden"; its doer is not the reporter)
		passive := t.verb && s.passive(g, o, t.kind) && s.passiveDone(g)
		that := passive && (s.opener[g] == "dass" || s.opener[g] == "daß") && s.host[g] == s.toks[tag].group
		if t.kind == KindStatement || t.specificity == 0 || o.tok == tag || !s.reported(o.tok) && !that {
			continue
		}
		if seg := s.toks[tag].seg; seg != s.toks[o.tok].seg {
			x.reporterSeg = seg
		}
		var m Mention
		ok := false
		switch s.mood(g, -1) {
		case moodHappened:
			if passive {
				// "Am Montag seien drei Männer festgenommen worden, teilte
				// die Polizei mit": a passive needs no one named, as in a
				// sentence of its own (its subject is whom it was done to)
				x.impersonal = true
				x.passiveSubject, x.passivePrep = s.subjectNoun(g, o.tok, x.decidedOn(t.kind))
			}
			m, ok = x.mention(s, o, false)
			x.impersonal, x.passiveSubject, x.passivePrep = false, "", ""
			ok = ok && (m.Dating != Undated || !x.a.Date.Interval.Valid()) // (an article of unknown date dates nothing it tells)
		case moodPlanned:
			m, ok = x.mention(s, o, true)
			ok = ok && !m.intent // (a plan only wanted waits for its announcement in sentence)
		}
		x.reporterSeg = -1
		if ok {
			return m, true
		}
	}
	return Mention{}, false
}

// asStep makes mention m of the trigger at token at, when its clause
// names within "während" or "bei" and with its definite article a
// happening of a kind the article told before and has no date of its own,
// a mention of that happening: "Während des Treffens stellte er ihr das
// Gerät vor" tells a step of the meeting, evidence of it, not news of its
// own (GUIDELINES.md §1.2, steps of one story). Merging joins it to the
// happening told before (refersBack).
func (x *extractor) asStep(s *sent, at int, m *Mention) {
	g := s.toks[at].group
	if s.headlineBlock() || s.hasOwnTimex(g) {
		return
	}
	for i := range s.toks {
		t := &s.toks[i]
		if t.noun == 0 || t.group != g || t.quoted || !s.definiteNoun(i) {
			continue
		}
		if prep := s.governedBy(i); prep != "während" && prep != "bei" && prep != "beim" {
			continue
		}
		id := t.noun
		for _, c := range x.cands {
			if c.tok == i {
				id = int32(c.trig) + 1 // the reading its context chose: "bei der Attacke … getötet" is no criticism
				break
			}
		}
		tr := &x.lx.triggers[id-1]
		if k := family(tr.kind); k == family(m.Kind) || !slices.Contains(x.told, k) {
			continue
		}
		m.Kind, m.Noun, m.Specificity = tr.kind, tr.noun, tr.specificity
		m.trig, m.Trigger, m.refersBack = id, t.text, true
		return
	}
}

// coordinatedEvent returns the second happening of a sentence that tells
// two with verbs its clause joins by "und": "Der Verband klagte gegen den
// Verlag und erzielte einen Vergleich" tells the lawsuit and the
// settlement (GUIDELINES.md §2: one sentence, two events). The second
// verb names a specific happening of another family, told as fact; what
// one operation does twice ("nahm fest und beschlagnahmte") is one family.
func (x *extractor) coordinatedEvent(s *sent, main *Mention) (Mention, bool) {
	first := -1
	for _, c := range x.cands {
		if s.toks[c.tok].text == main.Trigger {
			first = c.tok
			break
		}
	}
	if first < 0 {
		return Mention{}, false
	}
	for _, c := range x.cands {
		t := &x.lx.triggers[c.trig]
		g := s.toks[c.tok].group
		if !t.verb || c.tok <= first || t.specificity < 2 || speechKinds.has(t.kind) ||
			family(t.kind) == family(main.Kind) || !s.joinedByUnd(first, c.tok) || s.mood(g, -1) != moodHappened {
			continue
		}
		if m, ok := x.mention(s, c, false); ok && m.Kind == t.kind {
			if symmetricKinds.has(m.Kind) {
				// "… klagte gegen den Verlag und erzielte einen
				// Vergleich": the settlement's other party is the
				// first verb's
				for _, a := range main.Actors {
					if !slices.Contains(m.Actors, a) {
						m.Actors = append(m.Actors, a)
						m.Roles = append(m.Roles, model.RoleParticipant)
					}
				}
			}
			return m, true
		}
	}
	return Mention{}, false
}

// joinedByUnd reports an "und" between tokens i and j, with no other
// clause between them: in i's clause, or opening j's, a second main
// clause after a comma (", und 300 Bauern blockierten …").
func (s *sent) joinedByUnd(i, j int) bool {
	gi, gj := s.toks[i].group, s.toks[j].group
	for k := i + 1; k < j; k++ {
		t := &s.toks[k]
		if t.lower == "und" && (t.group == gi && gj == gi || t.group == gj && s.andClause[gj]) {
			return true
		}
		if t.group != gi {
			return false
		}
	}
	return false
}
