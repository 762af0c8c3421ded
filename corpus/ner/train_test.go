package ner

import "testing"

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
