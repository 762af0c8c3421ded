// Package events finds the sentences of an article that tell that
// something happened, and merges the mentions of one real event across
// articles into a model.Event.
//
// Extraction works on an article whose Sentences, Timexes and Actors are
// filled (actor indices global, as actors.Resolve leaves them; implicit
// mentions — pronouns, roles, "das Unternehmen" — count as actors, and a
// stand-in noun the recogniser left, "der Konzern", "das Kabinett", takes
// the organisation the article tied to it: see standin.go).
//
// Triggers. A sentence's trigger words come from the lexicon (triggers.txt):
// verbs in all their forms, separable ones with their particle at the end
// of the clause ("teilte … mit") and joined ("mitteilte"), nouns and their
// compounds. A reading whose context words stand in the clause beats a
// plain one ("verurteilte … zu vier Jahren Haft" is a verdict, "verurteilte
// den Angriff" criticism); a separable reading beats the bare verb
// ("schloss … aus"). The triggers are ranked: main clause before
// subordinate clause, verb before noun, any kind before a mere statement,
// what is told before what someone is reported to have said ("Er habe …
// telefoniert, schrieb Macron"), a noun in a time phrase ("nach seiner
// Wahl") after the rest, a change of place ("reiste nach Warschau, wo er
// Tusk traf") last. Not triggers: quoted words, parts of names, verb forms
// used as adjectives ("eine nicht näher bezeichnete Spannung"), nouns after
// "trotz", "statt", "ohne".
//
// Mentions. The best trigger whose clause tells a happening (not
// conditional, hypothetical, negated or planned) and names at least one
// actor makes the mention; when it names none, the next one is tried (not
// a noun of the same clause, which is the verb's argument: "sagte … in
// einem Interview"). Its actors are those of the trigger's clause and the
// clauses it hangs on, subject first, without sources ("laut", "gegenüber"),
// attributes of other nouns ("Berichten der New York Times"), appositions
// and, for a statement, the topics ("über") and the said part of "…, sagte
// X". An announcement that announces a planned happening is named by it
// ("Wie VW mitteilte, sollen … Stellen abgebaut werden": "Stellenabbau").
// A strike, protest, launch or crime nobody is named for is kept when its
// main clause names its place ("Streik in Köln"), and so is a passive of a
// happening ("wurde … festgenommen") that names its place or, dated, its
// subject. A report of a dated happening ("Der Prozess werde am Donnerstag
// eröffnet, berichtete die Zeitung") is a mention of that happening.
//
// Plans. A happening the article announces for later ("will im Januar die
// Vertrauensfrage stellen", "ist für Mittwoch geplant", "beginnt am
// Freitag") is kept as kind "plan", titled "… (geplant)", only when the
// sentence gives the date it is planned for and that date has not passed
// when the article is written. Plans without a date, wishes and
// conditions stay off the timeline: a reader wants what is scheduled, not
// what is hoped. Plans merge only with plans.
//
// Dates, in this order: the sentence's own temporal expression nearest the
// trigger (shifted by an offset: "sechs Wochen nach der Wahl"; not one that
// qualifies a noun: "die seit 1994 geltende Regel", "lud für Januar
// ein"); a date carried from the previous sentence of the same paragraph
// when the sentence goes on with the same story (a back story in the
// pluperfect takes it, or comes before it with "zuvor"); a later sentence
// that names the happening with a definite article and a date ("Die
// Entscheidung fiel am Freitag", see dating.go); the section's
// subheading; for an article dated to a day or a few, that day or the day
// before; for an article dated to a month, a past-tense happening the
// month before. Background with no date anywhere (the pluperfect,
// "einst", "damals") is before the article's date, an open interval, not
// its day. Each mention says how it was dated (Dating.Basis).
//
// Roles (roles.go), reactions (reactions.go), titles (title.go) and
// salience (salience.go) are filled when mentions merge (merge.go).
package events

import (
	"cmp"
	"slices"
	"strings"
	"sync"

	"chronik/model"
)

// Dating says where a mention's date came from.
type Dating uint8

const (
	Undated      Dating = iota
	DatedOwn            // the sentence's own temporal expression
	DatedContext        // carried from the previous sentence of the paragraph
	DatedNext           // from a following sentence that refers back ("Die Entscheidung fiel am Freitag")
	DatedHeading        // from the subheading of its section
	DatedArticle        // on or before the article's date
	DatedBefore         // told as past background with no date: before the article's date, or before the story's
)

// Basis says for the reader how a mention was dated (model.EventMention.DateBasis).
func (d Dating) Basis() string {
	switch d {
	case DatedOwn:
		return "timex"
	case DatedContext:
		return "previous sentence"
	case DatedNext:
		return "next sentence"
	case DatedHeading:
		return "heading"
	case DatedArticle:
		return "article date"
	case DatedBefore:
		return "before the article"
	}
	return ""
}

// A Mention is one sentence that tells an event, before merging.
type Mention struct {
	model.EventMention
	Kind        Kind         // stable English key: "meeting", "announcement", …
	Noun        string       // the German noun for titles: "Abendessen", "Ankündigung"
	Specificity int          // how specific Noun is among nouns of its kind
	Actors      []int        // the participants, most central first (indices into the actor table)
	Roles       []model.Role // parallel to Actors: agent, patient or participant
	Object      string       // a place, platform or named thing ("Mar-a-Lago", "„Stargate“"), or ""
	ObjectPrep  string       // the preposition that goes with it in a title ("in", "auf", "von")
	Dating      Dating

	objectRank int8     // how much Object says: quoted name 3, platform 2, place 1
	pluperfect bool     // told in the pluperfect: the story's back story
	block      int      // the article block of its sentence
	head       bool     // told in the article's title, kicker or teaser
	trig       int32    // 1 + the lexicon trigger that told it, for a title's verb; 0 for none
	refersBack bool     // its trigger is a noun with a definite article: "die Übernahme", "des Essens"
	words      []uint64 // distinctive content words (hashed stems), for merging
	// institution: the noun of the institution that acted when the
	// sentence names no actor ("die Polizei"); Merge makes it an actor
	institution string
}

