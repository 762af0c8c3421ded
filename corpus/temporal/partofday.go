package temporal

import (
	"chronik/model"
)

// partOfDay matches "am Abend", "in der Nacht", "am frühen Morgen", "Nacht
// zum Mittwoch": the time of the day last told (or of the article's day).
func (s *state) partOfDay(i int) (res, bool) {
	e := s.entry(i)
	if !s.toks[i].upper {
		return res{}, false
	}
	start := i
	k := i - 1
	if s.is(k, "frühen") || s.is(k, "späten") {
		start = k
		k--
	}
	if s.has(k, fArticle) {
		k--
	}
	if !(s.is(k, "am") || s.is(k, "in") || s.is(k, "gegen") || s.is(k, "an")) {
		// "Nacht zum Mittwoch" may stand alone.
		if !(s.is(i, "nacht") && (s.is(i+1, "zum") || s.is(i+1, "auf"))) {
			return res{}, false
		}
	}
	r := res{start: start, end: i + 1, typ: model.TimexTime, dayLevel: true}
	// "Nacht zum Mittwoch", "Nacht zum 13. August 1961": the night before
	// that day; with a clock time ("Nacht zum Mittwoch gegen 5.30 Uhr") the
	// hour on the day it falls on, the evening's or the morning's.
	// "Nacht von Dienstag auf Mittwoch", "Nacht vom 3. auf den 4. Mai" (and
	// the police's "von Dienstag, 18 Uhr, auf Mittwoch, 7 Uhr") is the same
	// night, told by both of its days: the one it ends on says which.
	to, between := s.nightEnd(i)
	if to >= 0 {
		var day res
		ok := false
		if s.has(to, fWeekday) {
			day, ok = s.weekday(to, 0, false)
		} else if d, isNum := s.numAt(to, 2); isNum && s.punct(to+1) == '.' && s.glued(to+1) {
			day, ok = s.dayMonth(to, d, to+2)
		}
		if ok {
			r.end = day.end
			if !day.iv.Valid() {
				r.value = "XXXX-XX-XXTNI"
				return r, true
			}
			r.anchored = true
			if day.typ == model.TimexTime && len(day.value) == 16 && !between { // a clock time: "…T05:30"
				r.iv, r.value = day.iv, day.value
				if h := int(day.value[11]-'0')*10 + int(day.value[12]-'0'); h >= 12 {
					r.iv = day.iv.Shift(-1)
					r.value = coarseValue(r.iv) + day.value[10:]
				}
				return r, true
			}
			r.iv = day.iv.Shift(-1)
			r.value = coarseValue(r.iv)
			if len(r.value) == 10 {
				r.value += "TNI"
			}
			return r, true
		}
	}
	// "am Abend des 9. November 1989".
	if s.is(i+1, "des") {
		if d, isNum := s.numAt(i+2, 2); isNum && s.punct(i+3) == '.' && s.glued(i+3) {
			if day, ok := s.dayMonth(i+2, d, i+4); ok {
				day.start, day.typ = start, model.TimexTime
				if len(day.value) == 10 {
					day.value += "T" + e.pod
				}
				return day, true
			}
		}
	}
	anchor := s.refDay
	if !anchor.Valid() {
		anchor = s.dct
	}
	if !anchor.Valid() {
		r.value = "XXXX-XX-XXT" + e.pod
		return r, true
	}
	if s.refNight && anchor == s.refDay && (e.pod == "MO" || e.pod == "AF") {
		// "in der Nacht auf Dienstag … erst am Morgen gelöscht": the
		// morning after the night, on the day it ends on
		anchor = anchor.Shift(1)
	}
	r.iv, r.anchored = anchor, true
	r.value = coarseValue(anchor)
	if len(r.value) == 10 {
		r.value += "T" + e.pod
	}
	return r, true
}

// nightEnd returns the token of the day a night told at i ("Nacht") ends
// on, -1 for none, and whether the night was told by both of its days
// ("von Dienstag auf Mittwoch"), where a clock time is the span's bound,
// not the hour of what happened.
func (s *state) nightEnd(i int) (int, bool) {
	if !s.is(i, "nacht") {
		return -1, false
	}
	if s.is(i+1, "zum") || s.is(i+1, "auf") || s.is(i+1, "zu") {
		if s.is(i+2, "den") { // "Nacht auf den 13. Juli"
			return i + 3, false
		}
		return i + 2, false
	}
	if !(s.is(i+1, "von") || s.is(i+1, "vom")) {
		return -1, false
	}
	if _, isNum := s.numAt(i+2, 2); !isNum && !s.has(i+2, fWeekday) {
		return -1, false
	}
	// The first day may carry a clock time: "von Dienstag, 18 Uhr, auf …".
	for j := i + 3; j < i+10 && j < len(s.toks); j++ {
		if s.is(j, "auf") || s.is(j, "zum") || s.is(j, "zu") {
			if s.is(j+1, "den") {
				return j + 2, true
			}
			return j + 1, true
		}
	}
	return -1, false
}
