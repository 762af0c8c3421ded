// Command train learns the weights of the entity tagger (package ner) from
// the labelled data in ../shared/data and writes them to
// corpus/ner/data/weights.gz, and beside them weights.digest: the digest
// of what the training read (recipe.Recipe.Digest) and of the weights,
// which TestWeightsFresh recomputes. Run from the repository root:
//
//	go run ./corpus/ner/internal/train           the embedded weights
//	go run ./corpus/ner/internal/train -select   development scores per epoch, nothing written
//	go run ./corpus/ner/internal/train -cv 5     5-fold cross-validation on the training and development parts, nothing written
//	go run ./corpus/ner/internal/train -cv 5 -foldclusters    the same, each fold's clusters learnt without its text
//	go run ./corpus/ner/internal/train -cv 5 -whole   the same, and the whole recogniser (rules and tagger) scored too
//
// The weights are trained on the training parts of GermEval 2014 and
// SmartData (nerdata.PartOf); the test parts are never read here. With
// -select each epoch is scored on the development parts; -cv scores settings on ten times as many names
// (the development parts alone cannot tell settings a point apart), which
// is how the features, the word clusters and the settings of
// recipe.Embedded were chosen. The weights read the word clusters of
// corpus/ner/data/clusters.gz (go run ./corpus/ner/internal/clusters),
// embedded when this command is built: regenerate the clusters first. The
// same data, clusters and seed give the same file, byte for byte.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"chronik/corpus/actors"
	"chronik/corpus/ner"
	"chronik/corpus/ner/internal/nerdata"
	"chronik/corpus/ner/internal/recipe"
)

func main() {
	dataDir := flag.String("data", "", "the data folder (default: ../shared/data above the working directory, or $CHRONIK_DATA)")
	out := flag.String("out", filepath.Join("corpus", "ner", "data", "weights.gz"), "where to write the weights")
	sel := flag.Bool("select", false, "score every epoch on the development parts; write nothing")
	r := recipe.Embedded
	flag.IntVar(&r.Epochs, "epochs", r.Epochs, "training epochs")
	flag.IntVar(&r.MinCount, "mincount", r.MinCount, "drop features seen fewer times")
	flag.IntVar(&r.Orders, "orders", r.Orders, "orders of the examples the weights are averaged over")
	flag.IntVar(&r.NameBias, "namebias", r.NameBias, "how much more O costs at every token (ner.Weights.WithNameBias)")
	flag.Uint64Var(&r.Seed, "seed", r.Seed, "the seed of the first order (the others add 100 each; -cv adds 1 and 2 for its other runs)")
	minWeight := flag.Int("minweight", int(r.MinWeight), "drop the features of the mean whose weights are all below this (recipe.Recipe)")
	flag.BoolVar(&r.CRF, "crf", r.CRF, "train every second order as a CRF (recipe.Recipe)")
	noSmart := flag.Bool("nosmartdata", false, "train on GermEval only")
	folds := flag.Int("cv", 0, "cross-validate on the training and development parts with this many folds; write nothing")
	noClusters := flag.Bool("noclusters", false, "leave the word clusters out of the features")
	foldClusters := flag.Bool("foldclusters", false, "with -cv: learn the clusters of each fold from the other folds' text")
	whole := flag.Bool("whole", false, "with -cv: score the whole recogniser too (rules and tagger)")
	flag.Parse()
	r.MinWeight = int16(*minWeight)
	cl, err := ner.EmbeddedClusters()
	if err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
	if *noClusters {
		cl = nil
	}
	if *folds > 1 {
		if err := crossValidate(*dataDir, *folds, r, cl, *foldClusters && !*noClusters, *whole); err != nil {
			fmt.Fprintln(os.Stderr, "train:", err)
			os.Exit(1)
		}
		return
	}
	if err := run(*dataDir, *out, *sel, r, !*noSmart, cl); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
}

