package ner

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
)

// clusterLevels is how many clusterings of the vocabulary the features
// read, coarse to fine.
const clusterLevels = 3

// Clusters maps a word to its cluster at each level: words written in the
// same contexts share a cluster (internal/clusters learns them from
// unlabelled text). Cluster numbers start at 1; 0 is a word not clustered.
//
// It is an open-addressing table keyed by the hash the tagger computes of
// every new word anyway (its wordAttrs.word), at most three quarters
// full, with the hashes apart from the rest: two thirds of the words a
// text asks about are not clustered, and most of those cost one look at
// a small array of hashes, where a map of strings hashed each word again
// and read a larger table.
type Clusters struct {
	keys    []uint32 // per place: its word's clusterHash | 1, 0 for an empty place
	entries []clusterEntry
	words   string // the words, one after another
	n       int
	shift   uint // 32 - log2(len(keys))
}

// A clusterEntry is a place's word, words[start:end], and its clusters.
type clusterEntry struct {
	start, end uint32
	ids        [clusterLevels]uint16
}

// clusterHash is the wordAttrs.word of a word of at most maxWordRunes
// runes: FNV-1a of its runes.
func clusterHash(w string) uint32 {
	h := uint32(fnvOffset)
	for _, r := range w {
		h = hashRune(h, r)
	}
	return h
}

// newClusters returns an empty table for n words, which put fills.
func newClusters(n int) *Clusters {
	bits := uint(4)
	for 3<<bits < 4*n {
		bits++
	}
	return &Clusters{keys: make([]uint32, 1<<bits), entries: make([]clusterEntry, 1<<bits), shift: 32 - bits}
}

// place returns the place of word w, whose clusterHash is h, and whether
// the table has it; if not, the empty place where it would go.
func (c *Clusters) place(w string, h uint32) (uint32, bool) {
	key, mask := h|1, uint32(len(c.keys)-1)
	for i := (h * 0x9e3779b1) >> (c.shift & 31); ; i = (i + 1) & mask {
		switch c.keys[i] {
		case 0:
			return i, false
		case key:
			if e := &c.entries[i]; c.words[e.start:e.end] == w {
				return i, true
			}
		}
	}
}

// put sets the clusters of a word in words; the table has room for it
// (newClusters). A word the file gives twice keeps its last clusters.
func (c *Clusters) put(e clusterEntry) {
	w := c.words[e.start:e.end]
	h := clusterHash(w)
	i, ok := c.place(w, h)
	if !ok {
		c.keys[i] = h | 1
		c.n++
	}
	c.entries[i] = e
}

// The clusters file, gzip-compressed: a magic line, a line with the number
// of clusters of each level, then a line per word in byte order: the word,
// a tab and its cluster at each level (from 0), separated by blanks.
const clustersMagic = "chronik-ner-clusters 1\n"

// EncodeClusters writes clusters of the given sizes in the file format:
// ids holds the cluster of each word at each level, from 0.
func EncodeClusters(out io.Writer, sizes []int, ids map[string][]int) error {
	if len(sizes) != clusterLevels {
		return fmt.Errorf("ner: clusters: %d levels, want %d", len(sizes), clusterLevels)
	}
	zw, err := gzip.NewWriterLevel(out, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	bw.WriteString(clustersMagic)
	for i, n := range sizes {
		if n <= 0 || n >= 1<<16-1 {
			return fmt.Errorf("ner: clusters: level %d has %d clusters", i, n)
		}
		if i > 0 {
			bw.WriteByte(' ')
		}
		bw.WriteString(strconv.Itoa(n))
	}
	bw.WriteByte('\n')
	words := make([]string, 0, len(ids))
	for w := range ids {
		words = append(words, w)
	}
	slices.Sort(words)
	for _, w := range words {
		if w == "" || strings.ContainsAny(w, "\t\n") || len(ids[w]) != clusterLevels {
			return fmt.Errorf("ner: clusters: bad entry %q", w)
		}
		bw.WriteString(w)
		for i, id := range ids[w] {
			if id < 0 || id >= sizes[i] {
				return fmt.Errorf("ner: clusters: %q: cluster %d of level %d out of range", w, id, i)
			}
			sep := byte(' ')
			if i == 0 {
				sep = '\t'
			}
			bw.WriteByte(sep)
			bw.WriteString(strconv.Itoa(id))
		}
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

var errClusters = errors.New("ner: clusters: bad format")

// DecodeClusters reads clusters written by EncodeClusters.
func DecodeClusters(data []byte) (*Clusters, error) {
	raw, err := gunzip(data, "clusters")
	if err != nil {
		return nil, err
	}
	rest, ok := bytes.CutPrefix(raw, []byte(clustersMagic))
	if !ok {
		return nil, errClusters
	}
	head, rest, _ := bytes.Cut(rest, []byte{'\n'})
	var sizes [clusterLevels]int
	fields := strings.Fields(string(head))
	if len(fields) != clusterLevels {
		return nil, errClusters
	}
	for i, f := range fields {
		n, err := strconv.Atoi(f)
		if err != nil || n <= 0 || n >= 1<<16-1 {
			return nil, errClusters
		}
		sizes[i] = n
	}
	var (
		words []byte
		all   = make([]clusterEntry, 0, bytes.Count(rest, []byte{'\n'}))
	)
	for line := range bytes.SplitSeq(rest, []byte{'\n'}) {
		if len(line) == 0 {
			continue
		}
		word, nums, ok := bytes.Cut(line, []byte{'\t'})
		if !ok || len(word) == 0 {
			return nil, errClusters
		}
		var ids [clusterLevels]uint16
		for i := range clusterLevels {
			var f []byte
			f, nums, _ = bytes.Cut(nums, []byte{' '})
			n, err := atoi(f)
			if err != nil || n < 0 || n >= sizes[i] {
				return nil, errClusters
			}
			ids[i] = uint16(n + 1)
		}
		if len(nums) != 0 {
			return nil, errClusters
		}
		all = append(all, clusterEntry{uint32(len(words)), uint32(len(words) + len(word)), ids})
		words = append(words, word...)
	}
	c := newClusters(len(all))
	c.words = string(words)
	for _, e := range all {
		c.put(e)
	}
	return c, nil
}

// atoi is strconv.Atoi of b: a number of up to nine digits, every one
// of the file's, is read here, without making a string of it.
func atoi(b []byte) (int, error) {
	if len(b) == 0 || len(b) > 9 {
		return strconv.Atoi(string(b))
	}
	n := 0
	for _, c := range b {
		if c < '0' || c > '9' {
			return strconv.Atoi(string(b))
		}
		n = 10*n + int(c-'0')
	}
	return n, nil
}

// lookup returns the clusters of w at each level, all 0 for a word not
// clustered (or a nil c).
func (c *Clusters) lookup(w string) [clusterLevels]uint16 {
	return c.lookupHash(w, clusterHash(w))
}

// lookupHash is lookup of w, whose clusterHash is h.
func (c *Clusters) lookupHash(w string, h uint32) [clusterLevels]uint16 {
	if c == nil {
		return [clusterLevels]uint16{}
	}
	if i, ok := c.place(w, h); ok {
		return c.entries[i].ids
	}
	return [clusterLevels]uint16{}
}

// Words is the number of words clustered.
func (c *Clusters) Words() int {
	if c == nil {
		return 0
	}
	return c.n
}
