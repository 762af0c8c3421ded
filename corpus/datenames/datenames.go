// Package datenames holds the German names of months and weekdays and reads
// the line of a news page that says when its article appeared.
package datenames

import (
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"chronik/model"
)

// GermanMonths are the names of the months, Austrian ("Jänner", "Feber")
// and short forms after the full name.
var GermanMonths = [12][]string{
	{"Januar", "Jänner", "Jan", "Jän"},
	{"Februar", "Feber", "Feb", "Febr"},
	{"März", "Mär", "Mrz"},
	{"April", "Apr"},
	{"Mai"},
	{"Juni", "Jun"},
	{"Juli", "Jul"},
	{"August", "Aug"},
	{"September", "Sep", "Sept"},
	{"Oktober", "Okt"},
	{"November", "Nov"},
	{"Dezember", "Dez"},
}

// Weekdays are the names of the days of the week, Sunday first as
// time.Weekday counts them.
var Weekdays = [7]string{"Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"}

// A publication line is the line of a news page that says when the
// article appeared or was last changed, under or over its headline: a
// date with its time, weekday, a label and separators, and nothing else
// ("Stand: 12.03.2024, 14:35 Uhr", "Veröffentlicht am 12. März 2024",
// "Di 12.03.2024 | 14:35", "2024-03-12T14:35:00+01:00", "Berlin,
// 12.3.2024"). Pages copied as text keep it as a line of its own.

// DateLineReach is how far into a text, in bytes, its publication line
// may start: above or under the headline, before the body. Further on a
// line that is a date alone heads a section of a chronicle.
const DateLineReach = 600

// maxDateLine is the longest publication line, in code points.
const maxDateLine = 80

// dateLineLabels are the labels news pages set before the date: when
// the article appeared, was changed, or the date alone. They are
// compared in any case.
var dateLineLabels = []string{
	"Stand", "Veröffentlicht", "Aktualisiert", "Erstellt", "Publiziert", "Geändert", "Zuletzt", "Datum",
	"Erschienen", "Update", "Online", "am", "um", "vom", "den", "Uhr", "MEZ", "MESZ", "CET", "CEST", "GMT", "UTC",
}

// maxDateLineWords is the most words a publication line has.
const maxDateLineWords = 16

// DateLine reports whether line is a publication line, and the day it
// names. The line falls into segments at "|", "•", "·" and brackets;
// one or more of them tell the date: one date with day, month and year
// (numeric, ISO or with the month's name), or several with a label each,
// of which the first counts; besides it only times, weekdays, labels
// (dateLineLabels) and at most one other word before a comma (a place or
// an agency: "Berlin, 12.3.2024"). The other segments are short: a
// byline, an agency, a reading time ("Von Anna Berg | 12.03.2024",
// "12.3.2024, 14:35 Uhr (APA)"). It allocates nothing: it runs for every
// short line near an article's top.
func DateLine(line string) (model.Day, bool) {
	if len(line) > 4*maxDateLine+8 {
		return 0, false // (at most four bytes a code point, and some blanks around: no need to count a paragraph's)
	}
	line = strings.TrimSpace(line)
	if line == "" || utf8.RuneCountInString(line) > maxDateLine {
		return 0, false
	}
	var day model.Day
	dates, labels, otherWords := 0, 0, 0
	for rest := line; rest != ""; {
		seg := rest
		if k, size := segmentEnd(rest); k >= 0 {
			seg, rest = rest[:k], rest[k+size:]
		} else {
			rest = ""
		}
		if strings.TrimSpace(seg) == "" {
			continue
		}
		d, n, l, words, ok := dateSegment(seg, day, dates > 0)
		switch {
		case ok:
			day, dates, labels = d, dates+n, labels+l
		case words == 0 || words > maxOtherWords || !metaSegment(seg):
			return 0, false
		default:
			if otherWords += words; otherWords > maxOtherWords+2 {
				return 0, false
			}
		}
	}
	// Two dates need a label each ("Erstellt: 12.03.2024 | Aktualisiert:
	// 13.03.2024"); without, they are a span of days.
	return day, dates == 1 || dates > 1 && labels >= dates
}

