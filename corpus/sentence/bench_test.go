package sentence_test

import (
	"strings"
	"testing"

	"chronik/corpus/corpusgen"
	"chronik/corpus/ingest"
	"chronik/corpus/sentence"
	"chronik/model"
)

// BenchmarkSplit splits every block of the generated benchmark corpus
// (10,000 articles of about 4 KB) into sentences, on one core.
func BenchmarkSplit(b *testing.B) {
	var arts []*model.Article
	var size int64
	for _, f := range corpusgen.Generate(10000, 1) {
		a, err := ingest.Parse(strings.TrimSuffix(f.Name, ".txt"), f.Name, f.Data)
		if err != nil {
			b.Fatal(err)
		}
		arts = append(arts, a)
		size += int64(len(a.Text))
	}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			sentence.Split(a)
		}
	}
}
