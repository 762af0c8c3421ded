package server

import (
	"errors"
	"fmt"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/ssh"
	"charm.land/wish/v2"
	bm "charm.land/wish/v2/bubbletea"
	gossh "golang.org/x/crypto/ssh"

	"chronik/tui/plain"
)

// Why a session ended, as the disconnect log line says it.
const (
	reasonQuit     = "quit"     // the reader quit, or the text timeline was sent
	reasonHangup   = "hangup"   // the client closed the connection
	reasonIdle     = "idle"     // no input for IdleTimeout
	reasonFull     = "full"     // MaxSessions reached
	reasonRefused  = "refused"  // bad arguments, or a key not authorized
	reasonError    = "error"    // the app failed or panicked
	reasonShutdown = "shutdown" // the server is stopping
)

// forceGrace is how long a session that was told to end (idle, shutdown)
// may take to quit and say goodbye before its connection is closed under
// it. A client that stopped reading can block the program's writes
// forever; closing the connection is what unblocks them.
const forceGrace = 2 * time.Second

// A session is one SSH session as the server tracks it. It wraps the
// client's ssh.Session so that every layer below the logging middleware
// reads through it: that is how input is timed for the idle limit. The
// tea.Program's input (programInput) reads the ssh.Session underneath and
// calls touch itself, for the input its budget covers only.
type session struct {
	ssh.Session
	srv   *Server
	id    uint64
	start time.Time

	lastInput atomic.Int64 // unix nanoseconds of the last input that counts as activity (touch)
	done      chan struct{}

	mu       sync.Mutex
	reason   string // set once, by whoever ends the session first
	detail   string
	input    *programInput // the running program's input; stopping it ends the program
	finished bool          // the program has ended
	force    *time.Timer   // closes the connection if the session outlives forceGrace after end
	actors   []string      // canonical names of the actors the arguments named
}

func (s *Server) newSession(sess ssh.Session) *session {
	ss := &session{Session: sess, srv: s, id: s.nextID.Add(1), start: time.Now(), done: make(chan struct{})}
	ss.lastInput.Store(ss.start.UnixNano())
	return ss
}

// Read is the client's input for any reader but the program (see
// programInput): every byte read counts as activity.
func (ss *session) Read(p []byte) (int, error) {
	n, err := ss.Session.Read(p)
	if n > 0 {
		ss.touch()
	}
	return n, err
}

// touch records input that counts as activity for the idle limit.
func (ss *session) touch() { ss.lastInput.Store(time.Now().UnixNano()) }

// setReason records why the session ends; the first reason wins. It
// reports whether this call set it.
func (ss *session) setReason(reason, detail string) bool {
	ss.mu.Lock()
	defer ss.mu.Unlock()
	if ss.reason != "" {
		return false
	}
	ss.reason, ss.detail = reason, detail
	return true
}

func (ss *session) why() (reason, detail string) {
	ss.mu.Lock()
	defer ss.mu.Unlock()
	return ss.reason, ss.detail
}

// attach records the input of the session's program; it fails when the
// session has already been told to end, so a program is never started for
// nobody.
func (ss *session) attach(in *programInput) bool {
	ss.mu.Lock()
	defer ss.mu.Unlock()
	if ss.reason != "" {
		return false
	}
	ss.input = in
	return true
}

// detach records that the session's program has ended.
func (ss *session) detach() {
	ss.mu.Lock()
	defer ss.mu.Unlock()
	ss.input = nil
	ss.finished = true
}

// stopProgram ends the session's program, if it has one running.
func (ss *session) stopProgram() {
	ss.mu.Lock()
	in := ss.input
	ss.mu.Unlock()
	if in != nil {
		in.stop()
	}
}

// end asks the session to finish for reason: its program quits (the
// goodbye is written once it has restored the terminal), and if it has not
// finished within forceGrace its connection is closed.
func (ss *session) end(reason string) {
	if !ss.setReason(reason, "") {
		return
	}
	ss.mu.Lock()
	in, finished := ss.input, ss.finished
	ss.mu.Unlock()
	switch {
	case finished:
		// The program has ended; the session is saying goodbye.
	case in != nil:
		in.stop()
	default:
		// No program (the text path, or not started yet): closing the
		// channel stops whatever the session is writing.
		_ = ss.Close()
	}
	force := time.AfterFunc(ss.srv.forceGrace, func() {
		select {
		case <-ss.done:
		default:
			ss.closeConn()
		}
	})
	ss.mu.Lock()
	ss.force = force
	ss.mu.Unlock()
}

