package events

import "chronik/model"

// usableTimex reports whether a temporal expression can date a happening:
// a DATE or TIME outside quoted speech that denotes days. Durations, sets
// and references like PRESENT_REF without an interval cannot.
func usableTimex(t timexRef) bool {
	return !t.quoted && t.first >= 0 && (t.Type == model.TimexDate || t.Type == model.TimexTime) && t.Interval.Valid()
}

// hasOwnTimex reports whether clause g (or the main clause of a
// subordinate g) has a usable temporal expression.
func (s *sent) hasOwnTimex(g int) bool {
	for _, t := range s.timex {
		if usableTimex(t) && s.scopeOf(t.first, g) >= 0 {
			return true
		}
	}
	return false
}

// date dates a mention whose trigger c lies in clause g.
func (x *extractor) date(s *sent, c cand, g int, tn tenseInfo) (model.Interval, string, Dating) {
	// 1. The sentence's own date: the temporal expression nearest the
	// trigger in its clause, or in the main clause of a subordinate one.
	// A date in another subordinate clause belongs to that clause ("…, das
	// Trump erst Stunden zuvor … bezeichnet hatte").
	best, bestDist := -1, 0
	for k, t := range s.timex {
		scope := s.scopeOf(t.first, g)
		if !usableTimex(t) || scope < 0 || x.attributive(s, t, c.tok) {
			continue
		}
		d := c.tok - t.last
		if t.first > c.tok {
			d = t.first - c.tok
		}
		d += scope * len(s.toks) // the trigger's own clause first
		if best < 0 || d < bestDist {
			best, bestDist = k, d
		}
	}
	if best >= 0 {
		t := s.timex[best]
		return x.adjust(s, t), t.Value, DatedOwn
	}
	if tn.background || tn.pluperfect {
		return model.Interval{}, "", Undated // remote or habitual: no date is better than a wrong one
	}

	// 2. Carried over: the previous sentence of the same paragraph had a
	// date and this one goes on with its story (a pronoun, a role, or an
	// actor of that sentence).
	if p := x.prev; p.sentence == s.index-1 && p.block == s.a.Sentences[s.index].Block && p.date.Valid() && x.continues(s, g) {
		return p.date, "", DatedContext
	}

	// 3. On or before the article's date.
	art := s.a.Date.Interval
	if !art.Valid() {
		return model.Interval{}, "", Undated
	}
	if tn.past || s.afterNach(c.tok) || s.headlineBlock() {
		// Headlines tell the recent past in the present ("Zuckerberg und
		// Trump dinieren zusammen"), so they get the past's window.
		return model.Interval{Start: art.Start.AddDays(-pastWindow), End: art.End}, "", DatedArticle
	}
	return model.Interval{Start: art.Start.AddDays(-presentWindow), End: art.End}, "", DatedArticle
}

// continues reports whether clause g picks up the previous sentence's
// story: an implicit mention (pronoun, role) or an actor named there.
func (x *extractor) continues(s *sent, g int) bool {
	for _, r := range s.actors {
		if r.first < 0 || r.quoted || s.scopeOf(r.first, g) < 0 {
			continue
		}
		if r.Implicit {
			return true
		}
		for _, p := range x.prev.actors {
			if p == r.Actor {
				return true
			}
		}
	}
	return false
}

// adjust applies the preposition before a date: "nach dem 6. Januar 2021"
// is the weeks after it, "seit 2019" runs up to the article's date.
func (x *extractor) adjust(s *sent, t timexRef) model.Interval {
	iv := t.Interval
	prep, _ := x.datePreposition(s, t)
	switch {
	case (prep == "nach" || t.Mod == "AFTER") && iv.Days() == 1:
		// "nach dem Sturm aufs Kapitol": the tagger's AFTER on one day
		iv.End = iv.End.AddDays(afterWindow)
	case prep == "seit" || prep == "ab":
		if art := s.a.Date.Interval; art.Valid() && art.End > iv.End {
			iv.End = art.End
		}
	}
	return iv
}

// datePreposition returns the preposition that governs a temporal
// expression, looking through the noun phrase it may stand in ("Nach den
// Ereignissen am 6. Januar 2021") and through the prepositions that are part
// of a date ("am", "im").
func (x *extractor) datePreposition(s *sent, t timexRef) (string, int) {
	if w := &s.toks[t.first]; w.word() && w.is(prepositions) && w.lower != "am" && w.lower != "im" {
		return w.lower, t.first // the tagger included it in the expression
	}
	at := t.first
	for hop := 0; hop < 2; hop++ {
		prep, p, _, _ := s.npContext(at)
		switch prep {
		case "am", "im", "an", "in", "um", "zum":
			at = p
			continue
		}
		return prep, p
	}
	return "", -1
}

// attributive reports a date that qualifies a noun, not the clause:
// "die Joint-Venture-Ankündigung vom Dienstag", "einen Tweet … aus dem Jahr
// 2021". It dates the clause only when that noun is the trigger itself.
func (x *extractor) attributive(s *sent, t timexRef, trigger int) bool {
	prep, at := x.datePreposition(s, t)
	if prep != "vom" && prep != "von" && prep != "aus" {
		return false
	}
	return s.upperBefore(at) && at-1 != trigger
}
