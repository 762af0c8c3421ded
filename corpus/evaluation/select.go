package evaluation

import (
	"math/rand/v2"
	"slices"
)

// A Selection is the fixed-seed draw of articles to annotate.
type Selection struct {
	Seed       uint64
	Categories []string // the news-like categories drawn from
	MaxBytes   int      // longer articles are left out, to bound annotation time
	Dev, Test  int      // how many articles go to each split, in draw order
}

// DefaultSelection is the draw behind testdata/gnad: 30 articles of the
// categories that report happenings (home and foreign politics, economy,
// general news), 20 for development, then 10 for test, split before any
// was read.
var DefaultSelection = Selection{
	Seed:       20261203,
	Categories: []string{"Inland", "International", "Panorama", "Wirtschaft"},
	MaxBytes:   6000,
	Dev:        20,
	Test:       10,
}

// A Drawn article is one pick of a selection.
type Drawn struct {
	Split string // "dev" or "test"
	GNADArticle
}

// Draw picks the selection's articles: the candidates in file order are
// shuffled with the seed, and the first Dev go to dev, the next Test to
// test.
func (s Selection) Draw(all []GNADArticle) []Drawn {
	var cands []GNADArticle
	for _, a := range all {
		if slices.Contains(s.Categories, a.Category) && len(a.Text) <= s.MaxBytes {
			cands = append(cands, a)
		}
	}
	rng := rand.New(rand.NewPCG(s.Seed, 0))
	rng.Shuffle(len(cands), func(i, j int) { cands[i], cands[j] = cands[j], cands[i] })
	var out []Drawn
	for i, a := range cands {
		switch {
		case i < s.Dev:
			out = append(out, Drawn{"dev", a})
		case i < s.Dev+s.Test:
			out = append(out, Drawn{"test", a})
		}
	}
	return out
}
