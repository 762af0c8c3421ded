package temporal

import (
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"chronik/corpus/text"
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
	nAgo                          // a count of years back from the article ("vor 35 Jahren"): year holds the count
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
	sentStart, sentEnd int  // token range of the sentence it was told in
	weekday            bool // a full date written with its (agreeing) weekday
	sched              bool // a date after "ab", "bis", "für", "zum" (a schedule) or a year naming a thing: no evidence of when the text was written
}

// Article dates inferred from a text are intervals:
const (
	// daysAfterLatestDate: an article reports its own day's news within a
	// few days ("the embedded post of December 19" → 19–22 December).
	daysAfterLatestDate = 3
	// shortlyAfter: "kurz nach X" is 1 to 7 days after X.
	shortlyAfter = 7
	// yearsAfterLowerBound: a text whose latest past is a year or a date
	// it tells as history may be written years later (a retrospective, an
	// obituary): the interval reaches to the end of the third year after.
	yearsAfterLowerBound = 3
)

// InferDate dates an article from its own text, for articles without a
// header. A closing byline with a date ("(Name, 25.6.2015)", see
// bylineDate) is the day the article appeared. Otherwise it claims a few
// days only on evidence of the article's own day, and else gives the years
// its text allows. The evidence, strongest first:
//
//  1. The article's own day: an embedded post's date ("— NAME (@handle)
//     December 19, 2024"), a weekday written with its date ("Mittwoch, dem
//  9. April 2025"; "Mittwochabend (18. Dezember)" in the year nearest
//     the other evidence in which they agree), or the latest full date
//     when it is told in the past tense and the text tells nothing later
//     (no later year, no later day of that year), none announced in the
//     future tense: the article is from that day to daysAfterLatestDate
//     days after it, unless a later date told in the past tense makes it
//     background.
//  2. "vor 35 Jahren" next to the year it counts from ("… 9. November
//     1989"): the year they add up to, give or take one.
//  3. A background event the present tense is "shortly after" ("Nun
//     werden kurz nach der Amtseinführung …"): 1–7 days after it.
//  4. The latest date or year told in the past tense, as a lower bound, up
//     to the end of the yearsAfterLowerBound-th year after it (or of a
//     later year the text names outside a schedule): a text that tells
//     history may be written years later.
//
// Dates announced in the future tense bound the interval from above. A
// weekday told in the past ("hatten … am Dienstag angekündigt") that the
// result pins to one day is named in the reason. Without any of these the
// date is unknown.
func (t *Tagger) InferDate(a *model.Article) model.ArticleDate {
	d := text.ForArticle(a)
	defer d.Release()
	return t.InferDateDoc(d)
}

// InferDateDoc is InferDate on an article's text layer.
func (t *Tagger) InferDateDoc(d *text.Doc) model.ArticleDate {
	if date, ok := bylineArticleDate(d.Text); ok {
		return date
	}
	s := t.newState(d, model.Interval{})
	var notes []note
	s.notes = &notes
	s.run()
	s.release()
	return t.combine(d, notes)
}