const (
	// pastWindow is how far before its article's date an undated past-tense
	// happening is placed. News tells recent happenings without a date
	// (the dinner "in Mar-a-Lago", the statement "gegenüber Fox News") and
	// dates older ones ("2021", "im vergangenen Jahr") or marks them as
	// remote ("einst", "damals", the pluperfect), which get no such date.
	// A month covers what a news article calls recent; the interval keeps
	// the uncertainty visible, and merging narrows it when another source
	// is precise.
	pastWindow = 31
	// presentWindow is the same for a present-tense happening in the body:
	// news present ("Nun kritisiert Musk …") reports what happens as the
	// article is written, that day or the day before.
	presentWindow = 1
	// afterWindow bounds "nach dem 6. Januar": what followed a date and is
	// told with it followed soon; a later consequence gets its own date.
	afterWindow = 30
	// preciseArticle: an article dated to this many days or fewer is
	// news of its day, and what it tells without a date of its own happened
	// that day or the day before (presentWindow) — the statements, reactions
	// and decisions a report of the day is made of. An article dated only
	// to a month gives its undated past the month before (pastWindow).
	preciseArticle = 3
	// maxCarriedDays: only a date this precise is carried to the next
	// sentence.
	maxCarriedDays = 31
	// maxThenDays: "damals" takes the last date the text named, if it is
	// at most a year ("2013 … Damals"); a wider one says no time.
	maxThenDays = 366
)

// Extract returns the event mentions of article a, whose index in the
// corpus is article. actors is the actor table a.Actors indexes.
func Extract(article int, a *model.Article, actors []model.Actor) []Mention {
	// The extractor's buffers (tokens, clauses, candidates) serve one
	// sentence after another; pooled, they serve article after article.
	x := extractors.Get().(*extractor)
	defer x.release()
	x.lx, x.actors, x.article, x.a, x.reporterSeg = loadLexicon(), actors, article, a, -1
	x.s.names = actors
	if !slices.IsSortedFunc(a.Actors, func(p, q model.ActorMention) int { return cmp.Compare(p.Start, q.Start) }) ||
		!slices.IsSortedFunc(a.Timexes, func(p, q model.Timex) int { return cmp.Compare(p.Start, q.Start) }) {
		b := *a
		b.Actors = slices.Clone(a.Actors)
		b.Timexes = slices.Clone(a.Timexes)
		slices.SortStableFunc(b.Actors, func(p, q model.ActorMention) int { return cmp.Compare(p.Start, q.Start) })
		slices.SortStableFunc(b.Timexes, func(p, q model.Timex) int { return cmp.Compare(p.Start, q.Start) })
		x.a = &b
	}
	return x.run()
}

var extractors = sync.Pool{New: func() any { return new(extractor) }}

// release drops what the extractor held of the article and returns it to
// the pool with its buffers.
func (x *extractor) release() {
	x.actors, x.a, x.s.a, x.s.names, x.s.lower = nil, nil, nil, nil, ""
	x.orgs, x.orgsDone = x.orgs[:0], false
	x.heading, x.backRefs = model.Interval{}, x.backRefs[:0]
	clear(x.out) // the mentions' strings and slices belong to the caller now
	x.out = x.out[:0]
	clear(x.headline)
	for i := range x.s.timex {
		x.s.timex[i].Timex = nil
	}
	extractors.Put(x)
}

// ranked is an actor of a sentence with what orders it among the event's.
type ranked struct {
	actor, order, rank, pos int
	last                    int    // the mention's last token
	prep                    string // the preposition that governs it, or ""
	det                     string // its article, or ""
	role                    model.Role
}

type extractor struct {
	lx      *lexicon
	actors  []model.Actor
	article int
	a       *model.Article
	s       sent

	headline map[Kind]headlineObject // kind → a quoted name the headlines give it
	prev     context                 // the sentence before, for dates carried over
	heading  model.Interval          // the date the current section's subheading gives, if any
	backRefs []backReference         // sentences that date a happening told before them
	cands    []cand
	ranked   []ranked  // participants' buffer
	out      []Mention // run's buffer
	// impersonal: a mention may do without actors when it has a place
	impersonal bool
	// reporterSeg: the segment of the report whose happening a mention
	// tells ("…, berichtete die Zeitung"), whose actors are not the
	// happening's; -1 for none
	reporterSeg int
	// passiveSubject: the noun a dated passive is told of, which then
	// stands for its place ("Das Netzwerk wurde … verkauft")
	passiveSubject string
	orgs           []orgMention // the article's organisations, for stand-ins (see standIn)
	orgsDone       bool
}

type headlineObject struct{ object, prep string }

// context is what the previous sentence leaves for the next one.
type context struct {
	sentence   int
	block      int
	date       model.Interval
	pluperfect bool // the date is of the story's back story ("hatte … am Freitag aufgerufen")
	actors     []int
}

// A cand is a trigger word found in a sentence.
type cand struct {
	tok   int
	trig  int
	tense tense
	score int
}

