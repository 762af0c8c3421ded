package temporal

import (
	"strconv"
	"strings"
	"time"

	"chronik/corpus/text"
	"chronik/model"
)

// number tags what starts with a number token.
func (s *state) number(i int) int {
	if r, ok := s.numberCore(i); ok {
		return s.emit(i, r)
	}
	return i
}

func (s *state) numberCore(i int) (res, bool) {
	t := &s.toks[i]
	if r, ok := s.clock(i); ok {
		return r, true
	}
	if r, ok := s.numericDate(i); ok {
		return r, true
	}
	if t.ndig <= 2 && s.punct(i+1) == '.' && s.glued(i+1) {
		// An ordinal: "18. Dezember", "3. Quartal", "20. Jahrhundert".
		n := int(t.num)
		if r, ok := s.dayMonthRange(i); ok {
			return r, true
		}
		if r, ok := s.dayMonth(i, n, i+2); ok {
			return r, true
		}
		if r, ok := s.ordinalUnit(i, n, i+2); ok {
			return r, true
		}
	}
	if t.ndig <= 2 && s.has(i+1, fMonth) {
		// English order without a full stop: "19 December 2024".
		if _, ok := s.yearAt(s.afterMonth(i + 1)); ok {
			if r, ok := s.dayMonth(i, int(t.num), i+1); ok {
				return r, true
			}
		}
	}
	if r, ok := s.slashYear(i); ok {
		return r, true
	}
	if r, ok := s.bareYear(i); ok {
		return r, true
	}
	return s.quantity(i)
}

// afterMonth returns the token after a month name and the full stop of
// its abbreviation.
func (s *state) afterMonth(k int) int {
	if s.has(k, fMonthAbbr) && s.punct(k+1) == '.' && s.glued(k+1) {
		return k + 2
	}
	return k + 1
}

// dayMonth matches "18. Dezember [2024]" with the day's number at i and
// the month name at k; a clock time may follow ("18. Dezember, 20 Uhr").
func (s *state) dayMonth(i, day, k int) (res, bool) {
	r, ok := s.dayMonthDate(i, day, k)
	if !ok {
		return r, false
	}
	return s.withClock(r), true
}

// dayMonthDate is dayMonth without a clock time.
func (s *state) dayMonthDate(i, day, k int) (res, bool) {
	e := s.entry(k)
	if e == nil || e.f&fMonth == 0 || !dayMonthOK(int(e.month), day) {
		return res{}, false
	}
	m := int(e.month)
	end := s.afterMonth(k)
	if e.f&fMonthAbbr != 0 && end == k+1 && !s.yearFollows(end) {
		// "18. Jan" without a full stop or a year is too weak ("Jan" is a name).
		if _, isYear := s.yearAt(end); !isYear && len(s.text[s.toks[k].start:s.toks[k].end]) <= 3 {
			return res{}, false
		}
	}
	var r res
	if y, ok := s.yearAt(end); ok && !s.isAmountAfter(end+1) {
		end++
		r = res{}.withPoint(dayPoint(model.NewDay(y, time.Month(m), day)))
		r.note = &note{kind: nFullDate, day: r.p.iv.Start}
	} else {
		r = s.monthDay(i, m, day)
	}
	r.end = end
	r.dayLevel = true
	return r, true
}

func (s *state) yearFollows(k int) bool { _, ok := s.yearAt(k); return ok }

// monthDay resolves a day and month named without a year: the year is the
// article's, moved back when a past tense speaks of a later month
// (HeidelTime's rule), forward when a future one speaks of an earlier
// month, and otherwise the nearest.
func (s *state) monthDay(i, m, day int) res {
	r := res{typ: model.TimexDate, dayLevel: true}
	if !s.dct.Valid() {
		r.value = "XXXX-" + pad2(m) + "-" + pad2(day)
		r.note = &note{kind: nDayMonth, month: m, dom: day}
		return r
	}
	tn := s.dateTense(i)
	r = s.relPoint(r, func(d model.Day) point {
		return dayPoint(model.NewDay(yearFor(m, d, tn), time.Month(m), day))
	})
	r.note = &note{kind: nDayMonth, month: m, dom: day}
	return r
}

// yearFor picks the year of a month named without one, seen from day d:
// told in the past, the last such month; announced ("wird … erwartet",
// "soll"), the next; with no tense to go by, the article's year unless
// the month lies more than half a year behind (then next year's: "im März"
// said in November) or is the year's far end seen from its start (then
// last year's: "im Dezember" said in January). News in the present tense
// mostly announces, so the window reaches further ahead than back.
func yearFor(m int, d model.Day, tn tense) int {
	y, dm, _ := d.Date()
	switch tn {
	case tensePast:
		if m > int(dm) {
			return y - 1
		}
	case tenseFuture, tensePresent:
		if m < int(dm) {
			return y + 1
		}
	default:
		if m-int(dm) > 8 {
			return y - 1
		}
		if int(dm)-m > 6 {
			return y + 1
		}
	}
	return y
}

