package events

import (
	"strconv"
	"strings"
)

// goalsOfMatches makes each goal an article tells a mention of the match
// it was scored in: the match told last before it, else the first told
// after it ("Hannover unterlag Köln 0:1. Das Tor erzielte Didavi"). A goal
// is a moment of a match, not a happening of its own; only an article
// that tells no match keeps its goals as rows. A goal whose score the
// match's result cannot hold ("stellte auf 5:0" after a 1:3) is of
// another game of a round-up: it joins a later match it fits, or none.
// text is the article's.
func goalsOfMatches(out []Mention, text string) {
	match := -1
	fits := func(goal, match *Mention) bool {
		return scoresFit(scoresIn(text[goal.Start:goal.End]), scoresIn(text[match.Start:match.End]))
	}
	for i := range out {
		switch m := &out[i]; {
		case m.Kind != KindMatch:
		case m.Noun != "Tor":
			match = i
		case match >= 0 && fits(m, &out[match]):
			m.joins(&out[match])
		default:
			for j := i + 1; j < len(out); j++ {
				if out[j].Kind == KindMatch && out[j].Noun != "Tor" {
					if fits(m, &out[j]) {
						m.joins(&out[j])
					}
					break
				}
			}
		}
	}
}

// scoresIn returns the scores a sentence gives ("1:3", "zum 2:0"), in
// order; not times of day ("20:15 Uhr").
func scoresIn(s string) [][2]int {
	var out [][2]int
	for i := 0; i < len(s); i++ {
		if s[i] != ':' || i == 0 || i+1 >= len(s) || !isDigit(s[i-1]) || !isDigit(s[i+1]) {
			continue
		}
		a, b := i-1, i+1
		for a > 0 && isDigit(s[a-1]) {
			a--
		}
		e := b
		for e < len(s) && isDigit(s[e]) {
			e++
		}
		if i-a > 2 || e-b > 2 || strings.HasPrefix(strings.TrimLeft(s[e:], " "), "Uhr") {
			continue
		}
		x, _ := strconv.Atoi(s[a:i])
		y, _ := strconv.Atoi(s[b:e])
		out = append(out, [2]int{x, y})
	}
	return out
}

// scoresFit reports whether every score of a goal's sentence can have
// stood in a match whose sentence gives the scores result: no side with
// more goals than the most any of the match's scores gives a side. (The
// fewer goals of the other side are no bound: a sentence may tell a score
// on the way rather than the result, "Nach dem 3:0 … ließ noch zwei Tore
// zu".) Without a score on either side any goal fits.
func scoresFit(goal, result [][2]int) bool {
	if len(goal) == 0 || len(result) == 0 {
		return true
	}
	hi := 0
	for _, r := range result {
		hi = max(hi, r[0], r[1])
	}
	for _, g := range goal {
		if max(g[0], g[1]) > hi {
			return false
		}
	}
	return true
}