// stopForce stops the timer end set, if any, once the session is over: a
// pending timer would keep the session, and the input its client sent that
// no one read, alive until it fired.
func (ss *session) stopForce() {
	ss.mu.Lock()
	defer ss.mu.Unlock()
	if ss.force != nil {
		ss.force.Stop()
	}
}

// closeConn closes the session's whole connection: the last resort for a
// session that does not end when asked.
func (ss *session) closeConn() {
	if c, ok := ss.Context().Value(ssh.ContextKeyConn).(gossh.Conn); ok {
		_ = c.Close()
	}
}

// sweepIdle ends the sessions whose client has sent nothing for
// IdleTimeout. One sweeper serves every session: a timer and a goroutine
// per session would cost more than a scan of the session table a few
// times per timeout.
func (s *Server) sweepIdle(stop <-chan struct{}) {
	d := s.cfg.IdleTimeout
	tick := time.NewTicker(min(max(d/10, 10*time.Millisecond), time.Second))
	defer tick.Stop()
	for {
		select {
		case <-stop:
			return
		case now := <-tick.C:
			var idle []*session
			s.mu.Lock()
			for ss := range s.sessions {
				if now.Sub(time.Unix(0, ss.lastInput.Load())) >= d {
					idle = append(idle, ss)
				}
			}
			s.mu.Unlock()
			for _, ss := range idle {
				ss.end(reasonIdle)
			}
		}
	}
}

// The middleware stack, outermost first:
//
//	logMiddleware      wraps the session, logs connect and disconnect
//	recoverMiddleware  a panic below ends this session only
//	admitMiddleware    server full, shutting down, key re-check, arguments,
//	                   the text timeline for sessions without a PTY
//	explorerMiddleware the tea.Program
//
// Logging is outermost so that it sees every session, including the ones
// refused, and the reason the inner layers leave behind; recover sits just
// inside it so a panic anywhere in admission or the program is turned into
// a logged reason and a closed session rather than a dead server.
func (s *Server) middleware() []wish.Middleware {
	return []wish.Middleware{
		s.logMiddleware, s.recoverMiddleware, s.admitMiddleware, s.explorerMiddleware,
	}
}

func (s *Server) logMiddleware(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		ss := s.newSession(sess)
		pty, _, hasPty := sess.Pty()
		fields := []any{
			"session", ss.id,
			"user", cleanField(sess.User()),
			"remote", sess.RemoteAddr().String(),
			"key", fingerprint(sess.PublicKey()),
		}
		connect := append(fields, "pty", hasPty)
		if hasPty {
			connect = append(connect, "term", cleanField(pty.Term), "window", fmt.Sprintf("%dx%d", pty.Window.Width, pty.Window.Height))
		}
		if cmd := sess.RawCommand(); cmd != "" {
			connect = append(connect, "args", cleanField(cmd))
		}
		s.log.Info("connect", connect...)
		defer func() {
			close(ss.done)
			ss.stopForce()
			reason, detail := ss.why()
			if reason == "" {
				reason = reasonQuit
			}
			// The exit status goes out last, once the session has left the
			// server's books: a client that reconnects the moment it sees
			// its session end must find the place it freed.
			if reason != reasonHangup {
				_ = ss.Exit(exitStatus(reason))
			}
			end := append(fields, "duration", time.Since(ss.start).Round(time.Millisecond), "reason", reason)
			if detail != "" {
				end = append(end, "detail", detail)
			}
			s.log.Info("disconnect", end...)
		}()
		next(ss)
	}
}

func (s *Server) recoverMiddleware(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		ss := sess.(*session)
		defer func() {
			if r := recover(); r != nil {
				ss.panicked("session", r, stack())
				ss.fail(reasonError, "", "chronik: internal error, session closed")
			}
		}()
		next(ss)
	}
}

