package ingest

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestClean(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain text unchanged", "Trump traf Musk.\n\tEnde.", "Trump traf Musk.\n\tEnde."},
		{"CSI colour sequence", "Rot: \x1b[31mAlarm\x1b[0m!", "Rot:  [31mAlarm [0m!"},
		{"OSC title sequence", "\x1b]0;pwned\x07Text", " ]0;pwned Text"},
		{"C1 controls", "a\u0085b\u009bc\u0080", "a b c "},
		{"byte-order mark", "\ufeffDatum", " Datum"},
		{"CRLF line ends", "Zeile eins\r\nZeile zwei\r\n", "Zeile eins \nZeile zwei \n"},
		{"other C0 and DEL", "Ein etwas längerer Text mit Steuerzeichen: a\x01b\x7fc\fd\ve\bf", "Ein etwas längerer Text mit Steuerzeichen: a b c d e f"},
		{"no-break space stays", "100\u00a0Mrd.", "100\u00a0Mrd."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Clean([]byte(tt.in))
			if err != nil {
				t.Fatalf("Clean(%q): %v", tt.in, err)
			}
			if got != tt.want {
				t.Errorf("Clean(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if utf8.RuneCountInString(got) != utf8.RuneCountInString(tt.in) {
				t.Errorf("Clean(%q) changed the number of code points", tt.in)
			}
		})
	}
}

func TestCleanRejects(t *testing.T) {
	binary := make([]byte, 2000)
	for i := range binary {
		binary[i] = byte(i*7 + 1) // no NUL, mostly not text
		if binary[i] == 0 {
			binary[i] = 1
		}
	}
	latin1 := []byte("Gr\xfc\xdfe aus M\xfcnchen, sch\xf6ne Gr\xfc\xdfe und viel Text danach, der ganz normal ist.")
	tests := []struct {
		name string
		in   []byte
		want string
	}{
		{"empty", nil, "empty"},
		{"white space only", []byte(" \n\t\r\n"), "empty (only white space)"},
		{"controls only", []byte("\x1b\x1b"), "empty (only white space)"},
		{"NUL byte", []byte("Text\x00mehr Text"), "binary data"},
		{"mostly not text", binary, "binary data"},
		{"UTF-8 broken by a Latin-1 letter", append([]byte("Grüße aus "), latin1...), "not UTF-8 (invalid byte at offset 14)"},
		{"invalid byte late", []byte("Grüße. " + strings.Repeat("Text. ", 200) + "\xff"), "not UTF-8 (invalid byte at offset 1209)"},
		{"truncated sequence", []byte("Grüße, Ende \xc3"), "not UTF-8 (invalid byte at offset 14)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Clean(tt.in)
			if err == nil || err.Error() != tt.want {
				t.Errorf("Clean = %v, want error %q", err, tt.want)
			}
		})
	}
	// Text without a UTF-8 sequence is Windows-1252: Latin-1's letters,
	// typographic quotes and dashes; one byte is one code point.
	text, err := Clean(append(latin1, " \x84Zitat\x93 \x96 \x80"...))
	if want := "Grüße aus München, schöne Grüße und viel Text danach, der ganz normal ist. „Zitat“ – €"; err != nil || text != want {
		t.Errorf("Clean(Windows-1252) = %q, %v, want %q", text, err, want)
	}
}

// TestFirstControl puts each kind of character Clean replaces at every
// offset of a text that also holds bytes it keeps (line feed, tab, "«",
// "ï"), in and out of the eight-byte words firstControl tests at once.
func TestFirstControl(t *testing.T) {
	kept := "Zeile\n«Ja»\tï und noch ein paar Wörter"
	if i := firstControl([]byte(kept)); i != -1 {
		t.Fatalf("firstControl of a clean text = %d", i)
	}
	for _, c := range []string{"\x00", "\x1b", "\x7f", "\u0085", "\ufeff"} {
		for at := 0; at <= len(kept); at++ {
			if !utf8.RuneStart(kept[min(at, len(kept)-1)]) && at < len(kept) {
				continue
			}
			s := kept[:at] + c + kept[at:]
			if i := firstControl([]byte(s)); i != at {
				t.Errorf("%q at %d: firstControl = %d", c, at, i)
			}
		}
	}
}
