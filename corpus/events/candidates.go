package events

import (
	"cmp"
	"math/bits"
	"slices"
	"strings"

	"chronik/corpus/text"
	"chronik/model"
)

// chooseTriggers finds the trigger words of s and ranks them by how well
// each tells the sentence's happening: one in a main clause before one in
// a subordinate clause, a verb before a noun (a noun is often what a verb
// reports on: "bestätigte das Treffen"), any kind before a mere statement,
// a reading whose context words stand in the clause before a plain one,
// and a mere change of place ("reiste nach Warschau, wo er Tusk traf")
// after everything else. x.cands holds them, best first.
func (x *extractor) chooseTriggers(s *sent) {
	x.cands = x.cands[:0]
	clear(x.fitsMemo)
	setting := 0 // the score of a happening "bei" or "während" introduces
	kwFrom, kwTo := s.keywords()
	// prepare gave the head's and the lead's action verbs their readings;
	// a body's are asked for here, where a candidate may come of them
	s.inBody = !s.topBlock() && !s.bodyLead()
	bodyActions := s.datedNames && s.inBody
	first := firstWord(s.toks, 0, len(s.toks))
	for i := range s.toks {
		t := &s.toks[i]
		if !t.word() || t.quoted || t.timex >= 0 || s.insideActor(i) || kwFrom <= t.start && t.start < kwTo {
			continue
		}
		if t.noun > 0 {
			if id := x.nounReading(s, i, int(t.noun)-1); (!s.nameBefore(i) || s.trafficAccident(x.lx.triggers[id].kind, i)) && !s.placeName(i) {
				if s.listedPlace(i) {
					continue // "Kooperation von Herne und Essen": a city listed with others, no meal
				}
				if s.crossReference(i) {
					continue // "(siehe unsere Meldung vom 3. Mai)": told elsewhere
				}
				if s.bareNounList(i) && !s.trafficAccident(x.lx.triggers[id].kind, i) || x.lx.triggers[id].kind == KindCriticism && s.barePair(i) {
					continue // "verteilte Brot, Wasser und Zelte": things listed (a traffic report lists its news: "K12 … Erdrutsch, Vollsperrung"); "Publikum und Kritik": the critics
				}
				if !x.fitsOnce(s, i, id) {
					continue // "der Angriff des Kritikers": the noun tells this kind only among its cues
				}
				if s.hypothetical(i) || dealKinds.has(x.lx.triggers[id].kind) && s.attributeStarts(intendedOnly, i-3, i) {
					continue // "die mögliche Fusion", "die drohende Insolvenz": what may happen; "die geplante Übernahme": a deal not made
				}
				if i >= 2 && s.toks[i-2].lower == "als" && s.toks[i-1].is(determiners) {
					continue // "wies es als die Vertagung des Opfers aus", "bezeichnete das als den Angriff": what something is called, no happening
				}
				if k := x.lx.triggers[id].kind; sourcePrepositions.has(s.governedBy(i)) && k != KindVerdict && k != KindDecision && !studyNouns[x.lx.triggers[id].noun] {
					continue // "hat laut Klage ausgesagt": where it is told, a source (what a ruling orders is news: "muss laut einem Urteil zahlen"; a study, see sourceStudy)
				}
				if s.recorded(i) {
					continue // "Diese Insolvenzen hat der Verband registriert": items of a list someone keeps
				}
				if s.remitOfBody(i) {
					continue // "die Behörde für das Verbot von Minen": what a body is for, in its name
				}
				if s.failedOf(i) || x.calledOff(s, i) {
					continue // "das Scheitern der Fusion", "die Absage des Streiks", "hat das Treffen abgesagt": it did not come about
				}
				if (s.attributeOfThing(i) || s.pointedTo(i)) && !s.hasTimeAnchor(t.group) {
					continue // "eine Liste der Anschläge", "mit Verweis auf den Streik": a happening referred to, not told
				}
				if s.beyond(i) {
					continue // "über seinen Tod hinaus", "über die Wahl hinaus": what lasts beyond it, no happening told
				}
				if s.awaited(i) {
					continue // "wartete auf ihre Hinrichtung", "wartet auf seine Festnahme": what did not come, or not yet
				}
				if prep := s.governedBy(i); x.venue(s, i, id) {
					continue // "ärgerte sich Lindner im Gespräch": where it was said
				} else if studyNouns[x.lx.triggers[id].noun] && !s.sourceStudy(i, prep, x.lx.triggers[id].noun) {
					continue // "in den Umfragen vorn", "das Geld für die Studie": no study the article reports
				} else if t.lower == "start" && prep != "an" && !s.genitiveAfter(i) {
					// "nach dem Start", "ein optimaler Start": a race's or a
					// game's; a launch goes "an den Start", or is of
					// something ("der Start des Dienstes")
					continue
				} else if !concessive.has(prep) {
					x.addCand(s, i, id, tenseNone)
					x.cands[len(x.cands)-1].cited = studyNouns[x.lx.triggers[id].noun] && s.citedStudy(i, prep)
					switch {
					case s.newHappening(i, prep):
						x.cands[len(x.cands)-1].score += 10 // what the sentence tells, as a verb would
						setting = x.cands[len(x.cands)-1].score
					case anchoring.has(prep):
						x.cands[len(x.cands)-1].score -= 20 // "Einen Tag nach seiner Wahl ist Merz … aufgebrochen"
					}
				}
				continue
			}
		}
		if s.mayBecome {
			if tn := s.becomingAt(i); tn != tenseNone {
				if post := s.newOfficeIn(t.group); post >= 0 {
					x.addCand(s, i, x.lx.office, tn)
					x.cands[len(x.cands)-1].office = post
					continue
				}
			}
		}
		forms := t.forms
		if len(forms) == 0 && bodyActions && t.mayAct() && (!t.upper || i == first && !shouted(t.text)) {
			forms = s.actionReading(x.lx, i) // a body's action verb (bodyAction)
		}
		if len(forms) == 0 || t.attrib && !s.datedAttribute(i) {
			continue
		}
		if s.adjectival(i) || s.attributeAfterPreposition(i) {
			continue // "eine nicht näher bezeichnete Spannung", "in einigen Ländern"
		}
		if s.pageCommand(i) {
			continue // "… | Autor: X | Artikel drucken": a button of the page, no sentence
		}
		if i > 0 && s.toks[i-1].lower == "wie" && !s.toks[i-1].upper {
			continue // "nicht wie angekündigt am Freitag, sondern …": an aside that compares, no happening
		}
		// A reading whose separable particle stands in the clause beats
		// one without it: "schloss … aus" is ausschließen, not schließen.
		// Each reading's particle is looked for once: bit k of stands
		// says whether that of forms[k] stands, for the first 64.
		particled := false
		var stands uint64
		for k, f := range forms {
			if f.particle != "" && s.hasParticle(i, f.particle) {
				particled = true
				if k < 64 {
					stands |= 1 << k
				}
			}
		}
		aux := s.hasAux(t.group)
		for k, f := range forms {
			if f.particle != "" && !(k < 64 && stands&(1<<k) != 0 || k >= 64 && s.hasParticle(i, f.particle)) || particled && f.particle == "" {
				continue
			}
			if f.particle == "" && f.tense != tenseParticiple && s.particleVerb(i, x.lx.triggers[f.trigger].infinitive) {
				continue // "feuerte eine Leuchtkugel ab": abfeuern, not feuern
			}
			if (f.tense == tensePresent || f.tense == tensePreterite) && aux && hasReading(forms, f.trigger, tenseParticiple) && (!s.opensSegment(i) || s.closesAfterAux(i)) {
				// "hatte … Anleihen verkauft": the participle, not "verkauft"
				// of the present; "wurde … erschossen", not "erschossen" of
				// the preterite's plural
				continue
			}
			if f.tense == tenseParticiple && s.opensSegment(i) && hasReading(forms, f.trigger, tensePresent) && !s.closesAfterAux(i) {
				continue // "…, kritisiert die Biologin": a verb that opens its segment after a comma is finite
			}
			if f.tense == tensePresent && !aux && headlinePassives.has(x.lx.triggers[f.trigger].kind) && hasReading(forms, f.trigger, tenseParticiple) && s.headlineEnd(i) {
				// "Neue Regierung vereidigt", "Bürgermeister verhaftet": a
				// headline's last word that is a participle too, after its
				// subject, with no object, is the passive the headline
				// leaves its auxiliary out of
				continue
			}
			if f.tense == tensePreterite && aux && s.declinedParticiple(i) {
				continue // "hat die von der Kirche beauftragte Kommission empfangen"
			}
			if f.tense == tensePresent && (s.adjectiveBeforeNoun(i) || s.partitive(i)) {
				continue // "da noch einige Fragen …", "einigen der Gegner": einig, not einigen
			}
			if x.lx.triggers[f.trigger].kind == KindAction && !s.actionCandidate(i, f.tense) {
				continue
			}
			occasion := -1
			if x.lx.triggers[f.trigger].kind == KindOccasion {
				if occasion = s.occasionSubject(i); occasion < 0 || f.tense == tensePresent && !s.hasTimeAnchor(t.group) {
					continue // "Der Rollout findet in Wellen statt": no day, a way of doing things
				}
			}
			if !x.fitsOnce(s, i, f.trigger) {
				continue
			}
			x.addCand(s, i, f.trigger, f.tense)
			x.cands[len(x.cands)-1].occasion = occasion
		}
	}
	x.mishapOverHarm(s)
	x.happeningOverStart(s)
	if setting > 0 {
		// A deed its main clause tells at such a happening is the news:
		// "Bei einer Kundgebung nahm die Polizei zehn Männer fest" (not
		// what befell people in it: "Bei einem Unfall starben zwei").
		for k := range x.cands {
			c := &x.cands[k]
			switch kind := x.lx.triggers[c.trig].kind; {
			case c.score == setting && x.lx.triggers[c.trig].verb && deedKinds.has(kind):
				c.score++
			case c.score > setting && kind == KindDeath && !s.namesPersonIn(s.toks[c.tok].group, -1):
				// an idiom's cue ("ums Leben gekommen") raises no death
				// of people unnamed over the happening it befell them in
				// (a named one's death is news of its own: "Tod von X")
				c.score = setting
			}
		}
	}
	x.listedOverBodyAction(s)
	slices.SortStableFunc(x.cands, func(p, q cand) int { return cmp.Compare(q.score, p.score) })
}

