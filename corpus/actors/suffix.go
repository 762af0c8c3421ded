package actors

// suffixSet tells which of a set of lower-case endings a word has, the
// longest first, in one walk from the word's last byte: German compounds
// carry their class at the end ("Konzernchef", "Zentralbank",
// "Nachrichtenagentur"), and a walk through a trie of reversed endings
// costs a few steps where a map lookup per ending length costs a hash each.
// ASCII capitals fold to lower case on the way ("Tesla-CEO" ends in
// "ceo").
//
// The trie is a table with a row per node and a column per byte class
// (suffixClass): a step is one load from a row, where a list of edges
// per node cost a scan of it and a second cache line. Bytes outside the
// classes, which the endings hardly use, take a list.
type suffixSet struct {
	next  []uint16 // node*suffixWidth + class → the node the byte leads to; 0: none (the root is no target)
	val   []int32  // per node: 1 + the index of the ending that ends there, 0 if none
	other []suffixEdge
}

// suffixEdge is a step on a byte without a class.
type suffixEdge struct {
	from, to uint16
	b        byte
}

// suffixClass maps a byte to its column: the ASCII letters, capitals
// folded to lower case, the bytes of ä, ö, ü and ß in UTF-8, and the
// hyphen; 0 for the rest.
var suffixClass = func() (c [256]uint8) {
	n := uint8(0)
	for b := 'a'; b <= 'z'; b++ {
		n++
		c[b], c[b-'a'+'A'] = n, n
	}
	for _, b := range []byte{0xc3, 0xa4, 0xb6, 0xbc, 0x9f, '-'} {
		n++
		c[b] = n
	}
	return c
}()

// suffixWidth is the number of columns: the classes and the 0 column,
// which stays empty.
const suffixWidth = 26 + 6 + 1

// add records an ending with its value (≥ 1). Endings are in lower case
// (a capital would match its lower-case letter).
func (s *suffixSet) add(ending string, val int32) {
	if len(s.val) == 0 {
		s.grow()
	}
	n := 0
	for i := len(ending) - 1; i >= 0; i-- {
		b := ending[i]
		next := s.step(n, b)
		if next == 0 {
			next = s.grow()
			if c := suffixClass[b]; c != 0 {
				s.next[n*suffixWidth+int(c)] = uint16(next)
			} else {
				s.other = append(s.other, suffixEdge{uint16(n), uint16(next), b})
			}
		}
		n = next
	}
	s.val[n] = val
}

// grow adds an empty node and returns it.
func (s *suffixSet) grow() int {
	n := len(s.val)
	if n > 0xffff {
		panic("actors: suffix set too large") // the embedded lists are far smaller
	}
	s.val = append(s.val, 0)
	s.next = append(s.next, make([]uint16, suffixWidth)...)
	return n
}

// step returns the node that byte b leads to from node n, or 0.
func (s *suffixSet) step(n int, b byte) int {
	if c := suffixClass[b]; c != 0 {
		return int(s.next[n*suffixWidth+int(c)])
	}
	for _, e := range s.other {
		if int(e.from) == n && e.b == b {
			return int(e.to)
		}
	}
	return 0
}

// longest returns the value of the longest ending of w and its length, or
// 0, 0. An ending must leave at least min bytes of w before it.
func (s *suffixSet) longest(w string, min int) (val int32, n int) {
	if len(s.val) == 0 || len(w) <= min {
		return 0, 0
	}
	node := 0
	for i := len(w) - 1; i >= min; i-- {
		if node = s.step(node, w[i]); node == 0 {
			break
		}
		if v := s.val[node]; v != 0 {
			val, n = v, len(w)-i
		}
	}
	return val, n
}

// has reports whether w ends in one of the endings.
func (s *suffixSet) has(w string) bool {
	v, _ := s.longest(w, 0)
	return v != 0
}
