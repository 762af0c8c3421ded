package events

import "testing"

// TestGoalsOfMatches: a goal is a moment of the match the article tells,
// not a row of its own; an article that tells no match keeps it.
func TestGoalsOfMatches(t *testing.T) {
	tests := []struct {
		text     string
		rows     int
		mentions int
	}{
		{"Am Samstag schlug Bayern Leverkusen im Spiel mit 2:0 in München. Das erste Tor erzielte Lindner in der 59. Minute.", 1, 2},
		{"Das erste Tor erzielte Lindner in der 59. Minute. Am Samstag schlug Bayern Leverkusen im Spiel mit 2:0 in München.", 1, 2},
		{"Am Samstag traf Lindner für Bayern zweimal.", 1, 1},
	}
	for _, tt := range tests {
		events, _ := Merge(Extract(0, fx{text: tt.text, date: dec2024}.build(t), testActors), testActors)
		var matches, mentions int
		for _, e := range events {
			if e.Kind == string(KindMatch) {
				matches++
				mentions += len(e.Mentions)
			}
		}
		if matches != tt.rows || mentions != tt.mentions {
			t.Errorf("%q: %d match rows with %d mentions, want %d with %d: %v", tt.text, matches, mentions, tt.rows, tt.mentions, titles(events))
		}
	}
}
