package server

import (
	"bytes"
	"context"
	"net"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	gossh "golang.org/x/crypto/ssh"

	"chronik/internal/sshtest"
)

// The leak tests measure the whole process, so they do not run in
// parallel with anything (no t.Parallel), and each starts from a settled
// heap.

// Margins for "back where it started": a flooding session that leaks keeps
// its program, two cell buffers of 120x40 and a dozen goroutines, about
// 1 MB and 15 goroutines; a few stragglers of the Go runtime and the ssh
// library are allowed.
const (
	leakGoroutineSlack = 8
	leakHeapSlack      = 3 << 20
)

// leakWait bounds every wait of the leak tests (a first frame, a session's
// end, memory to return): a session ends within milliseconds of its
// client, but under the race detector on a busy machine its renderer can
// take seconds to finish the frame it was drawing.
const leakWait = 30 * time.Second

// floodAndVanish opens a 120x40 session, waits for the first frame (a
// session that ends before it is an error), writes keys as fast as the
// connection takes them for flood, then calls vanish (which ends the
// session somehow) and finally cuts the TCP connection with a reset.
// opened, if not nil, is told when the first frame came.
func floodAndVanish(t testing.TB, addr string, flood time.Duration, vanish func(*flooder), opened func()) {
	t.Helper()
	raw, err := net.Dial("tcp", addr)
	if err != nil {
		t.Error(err)
		return
	}
	defer func() {
		if tcp, ok := raw.(*net.TCPConn); ok {
			_ = tcp.SetLinger(0) // a reset, not a polite close
		}
		_ = raw.Close()
	}()
	conn, chans, reqs, err := gossh.NewClientConn(raw, addr, &gossh.ClientConfig{
		User: "flooder", Auth: []gossh.AuthMethod{gossh.PublicKeys(newKey(t))},
		HostKeyCallback: gossh.InsecureIgnoreHostKey(), //nolint:gosec // test
		Timeout:         5 * time.Second,
	})
	if err != nil {
		t.Error(err)
		return
	}
	c := gossh.NewClient(conn, chans, reqs)
	sess, err := c.NewSession()
	if err != nil {
		t.Error(err)
		return
	}
	f := &flooder{sess: sess, stderr: &syncBuffer{}, wrote: make(chan struct{})}
	sess.Stderr = f.stderr
	out, err := sess.StdoutPipe()
	if err != nil {
		t.Error(err)
		return
	}
	in, err := sess.StdinPipe()
	if err != nil {
		t.Error(err)
		return
	}
	firstFrame, outEnded := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(outEnded)
		buf := make([]byte, 32<<10)
		for first := true; ; {
			n, err := out.Read(buf)
			if n > 0 && first {
				first = false
				close(firstFrame)
			}
			if err != nil {
				return
			}
		}
	}()
	if err := sess.RequestPty("xterm-256color", 40, 120, gossh.TerminalModes{}); err != nil {
		t.Error(err)
		return
	}
	if err := sess.Shell(); err != nil {
		t.Error(err)
		return
	}
	select {
	case <-firstFrame:
	case <-outEnded:
		t.Errorf("the session ended before its first frame; stderr %q", f.stderr.String())
		return
	case <-time.After(leakWait):
		t.Errorf("no first frame within %s", leakWait)
		return
	}
	if opened != nil {
		opened()
	}
	keys := bytes.Repeat([]byte("jk"), 2048)
	stop := time.Now().Add(flood)
	go func() {
		defer close(f.wrote)
		for time.Now().Before(stop) {
			if _, err := in.Write(keys); err != nil {
				return
			}
		}
	}()
	time.Sleep(flood)
	if vanish != nil {
		vanish(f)
	}
	_ = raw.Close()
	<-f.wrote
}

// flooder is a flooding client's session, as vanish gets it.
type flooder struct {
	sess   *gossh.Session
	stderr *syncBuffer
	// wrote is closed once the flood's last write has returned. A write
	// can wait for the server's window until the session ends, and
	// Session.Wait must not run alongside it: it closes stdin, which
	// races with a write in progress.
	wrote chan struct{}
}