func (x *extractor) run() []Mention {
	a := x.a
	out := x.out[:0] // the article's mentions, copied out at the end to a slice of their number
	x.prev = context{sentence: -2, actors: x.prev.actors[:0]}
	x.s.lowerArticle(a)
	for i := range a.Sentences {
		if b := a.Sentences[i].Block; b >= 0 && b < len(a.Blocks) && a.Blocks[b].Kind.IsMeta() {
			continue
		}
		var m Mention
		ok := false
		triggers := x.s.prepare(a, i, x.lx)
		heading := x.s.block == model.BlockHeading
		if triggers || heading {
			x.s.annotate()
		}
		if heading {
			x.heading = x.s.sectionDate(x)
		}
		if triggers {
			m, ok = x.sentence(&x.s)
			x.noteBackReference(&x.s)
			if ok && m.Kind == KindAnnouncement && len(out) > 0 && x.s.toldKnown() {
				m.tells(&out[len(out)-1])
			}
		}
		if ok {
			out = append(out, m)
		}
		x.remember(&x.s, m, ok)
	}
	x.dateFromFollowing(out)
	for i := range out {
		out[i].DateBasis = out[i].Dating.Basis()
	}
	// A headline such as "Nach „Stargate“-Ankündigung" names what the body's
	// "hatten das Joint Venture … angekündigt" is about.
	for i := range out {
		if h, ok := x.headline[out[i].Kind]; ok && out[i].objectRank < 2 {
			out[i].Object, out[i].ObjectPrep, out[i].objectRank = h.object, h.prep, 3
		}
	}
	x.out = out
	if len(out) == 0 {
		return nil
	}
	return slices.Clone(out)
}

// sentence applies the rules to one sentence: the best trigger that
// tells a happening with at least one actor makes the mention; failing
// that, a plan the sentence dates ("will am Mittwoch nach Paris reisen").
func (x *extractor) sentence(s *sent) (Mention, bool) {
	if len(s.toks) == 0 || s.question() {
		return Mention{}, false
	}
	x.chooseTriggers(s)
	plan := -1
	failed := -1 // the clause of a verb that named no actor
	for k, c := range x.cands {
		g := s.toks[c.tok].group
		if g == failed && !x.lx.triggers[c.trig].verb {
			continue // "sagte der Italiener in einem Interview": the noun is the verb's, not an event of its own
		}
		switch s.mood(g, x.speechSegment(s, c)) {
		case moodHappened:
			if t := &x.lx.triggers[c.trig]; t.kind == KindStatement && (reportNouns[t.noun] || t.infinitive == "berichten") {
				if m, ok := x.toldHappening(s, c); ok {
					return m, true
				}
			}
			if m, ok := x.mention(s, c, false); ok {
				return m, true
			}
			if x.lx.triggers[c.trig].verb && failed < 0 {
				failed = g
			}
		case moodPlanned:
			if plan < 0 {
				plan = k
			}
		}
	}
	if plan >= 0 {
		if m, ok := x.mention(s, x.cands[plan], true); ok {
			return m, true
		}
	}
	// A happening nobody is named for, told with its place: "Unterdessen
	// streikten am Dienstag die Beschäftigten der Stadtwerke in Köln", "Der
	// Ballon stieg … in Augsburg auf".
	for _, c := range x.cands {
		t := &x.lx.triggers[c.trig]
		g := s.toks[c.tok].group
		// A passive needs no one named either: "Ein Islamist ist auf dem
		// Flughafen von Beirut festgenommen worden".
		passive := t.verb && t.specificity > 0 && !speechKinds[t.kind] && s.passive(g, c) && s.passiveDone(g)
		if (impersonalKinds[t.kind] || passive) && s.isMain(g) && s.mood(g, -1) == moodHappened {
			x.impersonal, x.passiveSubject = true, ""
			if passive && (s.hasOwnTimex(g) || doneToKinds[t.kind]) {
				// "Das Netzwerk wurde Ende 2014 verkauft": dated, it
				// needs no place; its subject names it. What is done to
				// someone needs neither: "Ein Islamist ist festgenommen
				// worden" is news of the Islamist.
				x.passiveSubject = s.subjectNoun(g, c.tok)
			}
			m, ok := x.mention(s, c, false)
			x.impersonal, x.passiveSubject = false, ""
			if ok {
				return m, true
			}
		}
	}
	return Mention{}, false
}

// datedAttribute reports a participle before a noun whose phrase dates
// it: "in ihrem im Oktober 2014 erschienenen Buch", "die 1991 in sein
// Kabinett berufene Merkel". Such a phrase tells a happening with its
// date; without one ("die geplante Übernahme", "der verurteilte Mann") it
// only describes.
func (s *sent) datedAttribute(i int) bool {
	for j := i - 1; j >= 0 && j >= i-6; j-- {
		t := &s.toks[j]
		switch {
		case t.timex >= 0:
			return true
		case !t.word(), t.is(determiners): // the phrase starts here
			return false
		}
	}
	return false
}

// newHappening reports a noun that "bei" or "während" introduces with an
// indefinite article: "Bei einer Demonstration … trat Zeman auf" tells the
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
// mit", "Der Prozess werde am Donnerstag eröffnet, berichtete die
// Zeitung". Telling how a happening became known is evidence of that
// happening, not a statement of its own. What someone only says or
// writes happened ("Er habe mit ihm telefoniert, schrieb X") stays their
// statement; so do demands, wishes and opinions: the reported clause must
// tell a happening of another kind, dated in the past or to come.
func (x *extractor) toldHappening(s *sent, statement cand) (Mention, bool) {
	for _, o := range x.cands {
		t := &x.lx.triggers[o.trig]
		if t.kind == KindStatement || t.specificity == 0 || o.tok == statement.tok || !s.reported(o.tok) {
			continue
		}
		g := s.toks[o.tok].group
		if seg := s.toks[statement.tok].seg; seg != s.toks[o.tok].seg {
			x.reporterSeg = seg
		}
		var m Mention
		ok := false
		switch s.mood(g, -1) {
		case moodHappened:
			m, ok = x.mention(s, o, false)
			ok = ok && m.Dating != Undated
		case moodPlanned:
			m, ok = x.mention(s, o, true)
		}
		x.reporterSeg = -1
		if ok {
			return m, true
		}
	}
	return Mention{}, false
}

// doneToKinds are happenings whose passive tells them of whom they were
// done to, with no one else named: arrests, killings, verdicts.
var doneToKinds = map[Kind]bool{
	KindArrest: true, KindCrime: true, KindVerdict: true, KindDeportation: true, KindDismissal: true,
	KindSeizure: true, KindAttack: true,
}

