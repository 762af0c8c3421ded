// Package temporal finds and normalises the temporal expressions of German
// news text (TIMEX3: DATE, TIME, DURATION, SET), following the extent
// conventions of TempEval-3 and HeidelTime's German rules, and infers an
// article's date from its text when it has no header.
//
// The tagger scans a document once into tokens, looking every word up in
// one lexicon map, and matches expressions with small hand-written
// automata over those tokens: no regular expressions. Relative expressions
// are resolved against the document creation time (DCT), which may itself
// be an interval (a month): every date then carries the interval of days it
// may denote, so uncertainty is never hidden behind an invented day.
//
// Conventions, in brief:
//
//   - Extents leave out leading prepositions ("am 6. Januar 2021" → "6.
//     Januar 2021", "im vergangenen Jahr" → "vergangenen Jahr", "zu
//     Jahresbeginn" → "Jahresbeginn") and keep modifiers ("Anfang 2023",
//     "letzte Woche", "fast vier Jahrzehnten", "gegen 20 Uhr"); "vor" is
//     kept where it means "ago" ("vor drei Tagen"), and an article is kept
//     before a counted or plural relative phrase ("die kommenden vier Jahre").
//   - Values are TIMEX3: days, ISO weeks, months, quarters, halves,
//     seasons, years, decades ("199"), centuries ("19"), parts of day
//     ("2024-12-18TEV"), clock times, PAST_REF/PRESENT_REF/FUTURE_REF,
//     durations (P3D, P4DE, PT5H, P18M for one and a half years, PXY when
//     vague) and sets (P1D for "täglich", XXXX-WXX-2 for "dienstags").
//   - Anfang/Mitte/Ende set Mod START/MID/END and narrow the interval to a
//     third of the unit (see modInterval); "fast", "etwa", "mehr als" set
//     LESS_THAN, APPROX, MORE_THAN; background events after "nach"/"vor"
//     set AFTER/BEFORE.
//   - With a month-wide DCT a relative date's interval is the union of its
//     readings for every day of the month and its value the most specific
//     TIMEX3 value holding that union (coarseValue): "gestern" in December
//     2024 is 2024-11-30..2024-12-30, value "2024". With a day DCT values
//     are exact. Without a DCT, relative expressions keep underspecified
//     values ("XXXX-12-18", "XXXX-WXX-2", "PAST_REF") and no interval.
//   - Anaphoric expressions ("am folgenden Tag", "tags darauf", "zwei Tage
//     später", "Stunden zuvor", "Vorjahresquartal") count from the last day
//     (or, for longer units, the last date or period) the text resolved,
//     else from the DCT; the day a source spoke ("nach Angaben der Polizei
//     vom Montag") is no such anchor.
//   - A night is the day it starts ("Nacht zum Sonntag" = Saturday TNI); a
//     clock time after it falls before or after midnight by its hour. A
//     day followed by its clock time is one TIME ("Samstagabend um 19
//     Uhr"); clock times after a set ("montags von 8 bis 12 Uhr") have no
//     day.
//   - Two-year spans ("Saison 2023/24") take the first year as value and
//     both as interval; a range of counts ("zwei bis drei Jahre") is one
//     duration valued by its upper bound; span adjectives ("zweijährige")
//     are durations.
//
// testdata/README.md gives the annotation conventions of the evaluation
// set (eval_test.go) these rules are measured on.
package temporal

import (
	"slices"
	"strings"
	"sync"

	"chronik/corpus/text"
	"chronik/model"
)

// A Tagger tags German text. It is immutable after New and safe for
// concurrent use.
type Tagger struct {
	lx         *lexicon
	cal        *calendar
	background bool // tag phrases of the background calendar ("nach der Amtseinführung")
}

// New returns a tagger. The lexicon and calendar are built once per
// process and shared.
func New() *Tagger {
	return &Tagger{lx: sharedLexicon(), cal: sharedCalendar(), background: true}
}

// WithoutBackground returns a tagger that does not tag phrases naming
// background events ("nach der Amtseinführung" dated 2025-01-20). Such
// phrases date events for the timeline, but they are not temporal
// expressions in the TimeML sense, so an evaluation against TempEval-style
// gold annotation should use this tagger.
func (t *Tagger) WithoutBackground() *Tagger {
	c := *t
	c.background = false
	return &c
}

