package main

import (
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
	"strings"

	"github.com/spf13/cobra"
)

// buildVersion describes this build from what the Go toolchain stamped into
// it: the main module's version (since Go 1.24 derived from the VCS tag or
// commit when built inside a checkout) and the commit, its time and
// whether the tree had local changes. Nothing is kept by hand, so the
// answer cannot go stale.
func buildVersion(info *debug.BuildInfo, ok bool) string {
	version := "unknown"
	if ok && info.Main.Version != "" {
		version = info.Main.Version
	}
	line := "chronik " + version
	if ok {
		var rev, when string
		var modified bool
		for _, s := range info.Settings {
			switch s.Key {
			case "vcs.revision":
				rev = s.Value
			case "vcs.time":
				when = s.Value
			case "vcs.modified":
				modified = s.Value == "true"
			}
		}
		var vcs []string
		if rev != "" {
			vcs = append(vcs, "commit "+rev[:min(12, len(rev))])
		}
		if when != "" {
			vcs = append(vcs, when)
		}
		if modified {
			vcs = append(vcs, "with local changes")
		}
		if len(vcs) > 0 {
			line += " (" + strings.Join(vcs, ", ") + ")"
		}
	}
	return fmt.Sprintf("%s\n%s %s/%s", line, runtime.Version(), runtime.GOOS, runtime.GOARCH)
}

func currentVersion() string { return buildVersion(debug.ReadBuildInfo()) }

func newVersionCommand(stdout io.Writer) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version of chronik and of Go it was built with",
		Args:  cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			_, err := fmt.Fprintln(stdout, currentVersion())
			return err
		},
	}
}
