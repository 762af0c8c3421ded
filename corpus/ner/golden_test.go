package ner_test

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"chronik/corpus/actors"
	"chronik/corpus/corpusgen"
	"chronik/corpus/ingest"
	"chronik/corpus/ner"
	"chronik/corpus/ner/internal/nerdata"
	"chronik/corpus/sentence"
	"chronik/corpus/text"
	"chronik/model"
)

// The tagger's output is pinned by a golden file of the spans it returns
// on generated articles (corpusgen, the benchmark corpus's seed), given
// the rules' names as hints and Chronik's gazetteer, as corpus.Build runs
// it: a change meant to make the tagger faster must leave it unchanged.
//
//	go test ./corpus/ner -run TaggerGolden                    compare
//	go test ./corpus/ner -run TaggerGolden -update            rewrite (read the diff first)
//	go test ./corpus/ner -run TaggerGolden -taggerspans F -taggerarticles 10000
//	                                                          write the spans of more articles to F, for a diff before/after

var (
	update         = flag.Bool("update", false, "rewrite testdata/tagger.golden")
	taggerSpans    = flag.String("taggerspans", "", "write the tagger's spans on the generated articles to this file instead of comparing")
	taggerArticles = flag.Int("taggerarticles", goldenArticles, "how many generated articles -taggerspans tags")
)

// goldenArticles is the number of generated articles in the golden file.
const goldenArticles = 150

// A taggerInput is what the tagger reads of one article.
type taggerInput struct {
	name     string
	text     string
	segments [][2]int
	hints    []ner.Span
}

// generatedInputs returns the tagger's inputs for the first n articles of
// the benchmark corpus.
func generatedInputs(tb testing.TB, n int) []taggerInput {
	var arts []*model.Article
	for _, f := range corpusgen.Generate(n, 1) {
		a, err := ingest.Parse(f.Name, f.Name, f.Data)
		if err != nil {
			tb.Fatal(err)
		}
		sentence.Split(a)
		arts = append(arts, a)
	}
	return inputsOf(arts)
}

// inputsOf returns the tagger's inputs for articles split into sentences:
// the sentences and the lines outside them as segments, and the rules'
// names as hints.
func inputsOf(arts []*model.Article) []taggerInput {
	rules := actors.NewRuleRecognizer()
	var out []taggerInput
	for _, a := range arts {
		var segs [][2]int
		covered := 0
		for _, s := range a.Sentences {
			segs = appendLines(segs, a.Text, covered, s.Start)
			segs = append(segs, [2]int{s.Start, s.End})
			covered = s.End
		}
		segs = appendLines(segs, a.Text, covered, len(a.Text))
		out = append(out, taggerInput{a.ID, a.Text, segs, actors.Hints(rules.Find(a))})
	}
	return out
}

// appendLines appends the non-empty lines of text[start:end] as segments.
func appendLines(segs [][2]int, text string, start, end int) [][2]int {
	for start < end {
		line, _, _ := strings.Cut(text[start:end], "\n")
		if line != "" {
			segs = append(segs, [2]int{start, start + len(line)})
		}
		start += len(line) + 1
	}
	return segs
}

var chronikTagger = sync.OnceValues(func() (*ner.Tagger, error) {
	w, err := ner.Embedded()
	if err != nil {
		return nil, err
	}
	return ner.NewTagger(w, actors.Gazetteer), nil
})

// writeSpans writes a line per input: its name and the spans the tagger
// returns, as start-end:kind.
func writeSpans(out io.Writer, tg *ner.Tagger, ins []taggerInput) {
	for _, in := range ins {
		fmt.Fprint(out, in.name)
		for _, sp := range tg.Document(in.text, in.segments, in.hints) {
			fmt.Fprintf(out, " %d-%d:%v", sp.Start, sp.End, sp.Kind)
		}
		fmt.Fprintln(out)
	}
}

