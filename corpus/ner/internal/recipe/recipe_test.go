package recipe

import (
	"testing"

	"chronik/corpus/ner"
)

// Every setting of a recipe reaches the weights, so each must change the
// digest.
func TestDigestReadsEverySetting(t *testing.T) {
	train := []ner.Example{{Words: []string{"Anna", "Berg", "lacht", "."}, Tags: []string{"B-PER", "I-PER", "O", "O"}}}
	base := Recipe{Epochs: 5, MinCount: 2, Seed: 1, Orders: 3, MinWeight: 400, NameBias: 6000}
	seen := map[string]string{base.Digest(train, nil): "the base"}
	for name, change := range map[string]func(r *Recipe){
		"epochs":     func(r *Recipe) { r.Epochs++ },
		"min count":  func(r *Recipe) { r.MinCount++ },
		"seed":       func(r *Recipe) { r.Seed++ },
		"orders":     func(r *Recipe) { r.Orders++ },
		"min weight": func(r *Recipe) { r.MinWeight++ },
		"name bias":  func(r *Recipe) { r.NameBias = -r.NameBias },
		"crf":        func(r *Recipe) { r.CRF = !r.CRF },
	} {
		r := base
		change(&r)
		d := r.Digest(train, nil)
		if other, ok := seen[d]; ok {
			t.Errorf("%s: the digest of %s", name, other)
		}
		seen[d] = name
	}
	if base.Digest(train, nil) != base.Digest(train, nil) {
		t.Error("the same recipe and examples give two digests")
	}
}