// panicked logs a recovered panic with its stack and marks the session
// ended in error.
func (ss *session) panicked(where string, r any, stack string) {
	ss.setReason(reasonError, fmt.Sprintf("panic in %s: %v", where, r))
	ss.srv.log.Error("panic", "session", ss.id, "in", where, "panic", fmt.Sprint(r), "stack", stack)
}

// fail records reason and writes msg (one line) to the client's stderr.
func (ss *session) fail(reason, detail, msg string) {
	ss.setReason(reason, detail)
	_, _ = fmt.Fprintln(ss.Stderr(), msg)
}

// exitStatus is the exit status a session ends with: 0 when the reader got
// what they asked for (they quit, went idle, or got the text timeline), 1
// when the server refused or cut it short.
func exitStatus(reason string) int {
	switch reason {
	case reasonQuit, reasonIdle:
		return 0
	}
	return 1
}

func (s *Server) admitMiddleware(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		ss := sess.(*session)
		if ok, msg, reason := s.register(ss); !ok {
			ss.fail(reason, "", msg)
			return
		}
		defer s.unregister(ss)
		// The auth handler admitted the key already; checking again here, on
		// the key the connection actually authenticated with, is what
		// soft-serve does too: it does not depend on how the ssh library
		// remembers which of the offered keys succeeded.
		if s.keys != nil && !s.keys.has(ss.PublicKey()) {
			ss.fail(reasonRefused, "key not authorized", "chronik: key not authorized")
			return
		}
		words, err := splitArgs(ss.RawCommand())
		if err == nil && len(words) > 0 && s.cfg.Commands != nil && slices.Contains(s.cfg.Commands.Names, words[0]) {
			s.runCommand(ss, words)
			return
		}
		var actors []int
		if err == nil {
			actors, err = resolveActors(s.tl, words)
		}
		if err != nil {
			ss.fail(reasonRefused, err.Error(), "chronik: "+err.Error())
			return
		}
		if _, _, hasPty := ss.Pty(); !hasPty {
			if err := plain.Write(ss, s.tl, s.tl.EventsWithAll(actors)); err != nil {
				ss.setReason(reasonHangup, err.Error())
			}
			return
		}
		for _, a := range actors {
			ss.actors = append(ss.actors, s.tl.Actors[a].Name)
		}
		next(ss)
	}
}

// runCommand runs one of Config.Commands for the session; a client gone
// half way is a hangup, any other error is told to the client.
func (s *Server) runCommand(ss *session, words []string) {
	err := s.cfg.Commands.Run(words, ss, ss.Stderr())
	switch {
	case err == nil:
	case ss.Context().Err() != nil:
		ss.setReason(reasonHangup, err.Error())
	default:
		msg := plain.Clean(err.Error())
		ss.fail(reasonRefused, msg, "chronik: "+msg)
	}
}

// register admits a session unless the server is full or stopping.
func (s *Server) register(ss *session) (ok bool, msg, reason string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	switch {
	case s.closing:
		return false, "chronik: the server is shutting down", reasonShutdown
	case len(s.sessions) >= s.cfg.MaxSessions:
		return false, fmt.Sprintf("chronik: server full (%d sessions), try again later", len(s.sessions)), reasonFull
	}
	s.sessions[ss] = struct{}{}
	s.active.Add(1)
	return true, "", ""
}

func (s *Server) unregister(ss *session) {
	s.mu.Lock()
	delete(s.sessions, ss)
	s.mu.Unlock()
	s.active.Done()
}

func (s *Server) explorerMiddleware(ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) { s.runExplorer(sess.(*session)) }
}

