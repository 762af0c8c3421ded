// Package events finds the sentences of an article that tell that
// something happened, and merges the mentions of one real event across
// articles into a model.Event.
//
// Extraction works on an article whose Sentences, Timexes and Actors are
// filled (actor indices global, as actors.Resolve leaves them; implicit
// mentions — pronouns, roles, stand-ins such as "der Konzern" or "das
// Kabinett", which the actor stage resolves — count as actors).
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
// subject, and so is a happening its noun names with an article and its
// clause dates ("Am 3. Mai beginnt die Abstimmung"). A report of a
// dated happening ("Die Messe werde am Freitag eröffnet, berichtete das
// Blatt") is a mention of that happening; a sentence that names the
// happening before it with a definite article and only adds its date ("Die
// Entscheidung fiel am Freitag") is another mention of it.
//
// Not happenings either: what a noun of criticism that a colon ends
// introduces ("Scharfe Kritik am Montag: …", the statement), and what a
// clause says is going on now ("berät derzeit"). A statement made at a
// press conference is a statement, not a "Pressekonferenz" row.
//
// Two happenings in a sentence. Besides its main happening, a sentence
// tells a second one in a participle before a noun with a date of its own
// ("die 2003 vom Rat in den Vorstand berufene Managerin": the appointment, its
// actors those of the attribute), in a subordinate clause whose verb has
// a date of its own, or in a verb of another family its clause joins by
// "und" ("klagte gegen den Verlag und erzielte einen Vergleich"). What is done
// "während" or "bei" a happening the article told before is a step of it,
// a mention of that happening.
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
// subheading; for an article dated to a day or a week, those days or the
// day before; for an article dated to a month, a past-tense happening the
// month before. Background with no date anywhere (the pluperfect,
// "einst", "damals", a happening a clause only judges: "sei richtig
// gewesen") is before the article's date (its last possible day), an open
// interval, not its day. Each mention says how it was dated (Dating.Basis).
//
// Roles (roles.go), reactions (reactions.go: statements and threats),
// attacks (attacks.go: an author's posts on the subject of his criticism
// are its mentions, a post answering him its reaction), titles (title.go)
// and salience (salience.go) are filled when mentions merge (merge.go).
package events

import (
	"cmp"
	"slices"
	"strings"
	"sync"

	"chronik/corpus/text"
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

	// preps: parallel to Actors (or shorter), the preposition the
	// sentence names each with ("bei Siemens"), "" for none
	preps []string

	objectRank int8     // how much Object says: quoted name 3, platform 2, place 1
	pluperfect bool     // told in the pluperfect: the story's back story
	block      int      // the article block of its sentence
	head       bool     // told in the article's title, kicker or teaser
	trig       int32    // 1 + the lexicon trigger that told it, for a title's verb; 0 for none
	refersBack bool     // its trigger is a noun with a definite article: "die Übernahme", "des Essens"
	thing      string   // the noun of the verb's accusative object when it is no actor ("Demonstration"), or ""
	words      []uint64 // distinctive content words (hashed stems), for merging
	// institution: the noun of the institution that acted when the
	// sentence names no actor ("die Polizei"); Merge makes it an actor
	institution string
	// sufferer: the noun of whom an unnamed happening was done to or
	// befell when the sentence names no actor ("ein Muslim", "die
	// Schmuggler"); Merge makes it an actor, its patient
	sufferer string
	// agentInstitution: the institution a passive or noun trigger names
	// with "von" or "durch" as who acted, when the clause names others
	// ("der Sturz Mursis durch das Militär"); Merge adds it to the event
	agentInstitution string
	// actsAsObject: Object is the unnamed subject of an active verb ("Der
	// Verein hat den Betrieb eingestellt"), not what a passive was done to
	actsAsObject bool
	// owns: pairs of actors the sentence ties as owner and organisation
	// ("Bergers Verlag Tagblatt"), which Merge takes as one side
	owns [][2]int
	// attack: 1 + the index of the criticism this post is part of (see
	// linkAttacks), set by Merge; 0 for none
	attack int32
	// about: for a statement, the kind of happening a noun of its
	// sentence names ("erfreut über die Ankündigung"), which it likely
	// comments on; "" for none
	about Kind
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
	// preciseArticle: an article dated to this many days or fewer (a
	// day, or the week its text allows: "am Dienstag", "Stunden zuvor")
	// is news of its days, and what it tells without a date of its own
	// happened then or the day before (presentWindow) — the statements,
	// reactions and decisions a report of the day is made of. An article
	// dated only to a month gives its undated past the month before
	// (pastWindow).
	preciseArticle = 7
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
	doc := text.ForArticle(a)
	defer doc.Release()
	return ExtractFrom(article, a, doc, actors)
}

