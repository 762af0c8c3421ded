package actors

import (
	"hash/maphash"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"chronik/corpus/text"
	"chronik/model"
)

// finder holds the state of one Find call.
type finder struct {
	lex      *lexicon
	a        *model.Article
	doc      *text.Doc // the text layer of a
	text     string
	toks     []token
	words    []string    // per word: its text, f.text[toks[i].start:toks[i].end], which the rules read again and again
	caps     []int32     // the capitalised words (upper or innerCap), in order: most passes read only them
	used     []bool      // the word already belongs to a mention, or was ruled out
	isPerson []bool      // the word belongs to a person's name
	facts    []wordFacts // per word: what the lexicon says about it, filled as the rules ask
	entries  *entryCache
	model    modelScratch // withModel's tables
	out      []Mention
	ruleOut  []Mention // result's mentions
	modelOut []Mention // withModel's
	who      []*person // for each person mention in out, its person (names may still grow), else nil
	scratch  []int32   // a buffer for one pass at a time
	sorter   mentionSorter
	// personSpans holds, for each explicit person mention, its index in
	// out and its first and last word.
	personSpans [][3]int32

	persons []*person
	// people holds the persons, for the next article too: a full chunk
	// is replaced, never grown, so that the pointers into it hold, and
	// an article's persons cost no allocation each
	people    []person
	bySurname map[string]*person // surname (no genitive) → person; nil entry: ambiguous
	byFirst   map[string]*person // first name → person; nil entry: ambiguous
	byFull    map[string]*person
	mentioned []personAt        // person mentions, for pronouns and "die beiden"
	cutNames  []*person         // people named with a surname cut to its initial ("Paul S."), for pronouns only
	orgs      map[string]string // a written org name (no genitive) → canonical name
	orgCount  map[string]int    // canonical org name → explicit mentions
	alone     map[string]bool   // capitalised words written on their own in mid-sentence, built when needed
	// partOrgs are the organisations a compound with an organisation's
	// part names ("Korvani-Chef", "Korvani-Sparte"): the tagger, which
	// has not seen them, keeps them where it tags none of their words
	partOrgs map[string]bool
	keys     keyTable // organisation name → normKey, made once
	// aliasWords are heads learned as names ("Bahn" from "Deutsche
	// Bahn"): alone they name the organisation after an article only
	// ("die Bahn", not "per Post").
	aliasWords []string
	counts     map[string]int // a table for one pass at a time
	// withStandIns' tables, kept empty between its calls
	named      []namedOrg
	tiedOther  map[string]orgClass
	latestStem map[string]string
	apposed    map[string]string // withStandIns': an apposition's noun, as apposedKey gives it → the latest org it stood before
	aloneDone  bool
	aloneScans int // words looked up in alone without the table
	// The first bytes of the keys of bySurname, orgs and byFirst, and of
	// the keys of orgs that may hold a blank (mayHoldBlank): most words
	// are ruled out by them without a map lookup.
	surnameFirst, orgFirst, firstFirst, multiFirst byteSet
	surnameLens                                    uint64 // the lengths of bySurname's keys, modulo 64
}

// byteSet is a set of bytes.
type byteSet [4]uint64

func (s *byteSet) add(b byte)      { s[b>>6] |= 1 << (b & 63) }
func (s *byteSet) has(b byte) bool { return s[b>>6]&(1<<(b&63)) != 0 }

// byteSetOf returns the set of the bytes of chars.
func byteSetOf(chars string) byteSet {
	var s byteSet
	for i := 0; i < len(chars); i++ {
		s.add(chars[i])
	}
	return s
}

// person is a person found in the article.
type person struct {
	name    string // "Donald Trump", or "Trump" when no first name is seen
	first   string
	surname string
	gender  byte // 'f', 'm', or 0 when unknown
	roles   []roleKey
}

// personAt is a person mention at a word.
type personAt struct {
	tok int
	p   *person
}

