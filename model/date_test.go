package model

import (
	"cmp"
	"testing"
	"time"
)

func day(s string) Day {
	d, err := ParseDay(s)
	if err != nil {
		panic(err)
	}
	return d
}

func TestDayRoundTrip(t *testing.T) {
	for _, s := range []string{"0001-01-01", "1970-01-01", "1969-12-31", "2024-02-29", "2025-01-21", "9999-12-31"} {
		if got := day(s).String(); got != s {
			t.Errorf("ParseDay(%q).String() = %q", s, got)
		}
	}
	if Day(0).Valid() || Day(0).String() != "" {
		t.Error("zero Day must be invalid and print empty")
	}
	if _, err := ParseDay("2024-13-01"); err == nil {
		t.Error("ParseDay accepted month 13")
	}
}

func TestWeekday(t *testing.T) {
	for _, s := range []string{"0001-01-01", "1969-12-31", "2024-12-18", "2025-01-21", "2000-02-29"} {
		d := day(s)
		if got, want := d.Weekday(), d.Time().Weekday(); got != want {
			t.Errorf("%s: Weekday() = %v, want %v", s, got, want)
		}
	}
}

func TestIntervalOps(t *testing.T) {
	nov := MonthInterval(2024, time.November)
	if nov.String() != "2024-11-01..2024-11-30" || nov.Days() != 30 {
		t.Errorf("MonthInterval = %v (%d days)", nov, nov.Days())
	}
	week := Interval{day("2024-11-25"), day("2024-12-02")}
	got, ok := nov.Intersect(week)
	if !ok || got.String() != "2024-11-25..2024-11-30" {
		t.Errorf("Intersect = %v, %v", got, ok)
	}
	if _, ok := nov.Intersect(MonthInterval(2024, time.December)); ok {
		t.Error("November and December must not intersect")
	}
	if u := nov.Union(Interval{}); u != nov {
		t.Errorf("Union with undated = %v", u)
	}
	if (Interval{}).Valid() || (Interval{}).Compare(nov) != 1 || nov.Compare(Interval{}) != -1 {
		t.Error("undated intervals must be invalid and sort last")
	}
}

// An interval with no known start is placed on the day it ends, before
// the intervals that start that day; the others by start, then end; the
// invalid last.
func TestIntervalCompare(t *testing.T) {
	iv := func(a, b string) Interval { return Interval{day(a), day(b)} }
	ordered := []Interval{
		iv("2015-01-01", "2015-12-31"),
		iv("2016-02-03", "2016-02-03"),
		iv("2016-02-03", "2016-02-10"),
		iv("2016-03-01", "2016-04-30"),
		iv("2016-03-02", "2016-03-02"),
		Before(day("2016-03-15")), // up to 14 March: after the days before it
		iv("2016-03-14", "2016-03-14"),
		Before(day("2016-03-31")),
		iv("2016-03-30", "2016-03-30"), // after the dates up to 30 March all the same
		Before(day("2016-04-02")),
		{},
	}
	for i, a := range ordered {
		for j, b := range ordered {
			if got, want := a.Compare(b), cmp.Compare(i, j); got != want {
				t.Errorf("%v.Compare(%v) = %d, want %d", a, b, got, want)
			}
		}
	}
}

func TestLabel(t *testing.T) {
	tests := []struct {
		start, end, want string
	}{
		{"2024-12-18", "2024-12-18", "18 Dec 2024"},
		{"2024-12-01", "2024-12-31", "Dec 2024"},
		{"2023-01-01", "2023-12-31", "2023"},
		{"2024-11-21", "2024-11-30", "~ late Nov 2024"},
		{"2024-11-01", "2024-11-10", "~ early Nov 2024"},
		{"2024-11-11", "2024-11-30", "~ mid–late Nov 2024"},
		{"2024-12-19", "2024-12-23", "19–23 Dec 2024"},
		{"2025-01-20", "2025-01-27", "20–27 Jan 2025"}, // a week from Monday to Monday
		{"2025-01-20", "2025-01-28", "~ mid–late Jan 2025"},
		{"2024-11-30", "2024-12-04", "30 Nov – 4 Dec 2024"},
		{"2024-12-30", "2025-01-02", "30 Dec 2024 – 2 Jan 2025"},
		{"2024-11-20", "2024-12-20", "~ mid Nov – mid Dec 2024"},
		{"2023-01-01", "2023-03-31", "~ early 2023"},
		{"2023-10-01", "2023-12-31", "~ late 2023"},
		{"2023-05-01", "2023-07-31", "May–Jul 2023"},
		{"2019-01-01", "2021-12-31", "2019–2021"},
		{"2024-11-15", "2025-02-10", "~ Nov 2024 – Feb 2025"},
	}
	for _, tt := range tests {
		iv := Interval{day(tt.start), day(tt.end)}
		if got := iv.Label(); got != tt.want {
			t.Errorf("%v.Label() = %q, want %q", iv, got, tt.want)
		}
	}
	if got := (Interval{}).Label(); got != "undated" {
		t.Errorf("undated label = %q", got)
	}
}
