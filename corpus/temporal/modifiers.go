package temporal

import (
	"chronik/model"
)

// modified matches "Anfang 2023", "Ende November", "Mitte Dezember",
// "Ende des Jahres", "Anfang nächsten Jahres", "Mitte der 90er Jahre",
// "Ende des 20. Jahrhunderts": the unit with mod START, MID or END and the
// interval narrowed as modInterval says.
func (s *state) modified(i int) int {
	e := s.entry(i)
	if !s.toks[i].upper {
		return i
	}
	j := i + 1
	article := s.is(j, "des") || s.is(j, "der") || s.is(j, "dieses") || s.is(j, "diesen")
	if article {
		j++
	}
	var r res
	ok := false
	if u := s.entry(j); article && u != nil && u.f&fUnit != 0 && !u.plural && s.toks[j].upper &&
		(u.unit == uYear || u.unit == uMonth || u.unit == uWeek || u.unit == uQuarter || u.unit == uDecade || u.unit == uCentury) {
		// "Ende des Jahres [2024]", "Anfang der Woche", "Ende dieses Monats".
		if y, isYear := s.yearAt(j + 1); isYear && u.unit == uYear {
			r = res{end: j + 2}.withPoint(yearPoint(y))
			r.note = &note{kind: nYear, year: y}
		} else if s.dct.Valid() {
			r = s.dctUnit(res{end: j + 1}, u.unit, 0)
		} else {
			r = res{end: j + 1, typ: model.TimexDate, value: "XXXX"}
		}
		ok = true
	} else if t := s.tok(j); t != nil && (t.kind == tkNum || t.kind == tkAlnum || t.e != nil && t.e.f&(fMonth|fRel|fDecade|fSeason) != 0) {
		if t.kind == tkNum {
			if y, isYear := s.yearAt(j); isYear && !s.isAmountAfter(j+1) {
				r, ok = res{end: j + 1}.withPoint(yearPoint(y)), true
				r.note = &note{kind: nYear, year: y}
			} else if t.ndig <= 2 && s.punct(j+1) == '.' {
				r, ok = s.ordinalUnit(j, int(t.num), j+2)
			}
		} else {
			r, ok = s.core(j)
		}
	}
	if !ok || r.typ != model.TimexDate || r.dayLevel || len(r.value) == 10 || r.value == "" ||
		r.value == "PAST_REF" || r.value == "FUTURE_REF" || r.value == "PRESENT_REF" {
		return i
	}
	r.start, r.mod = i, e.mod
	if r.exact {
		r.iv = modInterval(r.p, e.mod)
	}
	return s.emit(i, r)
}

// articled includes an article before a relative phrase with a count or a
// plural: "die kommenden vier Jahre", "den vergangenen Jahren".
func (s *state) articled(i int) int {
	k := i + 1
	if !s.has(k, fRel|fAnaRel) || s.has(k, fCompound) {
		return i
	}
	counted := s.tok(k+1) != nil && (s.toks[k+1].kind == tkNum || s.has(k+1, fNumWord|fFuzzy))
	plural := s.has(k+1, fUnit) && s.entry(k+1).plural
	if !counted && !plural {
		return i
	}
	r, ok := s.relative(k)
	if !ok {
		return i
	}
	r.start = i
	return s.emit(i, r)
}
