package text

import (
	"testing"

	"chronik/corpus/corpusgen"
	"chronik/corpus/defaultcorpus"
	"io/fs"
)

// BenchmarkLexiconLoad measures reading the embedded lexicon, the cost the
// first Analyse of a process pays.
//
//	go test ./corpus/text -run '^$' -bench LexiconLoad -benchtime 10x
func BenchmarkLexiconLoad(b *testing.B) {
	for b.Loop() {
		newLexicon(lexiconData, lexiconIndex).find("getroffen")
	}
}

// BenchmarkAnalyse measures the text layer on the default corpus's
// articles (lexicon loaded).
//
//	go test ./corpus/text -run '^$' -bench Analyse
func BenchmarkAnalyse(b *testing.B) {
	var texts []string
	var size int64
	fs.WalkDir(defaultcorpus.FS(), ".", func(p string, e fs.DirEntry, err error) error {
		if err == nil && !e.IsDir() {
			data, _ := fs.ReadFile(defaultcorpus.FS(), p)
			texts = append(texts, string(data))
			size += int64(len(data))
		}
		return nil
	})
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			Analyse(t, nil).Release()
		}
	}
}

// BenchmarkAnalyseGenerated measures the text layer on 1,000 generated
// articles (corpus/corpusgen), on one core.
//
//	go test ./corpus/text -run '^$' -bench AnalyseGenerated -benchtime 5x
func BenchmarkAnalyseGenerated(b *testing.B) {
	var texts []string
	var size int64
	for _, f := range corpusgen.Generate(1000, 1) {
		texts = append(texts, string(f.Data))
		size += int64(len(f.Data))
	}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			Analyse(t, nil).Release()
		}
	}
}
