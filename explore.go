package main

import (
	"context"
	"io"
	"os"
	"time"

	"charm.land/log/v2"
	"github.com/charmbracelet/x/term"

	"chronik/tui"
	"chronik/tui/plain"
)

// processStart is as close to the start of the process as Go code runs
// (package variables initialise before init functions and main), so the
// debug log's "first frame" figure counts start-up work too.
var processStart = time.Now()

type exploreOptions struct {
	actors   []string
	style    string
	debugLog string
}

// explore opens the explorer when stdout is a terminal and prints the
// timeline as text otherwise, so `chronik | less` and scripts work.
func explore(ctx context.Context, paths []string, opts exploreOptions, stdout, stderr io.Writer) error {
	tl, err := loadTimeline(paths, stderr)
	if err != nil {
		return err
	}
	if f, ok := stdout.(*os.File); !ok || !term.IsTerminal(f.Fd()) {
		ids, err := lookupActors(tl, opts.actors)
		if err != nil {
			return err
		}
		return plain.Write(stdout, tl, tl.EventsWithAll(ids))
	}
	logger := log.New(io.Discard)
	if opts.debugLog != "" {
		f, err := os.OpenFile(opts.debugLog, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600)
		if err != nil {
			return err
		}
		defer f.Close()
		logger = log.NewWithOptions(f, log.Options{Level: log.DebugLevel, ReportTimestamp: true})
	}
	return tui.Run(ctx, tl, tui.Options{
		Actors: opts.actors,
		Style:  opts.style,
		Logger: logger,
		OnFirstFrame: func() {
			logger.Debug("first frame", "since_process_start", time.Since(processStart))
		},
	})
}
