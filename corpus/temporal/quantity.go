package temporal

import (
	"strconv"

	"chronik/model"
)

// amount reads the count before a unit: digits ("24", "1,5"), number
// words ("drei", "anderthalb", "ein halbes"), or a vague count ("einige",
// "ein paar", "wenige"). n10 is the count times ten.
func (s *state) amount(i int) (n10 int, fuzzy bool, next int, ok bool) {
	t := s.tok(i)
	if t == nil {
		return 0, false, 0, false
	}
	switch {
	case t.kind == tkNum:
		if t.ndig > 4 || t.num < 0 {
			return 0, false, 0, false
		}
		n10, next = int(t.num)*10, i+1
		if s.punct(i+1) == ',' && s.glued(i+1) && s.glued(i+2) {
			if f, ok := s.numAt(i+2, 1); ok {
				n10 += f
				next = i + 3
			} else {
				return 0, false, 0, false
			}
		}
		if s.punct(i-1) == '.' && s.glued(i) || s.punct(i-1) == ',' && s.glued(i) {
			return 0, false, 0, false
		}
		if hi, next2, ok := s.amountRange(i, n10, next); ok && n10%10 == 0 {
			return hi, false, next2, true
		}
		return n10, false, next, true
	case t.e == nil:
		return 0, false, 0, false
	case t.e.f&fFuzzy != 0:
		return 0, true, i + 1, true
	case t.e.f&fNumWord != 0:
		n10, next = int(t.e.n), i+1
		if n10 == 10 {
			// "ein paar", "ein halbes Jahr", "eine knappe Woche"?
			if s.is(next, "paar") {
				return 0, true, next + 1, true
			}
			if h := s.entry(next); h != nil && h.f&fNumWord != 0 && h.n == 5 {
				return 5, false, next + 1, true
			}
		}
		if n10 == 5 { // "halbes" alone needs "ein" before it
			return 0, false, 0, false
		}
		if hi, next2, ok := s.amountRange(i, n10, next); ok {
			return hi, false, next2, true
		}
		return n10, false, next, true
	}
	return 0, false, 0, false
}

// amountRange reads the upper end of a range of counts: "zwei bis drei
// Jahre", "3–5 Tage" (one duration, valued by its upper bound). lo is the
// lower count ×10 read at i, next the token after it.
func (s *state) amountRange(i, lo, next int) (int, int, bool) {
	if !(s.is(next, "bis") || s.tokIsDash(next)) {
		return 0, 0, false
	}
	t := s.tok(next + 1)
	if t == nil {
		return 0, 0, false
	}
	hi, end := 0, next+2
	switch {
	case t.kind == tkNum && t.ndig <= 4 && t.num >= 0 && (s.tok(i).kind == tkNum):
		hi = int(t.num) * 10
	case t.e != nil && t.e.f&fNumWord != 0 && t.e.n%10 == 0 && s.tok(i).kind == tkWord:
		hi = int(t.e.n)
	default:
		return 0, 0, false
	}
	if hi <= lo {
		return 0, 0, false
	}
	if _, ok := s.unitAt(end, hi, false); !ok {
		return 0, 0, false
	}
	return hi, end, true
}

// quantity matches a count and a unit: a duration ("drei Jahre", "24
// Stunden", "fast vier Jahrzehnten", "ein halbes Jahr"), or with "später",
// "zuvor" after it a date relative to the event just told ("zwei Tage
// später", "Stunden zuvor").
func (s *state) quantity(i int) (res, bool) {
	n10, fuzzy, k, ok := s.amount(i)
	if !ok {
		return res{}, false
	}
	u, ok := s.unitAt(k, n10, fuzzy)
	if !ok {
		return res{}, false
	}
	end := k + 1
	if a := s.entry(end); a != nil && a.f&fAfterWord != 0 && !(s.is(end, "früher") && !s.has(end+1, fPrepDate)) {
		return s.anaphoricShift(res{end: end + 1}, u, n10, fuzzy, int(a.dir)), true
	}
	if s.is(i, "eines") && u == uDay {
		return res{}, false // "eines Tages": some day
	}
	r := res{end: end, typ: model.TimexDuration, value: durationValue(u, n10, fuzzy)}
	// "drei Jahren und neun Monaten": one duration, P3Y9M.
	if s.is(end, "und") && !fuzzy && n10%10 == 0 && u >= uDay && u != uWeekend && u <= uYear {
		if n2, fz2, k2, ok := s.amount(end + 1); ok && !fz2 && n2%10 == 0 {
			if u2, ok := s.unitAt(k2, n2, false); ok && u2 < u && u2 >= uDay && u2 != uWeekend && u2 != uQuarter && u2 != uHalfYear &&
				u != uQuarter && u != uHalfYear && !s.has(k2+1, fAfterWord) {
				r.end = k2 + 1
				r.value += durationValue(u2, n2, false)[1:]
			}
		}
	}
	return r, true
}

