package ner

import (
	"crypto/sha256"
	"encoding/binary"
	"math"
	"math/rand/v2"
)

// An Example is a tokenised sentence with its gold BIO tags ("B-PER",
// "I-ORG", "O", …; classes other than PER, ORG, LOC and OTH count as O).
type Example struct {
	Words []string
	Tags  []string
	Hints []Span // as in Tagger.Document, as word index ranges
}

// TrainOptions set the training run. The same examples, gazetteer and
// options give the same weights, byte for byte.
type TrainOptions struct {
	Epochs   int
	Seed     uint64
	MinCount int // features seen fewer times in the examples are dropped
	// Clusters are the word clusters the features read (nil: none).
	Clusters *Clusters
	// CRF trains a linear-chain conditional random field instead of the
	// perceptron, with the same features: AdaGrad steps along the gradient
	// of each example's log likelihood, averaged over all steps as the
	// perceptron's updates are. It errs on other words than the
	// perceptron, so that the mean of both does better than either
	// (recipe.Recipe).
	CRF bool
	// AfterEpoch, if set, receives the weights averaged so far after each
	// epoch (for choosing Epochs on a development set).
	AfterEpoch func(epoch int, w *Weights)
}

func tagIndex(s string) int {
	if len(s) < 3 || s[1] != '-' {
		return tagO
	}
	class := map[string]int{"PER": 1, "ORG": 2, "LOC": 3, "OTH": 4}[s[2:]]
	switch {
	case class == 0:
		return tagO
	case s[0] == 'B':
		return 2*class - 1
	case s[0] == 'I':
		return 2 * class
	}
	return tagO
}

// trainSeq is an example as feature rows.
type trainSeq struct {
	feats []int32 // rows of the features of each token, flat
	offs  []int32
	gold  []int
}

// Train learns weights with the averaged structured perceptron: for each
// example, in an order shuffled with the seed each epoch, decode with the
// current weights and move them towards the gold tags where the decoded
// sequence differs; the result is the average of the weights over all
// steps, which generalises better than the last. With opt.CRF it learns
// a conditional random field instead, in the same order and averaged
// alike.
func Train(examples []Example, gaz Gazetteer, opt TrainOptions) *Weights {
	// Feature keys per token.
	type keyed struct {
		keys []uint32
		offs []int32
		gold []int
	}
	all := make([]keyed, 0, len(examples))
	count := map[uint32]int{}
	var order []uint32 // keys in order of first sight, for a stable numbering
	for _, ex := range examples {
		if len(ex.Words) == 0 {
			continue
		}
		var k keyed
		k.keys, k.offs, k.gold = exampleKeys(ex, gaz, opt.Clusters)
		for _, key := range k.keys {
			if count[key] == 0 {
				order = append(order, key)
			}
			count[key]++
		}
		all = append(all, k)
	}
	row := map[uint32]int32{}
	var keys []uint32
	for _, key := range order {
		if count[key] >= opt.MinCount {
			keys = append(keys, key)
			row[key] = int32(len(keys)) // rows from 1
		}
	}
	seqs := make([]trainSeq, len(all))
	for i, k := range all {
		s := trainSeq{offs: []int32{0}, gold: k.gold}
		for t := 0; t+1 < len(k.offs); t++ {
			for _, key := range k.keys[k.offs[t]:k.offs[t+1]] {
				if r, ok := row[key]; ok {
					s.feats = append(s.feats, r)
				}
			}
			s.offs = append(s.offs, int32(len(s.feats)))
		}
		seqs[i] = s
	}

	p := newPerceptron(len(keys) + 1)
	rng := rand.New(rand.NewPCG(opt.Seed, opt.Seed^0x5eed))
	idx := make([]int, len(seqs))
	for i := range idx {
		idx[i] = i
	}
	averaged := func() *Weights {
		w := p.average(keys)
		w.clusters = opt.Clusters
		return w
	}
	var em [][numTags]float64
	var pred []int
	var dec decodeScratch[float64]
	var fb forwardBackward
	for epoch := 1; epoch <= opt.Epochs; epoch++ {
		rng.Shuffle(len(idx), func(i, j int) { idx[i], idx[j] = idx[j], idx[i] })
		for _, i := range idx {
			s := &seqs[i]
			n := len(s.gold)
			em = grow(em, n)
			pred = grow(pred, n)
			for t := range n {
				em[t] = [numTags]float64{}
				for _, r := range s.feats[s.offs[t]:s.offs[t+1]] {
					for y := range numTags {
						em[t][y] += p.w[int(r)*numTags+y]
					}
				}
			}
			if opt.CRF {
				p.crfStep(s, em, &fb)
				continue
			}
			p.mask()
			viterbi(em, &p.masked, pred, &dec)
			p.update(s, pred)
		}
		if opt.AfterEpoch != nil {
			opt.AfterEpoch(epoch, averaged())
		}
	}
	return averaged()
}

