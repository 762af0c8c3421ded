package server

import (
	"errors"
	"io"
	"sync/atomic"
	"time"

	tea "charm.land/bubbletea/v2"
	"golang.org/x/time/rate"
)

// programInput is what a session's tea.Program reads from instead of the
// session itself, and the filter that every message of that program passes.
// Together they make sure the program never ends while its input reader
// still has events to hand it.
//
// Why (bubbletea v2.0.10, ultraviolet v0.0.0-20260811164956-006e29f97886):
// the program's input goroutine (Program.readLoop) runs
// uv.TerminalReader.StreamEvents(ctx, p.msgs), which parses each chunk it
// reads into events and sends them one by one with a plain `eventc <- ev`
// (TerminalReader.sendEvents), selecting on nothing. p.msgs is unbuffered
// and only Program.eventLoop receives from it. When the program ends
// (tea.Quit, Program.Quit from wish's window goroutine once the session's
// context is done, or Kill), the event loop returns and no one
// receives any more; if the reader was half way through a chunk at that
// moment, as it always is under a client typing fast, it blocks forever,
// and its goroutine keeps the whole Program alive: the model, the renderer
// and its two cell buffers. Wish hands the program the ssh.Session itself
// as input (bubbletea.MakeOptions: tea.WithInput(sess)); that is not a
// file, so cancelreader falls back to a reader whose Cancel cannot
// interrupt anything, and Program.shutdown does not wait for the read
// loop. A client that connects, floods keys and drops the connection thus
// leaves its whole program behind, each time (BENCHMARKS.md has the
// figures).
//
// The fix here: every way the program ends goes through its input. The
// server stops the input to end a session, and the filter swallows
// QuitMsg and InterruptMsg and stops the input instead; the reader's next
// Read fails, it hands the events it still holds to the event loop (which
// is still running, so they are received and dropped), and returns the
// error, which the read loop passes to the event loop as the program's
// error, and only that ends it. The client's own end of
// input (hangup) comes through the same way. The clean fix belongs
// upstream, in sendEvents selecting on ctx.Done(); tui/server/README.md
// has the report.
type programInput struct {
	r        *io.PipeReader
	stopping atomic.Bool   // stop was called: the program is on its way out
	stopped  chan struct{} // closed by the first stop; ends a wait for the budget
}

// errInputEnded is the error the program's reader gets once the client's
// input is over. It must not be io.EOF: on EOF the reader stops without
// telling the program, which would then never end.
var errInputEnded = errors.New("session input ended")

// inputChunk bounds what one Read of the program gets, and so what a
// stopped program still has to hand over before it can end: the reader
// holds up to two chunks, parsed into one event per byte of typed keys,
// and passes them to the event loop one goroutine switch at a time. At
// ultraviolet's own read size (4096) that was up to 8192 events per
// session; with the race detector on a busy machine, where every switch
// waits its turn behind the other sessions' goroutines, a flooding client
// that vanished took its session tens of seconds to end. A person types far
// less than a chunk between two reads, and a bracketed paste split into
// chunks is joined again by the reader.
const inputChunk = 256

// inputBudget bounds what a client's input can make its program do: every
// byte handed to the program is a key (or part of one) that costs an
// Update, some 15 µs of CPU in the explorer, while the client pays next
// to nothing to send it. Without a bound, 30 ms of flooding fills the SSH
// channel window (2 MB of keys) and keeps the server busy for half a
// minute of CPU (BenchmarkFloodCost measures it).
//
// It is a token bucket on bytes, and bytes beyond it wait: the program
// is not given them, the session does not read them, the channel window
// fills, and the client can send no more (backpressure). Nothing a client
// sends is dropped, so an escape sequence, a UTF-8 character or a
// bracketed paste is never cut in half. Bytes read beyond the budget do
// not count as activity (see newProgramInput), so a flooder worked off at
// the budget's pace still meets the idle timeout. tui/server/README.md
// weighs this against dropping the excess.
type inputBudget struct {
	perSec rate.Limit // bytes per second, sustained; rate.Inf: no budget
	burst  int        // bytes at once; never less than inputChunk
}

