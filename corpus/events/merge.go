package events

import (
	"cmp"
	"runtime"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"chronik/corpus/actors"
	"chronik/corpus/text"
	"chronik/model"
)

// Merging: mentions of one real event become one model.Event. Two
// mentions are the same event when they are of the same kind (or family:
// mergeFamilies), their dates
// intersect, their actors agree on their core (Jaccard ≥ ½ against the
// actors most of the event's mentions name) and something more ties them:
// the same article, a shared distinctive word (a place, a named thing, a
// specific noun such as "Abendessen") or both dates precise to a few days.
// Zuckerberg's dinner with Trump in Mar-a-Lago and Bezos' and Musk's
// dinner with Trump there share the kind, the place and Trump, but not
// their core actors, so they stay apart. The merged date is the
// intersection of the mentions' dates: each source narrows it.
//
// Mentions are taken narrowest date first, so precise dates found events
// and vaguer mentions join them. Candidates come from a blocking index
// keyed by (kind, actor, date bucket), so merging costs about one lookup
// per actor and bucket per mention, not a comparison with every event.

const (
	minJaccard = 0.5
	// preciseDays: two mentions dated to within this many days need no
	// further evidence beyond kind and actors.
	preciseDays = 3
	// outlierGap: a mention whose date misses the event's by at most this
	// many days still joins it on strong evidence (the same core actors and
	// a shared distinctive word), without narrowing the event's date: one
	// source's off-by-one must not split an event.
	outlierGap = 2
	// maxScan bounds how many events of one index block a mention looks
	// at, most recent first, so that an actor in every article ("Trump")
	// cannot make merging quadratic.
	maxScan = 64
	// bucketLevels: date buckets of 8, 32, … 8·4⁷ days (a factor of four
	// keeps an event in at most two buckets of its level, and a query
	// looks at few levels); wider dates are
	// indexed in the widest level.
	bucketLevels = 8
	maxWords     = 32
)

type cluster struct {
	id      int32
	date    model.Interval
	arts    []int32 // the articles of its mentions, each once
	members []int32
	// attacks are the criticisms (mentions) its posts are part of, in
	// order, each once, and holds the criticisms among its members: few
	// events have any, and merging asks for them of every pair it weighs
	// (an event of many posts may attack as many criticisms)
	attacks, holds []int32
	actors         []actorTally
	agents         []int32 // the first actor of each member: who did it
	retells        []int32 // its opening mentions (head, lead) that a later one tells again (merger.retells)
	words          []uint64
	result         [2]uint8 // of a match, the score of its first member that gives one
	several        bool     // a member is several incidents told by a plural noun (Mention.several)
	dead           bool     // absorbed by another event
}

// crowdRole is the part of an unnamed crowd that opens a clause of kind
// k: the patient of what befalls people, unless it did that to others
// (acted: "Eine Behörde verhängte ein Bußgeld"), else the agent.
func crowdRole(k Kind, acted bool) model.Role {
	if befalls.has(k) && !acted {
		return model.RolePatient
	}
	return model.RoleAgent
}

// directedKinds are happenings one actor does to or about others: the
// first actor is the agent ("Musk kritisiert Trump"), and mentions with
// different agents are different events (Musk's post and Altman's,
// Musk's criticism of Trump and Trump's of Musk). In every other kind the
// actors' parts do not tell events apart, or the text swaps them freely:
// a meeting of Bezos and Trump is one of Trump and Bezos, "der Bundestag
// wählte Merz" and "Merz wurde gewählt" tell one election.
var directedKinds = kindsOf(
	KindStatement, KindPost, KindCriticism, KindLawsuit, KindThreat,
	KindCongratulation, KindChallenge, KindOffer, KindAnnouncement,
	KindInvestment, KindAcquisition, KindSale, KindDonation, KindBan,
	KindInvitation, KindPresentation, KindPublication, KindApplication,
)

// wordKinds are kinds common enough that one article tells several of the
// same actor (statements, posts): their mentions merge only on a shared
// distinctive word, even within an article.
var wordKinds = kindsOf(KindStatement, KindPost)

type actorTally struct {
	actor int32
	count int32
	// agent and patient count the mentions that give it that role
	agent, patient int32
	ranks          int32 // sum of the actor's positions in its mentions' lists
	first          int32 // the first member that names it
	// prep: the preposition the first mention that gives it no role
	// names it with ("bei Siemens"), for a title; "" for none
	prep string
}

// A blockKey files events in the index: an actor, a date bucket level
// (8·4^level days; undated events at level -1, every event of the actor
// at anyDate) and a bucket, packed into
// one word so that a lookup hashes a single integer.
type blockKey uint64

func keyOf(actor int, level, bucket int32) blockKey {
	return blockKey(uint64(uint32(actor))<<32 | uint64(level+2)<<27 | uint64(uint32(bucket))&(1<<27-1))
}

// A merger merges the mentions of one kind: events never mix kinds, so
// each kind is merged on its own, all kinds in parallel.
type merger struct {
	ms       []*Mention // all mentions; this merger takes those of its kind
	clusters []cluster
	index    map[blockKey][]int32
	byArt    map[int][]int32 // article → events holding one of its mentions
	freq     []int32         // actor → number of mentions
	stamp    []int32         // per event: the last query that looked at it
	gen      int32
	cands    []int32
	query    []int
	levels   uint32 // the bucket levels the index uses
	ints     arena[int32]
	tallies  arena[actorTally]
	hashes   arena[uint64]
	directed bool // the kind is in directedKinds: agents must agree
	needWord bool // the kind is in wordKinds
	markets  bool // the kind is family(KindMarket): only its mentions can be market moves
	plans    bool // the kind is KindPlan: its mentions plan happenings of many kinds
	named    int  // actors below this index are named; those above, institutions (addInstitutions)
	// sufferers are the actors of whom unnamed happenings were told, and
	// the unnamed crowds that did them, by noun (addSufferers): an
	// event's patients and agents, not used in matching
	sufferers map[string]int
	// institutions are the institution actors by noun (addInstitutions),
	// for the agents events add beside those named
	institutions map[string]int
	// side maps an actor to the one that stands for it and the
	// organisations the articles tie it to ("Bergers Verlag
	// Tagblatt"): in matching, an owner and its organisation are one
	// side; nil when no article ties any
	side []int32
	// posts are, by article, the pairs of a person and the organisation
	// whose post the article says the person holds (Mention.posts); nil
	// when no article says so
	posts map[int][][2]int
	// criticisms are the mentions a post of this kind is part of (see
	// attacks.go)
	criticisms map[int32]bool
	// retells maps an opening mention of an article (its head's, its
	// lead's) to the later one that tells the same happening again (see
	// retellings); nil when no article has such a pair
	retells map[int32]int32
	// scratch holds the two lists of actors jaccard and coreJaccard
	// compare, reused from one comparison to the next
	scratch [2][]int32
	// courts says, per actor asked, whether it is a court (1) or not
	// (2), for the merger of insolvencies only (see court); nil in the
	// others
	courts []int8
	table  []model.Actor // the actor table, for court
}

// Merge groups the mentions into events. actors is the actor table the
// mentions index; the events come in timeline order (dated by date, then
// undated), with titles and stable, unique ids. The table it returns is
// actors with the institutions that acted unnamed appended (see
// addInstitutions); the events index it.
func Merge(mentions []Mention, actors []model.Actor) ([]model.Event, []model.Actor) {
	return MergeArticles([][]Mention{mentions}, actors)
}

// MergeArticles is Merge of the mentions of the articles one after the
// other (perArticle[i] those of article i, as ExtractFrom gives them).
// Merging reads each mention in its article's slice, through a pointer:
// copying all of the corpus's mentions into one slice only to read them
// would write a fresh block of memory the size of them all.
func MergeArticles(perArticle [][]Mention, actors []model.Actor) ([]model.Event, []model.Actor) {
	total := 0
	for _, ms := range perArticle {
		total += len(ms)
	}
	mentions := make([]*Mention, 0, total)
	for _, ms := range perArticle {
		for i := range ms {
			mentions = append(mentions, &ms[i])
		}
	}
	named := len(actors)
	actors, institutions := addInstitutions(mentions, actors)
	actors, sufferers := addSufferers(mentions, actors)
	side := sides(mentions, actors)
	posts := postsByArticle(mentions)
	happenings, reactions := splitReactions(mentions)
	happenings, joins, answers := linkAttacks(mentions, happenings)
	defer asAttack(mentions, joins)()
	byKind := map[Kind][]int32{}
	var kinds []Kind
	for _, i := range happenings {
		k := family(mentions[i].mergeKind())
		if _, ok := byKind[k]; !ok {
			kinds = append(kinds, k)
		}
		byKind[k] = append(byKind[k], i)
	}
	slices.Sort(kinds)
	perKind := make([][]model.Event, len(kinds))
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	for ki, k := range kinds {
		wg.Go(func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			mg := &merger{
				ms:           mentions,
				index:        map[blockKey][]int32{},
				byArt:        map[int][]int32{},
				freq:         make([]int32, len(actors)),
				directed:     directedKinds.has(k),
				needWord:     wordKinds.has(k),
				markets:      k == family(KindMarket),
				plans:        k == family(KindPlan),
				named:        named,
				side:         side,
				posts:        posts,
				sufferers:    sufferers,
				institutions: institutions,
			}
			if k == family(KindInsolvency) {
				mg.courts, mg.table = make([]int8, len(actors)), actors
			}
			perKind[ki] = mg.merge(byKind[k], actors)
		})
	}
	wg.Wait()
	n := 0
	for _, es := range perKind {
		n += len(es)
	}
	events := make([]model.Event, 0, n)
	for _, es := range perKind {
		events = append(events, es...)
	}
	slices.SortStableFunc(events, func(a, b model.Event) int {
		if c := a.Date.Compare(b.Date); c != 0 {
			return c
		}
		if c := cmp.Compare(a.Title, b.Title); c != 0 {
			return c
		}
		am, bm := a.Mentions[0], b.Mentions[0]
		if c := cmp.Compare(am.Article, bm.Article); c != 0 {
			return c
		}
		return cmp.Compare(am.Sentence, bm.Sentence)
	})
	attachReactions(events, mentions, reactions, answers)
	assignSalience(events, mentions, len(actors))
	ids := newIDSet(len(events))
	for i := range events {
		events[i].ID = eventID(&events[i], ids)
	}
	return events, actors
}

// merge merges the mentions of one kind, narrowest date first.
func (mg *merger) merge(order []int32, actors []model.Actor) []model.Event {
	mentions := mg.ms
	mg.retells = mg.retellings(order)
	for _, i := range order {
		for _, a := range mentions[i].Actors {
			mg.freq[a]++
		}
		if t := mentions[i].attack; t > 0 {
			if mg.criticisms == nil {
				mg.criticisms = map[int32]bool{}
			}
			mg.criticisms[t-1] = true
		}
	}
	slices.SortStableFunc(order, func(p, q int32) int {
		a, b := mentions[p], mentions[q]
		ad, bd := a.Date.Valid(), b.Date.Valid()
		if ad != bd {
			if ad {
				return -1
			}
			return 1
		}
		if c := cmp.Compare(a.Date.Days(), b.Date.Days()); c != 0 {
			return c
		}
		if c := cmp.Compare(a.Date.Start, b.Date.Start); c != 0 {
			return c
		}
		if c := cmp.Compare(a.Article, b.Article); c != 0 {
			return c
		}
		return cmp.Compare(a.Sentence, b.Sentence)
	})
	for _, i := range order {
		mg.add(i)
	}
	mg.consolidate()
	events := make([]model.Event, 0, len(mg.clusters))
	for ci := range mg.clusters {
		if !mg.clusters[ci].dead {
			events = append(events, mg.event(&mg.clusters[ci], actors))
		}
	}
	return events
}

