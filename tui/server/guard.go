package server

import (
	"runtime/debug"

	tea "charm.land/bubbletea/v2"
	"charm.land/ssh"
)

// guardedModel runs a session's model with every call recovered: a panic
// in Init, Update, View or a command the model returns is logged with its
// stack against the session and ends that session, and the model is never
// called again.
//
// tea.Program catches panics too, but it prints them to the server's own
// stderr and reports only ErrProgramPanic; catching them here keeps them in
// the log with the session they belong to. Program's catching stays on
// (no tea.WithoutCatchPanics) as the backstop for the goroutines this
// wrapper cannot reach (tea.Sequence commands, the renderer): with it off,
// a panic in any of them would kill the whole server.
type guardedModel struct {
	inner  tea.Model
	ss     *session
	broken bool // a call panicked: the model is no longer trusted
}

func guard(m tea.Model, ss *session) *guardedModel { return &guardedModel{inner: m, ss: ss} }

func (g *guardedModel) Init() (cmd tea.Cmd) {
	defer g.catch("Init", &cmd)
	return g.wrap(g.inner.Init())
}

func (g *guardedModel) Update(msg tea.Msg) (m tea.Model, cmd tea.Cmd) {
	if g.broken {
		return g, tea.Quit
	}
	// On a panic the program still gets this model back: a nil one would
	// make bubbletea panic in its own event loop.
	m = g
	defer g.catch("Update", &cmd)
	inner, c := g.inner.Update(msg)
	g.inner = inner
	return g, g.wrap(c)
}

func (g *guardedModel) View() (v tea.View) {
	if g.broken {
		return tea.NewView("")
	}
	defer func() {
		if r := recover(); r != nil {
			g.broken = true
			g.ss.panicked("View", r, stack())
			// View cannot return a command; the program is ended from
			// outside instead.
			g.ss.stopProgram()
			v = tea.NewView("")
		}
	}()
	return g.inner.View()
}

// catch turns a panic in Init or Update into a logged error and a quit.
func (g *guardedModel) catch(where string, cmd *tea.Cmd) {
	if r := recover(); r != nil {
		g.broken = true
		g.ss.panicked(where, r, stack())
		*cmd = tea.Quit
	}
}

// wrap makes a command recover its own panics, and the commands of a
// batch it returns, since those run on goroutines of their own.
func (g *guardedModel) wrap(cmd tea.Cmd) tea.Cmd {
	if cmd == nil {
		return nil
	}
	return func() (msg tea.Msg) {
		defer func() {
			if r := recover(); r != nil {
				g.ss.panicked("command", r, stack())
				msg = tea.Quit()
			}
		}()
		msg = cmd()
		if batch, ok := msg.(tea.BatchMsg); ok {
			wrapped := make(tea.BatchMsg, len(batch))
			for i, c := range batch {
				wrapped[i] = g.wrap(c)
			}
			msg = wrapped
		}
		return msg
	}
}

// recoverGoroutine is deferred at the top of every goroutine the server
// starts for a connection: Go has no process-wide recover, so one panic on
// an unguarded goroutine would end every session at once.
func (s *Server) recoverGoroutine(what string, ctx ssh.Context) {
	if r := recover(); r != nil {
		s.log.Error("panic", "in", what, "remote", ctx.RemoteAddr(), "panic", r, "stack", stack())
		if c, ok := ctx.Value(ssh.ContextKeyConn).(interface{ Close() error }); ok {
			_ = c.Close()
		}
	}
}

func stack() string { return string(debug.Stack()) }
