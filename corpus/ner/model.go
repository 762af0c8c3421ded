package ner

import (
	"bufio"
	"bytes"
	"cmp"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
)

// Tags: BIO over four classes. A tag's class is (tag+1)/2; odd tags begin
// an entity, even tags but O continue one.
const (
	tagO = iota
	tagBPER
	tagIPER
	tagBORG
	tagIORG
	tagBLOC
	tagILOC
	tagBOTH
	tagIOTH
	numTags
)

// allowed reports whether tag b may follow tag a (a = numTags: the start
// of a sentence). An inside tag continues an entity of its own class.
func allowed(a, b int) bool {
	if b == tagO || b%2 == 1 {
		return true
	}
	return a != numTags && a != tagO && (a+1)/2 == (b+1)/2
}

// Weights is a trained model: a weight per feature and tag, and a weight
// per pair of neighbouring tags, quantised to int16 with one scale.
type Weights struct {
	table featureTable
	trans [numTags + 1][numTags]int16 // [previous tag, or numTags at the start][tag]
	// itrans is trans for decoding: int32, with the pairs the BIO
	// constraints forbid set to forbidden.
	itrans [numTags + 1][numTags]int32
	// lead is oLead of itrans, for decoding.
	lead int32
	// clusters are the word clusters the weights were trained with (not
	// part of the weights file: see Embedded).
	clusters *Clusters
}

// featureTable maps a feature key to its weights: open addressing with
// linear probing over the keys alone, at most two thirds full, so that
// the probes of a lookup stay in a small array (most features of a text
// are not in the table); the weights of slot i are rows[i]. The places a
// key is first looked for are not a power of two: the rows are most of
// the memory the tagger reads at random, and the fewer there are, the
// more of them stay in the processor's caches. A probe does not wrap
// around: put adds slots past the end where it needs them.
type featureTable struct {
	keys   []uint32 // 0: an empty slot (mix never makes a key 0)
	rows   [][numTags]int16
	n      int
	places uint64 // the slots a key's probe may start at
}

func newFeatureTable(n int) featureTable {
	size := max(16, n+n/2+1)
	return featureTable{keys: make([]uint32, size), rows: make([][numTags]int16, size), places: uint64(size)}
}

// index is the first place to look for key: the top bits of the product
// of the mixed key with the number of places (a multiply-shift, which
// needs no power of two).
func (t *featureTable) index(key uint32) int {
	return int(uint64(key*0x9e3779b1) * t.places >> 32)
}

// put stores the weights of a key that is not in the table yet.
func (t *featureTable) put(key uint32, row [numTags]int16) {
	for i := t.index(key); ; i++ {
		if i == len(t.keys) {
			t.keys, t.rows = append(t.keys, 0), append(t.rows, [numTags]int16{})
		}
		if t.keys[i] == 0 {
			t.keys[i], t.rows[i] = key, row
			t.n++
			return
		}
	}
}

func (t *featureTable) get(key uint32) *[numTags]int16 {
	for i := t.index(key); i < len(t.keys); i++ {
		switch t.keys[i] {
		case 0:
			return nil
		case key:
			return &t.rows[i]
		}
	}
	return nil
}

// The weights file, gzip-compressed: a magic line; the number of
// features (uvarint); the transition weights (varints); then the features
// in ascending key order, each as the key's difference from the previous
// key (uvarint), a mask of the tags with a non-zero weight (uvarint) and
// those weights (varints).
const magic = "chronik-ner 1\n"

