package temporal

import (
	"strconv"
	"time"

	"chronik/model"
)

// gran is the granularity of a resolved date: what its TIMEX3 value names.
type gran uint8

const (
	gDay gran = iota
	gWeek
	gWeekend
	gMonth
	gQuarter
	gHalf
	gSeason
	gYear
	gDecade
	gCentury
)

// A point is a resolved calendar unit: a day, week, month … identified by
// the interval it covers. Its TIMEX3 value follows from gran and the
// interval's start (and season code).
type point struct {
	g      gran
	iv     model.Interval
	season string // for gSeason
}

func dayPoint(d model.Day) point { return point{g: gDay, iv: model.DayInterval(d)} }

func monthPoint(y int, m time.Month) point { return point{g: gMonth, iv: model.MonthInterval(y, m)} }

func yearPoint(y int) point { return point{g: gYear, iv: model.YearInterval(y)} }

// weekPoint is the ISO week (Monday to Sunday) holding d.
func weekPoint(d model.Day) point {
	wd := int(d.Weekday()+6) % 7 // Monday 0 … Sunday 6
	start := d.AddDays(-wd)
	return point{g: gWeek, iv: model.Interval{Start: start, End: start.AddDays(6)}}
}

// weekendPoint is the Saturday and Sunday of d's ISO week.
func weekendPoint(d model.Day) point {
	w := weekPoint(d)
	return point{g: gWeekend, iv: model.Interval{Start: w.iv.Start.AddDays(5), End: w.iv.End}}
}

func quarterPoint(y, q int) point {
	m := time.Month(3*(q-1) + 1)
	return point{g: gQuarter, iv: model.Interval{Start: model.NewDay(y, m, 1), End: model.NewDay(y, m+3, 0)}}
}

func halfPoint(y, h int) point {
	m := time.Month(6*(h-1) + 1)
	return point{g: gHalf, iv: model.Interval{Start: model.NewDay(y, m, 1), End: model.NewDay(y, m+6, 0)}}
}

// seasonPoint covers the meteorological season: spring March–May, summer
// June–August, autumn September–November, winter December to February
// of the next year (TIMEX3 names winter by the year it starts in).
func seasonPoint(y int, s string) point {
	var m time.Month
	var lastDay int // the astronomical season's last day, in the month after the meteorological one's last
	switch s {
	case "SP":
		m, lastDay = time.March, 20
	case "SU":
		m, lastDay = time.June, 22
	case "FA":
		m, lastDay = time.September, 21
	default:
		m, lastDay = time.December, 20
	}
	// From the first day of the meteorological season (June for summer)
	// to the last of the astronomical one (22 September): the days either
	// reading of "im Sommer" allows.
	return point{g: gSeason, season: s, iv: model.Interval{Start: model.NewDay(y, m, 1), End: model.NewDay(y, m+3, lastDay)}}
}

// decadePoint: d is the decade's first three digits (199 = the 1990s).
func decadePoint(d int) point {
	return point{g: gDecade, iv: model.Interval{Start: model.NewDay(d*10, 1, 1), End: model.NewDay(d*10+9, 12, 31)}}
}

// centuryPoint: c is the TIMEX3 century digits (19 = 1900–1999, the 20th century).
func centuryPoint(c int) point {
	return point{g: gCentury, iv: model.Interval{Start: model.NewDay(c*100, 1, 1), End: model.NewDay(c*100+99, 12, 31)}}
}

// value is the TIMEX3 value of p.
func (p point) value() string {
	y, m, d := p.iv.Start.Date()
	switch p.g {
	case gDay:
		return dayValue(y, m, d)
	case gWeek, gWeekend:
		iy, iw := p.iv.Start.Time().ISOWeek()
		v := year4(iy) + "-W" + pad2(iw)
		if p.g == gWeekend {
			v += "-WE"
		}
		return v
	case gMonth:
		return year4(y) + "-" + pad2(int(m))
	case gQuarter:
		return year4(y) + "-Q" + strconv.Itoa((int(m)-1)/3+1)
	case gHalf:
		return year4(y) + "-H" + strconv.Itoa((int(m)-1)/6+1)
	case gSeason:
		return year4(y) + "-" + p.season
	case gYear:
		return year4(y)
	case gDecade:
		return year4(y)[:3]
	case gCentury:
		return year4(y)[:2]
	}
	return ""
}

