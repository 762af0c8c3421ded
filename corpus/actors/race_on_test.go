//go:build race

package actors

// raceEnabled: the race detector slows Find tenfold, so the huge-article
// test reads less.
const raceEnabled = true
