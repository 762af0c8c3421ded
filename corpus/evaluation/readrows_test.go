package evaluation

import (
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// Rows of read articles. Since round eleven the rules have come from
// reading the rows Chronik gives for 10kGNAD articles outside the splits
// (read-outside-splits.txt), in fixed-seed draws judged by hand: event or
// not, by GUIDELINES.md §1. row-verdicts.tsv keeps those verdicts, so that
// the figure a round reports ("so many of 40 drawn rows are events") can be
// had again from the engine as it is:
//
//	go test ./corpus/evaluation -run TestReadRows -v                              the share of judged rows that are events
//	go test ./corpus/evaluation -run TestReadRows -v -rowsample 40 -rowseed 7     a fixed-seed draw of 40 rows without a verdict, to judge
//	go test ./corpus/evaluation -run TestReadRows -v -rownots                     the rows judged no event that the engine still gives
//
// It is a figure of text the rules were made from, not of news Chronik has
// not seen: the test parts say that. A row is known by its first mention
// and its kind; a row whose first mention or kind changed is judged anew.

var (
	rowSample = flag.Int("rowsample", 0, "print a fixed-seed draw of this many rows of read 10kGNAD articles that have no verdict yet (TestReadRows)")
	rowSeed   = flag.Uint64("rowseed", 1, "the seed of -rowsample's draw")
	rowNots   = flag.Bool("rownots", false, "print the rows judged no event that the engine still gives (TestReadRows)")
)

// rowKey names a row by the line of its article, its first mention's
// offsets in the article's text and its kind.
type rowKey struct {
	line, start, end int
	kind             string
}

// readVerdicts reads row-verdicts.tsv: line, start, end, kind and
// "event" or "not", tab-separated, with # comments.
func readVerdicts(path string) (map[rowKey]bool, error) {
	out := map[rowKey]bool{}
	err := eachDataLine(path, func(line string) error {
		f := strings.Split(line, "\t")
		if len(f) != 5 {
			return fmt.Errorf("%d fields, want 5 (line, start, end, kind, verdict)", len(f))
		}
		var n [3]int
		for k := range n {
			var err error
			if n[k], err = strconv.Atoi(f[k]); err != nil {
				return fmt.Errorf("field %d: %w", k+1, err)
			}
		}
		if f[4] != "event" && f[4] != "not" {
			return fmt.Errorf("verdict %q, want event or not", f[4])
		}
		key := rowKey{n[0], n[1], n[2], f[3]}
		if _, dup := out[key]; dup {
			return fmt.Errorf("a second verdict for the row")
		}
		out[key] = f[4] == "event"
		return nil
	})
	return out, err
}

func TestReadVerdictsFile(t *testing.T) {
	dir := t.TempDir()
	for _, tt := range []struct {
		text string
		ok   bool
	}{
		{"# a comment\n12\t0\t40\tarrest\tevent\n13\t5\t9\tcrime\tnot\n", true},
		{"12\t0\t40\tarrest\tmaybe\n", false},
		{"12\t0\tarrest\tevent\n", false},
		{"12\tx\t40\tarrest\tevent\n", false},
		{"12\t0\t40\tarrest\tevent\n12\t0\t40\tarrest\tnot\n", false},
	} {
		p := filepath.Join(dir, "v.tsv")
		if err := os.WriteFile(p, []byte(tt.text), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := readVerdicts(p); (err == nil) != tt.ok {
			t.Errorf("%q: error %v, want ok %v", tt.text, err, tt.ok)
		}
	}
}

func TestReadRows(t *testing.T) {
	all, err := ReadGNAD(requireData(t, "news/10kgnad-test.csv.gz"))
	if err != nil {
		t.Fatal(err)
	}
	read, err := ReadLineSet(filepath.Join("testdata", "gnad", "read-outside-splits.txt"))
	if err != nil {
		t.Fatal(err)
	}
	verdicts, err := readVerdicts(filepath.Join("testdata", "gnad", "row-verdicts.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	articles, rows, judged, events := 0, 0, 0, 0
	var open, nots []string
	for _, a := range all {
		if !read[a.Line] {
			continue
		}
		articles++
		out, err := RunChronik("gnad"+strconv.Itoa(a.Line), a.Text, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, row := range out.Rows {
			if len(row.Mentions) == 0 {
				continue
			}
			rows++
			m := row.Mentions[0]
			key := rowKey{a.Line, m.Start, m.End, row.Kind}
			line := fmt.Sprintf("%d\t%d\t%d\t%s\t?\n    %s | %s\n    %s", key.line, key.start, key.end, key.kind, row.Title, row.Date.Label(), a.Text[m.Start:m.End])
			if event, ok := verdicts[key]; ok {
				judged++
				if event {
					events++
				} else {
					nots = append(nots, strings.Replace(line, "\t?\n", "\tnot\n", 1))
				}
				continue
			}
			open = append(open, line)
		}
	}
	t.Logf("%d rows of %d read articles; %d with a verdict, of which %d events (%.2f); %d without", rows, articles, judged, events, ratio(events, judged), len(open))
	if *rowNots {
		t.Logf("rows judged no event:\n%s", strings.Join(nots, "\n"))
	}
	if *rowSample > 0 {
		slices.Sort(open)
		rand.New(rand.NewPCG(*rowSeed, 0)).Shuffle(len(open), func(i, j int) { open[i], open[j] = open[j], open[i] })
		t.Logf("rows to judge (seed %d):\n%s", *rowSeed, strings.Join(open[:min(*rowSample, len(open))], "\n"))
	}
}
