package events

import (
	"slices"
	"strings"
	"testing"

	"chronik/corpus/text"
)

// The table of declined participles answers as stripping an adjective
// ending and reading the stem's participles does: for every verb form
// with every ending (and one more letter), and for words that are none.
func TestAttributiveAsStripped(t *testing.T) {
	lx := loadLexicon()
	stripped := func(lower string) ([]verbForm, bool) {
		for _, e := range adjectiveEndings {
			stem, ok := strings.CutSuffix(lower, e)
			if !ok {
				continue
			}
			var out []verbForm
			for _, f := range lx.verbs[stem] {
				if f.tense == tenseParticiple && f.particle == "" {
					out = append(out, f)
				}
			}
			if len(out) > 0 {
				return out, true
			}
		}
		return nil, false
	}
	words := []string{"", "e", "en", "haus", "getroffenen", "veröffentlichten", "berufene"}
	for form := range lx.verbs {
		words = append(words, form)
		for _, e := range adjectiveEndings {
			words = append(words, form+e, form+e+"n", form+e+"s")
		}
	}
	found := 0
	for _, w := range words {
		want, wantOK := stripped(w)
		got, ok := lx.attributive(w, text.Hash(w))
		if ok != wantOK || !slices.Equal(got, want) {
			t.Errorf("attributive(%q) = %v %v, want %v %v", w, got, ok, want, wantOK)
		}
		if ok {
			found++
		}
	}
	if found == 0 {
		t.Error("no declined participle found")
	}
}

// A word ends like a compound head only when the tail filter lets it
// through: every head passes its own filter.
func TestTailFilterHasHeads(t *testing.T) {
	lx := loadLexicon()
	for h := range lx.heads {
		if b := tailBit(tail3(h)); lx.tailFilter[b/64]&(1<<(b%64)) == 0 {
			t.Errorf("head %q is filtered out", h)
		}
		if id, ok := lx.compound("xyz" + h); id != lx.heads[h] && ok {
			t.Errorf("compound xyz%s = %d, want head %d", h, id, lx.heads[h])
		}
	}
}