// relPoint resolves a unit that depends on the article date: exact when
// both ends of the DCT give the same unit, otherwise the union of the two
// with the most specific value that holds it.
func (s *state) relPoint(r res, f func(d model.Day) point) res {
	p1 := f(s.dct.Start)
	r.anchored = true
	if s.dct.End == s.dct.Start {
		return r.withPoint(p1)
	}
	p2 := f(s.dct.End)
	if p1 == p2 {
		return r.withPoint(p1)
	}
	r.iv = p1.iv.Union(p2.iv)
	r.value = coarseValue(r.iv)
	r.dayLevel = p1.g == gDay
	if r.typ == "" {
		r.typ = model.TimexDate
	}
	return r
}

// dayMonthRange matches "18. bis 20. Dezember", "18. bis zum 20.
// Dezember", "18. und dem 20. Dezember" and "18.–20. Dezember": two
// dates, the first taking its month and year from the second.
func (s *state) dayMonthRange(i int) (res, bool) {
	k := i + 2
	if !(s.is(k, "bis") || s.is(k, "und") || s.punct(k) == '-' || s.tokIsDash(k)) {
		return res{}, false
	}
	if s.is(k, "bis") && s.is(k+1, "zum") || s.is(k, "und") && s.is(k+1, "dem") {
		k++
	}
	d2, ok := s.numAt(k+1, 2)
	if !ok || s.punct(k+2) != '.' {
		return res{}, false
	}
	second, ok := s.dayMonth(k+1, d2, k+3)
	if !ok {
		return res{}, false
	}
	d1 := int(s.toks[i].num)
	y, m, _ := second.iv.Start.Date()
	var first res
	switch {
	case second.exact && second.p.g == gDay && dayMonthOK(int(m), d1):
		first = res{}.withPoint(dayPoint(model.NewDay(y, m, d1)))
		first.anchored = second.anchored
	case !second.iv.Valid() && len(second.value) == 10:
		first = res{typ: model.TimexDate, value: second.value[:8] + pad2(d1)}
	default:
		return res{}, false
	}
	first.end = i + 2
	first.dayLevel = true
	second.start = k + 1
	first.extra = []res{second}
	return first, true
}

func (s *state) tokIsDash(k int) bool {
	t := s.tok(k)
	if t == nil || t.kind != tkPunct {
		return false
	}
	w := s.text[t.start:t.end]
	return w == "–" || w == "—" || w == "-"
}

// numericDate matches "6.1.2021", "06.01.21", "am 6.1." and ISO "2024-12-18".
func (s *state) numericDate(i int) (res, bool) {
	t := &s.toks[i]
	// ISO 8601.
	if _, isYear := s.yearAt(i); isYear && s.punct(i+1) == '-' && s.glued(i+1) && s.glued(i+2) {
		if m, ok := s.numAt(i+2, 2); ok && s.punct(i+3) == '-' && s.glued(i+3) && s.glued(i+4) {
			if d, ok := s.isoDay(i + 4); ok && s.toks[i+2].ndig == 2 && dayMonthOK(m, d) {
				r := res{end: i + 5}.withPoint(dayPoint(model.NewDay(int(t.num), time.Month(m), d)))
				r.note = &note{kind: nFullDate, day: r.p.iv.Start}
				if s.toks[i+4].kind == tkAlnum {
					return s.isoTime(r), true
				}
				return s.withClock(r), true
			}
		}
	}
	if r, ok := s.spacedDate(i); ok {
		return r, true
	}
	if t.ndig > 2 || s.punct(i+1) != '.' || !s.glued(i+1) || !s.glued(i+2) {
		return res{}, false
	}
	m, ok := s.numAt(i+2, 2)
	d := int(t.num)
	if !ok || !dayMonthOK(m, d) || s.punct(i+3) != '.' || !s.glued(i+3) {
		return res{}, false
	}
	if y := s.tok(i + 4); y != nil && !y.space && y.kind == tkNum && (y.ndig == 4 || y.ndig == 2) {
		year := int(y.num)
		if y.ndig == 2 {
			// Two-digit years: the century that puts the date nearest the
			// article (or this century when there is no article date).
			year += 2000
			if s.dct.Valid() {
				dy, _, _ := s.dct.Start.Date()
				if year > dy+20 {
					year -= 100
				}
			} else if year > 2049 {
				year -= 100
			}
		}
		if year < 1000 || year > 2199 {
			return res{}, false
		}
		if n := s.tok(i + 5); n != nil && !n.space && (n.punct(s.text) == '.' || n.punct(s.text) == ',') && s.tok(i+6) != nil && !s.toks[i+6].space && s.toks[i+6].kind == tkNum {
			return res{}, false // a longer number
		}
		r := res{end: i + 5}.withPoint(dayPoint(model.NewDay(year, time.Month(m), d)))
		r.note = &note{kind: nFullDate, day: r.p.iv.Start}
		return s.withClock(r), true
	}
	// "6.1." without a year only after a preposition that takes dates.
	if p := s.entry(i - 1); p == nil || p.f&fPrepDate == 0 {
		return res{}, false
	}
	if n := s.tok(i + 4); n != nil && !n.space && n.kind == tkNum {
		return res{}, false
	}
	r := s.monthDay(i, m, d)
	r.end = i + 4
	return s.withClock(r), true
}

