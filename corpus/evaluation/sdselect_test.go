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
	sel := Selection{Seed: 5, Categories: []string{"news"}, MinBytes: 10, MaxBytes: 100, Splits: []Split{{"a", 4, Annotated}, {"b", 3, Annotated}}}
	got := sel.Draw(SDArticles(docs), nil)
	again := sel.Draw(SDArticles(docs), nil)
	if len(got) != 7 || got[0].Split != "a" || got[6].Split != "b" {
		t.Fatalf("got %+v", got)
	}
	seen := map[int]bool{}
	for i, d := range got {
		if d.Line != again[i].Line || d.Split != again[i].Split {
			t.Errorf("draw %d differs between two draws", i)
		}
		if d.Category != "news" || len(d.Text) < 10 || docs[d.Line-1].Text != d.Text || docs[d.Line-1].Source != "news" || seen[d.Line] {
			t.Errorf("draw %d: %+v", i, d)
		}
		seen[d.Line] = true
	}
	sel.Splits = []Split{{"a", 20, Annotated}}
	if n := len(sel.Draw(SDArticles(docs), nil)); n != 10 {
		t.Errorf("short draw: %d documents, want the 10 candidates", n)
	}
}

// TestSmartDataGold checks the annotations of the SmartData draws
// (testdata/smartdata/SPLIT.json) against the data: the documents are
// those the draw gives, in its order, each the text annotated, each
// trigger where its offsets say, each date one the scorer reads.
func TestSmartDataGold(t *testing.T) {
	for _, c := range []struct {
		file string
		sel  Selection
	}{
		{"smartdata/smartdata-v1-train.json.gz", DefaultSDSelection},
		{"smartdata/smartdata-v1-test.json.gz", TestSDSelection},
	} {
		docs, err := ReadSmartData(requireData(t, c.file))
		if err != nil {
			t.Fatal(err)
		}
		drawn := c.sel.Draw(SDArticles(docs), nil)
		for _, sp := range c.sel.Splits {
			gold, err := ReadGold(filepath.Join("testdata", "smartdata", sp.Name+".json"))
			if err != nil {
				t.Errorf("split %s: %v", sp.Name, err)
				continue
			}
			var ofSplit []Drawn
			for _, d := range drawn {
				if d.Split == sp.Name {
					ofSplit = append(ofSplit, d)
				}
			}
			if len(ofSplit) != len(gold.Articles) {
				t.Errorf("split %s: %d documents annotated, %d drawn", sp.Name, len(gold.Articles), len(ofSplit))
				continue
			}
			events := 0
			for i, a := range gold.Articles {
				if a.Line != ofSplit[i].Line {
					t.Errorf("split %s, document %d: line %d, the draw's is %d", sp.Name, i, a.Line, ofSplit[i].Line)
					continue
				}
				if err := a.Check(ofSplit[i].Text); err != nil {
					t.Error(err)
				}
				for _, e := range a.Events {
					events++
					if _, err := ParseInterval(e.Date); err != nil {
						t.Errorf("line %d, event %s: %v", a.Line, e.ID, err)
					}
				}
			}
			t.Logf("split %s: %d documents, %d events", sp.Name, len(gold.Articles), events)
		}
	}
}
