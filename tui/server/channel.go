package server

import (
	"strings"
	"sync/atomic"
	"unicode"

	"charm.land/ssh"
	gossh "golang.org/x/crypto/ssh"
)

// Limits on what a client may ask of one connection and one session
// channel. They are far above what any ssh client sends and far below
// what would cost the server anything.
const (
	maxChannelsPerConn = 2    // sessions open at once on one connection (ssh multiplexing)
	maxEnvVars         = 32   // env requests per session
	maxEnvBytes        = 1024 // bytes of one env request's name and value
	maxTermBytes       = 64   // bytes of the TERM a pty-req names
)

// connState is what the server keeps per connection, in its ssh.Context.
type connState struct {
	conn     *guardedConn // nil when Serve was given a listener we did not wrap
	channels atomic.Int32
}

type ctxKey struct{ name string }

var connStateKey = &ctxKey{"chronik-conn"}

func stateOf(ctx ssh.Context) *connState {
	st, _ := ctx.Value(connStateKey).(*connState)
	return st
}

// sessionChannel handles a "session" channel: charm's own session handler,
// fed through requestFilter. It is the only channel type the server
// registers, so direct-tcpip, forwarded-tcpip, x11 and every other channel
// type are rejected by the ssh package as unsupported.
func (s *Server) sessionChannel(srv *ssh.Server, conn *gossh.ServerConn, nc gossh.NewChannel, ctx ssh.Context) {
	st := stateOf(ctx)
	if st != nil {
		if st.channels.Add(1) > maxChannelsPerConn {
			st.channels.Add(-1)
			_ = nc.Reject(gossh.ResourceShortage, "chronik: too many sessions on one connection")
			return
		}
		defer st.channels.Add(-1)
		if st.conn != nil {
			st.conn.sessionOpened()
			defer st.conn.sessionClosed()
		}
	}
	ssh.DefaultSessionHandler(srv, conn, filteredChannel{NewChannel: nc, s: s, ctx: ctx}, ctx)
}

// filteredChannel hands charm's session handler a request stream in which
// every request it would act on unsafely has been dealt with already.
type filteredChannel struct {
	gossh.NewChannel
	s   *Server
	ctx ssh.Context
}

func (f filteredChannel) Accept() (gossh.Channel, <-chan *gossh.Request, error) {
	ch, reqs, err := f.NewChannel.Accept()
	if err != nil {
		return ch, reqs, err
	}
	out := make(chan *gossh.Request)
	go func() {
		defer close(out)
		defer f.s.recoverGoroutine("request filter", f.ctx)
		var env int
		for r := range reqs {
			if f.s.filterRequest(r, &env) {
				out <- r
			}
		}
	}()
	return ch, out, nil
}

// filterRequest lets through the session requests the explorer needs, with
// window sizes clamped, and refuses the rest. It reports whether r goes on
// to the session handler; a refused request has been answered.
//
// Clamping here, before charm's session sees the request, is what keeps a
// 10000x10000 pty-req from ever reaching the program: the Pty, the window
// channel and the initial tea.WithWindowSize are all built from the
// clamped payload.
func (s *Server) filterRequest(r *gossh.Request, env *int) bool {
	switch r.Type {
	case "shell", "exec", "signal", "break":
		return true
	case "pty-req":
		var p ptyRequest
		if gossh.Unmarshal(r.Payload, &p) != nil || len(p.Term) > maxTermBytes || strings.ContainsFunc(p.Term, unicode.IsControl) {
			s.refuseRequest(r, "bad pty-req")
			return false
		}
		p.Columns, p.Rows = s.clamp(p.Columns, p.Rows)
		p.Wpx, p.Hpx = 0, 0 // pixel sizes are unused, and zero means "unknown"
		r.Payload = gossh.Marshal(&p)
		return true
	case "window-change":
		var w windowChange
		if gossh.Unmarshal(r.Payload, &w) != nil {
			s.refuseRequest(r, "bad window-change")
			return false
		}
		w.Columns, w.Rows = s.clamp(w.Columns, w.Rows)
		w.Wpx, w.Hpx = 0, 0
		r.Payload = gossh.Marshal(&w)
		return true
	case "env":
		if *env >= maxEnvVars || len(r.Payload) > maxEnvBytes {
			s.refuseRequest(r, "too many or too large env requests")
			return false
		}
		*env++
		return true
	case "auth-agent-req@openssh.com":
		// charm's session handler would accept agent forwarding; nothing
		// here needs the client's agent.
		s.refuseRequest(r, "agent forwarding is not offered")
		return false
	case "subsystem":
		s.refuseRequest(r, "subsystems (sftp, …) are not offered")
		return false
	}
	s.refuseRequest(r, "not offered")
	return false
}

// ptyRequest and windowChange are the payloads of "pty-req" and
// "window-change" (RFC 4254 §6.2, §6.7).
type (
	ptyRequest struct {
		Term                    string
		Columns, Rows, Wpx, Hpx uint32
		Modes                   string
	}
	windowChange struct{ Columns, Rows, Wpx, Hpx uint32 }
)

func (s *Server) refuseRequest(r *gossh.Request, why string) {
	s.log.Debug("request refused", "type", cleanField(r.Type), "why", why)
	_ = r.Reply(false, nil)
}

// clamp bounds a window to MaxWindow. Zero means the client does not know
// (RFC 4254 §6.2), so it gets the classic 80x24.
func (s *Server) clamp(cols, rows uint32) (uint32, uint32) {
	if cols == 0 {
		cols = 80
	}
	if rows == 0 {
		rows = 24
	}
	return min(cols, uint32(s.cfg.MaxWindow.Width)), min(rows, uint32(s.cfg.MaxWindow.Height))
}