// listedOverBodyAction drops the action verbs of a body sentence in which
// the lexicon finds a happening: that one is the sentence's news, even
// where it names no one and is tried after the others ("Die Armee hatte
// im Mai die Grenzstadt erobert und ihre Bewohner vertrieben" tells the
// capture).
func (x *extractor) listedOverBodyAction(s *sent) {
	action := func(c cand) bool { return x.lx.triggers[c.trig].kind == KindAction }
	if !s.datedNames || !s.inBody || !slices.ContainsFunc(x.cands, action) || !slices.ContainsFunc(x.cands, func(c cand) bool { return !action(c) }) {
		return
	}
	x.cands = slices.DeleteFunc(x.cands, action)
}

// mishapOverHarm ranks a disaster or an accident that its clause names as
// its subject, or as what caused its harm ("durch"), above the killing or
// the deaths of people unnamed that the clause's verb tells: "Der
// Wirbelsturm hat 800 Menschen getötet", "Durch den Hurrikan sind 800
// Menschen ums Leben gekommen" tell the storm, as "Bei einem Unfall
// starben zwei" tells the accident.
func (x *extractor) mishapOverHarm(s *sent) {
	for k := range x.cands {
		c := &x.cands[k]
		if t := &x.lx.triggers[c.trig]; t.verb || t.kind != KindDisaster && t.kind != KindAccident {
			continue
		}
		switch prep := s.governedBy(c.tok); prep {
		case "durch":
		case "":
			if _, _, det, _ := s.npContext(c.tok); !nominative(det) && det != "ein" && det != "eine" {
				continue
			}
		default:
			continue
		}
		g := s.toks[c.tok].group
		if s.namesPersonIn(g, c.tok+1) {
			continue // a named one's death is news of its own (not the storm's name: "der Hurrikan Matthew")
		}
		for j := range x.cands {
			o := &x.cands[j]
			if t := &x.lx.triggers[o.trig]; t.verb && (t.kind == KindCrime || t.kind == KindDeath) && s.toks[o.tok].group == g && o.score >= c.score {
				c.score = o.score + 1
			}
		}
	}
}

// happeningOverStart ranks a happening's noun above a bare verb of
// starting in its clause when no one named is that clause's subject:
// "Verhandlungen bei X gestartet", "die Tarifverhandlungen starten am
// Montag" tell the negotiations, as "Ermittlungen gestartet" tells an
// investigation (there by the verb's cue); "Die EU startete die
// Verhandlungen" tells what the EU did.
func (x *extractor) happeningOverStart(s *sent) {
	for k := range x.cands {
		c := &x.cands[k]
		if t := &x.lx.triggers[c.trig]; !t.verb || t.kind != KindLaunch || t.conditional() {
			continue
		}
		g := s.toks[c.tok].group
		if slices.ContainsFunc(s.actors, func(r actorRef) bool {
			return r.first >= 0 && s.toks[r.first].group == g && s.governedBy(r.first) == ""
		}) {
			continue // "Die EU startete die Beitrittsverhandlungen": one named started them
		}
		for j := range x.cands {
			o := &x.cands[j]
			ot := &x.lx.triggers[o.trig]
			if ot.verb || ot.kind == KindLaunch || ot.specificity == 0 || speechKinds.has(ot.kind) || ot.kind == KindStatement ||
				s.toks[o.tok].group != g || s.governedBy(o.tok) != "" || o.score > c.score {
				continue
			}
			o.score = c.score + 1
			o.started = c.tok + 1
		}
	}
}

// namesPersonIn reports a person named in clause g, outside quotations,
// passing over a name that starts at token except (-1 for none).
func (s *sent) namesPersonIn(g, except int) bool {
	for k := range s.actors {
		if r := &s.actors[k]; r.first >= 0 && r.first != except && !r.quoted && s.toks[r.first].group == g && s.isPerson(r.Actor) {
			return true
		}
	}
	return false
}

// declinedParticiple reports a weak preterite form at token i ("beauftragte")
// that is a participle declined before its noun: an auxiliary before it
// in its clause is the clause's finite verb ("hat die von der Kirche
// beauftragte Kommission empfangen"), and a capitalised word follows. A
// verb that opens its segment after a comma is finite ("…, erklärte
// Podemos-Chef X").
func (s *sent) declinedParticiple(i int) bool {
	t := &s.toks[i]
	if !strings.HasSuffix(t.lower, "te") && !strings.HasSuffix(t.lower, "ten") || s.opensSegment(i) ||
		i+1 >= len(s.toks) || !s.toks[i+1].word() || !s.toks[i+1].upper {
		return false
	}
	for j := i - 1; j >= 0; j-- {
		if o := &s.toks[j]; o.group == t.group && o.word() && !o.quoted && o.is(pastAux|perfectAux) {
			return true
		}
	}
	return false
}

