package ner

import (
	"bytes"
	"encoding/binary"
	"math"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// The tagger sums a word's context features in parts (pairFeatures and
// neighbourFeatures per role); together they must be exactly the keys
// that training reads (contextFeatures), or tagging would score with
// other features than the weights learnt.
func TestContextFeaturesInParts(t *testing.T) {
	gaz := func(w string) uint32 {
		var g uint32
		if strings.HasPrefix(w, "M") {
			g |= 1
		}
		if strings.HasSuffix(w, "s") {
			g |= 1 << 5
		}
		if len(w) > 6 {
			g |= 1 << 31
		}
		return g
	}
	tests := []struct {
		words string
		hints []Span // word index ranges
	}{
		{"Angela", nil},
		{"der Rat tagte in Berlin .", nil},
		{"Musks Firma SpaceX startet am 3. Mai", []Span{{0, 1, PER}, {2, 3, ORG}}},
		{"und dann von für mit", nil},
		{"die Vereinten Nationen und die EU-Kommission", []Span{{1, 3, ORG}}},
		{"Bezos’ Blue Origin", []Span{{1, 3, OTH}}},
	}
	// Some words clustered, some not: the cluster features read both.
	var buf bytes.Buffer
	ids := map[string][]int{"der": {0, 1, 2}, "Rat": {1, 2, 3}, "in": {0, 1, 2}, "Firma": {1, 3, 0}, "Blue": {2, 0, 1}, "und": {0, 0, 0}}
	if err := EncodeClusters(&buf, []int{4, 4, 4}, ids); err != nil {
		t.Fatal(err)
	}
	cl, err := DecodeClusters(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range tests {
		words := strings.Fields(tc.words)
		ws := make([]wordAttrs, len(words))
		for i, w := range words {
			ws[i] = attrs(w, gaz, cl)
		}
		setAttrHints(ws, wordTokens(len(words)), tc.hints)
		for i := range ws {
			for _, reduced := range []bool{false, true} {
				want := contextFeatures(ws, i, reduced, nil)
				p, w, n := neighbour(ws, i-1), &ws[i], neighbour(ws, i+1)
				got := []uint32{patternKey(p.flags, w.flags, n.flags)}
				if !reduced {
					got = prevPairFeatures(p, w, got)
					got = nextPairFeatures(w, n, got)
					got = append(got, shapeTriKey(p, w, n))
					got = hintFeatures(ws, i, got)
				}
				for role, k := range []int{i - 1, i + 1, i - 2, i + 2} {
					got = neighbourFeatures(neighbour(ws, k), role, reduced, got)
				}
				slices.Sort(want)
				slices.Sort(got)
				if !slices.Equal(got, want) {
					t.Errorf("%q word %d reduced %v: parts give %d keys %x, want %d %x", tc.words, i, reduced, len(got), got, len(want), want)
				}
			}
		}
	}
}

func TestFeatureTable(t *testing.T) {
	row := func(v int16) (r [numTags]int16) {
		for k := range r {
			r[k] = v + int16(k)
		}
		return r
	}
	tests := []struct {
		name    string
		keys    []uint32
		missing []uint32
	}{
		{"empty", nil, []uint32{1, 7, 1 << 31}},
		{"one", []uint32{42}, []uint32{41, 43}},
		// Keys that fall into the same slot probe on to the next ones.
		{"same slot", []uint32{1 << 28, 2 << 28, 3 << 28, 5 << 28}, []uint32{4 << 28, 6 << 28}},
		// Keys that fall into the last place probe on past the end, into
		// the slots put adds there; so does a look-up of a key not there.
		{"past the end", lastPlaceKeys(6)[:5], lastPlaceKeys(6)[5:]},
		{"many", func() (ks []uint32) {
			for k := uint32(1); k <= 500; k++ {
				ks = append(ks, k*2654435761)
			}
			return ks
		}(), []uint32{2654435761 + 1, 3}},
	}
	for _, tc := range tests {
		tab := newFeatureTable(len(tc.keys))
		for i, k := range tc.keys {
			tab.put(k, row(int16(i)))
		}
		for i, k := range tc.keys {
			if got := tab.get(k); got == nil || *got != row(int16(i)) {
				t.Errorf("%s: get(%d) = %v, want %v", tc.name, k, got, row(int16(i)))
			}
		}
		for _, k := range tc.missing {
			if got := tab.get(k); got != nil {
				t.Errorf("%s: get(%d) = %v, want none", tc.name, k, got)
			}
		}
		if tab.n != len(tc.keys) {
			t.Errorf("%s: %d keys, want %d", tc.name, tab.n, len(tc.keys))
		}
		if tc.name == "past the end" && len(tab.keys) != int(tab.places)+len(tc.keys)-1 {
			t.Errorf("%s: %d slots for %d places, want one past the end for each key but the first", tc.name, len(tab.keys), tab.places)
		}
	}
}

// lastPlaceKeys returns n keys whose first place in a table made for 5
// keys is its last.
func lastPlaceKeys(n int) []uint32 {
	tab := newFeatureTable(5)
	var ks []uint32
	for k := uint32(1); len(ks) < n; k++ {
		if tab.index(k) == len(tab.keys)-1 {
			ks = append(ks, k)
		}
	}
	return ks
}

// Viterbi finds a best tag sequence that the BIO constraints allow:
// checked against every sequence of short inputs. The tagger's decode
// finds the same as viterbi, ties and all.
func TestViterbiAgainstAllSequences(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	var trans [numTags + 1][numTags]int32
	for _, tc := range []struct {
		n, spread int // tokens; the range of the scores (small: many ties)
	}{{1, 5}, {2, 3}, {3, 100}, {3, 2}, {4, 1000}, {4, 4}} {
		for range 20 {
			for a := range trans {
				for b := range trans[a] {
					trans[a][b] = int32(rng.IntN(tc.spread))
					if !allowed(a, b) {
						trans[a][b] = forbidden
					}
				}
			}
			em := make([][numTags]int32, tc.n)
			for i := range em {
				for k := range em[i] {
					em[i][k] = int32(rng.IntN(tc.spread))
				}
			}
			score := func(tags []int) (int32, bool) {
				s, prev := int32(0), numTags
				for i, tag := range tags {
					if !allowed(prev, tag) {
						return 0, false
					}
					s += trans[prev][tag] + em[i][tag]
					prev = tag
				}
				return s, true
			}
			best := int32(math.MinInt32)
			tags := make([]int, tc.n)
			var all func(i int)
			all = func(i int) {
				if i == tc.n {
					if s, ok := score(tags); ok && s > best {
						best = s
					}
					return
				}
				for k := range numTags {
					tags[i] = k
					all(i + 1)
				}
			}
			all(0)
			got := make([]int, tc.n)
			viterbi(em, &trans, got, new(decodeScratch[int32]))
			if s, ok := score(got); !ok || s != best {
				t.Fatalf("n %d: viterbi %v scores %d (allowed %v), best %d", tc.n, got, s, ok, best)
			}
			decoded := make([]int, tc.n)
			lead := oLead(&trans)
			decode(em, &trans, &lead, decoded, new(decodeScratch[int32]))
			if !slices.Equal(decoded, got) {
				t.Fatalf("n %d: decode %v, viterbi %v", tc.n, decoded, got)
			}
		}
	}
}

// decode's forward pass takes a token's scores of O and the B- tags from
// O alone where O leads by enough (oLead): its scores and tags are those
// of the pass that compares all nine, on sequences where one tag often
// leads by far, by little or ties.
func TestForwardLeads(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	var trans [numTags + 1][numTags]int32
	for round := range 2000 {
		spread := []int{3, 50, 2000}[round%3]
		for a := range trans {
			for b := range trans[a] {
				trans[a][b] = int32(rng.IntN(spread))
				if !allowed(a, b) {
					trans[a][b] = forbidden
				}
			}
		}
		lead := oLead(&trans)
		em := make([][numTags]int32, 1+rng.IntN(40))
		for i := range em {
			for k := range em[i] {
				em[i][k] = int32(rng.IntN(spread))
			}
			if rng.IntN(2) == 0 { // one tag, mostly O, far ahead
				em[i][rng.IntN(numTags)*rng.IntN(2)] += int32(rng.IntN(20 * spread))
			}
		}
		var all, led decodeScratch[int32]
		tagsAll, tagsLed := make([]int, len(em)), make([]int, len(em))
		want := forward(em, &trans, nil, tagsAll, &all)
		got := forward(em, &trans, &lead, tagsLed, &led)
		if !slices.Equal(got, want) || !slices.Equal(tagsLed, tagsAll) {
			t.Fatalf("round %d: scores %v, tag %v; comparing all %v, tag %v", round, got, tagsLed, want, tagsAll)
		}
	}
}

// A sumTable gives back the sums last stored under a key, or says it has
// none (it starts afresh when full); it stays within its size.
func TestSumTable(t *testing.T) {
	var tab sumTable
	stored := map[uint64]int32{}
	rng := rand.New(rand.NewPCG(3, 4))
	hits := 0
	for round := range 8 * maxSlots {
		key := uint64(rng.IntN(maxSlots))<<40 | 1 // many share their low bits, and recur
		if round%2 == 0 {
			key = rng.Uint64() | 1
		}
		sum, ok := tab.find(key)
		if ok {
			if want, seen := stored[key]; !seen || sum[0] != want {
				t.Fatalf("key %x: sums %v, stored %d (seen %v)", key, sum, want, seen)
			}
			hits++
		}
		sum[0] = int32(round)
		stored[key] = int32(round)
		if len(tab.keys) > maxSlots || 4*tab.n > 3*len(tab.keys) {
			t.Fatalf("%d keys in %d places (at most %d, three quarters full)", tab.n, len(tab.keys), maxSlots)
		}
	}
	if hits == 0 {
		t.Error("no key found again")
	}
}

// The tagger sums each token's features from what it has summed before
// for the same words, pairs, runs of three and hints (Tagger.emissions);
// the sums must be exactly those of the keys training reads (features),
// for words seen for the first time and again, with hints and without.
func TestEmissionsAgainstFeatures(t *testing.T) {
	w, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	lists := func(word string) uint32 {
		if strings.HasPrefix(word, "K") {
			return 1<<3 | 1<<9
		}
		return 0
	}
	tests := []struct {
		text  string
		hints []Span // byte offsets
	}{
		{"Karla Ostrowski eröffnet das Kulturhaus in Lindenau .", []Span{{0, 15, PER}, {40, 47, LOC}}},
		{"Karla Ostrowski eröffnet das Kulturhaus in Lindenau .", nil},
		{"In Lindenau eröffnet Karla Ostrowski das Kulturhaus .", []Span{{3, 11, LOC}}},
		{"Lindenau", []Span{{0, 8, LOC}}},
		{"der Verein Kunst-Kontor e. V. und die Stadt Lindenau", []Span{{11, 29, ORG}}},
		{"und , von dem in", nil},
	}
	s := new(scratch)
	// rounds 0 and 1 with the pairs and triples open (the second finds
	// the first's sums), round 2 with them closed
	for round := range 3 {
		for _, tg := range []*Tagger{NewTagger(w, nil), NewTagger(w, lists)} {
			s.forget()
			s.owner = tg
			for _, tc := range tests {
				toks := Tokenize(tc.text, nil)
				if round == 2 {
					s.pairGate.skip, s.tripleGate.skip = gateSkip, gateSkip
				}
				tg.emissions(tc.text, toks, tc.hints, s)
				ws := make([]wordAttrs, len(toks))
				for i, tok := range toks {
					ws[i] = attrs(tc.text[tok.Start:tok.End], tg.gaz, w.clusters)
				}
				setAttrHints(ws, toks, tc.hints)
				for i := range toks {
					want := w.sum(features(ws, i, nil))
					if s.em[i] != want {
						t.Errorf("round %d %q token %d: sums %v, features give %v", round, tc.text, i, s.em[i], want)
					}
				}
			}
		}
	}
}

// setHints finds the same hints wherever its search begins: at the place
// the call for the tokens before returned, at the start, or past the
// hints of the tokens (a caller's segments out of order).
func TestSetHintsFrom(t *testing.T) {
	text := "Karla Ostrowski eröffnet in Lindenau das Kulturhaus der Stadtwerke Lindenau ."
	toks := Tokenize(text, nil)
	hints := []Span{{0, 15, PER}, {28, 36, LOC}, {57, 76, ORG}}
	want := make([]uint32, len(toks))
	setHints(want, toks, hints, 0)
	tests := []struct {
		name  string
		parts [][2]int // token ranges, tagged in this order
	}{
		{"in order", [][2]int{{0, 3}, {3, 6}, {6, 9}, {9, len(toks)}}},
		{"one by one", [][2]int{{0, 1}, {1, 2}, {2, 3}, {3, 4}, {4, 5}, {5, 6}, {6, 7}, {7, 8}, {8, 9}, {9, 10}, {10, 11}}},
		{"backwards", [][2]int{{9, len(toks)}, {6, 9}, {3, 6}, {0, 3}}},
		{"again", [][2]int{{0, 6}, {0, 6}, {6, len(toks)}, {6, len(toks)}}},
	}
	for _, tc := range tests {
		got := make([]uint32, len(toks))
		from := 0
		for _, p := range tc.parts {
			from = setHints(got[p[0]:p[1]], toks[p[0]:p[1]], hints, from)
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s: hints %v, want %v", tc.name, got, want)
		}
	}
}

// Two words have equal shortWords exactly when they are equal, whatever
// their length and bytes (zero bytes too), and a wordIndex finds each
// word's number again after growing.
func TestShortWords(t *testing.T) {
	var words []string
	for n := 1; n <= maxShortWord; n++ {
		base := strings.Repeat("ä", n)[:n]
		words = append(words, base, strings.Repeat("\x00", n))
		for i := range n {
			b := []byte(base)
			b[i] ^= 1
			words = append(words, string(b))
		}
	}
	words = append(words, "a", "a\x00", "\x00a", "Lindenau", "Lindenau\x00", "Kulturhaus", "Kulturhaut")
	for i := range 3000 { // enough to grow the index twice
		words = append(words, "Nr. "+strconv.Itoa(i))
	}
	keys := map[shortWord]string{}
	var x wordIndex
	for i, w := range words {
		k := shortWordOf(w)
		if other, ok := keys[k]; ok && other != w {
			t.Errorf("%q and %q share %x", w, other, k)
		}
		keys[k] = w
		if at, ok := x.find(k); !ok {
			*at = int32(i)
		}
	}
	for i, w := range words {
		at, ok := x.find(shortWordOf(w))
		if !ok || words[*at] != w || slices.Index(words, w) != int(*at) {
			t.Errorf("%q (%d): found %v, number %d", w, i, ok, *at)
		}
	}
}

// varints reads what binary.AppendUvarint and binary.AppendVarint wrote,
// on their fast paths (one and two bytes) and the long ones, and fails on
// what they could not have.
func TestVarints(t *testing.T) {
	var b []byte
	var us []uint64
	var vs []int16
	for _, u := range []uint64{0, 1, 127, 128, 300, 16383, 16384, 1 << 40, math.MaxUint64} {
		b = binary.AppendUvarint(b, u)
		us = append(us, u)
	}
	for v := math.MinInt16; v <= math.MaxInt16; v += 7 {
		b = binary.AppendVarint(b, int64(v))
		vs = append(vs, int16(v))
	}
	b = binary.AppendVarint(b, math.MaxInt16)
	vs = append(vs, math.MaxInt16)
	r := varints{b: b}
	for _, u := range us {
		if got := r.uvarint(); got != u {
			t.Fatalf("uvarint %d, want %d", got, u)
		}
	}
	for _, v := range vs {
		if got := r.int16(); got != v {
			t.Fatalf("int16 %d, want %d", got, v)
		}
	}
	if r.err != nil || len(r.b) != 0 {
		t.Fatalf("error %v, %d bytes left", r.err, len(r.b))
	}
	for _, bad := range [][]byte{{}, {0x80}, binary.AppendVarint(nil, math.MaxInt16+1), binary.AppendVarint(nil, math.MinInt16-1)} {
		r := varints{b: bad}
		if r.int16(); r.err == nil {
			t.Errorf("int16 of % x: no error", bad)
		}
	}
}

// A gate closes after a window in which fewer than one look-up in
// gateShare found its sums, for gateSkip tokens, and opens again.
func TestGate(t *testing.T) {
	var g gate
	g.looks, g.hits = gateWindow, gateWindow/gateShare
	g.settle()
	if !g.open(10) || g.looks != 0 {
		t.Fatalf("closed after a window of enough hits: %+v", g)
	}
	g.looks, g.hits = gateWindow-1, 0
	g.settle()
	if !g.open(10) {
		t.Fatal("closed before the window's end")
	}
	g.looks++
	g.settle()
	for n := 0; n < gateSkip; n += 100 {
		if g.open(100) {
			t.Fatalf("open after %d of %d tokens", n, gateSkip)
		}
	}
	if !g.open(100) {
		t.Fatal("still closed")
	}
}
