package evaluation

import (
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"strconv"
	"strings"
)

// A Selection is the fixed-seed draw of articles to annotate.
type Selection struct {
	Seed       uint64
	Categories []string // the news-like categories drawn from
	MinBytes   int      // shorter articles are left out (captions, lists); 0 for no bound
	MaxBytes   int      // longer articles are left out, to bound annotation time
	Splits     []Split  // the splits, in draw order
	// Then is drawn after these splits, from the articles they did not
	// take, with its own seed, categories and size bound: a pool to go
	// on with once this one's candidates are used up.
	Then *Selection
}

// A Split takes the next Size articles of the shuffled draw.
type Split struct {
	Name string
	Size int
	Use  SplitUse
}

// A SplitUse says what a split's articles are for.
type SplitUse int

const (
	// Annotated: the split's articles are annotated and scored.
	Annotated SplitUse = iota
	// Passed: the articles were read before they could be annotated
	// blind, so the split is drawn only to keep every later split off
	// them; it is neither annotated nor scored.
	Passed
	// Fresh: annotated and scored like Annotated, but the split passes
	// over the lines that Draw is given as read, so that it holds only
	// articles nobody here has read.
	Fresh
)

// DefaultSelection is the draw behind testdata/gnad: articles of the
// categories that report happenings (home and foreign politics, economy,
// general news), 20 for development, then 10 for test, then 10 for a
// second development part (added when the rules had been tuned on the
// first, so that it tells how they carry to unseen news), then 10 for a
// second test part (added when the rules had been tuned on dev and dev2,
// so that a part nobody has read tells how they carry to unseen news),
// each split fixed before any of its articles was read. Then the 20
// articles whose output was read in round five, passed over, and a third
// development and a third test part of 10 each, drawn after the rules had
// also been tuned on the output of hundreds of articles outside the
// splits (read-outside-splits.txt), which they pass over. Then a fourth
// development part of 10, fresh likewise, drawn after the rules had been
// changed by looking at dev3, so that its first score tells how those
// changes carry to unseen news. Then a fifth development part of 10,
// fresh likewise, drawn after the rules had been changed by looking at
// dev3 and dev4, for the same reason. Then a sixth development part and a
// fourth test part of 10 each, fresh likewise, drawn after rules had been
// changed for two more days by looking at dev3 to dev5 and at made-up
// sentences: the first score of each tells how the rules carry to news
// they were not fitted to, and test4 is held out after that. Then a
// seventh development part of 10, fresh likewise, drawn once rules had
// been changed by looking at dev6. A new split is appended, never
// inserted, so that the earlier splits keep their articles; laterSelection
// goes on from the articles left.
var DefaultSelection = Selection{
	Seed:       20261203,
	Categories: []string{"Inland", "International", "Panorama", "Wirtschaft"},
	MaxBytes:   6000,
	Splits: []Split{
		{"dev", 20, Annotated}, {"test", 10, Annotated}, {"dev2", 10, Annotated}, {"test2", 10, Annotated},
		{"read5", 20, Passed}, {"dev3", 10, Fresh}, {"test3", 10, Fresh},
		{"dev4", 10, Fresh}, {"dev5", 10, Fresh},
		{"dev6", 10, Fresh}, {"test4", 10, Fresh}, {"dev7", 10, Fresh},
	},
	Then: &laterSelection,
}

// laterSelection is drawn once DefaultSelection's candidates were used
// up (after dev7, every article of the four categories had been drawn
// or read): from the categories left (web and technology, media,
// science, sport, culture), a fifth test part and an eighth development
// part of 10 each, fresh, drawn on 6 December 2026 before any of their
// articles was read, so that the first score of each tells how the
// engine carries to news it was not fitted to.
var laterSelection = Selection{
	Seed:       20261206,
	Categories: []string{"Web", "Etat", "Wissenschaft", "Sport", "Kultur"},
	MaxBytes:   6000,
	Splits:     []Split{{"test5", 10, Fresh}, {"dev8", 10, Fresh}},
}

// Split returns the split of the selection (or of a selection drawn
// after it) that has the name, and whether there is one.
func (s Selection) Split(name string) (Split, bool) {
	for _, sp := range s.AllSplits() {
		if sp.Name == name {
			return sp, true
		}
	}
	return Split{}, false
}

// AllSplits returns the splits of the selection and of those drawn after
// it, in draw order.
func (s Selection) AllSplits() []Split {
	out := slices.Clone(s.Splits)
	if s.Then != nil {
		out = append(out, s.Then.AllSplits()...)
	}
	return out
}

// A Drawn article is one pick of a selection.
type Drawn struct {
	Split string // the name of its split
	GNADArticle
}

// Draw picks the selection's articles: the candidates in file order are
// shuffled with the seed, and the splits take the next articles of that
// order one after the other, a Fresh split passing over the lines in read
// (which no later split takes either).
func (s Selection) Draw(all []GNADArticle, read map[int]bool) []Drawn {
	var cands []GNADArticle
	for _, a := range all {
		if slices.Contains(s.Categories, a.Category) && len(a.Text) >= s.MinBytes && len(a.Text) <= s.MaxBytes {
			cands = append(cands, a)
		}
	}
	rng := rand.New(rand.NewPCG(s.Seed, 0))
	rng.Shuffle(len(cands), func(i, j int) { cands[i], cands[j] = cands[j], cands[i] })
	var out []Drawn
	for _, sp := range s.Splits {
		for n := 0; n < sp.Size && len(cands) > 0; cands = cands[1:] {
			if sp.Use == Fresh && read[cands[0].Line] {
				continue
			}
			out = append(out, Drawn{sp.Name, cands[0]})
			n++
		}
	}
	if s.Then != nil {
		taken := map[int]bool{}
		for _, d := range out {
			taken[d.Line] = true
		}
		rest := slices.DeleteFunc(slices.Clone(all), func(a GNADArticle) bool { return taken[a.Line] })
		out = append(out, s.Then.Draw(rest, read)...)
	}
	return out
}

// Filled returns an error naming the first split of the selection that
// the draw could not fill: the candidates in its categories and under its
// size were used up before it (every article of 10kGNAD's test file in
// the four categories has been drawn or read by the splits up to dev7).
// A new split then needs other candidates, not a silently short draw.
func (s Selection) Filled(drawn []Drawn) error {
	got := map[string]int{}
	for _, d := range drawn {
		got[d.Split]++
	}
	for _, sp := range s.Splits {
		if got[sp.Name] < sp.Size {
			return fmt.Errorf("split %s: %d of %d articles drawn: no more candidates in the categories %v of %d to %d bytes", sp.Name, got[sp.Name], sp.Size, s.Categories, s.MinBytes, s.MaxBytes)
		}
	}
	if s.Then != nil {
		return s.Then.Filled(drawn)
	}
	return nil
}

// ReadLineSet reads a list of line numbers, one a line, with # comments
// and blank lines (testdata/gnad/read-outside-splits.txt).
func ReadLineSet(path string) (map[int]bool, error) {
	set := map[int]bool{}
	err := eachDataLine(path, func(line string) error {
		n, err := strconv.Atoi(line)
		set[n] = true
		return err
	})
	return set, err
}

// eachDataLine calls f with every line of the file at path that is
// neither blank nor a # comment, trimmed; an error of f comes back with
// the file and line it is about.
func eachDataLine(path string, f func(line string) error) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	for i, line := range strings.Split(string(b), "\n") {
		if line = strings.TrimSpace(line); line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := f(line); err != nil {
			return fmt.Errorf("%s:%d: %w", path, i+1, err)
		}
	}
	return nil
}
