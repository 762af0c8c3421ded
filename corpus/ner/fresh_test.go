package ner_test

import (
	"os"
	"path/filepath"
	"testing"

	"chronik/corpus/actors"
	"chronik/corpus/ner"
	"chronik/corpus/ner/internal/nerdata"
	"chronik/corpus/ner/internal/recipe"
)

// TestWeightsFresh fails when the embedded weights are not what the
// train command would make now: the rules' hints, the gazetteer, the
// clusters, the feature templates and the recipe all reach the weights,
// and a change to any of them (say, an actor rule that finds other names
// in the training data) leaves them stale. The command stores the digest
// of its input beside the weights; this recomputes it from the data in
// ../shared/data (skipped without it) and checks the digest of the
// weights too.
func TestWeightsFresh(t *testing.T) {
	dir, err := nerdata.Dir()
	if err != nil {
		t.Skipf("the weights cannot be checked without the training data: %v", err)
	}
	sents, docs, err := recipe.Read(dir)
	if err != nil {
		t.Fatal(err)
	}
	stored, err := os.ReadFile(filepath.Join("data", recipe.DigestFile))
	if err != nil {
		t.Fatal(err)
	}
	weights, err := os.ReadFile(filepath.Join("data", "weights.gz"))
	if err != nil {
		t.Fatal(err)
	}
	cl, err := ner.EmbeddedClusters()
	if err != nil {
		t.Fatal(err)
	}
	r := recipe.Embedded
	got := recipe.FileDigests(r.Digest(recipe.Examples(sents, docs, actors.NewRuleRecognizer(), true), cl), weights)
	if got != string(stored) {
		t.Fatalf("weights stale: run go run ./corpus/ner/internal/train\n(what it would read and the weights give\n%sdata/%s holds\n%s)", got, recipe.DigestFile, stored)
	}
}
