package temporal

import (
	"chronik/model"
)

// anchorFor returns what an anaphoric expression of unit u refers to: the
// day last told for days and shorter units, the last date of any kind for
// longer ones; the article's date when the text has told none yet
// (HeidelTime's fallback), zero when there is neither.
func (s *state) anchorFor(u unit) model.Interval {
	a := s.refAny
	if u <= uWeekend {
		a = s.refDay
	}
	if !a.Valid() {
		a = s.dct
	}
	return a
}

// overAnchor is relPoint over an arbitrary anchor interval.
func (s *state) overAnchor(anchor model.Interval, r res, f func(d model.Day) point) res {
	saved := s.dct
	s.dct = anchor
	r = s.relPoint(r, f)
	s.dct = saved
	return r
}

// anaphoricUnit resolves "am folgenden Tag" (rel +1), "am selben Tag"
// (0), "im folgenden Jahr", "in der Woche darauf", "Vortag" (-1): the
// calendar unit of the anchor, moved by rel.
func (s *state) anaphoricUnit(r res, u unit, rel int) res {
	r.typ = model.TimexDate
	anchor := s.anchorFor(u)
	if !anchor.Valid() {
		r.value = refValue(rel)
		return r
	}
	r = s.overAnchor(anchor, r, func(d model.Day) point {
		p, ok := unitPoint(u, d)
		if !ok {
			p = dayPoint(d)
		}
		return p.shift(rel)
	})
	r.dayLevel = u == uDay
	return r
}

// anaphoricShift resolves "zwei Tage später" (dir +1), "eine Woche
// danach", "drei Jahre zuvor" (-1), "tags darauf", "Stunden zuvor": the
// anchor moved by the count. Days and weeks move by days (a week later is
// a day); months and longer by their own unit. Minutes and a few hours
// stay on the anchor's day; "Stunden zuvor" (or 12 to 23 hours) is the
// anchor day or the day before it; "Tage später" two to fourteen days
// after.
func (s *state) anaphoricShift(r res, u unit, n10 int, fuzzy bool, dir int) res {
	r.typ = model.TimexDate
	anchor := s.anchorFor(u)
	if !anchor.Valid() {
		r.value = refValue(dir)
		return r
	}
	r.anchored = true
	n := n10 / 10
	span := func(lo, hi int) res {
		if dir < 0 {
			lo, hi = -hi, -lo
		}
		r.iv = model.Interval{Start: anchor.Start.AddDays(lo), End: anchor.End.AddDays(hi)}
		r.value = coarseValue(r.iv)
		r.dayLevel = r.iv.Days() == 1
		return r
	}
	switch {
	case u < uHour:
		return span(0, 0) // minutes later: the same day
	case u == uHour && !fuzzy && n >= 24:
		// "24 Stunden später": whole days on.
		r = s.overAnchor(anchor, r, func(d model.Day) point { return dayPoint(d.AddDays(dir * (n / 24))) })
		r.dayLevel = true
		return r
	case u == uHour && (fuzzy && n10 == 10 || !fuzzy && n >= 12):
		// "Stunden später", "18 Stunden danach": that day or the next.
		return span(0, 1)
	case u == uHour:
		// "drei Stunden später", "wenige Stunden später": the same day.
		return span(0, 0)
	case fuzzy && u == uDay:
		return span(2, 14)
	case fuzzy && u == uWeek:
		return span(14, 60)
	case fuzzy:
		return s.overAnchor(anchor, r, func(d model.Day) point {
			p, ok := unitPoint(u, d)
			if !ok {
				return dayPoint(d)
			}
			return p.shift(dir)
		})
	case u == uDay || u == uWeek:
		days := n
		if u == uWeek {
			days = 7 * n
		}
		r = s.overAnchor(anchor, r, func(d model.Day) point { return dayPoint(d.AddDays(dir * days)) })
		r.dayLevel = true
		return r
	case u == uHalfYear:
		u, n = uMonth, 6*n
	case u == uDecade:
		u, n = uYear, 10*n
	case u == uCentury:
		u, n = uYear, 100*n
	}
	if n10%10 != 0 && u == uYear {
		u, n = uMonth, n10*12/10
	}
	return s.overAnchor(anchor, r, func(d model.Day) point {
		p, ok := unitPoint(u, d)
		if !ok {
			return dayPoint(d)
		}
		return p.shift(dir * n)
	})
}

// unitWord handles a unit word itself: "Jahr 2018", "tags darauf", "am
// Tag danach", "Stunden zuvor".
func (s *state) unitWord(i int) (res, bool) {
	e := s.entry(i)
	if r, ok := s.yearAfterUnit(i); ok {
		return r, true
	}
	a := s.entry(i + 1)
	if a == nil || a.f&fAfterWord == 0 || s.is(i+1, "früher") {
		return res{}, false
	}
	if !s.toks[i].upper && !s.is(i, "tags") {
		return res{}, false
	}
	fuzzy := e.plural && !s.is(i, "tags")
	if fuzzy && (s.is(i+1, "darauf") || s.is(i+1, "drauf")) {
		return res{}, false // "verzichtete seit Jahrzehnten darauf, …": a pronominal adverb
	}
	return s.anaphoricShift(res{end: i + 2}, e.unit, 10, fuzzy, int(a.dir)), true
}