// deedKinds are what someone does at a happening a sentence sets it in.
var deedKinds = kindsOf(
	KindArrest, KindDecision, KindAgreement, KindBan, KindDismissal,
	KindVerdict, KindAppointment, KindResignation, KindAcquisition,
	KindAnnouncement, KindSeizure, KindLawsuit,
)

func (x *extractor) addCand(s *sent, i, id int, tn tense) {
	t := &x.lx.triggers[id]
	score := 100
	if s.isMain(s.toks[i].group) {
		score = 200
	}
	if t.verb {
		score += 10
	}
	switch {
	case t.kind == KindAction:
		score = 40 // below every trigger of the lexicon
	case t.kind == KindOccasion:
		score -= 11 // below a noun of the lexicon in its clause, which names the happening better ("fand das Telefonat … statt")
	case t.specificity == 0 && t.kind != KindStatement:
		score = 50 // travelling: what one travels to is the news
	case t.kind != KindStatement:
		score++
	}
	if t.conditional() {
		score += 5
	}
	if !t.verb && dealKinds.has(t.kind) && s.completed(i) {
		// "gab den Abschluss der Übernahme bekannt": the deal, done, is
		// the news, over the telling of it
		score += 20
	}
	if !t.verb && t.kind == KindResignation && s.verbOf(s.toks[i].group, i, &declaring) {
		// "hat ihren Rücktritt bekanntgegeben": declaring one's
		// resignation is resigning, the news over the telling of it
		score += 20
	}
	if t.kind != KindStatement && s.reported(i) {
		score -= 150 // what someone said happened ranks below the saying
	}
	x.cands = append(x.cands, cand{tok: i, trig: id, tense: tn, score: score})
}

// keywords returns the span of the text that holds the keywords of a
// press wire's header in the sentence ("DGAP-News: Beispiel AG /
// Schlagwort(e): Verkauf/Umsatzentwicklung", which the wire often runs
// into its headline on the same line), or an empty one: the word after
// the cue, its keywords joined by slashes, names the release's topics
// and tells nothing that happened.
func (s *sent) keywords() (from, to int) {
	if len(s.toks) == 0 {
		return 0, 0
	}
	text := s.a.Text[s.toks[0].start:s.toks[len(s.toks)-1].end]
	for _, cue := range keywordCues {
		at := strings.Index(text, cue)
		if at < 0 {
			continue
		}
		from = at + len(cue)
		for from < len(text) && text[from] == ' ' {
			from++
		}
		to = len(text)
		if k := strings.IndexAny(text[from:], " \t\n"); k >= 0 {
			to = from + k
		}
		return s.toks[0].start + from, s.toks[0].start + to
	}
	return 0, 0
}

// keywordCues open the keywords of a press release's header.
var keywordCues = []string{"Schlagwort(e):", "Schlagworte:", "Schlagwörter:"}

// speechSegment returns the token at which a speech verb opens its
// segment after a comma, or -1: in "Der Bund ziehe sich zurück, sagte der
// FDP-Chef" the speaker and the telling are in "sagte der FDP-Chef", and
// what comes before is what was said, with its own moods and actors.
//
// It applies only when the segment names the speaker: in "Klingbeil, der
// neue Vizekanzler, sprach von …" the speaker stands before.
func (x *extractor) speechSegment(s *sent, c cand) int {
	if x.lx.triggers[c.trig].kind != KindStatement || s.toks[c.tok].seg != c.tok || c.tok == 0 || s.toks[c.tok-1].punct != ',' {
		return -1
	}
	for k := range s.actors {
		if r := &s.actors[k]; r.first >= 0 && !r.quoted && !r.modifier && s.toks[r.first].seg == c.tok {
			return c.tok
		}
	}
	return -1
}

// reported reports whether token i stands in reported speech: a segment
// in the Konjunktiv I ("Er habe mit ihm telefoniert, schrieb Macron"),
// also of a full verb ("…, es gehe um …": a form in -e that the text
// layer reads as the clause's verb and the lexicon as a Konjunktiv I, in
// a segment without "ich", whose present it would be).
func (s *sent) reported(i int) bool {
	seg := s.toks[i].seg
	subjunctive, first := false, false
	for j := seg; j < len(s.toks) && s.toks[j].seg == seg; j++ {
		t := &s.toks[j]
		if t.quoted || !t.word() {
			continue
		}
		if t.is(konjunktivI) {
			return true
		}
		first = first || t.lower == "ich"
		if !t.upper && strings.HasSuffix(t.lower, "e") && s.layerClass(j) == text.Verb {
			if _, v := text.Classes(t.lower); v&text.SubjunctiveI != 0 {
				subjunctive = true
			}
		}
	}
	return subjunctive && !first
}

// hasAux reports an auxiliary in clause g ("hat", "hatte", "wurde", "wird").
func (s *sent) hasAux(g int) bool { return s.inClause(g, pastAux|perfectAux|futureAux) }

func hasReading(forms []verbForm, trigger int, tn tense) bool {
	for _, f := range forms {
		if f.trigger == trigger && f.tense == tn {
			return true
		}
	}
	return false
}

// headlinePassives are the kinds a headline tells in the passive with
// its auxiliary left out, done to its subject: "X verhaftet", "X
// verurteilt", "Regierung vereidigt", "Werk verkauft".
var headlinePassives = kindsOf(KindArrest, KindCrime, KindVerdict, KindDeportation, KindDismissal, KindSeizure, KindAttack,
	KindCapture, KindAcquisition, KindAppointment, KindOverthrow, KindSale, KindSpinOff, KindOath, KindOpening, KindClosure, KindCancellation)

// headlineEnd reports a word at i that ends a headline's clause after
// words before it: nothing but punctuation follows it in its clause.
func (s *sent) headlineEnd(i int) bool {
	if !s.headlineBlock() || i == firstWord(s.toks, 0, len(s.toks)) {
		return false
	}
	for k := i + 1; k < len(s.toks); k++ {
		if t := &s.toks[k]; t.word() && t.group == s.toks[i].group {
			return false
		}
	}
	return true
}

// opensSegment reports whether word i is the first of a segment that a
// comma opens, where a verb is the finite one of a speech tag or of a
// clause that goes on ("…, kritisiert X", "…, kündigt an").
func (s *sent) opensSegment(i int) bool {
	return i > 0 && s.toks[i-1].punct == ',' && s.toks[i].seg == i
}

// closesAfterAux reports a word at i that ends its clause, after a comma,
// in a clause with an auxiliary (which stands before the clause's last
// word): the participle after an apposition ("wurde X, ein Anwalt aus
// Linz, bestellt"), not a finite verb that opens a segment of its own
// ("…, kritisiert die Biologin").
func (s *sent) closesAfterAux(i int) bool {
	return s.clauseEnd(i) && s.inClause(s.toks[i].group, pastAux|perfectAux|passiveAux)
}

// fitsKey is a trigger in a clause.
type fitsKey struct{ trig, group int32 }

// fitsOnce is s.fits(i, trigger trig), worked out once per trigger and
// clause of the sentence: fits reads the whole sentence, and a sentence
// may repeat a trigger word many times (a text without punctuation is one
// sentence), which would make the cost grow with its square. The token
// itself is left out of its context, so a token that would count in its
// own context is asked for on its own.
func (x *extractor) fitsOnce(s *sent, i, trig int) bool {
	t := &x.lx.triggers[trig]
	if !t.conditional() && len(t.forbid) == 0 {
		return true
	}
	if s.countsInContext(i, t) {
		return s.fits(i, t)
	}
	k := fitsKey{int32(trig), int32(s.toks[i].group)}
	if v, ok := x.fitsMemo[k]; ok {
		return v
	}
	v := s.fits(i, t)
	if x.fitsMemo == nil {
		x.fitsMemo = map[fitsKey]bool{}
	}
	x.fitsMemo[k] = v
	return v
}

