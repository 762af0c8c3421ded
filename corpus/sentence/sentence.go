// Package sentence splits German news text into sentences.
//
// The splitter scans bytes and decides at each full stop, question mark,
// exclamation mark or ellipsis whether a sentence ends there. A full stop
// after an ordinal ("am 3. Mai", "(18. Dezember)"), an abbreviation
// ("13 Mrd. Dollar", "z. B.", "Dr.") or an initial ("Donald J. Trump")
// ends a sentence only when a typical sentence opener follows; a quoted
// sentence followed by ", schrieb er" is not split; bullets ("•") start a
// new sentence. The abbreviations and openers are data
// (abbreviations.txt, openers.txt), general German knowledge.
package sentence

import (
	_ "embed"
	"strings"
	"unicode"
	"unicode/utf8"

	"chronik/model"
)

// Split fills a.Sentences with the sentences of every block that is not
// metadata (titles, kickers, teasers, headings, paragraphs), in order.
func Split(a *model.Article) {
	out := a.Sentences[:0]
	if cap(out) == 0 {
		out = make([]model.Sentence, 0, len(a.Text)/100+4) // news sentences average well over 100 bytes
	}
	var buf [64][2]int
	spans := buf[:0]
	for bi, b := range a.Blocks {
		if b.Kind.IsMeta() {
			continue
		}
		spans = AppendSpans(spans[:0], a.Text, b.Start, b.End)
		for _, s := range spans {
			out = append(out, model.Sentence{Start: s[0], End: s[1], Block: bi})
		}
	}
	a.Sentences = out
}

// Spans returns the sentences of text[start:end] as byte ranges into text,
// trimmed of white space, in order. Together they cover every non-space
// character of the range. text should be valid UTF-8 (ingest.Clean makes
// sure of it); other input gives well-formed but meaningless spans.
func Spans(text string, start, end int) [][2]int {
	return AppendSpans(nil, text, start, end)
}

// AppendSpans is Spans appending to dst, so a caller splitting many blocks
// can reuse one slice.
func AppendSpans(dst [][2]int, text string, start, end int) [][2]int {
	return appendSpans(dst, text, start, end, false)
}

// First returns the first of the Spans of text[start:end], and whether
// there is one. It splits no further: a span, once found, is what the
// rest of the range leaves it, and a caller that wants a text's first
// sentence (an article's title) need not split the whole text.
func First(text string, start, end int) ([2]int, bool) {
	var buf [1][2]int
	if spans := appendSpans(buf[:0], text, start, end, true); len(spans) > 0 {
		return spans[0], true
	}
	return [2]int{}, false
}

// appendSpans is AppendSpans, which with first returns after the first
// span it appends.
func appendSpans(dst [][2]int, text string, start, end int, first bool) [][2]int {
	start = max(start, 0)
	end = min(end, len(text))
	s := skipSpace(text, start, end)
	i := s
	for i < end {
		// Most bytes neither end nor begin a sentence: skip them.
		rest := text[i:end]
		k := nextCandidate(rest)
		if i += k; k == len(rest) {
			break
		}
		c := text[i]
		switch {
		case c == '\n':
			// A blank line always ends a sentence; a single line break
			// inside a block (hard-wrapped text) never does.
			j := i + 1
			for j < end && (text[j] == ' ' || text[j] == '\t') {
				j++
			}
			if j < end && text[j] == '\n' {
				if e := trimRight(text, s, i); e > s {
					if dst = append(dst, [2]int{s, e}); first {
						return dst
					}
				}
				s = skipSpace(text, j, end)
				i = s
				continue
			}
			i++
		case c == 0xE2 && strings.HasPrefix(text[i:end], bullet):
			if i > s {
				if e := trimRight(text, s, i); e > s {
					if dst = append(dst, [2]int{s, e}); first {
						return dst
					}
				}
				s = i
			}
			i += len(bullet)
		case c == 0xE2 && !strings.HasPrefix(text[i:end], ellipsis):
			i++
		default: // '.', '!', '?' or '…'
			b, next := boundary(text, s, i, end)
			if b > 0 {
				if dst = append(dst, [2]int{s, b}); first {
					return dst
				}
				s = skipSpace(text, b, end)
				i = s
				continue
			}
			i = next
		}
	}
	if e := trimRight(text, s, end); e > s {
		dst = append(dst, [2]int{s, e})
	}
	return dst
}

const (
	bullet   = "•"
	ellipsis = "…"
)

// candidates are the bytes at which a sentence may end or begin: the
// ASCII terminators, the line feed, and 0xE2, the first byte of "…" and "•".
const candidates = ".\n!?\xe2"

