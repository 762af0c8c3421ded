package temporal

import (
	"strconv"
	"strings"
	"time"

	"chronik/model"
)

// noteKind is the kind of evidence a tagging run leaves for InferDate.
type noteKind uint8

const (
	nFullDate noteKind = iota + 1 // a date with day, month and year ("6. Januar 2021", "December 19, 2024")
	nDayMonth                     // a day and month without a year ("am 6. November")
	nAgree                        // a weekday with a day and month ("Mittwochabend (18. Dezember)")
	nYear                         // an explicit year, maybe with its month ("2024", "Oktober 2024")
	nCal                          // a background-calendar phrase ("kurz nach der Amtseinführung")
	nWeekday                      // a weekday alone ("am Dienstag")
)

// A note is one piece of dating evidence, with the tense of its sentence.
type note struct {
	kind               noteKind
	start, end         int // byte span of the evidence
	spanStart, spanEnd int // when set, the span to quote instead (a weekday with its date)
	tense              tense
	day                model.Day
	year, month, dom   int
	wday               int
	ev                 int
	rel                calRelation
	short              bool
}

// Article dates inferred from a text are intervals:
const (
	// daysAfterLatestDate: an article reports its latest full date within
	// a few days ("the embedded post of December 19" → 19–22 December).
	daysAfterLatestDate = 3
	// shortlyAfter: "kurz nach X" is 1 to 7 days after X.
	shortlyAfter = 7
)

// InferDate dates an article from its own text, for articles without a
// header. The evidence, strongest first:
//
//  1. The latest full date (day, month and year) not announced in the
//     future tense, the article's body and its metadata (embedded posts)
//     alike; a weekday written with a day and month ("Mittwochabend (18.
//     Dezember)") counts as a full date in the year, nearest the other
//     evidence, in which they agree. The article is dated from that day to
//     daysAfterLatestDate days after it, unless a year told in the past
//     tense is later (then the full date is background, not news).
//  2. Otherwise a background event the present tense is "shortly after"
//     ("Nun werden kurz nach der Amtseinführung …"): its occurrence is the
//     first on or after the lower bound below, and the article 1–7 days
//     after it.
//  3. Otherwise the lower bound alone: the latest year (or month, or full
//     date) told in the past tense, up to the end of the following year.
//
// A weekday told in the past ("hatten … am Dienstag angekündigt") that
// the result pins to one day is named in the reason. Without any of these
// the date is unknown.
func (t *Tagger) InferDate(a *model.Article) model.ArticleDate {
	s := t.newState(a.Text, model.Interval{})
	var notes []note
	s.notes = &notes
	s.run()
	s.release()
	return t.combine(a, notes)
}