// spacedDate reads a date whose day, month and year stand apart with
// spaces between, as web addresses and headlines made from them write
// them ("Unfall in Weiler vom 27 12 2015"): only after a preposition that
// takes dates, and not as part of a longer run of numbers.
func (s *state) spacedDate(i int) (res, bool) {
	if p := s.entry(i - 1); p == nil || p.f&fPrepDate == 0 {
		return res{}, false
	}
	d, okD := s.numAt(i, 2)
	m, okM := s.numAt(i+1, 2)
	y, okY := s.numAt(i+2, 4)
	if !okD || !okM || !okY || s.toks[i+2].ndig != 4 || s.glued(i+1) || s.glued(i+2) || !dayMonthOK(m, d) || y < 1900 || y > 2099 {
		return res{}, false
	}
	if n := s.tok(i + 3); n != nil && n.kind == tkNum && !n.newline {
		return res{}, false
	}
	r := res{end: i + 3}.withPoint(dayPoint(model.NewDay(y, time.Month(m), d)))
	r.note = &note{kind: nFullDate, day: r.p.iv.Start}
	return r, true
}

// isoDay reads the day of an ISO date at k: two digits, alone or glued
// to the time that follows ("2016-01-04T08:00:00", tokenised "04T08").
func (s *state) isoDay(k int) (int, bool) {
	t := s.tok(k)
	if t == nil || t.ndig != 2 || t.num < 0 {
		return 0, false
	}
	switch t.kind {
	case tkNum:
		return int(t.num), true
	case tkAlnum:
		if w := s.text[t.start:t.end]; len(w) > 3 && w[2] == 'T' && w[3] >= '0' && w[3] <= '9' {
			return int(t.num), true
		}
	}
	return 0, false
}

// isoTime reads the time of an ISO date and time, "…T08:00:00+01:00",
// whose hour is glued to the day (the token before r.end): the minutes
// (seconds and zone are part of the expression, not of its value).
func (s *state) isoTime(r res) res {
	t := &s.toks[r.end-1]
	w := s.text[t.start:t.end]
	if len(w) != 5 || w[3] < '0' || w[3] > '9' || w[4] < '0' || w[4] > '9' {
		return r
	}
	h := int(w[3]-'0')*10 + int(w[4]-'0')
	twoDigits := func(k int) (int, bool) {
		if !s.glued(k) || !s.glued(k+1) || s.tok(k+1).ndig != 2 {
			return 0, false
		}
		return s.numAt(k+1, 2)
	}
	mi, ok := twoDigits(r.end)
	if s.punct(r.end) != ':' || !ok || h > 23 || mi > 59 {
		return r
	}
	r.end += 2
	if _, ok := twoDigits(r.end); ok && s.punct(r.end) == ':' {
		r.end += 2 // seconds
	}
	if p := s.punct(r.end); p == '+' || p == '-' {
		if _, ok := twoDigits(r.end); ok && s.punct(r.end+2) == ':' {
			if _, ok := twoDigits(r.end + 2); ok {
				r.end += 4 // the zone
			}
		}
	}
	r.typ = model.TimexTime
	r.value += "T" + pad2(h) + ":" + pad2(mi)
	return r
}

// clockAt reads "20 Uhr", "20.15 Uhr", "20:15 Uhr", "20:15" at k.
func (s *state) clockAt(k int, needUhr bool) (h, min, end int, ok bool) {
	h, ok = s.numAt(k, 2)
	if !ok || h > 24 {
		return 0, 0, 0, false
	}
	end = k + 1
	if p := s.punct(k + 1); (p == ':' || p == '.') && s.glued(k+1) && s.glued(k+2) {
		if mm, ok2 := s.numAt(k+2, 2); ok2 && s.toks[k+2].ndig == 2 && mm < 60 {
			min, end = mm, k+3
		}
	}
	if s.has(end, fUhr) {
		end++
		if s.has(end, fTimeZone) {
			end++
		}
		return h, min, end, true
	}
	if needUhr || end == k+1 || s.punct(k+1) != ':' {
		return 0, 0, 0, false
	}
	return h, min, end, true
}