// unitAt reads the unit word at k that agrees with the count before it.
func (s *state) unitAt(k, n10 int, fuzzy bool) (unit, bool) {
	e := s.entry(k)
	if e == nil || e.f&fUnit == 0 || s.toks[k].kind != tkWord {
		return uNone, false
	}
	if !s.toks[k].upper && !s.is(k, "tags") {
		return uNone, false
	}
	plural := e.plural
	if n10 == 10 && plural && !s.is(k, "jahre") && !s.is(k, "tage") && !s.is(k, "monate") {
		return uNone, false
	}
	if (fuzzy || n10 > 10) && !plural && !s.is(k, "jahr") && !s.is(k, "monat") {
		// "drei Jahr" is not German, but "zwei Jahr" appears in quotes; "drei Woche" never.
		return uNone, false
	}
	return e.unit, true
}

// durationValue writes a TIMEX3 duration: P3D, P2W, P4Y, P4DE, PT5H, P6M
// for half a year, PXY for a vague count.
func durationValue(u unit, n10 int, fuzzy bool) string {
	code, timePart := "", false
	switch u {
	case uSecond:
		code, timePart = "S", true
	case uMinute:
		code, timePart = "M", true
	case uHour:
		code, timePart = "H", true
	case uDay:
		code = "D"
	case uWeek:
		code = "W"
	case uWeekend:
		code = "WE"
	case uMonth:
		code = "M"
	case uQuarter:
		code = "Q"
	case uHalfYear:
		code, n10 = "M", n10*6
	case uYear:
		code = "Y"
	case uDecade:
		code = "DE"
	case uCentury:
		code = "CE"
	case uMillennium:
		code = "ML"
	}
	p := "P"
	if timePart {
		p = "PT"
	}
	if fuzzy {
		return p + "X" + code
	}
	if n10%10 != 0 {
		// Halves in the next smaller unit: 1.5 years = P18M, 2.5 hours = PT150M.
		switch code {
		case "Y":
			return "P" + strconv.Itoa(n10*12/10) + "M"
		case "DE":
			return "P" + strconv.Itoa(n10) + "Y"
		case "CE":
			return "P" + strconv.Itoa(n10*10) + "Y"
		case "D":
			return "PT" + strconv.Itoa(n10*24/10) + "H"
		case "H":
			return "PT" + strconv.Itoa(n10*6) + "M"
		case "W":
			if n10*7%10 == 0 {
				return "P" + strconv.Itoa(n10*7/10) + "D"
			}
		}
		return p + strconv.Itoa(n10/10) + "." + strconv.Itoa(n10%10) + code
	}
	return p + strconv.Itoa(n10/10) + code
}

// approx wraps a count or clock time in a modifier: "etwa drei Jahre"
// (APPROX), "fast vier Jahrzehnten" (LESS_THAN), "mehr als zwei Wochen"
// (MORE_THAN), "gegen 20 Uhr" (APPROX). The modifier is part of the extent.
func (s *state) approx(i int) int {
	e := s.entry(i)
	j := i + 1
	if s.is(i, "mehr") || s.is(i, "weniger") {
		if !s.is(j, "als") || s.isAmountAfter(i-1) || s.tok(i-1) != nil && s.toks[i-1].kind == tkNum {
			return i // "7,6 Prozent weniger als ein Jahr zuvor" compares amounts
		}
		j++
	}
	if a := s.entry(j); a != nil && a.f&fApprox != 0 && (s.is(j, "genau") || s.is(j, "exakt")) {
		j++ // "fast genau fünf Jahre"
	}
	if s.is(i, "gegen") || s.is(i, "um") {
		if r, ok := s.clock(j); ok {
			r.start, r.mod = i, e.mod
			return s.emit(i, r)
		}
		return i
	}
	r, ok := s.quantity(j)
	if !ok {
		if s.is(j, "vor") || s.is(j, "in") {
			// "fast vor drei Jahren" is rare; "etwa vor einem Jahr" happens.
			r, ok = s.prepQuantityRes(j)
		}
		if !ok {
			return i
		}
	}
	if fz := s.entry(j); fz != nil && fz.f&fFuzzy != 0 {
		return i
	}
	r.start, r.mod = i, e.mod
	return s.emit(i, r)
}

// prepQuantity handles a preposition before a count: "vor drei Tagen"
// (a date, "vor" included as in "ago"), "in zwei Wochen" (a date, "in"
// left out), "seit drei Jahren" and "seit Jahren" (durations).
func (s *state) prepQuantity(i int) int {
	if r, ok := s.prepQuantityRes(i); ok {
		return s.emit(i, r)
	}
	return i
}

