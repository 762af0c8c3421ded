package main

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"chronik/model"
	"chronik/tui/plain"
)

func newEventsCommand(stdout io.Writer, load timelineLoader) *cobra.Command {
	var (
		asJSON   bool
		actors   []string
		from, to string
	)
	cmd := &cobra.Command{
		Use:   "events [PATH...]",
		Short: "Print the timeline of events",
		Long: `Print the timeline of the built-in articles, or of the given files and
folders: every event with its date, actors and the sentences that tell it.

--actor narrows it to events that involve every named actor (a name or any
alias, in any case); --from and --to keep dated events that overlap the
range (YYYY, YYYY-MM or YYYY-MM-DD). --json writes the stable JSON contract
described in the README.`,
		Args: cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			span, err := dateRange(from, to)
			if err != nil {
				return err
			}
			tl, err := load(args)
			if err != nil {
				return err
			}
			ids, err := lookupActors(tl, actors)
			if err != nil {
				return err
			}
			filtered := len(ids) > 0 || span.Valid()
			events := tl.EventsWithAll(ids)
			if span.Valid() {
				events = within(tl, events, span)
			}
			if !asJSON {
				return plain.Write(stdout, tl, events)
			}
			if !filtered {
				// nil exports every article and actor, not only those the
				// events refer to.
				return tl.WriteJSON(stdout, nil)
			}
			if events == nil {
				events = []int{} // an empty selection, not "everything"
			}
			return tl.WriteJSON(stdout, events)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "write JSON instead of text")
	cmd.Flags().StringArrayVarP(&actors, "actor", "a", nil, "only events involving `NAME` (repeatable: all of them)")
	cmd.Flags().StringVar(&from, "from", "", "only events on or after `DATE`")
	cmd.Flags().StringVar(&to, "to", "", "only events on or before `DATE`")
	return cmd
}

// within keeps the dated events that share at least a day with span. An
// open interval ("before 1 Dec 2024") is kept when its known end lies in
// span: all it says is that the event came before that day.
func within(tl *model.Timeline, events []int, span model.Interval) []int {
	var out []int
	for _, i := range events {
		d := tl.Events[i].Date
		if d.OpenStart() && span.Contains(d.End) || !d.OpenStart() && d.Overlaps(span) {
			out = append(out, i)
		}
	}
	return out
}

// dateRange reads --from and --to; either may be empty (open), and each may
// be a year, a month or a day: --from 2024 starts on 1 January, --to 2024-12
// ends on 31 December.
func dateRange(from, to string) (model.Interval, error) {
	if from == "" && to == "" {
		return model.Interval{}, nil
	}
	span := model.Interval{Start: model.NewDay(1, time.January, 1), End: model.NewDay(9999, time.December, 31)}
	if from != "" {
		iv, err := parseDateFlag("--from", from)
		if err != nil {
			return span, err
		}
		span.Start = iv.Start
	}
	if to != "" {
		iv, err := parseDateFlag("--to", to)
		if err != nil {
			return span, err
		}
		span.End = iv.End
	}
	if !span.Valid() {
		return span, fmt.Errorf("--from %s is after --to %s", from, to)
	}
	return span, nil
}

func parseDateFlag(flag, s string) (model.Interval, error) {
	layouts := []struct {
		layout string
		whole  func(time.Time) model.Interval
	}{
		{"2006-01-02", func(t time.Time) model.Interval { return model.DayInterval(model.NewDay(t.Date())) }},
		{"2006-01", func(t time.Time) model.Interval { return model.MonthInterval(t.Year(), t.Month()) }},
		{"2006", func(t time.Time) model.Interval { return model.YearInterval(t.Year()) }},
	}
	for _, l := range layouts {
		if t, err := time.Parse(l.layout, strings.TrimSpace(s)); err == nil {
			return l.whole(t), nil
		}
	}
	return model.Interval{}, fmt.Errorf("%s %q: want YYYY, YYYY-MM or YYYY-MM-DD", flag, s)
}
