// Package ner is a statistical named-entity tagger for German: a
// first-order linear-chain model over BIO tags for people (PER),
// organisations (ORG), places (LOC) and other names (OTH), trained as an
// averaged structured perceptron and as a CRF (the mean of both:
// internal/recipe) on GermEval 2014 and the DFKI SmartData corpus
// (data/ATTRIBUTION.md) by internal/train. Features are the word,
// its lower-case form, shape, prefix and suffixes, compound parts, the
// neighbouring words within two, the clusters of the word and its
// neighbours (words written in like contexts, learnt from unlabelled
// text: Clusters), and the word lists of a Gazetteer (for
// Chronik also the classes the text layer's lexicon gives a word). A
// Document is tagged sentence by sentence, then made consistent: a name
// tagged once is the same name wherever else the document writes it.
package ner

import (
	"cmp"
	_ "embed"
	"math/bits"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Kind is the class of an entity.
type Kind uint8

const (
	None Kind = iota
	PER       // a person
	ORG       // an organisation
	LOC       // a place: country, region, city, building, street
	OTH       // another name: an event, a work, a product
)

func (k Kind) String() string {
	return [...]string{"O", "PER", "ORG", "LOC", "OTH"}[k]
}

// A Span is an entity: byte offsets into the text, on rune boundaries.
type Span struct {
	Start, End int
	Kind       Kind
}

//go:embed data/weights.gz
var embedded []byte

//go:embed data/clusters.gz
var embeddedClusters []byte

var (
	loadOnce sync.Once
	loaded   *Weights
	loadErr  error
)

// Embedded returns the weights built into the binary, with the clusters
// they were trained with, decoded on the first call so that a program
// starts without paying for them.
func Embedded() (*Weights, error) {
	loadOnce.Do(func() {
		var cl *Clusters
		if cl, loadErr = EmbeddedClusters(); loadErr != nil {
			return
		}
		if loaded, loadErr = Decode(embedded); loadErr == nil {
			loaded.clusters = cl
		}
	})
	return loaded, loadErr
}

// EmbeddedClusters returns the word clusters built into the binary
// (data/clusters.gz), decoded on the first call.
var EmbeddedClusters = sync.OnceValues(func() (*Clusters, error) { return DecodeClusters(embeddedClusters) })

// A Tagger finds entities with trained weights and a gazetteer. It is
// immutable and safe for concurrent use.
type Tagger struct {
	w   *Weights
	gaz Gazetteer
	// patterns holds the weights of every pattern of capitals
	// (patternKey), which every token reads: patternAt, indexed by the
	// flags of the word before, the word and the word after, gives the
	// index of its weights in patternRows, 0 for a pattern without any.
	patternAt   [1 << (3 * numFlags)]uint16
	patternRows [][numTags]int32
	// edges are the sums of neighbourFeatures of the sentinels beyond the
	// ends of a sequence, by role and feature set.
	edges [numRoles][2][numTags]int32
	// hints are the sums of hintKeys by the hints of the word before, the
	// word and the word after (0 for none, else 1 + a tag).
	hints [numTags + 1][numTags + 1][numTags + 1][numTags]int32
}

// NewTagger returns a tagger; gaz must be the gazetteer the weights were
// trained with (or nil for weights trained without one).
func NewTagger(w *Weights, gaz Gazetteer) *Tagger {
	t := &Tagger{w: w, gaz: gaz, patternRows: make([][numTags]int32, 1)}
	for i := range t.patternAt {
		const mask = 1<<numFlags - 1
		row := w.table.get(patternKey(uint32(i>>(2*numFlags)), uint32(i>>numFlags&mask), uint32(i&mask)))
		if row == nil {
			continue
		}
		t.patternAt[i] = uint16(len(t.patternRows))
		var sum [numTags]int32
		for k, v := range row {
			sum[k] = int32(v)
		}
		t.patternRows = append(t.patternRows, sum)
	}
	var keys []uint32
	for role := range numRoles {
		edge := &boundaryBefore
		if role == roleNext || role == roleNext2 {
			edge = &boundaryAfter
		}
		for set := range 2 {
			keys = neighbourFeatures(edge, role, set == 1, keys[:0])
			t.edges[role][set] = w.sum(keys)
		}
	}
	for p := range t.hints {
		for h := range t.hints[p] {
			for n := range t.hints[p][h] {
				if p|h|n != 0 {
					keys := hintKeys(uint32(p), uint32(h), uint32(n))
					t.hints[p][h][n] = w.sum(keys[:])
				}
			}
		}
	}
	return t
}

// pattern returns the weights of the pattern of capitals of the word w
// between p and n.
func (t *Tagger) pattern(p, w, n *wordAttrs) *[numTags]int32 {
	return &t.patternRows[t.patternAt[p.flags<<(2*numFlags)|w.flags<<numFlags|n.flags]]
}

// maxTokens bounds the tokens tagged as one sequence: a run of text with
// no sentence end is cut into pieces of this length, so that the memory
// of decoding stays bounded.
const maxTokens = 256

// scratch holds the buffers of one call.
type scratch struct {
	toks   []Token
	hints  []uint32 // the hint of each token of a sequence (setHints)
	hintAt int      // where setHints looks for the next sequence's first hint
	keys   []uint32
	em     [][numTags]int32
	runs   []tokenRun
	tags   []int
	dec    decodeScratch[int32]
	// The words seen so far, by this scratch's tagger (owner) in this and
	// earlier documents: their attributes (words) and the summed weights
	// of their features (sums, far), apart, as a token reads little of
	// either and the little it reads should lie close together. What a
	// tagger computes for a word depends on the word alone, and a
	// document's common words are mostly the last documents' too; the
	// keys of seen are copies, so that no caller's text stays alive in the
	// pool.
	owner *Tagger
	short wordIndex        // the words of at most maxShortWord bytes, most of them
	seen  map[string]int32 // the longer words
	words []wordAttrs
	sums  []wordSums
	// far are the sums of each word's neighbourFeatures two places away
	// (rolePrev2, roleNext2) in the full set (farSum): most tokens with
	// the full set read two, and these are small enough to stay in the
	// processor's caches.
	far [][2][numTags]int32
	// flags are each word's anyUpper, which every token reads (reduced),
	// and whether its far sums are made: apart from the attributes and
	// the sums, which seldom stay in the caches.
	flags  []uint8
	wordAt []int32 // the index in words of each token of a sequence
	// pairs and triples hold the sums of the pairs and the runs of three
	// words seen so far (addPair, tripleSum): news repeat their pairs of
	// words too ("Präsident Trump", "der Bundesregierung"), and many of
	// their runs of three.
	pairs, triples sumTable
	// pairGate and tripleGate say when pairs and triples are used: real
	// news repeat few of their pairs and runs of three, and a table that
	// mostly misses costs its look-ups and the writes of sums never read
	// again on top of the sums it does not save.
	pairGate, tripleGate gate
	usePairs             bool // pairGate is open for this sequence
	names                names
	// spans collects a document's entities, which the caller gets a
	// copy of: appending them to a new slice per document cost more than
	// the copy.
	spans []Span
}

// A tokenRun is what emissions works out of a token's run of three
// before its sums, for both of its passes: whether the token gets the
// reduced feature set, the run's key in scratch.triples (runKey) and
// whether the table had its sums.
type tokenRun struct {
	key            uint64
	reduced, found bool
}

// The flags of a word a scratch has seen.
const (
	wordAnyUpper = 1 << iota // its attributes' anyUpper
	wordFar                  // its far sums are made
)

// wordSums are the sums a scratch has needed so far of the weights of a
// word's features (wordFeatures) and of its neighbourFeatures as the word
// before or after, for each feature set.
type wordSums struct {
	sum  [2][numTags]int32    // [full, reduced]
	as   [2][2][numTags]int32 // [rolePrev or roleNext][full, reduced]
	have uint8                // 1 << set for sum[set], 1 << (2 + 2*role + set) for as[role][set]
}

// A sumTable maps a pair or a run of three words (a key of addPair or
// tripleSum) to its sums: open addressing with linear probing over the
// keys alone, the sums of place i in sums[i], so that the places a
// look-up probes (two or three for a key there, several for one not)
// mostly lie in one line of the processor's cache. It grows to maxSlots
// places, and when those are three quarters full it starts afresh: small,
// so that it stays in the processor's caches, which text with few
// repeated runs (most real news) would only fill.
type sumTable struct {
	keys  []uint64 // 0: empty
	sums  [][numTags]int32
	n     int
	shift uint // hashShift of len(keys)
}

const maxSlots = 1 << 13

// find returns the sums of key, and whether they were there; if not, the
// caller fills them in.
func (p *sumTable) find(key uint64) (*[numTags]int32, bool) {
	if 4*(p.n+1) > 3*len(p.keys) {
		p.grow()
	}
	i, ok := p.probe(key)
	if !ok {
		p.keys[i] = key
		p.n++
	}
	return &p.sums[i], ok
}

// get returns the sums of key, nil if they are not there.
func (p *sumTable) get(key uint64) *[numTags]int32 {
	if len(p.keys) == 0 {
		return nil
	}
	if i, ok := p.probe(key); ok {
		return &p.sums[i]
	}
	return nil
}

// probe returns the place of key, and whether it is there; if not, the
// empty place where it would go.
func (p *sumTable) probe(key uint64) (uint64, bool) {
	mask := uint64(len(p.keys) - 1)
	for i := sumHash(key, p.shift); ; i = (i + 1) & mask {
		switch p.keys[i] {
		case key:
			return i, true
		case 0:
			return i, false
		}
	}
}

// grow doubles the table, or empties it at maxSlots places.
func (p *sumTable) grow() {
	if len(p.keys) >= maxSlots {
		p.reset()
		return
	}
	oldKeys, oldSums := p.keys, p.sums
	size := max(2*len(oldKeys), 1<<10)
	p.keys, p.sums, p.shift = make([]uint64, size), make([][numTags]int32, size), hashShift(size)
	for k, key := range oldKeys {
		if key != 0 {
			i, _ := p.probe(key)
			p.keys[i], p.sums[i] = key, oldSums[k]
		}
	}
}

// sumHash returns the first place to look for key in a table whose
// hashShift is shift: the top bits of a Fibonacci hash, which every bit
// of the key moves. (The tables have at least two places, so the shift is
// below 64: the mask says so to the compiler, which otherwise makes each
// look-up test for a shift of 64 or more, whose result would be 0.)
func sumHash(key uint64, shift uint) uint64 {
	return (key * 0x9e3779b97f4a7c15) >> (shift & 63)
}

// hashShift is the shift that leaves sumHash the bits of a place in a
// table of size places (a power of two). A table keeps it: worked out
// from the size at every look-up, it cost a population count each.
func hashShift(size int) uint {
	return uint(bits.LeadingZeros64(uint64(size - 1)))
}

func (p *sumTable) reset() {
	clear(p.keys)
	p.n = 0
}

var scratches = sync.Pool{New: func() any { return new(scratch) }}

// Document tags the segments of text (sentences, headlines, lines: byte
// ranges, in text order and not overlapping), then applies document-level consistency, and returns the
// entities in text order. Hints are entities another recogniser found
// (Chronik's rules): the tagger reads them as features, weighed as
// training taught, and may overrule them. They must be the hints the
// weights were trained with (or none).
func (t *Tagger) Document(text string, segments [][2]int, hints []Span) []Span {
	s := scratches.Get().(*scratch)
	defer scratches.Put(s)
	return t.document(text, segments, hints, s)
}

// document is Document with the scratch s.
func (t *Tagger) document(text string, segments [][2]int, hints []Span, s *scratch) []Span {
	spans := t.documentWith(s.spans[:0], text, segments, hints, s, func(toks []Token, seg [2]int) []Token {
		return appendWords(toks, text, seg)
	})
	s.spans = spans[:0]
	if len(spans) == 0 {
		return nil
	}
	return slices.Clone(spans)
}

// documentWith is Document with the scratch s, reading the words of each
// segment with words: it appends them, with offsets into text. It
// appends the entities to spans, which must be empty, and returns them.
func (t *Tagger) documentWith(spans []Span, text string, segments [][2]int, hints []Span, s *scratch, words func([]Token, [2]int) []Token) []Span {
	s.toks = s.toks[:0]
	s.hintAt = 0
	if s.owner != t || len(s.words) >= maxSeen {
		s.forget()
		s.owner = t
	}
	for _, seg := range segments {
		if seg[0] < 0 || seg[1] > len(text) || seg[0] >= seg[1] {
			continue
		}
		first := len(s.toks)
		s.toks = words(s.toks, seg)
		toks := s.toks[first:]
		for from := 0; from < len(toks); from += maxTokens {
			spans = t.sequence(text, toks[from:min(from+maxTokens, len(toks))], hints, s, spans)
		}
	}
	return s.names.consistent(text, s.toks, spans)
}

// sequence tags one sequence of tokens and appends its entities.
func (t *Tagger) sequence(text string, toks []Token, hints []Span, s *scratch, spans []Span) []Span {
	t.emissions(text, toks, hints, s)
	s.tags = grow(s.tags, len(toks))
	decode(s.em, &t.w.itrans, &t.w.lead, s.tags, &s.dec)
	return appendSpans(text, spans, toks, s.tags)
}

// emissions sets s.em to the summed weights of the features of each
// token of a sequence, s.wordAt to their words and s.hints to their hints.
// A token's attributes are its word's (with the hint apart), not a copy
// each.
func (t *Tagger) emissions(text string, toks []Token, hints []Span, s *scratch) {
	n := len(toks)
	s.wordAt = s.wordAt[:0]
	for _, tok := range toks {
		s.wordAt = append(s.wordAt, s.word(t, text[tok.Start:tok.End]))
	}
	s.hints = grow(s.hints, n)
	clear(s.hints)
	s.hintAt = setHints(s.hints, toks, hints, s.hintAt)
	s.em = grow(s.em, n)
	s.runs = grow(s.runs, n)
	// First the sums of the runs of three the table has: their look-ups,
	// which mostly miss the processor's caches, need not wait for each
	// other in a loop that does nothing else. The numbers and hints of a
	// token and its neighbours move along from one token to the next
	// instead of being looked up three times each.
	p, w, hp, h := uint64(0), uint64(s.wordAt[0])+2, uint32(0), s.hints[0]
	useTriples := s.tripleGate.open(n)
	s.usePairs = s.pairGate.open(n)
	for i := range toks {
		nx, hn := uint64(1), uint32(0) // the sentinel after the sequence
		if i+1 < n {
			nx, hn = uint64(s.wordAt[i+1])+2, s.hints[i+1]
		}
		r := &s.runs[i]
		r.reduced = reducedSet(s.flags[s.wordAt[i]]&wordAnyUpper != 0, hp|h|hn)
		r.key, r.found = 0, false
		if useTriples {
			r.key = runKey(p, w, nx, hp, h, hn, i == 0, r.reduced)
		}
		p, w, hp, h = w, nx, h, hn
		if r.key != 0 {
			s.tripleGate.looks++
			if sum := s.triples.get(r.key); sum != nil {
				s.em[i], r.found = *sum, true
				s.tripleGate.hits++
			}
		}
	}
	s.tripleGate.settle()
	for i := range toks {
		r := &s.runs[i]
		reduced := r.reduced
		if !r.found {
			s.em[i] = t.tripleSum(s, i, r.key, reduced)
		}
		if !reduced {
			e := &s.em[i]
			add(e, t.farSum(s, i-2, rolePrev2))
			add(e, t.farSum(s, i+2, roleNext2))
		}
	}
	s.pairGate.settle()
}

// A gate opens and closes a table of sums by what it saves: every
// gateWindow look-ups it closes the table for the next gateSkip tokens if
// fewer than one in gateShare found their sums, which the table then
// neither looks up nor stores. Closed, it costs nothing; open again, it
// finds out whether the text has turned repetitive.
type gate struct {
	looks, hits int // in the current window
	skip        int // the tokens left to tag with the table closed
}

const (
	gateWindow = 1 << 12
	gateShare  = 8
	gateSkip   = 1 << 16
)

// open reports whether the table is to be used for a sequence of n
// tokens.
func (g *gate) open(n int) bool {
	if g.skip > 0 {
		g.skip -= n
		return false
	}
	return true
}

// settle closes the table at the end of a window in which it found too
// few sums.
func (g *gate) settle() {
	if g.looks < gateWindow {
		return
	}
	if g.hits*gateShare < g.looks {
		g.skip = gateSkip
	}
	g.looks, g.hits = 0, 0
}

// neighbourSum returns the summed weights of the features that read
// only token k of the sequence in s.wordAt, in the given role (rolePrev
// or roleNext), for a word with feature set set; the sentinels stand
// beyond the ends.
func (t *Tagger) neighbourSum(s *scratch, k, role, set int) *[numTags]int32 {
	if k < 0 || k >= len(s.wordAt) {
		return &t.edges[role][set]
	}
	w := s.wordAt[k]
	sw := &s.sums[w]
	if bit := uint8(1) << (2 + 2*role + set); sw.have&bit == 0 {
		s.keys = neighbourFeatures(&s.words[w], role, set == 1, s.keys[:0])
		sw.as[role][set], sw.have = t.w.sum(s.keys), sw.have|bit
	}
	return &sw.as[role][set]
}

// farSum is neighbourSum for the roles two places away (rolePrev2,
// roleNext2), which only the full set has.
func (t *Tagger) farSum(s *scratch, k, role int) *[numTags]int32 {
	if k < 0 || k >= len(s.wordAt) {
		return &t.edges[role][0]
	}
	w := s.wordAt[k]
	if s.flags[w]&wordFar == 0 {
		for r := range s.far[w] {
			s.keys = neighbourFeatures(&s.words[w], rolePrev2+r, false, s.keys[:0])
			s.far[w][r] = t.w.sum(s.keys)
		}
		s.flags[w] |= wordFar
	}
	return &s.far[w][role-rolePrev2]
}

// appendHints adds to e the sums of the hintFeatures of token i of the
// sequence in s that read only the hints, from the tagger's table, and
// appends the keys of the others to keys (once per run of three:
// computeTriple).
func (t *Tagger) appendHints(e *[numTags]int32, s *scratch, i int, keys []uint32) []uint32 {
	p, h, n := s.hint(i-1), s.hints[i], s.hint(i+1)
	w := &s.words[s.wordAt[i]]
	if p|h|n != 0 {
		add(e, &t.hints[p][h][n])
		hw := hintWordKeys(h, w)
		keys = append(keys, hw[:]...)
	}
	if i == 0 {
		keys = append(keys, startKey(w))
	}
	return keys
}

// tripleSum returns the summed weights of the features of token i of the
// sequence in s.wordAt, in the set that reduced says, that read only the
// word and its neighbours i-1 and i+1 (or the sentinels beyond the ends),
// their hints and the position: all but those that read the words two
// before and after. key is the run's key (runKey), 0 for none.
func (t *Tagger) tripleSum(s *scratch, i int, key uint64, reduced bool) [numTags]int32 {
	if key == 0 {
		return t.computeTriple(s, i, reduced) // triples closed, or a document of tens of thousands of words
	}
	sum, ok := s.triples.find(key)
	if !ok {
		*sum = t.computeTriple(s, i, reduced)
	}
	return *sum
}

// runKey returns the key in scratch.triples of a token of a sequence
// whose feature set is the reduced one if reduced: the numbers of its
// word and its neighbours' (id), the feature set and, in the full set,
// the three words' hints and whether it is the first; 0 (no key of the
// table) if the words' numbers do not fit.
func runKey(p, w, n uint64, hp, h, hn uint32, first, reduced bool) uint64 {
	if max(p, w, n) >= 1<<16 {
		return 0
	}
	key := p<<48 | w<<32 | n<<16
	switch {
	case reduced: // no hints beside it, no hint features
		key |= 1
	case first:
		key |= 2
		fallthrough
	default:
		key |= uint64(hp)<<12 | uint64(h)<<8 | uint64(hn)<<4
	}
	return key
}

// computeTriple computes what tripleSum returns.
func (t *Tagger) computeTriple(s *scratch, i int, reduced bool) [numTags]int32 {
	set := 0
	if reduced {
		set = 1
	}
	w := &s.words[s.wordAt[i]]
	sw := &s.sums[s.wordAt[i]]
	if bit := uint8(1) << set; sw.have&bit == 0 {
		s.keys = wordFeatures(w, reduced, s.keys[:0])
		sw.sum[set], sw.have = t.w.sum(s.keys), sw.have|bit
	}
	e := sw.sum[set]
	add(&e, t.neighbourSum(s, i-1, rolePrev, set))
	add(&e, t.neighbourSum(s, i+1, roleNext, set))
	p, n := s.neighbour(i-1), s.neighbour(i+1)
	add(&e, t.pattern(p, w, n))
	if !reduced {
		// The keys of the features left are looked up in one addSum, the
		// pairs' too when their table is closed: one call and one loop
		// where there were four.
		s.keys = s.keys[:0]
		if s.usePairs {
			t.addPair(&e, s, i, i-1)
			t.addPair(&e, s, i, i+1)
			s.keys = s.keys[:0]
		} else {
			s.keys = prevPairFeatures(p, w, s.keys)
			s.keys = nextPairFeatures(w, n, s.keys)
		}
		s.keys = append(s.keys, shapeTriKey(p, w, n))
		s.keys = t.appendHints(&e, s, i, s.keys)
		t.w.addSum(&e, s.keys)
	}
	return e
}

// neighbour returns the attributes of token k of the sequence in
// s.wordAt (without its hint), or a sentinel beyond its ends.
func (s *scratch) neighbour(k int) *wordAttrs {
	switch {
	case k < 0:
		return &boundaryBefore
	case k >= len(s.wordAt):
		return &boundaryAfter
	}
	return &s.words[s.wordAt[k]]
}

// hint returns the hint of token k of the sequence in s.hints, 0 beyond
// its ends.
func (s *scratch) hint(k int) uint32 {
	if k < 0 || k >= len(s.hints) {
		return 0
	}
	return s.hints[k]
}

// id returns the number in s.words of token k of the sequence in s.wordAt
// + 2, or 0 and 1 for the sentinels before and after it.
func (s *scratch) id(k int) uint64 {
	switch {
	case k < 0:
		return 0
	case k >= len(s.wordAt):
		return 1
	}
	return uint64(s.wordAt[k]) + 2
}

// addPair adds to e the summed weights of the features of token i of the
// sequence in s.wordAt, in the full set, that read the word and its
// neighbour k (i-1 or i+1, perhaps a sentinel beyond an end) and no other
// word: prevPairFeatures or nextPairFeatures, whose sum it keeps in
// s.pairs (open: computeTriple looks the features up itself while the
// table is closed).
func (t *Tagger) addPair(e *[numTags]int32, s *scratch, i, k int) {
	key := s.id(i)<<32 | s.id(k)<<1 // never 0
	if k > i {
		key |= 1
	}
	sum, ok := s.pairs.find(key)
	s.pairGate.looks++
	if ok {
		s.pairGate.hits++
		add(e, sum)
		return
	}
	w, other := &s.words[s.wordAt[i]], s.neighbour(k)
	if k > i {
		s.keys = nextPairFeatures(w, other, s.keys[:0])
	} else {
		s.keys = prevPairFeatures(other, w, s.keys[:0])
	}
	*sum = t.w.sum(s.keys)
	add(e, sum)
}

// add adds v to sum, tag by tag, written out: a loop over the nine tags
// costs more in counting and bounds than in adding.
func add(sum, v *[numTags]int32) {
	sum[0] += v[0]
	sum[1] += v[1]
	sum[2] += v[2]
	sum[3] += v[3]
	sum[4] += v[4]
	sum[5] += v[5]
	sum[6] += v[6]
	sum[7] += v[7]
	sum[8] += v[8]
}

// maxSeen bounds the words a scratch remembers across documents: past
// it, the next document starts afresh.
const maxSeen = 1 << 14

// forget empties the words seen and the sums of their pairs and runs.
func (s *scratch) forget() {
	if s.seen == nil {
		s.seen = map[string]int32{}
	}
	clear(s.seen)
	s.short.reset()
	s.pairs.reset()
	s.triples.reset()
	s.words = s.words[:0]
	s.sums = s.sums[:0]
	s.far = s.far[:0]
	s.flags = s.flags[:0]
}

// word returns the index in s.words of what the scratch knows of word
// w, computing its attributes for t the first time.
func (s *scratch) word(t *Tagger, w string) int32 {
	i := int32(len(s.words))
	if len(w) <= maxShortWord && len(w) > 0 {
		at, ok := s.short.find(shortWordOf(w))
		if ok {
			return *at
		}
		*at = i
	} else {
		if i, ok := s.seen[w]; ok {
			return i
		}
		s.seen[strings.Clone(w)] = i
	}
	a := attrs(w, t.gaz, t.w.clusters)
	s.words = append(s.words, a)
	s.sums = append(s.sums, wordSums{})
	s.far = append(s.far, [2][numTags]int32{})
	f := uint8(0)
	if a.anyUpper {
		f = wordAnyUpper
	}
	s.flags = append(s.flags, f)
	return i
}

func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// appendSpans turns BIO tags into spans.
func appendSpans(text string, spans []Span, toks []Token, tags []int) []Span {
	for i := 0; i < len(tags); i++ {
		if tags[i]%2 != 1 {
			continue
		}
		j := i + 1
		for j < len(tags) && tags[j] == tags[i]+1 {
			j++
		}
		// A name begins and ends with a word, not a mark ("• Zuckerberg").
		first, last := i, j-1
		for first <= last && !hasWordRune(text[toks[first].Start:toks[first].End]) {
			first++
		}
		for last >= first && !hasWordRune(text[toks[last].Start:toks[last].End]) {
			last--
		}
		if first <= last {
			spans = append(spans, Span{toks[first].Start, toks[last].End, Kind((tags[i] + 1) / 2)})
		}
		i = j - 1
	}
	return spans
}

// consistent makes the tags of a document agree with themselves. The
// last word of a person's full name is a surname: written alone (also in
// the genitive, "Trumps"), it names that person, whatever the sentence
// model tagged it. The first word of a full name that the sentence model
// tagged alone as another kind of name is that person's first name
// („Mark ist …“ after "Mark Zuckerberg"; alone, "Mark" is as often a
// currency); where it tagged no name, a first name stays untagged, as the
// first word of a tagged name may be a title. Any other name tagged as a
// person or organisation more
// often than as anything else is that wherever else the document writes
// it untagged. Only capitalised words count.
func (nm *names) consistent(text string, toks []Token, spans []Span) []Span {
	if len(spans) == 0 {
		return spans
	}
	nm.init()
	defer nm.release()
	last, surnames, firstNames, votes := &nm.last, &nm.surnames, &nm.firstNames, nm.votes
	// The last words of full names are surnames, but not in "Musks Job",
	// which begins with the genitive of a surname.
	for _, sp := range spans {
		if name := text[sp.Start:sp.End]; sp.Kind == PER {
			if i := lastSpace(name); i > 0 && isCapital(name[i+1:]) {
				last.add(name[i+1:])
			}
		}
	}
	for _, sp := range spans {
		name := text[sp.Start:sp.End]
		if sp.Kind == PER {
			if i := lastSpace(name); i > 0 && isCapital(name[i+1:]) && !last.has(genitiveBase(name[:strings.IndexByte(name, ' ')])) {
				surnames.add(name[i+1:])
				firstNames.add(name[:strings.IndexByte(name, ' ')])
			}
		}
		v := votes[name]
		v[sp.Kind]++
		votes[name] = v
	}
	voted := func(w string) bool { _, ok := votes[w]; return ok }
	kindOf := func(w string) Kind {
		if surnames.has(w) || surnames.has(genitiveBase(w)) {
			return PER
		}
		return votedKind(votes[w])
	}
	for i, sp := range spans {
		w := text[sp.Start:sp.End]
		if sp.Kind == PER {
			// Two people side by side ("dankte Zuckerberg Trump",
			// "Musks Jobs"): a surname of the document or its genitive
			// does not begin another person's name.
			if j := strings.IndexByte(w, ' '); j > 0 && (surnames.has(w[:j]) || surnames.has(genitiveBase(w[:j]))) && !surnames.has(w) {
				spans = append(spans, Span{sp.Start, sp.Start + j, PER})
				spans[i].Start += j + 1
				if !isCapital(w[j+1:]) || lastSpace(w[j+1:]) < 0 && !surnames.has(w[j+1:]) && !surnames.has(genitiveBase(w[j+1:])) && !voted(w[j+1:]) {
					spans[i].Kind = None // "Musks Jobs": no name after the genitive
				}
			}
			continue
		}
		if lastSpace(w) < 0 && (surnames.has(w) || surnames.has(genitiveBase(w)) || firstNames.has(w) && isCapital(w)) {
			spans[i].Kind = PER
			continue
		}
		// A person's genitive is no part of another name: "Musks Space X"
		// is the person and the company; "Facebook Trumps Konto" the
		// company and the person, and no name after.
		for at := 0; at < len(w); {
			end := strings.IndexByte(w[at:], ' ')
			if end < 0 {
				end = len(w)
			} else {
				end += at
			}
			if !surnames.has(genitiveBase(w[at:end])) {
				at = end + 1
				continue
			}
			spans = append(spans, Span{sp.Start + at, sp.Start + end, PER})
			switch {
			case at == 0 && end < len(w):
				spans[i].Start += end + 1
			case at > 0:
				spans[i].End = sp.Start + at - 1
			default:
				spans[i].Kind = None
			}
			break
		}
	}
	sortSpans(spans)
	// "Musks Job", "Zuckerbergs Wohltätigkeitsorganisation": a word right
	// after a person's genitive is what the person has, unless the
	// document names it elsewhere.
	for i := 1; i < len(spans); i++ {
		prev, sp := spans[i-1], spans[i]
		w := text[sp.Start:sp.End]
		if prev.Kind == PER && sp.Kind != None && text[prev.End:sp.Start] == " " && lastSpace(w) < 0 &&
			surnames.has(genitiveBase(text[prev.Start:prev.End])) && !surnames.has(w) && votes[w][sp.Kind] <= 1 {
			spans[i].Kind = None
		}
	}
	spans = slices.DeleteFunc(spans, func(sp Span) bool { return sp.Kind == None || sp.Start >= sp.End })
	sortSpans(spans)
	// Most capitalised words are no name of the document: a filter of the
	// words kindOf may find a person or organisation for passes only few
	// of them on to its maps.
	cands := surnames.filter
	for w, v := range votes {
		if k := votedKind(v); k == PER || k == ORG {
			cands.add(w)
		}
	}
	if cands == (nameFilter{}) {
		return spans
	}
	var added []Span
	next := 0 // the first span that ends after the current token
	for _, tok := range toks {
		// (most words are no capitalised candidate: they are let go
		// first, and next catches up at the next one that is)
		w := text[tok.Start:tok.End]
		if !isCapital(w) || !cands.has(w) && !cands.has(genitiveBase(w)) {
			continue
		}
		for next < len(spans) && spans[next].End <= tok.Start {
			next++
		}
		if next < len(spans) && spans[next].Start < tok.End {
			continue // inside an entity
		}
		if k := kindOf(w); k == PER || k == ORG {
			added = append(added, Span{tok.Start, tok.End, k})
		}
	}
	if len(added) == 0 {
		return spans
	}
	spans = append(spans, added...)
	sortSpans(spans)
	return spans
}

// votedKind returns the kind of a name tagged as a person or an
// organisation more often than as anything else, with the votes v of its
// kinds; None for any other.
func votedKind(v [5]int) Kind {
	switch {
	case v[PER] > v[ORG]+v[LOC]+v[OTH]:
		return PER
	case v[ORG] > v[PER]+v[LOC]+v[OTH]:
		return ORG
	}
	return None
}

// A nameFilter is a set of words that may say a word is in it when it is
// not, never the other way round: a bit for each length with first and
// last byte, which costs no look-up in a map.
type nameFilter [8]uint64

func (f *nameFilter) add(w string) {
	b := filterBit(w)
	f[b/64] |= 1 << (b % 64)
}

func (f *nameFilter) has(w string) bool {
	b := filterBit(w)
	return f[b/64]&(1<<(b%64)) != 0
}

func filterBit(w string) uint32 {
	h := uint32(len(w))
	if len(w) > 0 {
		h |= uint32(w[0])<<16 | uint32(w[len(w)-1])<<24
	}
	return (h * 0x9e3779b1) >> (32 - 9)
}

// names are the maps of consistent, kept with a scratch from one
// document to the next, empty between two (a pooled scratch must not
// keep a caller's text alive).
type names struct {
	last, surnames, firstNames nameSet
	votes                      map[string][5]int
}

// A nameSet is a set of names behind a nameFilter of them: most words
// consistent asks about are no name of the document, and the filter
// rules them out without hashing them for the map.
type nameSet struct {
	filter nameFilter
	m      map[string]bool
}

func (s *nameSet) add(w string) {
	s.filter.add(w)
	s.m[w] = true
}

func (s *nameSet) has(w string) bool { return s.filter.has(w) && s.m[w] }

func (s *nameSet) clear() {
	s.filter = nameFilter{}
	clear(s.m)
}

// maxNames bounds the names whose maps are emptied and used again: after a
// document with more the next gets new ones, as clearing a map costs its
// size.
const maxNames = 1 << 10

func (nm *names) init() {
	if nm.votes == nil {
		*nm = names{last: nameSet{m: map[string]bool{}}, surnames: nameSet{m: map[string]bool{}}, firstNames: nameSet{m: map[string]bool{}}, votes: map[string][5]int{}}
	}
}

func (nm *names) release() {
	if len(nm.votes) > maxNames {
		*nm = names{}
		return
	}
	nm.last.clear()
	nm.surnames.clear()
	nm.firstNames.clear()
	clear(nm.votes)
}

// genitiveBase returns w without a genitive s ("Trumps" → "Trump"), or ""
// if it has none.
func genitiveBase(w string) string {
	if len(w) > 3 && w[len(w)-1] == 's' {
		return w[:len(w)-1]
	}
	return ""
}

func isCapital(w string) bool {
	if w != "" && w[0] < utf8.RuneSelf { // most words: small enough to inline
		return w[0]-'A' < 26 // A to Z
	}
	return isCapitalRune(w)
}

func isCapitalRune(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func lastSpace(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == ' ' {
			return i
		}
	}
	return -1
}

func sortSpans(spans []Span) {
	slices.SortFunc(spans, func(a, b Span) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return a.End - b.End
	})
}