func (mg *merger) add(i int32) {
	m := mg.ms[i]
	best, bestScore, bestOutlier := int32(-1), 0.0, false
	for _, ci := range mg.candidates(i) {
		c := &mg.clusters[ci]
		score, outlier, ok := mg.match(m, c)
		if ok && (best < 0 || score > bestScore) {
			best, bestScore, bestOutlier = ci, score, outlier
		}
	}
	if best < 0 {
		best = int32(len(mg.clusters))
		mg.clusters = append(mg.clusters, cluster{id: best, date: m.Date})
		mg.stamp = append(mg.stamp, -1)
	} else if !bestOutlier && m.Date.Valid() {
		c := &mg.clusters[best]
		if c.date.Valid() {
			c.date, _ = c.date.Intersect(m.Date)
		} else {
			c.date = m.Date
		}
	}
	mg.join(best, i)
}

// candidates returns the events mention i may join: those indexed under
// its kind, one of its rarest actors and a date bucket its date touches,
// and the events of its own article.
func (mg *merger) candidates(i int32) []int32 {
	m := mg.ms[i]
	mg.startQuery()
	mg.query = mg.query[:0]
	for _, a := range m.Actors {
		mg.addQuery(a)
	}
	mg.lookup(m.Date)
	mg.take(mg.byArt[m.Article])
	return mg.cands
}

// addQuery adds an actor's side (sideOf) to the query, once.
func (mg *merger) addQuery(a int) {
	if s := int(mg.sideOf(int32(a))); !slices.Contains(mg.query, s) {
		mg.query = append(mg.query, s)
	}
}

func (mg *merger) startQuery() {
	mg.gen++
	mg.cands = mg.cands[:0]
}

// take adds the live events of an index list to the candidates, the most
// recent first and at most maxScan of them.
func (mg *merger) take(list []int32) {
	for k, n := len(list)-1, 0; k >= 0 && n < maxScan; k-- {
		ci := list[k]
		if mg.clusters[ci].dead {
			continue
		}
		n++
		if mg.stamp[ci] != mg.gen {
			mg.stamp[ci] = mg.gen
			mg.cands = append(mg.cands, ci)
		}
	}
}

// lookup adds the events indexed under the actors in mg.query (sharing
// kind) whose buckets the date touches. Jaccard ≥ ½ means sharing at least
// half of the query's actors, so any len−⌈len/2⌉+1 of them meet every
// possible match: it looks up only the rarest ones.
func (mg *merger) lookup(date model.Interval) {
	slices.SortStableFunc(mg.query, func(p, q int) int { return cmp.Compare(mg.freq[p], mg.freq[q]) }) // rarest first
	need := len(mg.query) - (len(mg.query)+1)/2 + 1
	for _, a := range mg.query[:min(need, len(mg.query))] {
		if !date.Valid() {
			mg.take(mg.index[keyOf(a, -1, 0)])
			continue
		}
		lo, hi := int(date.Start)-outlierGap, int(date.End)+outlierGap
		if mg.bucketsTouched(lo, hi) > maxBuckets {
			// "before 1 Dec 2024" spans all of history: the actor's
			// events of any date, most recent first, not every bucket
			mg.take(mg.index[keyOf(a, anyDate, 0)])
			continue
		}
		for level := int32(0); level < bucketLevels; level++ {
			if mg.levels&(1<<level) == 0 {
				continue
			}
			size := bucketSize(level)
			for b := lo / size; b <= hi/size; b++ {
				mg.take(mg.index[keyOf(a, level, int32(b))])
			}
		}
	}
}

// match decides whether m joins c, how well it fits, and whether its date
// is an outlier that must not narrow c's.
func (mg *merger) match(m *Mention, c *cluster) (score float64, outlier, ok bool) {
	if m.attack > 0 && slices.Contains(c.members, m.attack-1) {
		return 6, false, true // a post of the attack the event is
	}
	if otherResult(m.result, c.result) {
		return 0, false, false // "nach der 1:2-Heimniederlage" after a 3:0: another game, not told before
	}
	if mg.otherMarket(m, nil, c.members) || mg.otherPlans(m, nil, c.members) {
		return 0, false, false
	}
	if sameResult(m.result, c.result) && slices.Contains(c.arts, int32(m.Article)) && datesMeet(m.Date, c.date) {
		return 5, false, true // "Der FC siegte bei den 05ern 4:1" after "Köln bezwingt Mainz 4:1"
	}
	if m.refersBack && !(scored(m.Trigger) && m.result != c.result) && mg.toldBefore(c, m.Article, m.Sentence) && datesMeet(m.Date, c.date) && !mg.otherDeeds([]int32{-1}, c.members, m) && !mg.unnamedSides(m, c) {
		return 5, false, true // "im Laufe des Essens": the dinner the article told before
	}
	sameArticle := slices.Contains(c.arts, int32(m.Article))
	if a := m.agent(); mg.directed && a >= 0 && len(c.agents) > 0 && !mg.sharesAgent([]int32{int32(a)}, c.agents) &&
		!(sameArticle && mg.postAgents(m.Article, int32(a), c.agents)) {
		return 0, false, false
	}
	j := mg.jaccard(m.Actors, c)
	if j < minJaccard && sameArticle {
		j = mg.postJaccard(m.Article, m.Actors, c)
	}
	if j < minJaccard && sameArticle && mg.courts != nil && (mg.courtsOnly(m.Actors) || mg.clusterCourtsOnly(c)) {
		// "X ist pleite. Am Handelsgericht wurde ein Sanierungsverfahren
		// eröffnet": proceedings an article tells with no one but the
		// court are those of the insolvency it tells
		j = minJaccard
	}
	if j < minJaccard || mg.apartByPlace(m, nil, c.members) || mg.apartByTime(m, c) || mg.otherHosts(m, nil, c.members) {
		return 0, false, false
	}
	if !sameArticle && mg.unnamedApart(m, nil, c.members, m.Date, c.date) || sameArticle && (mg.othersBefell(m, c.members) || mg.openApart([]int32{-1}, c.members, m) || mg.otherDeeds([]int32{-1}, c.members, m) ||
		oneOfSeveral(m.several, c.several, m.Date, c.date)) {
		return 0, false, false
	}
	shared := sharesAny(m.words, c.words)
	if mg.needWord && !shared && !mg.adjacent(m, c) {
		return 0, false, false
	}
	switch {
	case m.Date.Valid() && c.date.Valid():
		if _, meet := m.Date.Intersect(c.date); !meet {
			// A mention the article's date dated, with no date of its own,
			// tells the happening its article dates a day or two before
			// ("hat X verpflichtet" … "unterschrieb am Montag"): it joins
			// without narrowing it (GUIDELINES.md §5, dates from the
			// narrative).
			// So does a head of another article that tells what befalls
			// one person once, a death or a resignation, of the same
			// person ("Gutschi legt Amt nieder" a day after "hat am
			// Montag ihren Rücktritt bekanntgegeben"), in other words.
			toldUndated := (sameArticle || onceKinds.has(m.Kind) && m.head && j == 1) && m.Dating == DatedArticle && gap(m.Date, c.date) <= outlierGap
			if !toldUndated && (gap(m.Date, c.date) > outlierGap || j < 2.0/3 || !shared) {
				return 0, false, false
			}
			outlier = true
		}
		precise := m.Date.Days() <= preciseDays && c.date.Days() <= preciseDays
		if !sameArticle && !shared && !precise && !mg.samePair(m, c) {
			return 0, false, false
		}
	case m.Date.Valid() != c.date.Valid():
		// An undated mention joins a dated event only from the same article.
		if !sameArticle {
			return 0, false, false
		}
	default:
		if !sameArticle && !shared {
			return 0, false, false
		}
	}
	score = 4 * j
	if shared {
		score += 2
	}
	if sameArticle {
		score++
	}
	if outlier {
		score -= 3
	}
	return score, outlier, true
}

// subjectBefallen reports the kinds whose verbs that need a context word
// tell what befell their subject, no one's deed: "in Kraft treten", "in
// Brand geraten".
func subjectBefallen(k Kind) bool { return k == KindEnactment || family(k) == KindAccident }

// courtName reports whether an actor's name names a court: a word for a
// court in it ("Amtsgericht Köln", "Handelsgericht") or the
// Amtsgericht's "AG" before a place ("AG Frankfurt").
func courtName(name string) bool {
	if strings.HasPrefix(name, "AG ") {
		return true
	}
	for w := range strings.FieldsSeq(name) {
		if courtNoun(w) {
			return true
		}
	}
	return false
}

// hasSuffixFold reports whether w ends in suffix, a lower-case ASCII word,
// in any case.
func hasSuffixFold(w, suffix string) bool {
	return len(w) >= len(suffix) && strings.EqualFold(w[len(w)-len(suffix):], suffix)
}

// court reports whether actor a is a court (false in every merger but
// the insolvencies'), asking its name once.
func (mg *merger) court(a int) bool {
	if a < 0 || a >= len(mg.courts) {
		return false
	}
	if mg.courts[a] == 0 {
		mg.courts[a] = 2
		if courtName(mg.table[a].Name) {
			mg.courts[a] = 1
		}
	}
	return mg.courts[a] == 1
}

// courtsOnly reports whether every actor of a mention is a court, or it
// names none.
func (mg *merger) courtsOnly(actors []int) bool {
	return !slices.ContainsFunc(actors, func(a int) bool { return !mg.court(a) })
}

// clusterCourtsOnly reports whether every actor of an event is a court,
// or it names none.
func (mg *merger) clusterCourtsOnly(c *cluster) bool {
	return !slices.ContainsFunc(c.actors, func(t actorTally) bool { return !mg.court(int(t.actor)) })
}

// courtActs reports whether a court is among the agents of actors, with
// their roles.
func (mg *merger) courtActs(actors []int, roles []model.Role) bool {
	for k, a := range actors {
		if k < len(roles) && roles[k] == model.RoleAgent && mg.court(a) {
			return true
		}
	}
	return false
}

// otherMarket reports market moves among mention m (or nil) and the
// members a on one side and the members b on the other that are not one:
// of different things (the Dow's fall is not the S&P 500's), in other
// directions or on days that do not meet (Monday's rise of the Dax is not
// Tuesday's fall). Market moves merge among themselves only, so the first
// member of b says whether there is anything to ask, in the one merger
// that may hold any.
func (mg *merger) otherMarket(m *Mention, a, b []int32) bool {
	if !mg.markets || len(b) == 0 || mg.ms[b[0]].Kind != KindMarket {
		return false
	}
	apart := func(x *Mention) bool {
		if x.Kind != KindMarket {
			return false
		}
		for _, k := range b {
			o := mg.ms[k]
			if _, meet := o.Date.Intersect(x.Date); o.Kind == KindMarket && (!strings.EqualFold(o.thing, x.thing) || o.Noun != x.Noun || o.Date.Valid() && x.Date.Valid() && !meet) {
				return true
			}
		}
		return false
	}
	return mg.anySide(m, a, apart)
}

// anySide reports whether mention m (if not nil) or one of the members a
// is apart from the other side, as apart tells.
func (mg *merger) anySide(m *Mention, a []int32, apart func(*Mention) bool) bool {
	if m != nil && apart(m) {
		return true
	}
	return slices.ContainsFunc(a, func(k int32) bool { return apart(mg.ms[k]) })
}

// otherPlans reports plans among mention m (or nil) and the members a on
// one side and the members b on the other of happenings of different
// kinds: a company's planned job cuts are not a minister's planned
// meeting with it, however near their days and shared their parties.
func (mg *merger) otherPlans(m *Mention, a, b []int32) bool {
	if !mg.plans || len(b) == 0 {
		return false
	}
	lx := loadLexicon()
	planned := func(x *Mention) Kind {
		if t := x.verb(lx); t != nil && x.Kind == KindPlan {
			return family(t.kind)
		}
		return ""
	}
	apart := func(x *Mention) bool {
		kx := planned(x)
		if kx == "" {
			return false
		}
		for _, k := range b {
			if ko := planned(mg.ms[k]); ko != "" && ko != kx {
				return true
			}
		}
		return false
	}
	return mg.anySide(m, a, apart)
}

