// Command clusters learns the word clusters of the entity tagger (package
// ner) from unlabelled text and writes them to corpus/ner/data/clusters.gz.
// Run from the repository root:
//
//	go run ./corpus/ner/internal/clusters
//
// then retrain the weights (go run ./corpus/ner/internal/train), which are
// tied to the clusters they were trained with.
//
// A word's cluster says which other words are written in the same
// contexts: a surname the labelled data shows once shares its cluster
// with the surnames it shows often, so the weights learnt for those carry
// over. The text is the running text of the training and development
// parts of GermEval 2014 and SmartData (nerdata.PartOf; their labels are
// not read, and no test part is). The 10kGNAD articles are not used: their
// licence keeps anything derived from them out of the binary. How the
// clusters are learnt: package wordclusters.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"chronik/corpus/ner"
	"chronik/corpus/ner/internal/nerdata"
	"chronik/corpus/ner/internal/wordclusters"
)

func main() {
	dataDir := flag.String("data", "", "the data folder (default: ../shared/data above the working directory, or $CHRONIK_DATA)")
	out := flag.String("out", filepath.Join("corpus", "ner", "data", "clusters.gz"), "where to write the clusters")
	flag.Parse()
	if err := run(*dataDir, *out); err != nil {
		fmt.Fprintln(os.Stderr, "clusters:", err)
		os.Exit(1)
	}
}

func run(dir, out string) error {
	if dir == "" {
		d, err := nerdata.Dir()
		if err != nil {
			return err
		}
		dir = d
	}
	var sents [][]string
	ge, err := nerdata.GermEvalAll(dir)
	if err != nil {
		return err
	}
	for i, s := range ge {
		if nerdata.PartOf(i) != nerdata.Test {
			sents = append(sents, s.Words)
		}
	}
	docs, err := nerdata.SmartData(filepath.Join(dir, nerdata.SmartTrain))
	if err != nil {
		return err
	}
	for i, d := range docs {
		if nerdata.PartOf(i) != nerdata.Test {
			sents = append(sents, d.Lines()...)
		}
	}
	start := time.Now()
	ids := wordclusters.Learn(sents)
	fmt.Fprintf(os.Stderr, "%d sentences, %d words clustered in %v\n", len(sents), len(ids), time.Since(start).Round(time.Second))
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	if err := ner.EncodeClusters(f, wordclusters.Sizes, ids); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
