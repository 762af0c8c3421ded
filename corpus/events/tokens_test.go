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

// A forbidSet forbids its words, the compounds that end in a long one or
// in one marked "+",
// a capitalised word in -n or -en after one (a noun's plural), and a
// score for "#score"; nothing else.
func TestForbidSet(t *testing.T) {
	f := newForbidSet([]string{"hart", "entscheidung", "aussage", "+brand", "#score"})
	word := func(w string, upper bool) *token {
		lower := text.Lower(w)
		return &token{text: w, lower: lower, hash: text.Hash(lower), upper: upper}
	}
	for _, tt := range []struct {
		w     string
		upper bool
		want  bool
	}{
		{"hart", false, true},
		{"Entscheidung", true, true},
		{"Personalentscheidung", true, true}, // a compound of a long word
		{"Aussagen", true, true},             // a noun's plural
		{"aussagen", false, false},           // a verb, not the plural
		{"Aussageverweigerung", true, false}, // "aussage" is too short to forbid its compounds
		{"Harten", true, true},               // a capitalised word in -en is read as a plural
		{"Hartes", true, false},
		{"2:1", false, true},
		{"Treffen", true, false},
		{"Brand", true, true},
		{"Waldbrand", true, true}, // a short word marked "+" forbids its compounds
		{"Brandung", true, false},
	} {
		if got := f.has(word(tt.w, tt.upper)); got != tt.want {
			t.Errorf("%q forbidden: %v, want %v", tt.w, got, tt.want)
		}
	}
}

// TestShoutedShortcut checks that shouted's inlined test of the second
// byte says what the count of its letters says.
func TestShoutedShortcut(t *testing.T) {
	parts := []string{"", "a", "A", "ä", "Ä", "1", "-", "\xc3", "\x84", "ß", "z"}
	for _, a := range parts {
		for _, b := range parts {
			for _, c := range parts {
				if w := a + b + c; shouted(w) != shoutedLetters(w) {
					t.Errorf("shouted(%q) = %v, its letters say %v", w, shouted(w), shoutedLetters(w))
				}
			}
		}
	}
}