// AgeLine reports a line that says only how long ago the page appeared,
// and perhaps where: an aggregator's stamp ("Vor 47 Tagen   Beispiel
// Online", "Veröffentlicht vor 5 Minuten", "Zuletzt aktualisiert: vor
// einer Stunde · beispiel.de"). Labels may open it; then "vor", a count
// and a unit of time; then only capitalised words, host names and
// separators (the site). It dates nothing: what it counts from is when
// the page was viewed, which a text file does not keep.
func AgeLine(line string) bool {
	if len(line) > 4*maxDateLine+8 || !strings.Contains(line, "or ") || utf8.RuneCountInString(line) > maxDateLine {
		return false // (no "vor": most lines, at one scan)
	}
	words := strings.FieldsFunc(line, func(r rune) bool { return unicode.IsSpace(r) || r == '|' || r == '•' || r == '·' })
	i := 0
	for i < len(words) && isLabel(strings.TrimSuffix(words[i], ":")) {
		i++
	}
	if i+2 >= len(words) || !strings.EqualFold(words[i], "vor") ||
		!isCount(words[i+1]) && words[i+1] != "einer" && words[i+1] != "einem" || !timeUnit(words[i+2]) {
		return false
	}
	for _, w := range words[i+3:] {
		// the site ("Vor 3 Tagen kam der Rückschlag" is a headline)
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) && !WebDomain(w) && w != "-" && w != "–" {
			return false
		}
	}
	return true
}

// segmentEnd returns where the first segment of a publication line ends
// and the size of the separator there, or -1: at "|", "•", "·" or a
// bracket, at a slash with blanks around it ("Von Anna Berg /
// 12.03.2024"), not one inside a word or a number ("11/2024"), and
// before a "von" that opens a name after the date ("Aktualisiert am
// 03.02.19, um 11:40 von Anna Berg"), which is then a segment of its own.
func segmentEnd(line string) (int, int) {
	for i, r := range line {
		switch r {
		case '|', '•', '·', '(', ')':
			return i, utf8.RuneLen(r)
		case ' ':
			if rest := line[i+1:]; i > 0 && strings.HasPrefix(rest, "von ") {
				if next, _ := utf8.DecodeRuneInString(rest[len("von "):]); unicode.IsUpper(next) {
					return i, 1
				}
			}
		case '/':
			before, _ := utf8.DecodeLastRuneInString(line[:i])
			after, _ := utf8.DecodeRuneInString(line[i+1:])
			if unicode.IsSpace(before) && unicode.IsSpace(after) {
				return i, 1
			}
		}
	}
	return -1, 0
}

// maxOtherWords is the most words of a segment of a publication line that
// tells no date.
const maxOtherWords = 5

// metaSegment reports a segment of a publication line that tells no
// date but who wrote or sent it, where it appeared or how long it reads:
// capitalised words, numbers and lower-case words of four letters or
// fewer (codes such as "dpa" and "red", "von", "aus"): "Von Anna Berg",
// "aus DER SPIEGEL 11/2024", "Lesezeit: 3 Min."; no sentence.
func metaSegment(seg string) bool {
	var spans [maxDateLineWords][2]int
	n, _ := wordSpans(seg, &spans)
	if n == 1 && WebDomain(seg[spans[0][0]:spans[0][1]]) {
		return true // the site it appeared on: "beispiel-agentur.de"
	}
	if n == 3 && isCount(seg[spans[0][0]:spans[0][1]]) && seg[spans[1][0]:spans[1][1]] == "mal" && seg[spans[2][0]:spans[2][1]] == "gelesen" {
		return true // how often it was read: "3 mal gelesen"
	}
	for k := range n {
		w := seg[spans[k][0]:spans[k][1]]
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && len(w) > 4 {
			return false
		}
	}
	return true
}

