package ingest

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"chronik/model"
)

// header is what an article says about itself before its text.
type header struct {
	body   int // offset of the article text after the header
	date   model.ArticleDate
	title  string
	source string
}

// readHeader finds an optional header at the start of text: YAML front
// matter between "---" lines, or a first line "date 2024-12",
// "date: 2024-12-18" or "Datum: 18.12.2024". In the plain form the text
// may go on on the same line after the date (" date 2024-12 Zumindest …").
func readHeader(text string) (header, error) {
	h := header{date: model.ArticleDate{Source: model.DateUnknown}}
	start := skipBlank(text, 0)
	line, _ := lineAt(text, start)
	if strings.TrimRight(line, " \t") == "---" {
		return readFrontMatter(text, start)
	}
	rest, ok := cutKey(line, "date", "datum")
	if !ok {
		return h, nil
	}
	tok := rest
	if i := strings.IndexAny(tok, " \t"); i >= 0 {
		tok = tok[:i]
	}
	iv, ok, err := parseDate(tok)
	if !ok {
		return h, nil // "Date of birth …" or the like: ordinary text
	}
	if err != nil {
		return h, fmt.Errorf("header %q: %v", strings.TrimSpace(line[:len(line)-len(rest)+len(tok)]), err)
	}
	end := start + len(line) - len(rest) + len(tok)
	h.date = model.ArticleDate{
		Interval: iv,
		Source:   model.DateFromHeader,
		Reason:   fmt.Sprintf("header %q", strings.TrimSpace(text[start:end])),
	}
	h.body = skipBlank(text, end)
	return h, nil
}

// cutKey reports whether line starts with one of the keys (any case),
// followed by a colon or white space, and returns what follows, trimmed.
func cutKey(line string, keys ...string) (string, bool) {
	for _, k := range keys {
		if len(line) <= len(k) || !strings.EqualFold(line[:len(k)], k) {
			continue
		}
		rest := line[len(k):]
		switch rest[0] {
		case ':':
			return strings.TrimLeft(rest[1:], " \t"), true
		case ' ', '\t':
			rest = strings.TrimLeft(rest, " \t")
			rest = strings.TrimPrefix(rest, ":")
			return strings.TrimLeft(rest, " \t"), true
		}
	}
	return "", false
}

// parseDate reads YYYY-MM-DD, YYYY-MM or DD.MM.YYYY, also with a time
// after the day ("2024-12-18T10:00:00Z", "2024-12-18 10:00"). ok says
// whether s has the shape of such a date at all; err, whether that date
// is impossible.
func parseDate(s string) (iv model.Interval, ok bool, err error) {
	if len(s) > 10 && (s[10] == 'T' || s[10] == ' ') {
		s = s[:10]
	}
	var y, m, d int
	switch {
	case digitsAt(s, 0, 4) && len(s) == 7 && s[4] == '-' && digitsAt(s, 5, 2):
		y, m = atoi(s[0:4]), atoi(s[5:7])
	case digitsAt(s, 0, 4) && len(s) == 10 && s[4] == '-' && digitsAt(s, 5, 2) && s[7] == '-' && digitsAt(s, 8, 2):
		y, m, d = atoi(s[0:4]), atoi(s[5:7]), atoi(s[8:10])
	case len(s) == 10 && digitsAt(s, 0, 2) && s[2] == '.' && digitsAt(s, 3, 2) && s[5] == '.' && digitsAt(s, 6, 4):
		y, m, d = atoi(s[6:10]), atoi(s[3:5]), atoi(s[0:2])
	default:
		return iv, false, nil
	}
	if m < 1 || m > 12 || y < 1 {
		return iv, true, fmt.Errorf("no month %d", m)
	}
	if d == 0 {
		return model.MonthInterval(y, time.Month(m)), true, nil
	}
	day := model.NewDay(y, time.Month(m), d)
	if _, _, dd := day.Date(); dd != d {
		return iv, true, fmt.Errorf("no day %d in %d-%02d", d, y, m)
	}
	return model.DayInterval(day), true, nil
}

