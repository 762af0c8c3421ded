package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"
	"time"

	"charm.land/log/v2"
	"github.com/spf13/cobra"

	"chronik/model"
	"chronik/tui/server"
)

// shutdownGrace bounds how long open sessions get to say goodbye after
// SIGINT or SIGTERM.
const shutdownGrace = 5 * time.Second

func newServeCommand(stderr io.Writer) *cobra.Command {
	var cfg server.Config
	cmd := &cobra.Command{
		Use:   "serve [PATH...]",
		Short: "Serve the explorer over SSH",
		Long: `Serve the explorer to any ssh client: ssh -p 23234 localhost opens it,
ssh -t -p 23234 localhost musk altman opens it filtered to those actors, and
without a terminal (ssh -p 23234 localhost musk) the text timeline is sent.
The commands events, articles and version answer as they do locally:
ssh -p 23234 localhost events --json --actor musk.

The corpus is loaded once and shared by every session. The host key is
created on first start and reused after. By default anyone may read; with
--authorized-keys only the listed keys get in.`,
		Args: cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			logger := log.NewWithOptions(stderr, log.Options{ReportTimestamp: true, Prefix: "chronik"})
			cfg.Logger = logger
			tl, err := loadTimeline(args, stderr)
			if err != nil {
				return err
			}
			cfg.Commands = sshCommands(tl)
			srv, err := server.New(cfg, tl)
			if err != nil {
				return err
			}
			// A session's live memory is mostly bubbletea's: two cell buffers
			// of 112 bytes a cell (1.1 MB at 120x40), ultraviolet's key table
			// (0.14 MB) and a dozen goroutines. With Go's default GOGC=100 the
			// heap grows to twice the live set between collections: 2.2 MB a
			// session at 300 readers. GOGC=5 keeps it near the live set, 1.5
			// MB a session, at the same p99 (about 20 ms at one key a
			// second). The price is CPU, since every cycle marks every cell
			// buffer: measured with sshload on two cores, 1.5x the server CPU
			// at 300 readers and one key a second; at ten keys a second the
			// most readers holding a 50 ms p99 go from about 180 to about
			// 130; in a resize storm (100 sessions, sshload -resize-storm) the
			// peak halves (0.9 against 1.6 GB) but the CPU triples and the
			// resize-to-frame p99 goes from 30 to about 120 ms. (A memory
			// limit scaled by --max-sessions would cost nothing below it, but
			// the live set of a session follows its window, 6.7 MB at
			// 300x100: readers with large windows would cross any limit tight
			// enough to matter, and the collector would then run without end.)
			// Set after loading, which allocates a lot and precedes any
			// session.
			const gcPercent = 5
			defer debug.SetGCPercent(debug.SetGCPercent(gcPercent))
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			done := make(chan error, 1)
			go func() { done <- srv.ListenAndServe() }()
			select {
			case err := <-done:
				return err
			case <-ctx.Done():
			}
			logger.Info("shutting down", "grace", shutdownGrace)
			sctx, cancel := context.WithTimeout(context.Background(), shutdownGrace)
			defer cancel()
			if err := srv.Shutdown(sctx); err != nil && !errors.Is(err, context.DeadlineExceeded) {
				return err
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&cfg.Listen, "listen", "127.0.0.1:23234", "`ADDRESS` to listen on")
	f.StringVar(&cfg.HostKeyPath, "host-key", "", "ed25519 host key `PATH`, created if missing; its directory must exist (default under the user's state directory, made if needed)")
	f.StringVar(&cfg.AuthorizedKeysPath, "authorized-keys", "", "only let in the keys listed in `PATH` (authorized_keys format)")
	f.IntVar(&cfg.MaxSessions, "max-sessions", server.DefaultMaxSessions, "most sessions at once; the next client is told the server is full")
	f.DurationVar(&cfg.IdleTimeout, "idle-timeout", server.DefaultIdleTimeout, "end a session after this long without input")
	f.StringVar(&cfg.Style, "style", "auto", "article style: auto, dark, light, ascii or notty")
	return cmd
}

// sshCommands are the commands a client may run over ssh: the local events
// and articles commands (and version), run against the timeline the
// server has loaded. They take no PATH: a client reads the server's
// articles, never its files.
func sshCommands(tl *model.Timeline) *server.Commands {
	build := func(stdout io.Writer) *cobra.Command {
		root := &cobra.Command{
			Use:           "ssh HOST",
			Short:         "Commands of a chronik server",
			SilenceUsage:  true,
			SilenceErrors: true,
		}
		root.CompletionOptions.DisableDefaultCmd = true
		loaded := func([]string) (*model.Timeline, error) { return tl, nil }
		for _, c := range []*cobra.Command{newEventsCommand(stdout, loaded), newArticlesCommand(stdout, loaded)} {
			c.Use = c.Name()
			c.Args = noPaths
			root.AddCommand(c)
		}
		root.AddCommand(newVersionCommand(stdout))
		return root
	}
	names := []string{"help"}
	for _, c := range build(io.Discard).Commands() {
		names = append(names, c.Name())
	}
	return &server.Commands{Names: names, Run: func(args []string, stdout, stderr io.Writer) error {
		root := build(stdout)
		root.SetOut(stdout)
		root.SetErr(stderr)
		root.SetArgs(args)
		return root.Execute()
	}}
}

// noPaths refuses PATH arguments over ssh.
func noPaths(cmd *cobra.Command, args []string) error {
	if len(args) > 0 {
		return fmt.Errorf("%s over ssh shows the server's articles and takes no PATH (got %q)", cmd.Name(), args[0])
	}
	return nil
}
