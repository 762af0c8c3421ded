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

// dateLineLabels are the labels news pages set before the date, lower
// case: when the article appeared, was changed, or the date alone.
var dateLineLabels = map[string]bool{
	"stand": true, "veröffentlicht": true, "aktualisiert": true, "erstellt": true, "publiziert": true,
	"geändert": true, "zuletzt": true, "datum": true, "erschienen": true, "update": true, "online": true,
	"am": true, "um": true, "vom": true, "den": true, "uhr": true,
	"mez": true, "mesz": true, "cet": true, "cest": true,
}

// DateLine reports whether line is a publication line, and the day it
// names. It holds exactly one date with day, month and year (numeric,
// ISO or with the month's name); besides it only times, weekdays, labels
// (dateLineLabels), separators and at most one other word before a comma
// (a place or an agency: "Berlin, 12.3.2024").
func DateLine(line string) (model.Day, bool) {
	if len(line) > 4*maxDateLine+8 {
		return 0, false // (at most four bytes a code point, and some blanks around: no need to count a paragraph's)
	}
	line = strings.TrimSpace(line)
	if line == "" || utf8.RuneCountInString(line) > maxDateLine {
		return 0, false
	}
	words := strings.FieldsFunc(line, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("|•·,;/()–—", r)
	})
	var day model.Day
	dates, others := 0, 0
	for i := 0; i < len(words); i++ {
		w := strings.TrimSuffix(words[i], ":")
		switch {
		case w == "" || w == "-":
		case dateLineLabels[strings.ToLower(w)] || isClock(w) || weekdayWord(w):
		default:
			if d, ok := numericDate(w); ok {
				day, dates = d, dates+1
				continue
			}
			if d, n, ok := namedDate(words[i:]); ok {
				day, dates = d, dates+1
				i += n - 1
				continue
			}
			others++
			if others > 1 || i+1 >= len(words) || !strings.HasSuffix(line[:strings.Index(line, words[i])+len(words[i])+1], ",") {
				return 0, false
			}
		}
	}
	return day, dates == 1
}

// isClock reports a time of day: "14:35", "14.35", "14:35:00", "14:35h".
func isClock(w string) bool {
	w = strings.TrimSuffix(w, "h")
	parts := strings.FieldsFunc(w, func(r rune) bool { return r == ':' || r == '.' })
	if len(parts) < 2 || len(parts) > 3 || strings.Count(w, ".") > 0 && len(parts) != 2 {
		return false
	}
	for k, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil || len(p) > 2 || k > 0 && len(p) != 2 || k == 0 && n > 23 || k > 0 && n > 59 {
			return false
		}
	}
	return true
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
	parts := strings.Split(w, ".")
	if len(parts) != 3 || len(parts[2]) != 2 && len(parts[2]) != 4 {
		return 0, false
	}
	var n [3]int
	for k, p := range parts {
		v, err := strconv.Atoi(p)
		if err != nil || k < 2 && (len(p) == 0 || len(p) > 2) {
			return 0, false
		}
		n[k] = v
	}
	if len(parts[2]) == 2 {
		n[2] += 2000
	}
	return validDay(n[2], n[1], n[0])
}

// namedDate reads a day, a month's German name and a year from the start
// of words ("12.", "März", "2024"), and returns the day and how many
// words it took.
func namedDate(words []string) (model.Day, int, bool) {
	if len(words) < 3 || !strings.HasSuffix(words[0], ".") {
		return 0, 0, false
	}
	dom, err := strconv.Atoi(strings.TrimSuffix(words[0], "."))
	if err != nil {
		return 0, 0, false
	}
	month := 0
	for m, names := range GermanMonths {
		if slices.Contains(names, strings.TrimSuffix(words[1], ".")) {
			month = m + 1
		}
	}
	year, err := strconv.Atoi(words[2])
	if month == 0 || err != nil || len(words[2]) != 4 {
		return 0, 0, false
	}
	d, ok := validDay(year, month, dom)
	return d, 3, ok
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
