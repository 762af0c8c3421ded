package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"chronik/corpus"
	"chronik/corpus/ingest"
	"chronik/model"
)

// errNothingUsable ends a command whose inputs held no readable article;
// the reasons have been printed already.
var errNothingUsable = silentError{errors.New("no usable article")}

// loadTimeline reads the embedded corpus (no paths) or the given files and
// folders. Every file that cannot be read is reported on stderr, one line
// each, and the rest still loads; only an empty result is an error.
func loadTimeline(paths []string, stderr io.Writer) (*model.Timeline, error) {
	var (
		tl   *model.Timeline
		errs []error
	)
	if len(paths) == 0 {
		tl, errs = corpus.LoadDefault()
	} else {
		tl, errs = corpus.Load(paths)
	}
	for _, err := range errs {
		fmt.Fprintf(stderr, "chronik: %v\n", err)
	}
	if tl != nil {
		tl.Skipped = append(skippedFiles(errs), reportFaults(tl, stderr)...)
	}
	if tl == nil || len(tl.Articles) == 0 {
		if len(errs) == 0 {
			fmt.Fprintf(stderr, "chronik: no .txt or .md articles in %s\n", strings.Join(paths, ", "))
		}
		return nil, errNothingUsable
	}
	return tl, nil
}

// reportFaults says on stderr which articles a stage of the pipeline
// failed on (a bug, model.Fault) and what they lost, and returns them as
// skipped files, whose list the explorer shows.
func reportFaults(tl *model.Timeline, stderr io.Writer) []model.SkippedFile {
	var out []model.SkippedFile
	for _, f := range tl.Faults {
		path := tl.Articles[f.Article].Path
		reason := fmt.Sprintf("%s left out (%s)", faultLoss(f.Stage), f.Reason)
		fmt.Fprintf(stderr, "chronik: %s: %s\n", path, reason)
		out = append(out, model.SkippedFile{Path: path, Reason: reason})
	}
	return out
}

// faultLoss says what a fault of a stage cost its article.
func faultLoss(stage string) string {
	if stage == "events" {
		return "its events"
	}
	return "its dates, actors and events"
}

// lookupActors turns actor names into actor indices; an unknown name is an
// error that names it.
func lookupActors(tl *model.Timeline, names []string) ([]int, error) {
	ids := make([]int, 0, len(names))
	for _, n := range names {
		id, ok := tl.LookupActor(n)
		if !ok {
			return nil, fmt.Errorf("no actor named %q (chronik events --json lists them)", n)
		}
		ids = append(ids, id)
	}
	return ids, nil
}

// skippedFiles turns the loader's errors into the list the explorer shows:
// stderr is hidden behind a full-screen program.
func skippedFiles(errs []error) []model.SkippedFile {
	out := make([]model.SkippedFile, 0, len(errs))
	for _, err := range errs {
		var fe *ingest.FileError
		if errors.As(err, &fe) {
			out = append(out, model.SkippedFile{Path: fe.Path, Reason: fe.Reason})
		} else {
			out = append(out, model.SkippedFile{Reason: err.Error()})
		}
	}
	return out
}

// A timelineLoader gives a command the timeline of its PATH arguments: read
// from files for the local commands, the already loaded one over ssh.
type timelineLoader func(paths []string) (*model.Timeline, error)

// fromFiles loads the paths with loadTimeline, reporting on stderr.
func fromFiles(stderr io.Writer) timelineLoader {
	return func(paths []string) (*model.Timeline, error) { return loadTimeline(paths, stderr) }
}