// clock matches a time of day on its own: "um 20 Uhr", "gegen 8.30 Uhr",
// "um 15:30". It belongs to the day last told, or to the article's day.
func (s *state) clock(i int) (res, bool) {
	prepped := s.is(i-1, "um") || s.is(i-1, "gegen") || s.is(i-1, "ab") || s.is(i-1, "bis") || s.is(i-1, "seit") || s.is(i-1, "von")
	h, mi, end, ok := s.clockAt(i, !prepped)
	if !ok {
		// "von 10 bis 18 Uhr", "zwischen 9 und 15 Uhr": the first hour
		// takes "Uhr" from the second.
		h, hok := s.numAt(i, 2)
		if !hok || h > 24 || !(s.is(i+1, "bis") || s.tokIsDash(i+1) || s.is(i+1, "und") && s.is(i-1, "zwischen")) {
			return res{}, false
		}
		second, ok := s.clock(i + 2)
		if !ok || second.typ != model.TimexTime {
			return res{}, false
		}
		first := second
		first.end, first.extra = i+1, []res{second}
		first.extra[0].start = i + 2
		if k := strings.LastIndexByte(first.value, 'T'); k >= 0 {
			first.value = first.value[:k] + "T" + pad2(h) + ":00"
		}
		return first, true
	}
	r := res{end: end, typ: model.TimexTime}
	hm := "T" + pad2(h) + ":" + pad2(mi)
	switch {
	case s.setInSentence(i):
		// Opening hours after "montags", "werktags": no day of their own.
		r.value = "XXXX-XX-XX" + hm
	case s.refDay.Valid():
		r.iv, r.anchored = s.refDay, true
		if s.refNight && h < 12 {
			r.iv = r.iv.Shift(1) // "in der Nacht zum Sonntag … gegen 3.40 Uhr": Sunday's small hours
		}
		if s.lastClock >= 0 && s.lastClock == i-2 && (s.is(i-1, "und") || s.is(i-1, "bis") || s.tokIsDash(i-1)) && h < s.lastHour {
			r.iv = r.iv.Shift(1) // "zwischen 23 Uhr und 4 Uhr": past midnight
		}
		r.value = coarseValue(r.iv) + hm
		if r.iv.Days() > 1 {
			r.value = coarseValue(r.iv)
		}
	case s.dct.Valid():
		r.iv, r.anchored = s.dct, true
		r.value = coarseValue(r.iv) + hm
		if r.iv.Days() > 1 {
			r.value = coarseValue(r.iv)
		}
	default:
		r.value = "XXXX-XX-XX" + hm
	}
	return r, true
}

// withClock extends a resolved day by a following clock time: "18.
// Dezember, 20 Uhr", "am 6. Januar 2021 um 14.30 Uhr".
func (s *state) withClock(r res) res {
	h, mi, end, ok := s.clockAt(s.clockOpens(r.end, false), true)
	if !ok {
		return r
	}
	r.end = end
	r.typ = model.TimexTime
	if len(r.value) > 10 && r.value[10] == 'T' {
		r.value = r.value[:10] // "Samstagabend um 19 Uhr": the clock replaces the part of day
	}
	if len(r.value) == 10 {
		r.value += "T" + pad2(h) + ":" + pad2(mi)
	}
	return r
}

// clockNext reports a clock time at token k, as withClock reads one
// after a date ("um 20.15 Uhr", ", gegen 14 Uhr"), or in parentheses
// ("Dienstag (20.45 Uhr)").
func (s *state) clockNext(k int) bool {
	_, _, _, ok := s.clockAt(s.clockOpens(k, true), true)
	return ok
}

// clockOpens returns the token after the comma and the preposition that
// may open a clock time at token k (", um", "gegen", "ab"), or after a
// parenthesis where paren allows one.
func (s *state) clockOpens(k int, paren bool) int {
	if s.punct(k) == ',' || paren && s.punct(k) == '(' {
		k++
	}
	if s.is(k, "um") || s.is(k, "gegen") || s.is(k, "ab") {
		k++
	}
	return k
}

// setInSentence reports whether a set ("montags", "werktags", "jeden
// Dienstag") was tagged earlier in the sentence of token i.
func (s *state) setInSentence(i int) bool {
	if s.lastSet < 0 || s.lastSet >= i {
		return false
	}
	start, _ := s.sentenceBounds(i)
	return s.lastSet >= start
}

