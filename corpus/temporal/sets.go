package temporal

import (
	"chronik/model"
)

// every matches sets: "jeden Tag", "jede Woche", "jedes Jahr", "jeden
// Montag", "jeden Morgen", "alle zwei Jahre", "pro Jahr".
func (s *state) every(i int) int {
	j := i + 1
	if o := s.entry(j); o != nil && o.f&fOrdinal != 0 && !s.is(i, "alle") && !s.is(i, "pro") {
		j++ // "jeden zweiten Sonntag"
	}
	e := s.entry(j)
	if s.is(i, "alle") {
		n10, fuzzy, k, ok := s.amount(j)
		if !ok || fuzzy || n10 < 20 {
			return i
		}
		u, ok := s.unitAt(k, n10, false)
		if !ok {
			return i
		}
		return s.emit(i, res{end: k + 1, typ: model.TimexSet, value: durationValue(u, n10, false)})
	}
	if f := s.entry(i); f.f&fEvery != 0 && (f.n > 0 || s.isFolded(i, "mehr")) {
		// "einmal im Jahr", "zweimal pro Woche", "mehrmals am Tag".
		if !(s.is(j, "im") || s.is(j, "pro") || s.is(j, "am") || s.is(j, "in") && s.is(j+1, "der")) {
			return i
		}
		k := j + 1
		if s.is(j, "in") {
			k++
		}
		u := s.entry(k)
		if u == nil || u.f&fUnit == 0 || u.plural || !s.toks[k].upper {
			return i
		}
		return s.emit(i, res{end: k + 1, typ: model.TimexSet, value: durationValue(u.unit, 10, false)})
	}
	if e == nil || !s.toks[j].upper {
		return i
	}
	switch {
	case e.f&fUnit != 0 && !e.plural && e.f&fCompound == 0 || e.f&fCompound != 0 && e.unit == uWeekend:
		if s.is(i, "pro") && e.unit == uWeekend {
			return i
		}
		return s.emit(i, res{end: j + 1, typ: model.TimexSet, value: durationValue(e.unit, 10, false)})
	case e.f&fWeekday != 0 && !s.is(i, "pro"):
		v := "XXXX-WXX-" + isoWeekday(int(e.wday-1))
		if e.pod != "" {
			v += "T" + e.pod
		}
		return s.emit(i, res{end: j + 1, typ: model.TimexSet, value: v})
	case e.f&fPOD != 0 && !s.is(i, "pro"):
		return s.emit(i, res{end: j + 1, typ: model.TimexSet, value: "XXXX-XX-XXT" + e.pod})
	}
	return i
}

// rate matches the unit of a rate as a set: "255 Euro im Monat" (P1M),
// "drei Prozent im Jahr"; not "im Jahr 2020".
func (s *state) rate(i int) (res, bool) {
	if !(s.is(i, "im") || s.is(i, "am")) || !s.isAmountAfter(i-1) {
		return res{}, false
	}
	u := s.entry(i + 1)
	if u == nil || u.f&fUnit == 0 || u.plural || !s.toks[i+1].upper || u.unit < uDay || u.unit == uWeekend {
		return res{}, false
	}
	if n := s.tok(i + 2); n != nil && n.kind == tkNum {
		return res{}, false
	}
	return res{start: i + 1, end: i + 2, typ: model.TimexSet, value: durationValue(u.unit, 10, false)}, true
}