func run(dir, out string, sel bool, r recipe.Recipe, smart bool, cl *ner.Clusters) error {
	sents, docs, err := recipe.Read(dir)
	if err != nil {
		return err
	}
	rules := actors.NewRuleRecognizer()
	train := recipe.Examples(sents, docs, rules, smart)
	var dev []nerdata.Sentence
	for i, s := range sents {
		if nerdata.PartOf(i) == nerdata.Dev {
			dev = append(dev, s)
		}
	}
	var smartDev []nerdata.Doc
	for i, d := range docs {
		if smart && nerdata.PartOf(i) == nerdata.Dev {
			smartDev = append(smartDev, d)
		}
	}
	fmt.Fprintf(os.Stderr, "training on %d sequences, %+v\n", len(train), r)
	var devHints, smartHints [][]ner.Span
	for _, d := range dev {
		devHints = append(devHints, d.RuleHints(rules))
	}
	for _, d := range smartDev {
		smartHints = append(smartHints, nerdata.RuleHints(rules, d.Text))
	}
	var afterEpoch func(epoch int, w *ner.Weights)
	if sel {
		var s nerdata.Score
		for i, d := range dev {
			s.Add(d.Gold(), devHints[i])
		}
		fmt.Printf("the rules alone, GermEval dev:\n%v\n", s)
		afterEpoch = func(epoch int, w *ner.Weights) {
			if epoch == r.Epochs {
				for _, c := range []int{0, 1000, 2000, 3000, 4000, 6000, 8000, 12000} {
					tg := ner.NewTagger(w.WithNameBias(c), actors.Gazetteer)
					var s nerdata.Score
					for i, d := range dev {
						s.Add(d.Gold(), tg.TagWords(d.Words, devHints[i]))
					}
					var sd nerdata.Score
					for i, d := range smartDev {
						sd.Add(d.Spans, tg.Document(d.Text, lines(d.Text), smartHints[i]))
					}
					fmt.Printf("name bias %d: GermEval dev both %v\n\tSmartData dev both %v\n", c, s.Both, sd.Both)
				}
			}
			tg := ner.NewTagger(w, actors.Gazetteer)
			var s nerdata.Score
			for i, d := range dev {
				s.Add(d.Gold(), tg.TagWords(d.Words, devHints[i]))
			}
			var sd nerdata.Score
			for i, d := range smartDev {
				sd.Add(d.Spans, tg.Document(d.Text, lines(d.Text), smartHints[i]))
			}
			if os.Getenv("NERDEBUG") != "" && epoch == r.Epochs {
				for i, d := range dev {
					found := tg.TagWords(d.Words, devHints[i])
					fmt.Println(strings.Join(d.Words, " "))
					fmt.Println("  gold:", show(d.Words, d.Gold()))
					fmt.Println("  found:", show(d.Words, found))
				}
			}
			fmt.Printf("epoch %d, %d features\nGermEval dev:\n%v\nSmartData dev:\n%v\n", epoch, w.Features(), s, sd)
		}
	}
	start := time.Now()
	w := r.Train(train, cl, afterEpoch)
	fmt.Fprintf(os.Stderr, "trained in %v, %d features\n", time.Since(start).Round(time.Second), w.Features())
	if sel {
		return nil
	}
	var buf bytes.Buffer
	if err := w.Encode(&buf); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "%s: %d bytes\n", out, buf.Len())
	if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
		return err
	}
	digests := recipe.FileDigests(r.Digest(train, cl), buf.Bytes())
	return os.WriteFile(filepath.Join(filepath.Dir(out), recipe.DigestFile), []byte(digests), 0o644)
}

func show(w []string, sp []ner.Span) string {
	var out []string
	for _, s := range sp {
		out = append(out, s.Kind.String()+":"+strings.Join(w[s.Start:s.End], "_"))
	}
	return strings.Join(out, " ")
}

// lines returns the lines of text as segments.
func lines(text string) [][2]int {
	var out [][2]int
	start := 0
	for i := 0; i <= len(text); i++ {
		if i == len(text) || text[i] == '\n' {
			if i > start {
				out = append(out, [2]int{start, i})
			}
			start = i + 1
		}
	}
	return out
}
