// Command chronik turns a folder of German news articles into a timeline of
// dated events and lets you browse it: in the terminal, over SSH, or as
// text and JSON for other tools.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"
)

func main() {
	if err := newRootCommand(os.Stdin, os.Stdout, os.Stderr).Execute(); err != nil {
		// One line, whatever went wrong; errors already told are not repeated.
		var quiet silentError
		if !errors.As(err, &quiet) {
			fmt.Fprintln(os.Stderr, "chronik:", err)
		}
		os.Exit(1)
	}
}

// silentError is an error that has already been reported to the user.
type silentError struct{ error }

// newRootCommand builds the whole command tree; tests run it with their own
// standard streams.
func newRootCommand(stdin io.Reader, stdout, stderr io.Writer) *cobra.Command {
	var opts exploreOptions
	root := &cobra.Command{
		Use:   "chronik [PATH...]",
		Short: "A timeline explorer for German news",
		Long: `Chronik reads German news articles and turns them into a timeline of dated
events: who did what, when, with the articles' own sentences as evidence.

With no PATH it shows the articles built into the binary; otherwise every
.txt and .md file in the given files and folders. When standard output is a
terminal it opens the explorer; otherwise it prints the timeline as text.`,
		Args:          cobra.ArbitraryArgs,
		SilenceUsage:  true,
		SilenceErrors: true,
		Version:       currentVersion(),
		RunE: func(cmd *cobra.Command, args []string) error {
			return explore(cmd.Context(), args, opts, stdout, stderr)
		},
	}
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.SetVersionTemplate("{{.Version}}\n")
	root.Flags().StringArrayVarP(&opts.actors, "actor", "a", nil, "open the timeline filtered to events involving `NAME` (repeatable)")
	root.Flags().StringVar(&opts.style, "style", envOr("GLAMOUR_STYLE", "auto"), "article style: auto, dark, light, ascii or notty (env GLAMOUR_STYLE)")
	root.Flags().StringVar(&opts.debugLog, "debug-log", "", "write a debug log, including the time to the first frame, to `FILE`")
	root.AddCommand(
		newEventsCommand(stdout, fromFiles(stderr)),
		newArticlesCommand(stdout, fromFiles(stderr)),
		newAnnotateCommand(stdin, stdout),
		newServeCommand(stderr),
		newVersionCommand(stdout),
	)
	return root
}

func envOr(name, fallback string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return fallback
}
