package temporal

import (
	"strconv"
	"time"

	"chronik/model"
)

// recentPast is how far back a "kürzlich" (recently) reaches: its interval
// is [DCT start − 60 days, DCT end]. A vaguer past ("einst", "in der
// Vergangenheit") and the future refs get no interval.
const recentPast = 60

// relative matches at a relative adjective: "letzte Woche", "im
// vergangenen Jahr", "nächsten Monat", "diesem Jahr", "kommenden
// Dienstag", "die kommenden vier Jahre", "in den vergangenen Jahren", and
// the anaphoric "am folgenden Tag", "im selben Jahr".
func (s *state) relative(i int) (res, bool) {
	e := s.entry(i)
	ana := e.f&fAnaRel != 0
	rel := int(e.rel)
	k := i + 1
	// A count makes a duration: "die kommenden vier Jahre".
	if s.tok(k) != nil && (s.toks[k].kind == tkNum || s.has(k, fNumWord)) {
		if q, ok := s.quantity(k); ok && q.typ == model.TimexDuration {
			q.start = 0
			return q, true
		}
		return res{}, false
	}
	n := s.entry(k)
	if n == nil {
		return res{}, false
	}
	switch {
	case n.f&fUnit != 0 && n.f&fCompound == 0 || n.f&fCompound != 0 && n.unit == uWeekend:
		u := n.unit
		if n.plural {
			// "in den vergangenen Jahren", "in den kommenden Monaten".
			r := res{end: k + 1, typ: model.TimexDate}
			switch {
			case ana:
				r.typ, r.value = model.TimexDuration, durationValue(u, 0, true)
			case rel < 0:
				r.value = "PAST_REF"
			case rel > 0:
				r.value = "FUTURE_REF"
			default:
				r.value = "PRESENT_REF"
			}
			return r, true
		}
		if u == uDay && !ana {
			// "am nächsten Tag" tells of the day after the event just told;
			// "an diesem Tag" of that same day.
			if rel == 0 || rel > 0 && s.isFolded(i, "nächst") {
				ana = true
			} else {
				return res{}, false
			}
		}
		if u <= uHour {
			return res{}, false
		}
		if ana {
			return s.anaphoricUnit(res{end: k + 1}, u, rel), true
		}
		return s.dctUnit(res{end: k + 1}, u, rel), true
	case n.f&fPOD != 0 && s.toks[k].upper && (ana || rel > 0 && s.isFolded(i, "nächst")):
		// "am selben Abend", "am folgenden Morgen", "am nächsten Morgen".
		if rel < 0 {
			return res{}, false
		}
		r := s.anaphoricUnit(res{end: k + 1}, uDay, rel)
		r.typ = model.TimexTime
		if len(r.value) == 10 {
			r.value += "T" + n.pod
		}
		return r, true
	case n.f&fWeekday != 0 && !ana:
		r, ok := s.weekday(k, rel, false)
		if !ok {
			return res{}, false
		}
		r.start = 0
		return r, true
	case n.f&fMonth != 0 && n.f&fEngMonth == 0 && !ana && rel != 0:
		return s.month(k, rel)
	case n.f&fSeason != 0 && !ana:
		return s.season(k, rel)
	}
	return res{}, false
}

// isFolded reports whether token i, folded, starts with prefix.
func (s *state) isFolded(i int, prefix string) bool {
	t := s.tok(i)
	if t == nil {
		return false
	}
	var buf [maxKey]byte
	n, ok := fold(s.text[t.start:t.end], &buf)
	return ok && n >= len(prefix) && string(buf[:len(prefix)]) == prefix
}

// dctUnit resolves "this/last/next <unit>" against the article date.
// The next weekend seen from a weekday is the one ahead in its own week,
// the last one seen from a weekend day the one before.
func (s *state) dctUnit(r res, u unit, rel int) res {
	r.typ = model.TimexDate
	if !s.dct.Valid() {
		r.value = refValue(rel)
		return r
	}
	return s.relPoint(r, func(d model.Day) point {
		p, _ := unitPoint(u, d)
		if u == uWeekend && rel > 0 && d < p.iv.Start {
			return p
		}
		return p.shift(rel)
	})
}

func refValue(rel int) string {
	switch {
	case rel < 0:
		return "PAST_REF"
	case rel > 0:
		return "FUTURE_REF"
	}
	return "PRESENT_REF"
}

