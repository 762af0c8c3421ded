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
// another game of a round-up: it joins the next match if it fits, else
// the nearest earlier one it fits, or none.
// A match keeps the score told nearest its trigger as its result, which
// tells games of a round-up apart when they merge. text is the article's.
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
			m.result = resultOf(text[m.Start:m.End], m.Trigger)
		case match >= 0 && fits(m, &out[match]):
			m.joins(&out[match])
		default:
			joined := false
			for j := i + 1; j < len(out); j++ {
				if out[j].Kind == KindMatch && out[j].Noun != "Tor" {
					if joined = fits(m, &out[j]); joined {
						m.joins(&out[j])
					}
					break
				}
			}
			for j := match - 1; j >= 0 && !joined; j-- {
				if out[j].Kind == KindMatch && out[j].Noun != "Tor" && fits(m, &out[j]) {
					m.joins(&out[j]) // the game told before the last, the last being another
					joined = true
				}
			}
		}
	}
}

// resultOf returns the score a match's sentence gives nearest its trigger
// ("Linz siegte, gegen Steyr stand es am Ende 3:1; Graz spielte 0:0"),
// fewer goals first, for either side's view of one game; zero for none.
func resultOf(sentence, trigger string) [2]uint8 {
	at := max(strings.Index(sentence, trigger), 0)
	var out [2]uint8
	best, prevEnd, sets := -1, -1, false
	scoresAt(sentence, func(pos, end, x, y int) {
		if prevEnd >= 0 && strings.Trim(sentence[prevEnd:pos], " ,;/()0123456789") == "" {
			sets = true // "6:4,3:6,7:6(3)": a match's sets, no one result
		}
		prevEnd = end
		if d := max(pos-at-len(trigger), at-end); (best < 0 || d < best) && max(x, y) < 256 {
			best, out = d, [2]uint8{uint8(min(x, y)), uint8(max(x, y))}
		}
	})
	if sets {
		return [2]uint8{}
	}
	return out
}

// scoresIn returns the scores a sentence gives ("1:3", "zum 2:0"), in
// order; not times of day ("20:15 Uhr").
func scoresIn(s string) [][2]int {
	var out [][2]int
	scoresAt(s, func(_, _, x, y int) { out = append(out, [2]int{x, y}) })
	return out
}

// scoresAt calls f with the byte offsets and the two numbers of each
// score of s, in order.
func scoresAt(s string, f func(pos, end, x, y int)) {
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
		f(a, e, x, y)
	}
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
