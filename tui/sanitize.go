package tui

import (
	"strings"
	"unicode/utf8"
)

// clean makes untrusted text safe to draw on one row of a terminal. The
// corpus already replaces control characters at ingest, but the TUI draws
// whatever a Timeline holds, so it does not rely on that: every C0 and C1
// control character (ESC above all, which starts CSI, OSC and DCS
// sequences) becomes a visible control picture ("␛"), so a sequence in an
// article shows as text and does nothing; bidirectional overrides, which
// can reorder what the reader sees, are dropped; invalid UTF-8 becomes
// U+FFFD; tabs and newlines become spaces.
func clean(s string) string {
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
		case isBidiControl(r):
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func isPlainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7f {
			return false
		}
	}
	return true
}

// isBidiControl reports the explicit bidirectional formatting characters
// (embeddings, overrides, isolates), the "Trojan Source" characters.
func isBidiControl(r rune) bool {
	return (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069) || r == 0x200e || r == 0x200f || r == 0x061c
}