func digitsAt(s string, i, n int) bool {
	if i+n > len(s) {
		return false
	}
	for _, c := range []byte(s[i : i+n]) {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// readFrontMatter reads YAML front matter that starts with the "---" line
// at start. Only the keys date, title and source (or author) are read,
// each a one-line scalar: plain, 'single' or "double" quoted. Other keys,
// comments, lists and nested maps are skipped. This small reader keeps
// Chronik free of a YAML dependency for three scalar fields.
func readFrontMatter(text string, start int) (header, error) {
	h := header{date: model.ArticleDate{Source: model.DateUnknown}}
	_, from := lineAt(text, start)
	to, body := -1, len(text)
	for pos := from; pos < len(text); {
		line, next := lineAt(text, pos)
		if t := strings.TrimRight(line, " \t"); t == "---" || t == "..." {
			to, body = pos, next
			break
		}
		pos = next
	}
	if to < 0 {
		return h, fmt.Errorf("front matter: no closing \"---\" line")
	}
	h.body = skipBlank(text, body)
	seen := map[string]bool{}
	for pos := from; pos < to; {
		line, next := lineAt(text, pos)
		pos = next
		trimmed := strings.TrimRight(line, " \t")
		if trimmed == "" || line[0] == ' ' || line[0] == '\t' || line[0] == '#' || line[0] == '-' {
			continue
		}
		key, value, ok := strings.Cut(trimmed, ":")
		if !ok {
			return h, fmt.Errorf("front matter: line %q is not \"key: value\"", trimmed)
		}
		key = strings.ToLower(strings.TrimSpace(key))
		switch key {
		case "date", "title", "source", "author":
		default:
			continue
		}
		if seen[key] {
			return h, fmt.Errorf("front matter: %s given twice", key)
		}
		seen[key] = true
		v, err := yamlScalar(strings.TrimSpace(value))
		if err != nil {
			return h, fmt.Errorf("front matter: %s: %v", key, err)
		}
		switch key {
		case "date":
			iv, ok, err := parseDate(v)
			if !ok || err != nil {
				return h, fmt.Errorf("front matter: date %q: want YYYY-MM-DD or YYYY-MM", v)
			}
			h.date = model.ArticleDate{Interval: iv, Source: model.DateFromFrontMatter, Reason: fmt.Sprintf("front matter \"date: %s\"", v)}
		case "title":
			h.title = v
		case "source":
			h.source = v
		case "author":
			if h.source == "" {
				h.source = v
			}
		}
	}
	return h, nil
}

// yamlScalar reads a one-line YAML scalar.
func yamlScalar(v string) (string, error) {
	if v == "" {
		return "", nil
	}
	switch v[0] {
	case '|', '>':
		return "", fmt.Errorf("block values are not supported; write it on one line")
	case '\'':
		var b strings.Builder
		for i := 1; i < len(v); i++ {
			if v[i] != '\'' {
				b.WriteByte(v[i])
				continue
			}
			if i+1 < len(v) && v[i+1] == '\'' {
				b.WriteByte('\'')
				i++
				continue
			}
			return b.String(), trailing(v[i+1:])
		}
		return "", fmt.Errorf("no closing quote")
	case '"':
		var b strings.Builder
		for i := 1; i < len(v); i++ {
			switch c := v[i]; c {
			case '"':
				return b.String(), trailing(v[i+1:])
			case '\\':
				r, n, err := yamlEscape(v[i+1:])
				if err != nil {
					return "", err
				}
				b.WriteRune(r)
				i += n
			default:
				b.WriteByte(c)
			}
		}
		return "", fmt.Errorf("no closing quote")
	}
	if i := strings.Index(v, " #"); i >= 0 {
		v = strings.TrimRight(v[:i], " \t")
	}
	return v, nil
}

func trailing(rest string) error {
	rest = strings.TrimSpace(rest)
	if rest != "" && rest[0] != '#' {
		return fmt.Errorf("unexpected %q after the closing quote", rest)
	}
	return nil
}

// yamlEscape decodes the escape after a backslash in a double-quoted
// scalar and returns the rune and how many bytes it took.
func yamlEscape(s string) (rune, int, error) {
	if s == "" {
		return 0, 0, fmt.Errorf("no closing quote")
	}
	if r, ok := yamlSimpleEscapes[s[0]]; ok {
		return r, 1, nil
	}
	width := yamlHexEscapes[s[0]]
	if width == 0 || len(s) < 1+width {
		return 0, 0, fmt.Errorf("bad escape \\%c", s[0])
	}
	n, err := strconv.ParseUint(s[1:1+width], 16, 32)
	if err != nil || !utf8.ValidRune(rune(n)) {
		return 0, 0, fmt.Errorf("bad escape \\%s", s[:1+width])
	}
	return rune(n), 1 + width, nil
}

var (
	yamlSimpleEscapes = map[byte]rune{'"': '"', '\\': '\\', '/': '/', 'n': '\n', 't': '\t', 'r': '\r', '0': 0, ' ': ' ', '_': '\u00a0', 'N': '\u0085'}
	yamlHexEscapes    = map[byte]int{'x': 2, 'u': 4, 'U': 8}
)

// lineAt returns the line that starts at i, without its line feed, and
// the offset of the next line.
func lineAt(text string, i int) (string, int) {
	if j := strings.IndexByte(text[i:], '\n'); j >= 0 {
		return text[i : i+j], i + j + 1
	}
	return text[i:], len(text)
}

// skipBlank skips white space (spaces, tabs, line feeds) from i.
func skipBlank(text string, i int) int {
	for i < len(text) && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n') {
		i++
	}
	return i
}
