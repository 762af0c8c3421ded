// Package corpusgen generates the benchmark corpus: any number of
// realistic German news articles, recombined from the paragraphs of the
// embedded default corpus, deterministically from a seed.
//
// Each generated article takes the shape of one seed article (kicker,
// headline, teaser, subheadings, paragraphs, captions with credits,
// bylines, embedded posts, and its layout: blank lines between paragraphs
// or one paragraph per line) and fills every place with a random block of
// the same kind from any seed article. Dates are moved: the header date
// (when the article gets one) by a random number of months, four-digit
// years from 1990 to 2030 in the text by the same number of years, and day
// numbers before German month names to a random day, so that the tagger
// sees varied dates.
package corpusgen

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"chronik/corpus/defaultcorpus"
	"chronik/corpus/ingest"
	"chronik/model"
)

// A File is one generated article file.
type File struct {
	Name string
	Data []byte
}

// Generate returns n articles generated from seed. The same n and seed
// give the same files, and Generate(n, s) is a prefix of Generate(m, s)
// for m > n: each article depends only on the seed and its number.
func Generate(n int, seed int64) []File {
	seeds := loadSeeds()
	files := make([]File, n)
	for i := range files {
		files[i] = seeds.article(i, seed)
	}
	return files
}

// WriteDir writes Generate(n, seed) as files into dir, creating it.
func WriteDir(dir string, n int, seed int64) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, f := range Generate(n, seed) {
		if err := os.WriteFile(filepath.Join(dir, f.Name), f.Data, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// A shape is the layout of one seed article: the pool key of each place,
// in order, and whether blank lines separate its paragraphs.
type shape struct {
	keys       []string
	blankLines bool
}

// An entry is one line of a seed article (a block, or blocks that share
// a line such as a caption and its credit), or consecutive lines that
// belong together (an embedded post and its attribution).
type entry []string

type seedSet struct {
	shapes []shape
	pools  map[string][]entry
}

var (
	seedOnce sync.Once
	seeds    *seedSet
)

func loadSeeds() *seedSet {
	seedOnce.Do(func() {
		arts, errs := ingest.LoadFS(defaultcorpus.FS())
		if len(errs) > 0 || len(arts) == 0 {
			// The embedded corpus is part of the binary and tested: this
			// cannot happen in a build that passed its tests.
			panic(fmt.Sprintf("corpusgen: default corpus: %v", errs))
		}
		seeds = &seedSet{pools: map[string][]entry{}}
		for _, a := range arts {
			seeds.add(a)
		}
	})
	return seeds
}

// add takes the shape and the lines of a parsed seed article.
func (s *seedSet) add(a *model.Article) {
	sh := shape{blankLines: strings.Contains(a.Text, "\n\n")}
	var keys []string
	var lines []string
	for i := 0; i < len(a.Blocks); {
		j, key := i, string(a.Blocks[i].Kind)
		for j+1 < len(a.Blocks) && !strings.Contains(a.Text[a.Blocks[j].End:a.Blocks[j+1].Start], "\n") {
			j++
			key += "+" + string(a.Blocks[j].Kind)
		}
		keys = append(keys, key)
		lines = append(lines, a.Text[a.Blocks[i].Start:a.Blocks[j].End])
		i = j + 1
	}
	for i := 0; i < len(keys); i++ {
		e := entry{lines[i]}
		for keys[i] == string(model.BlockEmbed) && i+1 < len(keys) && keys[i+1] == keys[i] {
			i++
			e = append(e, lines[i])
		}
		sh.keys = append(sh.keys, keys[i])
		s.pools[keys[i]] = append(s.pools[keys[i]], e)
	}
	s.shapes = append(s.shapes, sh)
}

// baseYear and baseMonth are the date of the seed articles' headers
// (" date 2024-12"), the origin of every shift.
const (
	baseYear  = 2024
	baseMonth = 12
)

// article generates article number i.
func (s *seedSet) article(i int, seed int64) File {
	rng := rand.New(rand.NewPCG(uint64(seed), uint64(i)))
	sh := s.shapes[rng.IntN(len(s.shapes))]
	months := baseYear*12 + baseMonth - 1 + rng.IntN(85) - 60 // five years back, two ahead
	year, month := months/12, months%12+1
	day := 1 + rng.IntN(28)
	shift := year - baseYear

	buf := make([]byte, 0, 6<<10)
	switch r := rng.IntN(20); {
	case r < 10: // as in the default corpus: the text goes on on the header line
		buf = fmt.Appendf(buf, " date %d-%02d ", year, month)
	case r == 10:
		buf = fmt.Appendf(buf, "date: %d-%02d-%02d\n\n", year, month, day)
	case r == 11:
		buf = fmt.Appendf(buf, "---\ndate: %d-%02d-%02d\nsource: Chronik-Testkorpus\n---\n\n", year, month, day)
	}
	sep := "\n"
	if sh.blankLines {
		sep = "\n\n"
	}
	var title entry
	for k, key := range sh.keys {
		pool := s.pools[key]
		e := pool[rng.IntN(len(pool))]
		if key == string(model.BlockTitle) {
			// A repeated headline place repeats the headline, as online
			// articles print their headline twice.
			if title == nil {
				title = e
			}
			e = title
		}
		for p, line := range e {
			if k > 0 || p > 0 {
				buf = append(buf, sep...)
			}
			buf = shiftDates(buf, line, shift, rng)
		}
	}
	if rng.IntN(2) == 0 {
		buf = append(buf, '\n')
	}
	return File{Name: fmt.Sprintf("%05d_%016x.txt", i, rng.Uint64()), Data: buf}
}

// germanMonths are the month names a day number may stand before.
var germanMonths = []string{"Januar", "Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli",
	"August", "September", "Oktober", "November", "Dezember"}

// shiftDates appends text to dst with every four-digit year from 1990 to
// 2030 moved by shift years and every day number before a German month
// name ("18. Dezember") replaced by a random day from 1 to 28, valid in
// every month.
func shiftDates(dst []byte, text string, shift int, rng *rand.Rand) []byte {
	last := 0
	for i := 0; i < len(text); i++ {
		if !isDigit(text[i]) || i > 0 && (isDigit(text[i-1]) || letterBefore(text[:i])) {
			continue
		}
		j := i
		for j < len(text) && isDigit(text[j]) {
			j++
		}
		if letterAfter(text[j:]) {
			i = j
			continue
		}
		switch n := j - i; {
		case n == 4:
			y, _ := strconv.Atoi(text[i:j])
			if y < 1990 || y > 2030 || j < len(text) && (text[j] == ',' || text[j] == '.') && j+1 < len(text) && isDigit(text[j+1]) {
				break // not a year, or part of a number like 2024,5
			}
			dst = append(dst, text[last:i]...)
			dst = strconv.AppendInt(dst, int64(y+shift), 10)
			last = j
		case n <= 2 && beforeMonth(text[j:]):
			dst = append(dst, text[last:i]...)
			dst = strconv.AppendInt(dst, int64(1+rng.IntN(28)), 10)
			last = j
		}
		i = j
	}
	return append(dst, text[last:]...)
}

// beforeMonth reports whether s starts with ". " and a German month name.
func beforeMonth(s string) bool {
	if !strings.HasPrefix(s, ". ") {
		return false
	}
	s = s[2:]
	for _, m := range germanMonths {
		if strings.HasPrefix(s, m) && !letterAfter(s[len(m):]) {
			return true
		}
	}
	return false
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// letterBefore and letterAfter report whether a letter ends or starts s:
// digits inside words ("B2B", "xAI3") are no dates.
func letterBefore(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsLetter(r) || r == '_'
}

func letterAfter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || r == '_'
}
