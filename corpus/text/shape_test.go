package text

import (
	"slices"
	"strings"
	"testing"

	"chronik/model"
)

// sameDoc reports how a Doc rebuilt from a Shape differs from the one
// Analyse gave, or "".
func sameDoc(want, got *Doc) string {
	switch {
	case got.Text != want.Text:
		return "text"
	case !slices.Equal(got.Tokens, want.Tokens):
		return "tokens"
	case !slices.Equal(got.Sentences, want.Sentences):
		return "sentences"
	case got.lowerText != want.lowerText || !slices.Equal(got.oddLower, want.oddLower):
		return "lower-case forms"
	case len(got.Clauses) != 0 || len(got.classified) != len(want.classified) || slices.Contains(got.classified, true):
		return "stages"
	}
	return ""
}

func TestAnalyseShape(t *testing.T) {
	long := strings.Repeat("Donaudampfschifffahrtsgesellschaft", 5)
	text := "Titel\n\nÜber 90er-Jahre: Müller traf am 3. März 2025 ein.   " + long + "\t\t\t„Ja“ \u00a0 sagte ẞA İSTANBUL.\n" +
		strings.Repeat("1", 300) + "er " + strings.Repeat(" ", 200) + "Foto: dpa"
	credit := strings.Index(text, "Foto")
	for _, blocks := range [][]model.Block{
		nil,
		{{Kind: model.BlockTitle, Start: 0, End: 5}, {Kind: model.BlockParagraph, Start: 7, End: credit - 1}, {Kind: model.BlockCredit, Start: credit, End: len(text) - 3}},
	} {
		want := Analyse(text, blocks)
		want.Classify(0)
		s := want.Shape()
		got := AnalyseShape(text, s)
		fresh := Analyse(text, blocks)
		if diff := sameDoc(fresh, got); diff != "" {
			t.Errorf("blocks %v: the Doc of the Shape differs in its %s", blocks, diff)
		}
		if diff := sameClasses(fresh, got, want); diff != "" {
			t.Errorf("blocks %v: %s", blocks, diff)
		}
	}
}

// sameClasses reports how the word classes of got, rebuilt from the Shape
// of classified, differ from those of fresh, a Doc of the same text
// Analyse gave, or "": the Shape keeps what the lexicon gave classified's
// words.
func sameClasses(fresh, got, classified *Doc) string {
	if !slices.Equal(got.lexed, classified.lexed) {
		return "the lexicon's answers are not the Shape's"
	}
	fresh.ClassifyAll()
	got.ClassifyAll()
	if !slices.Equal(got.Tokens, fresh.Tokens) {
		return "the classes differ"
	}
	return ""
}

// FuzzShape checks that AnalyseShape of any text's Shape is the Doc
// Analyse gives.
func FuzzShape(f *testing.F) {
	for _, s := range []string{"", "Die Parteien einigen sich.", "„Ja“, sagte er: 2,5 % – 1:0 (90er).\n\nStimmen?", "\xff\xfe a", "…•", "straße STRASSE ẞ      x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := Analyse(s, nil)
		if diff := sameDoc(want, AnalyseShape(s, want.Shape())); diff != "" {
			t.Fatalf("the Doc of the Shape differs in its %s", diff)
		}
		if len(want.Sentences) > 0 {
			want.Classify(0)
			if diff := sameClasses(Analyse(s, nil), AnalyseShape(s, want.Shape()), want); diff != "" {
				t.Fatal(diff)
			}
		}
	})
}

// A lexEntry gives back the classes and verb forms it was made of, and
// is never 0 (not looked up) once made.
func TestLexEntry(t *testing.T) {
	for c := range Class(Name << 1) {
		for v := range VerbForm(Respelled << 1) {
			e := newLexEntry(c, v)
			if gc, gv := e.classes(); gc != c || gv != v || e == 0 {
				t.Fatalf("%v, %v: %v, %v", c, v, gc, gv)
			}
		}
	}
}