// bareYear accepts a four-digit number as a year where it reads as one:
// 1900–2099 unless it is an amount ("2024 Menschen", "2020 Euro", "rund
// 2000"); earlier years only after a cue ("im Jahr 1648", "seit 1871").
func (s *state) bareYear(i int) (res, bool) {
	y, ok := s.yearAt(i)
	if !ok {
		return res{}, false
	}
	prev := s.entry(i - 1)
	cue := prev != nil && prev.f&(fYearCue|fMonth|fSeason|fPrepDate|fMod) != 0
	switch s.punct(i - 1) {
	case '(':
		cue = true
	case '/':
		if s.glued(i) {
			return res{}, false // "24/2024", "2023/2024"
		}
	}
	if s.tokIsDash(i-1) && s.tok(i-2) != nil && s.toks[i-2].kind == tkNum {
		cue = true // "2019–2021"
	}
	if start, _ := s.sentenceBounds(i); start == i && s.tokIsDash(i+1) {
		cue = true // "1865 – In Wien wird …": an entry of a chronicle
	}
	if y < 1900 || y > 2099 {
		if !cue {
			return res{}, false
		}
	}
	if prev != nil && prev.f&fAmountBefore != 0 {
		return res{}, false
	}
	if s.isAmountAfter(i + 1) {
		return res{}, false
	}
	if n := s.tok(i + 1); n != nil && n.kind == tkWord && n.upper && !n.newline && s.is(i-1, "in") && (n.e == nil || n.e.f&(fMonth|fSeason) == 0) {
		return res{}, false // "in 1010 Wien", "in 2020 Hollabrunn": a postal code and its town
	}
	if n := s.tok(i + 1); n != nil && n.kind == tkWord && n.upper && !n.newline && !cue && s.punct(i-1) != ',' {
		if (n.e == nil || n.e.f&(fMonth|fPast|fFuture|fPerfAux) == 0) && !text.IsPreterite(s.doc.Lower(i+1)) {
			return res{}, false // "2024 Bewerber"
		}
	}
	if s.punct(i+1) == '/' && s.glued(i+1) {
		return res{}, false // "2024/25": a season of years, not tagged as one year
	}
	if p := s.punct(i - 1); (p == '.' || p == ',') && s.glued(i) && s.tok(i-2) != nil && s.toks[i-2].kind == tkNum {
		return res{}, false // "1.2024", "3,2024"
	}
	r := res{end: i + 1}.withPoint(yearPoint(y))
	r.note = &note{kind: nYear, year: y}
	if s.has(i-1, fPeriodNoun) {
		r.start = i - 1 // "Geschäftsjahr 2024", as "Jahr 2024"
	}
	return r, true
}

// isAmountAfter reports whether token k makes the number before it an amount.
func (s *state) isAmountAfter(k int) bool {
	t := s.tok(k)
	if t == nil {
		return false
	}
	if t.kind == tkPunct {
		w := s.text[t.start:t.end]
		return w == "%" || w == "€" || w == "$" || w == "£" || w == "‰"
	}
	return t.e != nil && t.e.f&fAmount != 0
}

// yearAfterUnit matches "Jahr 2018" / "Jahres 2024" at the unit word i.
func (s *state) yearAfterUnit(i int) (res, bool) {
	e := s.entry(i)
	if e == nil || e.unit != uYear || e.plural && !s.is(i, "jahre") {
		return res{}, false
	}
	y, ok := s.yearAt(i + 1)
	if !ok || s.isAmountAfter(i+2) {
		return res{}, false
	}
	if s.is(i, "jahre") && (s.is(i+2, "bis") || s.is(i+2, "und") || s.tokIsDash(i+2) || s.punct(i+2) == ',') {
		return res{}, false // "der Jahre 1991 bis 2020": a plural, each year its own
	}
	r := res{end: i + 2}.withPoint(yearPoint(y))
	r.note = &note{kind: nYear, year: y}
	return r, true
}