// hasCompoundParty reports a kind whose compound names a party (see
// compoundParties).
func hasCompoundParty(k Kind) bool {
	_, ok := compoundParties[k]
	return ok
}

// namesActor reports whether a compound's first part ("Lufthansa" of
// "Lufthansa-Streik") is the short name of one of m's actors, with any
// role or, unless anyRole, one who did it or took part: a title names
// such a party on its own ("Streik bei Lufthansa"), not twice.
func namesActor(part string, m *Mention, anyRole bool, table []model.Actor) bool {
	for k, a := range m.Actors {
		if !anyRole && (k >= len(m.Roles) || m.Roles[k] == model.RolePatient) {
			continue
		}
		if a < len(table) && strings.EqualFold(part, ShortName(&table[a])) {
			return true
		}
	}
	return false
}

// jaccard compares actors with the core of c.
func (mg *merger) jaccard(actors []int, c *cluster) float64 {
	if mg.side != nil {
		mg.scratch[0], mg.scratch[1] = int32s(mg.scratch[0][:0], actors), c.coreActors(mg.scratch[1][:0])
		return sideJaccard(mg.scratch[0], mg.scratch[1], mg.sideOf)
	}
	core, inter := 0, 0
	for _, t := range c.actors {
		if !c.core(t) {
			continue
		}
		core++
		if slices.Contains(actors, int(t.actor)) {
			inter++
		}
	}
	union := core + len(actors) - inter
	if union == 0 {
		return 1 // two happenings nobody is named for, told with their place
	}
	return float64(inter) / float64(union)
}

// postsByArticle collects the mentions' post ties by article.
func postsByArticle(mentions []*Mention) map[int][][2]int {
	var out map[int][][2]int
	for _, m := range mentions {
		for _, p := range m.posts {
			if out == nil {
				out = map[int][][2]int{}
			}
			if !slices.Contains(out[m.Article], p) {
				out[m.Article] = append(out[m.Article], p)
			}
		}
	}
	return out
}

// postSide returns the side of actor a within article art: the
// organisation's, when the article says a holds one of its posts and no
// other person holds one of that organisation's, so that a headline's
// "Chef der X kündigt Streik an", which X does through him, and the
// lead's "Der Chef der X, Y, hat … aufgerufen" are one doer.
func (mg *merger) postSide(art int, a int32) int32 {
	var org int32 = -1
	for _, p := range mg.posts[art] {
		if int32(p[0]) == a {
			org = int32(p[1])
			break
		}
	}
	if org < 0 {
		return mg.sideOf(a)
	}
	for _, p := range mg.posts[art] {
		if int32(p[1]) == org && int32(p[0]) != a {
			return mg.sideOf(a) // two holders: which one acted the organisation does not say
		}
	}
	return mg.sideOf(org)
}

// actsThroughHolder reports whether actor o, an agent of event c, is an
// organisation that acts through another of its agents (actors, with
// their roles) whom an article of c names as holding one of its posts
// (Mention.posts).
func (mg *merger) actsThroughHolder(c *cluster, o int32, actors []int, roles []model.Role) bool {
	if mg.posts == nil {
		return false
	}
	for _, art := range c.arts {
		for _, p := range mg.posts[int(art)] {
			if int32(p[1]) != o {
				continue
			}
			if k := slices.Index(actors, p[0]); k >= 0 && roles[k] == model.RoleAgent {
				return true
			}
		}
	}
	return false
}

// postAgents reports whether agent a and one of agents are one doer
// within article art (postSide).
func (mg *merger) postAgents(art int, a int32, agents []int32) bool {
	if len(mg.posts[art]) == 0 {
		return false
	}
	s := mg.postSide(art, a)
	return slices.ContainsFunc(agents, func(b int32) bool { return mg.postSide(art, b) == s })
}

// postJaccard is jaccard within article art, each actor taken as its
// postSide.
func (mg *merger) postJaccard(art int, actors []int, c *cluster) float64 {
	if len(mg.posts[art]) == 0 {
		return 0
	}
	mg.scratch[0], mg.scratch[1] = int32s(mg.scratch[0][:0], actors), c.coreActors(mg.scratch[1][:0])
	return sideJaccard(mg.scratch[0], mg.scratch[1], func(a int32) int32 { return mg.postSide(art, a) })
}

// int32s appends actors to out as int32s.
func int32s(out []int32, actors []int) []int32 {
	for _, a := range actors {
		out = append(out, int32(a))
	}
	return out
}

// coreActors appends the actors of c's core to out.
func (c *cluster) coreActors(out []int32) []int32 {
	for _, t := range c.actors {
		if c.core(t) {
			out = append(out, t.actor)
		}
	}
	return out
}

// core reports whether an actor belongs to the core of c: named by at
// least half of its mentions (so by every mention while it has one).
func (c *cluster) core(t actorTally) bool { return 2*int(t.count) >= len(c.members) }

// sideJaccard compares two sets of actors by their sides.
func sideJaccard(a, b []int32, side func(int32) int32) float64 {
	var sa, sb []int32
	for _, x := range a {
		if s := side(x); !slices.Contains(sa, s) {
			sa = append(sa, s)
		}
	}
	for _, x := range b {
		if s := side(x); !slices.Contains(sb, s) {
			sb = append(sb, s)
		}
	}
	inter := 0
	for _, s := range sa {
		if slices.Contains(sb, s) {
			inter++
		}
	}
	union := len(sa) + len(sb) - inter
	if union == 0 {
		return 1
	}
	return float64(inter) / float64(union)
}

// coreJaccard compares the cores of two events.
func (mg *merger) coreJaccard(a, b *cluster) float64 {
	if mg.side != nil {
		mg.scratch[0], mg.scratch[1] = a.coreActors(mg.scratch[0][:0]), b.coreActors(mg.scratch[1][:0])
		return sideJaccard(mg.scratch[0], mg.scratch[1], mg.sideOf)
	}
	ca, inter, union := 0, 0, 0
	for _, t := range a.actors {
		if a.core(t) {
			ca++
			if k := slices.IndexFunc(b.actors, func(u actorTally) bool { return u.actor == t.actor }); k >= 0 && b.core(b.actors[k]) {
				inter++
			}
		}
	}
	cb := 0
	for _, t := range b.actors {
		if b.core(t) {
			cb++
		}
	}
	union = ca + cb - inter
	if union == 0 {
		return 1
	}
	return float64(inter) / float64(union)
}

// sharesAny reports whether a and b have an element in common: a
// distinctive word of two mentions, an actor of two happenings.
func sharesAny[T comparable](a, b []T) bool {
	for _, w := range a {
		if slices.Contains(b, w) {
			return true
		}
	}
	return false
}

// otherResult reports two matches told with different results: two
// games of a round-up ("siegte 3:0", "nach der 1:2-Heimniederlage").
func otherResult(a, b [2]uint8) bool {
	return a != [2]uint8{} && b != [2]uint8{} && a != b
}

// sameResult reports two games of one article told with the same final
// score: one game told again, its sides named another way ("Köln
// bezwingt Mainz 4:1" … "Der FC siegte bei den 05ern 4:1"), by city,
// nickname or initials that no actor table joins.
func sameResult(a, b [2]uint8) bool {
	return a != [2]uint8{} && a == b
}

// scored reports a trigger that carries its game's score ("der
// 1:2-Heimniederlage"): it refers back only to a game told with that score.
func scored(trigger string) bool {
	n := 0
	scoresAt(trigger, func(_, _, _, _ int) { n++ })
	return n > 0
}

// gap is the number of days between two disjoint intervals.
func gap(a, b model.Interval) int {
	if a.End < b.Start {
		return int(b.Start - a.End)
	}
	return int(a.Start - b.End)
}

// join adds mention i to event ci and indexes the event under any actor
// it did not have yet.
func (mg *merger) join(ci, i int32) {
	c := &mg.clusters[ci]
	m := mg.ms[i]
	if c.members == nil {
		// A new event: its short lists come from the arenas.
		c.members, c.agents, c.arts = mg.ints.take(2), mg.ints.take(1), mg.ints.take(1)
		c.actors, c.words = mg.tallies.take(len(m.Actors)), mg.hashes.take(len(m.words))
	}
	c.members = append(c.members, i)
	c.several = c.several || m.several
	if c.result == ([2]uint8{}) {
		c.result = m.result
	}
	if _, ok := mg.retells[i]; ok {
		c.retells = append(c.retells, i)
	}
	if mg.criticisms[i] {
		c.holds = append(c.holds, i)
	}
	if m.attack > 0 {
		c.attacks = addSorted(c.attacks, m.attack-1)
	}
	if a := m.agent(); a >= 0 && !slices.Contains(c.agents, int32(a)) {
		c.agents = append(c.agents, int32(a))
	}
	for rank, a := range m.Actors {
		k := slices.IndexFunc(c.actors, func(t actorTally) bool { return t.actor == int32(a) })
		if k < 0 {
			k = len(c.actors)
			c.actors = append(c.actors, actorTally{actor: int32(a), first: int32(len(c.members) - 1)})
			mg.indexUnder(ci, a)
		}
		t := &c.actors[k]
		t.count++
		t.ranks += int32(rank)
		if rank < len(m.Roles) {
			switch m.Roles[rank] {
			case model.RoleAgent:
				t.agent++
			case model.RolePatient:
				t.patient++
				if rank < len(m.preps) && t.prep == "" && (m.preps[rank] == "gegen" || m.preps[rank] == "bei") {
					t.prep = m.preps[rank] // for a title: "Gericht entscheidet gegen Bank", "Streik bei Oracle"
				}
			default:
				if rank < len(m.preps) && t.prep == "" {
					t.prep = m.preps[rank]
				}
			}
		}
	}
	for _, w := range m.words {
		if len(c.words) < maxWords && !slices.Contains(c.words, w) {
			c.words = append(c.words, w)
		}
	}
	if l := mg.byArt[m.Article]; !slices.Contains(l, ci) {
		if l == nil {
			l = mg.ints.take(4)
		}
		mg.byArt[m.Article] = append(l, ci)
		c.arts = append(c.arts, int32(m.Article))
	}
}

// An arena hands out short slices from large blocks, so that the many
// small lists of the events cost few allocations. A slice has exactly the
// capacity asked for: a list that outgrows it moves to an array of its
// own, as append does, and never writes into its neighbour's share.
// The blocks grow from arenaFirstBlock to arenaBlock: most kinds have few
// events, and a merger of each kind made blocks of the full size.
type arena[T any] struct {
	block []T
	next  int // the size of the next block
}

const arenaBlock, arenaFirstBlock = 4096, 64

func (a *arena[T]) take(n int) []T {
	if n > arenaBlock/8 {
		return make([]T, 0, n)
	}
	if len(a.block) < n {
		a.next = min(max(2*a.next, arenaFirstBlock), arenaBlock)
		a.block = make([]T, max(a.next, n))
	}
	s := a.block[:0:n]
	a.block = a.block[n:]
	return s
}

// anyDate is the index level that files every event of an actor,
// whatever its date, for a query too wide for buckets.
const anyDate = -2

// maxBuckets bounds the buckets one query looks up; a wider date looks
// at the actor's events of any date instead.
const maxBuckets = 64

// bucketsTouched counts the buckets of the levels in use that the days
// lo … hi touch.
func (mg *merger) bucketsTouched(lo, hi int) int {
	n := 0
	for level := int32(0); level < bucketLevels; level++ {
		if mg.levels&(1<<level) != 0 {
			size := bucketSize(level)
			n += hi/size - lo/size + 1
		}
	}
	return n
}