// defaultInputBudget: a burst of 4 KB takes a paste of a few KB, or
// hundreds of keys, at once; 512 bytes a second is several times what
// holding a key down sends (30 repeats a second of up to 6 bytes for a
// modified arrow key) and still bounds a flooder to about 1% of a core.
// A mouse drag (about 60 reports of 13 bytes a second) runs into it after
// some seconds; the explorer does nothing with drags.
var defaultInputBudget = inputBudget{perSec: 512, burst: 4096}

// newProgramInput starts copying the client's input from src to the
// program, within budget b. active, if not nil, is called for every read
// the budget covers: that is input at a pace a person could have sent it.
// A read beyond the budget is a backlog being worked off (the client sent
// it faster than that), and does not count: otherwise a client that
// floods once and falls silent would look active until its backlog is
// gone, hours at the budget's pace.
//
// The copying goroutine holds src, active and the pipe, never the program:
// when the program has ended it stops at its next write, at stop if it is
// waiting for the budget, or when src ends.
func newProgramInput(src io.Reader, b inputBudget, active func()) *programInput {
	pr, pw := io.Pipe()
	in := &programInput{r: pr, stopped: make(chan struct{})}
	lim := rate.NewLimiter(b.perSec, max(b.burst, inputChunk))
	go func() {
		in.copy(pw, src, lim, active)
		_ = pw.CloseWithError(errInputEnded)
	}()
	return in
}

// copy hands src to the program, at most inputChunk bytes at a time and
// within lim, until src ends, the program has ended, or stop is called.
func (in *programInput) copy(pw *io.PipeWriter, src io.Reader, lim *rate.Limiter, active func()) {
	buf := make([]byte, inputChunk)
	for {
		n, err := src.Read(buf)
		if n > 0 {
			// n <= inputChunk <= the burst, so the reservation is valid.
			switch d := lim.ReserveN(time.Now(), n).Delay(); {
			case d == 0:
				if active != nil {
					active()
				}
			case !in.wait(d):
				return
			}
			if _, err := pw.Write(buf[:n]); err != nil {
				return
			}
		}
		if err != nil {
			return
		}
	}
}

// wait waits for d, or until stop; it reports whether it waited all of d.
func (in *programInput) wait(d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return true
	case <-in.stopped:
		return false
	}
}

func (in *programInput) Read(p []byte) (int, error) { return in.r.Read(p) }

// stop ends the program: a Read in progress or the next one fails with
// io.ErrClosedPipe, and every message from now on is dropped, so that
// what the reader still holds reaches the event loop at once. A copying
// goroutine waiting for the budget gives up at once too. It is how
// the server ends a session (client gone, idle, shutdown) as well as how a
// quit the program asks for is carried out; any goroutine may call it.
func (in *programInput) stop() {
	if !in.stopping.Swap(true) {
		close(in.stopped)
	}
	_ = in.r.Close()
}

// ended reports whether err, returned by Program.Run, means the program
// ended the way this input makes it end: normally.
func ended(err error) bool {
	return errors.Is(err, errInputEnded) || errors.Is(err, io.ErrClosedPipe)
}

// filter is the program's tea.WithFilter. It replaces wish's own
// (bubbletea.MakeOptions), so it keeps what that one does: a session
// cannot be suspended, so SuspendMsg turns into ResumeMsg.
func (in *programInput) filter(_ tea.Model, msg tea.Msg) tea.Msg {
	switch msg.(type) {
	case tea.QuitMsg, tea.InterruptMsg:
		in.stop()
		return nil
	case tea.SuspendMsg:
		return tea.ResumeMsg{}
	}
	if in.stopping.Load() {
		return nil // the program is on its way out
	}
	return msg
}