// speechKinds are said or written, which a sentence tells with who said it.
var speechKinds = map[Kind]bool{KindStatement: true, KindPost: true, KindCriticism: true, KindAnnouncement: true}

// impersonalKinds are happenings a sentence may tell without naming who
// acts — strikes, protests, launches, crimes — which a timeline keeps by
// their place.
var impersonalKinds = map[Kind]bool{
	KindStrike: true, KindProtest: true, KindLaunch: true, KindCrime: true, KindAttack: true,
	KindClosure: true, KindOpening: true, KindCapture: true, KindSeizure: true, KindCollapse: true,
	KindAccident: true, KindDisaster: true,
}

// mention makes the mention of trigger c, or reports that c tells no
// event: no actor, a noun in a present-tense clause, or a plan without a
// date to come.
func (x *extractor) mention(s *sent, c cand, planned bool) (Mention, bool) {
	t := x.lx.triggers[c.trig]
	g := s.toks[c.tok].group
	kind, noun, spec := t.kind, t.noun, t.specificity
	// The most specific noun of the same kind in the sentence names it:
	// "trafen sich … zu einem Abendessen" is an "Abendessen".
	for _, o := range x.cands {
		if ot := x.lx.triggers[o.trig]; ot.kind == kind && ot.specificity > spec && !ot.conditional() {
			noun, spec = ot.noun, ot.specificity
		}
	}
	if kind == KindAnnouncement || kind == KindStatement && reportNouns[noun] {
		// "Wie VW mitteilte, sollen 35.000 Stellen abgebaut werden": an
		// announcement is named by what it announces.
		for _, o := range x.cands {
			ot := &x.lx.triggers[o.trig]
			if og := s.toks[o.tok].group; ot.kind != KindStatement && ot.kind != KindAnnouncement && o.tok != c.tok &&
				s.mood(og, -1) == moodPlanned {
				kind, noun, spec = KindAnnouncement, ot.noun, ot.specificity
				break
			}
		}
	}
	plat, platFirst, platLast := s.platform()
	if kind == KindStatement && (plat != "" || x.hasKind(KindPost)) {
		kind, noun, spec = KindPost, "Post", 2 // "schrieb … auf seiner Plattform", "bezeichnete … in einem Post"
	}

	m := Mention{Kind: kind, Noun: noun, Specificity: spec}
	m.Article = x.article
	m.block, m.head, m.trig = s.a.Sentences[s.index].Block, s.topBlock(), int32(c.trig)+1
	m.refersBack = !t.verb && !m.head && s.definiteNoun(c.tok)
	m.Sentence = s.index
	m.Start, m.End = s.start, s.end
	m.Trigger = s.toks[c.tok].text

	var obj, prep string
	var rank int
	if kind != KindStatement { // a statement's quotation is what was said, not a thing it is about
		obj, prep, rank = s.quotedObject(kind)
	}
	if (kind == KindPost || kind == KindBan) && plat != "" && rank == 0 {
		obj, prep, rank = plat, "auf", 2
	}
	if place, pprep := s.place(x, kind); place != "" && (rank == 0 || kind == KindMeeting || kind == KindVisit) {
		obj, prep, rank = place, pprep, 1
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
	m.Actors, m.Roles = x.participants(s, c, kind, platFirst, platLast)
	if len(m.Actors) == 0 {
		if a, ok := x.standIn(s, c.tok); ok {
			m.Actors = []int{a} // "Bereits im September hatte der Konzern … gekündigt"
			m.Roles = []model.Role{model.RoleAgent}
			if symmetricKinds[kind] {
				m.Roles[0] = model.RoleParticipant
			}
		}
	}
	if kind == KindDismissal && len(m.Actors) > 0 && x.onlyOrganisations(m.Actors) {
		// "die Entlassung von 500 Beschäftigten bei VW": no one dismissed
		// by name, a company's staff cut, the same happening as its
		// "Stellenabbau"
		m.Kind, m.Noun = KindJobcuts, "Stellenabbau"
	}
	if len(m.Actors) == 0 && (!speechKinds[kind] || kind == KindAnnouncement) && spec > 0 {
		// "Die Polizei nahm zwei Männer fest": an institution named by
		// its noun acted (institutions.go)
		m.institution, _ = s.institution(c.tok, !t.verb || s.passive(g, c))
	}
	if len(m.Actors) == 0 && x.impersonal && rank == 0 && x.passiveSubject != "" && m.institution == "" {
		obj, prep = x.passiveSubject, ""
	} else if len(m.Actors) == 0 && !(x.impersonal && rank == 1) && m.institution == "" {
		return Mention{}, false
	}
	if !t.verb && c.tok > 0 && s.toks[c.tok-1].is(quantifiers) {
		return Mention{}, false // "mehrere Kundgebungen": many happenings, a tally
	}
	tn := s.tenseOf(g, c)
	if !planned && !t.verb && !tn.past && !s.afterNach(c.tok) && !s.headlineBlock() && !s.hasOwnTimex(g) {
		return Mention{}, false // "Das Treffen erfolgt inmitten …": a noun in a present-tense clause is talk about an event, not its telling
	}
	m.Date, m.Timex, m.Dating = x.date(s, c, g, tn, planned)
	m.pluperfect = tn.pluperfect
	if art := s.a.Date.Interval; planned {
		// A plan is on the timeline only with the date it is for, and only
		// when that date has not passed as the article is written.
		if m.Dating != DatedOwn || art.Valid() && m.Date.End < art.Start {
			return Mention{}, false
		}
	} else if m.Dating == DatedOwn && !tn.past && art.Valid() && m.Date.Start > art.End {
		planned = true // told in the present, dated after the article: "beginnt am Freitag"
	}
	if planned {
		m.Kind = KindPlan
	}
	m.Object, m.ObjectPrep, m.objectRank = obj, prep, int8(rank)
	m.words = s.words(x)
	if kind == KindStatement && spec > 0 {
		// A specific statement ("Bestätigung", "Dementi") is told again
		// with the same verb: "Meta bestätigte Gerüchte" … "Meta bestätigte also, …".
		m.words = append(m.words, stemHash("#"+noun))
	}
	if planned || spec >= 3 {
		// Plans of one kind of thing, and a specific noun the sentence
		// may not spell out ("aufgerufen" … "Streikaufruf").
		m.words = append(m.words, stemHash("#"+noun))
	}
	return m, true
}

// onlyOrganisations reports whether every actor is an organisation.
func (x *extractor) onlyOrganisations(actors []int) bool {
	for _, a := range actors {
		if a < 0 || a >= len(x.actors) || x.actors[a].Kind != model.Organization {
			return false
		}
	}
	return true
}

// reportNouns name statements that report news, which may be announcements.
var reportNouns = map[string]bool{"Mitteilung": true, "Bestätigung": true}

// remember keeps what the next sentence may carry over: the date of this
// sentence's event when its own expression gave it and it is precise to a
// month at most (a year is more often background for one sentence than
// the date of a story), and the actors it names.
func (x *extractor) remember(s *sent, m Mention, ok bool) {
	x.prev = context{sentence: s.index, block: s.a.Sentences[s.index].Block, actors: x.prev.actors[:0]}
	if ok && m.Dating == DatedOwn && m.Date.Days() <= maxCarriedDays {
		x.prev.date, x.prev.pluperfect = m.Date, m.pluperfect
	}
	for _, r := range s.actors {
		if !r.quoted {
			x.prev.actors = append(x.prev.actors, r.Actor)
		}
	}
}

func (x *extractor) hasKind(kind Kind) bool {
	for _, c := range x.cands {
		if x.lx.triggers[c.trig].kind == kind {
			return true
		}
	}
	return false
}

// chooseTriggers finds the trigger words of s and ranks them by how well
// each tells the sentence's happening: one in a main clause before one in
// a subordinate clause, a verb before a noun (a noun is often what a verb
// reports on: "bestätigte das Treffen"), any kind before a mere statement,
// a reading whose context words stand in the clause before a plain one,
// and a mere change of place ("reiste nach Warschau, wo er Tusk traf")
// after everything else. x.cands holds them, best first.
func (x *extractor) chooseTriggers(s *sent) {
	x.cands = x.cands[:0]
	for i := range s.toks {
		t := &s.toks[i]
		if !t.word() || t.quoted || t.timex >= 0 || s.insideActor(i) {
			continue
		}
		if t.noun > 0 {
			if id := int(t.noun) - 1; !s.nameBefore(i) && !s.placeName(i) {
				if prep := s.governedBy(i); !concessive.has(prep) {
					x.addCand(s, i, id, tenseNone)
					switch {
					case s.newHappening(i, prep):
						x.cands[len(x.cands)-1].score += 10 // what the sentence tells, as a verb would
					case anchoring.has(prep):
						x.cands[len(x.cands)-1].score -= 20 // "Einen Tag nach seiner Wahl ist Merz … aufgebrochen"
					}
				}
				continue
			}
		}
		forms := t.forms
		if len(forms) == 0 || t.attrib && !s.datedAttribute(i) {
			continue
		}
		if s.adjectival(i) || s.attributeAfterPreposition(i) {
			continue // "eine nicht näher bezeichnete Spannung", "in einigen Ländern"
		}
		// A reading whose separable particle stands in the clause beats
		// one without it: "schloss … aus" is ausschließen, not schließen.
		particled := false
		for _, f := range forms {
			particled = particled || f.particle != "" && s.hasParticle(i, f.particle)
		}
		aux := s.hasAux(t.group)
		for _, f := range forms {
			if f.particle != "" && !s.hasParticle(i, f.particle) || particled && f.particle == "" {
				continue
			}
			if f.tense == tensePresent && aux && hasReading(forms, f.trigger, tenseParticiple) {
				continue // "hatte … Anleihen verkauft": the participle, not "verkauft" of the present
			}
			if !s.fits(i, &x.lx.triggers[f.trigger]) {
				continue
			}
			x.addCand(s, i, f.trigger, f.tense)
		}
	}
	slices.SortStableFunc(x.cands, func(p, q cand) int { return cmp.Compare(q.score, p.score) })
}

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
	case t.specificity == 0 && t.kind != KindStatement:
		score = 50 // travelling: what one travels to is the news
	case t.kind != KindStatement:
		score++
	}
	if t.conditional() {
		score += 5
	}
	if t.kind != KindStatement && s.reported(i) {
		score -= 150 // what someone said happened ranks below the saying
	}
	x.cands = append(x.cands, cand{tok: i, trig: id, tense: tn, score: score})
}

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
// in the Konjunktiv I ("Er habe mit ihm telefoniert, schrieb Macron").
func (s *sent) reported(i int) bool {
	seg := s.toks[i].seg
	for j := seg; j < len(s.toks) && s.toks[j].seg == seg; j++ {
		if s.toks[j].is(konjunktivI) && !s.toks[j].quoted {
			return true
		}
	}
	return false
}

