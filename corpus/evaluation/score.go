package evaluation

import (
	"cmp"
	"slices"
	"strings"
	"unicode"

	"chronik/model"
)

// A Row is one event of a system's output for one article, reduced to what
// the scorer compares (GUIDELINES.md §6).
type Row struct {
	Title    string
	Kind     string // the system's event kind ("acquisition", "statement", …)
	Mentions []RowMention
	Date     model.Interval // zero when undated
	Actors   []RowActor
}

// A RowMention is one sentence in which the system found the event.
type RowMention struct {
	Start, End int    // byte offsets of the sentence in the article text
	Trigger    string // the word that told the event, "" if none
}

// A RowActor is one actor of a row with all its names.
type RowActor struct {
	Names []string
	Role  model.Role
}

// Counts are the raw tallies of one or more articles; Scores derives the
// ratios from them, so that articles add up before dividing.
type Counts struct {
	Articles        int
	Gold, Rows      int
	RowsMatched     int // rows that match a gold event
	GoldMatched     int // gold events matched by at least one row
	GoldSplit       int // gold events matched by two or more rows
	Datable         int // matched gold events with a scorable interval
	DateRight       int // … whose best row's interval contains it
	OpenRight       int // … of those, right by an interval with an open start
	Widths          []int
	GoldActors      int // actors of matched gold events
	ActorsFound     int
	ActorsRoleRight int
	Undated         int // datable matched gold events whose best row has no date
}

// Add adds the tallies of o to c.
func (c *Counts) Add(o Counts) {
	c.Articles += o.Articles
	c.Gold += o.Gold
	c.Rows += o.Rows
	c.RowsMatched += o.RowsMatched
	c.GoldMatched += o.GoldMatched
	c.GoldSplit += o.GoldSplit
	c.Datable += o.Datable
	c.DateRight += o.DateRight
	c.OpenRight += o.OpenRight
	c.Widths = append(c.Widths, o.Widths...)
	c.GoldActors += o.GoldActors
	c.ActorsFound += o.ActorsFound
	c.ActorsRoleRight += o.ActorsRoleRight
	c.Undated += o.Undated
}

// Scores are the figures of GUIDELINES.md §6.
type Scores struct {
	Precision, Recall, SplitRate float64
	DateAccuracy                 float64
	MedianWidth                  int // days, over right intervals with a finite start; 0 if none
	ActorRecall, RoleAccuracy    float64
	FalseRows                    int // rows that tell no gold event (Precision's complement, counted)
	ActorsFound                  int // gold actors a matching row names (ActorRecall's numerator)
}