// roleKey is what a role says for resolving later role mentions: the
// organisation part and the class of the head ("Tesla-CEO" → tesla, chef).
type roleKey struct{ org, class string }

// finders keeps the buffers and maps of finished Find calls: an article's
// tokens, flags and name tables are reused by the next call instead of
// allocated anew.
var finders = sync.Pool{New: func() any { return new(finder) }}

// newFinder returns a finder for one article, from the pool; release
// returns it.
func newFinder(lex *lexicon, a *model.Article, doc *text.Doc) *finder {
	f := finders.Get().(*finder)
	f.lex, f.a, f.doc, f.text = lex, a, doc, a.Text
	f.toks, f.words = words(doc, a, f.toks, f.words)
	n := len(f.toks)
	f.caps = f.caps[:0]
	for i := range f.toks {
		if f.toks[i].upper || f.toks[i].innerCap {
			f.caps = append(f.caps, int32(i))
		}
	}
	f.used = resized(f.used, n)
	f.isPerson = resized(f.isPerson, n)
	f.facts = resized(f.facts, n)
	if f.entries == nil {
		f.entries = new(entryCache)
	}
	f.out, f.who = f.out[:0], f.who[:0]
	f.personSpans = f.personSpans[:0]
	f.surnameFirst, f.orgFirst, f.multiFirst, f.firstFirst = byteSet{}, byteSet{}, byteSet{}, byteSet{}
	f.surnameLens = 0
	clear(f.persons)
	f.persons = f.persons[:0]
	clear(f.people)
	f.people = f.people[:0]
	f.mentioned = f.mentioned[:0]
	clear(f.cutNames)
	f.cutNames = f.cutNames[:0]
	for _, m := range []map[string]*person{f.bySurname, f.byFirst, f.byFull} {
		clear(m)
	}
	clear(f.orgs)
	clear(f.orgCount)
	clear(f.alone)
	clear(f.partOrgs)
	clear(f.keys)
	f.aliasWords = f.aliasWords[:0]
	f.aloneDone, f.aloneScans = false, 0
	return f
}

// release hands the finder back to the pool, without the article.
func (f *finder) release() {
	f.a, f.doc, f.text = nil, nil, ""
	clear(f.words) // views of the article
	f.model.release()
	clear(f.out) // the names in it belong to the caller's copy
	clear(f.ruleOut)
	clear(f.modelOut)
	clear(f.who)
	finders.Put(f)
}

// keep keeps ms, which withStandIns may have moved to a larger array, as
// the buffer of the last pass before it for the next Find: withModel's
// if it ran, else result's.
func (f *finder) keep(ms []Mention, model bool) {
	if model {
		f.modelOut = ms
	} else {
		f.ruleOut = ms
	}
}

// resized returns s with length n, all zero, reusing its array if it can.
func resized[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n, n+n/4)
	}
	s = s[:n]
	clear(s)
	return s
}

// roleOf returns the role class of word i (see lexicon.roleClass),
// computed once per word: several rules ask about the same words.
func (f *finder) roleOf(i int) string {
	if !f.toks[i].upper {
		return ""
	}
	fa := f.factsOf(i)
	if fa.role == 0 {
		fa.role = int8(f.lex.roleClassIndex(f.w(i)) + 2)
		f.remember(i)
	}
	if fa.role == 1 {
		return ""
	}
	return f.lex.roleClasses[fa.role-2]
}

func (f *finder) w(i int) string { return f.words[i] }

// e returns the lexicon entry of word i, looked up once per word. (It
// tests the facts itself, as factsOf does, so that it is inlined and a
// word looked up before costs no call.)
func (f *finder) e(i int) entry {
	if e := f.facts[i].e; e&entryKnown != 0 {
		return e &^ entryKnown
	}
	return f.lookUpEntry(i)
}