// deixis matches "gestern", "heute", "morgen", "vorgestern", "übermorgen",
// with a part of day ("gestern Abend", "heute Morgen", "morgen früh"), and
// the adjectives "gestrigen", "heutigen" (with "Tag", a weekday or a part
// of day after them).
func (s *state) deixis(i int) (res, bool) {
	t := &s.toks[i]
	e := t.e
	if t.upper && s.is(i, "morgen") {
		// The noun "Morgen" (morning), unless it opens a sentence before a
		// verb or adverb: "Morgen früh geht es los", "Morgen wird gewählt".
		opens := i == 0 || t.newline || s.endsSentence(i-1)
		n := s.tok(i + 1)
		if !opens || n == nil || n.kind != tkWord || n.upper {
			return res{}, false
		}
	}
	adjective := e.adj
	end := i + 1
	pod := ""
	if n := s.entry(end); n != nil {
		switch {
		case n.f&fPOD != 0 && (s.toks[end].upper || s.is(end, "früh")) && !(adjective && !s.toks[end].upper):
			pod = n.pod
			end++
		case adjective && (n.f&fWeekday != 0 && n.pod == "" || n.f&fUnit != 0 && n.unit == uDay && !n.plural):
			end++
		case adjective && n.f&fWeekday != 0:
			pod = n.pod
			end++
		}
	}
	r := res{end: end, typ: model.TimexDate, dayLevel: true}
	if pod != "" {
		r.typ = model.TimexTime
	}
	off := int(e.deixis)
	if !s.dct.Valid() {
		r.value = refValue(off)
		return r, true
	}
	r = s.relPoint(r, func(d model.Day) point { return dayPoint(d.AddDays(off)) })
	if pod != "" && len(r.value) == 10 {
		r.value += "T" + pod
	}
	r.dayLevel = true
	return r, true
}

