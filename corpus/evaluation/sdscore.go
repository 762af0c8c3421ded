package evaluation

import (
	"slices"

	"chronik/model"
)

// SDTypeCounts are the sentence-level tallies of one SmartData type.
type SDTypeCounts struct {
	Gold       int // annotated event mentions
	FoundAny   int // … overlapped by a mention of any row
	FoundTyped int // … overlapped by a mention of a row of a matching kind
	Sys        int // mentions of rows whose kind matches the type
	SysRight   int // … that overlap an annotated mention of the type

	// Rows whose kind matches the type, and those of them with a mention
	// that overlaps an annotated mention of the type. SmartData annotates
	// a relation with its arguments, not each reference to it ("die
	// Übernahme" a paragraph later), so a right row that takes in such a
	// reference adds a mention the annotation does not mark: per row, a
	// reference joined to a told happening is not counted as an error.
	SysRows, SysRowsRight int
}

// SDCounts are the tallies of a set of SmartData documents.
type SDCounts struct {
	Docs       int
	ByType     map[string]*SDTypeCounts
	Dated      int // found gold events with a date argument
	Unresolved int // … whose date argument the scorer cannot resolve (weekdays, vague)
	Datable    int // … resolved
	DateRight  int // … whose row's interval contains it
	Undated    int // … whose row has no date
	Widths     []int

	// A bare weekday ("Dienstag") can mean the last or the next one: a
	// row is right about it when its interval, a week wide at most, holds
	// either. Reported apart from the resolved dates.
	Weekday, WeekdayRight int

	// Temporal expressions, against all of SmartData's date mentions.
	Timex TimexCounts
}

// NewSDCounts returns empty tallies for every type.
func NewSDCounts() SDCounts {
	c := SDCounts{ByType: map[string]*SDTypeCounts{}}
	for t := range SmartDataTypes {
		c.ByType[t] = &SDTypeCounts{}
	}
	return c
}

// Total sums the types.
func (c SDCounts) Total() SDTypeCounts {
	var t SDTypeCounts
	for _, x := range c.ByType {
		t.Gold += x.Gold
		t.FoundAny += x.FoundAny
		t.FoundTyped += x.FoundTyped
		t.Sys += x.Sys
		t.SysRight += x.SysRight
		t.SysRows += x.SysRows
		t.SysRowsRight += x.SysRowsRight
	}
	return t
}

// typeOfKind is the SmartData type a Chronik kind stands for, "" if none.
func typeOfKind(kind string) string {
	for t, kinds := range SmartDataTypes {
		if slices.Contains(kinds, kind) {
			return t
		}
	}
	return ""
}

// ScoreSmartData adds one document's tallies to c: out is what the system
// found in doc, its offsets into doc.Text.
func (c *SDCounts) ScoreSmartData(doc SDDoc, out ChronikOutput) {
	anchor := doc.Anchor()
	c.Docs++
	rows := out.Rows
	c.scoreTimexes(doc, out.Timexes)
	overlaps := func(m RowMention, e SDEvent) bool { return m.Start < e.End && e.Start < m.End }
	for _, row := range rows {
		t := typeOfKind(row.Kind)
		if t == "" {
			continue
		}
		c.ByType[t].SysRows++
		right := false
		for _, m := range row.Mentions {
			c.ByType[t].Sys++
			for _, e := range doc.Events {
				if e.Type == t && overlaps(m, e) {
					c.ByType[t].SysRight++
					right = true
					break
				}
			}
		}
		if right {
			c.ByType[t].SysRowsRight++
		}
	}
	for _, e := range doc.Events {
		tc := c.ByType[e.Type]
		tc.Gold++
		found, typed := -1, -1
		for r, row := range rows {
			for _, m := range row.Mentions {
				if !overlaps(m, e) {
					continue
				}
				if found < 0 {
					found = r
				}
				if typed < 0 && typeOfKind(row.Kind) == e.Type {
					typed = r
				}
			}
		}
		if found < 0 {
			continue
		}
		tc.FoundAny++
		if typed >= 0 {
			tc.FoundTyped++
			found = typed
		}
		if len(e.Dates) == 0 {
			continue
		}
		c.Dated++
		d := rows[found].Date
		gold, ok := goldDate(e, anchor)
		if !ok {
			if last, next, wd := weekdayDate(e, anchor); wd {
				c.Weekday++
				if d.Valid() && d.Days() <= 7 && (d.Contains(last) || d.Contains(next)) {
					c.WeekdayRight++
				}
				continue
			}
			c.Unresolved++
			continue
		}
		c.Datable++
		switch {
		case !d.Valid():
			c.Undated++
		case d.Start <= gold.Start && d.End >= gold.End:
			c.DateRight++
			if !d.OpenStart() {
				c.Widths = append(c.Widths, d.Days())
			}
		}
	}
}