// month matches a month name: "Oktober", "Oktober 2024", "Okt. 2024",
// and English "December 19, 2024", "Dec. 19, 2024", "January 2025". dir
// forces the year's direction ("im vergangenen Oktober": -1).
func (s *state) month(i int, dir int) (res, bool) {
	e := s.entry(i)
	m := int(e.month)
	k := s.afterMonth(i)
	abbrDot := k == i+2
	// English: Month Day[,] Year / Month Day.
	if d, ok := s.numAt(k, 2); ok && dayMonthOK(m, d) && !(s.punct(k+1) == '.' && s.glued(k+1)) {
		j := k + 1
		if s.punct(j) == ',' {
			j++
		}
		if y, ok := s.yearAt(j); ok {
			r := res{end: j + 1}.withPoint(dayPoint(model.NewDay(y, time.Month(m), d)))
			r.note = &note{kind: nFullDate, day: r.p.iv.Start}
			return s.withClock(r), true
		}
		if e.f&fEngMonth != 0 || s.punct(k+1) == ',' {
			r := s.monthDay(i, m, d)
			r.end = k + 1
			return r, true
		}
	}
	if y, ok := s.yearAt(k); ok && !s.isAmountAfter(k+1) {
		r := res{end: k + 1}.withPoint(monthPoint(y, time.Month(m)))
		r.note = &note{kind: nYear, year: y, month: m}
		return r, true
	}
	if rel := s.entry(k); rel != nil && rel.f&fRel != 0 && rel.rel != 0 && s.has(k+1, fUnit) && s.entry(k+1).unit == uYear &&
		!s.entry(k+1).plural && e.f&fEngMonth == 0 {
		// "im Dezember vergangenen Jahres", "im März nächsten Jahres".
		if !s.dct.Valid() {
			return res{end: k + 2, typ: model.TimexDate, value: "XXXX-" + pad2(m)}, true
		}
		return s.relPoint(res{end: k + 2}, func(d model.Day) point {
			y, _, _ := d.Date()
			return monthPoint(y+int(rel.rel), time.Month(m))
		}), true
	}
	if (s.is(k, "des") || s.is(k, "dieses")) && s.has(k+1, fUnit) && s.entry(k+1).unit == uYear {
		// "im Dezember des Jahres 2024", "im Oktober dieses Jahres"
		if y, ok := s.yearAt(k + 2); ok {
			r := res{end: k + 3}.withPoint(monthPoint(y, time.Month(m)))
			r.note = &note{kind: nYear, year: y, month: m}
			return r, true
		}
		if s.is(k, "dieses") && s.dct.Valid() {
			r := s.relPoint(res{end: k + 2}, func(d model.Day) point {
				y, _, _ := d.Date()
				return monthPoint(y, time.Month(m))
			})
			return r, true
		}
	}
	// "zwischen Mai und Juli 2026", "von März bis Mai 2024": the first
	// month takes the year of the second.
	if (s.is(k, "und") || s.is(k, "bis") || s.tokIsDash(k)) && s.has(k+1, fMonth) && e.f&fEngMonth == 0 {
		if m2 := int(s.entry(k + 1).month); m2 > m {
			if y, ok := s.yearAt(s.afterMonth(k + 1)); ok {
				r := res{end: k}.withPoint(monthPoint(y, time.Month(m)))
				r.note = &note{kind: nYear, year: y, month: m}
				return r, true
			}
		}
	}
	// The month alone.
	if e.f&fEngMonth != 0 {
		return res{}, false // an English month needs a day or a year ("May" is also a name)
	}
	if e.f&fMonthAbbr != 0 && !abbrDot {
		return res{}, false
	}
	if n := s.tok(k); n != nil && n.kind == tkWord && n.upper && n.e == nil && !n.newline && !abbrDot && !s.has(i-1, fPrepDate|fMod) && !commonNoun(s.text[n.start:n.end]) {
		// "August Bebel", "Mai Thi": a first name before a surname; not
		// after "im", "Anfang", "Ende" nor before a common noun
		// ("meldete im August Insolvenz an", "Juni Gewinne").
		if m == 8 || m == 5 || m == 4 || m == 6 || m == 7 {
			return res{}, false
		}
	}
	if s.has(i-1, fOrdinal) || s.has(i-1, fNumWord) {
		return res{}, false
	}
	r := res{end: k, typ: model.TimexDate}
	if !s.dct.Valid() {
		r.value = "XXXX-" + pad2(m)
		return r, true
	}
	tn := s.dateTense(i)
	if dir < 0 {
		tn = tensePast
	} else if dir > 0 {
		tn = tenseFuture
	}
	return s.relPoint(r, func(d model.Day) point {
		y := yearFor(m, d, tn)
		_, dm, _ := d.Date()
		if dir < 0 && m == int(dm) {
			y-- // "im vergangenen Dezember" said in December: last year's
		}
		if dir > 0 && m == int(dm) {
			y++
		}
		return monthPoint(y, time.Month(m))
	}), true
}

// season matches "Sommer", "Frühjahr 2020", "Winter 2023/24".
func (s *state) season(i int, dir int) (res, bool) {
	e := s.entry(i)
	sc := e.season
	if !s.toks[i].upper {
		return res{}, false
	}
	if y, ok := s.yearAt(i + 1); ok && !s.isAmountAfter(i+2) {
		end := i + 2
		if s.punct(end) == '/' && s.glued(end) {
			if _, ok := s.numAt(end+1, 4); ok {
				end += 2
			}
		}
		r := res{end: end}.withPoint(seasonPoint(y, sc))
		r.note = &note{kind: nYear, year: y}
		return r, true
	}
	// Only a season after a preposition or relative word counts: "im
	// Sommer", "diesen Herbst"; "der Sommer der Liebe" is not a date.
	genitive := s.is(i-1, "des") && s.text[s.toks[i].end-1] == 's' // "die heißeste Phase des Sommers"
	if dir == 0 && !genitive && !(s.is(i-1, "im") || s.is(i-1, "seit") || s.is(i-1, "ab") || s.is(i-1, "bis") || s.is(i-1, "zum") || s.is(i-1, "vom")) {
		return res{}, false
	}
	r := res{end: i + 1, typ: model.TimexDate}
	if !s.dct.Valid() {
		r.value = "XXXX-" + sc
		return r, true
	}
	start := map[string]int{"SP": 3, "SU": 6, "FA": 9, "WI": 12}[sc]
	tn := s.dateTense(i)
	return s.relPoint(r, func(d model.Day) point {
		p := seasonPoint(yearFor(start, d, tn), sc)
		if dir < 0 && p.iv.End >= d {
			p = seasonPoint(p.iv.Start.Time().Year()-1, sc)
		}
		if dir > 0 && p.iv.Start <= d {
			p = seasonPoint(p.iv.Start.Time().Year()+1, sc)
		}
		return p
	}), true
}

// holiday matches "Weihnachten", "Ostern 2025", "an Silvester", "am
// zweiten Weihnachtsfeiertag".
func (s *state) holiday(i int) (res, bool) {
	h := holidays[s.entry(i).hol-1]
	if o := s.entry(i - 1); o != nil && o.f&fOrdinal != 0 && o.n == 2 && (s.isFolded(i, "weihnachtsfeiertag") || s.isFolded(i, "weihnachtstag")) {
		second := h
		second.day = func(y int) model.Day { return h.day(y).AddDays(1) }
		r, ok := s.holidayOf(second, i)
		r.start = i - 1
		return r, ok
	}
	return s.holidayOf(h, i)
}

