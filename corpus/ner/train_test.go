package ner

import (
	"math"
	"slices"
	"testing"
)

// InputDigest must tell apart every change to what Train reads, and
// nothing else.
func TestInputDigest(t *testing.T) {
	cl, err := EmbeddedClusters()
	if err != nil {
		t.Fatal(err)
	}
	gaz := func(w string) uint32 {
		if w == "Anna" {
			return 1
		}
		return 0
	}
	base := func() ([]Example, TrainOptions) {
		return []Example{
			{Words: []string{"Anna", "Berg", "besucht", "die", "Firma", "Kolbex", "."},
				Tags:  []string{"B-PER", "I-PER", "O", "O", "O", "B-ORG", "O"},
				Hints: []Span{{Start: 0, End: 2, Kind: PER}}},
			{Words: []string{"Es", "regnet", "."}, Tags: []string{"O", "O", "O"}},
		}, TrainOptions{Epochs: 5, Seed: 7, MinCount: 2, Clusters: cl}
	}
	ex, opt := base()
	want := InputDigest(ex, gaz, opt)
	if again := InputDigest(ex, gaz, opt); again != want {
		t.Fatal("the same input gives two digests")
	}
	ex, opt = base()
	opt.AfterEpoch = func(int, *Weights) {}
	if got := InputDigest(ex, gaz, opt); got != want {
		t.Error("AfterEpoch, which Train only reports to, changed the digest")
	}
	changes := []struct {
		name   string
		change func(ex []Example, opt *TrainOptions, gaz *Gazetteer)
	}{
		{"a hint's kind", func(ex []Example, _ *TrainOptions, _ *Gazetteer) { ex[0].Hints[0].Kind = ORG }},
		{"a hint's end", func(ex []Example, _ *TrainOptions, _ *Gazetteer) { ex[0].Hints[0].End = 1 }},
		{"a hint fewer", func(ex []Example, _ *TrainOptions, _ *Gazetteer) { ex[0].Hints = nil }},
		{"a hint more", func(ex []Example, _ *TrainOptions, _ *Gazetteer) {
			ex[0].Hints = append(ex[0].Hints, Span{Start: 5, End: 6, Kind: ORG})
		}},
		{"a tag", func(ex []Example, _ *TrainOptions, _ *Gazetteer) { ex[0].Tags[5] = "B-LOC" }},
		{"a word", func(ex []Example, _ *TrainOptions, _ *Gazetteer) { ex[1].Words[1] = "schneit" }},
		{"the order", func(ex []Example, _ *TrainOptions, _ *Gazetteer) { ex[0], ex[1] = ex[1], ex[0] }},
		{"an example fewer", func(ex []Example, _ *TrainOptions, _ *Gazetteer) { ex[1].Words, ex[1].Tags = nil, nil }},
		{"the epochs", func(_ []Example, opt *TrainOptions, _ *Gazetteer) { opt.Epochs++ }},
		{"the seed", func(_ []Example, opt *TrainOptions, _ *Gazetteer) { opt.Seed++ }},
		{"the minimum count", func(_ []Example, opt *TrainOptions, _ *Gazetteer) { opt.MinCount++ }},
		{"no clusters", func(_ []Example, opt *TrainOptions, _ *Gazetteer) { opt.Clusters = nil }},
		{"the gazetteer", func(_ []Example, _ *TrainOptions, g *Gazetteer) {
			*g = func(w string) uint32 { return 2 * gaz(w) }
		}},
	}
	seen := map[[32]byte]string{want: "the base"}
	for _, c := range changes {
		ex, opt := base()
		g := Gazetteer(gaz)
		c.change(ex, &opt, &g)
		got := InputDigest(ex, g, opt)
		if other, ok := seen[got]; ok {
			t.Errorf("%s: the digest of %s", c.name, other)
		}
		seen[got] = c.name
	}
}

// The CRF's step follows the gradient of the log likelihood: on a
// sequence of two tokens with one feature each, the derivative of the
// log likelihood by each weight, taken numerically, is the step's
// gradient. The sums of squared gradients start at 1e10, so that each
// step is crfRate times the gradient over 1e5.
func TestCRFGradient(t *testing.T) {
	tests := []struct {
		name string
		gold []int
	}{
		{"a person of two words", []int{tagBPER, tagIPER}},
		{"nothing", []int{tagO, tagO}},
		{"an organisation, then nothing", []int{tagBORG, tagO}},
	}
	for _, tt := range tests {
		s := &trainSeq{feats: []int32{1, 2}, offs: []int32{0, 1, 2}, gold: tt.gold}
		p := newPerceptron(3)
		// Weights away from zero, so that the gradient is no symmetric
		// guess.
		for i := range p.w {
			p.w[i] = float64(i%5) * 0.3
		}
		logLik := func(w []float64) float64 {
			em := make([][numTags]float64, 2)
			for t := range em {
				for y := range numTags {
					em[t][y] = w[int(s.feats[t])*numTags+y]
				}
			}
			return pathScore(em, s.gold) - logPartition(em)
		}
		for i := numTags; i < len(p.w); i++ {
			const h = 1e-6
			up, down := slices.Clone(p.w), slices.Clone(p.w)
			up[i] += h
			down[i] -= h
			grad := (logLik(up) - logLik(down)) / (2 * h)
			q := newPerceptron(3)
			copy(q.w, p.w)
			for j := range q.sq {
				q.sq[j] = 1e10
			}
			em := make([][numTags]float64, 2)
			for t := range em {
				for y := range numTags {
					em[t][y] = q.w[int(s.feats[t])*numTags+y]
				}
			}
			q.crfStep(s, em, new(forwardBackward))
			if got := (q.w[i] - p.w[i]) * 1e5 / crfRate; math.Abs(got-grad) > 1e-4 {
				t.Errorf("%s: weight %d: gradient %g, the step's %g", tt.name, i, grad, got)
			}
		}
	}
}

// pathScore is the score of tags under the emission scores em and no
// transition weights.
func pathScore(em [][numTags]float64, tags []int) float64 {
	s := 0.0
	for t, y := range tags {
		s += em[t][y]
	}
	return s
}

// logPartition sums the scores of all sequences of two tags the BIO
// constraints allow, by enumeration.
func logPartition(em [][numTags]float64) float64 {
	var v []float64
	for a := range numTags {
		for b := range numTags {
			if allowed(numTags, a) && allowed(a, b) {
				v = append(v, em[0][a]+em[1][b])
			}
		}
	}
	m := slices.Max(v)
	sum := 0.0
	for _, x := range v {
		sum += math.Exp(x - m)
	}
	return m + math.Log(sum)
}
