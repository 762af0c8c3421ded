package model

import (
	"fmt"
	"time"
)

// Label says when, in words a reader takes in at a glance, and keeps the
// uncertainty visible: an exact day reads "18 Dec 2024", a whole month
// "Dec 2024", a whole year "2023", a short range "19–23 Dec 2024", and a
// fuzzier span is rounded outwards and marked with "~" ("~ late Nov 2024").
func (i Interval) Label() string {
	if !i.Valid() {
		return "undated"
	}
	if i.OpenStart() {
		return "before " + DayInterval(i.End.AddDays(1)).Label()
	}
	sy, sm, sd := i.Start.Date()
	ey, em, ed := i.End.Date()
	firstOfMonth := sd == 1
	lastOfMonth := i.End.AddDays(1).Time().Day() == 1
	switch {
	case i.Start == i.End:
		return fmt.Sprintf("%d %s %d", sd, mon(sm), sy)
	case sy == ey && sm == time.January && firstOfMonth && em == time.December && lastOfMonth:
		return fmt.Sprint(sy)
	case firstOfMonth && lastOfMonth && sy == ey && sm == em:
		return fmt.Sprintf("%s %d", mon(sm), sy)
	case firstOfMonth && lastOfMonth && sy == ey:
		if sm == time.January && em <= time.April {
			return fmt.Sprintf("~ early %d", sy)
		}
		if sm >= time.September && em == time.December {
			return fmt.Sprintf("~ late %d", sy)
		}
		return fmt.Sprintf("%s–%s %d", mon(sm), mon(em), sy)
	case firstOfMonth && lastOfMonth && sm == time.January && em == time.December:
		return fmt.Sprintf("%d–%d", sy, ey)
	case i.Days() <= shortRange && sy == ey && sm == em:
		return fmt.Sprintf("%d–%d %s %d", sd, ed, mon(sm), sy)
	case i.Days() <= shortRange && sy == ey:
		return fmt.Sprintf("%d %s – %d %s %d", sd, mon(sm), ed, mon(em), sy)
	case i.Days() <= shortRange:
		return fmt.Sprintf("%d %s %d – %d %s %d", sd, mon(sm), sy, ed, mon(em), ey)
	case sy == ey && sm == em:
		sp, ep := part(sd), part(ed)
		if sp == ep {
			return fmt.Sprintf("~ %s %s %d", sp, mon(sm), sy)
		}
		return fmt.Sprintf("~ %s–%s %s %d", sp, ep, mon(sm), sy)
	case sy == ey:
		return fmt.Sprintf("~ %s %s – %s %s %d", part(sd), mon(sm), part(ed), mon(em), sy)
	default:
		return fmt.Sprintf("~ %s %d – %s %d", mon(sm), sy, mon(em), ey)
	}
}

// shortRange is the longest interval, in days, that Label writes as its
// first and last day: a week told from one Monday to the next is eight
// days, and "20–27 Jan 2025" says it better than "~ mid–late Jan 2025";
// a third of a month ("Ende November": 21–30) stays "~ late Nov".
const shortRange = 8

func mon(m time.Month) string { return m.String()[:3] }

// part names the third of a month a day falls in.
func part(day int) string {
	switch {
	case day <= 10:
		return "early"
	case day <= 20:
		return "mid"
	}
	return "late"
}

// ShortLabel is Label in at most 19 characters, for a column of dates that
// must never be cut. Every form Label writes in 14 characters or fewer
// stays as it is; a longer one is rounded outwards to whole months, so
// the short form still holds the whole interval ("~ late Oct – late Dec
// 2024" becomes "~ Oct–Dec 2024", "30 Nov – 3 Dec 2024" becomes
// "~ Nov–Dec 2024"). An interval with no known start keeps its exact end
// ("before 18 Dec 2024").
func (i Interval) ShortLabel() string {
	l := i.Label()
	if len([]rune(l)) <= 14 || !i.Valid() || i.OpenStart() {
		return l
	}
	sy, sm, sd := i.Start.Date()
	ey, em, ed := i.End.Date()
	switch {
	case sy == ey && sm == em:
		// The days themselves are short enough: "20–29 Jan 2025" says more
		// than "~ Jan 2025" in as little room.
		return fmt.Sprintf("%d–%d %s %d", sd, ed, mon(sm), sy)
	case sy == ey:
		return fmt.Sprintf("~ %s–%s %d", mon(sm), mon(em), sy)
	}
	return fmt.Sprintf("~ %s %d–%s %d", mon(sm), sy, mon(em), ey)
}

// MonthSpan returns the first and last month i touches, counted as
// year*12 + month-1, so that months compare and subtract as integers. An
// interval with no known start gives first = -1. ok is false for an
// invalid interval.
func (i Interval) MonthSpan() (first, last int, ok bool) {
	if !i.Valid() {
		return 0, 0, false
	}
	last = monthIndex(i.End)
	if i.OpenStart() {
		return -1, last, true
	}
	return monthIndex(i.Start), last, true
}

// monthIndex is year*12 + month-1 of d, by integer arithmetic (H. Hinnant's
// civil_from_days) rather than through time.Time: the timeline asks it for
// every row it lays out, on every keystroke.
func monthIndex(d Day) int {
	z := int64(d) - unixEpochDay + 719468 // days since 0000-03-01
	era := z
	if era < 0 {
		era -= 146096
	}
	era /= 146097
	doe := z - era*146097                                  // day of the 400-year era
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365 // year of the era
	doy := doe - (365*yoe + yoe/4 - yoe/100)               // day of the year, from 1 March
	mp := (5*doy + 2) / 153                                // month, from March = 0
	y, m := yoe+era*400, mp+3
	if m > 12 {
		m -= 12
		y++
	}
	return int(y)*12 + int(m) - 1
}

// Heading names the whole months an interval spans, for the heading a
// timeline groups it under: "December 2024" for a date within December,
// "Oct – Dec 2024" for one from late October to late December, "2018" for
// a whole year, "2023 – 2024" for whole years, "Dec 2024 – Jan 2025"
// otherwise; "Up to December 2024" when the start is not known, and
// "Undated". A date is never put under a heading narrower than itself.
func (i Interval) Heading() string {
	first, last, ok := i.MonthSpan()
	switch {
	case !ok:
		return "Undated"
	case first < 0:
		return fmt.Sprintf("Up to %s %d", time.Month(last%12+1), last/12)
	}
	fy, fm := first/12, time.Month(first%12+1)
	ly, lm := last/12, time.Month(last%12+1)
	switch {
	case first == last:
		return fmt.Sprintf("%s %d", fm, fy)
	case fm == time.January && lm == time.December && fy == ly:
		return fmt.Sprint(fy)
	case fm == time.January && lm == time.December:
		return fmt.Sprintf("%d – %d", fy, ly)
	case fy == ly:
		return fmt.Sprintf("%s – %s %d", mon(fm), mon(lm), fy)
	}
	return fmt.Sprintf("%s %d – %s %d", mon(fm), fy, mon(lm), ly)
}
