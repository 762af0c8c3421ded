package evaluation

import (
	"errors"
	"flag"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// The SmartData evaluation (README.md):
//
//	go test ./corpus/evaluation -run TestSmartData -v -count=1
//
// dev is SmartData's train file, test its test file; each is scored on the
// news and RSS documents and, apart, on the tweets.

// sdFloors guard the dev news figures against regressions: the engine's
// figures after round fifteen (README.md has the baseline's), never
// lowered; raise them when scores rise.
var sdFloors = struct {
	RecallAny, RecallTyped, DateAccuracy, TimexFound, TimexValue float64
	Crashes                                                      int // documents the pipeline panicked on: a ceiling
	FalseTypedRows                                               int // typed rows none of whose mentions overlaps an annotated mention of their type, less those the guidelines' gold vouches for (vouchedRows): a ceiling, never raised
	RawFalseTypedRows                                            int // the same rows, none left out: a ceiling, never raised
}{
	RecallAny:   159.0 / 231, // round fifteen (149, 118, 116/167 after round fourteen; 147, 116, 113/165 after round thirteen); raised in round fifty-three (151 before, then 152), fifty-seven (153), 509 (156), 534 (157) and 599 (158)
	RecallTyped: 137.0 / 231, // raised in round forty-six (121 before), fifty-three (122, then 124), fifty-seven (125), 272 (127 after 271), 362 (128), 390 (129), 505 (130), 509 (132), 538 (133 before), 540 (135) and 599 (136)
	// Until the forty-sixth session a floor on the precision of typed
	// rows' mentions (130/172 at f91bf488, raised from 119/165 in round
	// forty), which counted a right row's unmarked references against
	// it (README.md, "Typed precision's floor as a count of false rows").
	// 25 when set at f91bf488; 24 since round 518 joined a takeover's
	// headline row to its lead's; 22 since round 538, which stopped
	// counting the rows the guidelines' gold vouches for (vouchedRows;
	// 24 − 2 at the commit before it, 26 − 4 after it); 21 since round
	// 579 read an aggregator's stamp as no headline (a strike's rows
	// joined)
	FalseTypedRows: 21,
	// The count before round 538's vouching, kept as well, so that the
	// gold's vouching never lets more unmarked rows through than the
	// ceiling of before allowed: 24 since round 518 (26 at round 538,
	// whose two rows the gold vouches for; 24 again since round 539
	// joined them to their insolvencies' rows); 23 since round 579.
	RawFalseTypedRows: 23,
	DateAccuracy:      7.0 / 7,
	TimexFound:        927.0 / 972,
	TimexValue:        546.0 / 574, // 543 before the thirty-seventh session read the gold's relative dates from a page's own date line (SDDoc.Anchor), 545 with it; raised in round 272
}

func TestSmartData(t *testing.T) {
	for _, c := range []struct{ split, file string }{
		{"dev", "smartdata/smartdata-v1-train.json.gz"},
		{"test", "smartdata/smartdata-v1-test.json.gz"},
	} {
		t.Run(c.split, func(t *testing.T) {
			docs, err := ReadSmartData(requireData(t, c.file))
			if err != nil {
				t.Fatal(err)
			}
			news, tweets := NewSDCounts(), NewSDCounts()
			var crashes []string
			var vouch map[int][]GoldEvent
			vouched := 0 // typed rows SmartData marks nowhere that the guidelines' gold ties to a mention of their type
			if c.split == "dev" {
				vouch = devGoldEvents(t)
			}
			for i, d := range docs {
				out, err := RunChronik(fmt.Sprintf("sd%d", i), d.Text, d.Date)
				var crash *PanicError
				if errors.As(err, &crash) {
					crashes = append(crashes, fmt.Sprintf("document %d (%s): %v", i+1, d.ID, crash.Value))
				} else if err != nil {
					t.Fatalf("%s: %v", d.ID, err)
				}
				if out.Lost > 0 {
					t.Errorf("%s: %d mentions could not be placed in the text", d.ID, out.Lost)
				}
				if d.Source == "tweet" {
					tweets.ScoreSmartData(d, out)
				} else {
					news.ScoreSmartData(d, out)
					vouched += vouchedRows(d, out, vouch[i+1])
					if c.split == "dev" && *sdMisses != "" {
						logMisses(t, d, out, *sdMisses)
					}
				}
			}
			t.Logf("\n%s", sdTable(c.split+" news+rss", news)+"\n"+sdTable(c.split+" tweets", tweets))
			if len(crashes) > 0 {
				t.Logf("the pipeline panicked on %d documents (scored as finding nothing):\n%s", len(crashes), strings.Join(crashes, "\n"))
			}
			if c.split == "dev" && len(crashes) > sdFloors.Crashes {
				t.Errorf("the pipeline panicked on %d documents, %d at the baseline", len(crashes), sdFloors.Crashes)
			}
			if c.split == "dev" {
				tot := news.Total()
				f := tot.SysRows - tot.SysRowsRight
				t.Logf("%d typed rows overlap no annotated mention of their type; %d of them the guidelines' gold ties to a happening SmartData marks with the type in another sentence", f, vouched)
				if f-vouched > sdFloors.FalseTypedRows {
					t.Errorf("%d typed rows overlap no annotated mention of their type (%d more the gold vouches for), over their ceiling %d", f-vouched, vouched, sdFloors.FalseTypedRows)
				}
				if f > sdFloors.RawFalseTypedRows {
					t.Errorf("%d typed rows overlap no annotated mention of their type, the gold's vouching aside, over their ceiling %d", f, sdFloors.RawFalseTypedRows)
				}
				for _, f := range []struct {
					name      string
					got, want float64
				}{
					{"recall by any row", ratio(tot.FoundAny, tot.Gold), sdFloors.RecallAny},
					{"recall by a row of the type", ratio(tot.FoundTyped, tot.Gold), sdFloors.RecallTyped},
					{"date accuracy", ratio(news.DateRight, news.Datable), sdFloors.DateAccuracy},
					{"date mentions found", ratio(news.Timex.Found, news.Timex.GoldDates), sdFloors.TimexFound},
					{"date values exact", ratio(news.Timex.ValueRight, news.Timex.Resolved), sdFloors.TimexValue},
				} {
					if f.got < f.want {
						t.Errorf("%s %.3f fell below its floor %.3f", f.name, f.got, f.want)
					}
				}
			}
		})
	}
}

// sdMisses names a SmartData type whose annotated mentions in the dev
// news no row overlaps, and whose typed rows overlap no annotated
// mention, to be listed with their text: development material, like
// -gnaddetail (never for the test split).
var sdMisses = flag.String("sdmisses", "", "list the mentions of this SmartData type in the dev news that no row overlaps, and the rows of the type that overlap none")

// devGoldEvents returns the events of the SmartData development splits
// annotated after the guidelines (sdtrain, sdtrain2, sdtrain3), by the
// document's line in the train file.
func devGoldEvents(t *testing.T) map[int][]GoldEvent {
	t.Helper()
	out := map[int][]GoldEvent{}
	for _, sp := range sdGoldSplits {
		if sp.heldOut {
			continue
		}
		g, err := ReadGold(filepath.Join("testdata", "smartdata", sp.name+".json"))
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range g.Articles {
			out[a.Line] = append(out[a.Line], a.Events...)
		}
	}
	return out
}

// vouchedRows counts the rows of a SmartData type in out that overlap no
// mention SmartData marks with that type, but tell, by the guidelines'
// gold, a happening SmartData marks with it in another sentence: one of
// the row's mentions is the evidence of a gold event another evidence
// of which overlaps SmartData's mention. SmartData marks a relation once,
// with its arguments, so "das Insolvenzverfahren wurde eröffnet" after
// "X ist insolvent" tells the insolvency it marks there and is no false
// row of the type.
func vouchedRows(doc SDDoc, out ChronikOutput, gold []GoldEvent) int {
	n := 0
	overlap := func(s1, e1, s2, e2 int) bool { return s1 < e2 && s2 < e1 }
	for _, row := range out.Rows {
		typ := typeOfKind(row.Kind)
		if typ == "" {
			continue
		}
		marked := func(start, end int) bool {
			return slices.ContainsFunc(doc.Events, func(e SDEvent) bool { return e.Type == typ && overlap(start, end, e.Start, e.End) })
		}
		if slices.ContainsFunc(row.Mentions, func(m RowMention) bool { return marked(m.Start, m.End) }) {
			continue // right as SmartData marks it
		}
		if slices.ContainsFunc(gold, func(ge GoldEvent) bool {
			told := slices.ContainsFunc(row.Mentions, func(m RowMention) bool {
				return slices.ContainsFunc(ge.Evidence, func(ev GoldEvidence) bool { return overlap(m.Start, m.End, ev.Start, ev.End) })
			})
			return told && slices.ContainsFunc(ge.Evidence, func(ev GoldEvidence) bool { return marked(ev.Start, ev.End) })
		}) {
			n++
		}
	}
	return n
}

// logMisses lists the mentions of type typ in doc that no row of out
// overlaps, those only rows of other kinds overlap ("OTHER", with the
// rows' kinds and titles), and the mentions of rows of that type that
// overlap none ("FALSE").
func logMisses(t *testing.T, doc SDDoc, out ChronikOutput, typ string) {
	// a miss in a document with a row of the type is a mention of a
	// happening that was found, not a happening missed
	told := ""
	for _, row := range out.Rows {
		if typeOfKind(row.Kind) == typ {
			told = " (a row of the type elsewhere)"
		}
	}
	for _, e := range doc.Events {
		if e.Type != typ {
			continue
		}
		found, typed := false, false
		var other []string
		for _, row := range out.Rows {
			for _, m := range row.Mentions {
				if m.Start < e.End && e.Start < m.End {
					found = true
					typed = typed || typeOfKind(row.Kind) == typ
					other = append(other, row.Kind+" "+row.Title)
				}
			}
		}
		switch {
		case !found:
			t.Logf("%s%s: %s", doc.ID, told, strings.Join(strings.Fields(doc.Text[e.Start:e.End]), " "))
		case !typed:
			// found, by rows of other kinds only
			t.Logf("OTHER %q: %s", other, strings.Join(strings.Fields(doc.Text[e.Start:e.End]), " "))
		}
	}
	for _, row := range out.Rows {
		if typeOfKind(row.Kind) != typ {
			continue
		}
		for _, m := range row.Mentions {
			hit := false
			for _, e := range doc.Events {
				hit = hit || e.Type == typ && m.Start < e.End && e.Start < m.End
			}
			if !hit {
				t.Logf("FALSE %s: %s", row.Title, strings.Join(strings.Fields(doc.Text[m.Start:m.End]), " "))
			}
		}
	}
}

// sdTable prints the figures of one set of documents, by type.
func sdTable(name string, c SDCounts) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %d documents\n", name, c.Docs)
	fmt.Fprintf(&b, "| type | gold mentions | recall (any row) | recall (row of the type) | typed rows' mentions | precision | typed rows | rows' precision |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n")
	types := make([]string, 0, len(c.ByType))
	for t := range c.ByType {
		types = append(types, t)
	}
	slices.Sort(types)
	row := func(name string, x SDTypeCounts) {
		fmt.Fprintf(&b, "| %s | %d | %.2f (%d) | %.2f (%d) | %d | %.2f (%d) | %d | %.2f (%d) |\n", name, x.Gold,
			ratio(x.FoundAny, x.Gold), x.FoundAny, ratio(x.FoundTyped, x.Gold), x.FoundTyped,
			x.Sys, ratio(x.SysRight, x.Sys), x.SysRight, x.SysRows, ratio(x.SysRowsRight, x.SysRows), x.SysRowsRight)
	}
	for _, t := range types {
		row(t, *c.ByType[t])
	}
	row("all", c.Total())
	s := Counts{Widths: c.Widths}.Scores()
	fmt.Fprintf(&b, "dates: %d found events with a date argument; %d resolved: right %.2f (%d/%d), undated %d, median width %d days; %d bare weekdays: right %.2f (%d/%d); %d unresolved\n",
		c.Dated, c.Datable, ratio(c.DateRight, c.Datable), c.DateRight, c.Datable, c.Undated, s.MedianWidth,
		c.Weekday, ratio(c.WeekdayRight, c.Weekday), c.WeekdayRight, c.Weekday, c.Unresolved)
	x := c.Timex
	fmt.Fprintf(&b, "temporal expressions: %d gold date mentions, found %.2f (%d); value exact %.2f (%d/%d resolvable), bare weekdays %.2f (%d/%d); system DATE timexes %d, precision %.2f (%d)\n",
		x.GoldDates, ratio(x.Found, x.GoldDates), x.Found, ratio(x.ValueRight, x.Resolved), x.ValueRight, x.Resolved,
		ratio(x.WeekdayOK, x.Weekdays), x.WeekdayOK, x.Weekdays, x.SysDates, ratio(x.SysRight, x.SysDates), x.SysRight)
	return b.String()
}
