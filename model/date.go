// Package model holds Chronik's timeline: articles, actors, events and the
// queries the screens ask of them. It does no I/O and parses no text; the
// corpus package fills it, the tui package reads it.
package model

import (
	"cmp"
	"fmt"
	"time"
)

// Day is a calendar day (proleptic Gregorian, no time zone), counted so that
// 0001-01-01 is day 1. The zero Day means "no day": an unknown date is never
// mistaken for a real one.
type Day int32

// unixEpochDay is the Day of 1970-01-01.
const unixEpochDay = 719163

// NewDay returns the Day of a date. Out-of-range months and days are
// normalised the way time.Date does (2024-12-32 is 2025-01-01).
func NewDay(year int, month time.Month, day int) Day {
	t := time.Date(year, month, day, 0, 0, 0, 0, time.UTC)
	return Day(floorDiv(t.Unix(), 86400) + unixEpochDay)
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

// ParseDay reads a YYYY-MM-DD date.
func ParseDay(s string) (Day, error) {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return 0, fmt.Errorf("date %q: want YYYY-MM-DD", s)
	}
	return NewDay(t.Date()), nil
}

// Valid reports whether d is a real day.
func (d Day) Valid() bool { return d > 0 }

// Time returns midnight UTC of d.
func (d Day) Time() time.Time {
	return time.Unix((int64(d)-unixEpochDay)*86400, 0).UTC()
}

// Date returns the year, month and day of d.
func (d Day) Date() (year int, month time.Month, day int) { return d.Time().Date() }

// Weekday returns the day of the week of d. Day 1, 0001-01-01, was a
// Monday, so the count of days modulo 7 is time.Weekday's numbering.
func (d Day) Weekday() time.Weekday { return time.Weekday(int64(d) % 7) }

// AddDays returns the day n days after d (before, for negative n).
func (d Day) AddDays(n int) Day { return d + Day(n) }

// String formats d as YYYY-MM-DD, or "" for the zero Day.
func (d Day) String() string {
	if !d.Valid() {
		return ""
	}
	return d.Time().Format("2006-01-02")
}

// Interval is an inclusive range of days. Every date Chronik knows is one:
// "18. Dezember 2024" is a single day, "im Oktober 2024" a month, and a
// relative date whose anchor is uncertain keeps that uncertainty as width.
// The zero Interval means "undated".
type Interval struct {
	Start, End Day
}

// FirstDay is the earliest Day. An interval that starts on it has no known
// start: "before 18 Dec 2024" is Interval{FirstDay, 2024-12-17}.
const FirstDay Day = 1

// Before is the open interval of every day before d: what a past-tense
// sentence with no date of its own allows in an article written on d.
func Before(d Day) Interval { return Interval{FirstDay, d.AddDays(-1)} }

// OpenStart reports whether i has no known start (see Before).
func (i Interval) OpenStart() bool { return i.Valid() && i.Start == FirstDay }

// DayInterval is the single-day interval of d.
func DayInterval(d Day) Interval { return Interval{d, d} }

// MonthInterval is the interval of a whole month.
func MonthInterval(year int, month time.Month) Interval {
	return Interval{NewDay(year, month, 1), NewDay(year, month+1, 0)}
}

// YearInterval is the interval of a whole year.
func YearInterval(year int) Interval {
	return Interval{NewDay(year, time.January, 1), NewDay(year, time.December, 31)}
}

// Valid reports whether i is a real, non-empty interval.
func (i Interval) Valid() bool { return i.Start.Valid() && i.End >= i.Start }

// Days is the number of days in i, 0 for an invalid interval.
func (i Interval) Days() int {
	if !i.Valid() {
		return 0
	}
	return int(i.End-i.Start) + 1
}

// Contains reports whether d lies in i.
func (i Interval) Contains(d Day) bool { return i.Valid() && d >= i.Start && d <= i.End }

// Overlaps reports whether i and j share at least one day.
func (i Interval) Overlaps(j Interval) bool {
	return i.Valid() && j.Valid() && i.Start <= j.End && j.Start <= i.End
}

// Intersect returns the days i and j share, and false when they share none.
func (i Interval) Intersect(j Interval) (Interval, bool) {
	if !i.Overlaps(j) {
		return Interval{}, false
	}
	return Interval{max(i.Start, j.Start), min(i.End, j.End)}, true
}

// Union returns the smallest interval holding both i and j; an invalid side
// is ignored.
func (i Interval) Union(j Interval) Interval {
	switch {
	case !i.Valid():
		return j
	case !j.Valid():
		return i
	}
	return Interval{min(i.Start, j.Start), max(i.End, j.End)}
}

// Shift moves both ends of i by n days.
func (i Interval) Shift(n int) Interval {
	if !i.Valid() {
		return i
	}
	return Interval{i.Start.AddDays(n), i.End.AddDays(n)}
}

// Compare orders intervals for a timeline: by the day they are placed
// on, then by start, then by end;
// invalid ones come last. An interval is placed where it starts, one with
// no known start ("before 14 Jan 2016") where it ends, the last it can
// be, before the intervals that start that day: what a reader of that
// day's news is told happened by then, rather than all such intervals of
// a corpus first, before its earliest date.
func (i Interval) Compare(j Interval) int {
	switch iv, jv := i.Valid(), j.Valid(); {
	case !iv && !jv:
		return 0
	case !iv:
		return 1
	case !jv:
		return -1
	}
	// (of two intervals with a start, or two without, the day placed on
	// orders as start and end do)
	if i.OpenStart() != j.OpenStart() {
		if c := cmp.Compare(i.placedOn(), j.placedOn()); c != 0 {
			return c
		}
	}
	if i.Start != j.Start {
		return cmp.Compare(i.Start, j.Start)
	}
	return cmp.Compare(i.End, j.End)
}

// placedOn is the day a valid interval is placed on (Compare).
func (i Interval) placedOn() Day {
	if i.OpenStart() {
		return i.End
	}
	return i.Start
}

// String formats i as "YYYY-MM-DD..YYYY-MM-DD", one day as "YYYY-MM-DD".
func (i Interval) String() string {
	if !i.Valid() {
		return "undated"
	}
	if i.Start == i.End {
		return i.Start.String()
	}
	return i.Start.String() + ".." + i.End.String()
}
