package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/creack/pty"
)

// BenchmarkFirstFrame measures what a user waits for: from starting the
// chronik binary on a 120x40 terminal to the first frame of the explorer
// on the embedded corpus arriving at the terminal. The terminal never
// answers the program's queries, so a start-up that waited for them would
// show here. It reports the median and the slowest of the runs.
func BenchmarkFirstFrame(b *testing.B) {
	bin := filepath.Join(b.TempDir(), "chronik")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		b.Fatalf("build: %v\n%s", err, out)
	}
	var times []time.Duration
	for b.Loop() {
		times = append(times, firstFrame(b, bin))
	}
	slices.Sort(times)
	b.ReportMetric(float64(times[len(times)/2].Microseconds())/1000, "ms-median")
	b.ReportMetric(float64(times[len(times)-1].Microseconds())/1000, "ms-max")
}

func firstFrame(b *testing.B, bin string) time.Duration {
	cmd := exec.Command(bin)
	cmd.Env = append(os.Environ(), "TERM=xterm-256color")
	start := time.Now()
	tty, err := pty.StartWithSize(cmd, &pty.Winsize{Cols: 120, Rows: 40})
	if err != nil {
		b.Fatal(err)
	}
	defer func() {
		cmd.Process.Kill()
		cmd.Wait()
		tty.Close()
	}()
	// The status line is drawn last in a frame, and only in a full one.
	marker := []byte("events")
	var seen []byte
	buf := make([]byte, 64<<10)
	tty.SetReadDeadline(time.Now().Add(10 * time.Second))
	for {
		n, err := tty.Read(buf)
		seen = append(seen, buf[:n]...)
		if bytes.Contains(seen, marker) {
			return time.Since(start)
		}
		if err != nil {
			b.Fatalf("no first frame: %v; got %q", err, seen)
		}
	}
}
