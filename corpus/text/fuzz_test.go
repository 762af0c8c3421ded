package text

import (
	"testing"
	"unicode/utf8"
)

// FuzzAnalyse checks that any text gives tokens in order, inside the text,
// with sentence and clause indexes in range.
func FuzzAnalyse(f *testing.F) {
	for _, s := range []string{"", "Die Parteien einigen sich.", "„Ja“, sagte er: 2,5 % – 1:0 (90er).\n\nStimmen?", "\xff\xfe a", "…•"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := Analyse(s, nil)
		d.SplitClauses()
		prev := int32(0)
		for i, tok := range d.Tokens {
			if tok.Start < prev || tok.End <= tok.Start || int(tok.End) > len(s) {
				t.Fatalf("token %d at %d–%d after %d in %d bytes", i, tok.Start, tok.End, prev, len(s))
			}
			prev = tok.End
			if c := d.ClauseOf(i); int(tok.Sentence) >= len(d.Sentences) || c < 0 || c >= len(d.Clauses) || d.Clauses[c].Sentence != int(tok.Sentence) {
				t.Fatalf("token %d: sentence %d of %d, clause %d of %d", i, tok.Sentence, len(d.Sentences), c, len(d.Clauses))
			}
			d.Lemma(i)
			// code-point offsets match the bytes
			if cs, ce := d.CodePoints(i); cs != utf8.RuneCountInString(s[:tok.Start]) || ce != utf8.RuneCountInString(s[:tok.End]) {
				t.Fatalf("token %d: code points %d–%d", i, cs, ce)
			}
		}
	})
}

// FuzzLower checks that every word's Lower is the lower-case of its text
// (punctuation keeps its bytes, even invalid UTF-8), and that every
// token's Hash is that of its Lower.
func FuzzLower(f *testing.F) {
	for _, s := range []string{"Über ÄRGER", "US-Wahl 90er-JAHRE", "straße STRASSE ẞ", "ẞA Über \u212aelvin İSTANBUL ẞẞ Ⱥb"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := Analyse(s, nil)
		for i, tok := range d.Tokens {
			w := d.Word(i)
			want := string(AppendLower(nil, w))
			if tok.Kind == Punct || tok.Kind == Num {
				want = w
			}
			if d.Lower(i) != want {
				t.Fatalf("token %q: Lower %q", w, d.Lower(i))
			}
			if d.Hash(i) != Hash(want) {
				t.Fatalf("token %q: Hash %d, want %d", w, d.Hash(i), Hash(want))
			}
		}
		d.Release()
	})
}
