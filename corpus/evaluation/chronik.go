package evaluation

import (
	"fmt"
	"strings"

	"chronik/corpus"
	"chronik/corpus/ingest"
	"chronik/model"
)

// ChronikRows runs Chronik's whole pipeline (ingest, then corpus.Build)
// on one article text, as a corpus of its own, and returns its events as
// rows whose offsets refer to text. Mentions whose sentence cannot be
// found in text (ingest changed it) are dropped; lost counts them.
func ChronikRows(id, text string) (rows []Row, lost int, err error) {
	a, err := ingest.Parse(id, id+".txt", []byte(text))
	if err != nil {
		return nil, 0, err
	}
	tl := corpus.Build([]*model.Article{a})
	shift, same := 0, a.Text == text
	if !same {
		if i := strings.Index(text, a.Text); i >= 0 {
			shift, same = i, true
		}
	}
	for _, e := range tl.Events {
		row := Row{Date: e.Date}
		for _, m := range e.Mentions {
			start, end := m.Start+shift, m.End+shift
			if !same {
				i := strings.Index(text, a.Text[m.Start:m.End])
				if i < 0 {
					lost++
					continue
				}
				start, end = i, i+m.End-m.Start
			}
			row.Mentions = append(row.Mentions, RowMention{Start: start, End: end, Trigger: m.Trigger})
		}
		for i, x := range e.Actors {
			if x < 0 || x >= len(tl.Actors) {
				return nil, lost, fmt.Errorf("%s: event %q names actor %d of %d", id, e.Title, x, len(tl.Actors))
			}
			act := tl.Actors[x]
			ra := RowActor{Names: append([]string{act.Name}, act.Aliases...), Role: model.RoleParticipant}
			if i < len(e.Roles) {
				ra.Role = e.Roles[i]
			}
			row.Actors = append(row.Actors, ra)
		}
		rows = append(rows, row)
	}
	return rows, lost, nil
}
