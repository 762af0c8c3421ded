// Package wordclusters learns the word clusters of the entity tagger
// (ner.Clusters) from unlabelled text: each word seen at least MinCount
// times becomes a vector of the words around it (the most frequent words
// at offsets -2, -1, +1, +2, other words by their shape), weighed by
// positive pointwise mutual information, and the vectors are grouped by
// spherical k-means at several sizes, from k-means++ seeds drawn with a
// fixed seed: the same text gives the same clusters.
package wordclusters

import (
	"bytes"
	"cmp"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"chronik/corpus/ner"
)

// The settings of the clusters Chronik embeds.
const (
	MinCount = 2
	// contextWords is how many of the most frequent words are contexts of
	// their own; the others count by shape.
	contextWords = 800
	iterations   = 25
	Seed         = 20142
)

// Sizes are the numbers of clusters, coarse to fine, in the order of
// ner's cluster levels.
var Sizes = []int{64, 256, 1024}

// Learn returns the clusters of the words of sents at each of Sizes, as
// ner.EncodeClusters takes them.
func Learn(sents [][]string) map[string][]int {
	vocab, vecs := contextVectors(sents, MinCount, contextWords)
	assign := make([][]int, len(Sizes))
	for i, k := range Sizes {
		assign[i] = kmeans(vecs, k, iterations, Seed+uint64(i))
	}
	out := make(map[string][]int, len(vocab))
	for w, word := range vocab {
		ids := make([]int, len(Sizes))
		for i := range Sizes {
			ids[i] = assign[i][w]
		}
		out[word] = ids
	}
	return out
}

// Clusters returns the clusters of sents as the tagger reads them.
func Clusters(sents [][]string) (*ner.Clusters, error) {
	var buf bytes.Buffer
	if err := ner.EncodeClusters(&buf, Sizes, Learn(sents)); err != nil {
		return nil, err
	}
	return ner.DecodeClusters(buf.Bytes())
}

// A vector is sparse and of unit length: dimensions in ascending order.
type vector struct {
	dims []int32
	vals []float32
}

// offsets are the positions of a word's neighbours that make its context.
var offsets = []int{-2, -1, 1, 2}

// The context of a neighbour that is none of the frequent words: its
// shape, or the edge of the sentence.
const (
	ctxCapital = iota
	ctxLower
	ctxDigit
	ctxOther
	ctxEdge
	numShapes
)

// contextVectors returns the words seen at least minCount times, most
// frequent first (ties in byte order), and their context vectors: for
// each offset, the lower-case form of the neighbour if it is one of the
// top most frequent, else its shape; weighed by positive pointwise mutual
// information with the context counts smoothed (raised to 0.75), which
// keeps rare contexts from dominating.
func contextVectors(sents [][]string, minCount, top int) ([]string, []vector) {
	count := map[string]int{}
	lowerCount := map[string]int{}
	for _, s := range sents {
		for _, w := range s {
			count[w]++
			lowerCount[strings.ToLower(w)]++
		}
	}
	vocab := byFrequency(count, minCount)
	ctxVocab := byFrequency(lowerCount, 1)
	ctxVocab = ctxVocab[:min(top, len(ctxVocab))]
	ctxID := make(map[string]int32, len(ctxVocab))
	for i, w := range ctxVocab {
		ctxID[w] = int32(numShapes + i)
	}
	perOffset := int32(numShapes + len(ctxVocab))
	wordID := make(map[string]int, len(vocab))
	for i, w := range vocab {
		wordID[w] = i
	}
	pairs := make([]map[int32]float64, len(vocab))
	for i := range pairs {
		pairs[i] = map[int32]float64{}
	}
	ctxTotal := make([]float64, int(perOffset)*len(offsets))
	wordTotal := make([]float64, len(vocab))
	total := 0.0
	for _, s := range sents {
		ids := make([]int32, len(s))
		for i, w := range s {
			ids[i] = contextOf(w, ctxID)
		}
		for i, w := range s {
			wi, ok := wordID[w]
			if !ok {
				continue
			}
			for o, off := range offsets {
				c := int32(ctxEdge)
				if j := i + off; j >= 0 && j < len(s) {
					c = ids[j]
				}
				d := int32(o)*perOffset + c
				pairs[wi][d]++
				ctxTotal[d]++
				wordTotal[wi]++
				total++
			}
		}
	}
	smoothed := 0.0
	for d, n := range ctxTotal {
		ctxTotal[d] = math.Pow(n, 0.75)
		smoothed += ctxTotal[d]
	}
	vecs := make([]vector, len(vocab))
	for wi, m := range pairs {
		dims := make([]int32, 0, len(m))
		for d := range m {
			dims = append(dims, d)
		}
		slices.Sort(dims)
		var v vector
		norm := 0.0
		for _, d := range dims {
			pmi := math.Log(m[d] / wordTotal[wi] / (ctxTotal[d] / smoothed))
			if pmi > 0 {
				v.dims = append(v.dims, d)
				v.vals = append(v.vals, float32(pmi))
				norm += pmi * pmi
			}
		}
		for i := range v.vals {
			v.vals[i] /= float32(math.Sqrt(norm))
		}
		vecs[wi] = v
	}
	return vocab, vecs
}

