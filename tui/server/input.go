package server

import (
	"errors"
	"io"
	"sync/atomic"

	tea "charm.land/bubbletea/v2"
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
	stopping atomic.Bool // stop was called: the program is on its way out
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

// newProgramInput starts copying the client's input from src to the
// program. The copying goroutine holds src only: when the program has
// ended it stops at its next write, or when src ends.
func newProgramInput(src io.Reader) *programInput {
	pr, pw := io.Pipe()
	go func() {
		_, _ = io.CopyBuffer(pw, readerOnly{src}, make([]byte, inputChunk))
		_ = pw.CloseWithError(errInputEnded)
	}()
	return &programInput{r: pr}
}

// readerOnly hides any WriterTo of the source, so that CopyBuffer uses the
// small buffer it is given.
type readerOnly struct{ io.Reader }

func (in *programInput) Read(p []byte) (int, error) { return in.r.Read(p) }

// stop ends the program: a Read in progress or the next one fails with
// io.ErrClosedPipe, and every message from now on is dropped, so that
// what the reader still holds reaches the event loop at once. It is how
// the server ends a session (client gone, idle, shutdown) as well as how a
// quit the program asks for is carried out; any goroutine may call it.
func (in *programInput) stop() {
	in.stopping.Store(true)
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
