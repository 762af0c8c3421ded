package ingest

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// lengthCase is a text in, the text a pass that keeps a text's length
// in code points makes of it, and the case's name.
type lengthCase struct{ name, in, want string }

// checkKeepsLength runs pass, named name, on each case: its text, and as
// many code points as it was given.
func checkKeepsLength(t *testing.T, name string, pass func(string) string, cases []lengthCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			got := pass(tt.in)
			if got != tt.want {
				t.Errorf("%s(%q) = %q, want %q", name, tt.in, got, tt.want)
			}
			if utf8.RuneCountInString(got) != utf8.RuneCountInString(tt.in) {
				t.Errorf("%s(%q): %d code points, want %d", name, tt.in, utf8.RuneCountInString(got), utf8.RuneCountInString(tt.in))
			}
		})
	}
}

func TestJoinWords(t *testing.T) {
	checkKeepsLength(t, "JoinWords", JoinWords, []lengthCase{
		{"no invisible character", "Die Regierung tagt.", "Die Regierung tagt."},
		{"a soft hyphen inside a word", "Die Bundes\u00adregierung tagt.", "Die Bundesregierung  tagt."},
		{"before a full stop", "Sie strich Ar\u00adbeits\u00adplätze.\nDann", "Sie strich Arbeitsplätze.  \nDann"},
		{"at the end of the text", "Ar\u00adbeit", "Arbeit "},
		{"a zero-width space and a word joiner", "Kor\u200bber und Vel\u2060mark", "Korber  und Velmark "},
		{"after quotes and dashes", "„Velmark“ – Kor\u200bber", "„Velmark“ – Korber "},
		{"a soft hyphen after a zero-width space", "Vel\u200bmark Kor\u00adber", "Velmark  Korber "},
		{"a soft hyphen between words", "Und \u00adNicolas", "Und  Nicolas"},
		{"a bidirectional override", "Name: \u202eabc\u202c.", "Name:  abc ."},
		{"a bidirectional mark inside a word", "Vel\u200emark AG", "Velmark  AG"},
		{"a joiner between emoji stays", "Familie \U0001F468\u200d\U0001F469 heute", "Familie \U0001F468\u200d\U0001F469 heute"},
		{"a joiner inside a word goes", "Vel\u200dmark", "Velmark "},
	})
}

// A word a web page hyphenated invisibly reads as the word in the
// article, and its sentences where they were.
func TestParseJoinsHyphenatedWords(t *testing.T) {
	a, err := Parse("a", "a.txt", []byte("date: 2024-03-01\n\nSiemens streicht Stellen\n\nDie Bundes\u00adregierung hat am Montag zwei Mi\u00adnister entlassen. Der Rest blieb."))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(strings.Join(strings.Fields(a.Text), " "), "Die Bundesregierung hat am Montag zwei Minister entlassen.") {
		t.Errorf("text %q: the hyphenated words not joined", a.Text)
	}
	if strings.ContainsRune(a.Text, '\u00ad') {
		t.Errorf("text %q keeps a soft hyphen", a.Text)
	}
}

// FuzzJoinWords: JoinWords keeps the number of code points (offsets after
// a word stay where they were), leaves no character it takes out of words
// inside one, and changes nothing the second time.
func FuzzJoinWords(f *testing.F) {
	for _, s := range []string{"Bundes\u00adregierung tagt.", "a\u200b\u200bb c", "\u202e x", "Vel\u200dmark", "\U0001F468\u200d\U0001F469", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		got := JoinWords(s)
		if utf8.RuneCountInString(got) != utf8.RuneCountInString(s) {
			t.Fatalf("JoinWords(%q) = %q: %d code points, want %d", s, got, utf8.RuneCountInString(got), utf8.RuneCountInString(s))
		}
		for i, r := range got {
			if hidden, _ := invisible(r); hidden && wordCharBefore(got, i) && wordCharAfter(got, i+utf8.RuneLen(r)) {
				t.Fatalf("JoinWords(%q) = %q keeps %U inside a word", s, got, r)
			}
		}
		if again := JoinWords(got); again != got {
			t.Fatalf("JoinWords not stable: %q, then %q", got, again)
		}
	})
}

func TestDecodeEntities(t *testing.T) {
	checkKeepsLength(t, "DecodeEntities", DecodeEntities, []lengthCase{
		{"none", "AT&T kauft", "AT&T kauft"},
		{"a name's ampersand", "Siemens &amp; Halske streicht", "Siemens &     Halske streicht"},
		{"quotes around a name", "das Projekt &quot;Korvex&quot; scharf", "das Projekt \"Korvex\"" + strings.Repeat(" ", 11) + "scharf"},
		{"numeric, decimal and hex", "&#8222;X&#x201C;.", "„X“." + strings.Repeat(" ", 13)},
		{"a soft hyphen by name", "Bundes&shy;regierung", "Bundes\u00adregierung    "},
		{"no reference without its semicolon", "&amp Halske", "&amp Halske"},
		{"an unknown name stays", "&foo; bar", "&foo; bar"},
		{"no control character", "&#27;[31m &#x1b; &#127; &#133; &#xfeff; &#10; &#0;", "&#27;[31m &#x1b; &#127; …      &#xfeff; &#10; &#0;"},
	})
}

// FuzzDecodeEntities: DecodeEntities keeps the number of code points and
// makes no control character.
func FuzzDecodeEntities(f *testing.F) {
	for _, s := range []string{"&amp;", "&#8222;X&#x201C;.", "&#0;", "&#xD800;", "&;", "a&b;c d", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		got := DecodeEntities(s)
		if utf8.RuneCountInString(got) != utf8.RuneCountInString(s) {
			t.Fatalf("DecodeEntities(%q) = %q: %d code points, want %d", s, got, utf8.RuneCountInString(got), utf8.RuneCountInString(s))
		}
		if printable(s) && !printable(got) {
			t.Fatalf("DecodeEntities(%q) = %q makes a control character", s, got)
		}
	})
}
