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
		// a score the match's result cannot hold is of another game
		{"Am Samstag schlug Bayern Leverkusen im Spiel mit 2:0 in München. Das Tor zum 4:0 erzielte Lindner in Köln.", 2, 2},
		// a score in the noun tells a match: "5:4-Sieg"
		{"Am Samstag feierte Bayern einen 5:4-Sieg über Leverkusen in München.", 1, 1},
		// a goal that does not fit the last match told joins the one before it fits
		{"Am Samstag schlug Bayern Leverkusen im Spiel mit 4:1 in München. Am Freitag hatte Leverkusen 0:1 gegen Volkswagen verloren. Das Tor zum 3:0 erzielte Lindner.", 2, 3},
		// a definite game with another score is another game, not the one told
		{"Am Samstag schlug Bayern Leverkusen im Spiel mit 4:1 in München. Bayern hatte sich von der 1:2-Niederlage am Dienstag erholt.", 2, 2},
		{"Am Samstag schlug Bayern Leverkusen im Spiel mit 2:1 in München. Nach dem 2:1-Sieg feierte Bayern in München.", 1, 2},
		// the same score told again with the sides named otherwise: the same game
		{"Bayern schlug Leverkusen 3:0.\n\nDer Trainer war zufrieden. Das Wetter war schlecht.\n\nDie Münchner feierten mit Lindner einen 3:0-Sieg.", 1, 2},
		// a match's sets are no result of their own
		{"Am Samstag besiegte Lindner im Finale Scholz mit 6:4,3:6,7:5 in Wien. Lindner hatte im Finale Scholz mit 7:5 im Schlusssatz besiegt.", 1, 2},
	}
	sat := map[string]tx{"Am Samstag": {"2024-12-21", dayIv(2024, 12, 21), ""}}
	for _, tt := range tests {
		events, _ := Merge(Extract(0, fx{text: tt.text, date: dec2024, timex: sat}.build(t), testActors), testActors)
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

func TestResultOf(t *testing.T) {
	for _, tt := range []struct {
		sentence, trigger string
		want              [2]uint8
	}{
		{"Bayern siegte am Samstag 3:1 in Köln.", "siegte", [2]uint8{1, 3}},
		{"Bayern verlor 1:3, Leverkusen gewann in Köln 2:0.", "gewann", [2]uint8{0, 2}},
		{"Lindner besiegte Scholz 6:4,3:6,7:6(3).", "besiegte", [2]uint8{}},
		{"Das Spiel begann um 20:15 Uhr.", "Spiel", [2]uint8{}},
	} {
		if got := resultOf(tt.sentence, tt.trigger); got != tt.want {
			t.Errorf("%q: %v, want %v", tt.sentence, got, tt.want)
		}
	}
}

func TestScoresFit(t *testing.T) {
	for _, tt := range []struct {
		goal, result string
		want         bool
	}{
		{"stellte auf 5:0", "musste sich 1:3 geschlagen geben", false},
		{"das 2:0 kurz vor der Pause", "gewann mit 3:1 (2:0)", true},
		{"Nach dem 3:0 ließ man noch zwei Tore zu, beim 3:2", "Nach dem 3:0 in der 58. Minute war alles klar", true},
		{"traf zum 1:0", "Das Spiel begann um 20:15 Uhr", true},
		{"traf zum 1:0", "", true},
	} {
		if got := scoresFit(scoresIn(tt.goal), scoresIn(tt.result)); got != tt.want {
			t.Errorf("goal %q in %q: %v, want %v", tt.goal, tt.result, got, tt.want)
		}
	}
}
