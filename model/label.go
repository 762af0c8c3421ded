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
	case i.Days() <= 7 && sy == ey && sm == em:
		return fmt.Sprintf("%d–%d %s %d", sd, ed, mon(sm), sy)
	case i.Days() <= 7 && sy == ey:
		return fmt.Sprintf("%d %s – %d %s %d", sd, mon(sm), ed, mon(em), sy)
	case i.Days() <= 7:
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