// waitEnd waits up to leakWait for the server to end the session and
// returns its exit status: -1 when the session ended without one, as it
// does when the server had to close the connection (forceGrace). ok is
// false if it did not end.
func (f *flooder) waitEnd(t *testing.T) (status int, ok bool) {
	t.Helper()
	ended := make(chan error, 1)
	go func() {
		<-f.wrote
		ended <- f.sess.Wait()
	}()
	select {
	case err := <-ended:
		st, err := sshtest.ExitStatus(err)
		if err != nil {
			t.Error(err)
			return 0, false
		}
		return st, true
	case <-time.After(leakWait):
		t.Errorf("the server did not end the session within %s; stderr %q", leakWait, f.stderr.String())
		return 0, false
	}
}

// usage is the process's goroutines and live heap after a full collection.
func usage() (goroutines int, heap uint64) {
	runtime.GC()
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return runtime.NumGoroutine(), ms.HeapAlloc
}

// settledUsage waits until the goroutine count holds still for half a
// second (a flood leaves short timers of the explorer behind for a moment)
// and returns the usage then.
func settledUsage() (int, uint64) {
	g, h := usage()
	for range 40 {
		time.Sleep(500 * time.Millisecond)
		g2, h2 := usage()
		if g2 == g {
			return g2, h2
		}
		g, h = g2, h2
	}
	return g, h
}

