package events

import (
	"slices"
	"strings"
	"testing"

	"chronik/corpus/text"
)

// The memo answers as the lexicon does, the second time as the first,
// also when words share an entry (memoSize words more than it holds) or
// are too long to keep.
func TestWordMemo(t *testing.T) {
	lx := loadLexicon()
	words := []string{"kartellklage", "vereinigung", "lehrervereinigung", "xyzabc", "getroffenen", "verkauften",
		"haus", "", strings.Repeat("kartell", 5) + "klage"}
	for i := range memoSize + 10 {
		words = append(words, "wort"+strings.Repeat("e", i%7)+string(rune('a'+i%26))+string(rune('a'+i/26%26)))
	}
	var memo wordMemo
	for round := range 2 {
		for _, w := range words {
			h := text.Hash(w)
			wantID, ok := lx.noun(w)
			want := int32(0)
			if ok {
				want = int32(wantID) + 1
			}
			if got := memo.noun(lx, w, h); got != want {
				t.Errorf("round %d: noun(%q) = %d, want %d", round, w, got, want)
			}
			wantForms, wantAttrib := lx.attributive(w)
			forms, attrib := memo.attributive(lx, w, h)
			if attrib != wantAttrib || !slices.Equal(forms, wantForms) {
				t.Errorf("round %d: attributive(%q) = %v %v, want %v %v", round, w, forms, attrib, wantForms, wantAttrib)
			}
		}
	}
}
