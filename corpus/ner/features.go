package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A Gazetteer says which word lists a word is on, one bit per list (first
// names, companies, places, common words, …). The tagger learns what each
// bit is worth; it does not know what the lists are. Weights are tied to
// the bits they were trained with: a Gazetteer that changes its bits
// needs the weights retrained.
type Gazetteer func(word string) uint32

// maxWordRunes bounds the runes of a token that its features read: a
// 16 MB token costs no more than a short one.
const maxWordRunes = 40

// wordAttrs are the hashed attributes of one token, computed once and
// combined into features by the templates in features.
type wordAttrs struct {
	word, lower, shape, suf2, suf3, suf4, pre3, head, first uint32
	gaz                                                     uint32
	hint                                                    uint32 // the tag a hint gives the token: 0 none, else 1 + its BIO tag
	gazGen                                                  uint32 // the lists of the word without a genitive ending
	cluster                                                 [clusterLevels]uint32
	flags                                                   uint32 // flagUpper, …
	anyUpper                                                bool
	runes                                                   int
}

// The flags of a word, as the features read them.
const (
	flagUpper   = 1 << iota // the word begins with a capital
	flagAllCaps             // two capitals or more, no small letter
	flagDigit               // a digit
	flagHyphen              // a hyphen
	flagPunct               // no letter and no digit
	numFlags    = iota
)

// FNV-1a, 32 bits: the feature keys are 32 bits wide.
const (
	fnvOffset = 2166136261
	fnvPrime  = 16777619
)

func hashRune(h uint32, r rune) uint32 { return (h ^ uint32(r)) * fnvPrime }

// attrs computes the attributes of the word w.
func attrs(w string, gaz Gazetteer, cl *Clusters) wordAttrs {
	var a wordAttrs
	a.word, a.lower, a.shape, a.pre3, a.head, a.first = fnvOffset, fnvOffset, fnvOffset, fnvOffset, fnvOffset, fnvOffset
	var last rune = -1
	lowers, uppers, letters := 0, 0, 0
	hyphens := 0
	digit := false
	for _, r := range w {
		a.runes++
		if a.runes > maxWordRunes {
			continue
		}
		var lr, s rune
		switch {
		case r >= 'a' && r <= 'z':
			lr, s, lowers, letters = r, 'x', lowers+1, letters+1
		case r >= 'A' && r <= 'Z':
			lr, s, uppers, letters = r+'a'-'A', 'X', uppers+1, letters+1
		case r >= '0' && r <= '9':
			lr, s = r, 'd'
			digit = true
		case r < utf8.RuneSelf:
			lr, s = r, r
		case unicode.IsUpper(r):
			lr, s, uppers, letters = unicode.ToLower(r), 'X', uppers+1, letters+1
		case unicode.IsLetter(r):
			lr, s, lowers, letters = unicode.ToLower(r), 'x', lowers+1, letters+1
		case unicode.IsDigit(r):
			lr, s = r, 'd'
			digit = true
		default:
			lr, s = r, r
		}
		a.word = hashRune(a.word, r)
		a.lower = hashRune(a.lower, lr)
		if a.runes <= 3 {
			a.pre3 = hashRune(a.pre3, lr)
		}
		if hyphens == 0 && r != '-' {
			a.first = hashRune(a.first, lr)
		}
		if r == '-' {
			hyphens++
			a.head = fnvOffset // the head of a compound is its last part
		} else {
			a.head = hashRune(a.head, lr)
		}
		if s != last {
			a.shape = hashRune(a.shape, s)
			last = s
		}
	}
	if a.runes > maxWordRunes {
		a.word = hashRune(a.word, 'L')
		a.lower = hashRune(a.lower, 'L')
		a.shape = hashRune(a.shape, 'L')
	}
	a.suf2, a.suf3, a.suf4 = suffixes(w)
	h := a.word // the word's clusterHash, unless it has more runes than the hash read
	if a.runes > maxWordRunes {
		h = clusterHash(w)
	}
	for l, c := range cl.lookupHash(w, h) {
		a.cluster[l] = uint32(c)
	}
	if hyphens == 0 {
		a.head, a.first = 0, 0
	}
	upper := isCapital(w)
	for _, f := range [...]struct {
		on   bool
		flag uint32
	}{{upper, flagUpper}, {uppers >= 2 && lowers == 0, flagAllCaps}, {digit, flagDigit}, {hyphens > 0, flagHyphen}, {letters == 0 && !digit, flagPunct}} {
		if f.on {
			a.flags |= f.flag
		}
	}
	a.anyUpper = uppers > 0
	// Only words with a capital are looked up: they are the names and the
	// cues, and the lists cost a lookup or two per word.
	if gaz != nil && a.runes <= maxWordRunes && uppers > 0 {
		a.gaz = gaz(w)
		// The genitive of a name the lists know: "Musks", "Bezos’".
		if base, ok := genitiveOf(w); ok && upper {
			a.gazGen = gaz(base)
		}
	}
	return a
}

// suffixes hashes the last two, three and four runes of w in lower case.
func suffixes(w string) (suf2, suf3, suf4 uint32) {
	var rs [4]rune
	k := 0
	for k < 4 && len(w) > 0 {
		r, size := utf8.DecodeLastRuneInString(w)
		if r >= 'A' && r <= 'Z' {
			r += 'a' - 'A'
		} else if r >= utf8.RuneSelf {
			r = unicode.ToLower(r)
		}
		rs[k] = r
		w = w[:len(w)-size]
		k++
	}
	hash := func(n int) uint32 {
		h := uint32(fnvOffset)
		for i := min(n, k) - 1; i >= 0; i-- {
			h = hashRune(h, rs[i])
		}
		return h
	}
	return hash(2), hash(3), hash(4)
}

// Feature templates. The key of a feature mixes its template with one or
// two attribute hashes; a new template must take a new number, and
// changing any template means retraining.
const (
	tBias = iota + 1
	tWord
	tLower
	tShape
	tSuf2
	tSuf3
	tSuf4
	tPre3
	tHead
	tFirstPart
	tLowerPrev
	tLowerNext
	tLowerPrev2
	tLowerNext2
	tShapePrev
	tShapeNext
	tShapeTri
	tPrevWordShape
	tNextWordShape
	tSuf3Prev
	tSuf3Next
	tSentStartShape
	tLength
	tGazBit       // + bit: 32 templates
	tGazPrev      = tGazBit + 32
	tGazNext      = tGazPrev + 1
	tGazBitNext   = tGazNext + 1 // + bit
	tGazBitPrev   = tGazBitNext + 32
	tUpperPattern = tGazBitPrev + 32
	tHint         = tUpperPattern + 1
	tHintShape    = tHint + 1
	tHintPrev     = tHint + 2
	tHintNext     = tHint + 3
	tHintWord     = tHint + 4
	tGazGenBit    = tHint + 5       // + bit
	tGazGenPrev   = tGazGenBit + 32 // + bit
	tShapeSuf3    = tGazGenPrev + 32
	tGazPair      = tShapeSuf3 + 1 // the lists of the word and of the next
	tGazPairPrev  = tShapeSuf3 + 2 // the lists of the word and of the previous
	tLowerPrevGaz = tShapeSuf3 + 3 // the word before and the lists of the word
	tCluster      = tShapeSuf3 + 4 // + level
	tClusterPrev  = tCluster + clusterLevels
	tClusterNext  = tClusterPrev + clusterLevels
	// the cluster of the word before (or after) and the shape of the word
	tClusterPrevShape = tClusterNext + clusterLevels
	tClusterNextShape = tClusterPrevShape + 1
)

func mix(t uint32, a, b uint32) uint32 {
	h := (t*0x9e3779b1 ^ a) * 0x85ebca6b
	h ^= h >> 13
	h = (h ^ b) * 0xc2b2ae35
	h ^= h >> 16
	if h == 0 {
		h = 1 // 0 marks an empty slot of the feature table
	}
	return h
}

// sentinel attributes beyond the ends of a sentence
var (
	boundaryBefore = wordAttrs{word: 1, lower: 1, shape: 1, suf3: 1, cluster: [clusterLevels]uint32{1 << 16, 1 << 16, 1 << 16}}
	boundaryAfter  = wordAttrs{word: 2, lower: 2, shape: 2, suf3: 2, cluster: [clusterLevels]uint32{1<<16 + 1, 1<<16 + 1, 1<<16 + 1}}
)

// features appends the feature keys of token i of a sentence: those of
// the word alone, then those of its context.
func features(ws []wordAttrs, i int, keys []uint32) []uint32 {
	reduced := isReduced(ws, i)
	keys = wordFeatures(&ws[i], reduced, keys)
	return contextFeatures(ws, i, reduced, keys)
}

// neighbour returns the attributes of word k of a sentence, or a
// sentinel beyond its ends.
func neighbour(ws []wordAttrs, k int) *wordAttrs {
	switch {
	case k < 0:
		return &boundaryBefore
	case k >= len(ws):
		return &boundaryAfter
	}
	return &ws[k]
}

// isReduced reports whether word i gets the reduced feature set: a word
// without capitals (most words, and every mark) with no hint at or beside
// it is rarely a name or inside one ("von", "für"), so fewer features say
// enough, and tagging costs a lookup per feature.
func isReduced(ws []wordAttrs, i int) bool {
	return reducedSet(ws[i].anyUpper, ws[i].hint|neighbour(ws, i-1).hint|neighbour(ws, i+1).hint)
}

// reducedSet is isReduced for a word with anyUpper as its attribute and
// the hints of it and its neighbours ORed together.
func reducedSet(anyUpper bool, hints uint32) bool { return !anyUpper && hints == 0 }

// setAttrHints sets the hint of each word of a sentence, ws[i] for
// toks[i] (setHints).
func setAttrHints(ws []wordAttrs, toks []Token, hints []Span) {
	hs := make([]uint32, len(ws))
	setHints(hs, toks, hints, 0)
	for i, h := range hs {
		ws[i].hint = h
	}
}

// wordFeatures appends the keys that depend on the word alone (not on
// its neighbours, its position or hints): a document's repeated words
// share their sum (see Tagger.sequence).
func wordFeatures(w *wordAttrs, reduced bool, keys []uint32) []uint32 {
	if reduced {
		keys = append(keys,
			mix(tBias, 0, 0),
			mix(tWord, w.word, 0),
			mix(tShape, w.shape, 0),
			mix(tSuf3, w.suf3, 0),
		)
		for g, b := w.gaz, uint32(0); g != 0; g, b = g>>1, b+1 {
			if g&1 != 0 {
				keys = append(keys, mix(tGazBit+b, 0, 0))
			}
		}
		if w.cluster[1] != 0 {
			keys = append(keys, mix(tCluster+1, w.cluster[1], 0))
		}
		return keys
	}
	keys = append(keys,
		mix(tBias, 0, 0),
		mix(tWord, w.word, 0),
		mix(tLower, w.lower, 0),
		mix(tShape, w.shape, 0),
		mix(tSuf2, w.suf2, 0),
		mix(tSuf3, w.suf3, 0),
		mix(tSuf4, w.suf4, 0),
		mix(tPre3, w.pre3, 0),
		mix(tLength, uint32(min(w.runes, 12)), 0),
		mix(tShapeSuf3, w.shape, w.suf3),
	)
	keys = appendClusters(keys, tCluster, w)
	if w.head != 0 {
		keys = append(keys, mix(tHead, w.head, 0), mix(tFirstPart, w.first, 0))
	}
	for g, b := w.gaz, uint32(0); g != 0; g, b = g>>1, b+1 {
		if g&1 != 0 {
			keys = append(keys, mix(tGazBit+b, 0, 0), mix(tGazBit+b, w.shape, 1))
		}
	}
	return appendBits(keys, tGazGenBit, w.gazGen)
}

// contextFeatures appends the keys of word i that depend on its
// neighbours, its position and the hints.
func contextFeatures(ws []wordAttrs, i int, reduced bool, keys []uint32) []uint32 {
	w, p, n := &ws[i], neighbour(ws, i-1), neighbour(ws, i+1)
	if reduced {
		return append(keys,
			mix(tLowerPrev, p.lower, 0),
			mix(tLowerNext, n.lower, 0),
			mix(tShapePrev, p.shape, 0),
			mix(tShapeNext, n.shape, 0),
			patternKey(p.flags, w.flags, n.flags),
		)
	}
	p2, n2 := neighbour(ws, i-2), neighbour(ws, i+2)
	keys = append(keys,
		mix(tLowerPrev, p.lower, 0),
		mix(tLowerNext, n.lower, 0),
		mix(tLowerPrev2, p2.lower, 0),
		mix(tLowerNext2, n2.lower, 0),
		mix(tShapePrev, p.shape, 0),
		mix(tShapeNext, n.shape, 0),
		mix(tSuf3Prev, p.suf3, 0),
		mix(tSuf3Next, n.suf3, 0),
		mix(tGazPrev, p.gaz, 0),
		mix(tGazNext, n.gaz, 0),
		patternKey(p.flags, w.flags, n.flags),
	)
	keys = prevPairFeatures(p, w, keys)
	keys = nextPairFeatures(w, n, keys)
	keys = append(keys, shapeTriKey(p, w, n))
	keys = hintFeatures(ws, i, keys)
	keys = appendClusters(keys, tClusterPrev, p)
	keys = appendClusters(keys, tClusterNext, n)
	keys = appendBits(keys, tGazGenPrev, p.gazGen)
	keys = appendBits(keys, tGazBitNext, n.gaz)
	return appendBits(keys, tGazBitPrev, p.gaz)
}

// appendClusters appends the keys of template t+level for the clusters
// of a. A word not clustered has none: in the text the clusters were
// learnt from, the words seen once are mostly names, and a class of them
// would teach the weights that a word the clusters do not know is a name;
// in a new text most such words are merely new.
func appendClusters(keys []uint32, t uint32, a *wordAttrs) []uint32 {
	for l, c := range a.cluster {
		if c != 0 {
			keys = append(keys, mix(t+uint32(l), c, 0))
		}
	}
	return keys
}

// appendBits appends the key of template t+b for each bit b set in bits.
func appendBits(keys []uint32, t, bits uint32) []uint32 {
	for g, b := bits, uint32(0); g != 0; g, b = g>>1, b+1 {
		if g&1 != 0 {
			keys = append(keys, mix(t+b, 0, 0))
		}
	}
	return keys
}

// The roles a neighbour plays in the context of a word. The context
// features that read one neighbour alone depend on that neighbour's word,
// the role and whether the word has the reduced set: the tagger sums them
// once per word, role and set (Tagger.neighbourSum).
const (
	rolePrev = iota
	roleNext
	rolePrev2
	roleNext2
	numRoles
)

// neighbourFeatures appends the keys of contextFeatures that read only
// the neighbour a in the given role.
func neighbourFeatures(a *wordAttrs, role int, reduced bool, keys []uint32) []uint32 {
	switch {
	case role == rolePrev:
		keys = append(keys, mix(tLowerPrev, a.lower, 0), mix(tShapePrev, a.shape, 0))
		if reduced {
			return keys
		}
		keys = append(keys, mix(tSuf3Prev, a.suf3, 0), mix(tGazPrev, a.gaz, 0))
		keys = appendClusters(keys, tClusterPrev, a)
		keys = appendBits(keys, tGazGenPrev, a.gazGen)
		return appendBits(keys, tGazBitPrev, a.gaz)
	case role == roleNext:
		keys = append(keys, mix(tLowerNext, a.lower, 0), mix(tShapeNext, a.shape, 0))
		if reduced {
			return keys
		}
		keys = append(keys, mix(tSuf3Next, a.suf3, 0), mix(tGazNext, a.gaz, 0))
		keys = appendClusters(keys, tClusterNext, a)
		return appendBits(keys, tGazBitNext, a.gaz)
	case reduced:
		return keys
	case role == rolePrev2:
		return append(keys, mix(tLowerPrev2, a.lower, 0))
	}
	return append(keys, mix(tLowerNext2, a.lower, 0))
}

// The context features of a word that neighbourFeatures leaves out, in
// the full set: those that read the word and the word before
// (prevPairFeatures), the word and the word after (nextPairFeatures),
// the shapes and the flags of the three (shapeTriKey, patternKey), and
// the hints and the position (hintFeatures). The tagger sums the first
// two once per pair of words, the next two once per three words.

// prevPairFeatures appends the keys that read the word w and the word p
// before it.
func prevPairFeatures(p, w *wordAttrs, keys []uint32) []uint32 {
	keys = append(keys,
		mix(tPrevWordShape, p.lower, w.shape),
		mix(tGazPairPrev, w.gaz, mix(0, p.gaz, p.flags)),
		mix(tLowerPrevGaz, p.lower, w.gaz),
	)
	if c := p.cluster[clusterLevels-1]; c != 0 {
		keys = append(keys, mix(tClusterPrevShape, c, w.shape))
	}
	return keys
}

// nextPairFeatures appends the keys that read the word w and the word n
// after it.
func nextPairFeatures(w, n *wordAttrs, keys []uint32) []uint32 {
	keys = append(keys,
		mix(tNextWordShape, n.lower, w.shape),
		mix(tGazPair, w.gaz, mix(0, n.gaz, n.flags)),
	)
	if c := n.cluster[clusterLevels-1]; c != 0 {
		keys = append(keys, mix(tClusterNextShape, c, w.shape))
	}
	return keys
}

// shapeTriKey is the key of the feature that reads the shapes of the
// word before p, the word w and the word after n.
func shapeTriKey(p, w, n *wordAttrs) uint32 { return mix(tShapeTri, mix(0, p.shape, w.shape), n.shape) }

// patternKey is the key of the feature that reads the flags of the word
// before, the word and the word after: a context feature of every word,
// which the tagger looks up in a table of all patterns
// (Tagger.patterns).
func patternKey(p, w, n uint32) uint32 { return mix(tUpperPattern, p, w<<8|n) }

// hintFeatures appends the keys of word i that read the hints or the
// position.
func hintFeatures(ws []wordAttrs, i int, keys []uint32) []uint32 {
	w, p, n := &ws[i], neighbour(ws, i-1), neighbour(ws, i+1)
	if w.hint|p.hint|n.hint != 0 {
		h, hw := hintKeys(p.hint, w.hint, n.hint), hintWordKeys(w.hint, w)
		keys = append(keys, h[0], hw[0], h[1], h[2], hw[1])
	}
	if i == 0 {
		keys = append(keys, startKey(w))
	}
	return keys
}

// hintKeys are the keys of hintFeatures that read the hints alone: of
// the word before p, the word w and the word after n. The tagger sums
// them once for every three hints (Tagger.hints).
func hintKeys(p, w, n uint32) [3]uint32 {
	return [...]uint32{mix(tHint, w, 0), mix(tHintPrev, p, w), mix(tHintNext, n, w)}
}

// hintWordKeys are the keys of hintFeatures that read the word's hint h
// and the word w.
func hintWordKeys(h uint32, w *wordAttrs) [2]uint32 {
	return [...]uint32{mix(tHintShape, h, w.shape), mix(tHintWord, h, w.lower)}
}

// startKey is the key of the feature of a sequence's first word.
func startKey(w *wordAttrs) uint32 { return mix(tSentStartShape, w.shape, 0) }

// genitiveOf returns w without its genitive ending: "Musks" → "Musk",
// "Bezos’" → "Bezos".
func genitiveOf(w string) (string, bool) {
	for _, end := range []string{"s", "’", "'"} {
		if b, ok := strings.CutSuffix(w, end); ok && len(b) >= 2 {
			return b, true
		}
	}
	return "", false
}
