package server

import (
	"bytes"
	"io"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"golang.org/x/time/rate"

	"chronik/model"
)

// BenchmarkInputHop is what programInput adds to every chunk the client
// sends (one key at a time, as a reader types): one hop through a pipe and
// its copying goroutine, compared with reading the source directly. The
// budget is lifted: it is the hop that is measured, not the budget's pace.
//
//	go test ./tui/server -run '^$' -bench InputHop -benchtime 200000x
func BenchmarkInputHop(b *testing.B) {
	for _, tt := range []struct {
		name string
		wrap func(io.Reader) io.Reader
	}{
		{"direct", func(r io.Reader) io.Reader { return r }},
		{"programInput", func(r io.Reader) io.Reader { return newProgramInput(r, noInputBudget, nil) }},
	} {
		b.Run(tt.name, func(b *testing.B) {
			src, keys := io.Pipe() // the session: one key per write
			in := tt.wrap(src)
			n := b.N
			go func() {
				key := []byte("j")
				for range n {
					if _, err := keys.Write(key); err != nil {
						return
					}
				}
				_ = keys.Close()
			}()
			buf := make([]byte, 4096)
			b.ResetTimer()
			for range b.N {
				if _, err := in.Read(buf); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// The reader gets an error, not io.EOF, when the client's input ends, and
// when the program stops its input; a Read in progress returns at once.
func TestProgramInputEnds(t *testing.T) {
	src, client := io.Pipe()
	in := newProgramInput(src, defaultInputBudget, nil)
	go func() { _, _ = client.Write([]byte("jk")); _ = client.Close() }()
	buf := make([]byte, 8)
	if n, err := in.Read(buf); n != 2 || err != nil {
		t.Fatalf("got %d, %v", n, err)
	}
	if _, err := in.Read(buf); !ended(err) || err == io.EOF {
		t.Errorf("after the client's end: %v", err)
	}

	silent, _ := io.Pipe()
	in = newProgramInput(silent, defaultInputBudget, nil)
	done := make(chan error)
	go func() { _, err := in.Read(buf); done <- err }()
	in.stop()
	if err := <-done; !ended(err) {
		t.Errorf("after stop: %v", err)
	}
}

// A program stopped while its client floods it ends only once it has
// handed over, message by message, the keys its reader holds; that must
// stay a few hundred, not thousands (see inputChunk).
func TestStoppedProgramHasLittleLeftToHandOver(t *testing.T) {
	pr := floodingClient(t)
	src := &countingReader{Reader: pr, third: make(chan struct{})}
	in := newProgramInput(src, defaultInputBudget, nil)
	m := &stallingModel{release: make(chan struct{})}
	var left int // messages after stop; only the event loop counts them
	filter := func(m tea.Model, msg tea.Msg) tea.Msg {
		if in.stopping.Load() {
			left++
		}
		return in.filter(m, msg)
	}
	p := tea.NewProgram(m, tea.WithInput(in), tea.WithOutput(io.Discard), tea.WithFilter(filter),
		tea.WithoutSignalHandler(), tea.WithEnvironment([]string{"TERM=xterm"}))
	done := make(chan error, 1)
	go func() { _, err := p.Run(); done <- err }()
	// With the model stalled at the first key, the reader fills: the chunk
	// that key came in, and the next one, read while the first is handed
	// over. Only then is a third chunk read from the client.
	select {
	case <-src.third:
	case <-time.After(10 * time.Second):
		t.Fatal("the program's reader never filled")
	}
	in.stop()
	close(m.release)
	select {
	case err := <-done:
		if !ended(err) {
			t.Errorf("Run: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the stopped program did not end")
	}
	if left > 1024 {
		t.Errorf("the stopped program had %d messages left to hand over", left)
	}
}

// countingReader closes third when it is read for the third time.
type countingReader struct {
	io.Reader
	reads int
	third chan struct{}
}

func (r *countingReader) Read(p []byte) (int, error) {
	if r.reads++; r.reads == 3 {
		close(r.third)
	}
	return r.Reader.Read(p)
}

// stallingModel stops in Update at the first key until release is closed,
// as a program busy drawing does while its client floods it.
type stallingModel struct{ release chan struct{} }

func (m *stallingModel) Init() tea.Cmd { return nil }

func (m *stallingModel) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if _, ok := msg.(tea.KeyPressMsg); ok {
		<-m.release
	}
	return m, nil
}

func (m *stallingModel) View() tea.View { return tea.NewView("") }

// noInputBudget lifts the input budget, for tests about something else
// that need the program to get input as fast as it comes.
var noInputBudget = inputBudget{perSec: rate.Inf}

// A client flooding its input gets the budget's burst at once and then
// its pace, however much it sends; only the reads the budget covers count
// as activity.
func TestProgramInputHoldsAFloodToItsBudget(t *testing.T) {
	pr := floodingClient(t)
	b := inputBudget{perSec: 2000, burst: 1024}
	var active atomic.Int64
	start := time.Now()
	in := newProgramInput(pr, b, func() { active.Add(1) })
	t.Cleanup(in.stop)
	var got int
	buf := make([]byte, inputChunk)
	for time.Since(start) < 300*time.Millisecond {
		n, err := in.Read(buf)
		if err != nil {
			t.Fatal(err)
		}
		got += n
	}
	// Tokens are taken before a chunk is handed over, so the program can
	// only be a chunk ahead of the budget by the time it looks.
	limit := b.burst + int(float64(b.perSec)*time.Since(start).Seconds()) + inputChunk
	if got < b.burst || got > limit {
		t.Errorf("the program got %d bytes in %s; want the burst (%d) and at most %d",
			got, time.Since(start).Round(time.Millisecond), b.burst, limit)
	}
	// The burst is four chunks; a fifth may be covered by what trickled in
	// meanwhile. Everything after it was read on credit.
	if n := active.Load(); n > int64(b.burst/inputChunk+1) {
		t.Errorf("%d reads of %d bytes counted as activity; want at most the burst's %d",
			n, got, b.burst/inputChunk+1)
	}
}

// A client that floods and then falls silent, its connection open, has
// its program get no more than the budget allows, and is ended by the idle
// timeout: the backlog read at the budget's pace is no activity.
func TestFloodingClientIsHeldToTheBudgetAndGoesIdle(t *testing.T) {
	t.Parallel() // it waits on timers; let the rest run meanwhile
	const idle = time.Second
	var keys atomic.Int64
	ts := startWith(t, Config{IdleTimeout: idle}, func(cfg Config, tl *model.Timeline) (*Server, error) {
		return newServer(cfg, tl, func(o appOptions) (tea.Model, error) {
			return countingKeys{&testApp{tl: tl, actors: o.Actors}, &keys, nil}, nil
		})
	})
	var start time.Time
	var took time.Duration
	floodAndVanish(t, ts.addr, 30*time.Millisecond, func(f *flooder) {
		st, ok := f.waitEnd(t)
		took = time.Since(start)
		if ok && (st != 0 || !strings.Contains(f.stderr.String(), "chronik: no input for")) {
			t.Errorf("session ended with status %d, stderr %q; want the idle timeout's goodbye", st, f.stderr.String())
		}
	}, func() { start = time.Now() })
	b := defaultInputBudget
	limit := b.burst + int(float64(b.perSec)*took.Seconds()) + inputChunk
	if n := keys.Load(); n > int64(limit) {
		t.Errorf("the program got %d keys in the %s the session lasted; the budget allows %d",
			n, took.Round(time.Millisecond), limit)
	}
	for _, line := range ts.waitDisconnects(t, 1) {
		if !strings.Contains(line, "reason=idle") {
			t.Errorf("the flooding session did not end for idleness: %s", line)
		}
	}
}

// What a person sends passes the budget at once: a 2 KB paste, a burst of
// 50 keys, a key held down (30 repeats a second of a 3-byte arrow key)
// and another 2 KB paste, each seen whole by the program in time.
func TestTypingAndPastingPassTheBudget(t *testing.T) {
	t.Parallel() // it waits on timers; let the rest run meanwhile
	var keys, pasted atomic.Int64
	ts := startWith(t, Config{}, func(cfg Config, tl *model.Timeline) (*Server, error) {
		return newServer(cfg, tl, func(o appOptions) (tea.Model, error) {
			return countingKeys{&testApp{tl: tl, actors: o.Actors}, &keys, &pasted}, nil
		})
	})
	tm := openTerm(t, ts.addr, 80, 24, "")
	tm.waitText("Timeline")
	expect := func(what string, n *atomic.Int64, want int64) {
		t.Helper()
		deadline := time.Now().Add(5 * time.Second)
		for n.Load() != want {
			if time.Now().After(deadline) {
				t.Fatalf("%s: the program got %d, want %d", what, n.Load(), want)
			}
			time.Sleep(5 * time.Millisecond)
		}
	}
	text := strings.Repeat("Carla Conrad ", 157) + "Delta A" // 2048 bytes
	paste := "\x1b[200~" + text + "\x1b[201~"
	tm.send(paste)
	expect("a 2 KB paste", &pasted, int64(len(text)))
	tm.send(strings.Repeat("jk", 25))
	expect("50 keys at once", &keys, 50)
	for range 60 {
		tm.send("\x1b[B")
		time.Sleep(time.Second / 30) // a key held down is what this is about
	}
	expect("2 s of a key held down", &keys, 110)
	tm.send(paste)
	expect("another 2 KB paste", &pasted, 2*int64(len(text)))
}

// floodingClient returns a client's input that sends keys as fast as they
// are read, until the test ends.
func floodingClient(t *testing.T) *io.PipeReader {
	pr, client := io.Pipe()
	t.Cleanup(func() { _ = pr.Close() })
	go func() {
		keys := bytes.Repeat([]byte("j"), 4096)
		for {
			if _, err := client.Write(keys); err != nil {
				return
			}
		}
	}()
	return pr
}
