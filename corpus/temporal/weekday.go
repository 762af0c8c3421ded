package temporal

import (
	"time"

	"chronik/model"
)

// weekday matches a weekday, with its part of day ("Mittwochabend",
// "Dienstag Abend") and what may follow it: a date in parentheses or after
// a comma ("Mittwochabend (18. Dezember)", "Mittwoch, 18. Dezember 2024"),
// a week ("Dienstag vergangener Woche"), a clock time. dir forces the
// direction ("vergangenen Dienstag" -1, "kommenden Dienstag" +1); 0 asks
// the sentence's tense, and news tells the past by default.
func (s *state) weekday(i int, dir int, withDate bool) (res, bool) {
	e := s.entry(i)
	wd := time.Weekday(e.wday - 1)
	pod := e.pod
	end := i + 1
	if pod == "" && s.has(end, fPOD) && s.toks[end].upper {
		pod = s.entry(end).pod
		end++
	}
	typ := model.TimexDate
	if pod != "" {
		typ = model.TimexTime
	}
	// "Mittwoch, 18. Dezember [2024]", "Mittwoch, den 18. Dezember".
	if withDate && s.punct(end) == ',' && end+1 < len(s.toks) {
		k := end + 1
		if s.is(k, "den") || s.is(k, "dem") {
			k++
		}
		if d, ok := s.numAt(k, 2); ok && s.punct(k+1) == '.' && s.glued(k+1) && s.has(k+2, fMonth) {
			if r, ok := s.agreedDate(i, wd, d, k+2); ok {
				if r.note.kind == nFullDate && r.p.iv.Start.Weekday() == wd {
					r.note.weekday = true // "Mittwoch, dem 9. April 2025": how news names its own day
				}
				r.typ = typ
				if pod != "" && len(r.value) == 10 {
					r.value += "T" + pod
				}
				if s.punct(r.end) == ',' && s.is(r.end+1, "um") {
					r = s.withClock(r) // "Montag, 18. März, um 6 Uhr"
					if r.typ == model.TimexTime {
						r.note.spanStart, r.note.spanEnd = int(s.toks[i].start), int(s.toks[r.end-1].end)
						return r, true
					}
				}
				r.note.spanStart, r.note.spanEnd = int(s.toks[i].start), int(s.toks[r.end-1].end)
				return s.withClock(r), true
			}
		}
	}
	// "Freitag, 6.3.2020", "Freitag, 6.3.2020 08:15 Uhr": a numeric
	// date with its year says the day; the weekday is part of it.
	if withDate && s.punct(end) == ',' && end+1 < len(s.toks) {
		if r, ok := s.numericDate(end + 1); ok && r.note != nil && r.note.kind == nFullDate {
			if r.p.iv.Start.Weekday() == wd {
				r.note.weekday = true
			}
			r.note.spanStart, r.note.spanEnd = int(s.toks[i].start), int(s.toks[r.end-1].end)
			return r, true
		}
	}
	// "Mittwochabend (18. Dezember)": the weekday and the date, each tagged.
	if withDate && s.punct(end) == '(' {
		k := end + 1
		if d, ok := s.numAt(k, 2); ok && s.punct(k+1) == '.' && s.glued(k+1) && s.has(k+2, fMonth) {
			if date, ok := s.agreedDate(k, wd, d, k+2); ok && s.punct(date.end) == ')' {
				date.start = k
				r := date
				r.start, r.extra = 0, []res{date}
				r.end = end
				r.typ = typ
				if pod != "" && len(r.value) == 10 {
					r.value += "T" + pod
				}
				r.note = date.note
				date.note = nil
				r.extra[0].note = nil
				if r.note != nil {
					r.note.spanStart, r.note.spanEnd = int(s.toks[i].start), int(s.toks[date.end].end)
				}
				return r, true
			}
		}
	}
	// "Dienstag vergangener Woche", "Freitag nächster Woche".
	if s.has(end, fRel) && s.has(end+1, fUnit) && s.entry(end+1).unit == uWeek && !s.entry(end+1).plural {
		rel := int(s.entry(end).rel)
		r := res{end: end + 2, typ: typ, dayLevel: true}
		if !s.dct.Valid() {
			r.value = refValue(rel)
			return r, true
		}
		r = s.relPoint(r, func(d model.Day) point {
			w := weekPoint(d).shift(rel)
			return dayPoint(w.iv.Start.AddDays((int(wd) + 6) % 7))
		})
		r.typ = typ
		if pod != "" && len(r.value) == 10 {
			r.value += "T" + pod
		}
		return r, true
	}
	r := res{end: end, typ: typ, dayLevel: true}
	if !s.dct.Valid() {
		r.value = "XXXX-WXX-" + isoWeekday(int(wd))
		if pod != "" {
			r.value += "T" + pod
		}
		r.note = &note{kind: nWeekday, wday: int(wd)}
		return s.withClock(r), true
	}
	tn := s.dateTense(i)
	if tn == tenseUnknown && s.clockNext(end) {
		// "Am Sonntag um 20.15 Uhr zeigt das ZDF …": a weekday with its
		// hour, told in no past, is a schedule's, to come
		tn = tenseFuture
	}
	r = s.relPoint(r, func(d model.Day) point { return dayPoint(nearestWeekday(d, wd, dir, tn)) })
	r.typ = typ
	r.dayLevel = true
	if pod != "" && len(r.value) == 10 {
		r.value += "T" + pod
	}
	return s.withClock(r), true
}