// byFrequency returns the words counted at least min times, most frequent
// first, ties in byte order.
func byFrequency(count map[string]int, min int) []string {
	var out []string
	for w, n := range count {
		if n >= min {
			out = append(out, w)
		}
	}
	slices.SortFunc(out, func(a, b string) int {
		if c := cmp.Compare(count[b], count[a]); c != 0 {
			return c
		}
		return strings.Compare(a, b)
	})
	return out
}

// contextOf returns the context dimension (within one offset) of a
// neighbour w.
func contextOf(w string, ctxID map[string]int32) int32 {
	if id, ok := ctxID[strings.ToLower(w)]; ok {
		return id
	}
	r, _ := utf8.DecodeRuneInString(w)
	switch {
	case unicode.IsUpper(r):
		return ctxCapital
	case unicode.IsLower(r):
		return ctxLower
	case strings.ContainsFunc(w, unicode.IsDigit):
		return ctxDigit
	}
	return ctxOther
}

// kmeans groups the vectors into k clusters by spherical k-means (cosine
// similarity to unit-length centroids) from k-means++ seeds, and returns
// the cluster of each vector. Clusters are numbered by their first
// member, so that the numbering does not depend on the seeds' order.
func kmeans(vecs []vector, k, iterations int, seed uint64) []int {
	dim := 0
	for _, v := range vecs {
		if n := len(v.dims); n > 0 {
			dim = max(dim, int(v.dims[n-1])+1)
		}
	}
	k = min(k, len(vecs))
	// Centroids are stored dimension-major, cent[d*k+c], so that scoring
	// a sparse vector against all of them reads k weights in a row.
	cent := make([]float32, dim*k)
	rng := rand.New(rand.NewPCG(seed, seed^0x6b6d))
	setCentroid := func(c int, v vector) {
		for i, d := range v.dims {
			cent[int(d)*k+c] = v.vals[i]
		}
	}
	// k-means++: each next seed is drawn with probability proportional to
	// its distance (1 - cosine) from the nearest seed so far.
	dist := make([]float64, len(vecs))
	for i := range dist {
		dist[i] = math.Inf(1)
	}
	first := rng.IntN(len(vecs))
	setCentroid(0, vecs[first])
	for c := 0; ; c++ {
		sum := 0.0
		for i, v := range vecs {
			dot := 0.0
			for j, d := range v.dims {
				dot += float64(v.vals[j] * cent[int(d)*k+c])
			}
			dist[i] = math.Min(dist[i], math.Max(0, 1-dot))
			sum += dist[i]
		}
		if c+1 == k {
			break
		}
		x := rng.Float64() * sum
		next := len(vecs) - 1
		for i, d := range dist {
			if x < d {
				next = i
				break
			}
			x -= d
		}
		setCentroid(c+1, vecs[next])
	}
	assign := make([]int, len(vecs))
	scores := make([]float32, k)
	for it := 0; it < iterations; it++ {
		changed := 0
		for i, v := range vecs {
			clear(scores)
			for j, d := range v.dims {
				x, row := v.vals[j], cent[int(d)*k:int(d)*k+k]
				for c := range row {
					scores[c] += x * row[c]
				}
			}
			best := 0
			for c := 1; c < k; c++ {
				if scores[c] > scores[best] {
					best = c
				}
			}
			if it == 0 || assign[i] != best {
				changed++
			}
			assign[i] = best
		}
		if changed == 0 {
			break
		}
		// New centroids: the normalised sums of the members; a cluster
		// left empty keeps its centroid.
		sums := make([]float64, dim*k)
		members := make([]int, k)
		for i, v := range vecs {
			c := assign[i]
			members[c]++
			for j, d := range v.dims {
				sums[int(d)*k+c] += float64(v.vals[j])
			}
		}
		norms := make([]float64, k)
		for d := range dim {
			for c := range k {
				x := sums[d*k+c]
				norms[c] += x * x
			}
		}
		for d := range dim {
			for c := range k {
				if members[c] > 0 && norms[c] > 0 {
					cent[d*k+c] = float32(sums[d*k+c] / math.Sqrt(norms[c]))
				}
			}
		}
	}
	// Number the clusters by first member.
	number := make(map[int]int, k)
	for i, c := range assign {
		n, ok := number[c]
		if !ok {
			n = len(number)
			number[c] = n
		}
		assign[i] = n
	}
	return assign
}
