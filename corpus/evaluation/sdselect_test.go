package evaluation

import (
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
