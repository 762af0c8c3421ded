package ingest

import (
	"html"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Invisible format characters. Web pages hyphenate long German words
// with soft hyphens ("Bundes\u00adregierung") and break them with
// zero-width spaces; copied into a text file they split a word in two for
// every stage that reads words, so a name loses its end and a verb is
// not found, though the reader sees one word. Bidirectional controls
// reorder what a terminal shows.
//
// JoinWords takes each out of the word it stands in and puts a space
// for it where the word's run of non-space characters ends ("Ar\u00adbeit."
// becomes "Arbeit. "), so that the text keeps its length in code points
// and every offset outside that run stays the raw text's. Outside a word
// a soft hyphen, a zero-width space, a word joiner or a bidirectional
// control becomes a space; a zero-width joiner or non-joiner outside a
// word is left as it is (it joins emoji).

// invisible classifies rune r: hidden is a format character JoinWords
// removes from inside a word; spaced says that outside a word it becomes
// a space.
func invisible(r rune) (hidden, spaced bool) {
	switch {
	case r == '\u00ad', r == '\u200b', r == '\u2060', r == '\u200e', r == '\u200f',
		r >= '\u202a' && r <= '\u202e', r >= '\u2066' && r <= '\u2069':
		return true, true
	case r == '\u200c', r == '\u200d':
		return true, false
	}
	return false, false
}

// firstInvisible returns the byte offset of the first invisible format
// character of s, or -1. The soft hyphen is encoded as 0xC2 0xAD, the
// others start with 0xE2, which German text holds mostly in its quotes
// and dashes: both are searched for with the vectorised byte search, not
// byte by byte.
func firstInvisible(s string) int {
	limit := len(s)
	first := strings.Index(s, "\u00ad")
	if first >= 0 {
		limit = first
	}
	for i := 0; i < limit; i++ {
		j := strings.IndexByte(s[i:limit], 0xe2)
		if j < 0 {
			break
		}
		i += j
		if r, _ := utf8.DecodeRuneInString(s[i:]); r != utf8.RuneError {
			if hidden, _ := invisible(r); hidden {
				return i
			}
		}
	}
	return first
}

// JoinWords returns s with its invisible format characters taken out of
// the words they split (see invisible). Parse applies it to every
// article after Clean; Clean itself keeps every code point where it was,
// for callers that hold offsets into the raw text (training data's
// annotations).
func JoinWords(s string) string {
	first := firstInvisible(s)
	if first < 0 {
		return s
	}
	w := newRunWriter(s, first)
	for i := first; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		hidden, spaced := invisible(r)
		switch {
		case hidden && wordCharBefore(s, i) && wordCharAfter(s, i+size):
			w.owed++
		case hidden && spaced:
			w.b.WriteByte(' ')
		case !hidden && w.owed == 0:
			// nothing owed: on to the next invisible character at once
			j := firstInvisible(s[i:])
			if j < 0 {
				w.b.WriteString(s[i:])
				return w.String()
			}
			w.b.WriteString(s[i : i+j])
			i += j
			continue
		default:
			w.write(s[i:i+size], r)
		}
		i += size
	}
	return w.String()
}

// runWriter writes a text whose runs of non-space characters lose code
// points (a character taken out, a reference written as one character)
// and puts a space for each where the run ends, before its white space
// or at the text's end: the text keeps its length in code points.
type runWriter struct {
	b    strings.Builder
	owed int // spaces owed for code points the current run lost
}

// newRunWriter starts the text s, its first n bytes as they are.
func newRunWriter(s string, n int) *runWriter {
	w := &runWriter{}
	w.b.Grow(len(s))
	w.b.WriteString(s[:n])
	return w
}

// write writes the character r, encoded as c, paying what the run owes
// when r ends it.
func (w *runWriter) write(c string, r rune) {
	if unicode.IsSpace(r) {
		w.pay()
	}
	w.b.WriteString(c)
}

func (w *runWriter) pay() {
	for ; w.owed > 0; w.owed-- {
		w.b.WriteByte(' ')
	}
}

// String returns the text, with what its last run owes.
func (w *runWriter) String() string {
	w.pay()
	return w.b.String()
}

// wordCharBefore reports a letter or digit right before byte offset i of
// s, over other invisible characters.
func wordCharBefore(s string, i int) bool {
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		if hidden, _ := invisible(r); !hidden {
			return unicode.IsLetter(r) || unicode.IsDigit(r)
		}
		i -= size
	}
	return false
}

// wordCharAfter reports a letter or digit at byte offset i of s, over
// other invisible characters.
func wordCharAfter(s string, i int) bool {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if hidden, _ := invisible(r); !hidden {
			return unicode.IsLetter(r) || unicode.IsDigit(r)
		}
		i += size
	}
	return false
}

// Character references. Text copied from a page's source keeps its
// references ("&quot;Korvex&quot;", "Siemens &amp; Halske",
// "Bundes&shy;regierung"), which split names and quotes for every stage.
// DecodeEntities writes each reference that ends in ";" as the
// character it stands for and puts the code points it saves as spaces
// where the run of non-space characters it stands in ends, as JoinWords
// does: the text keeps its length in code points. A reference that
// stands for nothing ("&foo;"), or for a control character ("&#27;",
// the escape that Clean took out of the text as written), is left as
// written.
func DecodeEntities(s string) string {
	first := strings.IndexByte(s, '&')
	if first < 0 || !strings.Contains(s[first:], ";") {
		return s
	}
	w := newRunWriter(s, first)
	for i := first; i < len(s); {
		if s[i] == '&' {
			if end := referenceEnd(s, i); end > 0 {
				if dec := html.UnescapeString(s[i:end]); dec != s[i:end] && printable(dec) {
					w.b.WriteString(dec)
					w.owed += utf8.RuneCountInString(s[i:end]) - utf8.RuneCountInString(dec)
					i = end
					continue
				}
			}
		}
		if w.owed == 0 {
			// nothing owed: on to the next "&" at once (most "&" of a
			// text name firms, "Procter & Gamble", and are no reference)
			j := strings.IndexByte(s[i+1:], '&')
			if j < 0 {
				w.b.WriteString(s[i:])
				break
			}
			w.b.WriteString(s[i : i+1+j])
			i += 1 + j
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		w.write(s[i:i+size], r)
		i += size
	}
	return w.String()
}

// referenceEnd returns the offset after the ";" of a character reference
// that starts at s[i] == '&' ("&amp;", "&#8218;", "&#x201E;"), or -1.
func referenceEnd(s string, i int) int {
	j := i + 1
	if j < len(s) && s[j] == '#' {
		j++
		if j < len(s) && (s[j] == 'x' || s[j] == 'X') {
			j++
		}
	}
	start := j
	for j < len(s) && j-start < 32 && (s[j] >= 'a' && s[j] <= 'z' || s[j] >= 'A' && s[j] <= 'Z' || s[j] >= '0' && s[j] <= '9') {
		j++
	}
	if j == start || j >= len(s) || s[j] != ';' {
		return -1
	}
	return j + 1
}

// printable reports whether s holds no control character, byte-order
// mark or replacement character: what a reference may stand for in the
// text.
func printable(s string) bool {
	for _, r := range s {
		if unicode.IsControl(r) || r == '\ufeff' || r == utf8.RuneError {
			return false
		}
	}
	return true
}
