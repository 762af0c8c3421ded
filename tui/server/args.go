package server

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/anmitsu/go-shlex"

	"chronik/model"
)

// maxArgs bounds the words a client may send; the matching below is
// quadratic in them.
const maxArgs = 32

// splitArgs splits an ssh command line into words the way a POSIX shell
// would (charm's Session.Command does the same but drops the error, which
// would turn `ssh host "elon` into a search for elon).
func splitArgs(raw string) ([]string, error) {
	words, err := shlex.Split(raw, true)
	if err != nil {
		return nil, fmt.Errorf("cannot read the arguments %q: %v", cleanField(raw), err)
	}
	if len(words) > maxArgs {
		return nil, fmt.Errorf("too many arguments (%d); give at most %d words", len(words), maxArgs)
	}
	return words, nil
}

// resolveActors reads the words of an ssh command line as actor names and
// returns the actors, in the order named, without repeats.
//
// ssh joins its arguments with spaces before sending them, so
// `ssh host elon musk` arrives as two words whether the user meant one
// actor or two. At each position the longest run of words that names an
// actor (by name or alias, ignoring case) wins: "elon musk" resolves to
// one actor, "musk altman" to two.
func resolveActors(tl *model.Timeline, words []string) ([]int, error) {
	var actors []int
	for i := 0; i < len(words); {
		if strings.HasPrefix(words[i], "-") {
			return nil, fmt.Errorf("options go with a command (%q), e.g. ssh host events --json; to open the explorer filtered, give actor names, e.g. ssh -t host %s", cleanField(words[i]), example(tl, " "))
		}
		found := false
		for j := len(words); j > i; j-- {
			if a, ok := tl.LookupActor(strings.Join(words[i:j], " ")); ok {
				if !slices.Contains(actors, a) {
					actors = append(actors, a)
				}
				i, found = j, true
				break
			}
		}
		if !found {
			return nil, unknownActor(tl, words[i])
		}
	}
	return actors, nil
}

// unknownActor explains, in one line, that a word names no actor, and
// offers the best-known actors of this corpus as examples.
func unknownActor(tl *model.Timeline, word string) error {
	msg := fmt.Sprintf("unknown actor %q", cleanField(word))
	if ex := example(tl, ", "); ex != "" {
		msg += "; try for example: " + ex
	}
	return errors.New(msg)
}

// example lists up to three of the most mentioned actors, the way a user
// would type them.
func example(tl *model.Timeline, sep string) string {
	idx := make([]int, len(tl.Actors))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(tl.Actors[b].Mentions, tl.Actors[a].Mentions) })
	var names []string
	for _, i := range idx[:min(3, len(idx))] {
		names = append(names, shortName(tl, i))
	}
	return strings.Join(names, sep)
}

// shortName is the shortest one-word name that finds actor a again
// (usually the surname), else its full name: multi-word names need no
// quoting, resolveActors matches runs of words.
func shortName(tl *model.Timeline, a int) string {
	best := tl.Actors[a].Name
	for _, n := range tl.Actors[a].Aliases {
		oneWord := !strings.ContainsAny(n, " \t")
		better := oneWord && (strings.ContainsAny(best, " \t") || len(n) < len(best))
		if got, ok := tl.LookupActor(n); better && ok && got == a {
			best = n
		}
	}
	return strings.ToLower(cleanField(best))
}
