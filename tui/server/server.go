// Package server serves the Chronik explorer over SSH, to many readers at
// once, with wish and its bubbletea middleware options.
//
// Every session shares the one read-only timeline (and the rendered
// articles); each has its own explorer model and tea.Program, drawn in the
// colours its own terminal supports. A session without a PTY gets the
// timeline as plain text, and the commands of Config.Commands answer
// (`ssh host events --json`). Nothing else is offered: no shell, no
// forwarding, no subsystems.
//
// The limits that keep one client from hurting the others live in layers:
// the guard listener (per-address rate, open and pending connection caps),
// the ssh server (handshake deadline), the channel filter (window clamping,
// refused requests), the session middleware (max sessions, idle
// timeout, panic isolation), and the program's input (a budget on the
// bytes of keys, see inputBudget). Config documents those it sets.
package server

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/log/v2"
	"charm.land/ssh"
	"charm.land/wish/v2"
	gossh "golang.org/x/crypto/ssh"

	"chronik/model"
)

// ErrServerClosed is what Serve and ListenAndServe return after Shutdown.
var ErrServerClosed = ssh.ErrServerClosed

// Size is a terminal size in cells.
type Size struct{ Width, Height int }

// Config says how the server listens and what it allows. Zero fields take
// the defaults below; a negative IdleTimeout or RatePerAddr turns that
// limit off.
type Config struct {
	// Listen is the TCP address to listen on. Default 127.0.0.1:23234:
	// serving the world is a decision to make explicitly.
	Listen string
	// HostKeyPath is the server's ed25519 host key, created (0600) on
	// first start in its directory, which must exist. Default
	// DefaultHostKeyPath(), whose missing directories are made (0700) and
	// logged.
	HostKeyPath string
	// AuthorizedKeysPath, if set, admits only the public keys listed in
	// this authorized_keys file. Empty: anyone may read, with any key or
	// with keyboard-interactive (which asks nothing).
	AuthorizedKeysPath string
	// MaxSessions bounds concurrent sessions; the next client is told
	// "server full" and closed. Default 500.
	MaxSessions int
	// MaxPending bounds connections that have not opened a session yet
	// (handshakes in progress, idle logins); past it the oldest is
	// dropped. Default 256.
	MaxPending int
	// IdleTimeout ends a session whose client sent nothing for this long.
	// Default 15m.
	IdleTimeout time.Duration
	// HandshakeTimeout closes connections that have not finished the SSH
	// handshake (version, key exchange, authentication) in time, and
	// connections that hold no session for that long. Default 20s.
	HandshakeTimeout time.Duration
	// RatePerAddr is the sustained rate of new connections one address
	// (an IPv4 address, an IPv6 /64) may open, per second; RateBurst how
	// many it may open at once. Defaults 50 and 100: far more than readers
	// need, small enough that one host cannot flood the server with
	// handshakes.
	RatePerAddr float64
	RateBurst   int
	// MaxWindow clamps the window size clients ask for, before the
	// program sees it; a larger terminal shows the explorer in its top
	// left corner. Default 300x100, the largest size the explorer is made
	// for. It bounds what one session can cost: bubbletea keeps two cell
	// buffers of about 112 bytes a cell, and they keep the largest size
	// the session ever had, so a session costs up to 2 x 112 B x W x H
	// (6.7 MB at 300x100, against 1.1 MB at 120x40), and the server up to
	// MaxSessions times that if every reader grows their window to the
	// limit.
	MaxWindow Size
	// Logger receives connection and session logs. Default log.Default().
	Logger *log.Logger
	// Style is the glamour style of rendered articles ("auto", "dark",
	// "light", ...), passed to the explorer.
	Style string
	// Commands, if set, are the commands a client may run instead of the
	// explorer: `ssh host events --json`.
	Commands *Commands
}

// Commands are what a client may run over ssh, with or without a
// terminal, when the first word of its command line is one of Names. The
// server does not know them itself: Run gets the words and writes to the
// session as a local command writes to its terminal; an error it returns
// is shown to the client (one line, cleaned) with exit status 1. Run must
// read nothing but the timeline the server was given.
type Commands struct {
	Names []string
	Run   func(args []string, stdout, stderr io.Writer) error
}

// Defaults, see Config.
const (
	DefaultListen           = "127.0.0.1:23234"
	DefaultMaxSessions      = 500
	DefaultMaxPending       = 256
	DefaultIdleTimeout      = 15 * time.Minute
	DefaultHandshakeTimeout = 20 * time.Second
	DefaultRatePerAddr      = 50
	DefaultRateBurst        = 100
)

// DefaultMaxWindow is the default clamp on window sizes, see
// Config.MaxWindow.
var DefaultMaxWindow = Size{300, 100}

// shutdownGrace bounds how long Shutdown waits for sessions to say goodbye
// before it closes every connection, whatever the caller's context allows.
const shutdownGrace = 3 * time.Second

// clientCloseWait is how long Shutdown lets clients close their own
// connections once their sessions have ended.
const clientCloseWait = 500 * time.Millisecond