// countsInContext reports whether token i would be one of trigger t's
// context words, as fits reads them.
func (s *sent) countsInContext(i int, t *trigger) bool {
	forbid, require, cue := contextWord(&s.toks[i], t)
	return forbid || require || cue
}

// contextWord says what word w is to trigger t's context: a word it
// forbids, one it requires, a cue (see cueMatches). A word of a closed
// class is none of them unless t asks for such words: a cue names a
// thing, not an article or a preposition.
func contextWord(w *token, t *trigger) (forbid, require, cue bool) {
	if !w.word() || w.cls != 0 && !t.wantsGrammar {
		return false, false, false
	}
	forbid = len(t.forbid) > 0 && t.forbidden.has(w)
	require = slices.Contains(t.require, w.lower)
	if len(t.cues) == 0 {
		return forbid, require, false
	}
	if w.bytes == 0 {
		w.bytes = byteMask(w.lower)
	}
	// (the loop reads the masks, and a cue only where its mask passes)
	for k, m := range t.cueBytes {
		if m&^w.bytes == 0 && cueIn(w, t.cues[k]) {
			cue = true
			break
		}
	}
	return forbid, require, cue
}

// byteMask has bit b%64 set for each byte b of s: a word that holds a
// string has every bit of the string's mask, so most words are told from
// a cue they do not hold without a search.
func byteMask(s string) uint64 {
	var m uint64
	for i := 0; i < len(s); i++ {
		m |= 1 << (s[i] % 64)
	}
	return m
}

// cueBytes returns the byteMask of what a word that cue c names must hold
// (cueMatches): the cue, "x" for "=x", nothing for "#score".
func cueBytes(c string) uint64 {
	switch {
	case c == "#score", c == "#org":
		return 0
	case strings.HasPrefix(c, "="):
		return byteMask(c[1:])
	}
	return byteMask(c)
}

// cueIn reports whether word w is one context cue c names, as contextWord
// counts it: cueMatches, but a long cue, which cueMatches finds anywhere
// in a word, must open a lower-case one: inside it, it is another word's
// part ("gericht" in "ausgerichtete").
func cueIn(w *token, c string) bool {
	if len(c) >= 5 && c[0] != '=' && c[0] != '#' {
		if w.upper {
			return strings.Contains(w.lower, c)
		}
		return strings.HasPrefix(w.lower, c)
	}
	return cueMatches(w.lower, c)
}

// A forbidSet holds a trigger's forbidden words (trigger.forbid) so that
// contextWord tests each word of a clause against them at once: a long
// word forbids its compounds too ("-entscheidungen",
// "Personalentscheidungen"), and so does a short one marked "+"
// ("-+brand", "Waldbrand"), a noun its plural ("-aussage", "Aussagen
// traf"), "#score" a score.
type forbidSet struct {
	words *text.Table[bool] // every forbidden word, looked up by the token's hash
	long  []string          // the words of minForbiddenHead bytes or more, and those marked "+"
	score bool              // "#score" is among them
}

// newForbidSet makes the set of words, the zero set (whose has must not
// be asked) for none.
func newForbidSet(words []string) forbidSet {
	f := forbidSet{}
	if len(words) == 0 {
		return f
	}
	set := make(map[string]bool, len(words))
	for _, w := range words {
		w, head := strings.CutPrefix(w, "+")
		set[w] = true
		if head || len(w) >= minForbiddenHead {
			f.long = append(f.long, w)
		}
		f.score = f.score || w == "#score"
	}
	f.words = text.NewTable(set)
	return f
}

// has reports whether word w is one the set forbids.
func (f *forbidSet) has(w *token) bool {
	if _, ok := f.words.Get(w.lower, w.hash); ok {
		return true
	}
	for _, l := range f.long {
		if strings.HasSuffix(w.lower, l) {
			return true
		}
	}
	if f.score && cueMatches(w.lower, "#score") {
		return true
	}
	if w.upper {
		for _, e := range []string{"n", "en"} {
			if base, ok := strings.CutSuffix(w.lower, e); ok {
				if _, ok := f.words.Get(base, text.Hash(base)); ok {
					return true
				}
			}
		}
	}
	return false
}

// fits reports whether the clause of token i has the context words
// trigger t wants and none it forbids.
func (s *sent) fits(i int, t *trigger) bool {
	if !t.conditional() && len(t.forbid) == 0 {
		return true
	}
	g := s.toks[i].group
	cue := len(t.cues) == 0
	var have uint64 // the required words found, each once: "an X und an Y" is not "sich … an"
	for j := range s.toks {
		if j == i && t.verb || !s.toks[j].word() || s.scopeOf(j, g) < 0 {
			continue // (a noun's compound may hold its cue: "Milliardeninvestition")
		}
		forbid, require, cued := contextWord(&s.toks[j], t)
		if forbid {
			return false
		}
		if require {
			have |= 1 << slices.Index(t.require, s.toks[j].lower)
		}
		cue = cue || cued && !s.comparison(j) || t.orgCue && s.orgObject(j, g)
	}
	return cue && bits.OnesCount64(have) == len(t.require)
}

// orgObject reports whether token j opens an organisation that clause g
// names as an object: after a person or an organisation the clause
// itself names before it, governed by no preposition ("Hinterhäuser
// verlässt die Salzburger Festspiele"; not the "zu" infinitive of "X
// kündigte an, Oracle zu verlassen", whose subject is the main clause's).
func (s *sent) orgObject(j, g int) bool {
	a := s.toks[j].actor
	if a < 0 || s.actors[a].first != j || s.governedBy(j) != "" || s.actors[a].Actor < 0 || s.names[s.actors[a].Actor].Kind != model.Organization {
		return false
	}
	for k := range s.actors {
		if r := &s.actors[k]; k != a && r.first >= 0 && r.first < j && s.toks[r.first].group == g && s.governedBy(r.first) == "" && !r.modifier {
			return true
		}
	}
	return false
}

// leadInPlay reports a clause g whose only context word for trigger t at
// i is a bare "Führung" that names no one it belongs to ("des Vereins",
// "von X"): in an article of a sport, the lead in a contest.
func (s *sent) leadInPlay(g, i int, t *trigger) bool {
	lead := false
	for j := range s.toks {
		if j == i || s.scopeOf(j, g) < 0 {
			continue
		}
		if _, _, cued := contextWord(&s.toks[j], t); !cued {
			continue
		}
		if s.toks[j].lower != "führung" {
			return false
		}
		if k := j + 1; k < len(s.toks) && s.toks[k].word() {
			switch s.toks[k].lower {
			case "des", "der", "eines", "einer", "von", "vom":
				return false // "die Führung des Vereins": a post
			}
		}
		lead = true
	}
	return lead
}

// comparison reports a noun at j that is the core of a comparing phrase,
// "im Vergleich zu", "im Gegensatz zum", "im Zusammenhang mit": it
// relates two things and names no happening of its own.
func (s *sent) comparison(j int) bool {
	if j == 0 || j+1 >= len(s.toks) || s.toks[j-1].lower != "im" {
		return false
	}
	switch s.toks[j+1].lower {
	case "zu", "zum", "zur", "mit":
		return true
	}
	return false
}

// minForbiddenHead is the shortest forbidden word that also forbids the
// compounds it ends: shorter ones end unrelated words.
const minForbiddenHead = 8