// exampleKeys returns the feature keys of the tokens of ex, one after
// another, the offset in keys where each token's keys begin (and the end
// last), and the gold tag of each token: all that Train reads of ex.
func exampleKeys(ex Example, gaz Gazetteer, cl *Clusters) (keys []uint32, offs []int32, gold []int) {
	ws := make([]wordAttrs, len(ex.Words))
	for i, w := range ex.Words {
		ws[i] = attrs(w, gaz, cl)
	}
	setAttrHints(ws, wordTokens(len(ex.Words)), ex.Hints)
	offs = []int32{0}
	for i := range ws {
		keys = features(ws, i, keys)
		offs = append(offs, int32(len(keys)))
		gold = append(gold, tagIndex(ex.Tags[i]))
	}
	return keys, offs, gold
}

// InputDigest returns the SHA-256 digest of all that Train reads from
// its arguments: the feature keys and gold tag of every token of every
// example, in order, and the options Epochs, Seed and MinCount. The words,
// hints, gazetteer, clusters and feature templates reach the weights only
// through the feature keys, so equal digests give equal weights (with the
// same learning code), and a change to any of them changes the digest.
func InputDigest(examples []Example, gaz Gazetteer, opt TrainOptions) [sha256.Size]byte {
	h := sha256.New()
	var buf []byte
	put := func(v uint64) { buf = binary.LittleEndian.AppendUint64(buf, v) }
	put(uint64(opt.Epochs))
	put(opt.Seed)
	put(uint64(opt.MinCount))
	for _, ex := range examples {
		if len(ex.Words) == 0 {
			continue // Train skips it too
		}
		keys, offs, gold := exampleKeys(ex, gaz, opt.Clusters)
		put(uint64(len(gold)))
		for t, g := range gold {
			put(uint64(g))
			put(uint64(offs[t+1] - offs[t]))
			for _, k := range keys[offs[t]:offs[t+1]] {
				buf = binary.LittleEndian.AppendUint32(buf, k)
			}
		}
		h.Write(buf)
		buf = buf[:0]
	}
	h.Write(buf)
	return [sha256.Size]byte(h.Sum(nil))
}

// perceptron holds the weights being learnt, and for averaging the sum of
// each update times the step it was made at; for the CRF also the sums
// of the squared gradients (AdaGrad).
type perceptron struct {
	w, u          []float64
	sq            []float64
	trans, transU [numTags + 1][numTags]float64
	transSq       [numTags + 1][numTags]float64
	masked        [numTags + 1][numTags]float64 // trans with the forbidden pairs at forbidden
	step          float64
}

func newPerceptron(rows int) *perceptron {
	return &perceptron{w: make([]float64, rows*numTags), u: make([]float64, rows*numTags), sq: make([]float64, rows*numTags), step: 1}
}

// mask copies trans to masked, with the forbidden pairs at forbidden.
func (p *perceptron) mask() {
	for a := range p.trans {
		for b := range p.trans[a] {
			p.masked[a][b] = p.trans[a][b]
			if !allowed(a, b) {
				p.masked[a][b] = forbidden
			}
		}
	}
}

func (p *perceptron) update(s *trainSeq, pred []int) {
	prevG, prevP := numTags, numTags
	for t, g := range s.gold {
		y := pred[t]
		if g != y {
			for _, r := range s.feats[s.offs[t]:s.offs[t+1]] {
				p.add(int(r)*numTags+g, 1)
				p.add(int(r)*numTags+y, -1)
			}
		}
		if g != y || prevG != prevP {
			p.trans[prevG][g]++
			p.transU[prevG][g] += p.step
			p.trans[prevP][y]--
			p.transU[prevP][y] -= p.step
		}
		prevG, prevP = g, y
	}
	p.step++
}

func (p *perceptron) add(i int, d float64) {
	p.w[i] += d
	p.u[i] += d * p.step
}

// average returns the averaged weights, quantised: the largest weight
// becomes ±32767 and features whose weights all round to zero are left
// out.
func (p *perceptron) average(keys []uint32) *Weights {
	avg := func(w, u float64) float64 { return w - u/p.step }
	peak := 0.0
	for i := range p.w {
		peak = math.Max(peak, math.Abs(avg(p.w[i], p.u[i])))
	}
	for a := range p.trans {
		for b := range p.trans[a] {
			peak = math.Max(peak, math.Abs(avg(p.trans[a][b], p.transU[a][b])))
		}
	}
	scale := 1.0
	if peak > 0 {
		scale = math.MaxInt16 / peak
	}
	q := func(w, u float64) int16 { return int16(math.Round(avg(w, u) * scale)) }
	type kept struct {
		key uint32
		row [numTags]int16
	}
	var rows []kept
	for r, key := range keys {
		var row [numTags]int16
		nonzero := false
		for y := range numTags {
			i := (r+1)*numTags + y
			row[y] = q(p.w[i], p.u[i])
			nonzero = nonzero || row[y] != 0
		}
		if nonzero {
			rows = append(rows, kept{key, row})
		}
	}
	out := &Weights{table: newFeatureTable(len(rows))}
	for _, k := range rows {
		out.table.put(k.key, k.row)
	}
	for a := range p.trans {
		for b := range p.trans[a] {
			out.trans[a][b] = q(p.trans[a][b], p.transU[a][b])
		}
	}
	out.setTrans()
	return out
}