// bucketSize is the length in days of the buckets of a level.
func bucketSize(level int32) int { return 8 << (2 * level) }

// indexUnder files event ci under actor a at the coarsest useful level:
// the bucket size at least its length, so it lies in at most two buckets.
// Its date only narrows later, so these buckets keep holding it.
func (mg *merger) indexUnder(ci int32, a int) {
	a = int(mg.sideOf(int32(a))) // an owner is filed with its organisation
	c := &mg.clusters[ci]
	mg.index[keyOf(a, anyDate, 0)] = append(mg.index[keyOf(a, anyDate, 0)], ci)
	if !c.date.Valid() {
		k := keyOf(a, -1, 0)
		mg.index[k] = append(mg.index[k], ci)
		return
	}
	level := int32(0)
	for level < bucketLevels-1 && bucketSize(level) < c.date.Days() {
		level++
	}
	mg.levels |= 1 << level
	size := bucketSize(level)
	first, last := int(c.date.Start)/size, int(c.date.End)/size
	for b := first; b <= last; b++ {
		k := keyOf(a, level, int32(b))
		mg.index[k] = append(mg.index[k], ci)
	}
}

// consolidate merges events with each other by the rules mentions follow.
// Taking mentions one by one can split an event: a vague mention that
// comes early may find none of the sources it shares an article or a word
// with yet. Comparing whole events afterwards mends that, and it is cheap:
// the same index gives the candidates.
func (mg *merger) consolidate() {
	for changed := true; changed; {
		changed = false
		for ci := range mg.clusters {
			for !mg.clusters[ci].dead {
				best, bestScore := int32(-1), 0.0
				for _, cj := range mg.clusterCandidates(int32(ci)) {
					if score, ok := mg.clusterMatch(&mg.clusters[ci], &mg.clusters[cj]); ok && (best < 0 || score > bestScore) {
						best, bestScore = cj, score
					}
				}
				if best < 0 {
					break
				}
				mg.absorb(int32(ci), best)
				changed = true
			}
		}
	}
}

func (mg *merger) clusterCandidates(ci int32) []int32 {
	c := &mg.clusters[ci]
	mg.startQuery()
	mg.stamp[ci] = mg.gen // not itself
	mg.query = mg.query[:0]
	for _, t := range c.actors {
		if c.core(t) {
			mg.addQuery(int(t.actor))
		}
	}
	mg.lookup(c.date)
	for _, art := range c.arts {
		mg.take(mg.byArt[int(art)])
	}
	return mg.cands
}

// clusterMatch applies the rules of match to two events.
func (mg *merger) clusterMatch(a, b *cluster) (float64, bool) {
	if mg.tiedByAttack(a, b) || mg.tiedByAttack(b, a) {
		return 6, true
	}
	if otherResult(a.result, b.result) {
		return 0, false
	}
	if mg.otherMarket(nil, a.members, b.members) || mg.otherPlans(nil, a.members, b.members) {
		return 0, false
	}
	if sameResult(a.result, b.result) && mg.shareArticle(a, b) && datesMeet(a.date, b.date) {
		return 5, true
	}
	if (mg.refersTo(b, a) || mg.refersTo(a, b)) && datesMeet(a.date, b.date) && !mg.otherDeeds(a.members, b.members, nil) {
		return 5, true
	}
	if (mg.retold(a, b) || mg.retold(b, a)) && datesMeet(a.date, b.date) {
		return 5, true
	}
	if mg.directed && len(a.agents) > 0 && len(b.agents) > 0 && !mg.sharesAgent(a.agents, b.agents) {
		return 0, false
	}
	j := mg.coreJaccard(a, b)
	if j < minJaccard || mg.apartByPlace(nil, a.members, b.members) || mg.clustersApartByTime(a, b) || mg.otherHosts(nil, a.members, b.members) {
		return 0, false
	}
	sameArticle := mg.shareArticle(a, b)
	if !sameArticle && mg.unnamedApart(nil, a.members, b.members, a.date, b.date) || sameArticle && (mg.clustersBefellOthers(a, b) || mg.openApart(a.members, b.members, nil) || mg.otherDeeds(a.members, b.members, nil) ||
		oneOfSeveral(a.several, b.several, a.date, b.date)) {
		return 0, false
	}
	shared := sharesAny(a.words, b.words)
	if mg.needWord && !shared && !mg.clustersAdjacent(a, b) {
		return 0, false
	}
	switch {
	case a.date.Valid() && b.date.Valid():
		if _, meet := a.date.Intersect(b.date); !meet {
			return 0, false
		}
		precise := a.date.Days() <= preciseDays && b.date.Days() <= preciseDays
		if !sameArticle && !shared && !precise {
			return 0, false
		}
	case a.date.Valid() != b.date.Valid():
		if !sameArticle {
			return 0, false
		}
	default:
		if !sameArticle && !shared {
			return 0, false
		}
	}
	score := 4 * j
	if shared {
		score += 2
	}
	if sameArticle {
		score++
	}
	return score, true
}

// oneOfSeveral reports two sides, dated da and db, of which one tells
// several incidents by a plural noun (sa or sb: "Bei Unfällen in Kärnten
// wurden am Wochenende sieben Menschen verletzt") and the other, by no
// such noun, one of them on a narrower date ("Am Samstag ist ein Lkw
// umgekippt"): one of the several is a row of its own, and would shrink
// the summary's date.
func oneOfSeveral(sa, sb bool, da, db model.Interval) bool {
	narrower := func(x, y model.Interval) bool {
		return x.Valid() && y.Valid() && x != y && y.Start <= x.Start && x.End <= y.End
	}
	return sa && !sb && narrower(db, da) || sb && !sa && narrower(da, db)
}

// otherHosts reports visits to different countries on the two sides, one
// mention m (or nil) and the members a, the other the members b: a visit
// to France is not one to Iran, however near their days.
func (mg *merger) otherHosts(m *Mention, a, b []int32) bool {
	host := func(m *Mention, ks []int32) string {
		if m != nil && m.host != "" {
			return m.host
		}
		for _, k := range ks {
			if h := mg.ms[k].host; h != "" {
				return h
			}
		}
		return ""
	}
	ha := host(m, a)
	if ha == "" {
		return false // (most happenings are no visit: the other side is not read)
	}
	hb := host(nil, b)
	return hb != "" && !strings.EqualFold(ha, hb)
}

// apartByPlace reports two happenings that name nobody but an
// institution ("die Polizei", "die Ermittler") or no one at all and that
// the text places in different places: an arrest in one city and one in
// another are two happenings, however near their dates. One side is
// mention m (or nil) and the members a, the other the members b.
func (mg *merger) apartByPlace(m *Mention, a, b []int32) bool {
	if m != nil && !mg.unnamed(m) {
		return false
	}
	placedA, placedB := m != nil && m.objectRank == 1, false
	for _, k := range a {
		o := mg.ms[k]
		if !mg.unnamed(o) {
			return false
		}
		placedA = placedA || o.objectRank == 1
	}
	for _, k := range b {
		o := mg.ms[k]
		if !mg.unnamed(o) {
			return false
		}
		placedB = placedB || o.objectRank == 1
	}
	if !placedA || !placedB {
		return false
	}
	for _, k := range b {
		o := mg.ms[k]
		if o.objectRank != 1 {
			continue
		}
		if m != nil && m.objectRank == 1 && placedAlike(m, o) {
			return false
		}
		for _, j := range a {
			if p := mg.ms[j]; p.objectRank == 1 && placedAlike(p, o) {
				return false
			}
		}
	}
	return true
}

// unnamedApart reports two happenings of different articles that name
// nobody but institutions ("Die Polizei nahm einen Mann fest" in one and
// in another article): with no name to tie them, only the same place or
// dates precise to a few days make them one; a shared word or a year in
// common does not. One side is mention m (or nil) and the members a, of
// date da; the other the members b, of date db.
func (mg *merger) unnamedApart(m *Mention, a, b []int32, da, db model.Interval) bool {
	if m != nil && !mg.unnamed(m) {
		return false
	}
	for _, side := range [2][]int32{a, b} {
		for _, k := range side {
			if !mg.unnamed(mg.ms[k]) {
				return false
			}
		}
	}
	if da.Valid() && db.Valid() && da.Days() <= preciseDays && db.Days() <= preciseDays {
		return false
	}
	place := func(o *Mention) string {
		if o.objectRank == 1 {
			return o.Object
		}
		return ""
	}
	for _, k := range b {
		pb := place(mg.ms[k])
		if pb == "" {
			continue
		}
		if m != nil && samePlace(place(m), pb) {
			return false
		}
		for _, j := range a {
			if samePlace(place(mg.ms[j]), pb) {
				return false
			}
		}
	}
	return true
}

// samePlace reports whether two places a text gives can be where one
// happening was: the same, or one a part of the other that names it
// ("Peru" and "Süden Perus", "Landkreis Celle" and "Celle"), as
// a word of its own or in the genitive. "" is no place.
// placedAlike reports two mentions placed in the same place, or in
// places one of their sentences names both of: "Großbrand in Lagerhalle"
// and "ein Großbrand in einer Lagerhalle im Linzer Hafen".
func placedAlike(a, b *Mention) bool {
	return samePlace(a.Object, b.Object) || namesWordOf(a, b.Object) || namesWordOf(b, a.Object)
}

// namesWordOf reports whether mention m's distinctive words hold a word
// of place.
func namesWordOf(m *Mention, place string) bool {
	for w := range strings.FieldsSeq(place) {
		if len(w) < 3 || strings.Trim(w, "0123456789") == "" {
			continue // a road's letter or number names no place of its own ("A 11" is not "A 12")
		}
		if slices.Contains(m.words, stemHash(strings.ToLower(w))) {
			return true
		}
	}
	return false
}

func samePlace(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	for from := 0; from < len(b); {
		k := strings.Index(b[from:], a)
		if k < 0 {
			return false
		}
		k += from
		end := k + len(a)
		if end < len(b) && b[end] == 's' {
			end++ // "Perus"
		}
		if (k == 0 || b[k-1] == ' ') && (end == len(b) || b[end] == ' ') {
			return true
		}
		from = k + 1
	}
	return false
}

// openApart reports two sides of one article that name different open
// dates of the same form ("im März" … "im vergangenen Juli", "am Freitag"
// … "am Sonntag"): other happenings, though the article's unknown year
// dates neither. Side a holds the members a, or, for an index -1, the
// mention m; side b the members b.
func (mg *merger) openApart(a, b []int32, m *Mention) bool {
	for _, i := range a {
		x := m
		if i >= 0 {
			x = mg.ms[i]
		}
		if x.openDate == "" {
			continue // most mentions: no pair to weigh (events of many members made the pairs cost a share of the pipeline)
		}
		for _, k := range b {
			y := mg.ms[k]
			if x.Article == y.Article && y.openDate != "" && len(x.openDate) == len(y.openDate) && x.openDate != y.openDate {
				return true
			}
		}
	}
	return false
}

// trialSteps are the nouns of a trial's steps, each a happening of its
// own on its day (a trial's other nouns, "Prozess", "Verhandlung", name
// the trial).
var trialSteps = map[string]bool{"Strafantrag": true, "Plädoyer": true, "Aussage": true}

// otherDeeds reports a member of a (or m, where a holds -1, as in
// openApart) that tells another deed than every member of b does (see
// deedsApart), so that the two are not one happening though the article,
// the kind and the actors are the same.
func (mg *merger) otherDeeds(a, b []int32, m *Mention) bool {
	if len(b) == 0 {
		return false
	}
	for _, i := range a {
		x := m
		if i >= 0 {
			x = mg.ms[i]
		}
		if x.Kind != KindDecision && x.Kind != KindTrial {
			continue // most mentions: no pair to weigh
		}
		if !slices.ContainsFunc(b, func(k int32) bool { return !deedsApart(x, mg.ms[k]) }) {
			return true
		}
	}
	return false
}

