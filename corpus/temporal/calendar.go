package temporal

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"sync"

	"chronik/corpus/text"
	"chronik/model"
)

//go:embed calendar.tsv
var calendarTSV string

// A calEvent is a public event of the background calendar; recurring kinds
// (elections, inaugurations) have one date per occurrence, ascending.
type calEvent struct {
	key, name string
	dates     []model.Day
	// context holds the folded words that tie a generic phrase to this
	// event (its country, its people): "usa", "trump*" (a trailing *
	// matches any ending).
	context []string
}

// A calPhrase is a way German news names an event, as folded words.
// A generic phrase ("Amtseinführung", "Präsidentschaftswahl") names it
// only where the text names the event's context too.
type calPhrase struct {
	words   []string
	ev      int
	generic bool
}

type calendar struct {
	events  []calEvent
	byFirst map[string][]calPhrase // first folded word → phrases, longest first
}

var sharedCalendar = sync.OnceValue(func() *calendar {
	c, err := parseCalendar(calendarTSV)
	if err != nil {
		panic("temporal: embedded calendar.tsv: " + err.Error())
	}
	return c
})

// parseCalendar reads the TSV format described at the top of calendar.tsv.
func parseCalendar(src string) (*calendar, error) {
	c := &calendar{byFirst: map[string][]calPhrase{}}
	index := map[string]int{}
	for n, line := range strings.Split(src, "\n") {
		line = strings.TrimRight(line, "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 {
			return nil, fmt.Errorf("line %d: want 3 tab-separated fields, got %d", n+1, len(f))
		}
		kind, key, val := f[0], f[1], f[2]
		if kind == "name" {
			if _, dup := index[key]; dup {
				return nil, fmt.Errorf("line %d: event %q named twice", n+1, key)
			}
			index[key] = len(c.events)
			c.events = append(c.events, calEvent{key: key, name: val})
			continue
		}
		i, ok := index[key]
		if !ok {
			return nil, fmt.Errorf("line %d: event %q used before its name line", n+1, key)
		}
		switch kind {
		case "date":
			d, err := model.ParseDay(val)
			if err != nil {
				return nil, fmt.Errorf("line %d: %v", n+1, err)
			}
			c.events[i].dates = append(c.events[i].dates, d)
		case "context":
			for _, w := range strings.Fields(val) {
				c.events[i].context = append(c.events[i].context, foldString(w))
			}
		case "phrase", "generic":
			var words []string
			for _, t := range text.Analyse(val, nil).Tokens {
				words = append(words, foldString(val[t.Start:t.End]))
			}
			if len(words) == 0 {
				return nil, fmt.Errorf("line %d: empty phrase", n+1)
			}
			c.byFirst[words[0]] = append(c.byFirst[words[0]], calPhrase{words: words, ev: i, generic: kind == "generic"})
		default:
			return nil, fmt.Errorf("line %d: unknown kind %q", n+1, kind)
		}
	}
	for _, ps := range c.byFirst {
		for _, p := range ps {
			if p.generic && len(c.events[p.ev].context) == 0 {
				return nil, fmt.Errorf("event %q has a generic phrase but no context", c.events[p.ev].key)
			}
		}
	}
	for _, e := range c.events {
		if len(e.dates) == 0 {
			return nil, fmt.Errorf("event %q has no date", e.key)
		}
		if !slices.IsSorted(e.dates) {
			return nil, fmt.Errorf("event %q: dates not in order", e.key)
		}
	}
	for _, ps := range c.byFirst {
		slices.SortStableFunc(ps, func(a, b calPhrase) int { return len(b.words) - len(a.words) })
	}
	return c, nil
}

func calendarFirstWords() []string {
	c := sharedCalendar()
	words := make([]string, 0, len(c.byFirst))
	for w := range c.byFirst {
		words = append(words, w)
	}
	return words
}

// match finds the longest calendar phrase at toks[i:], returning it and
// the index after it.
func (c *calendar) match(text string, toks []token, i int) (calPhrase, int, bool) {
	var buf [maxKey]byte
	n, fits := fold(text[toks[i].start:toks[i].end], &buf)
	if !fits {
		return calPhrase{}, 0, false
	}
	for _, p := range c.byFirst[string(buf[:n])] {
		if i+len(p.words) > len(toks) {
			continue
		}
		j := 1
		for ; j < len(p.words); j++ {
			t := toks[i+j]
			n, fits := fold(text[t.start:t.end], &buf)
			if !fits || string(buf[:n]) != p.words[j] {
				break
			}
		}
		if j == len(p.words) {
			return p, i + j, true
		}
	}
	return calPhrase{}, 0, false
}

// latest returns the last occurrence of e on or before d, or the first
// after it when there is none.
func (e *calEvent) latest(d model.Day) (model.Day, bool) {
	k, _ := slices.BinarySearch(e.dates, d+1)
	if k == 0 {
		return 0, false
	}
	return e.dates[k-1], true
}

// next returns the first occurrence of e on or after d.
func (e *calEvent) next(d model.Day) (model.Day, bool) {
	k, _ := slices.BinarySearch(e.dates, d)
	if k == len(e.dates) {
		return 0, false
	}
	return e.dates[k], true
}

// calContext reports whether the generic phrase of event ev at tokens
// [i, end) is about that event. What follows the phrase may say whose it
// is ("Amtseinführung des neuen Rektors", "Präsidentschaftswahl in
// Österreich", "Amtseinführung des Republikaners"): then that complement
// must name the event's context. Otherwise the context must be named in
// the phrase's sentence or in one of the two sentences before it.
func (s *state) calContext(ev, i, end int) bool {
	ce := &s.t.cal.events[ev]
	if from, to, ok := s.complement(end); ok {
		return s.namesContext(ce, from, to)
	}
	sents := s.doc.Sentences
	si := int(s.doc.Tokens[i].Sentence)
	from := sents[max(si-2, 0)].First
	return s.namesContext(ce, from, sents[si].Last)
}