// lookUpEntry is e of a word not looked up yet (not inlined, so that e
// is).
//
//go:noinline
func (f *finder) lookUpEntry(i int) entry { return f.lookUp(i).e &^ entryKnown }

// wordFacts are what the lexicon says about a written word, each worked
// out when a rule first asks: the rules ask about the same words again
// and again, within an article and across the articles of a corpus.
type wordFacts struct {
	e    entry  // the lexicon entry, with entryKnown once looked up
	slot uint16 // the word's slot in the finder's entryCache, noSlot if none
	role int8   // 0 not yet known, 1 no role, else 2 + the index of its class in lexicon.roleClasses
	head int8   // 0 not yet known, else 1 + the head classes of the word's end (headClasses)
	adj  int8   // 0 not yet known, 1 no, 2 yes: the word ends like a name's adjective
	// 0 not yet known, 1 no, 2 yes: the word is a common word (lexicon.isCommon)
	common int8
	// 0 not yet known, 1 no stand-in noun, 2 one (classOfNoun)
	standIn int8
}

// noSlot marks a word the cache does not hold (entryCacheSize stays
// below it).
const noSlot = 0xffff

// commonWord reports whether word i is a common word (lexicon.isCommon).
func (f *finder) commonWord(i int) bool {
	fa := f.factsOf(i)
	if fa.common == 0 {
		fa.common = 1
		if f.lex.isCommon(f.w(i)) {
			fa.common = 2
		}
		f.remember(i)
	}
	return fa.common == 2
}

// factsOf returns the facts of word i, with its lexicon entry: from the
// finder's cache of recent words, else looked up.
func (f *finder) factsOf(i int) *wordFacts {
	if fa := &f.facts[i]; fa.e&entryKnown != 0 {
		return fa
	}
	return f.lookUp(i)
}

// lookUp sets the facts of word i, not known yet, and returns them: apart
// from factsOf and e, which are inlined, as a word is mostly asked about
// again.
func (f *finder) lookUp(i int) *wordFacts {
	fa := &f.facts[i]
	*fa = f.entries.factsAt(f.lex, f.w(i), f.slotHash(i))
	return fa
}

// wordStarting returns the index of the first word that starts at or
// after byte offset off, and whether it starts at off: what
// slices.BinarySearchFunc by the words' starts returns. sort.Search is
// inlined with its function here, which slices.BinarySearchFunc calls
// at every step.
func (f *finder) wordStarting(off int32) (int, bool) {
	toks := f.toks
	i := sort.Search(len(toks), func(i int) bool { return toks[i].start >= off })
	return i, i < len(toks) && toks[i].start == off
}

// slotHash returns the hash that places word i in the entry cache. A word
// that is one token of the text layer (most are) has the hash of its
// lower-case form already; its first byte is mixed in, so that "Die" and
// "die", both frequent, take different slots. Other words are hashed.
func (f *finder) slotHash(i int) uint64 {
	t := &f.toks[i]
	if f.doc.Tokens[t.at].End == t.end {
		return uint64(f.doc.Hash(int(t.at))) ^ uint64(f.words[i][0])*0x9e3779b1
	}
	return maphash.String(entrySeed, f.words[i])
}

// remember copies what is now known about word i into its slot of the
// cache, unless another word has taken the slot since.
func (f *finder) remember(i int) {
	fa := &f.facts[i]
	if fa.slot == noSlot {
		return
	}
	c := &f.entries[fa.slot]
	if w := f.w(i); int(c.n) == len(w) && string(c.key[:c.n]) == w {
		c.facts = *fa
	}
}

// An entryCache remembers the facts of recent words: the lexicon's map
// is too large to stay in a processor cache, and an article's names and
// the corpus's frequent words come again and again. It is direct-mapped
// by hash and keeps copies of its keys, so that it holds no article's
// text; a pooled finder keeps it across articles.
type entryCache [entryCacheSize]struct {
	key   [entryKeyLen]byte
	n     uint8 // key length; 0 for an empty entry
	facts wordFacts
}