// buffers are a run's tokens and expressions, kept from one document to
// the next: the caller gets a copy of the expressions of the exact size,
// where appending them to a new slice per document grew it several times.
type buffers struct {
	toks []token
	out  []model.Timex
}

var bufferPool = sync.Pool{New: func() any { return &buffers{toks: make([]token, 0, 1024)} }}

// Tag returns the temporal expressions of a whole document, in text order,
// non-overlapping, with byte offsets into text. dct is the document's
// creation time: a day, a month, any interval, or zero when unknown. It
// computes the text layer of the plain text; TagDoc uses one already
// computed.
func (t *Tagger) Tag(plain string, dct model.Interval) []model.Timex {
	d := text.Analyse(plain, nil)
	defer d.Release()
	return t.TagDoc(d, dct)
}

// TagDoc is Tag on a text layer (an article's, with its sentences).
func (t *Tagger) TagDoc(d *text.Doc, dct model.Interval) []model.Timex {
	s := t.newState(d, dct)
	defer s.release()
	s.run()
	s.joinRanges()
	return s.result()
}

// joinRanges gives both ends of a range of dates the days of the whole
// range (Timex.Range): "zwischen dem 4. und 8. März", "vom 4. bis (zum) 8.
// März", "4.–8. März", "von 2019 bis 2022". Following TimeML, the ends
// stay two expressions with their own values and intervals (each names
// one day, month or year); Range says which days the pair spans, so that
// what is dated by either end can be dated to the range.
// "am 4. und 8. März" (no "zwischen") names two days, not a range.
func (s *state) joinRanges() {
	k := 0 // token cursor
	for x := 0; x+1 < len(s.out); x++ {
		a, b := &s.out[x], &s.out[x+1]
		if a.Type != model.TimexDate || b.Type != model.TimexDate || a.Mod != "" || b.Mod != "" ||
			!a.Interval.Valid() || !b.Interval.Valid() || a.Interval.Start >= b.Interval.Start || a.Interval.End > b.Interval.End {
			continue
		}
		for k < len(s.toks) && int(s.toks[k].end) <= a.Start {
			k++
		}
		first := k
		for k < len(s.toks) && int(s.toks[k].end) < a.End {
			k++
		}
		j := k + 1 // the token after a
		between := 0
		for m := j; m < len(s.toks) && int(s.toks[m].start) < b.Start; m++ {
			between++
		}
		isRange := false
		switch {
		case between == 1 && (s.tokIsDash(j) || s.punct(j) == '-'):
			isRange = true
		case s.is(j, "bis") && (between == 1 || between == 2 && s.is(j+1, "zum")):
			isRange = true
		case s.is(j, "und") && (between == 1 || between == 2 && s.is(j+1, "dem")):
			p := first - 1
			if s.is(p, "dem") || s.is(p, "den") {
				p--
			}
			isRange = s.is(p, "zwischen")
		}
		if isRange {
			iv := model.Interval{Start: a.Interval.Start, End: b.Interval.End}
			a.Range, b.Range = iv, iv
		}
	}
}

// state is one tagging run over one document.
type state struct {
	t      *Tagger
	doc    *text.Doc
	text   string
	toks   []token
	pooled *buffers
	dct    model.Interval // valid or zero
	out    []model.Timex

	// References for anaphora: the last resolved day (or time) and the last
	// resolved date of any granularity, as the intervals they cover.
	refDay, refAny model.Interval
	refNight       bool // refDay is the eve of a night told ("in der Nacht zum Sonntag")
	lastSet        int  // token index of the last set tagged (-1 none), for generic clock times
	// The last token of the last clock time tagged (-1 none) and its hour:
	// "zwischen 23 Uhr und 4 Uhr" runs past midnight.
	lastClock, lastHour int
	// The last month, and the last quarter or half-year, told: what
	// "Vorjahresmonat" and "Vorjahreszeitraum" move a year back.
	refMonth, refPeriod point

	notes *[]note // evidence for InferDate; nil when only tagging
}

func (t *Tagger) newState(d *text.Doc, dct model.Interval) *state {
	p := bufferPool.Get().(*buffers)
	if cap(p.toks) < len(d.Tokens) {
		p.toks = make([]token, 0, len(d.Tokens))
	}
	s := &state{}
	s.reset(t, d, t.lx.view(d, p.toks[:0]), p, dct)
	return s
}