// complement returns the tokens of a genitive or "in"/"aus" phrase
// right after a calendar phrase ending at token k: "des neuen Rektors", "in
// Österreich", "in den USA": an article, adjectives, and the noun or name
// that ends it.
func (s *state) complement(k int) (int, int, bool) {
	if !(s.is(k, "des") || s.is(k, "der") || s.is(k, "in") || s.is(k, "im") || s.is(k, "aus")) {
		return 0, 0, false
	}
	j := k + 1
	if s.is(k, "in") && (s.is(j, "den") || s.is(j, "der") || s.is(j, "dem")) {
		j++
	}
	for ; j < len(s.toks) && j < k+5; j++ {
		t := &s.toks[j]
		if t.kind != tkWord {
			return 0, 0, false
		}
		if t.upper {
			return k, j + 1, true
		}
	}
	return 0, 0, false
}

// namesContext reports whether tokens [from, to) name a context word of
// ce.
func (s *state) namesContext(ce *calEvent, from, to int) bool {
	var buf [maxKey]byte
	for k := from; k < to && k < len(s.toks); k++ {
		t := &s.toks[k]
		if t.kind != tkWord {
			continue
		}
		n, ok := fold(s.text[t.start:t.end], &buf)
		if !ok {
			continue
		}
		w := string(buf[:n])
		for _, c := range ce.context {
			if c == w || strings.HasSuffix(c, "*") && strings.HasPrefix(w, c[:len(c)-1]) {
				return true
			}
		}
	}
	return false
}

// calRelation is how a sentence relates to a background event.
type calRelation int8

const (
	calAt     calRelation = iota // "bei der Wahl", "seit der Wahl", "zur Amtseinführung"
	calAfter                     // "nach der Amtseinführung"
	calBefore                    // "vor der Wahl"
)

// calendarAt matches a background-calendar phrase at token i that a
// temporal preposition governs ("kurz nach der Amtseinführung", "nach dem
// Sturm aufs Kapitol", "seit dem Mauerfall"). The phrase is tagged as the
// event's date with mod AFTER or BEFORE; "kurz nach" widens its interval
// to the week after (the week before for "kurz vor"). A recurring event
// (an election, an inauguration) is the latest occurrence up to the
// article date, or the next one when the sentence speaks of the future;
// without an article date it is left untagged, but noted for InferDate.
func (s *state) calendarAt(i int) int {
	p, end, ok := s.t.cal.match(s.text, s.toks, i)
	if !ok || p.generic && !s.calContext(p.ev, i, end) {
		return i
	}
	ev := p.ev
	if _, isYear := s.yearAt(end); isYear {
		return i // "Präsidentschaftswahl 2024": the year is the date
	}
	// Find the governing preposition: skip an article or possessive and a
	// genitive name ("nach Trumps Amtseinführung").
	k := i - 1
	for steps := 0; steps < 2 && k >= 0; steps++ {
		t := &s.toks[k]
		if s.has(k, fDeterminer|fArticle) && !s.has(k, fSinceLike) || t.kind == tkWord && t.upper && t.e == nil && s.text[t.end-1] == 's' {
			k--
			continue
		}
		break
	}
	for j := k + 1; j < i; j++ {
		if s.is(j, "ein") || s.is(j, "eine") || s.is(j, "einem") || s.is(j, "einen") || s.is(j, "einer") || s.is(j, "eines") {
			return i // "bei einem Brexit": any such event, not the one of the calendar
		}
	}
	rel := calAt
	switch {
	case s.is(k, "nach"):
		rel = calAfter
	case s.is(k, "vor"):
		rel = calBefore
	case s.is(k, "seit") || s.is(k, "bei") || s.is(k, "beim") || s.is(k, "während") || s.is(k, "zur") || s.is(k, "zum") ||
		s.is(k, "bis") || s.is(k, "mit") || s.is(k, "am") || s.is(k, "an"):
	default:
		return i
	}
	short := s.is(k-1, "kurz") || s.is(k-1, "unmittelbar") || s.is(k-1, "direkt") || s.is(k-1, "gleich") || s.is(k-1, "kurze")
	spanStart := k
	if short {
		spanStart = k - 1
	}
	if n := len(s.out); n > 0 && s.out[n-1].End > int(s.toks[spanStart].start) {
		return i
	}
	ce := &s.t.cal.events[ev]
	tn := s.tenseAt(i)
	if s.notes != nil {
		*s.notes = append(*s.notes, note{kind: nCal, ev: ev, rel: rel, short: short, tense: tn,
			start: int(s.toks[spanStart].start), end: int(s.toks[end-1].end)})
	}
	var day model.Day
	anchored := false
	switch {
	case len(ce.dates) == 1:
		day = ce.dates[0]
	case !s.dct.Valid():
		return end
	case tn == tenseFuture:
		day, ok = ce.next(s.dct.Start)
		anchored = true
	default:
		day, ok = ce.latest(s.dct.End)
		anchored = true
	}
	if !day.Valid() {
		return end
	}
	r := res{end: end, typ: model.TimexDate, value: day.String(), iv: model.DayInterval(day), anchored: anchored, dayLevel: true}
	switch rel {
	case calAfter:
		r.mod = "AFTER"
		if short {
			r.iv.End = day.AddDays(7)
		}
	case calBefore:
		r.mod = "BEFORE"
		if short {
			r.iv.Start = day.AddDays(-7)
		}
	}
	return s.emit(i, r)
}