// ExtractFrom is Extract on the article's text layer (text.ForArticle of
// a), for a caller that has it already.
func ExtractFrom(article int, a *model.Article, doc *text.Doc, actors []model.Actor) []Mention {
	// The extractor's buffers (tokens, clauses, candidates) serve one
	// sentence after another; pooled, they serve article after article.
	x := extractors.Get().(*extractor)
	defer x.release()
	x.lx, x.actors, x.article, x.a, x.reporterSeg = loadLexicon(), actors, article, a, -1
	x.s.names, x.s.doc = actors, doc
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
	x.actors, x.a, x.s.a, x.s.names, x.s.doc = nil, nil, nil, nil, nil
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
	// dated: … or, impersonal, when its clause has a date of its own
	dated bool
	// reporterSeg: the segment of the report whose happening a mention
	// tells ("…, berichtete die Zeitung"), whose actors are not the
	// happening's; -1 for none
	reporterSeg int
	// passiveSubject: the noun a dated passive is told of, which then
	// stands for its place ("Das Netzwerk wurde … verkauft")
	passiveSubject string
	passivePrep    string // "gegen" when passiveSubject is whom it is aimed at ("Gegen X wurde ermittelt")
	// told: the kinds (families) of the mentions the article told so
	// far, for the steps of a happening (stepOf)
	told []Kind
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
	x.told = x.told[:0]
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
			if ok && len(out) > 0 && m.namesBack(&out[len(out)-1]) {
				// "Das Gericht hatte den Mann verurteilt. Die Entscheidung
				// fiel am Freitag.": the same happening, with its date
				m.tells(&out[len(out)-1])
			}
		}
		if ok {
			x.mainAttribute(&x.s, &m)
			out = append(out, m)
			if k := family(m.Kind); !slices.Contains(x.told, k) {
				x.told = append(x.told, k)
			}
			if extra, ok := x.attributeEvent(&x.s, m); ok {
				out = append(out, extra)
			} else if extra, ok := x.clauseEvent(&x.s, m); ok {
				out = append(out, extra)
			} else if extra, ok := x.coordinatedEvent(&x.s, m); ok {
				out = append(out, extra)
			}
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
	failed := -1   // the clause of a verb that named no actor
	deferred := -1 // a speech tag's statement, tried after what it tells
	tail := s.speechTail()
	for k, c := range x.cands {
		g := s.toks[c.tok].group
		if g == failed && !x.lx.triggers[c.trig].verb {
			continue // "sagte der Italiener in einem Interview": the noun is the verb's, not an event of its own
		}
		if speechKinds[x.lx.triggers[c.trig].kind] && s.opener[g] == "wie" && s.toks[firstWord(s.toks, 0, len(s.toks))].group == g {
			// "Wie die Agentur meldete, soll …": the source of what the
			// sentence goes on to tell (at the end, "…, wie ein Sprecher
			// erklärte" is a statement that may be a reaction)
			continue
		}
		if tail >= 0 && c.tok >= tail && speechTagKinds[x.lx.triggers[c.trig].kind] && failed >= 0 && deferred < 0 {
			// "Gegen X wurde ein Verfahren eingeleitet, berichtete Y":
			// what Y tells may be a happening nobody is named for
			deferred = k
			continue
		}
		switch s.mood(g, x.speechSegment(s, c)) {
		case moodHappened:
			if x.lx.triggers[c.trig].kind == KindStatement {
				if m, ok := x.statement(s, c); ok {
					return m, true
				}
			} else if m, ok := x.mention(s, c, false); ok {
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
		// A passive needs no one named either: "Ein Schmuggler ist am
		// Flughafen von Beirut festgenommen worden".
		passive := t.verb && t.specificity > 0 && !speechKinds[t.kind] && s.passive(g, c) && s.passiveDone(g)
		// A happening the sentence names by its noun and dates needs no
		// one named either: "Am 3. Mai beginnt die Abstimmung", "Die
		// Wahl soll im Mai stattfinden". (A verb's subject is who
		// acts: unnamed, the sentence is not about a happening we know.)
		dated := !t.verb && t.specificity > 0 && !speechKinds[t.kind] && s.isMain(g) && s.hasTimeAnchor(g) && s.namesOne(c.tok)
		if !(impersonalKinds[t.kind] || passive || dated) || !s.isMain(g) {
			continue
		}
		if mood := s.mood(g, -1); mood == moodHappened || dated && mood == moodPlanned {
			x.impersonal, x.passiveSubject, x.passivePrep, x.dated = true, "", "", dated
			if passive && (s.hasTimeAnchor(g) || doneToKinds[t.kind]) {
				// "Die Brauerei wurde Anfang 2019 verkauft": dated, it
				// needs no place; its subject names it. What is done to
				// someone needs neither: "Ein Schmuggler ist festgenommen
				// worden" is news of the smuggler.
				x.passiveSubject, x.passivePrep = s.subjectNoun(g, c.tok, x.decidedOn(t.kind))
			} else if !passive && t.verb && impersonalKinds[t.kind] && s.hasTimeAnchor(g) {
				// "Eine Radfahrerin ist am Freitag … verunglückt": a dated
				// accident, strike or crime told of someone unnamed is
				// news of that someone
				x.passiveSubject, x.passivePrep = s.subjectNoun(g, c.tok, x.decidedOn(t.kind))
			}
			m, ok := x.mention(s, c, mood == moodPlanned)
			x.impersonal, x.passiveSubject, x.passivePrep, x.dated = false, "", "", false
			if ok {
				return m, true
			}
		}
	}
	if deferred >= 0 {
		if c := x.cands[deferred]; s.mood(s.toks[c.tok].group, x.speechSegment(s, c)) == moodHappened {
			return x.statement(s, c)
		}
	}
	return Mention{}, false
}

// statement returns the mention of a statement trigger: the happening a
// report tells as fact (toldHappening), else the statement itself.
func (x *extractor) statement(s *sent, c cand) (Mention, bool) {
	if t := &x.lx.triggers[c.trig]; reportNouns[t.noun] || t.infinitive == "berichten" {
		if m, ok := x.toldHappening(s, c); ok {
			return m, true
		}
	}
	return x.mention(s, c, false)
}

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

// attributeEvent returns the second happening of a sentence that tells
// one in a dated participle before a noun, besides its main one: "Er
// lobte die 2003 in den Vorstand berufene Managerin" tells the
// appointment of 2003 as well as the praise. The attribute's own date
// tells it apart from the main happening.
func (x *extractor) attributeEvent(s *sent, main Mention) (Mention, bool) {
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
func (x *extractor) clauseEvent(s *sent, main Mention) (Mention, bool) {
	for _, c := range x.cands {
		t := &x.lx.triggers[c.trig]
		g := s.toks[c.tok].group
		if !t.verb || s.isMain(g) || s.toks[c.tok].text == main.Trigger || t.kind == main.Kind || speechKinds[t.kind] ||
			t.specificity == 0 || !s.hasOwnTimex(g) || s.mood(g, -1) != moodHappened {
			continue
		}
		x.impersonal = impersonalKinds[t.kind] || t.verb && s.passive(g, c) && s.passiveDone(g)
		m, ok := x.mention(s, c, false)
		x.impersonal = false
		if ok && m.Dating == DatedOwn && m.Timex != main.Timex {
			return m, true
		}
	}
	return Mention{}, false
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
	for _, r := range s.actors {
		if r.first < 0 || r.quoted || r.Actor < 0 || r.Actor >= len(x.actors) || slices.Contains(actors, r.Actor) {
			continue
		}
		switch prep, _, _, _ := s.npContext(r.first); {
		case r.last < c.tok && r.first >= c.tok-8 && (prep == "von" || prep == "durch"):
			actors, roles = append(actors, r.Actor), append(roles, model.RoleAgent)
		case r.first > c.tok && r.first <= c.tok+4:
			actors, roles = append(actors, r.Actor), append(roles, model.RolePatient)
		}
	}
	if len(actors) == 0 {
		return false
	}
	tx := s.timex[j].Timex
	m.Date, m.Timex, m.Dating = tx.Interval, tx.Value, DatedOwn
	m.Actors, m.Roles, m.preps = actors, roles, nil
	return true
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
// mit", "Die Messe werde am Freitag eröffnet, berichtete das
// Blatt". Telling how a happening became known is evidence of that
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
	KindSeizure: true, KindAttack: true, KindInvestigation: true,
}

// decidedOn returns, for a happening of kind k told in the passive, what
// reports a noun trigger that may be its subject: one of another kind,
// when k is a decision or cancellation made about a happening ("Die
// Ausgangssperre wurde aufgehoben", "Die Wahl wurde verschoben"); not the
// noun a light verb tells k by ("Ermittlungen wurden eingeleitet").
func (x *extractor) decidedOn(k Kind) func(t *token) bool {
	return func(t *token) bool {
		return (k == KindDecision || k == KindCancellation) && x.lx.triggers[t.noun-1].kind != k
	}
}

// befalls are the kinds whose unnamed subject is a person or people it
// befell: arrests, verdicts, deaths. Not so accidents, attacks or
// investigations, which befall houses, hotels and firms as well; of
// crimes, only those whose title noun (befallsNoun) says they are done to
// people.
var befalls = map[Kind]bool{
	KindArrest: true, KindVerdict: true, KindDeportation: true, KindDismissal: true, KindDeath: true,
}

var befallsNoun = map[string]bool{"Tötung": true, "Mord": true, "Lynchmord": true, "Vergewaltigung": true, "Entführung": true}

// speechKinds are said or written, which a sentence tells with who said it.
var speechKinds = map[Kind]bool{KindStatement: true, KindPost: true, KindCriticism: true, KindAnnouncement: true}

// speechTagKinds are the kinds of a speech tag's verb ("…, sagte X",
// "…, gab X bekannt").
var speechTagKinds = map[Kind]bool{KindStatement: true, KindAnnouncement: true}

// impersonalKinds are happenings a sentence may tell without naming who
// acts — strikes, protests, launches, crimes — which a timeline keeps by
// their place.
var impersonalKinds = map[Kind]bool{
	KindStrike: true, KindProtest: true, KindLaunch: true, KindCrime: true, KindAttack: true,
	KindClosure: true, KindOpening: true, KindCapture: true, KindSeizure: true, KindCollapse: true,
	KindAccident: true, KindDisaster: true, KindDeath: true, KindBirth: true,
}

// mention makes the mention of trigger c, or reports that c tells no
// event: no actor, a noun in a present-tense clause, or a plan without a
// date to come.
func (x *extractor) mention(s *sent, c cand, planned bool) (Mention, bool) {
	t := x.lx.triggers[c.trig]
	g := s.toks[c.tok].group
	kind, noun, spec := t.kind, t.noun, t.specificity
	if tail := s.speechTail(); kind == KindAnnouncement && tail >= 0 && c.tok >= tail {
		// "Die Sperre endete am Morgen, gab der Gouverneur bekannt": a
		// tag that tells what was made known, a statement about it, not
		// news of its own
		kind, noun, spec = KindStatement, "Mitteilung", 1
	}
	// The most specific noun of the same kind in the sentence names it:
	// "trafen sich … zu einem Abendessen" is an "Abendessen".
	for _, o := range x.cands {
		if ot := x.lx.triggers[o.trig]; ot.kind == kind && ot.specificity > spec && !ot.conditional() {
			if kind == KindStatement && t.verb && s.governedBy(o.tok) != "" {
				continue // "äußerte sich auf einer Pressekonferenz": where it was said, still a statement
			}
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
	if t.verb {
		if at := s.nounInClause(g, t.noun); at >= 0 {
			// "einen Vergleich erzielt": the noun the verb is light
			// for names the happening
			m.Trigger = s.toks[at].text
		}
	}

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
	m.Actors, m.Roles, m.preps = x.participants(s, c, kind, platFirst, platLast)
	if t.verb && !s.passive(g, c) {
		m.thing = s.thingOf(g, c.tok)
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
		m.institution, _ = x.institution(s, c.tok, !t.verb || s.passive(g, c))
	} else if len(m.Actors) > 0 && !speechKinds[kind] && spec > 0 && (!t.verb || s.passive(g, c)) {
		// "der Sturz Mursis durch das Militär"
		m.agentInstitution, _ = x.agentInstitution(s, c.tok)
	}
	if len(m.Actors) == 0 && x.impersonal && x.passiveSubject != "" && m.institution == "" && (befalls[kind] || befallsNoun[noun]) {
		// "Ein Muslim wurde in Halle gelyncht": the reader follows him
		// as whom it was done to
		m.sufferer = x.passiveSubject[strings.LastIndexByte(x.passiveSubject, ' ')+1:]
	}
	opening := ""
	if len(m.Actors) == 0 && m.institution == "" && !x.impersonal && t.verb && !speechKinds[kind] && spec > 0 && !s.passive(g, c) &&
		(s.tenseOf(g, c).past || s.hasTimeAnchor(g)) {
		// "179 Senatoren stimmten für die Reform"; not what a group
		// does as a rule ("Schulleitungen entscheiden darüber, ob …")
		opening = s.openingSubject(c.tok)
	}
	if len(m.Actors) == 0 && x.impersonal && rank == 0 && x.passiveSubject != "" && m.institution == "" {
		obj, prep = x.passiveSubject, x.passivePrep
		// (told in the perfect with "sein", "Eine Radfahrerin ist
		// verunglückt", the participle titles it as the text does)
		m.actsAsObject = t.verb && !s.passive(g, c) && !s.inClause(g, copula)
	} else if opening != "" {
		obj, prep, m.actsAsObject = opening, "", true
	} else if len(m.Actors) == 0 && !(x.impersonal && (rank == 1 || x.dated)) && m.institution == "" {
		return Mention{}, false
	}
	if !t.verb && speechKinds[kind] && s.introducesQuote(c.tok) {
		return Mention{}, false // "Kritik des Ministers am Montag: …": what follows is what was said, a statement
	}
	if !t.verb && kind == KindBan && s.inClause(g, endings) {
		return Mention{}, false // "Die Sperre endete am Morgen": its end, not a ban
	}
	if !t.verb && c.tok > 0 && s.toks[c.tok-1].is(quantifiers) {
		return Mention{}, false // "mehrere Kundgebungen": many happenings, a tally
	}
	tn := s.tenseOf(g, c)
	if tail := s.speechTail(); tail >= 0 && c.tok < tail && !tn.past && !planned && kind != KindStatement && !s.hasTimeAnchor(g) {
		return Mention{}, false // "Die Preise steigen weiter, sagt X": what someone holds, not a happening told
	}
	if s.possibly(g) {
		return Mention{}, false // "kündigte an, notfalls vor Gericht zu ziehen": a possibility, not a happening
	}
	if t.verb && !t.conditional() && s.inClause(g, obligations) {
		// "Der Verein muss sparen": what must or may be done, not
		// what was; a verb that needs its context noun ("muss Insolvenz
		// beantragen") tells the happening by that noun
		return Mention{}, false
	}
	if !speechKinds[kind] && (s.negated(c.tok) || !t.verb && s.denied(c.tok)) {
		// "Die Polizei hat den Mann nicht festgenommen", "Es gab keine
		// Einigung"; a statement that denies ("schloss … nicht aus") was
		// still made
		return Mention{}, false
	}
	if !t.verb && s.inClause(g, averting) {
		return Mention{}, false // "entging einer Klage": averted, not happened
	}
	if !t.verb && speechKinds[kind] {
		if prep, _, _ := s.nounPhrase(c.tok); prep != "" {
			return Mention{}, false // "bekannte sich zu den Vorwürfen", "nach Kritik": what it refers to, not a saying told
		}
	}
	if !t.verb && s.expects(g) {
		if prep, _, _ := s.nounPhrase(c.tok); prep == "" {
			// "Die Firma fürchtet eine Übernahme": feared, hoped or
			// expected, not told ("erwartet nach der Übernahme …" tells it)
			return Mention{}, false
		}
	}
	if !planned && !tn.past && s.inProgress(g) {
		return Mention{}, false // "Die Bank berät derzeit mit dem Land": going on, not done
	}
	if tn.past && !t.verb && !s.hasTimeAnchor(g) && s.judgedKnown(g, c.tok) {
		tn.background = true // judged, not told: a happening before the article, not of its days
	}
	if !planned && !t.verb && !tn.past && !s.afterNach(c.tok) && !s.headlineBlock() && !s.hasTimeAnchor(g) {
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
	} else if m.Dating == DatedOwn && !tn.past && art.Valid() && m.Date.End > art.End {
		// told in the present, dated to what may come after the article:
		// "beginnt am Freitag"; an article known only to some years
		// leaves "am 3. Mai" open, and the present tense of a
		// dated happening is the schedule's
		planned = true
	}
	if planned {
		m.Kind = KindPlan
	} else {
		x.asStep(s, c.tok, &m)
	}
	m.Object, m.ObjectPrep, m.objectRank = obj, prep, int8(rank)
	if kind == KindStatement {
		for _, o := range x.cands {
			if ot := &x.lx.triggers[o.trig]; !ot.verb && ot.kind != KindStatement && o.tok != c.tok {
				m.about = ot.kind
				break
			}
		}
	}
	m.words = s.words(x)
	m.owns = x.owners(s)
	if m.Dating == DatedOwn && len(m.Timex) == len("2006-01-02") && m.Timex[4] == '-' && m.Timex[7] == '-' {
		// The same day named in two sources ("am 6. Januar 2021") ties
		// their mentions as a shared word does: dates many articles name
		// are what a timeline is made of.
		m.words = append(m.words, stemHash("@"+m.Timex))
	}
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
	return out
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
		tr := &x.lx.triggers[t.noun-1]
		if k := family(tr.kind); k == family(m.Kind) || !slices.Contains(x.told, k) {
			continue
		}
		m.Kind, m.Noun, m.Specificity = tr.kind, tr.noun, tr.specificity
		m.trig, m.Trigger, m.refersBack = t.noun, t.text, true
		return
	}
}

// coordinatedEvent returns the second happening of a sentence that tells
// two with verbs its clause joins by "und": "Der Verband klagte gegen den
// Verlag und erzielte einen Vergleich" tells the lawsuit and the
// settlement (GUIDELINES.md §2: one sentence, two events). The second
// verb names a specific happening of another family, told as fact; what
// one operation does twice ("nahm fest und beschlagnahmte") is one family.
func (x *extractor) coordinatedEvent(s *sent, main Mention) (Mention, bool) {
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
		if !t.verb || c.tok <= first || g != s.toks[first].group || t.specificity < 2 || speechKinds[t.kind] ||
			family(t.kind) == family(main.Kind) || !s.joinedByUnd(first, c.tok) || s.mood(g, -1) != moodHappened {
			continue
		}
		if m, ok := x.mention(s, c, false); ok && m.Kind == t.kind {
			if symmetricKinds[m.Kind] {
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
// clause between them.
func (s *sent) joinedByUnd(i, j int) bool {
	for k := i + 1; k < j; k++ {
		if s.toks[k].group != s.toks[i].group {
			return false
		}
		if s.toks[k].lower == "und" {
			return true
		}
	}
	return false
}
