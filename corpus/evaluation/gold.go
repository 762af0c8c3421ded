package evaluation

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"time"

	"chronik/model"
)

// A GoldFile is one split of the 10kGNAD annotations (testdata/gnad/*.json).
type GoldFile struct {
	About    string        `json:"about"`
	Articles []GoldArticle `json:"articles"`
}

// A GoldArticle names one 10kGNAD article by line and hash and lists its
// events.
type GoldArticle struct {
	Line   int         `json:"line"`
	Hash   string      `json:"hash"`
	Events []GoldEvent `json:"events"`
}

// A GoldEvent is one happening (GUIDELINES.md §3).
type GoldEvent struct {
	ID       string         `json:"id"`
	Label    string         `json:"label"`
	Date     string         `json:"date,omitempty"`     // "YYYY-MM-DD..YYYY-MM-DD", empty when the text fixes none
	Relative string         `json:"relative,omitempty"` // the date relative to the article's, for the reader: "DCT-1", "<DCT"
	Actors   []GoldActor    `json:"actors,omitempty"`
	Evidence []GoldEvidence `json:"evidence"`
}

// A GoldActor takes part in an event under one of its names.
type GoldActor struct {
	Names []string   `json:"names"`
	Role  model.Role `json:"role"`
}

// A GoldEvidence is one sentence that tells the event, with its trigger,
// all as byte offsets into the article text.
type GoldEvidence struct {
	Start        int    `json:"start"`
	End          int    `json:"end"`
	TriggerStart int    `json:"trigger_start"`
	TriggerEnd   int    `json:"trigger_end"`
	Trigger      string `json:"trigger"` // the trigger's text, to check the offsets against the data
}

// ReadGold reads and checks one annotation file.
func ReadGold(path string) (*GoldFile, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var g GoldFile
	if err := json.Unmarshal(data, &g); err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	for _, a := range g.Articles {
		for _, e := range a.Events {
			where := fmt.Sprintf("%s: line %d, event %s", path, a.Line, e.ID)
			if len(e.Evidence) == 0 {
				return nil, fmt.Errorf("%s: no evidence", where)
			}
			if _, err := ParseInterval(e.Date); err != nil {
				return nil, fmt.Errorf("%s: %v", where, err)
			}
			for _, r := range e.Actors {
				switch r.Role {
				case model.RoleAgent, model.RolePatient, model.RoleParticipant:
				default:
					return nil, fmt.Errorf("%s: role %q: want agent, patient or participant", where, r.Role)
				}
			}
			for _, ev := range e.Evidence {
				if ev.Start >= ev.End || ev.TriggerStart < ev.Start || ev.TriggerEnd > ev.End || ev.TriggerStart >= ev.TriggerEnd {
					return nil, fmt.Errorf("%s: evidence %d..%d trigger %d..%d out of order", where, ev.Start, ev.End, ev.TriggerStart, ev.TriggerEnd)
				}
			}
		}
	}
	return &g, nil
}

// Check reports whether the article text is the one annotated: its hash
// and every trigger's text at its offsets.
func (a *GoldArticle) Check(text string) error {
	if h := Hash(text); h != a.Hash {
		return fmt.Errorf("line %d: text hash %s, annotated %s: the data file is not the one annotated", a.Line, h, a.Hash)
	}
	for _, e := range a.Events {
		for _, ev := range e.Evidence {
			if ev.End > len(text) || text[ev.TriggerStart:ev.TriggerEnd] != ev.Trigger {
				return fmt.Errorf("line %d, event %s: trigger %q not at %d..%d", a.Line, e.ID, ev.Trigger, ev.TriggerStart, ev.TriggerEnd)
			}
		}
	}
	return nil
}

// ParseInterval reads a gold date: "" (none), "YYYY", "YYYY-MM",
// "YYYY-MM-DD", or two of them joined by "..". An open start is written
// "..YYYY-MM-DD".
func ParseInterval(s string) (model.Interval, error) {
	if s == "" {
		return model.Interval{}, nil
	}
	if a, b, ok := strings.Cut(s, ".."); ok {
		start := model.Interval{Start: model.FirstDay}
		if a != "" {
			x, err := ParseInterval(a)
			if err != nil {
				return x, err
			}
			start = x
		}
		end, err := ParseInterval(b)
		if err != nil {
			return end, err
		}
		if end.End < start.Start {
			return model.Interval{}, fmt.Errorf("date %q ends before it starts", s)
		}
		return model.Interval{Start: start.Start, End: end.End}, nil
	}
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		t, err := time.Parse(layout, s)
		if err != nil || len(s) != len(layout) {
			continue
		}
		switch layout {
		case "2006":
			return model.YearInterval(t.Year()), nil
		case "2006-01":
			return model.MonthInterval(t.Year(), t.Month()), nil
		}
		return model.DayInterval(model.NewDay(t.Date())), nil
	}
	return model.Interval{}, fmt.Errorf("date %q: want YYYY, YYYY-MM, YYYY-MM-DD or A..B", s)
}