const (
	entryCacheSize = 4096
	entryKeyLen    = 19 // longer words are not cached
)

var entrySeed = maphash.MakeSeed()

// factsAt returns the cached facts of w, or new ones with its lexicon
// entry, which take w's slot; h places w in the cache. The facts depend on
// w alone, so a word may sit in two slots (placed by two hashes): both
// hold what was known of it.
func (c *entryCache) factsAt(lex *lexicon, w string, h uint64) wordFacts {
	if len(w) > entryKeyLen || w == "" {
		return wordFacts{e: lex.lookup(w) | entryKnown, slot: noSlot}
	}
	at := h & (entryCacheSize - 1)
	slot := &c[at]
	if int(slot.n) == len(w) && string(slot.key[:slot.n]) == w {
		return slot.facts
	}
	slot.n = uint8(copy(slot.key[:], w))
	slot.facts = wordFacts{e: lex.lookup(w) | entryKnown, slot: uint16(at)}
	return slot.facts
}

// lookup returns the lexicon entry of w.
func (c *entryCache) lookup(lex *lexicon, w string) entry {
	return c.factsAt(lex, w, maphash.String(entrySeed, w)).e &^ entryKnown
}

// joined reports whether word i follows word i-1 with only blanks between.
func (f *finder) joined(i int) bool {
	return i > 0 && i < len(f.toks) && f.toks[i].gap == gapSpace
}

func (f *finder) emit(m Mention, p *person) bool {
	if m.Start < 0 || m.End > len(f.text) || m.Start >= m.End {
		return false
	}
	f.out = append(f.out, m)
	f.who = append(f.who, p)
	return true
}

func (f *finder) meta(i int) bool { return f.toks[i].meta }

// ---------------------------------------------------------------------------
// Pass 1: names that carry their own evidence.

func (f *finder) findNames() {
	// The loops test local copies of the slices, which the rules change
	// only element by element: through f, the compiler would load them
	// again for every word.
	toks, used, words := f.toks, f.used, f.words
	for i := 0; i < len(toks); i++ {
		if toks[i].upper || toks[i].innerCap || f.lex.lowerLen(words[i]) && f.lex.lowerInstitution(words[i]) {
			if n := f.institution(i); n > 0 {
				i += n - 1
			} else if n := f.germanOrgName(i); n > 0 {
				i += n - 1
			}
		}
	}
	// The other passes read the capitalised words only; a name of n
	// words skips the capitalised words up to its end.
	skip := 0
	for _, c := range f.caps {
		i := int(c)
		if i < skip || used[i] {
			continue
		}
		if n := f.fullName(i); n > 0 {
			skip = i + n
			continue
		}
		if n := f.orgPhrase(i); n > 0 {
			skip = i + n
			continue
		}
	}
	// Names after a role word ("Präsident Trump", "Sofbank-CEO Masayoshi
	// Son") and organisations after a noun that introduces one ("Firma
	// Amazon") come second, so that full names and known organisations
	// are not cut apart.
	skip = 1
	for _, c := range f.caps {
		i := int(c)
		if i < skip || used[i] || !toks[i].upper || toks[i].gap != gapSpace {
			continue
		}
		if n := f.roleAnchoredName(i); n > 0 {
			skip = i + n
			continue
		}
		if n := f.cuedOrg(i); n > 0 {
			skip = i + n
		}
	}
	for _, c := range f.caps {
		if i := int(c); !used[i] && !f.surnameAlone(i) {
			f.singleOrg(i)
		}
	}
}