// deedsApart reports two mentions of one article that tell two deeds:
// two decisions that their verbs tell by different nouns of different
// things ("verschärft seine Asylpraxis" and "hatte die Behandlung von
// Anträgen ausgesetzt": two decisions of one government, where a
// retelling names the same thing or tells it by the same noun), or two
// steps of a trial that different nouns name (the prosecutor's demand,
// the pleas, a testimony).
func deedsApart(x, y *Mention) bool {
	if x.Article != y.Article || x.Noun == y.Noun {
		return false
	}
	if x.Kind == KindTrial {
		return trialSteps[x.Noun] && trialSteps[y.Noun]
	}
	return x.Kind == KindDecision && y.Kind == KindDecision && x.thing != "" && y.thing != "" && x.thing != y.thing
}

// othersBefell reports a mention that names nobody and tells its
// happening of "weitere" people ("ein weiterer Soldat getötet"): others
// than those the members of an event of its article tell of, so another
// happening, though no name tells them apart. (A different noun is no
// such sign: "ein Belgier festgenommen" … "Der Verdächtige wurde
// festgenommen" tell one arrest.)
func (mg *merger) othersBefell(m *Mention, members []int32) bool {
	if !m.another || !mg.unnamed(m) {
		return false
	}
	for _, k := range members {
		if o := mg.ms[k]; !mg.unnamed(o) || o.Sentence >= m.Sentence {
			return false
		}
	}
	return true
}

// clustersBefellOthers is othersBefell for two events, each of whose
// members in turn may tell of other people than the other event.
func (mg *merger) clustersBefellOthers(a, b *cluster) bool {
	for _, k := range a.members {
		if mg.othersBefell(mg.ms[k], b.members) {
			return true
		}
	}
	for _, k := range b.members {
		if mg.othersBefell(mg.ms[k], a.members) {
			return true
		}
	}
	return false
}

// apartByTime reports a happening that names nobody (see unnamed) told
// as background before the article ("Bereits vor Wochen war ein Mann
// getötet worden": an open interval) and one of the article's own days:
// with no one named to tie them, such a back story is another happening.
func (mg *merger) apartByTime(m *Mention, c *cluster) bool {
	if !m.Date.Valid() || !c.date.Valid() || m.Date.OpenStart() == c.date.OpenStart() || !mg.unnamed(m) {
		return false
	}
	return mg.allUnnamed(c)
}

// clustersApartByTime is apartByTime for two events.
func (mg *merger) clustersApartByTime(a, b *cluster) bool {
	return a.date.Valid() && b.date.Valid() && a.date.OpenStart() != b.date.OpenStart() && mg.allUnnamed(a) && mg.allUnnamed(b)
}

// allUnnamed reports an event whose mentions all name nobody (see unnamed).
func (mg *merger) allUnnamed(c *cluster) bool {
	for _, k := range c.members {
		if !mg.unnamed(mg.ms[k]) {
			return false
		}
	}
	return true
}

// unnamed reports a mention whose actors are institutions at most.
func (mg *merger) unnamed(m *Mention) bool {
	for _, a := range m.Actors {
		if a < mg.named {
			return false
		}
	}
	return true
}

// adjacent reports whether m follows or precedes a mention of c in the
// next sentence of the same article: a statement's two sentences
// ("Leavitt sagte …" — "„…“, betonte sie").
func (mg *merger) adjacent(m *Mention, c *cluster) bool {
	for _, k := range c.members {
		if o := mg.ms[k]; o.Article == m.Article && (o.Sentence == m.Sentence+1 || o.Sentence == m.Sentence-1) {
			return true
		}
	}
	return false
}

func (mg *merger) clustersAdjacent(a, b *cluster) bool {
	for _, i := range a.members {
		if mg.adjacent(mg.ms[i], b) {
			return true
		}
	}
	return false
}

func (mg *merger) sharesAgent(a, b []int32) bool {
	for _, x := range a {
		for _, y := range b {
			if mg.sideOf(x) == mg.sideOf(y) {
				return true
			}
		}
	}
	return false
}

// sideOf returns the actor that stands for a's side.
func (mg *merger) sideOf(a int32) int32 {
	if mg.side == nil || a < 0 || int(a) >= len(mg.side) {
		return a
	}
	return mg.side[a]
}

// sides returns, for each actor of the table, the one that stands for it
// and the organisations the mentions tie it to (Mention.owns, and the
// longer names of organisations of one article, namedParts), or nil when
// none are tied. A tie that a mention contradicts, one of the two acting
// on the other ("Musks Rivale OpenAI" … "OpenAI verklagte Musk"), is no
// owner's: the pattern names rivals and partners too.
func sides(mentions []*Mention, table []model.Actor) []int32 {
	n := len(table)
	var pairs [][2]int
	for i := range mentions {
		for _, p := range mentions[i].owns {
			if p[0] >= 0 && p[1] >= 0 && p[0] < n && p[1] < n && !slices.Contains(pairs, p) {
				pairs = append(pairs, p)
			}
		}
	}
	pairs = namedParts(mentions, table, pairs)
	if len(pairs) == 0 {
		return nil
	}
	for i := range mentions {
		m := mentions[i]
		a := m.agent()
		for k, r := range m.Roles {
			if r != model.RolePatient || k >= len(m.Actors) || a < 0 {
				continue
			}
			pa := m.Actors[k]
			pairs = slices.DeleteFunc(pairs, func(p [2]int) bool {
				return p == [2]int{a, pa} || p == [2]int{pa, a}
			})
		}
	}
	if len(pairs) == 0 {
		return nil
	}
	side := make([]int32, n)
	for a := range side {
		side[a] = int32(a)
	}
	find := func(a int32) int32 {
		for side[a] != a {
			side[a] = side[side[a]]
			a = side[a]
		}
		return a
	}
	for _, p := range pairs {
		// the organisation stands for its owner
		if o, a := find(int32(p[1])), find(int32(p[0])); o != a {
			side[a] = o
		}
	}
	for a := range side {
		side[a] = find(int32(a))
	}
	return side
}

// namedParts appends to pairs, as an organisation and the one that stands
// for it, the organisations of one article named by another's name and
// one common noun after it ("Velmark" and "Velmark Energietechnik",
// "Korvex" and "Korvex Logistik"): one company, or its part, which the
// article tells as one with it (issue 10: an organisation and its
// subsidiary when an article says so).
func namedParts(mentions []*Mention, table []model.Actor, pairs [][2]int) [][2]int {
	byArt := map[int][]int{}
	for _, m := range mentions {
		for _, a := range m.Actors {
			if a >= 0 && a < len(table) && table[a].Kind == model.Organization && !slices.Contains(byArt[m.Article], a) {
				byArt[m.Article] = append(byArt[m.Article], a)
			}
		}
	}
	for _, orgs := range byArt {
		for _, long := range orgs {
			for _, short := range orgs {
				if p := [2]int{long, short}; long != short && partName(table[short].Name, table[long].Name) && !slices.Contains(pairs, p) {
					pairs = append(pairs, p)
				}
			}
		}
	}
	return pairs
}

// partName reports whether long is short and one capitalised word after
// it that the lexicon reads as a common noun only, or that joins two of
// its nouns ("Velmark Energietechnik"), or a country ("Velmark
// Schweiz"), not another place or a name; or short's
// genitive and a word the lexicon reads as a noun or does not know
// ("Velmarks Backstube", "Velmarks Landbrot": a brand named after its
// maker, as no name of its own is written).
func partName(short, long string) bool {
	// (cut without building short+" ": asked of every pair of an
	// article's organisations)
	rest, ok := strings.CutPrefix(long, short)
	genitive := false
	switch {
	case !ok:
	case strings.HasPrefix(rest, " "):
		rest = rest[1:]
	case strings.HasPrefix(rest, "s ") && !strings.HasSuffix(short, "s"):
		rest, genitive = rest[2:], true
	default:
		ok = false
	}
	if !ok || rest == "" || strings.ContainsAny(rest, " -&.") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	if !unicode.IsUpper(r) {
		return false
	}
	if !genitive && countries()[strings.ToLower(rest)] {
		return true // "Velmark Schweiz": the firm in a country, its national arm
	}
	if actors.IsPlace(rest) {
		return false // "Austria Wien", "Austria Salzburg": clubs, of towns, not parts of one
	}
	c, _ := text.Classes(rest)
	return c == text.Noun || c == 0 && (genitive || actors.CompoundNoun(rest))
}

// samePair reports a directed happening whose mention names the same
// agent and the same patient as event c ("Der Verband sperrte den
// Spieler Meier" and "Meier wurde im März vom Verband gesperrt"): within a year, two sources
// telling who did it to whom tell one happening.
func (mg *merger) samePair(m *Mention, c *cluster) bool {
	if !mg.directed || m.Date.Days() > 366 || c.date.Days() > 366 {
		return false
	}
	a := m.agent()
	if a < 0 || !mg.sharesAgent([]int32{int32(a)}, c.agents) {
		return false
	}
	for k, r := range m.Roles {
		if r != model.RolePatient || k >= len(m.Actors) {
			continue
		}
		for _, t := range c.actors {
			if t.patient > 0 && mg.sideOf(t.actor) == mg.sideOf(int32(m.Actors[k])) {
				return true
			}
		}
	}
	return false
}

func (mg *merger) shareArticle(a, b *cluster) bool {
	if len(a.arts) > len(b.arts) {
		a, b = b, a
	}
	for _, art := range a.arts {
		if slices.Contains(mg.byArt[int(art)], b.id) {
			return true
		}
	}
	return false
}

// absorb moves event b into event a.
func (mg *merger) absorb(ai, bi int32) {
	a, b := &mg.clusters[ai], &mg.clusters[bi]
	switch {
	case a.date.Valid() && b.date.Valid():
		a.date, _ = a.date.Intersect(b.date)
	case b.date.Valid():
		a.date = b.date
	}
	offset := int32(len(a.members))
	a.members = append(a.members, b.members...)
	a.several = a.several || b.several
	for _, t := range b.attacks {
		a.attacks = addSorted(a.attacks, t)
	}
	a.holds, b.holds = append(a.holds, b.holds...), nil
	a.retells, b.retells = append(a.retells, b.retells...), nil
	for _, t := range b.actors {
		if k := slices.IndexFunc(a.actors, func(u actorTally) bool { return u.actor == t.actor }); k >= 0 {
			a.actors[k].count += t.count
			a.actors[k].ranks += t.ranks
			a.actors[k].agent += t.agent
			a.actors[k].patient += t.patient
			continue
		}
		t.first += offset
		a.actors = append(a.actors, t)
		mg.indexUnder(ai, int(t.actor))
	}
	for _, x := range b.agents {
		if !slices.Contains(a.agents, x) {
			a.agents = append(a.agents, x)
		}
	}
	for _, w := range b.words {
		if len(a.words) < maxWords && !slices.Contains(a.words, w) {
			a.words = append(a.words, w)
		}
	}
	for _, art := range b.arts {
		if l := mg.byArt[int(art)]; !slices.Contains(l, ai) {
			mg.byArt[int(art)] = append(l, ai)
			a.arts = append(a.arts, art)
		}
	}
	*b = cluster{id: bi, dead: true}
}