// cueMatches reports whether a lower-cased word is one a context cue
// names: "=zum" the word itself, "#score" a score ("2:1"); a short cue the
// start of the word or of
// its last hyphenated part ("tor" in "tore", "eigentor"-free); a longer one
// anywhere in it, so that compounds count ("stelle" in "arbeitsstellen").
func cueMatches(w, cue string) bool {
	switch {
	case cue == "#score":
		a, b, ok := strings.Cut(w, ":")
		return ok && a != "" && b != "" && isDigit(a[0]) && isDigit(b[0])
	case cue == "#org":
		return false // no word: an organisation named (see sent.orgObject)
	case strings.HasPrefix(cue, "="):
		return w == cue[1:]
	case len(cue) < 5:
		if k := strings.LastIndexByte(w, '-'); k >= 0 && strings.HasPrefix(w[k+1:], cue) {
			return true
		}
		return strings.HasPrefix(w, cue)
	}
	return strings.Contains(w, cue)
}

// sporting reports an article that tells of a sport: a word of the
// context a game won or lost is told with (lexicon.sportCues: "Spiel",
// "Turnier", "Finale", a score) anywhere in it. Elsewhere a bare "Sieg"
// or "Niederlage" is a figure of speech. Worked out once per article,
// when first asked.
func (x *extractor) sporting() bool {
	if x.sport == 0 {
		x.sport = 2
		// (over the text layer's tokens, whose lower-case forms are made
		// already: lower-casing and splitting every article again cost
		// more than the rest of the extractor)
		d := x.s.doc
		for i := range d.Tokens {
			if x.sportCue(d, i) {
				x.sport = 1
				break
			}
		}
	}
	return x.sport == 1
}

// sportCue reports whether token i of d is a word of lexicon.sportCues,
// or opens a score ("2:1", three tokens written together).
func (x *extractor) sportCue(d *text.Doc, i int) bool {
	t := &d.Tokens[i]
	if t.End-t.Start < 4 && t.NumDigits == 0 || !t.Upper() && t.NumDigits == 0 {
		return false // the cues are nouns, written with a capital, and a score's digits
	}
	w := d.Lower(i)
	for _, c := range x.lx.sportCues {
		if c == "#score" {
			if isDigit(w[0]) && i+2 < len(d.Tokens) && d.Punct(i+1) == ':' && d.Tokens[i+1].Start == d.Tokens[i].End &&
				d.Tokens[i+2].Start == d.Tokens[i+1].End && isDigit(d.Lower(i + 2)[0]) {
				return true
			}
			continue
		}
		if cueMatches(w, c) {
			return true
		}
	}
	return false
}

// sportSentence reports whether sentence s holds a word of the context
// of games, or a score.
func (x *extractor) sportSentence(s *sent) bool {
	for i := range s.toks {
		if t := &s.toks[i]; t.word() && x.sportCue(s.doc, int(t.at)) {
			return true
		}
	}
	return false
}

// insideActor reports whether token i lies wholly inside an actor mention
// ("Post" of "Washington Post").
func (s *sent) insideActor(i int) bool {
	t := &s.toks[i]
	if t.actor < 0 {
		return false
	}
	r := &s.actors[t.actor]
	return r.Start <= t.start && r.End >= t.end
}

// nameBefore reports whether a capitalised word that is not an actor
// stands right before token i, so that the two are probably one name the
// actor lists missed ("Washington Post").
func (s *sent) nameBefore(i int) bool {
	if i == 0 {
		return false
	}
	p := &s.toks[i-1]
	// (the first word after a dateline opens the sentence as the first
	// word does: "Innsbruck – Heftiger Schneefall hat …")
	return p.word() && p.upper && p.actor < 0 && i-1 != firstWord(s.toks, 0, len(s.toks)) && !p.is(determiners) &&
		(i-1 != s.afterDateline() || !hasDeclension(p.lower))
}

// attributeOfThing reports a noun trigger at i in the genitive after a
// noun that is no happening, no name and no phase of one: "die
// Liste der Anschläge", "die Opfer des Unglücks" refer to a
// happening; "zum Auftakt der Gespräche" tells it.
func (s *sent) attributeOfThing(i int) bool {
	k := s.genitiveHead(i)
	if k < 0 {
		return false
	}
	h := &s.toks[k]
	return h.word() && h.upper && h.actor < 0 && h.noun == 0 && len(h.forms) == 0 && h.timex < 0 &&
		!h.is(determiners|prepositions) && !phaseNouns[h.lower] && !s.representative(k)
}

// genitiveHead returns the token before the "der" or "des" (and any
// adjectives) that a noun at i follows in the genitive ("die Liste der
// Anschläge": "Liste"), or -1.
func (s *sent) genitiveHead(i int) int {
	j := i - 1
	for j > 0 && s.toks[j].word() && !s.toks[j].upper && !s.toks[j].is(determiners) && hasDeclension(s.toks[j].lower) {
		j-- // over adjectives
	}
	if j < 1 || !s.toks[j].word() || s.toks[j].lower != "der" && s.toks[j].lower != "des" {
		return -1
	}
	return j - 1
}

// nounReading returns the reading of the noun at token i whose trigger
// is id: a cued reading of the same noun that holds here (see
// lexicon.cuedNouns), else id.
func (x *extractor) nounReading(s *sent, i, id int) int {
	for _, alt := range x.lx.cuedNouns[id] {
		if x.fitsOnce(s, i, alt) {
			return alt
		}
	}
	return id
}

// awaited reports a noun trigger at i that "auf" governs in a clause of
// "warten": what someone waits for has not come about.
func (s *sent) awaited(i int) bool {
	return s.governedBy(i) == "auf" && s.clauseHas(s.toks[i].group, waitForm)
}

// waitForm reports a form of "warten", as the text layer's lexicon reads
// it, that a clause waits in (the cheap test first: it is asked of the
// clause's every word).
func waitForm(w string) bool {
	return strings.Contains(w, "wart") && isForm(w, "warten", text.Finite|text.Infinitive|text.PastParticiple)
}

// failedOf reports a noun trigger at i in the genitive after "Scheitern"
// or "Absage": what failed or was called off.
func (s *sent) failedOf(i int) bool {
	if k := s.genitiveHead(i); k >= 0 {
		switch s.toks[k].lower {
		case "scheitern", "absage", "abblasen":
			return true
		}
	}
	return false
}

// calledOff reports a noun trigger at i that is the bare object of a verb
// of calling off in its clause ("hat das Treffen abgesagt", "stoppte den
// Verkauf"): the happening it names did not take place; the calling off
// is the news. (What is put off still takes place: "hat die Wahl
// verschoben".)
func (x *extractor) calledOff(s *sent, i int) bool {
	if s.governedBy(i) != "" {
		return false
	}
	g := s.toks[i].group
	from, to := s.clauseTokens(g)
	for j := from; j < to; j++ {
		if t := &s.toks[j]; j != i && t.group == g && t.word() && !t.quoted {
			for _, f := range t.forms {
				if tr := &x.lx.triggers[f.trigger]; tr.kind == KindCancellation && tr.noun != "Verschiebung" {
					return true
				}
			}
		}
	}
	return false
}

// remitOfBody reports a noun trigger at i after "für" and a noun that
// names a body ("Amt für Wahlen", "Organisation für das Verbot …"): what
// the body is for, part of its name, not a happening.
func (s *sent) remitOfBody(i int) bool {
	j := i - 1
	for j > 0 && s.toks[j].word() && (s.toks[j].is(determiners) || !s.toks[j].upper && hasDeclension(s.toks[j].lower)) {
		j-- // over the article and adjectives
	}
	if j < 1 || s.toks[j].lower != "für" {
		return false
	}
	h := &s.toks[j-1]
	return h.word() && h.upper && hasAnySuffix(h.lower, bodyNouns)
}