func (c Config) withDefaults() (Config, error) {
	if c.Listen == "" {
		c.Listen = DefaultListen
	}
	if c.HostKeyPath == "" {
		p, err := DefaultHostKeyPath()
		if err != nil {
			return c, err
		}
		c.HostKeyPath = p
	}
	if c.MaxSessions <= 0 {
		c.MaxSessions = DefaultMaxSessions
	}
	if c.MaxPending <= 0 {
		c.MaxPending = DefaultMaxPending
	}
	if c.IdleTimeout == 0 {
		c.IdleTimeout = DefaultIdleTimeout
	}
	if c.HandshakeTimeout <= 0 {
		c.HandshakeTimeout = DefaultHandshakeTimeout
	}
	if c.RatePerAddr == 0 {
		c.RatePerAddr = DefaultRatePerAddr
	}
	if c.RateBurst <= 0 {
		c.RateBurst = max(DefaultRateBurst, int(c.RatePerAddr))
	}
	if c.MaxWindow.Width <= 0 || c.MaxWindow.Height <= 0 {
		c.MaxWindow = DefaultMaxWindow
	}
	if c.Logger == nil {
		c.Logger = log.Default()
	}
	return c, nil
}

// appOptions is what one session asks of the explorer.
type appOptions struct {
	Actors       []string // canonical names to filter by
	Logger       *log.Logger
	OnFirstFrame func()
}

// appFunc makes one session's model. New uses the real explorer; tests
// use small models.
type appFunc func(appOptions) (tea.Model, error)

// A Server serves one timeline over SSH.
type Server struct {
	cfg  Config
	tl   *model.Timeline
	app  appFunc
	log  *log.Logger
	ssh  *ssh.Server
	keys keySet // nil: anyone may read

	nextID atomic.Uint64
	active sync.WaitGroup // registered sessions

	grace       time.Duration // shutdownGrace; tests shorten it
	forceGrace  time.Duration // forceGrace; tests shorten it
	inputBudget inputBudget   // defaultInputBudget; tests may change it

	mu        sync.Mutex
	sessions  map[*session]struct{}
	closing   bool
	ln        *guardListener
	stopSweep chan struct{} // closed by Shutdown
}

func newServer(cfg Config, tl *model.Timeline, app appFunc) (*Server, error) {
	if tl == nil {
		return nil, errors.New("server: no timeline")
	}
	defaultKey := cfg.HostKeyPath == ""
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	s := &Server{cfg: cfg, tl: tl, app: app, log: cfg.Logger, sessions: map[*session]struct{}{},
		grace: shutdownGrace, forceGrace: forceGrace, inputBudget: defaultInputBudget, stopSweep: make(chan struct{})}

	hk, err := loadOrCreateHostKey(cfg.HostKeyPath, defaultKey)
	if err != nil {
		return nil, err
	}
	signer := hk.signer
	keyLog := []any{"path", cfg.HostKeyPath, "fingerprint", gossh.FingerprintSHA256(signer.PublicKey()), "created", hk.created}
	if len(hk.dirs) > 0 {
		keyLog = append(keyLog, "created_dirs", strings.Join(hk.dirs, " "))
	}
	s.log.Info("host key", keyLog...)

	auth := []ssh.Option{wish.WithPublicKeyAuth(func(ssh.Context, ssh.PublicKey) bool { return true }),
		// Keyboard-interactive with no questions: clients without keys get in
		// too. "none" is not accepted, so that clients with a key present it
		// and the log can name it.
		wish.WithKeyboardInteractiveAuth(func(ssh.Context, gossh.KeyboardInteractiveChallenge) bool { return true })}
	if cfg.AuthorizedKeysPath != "" {
		if s.keys, err = readAuthorizedKeys(cfg.AuthorizedKeysPath); err != nil {
			return nil, err
		}
		auth = []ssh.Option{wish.WithPublicKeyAuth(s.authorizedKey)}
		s.log.Info("authorized keys", "path", cfg.AuthorizedKeysPath, "keys", len(s.keys))
	}

	mw := s.middleware()
	slices.Reverse(mw) // wish composes middleware last-first: the last one listed runs first
	opts := append(auth,
		wish.WithAddress(cfg.Listen),
		wish.WithVersion("chronik"),
		func(srv *ssh.Server) error { srv.AddHostKey(signer); return nil },
		wish.WithMiddleware(mw...),
		func(srv *ssh.Server) error {
			srv.HandshakeTimeout = cfg.HandshakeTimeout
			srv.ConnCallback = s.onConn
			srv.ConnectionFailedCallback = s.onConnFailed
			// Only session channels, no global requests (tcpip-forward…), no
			// subsystems, no port forwarding (nil callbacks deny it).
			srv.ChannelHandlers = map[string]ssh.ChannelHandler{"session": s.sessionChannel}
			srv.RequestHandlers = map[string]ssh.RequestHandler{}
			srv.SubsystemHandlers = map[string]ssh.SubsystemHandler{}
			return nil
		},
	)
	if s.ssh, err = wish.NewServer(opts...); err != nil {
		return nil, fmt.Errorf("server: %w", err)
	}
	return s, nil
}