// surnameAlone reports whether word i is the bare surname of a person the
// article names in full, anywhere in it: a headline's "Harris" before the
// text's "Kamala Harris" is the person, even when a company of the
// gazetteer has that name (findKnownNames links it).
func (f *finder) surnameAlone(i int) bool {
	t := f.toks[i]
	if t.hyphen || t.allCaps || t.innerCap {
		return false
	}
	if w := f.w(i); w == "" || !f.surnameFirst.has(w[0]) || !f.maySurname(w) || f.bySurname[w] == nil {
		return false
	}
	// The next word is looked up only for a known surname: most words
	// are none.
	return !(i+1 < len(f.toks) && f.joined(i+1) && f.e(i+1)&legalForm != 0) // not "Porsche AG"
}

// institution matches a known medium or institution at word i.
func (f *finder) institution(i int) int {
	if f.e(i)&(instFirst|instGenitive|instForm) == 0 {
		return 0
	}
	list := f.lex.institutions[f.w(i)]
outer:
	for _, inst := range list {
		n := len(inst.words)
		if i+n > len(f.toks) {
			continue
		}
		for k := 1; k < n; k++ {
			if !f.joined(i+k) || f.w(i+k) != inst.words[k] {
				continue outer
			}
		}
		for k := 0; k < n; k++ {
			f.used[i+k] = true
		}
		if inst.building && i > 0 && locative(f.w(i-1)) {
			return n // "im Weißen Haus": the building, a place
		}
		f.addOrg(i, i+n-1, inst.name, false)
		f.learnOrg(f.span(i, i+n-1), inst.name)
		return n
	}
	// The genitive of a one-word name: "des Guardians".
	if w := f.w(i); strings.HasSuffix(w, "s") && len(w) > 3 {
		for _, inst := range f.lex.institutions[w[:len(w)-1]] {
			if len(inst.words) == 1 && !inst.building {
				f.used[i] = true
				f.addOrg(i, i, inst.name, false)
				return 1
			}
		}
	}
	return 0
}

// knownOrgWord returns the canonical name of an organisation that word w
// names, from the article or from the institutions of the lexicon, or "".
func (f *finder) knownOrgWord(w string) string {
	if n := f.orgName(w); n != "" {
		return n
	}
	for _, inst := range f.lex.institutions[w] {
		if len(inst.words) == 1 && !inst.building {
			return inst.name
		}
	}
	return ""
}

func locative(w string) bool {
	switch w {
	case "im", "ins", "in", "vor", "vom", "aus", "beim", "am", "Im", "Vor", "Aus", "Am":
		return true
	}
	return false
}

// addOrg records an organisation mention over words i..j.
func (f *finder) addOrg(i, j int, name string, part bool) {
	f.emit(mentionOrg(f, i, int(f.toks[j].end), name, part), nil)
}

func (f *finder) learnOrg(written, name string) {
	if f.orgs == nil {
		f.orgs = map[string]string{}
		f.orgCount = map[string]int{}
	}
	if _, ok := f.orgs[written]; !ok {
		f.orgs[written] = name
		if written != "" {
			f.orgFirst.add(written[0])
			if mayHoldBlank(written) {
				f.multiFirst.add(written[0])
			}
		}
	}
	f.orgCount[name] += 0 // known, even if only inside compounds
}

// maySurname reports whether w may be a key of bySurname, by its
// length.
func (f *finder) maySurname(w string) bool { return f.surnameLens&(1<<(len(w)&63)) != 0 }

