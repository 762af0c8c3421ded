package actors

import (
	"math/rand/v2"
	"slices"
	"testing"

	"chronik/model"
)

// TestMentionSorter checks that the sorter leaves mentions in the order
// slices.SortFunc gives them by compareMentions, with positions that
// repeat or not, and with numbers too large for byPosition's keys.
func TestMentionSorter(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	names := []string{"", "A", "B", "Trump"}
	var s mentionSorter
	for round := range 2000 {
		n := r.IntN(80)
		span := 1 + r.IntN(400) // small spans repeat positions
		ms := make([]Mention, n)
		for i := range ms {
			start := r.IntN(span)
			if round%7 == 0 {
				start += 1 << posBits
			}
			ms[i] = Mention{Start: start, End: start + r.IntN(3), Name: names[r.IntN(len(names))], Kind: []model.ActorKind{model.Person, model.Organization, ""}[r.IntN(3)], Role: string(rune('a' + i%26))}
		}
		want := slices.Clone(ms)
		slices.SortFunc(want, func(a, b Mention) int { return compareMentions(&a, &b) })
		s.sort(ms)
		if !slices.Equal(ms, want) {
			t.Fatalf("round %d: sorted\n%v\nwant\n%v", round, ms, want)
		}
	}
}