// nextCandidate returns the index of the first of the candidates in s, or
// len(s). Each is searched for with strings.IndexByte, which tests many
// bytes at once, up to the nearest found so far: a loop over every byte
// of the text was most of the splitter's work.
func nextCandidate(s string) int {
	end := len(s)
	for i := 0; i < len(candidates); i++ {
		if k := strings.IndexByte(s[:end], candidates[i]); k >= 0 {
			end = k
		}
	}
	return end
}

// boundary looks at the terminator run that starts at p, inside the
// sentence that starts at s. It returns the end of the sentence (after
// the terminators and any closing quotes or brackets) if the sentence ends
// there, else 0 and the position to go on scanning from.
func boundary(text string, s, p, end int) (int, int) {
	q := p
	periods, ellipses := 0, 0
run:
	for q < end {
		switch {
		case text[q] == '.':
			periods++
			q++
		case text[q] == '!' || text[q] == '?':
			q++
		case strings.HasPrefix(text[q:end], ellipsis):
			ellipses++
			q += len(ellipsis)
		default:
			break run
		}
	}
	r := q
	for r < end {
		if n := closerLen(text[r:end]); n > 0 {
			r += n
			continue
		}
		break
	}
	if r == end {
		return r, r
	}
	if !spaceAt(text, r, end) {
		// "finanzen.ch", "10.30 Uhr", "sein!“, schrieb er": no white space,
		// no sentence end.
		return 0, q
	}
	n := skipSpace(text, r, end)
	if n == end || strings.Contains(text[r:n], "\n\n") {
		return r, r
	}
	next := nextWord(text, n, end)
	class := regular
	switch {
	case periods > 1 || ellipses > 0:
		// An ellipsis; "[…]" and "(…)" mark an omission, not an end.
		if p > s && (text[p-1] == '[' || text[p-1] == '(') {
			return 0, q
		}
	case periods == 1 && q == p+1:
		ws := wordStart(text, s, p)
		class = classify(text[ws:p])
		if class == weak && p-ws == 1 && text[ws] >= 'A' && text[ws] <= 'Z' && afterDeterminerNoun(text, s, ws) {
			class = regular // "auf seiner Plattform X. Softbank …": a name, not an initial
		}
	}
	if ends(class, next) {
		return r, r
	}
	return 0, q
}

// afterDeterminerNoun reports whether the two words before position w are
// a determiner and a capitalised word ("seiner Plattform").
func afterDeterminerNoun(text string, s, w int) bool {
	ns, ne := prevWord(text, s, w)
	if ns == ne {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(text[ns:ne]); !unicode.IsUpper(r) {
		return false
	}
	ds, de := prevWord(text, s, ns)
	return ds < de && determiners[text[ds:de]]
}

// prevWord returns the letters-only word that ends, after white space, just
// before position i.
func prevWord(text string, s, i int) (int, int) {
	e := trimRight(text, s, i)
	if e == i {
		return i, i // no white space: not a separate word
	}
	b := e
	for b > s {
		r, size := utf8.DecodeLastRuneInString(text[s:b])
		if !unicode.IsLetter(r) {
			break
		}
		b -= size
	}
	return b, e
}

// wordClass says how a word before a full stop behaves.
type wordClass uint8

const (
	regular wordClass = iota // an ordinary word: the stop ends the sentence unless a lower-case word follows
	final                    // "usw.", "etc.": like regular
	weak                     // "Mrd.", "J.", "3.": ends only before a sentence opener
	never                    // "Dr.", "bzw.", "vs.": never ends a sentence
)

// next describes the word after a possible boundary.
type next struct {
	kind byte   // 'U' upper-case letter, 'l' lower-case letter, 'd' digit, 'o' other
	word string // the word itself
}

// ends reports whether a stop after a word of class c ends the sentence
// before the word n. Whether n is a typical opener is asked only after a
// weak word: most stops follow a regular one.
func ends(c wordClass, n next) bool {
	switch c {
	case never:
		return false
	case weak:
		return n.kind == 'U' && openers[n.word]
	}
	return n.kind != 'l'
}

// wordStart finds the start of the word that ends at p: letters, digits
// and inner dots ("z.B", "finanzen.ch").
func wordStart(text string, s, p int) int {
	j := p
	for j > s {
		// Most words are ASCII: a byte below RuneSelf is a rune of its
		// own, and only the others are decoded.
		if c := text[j-1]; c < utf8.RuneSelf {
			if c != '.' && !isAlnumASCII(c) {
				break
			}
			j--
			continue
		}
		r, size := utf8.DecodeLastRuneInString(text[s:j])
		if !unicode.IsLetter(r) {
			break
		}
		j -= size
	}
	for j < p && text[j] == '.' {
		j++
	}
	return j
}

func isAlnumASCII(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// classify says how a full stop after w behaves.
func classify(w string) wordClass {
	if w == "" {
		return regular
	}
	digits, letters, dots, upper := 0, 0, 0, 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c == '.':
			dots++
		default:
			letters++
			if c >= 'A' && c <= 'Z' {
				upper++
			}
		}
	}
	switch {
	case digits > 0 && letters == 0 && dots == 0:
		// "am 3. Mai", "der 2. Weltkrieg", "(18. Dezember)"; a year or a
		// larger number ends a sentence like any word.
		if digits <= 3 {
			return weak
		}
		return regular
	case digits > 0:
		return regular
	}
	if c, ok := abbrevClass(w); ok {
		return c
	}
	if utf8.RuneCountInString(w) == 1 {
		return weak // an initial ("Donald J. Trump") or part of "z. B."
	}
	if dots > 0 && shortSegments(w) {
		return weak // "i.d.R", "U.S", "D.C"
	}
	if upper == letters && isRoman(w) {
		return weak // "Ludwig XIV. hatte"
	}
	return regular
}

