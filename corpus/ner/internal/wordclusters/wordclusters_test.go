package wordclusters

import (
	"slices"
	"strings"
	"testing"
)

// Words written in the same contexts share a cluster; words of other
// contexts do not; and the same seed gives the same clusters.
func TestClustersFollowContexts(t *testing.T) {
	var sents [][]string
	for _, name := range []string{"Weber", "Özdemir", "Klein"} {
		for range 3 {
			sents = append(sents, strings.Fields("dann sagte Herr "+name+" gestern ."))
		}
	}
	for _, noun := range []string{"Miete", "Inflation", "Zahl"} {
		for range 3 {
			sents = append(sents, strings.Fields("im Mai stieg die "+noun+" deutlich ."))
		}
	}
	vocab, vecs := contextVectors(sents, 2, 20)
	at := map[string]int{}
	for i, w := range vocab {
		at[w] = i
	}
	assign := kmeans(vecs, 6, 20, 1)
	tests := []struct {
		a, b string
		same bool
	}{
		{"Weber", "Özdemir", true},
		{"Weber", "Klein", true},
		{"Miete", "Zahl", true},
		{"Inflation", "Miete", true},
		{"Weber", "Miete", false},
		{"Klein", "Zahl", false},
	}
	for _, tc := range tests {
		a, aok := at[tc.a]
		b, bok := at[tc.b]
		if !aok || !bok {
			t.Fatalf("%q or %q not clustered: %v", tc.a, tc.b, vocab)
		}
		if got := assign[a] == assign[b]; got != tc.same {
			t.Errorf("%s and %s in one cluster: %v, want %v", tc.a, tc.b, got, tc.same)
		}
	}
	if again := kmeans(vecs, 6, 20, 1); !slices.Equal(again, assign) {
		t.Errorf("the same seed gave %v, then %v", assign, again)
	}
}
