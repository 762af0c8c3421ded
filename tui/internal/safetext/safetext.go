// Package safetext is the one sanitiser for untrusted text on its way to a
// terminal. The explorer (package tui) and the plain-text writer (package
// tui/plain: `chronik events`, `chronik` into a pipe, SSH without a PTY)
// both pass every string from a Timeline through Line, so the two paths
// drop and replace exactly the same characters.
//
// The corpus already turns control characters into spaces when it reads a
// file, but a Timeline can be built by anyone, so the output side does not
// rely on that.
package safetext

import (
	"strings"
	"unicode/utf8"
)

// Line makes untrusted text safe to print on one line of a terminal:
//
//   - every C0 control character (ESC above all, which starts CSI, OSC and
//     DCS sequences) becomes its visible control picture ("␛"), and DEL
//     becomes "␡", so a sequence in an article shows as text and does
//     nothing;
//   - tab, newline and carriage return become a space;
//   - C1 control characters (U+0080–U+009F, which some terminals read as
//     CSI and OSC) and invalid UTF-8 become U+FFFD;
//   - the bidirectional formatting characters — embeddings and overrides
//     U+202A–U+202E, isolates U+2066–U+2069, and the marks U+200E, U+200F
//     and U+061C — are dropped: they reorder what the reader sees
//     ("Trojan Source") and draw nothing themselves.
//
// Plain printable ASCII comes back unchanged without allocating.
func Line(s string) string {
	if isPlainASCII(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == utf8.RuneError && size == 1:
			b.WriteRune(utf8.RuneError)
		case r == '\t' || r == '\n' || r == '\r':
			b.WriteByte(' ')
		case r < 0x20:
			b.WriteRune(0x2400 + r) // U+2400.. Control Pictures: ␀ ␁ … ␛ …
		case r == 0x7f:
			b.WriteRune('␡')
		case r >= 0x80 && r < 0xa0:
			b.WriteRune(utf8.RuneError)
		case IsBidiControl(r):
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Unsafe reports whether r would do something other than draw itself on a
// terminal: what Line never lets through.
func Unsafe(r rune) bool {
	return r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) || IsBidiControl(r)
}

func isPlainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7f {
			return false
		}
	}
	return true
}

// IsBidiControl reports the explicit bidirectional formatting characters:
// embeddings and overrides (U+202A–U+202E), isolates (U+2066–U+2069) and
// the directional marks (U+200E, U+200F, U+061C).
func IsBidiControl(r rune) bool {
	return (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069) || r == 0x200e || r == 0x200f || r == 0x061c
}