// reset makes s a fresh run over the tokens toks of d.
func (s *state) reset(t *Tagger, d *text.Doc, toks []token, pooled *buffers, dct model.Interval) {
	*s = state{t: t, doc: d, text: d.Text, toks: toks, pooled: pooled, out: pooled.out[:0], lastSet: -1, lastClock: -1}
	if dct.Valid() {
		s.dct = dct
	}
}

// Read dates an article and tags its temporal expressions from its text
// layer, in one pass over its tokens for each: the date is the header's
// when it is valid, else inferred from the text (see InferDate); the
// expressions are tagged relative to it (see Tag). It returns both.
// The run that gathers the evidence tags as one without a date does (the
// notes only record), so when the text gives no date either, its
// expressions are kept and the tokens are not read again.
func (t *Tagger) Read(d *text.Doc, date model.ArticleDate) (model.ArticleDate, []model.Timex) {
	s := t.newState(d, model.Interval{})
	defer s.release()
	if bd, ok := bylineArticleDate(d.Text); ok && !date.Interval.Valid() {
		date = bd
	}
	tagged := false
	if !date.Interval.Valid() {
		var notes []note
		s.notes = &notes
		s.run()
		date = t.combine(d, notes)
		tagged = !date.Interval.Valid()
	}
	if !tagged {
		s.reset(t, d, s.toks, s.pooled, date.Interval)
		s.run()
	}
	s.joinRanges()
	return date, s.result()
}

// result returns a copy of the expressions found, nil for none.
func (s *state) result() []model.Timex {
	if len(s.out) == 0 {
		return nil
	}
	return slices.Clone(s.out)
}

func (s *state) release() {
	if cap(s.toks) <= 1<<18 { // keep at most 8 MB per pooled buffer
		// The whole buffer: a pooled one keeps no strings alive, not even
		// those of a longer first run of Read.
		clear(s.out[:cap(s.out)])
		s.pooled.toks, s.pooled.out = s.toks[:0], s.out[:0]
		bufferPool.Put(s.pooled)
	}
	s.toks, s.out = nil, nil
}

func (s *state) run() {
	for i := 0; i < len(s.toks); {
		// Most tokens start nothing (matchAt returns at once for them):
		// skipping them here saves a call each.
		if t := &s.toks[i]; t.kind == tkPunct || t.kind == tkWord && t.e == nil {
			i++
			continue
		}
		if j := s.matchAt(i); j > i {
			i = j
			continue
		}
		i++
	}
}

// matchAt tries every expression that can start at token i and returns the
// index after what it tagged, or i when nothing starts there. Token i is a
// number, an alnum token or a word of the lexicon (run skips the rest).
func (s *state) matchAt(i int) int {
	t := &s.toks[i]
	switch t.kind {
	case tkNum:
		return s.number(i)
	case tkAlnum:
		if r, ok := s.decade(i); ok {
			return s.emit(i, r)
		}
		if r, ok := s.spanAdjective(i); ok {
			return s.emit(i, r)
		}
		return i
	}
	e := t.e
	if e.f&fCal != 0 && s.t.background {
		if j := s.calendarAt(i); j > i {
			return j
		}
	}
	if e.f&fEarlyLate != 0 {
		if r, ok := s.decade(i + 1); ok { // "in den frühen 1950er Jahren"
			r.start, r.mod = i, e.mod
			if r.exact {
				r.iv = modInterval(r.p, e.mod)
			}
			return s.emit(i, r)
		}
	}
	if e.f&fOrdinal != 0 && e.n == 1 {
		if r, ok := s.quantity(i + 1); ok && r.typ == model.TimexDuration { // "in den ersten neun Monaten"
			r.start = i
			return s.emit(i, r)
		}
	}
	if e.f&fApprox != 0 {
		if j := s.approx(i); j > i {
			return j
		}
	}
	if e.f&fSinceLike != 0 {
		if j := s.prepQuantity(i); j > i {
			return j
		}
	}
	if e.f&fMod != 0 {
		if j := s.modified(i); j > i {
			return j
		}
	}
	if e.f&fArticle != 0 {
		if j := s.articled(i); j > i {
			return j
		}
	}
	if e.f&fEvery != 0 {
		if j := s.every(i); j > i {
			return j
		}
	}
	if e.f&coreFlags != 0 {
		if r, ok := s.core(i); ok {
			return s.emit(i, r)
		}
	}
	if e.f&fSetWord != 0 {
		return s.emit(i, res{end: i + 1, typ: model.TimexSet, value: e.set})
	}
	if e.f&fPrepDate != 0 {
		if r, ok := s.rate(i); ok {
			return s.emit(i, r)
		}
	}
	return i
}