// expectBack waits up to 30 s (the race detector on a busy machine is
// slow to draw what a flood asked for) for goroutines and live heap to return to
// within the margins of where they were, and fails the test if they do
// not.
func expectBack(t *testing.T, what string, baseG int, baseHeap uint64) {
	t.Helper()
	deadline := time.Now().Add(leakWait)
	for {
		g, heap := usage()
		if g <= baseG+leakGoroutineSlack && heap <= baseHeap+leakHeapSlack {
			t.Logf("%s: goroutines %d -> %d, live heap %.1f -> %.1f MB", what, baseG, g, mb(baseHeap), mb(heap))
			return
		}
		if time.Now().After(deadline) {
			buf := make([]byte, 1<<20)
			n := runtime.Stack(buf, true)
			t.Fatalf("%s: goroutines %d -> %d, live heap %.1f -> %.1f MB; goroutines:\n%s",
				what, baseG, g, mb(baseHeap), mb(heap), buf[:n])
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func mb(b uint64) float64 { return float64(b) / (1 << 20) }

// waitNoSessions waits until the server's books are empty. A flood must
// not make anything panic on the way.
func (ts *testServer) waitNoSessions(t testing.TB) {
	t.Helper()
	defer func() {
		// The panic's own line, value and stack, here: the whole server
		// log, which the test prints too, can run to thousands of lines.
		for _, line := range strings.Split(ts.logs.String(), "\n") {
			if strings.Contains(line, "msg=panic") {
				t.Errorf("a session panicked: %s", line)
			}
		}
	}()
	deadline := time.Now().Add(leakWait)
	for {
		ts.mu.Lock()
		n := len(ts.sessions)
		ts.mu.Unlock()
		if n == 0 {
			return
		}
		if time.Now().After(deadline) {
			buf := make([]byte, 1<<20)
			t.Fatalf("%d sessions still open; goroutines:\n%s", n, buf[:runtime.Stack(buf, true)])
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// waitDisconnects waits until the server has logged n disconnects and
// returns those lines. The line is written after the session has left the
// server's books, and after its client was told the exit status.
func (ts *testServer) waitDisconnects(t testing.TB, n int) []string {
	t.Helper()
	deadline := time.Now().Add(leakWait)
	for {
		var lines []string
		for _, line := range strings.Split(ts.logs.String(), "\n") {
			if strings.Contains(line, "msg=disconnect") {
				lines = append(lines, line)
			}
		}
		if len(lines) >= n {
			return lines
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d sessions logged their end, want %d", len(lines), n)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// floodRounds runs rounds of parallel flooding sessions.
func floodRounds(t *testing.T, addr string, rounds, parallel int, flood time.Duration, vanish func(*flooder)) {
	t.Helper()
	for range rounds {
		var wg sync.WaitGroup
		for range parallel {
			wg.Go(func() { floodAndVanish(t, addr, flood, vanish, nil) })
		}
		wg.Wait()
	}
}

func TestFloodingClientsThatVanishLeaveNothing(t *testing.T) {
	ts := startExplorer(t, Config{})
	// A round to warm up: the shared article cache fills at this width,
	// and the runtime keeps the goroutine records of the busiest moment.
	floodRounds(t, ts.addr, 1, 5, 30*time.Millisecond, nil)
	ts.waitNoSessions(t)
	baseG, baseHeap := settledUsage()

	floodRounds(t, ts.addr, 6, 5, 30*time.Millisecond, nil)
	ts.waitNoSessions(t)
	expectBack(t, "30 sessions that flooded keys and vanished", baseG, baseHeap)
}

func TestFloodingClientsEndedByIdleTimeoutLeaveNothing(t *testing.T) {
	// Long enough that a session under load has drawn its first frame and
	// read the flood before it could count as idle; it is what every round
	// waits.
	const idle = 500 * time.Millisecond
	ts := startWrapping(t, Config{IdleTimeout: idle}, func(m tea.Model) tea.Model {
		// Idleness is measured on what the server reads of the input,
		// and it reads only as fast as the program takes keys. With one
		// chunk (inputChunk) of keys taking the program four idle
		// timeouts, every session goes idle soon after its flood, with
		// the program's reader holding keys: the moment a program used
		// to leak at. At the explorer's own speed that happened only on
		// a slow machine; on a fast one the program has long handed
		// over its keys by then (the input budget gives it a burst of
		// 4 KB, then a chunk every half second; before the budget it
		// worked through the whole flood, the 2 MB channel window,
		// while its reads kept the session alive).
		return slowKeys{m, 4 * idle / inputChunk}
	})
	// Each client floods, then falls silent with its connection open
	// until the server ends the session, and only then vanishes.
	endedIdle := func(f *flooder) {
		st, ok := f.waitEnd(t)
		// Without an exit status the server closed the connection because
		// the program took more than forceGrace to end (an overloaded
		// machine); the log says why.
		if ok && st != -1 && (st != 0 || !strings.Contains(f.stderr.String(), "chronik: no input for")) {
			t.Errorf("session ended with status %d, stderr %q; want the idle timeout's goodbye", st, f.stderr.String())
		}
	}
	// Every round starts on a server done with the last one: programs
	// still drawing on a loaded machine would slow the next round's first
	// frames past the idle timeout.
	rounds := func(n int) {
		for range n {
			floodRounds(t, ts.addr, 1, 5, 30*time.Millisecond, endedIdle)
			ts.waitNoSessions(t)
		}
	}
	rounds(1)
	baseG, baseHeap := settledUsage()

	rounds(4)
	for _, line := range ts.waitDisconnects(t, 25) {
		if !strings.Contains(line, "reason=idle") {
			t.Errorf("a session did not end for idleness: %s", line)
		}
	}
	expectBack(t, "20 sessions ended by the idle timeout", baseG, baseHeap)
}

// slowKeys is a model that takes delay over every key before passing it
// on, as a program does that cannot keep up with its client.
type slowKeys struct {
	tea.Model
	delay time.Duration
}

func (m slowKeys) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if _, ok := msg.(tea.KeyPressMsg); ok {
		time.Sleep(m.delay)
	}
	inner, cmd := m.Model.Update(msg)
	return slowKeys{inner, m.delay}, cmd
}

func TestShutdownWhileClientsFloodLeavesNothing(t *testing.T) {
	baseG, baseHeap := settledUsage()
	func() {
		ts := startExplorer(t, Config{})
		var wg, open sync.WaitGroup
		for range 10 {
			open.Add(1)
			wg.Go(func() { floodAndVanish(t, ts.addr, 3*time.Second, nil, open.Done) })
		}
		open.Wait()
		time.Sleep(200 * time.Millisecond) // every session flooding
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = ts.Shutdown(ctx)
		wg.Wait()
		<-ts.done
	}()
	expectBack(t, "a server shut down under 10 flooding sessions", baseG, baseHeap)
}
