package main

import (
	"io"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"charm.land/log/v2"

	"chronik/internal/sshtest"
	"chronik/tui/server"
)

// startSSH serves the default corpus with the commands chronik serve
// offers, on 127.0.0.1:0.
func startSSH(t *testing.T) string {
	t.Helper()
	tl, err := loadTimeline(nil, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	srv, err := server.New(server.Config{
		HostKeyPath: filepath.Join(t.TempDir(), "host_ed25519"),
		Logger:      log.New(io.Discard),
		Commands:    sshCommands(tl),
	}, tl)
	if err != nil {
		t.Fatal(err)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go func() { _ = srv.Serve(l) }()
	t.Cleanup(func() { _ = srv.Shutdown(t.Context()) })
	return l.Addr().String()
}

// sshRun runs cmd over ssh without a terminal, as `ssh host cmd` does, and
// returns stdout, stderr and the exit status.
func sshRun(t *testing.T, addr, cmd string) (string, string, int) {
	t.Helper()
	c, err := sshtest.Dial(addr)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	out, errOut, st, err := sshtest.Run(c, cmd)
	if err != nil {
		t.Fatalf("%s: %v", cmd, err)
	}
	return out, errOut, st
}

func TestSSHCommandsAnswerLikeTheLocalOnes(t *testing.T) {
	addr := startSSH(t)
	for _, args := range [][]string{
		{"events"},
		{"events", "--json"},
		{"events", "--actor", "musk"},
		{"events", "--json", "--actor", "musk", "--actor", "donald trump", "--from", "2024-12"},
		{"events", "--from", "2025-01", "--to", "2025-01-31"},
		{"articles"},
		{"articles", "--json"},
		{"version"},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			want, _, err := run(t, "", args...)
			if err != nil {
				t.Fatal(err)
			}
			got, errOut, st := sshRun(t, addr, shellQuote(args))
			if got != want || errOut != "" || st != 0 {
				t.Errorf("status %d, stderr %q, stdout:\n%.400s\nwant:\n%.400s", st, errOut, got, want)
			}
		})
	}
}

func TestSSHCommandErrors(t *testing.T) {
	addr := startSSH(t)
	for _, tt := range []struct{ cmd, want string }{
		{"events /etc", `events over ssh shows the server's articles and takes no PATH`},
		{"articles " + os.DevNull, "takes no PATH"},
		{"events --actor nobody", `no actor named "nobody"`},
		{"events --from 2025-13", `--from "2025-13": want YYYY, YYYY-MM or YYYY-MM-DD`},
		{"events --bogus", "unknown flag: --bogus"},
		{"events --actor '\x1b[2J'", `no actor named`},
	} {
		t.Run(tt.cmd, func(t *testing.T) {
			out, errOut, st := sshRun(t, addr, tt.cmd)
			if st != 1 || out != "" || !strings.HasPrefix(errOut, "chronik: ") || !strings.Contains(errOut, tt.want) ||
				strings.Count(errOut, "\n") != 1 || strings.ContainsRune(errOut, '\x1b') {
				t.Errorf("status %d, stdout %q, stderr %q; want one line with %q", st, out, errOut, tt.want)
			}
		})
	}
	// Help lists the commands.
	if out, _, st := sshRun(t, addr, "help"); st != 0 || !strings.Contains(out, "events") || !strings.Contains(out, "articles") {
		t.Errorf("help: status %d\n%s", st, out)
	}
}

// shellQuote joins args into a command line that splits back into them.
func shellQuote(args []string) string {
	q := make([]string, len(args))
	for i, a := range args {
		q[i] = "'" + strings.ReplaceAll(a, "'", `'\''`) + "'"
	}
	return strings.Join(q, " ")
}
