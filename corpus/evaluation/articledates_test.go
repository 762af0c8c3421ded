package evaluation

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"chronik/corpus"
	"chronik/corpus/ingest"
	"chronik/model"
)

// closingByline is a 10kGNAD author code with the article's date at the
// end of its text: "(red, 14.9.2015)".
var closingByline = regexp.MustCompile(`\s*\([^()]{1,40},\s*(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4})\)\s*$`)

// TestArticleDatesGNAD measures the dates Chronik infers for articles
// that carry no date, on real news: the 10kGNAD articles outside the
// annotated splits whose text ends in a dated byline. Every other such
// article loses its byline, and its true date is the byline's; the rest
// of the folder (the other articles, bylines kept) is its corpus. Scored
// is how many of the stripped articles are dated, and how many of those
// the interval holds the true date, inferred from each article alone
// and in the folder (where temporal.Period may narrow a lower bound).
//
//	go test ./corpus/evaluation -run ArticleDatesGNAD -v
func TestArticleDatesGNAD(t *testing.T) {
	all, err := ReadGNAD(requireData(t, "news/10kgnad-test.csv.gz"))
	if err != nil {
		t.Fatal(err)
	}
	inSplit, err := selectedLines()
	if err != nil {
		t.Fatal(err)
	}
	var folder []*model.Article
	truth := map[int]model.Day{} // index in folder → the byline's day
	stripped := 0
	for _, g := range all {
		if inSplit[g.Line] != "" {
			continue
		}
		text := g.Text
		if m := closingByline.FindStringSubmatchIndex(text); m != nil {
			if stripped++; stripped%2 == 1 {
				d, _ := strconv.Atoi(text[m[2]:m[3]])
				mo, _ := strconv.Atoi(text[m[4]:m[5]])
				y, _ := strconv.Atoi(text[m[6]:m[7]])
				truth[len(folder)] = model.NewDay(y, time.Month(mo), d)
				text = text[:m[0]]
			}
		}
		a, err := ingest.Parse(strconv.Itoa(g.Line), strconv.Itoa(g.Line)+".txt", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		folder = append(folder, a)
	}
	alone := map[int]model.ArticleDate{}
	for i := range truth {
		a, err := ingest.Parse("x", "x.txt", []byte(folder[i].Text))
		if err != nil {
			t.Fatal(err)
		}
		corpus.Build([]*model.Article{a})
		alone[i] = a.Date
	}
	corpus.Build(folder)
	score := func(date func(i int) model.ArticleDate) (dated, right int) {
		for i, day := range truth {
			if d := date(i); d.Interval.Valid() {
				dated++
				if d.Interval.Contains(day) {
					right++
				}
			}
		}
		return dated, right
	}
	t.Logf("%d articles outside the splits, %d with a closing byline, %d of them stripped", len(folder), stripped, len(truth))
	d, r := score(func(i int) model.ArticleDate { return alone[i] })
	t.Logf("each alone:    dated %d of %d, right %d of %d", d, len(truth), r, d)
	d, r = score(func(i int) model.ArticleDate { return folder[i].Date })
	t.Logf("in the folder: dated %d of %d, right %d of %d", d, len(truth), r, d)
	if r < articleDatesFloor {
		t.Errorf("in the folder %d dated right, below the floor %d", r, articleDatesFloor)
	}
}

// articleDatesFloor guards the figure of TestArticleDatesGNAD when it was
// first measured (13 of 13 dated right in the folder, 5 of 13 alone).
const articleDatesFloor = 13

// selectedLines returns the 10kGNAD lines of every annotated split
// (testdata/gnad/selection.tsv), each with its split's name; those of a
// split passed over are left out, as they are annotated nowhere.
func selectedLines() (map[int]string, error) {
	sel, err := os.ReadFile(filepath.Join("testdata", "gnad", "selection.tsv"))
	if err != nil {
		return nil, err
	}
	lines := map[int]string{}
	for _, line := range strings.Split(string(sel), "\n") {
		if f := strings.Split(line, "\t"); len(f) >= 2 && !strings.HasPrefix(line, "#") {
			if sp, _ := DefaultSelection.Split(f[0]); sp.Use == Passed {
				continue
			}
			if n, err := strconv.Atoi(f[1]); err == nil {
				lines[n] = f[0]
			}
		}
	}
	return lines, nil
}
