package temporal_test

import (
	"io/fs"
	"strings"
	"testing"

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