func (s *state) holidayOf(h holiday, i int) (res, bool) {
	r, ok := s.holidayDay(h, i)
	if ok && h.night {
		r.typ = model.TimexTime
		if len(r.value) == 10 {
			r.value += "TNI"
		}
	}
	return r, ok
}

// holidayDay resolves the day of holiday h, whose word is token i.
func (s *state) holidayDay(h holiday, i int) (res, bool) {
	if y, ok := s.yearAt(i + 1); ok {
		r := res{end: i + 2}.withPoint(dayPoint(h.day(y)))
		return r, true
	}
	r := res{end: i + 1, typ: model.TimexDate, dayLevel: true}
	if !s.dct.Valid() {
		_, m, d := h.day(2000).Date()
		r.value = "XXXX-" + pad2(int(m)) + "-" + pad2(d)
		if h.day(2000) != h.day(2001).AddDays(-365) {
			r.value = "XXXX" // a movable feast
		}
		return r, true
	}
	tn := s.dateTense(i)
	return s.relPoint(r, func(d model.Day) point {
		y, _, _ := d.Date()
		_, m, _ := h.day(y).Date()
		return dayPoint(h.day(yearFor(int(m), d, tn)))
	}), true
}

// decade matches "1990er", "90er Jahre", "90er-Jahren", "Neunzigerjahre",
// "neunziger Jahre": value "199".
func (s *state) decade(i int) (res, bool) {
	if i >= len(s.toks) {
		return res{}, false // "späte" ending the text
	}
	t := &s.toks[i]
	var dec int
	end := i + 1
	switch t.kind {
	case tkAlnum:
		w := s.text[t.start:t.end]
		digits := int(t.ndig)
		rest := foldString(w[digits:])
		switch rest {
		case "er", "er-jahre", "er-jahren", "er-jahrzehnt", "erjahre", "erjahren":
		default:
			return res{}, false
		}
		switch {
		case digits == 4 && t.num%10 == 0 && t.num >= 1000 && t.num < 2200:
			dec = int(t.num) / 10
		case digits == 2 && t.num%10 == 0:
			dec = 190 + int(t.num)/10
			if t.num <= 10 {
				dec = 200 + int(t.num)/10
			}
		default:
			return res{}, false
		}
		if rest == "er" && s.has(i+1, fDecadeTail) && !s.entry(i+1).plural || rest == "er" && (s.is(i+1, "jahre") || s.is(i+1, "jahren")) {
			end++
		}
	case tkWord:
		e := t.e
		if e == nil || e.f&fDecade == 0 {
			return res{}, false
		}
		dec = 190 + int(e.n)
		if e.n <= 1 {
			dec = 200 + int(e.n)
		}
		if !e.plural { // "neunziger" needs "Jahre"; "Neunzigerjahre" is complete
			if !(s.is(i+1, "jahre") || s.is(i+1, "jahren")) {
				return res{}, false
			}
			end++
		}
	default:
		return res{}, false
	}
	anchored := false
	if t.kind == tkWord || t.ndig == 2 {
		dec, end, anchored = s.decadeCentury(i, dec, end)
	}
	r := res{end: end}.withPoint(decadePoint(dec))
	r.anchored = anchored
	return r, true
}

// decadeCentury places a decade written without its century ("20er Jahre",
// "zwanziger Jahre", value dec as read: 192 or 200/201): by a century
// named after it ("der 20er Jahre dieses Jahrhunderts", "des vorigen
// Jahrhunderts", "des 20. Jahrhunderts"), or in this century when it is
// the article's decade or later and the sentence speaks of the future
// ("bis Ende der 20er Jahre soll …"); otherwise as read, since the
// "Zwanziger" of German news are mostly the 1920s.
func (s *state) decadeCentury(i, dec, end int) (int, int, bool) {
	d := dec % 10
	century := func(k int) bool { return s.is(k, "jahrhunderts") }
	dctCentury := 20
	if s.dct.Valid() {
		dctCentury = s.dct.Start.Time().Year() / 100
	}
	switch {
	case s.is(end, "dieses") && century(end+1):
		return dctCentury*10 + d, end + 2, s.dct.Valid()
	case s.is(end, "des") && s.has(end+1, fRel) && s.entry(end+1).rel < 0 && century(end+2):
		return (dctCentury-1)*10 + d, end + 3, s.dct.Valid()
	case s.is(end, "des"):
		if n, ok := s.numAt(end+1, 2); ok && s.punct(end+2) == '.' && century(end+3) && n >= 1 && n <= 22 {
			return (n-1)*10 + d, end + 4, false
		}
	}
	if s.dct.Valid() && dec/10 != dctCentury {
		this := dctCentury*10 + d
		if this*10+9 >= s.dct.Start.Time().Year() && this/10 == dctCentury && s.dateTense(i) == tenseFuture {
			return this, end, true
		}
	}
	return dec, end, false
}