func (t *Tagger) combine(a *model.Article, notes []note) model.ArticleDate {
	quote := func(n note) string {
		st, en := n.start, n.end
		if n.spanEnd > 0 {
			st, en = n.spanStart, n.spanEnd
		}
		return `"` + strings.Join(strings.Fields(a.Text[st:en]), " ") + `"`
	}
	var (
		lb        model.Day // the article is on or after lb
		lbReason  string
		ub        model.Day // and on or before ub (when valid)
		latest    note
		hasLatest bool
		maxYear   int // the latest year the text names at all
	)
	for _, n := range notes {
		switch n.kind {
		case nYear:
			maxYear = max(maxYear, n.year)
			switch n.tense {
			case tensePast:
				m := max(n.month, 1)
				if d := model.NewDay(n.year, time.Month(m), 1); d > lb {
					lb = d
					lbReason = quote(n) + " is the latest year told in the past tense"
				}
			case tenseFuture:
				if d := model.NewDay(n.year, time.December, 31); !ub.Valid() || d < ub {
					ub = d
				}
			}
		case nFullDate:
			y, _, _ := n.day.Date()
			maxYear = max(maxYear, y)
			if n.tense == tenseFuture {
				continue
			}
			if n.tense == tensePast && n.day > lb {
				lb = n.day
				lbReason = quote(n) + " is the latest date told in the past tense"
			}
			if !hasLatest || n.day > latest.day {
				latest, hasLatest = n, true
			}
		}
	}
	// Weekday–date agreements, in the year nearest the other evidence.
	refYear := 0
	switch {
	case hasLatest:
		refYear, _, _ = latest.day.Date()
	case lb.Valid():
		refYear, _, _ = lb.Date()
	}
	var agreeReasons []string
	if refYear > 0 {
		for _, n := range notes {
			if n.kind != nAgree || n.tense == tenseFuture {
				continue
			}
			y, ok := agreeingYear(n.month, n.dom, time.Weekday(n.wday), refYear)
			if !ok {
				continue
			}
			n.day = model.NewDay(y, time.Month(n.month), n.dom)
			agreeReasons = append(agreeReasons, quote(n)+" agrees with "+strconv.Itoa(y))
			if !hasLatest || n.day > latest.day {
				latest, hasLatest = n, true
			}
		}
	}

	var iv model.Interval
	var reasons []string
	switch {
	case hasLatest && (!lb.Valid() || lb <= latest.day.AddDays(daysAfterLatestDate)) && maxYear <= latest.day.Time().Year():
		iv = model.Interval{Start: latest.day, End: latest.day.AddDays(daysAfterLatestDate)}
		reasons = append(reasons, agreeReasons...)
		if latest.kind == nFullDate {
			if t.inMeta(a, latest.start) || looksLikePost(a.Text, latest.start) {
				reasons = append(reasons, "embedded post dated "+strings.Trim(quote(latest), `"`))
			} else {
				reasons = append(reasons, quote(latest)+" is the latest full date")
			}
		}
	default:
		cal, calReason := t.shortlyAfterEvent(notes, lb, lbReason, quote)
		switch {
		case cal.Valid():
			iv = cal
			reasons = append(reasons, calReason)
		case lb.Valid():
			y, _, _ := lb.Date()
			iv = model.Interval{Start: lb, End: model.NewDay(max(y+1, maxYear), time.December, 31)}
			reasons = append(reasons, lbReason)
		default:
			return model.ArticleDate{Source: model.DateUnknown, Reason: "no date in the text"}
		}
	}
	if ub.Valid() && ub >= iv.Start && ub < iv.End {
		iv.End = ub
	}
	// A weekday told in the past that the interval pins down.
	for _, n := range notes {
		if n.kind != nWeekday || n.tense != tensePast {
			continue
		}
		d1 := nearestWeekday(iv.Start, time.Weekday(n.wday), 0, tensePast)
		d2 := nearestWeekday(iv.End, time.Weekday(n.wday), 0, tensePast)
		if d1 == d2 {
			q := quote(n)
			if n.start >= 3 && a.Text[n.start-3:n.start] == "am " {
				q = `"am ` + q[1:]
			}
			reasons = append(reasons, q+" → "+d1.String())
		}
		break
	}
	return model.ArticleDate{Interval: iv, Source: model.DateFromText, Reason: "text: " + strings.Join(reasons, "; ")}
}

// shortlyAfterEvent dates the article from the background events its
// present tense says it is shortly after (or, told in the past, that it
// follows): a recurring event is taken at its first occurrence on or
// after lb, since a sentence in the past tense already lies beyond lb.
func (t *Tagger) shortlyAfterEvent(notes []note, lb model.Day, lbReason string, quote func(note) string) (model.Interval, string) {
	for _, n := range notes {
		if n.kind != nCal || n.rel != calAfter || !n.short || n.tense == tensePast || n.tense == tenseFuture {
			continue
		}
		ev := &t.cal.events[n.ev]
		var day model.Day
		why := ""
		switch {
		case len(ev.dates) == 1:
			day = ev.dates[0]
		case lb.Valid():
			d, ok := ev.next(lb)
			if !ok {
				continue
			}
			day = d
			y, _, _ := lb.Date()
			why = " (the first after " + strconv.Itoa(y) + ": " + lbReason + ")"
		default:
			continue
		}
		iv := model.Interval{Start: day.AddDays(1), End: day.AddDays(shortlyAfter)}
		return iv, quote(n) + " → " + ev.name + " of " + day.String() + why
	}
	return model.Interval{}, ""
}

// inMeta reports whether byte offset off lies in a metadata block.
func (t *Tagger) inMeta(a *model.Article, off int) bool {
	for _, b := range a.Blocks {
		if off >= b.Start && off < b.End {
			return b.Kind.IsMeta()
		}
	}
	return false
}

// looksLikePost reports whether the line holding off is the signature of
// an embedded post ("— NAME (@handle) December 19, 2024"), for articles
// whose blocks have not been classified.
func looksLikePost(text string, off int) bool {
	ls := strings.LastIndexByte(text[:off], '\n') + 1
	line := strings.TrimSpace(text[ls:off])
	return strings.HasPrefix(line, "—") && strings.Contains(line, "(@")
}