// bodyNouns end the nouns of offices and organisations that their names
// follow with what they are for.
var bodyNouns = []string{
	"organisation", "kommission", "amt", "institut", "zentrum", "stiftung", "rat", "büro", "behörde",
	"ministerium", "agentur", "komitee", "ausschuss", "gesellschaft", "verband", "gerichtshof", "beirat",
}

// pointedTo reports a noun trigger at i that a speaker points to: "unter
// Verweis auf den Streik", "mit Blick auf die Wahl", "in Anspielung auf
// den Streit". The happening is known; the clause does not tell it.
func (s *sent) pointedTo(i int) bool {
	prep, at, _, _ := s.npContext(i)
	if prep != "auf" || at < 1 {
		return false
	}
	h := &s.toks[at-1]
	return h.word() && pointingNouns[h.lower]
}

// pointingNouns point to something known: "Verweis auf", "Hinweis auf".
var pointingNouns = map[string]bool{"verweis": true, "hinweis": true, "blick": true, "bezug": true, "anspielung": true, "rücksicht": true}

// phaseNouns name a phase or the course of a happening, whose genitive
// tells it: "zum Auftakt der Gespräche", "nach Abschluss der Übernahme",
// "im Laufe des Essens", "am Rande des Gipfels", "in der ersten Runde der
// Wahl". (A plain set:
// as a word class they would stop being context cues, see fits.)
var phaseNouns = map[string]bool{
	"beginn": true, "beginns": true, "auftakt": true, "auftakts": true, "ende": true, "endes": true,
	"abschluss": true, "abschlusses": true, "start": true, "starts": true, "vollzug": true, "vollzugs": true,
	"laufe": true, "verlauf": true, "verlaufs": true, "rande": true, "runde": true,
}

// hasParticle reports whether the separable particle of the verb at i
// stands in the same clause: after it ("kündigte … an") or right before
// it ("bekannt gegeben").
func (s *sent) hasParticle(i int, particle string) bool {
	g := s.toks[i].group
	if w := lastWord(s.toks, 0, i); w >= 0 && s.toks[w].lower == particle {
		return true
	}
	end := len(s.toks)
	if tail := s.speechTail(); tail > i {
		end = tail // "…, hielt die Ministerin fest": the particle is the tag's verb's
	}
	for j := i + 1; j < end; j++ {
		if s.toks[j].group == g && s.toks[j].lower == particle && s.clauseEnd(j) {
			return true
		}
	}
	return false
}

// clauseEnd reports whether token j closes its clause, where a separable
// particle stands: "stellte das Projekt am Dienstag vor.", "kündigte an,
// …", unlike the preposition of "stellte sich vor das Gericht".
func (s *sent) clauseEnd(j int) bool {
	n := j + 1
	for n < len(s.toks) && s.toks[n].punct == '"' {
		n++
	}
	return n >= len(s.toks) || !s.toks[n].word() || s.toks[n].group != s.toks[j].group ||
		s.toks[n].is(conjunctions) // "löste … auf und kündigte … an"
}

// particleVerb reports whether the finite verb at token i, of the
// infinitive inf, has a separable particle at the end of its clause that
// makes another verb the lexicon knows ("feuerte … ab": "abfeuern"): the
// bare verb is not what the clause tells.
func (s *sent) particleVerb(i int, inf string) bool { return s.separatedParticle(i, inf) != "" }

// separatedParticle returns the separable particle that ends the clause
// of the verb at token i (before a closing speech tag, whose verb it would
// be) and makes with its infinitive inf a verb the lexicon knows ("zog …
// zurück": "zurück"), or "".
func (s *sent) separatedParticle(i int, inf string) string {
	if inf == "" {
		return ""
	}
	g := s.toks[i].group
	end := len(s.toks)
	if tail := s.speechTail(); tail > i {
		end = tail
	}
	for j := i + 1; j < end; j++ {
		// (the clause's end first: few words end one, and every word
		// would be compared with each particle)
		if t := &s.toks[j]; t.group == g && s.clauseEnd(j) && separable[t.lower] {
			if c, v := text.Classes(t.lower + inf); c&text.Verb != 0 && v&text.Infinitive != 0 {
				return t.lower
			}
		}
	}
	return ""
}

// bareNounList reports whether the noun at i is one of three or more
// bare nouns listed with commas and "und" or "oder" ("Brot, Wasser,
// Jacken und Zelte"): things, or happenings only tallied.
func (s *sent) bareNounList(i int) bool {
	item := func(k int) bool {
		return k >= 0 && k < len(s.toks) && s.toks[k].word() && s.toks[k].upper && !s.toks[k].quoted && s.toks[k].actor < 0
	}
	sep := func(k int) bool {
		return k >= 0 && k < len(s.toks) && (s.toks[k].punct == ',' || s.toks[k].lower == "und" || s.toks[k].lower == "oder")
	}
	n := 1
	for k := i; sep(k-1) && item(k-2); k -= 2 {
		n++
	}
	comma := i > 0 && s.toks[i-1].punct == ','
	for k := i; sep(k+1) && item(k+2); k += 2 {
		n++
		comma = comma || s.toks[k+1].punct == ','
	}
	return n >= 3 && comma
}

// pageCommand reports an infinitive at i that ends a page's meta line
// (two or more fields split by "|": a date, a section, an author) as its
// last field of at most two words, with no mark after it: the label of a
// button the copied page kept ("… | Autor: X | Artikel drucken"), no
// sentence of the text. (A headline "Luftfahrt | Piloten streiken" has
// one field before it.)
func (s *sent) pageCommand(i int) bool {
	if i != len(s.toks)-1 || s.toks[i].upper || !strings.HasSuffix(s.toks[i].lower, "en") {
		return false
	}
	words, last := 0, -1
	for j := i - 1; j >= 0; j-- {
		t := &s.toks[j]
		if t.punct == '|' {
			last = j
			break
		}
		if words++; !t.word() || words > 2 {
			return false
		}
	}
	if last < 0 {
		return false
	}
	for j := last - 1; j >= 0; j-- {
		if s.toks[j].punct == '|' {
			return true
		}
	}
	return false
}

// listedPlace reports a noun at i that the entity recogniser reads as a
// place (namedPlace) and that is listed, after "und", "oder" or a comma,
// with another such place: "Kooperation von Herne und Essen".
func (s *sent) listedPlace(i int) bool {
	if i < 2 {
		return false
	}
	if sep := &s.toks[i-1]; sep.punct != ',' && (!sep.word() || sep.lower != "und" && sep.lower != "oder") {
		return false
	}
	// (the article's places are looked through only for such a noun)
	p := &s.toks[i-2]
	return p.word() && p.upper && p.noun == 0 && s.namedPlace(i) && s.namedPlace(i-2)
}

// barePair reports a noun at i joined by "und" or "oder" to a bare noun
// before it, neither with an article ("Publikum und Kritik", "Literatur
// und Kritik"): a pair of things named, no happening told.
func (s *sent) barePair(i int) bool {
	if i < 2 || !s.toks[i-1].word() || s.toks[i-1].lower != "und" && s.toks[i-1].lower != "oder" {
		return false
	}
	p := &s.toks[i-2]
	if !p.word() || !p.upper || p.quoted || p.actor >= 0 || p.noun > 0 || p.timex >= 0 {
		return false
	}
	q := &s.toks[max(i-3, 0)]
	return i == 2 || !q.word() || !q.is(determiners) && (q.upper || !hasDeclension(q.lower)) // no article nor adjective before the first
}