// setHints sets the hint of each token (dst[i] for toks[i]) to the BIO
// tag of the hint that covers it. Hints are in text order; a token a hint
// cuts through gets none. The search for the first hint begins at from,
// if no hint from there on ends before the tokens begin (the tokens of
// the last call came before them), and setHints returns where the next
// call's begins.
func setHints(dst []uint32, toks []Token, hints []Span, from int) int {
	if len(toks) == 0 {
		return from
	}
	h := from
	if h > len(hints) || h > 0 && hints[h-1].End > toks[0].Start {
		h, _ = slices.BinarySearchFunc(hints, toks[0].Start, func(sp Span, start int) int { return cmp.Compare(sp.End, start+1) })
	}
	for i, tok := range toks {
		for h < len(hints) && hints[h].End <= tok.Start {
			h++
		}
		if h == len(hints) {
			return h
		}
		sp := hints[h]
		if sp.Kind == None || tok.Start < sp.Start || tok.End > sp.End {
			continue
		}
		tag := 2*uint32(sp.Kind) - 1
		if tok.Start > sp.Start {
			tag++
		}
		dst[i] = 1 + tag
	}
	return h
}

func hasWordRune(w string) bool {
	for _, r := range w {
		if wordRune(r) {
			return true
		}
	}
	return false
}
