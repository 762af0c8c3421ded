package ner

import (
	"bytes"
	"compress/gzip"
	"strings"
	"testing"
)

func gzipped(s string) []byte {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write([]byte(s))
	zw.Close()
	return b.Bytes()
}

// roundTrip returns the clusters of ids at levels of 2, 4 and 8
// clusters, encoded and decoded.
func roundTrip(t *testing.T, ids map[string][]int) *Clusters {
	t.Helper()
	var buf bytes.Buffer
	if err := EncodeClusters(&buf, []int{2, 4, 8}, ids); err != nil {
		t.Fatal(err)
	}
	c, err := DecodeClusters(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestClustersRoundTrip(t *testing.T) {
	c := roundTrip(t, map[string][]int{"Weber": {0, 3, 7}, "sagte": {1, 2, 0}, "Müller": {0, 3, 6}})
	tests := []struct {
		word string
		want [clusterLevels]uint16
	}{
		{"Weber", [clusterLevels]uint16{1, 4, 8}},
		{"Müller", [clusterLevels]uint16{1, 4, 7}},
		{"sagte", [clusterLevels]uint16{2, 3, 1}},
		{"weber", [clusterLevels]uint16{}},
	}
	for _, tc := range tests {
		if got := c.lookup(tc.word); got != tc.want {
			t.Errorf("%q: %v, want %v", tc.word, got, tc.want)
		}
	}
	if c.Words() != 3 || (*Clusters)(nil).lookup("Weber") != [clusterLevels]uint16{} {
		t.Errorf("%d words, or a nil table knows a word", c.Words())
	}
}

func TestClustersRejectBadData(t *testing.T) {
	tests := []struct{ name, file string }{
		{"no magic", "2 4 8\nWeber\t0 0 0\n"},
		{"two levels", clustersMagic + "2 4\nWeber\t0 0\n"},
		{"id out of range", clustersMagic + "2 4 8\nWeber\t0 4 0\n"},
		{"negative id", clustersMagic + "2 4 8\nWeber\t0 -1 0\n"},
		{"too few ids", clustersMagic + "2 4 8\nWeber\t0 1\n"},
		{"too many ids", clustersMagic + "2 4 8\nWeber\t0 1 2 3\n"},
		{"no tab", clustersMagic + "2 4 8\nWeber 0 1 2\n"},
		{"size zero", clustersMagic + "0 4 8\n"},
	}
	for _, tc := range tests {
		if _, err := DecodeClusters(gzipped(tc.file)); err == nil {
			t.Errorf("%s: no error", tc.name)
		}
	}
	if _, err := DecodeClusters([]byte("not gzip")); err == nil {
		t.Error("not gzip: no error")
	}
	if err := EncodeClusters(&bytes.Buffer{}, []int{2, 4, 8}, map[string][]int{"a\tb": {0, 0, 0}}); err == nil {
		t.Error("a word with a tab encoded")
	}
}

func TestEmbeddedClustersLoad(t *testing.T) {
	c, err := EmbeddedClusters()
	if err != nil {
		t.Fatal(err)
	}
	if c.Words() < 1000 {
		t.Errorf("only %d words clustered", c.Words())
	}
}

// The mean of a model and itself is that model; the mean of a model and
// its negation is nothing.
func TestAverage(t *testing.T) {
	w := Train(toyExamples(), nil, TrainOptions{Epochs: 2, MinCount: 1})
	neg := *w
	neg.table = newFeatureTable(w.table.n)
	for i, k := range w.table.keys {
		if k != 0 {
			row := w.table.rows[i]
			for t := range row {
				row[t] = -row[t]
			}
			neg.table.put(k, row)
		}
	}
	for a := range neg.trans {
		for b := range neg.trans[a] {
			neg.trans[a][b] = -neg.trans[a][b]
		}
	}
	same, none := Average(w, w), Average(w, &neg)
	if same.Features() != w.Features() || same.trans != w.trans {
		t.Errorf("mean of a model and itself: %d features, want %d", same.Features(), w.Features())
	}
	for i, k := range w.table.keys {
		if k != 0 && *same.table.get(k) != w.table.rows[i] {
			t.Fatalf("key %x: mean %v, want %v", k, *same.table.get(k), w.table.rows[i])
		}
	}
	if none.Features() != 0 || none.trans != [numTags + 1][numTags]int16{} {
		t.Errorf("mean of a model and its negation: %d features, transitions %v", none.Features(), none.trans)
	}
}

func TestPruned(t *testing.T) {
	w := &Weights{table: newFeatureTable(3)}
	w.table.put(1, [numTags]int16{5, -3})
	w.table.put(2, [numTags]int16{0, 0, -40})
	w.table.put(3, [numTags]int16{39, -39})
	w.trans[0][1] = 7
	tests := []struct {
		min  int16
		keep []uint32
	}{
		{0, []uint32{1, 2, 3}},
		{6, []uint32{2, 3}},
		{40, []uint32{2}},
		{41, nil},
	}
	for _, tc := range tests {
		p := w.Pruned(tc.min)
		if p.Features() != len(tc.keep) || p.trans != w.trans {
			t.Errorf("min %d: %d features, want %d (or the transitions changed)", tc.min, p.Features(), len(tc.keep))
		}
		for _, k := range tc.keep {
			if p.table.get(k) == nil || *p.table.get(k) != *w.table.get(k) {
				t.Errorf("min %d: key %d lost or changed", tc.min, k)
			}
		}
	}
}

// attrs looks a word's clusters up with the hash it computes of the word
// (wordAttrs.word), which must be the table's clusterHash: every word of
// the embedded clusters, and a long one whose hash attrs cuts short.
func TestClustersOfAttrs(t *testing.T) {
	cl, err := EmbeddedClusters()
	if err != nil {
		t.Fatal(err)
	}
	long := strings.Repeat("Donaudampfschifffahrt", 3)
	small := roundTrip(t, map[string][]int{long: {1, 2, 3}, "Weber": {0, 3, 7}})
	for _, c := range []*Clusters{cl, small} {
		n := 0
		for i, e := range c.entries {
			if c.keys[i] == 0 {
				continue
			}
			n++
			w := c.words[e.start:e.end]
			a := attrs(w, nil, c)
			want := [clusterLevels]uint32{uint32(e.ids[0]), uint32(e.ids[1]), uint32(e.ids[2])}
			if a.cluster != want {
				t.Fatalf("%q: attrs finds %v, want %v", w, a.cluster, want)
			}
		}
		if n != c.Words() {
			t.Errorf("%d entries, %d words", n, c.Words())
		}
	}
	if got := small.lookup(long); got != [clusterLevels]uint16{2, 3, 4} {
		t.Errorf("%q: %v", long, got)
	}
}
