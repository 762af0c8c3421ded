//go:build race

package ner

// raceEnabled: under the race detector allocation counts are not the
// program's (it instruments maps and drops pooled values at random).
const raceEnabled = true