// shortSegments reports whether every dot-separated part of w has at most
// three letters, as in abbreviation chains and unlike domain names.
func shortSegments(w string) bool {
	n := 0
	for i := 0; i < len(w); i++ {
		if w[i] == '.' {
			n = 0
			continue
		}
		if n++; n > 3 {
			return false
		}
	}
	return true
}

func isRoman(w string) bool {
	if len(w) > 6 {
		return false
	}
	for i := 0; i < len(w); i++ {
		switch w[i] {
		case 'I', 'V', 'X', 'L', 'C', 'D', 'M':
		default:
			return false
		}
	}
	return true
}

// IsPrefixAbbreviation reports whether w, without its full stop, is an
// abbreviation that always stands before something and never ends a
// sentence ("Dr", "Prof", "Nr", "bzw"), in any case: a title before a
// name is no name.
func IsPrefixAbbreviation(w string) bool {
	c, ok := abbrevClass(w)
	return ok && c == never
}

// abbrevClass looks w up in the abbreviation list, ignoring ASCII case.
func abbrevClass(w string) (wordClass, bool) {
	if len(w) > 16 {
		return regular, false
	}
	var buf [16]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	c, ok := abbreviations[string(buf[:len(w)])]
	return c, ok
}

// nextWord describes the word that starts at n, past any opening quotes
// or brackets.
func nextWord(text string, n, end int) next {
	n = skipOpeners(text, n, end)
	if n >= end {
		return next{kind: 'o'}
	}
	r, _ := utf8.DecodeRuneInString(text[n:end])
	e := n
	upper := false // an upper-case letter after the first
	for e < end {
		// An ASCII byte is a letter of its own, which needs no decoding.
		if c := text[e]; c < utf8.RuneSelf {
			if c|0x20 < 'a' || c|0x20 > 'z' {
				break
			}
			upper = upper || e > n && c <= 'Z'
			e++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[e:end])
		if !unicode.IsLetter(r) {
			break
		}
		upper = upper || e > n && unicode.IsUpper(r)
		e += size
	}
	w := next{word: text[n:e]}
	switch {
	case unicode.IsUpper(r):
		w.kind = 'U'
	case unicode.IsLower(r):
		w.kind = 'l'
		// "xAI", "iPhone", "eBay": brand names start sentences in lower case.
		if upper {
			w.kind = 'U'
		}
	case unicode.IsDigit(r):
		w.kind = 'd'
	default:
		w.kind = 'o'
	}
	return w
}

// skipOpeners returns where the opening quotes and brackets from n end.
func skipOpeners(text string, n, end int) int {
	for n < end {
		k := openerLen(text[n:end])
		if k == 0 {
			break
		}
		n += k
	}
	return n
}

// closerLen returns the length of the closing quote or bracket at the
// start of s, or 0. After a terminator every quote mark closes.
func closerLen(s string) int {
	if s == "" {
		return 0
	}
	switch s[0] {
	case '"', '\'', ')', ']', '}':
		return 1
	case 0xE2, 0xC2:
		r, size := utf8.DecodeRuneInString(s)
		switch r {
		case '“', '”', '‘', '’', '»', '«', '›', '‹':
			return size
		}
	}
	return 0
}

// openerLen returns the length of the opening quote or bracket at the
// start of s, or 0.
func openerLen(s string) int {
	if s == "" {
		return 0
	}
	switch s[0] {
	case '"', '\'', '(', '[', '{':
		return 1
	case 0xE2, 0xC2:
		r, size := utf8.DecodeRuneInString(s)
		switch r {
		case '„', '“', '”', '‚', '‘', '’', '»', '«', '›', '‹':
			return size
		}
	}
	return 0
}