// WebDomain reports a host name alone: labels of lower-case letters,
// digits and hyphens joined by dots, the last of two letters or more
// ("beispiel.de", "news.beispiel-verlag.at").
func WebDomain(w string) bool {
	labels, label, last := 0, 0, 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c == '.':
			if label == 0 {
				return false
			}
			labels, label, last = labels+1, 0, 0
		case c >= 'a' && c <= 'z':
			label++
			last++
		case c >= '0' && c <= '9' || c == '-':
			label++
			last = -len(w) // the top level is letters only
		default:
			return false
		}
	}
	return labels >= 1 && label > 0 && last >= 2
}

// isCount reports a number of digits.
func isCount(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}

// dateSegment reads one segment of a line (see DateLine) whose earlier
// segments named first (when known): the line's first day (first, or the
// first the segment names: when the page appeared, not when it was
// changed), how many other dates and labels the segment holds, how many
// words, and whether it is a date's segment. The first day told again is
// no other date: a timestamp of the same day ("12.03.2024 | 14:35 Uhr
// 2024-03-12T14:35:00+01:00").
func dateSegment(seg string, first model.Day, known bool) (day model.Day, dates, labels, words int, ok bool) {
	var spans [maxDateLineWords][2]int
	n, fits := wordSpans(seg, &spans)
	if !fits {
		return 0, 0, 0, n, false
	}
	word := func(k int) string { return seg[spans[k][0]:spans[k][1]] }
	day = first
	found := func(d model.Day) {
		ok = true
		if !known {
			day, known = d, true
		} else if d == day {
			return
		}
		dates++
	}
	others := 0
	for i := 0; i < n; i++ {
		w := strings.TrimSuffix(word(i), ":")
		switch {
		case w == "" || w == "-":
		case isLabel(w):
			labels++
		case isClock(w) || weekdayWord(w):
		case i+1 < n && isLabel(strings.TrimSuffix(word(i+1), ":")) && itemNoun(w):
			// "Artikel veröffentlicht: …": the page's own item, labelled
		case w == "vor" && i+2 < n && isCount(word(i+1)) && timeUnit(word(i+2)):
			i += 2 // its age: "aktualisiert vor 5 Minuten"
		default:
			if d, ok := numericDate(w); ok {
				found(d)
				continue
			}
			if i+2 < n {
				if d, ok := namedDate(word(i), word(i+1), word(i+2)); ok {
					found(d)
					i += 2
					continue
				}
			}
			others++
			if end := spans[i][1]; others > 1 || i+1 >= n || end >= len(seg) || seg[end] != ',' {
				return 0, 0, 0, n, false
			}
		}
	}
	return day, dates, labels, n, ok
}

// wordSpans stores in spans the byte ranges of line's words, split at
// blanks and the separators of publication lines, and returns how many;
// false when there are more than maxDateLineWords.
func wordSpans(line string, spans *[maxDateLineWords][2]int) (int, bool) {
	n, start := 0, -1
	flush := func(end int) bool {
		if start < 0 {
			return true
		}
		if n == maxDateLineWords {
			return false
		}
		spans[n] = [2]int{start, end}
		n, start = n+1, -1
		return true
	}
	for i, r := range line {
		if unicode.IsSpace(r) || strings.ContainsRune(",;/–—", r) {
			if !flush(i) {
				return n, false
			}
		} else if start < 0 {
			start = i
		}
	}
	return n, flush(len(line))
}

// itemNouns name the item a page publishes, before the label of its date
// ("Artikel veröffentlicht", "Beitrag aktualisiert").
var itemNouns = []string{"Artikel", "Beitrag", "Meldung", "Mitteilung", "Nachricht", "Text", "Seite", "Story"}

// itemNoun reports one of itemNouns or a compound that ends in one
// ("Pressemitteilung", "Polizeimeldung"), in any case.
func itemNoun(w string) bool {
	return slices.ContainsFunc(itemNouns, func(n string) bool {
		return len(w) >= len(n) && strings.EqualFold(w[len(w)-len(n):], n)
	})
}

// timeUnits are the units of a page's age ("vor 5 Min."), as their
// first letters: each word that starts with one is a unit.
var timeUnits = []string{"Sek", "Min", "Std", "Stunde", "Tag", "Woche", "Monat"}

