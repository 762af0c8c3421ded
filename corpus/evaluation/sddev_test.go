package evaluation

import (
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"chronik/model"
)

// sdDevList writes one line per resolvable date mention (and bare
// weekday) of the SmartData dev split (the train file only): the
// document, the mention's span and text, the resolved gold interval (or
// the last and the next such weekday), the interval of the timex that
// overlaps it and whether the value is exact. Two engines' lists side by
// side (diff) show which mentions a change made right or wrong:
//
//	go test ./corpus/evaluation -run TestSmartDataDevList -sddevlist /tmp/new.txt
var sdDevList = flag.String("sddevlist", "", "write the resolvable date mentions of the SmartData dev split, with the engine's values, to this file")

func TestSmartDataDevList(t *testing.T) {
	if *sdDevList == "" {
		t.Skip("no -sddevlist file")
	}
	docs, err := ReadSmartData(requireData(t, "smartdata/smartdata-v1-train.json.gz"))
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for i, d := range docs {
		if d.Source == "tweet" {
			continue
		}
		out, err := RunChronik(fmt.Sprintf("sd%d", i), d.Text, d.Date)
		if err != nil {
			fmt.Fprintf(&b, "%d error %v\n", i, err)
			continue
		}
		for _, g := range d.Temporal {
			if g.Role != "date" {
				continue
			}
			// A resolvable date must be its interval; a bare weekday the
			// last or the next such day.
			var golds []model.Interval
			if gold, ok := ResolveDate(g.Surface, d.Anchor()); ok {
				golds = []model.Interval{gold}
			} else if last, next, ok := ResolveWeekday(g.Surface, d.Anchor()); ok {
				golds = []model.Interval{model.DayInterval(last), model.DayInterval(next)}
			} else {
				continue
			}
			got, verdict := "-", "missed"
			for _, x := range out.Timexes {
				if x.Start < g.End && g.Start < x.End {
					got, verdict = fmt.Sprintf("%v %q", x.Interval, d.Text[x.Start:x.End]), "wrong"
					if slices.Contains(golds, x.Interval) {
						verdict = "exact"
					}
					break
				}
			}
			fmt.Fprintf(&b, "%d %d-%d %q pub %v gold %v: %s %s\n", i, g.Start, g.End, g.Surface, d.Anchor(), golds, verdict, got)
		}
	}
	if err := os.WriteFile(*sdDevList, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}
