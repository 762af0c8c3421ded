package ner

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
)

// Tags: BIO over four classes. A tag's class is (tag+1)/2; odd tags begin
// an entity, even tags but O continue one.
const (
	tagO = iota
	tagBPER
	tagIPER
	tagBORG
	tagIORG
	tagBLOC
	tagILOC
	tagBOTH
	tagIOTH
	numTags
)

// allowed reports whether tag b may follow tag a (a = numTags: the start
// of a sentence). An inside tag continues an entity of its own class.
func allowed(a, b int) bool {
	if b == tagO || b%2 == 1 {
		return true
	}
	return a != numTags && a != tagO && (a+1)/2 == (b+1)/2
}

// Weights is a trained model: a weight per feature and tag, and a weight
// per pair of neighbouring tags, quantised to int16 with one scale.
type Weights struct {
	table  featureTable
	rows   []int16                       // numTags weights per feature; row 0 is unused
	trans  [numTags + 1][numTags]int16   // [previous tag, or numTags at the start][tag]
	ftrans [numTags + 1][numTags]float64 // trans as float64, for viterbi
}

// featureTable maps a feature key to its row in Weights.rows: open
// addressing with linear probing, half full at most.
type featureTable struct {
	keys  []uint32
	rows  []uint32 // 0: an empty slot
	shift uint
}

func newFeatureTable(n int) featureTable {
	bits := uint(4)
	for 1<<bits < 2*n {
		bits++
	}
	return featureTable{keys: make([]uint32, 1<<bits), rows: make([]uint32, 1<<bits), shift: 32 - bits}
}

func (t *featureTable) slot(key uint32) uint32 { return (key * 0x9e3779b1) >> t.shift }

func (t *featureTable) put(key, row uint32) {
	mask := uint32(len(t.keys) - 1)
	for s := t.slot(key); ; s = (s + 1) & mask {
		if t.rows[s] == 0 || t.keys[s] == key {
			t.keys[s], t.rows[s] = key, row
			return
		}
	}
}

func (t *featureTable) get(key uint32) uint32 {
	mask := uint32(len(t.keys) - 1)
	for s := t.slot(key); ; s = (s + 1) & mask {
		switch {
		case t.rows[s] == 0:
			return 0
		case t.keys[s] == key:
			return t.rows[s]
		}
	}
}

// The weights file, gzip-compressed: a magic line; the number of
// features (uvarint); the transition weights (varints); then the features
// in ascending key order, each as the key's difference from the previous
// key (uvarint), a mask of the tags with a non-zero weight (uvarint) and
// those weights (varints).
const magic = "chronik-ner 1\n"

