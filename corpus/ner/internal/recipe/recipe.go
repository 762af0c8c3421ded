// Package recipe is how the embedded weights of the entity tagger are
// made: which examples they learn from, the settings of the training run,
// and a digest of both, which the train command stores beside the weights
// and a test recomputes to tell when they are stale.
package recipe

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"path/filepath"

	"chronik/corpus/actors"
	"chronik/corpus/ner"
	"chronik/corpus/ner/internal/nerdata"
)

// A Recipe is the settings of a training run.
type Recipe struct {
	Epochs   int
	MinCount int // features seen fewer times are dropped
	Seed     uint64
	// Orders is how many orders of the examples the weights are averaged
	// over (Train).
	Orders int
	// MinWeight drops the features of the mean whose weights are all
	// small (in units where the largest weight of a run is 32767): the
	// mean of several orders holds more features than one run, and the
	// table of all would need more memory, which tagging waits for.
	MinWeight int16
	// NameBias lowers the score of O at every token (see
	// ner.Weights.WithNameBias): it trades precision for recall.
	NameBias int
	// CRF makes every second order train a conditional random field
	// instead of the perceptron (ner.TrainOptions): the two err on other
	// words, and their mean scores better in cross-validation than the
	// mean of as many orders of either.
	CRF bool
}

// Embedded is the recipe of corpus/ner/data/weights.gz, its settings
// chosen by cross-validation (go run ./corpus/ner/internal/train -cv 5
// -whole); of the name biases that score alike there, the one that keeps
// the floors of the project's development passages (corpus/actors).
var Embedded = Recipe{Epochs: 5, MinCount: 2, Seed: 20141, Orders: 6, MinWeight: 1500, NameBias: 8000, CRF: true}

// Train returns the mean of the weights trained with the seeds Seed,
// Seed+100, … (one order of the examples each; with CRF, the odd orders
// by the CRF), without the features whose weights are all below
// MinWeight, and with the name bias: the
// perceptron's result depends on the order of the examples, and the mean
// of several orders less so. afterEpoch, if not nil, is called after every
// epoch of every order.
func (r Recipe) Train(train []ner.Example, cl *ner.Clusters, afterEpoch func(epoch int, w *ner.Weights)) *ner.Weights {
	ws := make([]*ner.Weights, r.Orders)
	for i := range ws {
		o := r.options(cl)
		o.Seed += 100 * uint64(i)
		o.AfterEpoch = afterEpoch
		o.CRF = r.CRF && i%2 == 1
		ws[i] = ner.Train(train, actors.Gazetteer, o)
	}
	return ner.Average(ws...).Pruned(r.MinWeight).WithNameBias(r.NameBias)
}

func (r Recipe) options(cl *ner.Clusters) ner.TrainOptions {
	return ner.TrainOptions{Epochs: r.Epochs, Seed: r.Seed, MinCount: r.MinCount, Clusters: cl}
}

// Digest returns, in hex, the SHA-256 digest of all that Train reads:
// the recipe and ner.InputDigest of the examples (their feature keys, which
// the words, the rules' hints, the gazetteer, the clusters and the feature
// templates make, and their gold tags).
func (r Recipe) Digest(train []ner.Example, cl *ner.Clusters) string {
	h := sha256.New()
	var buf []byte
	for _, v := range []uint64{uint64(r.Epochs), uint64(r.MinCount), r.Seed, uint64(r.Orders), uint64(r.MinWeight), uint64(int64(r.NameBias)), boolBit(r.CRF)} {
		buf = binary.LittleEndian.AppendUint64(buf, v)
	}
	h.Write(buf)
	in := ner.InputDigest(train, actors.Gazetteer, r.options(cl))
	h.Write(in[:])
	return hex.EncodeToString(h.Sum(nil))
}

func boolBit(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}

// Read reads GermEval and the SmartData training file from dir, or from
// the default data folder (nerdata.Dir) when dir is empty.
func Read(dir string) ([]nerdata.Sentence, []nerdata.Doc, error) {
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

// Examples returns the training examples of the weights: the training
// parts (nerdata.PartOf) of the GermEval sentences and, if smart, of the
// SmartData documents, each with the hints of the rules. The development
// parts stay out, so that they score text the weights did not learn from.
func Examples(sents []nerdata.Sentence, docs []nerdata.Doc, rules *actors.Recognizer, smart bool) []ner.Example {
	var train []ner.Example
	for i, s := range sents {
		if nerdata.PartOf(i) == nerdata.Train {
			train = append(train, s.Example(rules))
		}
	}
	for i, d := range docs {
		if smart && nerdata.PartOf(i) == nerdata.Train {
			train = append(train, d.Examples(nerdata.RuleHints(rules, d.Text))...)
		}
	}
	return train
}

// DigestFile names the file beside the weights that holds the digest of
// their training input and of the weights themselves.
const DigestFile = "weights.digest"

// FileDigests returns the contents of DigestFile for weights made from
// input (a Digest).
func FileDigests(input string, weights []byte) string {
	return fmt.Sprintf("input %s\nweights.gz %x\n", input, sha256.Sum256(weights))
}
