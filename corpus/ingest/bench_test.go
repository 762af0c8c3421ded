package ingest_test

import (
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"chronik/corpus/corpusgen"
	"chronik/corpus/ingest"
)

// benchCorpus is the generated benchmark corpus: 10,000 articles of about
// 4 KB, recombined from the default corpus with shifted dates.
var benchCorpus = sync.OnceValue(func() []corpusgen.File { return corpusgen.Generate(10000, 1) })

func corpusBytes(files []corpusgen.File) int64 {
	var n int64
	for _, f := range files {
		n += int64(len(f.Data))
	}
	return n
}

// BenchmarkLoad measures cleaning, header, layout, title and byline on one
// core: one op parses the whole generated corpus.
func BenchmarkLoad(b *testing.B) {
	files := benchCorpus()
	b.SetBytes(corpusBytes(files))
	b.ReportAllocs()
	for b.Loop() {
		for _, f := range files {
			if _, err := ingest.Parse(strings.TrimSuffix(f.Name, ".txt"), f.Name, f.Data); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkLoadParallel measures LoadFS, walking and reading included,
// over an in-memory file system of the generated corpus, on all cores.
func BenchmarkLoadParallel(b *testing.B) {
	files := benchCorpus()
	fsys := fstest.MapFS{}
	for _, f := range files {
		fsys[f.Name] = &fstest.MapFile{Data: f.Data}
	}
	b.SetBytes(corpusBytes(files))
	b.ReportAllocs()
	for b.Loop() {
		arts, errs := ingest.LoadFS(fsys)
		if len(errs) > 0 || len(arts) != len(files) {
			b.Fatalf("%d articles, errors %v", len(arts), errs)
		}
	}
}
