package ner

import (
	"slices"
	"testing"

	"chronik/corpus/text"
)

// The words joined from the text layer's tokens are Tokenize's, on any
// text and any segments (a segment may cut a token of the layer).
func FuzzLayerWords(f *testing.F) {
	for _, s := range []string{
		"Die SPD-Chefin sagte: „Nein.“", "O'Brien, H&M und z.B. 3.5 Mrd.", "Donald J. Trump auf X.",
		"Bezos‘ Firma", "a--b -x- ", "1990er-Jahre, 4-jährige, 3-b, COVID-19", "e\u0301t\u00e9 \u0663\u0664x",
		"a\vb\fc\u00a0d\u2003e", "J.\tTrump J. trump É. Macron", "x-\xffy ’s a’b", "3.-4. Mai", "",
	} {
		f.Add(s, 0, 0)
		f.Add(s, len(s)/2, len(s)/3)
	}
	f.Fuzz(func(t *testing.T, s string, cut1, cut2 int) {
		doc := text.Analyse(s, nil)
		defer doc.Release()
		cuts := []int{0, len(s)}
		for _, c := range []int{cut1, cut2} {
			if c > 0 && c < len(s) {
				cuts = append(cuts, c)
			}
		}
		slices.Sort(cuts)
		next := 0 // as DocumentOnLayer goes from one segment to the next
		for i := 1; i < len(cuts); i++ {
			seg := [2]int{cuts[i-1], cuts[i]}
			if seg[0] == seg[1] {
				continue
			}
			want := appendWords(nil, s, seg)
			var got []Token
			if got, next = appendLayerWords(nil, s, doc.Tokens, seg, next); !slices.Equal(got, want) {
				t.Fatalf("%q segment %v: from the layer %v, Tokenize %v", s, seg, got, want)
			}
			// The same segment again: the search goes back.
			if again, _ := appendLayerWords(nil, s, doc.Tokens, seg, next); !slices.Equal(again, want) {
				t.Fatalf("%q segment %v again: from the layer %v, Tokenize %v", s, seg, again, want)
			}
		}
	})
}
