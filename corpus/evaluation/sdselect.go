package evaluation

import (
	"math/rand/v2"
)

// An SDSelection is the fixed-seed draw of SmartData news documents that
// are annotated after GUIDELINES.md like the 10kGNAD articles: full
// articles, every event. SmartData is under CC BY 4.0, so unlike 10kGNAD
// these annotations may train what goes into the binary.
type SDSelection struct {
	Seed               uint64
	MinBytes, MaxBytes int     // documents shorter or longer are left out: captions and lists, and annotation time
	Splits             []Split // in draw order
}

// DefaultSDSelection is the draw behind testdata/smartdata: 90 news
// documents of the train file, drawn on 6 December 2026 before any was
// read for it, as training material for learned decisions of the events
// stage, 75 more (sdtrain2) drawn after them the same day, and then the
// other 174 of the train file's news of that size (sdtrain3). (The train
// file is the SmartData development split, whose own event annotations
// the engine has been scored on; these are new ones.)
var DefaultSDSelection = SDSelection{
	Seed:     20261206,
	MinBytes: 800,
	MaxBytes: 5000,
	Splits:   []Split{{"sdtrain", 90, Annotated}, {"sdtrain2", 75, Annotated}, {"sdtrain3", 174, Annotated}},
}

// TestSDSelection is the draw of SmartData news from the test file that
// is annotated after the guidelines and held out: its documents were
// scored before only in summary (SmartData's own event types), never
// read for a rule, so like test and test2 of 10kGNAD, and unlike the
// fresh parts, they are unseen news drawn at random. Drawn on 6 December
// 2026 before any was read for it, and 120 more (sdtest2) drawn after it
// the same day, for a held-out sample large enough to tell changes of a
// few points apart.
var TestSDSelection = SDSelection{
	Seed:     20261207,
	MinBytes: 800,
	MaxBytes: 5000,
	Splits:   []Split{{"sdtest", 45, Annotated}, {"sdtest2", 120, Annotated}},
}

// An SDDrawn document is one pick of an SDSelection: its split, its
// number in the file (from 1) and the document.
type SDDrawn struct {
	Split string
	Line  int
	Doc   SDDoc
}

// Draw picks the selection's documents from docs, a SmartData file in
// order: its news documents of the allowed size, shuffled with the seed,
// the splits taking the next ones in turn.
func (s SDSelection) Draw(docs []SDDoc) []SDDrawn {
	var cands []SDDrawn
	for i, d := range docs {
		if d.Source == "news" && len(d.Text) >= s.MinBytes && len(d.Text) <= s.MaxBytes {
			cands = append(cands, SDDrawn{Line: i + 1, Doc: d})
		}
	}
	rng := rand.New(rand.NewPCG(s.Seed, 0))
	rng.Shuffle(len(cands), func(i, j int) { cands[i], cands[j] = cands[j], cands[i] })
	var out []SDDrawn
	for _, sp := range s.Splits {
		for n := 0; n < sp.Size && len(cands) > 0; n++ {
			d := cands[0]
			d.Split = sp.Name
			out = append(out, d)
			cands = cands[1:]
		}
	}
	return out
}
