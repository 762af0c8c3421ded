package events

// goalsOfMatches makes each goal an article tells a mention of the match
// it was scored in: the match told last before it, else the first told
// after it ("Hannover unterlag Köln 0:1. Das Tor erzielte Didavi"). A goal
// is a moment of a match, not a happening of its own; only an article
// that tells no match keeps its goals as rows.
func goalsOfMatches(out []Mention) {
	match := -1
	for i := range out {
		switch m := &out[i]; {
		case m.Kind != KindMatch:
		case m.Noun != "Tor":
			match = i
		case match >= 0:
			m.joins(&out[match])
		default:
			for j := i + 1; j < len(out); j++ {
				if out[j].Kind == KindMatch && out[j].Noun != "Tor" {
					m.joins(&out[j])
					break
				}
			}
		}
	}
}