// goldDate is the interval of an event's date arguments: its date or
// start date, up to its end date when it has one.
//
// A month named without a day or a year ("im November") is left
// unresolved, as a bare weekday is left to weekdayDate: read on the
// publication day it may be the last or the next such month, and only
// the sentence's tense tells which, so any one reading would mark the
// other right answer wrong.
func goldDate(e SDEvent, pub model.Day) (model.Interval, bool) {
	var start, end model.Interval
	for _, d := range e.Dates {
		if bareMonth(d.Surface) {
			return model.Interval{}, false
		}
		iv, ok := ResolveDate(d.Surface, pub)
		if !ok {
			return model.Interval{}, false
		}
		if d.Role == "end_date" {
			end = iv
		} else if !start.Valid() {
			start = iv
		}
	}
	if !start.Valid() {
		return model.Interval{}, false
	}
	if end.Valid() && end.End >= start.Start {
		start.End = end.End
	}
	return start, true
}

// weekdayDate reads an event whose only date argument is a bare weekday.
func weekdayDate(e SDEvent, pub model.Day) (last, next model.Day, ok bool) {
	if len(e.Dates) != 1 {
		return 0, 0, false
	}
	return ResolveWeekday(e.Dates[0].Surface, pub)
}

// TimexCounts measure the temporal expressions the system tags against
// SmartData's date, time and duration mentions.
type TimexCounts struct {
	GoldDates  int // gold date mentions
	Found      int // … overlapped by a system timex
	Resolved   int // found ones the scorer can resolve (ResolveDate)
	ValueRight int // … whose timex denotes exactly that interval
	Weekdays   int // found bare weekdays
	WeekdayOK  int // … whose timex is the last or the next such day
	SysDates   int // system timexes of type DATE
	SysRight   int // … overlapping a gold date, time or duration mention
}

func (c *SDCounts) scoreTimexes(doc SDDoc, timexes []model.Timex) {
	anchor := doc.Anchor()
	t := &c.Timex
	overlaps := func(x model.Timex, s SDSpan) bool { return x.Start < s.End && s.Start < x.End }
	for _, x := range timexes {
		if x.Type != model.TimexDate {
			continue
		}
		t.SysDates++
		for _, g := range doc.Temporal {
			if overlaps(x, g) {
				t.SysRight++
				break
			}
		}
	}
	for _, g := range doc.Temporal {
		if g.Role != "date" {
			continue
		}
		t.GoldDates++
		hit := -1
		for i, x := range timexes {
			if overlaps(x, g) {
				hit = i
				break
			}
		}
		if hit < 0 {
			continue
		}
		t.Found++
		iv := timexes[hit].Interval
		if gold, ok := ResolveDate(g.Surface, anchor); ok {
			t.Resolved++
			if iv == gold {
				t.ValueRight++
			}
		} else if last, next, ok := ResolveWeekday(g.Surface, anchor); ok {
			t.Weekdays++
			if iv == model.DayInterval(last) || iv == model.DayInterval(next) {
				t.WeekdayOK++
			}
		}
	}
}