// Scores computes the ratios. A ratio over nothing is 0.
func (c Counts) Scores() Scores {
	s := Scores{
		Precision:    ratio(c.RowsMatched, c.Rows),
		Recall:       ratio(c.GoldMatched, c.Gold),
		SplitRate:    ratio(c.GoldSplit, c.GoldMatched),
		DateAccuracy: ratio(c.DateRight, c.Datable),
		ActorRecall:  ratio(c.ActorsFound, c.GoldActors),
		RoleAccuracy: ratio(c.ActorsRoleRight, c.ActorsFound),
		FalseRows:    c.Rows - c.RowsMatched,
		ActorsFound:  c.ActorsFound,
	}
	if len(c.Widths) > 0 {
		w := slices.Clone(c.Widths)
		slices.Sort(w)
		s.MedianWidth = w[len(w)/2]
	}
	return s
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// An Outcome says, for one article, which gold event each row matched
// (-1: none) and how many rows matched each gold event; the detail listing
// of the dev split prints it.
type Outcome struct {
	RowEvent  []int
	EventRows [][]int
}

// ScoreArticle matches the rows of one article to its gold events and
// tallies them (GUIDELINES.md §6). text is the article text the offsets
// of both refer to.
func ScoreArticle(gold *GoldArticle, text string, rows []Row) (Counts, Outcome) {
	c := Counts{Articles: 1, Gold: len(gold.Events), Rows: len(rows)}
	out := Outcome{RowEvent: make([]int, len(rows)), EventRows: make([][]int, len(gold.Events))}
	hits := make([][]int, len(rows)) // row → hits per gold event
	for r, row := range rows {
		hits[r] = make([]int, len(gold.Events))
		for _, m := range row.Mentions {
			for _, e := range mentionHits(gold, text, m) {
				hits[r][e]++
			}
		}
		out.RowEvent[r] = best(gold, hits[r])
		if e := out.RowEvent[r]; e >= 0 {
			c.RowsMatched++
			out.EventRows[e] = append(out.EventRows[e], r)
		}
	}
	for e, ge := range gold.Events {
		matched := out.EventRows[e]
		if len(matched) == 0 {
			continue
		}
		c.GoldMatched++
		if len(matched) > 1 {
			c.GoldSplit++
		}
		// The row that tells the event most often stands for it; of rows
		// that tell it as often, the first in time order (startsBefore),
		// whatever order the system lists its rows in.
		top := matched[0]
		for _, r := range matched[1:] {
			if c := cmp.Compare(hits[r][e], hits[top][e]); c > 0 || c == 0 && startsBefore(rows[r], rows[top]) {
				top = r
			}
		}
		row := rows[top]
		if g, _ := ParseInterval(ge.Date); g.Valid() {
			c.Datable++
			switch {
			case !row.Date.Valid():
				c.Undated++
			case row.Date.Start <= g.Start && row.Date.End >= g.End:
				c.DateRight++
				if row.Date.OpenStart() {
					c.OpenRight++
				} else {
					c.Widths = append(c.Widths, row.Date.Days())
				}
			}
		}
		for _, ga := range ge.Actors {
			c.GoldActors++
			for _, ra := range row.Actors {
				if sameActor(ga.Names, ra.Names) {
					c.ActorsFound++
					if ra.Role == ga.Role {
						c.ActorsRoleRight++
					}
					break
				}
			}
		}
	}
	return c, out
}

// mentionHits returns the gold events whose evidence the mention hits: its
// sentence overlaps theirs and, where the overlapped evidence belongs to
// more than one event, its trigger agrees with the gold trigger.
func mentionHits(gold *GoldArticle, text string, m RowMention) []int {
	var cands []int
	var evs []GoldEvidence
	for e, ge := range gold.Events {
		for _, ev := range ge.Evidence {
			if ev.Start < m.End && m.Start < ev.End {
				cands = append(cands, e)
				evs = append(evs, ev)
			}
		}
	}
	distinct := slices.Compact(slices.Clone(cands))
	if len(distinct) <= 1 {
		return distinct
	}
	var out []int
	for i, e := range cands {
		if (triggerAgrees(text, m, evs[i]) || sameWord(m.Trigger, gold.Events[e])) && !slices.Contains(out, e) {
			out = append(out, e)
		}
	}
	return out
}

// triggerAgrees reports whether an occurrence of the system's trigger in
// the mention's sentence overlaps the gold trigger span.
func triggerAgrees(text string, m RowMention, ev GoldEvidence) bool {
	trig := strings.ToLower(strings.TrimSpace(m.Trigger))
	if trig == "" {
		return false
	}
	lo, hi := max(m.Start, 0), min(m.End, len(text))
	if lo < hi {
		sent := strings.ToLower(text[lo:hi])
		for from := 0; ; {
			i := strings.Index(sent[from:], trig)
			if i < 0 {
				break
			}
			at := lo + from + i
			if at < ev.TriggerEnd && ev.TriggerStart < at+len(trig) {
				return true
			}
			from += i + len(trig)
		}
	}
	return false
}

// sameWord reports whether the system's trigger is a form of one of the
// event's gold triggers, in any of its evidence: they share a stem of five
// or more bytes ("festgenommen", "Festnahme" do not; "verurteilt",
// "Verurteilung" do), or one ends in the other, a compound and its head
// ("Klimagipfel", "Gipfel"). A system may name its trigger by
// another form than the text's.
func sameWord(trigger string, e GoldEvent) bool {
	for _, t := range words(trigger) {
		for _, ev := range e.Evidence {
			for _, w := range words(ev.Trigger) {
				if commonPrefix(w, t) >= 5 || len(t) >= 5 && strings.HasSuffix(w, t) || len(w) >= 5 && strings.HasSuffix(t, w) {
					return true
				}
			}
		}
	}
	return false
}

// best is the gold event with the most hits, ties going to the event told
// first; -1 when nothing was hit.
func best(gold *GoldArticle, hits []int) int {
	b := -1
	for e, n := range hits {
		if n == 0 {
			continue
		}
		if b < 0 || n > hits[b] || n == hits[b] && gold.Events[e].Evidence[0].Start < gold.Events[b].Evidence[0].Start {
			b = e
		}
	}
	return b
}

// startsBefore reports whether row a comes before row b in time order:
// a dated row before an undated one, an earlier start first (an open
// start is the earliest), then an earlier end, then the title in byte
// order, then the first mention in the text. The scorer's own order,
// which a display order of the system's rows (model.Interval.Compare)
// does not change.
func startsBefore(a, b Row) bool {
	switch av, bv := a.Date.Valid(), b.Date.Valid(); {
	case av != bv:
		return av
	case av && a.Date.Start != b.Date.Start:
		return a.Date.Start < b.Date.Start
	case av && a.Date.End != b.Date.End:
		return a.Date.End < b.Date.End
	case a.Title != b.Title:
		return a.Title < b.Title
	}
	return firstStart(a) < firstStart(b)
}

// firstStart is where the row's first mention in the text starts.
func firstStart(r Row) int {
	first := -1
	for _, m := range r.Mentions {
		if first < 0 || m.Start < first {
			first = m.Start
		}
	}
	return first
}

// sameActor reports whether two lists of names name the same actor: a
// name equal to one of the others (ignoring case), or one containing the
// other as whole words ("Kohl" in "Helmut Kohl").
func sameActor(gold, sys []string) bool {
	for _, g := range gold {
		gw := words(g)
		for _, s := range sys {
			sw := words(s)
			if len(gw) == 0 || len(sw) == 0 {
				continue
			}
			if containsRun(gw, sw) || containsRun(sw, gw) {
				return true
			}
		}
	}
	return false
}

// containsRun reports whether the words of b occur in a as a run.
func containsRun(a, b []string) bool {
	for i := 0; i+len(b) <= len(a); i++ {
		if slices.Equal(a[i:i+len(b)], b) {
			return true
		}
	}
	return false
}

func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

func commonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}