// eventDate is the date an event shows: its mentions' (c.date), but
// for an event that no mention dates but by its article's day (or by the
// happening a noun of it refers to, so dated), told by
// articles whose day is known, on or before that day: the text allows no
// more (GUIDELINES.md §4.2). The day or two before it that such mentions
// hold while events are joined keeps an event of one week apart from a
// like one of another.
func (mg *merger) eventDate(c *cluster) model.Interval {
	if !c.date.Valid() || c.date.OpenStart() || c.date.Days() > preciseArticle {
		return c.date
	}
	byArticle := false
	for _, k := range c.members {
		m := mg.ms[k]
		// (a noun that names the happening told takes its date: it tells
		// no other, DatedReference)
		if m.Dating != DatedArticle && m.Dating != DatedReference || m.Kind == KindPlan || m.Date.Days() > preciseArticle {
			return c.date
		}
		byArticle = byArticle || m.Dating == DatedArticle
	}
	if !byArticle {
		return c.date
	}
	return model.Before(c.date.End.AddDays(1))
}

func (mg *merger) event(c *cluster, table []model.Actor) model.Event {
	members := slices.Clone(c.members)
	slices.SortFunc(members, func(p, q int32) int {
		a, b := mg.ms[p], mg.ms[q]
		if x := cmp.Compare(a.Article, b.Article); x != 0 {
			return x
		}
		return cmp.Compare(a.Sentence, b.Sentence)
	})
	e := model.Event{Date: mg.eventDate(c), Mentions: make([]model.EventMention, len(members))}
	type nounTally struct {
		noun        string
		specificity int
		count       int
	}
	var nouns []nounTally
	type objTally struct {
		object, prep string
		rank         int8
		count        int
	}
	var objs []objTally
	for k, i := range members {
		m := mg.ms[i]
		e.Mentions[k] = m.EventMention
		if e.Date.OpenStart() && (m.Dating == DatedArticle || m.Dating == DatedReference) {
			e.Mentions[k].Date = e.Date // (eventDate: on or before the article's day)
		}
		if m.particle != "" {
			e.Mentions[k].Trigger += " … " + m.particle // the verb is both its words: "ging … pleite", not "ging"
		}
		if m.phrase != "" {
			sep := " … "
			if m.phraseNext {
				sep = " "
			}
			e.Mentions[k].Trigger = m.phrase + sep + e.Mentions[k].Trigger // "in Kraft getreten"
		}
		e.Kind = string(m.Kind)
		if n := slices.IndexFunc(nouns, func(t nounTally) bool { return t.noun == m.Noun }); n >= 0 {
			nouns[n].count++
		} else {
			nouns = append(nouns, nounTally{m.Noun, m.Specificity, 1})
		}
		if m.Object == "" || mg.bodyNamesSufferer(m, members) && headWord(m.Object) == m.sufferer && !countedNoun(m.Object) {
			continue // (the headline's "Ex-Verfassungsschützer festgenommen" over the body's "Ein ehemaliger Mitarbeiter …": whom the body names; a count says more, "Zwölf Touristen entführt")
		}
		if o := slices.IndexFunc(objs, func(t objTally) bool { return t.object == m.Object }); o >= 0 {
			objs[o].count++
		} else {
			objs = append(objs, objTally{m.Object, m.ObjectPrep, m.objectRank, 1})
		}
	}
	// The most specific noun names the event ("Abendessen" over "Treffen"),
	// then the most frequent.
	noun := slices.MaxFunc(nouns, func(a, b nounTally) int {
		if c := cmp.Compare(a.specificity, b.specificity); c != 0 {
			return c
		}
		return cmp.Compare(a.count, b.count)
	}).noun
	// The kind is the noun's: of a family's kinds ("Unfall", "Tod"), the
	// one the title names.
	for _, i := range members {
		if m := mg.ms[i]; m.Noun == noun {
			e.Kind = string(m.Kind)
			break
		}
	}
	// A compound the text tells it by says more: "Präsidentenwahl",
	// "EU-Türkei-Gipfel", the first told; not one whose first part is
	// the name of a party the title names on its own: the one that the
	// compound makes a party ("Lufthansa-Streik"), or one that did it
	// ("Porsche-Börsengang"; not "Trump-Sperre", whom it befell).
	for _, i := range members {
		if m := mg.ms[i]; m.Noun == noun {
			if c := compoundOf(m.Trigger, noun); c != "" && !namesActor(strings.TrimSuffix(c[:len(c)-len(noun)], "-"), m, hasCompoundParty(m.Kind), table) {
				noun = c
				break
			}
		}
	}
	object, prep, objRank := "", "", int8(0)
	if len(objs) > 0 {
		best := slices.MaxFunc(objs, func(a, b objTally) int {
			if c := cmp.Compare(a.rank, b.rank); c != 0 {
				return c
			}
			return cmp.Compare(a.count, b.count)
		})
		object, prep, objRank = best.object, best.prep, best.rank
	}
	// Actors: the ones most mentions name first, then those named earlier
	// in their sentences.
	tallies := slices.Clone(c.actors)
	slices.SortStableFunc(tallies, func(a, b actorTally) int {
		if x := cmp.Compare(b.count, a.count); x != 0 {
			return x
		}
		if x := cmp.Compare(a.ranks*b.count, b.ranks*a.count); x != 0 { // mean rank, without division
			return x
		}
		return cmp.Compare(a.first, b.first)
	})
	e.Actors = make([]int, len(tallies))
	e.Roles = make([]model.Role, len(tallies))
	var named []int // the title names the core: actors most mentions name
	for k, t := range tallies {
		e.Actors[k] = int(t.actor)
		e.Roles[k] = t.role()
	}
	for k, t := range tallies {
		if e.Roles[k] == model.RoleAgent && mg.actsThroughHolder(c, t.actor, e.Actors, e.Roles) {
			// "Der Chef der X, Y, kündigte an": Y acted, at X
			e.Roles[k] = model.RoleParticipant
			continue
		}
		if c.core(t) && !mg.orgOfSide(named, int(t.actor), table) {
			named = append(named, int(t.actor))
		}
	}
	core := slices.Clone(named) // (DeleteFunc moves named's elements while it asks)
	named = slices.DeleteFunc(named, func(a int) bool { return genericInstitution(a, core, table) })
	if len(named) == 0 {
		named = e.Actors
	}
	var roles []model.Role
	var preps []string
	for _, a := range named {
		k := slices.Index(e.Actors, a)
		roles = append(roles, e.Roles[k])
		preps = append(preps, tallies[k].prep)
	}
	for _, i := range members {
		// "Ein Muslim wurde gelyncht": to whom it happened, after those
		// named; the title tells him already as its object
		m := mg.ms[i]
		suffered, crowded := m.befellUnnamed(), m.crowdActs()
		if suffered && slices.ContainsFunc(named, func(a int) bool { return holdsRole(&table[a], m.sufferer) }) {
			suffered = false // "Schauspieler gestorben" over "Der Schauspieler X … starb": he is that one
		}
		if suffered && mg.bodyNamesSufferer(m, members) {
			suffered = false // "Täter gefasst" over "… zwei Verdächtige festgenommen": the body names them
		}
		if suffered {
			if a := mg.sufferers[m.sufferer]; !slices.Contains(e.Actors, a) {
				e.Actors = append(e.Actors, a)
				e.Roles = append(e.Roles, model.RolePatient)
			}
		}
		if crowded {
			// "212 Senatoren stimmten dafür": who did it, unnamed; or
			// whom it befell ("Sieben Wanderer starben")
			if a := mg.sufferers[m.crowd]; !slices.Contains(e.Actors, a) {
				e.Actors = append(e.Actors, a)
				e.Roles = append(e.Roles, crowdRole(m.Kind, m.crowdActed))
			}
		}
		if m.mover != "" && len(m.Actors) == 0 {
			// "Der Dax stieg": the index moved
			if a := mg.sufferers[m.mover]; !slices.Contains(e.Actors, a) {
				e.Actors = append(e.Actors, a)
				e.Roles = append(e.Roles, model.RolePatient)
			}
		}
		if m.host != "" {
			// "während eines Staatsbesuchs im Iran": the country visited
			// takes part, as its host
			if a, ok := mg.institutions[m.host]; ok && !slices.Contains(e.Actors, a) {
				e.Actors = append(e.Actors, a)
				e.Roles = append(e.Roles, model.RoleParticipant)
			}
		}
		if (!suffered || m.Kind == KindVerdict) && !crowded && m.agentInstitution != "" {
			// "durch das Militär": who acted, beside those named
			if a, ok := mg.institutions[m.agentInstitution]; ok && !slices.Contains(e.Actors, a) {
				e.Actors = append(e.Actors, a)
				e.Roles = append(e.Roles, model.RoleAgent)
			}
		}
	}
	if mg.courtActs(e.Actors, e.Roles) {
		// "X ist pleite" and "Am Handelsgericht wurde das Verfahren
		// eröffnet", one insolvency: the court opened it, over X, who
		// undergoes it
		for k, a := range e.Actors {
			if e.Roles[k] == model.RoleAgent && !mg.court(a) {
				e.Roles[k] = model.RolePatient
				if n := slices.Index(named, a); n >= 0 {
					roles[n] = model.RolePatient
				}
			}
		}
	}
	verb, thing := mg.titleVerb(members, false)
	if thing == "" && Kind(e.Kind) == KindAgreement {
		// "haben sich auf einen Koalitionsvertrag geeinigt": what was
		// agreed on, which a noun title names after its parties
		for _, i := range members {
			if th := mg.ms[i].thing; strings.HasPrefix(th, "sich auf ") {
				thing = th
				break
			}
		}
	}
	if verb == nil && Kind(e.Kind) == KindMarket {
		// "Dax gestiegen", "Lufthansa-Aktie gefallen": a market's verb
		// needs its cue, which is its subject, the thing the title names
		verb, thing = mg.titleVerb(members, true)
	}
	if verb == nil && len(named) == 0 {
		// "In Linz wurde eine Ausgangssperre verhängt": a verb that
		// needs a context word reads when what its passive was done to
		// is that word ("Ausgangssperre in Linz verhängt", not
		// "Verhängung in Linz")
		if v, th := mg.titleVerb(members, true); v != nil && th != "" && (v.cuedBy(th) || subjectBefallen(Kind(e.Kind)) && mg.ms[members[0]].thingDone && mg.ms[members[0]].thing == th) {
			// (or what it befell, its subject: "In Syrien ist eine
			// Waffenruhe in Kraft getreten", "Waffenruhe in Syrien in
			// Kraft getreten", not "Inkrafttreten in Syrien")
			verb, thing = v, th
		}
	}
	if verb == nil && prep == "" && object != "" && len(named) == 0 && !mg.actedByObject(members, object) {
		// "Verfahren eröffnet": a passive told of a thing reads
		// with the verb its noun calls for (not an active one: "Verein
		// eingestellt" would say the club was)
		verb, _ = mg.titleVerb(members, true)
	}
	if (verb == nil || thing == "" && !slices.Contains(roles, model.RolePatient)) && len(named) > 0 {
		// "Siemens legt Teilhabefonds auf", "Museum stellt Betrieb
		// ein": a verb that needs a context word reads when its object
		// is that word, also beside a plain verb that names no object
		// and no one it was done to ("Gericht kippt Reform", not a bare
		// "billigt")
		if v, th := mg.titleVerb(members, true); v != nil && th != "" && (v.cuedBy(th) || v.kind == KindVerdict) {
			// (a verdict's verb says the same with whom it sentenced:
			// "Gericht verurteilt Bürgermeister", its cue "Haft" told)
			verb, thing = v, th
		}
	}
	unnamedAgent, selfDone := "", false
	if len(named) > 0 && prep == "" && object != "" && slices.ContainsFunc(members, func(i int32) bool {
		m := mg.ms[i]
		return m.actsAsObject && m.Object == object && len(m.Actors) == 0
	}) {
		// "Der Eishockey-Meister unterlag …", naming no one, in an event
		// whose other mention names the club: the noun is one of those
		// named, no thing of the title
		object = ""
	}
	if !slices.Contains(roles, model.RoleAgent) && prep == "" && object != "" && mg.actedByObject(members, object) {
		// "Der Verein hat den Betrieb eingestellt": the unnamed
		// subject acted, "Verein stellt Betrieb ein", "Abstimmung von
		// 212 Senatoren"
		unnamedAgent, object = object, ""
		if v, th := mg.titleVerb(members, true); th == unnamedAgent && v != nil && subjectThings[v.infinitive] {
			unnamedAgent, verb, thing = "", v, th // "Das Buch erschien 1951": what came out, "Buch erschienen"
		} else if th == "" && v != nil && v.participle != "" && opensItself.has(Kind(e.Kind)) {
			// "Das Museum eröffnete im Mai": with no object, what opened
			// or closed is the subject, "Museum eröffnet"
			unnamedAgent, verb, thing, selfDone = "", v, unnamedAgent, true
		} else if th == unnamedAgent {
			unnamedAgent = "" // "in Tirol bebte die Erde": no one acted, and nothing was acted on
		} else if v != nil && th != "" && (v.cuedBy(th) || !v.conditional()) {
			verb, thing = v, th
		}
	}
	if unnamedAgent == "" && verb != nil && thing != "" && len(named) == 0 && prep != "" {
		// "Polizist erschießt Angreifer in Mannheim" over "Ein Polizist
		// hat in Mannheim einen Angreifer erschossen": the place the
		// lead names beside the unnamed one who acted, who is still who
		// acted
		if a := mg.actingObject(members); a != "" {
			unnamedAgent = a
		}
	}
	if len(e.Actors) == 0 && object == "" && verb == nil && unnamedAgent == "" {
		// "Entscheidung des Kartellgerichts": a title that would be its
		// noun alone names the genitive its mentions tell it with
		for _, i := range members {
			if m := mg.ms[i]; m.genitive != "" && m.Noun == noun {
				object = m.genitive
				break
			}
		}
	}
	// (what a passive was done to titles the event when its first
	// telling says so, not a detail told after it: "Brand in Linz …
	// Dabei wurde ein Helfer verletzt")
	thingDone := selfDone || thing != "" && mg.ms[members[0]].thingDone && mg.ms[members[0]].thing == thing
	if thing != "" && !thingDone && !slices.ContainsFunc(members, func(i int32) bool { m := mg.ms[i]; return !m.thingDone && m.thing == thing }) {
		thing = "" // told only as what a later passive was done to: no object of the event's verb
	}
	thingOwned := thing != "" && slices.ContainsFunc(members, func(i int32) bool { m := mg.ms[i]; return m.thingOwned && m.thing == thing })
	toHer := thing != "" && slices.ContainsFunc(members, func(i int32) bool { m := mg.ms[i]; return m.toHer && m.thing == thing })
	course := "" // (the title asks whether its verb needs it)
	for _, i := range members {
		if m := mg.ms[i]; m.course != "" {
			course = m.course
			break
		}
	}
	thingGenitive := ""
	for _, i := range members {
		if m := mg.ms[i]; thing != "" && m.thing == thing && m.thingGenitive != "" {
			thingGenitive = m.thingGenitive
			break
		}
	}
	if thing == "" && verb != nil && len(named) == 0 && unnamedAgent == "" && befalls.has(Kind(e.Kind)) {
		// "Ein 67-jähriger Mann starb am Montag in Linz": whom it befell,
		// unnamed, titles it with its verb, "Mann in Linz gestorben",
		// not "Tod in Linz"
		for _, i := range members {
			// (a person, by the lexicon or an age: not "Derby", read as
			// whom a death befell; nor people the place already counts)
			if m := mg.ms[i]; m.sufferer != "" && len(m.Actors) == 0 && (peopleNoun(strings.ToLower(m.sufferer)) || strings.Contains(m.sufferer, "-Jährig")) &&
				!strings.Contains(object, m.sufferer) {
				thing, thingDone = m.sufferer, true
				break
			}
		}
	}
	e.Title = title(titleParts{
		kind: Kind(e.Kind), noun: noun, object: object, prep: prep, objectRank: objRank,
		verb: verb, thing: thing, thingDone: thingDone, thingOwned: thingOwned, toHer: toHer, thingGenitive: thingGenitive, course: course, actors: named, roles: roles, preps: preps, unnamedAgent: unnamedAgent,
		pluralAgent: mg.pluralSubject(members, unnamedAgent, named, table),
	}, table)
	return e
}