// Encode writes the weights in the file format.
func (w *Weights) Encode(out io.Writer) error {
	zw, err := gzip.NewWriterLevel(out, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	var buf [binary.MaxVarintLen64]byte
	uv := func(x uint64) { bw.Write(buf[:binary.PutUvarint(buf[:], x)]) }
	sv := func(x int64) { bw.Write(buf[:binary.PutVarint(buf[:], x)]) }
	bw.WriteString(magic)
	type entry struct{ key, row uint32 }
	var entries []entry
	for s, r := range w.table.rows {
		if r != 0 {
			entries = append(entries, entry{w.table.keys[s], r})
		}
	}
	slices.SortFunc(entries, func(a, b entry) int { return int(int64(a.key) - int64(b.key)) })
	uv(uint64(len(entries)))
	for a := range w.trans {
		for b := range w.trans[a] {
			sv(int64(w.trans[a][b]))
		}
	}
	prev := uint32(0)
	for _, e := range entries {
		uv(uint64(e.key - prev))
		prev = e.key
		row := w.rows[int(e.row)*numTags : int(e.row+1)*numTags]
		mask := uint64(0)
		for t, v := range row {
			if v != 0 {
				mask |= 1 << t
			}
		}
		uv(mask)
		for _, v := range row {
			if v != 0 {
				sv(int64(v))
			}
		}
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

var errFormat = errors.New("ner: weights: bad format")

// Decode reads weights written by Encode.
func Decode(data []byte) (*Weights, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("ner: weights: %w", err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("ner: weights: %w", err)
	}
	if !bytes.HasPrefix(raw, []byte(magic)) {
		return nil, errFormat
	}
	r := bytes.NewReader(raw[len(magic):])
	n, err := binary.ReadUvarint(r)
	if err != nil || n > uint64(len(raw)) {
		return nil, errFormat
	}
	w := &Weights{table: newFeatureTable(int(n)), rows: make([]int16, (n+1)*numTags)}
	sv := func() (int16, error) {
		v, err := binary.ReadVarint(r)
		if err != nil || v < math.MinInt16 || v > math.MaxInt16 {
			return 0, errFormat
		}
		return int16(v), nil
	}
	for a := range w.trans {
		for b := range w.trans[a] {
			if w.trans[a][b], err = sv(); err != nil {
				return nil, err
			}
		}
	}
	key := uint32(0)
	for i := uint32(1); i <= uint32(n); i++ {
		d, err := binary.ReadUvarint(r)
		if err != nil || d > math.MaxUint32 {
			return nil, errFormat
		}
		key += uint32(d)
		mask, err := binary.ReadUvarint(r)
		if err != nil || mask >= 1<<numTags {
			return nil, errFormat
		}
		for t := range numTags {
			if mask&(1<<t) != 0 {
				if w.rows[int(i)*numTags+t], err = sv(); err != nil {
					return nil, err
				}
			}
		}
		w.table.put(key, i)
	}
	if r.Len() != 0 {
		return nil, errFormat
	}
	w.setTrans()
	return w, nil
}

// Features is the number of features with weights.
func (w *Weights) Features() int { return len(w.rows)/numTags - 1 }

// emissions adds up the weights of each token's features, per tag.
func (w *Weights) emissions(keys []uint32, offs []int32, em [][numTags]float64) {
	for i := range em {
		var sum [numTags]int64
		for _, k := range keys[offs[i]:offs[i+1]] {
			if r := w.table.get(k); r != 0 {
				row := w.rows[int(r)*numTags : int(r+1)*numTags]
				for t := range numTags {
					sum[t] += int64(row[t])
				}
			}
		}
		for t := range numTags {
			em[i][t] = float64(sum[t])
		}
	}
}

// viterbi writes the best tag sequence under the BIO constraints into
// tags, for the emission scores em and the transition scores trans.
func viterbi(em [][numTags]float64, trans *[numTags + 1][numTags]float64, tags []int, s *decodeScratch) {
	n := len(em)
	if n == 0 {
		return
	}
	s.grow(n)
	score, back := s.score, s.back
	for i := range n {
		for t := range numTags {
			best, arg := math.Inf(-1), 0
			if i == 0 {
				if allowed(numTags, t) {
					best = trans[numTags][t]
				}
			} else {
				for p := range numTags {
					if !allowed(p, t) {
						continue
					}
					if v := score[(i-1)*numTags+p] + trans[p][t]; v > best {
						best, arg = v, p
					}
				}
			}
			score[i*numTags+t], back[i*numTags+t] = best+em[i][t], uint8(arg)
		}
	}
	best, arg := math.Inf(-1), 0
	for t := range numTags {
		if v := score[(n-1)*numTags+t]; v > best {
			best, arg = v, t
		}
	}
	for i := n - 1; i >= 0; i-- {
		tags[i] = arg
		arg = int(back[i*numTags+arg])
	}
}

type decodeScratch struct {
	score []float64
	back  []uint8
}

func (s *decodeScratch) grow(n int) {
	if cap(s.score) < n*numTags {
		s.score = make([]float64, n*numTags)
		s.back = make([]uint8, n*numTags)
	}
	s.score, s.back = s.score[:n*numTags], s.back[:n*numTags]
}

func (w *Weights) setTrans() {
	for a := range w.trans {
		for b := range w.trans[a] {
			w.ftrans[a][b] = float64(w.trans[a][b])
		}
	}
}
