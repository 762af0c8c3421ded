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

	gossh "golang.org/x/crypto/ssh"
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

// leakWait bounds the wait for sessions to end and memory to return: a
// session ends within milliseconds of its client, but under the race
// detector on a busy machine its renderer can take seconds to finish the
// frame it was drawing.
const leakWait = 30 * time.Second

// floodAndVanish opens a 120x40 session, waits for the first frame, writes
// keys as fast as the connection takes them for flood, then calls vanish
// (which ends the session somehow) and finally cuts the TCP connection
// with a reset. opened, if not nil, is told when the first frame came.
func floodAndVanish(t *testing.T, addr string, flood time.Duration, vanish, opened func()) {
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
	firstFrame := make(chan struct{})
	sess.Stdout = &signalWriter{first: firstFrame}
	in, err := sess.StdinPipe()
	if err != nil {
		t.Error(err)
		return
	}
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
	case <-time.After(5 * time.Second):
		t.Error("no first frame")
		return
	}
	if opened != nil {
		opened()
	}
	keys := bytes.Repeat([]byte("jk"), 2048)
	stop := time.Now().Add(flood)
	done := make(chan struct{})
	go func() {
		defer close(done)
		for time.Now().Before(stop) {
			if _, err := in.Write(keys); err != nil {
				return
			}
		}
	}()
	time.Sleep(flood)
	if vanish != nil {
		vanish()
	}
	_ = raw.Close()
	<-done
}

// signalWriter discards what it is given and closes first on the first
// write.
type signalWriter struct {
	once  sync.Once
	first chan struct{}
}

func (w *signalWriter) Write(p []byte) (int, error) {
	w.once.Do(func() { close(w.first) })
	return len(p), nil
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
func (ts *testServer) waitNoSessions(t *testing.T) {
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

// floodRounds runs rounds of parallel flooding sessions.
func floodRounds(t *testing.T, addr string, rounds, parallel int, flood time.Duration, vanish func()) {
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
	ts := startExplorer(t, Config{IdleTimeout: 150 * time.Millisecond})
	// Each client floods, then falls silent with its connection open
	// until the server ends the session for idleness, and only then
	// vanishes.
	idle := func() { time.Sleep(400 * time.Millisecond) }
	floodRounds(t, ts.addr, 1, 5, 30*time.Millisecond, idle)
	ts.waitNoSessions(t)
	baseG, baseHeap := settledUsage()

	floodRounds(t, ts.addr, 4, 5, 30*time.Millisecond, idle)
	ts.waitNoSessions(t)
	ts.waitLog(t, "disconnect", "reason=idle")
	expectBack(t, "20 sessions ended by the idle timeout", baseG, baseHeap)
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
