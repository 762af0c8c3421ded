package evaluation

import (
	"path/filepath"
	"strings"
	"testing"
)

func TestSDDraw(t *testing.T) {
	var docs []SDDoc
	for i := range 30 {
		src, text := "news", strings.Repeat("x", 10+i)
		switch i % 3 {
		case 1:
			src = "tweet"
		case 2:
			text = "kurz"
		}
		docs = append(docs, SDDoc{ID: string(rune('a' + i)), Source: src, Text: text})
	}
	sel := SDSelection{Seed: 5, MinBytes: 10, MaxBytes: 100, Splits: []Split{{"a", 4, Annotated}, {"b", 3, Annotated}}}
	got := sel.Draw(docs)
	again := sel.Draw(docs)
	if len(got) != 7 || got[0].Split != "a" || got[6].Split != "b" {
		t.Fatalf("got %+v", got)
	}
	seen := map[int]bool{}
	for i, d := range got {
		if d.Line != again[i].Line || d.Split != again[i].Split {
			t.Errorf("draw %d differs between two draws", i)
		}
		if d.Doc.Source != "news" || len(d.Doc.Text) < 10 || docs[d.Line-1].ID != d.Doc.ID || seen[d.Line] {
			t.Errorf("draw %d: %+v", i, d)
		}
		seen[d.Line] = true
	}
	sel.Splits = []Split{{"a", 20, Annotated}}
	if n := len(sel.Draw(docs)); n != 10 {
		t.Errorf("short draw: %d documents, want the 10 candidates", n)
	}
}

// TestSmartDataGold checks the annotations of the SmartData draw
// (testdata/smartdata/sdtrain.json) against the data: the documents are
// those selection.tsv lists, in its order, each the text annotated, each
// trigger where its offsets say, each date one the scorer reads.
func TestSmartDataGold(t *testing.T) {
	docs, err := ReadSmartData(requireData(t, "smartdata/smartdata-v1-train.json.gz"))
	if err != nil {
		t.Fatal(err)
	}
	gold, err := ReadGold(filepath.Join("testdata", "smartdata", "sdtrain.json"))
	if err != nil {
		t.Fatal(err)
	}
	drawn := DefaultSDSelection.Draw(docs)
	if len(drawn) != len(gold.Articles) {
		t.Fatalf("%d documents annotated, %d drawn", len(gold.Articles), len(drawn))
	}
	events := 0
	for i, a := range gold.Articles {
		if a.Line != drawn[i].Line {
			t.Errorf("document %d: line %d, the draw's is %d", i, a.Line, drawn[i].Line)
			continue
		}
		if err := a.Check(drawn[i].Doc.Text); err != nil {
			t.Error(err)
		}
		for _, e := range a.Events {
			events++
			if _, err := ParseInterval(e.Date); err != nil {
				t.Errorf("line %d, event %s: %v", a.Line, e.ID, err)
			}
		}
	}
	t.Logf("%d documents, %d events", len(gold.Articles), events)
}
