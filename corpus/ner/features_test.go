package ner

import (
	"slices"
	"strings"
	"testing"
)

// The tagger sums a word's context features in parts (pairFeatures and
// neighbourFeatures per role); together they must be exactly the keys
// that training reads (contextFeatures), or tagging would score with
// other features than the weights learnt.
func TestContextFeaturesInParts(t *testing.T) {
	gaz := func(w string) uint32 {
		var g uint32
		if strings.HasPrefix(w, "M") {
			g |= 1
		}
		if strings.HasSuffix(w, "s") {
			g |= 1 << 5
		}
		if len(w) > 6 {
			g |= 1 << 31
		}
		return g
	}
	tests := []struct {
		words string
		hints []Span // word index ranges
	}{
		{"Angela", nil},
		{"der Rat tagte in Berlin .", nil},
		{"Musks Firma SpaceX startet am 3. Mai", []Span{{0, 1, PER}, {2, 3, ORG}}},
		{"und dann von für mit", nil},
		{"die Vereinten Nationen und die EU-Kommission", []Span{{1, 3, ORG}}},
		{"Bezos’ Blue Origin", []Span{{1, 3, OTH}}},
	}
	for _, tc := range tests {
		words := strings.Fields(tc.words)
		ws := make([]wordAttrs, len(words))
		for i, w := range words {
			ws[i] = attrs(w, gaz)
		}
		setHints(ws, wordTokens(len(words)), tc.hints)
		for i := range ws {
			for _, reduced := range []bool{false, true} {
				want := contextFeatures(ws, i, reduced, nil)
				got := pairFeatures(ws, i, reduced, nil)
				for role, k := range []int{i - 1, i + 1, i - 2, i + 2} {
					got = neighbourFeatures(neighbour(ws, k), role, reduced, got)
				}
				slices.Sort(want)
				slices.Sort(got)
				if !slices.Equal(got, want) {
					t.Errorf("%q word %d reduced %v: parts give %d keys %x, want %d %x", tc.words, i, reduced, len(got), got, len(want), want)
				}
			}
		}
	}
}
