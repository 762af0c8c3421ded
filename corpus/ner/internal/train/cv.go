package main

import (
	"fmt"

	"chronik/corpus/actors"
	"chronik/corpus/ner"
	"chronik/corpus/ner/internal/nerdata"
	"chronik/corpus/ner/internal/recipe"
	"chronik/corpus/ner/internal/wordclusters"
)

// biases are the name biases (ner.Weights.WithNameBias) every run scores.
var biases = []int{0, 2000, 4000, 6000, 8000}

// crossValidate scores the settings by k-fold cross-validation over the
// training and development parts of GermEval and SmartData together (the
// test parts are never read): each fold is tagged by weights trained on
// the others. The development part alone holds too few names (about 220
// in each corpus) to tell settings a point apart; the folds hold ten
// times as many. With foldClusters, each fold is tagged with clusters
// learnt from the text of the other folds alone (as the test parts are
// for the embedded clusters), and cl is not used.
// With whole, each fold is also tagged by the whole recogniser
// (actors.NewRecognizerWith), rules and tagger joined as Chronik joins
// them, which the product's entities are.
func crossValidate(dir string, folds int, r recipe.Recipe, cl *ner.Clusters, foldClusters, whole bool) error {
	sents, docs, err := recipe.Read(dir)
	if err != nil {
		return err
	}
	rules := actors.NewRuleRecognizer()
	type item struct {
		examples []ner.Example
		sent     *nerdata.Sentence
		doc      *nerdata.Doc
		hints    []ner.Span
		text     [][]string // the running text, for clusters
	}
	var items []item
	for i := range sents {
		if nerdata.PartOf(i) == nerdata.Test {
			continue
		}
		s := &sents[i]
		ex := s.Example(rules)
		items = append(items, item{examples: []ner.Example{ex}, sent: s, hints: ex.Hints, text: [][]string{s.Words}})
	}
	germeval := len(items)
	for i := range docs {
		if nerdata.PartOf(i) == nerdata.Test {
			continue
		}
		d := &docs[i]
		h := nerdata.RuleHints(rules, d.Text)
		items = append(items, item{examples: d.Examples(h), doc: d, hints: h, text: d.Lines()})
	}
	ge := make([]nerdata.Score, len(biases))
	sd := make([]nerdata.Score, len(biases))
	wge := make([]nerdata.Score, len(biases))
	wsd := make([]nerdata.Score, len(biases))
	// The perceptron's result depends on the order of the examples: three
	// shuffling seeds, summed, keep that noise out of a comparison.
	seeds := []uint64{r.Seed, r.Seed + 1, r.Seed + 2}
	foldCl := make([]*ner.Clusters, folds)
	for run := range folds * len(seeds) {
		f, sd0 := run%folds, seeds[run/folds]
		var train []ner.Example
		var text [][]string
		for j, it := range items {
			if j%folds != f {
				train = append(train, it.examples...)
				text = append(text, it.text...)
			}
		}
		if foldClusters {
			if foldCl[f] == nil {
				if foldCl[f], err = wordclusters.Clusters(text); err != nil {
					return err
				}
			}
			cl = foldCl[f]
		}
		rs := r
		rs.Seed, rs.NameBias = sd0, 0
		w := rs.Train(train, cl, nil)
		for b, c := range biases {
			tg := ner.NewTagger(w.WithNameBias(c), actors.Gazetteer)
			for j := f; j < len(items); j += folds {
				it := items[j]
				if j < germeval {
					ge[b].Add(it.sent.Gold(), tg.TagWords(it.sent.Words, it.hints))
				} else {
					sd[b].Add(it.doc.Spans, tg.Document(it.doc.Text, lines(it.doc.Text), it.hints))
				}
			}
			if !whole {
				continue
			}
			rec := actors.NewRecognizerWith(tg)
			for j := f; j < len(items); j += folds {
				it := items[j]
				if j < germeval {
					text, toks := it.sent.Text()
					wge[b].Add(it.sent.Gold(), nerdata.WordRanges(toks, nerdata.Entities(rec, text)))
				} else {
					wsd[b].Add(it.doc.Spans, nerdata.Entities(rec, it.doc.Text))
				}
			}
		}
	}
	fmt.Printf("%d-fold cross-validation, seeds %v summed, %d epochs, min count %d, %d orders, %d words clustered (clusters of each fold's training text: %v)\n", folds, seeds, r.Epochs, r.MinCount, r.Orders, cl.Words(), foldClusters)
	report := func(ge, sd []nerdata.Score) {
		for b, c := range biases {
			var all nerdata.Counts
			for _, s := range []nerdata.Score{ge[b], sd[b]} {
				all.TP += s.Both.TP
				all.FP += s.Both.FP
				all.FN += s.Both.FN
			}
			fmt.Printf("name bias %5d: GermEval %v\n                  SmartData %v\n                  together  %v\n", c, ge[b].Both, sd[b].Both, all)
		}
	}
	report(ge, sd)
	if whole {
		fmt.Println("the whole recogniser (rules and tagger):")
		report(wge, wsd)
	}
	return nil
}
