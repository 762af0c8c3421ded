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
// trigger (shifted by an offset: "sechs Wochen nach der Wahl"; two days
// joined by "und" give both, a night its two days; not one that
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
// Files: the sentence loop is here; candidates.go ranks a sentence's
// triggers, mention.go makes the mention of one, secondmentions.go the
// further happenings a sentence may tell (a dated attribute, a dated
// subordinate clause, a second deed joined by "und", a step of a known
// happening), participants.go and roles.go who takes part and how, mood.go
// whether it is told as fact, dating.go its date.
//
// Roles (roles.go), reactions (reactions.go: statements and threats),
// attacks (attacks.go: an author's posts on the subject of his criticism
// are its mentions, a post answering him its reaction), titles (title.go)
// and salience (salience.go) are filled when mentions merge (merge.go).
package events

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"sync"

	"chronik/corpus/text"
	"chronik/model"
)

// Dating says where a mention's date came from.
type Dating uint8

const (
	Undated        Dating = iota
	DatedOwn              // the sentence's own temporal expression
	DatedContext          // carried from the previous sentence of the paragraph
	DatedNext             // from a following sentence that refers back ("Die Entscheidung fiel am Freitag")
	DatedHeading          // from the subheading of its section
	DatedArticle          // on or before the article's date
	DatedBefore           // told as past background with no date: before the article's date, or before the story's
	DatedReference        // a noun naming a happening told elsewhere in the article: that happening's date
	DatedLive             // a live report of the article's day (a traffic message's accident): that day
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
	case DatedReference:
		return "the event it refers to"
	case DatedLive:
		return "live report"
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

	// announces: for an announcement named by what it announces ("kündigte
	// den Abbau von 500 Stellen an"), the kind of that happening, as which
	// it merges: the headline's "Bosch streicht Stellen" and the lead's
	// announcement are one event (GUIDELINES.md §1); else ""
	announces Kind

	// particle: the separable particle of a verb trigger that stands
	// apart from it at the clause's end ("an" of "kündigte … an"), which
	// the event's mention names with Trigger; else ""
	particle string
	// phrase: the noun a verb trigger requires and its preposition, where
	// they stand before it ("in Kraft" of "ist … in Kraft getreten"),
	// which the event's mention names with Trigger, joined by a blank
	// when phraseNext says they stand right before it; else ""
	phrase     string
	phraseNext bool

	// preps: parallel to Actors (or shorter), the preposition the
	// sentence names each with ("bei Siemens"), "" for none, aside for
	// one the sentence names beside the happening
	preps []string

	objectRank int8     // how much Object says: quoted name 3, platform 2, place 1
	pluperfect bool     // told in the pluperfect: the story's back story
	intent     bool     // a plan only wanted, with no date ("will … abbauen"): news only as announced
	toldOnly   bool     // names no one, in a sentence that tells how the happening before it became known: a mention only of that one
	block      int      // the article block of its sentence
	head       bool     // told in the article's title, kicker or teaser
	lead       bool     // told in the body's first sentence, which retells what the head tells
	tagged     bool     // a statement or criticism told as a speech tag ("…, sagt X", "…, kritisiert X"): a saying
	trig       int32    // 1 + the lexicon trigger that told it, for a title's verb; 0 for none
	action     *trigger // for an action (KindAction), its verb, for a title
	refersBack bool     // its trigger is a noun with a definite article: "die Übernahme", "des Essens"
	// placedAnchor: a harm its sentence names only as what came before its
	// happening, by its place ("nach dem Anschlag in Lyon"; anchorEvent)
	placedAnchor bool
	thing        string // the noun of the verb's accusative object when it is no actor ("Demonstration"), or ""
	thingDone    bool   // thing is the subject of a passive that names no actor, what was done to it ("Eine Ausgangssperre wurde verhängt")
	thingOwned   bool   // a patient is named as the thing's owner after it ("das Heft von X", "die Website der X")
	toHer        bool   // the thing is a post the text gives with "zur" ("zur Vorsitzenden"): a woman's
	// thingGenitive: the genitive right after a one-word thing, when it
	// names no actor ("den Start der Maut": "der Maut"), for a title that
	// would say too little with the thing alone; or ""
	thingGenitive string
	// course: for an accident's verb that needs its complement ("prallte
	// gegen einen Baum", "fuhr auf einen Stau auf"), the complement
	// without its article ("gegen Baum"), for a title; or ""
	course string
	// several: told by a plural noun of incidents ("bei Unfällen am
	// Wochenende", "nach den Anschlägen"), a summary of happenings the
	// article may tell one by one
	several bool
	// genitive: for a noun trigger, the genitive that follows it when it
	// names no actor ("des Kartellgerichts"), for a title that has
	// nothing else to name; or ""
	genitive string
	words    []uint64 // distinctive content words (hashed stems), for merging
	// institution: the noun of the institution that acted when the
	// sentence names no actor ("die Polizei"); Merge makes it an actor
	institution string
	// seat: the place the sentence names right after the institution's
	// noun ("das Amtsgericht Halle"), part of its name; or ""
	seat string
	// institutionBefallen: the institution is what the happening, the
	// subject of the clause, befell ("Hackerangriff legt
	// Stadtverwaltung lahm"), not who did it
	institutionBefallen bool
	// partners: the countries and institutions "und" joins to the
	// institution as one subject, it among them, in the sentence's order
	// ("Frankreich und Deutschland", "Polizei und Staatsanwaltschaft"),
	// or nil; Merge makes them all actors
	partners []string
	// sufferer: the noun of whom an unnamed happening was done to or
	// befell when the sentence names no actor ("ein Muslim", "die
	// Schmuggler"); Merge makes it an actor, its patient
	sufferer string
	// crowd: the plural noun of the people who open the clause unnamed
	// and do what it tells ("212 Senatoren stimmten …", "Fluglotsen
	// streiken"); Merge makes it an actor, its agent (its patient when
	// what it tells befalls people: "Sieben Wanderer starben")
	crowd string
	// crowdActed: the crowd did to others what befalls people ("Der
	// Präsident entließ die Regierung", "Eine Behörde verhängte ein
	// Bußgeld"): its agent all the same
	crowdActed bool
	// mover: for a market's row that no actor owns, the name of the
	// index or price that moved ("Dax", "Dow"), not a word for any
	// share ("Aktie", "Ölpreis"); Merge makes it an actor, its patient
	mover string
	// agentInstitution: the institution a passive or noun trigger names
	// with "von" or "durch" as who acted, when the clause names others
	// ("der Sturz Mursis durch das Militär"); Merge adds it to the event
	agentInstitution string
	// host: the country a visit went to ("Staatsbesuch im Iran",
	// "besuchte Frankreich"), when no actor names it; Merge adds it to the
	// event as a participant
	host string
	// actsAsObject: Object is the unnamed subject of an active verb ("Der
	// Verein hat den Betrieb eingestellt"), not what a passive was done to
	actsAsObject bool
	// pluralSubject: that subject is plural by its verb ("Die Ermittler
	// haben …"), which a noun the same in both numbers does not tell
	pluralSubject bool
	// fresh: its sentence tells the happening as one not told before
	// (freshTelling), which no later retelling of the article's opening
	// does
	fresh bool
	// another: the unnamed people it befell are "weitere" ("ein weiterer
	// Soldat getötet"): others than those of the same kind told before
	another bool
	// openDate: the value of a date of its clause that the article's
	// unknown year leaves open ("XXXX-07" of "im Juli", "XXXX-WXX-5" of
	// "am Freitag"), which tells it apart from a happening of another
	// such date; "" for none
	openDate string
	// owns: pairs of actors the sentence ties as owner and organisation
	// ("Bergers Verlag Tagblatt"), which Merge takes as one side
	owns [][2]int
	// posts: pairs of a person and the organisation whose post the
	// sentence says the person holds ("der Chef der X, Y,", "X-Chef Y"),
	// which Merge takes as one doer within the article (see postSide)
	posts [][2]int
	// attack: 1 + the index of the criticism this post is part of (see
	// linkAttacks), set by Merge; 0 for none
	attack int32
	// result: of a match's result, the one score its sentence gives,
	// fewer goals first (either side's view of a game); zero for none
	result [2]uint8
	// about: for a statement or a criticism, the kind of happening a
	// noun of its sentence names ("erfreut über die Ankündigung",
	// "kritisierte das Abkommen"), which it likely comments on; "" for
	// none
	about Kind
	// assessment: a statement that says what someone holds a thing to be
	// ("nennt den Angriff feige", "bezeichnet X als Y", "spricht von
	// einem Skandal"), a view
	assessment bool
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
	// coordinatedDaysMax: two days joined by "und" date a happening
	// together when they lie within a month; days further apart are
	// likelier two happenings listed than one that took both.
	coordinatedDaysMax = 31
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
	// undergoes: an attribute of the trigger's noun that undergoes its
	// happening ("die Übernahme von X", "die Festnahme des Y"), whatever
	// the voice of the clause's verb
	undergoes bool
	role      model.Role
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
	// intent: the last sentence's plan only wanted, with no date, kept
	// for a next sentence that announces it ("Das kündigte X an"), or
	// one of intent.Sentence < 0
	intent Mention
	// refs: the nouns that name a happening the article may tell
	// elsewhere, resolved once all its mentions are known
	refs []reference
	// setting: the day a date of a sentence that told no happening
	// named ("Am Dienstag befuhr ein Lkw-Fahrer die B1 Richtung Linz"),
	// kept over the sentences of its paragraph that tell none either,
	// and the paragraph's block: the day of an accident a later one
	// tells of its driver by a pronoun (see carriedAccident)
	setting      model.Interval
	settingBlock int
	// sport: whether the article tells of a sport (see sporting): 0
	// not worked out yet, 1 yes, 2 no
	sport int8
	// fitsMemo: whether a trigger's context fits a clause, for the
	// sentence at hand (see fitsOnce)
	fitsMemo map[fitsKey]bool
}