// bodyNamesSufferer reports a head mention m of whom a happening
// befell, by a noun, whose event members tell it in the body by a noun
// of their own: the body's noun names them ("Täter gefasst" over "… hat
// die Polizei zwei Verdächtige festgenommen").
func (mg *merger) bodyNamesSufferer(m *Mention, members []int32) bool {
	return m.head && m.sufferer != "" && slices.ContainsFunc(members, func(k int32) bool { return !mg.ms[k].head && mg.ms[k].befellUnnamed() })
}

// genericInstitution reports an institution a of named whose noun names
// another of named by its head: the headline's "Gericht kippt Verbot"
// over the lead's "Der Verfassungsgerichtshof hat … aufgehoben" is that
// court ("Regierung" of a "Landesregierung", "Polizei" of a
// "Landespolizei"), no second one. A coalition beside two organisations
// named is theirs: "Koalition einigt sich" over "ÖVP und FPÖ haben sich
// geeinigt" is an agreement of the two parties.
func genericInstitution(a int, named []int, table []model.Actor) bool {
	if !strings.HasPrefix(table[a].ID, "institution-") {
		return false
	}
	g := strings.ToLower(table[a].Name)
	if strings.HasSuffix(g, "koalition") {
		orgs := 0
		for _, n := range named {
			if table[n].Kind == model.Organization && !strings.HasPrefix(table[n].ID, "institution-") {
				orgs++
			}
		}
		if orgs >= 2 {
			return true
		}
	}
	return slices.ContainsFunc(named, func(n int) bool {
		o := strings.ToLower(table[n].Name)
		// (an organisation named so too: the headline's "Gericht" over
		// the lead's "Der Oberste Gerichtshof")
		// (or by its noun and its seat: the headline's "Landgericht"
		// over the lead's "Das Landgericht Velden")
		return n != a && (strings.HasPrefix(table[n].ID, "institution-") || table[n].Kind == model.Organization) && len(o) > len(g) &&
			(strings.HasSuffix(o, g) || strings.HasPrefix(o, g+" ") || g == "gericht" && strings.HasSuffix(o, "gerichtshof"))
	})
}

// orgOfSide reports an organisation a whose side (sideOf) an
// organisation of named stands on already: one name per such side, "EU
// verhängt Strafe", not "EU und Europäische Kommission verhängen …" of
// the EU's Commission (an owner and the firm he owns are both named:
// "Zuckerberg sperrt Trump auf Facebook").
func (mg *merger) orgOfSide(named []int, a int, table []model.Actor) bool {
	if table[a].Kind != model.Organization {
		return false
	}
	return slices.ContainsFunc(named, func(n int) bool {
		return table[n].Kind == model.Organization && mg.sideOf(int32(n)) == mg.sideOf(int32(a))
	})
}

// opensItself are happenings a thing may be told doing by itself: "Das
// Museum eröffnete", "Das Werk schloss".
var opensItself = kindsOf(KindOpening, KindClosure)

// mergeKind is the kind m merges as: an announcement of a happening
// merges as that happening.
func (m *Mention) mergeKind() Kind {
	if m.Kind == KindAnnouncement && m.announces != "" {
		return m.announces
	}
	if m.Kind == KindCollapse && hasAnySuffix(strings.ToLower(headWord(m.thing)), billNouns) {
		// "Der Misstrauensantrag ist im Bundestag gescheitert": a vote
		// that failed, which "stimmten für den Antrag" tells again
		return KindVote
	}
	return m.Kind
}

// agent returns the actor the mention names as who acts, or -1. A
// mention without roles is taken to name its agent first.
func (m *Mention) agent() int {
	if m.Roles == nil && len(m.Actors) > 0 {
		return m.Actors[0]
	}
	for k, r := range m.Roles {
		if r == model.RoleAgent && k < len(m.Actors) {
			return m.Actors[k]
		}
	}
	return -1
}

// role is the actor's role in the event: what most of the mentions that
// give it a role say, agent on a tie.
func (t *actorTally) role() model.Role {
	switch {
	case t.agent > 0 && t.agent >= t.patient:
		return model.RoleAgent
	case t.patient > 0:
		return model.RolePatient
	}
	return model.RoleParticipant
}

// titleVerb returns the verb most of the event's mentions tell it with,
// for a headline: one of the event's own kind that needs no context words
// to mean it ("sperrte", not "zog … Bilanz"); nil when none does. With it
// comes the thing its mentions say the verb was done to (see thingOf),
// or "". light admits verbs that need a context word ("eröffnete … das
// Verfahren"), for a title that names that word.
func (mg *merger) titleVerb(members []int32, light bool) (*trigger, string) {
	lx := loadLexicon()
	var best *trigger
	bestN := 0
	counts := map[*trigger]int{}
	done := map[*trigger]bool{}  // told by a mention that names who did it to what
	named := map[*trigger]bool{} // told by a mention that names who did it
	for _, i := range members {
		t := mg.ms[i].verb(lx)
		if t == nil || !t.verb || t.conditional() && !light || t.kind != mg.ms[i].Kind && mg.ms[i].Kind != KindPlan || t.specificity == 0 && mg.ms[i].Kind != KindPlan ||
			t.infinitive == "sein" {
			continue // (a state's "ist pleite" makes no headline verb: "pleitegewesen")
		}
		counts[t]++
		named[t] = named[t] || mg.ms[i].namesDoer()
		done[t] = done[t] || mg.ms[i].namesDoer() && mg.ms[i].thing != ""
		// (on a tie, the verb of one who acted on something it names
		// over a verb no one is named for: a headline's "Sechs Häftlinge
		// freigelassen" over a lead's "X hat sechs Häftlinge begnadigt"
		// titles the deed by its doer; a verb told without its object
		// would take another mention's patient for it)
		if n := counts[t]; n > bestN || n == bestN && done[t] && !named[best] {
			best, bestN = t, n
		}
	}
	if best == nil {
		return nil, ""
	}
	// The thing most of its mentions name, the first told on a tie: a
	// tally in the order told (an event of a thousand posts names few).
	type thingTally struct {
		thing string
		n     int
	}
	var things []thingTally
	for _, i := range members {
		m := mg.ms[i]
		if m.verb(lx) != best || m.thing == "" {
			continue
		}
		if k := slices.IndexFunc(things, func(t thingTally) bool { return t.thing == m.thing }); k >= 0 {
			things[k].n++
		} else {
			things = append(things, thingTally{m.thing, 1})
		}
	}
	thing, thingN := "", 0
	for _, t := range things {
		if t.n > thingN {
			thing, thingN = t.thing, t.n
		}
	}
	return best, thing
}

// verb returns the trigger that told m: its action verb, or the lexicon's
// trigger; nil for none.
func (m *Mention) verb(lx *lexicon) *trigger {
	switch {
	case m.action != nil:
		return m.action
	case m.trig <= 0 || int(m.trig) > len(lx.triggers):
		return nil
	}
	return &lx.triggers[m.trig-1]
}

// actedByObject reports whether a mention of members names object as the
// unnamed subject of an active verb.
func (mg *merger) actedByObject(members []int32, object string) bool {
	return slices.ContainsFunc(members, func(i int32) bool { m := mg.ms[i]; return m.actsAsObject && m.Object == object })
}

// actingObject returns the one noun that mentions of members name as
// their unnamed subject who acted (Mention.actsAsObject), with no
// preposition, or "" for none or several.
func (mg *merger) actingObject(members []int32) string {
	found := ""
	for _, i := range members {
		if m := mg.ms[i]; m.actsAsObject && m.ObjectPrep == "" && m.Object != "" {
			if found != "" && found != m.Object {
				return ""
			}
			found = m.Object
		}
	}
	return found
}