// venue reports whether the conversation or interview noun at i, in a
// phrase of "im" or "in einem", is only where something was said: no "mit"
// names whom it was held with ("im Gespräch mit Merkel" is a meeting),
// or it stands in a speech tag ("…, erzählt sie im Gespräch mit der
// Zeitung") or its clause tells what was said there ("erklärte sie im Gespräch mit
// der Zeitung", "übte im Gespräch mit dem Sender Kritik": an interview),
// and it heads its phrase ("im Laufe des Gesprächs" is a time). Any
// meeting's noun in a speech tag after "bei", "auf" or "in" is where it
// was said too ("…, erklärte er bei einer Klubsitzung").
func (x *extractor) venue(s *sent, i, id int) bool {
	t := &x.lx.triggers[id]
	prep, _, det, _ := s.npContext(i) // "im Gespräch", "in dem am Montag gesendeten Gespräch"
	tag := s.speechTail()
	if t.kind == KindMeeting && tag >= 0 && i > tag && (prep == "bei" || prep == "beim" || prep == "auf" || prep == "im" || prep == "in" && det != "") {
		return true // "…, erklärte er bei einer Klubsitzung": where it was said, in the speech tag
	}
	if t.kind != KindInterview && t.noun != "Gespräch" {
		return false
	}
	if prep == "während" {
		return true // "wurde während eines Interviews bestohlen": when something else happened
	}
	right := prep == "im" || prep == "in" && det != ""
	return right && (i+1 >= len(s.toks) || s.toks[i+1].lower != "mit" || x.saysInClause(s, s.toks[i].group) || tag >= 0 && i >= tag)
}

// saysInClause reports a word of clause g that tells what someone said:
// a statement's or a criticism's trigger, verb or noun ("erzählte",
// "Kritik"), or a reflexive "zeigte sich" or "gab sich" ("gab sich
// zuversichtlich").
func (x *extractor) saysInClause(s *sent, g int) bool {
	for k := range s.toks {
		t := &s.toks[k]
		if t.group != g || !t.word() || t.quoted {
			continue
		}
		if t.noun > 0 && saidKinds.has(x.lx.triggers[t.noun-1].kind) {
			return true
		}
		for _, f := range t.forms {
			if saidKinds.has(x.lx.triggers[f.trigger].kind) {
				return true
			}
		}
		if (t.lower == "gab" || t.lower == "zeigte") && s.reflexive(g) {
			return true
		}
	}
	return false
}

// saidKinds are the kinds whose triggers tell that something was said.
var saidKinds = kindsOf(KindStatement, KindCriticism)

// recorded reports a plural trigger noun at i after "diese" or
// "folgende" that the verb of its clause records ("registrieren",
// "verzeichnen", "erfassen", "auflisten"): the items of a list or a tally
// someone keeps, no happening of its own.
func (s *sent) recorded(i int) bool {
	if i == 0 || !strings.HasSuffix(s.toks[i].lower, "en") {
		return false
	}
	switch s.toks[i-1].lower {
	case "diese", "folgende", "folgenden":
		return s.verbOf(s.toks[i].group, i, &recording)
	}
	return false
}

// recording are verbs of keeping a record of happenings.
var recording = newLemmaSet("registrieren", "verzeichnen", "erfassen", "auflisten")

// completed reports a noun at i that a word of completion governs as
// its genitive: "den Abschluss der Übernahme", "den Vollzug der Fusion",
// "den Abschluss des im Mai angekündigten Mergers".
func (s *sent) completed(i int) bool {
	k := i - 1
	for k > 0 && i-k <= 5 && s.toks[k].word() && !s.toks[k].is(determiners) && (!s.toks[k].upper || s.toks[k].timex >= 0) {
		k-- // the attributes between: "im Mai angekündigten", "wenige Monate zuvor geplanten"
	}
	if k < 1 || !s.toks[k].word() || s.toks[k].lower != "der" && s.toks[k].lower != "des" {
		return false
	}
	switch s.toks[k-1].lower {
	case "abschluss", "abschlusses", "vollzug", "vollzugs", "vollzuges":
		return true
	}
	return false
}

// declaring are verbs that make what their object names so by declaring
// it: a resignation "bekanntgegeben", "verkündet", "erklärt".
var declaring = newLemmaSet("bekanntgeben", "verkünden", "erklären")

// dealKinds are deals between firms: one "geplant" or "angestrebt" is not
// made yet (planned job cuts, by contrast, are the news of their
// announcement).
var dealKinds = kindsOf(KindMerger, KindAcquisition)

// intendedOnly are attributes of what is only intended.
var intendedOnly = []string{"geplant", "beabsichtigt", "angestrebt", "anvisiert", "erwogen"}

// becoming returns the tense of a form of "werden", tenseNone for
// another word.
func becoming(lower string) tense {
	switch lower {
	case "wird", "werden":
		return tensePresent
	case "wurde", "wurden":
		return tensePreterite
	case "geworden":
		return tenseParticiple
	}
	return tenseNone
}

// becomingAt returns the tense of a form of "werden" at token i, or of a
// present of "sein" right before "neuer" or "neue" and a post, which
// tells the post taken up as the present of "werden" does ("Berg ist
// neue Vorstandschefin"); tenseNone for another word.
func (s *sent) becomingAt(i int) tense {
	lw := s.toks[i].lower
	if tn := becoming(lw); tn != tenseNone {
		return tn
	}
	if (lw == "ist" || lw == "sind") && s.newlyIs(i) {
		return tensePresent
	}
	return tenseNone
}

// newlyIs reports "ist" or "sind" at token i right before "neuer" or
// "neue" and a post: "Berg ist neue Vorstandschefin".
func (s *sent) newlyIs(i int) bool {
	if w := s.toks[i].lower; w != "ist" && w != "sind" || i+2 >= len(s.toks) {
		return false
	}
	n, post := &s.toks[i+1], &s.toks[i+2]
	return (n.lower == "neuer" || n.lower == "neue") && post.word() && post.upper && endsInPost(post.lower, officeNouns)
}

// newOfficeIn returns the noun of a post that a person named in clause g
// takes up, told by a form of "werden" alone, or -1: "Huber wird neuer
// Trainer von Rapid", "Neue Vorstandschefin wurde Berger", "Ihr
// Nachfolger wird Huber". Another verb in the clause makes it a future
// or a passive of something else ("Der neue Trainer wird das Team
// übernehmen", "Ein neuer Chef wird gesucht").
func (s *sent) newOfficeIn(g int) int {
	office := -1
	for k := range s.toks {
		w := &s.toks[k]
		if w.group != g || !w.word() || w.quoted {
			continue
		}
		switch {
		case w.upper:
			if office < 0 && w.noun == 0 && len(w.forms) == 0 && endsInPost(w.lower, officeNouns) &&
				(w.lower == "nachfolger" || w.lower == "nachfolgerin" || k > 0 && (s.toks[k-1].lower == "neuer" || s.toks[k-1].lower == "neue") || s.hasTimeAnchor(g)) {
				// (a post taken up at a time told is new as well: "wird
				// ab September 2030 Direktor")
				office = k
			}
		case becoming(w.lower) != tenseNone, w.lower == "neuer", w.lower == "neue", s.newlyIs(k):
		case w.lower == "sein" && k+1 < len(s.toks) && s.toks[k+1].upper && endsInPost(s.toks[k+1].lower, officeNouns):
			// the possessive before the post ("Sommer wird sein
			// Nachfolger"), not the verb of a future ("wird Chef sein")
		default:
			if _, v := text.Classes(w.lower); v != 0 {
				return -1
			}
		}
	}
	if office < 0 || !s.namesPersonIn(g, -1) {
		return -1
	}
	return office
}