type headlineObject struct{ object, prep string }

// context is what the previous sentence leaves for the next one.
type context struct {
	sentence   int
	block      int
	date       model.Interval
	pluperfect bool // the date is of the story's back story ("hatte … am Freitag aufgerufen")
	chronicle  bool // the sentence is a chronicle's entry, which the next one goes on with
	// kind: the family of the dated happening the sentence told, which a
	// next sentence of the same family goes on telling ("… sind zwei
	// Menschen gestorben. Ein Fahrer war auf die Gegenfahrbahn geraten …")
	kind   Kind
	actors []int
}

// A cand is a trigger word found in a sentence.
type cand struct {
	tok   int
	trig  int
	tense tense
	score int
	// office: for the reading of a post taken up (lexicon.office), the
	// post's noun (newOfficeIn)
	office int
	// cited: a study the sentence cites as its source (citedStudy)
	cited bool
	// started: for a happening's noun a verb of starting tells
	// (happeningOverStart), that verb's token +1; 0 for none
	started int
	// occasion: for "stattfinden", the token of the noun its subject
	// names the happening by (occasionSubject)
	occasion int
}

func (x *extractor) run() []Mention {
	a := x.a
	if programGuide(a.Text) {
		// A TV guide's entries ("20.15 KRIMI …") tell plots and
		// programmes, not news: nothing to read.
		return nil
	}
	out := x.out[:0] // the article's mentions, copied out at the end to a slice of their number
	x.prev = context{sentence: -2, actors: x.prev.actors[:0]}
	x.intent.Sentence = -1
	x.told = x.told[:0]
	x.refs = x.refs[:0]
	x.setting, x.settingBlock = model.Interval{}, -1
	x.sport = 0
	for i := range a.Sentences {
		if b := a.Sentences[i].Block; b >= 0 && b < len(a.Blocks) && a.Blocks[b].Kind.IsMeta() {
			continue
		}
		if x.answerOpens(a.Sentences[i].Start) {
			continue // an interview's answer ("Hofer: …"): the answerer's own words, a quote
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
			var intent Mention                        // the sentence before's plan only wanted, if any (copied only then: most sentences have none)
			held := i > 0 && x.intent.Sentence == i-1 // (-1 when none is held)
			if held {
				intent = x.intent
			}
			x.intent.Sentence = -1
			m, ok = x.sentence(&x.s)
			x.noteBackReference(&x.s)
			if ok && held && (m.Kind == KindAnnouncement || m.Kind == KindStatement && m.madeKnown(x.lx)) && intent.block == m.block && x.s.toldKnown() {
				// announced, the plan is news: "Bosch will Stellen
				// abbauen. Das kündigte (teilte) der Konzern … an (mit)"
				out = append(out, intent)
				m.Kind = KindAnnouncement
			}
			joined := false // m tells how the happening before it became known
			if ok && m.Kind == KindAnnouncement && len(out) > 0 && (x.s.toldKnown() || x.announcesTold(&m, &out[len(out)-1])) {
				p := &out[len(out)-1]
				joined = p.Sentence >= m.Sentence-3 // (what tells adopts)
				if p.Kind == KindPlan && (m.Dating == DatedOwn || m.Dating == DatedArticle || m.Dating == Undated) && (p.Date.Days() > maxCarriedDays || p.intent) {
					// (an announcement its article dates, or none, is news
					// of the article's days all the same)
					announced(p, &m, x.lx)
				}
				m.tells(p)
				if art := a.Date.Interval; p.Dating == DatedArticle && m.Dating == DatedOwn && p.Sentence >= m.Sentence-3 && (!art.Valid() || m.Date.End <= art.End) {
					// "Der Preis geht an X. Das gab die Akademie am
					// Dienstag bekannt.": told in the present of news, the
					// happening is of the day it was made known
					p.Date, p.Dating, p.Timex = m.Date, DatedNext, m.Timex
				}
				if p.Kind == KindPlan && p.Sentence >= m.Sentence-3 {
					// the day it was announced is not the day planned
					m.Date, m.Dating, m.Timex = p.Date, p.Dating, p.Timex
				}
			}
			if v := x.s.verbAfterDemonstrative(); ok && m.Kind != KindAnnouncement && v >= 0 && x.s.toks[v].text == m.Trigger {
				// "Die EZB hat den Leitzins gesenkt. Das beschloss der
				// EZB-Rat am Donnerstag.": the decision told again, by
				// who made it, and when
				if len(out) > 0 {
					if p := &out[len(out)-1]; p.Sentence == i-1 && p.block == m.block && p.Kind != KindPlan && namesAgain(m.Kind, p.Kind) {
						m.tells(p)
						joined = true
						if art := a.Date.Interval; p.Dating == DatedArticle && m.Dating == DatedOwn && (!art.Valid() || m.Date.End <= art.End) {
							p.Date, p.Dating, p.Timex = m.Date, DatedNext, m.Timex
						}
					}
				}
			}
			if ok && m.toldOnly && !joined {
				ok = false // "Das teilte das Unternehmen mit" after nothing told: no one's telling of nothing
			}
			if ok && m.Kind == KindAction && len(out) > 0 && out[len(out)-1].head {
				// the head told its happening already; what else it
				// says is a detail of it ("Plötzlich taucht auch Musk
				// auf")
				ok = false
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
			if extra, ok := x.attributeEvent(&x.s, &m); ok {
				out = append(out, extra)
			} else if extra, ok := x.clauseEvent(&x.s, &m); ok {
				out = append(out, extra)
			} else if extra, ok := x.coordinatedEvent(&x.s, &m); ok {
				out = append(out, extra)
			} else if extra, ok := x.anchorEvent(&x.s, &m); ok {
				out = append(out, extra)
			}
		}
		if triggers && !ok {
			x.noteReferences(&x.s)
		}
		x.remember(&x.s, &m, ok)
		x.keepSetting(&x.s, ok)
	}
	out = withoutToldHarms(out)
	headActions(out, x.a.Date.Interval)
	goalsOfMatches(out, a.Text)
	x.headNamed(out)
	x.roleAgain(out)
	x.dateFromFollowing(out)
	x.headsDatedByLead(out)
	if x.a.Opinion != "" {
		// A commentary's present and undated past are its author's views
		// (GUIDELINES.md §1.1); what it tells with a date is news it
		// refers to.
		out = slices.DeleteFunc(out, func(m Mention) bool {
			return m.Dating == Undated || m.Dating == DatedArticle || m.Dating == DatedBefore
		})
	}
	if refs := referred(out, x.refs); len(refs) > 0 {
		out = append(out, refs...)
		slices.SortStableFunc(out, func(p, q Mention) int { return cmp.Compare(p.Sentence, q.Sentence) })
	}
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
	// a body's action verb (bodyAction) makes a mention only as told
	// done and with someone named: the plans, counts and passives
	// nobody is named in that it would tell besides are states and
	// tallies as often as happenings
	body := s.datedNames && s.inBody
	for k, c := range x.cands {
		g := s.toks[c.tok].group
		if g == failed && !x.lx.triggers[c.trig].verb {
			continue // "sagte der Italiener in einem Interview": the noun is the verb's, not an event of its own
		}
		if speechKinds.has(x.lx.triggers[c.trig].kind) && s.opener[g] == "wie" && s.toks[firstWord(s.toks, 0, len(s.toks))].group == g {
			// "Wie die Agentur meldete, soll …": the source of what the
			// sentence goes on to tell (at the end, "…, wie ein Sprecher
			// erklärte" is a statement that may be a reaction)
			continue
		}
		if deferred < 0 && speechKinds.has(x.lx.triggers[c.trig].kind) && relatives.has(s.opener[g]) && x.mainHappening(s) {
			// "Der Arzt, den X verteidigte, wurde … verurteilt": what a
			// relative clause says of someone the sentence tells of is
			// tried after the sentence's own happening
			deferred = k
			continue
		}
		if tail >= 0 && c.tok >= tail && speechTagKinds.has(x.lx.triggers[c.trig].kind) && failed >= 0 && deferred < 0 {
			// "Gegen X wurde ein Verfahren eingeleitet, berichtete Y":
			// what Y tells may be a happening nobody is named for
			deferred = k
			continue
		}
		if deferred < 0 && failed >= 0 && failed != g && x.lx.triggers[c.trig].kind == KindStatement && s.isMain(failed) && s.isMain(g) {
			// "Das Land zeigte sich bemüht: Am Dienstag wurde die
			// Lieferung ausgeschrieben": a happening of another main clause
			// that named no one may be one nobody is named for (not
			// after a source's subordinate clause, ", wie X mitteilte",
			// which tells of the main clause's own happening)
			deferred = k
			continue
		}
		mood := s.mood(g, x.speechSegment(s, c))
		if c.cited {
			mood = moodHappened // "Laut einer Studie werden die Preise steigen", "könnten einer Studie zufolge": the study is out
		}
		switch mood {
		case moodHappened:
			if x.lx.triggers[c.trig].kind == KindStatement {
				if m, ok := x.statement(s, c); ok {
					return m, true
				}
			} else if m, ok := x.mention(s, c, false); ok {
				return m, true
			}
			if x.lx.triggers[c.trig].verb && !s.beforeItsNoun(c.tok) && failed < 0 {
				failed = g
			}
		case moodPlanned:
			if plan < 0 && !(body && x.lx.triggers[c.trig].kind == KindAction) {
				plan = k
			}
		}
	}
	if plan >= 0 {
		if m, ok := x.mention(s, x.cands[plan], true); ok && !m.intent {
			return m, true
		} else if ok {
			x.intent = m // "Bosch will Stellen abbauen": for "Das kündigte der Konzern an"
		}
	}
	// A happening nobody is named for, told with its place: "Unterdessen
	// streikten am Dienstag die Beschäftigten der Stadtwerke in Köln", "Der
	// Ballon stieg … in Augsburg auf".
	for _, c := range x.cands {
		t := &x.lx.triggers[c.trig]
		if body && t.kind == KindAction {
			continue
		}
		g := s.toks[c.tok].group
		// A passive needs no one named either: "Ein Schmuggler ist am
		// Flughafen von Beirut festgenommen worden". So does one of the
		// present set for a day ahead: "Der Bericht wird am Montag
		// veröffentlicht" (an opening or a closure, told in the present,
		// needs no one named anyway; without a day, a present passive
		// tells a habit or a rule, "Die Zahlen werden monatlich
		// veröffentlicht"; with a day not ahead, the day may be of
		// something else, "werden die Umsätze des Jahres 2015
		// veröffentlicht").
		passive, ahead := false, false
		if t.verb && t.specificity > 0 && !speechKinds.has(t.kind) && s.passive(g, c, t.kind) {
			passive = s.passiveDone(g)
			ahead = !passive && scheduledKinds.has(t.kind) && !impersonalKinds.has(t.kind) && s.isMain(g) && s.hasTimeAnchor(g)
			passive = passive || ahead
		}
		// A happening the sentence names by its noun and dates needs no
		// one named either: "Am 3. Mai beginnt die Abstimmung", "Die
		// Wahl soll im Mai stattfinden". (A verb's subject is who
		// acts: unnamed, the sentence is not about a happening we know.)
		dated := !t.verb && t.specificity > 0 && !speechKinds.has(t.kind) && s.isMain(g) && s.hasTimeAnchor(g) && s.namesOne(c.tok)
		// So does "beginnen" whose subject is the happening its cue
		// names: "Der Prozess begann im Oktober".
		dated = dated || t.verb && t.infinitive == "beginnen" && len(t.cues) > 0 && s.isMain(g) && s.hasTimeAnchor(g) && s.cueSubject(g, t) != ""
		// So does what a thing undergoes on a day set for it: "Das Gesetz
		// soll am 1. April in Kraft treten", "Der Tunnel wird am 3. Mai
		// eröffnet": its subject names it.
		scheduled := t.verb && t.specificity > 0 && scheduledKinds.has(t.kind) && s.isMain(g) && s.hasTimeAnchor(g)
		// So does a publication that appeared on a day: "Das neue Album
		// ist am Freitag erschienen" (no one acts: what appeared is the
		// subject, and names it).
		appeared := scheduled && t.kind == KindPublication && t.infinitive == "erscheinen"
		// A dated deed of an office or a body that the sentence names by
		// its common noun: "Der Ministerrat hat am Dienstag beschlossen",
		// "Ein Berufungsgericht ordnete am Montag … an".
		office := t.verb && t.specificity > 0 && !speechKinds.has(t.kind) && !passive && !impersonalKinds.has(t.kind) &&
			s.isMain(g) && s.hasTimeAnchor(g) && !s.couldOnly(g) && x.officeSubject(s, g, c.tok, t.kind)
		// A dated crime or accident told in a relative clause of people
		// named by what they are: "die Polizei sucht zwei Männer, die am
		// Freitag in Linz eine Frau überfallen haben".
		relative := ""
		if !s.isMain(g) && t.verb && impersonalKinds.has(t.kind) && !passive && s.hasTimeAnchor(g) {
			relative = s.relativePeople(g)
		} else if !s.isMain(g) && t.verb && thingKinds.has(t.kind) && s.hasTimeAnchor(g) {
			// "der Roman X, der 2018 erschienen war", "die Gruppe, die
			// 2019 gegründet worden war": what a dated relative clause
			// tells of a thing the sentence names
			relative = s.relativeThing(g)
		}
		// What a dated participle tells of the thing it describes: "die
		// am 1. Juli in Kraft getretene Verordnung", "das 2012 eröffnete
		// Museum", "die im Mai beschlossene Reform" (a study published
		// names its authors: mention).
		attributed := ""
		if t.verb && t.kind != KindPublication && (impersonalKinds.has(t.kind) || thingKinds.has(t.kind) || t.kind == KindDecision) {
			attributed = s.attributedThing(c.tok)
		}
		// A dated passive in a clause a preposition and a relative pronoun
		// open tells of its own subject: "der Angriff, bei dem im Januar
		// drei Soldaten getötet worden waren".
		prepRelative := !s.isMain(g) && passive && s.hasTimeAnchor(g) && s.prepositionalRelative(g)
		carried := !passive && x.carriedAccident(s, g, t)
		if !(impersonalKinds.has(t.kind) || passive || dated || appeared || office || relative != "" || attributed != "") || !s.isMain(g) && relative == "" && !prepRelative {
			continue
		}
		if mood := s.mood(g, -1); mood == moodHappened || (dated || scheduled) && mood == moodPlanned {
			if ahead && !x.a.Date.Interval.Valid() && s.dayOfUnknownYear(g, c.tok) {
				// "Der Bericht wird am Montag veröffentlicht" in an
				// article of unknown date: the schedule's day, whose year
				// the text leaves open, is still to come
				mood = moodPlanned
			}
			x.impersonal, x.passiveSubject, x.passivePrep, x.dated = true, "", "", dated || scheduled && mood == moodPlanned || carried
			if passive && (s.hasTimeAnchor(g) || doneToKinds.has(t.kind)) {
				// "Die Brauerei wurde Anfang 2019 verkauft": dated, it
				// needs no place; its subject names it. What is done to
				// someone needs neither: "Ein Schmuggler ist festgenommen
				// worden" is news of the smuggler.
				x.passiveSubject, x.passivePrep = s.subjectNoun(g, c.tok, x.decidedOn(t.kind))
				if x.passiveSubject == "" {
					x.passiveSubject = relative // "die Fähre, die 2012 in Betrieb genommen wurde": the relative pronoun's noun
				}
			} else if passive && countedKinds.has(t.kind) {
				// "Zwei Abgeordnete wurden von der Sitzung ausgeschlossen",
				// "drei Geiseln wurden freigelassen": people counted are
				// whom it was done to (a road or an account "gesperrt"
				// with no date is no news of anyone)
				if n, prep := s.subjectNoun(g, c.tok, x.decidedOn(t.kind)); countedNoun(n) {
					x.passiveSubject, x.passivePrep = n, prep
				}
			} else if relative != "" {
				x.passiveSubject = relative
			} else if attributed != "" {
				x.passiveSubject = attributed
			} else if !passive && t.verb && (impersonalKinds.has(t.kind) || office || appeared) && s.hasTimeAnchor(g) {
				// "Eine Radfahrerin ist am Freitag … verunglückt": a dated
				// accident, strike or crime told of someone unnamed is
				// news of that someone
				x.passiveSubject, x.passivePrep = s.subjectNoun(g, c.tok, x.decidedOn(t.kind))
				if x.passiveSubject == "" && t.kind == KindDeath && s.dayAnchor(g) && !s.longSpan(g) && !s.toNow(g) {
					// "Nach dem Beben starben am Sonntag elf
					// Bergleute": the dead counted after the verb, on a
					// day (not the toll of months)
					x.passiveSubject = s.countedAfter(g, c.tok)
					if x.passiveSubject == "" {
						x.passiveSubject = s.personAfter(g, c.tok) // "ertrank am Montag eine 81 Jahre alte Frau"
					}
				}
			}
			m, ok := x.mention(s, c, mood == moodPlanned)
			if ok && carried && m.Dating != DatedOwn {
				m.Date, m.Dating, m.Timex = x.setting, DatedContext, "" // the day a sentence before set
			}
			ok = ok && !m.intent                      // (a plan only wanted waits for its announcement in sentence)
			ok = ok && (!ahead || m.Kind == KindPlan) // (a present passive's day ahead makes it a plan; one past is no news of today)
			x.impersonal, x.passiveSubject, x.passivePrep, x.dated = false, "", "", false
			if ok && relative != "" && !passive && impersonalKinds.has(t.kind) && len(m.Actors) == 0 {
				s.relativeParties(g, &m) // "sucht zwei Männer, die … eine Frau überfallen haben"
			}
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
	if tag := s.reportTag(); tag >= 0 {
		return x.toldHappening(s, tag) // "…, so die Polizei", "…, hieß es": a report with no verb of the lexicon
	}
	return Mention{}, false
}

// reportTag returns the first token of the stretch after the sentence's
// last comma when it reports what comes before it as fact with no verb of
// the lexicon: "so" and one who speaks for an office or a company ("…,
// so die Polizei", "…, so ein Sprecher"), or "hieß es" ("…, hieß es aus
// dem Ministerium"); or -1.
func (s *sent) reportTag() int {
	comma := -1
	for k := len(s.toks) - 1; k > 0; k-- {
		if s.toks[k].punct == ',' {
			comma = k
			break
		}
	}
	if comma < 1 || comma+2 >= len(s.toks) {
		return -1
	}
	switch tag := comma + 1; s.toks[tag].lower {
	case "so":
		if s.officialTag(tag) {
			return tag
		}
	case "hieß", "heißt":
		if s.toks[tag+1].lower == "es" {
			return tag
		}
	}
	return -1
}

// mainHappening reports a verb trigger of a happening, no statement, in a
// main clause of the sentence.
func (x *extractor) mainHappening(s *sent) bool {
	for _, c := range x.cands {
		if t := &x.lx.triggers[c.trig]; t.verb && !speechKinds.has(t.kind) && t.kind != KindStatement && s.isMain(s.toks[c.tok].group) {
			return true
		}
	}
	return false
}

// statement returns the mention of a statement trigger: the happening a
// report tells as fact (toldHappening), else the statement itself.
func (x *extractor) statement(s *sent, c cand) (Mention, bool) {
	if t := &x.lx.triggers[c.trig]; reportNouns[t.noun] || t.infinitive == "berichten" || pointsOut(t) || officialSaying(t) && s.officialTag(c.tok) {
		if m, ok := x.toldHappening(s, c.tok); ok {
			return m, true
		}
	}
	return x.mention(s, c, false)
}

// pointsOut reports a verb of pointing out ("verwies darauf, dass …",
// "wies darauf hin, dass …"): what it points to is told as fact, as a
// report's clause is, and its speaker did not do it.
func pointsOut(t *trigger) bool {
	return t.infinitive == "verweisen" || t.infinitive == "weisen" && t.particle == "hin"
}

// officialSaying reports a verb of saying that reports what happened
// when an office says it ("sagte ein Polizeisprecher", see officialTag).
func officialSaying(t *trigger) bool { return t.infinitive == "sagen" || t.infinitive == "erklären" }

// officialTag reports a verb of saying at token i whose clause names as
// its speaker one who speaks for an office or is one: a spokesperson
// ("sagte ein Polizeisprecher", "Die Sprecherin des Ministeriums
// erklärte") or an institution ("die Polizei"). What such a one says
// happened is reported as fact, as "Laut Polizei …" is (GUIDELINES.md
// §1.2); what a party says is its claim.
func (s *sent) officialTag(i int) bool {
	// the tag: the verb's stretch between commas ("…, sagte ein
	// Polizeisprecher.", "Ein Polizeisprecher sagte, …"), not what it
	// reports
	from, to := i, i
	for from > 0 && s.toks[from-1].punct != ',' {
		from--
	}
	for to < len(s.toks) && s.toks[to].punct != ',' {
		to++
	}
	for k := from; k < to; k++ {
		if t := &s.toks[k]; t.word() && t.upper && !t.quoted && (hasAnySuffix(t.lower, spokesHeads) || isInstitution(t.lower)) {
			return true
		}
	}
	return false
}

// spokesHeads end the nouns of those who speak for an office, and of a
// company, which speaks of its own business ("erklärte das
// US-Unternehmen").
var spokesHeads = []string{"sprecher", "sprecherin", "sprechers", "unternehmen", "konzern", "firma", "hersteller", "herstellerin"}

// announced makes plan p, which the announcement m of the next sentence
// dates ("Bosch will bis 2027 Stellen abbauen. Das kündigte der Konzern am
// Dienstag an."), the happening announced on m's day: the news is that it
// was announced, and a plan as wide as a deadline ("bis Ende 2027") is no
// day of it. A plan of one day or month keeps its date (see the caller).
func announced(p, m *Mention, lx *lexicon) {
	if p.trig <= 0 || int(p.trig) > len(lx.triggers) {
		return
	}
	if k := lx.triggers[p.trig-1].kind; k != KindAction && !speechKinds.has(k) {
		p.Kind, p.Date, p.Dating, p.Timex = k, m.Date, m.Dating, m.Timex
	}
}

// announcesTold reports an announcement whose object names, with a
// definite article, the happening the mention p before it told, by its
// title noun or the noun of its verb ("Siemens kauft Altair. Der Konzern
// gab den Kauf am Dienstag bekannt."): it tells how that one became
// known, as "Das teilte X mit" does.
// madeKnown reports a statement told by "mitteilen", which makes
// something known, as "ankündigen" does, and says nothing of its own.
func (m *Mention) madeKnown(lx *lexicon) bool {
	t := m.verb(lx)
	return t != nil && t.infinitive == "teilen" && t.particle == "mit"
}

func (x *extractor) announcesTold(m, p *Mention) bool {
	if m.thing == "" || p.Sentence < m.Sentence-2 || p.Kind == KindAnnouncement || p.Kind == KindPlan || !sharesAny(m.Actors, p.Actors) {
		return false
	}
	if m.thing == p.Noun {
		return true
	}
	t := p.verb(x.lx)
	if t == nil {
		return false
	}
	stem, ok := strings.CutSuffix(t.infinitive, "en")
	return ok && len(stem) >= 3 && strings.EqualFold(m.thing, stem)
}

// remember keeps what the next sentence may carry over: the date of this
// sentence's event when its own expression gave it and it is precise to a
// month at most (a year is more often background for one sentence than
// the date of a story), and the actors it names.
func (x *extractor) remember(s *sent, m *Mention, ok bool) {
	x.prev = context{sentence: s.index, block: s.a.Sentences[s.index].Block, actors: x.prev.actors[:0]}
	if entry := s.chronicleEntry(); ok && m.Dating == DatedOwn && (m.Date.Days() <= maxCarriedDays || entry) {
		x.prev.date, x.prev.pluperfect, x.prev.chronicle, x.prev.kind = m.Date, m.pluperfect, entry, family(m.Kind)
	}
	for _, r := range s.actors {
		if !r.quoted {
			x.prev.actors = append(x.prev.actors, r.Actor)
		}
	}
}

// keepSetting updates the setting day after sentence s (see
// extractor.setting): a sentence that told a happening, or one of
// another paragraph, ends it; one that told none sets it when it names a
// day.
func (x *extractor) keepSetting(s *sent, told bool) {
	sn := &s.a.Sentences[s.index]
	if told || sn.Block != x.settingBlock {
		x.setting = model.Interval{}
	}
	x.settingBlock = sn.Block
	if told {
		return
	}
	// (the article's expressions, not the sentence's: a sentence with no
	// trigger is not read for them)
	ts := s.a.Timexes
	for k := sort.Search(len(ts), func(k int) bool { return ts[k].Start >= sn.Start }); k < len(ts) && ts[k].End <= sn.End; k++ {
		if iv := ts[k].Interval; ts[k].Type != model.TimexDuration && ts[k].Type != model.TimexSet && iv.Valid() && iv.Days() == 1 {
			x.setting = iv
			return
		}
	}
}

// carriedAccident reports an accident told in main clause g with no date
// of its own, whose subject is a pronoun, after a sentence of the same
// paragraph that set its day, with none between that told anything: a
// police report's "Am Dienstag befuhr ein Lkw-Fahrer die B1 Richtung
// Linz. … Er kam von der Fahrbahn ab."
func (x *extractor) carriedAccident(s *sent, g int, t *trigger) bool {
	if !t.verb || family(t.kind) != KindAccident || !s.isMain(g) || s.hasTimeAnchor(g) {
		return false
	}
	if !x.setting.Valid() || x.settingBlock != s.a.Sentences[s.index].Block {
		return false
	}
	w := firstWordOf(s.toks, g)
	return w >= 0 && (s.toks[w].lower == "er" || s.toks[w].lower == "sie")
}

func (x *extractor) hasKind(kind Kind) bool {
	for _, c := range x.cands {
		if x.lx.triggers[c.trig].kind == kind {
			return true
		}
	}
	return false
}

// programGuide reports a text of three or more programme entries: a time
// of day and a genre in capitals ("20.15 KRIMI", "6.30 DOKUMENTATION").
func programGuide(text string) bool {
	n := 0
	for i := 1; i+7 < len(text); i++ {
		// jump to the next full stop: most bytes are none
		k := strings.IndexByte(text[i:len(text)-7], '.')
		if k < 0 {
			break
		}
		if i += k; !isDigit(text[i-1]) {
			continue
		}
		j := i + 1
		if !isDigit(text[j]) || !isDigit(text[j+1]) || text[j+2] != ' ' {
			continue
		}
		caps := 0
		for k := j + 3; k < len(text) && caps < 4 && text[k] >= 'A' && text[k] <= 'Z'; k++ {
			caps++
		}
		if caps == 4 {
			if n++; n == 3 {
				return true
			}
		}
	}
	return false
}

// answerOpens reports a sentence at start that opens with a person's
// name and a colon ("Hofer: Dann hätte …"): an interview's answer, the
// answerer's own words as a quote is (the interviewer's "STANDARD: …"
// tells what is known). The answer's later sentences are not marked:
// the texts that lost their quotation marks often lost their paragraphs
// too.
func (x *extractor) answerOpens(start int) bool {
	text := x.a.Text
	for start < len(text) && (text[start] == ' ' || text[start] == '\n') {
		start++
	}
	k, ok := slices.BinarySearchFunc(x.a.Actors, start, func(m model.ActorMention, s int) int { return cmp.Compare(m.Start, s) })
	if !ok {
		return false
	}
	m := x.a.Actors[k]
	return m.End < len(text) && text[m.End] == ':' && m.Actor >= 0 && m.Actor < len(x.actors) && x.actors[m.Actor].Kind == model.Person
}
