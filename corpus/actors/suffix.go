package actors

// suffixSet tells which of a set of lower-case endings a word has, the
// longest first, in one walk from the word's last byte: German compounds
// carry their class at the end ("Konzernchef", "Zentralbank",
// "Nachrichtenagentur"), and a walk through a trie of reversed endings
// costs a few steps where a map lookup per ending length costs a hash each.
// ASCII capitals fold to lower case on the way ("Tesla-CEO" ends in
// "ceo").
type suffixSet struct {
	nodes []suffixNode // nodes[0] is the root
	// first maps a word's last byte, folded, to the node it leads to from
	// the root (0: none): the first step, taken for every word, is a
	// table lookup.
	first [256]int32
}

type suffixNode struct {
	edges []suffixEdge
	val   int32 // 1 + the index of the ending that ends here, 0 if none
}

type suffixEdge struct {
	b  byte
	to int32
}

// add records an ending with its value (≥ 1).
func (s *suffixSet) add(ending string, val int32) {
	if len(s.nodes) == 0 {
		s.nodes = append(s.nodes, suffixNode{})
	}
	n := int32(0)
	for i := len(ending) - 1; i >= 0; i-- {
		b := ending[i]
		next := s.child(n, b)
		if next < 0 {
			next = int32(len(s.nodes))
			s.nodes = append(s.nodes, suffixNode{})
			s.nodes[n].edges = append(s.nodes[n].edges, suffixEdge{b, next})
			if n == 0 {
				s.first[b] = next
				if b >= 'a' && b <= 'z' {
					s.first[b-('a'-'A')] = next
				}
			}
		}
		n = next
	}
	s.nodes[n].val = val
}

// longest returns the value of the longest ending of w and its length, or
// 0, 0. An ending must leave at least min bytes of w before it.
func (s *suffixSet) longest(w string, min int) (val int32, n int) {
	if len(s.nodes) == 0 {
		return 0, 0
	}
	if len(w) <= min {
		return 0, 0
	}
	node := s.first[w[len(w)-1]]
	if node == 0 {
		return 0, 0
	}
	if v := s.nodes[node].val; v != 0 {
		val, n = v, 1
	}
	for i := len(w) - 2; i >= min; i-- {
		b := w[i]
		if b >= 'A' && b <= 'Z' {
			b += 'a' - 'A'
		}
		next := s.child(node, b)
		if next < 0 {
			break
		}
		node = next
		if v := s.nodes[node].val; v != 0 {
			val, n = v, len(w)-i
		}
	}
	return val, n
}

// child returns the node that byte b leads to from node n, or -1.
func (s *suffixSet) child(n int32, b byte) int32 {
	for _, e := range s.nodes[n].edges {
		if e.b == b {
			return e.to
		}
	}
	return -1
}

// has reports whether w ends in one of the endings.
func (s *suffixSet) has(w string) bool {
	v, _ := s.longest(w, 0)
	return v != 0
}
