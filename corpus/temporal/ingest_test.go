package temporal_test

import (
	"io/fs"
	"strings"
	"testing"

	"chronik/corpus/corpusgen"
	"chronik/corpus/defaultcorpus"
	"chronik/corpus/ingest"
	"chronik/corpus/temporal"
	"chronik/model"
)

// The header-less default articles, loaded as the pipeline loads them
// (layout and metadata blocks included), are dated from their text.
func TestInferDateWithIngest(t *testing.T) {
	tg := temporal.New()
	names, err := fs.Glob(defaultcorpus.FS(), "*.txt")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"002": "2024-12-19..2024-12-22", "004": "2025-01-21..2025-01-27"}
	for _, n := range names {
		id := strings.TrimSuffix(n, ".txt")
		w, ok := want[id[:3]]
		if !ok {
			continue
		}
		data, err := fs.ReadFile(defaultcorpus.FS(), n)
		if err != nil {
			t.Fatal(err)
		}
		a, err := ingest.Parse(id, n, data)
		if err != nil {
			t.Fatal(err)
		}
		d := tg.InferDate(a)
		if d.Source != model.DateFromText || d.Interval.String() != w {
			t.Errorf("%s: InferDate = %v %v (%s), want %s", id, d.Interval, d.Source, d.Reason, w)
		}
		if id[:3] == "002" && !strings.Contains(d.Reason, "embedded post dated December 19, 2024") {
			t.Errorf("%s: reason %q does not name the embedded post", id, d.Reason)
		}
	}
}

// BenchmarkTagGenerated tags the generated benchmark corpus (1,000
// articles recombined from the default corpus's paragraphs, dates
// shifted), loaded and dated as the pipeline does.
func BenchmarkTagGenerated(b *testing.B) {
	tg := temporal.New()
	type doc struct {
		text string
		dct  model.Interval
	}
	var docs []doc
	total := 0
	for _, f := range corpusgen.Generate(1000, 1) {
		a, err := ingest.Parse(strings.TrimSuffix(f.Name, ".txt"), f.Name, f.Data)
		if err != nil {
			continue
		}
		docs = append(docs, doc{a.Text, a.Date.Interval})
		total += len(a.Text)
	}
	if len(docs) == 0 {
		b.Fatal("no generated articles")
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			tg.Tag(d.text, d.dct)
		}
	}
}
