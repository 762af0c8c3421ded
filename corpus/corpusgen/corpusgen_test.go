package corpusgen

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"chronik/corpus/ingest"
	"chronik/model"
)

func TestGenerateDeterministic(t *testing.T) {
	a, b := Generate(200, 7), Generate(200, 7)
	if len(a) != 200 {
		t.Fatalf("Generate(200) gave %d files", len(a))
	}
	names := map[string]bool{}
	for i := range a {
		if a[i].Name != b[i].Name || !bytes.Equal(a[i].Data, b[i].Data) {
			t.Fatalf("file %d differs between two runs with the same seed", i)
		}
		if names[a[i].Name] {
			t.Fatalf("name %s twice", a[i].Name)
		}
		names[a[i].Name] = true
	}
	if prefix := Generate(50, 7); !bytes.Equal(prefix[49].Data, a[49].Data) {
		t.Error("Generate(50) is not a prefix of Generate(200)")
	}
	other := Generate(200, 8)
	same := 0
	for i := range a {
		if bytes.Equal(a[i].Data, other[i].Data) {
			same++
		}
	}
	if same > 2 {
		t.Errorf("%d of 200 files equal under another seed", same)
	}
	if len(Generate(0, 1)) != 0 {
		t.Error("Generate(0) is not empty")
	}
}

func TestGeneratedArticlesParse(t *testing.T) {
	files := Generate(400, 1)
	var total int
	sources := map[model.DateSource]int{}
	years := map[int]bool{}
	kinds := map[model.BlockKind]bool{}
	for _, f := range files {
		total += len(f.Data)
		a, err := ingest.Parse(strings.TrimSuffix(f.Name, ".txt"), f.Name, f.Data)
		if err != nil {
			t.Fatalf("%s does not parse: %v", f.Name, err)
		}
		sources[a.Date.Source]++
		if a.Date.Interval.Valid() {
			y, _, _ := a.Date.Interval.Start.Date()
			years[y] = true
		}
		for _, b := range a.Blocks {
			kinds[b.Kind] = true
		}
	}
	if avg := total / len(files); avg < 3000 || avg > 6000 {
		t.Errorf("average size %d bytes, want about 4 KB", avg)
	}
	if sources[model.DateFromHeader] < 100 || sources[model.DateUnknown] < 100 || sources[model.DateFromFrontMatter] == 0 {
		t.Errorf("date sources %v: want many with and many without a header, and some front matter", sources)
	}
	if len(years) < 5 {
		t.Errorf("header years %v: want dates shifted over several years", years)
	}
	for _, k := range []model.BlockKind{model.BlockTitle, model.BlockKicker, model.BlockTeaser, model.BlockHeading,
		model.BlockParagraph, model.BlockByline, model.BlockCaption, model.BlockCredit, model.BlockEmbed} {
		if !kinds[k] {
			t.Errorf("no %s block in the generated corpus", k)
		}
	}
}

func TestShiftDates(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	tests := []struct{ in, want string }{
		{"seit 2019 und 2024", "seit 2021 und 2026"},
		{"im Jahr 1989 und 2031", "im Jahr 1989 und 2031"},
		{"49% von 157 Mrd. Dollar, 2024,5 und 2024.5", "49% von 157 Mrd. Dollar, 2024,5 und 2024.5"},
		{"B2019 oder 2019er", "B2019 oder 2019er"},
		{"December 19, 2024", "December 19, 2026"},
	}
	for _, tt := range tests {
		if got := string(shiftDates(nil, tt.in, 2, rng)); got != tt.want {
			t.Errorf("shiftDates(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	got := string(shiftDates(nil, "am 6. Januar 2021 und (18. Dezember), am 3. Mai", 0, rng))
	var d1, d2, d3 int
	if n, err := fmt.Sscanf(got, "am %d. Januar 2021 und (%d. Dezember), am %d. Mai", &d1, &d2, &d3); n != 3 || err != nil {
		t.Fatalf("shiftDates day numbers: %q (%v)", got, err)
	}
	for _, d := range []int{d1, d2, d3} {
		if d < 1 || d > 28 {
			t.Errorf("day %d out of 1..28 in %q", d, got)
		}
	}
}

func TestWriteDir(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "gen")
	if err := WriteDir(dir, 30, 3); err != nil {
		t.Fatal(err)
	}
	entries, err := os.ReadDir(dir)
	if err != nil || len(entries) != 30 {
		t.Fatalf("WriteDir wrote %d files (%v), want 30", len(entries), err)
	}
	arts, errs := ingest.LoadPaths([]string{dir})
	if len(arts) != 30 || len(errs) != 0 {
		t.Errorf("loading the written corpus: %d articles, errors %v", len(arts), errs)
	}
}

func BenchmarkGenerate(b *testing.B) {
	loadSeeds()
	for b.Loop() {
		files := Generate(10000, 1)
		if len(files) != 10000 {
			b.Fatal("wrong count")
		}
	}
}