// toPostAfter reports whether the post officeAfterTo finds in clause g
// is given right after token last ("X zur neuen Vorsitzenden").
func (s *sent) toPostAfter(g, last int) bool {
	to, _ := s.officeAfterTo(g)
	return to >= 0 && to == last+1
}

// officeAfterTo returns the "zum" or "zur" of clause group g that gives
// a post, over up to two declined adjectives ("zum neuen Konzernchef",
// "zur Ministerin"), and the token of the post; -1, -1 for none.
func (s *sent) officeAfterTo(g int) (to, post int) {
	for i := range s.toks {
		if s.toks[i].group != g || s.toks[i].lower != "zum" && s.toks[i].lower != "zur" {
			continue
		}
		k := i + 1
		for k < len(s.toks) && k <= i+2 && s.toks[k].word() && !s.toks[k].upper && hasDeclension(s.toks[k].lower) {
			k++
		}
		if k < len(s.toks) && s.toks[k].word() && s.toks[k].upper && s.toks[k].actor < 0 && namesPost(s.toks[k].lower) {
			return i, k
		}
	}
	return -1, -1
}

// officeOf writes the post named at noun k with the body it is of, when
// a name follows after "von" or a genitive article: "Trainer von Rapid"
// of "neuer Trainer des SK Rapid".
func (s *sent) officeOf(k int) string {
	post := s.toks[k].text
	if name := s.possessorOf(k); name != "" {
		return post + " von " + name // "Korbers Nachfolger": "Nachfolger von Hans Korber"
	}
	j := k + 1
	if j < len(s.toks) && (s.toks[j].lower == "von" || s.toks[j].lower == "des" || s.toks[j].lower == "der") {
		j++
	}
	if j > k+1 && j+1 < len(s.toks) && s.toks[j].upper && hasRoleSuffix(s.toks[j].lower) {
		j++ // "Nachfolger von Adidas-Chef X": of X
	}
	if j == k+1 || j >= len(s.toks) || s.toks[j].actor < 0 {
		return post
	}
	ref := &s.actors[s.toks[j].actor]
	if ref.first != j || ref.modifier || ref.quoted {
		return post
	}
	var b strings.Builder
	if g := s.toks[k+1].lower; j == k+2 && (g == "des" || g == "der") && ref.Actor >= 0 && ref.Actor < len(s.names) && s.names[ref.Actor].Kind == model.Organization {
		// "neuer Trainer des SK Velmark": the body's name as the text
		// declines it, after its own article (not "Trainer von SK
		// Velmark")
		b.WriteString(post + " " + g)
	} else {
		b.WriteString(post + " von")
	}
	for i := ref.first; i <= ref.last; i++ {
		if s.toks[i].word() {
			b.WriteString(" " + s.toks[i].text)
		}
	}
	return b.String()
}

// possessorOf returns the name of the person whose genitive stands right
// before the noun at token k ("Korbers Nachfolger"), as the actor table
// names him ("Hans Korber"), or "": only where that name, its last word
// with the genitive's "s", is the word written (a name the table keeps
// in the genitive, known from nowhere else, says nothing more).
func (s *sent) possessorOf(k int) string {
	if k == 0 || s.toks[k-1].actor < 0 {
		return ""
	}
	ref := &s.actors[s.toks[k-1].actor]
	if ref.last != k-1 || ref.first != k-1 || ref.modifier || ref.quoted || ref.Implicit || ref.Actor < 0 || ref.Actor >= len(s.names) ||
		s.names[ref.Actor].Kind != model.Person {
		return ""
	}
	name := s.names[ref.Actor].Name
	if w := s.toks[k-1].text; w != headWord(name)+"s" && w != headWord(name)+"’" && w != headWord(name)+"'" {
		return ""
	}
	return name
}

// occasionSubject returns the token of the noun that names what
// "stattfinden" at token verb tells took place: its subject, the first
// common noun of the verb's clause and segment that no preposition
// governs, after an article that may open a subject or, bare, first in
// the segment and right before the verb ("Am Abend fand in der
// Stadtkirche ein Gedenkgottesdienst statt", "Gestern fand unser
// Neujahrsturnier statt"). -1 when there is
// none, when a name stands there ("fand die Korvex-Gala statt": what the
// name is, the sentence does not say), or when the noun is a trigger of
// the lexicon: "Die Konferenz fand in Linz statt" is told by "Konferenz",
// as a meeting.
func (s *sent) occasionSubject(verb int) int {
	g, seg := s.toks[verb].group, s.toks[verb].seg
	first := firstWord(s.toks, seg, len(s.toks))
	depth := 0 // inside parentheses: an aside ("fand (mit etwas Verspätung) das Turnier statt")
	for i := seg; i < len(s.toks); i++ {
		t := &s.toks[i]
		switch t.punct {
		case '(':
			depth++
		case ')':
			depth = max(depth-1, 0)
		case ',', ';', ':':
			if depth == 0 && i > verb {
				return -1
			}
		}
		if depth > 0 || t.group != g || !t.word() || !t.upper || t.quoted || t.timex >= 0 || t.is(determiners|prepositions|subjectPronouns) || s.governedBy(i) != "" {
			continue
		}
		if t.actor >= 0 {
			return -1
		}
		if s.citedBy(i) {
			continue // "Der Zeitung X zufolge fand …": the source
		}
		a := i - 1 // the article, over declined adjectives ("unser diesjähriges Turnier")
		for a >= 0 && a >= i-3 && s.toks[a].word() && !s.toks[a].upper && !occasionArticles[s.toks[a].lower] && hasDeclension(s.toks[a].lower) {
			a--
		}
		if a >= 0 && !(s.toks[a].word() && occasionArticles[s.toks[a].lower]) {
			a = -1
		}
		if a < 0 && !(i == first && i+1 == verb) || !s.nounWord(i) {
			continue // "mit mehr als 600 Gästen", "einem Konzert": no subject; bare, only right before the verb ("Stichwahlen finden … statt")
		}
		if a > 0 && (s.toks[a].lower == "der" || s.toks[a].lower == "einer") && s.toks[a-1].word() && s.toks[a-1].upper && s.toks[a-1].actor < 0 && s.toks[a-1].timex < 0 {
			continue // "der Beginn der Feier": the noun before it is the phrase's head
		}
		if n := &s.toks[min(i+1, len(s.toks)-1)]; n != t && n.word() && n.upper && hasDeclension(t.lower) {
			if c, _ := text.Classes(t.lower); c&text.Noun == 0 {
				continue // "die US-iranischen Gespräche": a capitalised adjective before its noun
			}
		}
		if i < verb && seg > 0 && s.toks[seg-1].punct == ',' && !s.toks[seg].is(subordinators) {
			return -1 // "Das Gespräch über Kunst, Geld und die Eltern fand …": the segment after a comma goes on a list; the subject may stand before it
		}
		if t.noun > 0 {
			return -1
		}
		return i
	}
	return -1
}

// occasionArticles may open the subject of "stattfinden" ("kein" does
// not: what did not take place is no happening).
var occasionArticles = map[string]bool{
	"der": true, "die": true, "das": true, "ein": true, "eine": true,
	"dieser": true, "diese": true, "dieses": true, "jener": true, "jene": true, "jenes": true,
	"unser": true, "unsere": true, "euer": true, "eure": true, "sein": true, "seine": true, "ihr": true, "ihre": true,
}