// nearestWeekday finds the weekday wd seen from day d: strictly before for
// dir < 0, strictly after for dir > 0; otherwise on or after d when the
// sentence speaks of the future, on or before d when it speaks of the
// past, and the nearer of the two when its tense is unknown.
func nearestWeekday(d model.Day, wd time.Weekday, dir int, tn tense) model.Day {
	diff := int(wd) - int(d.Weekday()) // −6 … 6
	back := (int(d.Weekday()) - int(wd) + 7) % 7
	fwd := (diff + 7) % 7
	switch {
	case dir < 0:
		if back == 0 {
			back = 7
		}
		return d.AddDays(-back)
	case dir > 0:
		if fwd == 0 {
			fwd = 7
		}
		return d.AddDays(fwd)
	case tn == tenseFuture || tn == tensePresent:
		return d.AddDays(fwd)
	case tn == tenseUnknown && fwd < back:
		// No tense to go by: the nearer one ("Am Donnerstag folgen …",
		// "bis einschließlich Freitag"), the past on a tie.
		return d.AddDays(fwd)
	}
	return d.AddDays(-back)
}

// agreedDate resolves "18. Dezember" (day d, month at k) written next to
// a weekday: with an explicit year as written; otherwise in the year,
// nearest to the article date, in which 18 December is that weekday.
func (s *state) agreedDate(i int, wd time.Weekday, d, k int) (res, bool) {
	r, ok := s.dayMonthDate(i, d, k)
	if !ok {
		return res{}, false
	}
	if r.note != nil && r.note.kind == nFullDate {
		return r, true
	}
	m := int(s.entry(k).month)
	r.note = &note{kind: nAgree, month: m, dom: d, wday: int(wd)}
	if !s.dct.Valid() {
		return r, true
	}
	end := r.end
	typ := r.typ
	r = s.relPoint(res{end: end, typ: typ, dayLevel: true, note: r.note}, func(day model.Day) point {
		y, _, _ := day.Date()
		if ay, ok := agreeingYear(m, d, wd, y); ok {
			return dayPoint(model.NewDay(ay, time.Month(m), d))
		}
		return dayPoint(model.NewDay(yearFor(m, day, tenseUnknown), time.Month(m), d))
	})
	r.typ = typ
	return r, true
}

// agreeingYear returns the year nearest to y (ties: the earlier, as news
// looks back) in which day d of month m falls on weekday wd.
func agreeingYear(m, d int, wd time.Weekday, y int) (int, bool) {
	for off := 0; off <= 14; off++ {
		for _, c := range []int{y - off, y + off} {
			if off == 0 && c != y {
				continue
			}
			day := model.NewDay(c, time.Month(m), d)
			if _, dm, _ := day.Date(); int(dm) == m && day.Weekday() == wd {
				return c, true
			}
		}
	}
	return 0, false
}