// timeUnit reports a unit of time, full or cut short ("Minuten", "Min.",
// "Std.", "Tagen").
func timeUnit(w string) bool {
	return slices.ContainsFunc(timeUnits, func(u string) bool { return strings.HasPrefix(w, u) })
}

// isLabel reports one of dateLineLabels, in any case.
func isLabel(w string) bool {
	return slices.ContainsFunc(dateLineLabels, func(l string) bool { return strings.EqualFold(l, w) })
}

// isClock reports a time of day: "14:35", "14.35", "14:35:00", "14:35h".
func isClock(w string) bool {
	w = strings.TrimSuffix(w, "h")
	var parts [3]int
	n, digits, sep := 0, 0, byte(0)
	for i := 0; i <= len(w); i++ {
		if i < len(w) && w[i] >= '0' && w[i] <= '9' {
			parts[n] = parts[n]*10 + int(w[i]-'0')
			digits++
			if digits > 2 {
				return false
			}
			continue
		}
		if digits == 0 || n > 0 && digits != 2 {
			return false
		}
		n, digits = n+1, 0
		if i == len(w) {
			break
		}
		if (w[i] != ':' && w[i] != '.') || sep != 0 && w[i] != sep || n == 3 {
			return false
		}
		sep = w[i]
	}
	return n >= 2 && (sep != '.' || n == 2) && parts[0] <= 23 && parts[1] <= 59 && parts[2] <= 59
}

// weekdayWord reports a weekday's name or its short form, with or
// without a full stop ("Dienstag", "Di.", "Di").
func weekdayWord(w string) bool {
	w = strings.TrimSuffix(w, ".")
	for _, name := range Weekdays {
		if w == name || len(w) == 2 && strings.HasPrefix(name, w) {
			return true
		}
	}
	return false
}

// numericDate reads "12.03.2024", "12.3.24" or the ISO "2024-03-12",
// also with a time after a "T" ("2024-03-12T14:35:00+01:00").
func numericDate(w string) (model.Day, bool) {
	if iso, _, _ := strings.Cut(w, "T"); len(iso) == len("2024-03-12") && iso[4] == '-' {
		t, err := time.Parse("2006-01-02", iso)
		if err != nil {
			return 0, false
		}
		return validDay(t.Year(), int(t.Month()), t.Day())
	}
	d, rest, ok1 := strings.Cut(w, ".")
	m, y, ok2 := strings.Cut(rest, ".")
	if !ok1 || !ok2 || len(d) == 0 || len(d) > 2 || len(m) == 0 || len(m) > 2 || len(y) != 2 && len(y) != 4 {
		return 0, false
	}
	dom, err1 := strconv.Atoi(d)
	month, err2 := strconv.Atoi(m)
	year, err3 := strconv.Atoi(y)
	if err1 != nil || err2 != nil || err3 != nil {
		return 0, false
	}
	if len(y) == 2 {
		year += 2000
	}
	return validDay(year, month, dom)
}

// namedDate reads a day, a month's German name and a year ("12.",
// "März", "2024").
func namedDate(day, month, year string) (model.Day, bool) {
	d, ok := strings.CutSuffix(day, ".")
	if !ok || len(year) != 4 {
		return 0, false
	}
	dom, err1 := strconv.Atoi(d)
	y, err2 := strconv.Atoi(year)
	if err1 != nil || err2 != nil {
		return 0, false
	}
	month = strings.TrimSuffix(month, ".")
	for m, names := range GermanMonths {
		if slices.Contains(names, month) {
			return validDay(y, m+1, dom)
		}
	}
	return 0, false
}

// validDay returns the day of year, month and dom when it exists, in the
// years news is written.
func validDay(year, month, dom int) (model.Day, bool) {
	if month < 1 || month > 12 || dom < 1 || year < 1900 || year > 2100 {
		return 0, false
	}
	d := model.NewDay(year, time.Month(month), dom)
	if _, _, got := d.Date(); got != dom {
		return 0, false // 31 April and the like
	}
	return d, true
}