// coreFlags are the flags of the words core matches from ("früher" is
// one of fAfterWord): matchAt asks core nothing of the many other words of
// the lexicon (prepositions, articles), for which it would only fail.
const coreFlags = fRel | fAnaRel | fDeixis | fRef | fWeekday | fMonth | fSeason | fHoliday | fCompound |
	fOrdinal | fNumWord | fFuzzy | fUnit | fPOD | fDecade | fKW | fQuarter | fDurWord | fYearAgo | fAfterWord

// core matches an expression at i that modifiers and articles may wrap.
func (s *state) core(i int) (res, bool) {
	if i >= len(s.toks) {
		return res{}, false
	}
	t := &s.toks[i]
	switch t.kind {
	case tkNum:
		return s.numberCore(i)
	case tkAlnum:
		return s.decade(i)
	case tkPunct:
		return res{}, false
	}
	e := t.e
	if e == nil {
		return res{}, false
	}
	var r res
	ok := false
	switch {
	case e.f&(fRel|fAnaRel) != 0 && e.f&fCompound == 0:
		r, ok = s.relative(i)
	}
	if !ok && e.f&fDeixis != 0 {
		r, ok = s.deixis(i)
	}
	if !ok && e.f&fRef != 0 {
		r, ok = s.refWord(i)
	}
	if !ok && e.f&fWeekday != 0 {
		r, ok = s.weekday(i, 0, true)
	}
	if !ok && e.f&fMonth != 0 {
		r, ok = s.month(i, 0)
	}
	if !ok && e.f&fSeason != 0 {
		r, ok = s.season(i, 0)
	}
	if !ok && e.f&fHoliday != 0 {
		r, ok = s.holiday(i)
	}
	if !ok && e.f&fCompound != 0 {
		r, ok = s.compound(i)
	}
	if !ok && e.f&fOrdinal != 0 {
		r, ok = s.ordinalUnit(i, int(e.n), i+1)
	}
	if !ok && e.f&(fNumWord|fFuzzy) != 0 {
		r, ok = s.quantity(i)
	}
	if !ok && e.f&fUnit != 0 {
		r, ok = s.unitWord(i)
	}
	if !ok && e.f&fPOD != 0 {
		r, ok = s.partOfDay(i)
	}
	if !ok && e.f&fDecade != 0 {
		r, ok = s.decade(i)
	}
	if !ok && e.f&fKW != 0 {
		r, ok = s.calendarWeek(i)
	}
	if !ok && e.f&fQuarter != 0 && e.n > 0 { // "Q3 2024"
		r, ok = s.quarterYear(i, int(e.n), i+1, gQuarter)
	}
	if !ok && e.f&fDurWord != 0 && !(e.f&fSpanAdj != 0 && t.upper) { // "die Zweijährige" is a child
		r, ok = res{end: i + 1, typ: model.TimexDuration, value: e.set}, true
	}
	if !ok && e.f&fYearAgo != 0 {
		r, ok = s.yearAgo(i), true
	}
	if !ok && s.is(i, "früher") {
		r, ok = s.formerly(i)
	}
	return r, ok
}

// res is a matched and resolved expression, before it is emitted.
type res struct {
	start    int // first token when it differs from where matching began (0 = unset)
	end      int // token index after the expression
	typ      model.TimexType
	value    string
	mod      string
	iv       model.Interval
	anchored bool
	p        point // the unit resolved, when exact (for modifiers)
	exact    bool  // p is known: iv == p.iv before any modifier
	dayLevel bool  // the expression names a day or a time: a reference for day anaphora
	extra    []res // further expressions found in the same match ("Mittwochabend (18. Dezember)")
	note     *note // evidence for InferDate
}

