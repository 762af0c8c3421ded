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
// licence keeps anything derived from them out of the binary.
//
// Each word seen at least minCount times becomes a vector of the words
// around it (the most frequent words at offsets -2, -1, +1, +2, other
// words by their shape), weighed by positive pointwise mutual information,
// and the vectors are grouped by spherical k-means at several sizes, from
// k-means++ seeds drawn with a fixed seed: the same data give the same
// file, byte for byte.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"chronik/corpus/ner"
	"chronik/corpus/ner/internal/nerdata"
)

const (
	minCount = 2
	// contextWords is how many of the most frequent words are contexts of
	// their own; the others count by shape.
	contextWords = 800
	iterations   = 25
	seed         = 20142
)

// sizes are the numbers of clusters, coarse to fine, in the order of
// ner's cluster levels.
var sizes = []int{64, 256, 1024}

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
	sents, err := readSentences(dir)
	if err != nil {
		return err
	}
	start := time.Now()
	vocab, vecs := contextVectors(sents, minCount, contextWords)
	fmt.Fprintf(os.Stderr, "%d sentences, %d words seen %d times or more\n", len(sents), len(vocab), minCount)
	assign := make([][]int, len(sizes))
	for i, k := range sizes {
		assign[i] = kmeans(vecs, k, iterations, seed+uint64(i))
		fmt.Fprintf(os.Stderr, "k = %d done after %v\n", k, time.Since(start).Round(time.Second))
	}
	cl := make(map[string][]int, len(vocab))
	for w, word := range vocab {
		ids := make([]int, len(sizes))
		for i := range sizes {
			ids[i] = assign[i][w]
		}
		cl[word] = ids
	}
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	if err := ner.EncodeClusters(f, sizes, cl); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// readSentences returns the words of the sentences of GermEval and the
// SmartData training file outside their test parts.
func readSentences(dir string) ([][]string, error) {
	ge, err := nerdata.GermEvalAll(dir)
	if err != nil {
		return nil, err
	}
	var out [][]string
	for i, s := range ge {
		if nerdata.PartOf(i) != nerdata.Test {
			out = append(out, s.Words)
		}
	}
	docs, err := nerdata.SmartData(filepath.Join(dir, nerdata.SmartTrain))
	if err != nil {
		return nil, err
	}
	for i, d := range docs {
		if nerdata.PartOf(i) == nerdata.Test {
			continue
		}
		for line := range strings.SplitSeq(d.Text, "\n") {
			var words []string
			for _, t := range ner.Tokenize(line, nil) {
				words = append(words, line[t.Start:t.End])
			}
			if len(words) > 0 {
				out = append(out, words)
			}
		}
	}
	return out, nil
}