// runExplorer runs the session's own explorer until the reader quits, the
// client goes away, or the server ends the session; then it says why.
func (s *Server) runExplorer(ss *session) {
	_, windows, _ := ss.Pty()
	m, err := s.app(appOptions{
		Actors:       ss.actors,
		Logger:       s.log,
		OnFirstFrame: func() { s.log.Debug("first frame", "session", ss.id, "after", time.Since(ss.start)) },
	})
	if err != nil {
		ss.fail(reasonError, err.Error(), "chronik: cannot open the explorer")
		return
	}
	// bm.MakeOptions: output through the session, its TERM and
	// environment, the colour profile they imply, the (already clamped)
	// window size. Input comes through programInput, which also owns the
	// filter (see there why) and holds the client to the input budget; it
	// reads the ssh.Session under ss, and tells ss which input counts as
	// activity. The server's own signals belong to the server, not to
	// every session's program.
	in := newProgramInput(ss.Session, s.inputBudget, ss.touch)
	opts := append(bm.MakeOptions(ss), tea.WithoutSignalHandler(), tea.WithInput(in), tea.WithFilter(in.filter))
	p := tea.NewProgram(guard(m, ss), opts...)
	if !ss.attach(in) {
		in.stop()
		s.goodbye(ss)
		return
	}
	stop := make(chan struct{})
	go s.forwardWindows(ss, p, in, windows, stop)
	_, err = p.Run()
	close(stop)
	in.stop()
	p.Kill()
	ss.detach() // from now on, end() has no program left to stop

	switch {
	case ss.Context().Err() != nil:
		ss.setReason(reasonHangup, "")
	case errors.Is(err, tea.ErrProgramPanic):
		ss.setReason(reasonError, "program panic (stack on the server's stderr)")
	case err != nil && !ended(err) && !errors.Is(err, tea.ErrProgramKilled):
		ss.setReason(reasonError, err.Error())
	}
	s.goodbye(ss)
}

// resizeEvery is the shortest interval between two window sizes a session
// passes to its program. Every resize costs the renderer new cell buffers
// (megabytes at large sizes), so a client sending window-changes as fast
// as it can would otherwise turn them into garbage as fast as the server
// can allocate; a person dragging a window edge sees the latest size ten
// times a second, which is what a terminal shows anyway.
const resizeEvery = 100 * time.Millisecond

// forwardWindows passes window changes (clamped by the request filter) to
// the program, at most one per resizeEvery, the latest one winning. The
// first value on the channel is the pty-req's own size, which the program
// already starts with.
func (s *Server) forwardWindows(ss *session, p *tea.Program, in *programInput, windows <-chan ssh.Window, stop <-chan struct{}) {
	defer s.recoverGoroutine("window changes", ss.Context())
	var (
		skipped bool
		pending *ssh.Window
		last    time.Time
		wait    <-chan time.Time // set while a size waits for its turn
	)
	send := func(w ssh.Window) {
		last = time.Now()
		p.Send(tea.WindowSizeMsg{Width: w.Width, Height: w.Height})
	}
	for {
		select {
		case <-stop:
			return
		case <-ss.Context().Done():
			in.stop()
			return
		case w, ok := <-windows:
			switch {
			case !ok:
				// The channel closes when the client goes; that must not
				// end this loop before it has seen the context end too,
				// or the program would go on reading what the client
				// sent before it left (up to the 2 MB channel window).
				windows = nil
			case !skipped:
				skipped = true
			case wait != nil:
				pending = &w
			case time.Since(last) >= resizeEvery:
				send(w)
			default:
				pending = &w
				wait = time.After(resizeEvery - time.Since(last))
			}
		case <-wait:
			wait = nil
			if pending != nil {
				send(*pending)
				pending = nil
			}
		}
	}
}

// goodbye tells the reader why the server ended the session, after the
// program has restored the terminal.
func (s *Server) goodbye(ss *session) {
	reason, _ := ss.why()
	switch reason {
	case reasonIdle:
		_, _ = fmt.Fprintf(ss.Stderr(), "chronik: no input for %s, session closed\n", s.cfg.IdleTimeout)
	case reasonShutdown:
		_, _ = fmt.Fprintln(ss.Stderr(), "chronik: the server is shutting down, bye")
	case reasonError:
		_, _ = fmt.Fprintln(ss.Stderr(), "chronik: internal error, session closed")
	}
}

// cleanField makes client-supplied text (user names, TERM, arguments) safe
// for a log line: no control characters, and bounded.
func cleanField(s string) string {
	const limit = 80
	s = plain.Clean(s)
	if len(s) > limit {
		cut := limit
		for cut > 0 && !utf8Start(s[cut]) {
			cut--
		}
		s = s[:cut] + "…"
	}
	return s
}

func utf8Start(b byte) bool { return b&0xC0 != 0x80 }
