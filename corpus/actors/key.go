package actors

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// normKey lower-cases a name, drops blanks and hyphens and the marks of
// letters other than German umlauts, so that "Space X", "Space-X" and
// "SpaceX" compare equal, and so do "Erdoğan" and "Erdogan", "Orbán" and
// "Orban" (articles write foreign names with their marks or without). A
// name that is its own key ("softbank") comes back as it is; any other
// costs one allocation (the result), where strings.ToLower and a builder
// cost two or more. Callers that see the same names again keep them in a
// keyTable.
func normKey(s string) string {
	if isKey(s) {
		return s
	}
	var buf [64]byte
	return string(appendNormKey(buf[:0], s))
}

// isKey reports whether s is already its own key: no capital, blank or
// hyphen, and valid UTF-8 (strings.ToLower would replace invalid bytes).
func isKey(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c == ' ' || c == '-' || 'A' <= c && c <= 'Z' {
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 || unicode.ToLower(r) != r {
			return false
		}
		if _, ok := plainLetter(r); ok {
			return false
		}
		i += n
	}
	return true
}

// plainLetter returns the letter a lower-case Latin letter with a mark
// stands for in a name's key ("ş": "s", "ł": "l"), and false for any
// other rune and for the German umlauts and "ß", which German spells
// apart ("Müller" is no "Muller").
func plainLetter(r rune) (rune, bool) {
	switch r {
	case 'ä', 'ö', 'ü', 'ß':
		return r, false
	case 'ı':
		return 'i', true
	case 'ł':
		return 'l', true
	case 'đ':
		return 'd', true
	case 'ø':
		return 'o', true
	}
	if r < 0xc0 || r >= 0x250 {
		return r, false // outside the Latin letters with marks
	}
	var buf [8]byte
	d := norm.NFD.AppendString(buf[:0], string(r))
	if len(d) > 1 && d[0] < utf8.RuneSelf && 'a' <= d[0] && d[0] <= 'z' {
		return rune(d[0]), true
	}
	return r, false
}

// appendNormKey appends the key of s (see normKey) to b: the runes of
// strings.ToLower(s) without blanks and hyphens, marks dropped
// (plainLetter).
func appendNormKey(b []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ' || c == '-':
			case 'A' <= c && c <= 'Z':
				b = append(b, c+'a'-'A')
			default:
				b = append(b, c)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		r = unicode.ToLower(r)
		if p, ok := plainLetter(r); ok {
			r = p
		}
		b = utf8.AppendRune(b, r)
		i += n
	}
	return b
}

// keyTable remembers the key of each name it was asked about: a corpus
// names the same actors again and again, and a map lookup by the name
// allocates nothing.
type keyTable map[string]string

func (t keyTable) key(name string) string {
	if k, ok := t[name]; ok {
		return k
	}
	k := normKey(name)
	t[name] = k
	return k
}