// pluralSubject reports whether the one who acted, unnamed (unnamedAgent)
// or the one institution or crowd of named, is told as a plural subject
// by a mention of members: "Ermittler" of "Die Ermittler haben …",
// "Busfahrer" of "Die Busfahrer streikten".
func (mg *merger) pluralSubject(members []int32, unnamedAgent string, named []int, table []model.Actor) bool {
	return slices.ContainsFunc(members, func(i int32) bool {
		m := mg.ms[i]
		switch {
		case !m.pluralSubject:
			return false
		case unnamedAgent != "":
			return m.actsAsObject && m.Object == unnamedAgent
		case len(named) == 1 && m.agent() == named[0] && table[named[0]].Kind == model.Organization && m.institution == "":
			return true // "Die Grünen haben …": the name in the plural
		}
		return len(named) == 1 && (m.institution != "" && table[named[0]].Name == m.institution || m.crowd != "" && table[named[0]].Name == m.crowd)
	})
}

// toldBefore reports whether event c has a mention in article art before
// sentence: what a later "die Übernahme" refers to.
func (mg *merger) toldBefore(c *cluster, art, sentence int) bool {
	for _, k := range c.members {
		if o := mg.ms[k]; o.Article == art && o.Sentence < sentence {
			return true
		}
	}
	return false
}

// refersTo reports whether every mention of event b refers back to event
// a, told before it in the same article.
func (mg *merger) refersTo(b, a *cluster) bool {
	for _, k := range b.members {
		if o := mg.ms[k]; !o.refersBack || scored(o.Trigger) && o.result != a.result || !mg.toldBefore(a, o.Article, o.Sentence) || mg.unnamedSides(o, a) {
			return false
		}
	}
	return len(b.members) > 0
}

// thingNames reports whether a mention's object names the one a
// headline's noun names whom it befell: "einen früheren Manager eines
// Versorgers" names the headline's "Ex-Manager" (the noun, or its last
// part after a hyphen, is a word of the object).
func thingNames(thing, sufferer string) bool {
	base := sufferer[strings.LastIndexByte(sufferer, '-')+1:]
	for _, w := range strings.Fields(thing) {
		if w == sufferer || w == base {
			return true
		}
	}
	return false
}

// countedAlike reports two phrases that count what they name with the
// same word, each a count and a noun or more: "Sechs Oppositionelle" and
// "sechs inhaftierte Oppositionsführer".
func countedAlike(a, b string) bool {
	ca, _, ok := strings.Cut(a, " ")
	cb, _, ok2 := strings.Cut(b, " ")
	return ok && ok2 && strings.EqualFold(ca, cb) && (thingNumerals.has(strings.ToLower(ca)) || isDigit(ca[0]))
}

// onceKinds befall a person once: a death, a resignation from the post
// the article tells of.
var onceKinds = kindsOf(KindDeath, KindResignation)

// retellings pairs, per article, the mention of its head and the one of
// its body's first sentence when each is the only mention of the kind
// there: news opens its body by telling again, in full, what its head
// told, often with other words for its actors ("Parlament" in the head,
// "Der Nationalrat" in the lead; a body and the official who heads it),
// but not someone in another part (partsAgree).
// Kinds one article tells many of (statements, posts) need more; a head
// that names whom it befell by a noun is the body's person only if it
// introduces them so (headActions); and a head that names someone the
// lead does not tells another happening (namesNoOther). A head of a
// headline and a teaser that each tell the kind once pairs the headline
// with the teaser, and the teaser with the lead. An opening of one
// mention of the kind pairs with the one mention of it the body tells
// after the lead, unless that one names others (sameParties), brings in
// someone new (Mention.fresh) or tells a time of its own (sameOwnTime).
func (mg *merger) retellings(order []int32) map[int32]int32 {
	if mg.needWord {
		return nil
	}
	type opening struct {
		heads, leads []int32
		later        int32 // the first mention of the body after its lead
		laterN       int   // how many the body has
	}
	byArt := map[int]opening{}
	for _, i := range order {
		m := mg.ms[i]
		o := byArt[m.Article]
		switch {
		case m.head:
			o.heads = append(o.heads, i)
		case m.lead:
			o.leads = append(o.leads, i)
		default:
			if o.laterN == 0 {
				o.later = i
			}
			o.laterN++
		}
		byArt[m.Article] = o
	}
	var out map[int32]int32
	pair := func(h, l int32) {
		// (a headline that names whom it befell by a noun pairs with the
		// lead that names them so too: "Zwei Verdächtige gefasst" over
		// "Die Polizei hat … zwei Verdächtige festgenommen")
		// (and by any noun of people: the headline's "Täter gefasst" over
		// the lead's "zwei Verdächtige festgenommen")
		// (or the people the lead's verb was done to: "Sechs Oppositionelle
		// freigelassen" over "X hat sechs inhaftierte Oppositionsführer
		// begnadigt")
		if hm, lm := mg.ms[h], mg.ms[l]; (hm.sufferer == "" || hm.sufferer == lm.sufferer || lm.sufferer == "" && thingNames(lm.thing, hm.sufferer) ||
			lm.sufferer == "" && hm.sufferer != "" && countedAlike(hm.Object, lm.thing) ||
			lm.sufferer != "" && peopleNoun(strings.ToLower(hm.sufferer)) && peopleNoun(strings.ToLower(lm.sufferer))) && hm.crowd == "" && mg.namesNoOther(hm, lm) &&
			mg.partsAgree(hm, lm) { // ("X kritisiert …" over "Y kritisierte X": another doer, another happening)
			if out == nil {
				out = map[int32]int32{}
			}
			out[h] = l
		}
	}
	for _, o := range byArt {
		heads := o.heads
		if len(heads) == 2 && mg.ms[heads[0]].block != mg.ms[heads[1]].block {
			// a headline and its teaser: the teaser tells in full what
			// the headline sums up ("Regierung beschließt …" over "Das
			// Kabinett hat am Mittwoch … beschlossen")
			slices.SortFunc(heads, func(a, b int32) int { return cmp.Compare(mg.ms[a].Sentence, mg.ms[b].Sentence) })
			pair(heads[0], heads[1])
			heads = heads[1:]
		}
		if len(heads) == 1 && len(o.leads) == 1 {
			pair(heads[0], o.leads[0])
		}
		// The one mention of the kind the body tells after its opening
		// tells the opening's happening again, its parties named
		// otherwise ("Die Polizei nahm am Dienstag zwei Diebe fest" …
		// "Die beiden waren von Beamten der Kripo festgenommen worden").
		if len(heads)+len(o.leads) == 1 && o.laterN == 1 {
			var first int32
			if len(heads) == 1 {
				first = heads[0]
			} else {
				first = o.leads[0]
			}
			if f, l := mg.ms[first], mg.ms[o.later]; !l.fresh && mg.sameParties(f, l) && sameOwnTime(f, l) {
				if out == nil {
					out = map[int32]int32{}
				}
				out[first] = o.later
			}
		}
	}
	return out
}

// unnamedSides reports a cluster of a kind with sides (a match, a
// meeting) whose mentions name their side only by what it is ("gewann
// der Titelverteidiger"), and a mention m that names its sides by name:
// "die vierte Niederlage" of named ones is their own, not the one told
// before of someone unnamed.
func (mg *merger) unnamedSides(m *Mention, c *cluster) bool {
	if !symmetricKinds.has(m.Kind) || len(m.Actors) == 0 {
		return false
	}
	for _, i := range c.members {
		if o := mg.ms[i]; len(o.Actors) > 0 || o.crowd == "" {
			return false
		}
	}
	return true
}

// sameParties reports whether two mentions name no one by name in a part
// for which the other names someone else by name (partsAgree), and
// whether b, of a kind all take part in alike, names no one by name whom
// a does not.
func (mg *merger) sameParties(a, b *Mention) bool {
	if !mg.partsAgree(a, b) {
		return false
	}
	if symmetricKinds.has(a.Kind) && a.Kind != KindMatch {
		// a meeting or a deal told again with someone more is another
		// ("Zuckerberg traf Trump" … "Trump traf Musk und Bezos"); a
		// game is told again with its scorers
		for _, y := range b.Actors {
			if y < mg.named && !slices.ContainsFunc(a.Actors, func(x int) bool { return mg.sideOf(int32(x)) == mg.sideOf(int32(y)) }) {
				return false
			}
		}
	}
	return true
}

// partsAgree reports whether two mentions name no one by name in a part
// (agent, patient, participant: the sides of a match) for which the
// other names someone else by name.
func (mg *merger) partsAgree(a, b *Mention) bool {
	for _, r := range []model.Role{model.RoleAgent, model.RolePatient, model.RoleParticipant} {
		na, nb, shared := 0, 0, false
		for k, x := range a.Actors {
			if k >= len(a.Roles) || a.Roles[k] != r || x >= mg.named {
				continue
			}
			na++
			for j, y := range b.Actors {
				if j < len(b.Roles) && b.Roles[j] == r && mg.sideOf(int32(x)) == mg.sideOf(int32(y)) {
					shared = true
				}
			}
		}
		for j, y := range b.Actors {
			if j < len(b.Roles) && b.Roles[j] == r && y < mg.named {
				nb++
			}
		}
		if na > 0 && nb > 0 && !shared {
			return false
		}
	}
	return true
}

// holdsRole reports whether the texts give actor a the role noun
// ("Schauspieler" of "Der Schauspieler Karl Moser"), its last word.
func holdsRole(a *model.Actor, noun string) bool {
	return slices.ContainsFunc(a.Roles, func(r string) bool {
		return strings.EqualFold(r[strings.LastIndexAny(r, " -")+1:], noun)
	})
}

// sameOwnTime reports whether a later mention b tells no time of its own
// that its article's opening a does not share: "war 2010 festgenommen
// worden" after an undated opening is an earlier happening; an opening
// dated from its context to b's very time shares it ("Schauspieler
// gestorben" over "Er starb am Montag").
func sameOwnTime(a, b *Mention) bool {
	if b.Dating != DatedOwn {
		return true
	}
	if a.Dating != DatedOwn {
		return a.Date.Valid() && a.Date == b.Date
	}
	if a.openDate != "" || b.openDate != "" {
		return a.openDate == b.openDate
	}
	return datesMeet(a.Date, b.Date)
}

// retold reports whether event b holds a later mention that tells again
// an opening mention of event a (retellings).
func (mg *merger) retold(a, b *cluster) bool {
	for _, h := range a.retells {
		if slices.Contains(b.members, mg.retells[h]) {
			return true
		}
	}
	return false
}

// namesNoOther reports whether the head mention h names nobody by name
// whom the lead l does not: a head names fewer, or the same by a
// common noun ("Regierung"); one that names others ("Zuckerberg trifft
// Trump" over a lead of Bezos' dinner with Trump) tells another
// happening; but a strike's firm struck stands beside the union its lead
// names as the one that struck ("Streik bei der Bahn" over "Ein
// Warnstreik der GDL hat … lahmgelegt").
func (mg *merger) namesNoOther(h, l *Mention) bool {
	for k, a := range h.Actors {
		if a < mg.named && !slices.Contains(l.Actors, a) && !(h.Kind == KindStrike && k < len(h.Roles) && h.Roles[k] == model.RolePatient && l.agent() >= 0) {
			return false
		}
	}
	return true
}

// datesMeet reports whether two dates can be of one happening: they
// intersect, or one is unknown.
func datesMeet(a, b model.Interval) bool {
	if !a.Valid() || !b.Valid() {
		return true
	}
	_, meet := a.Intersect(b)
	return meet
}