// spaceAt reports whether a white-space character starts at i.
func spaceAt(text string, i, end int) bool {
	c := text[i]
	if c < utf8.RuneSelf {
		return asciiSpace[c]
	}
	r, _ := utf8.DecodeRuneInString(text[i:end])
	return unicode.IsSpace(r)
}

var asciiSpace = [256]bool{' ': true, '\t': true, '\n': true, '\r': true, '\v': true, '\f': true}

// skipSpace returns the first position at or after i that is not white
// space (ASCII or Unicode, such as the no-break space).
func skipSpace(text string, i, end int) int {
	for i < end {
		c := text[i]
		if c < utf8.RuneSelf {
			if !asciiSpace[c] {
				return i
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:end])
		if !unicode.IsSpace(r) {
			return i
		}
		i += size
	}
	return end
}

// trimRight returns the end of text[s:e] without trailing white space.
func trimRight(text string, s, e int) int {
	for e > s {
		c := text[e-1]
		if c < utf8.RuneSelf {
			if !asciiSpace[c] {
				return e
			}
			e--
			continue
		}
		r, size := utf8.DecodeLastRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			return e
		}
		e -= size
	}
	return e
}

// IsOpener reports whether w (in any case of its first letter) is one of
// the function words that typically open a sentence: "der", "Damit",
// "und", "In". Other packages use it to tell such words from names and
// codes.
func IsOpener(w string) bool {
	if openers[w] {
		return true
	}
	r, size := utf8.DecodeRuneInString(w)
	if size == 0 || !unicode.IsLower(r) {
		return false
	}
	var buf [32]byte
	if len(w) > len(buf)-4 {
		return false
	}
	n := utf8.EncodeRune(buf[:], unicode.ToUpper(r))
	n += copy(buf[n:], w[size:])
	return openers[string(buf[:n])]
}

//go:embed abbreviations.txt
var abbreviationData string

//go:embed openers.txt
var openerData string

//go:embed determiners.txt
var determinerData string

var (
	abbreviations = readAbbreviations(abbreviationData)
	openers       = readOpeners(openerData)
	determiners   = readWords(determinerData)
)

// dataLines returns the words of each line of a data file, without blank
// lines and "#" comments.
func dataLines(data string) [][]string {
	var lines [][]string
	for _, line := range strings.Split(data, "\n") {
		if f := strings.Fields(line); len(f) > 0 && !strings.HasPrefix(f[0], "#") {
			lines = append(lines, f)
		}
	}
	return lines
}

func readAbbreviations(data string) map[string]wordClass {
	classes := map[string]wordClass{"never": never, "weak": weak, "final": final}
	m := make(map[string]wordClass)
	for _, f := range dataLines(data) {
		c, ok := classes[f[0]]
		if !ok {
			panic("sentence: abbreviations.txt: unknown class " + f[0])
		}
		for _, w := range f[1:] {
			m[strings.ToLower(w)] = c
		}
	}
	return m
}

func readWords(data string) map[string]bool {
	m := make(map[string]bool)
	for _, f := range dataLines(data) {
		for _, w := range f {
			m[w] = true
		}
	}
	return m
}

// readOpeners returns the opener words as they look at the start of a
// sentence: capitalised.
func readOpeners(data string) map[string]bool {
	m := make(map[string]bool)
	for _, f := range dataLines(data) {
		for _, w := range f {
			r, size := utf8.DecodeRuneInString(w)
			m[string(unicode.ToUpper(r))+w[size:]] = true
		}
	}
	return m
}

// IsDeterminer reports whether w, in lower case, is an article, possessive
// or demonstrative (determiners.txt): a capitalised word after one is a
// noun.
func IsDeterminer(w string) bool {
	if len(w) == 0 || len(w) > longestDeterminer {
		return false
	}
	k := determinerKey(w)
	return determinerFilter[k>>6]&(1<<(k&63)) != 0 && determiners[w]
}

// determinerKey hashes a word's length and first and last bytes into the
// bits of determinerFilter.
func determinerKey(w string) uint32 {
	return (uint32(w[0])*31 ^ uint32(w[len(w)-1])<<2 ^ uint32(len(w))<<9) & 0x7FF
}

// The text layer asks IsDeterminer of every word: the longest
// determiner's length and a filter of keys let most words skip the map.
var (
	longestDeterminer int
	determinerFilter  [2048 / 64]uint64
)

func init() {
	for w := range determiners {
		longestDeterminer = max(longestDeterminer, len(w))
		k := determinerKey(w)
		determinerFilter[k>>6] |= 1 << (k & 63)
	}
}
