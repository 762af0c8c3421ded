package safetext

import (
	"testing"
	"unicode/utf8"
)

func TestLine(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"plain text", "plain text"},
		{"Grüße", "Grüße"},
		{"a\tb\nc\rd", "a b c d"},
		{"\x1b[31mrot\x1b[0m", "␛[31mrot␛[0m"},
		{"\x1b]0;title\x07", "␛]0;title␇"},
		{"del\x7f", "del␡"},
		{"c1\u009b31m", "c1\ufffd31m"},
		{"bad\xff\xfe", "bad\ufffd\ufffd"},
		{"a\u202eb\u202ac\u202bd\u202ce\u202df", "abcdef"},
		{"a\u2066b\u2067c\u2068d\u2069e", "abcde"},
		{"a\u200eb\u200fc\u061cd", "abcd"},
		{"", ""},
	} {
		if got := Line(tt.in); got != tt.want {
			t.Errorf("Line(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestLineKeepsASCIIWithoutCopy(t *testing.T) {
	if n := testing.AllocsPerRun(10, func() { _ = Line("Treffen in Mar-a-Lago: Trump, Musk") }); n != 0 {
		t.Errorf("%v allocations for plain ASCII", n)
	}
}

func FuzzLine(f *testing.F) {
	for _, s := range []string{"", "abc", "\x1b[31m", "\xff\xfe", "a\tb\nc", "\u202ex", "\x9b", "\u2066x\u2069"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := Line(s)
		if !utf8.ValidString(out) {
			t.Fatalf("Line(%q) = %q is not UTF-8", s, out)
		}
		for _, r := range out {
			if Unsafe(r) {
				t.Fatalf("Line(%q) kept %U", s, r)
			}
		}
	})
}