func dayValue(y int, m time.Month, d int) string {
	return year4(y) + "-" + pad2(int(m)) + "-" + pad2(d)
}

func year4(y int) string {
	if y < 0 || y > 9999 {
		return "XXXX"
	}
	s := strconv.Itoa(y)
	for len(s) < 4 {
		s = "0" + s
	}
	return s
}

func pad2(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// shift moves p by n of its own units (weeks, months, years …).
func (p point) shift(n int) point {
	y, m, d := p.iv.Start.Date()
	switch p.g {
	case gDay:
		return dayPoint(p.iv.Start.AddDays(n))
	case gWeek:
		return weekPoint(p.iv.Start.AddDays(7 * n))
	case gWeekend:
		return weekendPoint(p.iv.Start.AddDays(7 * n))
	case gMonth:
		return monthPoint(y, m+time.Month(n))
	case gQuarter:
		t := model.NewDay(y, m+time.Month(3*n), 1)
		ty, tm, _ := t.Date()
		return quarterPoint(ty, (int(tm)-1)/3+1)
	case gHalf:
		t := model.NewDay(y, m+time.Month(6*n), 1)
		ty, tm, _ := t.Date()
		return halfPoint(ty, (int(tm)-1)/6+1)
	case gSeason:
		return seasonPoint(y+n, p.season)
	case gYear:
		return yearPoint(y + n)
	case gDecade:
		return decadePoint(y/10 + n)
	case gCentury:
		return centuryPoint(y/100 + n)
	}
	_ = d
	return p
}

// unitPoint is the unit u that holds day d ("this week", "this year").
func unitPoint(u unit, d model.Day) (point, bool) {
	y, m, _ := d.Date()
	switch u {
	case uDay:
		return dayPoint(d), true
	case uWeek:
		return weekPoint(d), true
	case uWeekend:
		return weekendPoint(d), true
	case uMonth:
		return monthPoint(y, m), true
	case uQuarter:
		return quarterPoint(y, (int(m)-1)/3+1), true
	case uHalfYear:
		return halfPoint(y, (int(m)-1)/6+1), true
	case uYear:
		return yearPoint(y), true
	case uDecade:
		return decadePoint(y / 10), true
	case uCentury:
		return centuryPoint(y / 100), true
	}
	return point{}, false
}

// modInterval narrows iv to the part a START, MID or END modifier names.
// The choice: a year splits into thirds of four months (Anfang 2023 =
// January–April, Mitte = May–August, Ende = September–December); a month
// into days 1–10, 11–20 and 21 to the end (Ende November = 21–30 Nov); a
// decade or century into thirds of its years (Anfang der 90er = 1990–1993, Mitte
// = 1994–1996, Ende = 1997–1999);
// anything else (weeks, quarters, seasons) into thirds of its days, but
// the end of a week is its last four days, from Thursday. Other
// modifiers (APPROX, BEFORE …) leave the interval as it is: the value
// stays the unit itself.
func modInterval(p point, mod string) model.Interval {
	iv := p.iv
	if mod != "START" && mod != "MID" && mod != "END" {
		return iv
	}
	y, m, _ := iv.Start.Date()
	switch p.g {
	case gYear:
		switch mod {
		case "START":
			return model.Interval{Start: model.NewDay(y, 1, 1), End: model.NewDay(y, 5, 0)}
		case "MID":
			return model.Interval{Start: model.NewDay(y, 5, 1), End: model.NewDay(y, 9, 0)}
		}
		return model.Interval{Start: model.NewDay(y, 9, 1), End: model.NewDay(y, 12, 31)}
	case gMonth:
		switch mod {
		case "START":
			return model.Interval{Start: model.NewDay(y, m, 1), End: model.NewDay(y, m, 10)}
		case "MID":
			return model.Interval{Start: model.NewDay(y, m, 11), End: model.NewDay(y, m, 20)}
		}
		return model.Interval{Start: model.NewDay(y, m, 21), End: iv.End}
	case gDecade, gCentury:
		ey, _, _ := iv.End.Date()
		n := ey - y + 1
		first, last := (n+2)/3, n/3 // a decade: 4 + 3 + 3 years
		switch mod {
		case "START":
			return model.Interval{Start: iv.Start, End: model.NewDay(y+first, 1, 0)}
		case "MID":
			return model.Interval{Start: model.NewDay(y+first, 1, 1), End: model.NewDay(ey-last+1, 1, 0)}
		}
		return model.Interval{Start: model.NewDay(ey-last+1, 1, 1), End: iv.End}
	}
	n := iv.Days()
	third := (n + 2) / 3
	switch mod {
	case "START":
		return model.Interval{Start: iv.Start, End: iv.Start.AddDays(third - 1)}
	case "MID":
		return model.Interval{Start: iv.Start.AddDays(n / 3), End: iv.End.AddDays(-(n / 3))}
	}
	if n == 7 {
		third = 4 // "Ende der Woche" is said from Thursday on
	}
	return model.Interval{Start: iv.End.AddDays(-(third - 1)), End: iv.End}
}

// coarseValue is the most specific TIMEX3 value that holds all of iv: a
// day, month, year, decade or century; "" when iv spans centuries. It is
// how a relative date keeps a valid value when the article date is only
// known to a month: "gestern" in December 2024 spans 30 Nov – 30 Dec and
// is valued "2024", while its interval keeps the exact uncertainty.
func coarseValue(iv model.Interval) string {
	sy, sm, sd := iv.Start.Date()
	ey, em, ed := iv.End.Date()
	switch {
	case iv.Start == iv.End:
		return dayValue(sy, sm, sd)
	case sy == ey && sm == em:
		_ = ed
		return year4(sy) + "-" + pad2(int(sm))
	case sy == ey:
		return year4(sy)
	case sy/10 == ey/10:
		return year4(sy)[:3]
	case sy/100 == ey/100:
		return year4(sy)[:2]
	}
	return ""
}

// easter returns Easter Sunday of year y (anonymous Gregorian algorithm).
func easter(y int) model.Day {
	a := y % 19
	b, c := y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return model.NewDay(y, time.Month(month), day)
}

// A holiday is a named day whose date follows from the year.
type holiday struct {
	words []string
	day   func(y int) model.Day
	night bool // the night that starts on day ("Silvesternacht"): a part of day, TIMEX3 "TNI"
}

func fixed(m time.Month, d int) func(int) model.Day {
	return func(y int) model.Day { return model.NewDay(y, m, d) }
}

func easterOffset(n int) func(int) model.Day {
	return func(y int) model.Day { return easter(y).AddDays(n) }
}

// holidays are computed, not listed per year: Christmas, New Year, Easter
// and the feasts that hang on it, German Unity Day, US Thanksgiving.
var holidays = []holiday{
	{words: []string{"Weihnachten", "Weihnachtstag", "Christtag", "Weihnachtsfeiertag", "Weihnachtsfeiertags"}, day: fixed(time.December, 25)},
	{words: []string{"Stephanstag", "Stefanitag", "Stefanstag"}, day: fixed(time.December, 26)},
	{words: []string{"Heiligabend"}, day: fixed(time.December, 24)},
	{words: []string{"Silvester", "Silvesterabend"}, day: fixed(time.December, 31)},
	{words: []string{"Silvesternacht"}, day: fixed(time.December, 31), night: true},
	{words: []string{"Neujahr", "Neujahrstag"}, day: fixed(time.January, 1)},
	{words: []string{"Dreikönigstag"}, day: fixed(time.January, 6)},
	{words: []string{"Valentinstag"}, day: fixed(time.February, 14)},
	{words: []string{"Halloween"}, day: fixed(time.October, 31)},
	{words: []string{"Ostern", "Ostersonntag"}, day: easterOffset(0)},
	{words: []string{"Karfreitag"}, day: easterOffset(-2)},
	{words: []string{"Ostermontag"}, day: easterOffset(1)},
	{words: []string{"Himmelfahrt"}, day: easterOffset(39)},
	{words: []string{"Pfingsten", "Pfingstsonntag"}, day: easterOffset(49)},
	{words: []string{"Pfingstmontag"}, day: easterOffset(50)},
	{words: []string{"Fronleichnam"}, day: easterOffset(60)},
	{words: []string{"Thanksgiving"}, day: func(y int) model.Day { // fourth Thursday of November
		first := model.NewDay(y, time.November, 1)
		off := (int(time.Thursday) - int(first.Weekday()) + 7) % 7
		return first.AddDays(off + 21)
	}},
}
