// Command train learns the weights of the entity tagger (package ner) from
// the labelled data in ../shared/data and writes them to
// corpus/ner/data/weights.gz. Run from the repository root:
//
//	go run ./corpus/ner/internal/train           the embedded weights
//	go run ./corpus/ner/internal/train -select   development scores per epoch, nothing written
//	go run ./corpus/ner/internal/train -cv 5     5-fold cross-validation on the training and development parts, nothing written
//	go run ./corpus/ner/internal/train -cv 5 -foldclusters    the same, each fold's clusters learnt without its text
//
// The weights are trained on the training parts of GermEval 2014 and
// SmartData (nerdata.PartOf); the test parts are never read here. With
// -select each epoch is scored on the development parts; -cv scores settings on ten times as many names
// (the development parts alone cannot tell settings a point apart), which
// is how the features, the word clusters, Epochs, MinCount and the name
// bias were chosen. The weights read the word clusters of
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
)

// The settings chosen with -select on the development part.
const (
	epochs   = 5
	minCount = 2
	seed     = 20141
	// orders is how many orders of the examples the weights are averaged
	// over (trainAveraged).
	orders = 3
	// minWeight drops the features of the mean whose weights are all
	// small (in units where the largest weight of a run is 32767): the
	// mean of three orders holds a fifth more features than one run, and
	// the table of all would need twice the memory, which tagging waits
	// for.
	minWeight = 400
	// nameBias lowers the score of O at every token (see
	// ner.Weights.WithNameBias): it trades precision for recall.
	nameBias = 6000
)

func main() {
	dataDir := flag.String("data", "", "the data folder (default: ../shared/data above the working directory, or $CHRONIK_DATA)")
	out := flag.String("out", filepath.Join("corpus", "ner", "data", "weights.gz"), "where to write the weights")
	sel := flag.Bool("select", false, "score every epoch on the development parts; write nothing")
	nEpochs := flag.Int("epochs", epochs, "training epochs")
	nMin := flag.Int("mincount", minCount, "drop features seen fewer times")
	noSmart := flag.Bool("nosmartdata", false, "train on GermEval only")
	folds := flag.Int("cv", 0, "cross-validate on the training and development parts with this many folds; write nothing")
	noClusters := flag.Bool("noclusters", false, "leave the word clusters out of the features")
	foldClusters := flag.Bool("foldclusters", false, "with -cv: learn the clusters of each fold from the other folds' text")
	flag.Parse()
	cl, err := ner.EmbeddedClusters()
	if err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
	if *noClusters {
		cl = nil
	}
	if *folds > 1 {
		if err := crossValidate(*dataDir, *folds, *nEpochs, *nMin, cl, *foldClusters && !*noClusters); err != nil {
			fmt.Fprintln(os.Stderr, "train:", err)
			os.Exit(1)
		}
		return
	}
	if err := run(*dataDir, *out, *sel, *nEpochs, *nMin, !*noSmart, cl); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
}

func run(dir, out string, sel bool, epochs, minCount int, smart bool, cl *ner.Clusters) error {
	sents, docs, err := readData(dir)
	if err != nil {
		return err
	}
	rules := actors.NewRuleRecognizer()
	// The development parts stay out of the weights written too, so that
	// go test ./corpus/ner -run Eval -nerpart dev scores text the weights
	// did not learn from.
	use := func(p nerdata.Part) bool { return p == nerdata.Train }
	var train []ner.Example
	var dev []nerdata.Sentence
	for i, s := range sents {
		switch p := nerdata.PartOf(i); {
		case use(p):
			train = append(train, s.Example(rules))
		case p == nerdata.Dev:
			dev = append(dev, s)
		}
	}
	var smartDev []nerdata.Doc
	for i, d := range docs {
		switch p := nerdata.PartOf(i); {
		case !smart:
		case use(p):
			train = append(train, d.Examples(nerdata.RuleHints(rules, d.Text))...)
		case p == nerdata.Dev:
			smartDev = append(smartDev, d)
		}
	}
	fmt.Fprintf(os.Stderr, "training on %d sequences, %d epochs, min count %d, seed %d\n", len(train), epochs, minCount, seed)
	opt := ner.TrainOptions{Epochs: epochs, Seed: seed, MinCount: minCount, Clusters: cl}
	var devHints, smartHints [][]ner.Span
	for _, d := range dev {
		devHints = append(devHints, d.RuleHints(rules))
	}
	for _, d := range smartDev {
		smartHints = append(smartHints, nerdata.RuleHints(rules, d.Text))
	}
	if sel {
		var s nerdata.Score
		for i, d := range dev {
			s.Add(d.Gold(), devHints[i])
		}
		fmt.Printf("the rules alone, GermEval dev:\n%v\n", s)
		opt.AfterEpoch = func(epoch int, w *ner.Weights) {
			if epoch == opt.Epochs {
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
			if os.Getenv("NERDEBUG") != "" && epoch == opt.Epochs {
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
	w := trainAveraged(train, opt).WithNameBias(nameBias)
	fmt.Fprintf(os.Stderr, "trained in %v, %d features, name bias %d\n", time.Since(start).Round(time.Second), w.Features(), nameBias)
	if sel {
		return nil
	}
	var buf bytes.Buffer
	if err := w.Encode(&buf); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "%s: %d bytes\n", out, buf.Len())
	return os.WriteFile(out, buf.Bytes(), 0o644)
}

// readData reads GermEval and the SmartData training file from dir, or
// from the default data folder when dir is empty.
func readData(dir string) ([]nerdata.Sentence, []nerdata.Doc, error) {
	if dir == "" {
		d, err := nerdata.Dir()
		if err != nil {
			return nil, nil, err
		}
		dir = d
	}
	sents, err := nerdata.GermEvalAll(dir)
	if err != nil {
		return nil, nil, err
	}
	docs, err := nerdata.SmartData(filepath.Join(dir, nerdata.SmartTrain))
	return sents, docs, err
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