// slashYear matches a span of two years written with a slash, as seasons,
// fiscal and school years are: "Saison 2023/24", "Geschäftsjahr
// 2024/25", "2019/2020". Its value is the first year, its interval both.
func (s *state) slashYear(i int) (res, bool) {
	y, ok := s.yearAt(i)
	if !ok || s.punct(i+1) != '/' || !s.glued(i+1) || !s.glued(i+2) {
		return res{}, false
	}
	t := s.tok(i + 2)
	if t == nil || t.kind != tkNum || !(t.ndig == 2 && int(t.num) == (y+1)%100 || t.ndig == 4 && int(t.num) == y+1) {
		return res{}, false
	}
	if s.isAmountAfter(i + 3) {
		return res{}, false
	}
	r := res{end: i + 3, typ: model.TimexDate, value: year4(y),
		iv: model.Interval{Start: model.NewDay(y, 1, 1), End: model.NewDay(y+1, 12, 31)}}
	if s.has(i-1, fPeriodNoun) {
		r.start = i - 1
	}
	r.note = &note{kind: nYear, year: y}
	return r, true
}

// ordinalUnit matches an ordinal (number n, the unit word at k) with
// Quartal, Halbjahr, Jahreshälfte, Jahrhundert, Jahrtausend, Kalenderwoche.
func (s *state) ordinalUnit(i, n, k int) (res, bool) {
	e := s.entry(k)
	if e == nil {
		return res{}, false
	}
	switch {
	case e.f&fQuarter != 0 && n >= 1 && n <= 4:
		return s.quarterYear(i, n, k+1, gQuarter)
	case e.f&fHalf != 0 && n >= 1 && n <= 2:
		if s.is(k, "hälfte") {
			// "erste Hälfte des Jahres [2024]", "zweite Hälfte 2024"
			if _, ok := s.yearAt(k + 1); ok {
				return s.quarterYear(i, n, k+1, gHalf)
			}
			if s.is(k+1, "des") && s.has(k+2, fUnit) && s.entry(k+2).unit == uYear {
				return s.quarterYear(i, n, k+3, gHalf)
			}
			return res{}, false
		}
		return s.quarterYear(i, n, k+1, gHalf)
	case e.f&fCentury != 0 && n >= 1 && n <= 21:
		if s.is(k, "jahrtausend") || s.is(k, "jahrtausends") {
			return res{end: k + 1, typ: model.TimexDate, value: strconv.Itoa(n - 1),
				iv: model.Interval{Start: model.NewDay((n-1)*1000, 1, 1), End: model.NewDay(n*1000-1, 12, 31)}}, n >= 2
		}
		return res{end: k + 1}.withPoint(centuryPoint(n - 1)), true
	case e.f&fKW != 0 && n >= 1 && n <= 53:
		return s.weekOfYear(i, n, k+1)
	}
	return res{}, false
}

// quarterYear resolves quarter or half n; the year follows at k, or is
// the article's.
func (s *state) quarterYear(i, n, k int, g gran) (res, bool) {
	mk := func(y int) point {
		if g == gHalf {
			return halfPoint(y, n)
		}
		return quarterPoint(y, n)
	}
	if y, ok := s.yearAt(k); ok && !s.isAmountAfter(k+1) {
		r := res{end: k + 1}.withPoint(mk(y))
		r.note = &note{kind: nYear, year: y}
		return r, true
	}
	r := res{end: k, typ: model.TimexDate}
	if !s.dct.Valid() {
		if g == gHalf {
			r.value = "XXXX-H" + strconv.Itoa(n)
		} else {
			r.value = "XXXX-Q" + strconv.Itoa(n)
		}
		return r, true
	}
	return s.relPoint(r, func(d model.Day) point { y, _, _ := d.Date(); return mk(y) }), true
}

// calendarWeek matches "KW 51", "Kalenderwoche 51 [2024]".
func (s *state) calendarWeek(i int) (res, bool) {
	n, ok := s.numAt(i+1, 2)
	if !ok || n < 1 || n > 53 {
		return res{}, false
	}
	return s.weekOfYear(i, n, i+2)
}

func (s *state) weekOfYear(i, w, k int) (res, bool) {
	mk := func(y int) point {
		jan4 := model.NewDay(y, time.January, 4)
		return weekPoint(weekPoint(jan4).iv.Start.AddDays(7 * (w - 1)))
	}
	if y, ok := s.yearAt(k); ok {
		return res{end: k + 1}.withPoint(mk(y)), true
	}
	r := res{end: k, typ: model.TimexDate}
	if !s.dct.Valid() {
		r.value = "XXXX-W" + pad2(w)
		return r, true
	}
	return s.relPoint(r, func(d model.Day) point { y, _, _ := d.Date(); return mk(y) }), true
}

// commonNoun reports whether a capitalised word is a German common noun
// by the text layer's lexicon, which knows no surnames.
func commonNoun(w string) bool {
	c, _ := text.Classes(w)
	return c&text.Noun != 0
}