// authorizedKey admits only keys from the authorized_keys file.
func (s *Server) authorizedKey(ctx ssh.Context, key ssh.PublicKey) bool {
	if s.keys.has(key) {
		return true
	}
	s.log.Info("key refused", "user", cleanField(ctx.User()), "remote", ctx.RemoteAddr(), "key", fingerprint(key))
	return false
}

// onConn attaches the server's per-connection state to the ssh context.
func (s *Server) onConn(ctx ssh.Context, c net.Conn) net.Conn {
	gc, _ := c.(*guardedConn)
	ctx.SetValue(connStateKey, &connState{conn: gc})
	return c
}

// onConnFailed logs connections that never got through the handshake.
func (s *Server) onConnFailed(c net.Conn, err error) {
	var ne net.Error
	switch {
	case errors.As(err, &ne) && ne.Timeout():
		s.log.Info("refused", "remote", c.RemoteAddr(), "reason", "timeout", "detail", "handshake not finished in "+s.cfg.HandshakeTimeout.String())
	case errors.Is(err, net.ErrClosed):
		// closed by the guard listener or Shutdown, which logged why
	default:
		s.log.Info("refused", "remote", c.RemoteAddr(), "reason", "refused", "detail", cleanField(err.Error()))
	}
}

func (s *Server) logRefused(reason string, addr net.Addr, detail string) {
	s.log.Info("refused", "remote", addr, "reason", reason, "detail", detail)
}

// ListenAndServe listens on Config.Listen and serves until Shutdown.
func (s *Server) ListenAndServe() error {
	l, err := net.Listen("tcp", s.cfg.Listen)
	if err != nil {
		return fmt.Errorf("server: %w", err)
	}
	return s.Serve(l)
}

// Serve serves connections from l until Shutdown; it returns
// ErrServerClosed then.
func (s *Server) Serve(l net.Listener) error {
	g := newGuardListener(l, guardLimits{
		perSec: s.cfg.RatePerAddr, burst: s.cfg.RateBurst,
		maxConns: s.cfg.MaxSessions + s.cfg.MaxPending, maxPending: s.cfg.MaxPending,
		pendingFor: s.cfg.HandshakeTimeout,
	}, s.logRefused)
	s.mu.Lock()
	switch {
	case s.closing:
		s.mu.Unlock()
		_ = l.Close()
		return ErrServerClosed
	case s.ln != nil:
		s.mu.Unlock()
		return errors.New("server: already serving")
	}
	s.ln = g
	s.mu.Unlock()
	if s.cfg.IdleTimeout > 0 {
		go s.sweepIdle(s.stopSweep)
	}
	s.log.Info("listening", "addr", l.Addr().String(), "max_sessions", s.cfg.MaxSessions, "idle_timeout", s.cfg.IdleTimeout)
	err := s.ssh.Serve(g)
	s.mu.Lock()
	closing := s.closing
	s.mu.Unlock()
	if closing {
		return ErrServerClosed
	}
	return err
}

// Addr is the address the server listens on, nil before Serve.
func (s *Server) Addr() net.Addr {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.ln == nil {
		return nil
	}
	return s.ln.Addr()
}

// Shutdown stops accepting connections, tells every open session that the
// server is going away, and waits for them to end; connections still open
// after shutdownGrace (or when ctx ends, if sooner) are closed. It returns
// within that bound whatever clients do, with an error wrapping
// context.DeadlineExceeded (or ctx's error) if it had to force connections
// closed.
func (s *Server) Shutdown(ctx context.Context) error {
	s.mu.Lock()
	if !s.closing {
		close(s.stopSweep)
	}
	s.closing = true
	sessions := make([]*session, 0, len(s.sessions))
	for ss := range s.sessions {
		sessions = append(sessions, ss)
	}
	g := s.ln
	s.mu.Unlock()
	s.log.Info("shutting down", "sessions", len(sessions))

	ctx, cancel := context.WithTimeout(ctx, s.grace)
	defer cancel()
	// Stop accepting, and drop the connections that hold no session.
	// (charm.land/ssh's own Shutdown is not used: it waits on a WaitGroup
	// that a handshake finishing at that moment adds to, a data race.)
	var allClosed <-chan struct{}
	if g != nil {
		_ = g.Close()
		g.closePending()
		allClosed = g.drained
	}
	for _, ss := range sessions {
		ss.end(reasonShutdown)
	}
	drained := make(chan struct{})
	go func() { s.active.Wait(); close(drained) }()

	var err error
	select {
	case <-drained:
		// Clients close their connection after their last session; give
		// them a moment, so the goodbye is not cut off by a reset.
		select {
		case <-allClosed:
		case <-time.After(clientCloseWait):
		case <-ctx.Done():
		}
	case <-ctx.Done():
		err = fmt.Errorf("server: shutdown: sessions still open, connections closed: %w", ctx.Err())
	}
	// Close every connection left, authenticated or not.
	if g != nil {
		g.closeAll()
	}
	_ = s.ssh.Close()
	return err
}