// Encode writes the weights in the file format.
func (w *Weights) Encode(out io.Writer) error {
	zw, err := gzip.NewWriterLevel(out, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	var buf [binary.MaxVarintLen64]byte
	uv := func(x uint64) { bw.Write(buf[:binary.PutUvarint(buf[:], x)]) }
	sv := func(x int64) { bw.Write(buf[:binary.PutVarint(buf[:], x)]) }
	bw.WriteString(magic)
	type entry struct {
		key uint32
		row *[numTags]int16
	}
	var entries []entry
	for i, k := range w.table.keys {
		if k != 0 {
			entries = append(entries, entry{k, &w.table.rows[i]})
		}
	}
	slices.SortFunc(entries, func(a, b entry) int { return cmp.Compare(a.key, b.key) })
	uv(uint64(len(entries)))
	for a := range w.trans {
		for b := range w.trans[a] {
			sv(int64(w.trans[a][b]))
		}
	}
	prev := uint32(0)
	for _, e := range entries {
		uv(uint64(e.key - prev))
		prev = e.key
		row := *e.row
		mask := uint64(0)
		for t, v := range row {
			if v != 0 {
				mask |= 1 << t
			}
		}
		uv(mask)
		for _, v := range row {
			if v != 0 {
				sv(int64(v))
			}
		}
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

var errFormat = errors.New("ner: weights: bad format")

// gunzip returns the decompressed data of the named file.
func gunzip(data []byte, name string) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("ner: %s: %w", name, err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("ner: %s: %w", name, err)
	}
	return raw, nil
}

// Decode reads weights written by Encode.
func Decode(data []byte) (*Weights, error) {
	raw, err := gunzip(data, "weights")
	if err != nil {
		return nil, err
	}
	if !bytes.HasPrefix(raw, []byte(magic)) {
		return nil, errFormat
	}
	// The varints are read straight from the slice: through an
	// io.ByteReader each byte would cost a call.
	r := varints{b: raw[len(magic):]}
	n := r.uvarint()
	if n > uint64(len(raw)) {
		return nil, errFormat
	}
	w := &Weights{table: newFeatureTable(int(n))}
	for a := range w.trans {
		for b := range w.trans[a] {
			w.trans[a][b] = r.int16()
		}
	}
	key := uint32(0)
	for i := uint64(1); i <= n && r.err == nil; i++ {
		d := r.uvarint()
		key += uint32(d)
		mask := r.uvarint()
		if d > math.MaxUint32 || mask >= 1<<numTags || i > 1 && d == 0 || key == 0 {
			return nil, errFormat // keys are distinct, and never 0
		}
		var row [numTags]int16
		for t := range numTags {
			if mask&(1<<t) == 0 {
				continue
			}
			// the weights are most of the file: int16's short case
			// inlined, which int16 is not
			if v, k := shortVarint(r.b); k > 0 {
				row[t], r.b = v, r.b[k:]
			} else {
				row[t] = r.int16()
			}
		}
		w.table.put(key, row)
	}
	if r.err != nil || len(r.b) != 0 {
		return nil, errFormat
	}
	w.setTrans()
	return w, nil
}

// varints reads varints from a byte slice; the first error sticks.
type varints struct {
	b   []byte
	err error
}

func (r *varints) uvarint() uint64 {
	v, k := binary.Uvarint(r.b)
	if k <= 0 {
		r.err, r.b = errFormat, nil
		return 0
	}
	r.b = r.b[k:]
	return v
}

// int16 reads a varint that fits an int16. Most weights take one or two
// bytes, which hold at most 14 bits and so always fit: they are read
// here, without binary.Varint's general loop; longer ones by int16Long.
func (r *varints) int16() int16 {
	if v, n := shortVarint(r.b); n > 0 {
		r.b = r.b[n:]
		return v
	}
	return r.int16Long()
}

// shortVarint returns the value of a varint of one or two bytes at the
// start of b and its length, 0 for another (or fewer than two bytes).
func shortVarint(b []byte) (int16, int) {
	if len(b) >= 2 {
		if b[0] < 0x80 {
			return unzigzag(uint16(b[0])), 1
		}
		if b[1] < 0x80 {
			return unzigzag(uint16(b[0]&0x7f) | uint16(b[1])<<7), 2
		}
	}
	return 0, 0
}

// unzigzag is the value of the zig-zag code u (see binary.Varint).
func unzigzag(u uint16) int16 { return int16(u>>1) ^ -int16(u&1) }

func (r *varints) int16Long() int16 {
	v, k := binary.Varint(r.b)
	if k <= 0 || v < math.MinInt16 || v > math.MaxInt16 {
		r.err, r.b = errFormat, nil
		return 0
	}
	r.b = r.b[k:]
	return int16(v)
}

// Features is the number of features with weights.
func (w *Weights) Features() int { return w.table.n }

// sum adds up the weights of the features, per tag.
func (w *Weights) sum(keys []uint32) [numTags]int32 {
	var sum [numTags]int32
	w.addSum(&sum, keys)
	return sum
}

// addSum adds the weights of the features to sum, per tag. The tags are
// written out, not looped over: the loop's steps cost more than the
// additions, and the tagger adds up the rows of every feature of each
// token whose sums it has not kept.
func (w *Weights) addSum(sum *[numTags]int32, keys []uint32) {
	for _, k := range keys {
		if row := w.table.get(k); row != nil {
			sum[tagO] += int32(row[tagO])
			sum[tagBPER] += int32(row[tagBPER])
			sum[tagIPER] += int32(row[tagIPER])
			sum[tagBORG] += int32(row[tagBORG])
			sum[tagIORG] += int32(row[tagIORG])
			sum[tagBLOC] += int32(row[tagBLOC])
			sum[tagILOC] += int32(row[tagILOC])
			sum[tagBOTH] += int32(row[tagBOTH])
			sum[tagIOTH] += int32(row[tagIOTH])
		}
	}
}

// addSum names every tag: a tag after tagIOTH would have to be added.
var _ [1]struct{} = [numTags - tagIOTH]struct{}{}

// score is what viterbi adds up: int32 when tagging, float64 in training.
type score interface{ ~int32 | ~float64 }

// forbidden scores a tag pair the BIO constraints forbid. A path meets
// it at most twice before a better one replaces it (a sentence's first
// tag, then the next), so twice it must not overflow an int32; and paths
// of allowed pairs stay far above it, as decoding cuts text into sequences
// of at most maxTokens tokens.
const forbidden = -1 << 29

// viterbi writes the best tag sequence into tags, for the emission scores
// em and the transition scores trans (forbidden pairs set to forbidden).
// The forward pass keeps only the best scores, taken with max, which
// needs no branch a processor could mispredict; the way back finds each
// best predecessor again from them, for one tag a token instead of nine.
func viterbi[T score](em [][numTags]T, trans *[numTags + 1][numTags]T, tags []int, s *decodeScratch[T]) {
	if len(em) == 0 {
		return
	}
	sc := forward(em, trans, nil, tags, s)
	for i := len(em) - 1; i > 0; i-- {
		tags[i-1] = bestBefore(&sc[i-1], trans, tags[i])
	}
}

// decode is viterbi for the tagger's scores, which are integers: their
// sums are exact, so a token's best score less its emission is the best
// sum of a predecessor's score and the transition, and the way back takes
// the first predecessor with that sum (the lower tag on ties, as
// bestBefore), mostly O, the first, instead of comparing all nine.
func decode(em [][numTags]int32, trans *[numTags + 1][numTags]int32, lead *int32, tags []int, s *decodeScratch[int32]) {
	if len(em) == 0 {
		return
	}
	sc := forward(em, trans, lead, tags, s)
	for i := len(em) - 1; i > 0; i-- {
		arg := tags[i]
		prev, best := &sc[i-1], sc[i][arg]-em[i][arg]
		if arg != tagO && arg%2 == 0 { // an inside tag: its class's B- or I- tag before it
			if prev[arg-1]+trans[arg-1][arg] == best {
				arg--
			}
		} else {
			p := 0
			for p < numTags-1 && prev[p]+trans[p][arg] != best {
				p++
			}
			arg = p
		}
		tags[i-1] = arg
	}
}

// forward sets s.score to the best scores of each tag at each token (of
// the paths up to it), for len(em) > 0 tokens, and returns them; it sets
// the last token's tag to the best (the lower on ties). lead is oLead of
// trans, or nil: with scores that are exact sums (integers), a token at
// which O leads all other tags by lead needs no comparisons for the tags
// after it that any tag may precede.
func forward[T score](em [][numTags]T, trans *[numTags + 1][numTags]T, lead *T, tags []int, s *decodeScratch[T]) [][numTags]T {
	n := len(em)
	s.grow(n)
	sc := s.score
	for t := range numTags {
		sc[0][t] = trans[numTags][t] + em[0][t]
	}
	for i := 1; i < n; i++ {
		prev, cur, e := &sc[i-1], &sc[i], &em[i]
		if lead != nil && prev[tagO]-max(prev[1], prev[2], prev[3], prev[4], prev[5], prev[6], prev[7], prev[8]) >= *lead {
			// O leads by enough (oLead), as it does at most tokens: it
			// is the best tag before O and every B- tag.
			p, tr := prev[tagO], &trans[tagO]
			cur[tagO] = e[tagO] + (p + tr[tagO])
			cur[tagBPER] = e[tagBPER] + (p + tr[tagBPER])
			cur[tagBORG] = e[tagBORG] + (p + tr[tagBORG])
			cur[tagBLOC] = e[tagBLOC] + (p + tr[tagBLOC])
			cur[tagBOTH] = e[tagBOTH] + (p + tr[tagBOTH])
		} else {
			// O and the B- tags may follow any tag. The maximum of the
			// nine is taken as a tree, whose comparisons need not wait
			// for each other, and each tag is written out, so that its
			// indices are constants.
			best := func(t int) T {
				a := max(prev[0]+trans[0][t], prev[1]+trans[1][t])
				b := max(prev[2]+trans[2][t], prev[3]+trans[3][t])
				c := max(prev[4]+trans[4][t], prev[5]+trans[5][t])
				d := max(prev[6]+trans[6][t], prev[7]+trans[7][t])
				return max(max(a, b), max(c, d), prev[8]+trans[8][t])
			}
			cur[tagO] = e[tagO] + best(tagO)
			cur[tagBPER] = e[tagBPER] + best(tagBPER)
			cur[tagBORG] = e[tagBORG] + best(tagBORG)
			cur[tagBLOC] = e[tagBLOC] + best(tagBLOC)
			cur[tagBOTH] = e[tagBOTH] + best(tagBOTH)
		}
		// An inside tag follows only its own class's tags (allowed),
		// and every other predecessor is forbidden: two to compare.
		cur[tagIPER] = e[tagIPER] + max(prev[tagBPER]+trans[tagBPER][tagIPER], prev[tagIPER]+trans[tagIPER][tagIPER])
		cur[tagIORG] = e[tagIORG] + max(prev[tagBORG]+trans[tagBORG][tagIORG], prev[tagIORG]+trans[tagIORG][tagIORG])
		cur[tagILOC] = e[tagILOC] + max(prev[tagBLOC]+trans[tagBLOC][tagILOC], prev[tagILOC]+trans[tagILOC][tagILOC])
		cur[tagIOTH] = e[tagIOTH] + max(prev[tagBOTH]+trans[tagBOTH][tagIOTH], prev[tagIOTH]+trans[tagIOTH][tagIOTH])
	}
	last := &sc[n-1]
	best, arg := last[0], 0
	for t := 1; t < numTags; t++ {
		if last[t] > best {
			best, arg = last[t], t
		}
	}
	tags[n-1] = arg
	return sc
}

// oLead returns by how much the score of O at a token must lead every
// other tag's for O and each B- tag at the next token to be reached best
// from O: the most that another tag's transition into one of them is
// higher than O's. Then for any other tag p and any such tag t,
// prev[p] + trans[p][t] ≤ prev[O] - lead + trans[p][t] ≤ prev[O] +
// trans[O][t].
func oLead[T score](trans *[numTags + 1][numTags]T) T {
	var lead T
	for _, t := range [...]int{tagO, tagBPER, tagBORG, tagBLOC, tagBOTH} {
		top := trans[0][t]
		for p := 1; p < numTags; p++ {
			top = max(top, trans[p][t])
		}
		lead = max(lead, top-trans[tagO][t])
	}
	return lead
}

// bestBefore returns the best tag before tag t, given the best scores
// prev of the tags of the token before; ties go to the lower tag.
func bestBefore[T score](prev *[numTags]T, trans *[numTags + 1][numTags]T, t int) int {
	if t != tagO && t%2 == 0 {
		if prev[t]+trans[t][t] > prev[t-1]+trans[t-1][t] {
			return t
		}
		return t - 1
	}
	best, arg := prev[0]+trans[0][t], 0
	for p := 1; p < numTags; p++ {
		if v := prev[p] + trans[p][t]; v > best {
			best, arg = v, p
		}
	}
	return arg
}

type decodeScratch[T score] struct {
	score [][numTags]T
}

func (s *decodeScratch[T]) grow(n int) {
	if cap(s.score) < n {
		s.score = make([][numTags]T, n)
	}
	s.score = s.score[:n]
}

// setTrans fills itrans and lead from trans.
func (w *Weights) setTrans() {
	for a := range w.trans {
		for b := range w.trans[a] {
			w.itrans[a][b] = int32(w.trans[a][b])
			if !allowed(a, b) {
				w.itrans[a][b] = forbidden
			}
		}
	}
	w.lead = oLead(&w.itrans)
}

// WithNameBias returns a copy of w whose O tag costs c more at every
// token, in the units of the weights: a higher c finds more names and
// less exact ones. Lowering every transition into O is the same as
// lowering O's emission at each token, so the file format holds it.
func (w *Weights) WithNameBias(c int) *Weights {
	out := *w
	for a := range out.trans {
		out.trans[a][tagO] = int16(max(math.MinInt16, min(math.MaxInt16, int(out.trans[a][tagO])-c)))
	}
	out.setTrans()
	return &out
}

// Average returns the mean of weights trained with the same features and
// clusters (say, from differently shuffled examples): the perceptron's
// result depends on the order it saw the examples in, and the mean of a
// few orders depends on it less.
func Average(ws ...*Weights) *Weights {
	sums := map[uint32]*[numTags]int32{}
	var keys []uint32
	var trans [numTags + 1][numTags]int32
	for _, w := range ws {
		for i, k := range w.table.keys {
			if k == 0 {
				continue
			}
			s, ok := sums[k]
			if !ok {
				s = new([numTags]int32)
				sums[k] = s
				keys = append(keys, k)
			}
			for t, v := range w.table.rows[i] {
				s[t] += int32(v)
			}
		}
		for a := range trans {
			for b := range trans[a] {
				trans[a][b] += int32(w.trans[a][b])
			}
		}
	}
	n := int32(len(ws))
	mean := func(v int32) int16 { return int16(math.Round(float64(v) / float64(n))) }
	slices.Sort(keys)
	out := &Weights{table: newFeatureTable(len(keys)), clusters: ws[0].clusters}
	for _, k := range keys {
		var row [numTags]int16
		nonzero := false
		for t, v := range sums[k] {
			row[t] = mean(v)
			nonzero = nonzero || row[t] != 0
		}
		if nonzero {
			out.table.put(k, row)
		}
	}
	for a := range trans {
		for b := range trans[a] {
			out.trans[a][b] = mean(trans[a][b])
		}
	}
	out.setTrans()
	return out
}

// Pruned returns a copy of w without the features whose weights are all
// smaller than min in magnitude.
func (w *Weights) Pruned(min int16) *Weights {
	keep := 0
	for i, k := range w.table.keys {
		if k != 0 && rowPeak(&w.table.rows[i]) >= min {
			keep++
		}
	}
	out := *w
	out.table = newFeatureTable(keep)
	for i, k := range w.table.keys {
		if k != 0 && rowPeak(&w.table.rows[i]) >= min {
			out.table.put(k, w.table.rows[i])
		}
	}
	return &out
}

func rowPeak(row *[numTags]int16) int16 {
	var m int16
	for _, v := range row {
		m = max(m, v, -v)
	}
	return m
}