func TestTaggerGolden(t *testing.T) {
	tg, err := chronikTagger()
	if err != nil {
		t.Fatal(err)
	}
	if *taggerSpans != "" {
		var b bytes.Buffer
		writeSpans(&b, tg, generatedInputs(t, *taggerArticles))
		if err := os.WriteFile(*taggerSpans, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	var b bytes.Buffer
	ins := generatedInputs(t, goldenArticles)
	writeSpans(&b, tg, ins)
	// The words joined from the text layer give the same spans.
	for _, in := range ins {
		doc := text.Analyse(in.text, nil)
		got, want := tg.DocumentOnLayer(nil, in.text, doc.Tokens, in.segments, in.hints), tg.Document(in.text, in.segments, in.hints)
		doc.Release()
		if !slices.Equal(got, want) {
			t.Fatalf("%s: on the text layer %v, tokenised %v", in.name, got, want)
		}
	}
	path := filepath.Join("testdata", "tagger.golden")
	if *update {
		if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./corpus/ner -run TaggerGolden -update)", err)
	}
	if b.String() == string(want) {
		return
	}
	got, wantLines := strings.Split(b.String(), "\n"), strings.Split(string(want), "\n")
	for i := range min(len(got), len(wantLines)) {
		if got[i] != wantLines[i] {
			t.Fatalf("%s line %d:\n got %s\nwant %s", path, i+1, got[i], wantLines[i])
		}
	}
	t.Fatalf("%s: %d lines, want %d", path, len(got), len(wantLines))
}

// BenchmarkTagger measures the tagger alone on the inputs of the golden
// test's kind, in MB of text per CPU-second (the figure other processes on
// the machine do not lower) and CPU nanoseconds per token: on 1,000
// generated articles, and on the SmartData documents (real news nobody
// here wrote, whose sentences do not recur as the generated articles'
// do; skipped without ../shared/data).
//
//	go test ./corpus/ner -run '^$' -bench Tagger -benchtime 3x -cpu 1
func BenchmarkTagger(b *testing.B) {
	b.Run("generated", func(b *testing.B) { benchmarkTagger(b, generatedInputs(b, 1000)) })
	b.Run("smartdata", func(b *testing.B) {
		dir, err := nerdata.Dir()
		if err != nil {
			b.Skip(err)
		}
		var arts []*model.Article
		for _, f := range []string{nerdata.SmartTrain, nerdata.SmartTestFile} {
			docs, err := nerdata.SmartData(filepath.Join(dir, f))
			if err != nil {
				b.Fatal(err)
			}
			for _, d := range docs {
				if a := nerdata.Article(d.Text); a != nil {
					arts = append(arts, a)
				}
			}
		}
		benchmarkTagger(b, inputsOf(arts))
	})
}

// BenchmarkTaggerOnLayer is BenchmarkTagger/generated as corpus.Build
// runs the tagger: on the words of the text layer, computed before the
// timer starts (Build computes the layer for every stage).
//
//	go test ./corpus/ner -run '^$' -bench TaggerOnLayer -benchtime 3x -cpu 1
func BenchmarkTaggerOnLayer(b *testing.B) {
	ins := generatedInputs(b, 1000)
	layers := make([][]text.Token, len(ins))
	for i, in := range ins {
		doc := text.Analyse(in.text, nil)
		layers[i] = slices.Clone(doc.Tokens)
		doc.Release()
	}
	benchmarkTaggerWith(b, ins, func(tg *ner.Tagger, i int) {
		tg.DocumentOnLayer(nil, ins[i].text, layers[i], ins[i].segments, ins[i].hints)
	})
}

func benchmarkTagger(b *testing.B, ins []taggerInput) {
	benchmarkTaggerWith(b, ins, func(tg *ner.Tagger, i int) { tg.Document(ins[i].text, ins[i].segments, ins[i].hints) })
}

// benchmarkTaggerWith measures tag, which tags input i with tg.
func benchmarkTaggerWith(b *testing.B, ins []taggerInput, tag func(tg *ner.Tagger, i int)) {
	tg, err := chronikTagger()
	if err != nil {
		b.Fatal(err)
	}
	var size, tokens int
	var toks []ner.Token
	for _, in := range ins {
		size += len(in.text)
		for _, seg := range in.segments {
			toks = ner.Tokenize(in.text[seg[0]:seg[1]], toks[:0])
			tokens += len(toks)
		}
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	cpu0 := cpuSeconds()
	for b.Loop() {
		for i := range ins {
			tag(tg, i)
		}
	}
	if cpu := cpuSeconds() - cpu0; cpu0 > 0 && cpu > 0 {
		b.ReportMetric(float64(size)*float64(b.N)/1e6/cpu, "MB/cpu-s")
		b.ReportMetric(cpu*1e9/float64(tokens*b.N), "cpu-ns/token")
	}
}