func (s *state) prepQuantityRes(i int) (res, bool) {
	p := s.entry(i).prep
	j := i + 1
	if p == "vor" || p == "bis" && s.is(j, "vor") {
		if p == "bis" {
			i, j = j, j+1
		}
		switch {
		case s.is(j, "kurzem"):
			r := res{start: i, end: j + 1, typ: model.TimexDate, value: "PAST_REF"}
			if s.dct.Valid() {
				r.iv = model.Interval{Start: s.dct.Start.AddDays(-recentPast), End: s.dct.End}
				r.anchored = true
			}
			return r, true
		case s.is(j, "langem") || s.is(j, "langer") && s.is(j+1, "zeit"):
			end := j + 1
			if s.is(j, "langer") {
				end++
			}
			return res{start: i, end: end, typ: model.TimexDate, value: "PAST_REF"}, true
		}
		mod := ""
		k := j
		if a := s.entry(k); a != nil && a.f&fApprox != 0 && !s.is(k, "über") && !s.is(k, "unter") {
			mod = a.mod
			k++
		}
		n10, fuzzy, next, ok := s.amount(k)
		var u unit
		if ok {
			u, ok = s.unitAt(next, n10, fuzzy)
		} else if e := s.entry(k); e != nil && e.f&fUnit != 0 && e.plural && s.toks[k].upper {
			fuzzy, u, next, ok = true, e.unit, k, true // "vor Jahren"
		}
		if !ok || s.has(next+1, fAfterWord) {
			return res{}, false
		}
		r := res{start: i, end: next + 1, typ: model.TimexDate, mod: mod}
		if fuzzy {
			r.value = "PAST_REF"
			return r, true
		}
		if u == uYear && n10%10 == 0 && n10 >= 10 {
			r.note = &note{kind: nAgo, year: n10 / 10}
		}
		return s.shiftFromDCT(r, u, -n10), true
	}
	switch p {
	case "in", "binnen", "innerhalb", "seit", "für", "über", "während", "nach", "ab", "von", "um":
	default:
		return res{}, false
	}
	if s.has(j, fArticle) && p == "innerhalb" || p == "innerhalb" && s.is(j, "von") {
		j++
	}
	q, ok := s.quantity(j)
	if !ok {
		// "seit Jahren", "seit Monaten", "über Jahrzehnte": a vague duration.
		if e := s.entry(j); e != nil && e.f&fUnit != 0 && e.plural && s.toks[j].upper && e.f&fCompound == 0 &&
			(p == "seit" || p == "für" || p == "über") {
			return res{start: j, end: j + 1, typ: model.TimexDuration, value: durationValue(e.unit, 0, true)}, true
		}
		return res{}, false
	}
	q.start = j
	if p == "in" && q.typ == model.TimexDuration && !s.has(j, fFuzzy) && !s.spanOf(q.end) {
		// "in zwei Wochen": the date that far ahead.
		n10, _, next, _ := s.amount(j)
		if e := s.entry(next); e != nil && n10 > 0 {
			return s.shiftFromDCT(res{start: j, end: q.end, typ: model.TimexDate}, e.unit, n10), true
		}
	}
	return q, true
}

// spanOf reports whether "in" and the count that ends before token k
// tell a span rather than a time ahead: a noun follows ("in 60 Jahren
// Vereinsgeschichte": sixty years of it), or its sentence is told in the past
// ("in zwei Jahren baute er …").
func (s *state) spanOf(k int) bool {
	if t := s.tok(k); t != nil && t.kind == tkWord && t.upper {
		return true
	}
	return s.tenseAt(k-1) == tensePast
}

// shiftFromDCT resolves "vor drei Tagen" / "in zwei Wochen": the article
// date moved by n10/10 units, at the unit's own granularity (days for
// days, ISO weeks for weeks, months, years …).
func (s *state) shiftFromDCT(r res, u unit, n10 int) res {
	r.typ = model.TimexDate
	if !s.dct.Valid() {
		r.value = refValue(n10)
		return r
	}
	n := n10 / 10
	if n10%10 != 0 && (u == uYear || u == uHalfYear) {
		u, n = uMonth, n10*12/10
		if u == uHalfYear {
			n = n10 * 6 / 10
		}
	}
	switch u {
	case uSecond, uMinute, uHour:
		r = s.relPoint(r, func(d model.Day) point { return dayPoint(d) })
		return r
	case uHalfYear:
		u, n = uMonth, 6*n
	case uDecade:
		u, n = uYear, 10*n
	case uCentury:
		u, n = uYear, 100*n
	}
	return s.relPoint(r, func(d model.Day) point {
		p, ok := unitPoint(u, d)
		if !ok {
			return dayPoint(d)
		}
		return p.shift(n)
	})
}

// spanAdjective matches a counted span written with digits: "120-jährigen
// Vereinsgeschichte" (P120Y), "3-tägige Konferenz" (P3D). A capital after
// the hyphen makes a noun ("der 45-Jährige"), a person, not a span.
func (s *state) spanAdjective(i int) (res, bool) {
	t := &s.toks[i]
	w := s.text[t.start:t.end]
	rest := w[t.ndig:]
	if t.num <= 0 || len(rest) < 2 || rest[0] != '-' {
		return res{}, false
	}
	for _, u := range spanAdjectives {
		if len(rest) > 1+len(u.stem) && rest[1:1+len(u.stem)] == u.stem || rest[1:] == u.stem {
			end := rest[1+len(u.stem):]
			if end != "" && end != "e" && end != "en" && end != "er" && end != "es" && end != "em" {
				return res{}, false
			}
			return res{end: i + 1, typ: model.TimexDuration, value: durationValue(u.unit, int(t.num)*10, false)}, true
		}
	}
	return res{}, false
}