// crfRate is the CRF's AdaGrad step: the first update of a weight moves
// it by this much.
const crfRate = 0.1

// forwardBackward holds the buffers of crfStep.
type forwardBackward struct {
	alpha, beta [][numTags]float64
}

// crfStep moves the weights one AdaGrad step along the gradient of the
// log likelihood of the gold tags of s, whose emission scores are em:
// for each feature of a token, the gold tag's count less each tag's
// probability there; for each pair of tags, the gold count less the
// expected one (forward-backward, the pairs the BIO constraints forbid
// left out).
func (p *perceptron) crfStep(s *trainSeq, em [][numTags]float64, fb *forwardBackward) {
	n := len(s.gold)
	fb.alpha, fb.beta = grow(fb.alpha, n), grow(fb.beta, n)
	alpha, beta := fb.alpha, fb.beta
	trans := func(a, b int) float64 {
		if !allowed(a, b) {
			return math.Inf(-1)
		}
		return p.trans[a][b]
	}
	var v [numTags]float64
	for y := range numTags {
		alpha[0][y] = trans(numTags, y) + em[0][y]
	}
	for t := 1; t < n; t++ {
		for y := range numTags {
			for a := range numTags {
				v[a] = alpha[t-1][a] + trans(a, y)
			}
			alpha[t][y] = em[t][y] + logSumExp(&v)
		}
	}
	beta[n-1] = [numTags]float64{}
	for t := n - 2; t >= 0; t-- {
		for a := range numTags {
			for y := range numTags {
				v[y] = trans(a, y) + em[t+1][y] + beta[t+1][y]
			}
			beta[t][a] = logSumExp(&v)
		}
	}
	z := logSumExp(&alpha[n-1])
	var tg [numTags + 1][numTags]float64
	prev := numTags
	for t, gold := range s.gold {
		var g [numTags]float64
		for y := range numTags {
			g[y] = -math.Exp(alpha[t][y] + beta[t][y] - z)
		}
		g[gold]++
		for _, r := range s.feats[s.offs[t]:s.offs[t+1]] {
			for y := range numTags {
				i := int(r)*numTags + y
				p.sq[i] += g[y] * g[y]
				p.add(i, crfRate*g[y]/math.Sqrt(p.sq[i]+1e-8))
			}
		}
		tg[prev][gold]++
		prev = gold
		for b := range numTags {
			if t == 0 {
				tg[numTags][b] -= math.Exp(alpha[0][b] + beta[0][b] - z)
				continue
			}
			for a := range numTags {
				if allowed(a, b) {
					tg[a][b] -= math.Exp(alpha[t-1][a] + p.trans[a][b] + em[t][b] + beta[t][b] - z)
				}
			}
		}
	}
	for a := range tg {
		for b, g := range tg[a] {
			if !allowed(a, b) {
				continue
			}
			p.transSq[a][b] += g * g
			d := crfRate * g / math.Sqrt(p.transSq[a][b]+1e-8)
			p.trans[a][b] += d
			p.transU[a][b] += d * p.step
		}
	}
	p.step++
}

// logSumExp returns log Σ exp(v[i]), without overflow.
func logSumExp(v *[numTags]float64) float64 {
	m := math.Inf(-1)
	for _, x := range v {
		m = math.Max(m, x)
	}
	if math.IsInf(m, -1) {
		return m
	}
	sum := 0.0
	for _, x := range v {
		sum += math.Exp(x - m)
	}
	return m + math.Log(sum)
}

// wordTokens returns tokens that stand for word indices: token i spans
// i..i+1, so that hints given as word ranges apply.
func wordTokens(n int) []Token {
	toks := make([]Token, n)
	for i := range toks {
		toks[i] = Token{i, i + 1}
	}
	return toks
}

// TagWords tags a tokenised sentence and returns its entities as ranges
// of word indices (Start inclusive, End exclusive); hints are word ranges
// too.
func (t *Tagger) TagWords(words []string, hints []Span) []Span {
	s := scratches.Get().(*scratch)
	defer scratches.Put(s)
	s.forget()
	defer s.forget()
	var text []byte
	s.toks = s.toks[:0]
	for _, w := range words {
		s.toks = append(s.toks, Token{len(text), len(text) + len(w)})
		text = append(text, w...)
	}
	// Hints from word ranges to byte offsets.
	byteHints := make([]Span, 0, len(hints))
	for _, h := range hints {
		if h.Start >= 0 && h.Start < h.End && h.End <= len(words) {
			byteHints = append(byteHints, Span{s.toks[h.Start].Start, s.toks[h.End-1].End, h.Kind})
		}
	}
	var spans []Span
	for from := 0; from < len(words); from += maxTokens {
		spans = t.sequence(string(text), s.toks[from:min(from+maxTokens, len(words))], byteHints, s, spans)
	}
	// Byte offsets back to word indices.
	at := map[int]int{}
	for i, tok := range s.toks {
		at[tok.Start], at[tok.End] = i, i+1
	}
	for i := range spans {
		spans[i].Start, spans[i].End = at[spans[i].Start], at[spans[i].End]
	}
	return spans
}