func (t *Tagger) combine(d *text.Doc, notes []note) model.ArticleDate {
	quote := func(n note) string {
		st, en := n.start, n.end
		if n.spanEnd > 0 {
			st, en = n.spanStart, n.spanEnd
		}
		return `"` + strings.Join(strings.Fields(d.Text[st:en]), " ") + `"`
	}
	var (
		lb        model.Day // the article is on or after lb
		lbReason  string
		ub        model.Day // and on or before ub (when valid)
		maxYear   int       // the latest year the text names outside a schedule or announcement
		own       note      // the article's own day: an embedded post, a date with its weekday, …
		hasOwn    bool
		ownPage   bool // own dates the dateline: the page's day itself, no days after it
		latest    note // the latest full date told outside a schedule and not announced
		hasLatest bool
		ownWhy    []string
		// schedYear is the latest year a schedule or announcement names
		// ("der Budgetentwurf für 2025"): the text is likely from the
		// years before it.
		schedYear int
	)
	setUB := func(d model.Day) {
		if !ub.Valid() || d < ub {
			ub = d
		}
	}
	for _, n := range notes {
		switch n.kind {
		case nYear:
			switch {
			case n.tense == tenseFuture:
				setUB(model.NewDay(n.year, time.December, 31))
				schedYear = max(schedYear, n.year)
			case n.sched:
				schedYear = max(schedYear, n.year)
			case n.tense == tensePast:
				maxYear = max(maxYear, n.year)
				if d := model.NewDay(n.year, time.Month(max(n.month, 1)), 1); d > lb {
					lb, lbReason = d, quote(n)+" is the latest year told in the past tense"
				}
			default:
				maxYear = max(maxYear, n.year)
			}
		case nFullDate:
			y, _, _ := n.day.Date()
			dateline := datelineAt(d.Text, n.start, n.end)
			if n.tense == tenseFuture && !dateline {
				setUB(n.day)
				continue
			}
			if !n.sched {
				maxYear = max(maxYear, y)
			}
			if n.tense == tensePast && !n.sched && n.day > lb {
				lb, lbReason = n.day, quote(n)+" is the latest date told in the past tense"
			}
			post := inMeta(d, n.start) || looksLikePost(d.Text, n.start)
			if post || dateline || n.weekday && !n.sched {
				if !hasOwn || n.day > own.day {
					own, hasOwn, ownPage = n, true, dateline
					ownWhy = []string{quote(n) + " names its weekday"}
					switch {
					case post:
						ownWhy = []string{"embedded post dated " + strings.Trim(quote(n), `"`)}
					case dateline:
						ownWhy = []string{quote(n) + " dates the dateline"}
					}
				}
			}
			if !n.sched && (!hasLatest || n.day > latest.day) {
				latest, hasLatest = n, true
			}
		}
	}
	// The latest full date is the article's own day when it is told in
	// the past ("hat am 3. Dezember 2024 … besiegt") and nothing the text
	// tells outside an announcement is later: no later year, and no day
	// named without its year later in that year ("Der Beschluss datiert
	// vom 22. August" after "am 3. März 2023 verurteilt"), but for one a
	// schedule names ("ist für den 3. Februar angesetzt").
	newsDay := false
	if hasLatest && !hasOwn && latest.tense == tensePast && maxYear <= latest.day.Time().Year() {
		_, lm, ld := latest.day.Date()
		later := false
		for _, n := range notes {
			if (n.kind == nDayMonth || n.kind == nAgree) && n.tense != tenseFuture && !n.sched &&
				(n.month > int(lm) || n.month == int(lm) && n.dom > ld) {
				later = true
			}
		}
		newsDay = !later
	}
	// Weekday–date agreements, in the year nearest the other evidence.
	refYear := maxYear
	switch {
	case hasOwn:
		refYear, _, _ = own.day.Date()
	case lb.Valid():
		refYear, _, _ = lb.Date()
	}
	var agreeWhy []string
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
			agreeWhy = append(agreeWhy, quote(n)+" agrees with "+strconv.Itoa(y))
			if !hasOwn || n.day > own.day {
				if hasOwn && own.kind == nAgree {
					ownWhy = nil
				}
				own, hasOwn = n, true
			}
		}
	}

	var iv model.Interval
	var reasons []string
	source := model.DateFromText
	endsSentence := func(n note) bool {
		if n.sentEnd <= 0 || n.sentEnd > len(d.Tokens) || int(d.Tokens[n.sentEnd-1].End) < n.end {
			return false
		}
		return !strings.ContainsFunc(d.Text[n.end:d.Tokens[n.sentEnd-1].End], func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })
	}
	ago, agoWhy := anniversary(notes, maxYear, quote, endsSentence)
	cal, calWhy := t.shortlyAfterEvent(notes, lb, lbReason, quote)
	switch {
	case hasOwn && ownPage && (!lb.Valid() || lb <= own.day):
		iv = model.Interval{Start: own.day, End: own.day}
		reasons = append(append(reasons, agreeWhy...), ownWhy...)
	case hasOwn && (!lb.Valid() || lb <= own.day.AddDays(daysAfterLatestDate)):
		iv = model.Interval{Start: own.day, End: own.day.AddDays(daysAfterLatestDate)}
		reasons = append(append(reasons, agreeWhy...), ownWhy...)
	case ago.Valid() && (!lb.Valid() || lb <= ago.End):
		iv = ago
		if lb > iv.Start {
			iv.Start = lb
		}
		reasons = append(reasons, agoWhy)
	case newsDay && (!lb.Valid() || lb <= latest.day.AddDays(daysAfterLatestDate)):
		iv = model.Interval{Start: latest.day, End: latest.day.AddDays(daysAfterLatestDate)}
		reasons = append(reasons, quote(latest)+" is the latest date, told in the past tense")
	case cal.Valid():
		iv = cal
		reasons = append(reasons, calWhy)
	case lb.Valid():
		y, _, _ := lb.Date()
		last := max(y+yearsAfterLowerBound, maxYear)
		if schedYear > last && schedYear-1 <= y+10 {
			last = schedYear - 1
		}
		iv = model.Interval{Start: lb, End: model.NewDay(last, time.December, 31)}
		reasons = append(reasons, lbReason)
		source = model.DateFromTextBound
	default:
		return model.ArticleDate{Source: model.DateUnknown, Reason: "no date in the text"}
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
			if n.start >= 3 && d.Text[n.start-3:n.start] == "am " {
				q = `"am ` + q[1:]
			}
			reasons = append(reasons, q+" → "+d1.String())
		}
		break
	}
	return model.ArticleDate{Interval: iv, Source: source, Reason: string(source) + ": " + strings.Join(reasons, "; ")}
}

