package events

import (
	"reflect"
	"testing"

	"chronik/corpus/text"
)

// tokenize gives a span the same tokens from whatever layer token it is
// told to look from: before the span, at it, inside it, after it, or out
// of range.
func TestTokenizeFromAnyToken(t *testing.T) {
	doc := text.Analyse("Der US-Präsident traf am 5. Mai Jeff Bezos. Das Spiel endete 2:1 – „ein Erfolg“. Danach Mar-a-Lago.", nil)
	defer doc.Release()
	for _, sn := range doc.Sentences {
		start, end := sn.Start, sn.End
		want, next := tokenize(nil, doc, start, end, -1)
		if next != sn.Last {
			t.Errorf("span %d–%d: next %d, want %d", start, end, next, sn.Last)
		}
		for _, from := range []int{0, 1, sn.First, sn.First + 1, sn.Last, sn.Last + 3, len(doc.Tokens), len(doc.Tokens) + 5} {
			got, gotNext := tokenize(nil, doc, start, end, from)
			if !reflect.DeepEqual(got, want) || gotNext != next {
				t.Errorf("span %d–%d from %d: %d tokens, next %d; want %d, %d", start, end, from, len(got), gotNext, len(want), next)
			}
		}
	}
}