// withPoint fills value and interval from an exact unit.
func (r res) withPoint(p point) res {
	r.p, r.exact = p, true
	r.value = p.value()
	r.iv = p.iv
	r.dayLevel = p.g == gDay
	if r.typ == "" {
		r.typ = model.TimexDate
	}
	return r
}

// emit appends the expression matched from token i and returns the index
// after it.
func (s *state) emit(i int, r res) int {
	start := i
	if r.start > 0 {
		start = r.start
	}
	if r.end <= start || r.end > len(s.toks) {
		return i
	}
	if n := len(s.out); n > 0 && s.out[n-1].End > int(s.toks[start].start) {
		return i // never overlap what was already tagged
	}
	if s.crossesParagraph(start, r.end) {
		// "… stellen den Koalitionsvertrag vor\n\nSechs Wochen nach der
		// Wahl" is a headline's particle and the next paragraph's
		// expression, not "vor sechs Wochen": the tokens after the break
		// get their own try.
		return i
	}
	if r.typ == "" {
		r.typ = model.TimexDate
	}
	tx := model.Timex{
		Start: int(s.toks[start].start), End: int(s.toks[r.end-1].end),
		Type: r.typ, Value: r.value, Mod: r.mod, Anchored: r.anchored,
	}
	if (r.typ == model.TimexDate || r.typ == model.TimexTime) && r.iv.Valid() {
		tx.Interval = r.iv
		// The day a source spoke ("Angaben der Polizei vom Montag", "wie
		// … am Montag mitteilte") is no anchor for what it tells.
		attribution := s.refDay.Valid() && r.typ == model.TimexDate && s.isAttribution(start, r.end)
		if (r.dayLevel || r.typ == model.TimexTime) && !attribution {
			s.refDay = r.iv
			s.refNight = strings.HasSuffix(r.value, "TNI")
		}
		if r.value != "PAST_REF" && r.value != "PRESENT_REF" && r.value != "FUTURE_REF" && !attribution {
			s.refAny = r.iv
		}
	}
	if r.typ == model.TimexSet {
		s.lastSet = r.end - 1
	}
	if v := r.value; r.typ == model.TimexTime && len(v) >= 6 && v[len(v)-3] == ':' && v[len(v)-6] == 'T' {
		s.lastClock, s.lastHour = r.end-1, int(v[len(v)-5]-'0')*10+int(v[len(v)-4]-'0')
	}
	if r.exact && r.typ == model.TimexDate {
		switch r.p.g {
		case gMonth:
			s.refMonth = r.p
		case gQuarter, gHalf:
			s.refPeriod = r.p
		}
	}
	s.out = append(s.out, tx)
	if s.notes != nil && r.note != nil {
		n := *r.note
		n.start, n.end = tx.Start, tx.End
		if n.spanEnd > 0 {
			n.start, n.end = n.spanStart, n.spanEnd
		}
		if n.tense == tenseUnknown {
			n.tense = s.tenseAt(start)
		}
		k := start - 1
		if s.has(k, fArticle) {
			k--
		}
		n.sentStart, n.sentEnd = s.sentenceBounds(start)
		n.sched = s.is(k, "ab") || s.is(k, "bis") || s.is(k, "für") || s.is(k, "zum") || s.is(k, "spätestens") ||
			s.is(k, "frühestens") || s.birthDate(start, r.end)
		if p := s.tok(start - 1); n.kind == nYear && start == r.end-1 && p != nil && p.kind == tkWord && p.upper && p.e == nil && s.punct(r.end) == '(' {
			// A year in a name, its short form after it: "Movement 2025
			// (DiEM25)"
			n.sched = true
		} else if p != nil && n.kind == nYear && start == r.end-1 && p.kind == tkWord && p.upper && p.e == nil {
			// A year that names a thing in a prepositional phrase ("beim
			// Bundeshaushalt 2025", "zum Haushalt 2024") tells nothing of
			// when the text was written; after an object it may be the
			// time of the clause ("verklagte die Firma 2024").
			k := start - 2
			if s.has(k, fArticle) {
				k--
			}
			if s.has(k, fPrepDate) || s.is(k, "beim") {
				n.sched = true
			}
		}
		*s.notes = append(*s.notes, n)
	}
	end := r.end
	for _, x := range r.extra {
		if x.start < end {
			continue
		}
		s.emit(x.start, x)
		end = max(end, x.end)
	}
	return end
}

