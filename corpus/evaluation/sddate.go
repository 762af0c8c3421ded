package evaluation

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"chronik/model"
)

// The gold side of SmartData's dates: the annotators marked date mentions
// but did not normalise them, so the scorer resolves the unambiguous ones
// itself, against the publication day. Weekdays ("Dienstag") and vague
// expressions ("Anfang März") are left unresolved: whether "Dienstag" is
// the last or the next one is what is being measured, and the gold must
// not guess it.

var (
	numericDate = regexp.MustCompile(`^(\d{1,2})\.\s?(\d{1,2})\.(\d{2}|\d{4})?$`)
	isoDate     = regexp.MustCompile(`^(\d{4})-(\d{2})-(\d{2})$`)
	namedDate   = regexp.MustCompile(`^(?:(\d{1,2})\.\s?)?([a-zäöü]+)\.?(?:\s(\d{4}|vergangenen jahres|letzten jahres|vorigen jahres|dieses jahres))?$`)
	yearOnly    = regexp.MustCompile(`^(\d{4})$`)
)

// months are the German month names and their usual short forms.
var months = map[string]time.Month{
	"januar": 1, "jänner": 1, "jan": 1, "jän": 1, "februar": 2, "feber": 2, "feb": 2,
	"märz": 3, "mär": 3, "april": 4, "apr": 4, "mai": 5, "juni": 6, "jun": 6,
	"juli": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
	"oktober": 10, "okt": 10, "november": 11, "nov": 11, "dezember": 12, "dez": 12,
}

// relativeDays are the words that fix a day by its distance from the
// publication day.
var relativeDays = map[string]int{"vorgestern": -2, "gestern": -1, "heute": 0, "morgen": 1, "übermorgen": 2}

// ResolveDate returns the interval a date mention fixes, read on the
// publication day pub, and whether it fixes one.
func ResolveDate(surface string, pub model.Day) (model.Interval, bool) {
	iv, ok := resolveDate(surface, pub)
	return iv, ok && iv.Valid() // not "0000"
}

func resolveDate(surface string, pub model.Day) (model.Interval, bool) {
	s := strings.ToLower(strings.Trim(strings.TrimSpace(surface), ",;:()"))
	year, _, _ := pub.Date()
	// "Montag, 14.3.2016": the date says it all.
	if name, rest, ok := strings.Cut(s, ", "); ok {
		if _, wd := weekdays[name]; wd {
			s = rest
		}
	}
	if f := strings.Fields(s); len(f) > 0 {
		if n, ok := relativeDays[f[0]]; ok && len(f) <= 2 {
			return model.DayInterval(pub.AddDays(n)), true
		}
	}
	if m := numericDate.FindStringSubmatch(s); m != nil {
		y := year
		if m[3] != "" {
			y, _ = strconv.Atoi(m[3])
			if y < 100 {
				y += 2000
			}
		}
		return dayOf(y, atoi(m[2]), atoi(m[1]))
	}
	if m := isoDate.FindStringSubmatch(s); m != nil {
		return dayOf(atoi(m[1]), atoi(m[2]), atoi(m[3]))
	}
	if m := yearOnly.FindStringSubmatch(s); m != nil {
		return model.YearInterval(atoi(m[1])), true
	}
	if m := namedDate.FindStringSubmatch(s); m != nil {
		mon, ok := months[m[2]]
		if !ok {
			return model.Interval{}, false
		}
		y := year
		switch {
		case strings.HasSuffix(m[3], "jahres") && !strings.HasPrefix(m[3], "dieses"):
			y--
		case m[3] != "" && !strings.HasSuffix(m[3], "jahres"):
			y = atoi(m[3])
		}
		if m[1] == "" {
			return model.MonthInterval(y, mon), true
		}
		return dayOf(y, int(mon), atoi(m[1]))
	}
	return model.Interval{}, false
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// dayOf is the day y-m-d when it exists ("31.2." does not).
func dayOf(y, m, d int) (model.Interval, bool) {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return model.Interval{}, false
	}
	day := model.NewDay(y, time.Month(m), d)
	if _, mm, dd := day.Date(); int(mm) != m || dd != d {
		return model.Interval{}, false
	}
	return model.DayInterval(day), true
}

// weekdays are the German weekday names; a day part may follow
// ("Dienstagabend", "Montagmittag").
var weekdays = map[string]time.Weekday{
	"montag": time.Monday, "dienstag": time.Tuesday, "mittwoch": time.Wednesday, "donnerstag": time.Thursday,
	"freitag": time.Friday, "samstag": time.Saturday, "sonnabend": time.Saturday, "sonntag": time.Sunday,
}

var dayParts = []string{"", "früh", "morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht"}

// ResolveWeekday reads a bare weekday ("Dienstag", "Montagmittag") and
// returns the two days it can mean on the publication day pub: the last
// such day up to pub and the next one from pub (the same day when pub is
// that weekday).
func ResolveWeekday(surface string, pub model.Day) (last, next model.Day, ok bool) {
	s := strings.ToLower(strings.Trim(strings.TrimSpace(surface), ",;:()"))
	for name, wd := range weekdays {
		rest, found := strings.CutPrefix(s, name)
		if !found || !slices.Contains(dayParts, strings.TrimSpace(rest)) {
			continue
		}
		back := (int(pub.Weekday()) - int(wd) + 7) % 7
		fwd := (int(wd) - int(pub.Weekday()) + 7) % 7
		return pub.AddDays(-back), pub.AddDays(fwd), true
	}
	return 0, 0, false
}

// bareMonth reports a date mention that is a month's name alone, with
// neither a day nor a year: "November", "Anfang August" is not (a part
// of a month is still no year).
func bareMonth(surface string) bool {
	s := strings.ToLower(strings.Trim(strings.TrimSpace(surface), ",;:()"))
	m := namedDate.FindStringSubmatch(s)
	if m == nil || m[1] != "" || m[3] != "" {
		return false
	}
	_, ok := months[m[2]]
	return ok
}
