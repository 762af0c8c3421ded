package temporal

import (
	"strings"

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

// datelineDay returns the day of a dateline in token i's sentence before
// it: the last date tagged, one day named in full, not read from another
// date, with a dash or a closing parenthesis right after it ("Wien, 13.
// Januar 2016 - …", "(Agentur - 25. Februar 2016) - …").
func (s *state) datelineDay(i int) (model.Day, bool) {
	if len(s.out) == 0 {
		return 0, false
	}
	last := &s.out[len(s.out)-1]
	sn := &s.doc.Sentences[s.doc.Tokens[i].Sentence]
	if last.Anchored || last.Type != model.TimexDate || last.Interval.Days() != 1 || last.Start < sn.Start || last.End > int(s.toks[i].start) {
		return 0, false
	}
	after := strings.TrimLeft(s.text[last.End:min(last.End+4, len(s.text))], " ")
	if !strings.HasPrefix(after, ")") && !strings.HasPrefix(after, "-") && !strings.HasPrefix(after, "–") {
		return 0, false
	}
	return last.Interval.Start, true
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
	if d, ok := s.datelineDay(i); ok {
		// "(Marketwired - 25. Februar 2016) - X kündigte heute … an": a
		// release's own dateline dates its "heute", whenever a page
		// carried it
		dct := s.dct
		s.dct = model.DayInterval(d)
		defer func() { s.dct = dct }()
	}
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

// compound matches one-word units with a modifier or relation:
// "Jahresbeginn", "Jahresende 2024", "Vorjahr", "Wochenende", "Vortag".
func (s *state) compound(i int) (res, bool) {
	e := s.entry(i)
	r := res{end: i + 1, typ: model.TimexDate, mod: e.mod}
	if e.f&fAnaRel != 0 && e.unit == uDay && e.rel != 0 && (s.is(i+1, "des") || s.is(i+1, "der") || s.is(i+1, "von")) {
		// "am Vorabend des Festivals", "am Vortag der Wahl": the eve of
		// what the phrase names, not of the date just told ("am 12. Mai,
		// am Vorabend des Festivals" is the 12th)
		return res{}, false
	}
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