// mayHoldBlank reports whether s may hold white space: an ASCII blank or
// control character, or any non-ASCII byte (a no-break space is one).
func mayHoldBlank(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c <= ' ' || c >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// surnameOK reports whether word k can be (part of) a surname.
func (f *finder) surnameOK(k int) bool {
	t := f.toks[k]
	if !t.upper || t.allCaps {
		return false
	}
	w := f.w(k)
	if utf8.RuneCountInString(w) < 2 {
		return false
	}
	if f.e(k)&(calendar|legalForm|orgHead|notOrg|eventHead) != 0 || f.commonWord(k) {
		return false
	}
	if t.hyphen && !allPartsUpper(w) {
		return false // "Petit-Tesson", "Kramp-Karrenbauer"; not "Trump-Sprecherin"
	}
	return f.roleOf(k) == ""
}

// fullName reads a person's name that starts with a known first name:
// first name, an optional second first name or middle initial, particles,
// and one or two surname words. It returns the number of words used.
func (f *finder) fullName(i int) int {
	e := f.firstNameEntry(i)
	if e&firstName == 0 || f.toks[i].allCaps || f.toks[i].gen {
		return 0
	}
	if i > 0 && f.joined(i) && articles[f.w(i-1)] {
		return 0 // "der Roman von …": after an article a first name is a noun
	}
	// A first name that is no noun, place or common word ("Oliver", not
	// "Mark" or "Israel") is evidence enough that the capitalised word
	// after it is a surname, even a German noun ("Anna Fuchs", "Peter
	// Vogel") or a word no list knows ("Jens Wöhlke").
	strong := e&(firstNoun|place) == 0 && !f.commonWord(i)
	if !strong && i > 0 && f.joined(i) && f.orgCue(i-1) {
		return 0 // "Raumfahrtfirma Blue Origin": the noun introduces an organisation
	}
	j := i + 1
	if j >= len(f.toks) || f.toks[i].block != f.toks[j].block {
		return 0
	}
	if f.toks[i].block == f.toks[j].block && f.surnameInitial(j) && !f.toks[i].meta {
		// "Paul S.": a surname the press cut to its initial, as it
		// names a defendant or a suspect. The tagger's path names the
		// person (initialNames); the rules learn the person only for a
		// pronoun after it to stand for ("verurteilte ihn"), and add no
		// mention, so that the hints the tagger was trained on stay as
		// they were.
		p := &person{name: f.w(i) + " " + f.w(j) + ".", first: f.w(i), surname: f.w(j), gender: genderOf(e)}
		f.cutNames = append(f.cutNames, p)
		f.mentioned = append(f.mentioned, personAt{tok: i, p: p})
		return 0
	}
	// Middle initial "Donald J. Trump" or second first name "Anna Lena Meyer".
	if f.joined(j) && f.initialAt(j) &&
		j+1 < len(f.toks) && f.toks[j+1].sent-f.toks[j].sent <= 1 && f.surnameOK(j+1) {
		j++
	} else if f.joined(j) && f.e(j)&firstName != 0 && j+1 < len(f.toks) && f.joined(j+1) && f.surnameOK(j+1) {
		j++
	}
	// Particles: "von der Leyen", "de Maizière".
	k := j
	for n := 0; n < 2 && k < len(f.toks) && f.joined(k) && f.e(k)&particle != 0 && !f.toks[k].upper; n++ {
		k++
	}
	if k > j && (k >= len(f.toks) || !f.joined(k) || !f.surnameOK(k) || f.e(k)&firstName != 0) {
		k = j // the particle was a preposition: "Mark von Meta"
	}
	if k >= len(f.toks) || (!f.joined(k) && !(k == j && j > i+1 && f.toks[j-1].dotAfter)) || !f.surnameOK(k) && !(strong && k == i+1 && f.nounSurnameOK(k)) {
		return 0
	}
	if f.toks[k].first && f.toks[k].gap == gapBreak {
		return 0
	}
	last := k
	// A second surname word: "García Márquez"; in a credit line every
	// capitalised word ("Julia Demaree Nikhinson").
	// The surname of a person the article has named is no second surname:
	// "gratulierte Angela Merkel Scholz zur Wahl".
	if !f.toks[k].gen && !strings.HasSuffix(f.w(k), "s") && k+1 < len(f.toks) && f.joined(k+1) && !f.used[k+1] && f.surnameOK(k+1) &&
		f.personBySurname(f.w(k+1)) == nil {
		e2 := f.e(k + 1)
		if f.meta(k) || e2&nameToken != 0 && e2&firstName == 0 {
			last = k + 1
		}
	}
	// "Martin Luther King Jr.": a generational suffix belongs to the name.
	suffixEnd := 0
	if last+1 < len(f.toks) && f.joined(last+1) && f.toks[last+1].dotAfter {
		if w := f.w(last + 1); w == "Jr" || w == "Sr" {
			suffixEnd = int(f.toks[last+1].end) + 1
		}
	}
	// "Morgan Stanley Group", "Dow Jones Inc.": a legal form or an
	// organisation head after it makes the words a company.
	if last+1 < len(f.toks) && f.joined(last+1) && f.e(last+1)&(legalForm|orgHead) != 0 {
		return 0
	}
	for x := i; x <= last; x++ {
		f.used[x] = true
	}
	first := f.w(i)
	surnameTok := f.surnameStem(last)
	full := f.span(i, last) // the name as written, when no genitive s comes off
	if len(surnameTok) < len(f.w(last)) {
		full = f.text[int(f.toks[i].start):int(f.toks[last].start)] + surnameTok
	}
	p := f.addPerson(first, surnameTok, full, genderOf(e))
	f.emitPerson(i, last, p, false, false)
	if suffixEnd > 0 && len(f.personSpans) > 0 {
		f.out[len(f.out)-1].End = suffixEnd
		f.used[last+1] = true
		last++
		f.personSpans[len(f.personSpans)-1][2] = int32(last)
	}
	return last - i + 1
}

// initialAt reports whether word i is an initial: one capital before a
// full stop ("J." of "Donald J. Trump", "S." of "Emanuel S.").
func (f *finder) initialAt(i int) bool {
	t := &f.toks[i]
	return t.dotAfter && t.upper && t.end-t.start == 1
}

// orgCue reports whether word k is a noun that introduces an
// organisation's name ("Raumfahrtfirma", "Sender").
func (f *finder) orgCue(k int) bool {
	return f.toks[k].upper && f.roleOf(k) == "" && f.lex.cueNoun(f.w(k))
}

// allPartsUpper reports whether every hyphen-joined part of w starts with
// a capital.
func allPartsUpper(w string) bool {
	for part := range strings.SplitSeq(w, "-") {
		if r, _ := utf8.DecodeRuneInString(part); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// nounSurnameOK reports whether word k, right after a first name, can be
// its surname although it is also a common word: any capitalised word in
// mid-sentence is a noun or a name, and after a first name a name. Not a
// month, legal form or organisation head, not a formal pronoun ("Sie"),
// not a place unless it is also a name, and a role only in its bare form
// ("Peter Richter", not "Anna Präsidentin").
func (f *finder) nounSurnameOK(k int) bool {
	t := f.toks[k]
	if !t.upper || t.allCaps || t.glued || f.used[k] || utf8.RuneCountInString(f.w(k)) < 2 {
		return false
	}
	e := f.e(k)
	if e&(calendar|legalForm|orgHead|notOrg|eventHead) != 0 || e&place != 0 && e&nameToken == 0 {
		return false
	}
	w := f.w(k)
	switch w {
	case "Sie", "Ihr", "Ihre", "Ihnen", "Ihrer", "Ihren", "Ihrem", "Du", "Dich", "Dir", "Euch":
		return false
	}
	if t.hyphen && !allPartsUpper(w) {
		return false
	}
	if f.roleOf(k) != "" {
		_, n := f.lex.roleHeads.longest(w, 0)
		return n == len(w) // the whole word is the head

	}
	return true
}

// firstNameEntry returns the lexicon entry of word i as a first name; a
// hyphenated word is one when all its parts are ("Hans-Georg").
func (f *finder) firstNameEntry(i int) entry {
	if !f.toks[i].hyphen {
		return f.e(i)
	}
	var e entry = firstName
	for part := range strings.SplitSeq(f.w(i), "-") {
		pe := f.entries.lookup(f.lex, part)
		if pe&firstName == 0 {
			return 0
		}
		e &= pe | ^firstName
	}
	return e
}

// surnameStem returns word k without a genitive s when the bare form is the
// name: "Trumps" → "Trump" when followed by a noun ("Trumps Seite") or when
// the bare form is already known; "Bezos" stays.
func (f *finder) surnameStem(k int) string {
	w := f.w(k)
	if !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || len(w) < 4 {
		return w
	}
	stem := w[:len(w)-1]
	if _, ok := f.bySurname[stem]; ok {
		return stem
	}
	if k+1 < len(f.toks) && f.joined(k+1) && (f.toks[k+1].upper || f.toks[k+1].innerCap) {
		return stem
	}
	return w
}

func genderOf(e entry) byte {
	switch e & firstName {
	case firstFemale:
		return 'f'
	case firstMale:
		return 'm'
	}
	return 0
}

// addPerson returns the article's person of this full name, or the one
// with this surname, creating it or filling in a first name it lacked.
func (f *finder) addPerson(first, surname, full string, gender byte) *person {
	if f.bySurname == nil {
		f.bySurname = map[string]*person{}
		f.byFirst = map[string]*person{}
		f.byFull = map[string]*person{}
	}
	if p := f.byFull[full]; p != nil {
		return p
	}
	p, known := f.bySurname[surname]
	if known && p != nil {
		switch {
		case p.first == "" && first != "":
			delete(f.byFull, p.name)
			p.first, p.name, p.gender = first, full, gender
			f.byFull[full] = p
			f.noteFirst(first, p)
			return p
		case first == "" || p.first == first:
			return p
		}
		// Two people share a surname ("Donald Trump", "Melania Trump"):
		// both keep their full names, a bare surname stays unresolved.
		f.bySurname[surname] = nil
	}
	if len(f.people) == cap(f.people) {
		f.people = make([]person, 0, max(16, 2*cap(f.people)))
	}
	f.people = append(f.people, person{name: full, first: first, surname: surname, gender: gender})
	q := &f.people[len(f.people)-1]
	f.persons = append(f.persons, q)
	f.byFull[full] = q
	if !known {
		f.bySurname[surname] = q
		if surname != "" {
			f.surnameFirst.add(surname[0])
			f.surnameLens |= 1 << (len(surname) & 63)
		}
	}
	if first != "" {
		f.noteFirst(first, q)
	}
	return q
}

func (f *finder) noteFirst(first string, p *person) {
	if first != "" {
		f.firstFirst.add(first[0])
	}
	if q, ok := f.byFirst[first]; ok && q != p {
		f.byFirst[first] = nil
		return
	}
	f.byFirst[first] = p
}

// emitPerson records a person mention over words i..j. The genitive
// apostrophe is outside the span; a genitive s is inside, as NER corpora
// annotate "Trumps".
func (f *finder) emitPerson(i, j int, p *person, implicit, part bool) {
	if f.emit(Mention{Start: int(f.toks[i].start), End: int(f.toks[j].end), Kind: model.Person, Name: p.name, Implicit: implicit, Part: part, Meta: f.meta(i)}, p) {
		f.personSpans = append(f.personSpans, [3]int32{int32(len(f.out) - 1), int32(i), int32(j)})
	}
	f.mentioned = append(f.mentioned, personAt{tok: i, p: p})
	for k := i; k <= j; k++ {
		f.isPerson[k] = true
	}
}

// result fills in the final names and orders the mentions, in a buffer of
// the finder's (see keep).
func (f *finder) result() []Mention {
	rename := f.orgVariants()
	for i := range f.out {
		if p := f.who[i]; p != nil {
			f.out[i].Name = p.name
		} else if n, ok := rename[f.out[i].Name]; ok && f.out[i].Kind == model.Organization {
			f.out[i].Name = n
		}
	}
	out := resized(f.ruleOut, len(f.out)) // not f.out, which the passes still read
	f.ruleOut = out
	copy(out, f.out)
	f.sorter.sort(out)
	return out
}