// hasAux reports an auxiliary in clause g ("hat", "hatte", "wurde", "wird").
func (s *sent) hasAux(g int) bool {
	for i := range s.toks {
		if t := &s.toks[i]; t.group == g && !t.quoted && t.is(pastAux|perfectAux|futureAux) {
			return true
		}
	}
	return false
}

func hasReading(forms []verbForm, trigger int, tn tense) bool {
	for _, f := range forms {
		if f.trigger == trigger && f.tense == tn {
			return true
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
	need := 0
	for j := range s.toks {
		w := &s.toks[j]
		if j == i || !w.word() || s.scopeOf(j, g) < 0 {
			continue
		}
		if w.cls != 0 && !t.wantsGrammar {
			continue // a cue names a thing, not an article or a preposition
		}
		if slices.Contains(t.forbid, w.lower) {
			return false
		}
		if slices.Contains(t.require, w.lower) {
			need++
		}
		if !cue {
			for _, c := range t.cues {
				if cueMatches(w.lower, c) {
					cue = true
					break
				}
			}
		}
	}
	return cue && need >= len(t.require)
}

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
	return p.word() && p.upper && p.actor < 0 && i-1 != firstWord(s.toks, 0, len(s.toks)) && !p.is(determiners)
}

// hasParticle reports whether the separable particle of the verb at i
// stands in the same clause: after it ("kündigte … an") or right before
// it ("bekannt gegeben").
func (s *sent) hasParticle(i int, particle string) bool {
	g := s.toks[i].group
	if w := lastWord(s.toks, 0, i); w >= 0 && s.toks[w].lower == particle {
		return true
	}
	for j := i + 1; j < len(s.toks); j++ {
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
	if conditionals.has(s.opener[g]) || s.expected(g) || s.alleged(g) || s.habitual(g) {
		return moodNone
	}
	var soll, perfect, future, participle, intended, pastAuxSeen bool
	last := -1
	for i := range s.toks {
		t := &s.toks[i]
		if t.group != g || !t.word() || t.quoted || seg >= 0 && t.seg != seg {
			continue
		}
		last = i
		switch {
		case t.is(hypothetical), t.is(negations):
			return moodNone
		case t.is(intention), t.is(planWords):
			intended = true
		case t.is(reportative):
			soll = true
		case t.is(perfectInf):
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
		if l := s.toks[last].lower; !s.toks[last].upper && strings.HasSuffix(l, "n") && !futureAux.has(l) {
			return moodPlanned // "wird … bekannt geben"
		}
	}
	if intended {
		return moodPlanned
	}
	return moodHappened
}

// alleged reports a clause in the subjunctive of reported speech in a
// sentence that alleges it: "X behauptet, ihm seien 500.000
// Euro angeboten worden", "Er wirft ihr vor, sie habe gelogen".
func (s *sent) alleged(g int) bool {
	subjunctive, claim := false, false
	for i := range s.toks {
		t := &s.toks[i]
		if !t.word() || t.quoted {
			continue
		}
		subjunctive = subjunctive || t.group == g && t.is(konjunktivI)
		claim = claim || t.is(claims)
	}
	return subjunctive && claim
}

// habitual reports a clause that tells a repeated, unbounded activity:
// "jährlich", "regelmäßig", "über Jahre hinweg".
func (s *sent) habitual(g int) bool {
	span, hinweg := false, false
	for i := range s.toks {
		t := &s.toks[i]
		if t.group != g || !t.word() || t.quoted {
			continue
		}
		if t.is(habitual) {
			return true
		}
		span = span || t.is(spanNouns)
		hinweg = hinweg || t.lower == "hinweg"
	}
	return span && hinweg
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

// tenseInfo is what the verbs of a clause say about when.
type tenseInfo struct {
	past       bool // simple past, perfect, pluperfect or reported past
	pluperfect bool // "hatte … angekündigt": before the story's own past
	background bool // "einst", "damals", "wiederholt": remote or habitual
}

func (s *sent) tenseOf(g int, c cand) tenseInfo {
	var ti tenseInfo
	// Remote cues anywhere the trigger's clause reaches.
	for i := range s.toks {
		t := &s.toks[i]
		if !t.word() || t.quoted || s.scopeOf(i, g) < 0 {
			continue
		}
		if t.is(background) || s.backgroundPhrase(i) {
			ti.background = true
		}
	}
	// The verbs of the trigger's own clause; an infinitive clause has none
	// of its own and takes the tense of the clause it hangs on.
	for hops := 0; hops < 4; hops++ {
		var pastAuxSeen, pluAux, perfAux, participle, preterite, evidence bool
		for i := range s.toks {
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
			if s.participleAt(i) {
				participle = true
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
	return ti
}

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
		return false
	}
	return true
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

// placeName reports a noun right after "in" or "aus" without an article:
// a town named like a noun ("in Essen"), not the thing.
func (s *sent) placeName(i int) bool {
	p := i - 1
	return p >= 0 && s.toks[p].word() && (s.toks[p].lower == "in" || s.toks[p].lower == "aus")
}

// disputeNouns end nouns of a dispute, whose "mit" names the other party.
var disputeNouns = []string{"streit", "konflikt", "auseinandersetzung", "fehde", "zwist"}

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
		case t.lower == "den" || t.lower == "einen" || t.lower == "das" || t.lower == "die" || t.lower == "gegen":
			return true
		case !hasDeclension(t.lower):
			return false
		}
	}
	return false
}

// parenthesised reports an actor mention at token i that stands in
// parentheses right after another actor: "Helmut Kohl (CDU)".
func (s *sent) parenthesised(i int) bool {
	return i >= 2 && s.toks[i-1].punct == '(' && s.toks[i-2].actor >= 0
}

// subjectNoun returns the noun of the subject of a passive clause g
// before its participle at token end: the first capitalised word after an
// article that names no actor, no date and no happening ("Das Netzwerk
// wurde … verkauft"), or "".
func (s *sent) subjectNoun(g, end int) string {
	for i := 1; i < end; i++ {
		t := &s.toks[i]
		if !(t.group == g && t.word() && t.upper && !t.quoted && t.actor < 0 && t.timex < 0 && t.noun == 0) || t.is(determiners|prepositions) {
			continue
		}
		// over adjectives: "Ein bekannter untergetauchter Islamist"
		j := i - 1
		for j > 0 && j >= i-3 && s.toks[j].word() && !s.toks[j].upper && hasDeclension(s.toks[j].lower) && !s.toks[j].is(nominativeArticles) {
			j--
		}
		if s.toks[j].is(nominativeArticles) {
			return t.text
		}
	}
	return ""
}

// definiteNoun reports a noun at token i with a definite article before
// it (over adjectives): "die geplante Übernahme", "des Essens".
func (s *sent) definiteNoun(i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		t := &s.toks[j]
		switch {
		case !t.word():
			return false
		case t.is(definiteArticles):
			return true
		case t.upper || !hasDeclension(t.lower):
			return false
		}
	}
	return false
}

// afterNach reports a nominal trigger right after "nach": "Nach dem
// Abendessen …" tells of a dinner that is over.
func (s *sent) afterNach(i int) bool { return s.governedBy(i) == "nach" }

// governedBy returns the preposition right before the noun phrase of the
// noun at token i (over its articles and adjectives), or "".
func (s *sent) governedBy(i int) string {
	for j, n := i-1, 0; j >= 0 && n < 3; j-- {
		t := &s.toks[j]
		if !t.word() {
			return ""
		}
		if t.is(prepositions) {
			return t.lower
		}
		if !t.is(determiners) && !hasDeclension(t.lower) {
			return ""
		}
		n++
	}
	return ""
}

// headlineBlock reports a sentence of the title, kicker, teaser or a
// subheading: written in the headline present.
func (s *sent) headlineBlock() bool {
	return s.topBlock() || s.block == model.BlockHeading
}

// topBlock reports a sentence of the article's head (title, kicker,
// teaser), which names what the whole article is about.
func (s *sent) topBlock() bool {
	switch s.block {
	case model.BlockTitle, model.BlockKicker, model.BlockTeaser:
		return true
	}
	return false
}

// participants returns the actors of the trigger's clause g, most central
// first. A subordinate clause also takes the actors of the clauses it hangs
// on ("…, da Trump 2021 … gesperrt wurde"). Left out: quoted speech,
// compound modifiers ("Trump-Sprecherin"), appositions (", Berater des
// Weißen Hauses in Trumps erster Amtszeit,"), who reports rather than acts
// ("laut X", "gegenüber X", "X zufolge"), attributes of a noun ("die
// Anwesenheit von Musk", "Gründer von Amazon", "Berichten der New York
// Times", "Trumps Stabschef") and the platform a post was made on. A
// statement keeps only its speakers when it names them.
func (x *extractor) participants(s *sent, c cand, kind Kind, platFirst, platLast int) ([]int, []model.Role) {
	tok := c.tok
	rs := x.ranked[:0]
	defer func() { x.ranked = rs[:0] }()
	g := s.toks[tok].group
	seg := x.speechSegment(s, c)
	antecedent := s.antecedent(g)
	subjects := false
	for k := range s.actors {
		r := &s.actors[k]
		if r.first < 0 || r.quoted || r.modifier || r.Actor < 0 || r.Actor >= len(x.actors) || s.toks[r.first].appos {
			continue
		}
		if seg >= 0 && s.toks[r.first].seg != seg || x.reporterSeg >= 0 && s.toks[r.first].seg == x.reporterSeg {
			continue // who reports a happening takes no part in it
		}
		if s.parenthesised(r.first) {
			continue // "Helmut Kohl (CDU)": the party of the name before
		}
		if r.first >= platFirst && r.last <= platLast {
			continue
		}
		order := s.scopeOf(r.first, g)
		if order < 0 {
			continue
		}
		prep, prepAt, det, detAt := s.npContext(r.first)
		if detAt > 0 && s.toks[detAt-1].punct == ',' && s.toks[detAt].is(relatives) && s.toks[detAt].group == g {
			det = "" // "Zuckerberg, dem Trump … gedroht hatte": the relative pronoun, not Trump's article
		}
		if sourcePrepositions.has(prep) || s.wordAfter(r.last) == "zufolge" {
			continue
		}
		if prep == "über" && kind == KindStatement {
			continue // what one speaks about: "spricht über Zuckerberg"
		}
		// An attribute of another noun than the trigger is no participant;
		// of the trigger it is one ("Warnstreik der Gewerkschaft Verdi",
		// "das Treffen mit Trump"), and of a noun for those who act for
		// it too ("Die Fraktionen von Union und SPD", "ein Sprecher des
		// Konzerns").
		if (prep == "von" || prep == "vom") && s.upperBefore(prepAt) && prepAt-1 != tok && !s.representative(prepAt-1) {
			if (againstKinds[kind] || patientKinds[kind]) && s.objectOwner(prepAt, tok) {
				// "verbot das Heft von Young Enterprises": whose thing
				// the act is done to undergoes it
				rs = append(rs, ranked{actor: r.Actor, order: order, rank: 1, pos: r.first, last: r.last, prep: "", det: "den"})
			}
			continue // "die Anwesenheit von Musk", "Zuckerberg von Meta"
		}
		if prep == "mit" && s.upperBefore(prepAt) && s.toks[prepAt-1].actor < 0 && prepAt-1 != tok {
			if againstKinds[kind] && hasAnySuffix(s.toks[prepAt-1].lower, disputeNouns) {
				// "im Rechtsstreit mit X … geklagt": the other party
				rs = append(rs, ranked{actor: r.Actor, order: order, rank: 1, pos: r.first, last: r.last, det: "den"})
			}
			continue // "in einem Interview mit Bloomberg", not "Musk mit Trump"
		}
		if (det == "der" || det == "des") && s.upperBefore(detAt) && detAt-1 != tok && !s.representative(detAt-1) {
			if (againstKinds[kind] || patientKinds[kind]) && s.objectOwner(detAt, tok) {
				// "klagte gegen die Werbung der Bank": whose thing the act
				// is aimed at undergoes it
				rs = append(rs, ranked{actor: r.Actor, order: order, rank: 1, pos: r.first, last: r.last, det: "den"})
			}
			continue // a genitive attribute: "Berichten der New York Times"
		}
		possessor := s.possessor(r)
		if possessor && s.ownsRole(r.last) {
			continue // "Trumps stellvertretender Stabschef Stephen Miller"
		}
		rank := 0
		switch text := s.a.Text[r.Start:r.End]; {
		case prep != "", possessor:
			rank = 2
		case objectDeterminers.has(det), strings.EqualFold(text, "ihn"), strings.EqualFold(text, "ihm"), strings.EqualFold(text, "ihnen"):
			rank = 1
		}
		if order == 1 && r.last == antecedent {
			order, rank = 0, 0 // "Softbank, die ihre Beteiligung … aufstockt": the relative pronoun's actor
		}
		if order == 1 && rank == 0 && s.infinitive[g] {
			order = -1 // "Musk reiste nach Florida, um Trump zu treffen": Musk meets
		}
		subjects = subjects || rank == 0
		rs = append(rs, ranked{actor: r.Actor, order: order, rank: rank, pos: r.first, last: r.last, prep: prep, det: det})
	}
	s.assignRoles(rs, kind, s.passive(g, c))
	slices.SortStableFunc(rs, func(p, q ranked) int {
		if c := cmp.Compare(p.order, q.order); c != 0 {
			return c
		}
		if c := cmp.Compare(roleOrder(p.role), roleOrder(q.role)); c != 0 {
			return c
		}
		if c := cmp.Compare(p.rank, q.rank); c != 0 {
			return c
		}
		return cmp.Compare(p.pos, q.pos)
	})
	out := make([]int, 0, len(rs))
	roles := make([]model.Role, 0, len(rs))
	for _, r := range rs {
		if kind == KindStatement && subjects && r.rank != 0 {
			continue // "Leavitt sagte dem Sender Fox News, angesprochen auf Musks Kommentare, …"
		}
		if !slices.Contains(out, r.actor) {
			out = append(out, r.actor)
			roles = append(roles, r.role)
		}
	}
	return out, roles
}

// antecedent returns the last token of the name a relative clause g
// opened by a subject pronoun ("der", "die", "das", "welche") refers to:
// the word before its comma, when that is an actor; else -1. The
// pronoun's actor is the subject of the clause.
func (s *sent) antecedent(g int) int {
	if s.isMain(g) || !subjectRelatives.has(s.opener[g]) {
		return -1
	}
	for i := range s.toks {
		if s.toks[i].group == g {
			if i >= 2 && s.toks[i].punct == ',' {
				i++ // the comma that opens the clause belongs to it
			}
			if i >= 2 && s.toks[i-1].punct == ',' && s.toks[i-2].actor >= 0 {
				return i - 2
			}
			// "die Bewegung Tamarod (Rebellion), die …": over a
			// parenthesis after the name
			if i >= 2 && s.toks[i-1].punct == ',' && s.toks[i-2].punct == ')' {
				for j := i - 3; j >= 1 && j >= i-8; j-- {
					if s.toks[j].punct == '(' {
						if s.toks[j-1].actor >= 0 {
							return j - 1
						}
						break
					}
				}
			}
			return -1
		}
	}
	return -1
}

// representative reports a noun for people who act for an organisation
// ("Fraktionen", "Sprecher", "Vertreter"): its attribute is who acts.
// A name before it is no such noun ("Zuckerberg von Meta").
func (s *sent) representative(i int) bool {
	t := &s.toks[i]
	return t.actor < 0 && (t.is(representatives) || hasRoleSuffix(t.lower))
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
// preposition that governs it, where that is, and the nearest article.
func (s *sent) npContext(i int) (prep string, at int, det string, detAt int) {
	g := s.toks[i].group
	detAt = -1
	for j, n := i-1, 0; j >= 0 && n < 8; j, n = j-1, n+1 {
		t := &s.toks[j]
		if t.group != g {
			break
		}
		switch {
		case !t.word():
			if t.punct == '"' {
				continue
			}
			return "", -1, det, detAt
		case t.actor >= 0:
		case t.is(determiners):
			if det == "" {
				det, detAt = t.lower, j
			}
		case t.is(prepositions):
			return t.lower, j, det, detAt
		case t.is(conjunctions), t.upper:
		case hasDeclension(t.lower) && !t.is(perfectAux) && !t.is(pastAux) && !t.is(strongPreterites) && !t.is(futureAux):
			// an adjective: "dem designierten US-Präsidenten"
		default:
			return "", -1, det, detAt
		}
	}
	return "", -1, det, detAt
}

func (s *sent) wordAfter(i int) string {
	if w := firstWord(s.toks, i+1, len(s.toks)); w == i+1 {
		return s.toks[w].lower
	}
	return ""
}

// words returns the sentence's distinctive content words: capitalised
// words that are not actors, dates, articles or news boilerplate, reduced
// to a rough stem and hashed.
func (s *sent) words(x *extractor) []uint64 {
	var out []uint64
	first := firstWord(s.toks, 0, len(s.toks))
	for i := range s.toks {
		t := &s.toks[i]
		if !t.word() || !t.upper || t.actor >= 0 || t.timex >= 0 || (i == first && !t.quoted) || t.is(determiners) || t.is(genericNouns) {
			continue
		}
		if id, isNoun := x.lx.nouns[t.lower]; isNoun && !t.quoted {
			// A trigger noun says what kind of event, not which one; but a
			// specific one ("Abendessen") still helps tell events apart.
			if x.lx.triggers[id].specificity < 3 {
				continue
			}
		}
		h := stemHash(t.lower)
		if !slices.Contains(out, h) {
			out = append(out, h)
		}
		if len(out) == 16 {
			break
		}
	}
	return out
}

// stemHash strips the commonest inflection endings so that "Abendessens"
// and "Abendessen", "Plattformen" and "Plattform" meet, and hashes the rest.
func stemHash(lower string) uint64 {
	for _, suf := range []string{"en", "es", "n", "s", "e"} {
		if len(lower) > len(suf)+3 && strings.HasSuffix(lower, suf) && !strings.HasSuffix(lower, "ss") {
			lower = lower[:len(lower)-len(suf)]
			break
		}
	}
	// FNV-1a, inline: hash/fnv would allocate per word.
	h := uint64(14695981039346656037)
	for i := 0; i < len(lower); i++ {
		h ^= uint64(lower[i])
		h *= 1099511628211
	}
	return h
}
