package actors

import (
	"unicode"
	"unicode/utf8"
)

// normKey lower-cases a name and drops blanks and hyphens, so that "Space
// X", "Space-X" and "SpaceX" compare equal. A name that is its own key
// ("softbank") comes back as it is; any other costs one allocation (the
// result), where strings.ToLower and a builder cost two or more. Callers
// that see the same names again keep them in a keyTable.
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
		i += n
	}
	return true
}

// appendNormKey appends the key of s (see normKey) to b: the runes of
// strings.ToLower(s) without blanks and hyphens.
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
		b = utf8.AppendRune(b, unicode.ToLower(r))
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