// anniversary pairs "vor 35 Jahren" with the explicit year nearest it in
// its own sentence or the next ("… an den Fall der Mauer vor 35 Jahren.
// Am Abend des 9. November 1989 …", "Vor fünf Jahren, am 11. März 2020,
// …"): the article is in the year they add up to, give or take one, as
// "vor fünf Jahren" is said loosely. A sum before the latest year the
// text names (maxYear) pairs the wrong two and is dropped. A year of the
// next sentence counts only after a "vor … Jahren" that ends its own
// (endsSentence): one at its head dates that sentence's happening, and
// the next tells another ("Vor 40 Jahren begann die Sanierung. 1995
// startete das Land …").
func anniversary(notes []note, maxYear int, quote func(note) string, endsSentence func(note) bool) (model.Interval, string) {
	for _, n := range notes {
		if n.kind != nAgo {
			continue
		}
		best, bestDist := -1, 1<<30
		for k, m := range notes {
			if m.kind != nYear && m.kind != nFullDate || m.sentStart != n.sentStart && (m.sentStart != n.sentEnd || !endsSentence(n)) {
				continue
			}
			dist := max(m.start-n.end, n.start-m.end)
			if dist < bestDist {
				best, bestDist = k, dist
			}
		}
		if best < 0 {
			continue
		}
		m := notes[best]
		y := m.year
		if m.kind == nFullDate {
			y, _, _ = m.day.Date()
		}
		c := y + n.year
		if c+1 < maxYear {
			continue
		}
		return model.Interval{Start: model.NewDay(c-1, time.January, 1), End: model.NewDay(c+1, time.December, 31)},
			quote(n) + " counted from " + quote(m) + " → about " + strconv.Itoa(c)
	}
	return model.Interval{}, ""
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

// inMeta reports whether byte offset off lies in a sentence of a metadata
// block.
func inMeta(d *text.Doc, off int) bool {
	for _, s := range d.Sentences {
		if off >= s.Start && off < s.End {
			return s.Meta
		}
	}
	return false
}

// looksLikePost reports whether the line holding off is the signature of
// an embedded post ("— NAME (@handle) December 19, 2024"), for articles
// whose blocks have not been classified.
// datelineAt reports a full date at text[start:end] that a dateline
// gives: its line opens with a capitalised place and a comma before it
// ("Hannover, 14.11.2023 – …"), a dash follows it. The page's own day,
// whatever tense the sentence after it takes ("… will 7000 Stellen
// abbauen").
func datelineAt(text string, start, end int) bool {
	ls := strings.LastIndexByte(text[:start], '\n') + 1
	place, ok := strings.CutSuffix(text[ls:start], ", ")
	if !ok || place == "" || len(place) > 40 || strings.ContainsAny(place, ",.:;!?\"") {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(place); !unicode.IsUpper(r) {
		return false
	}
	after := strings.TrimLeft(text[end:], " ")
	return strings.HasPrefix(after, "– ") || strings.HasPrefix(after, "- ") || strings.HasPrefix(after, "— ")
}

func looksLikePost(text string, off int) bool {
	ls := strings.LastIndexByte(text[:off], '\n') + 1
	line := strings.TrimSpace(text[ls:off])
	return strings.HasPrefix(line, "—") && strings.Contains(line, "(@")
}