// refWord matches the vague refs: "kürzlich", "jüngst", "zuletzt"
// (PAST_REF), "derzeit", "jetzt", "aktuell" (PRESENT_REF), "künftig"
// (FUTURE_REF), "in der Vergangenheit", "in (naher) Zukunft", "im Moment".
func (s *state) refWord(i int) (res, bool) {
	e := s.entry(i)
	start := i
	if e.needIn {
		k := i - 1
		if s.has(k, fArticle) || s.has(k, fRel) || s.isFolded(k, "nah") || s.isFolded(k, "fern") || s.isFolded(k, "jüng") {
			k--
		}
		if s.has(k, fArticle) {
			k--
		}
		if !s.is(k, "in") && !(s.is(k, "im") && s.is(i, "moment")) {
			return res{}, false
		}
		start = k + 1
	} else if s.toks[i].upper && i > 0 && !s.toks[i].newline && !s.endsSentence(i-1) {
		return res{}, false // "Aktuell" inside a sentence is a name or a noun
	}
	if s.is(i, "zuletzt") && (s.is(i-1, "nicht") || s.dateInClause(i+1)) {
		// "nicht zuletzt": not least; "zuletzt im Februar 2021", "Zuletzt
		// hatte die GDL vom 10. bis 12. Januar gestreikt": the last time,
		// which the date tells.
		return res{}, false
	}
	r := res{start: start, end: i + 1, typ: model.TimexDate, value: e.ref}
	if s.dct.Valid() {
		switch {
		case e.recent:
			r.iv = model.Interval{Start: s.dct.Start.AddDays(-recentPast), End: s.dct.End}
			r.anchored = true
		case e.ref == "PRESENT_REF":
			r.iv = s.dct
			r.anchored = true
		}
	}
	return r, true
}

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
	if withDate && s.punct(end) == ',' {
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

// compound matches one-word units with a modifier or relation:
// "Jahresbeginn", "Jahresende 2024", "Vorjahr", "Wochenende", "Vortag".
func (s *state) compound(i int) (res, bool) {
	e := s.entry(i)
	r := res{end: i + 1, typ: model.TimexDate, mod: e.mod}
	if e.f&fAnaRel != 0 {
		r = s.anaphoricUnit(r, e.unit, int(e.rel))
		if e.mod == "EV" { // "Vorabend"
			r.mod = ""
			if len(r.value) == 10 {
				r.typ, r.value = model.TimexTime, r.value+"TEV"
			}
		}
		return r, true
	}
	if e.unit == uYear {
		if y, ok := s.yearAt(i + 1); ok {
			r.end = i + 2
			r = r.withPoint(yearPoint(y))
			r.mod = e.mod
			r.iv = modInterval(r.p, e.mod)
			r.note = &note{kind: nYear, year: y}
			return r, true
		}
	}
	if e.unit == uWeekend {
		if !s.dct.Valid() {
			r.value = "XXXX-WXX-WE"
			return r, true
		}
		tn := s.dateTense(i)
		return s.relPoint(r, func(d model.Day) point {
			p := weekendPoint(d)
			if tn == tensePast && p.iv.Start > d {
				p = p.shift(-1)
			}
			return p
		}), true
	}
	if !s.dct.Valid() {
		r.value = refValue(int(e.rel))
		if e.rel == 0 {
			r.value = "XXXX"
			if e.unit == uMonth {
				r.value = "XXXX-XX"
			} else if e.unit == uWeek {
				r.value = "XXXX-WXX"
			}
		}
		return r, true
	}
	r = s.dctUnit(r, e.unit, int(e.rel))
	r.mod = e.mod
	if r.exact && e.mod != "" {
		r.iv = modInterval(r.p, e.mod)
	}
	return r, true
}

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
	if p == "in" && q.typ == model.TimexDuration && !s.has(j, fFuzzy) {
		// "in zwei Wochen": the date that far ahead.
		n10, _, next, _ := s.amount(j)
		if e := s.entry(next); e != nil && n10 > 0 {
			return s.shiftFromDCT(res{start: j, end: q.end, typ: model.TimexDate}, e.unit, n10), true
		}
	}
	return q, true
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
	if s.is(i, "nacht") && (s.is(i+1, "zum") || s.is(i+1, "auf") || s.is(i+1, "zu")) {
		var day res
		ok := false
		if s.has(i+2, fWeekday) {
			day, ok = s.weekday(i+2, 0, false)
		} else if d, isNum := s.numAt(i+2, 2); isNum && s.punct(i+3) == '.' && s.glued(i+3) {
			day, ok = s.dayMonth(i+2, d, i+4)
		}
		if ok {
			r.end = day.end
			if !day.iv.Valid() {
				r.value = "XXXX-XX-XXTNI"
				return r, true
			}
			r.anchored = true
			if day.typ == model.TimexTime && len(day.value) == 16 { // a clock time: "…T05:30"
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
	r.iv, r.anchored = anchor, true
	r.value = coarseValue(anchor)
	if len(r.value) == 10 {
		r.value += "T" + e.pod
	}
	return r, true
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

// yearAgo resolves "Vorjahresmonat", "Vorjahresquartal", "Vorjahreszeitraum":
// the month, quarter or period the text last told (else the one before the
// article's), a year earlier.
func (s *state) yearAgo(i int) res {
	e := s.entry(i)
	r := res{end: i + 1, typ: model.TimexDate}
	p := point{}
	switch e.unit {
	case uMonth:
		p = s.refMonth
	case uQuarter:
		if s.refPeriod.g == gQuarter {
			p = s.refPeriod
		}
	case uHalfYear:
		if s.refPeriod.g == gHalf {
			p = s.refPeriod
		}
	default:
		p = s.refPeriod
		if !p.iv.Valid() {
			p = s.refMonth
		}
	}
	if p.iv.Valid() {
		r.anchored = true
		return r.withPoint(p.shift(yearsIn(p.g)))
	}
	if !s.dct.Valid() {
		r.value = "PAST_REF"
		return r
	}
	u := e.unit
	if u == uNone {
		u = uYear // no period told: the year before the article's
	}
	return s.relPoint(r, func(d model.Day) point {
		q, _ := unitPoint(u, d)
		if u != uYear {
			q = q.shift(-1) // reports come after the period they tell
		}
		return q.shift(yearsIn(q.g))
	})
}

// yearsIn is minus how many units of granularity g make a year.
func yearsIn(g gran) int {
	switch g {
	case gMonth:
		return -12
	case gQuarter:
		return -4
	case gHalf:
		return -2
	}
	return -1
}

// formerly matches "früher" meaning "in former times" (PAST_REF):
// opening a sentence ("Früher hat man …") or after "als", "wie", "von"
// ("länger als früher"); not the comparative "früher als erwartet".
func (s *state) formerly(i int) (res, bool) {
	if s.is(i+1, "als") {
		return res{}, false
	}
	opens := i == 0 || s.toks[i].newline || s.endsSentence(i-1) || s.punct(i-1) == '"' || s.punct(i-1) == ',' && s.toks[i].upper
	if !opens && !(s.is(i-1, "als") || s.is(i-1, "wie") || s.is(i-1, "von")) {
		return res{}, false
	}
	return res{end: i + 1, typ: model.TimexDate, value: "PAST_REF"}, true
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

// dateInClause reports whether a date starts within the clause from token
// k on: a day ("10."), a month name, a four-digit year.
func (s *state) dateInClause(k int) bool {
	for j := k; j < k+10 && j < len(s.toks); j++ {
		if s.clauseBreak(j) && !(s.punct(j) == '.' && s.tok(j-1) != nil && s.toks[j-1].kind == tkNum) {
			return false
		}
		t := &s.toks[j]
		if t.e != nil && t.e.f&fMonth != 0 && t.e.f&fEngMonth == 0 {
			return true
		}
		if t.kind == tkNum && (t.ndig == 4 || t.ndig <= 2 && s.punct(j+1) == '.') {
			return true
		}
	}
	return false
}