// birthDate reports whether the date in tokens start..end is someone's
// birth date ("geboren am 3. Mai 1990", "gab den 1. Jänner 1990 als
// Geburtsdatum an"): no evidence of when the text was written.
func (s *state) birthDate(start, end int) bool {
	return s.is(start-1, "geboren") || s.is(start-1, "am") && s.is(start-2, "geboren") || s.is(start-1, "jahrgang") ||
		s.is(end, "als") && s.is(end+1, "geburtsdatum")
}

// isAttribution reports whether the date in tokens start..end names when
// a source spoke: "nach Angaben der Polizei vom Montag", "wie das Gericht
// am Dienstag mitteilte".
func (s *state) isAttribution(start, end int) bool {
	if s.is(start-1, "vom") {
		for k := start - 2; k >= start-4 && k >= 0; k-- {
			if s.is(k, "angaben") || s.is(k, "mitteilung") || s.is(k, "pressemitteilung") || s.is(k, "bericht") {
				return true
			}
		}
	}
	if !s.is(start-1, "am") {
		return false
	}
	// "wie <subject> am Montag [in Berlin] mitteilte": the clause opens
	// with "wie" and closes with a verb of saying.
	for k := end; k < end+4 && k < len(s.toks); k++ {
		if s.clauseBreak(k) {
			return false
		}
		if s.has(k, fSaid) {
			for j := start - 2; j >= start-8 && j >= 0; j-- {
				if s.clauseBreak(j) {
					return false
				}
				if s.is(j, "wie") {
					return true
				}
			}
			return false
		}
	}
	return false
}

// --- token helpers ---

// crossesParagraph reports whether tokens [start, end) run across a blank
// line.
func (s *state) crossesParagraph(start, end int) bool {
	for k := start + 1; k < end; k++ {
		if s.toks[k].newline && strings.Count(s.text[s.toks[k-1].end:s.toks[k].start], "\n") > 1 {
			return true
		}
	}
	return false
}

func (s *state) tok(i int) *token {
	if i < 0 || i >= len(s.toks) {
		return nil
	}
	return &s.toks[i]
}

// has reports whether token i is a word with any of the flags f.
func (s *state) has(i int, f flag) bool {
	if i < 0 || i >= len(s.toks) || s.toks[i].e == nil {
		return false
	}
	return s.toks[i].e.f&f != 0
}

func (s *state) entry(i int) *entry {
	if i < 0 || i >= len(s.toks) {
		return nil
	}
	return s.toks[i].e
}

// is reports whether token i, in lower case, equals w.
func (s *state) is(i int, w string) bool { return s.doc.Is(i, w) }

// punct returns the punctuation byte of token i (0 if none).
func (s *state) punct(i int) byte {
	if i < 0 || i >= len(s.toks) {
		return 0
	}
	return s.toks[i].punct(s.text)
}

// glued reports whether token i directly follows token i-1.
func (s *state) glued(i int) bool { return i < len(s.toks) && !s.toks[i].space }

// numAt returns the value of a number token with at most maxDig digits.
func (s *state) numAt(i, maxDig int) (int, bool) {
	if i < 0 || i >= len(s.toks) {
		return 0, false
	}
	t := &s.toks[i]
	if t.kind != tkNum || int(t.ndig) > maxDig || t.num < 0 {
		return 0, false
	}
	return int(t.num), true
}

// yearAt reads an explicit four-digit year (1000–2199).
func (s *state) yearAt(i int) (int, bool) {
	t := s.tok(i)
	if t == nil || t.kind != tkNum || t.ndig != 4 || t.num < 1000 || t.num > 2199 {
		return 0, false
	}
	// Not part of a larger number: "2024,5", "2.024", "2024.10.1".
	if n := s.tok(i + 1); n != nil && !n.space && (n.punct(s.text) == ',' || n.punct(s.text) == '.') {
		if d := s.tok(i + 2); d != nil && !d.space && d.kind == tkNum {
			return 0, false
		}
	}
	return int(t.num), true
}

// dayMonthOK reports whether a day exists in a month of some year.
func dayMonthOK(m, d int) bool {
	if m < 1 || m > 12 || d < 1 {
		return false
	}
	return d <= [12]int{31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}[m-1]
}
