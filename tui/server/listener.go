package server

import (
	"container/list"
	"fmt"
	"net"
	"net/netip"
	"sync"
	"sync/atomic"
	"time"

	lru "github.com/hashicorp/golang-lru/v2"
	"golang.org/x/time/rate"
)

// guardListener screens connections before the SSH server sees them. The
// SSH server starts a goroutine and a handshake for every connection it
// accepts, so everything that must hold before a client has proven anything
// is enforced here, where refusing costs one close:
//   - a token bucket per address (an IPv4 address or an IPv6 /64), so one
//     host cannot flood the server with handshakes. A connection takes its
//     token when its first bytes arrive, that is when it starts the SSH
//     protocol and the key exchange (the part that costs CPU) would begin:
//     a flood of connections that never speak spends no tokens, so it
//     cannot lock readers at the same address out; the pending cap and
//     deadline below deal with it;
//   - a cap on all open connections, so memory stays bounded whatever
//     clients do after the handshake;
//   - a cap and a deadline on pending connections: those without an open
//     session (still in the handshake, or logged in and idle, or whose
//     sessions have ended). At the cap the OLDEST pending connection is
//     dropped, not the new one: a real client opens its session within
//     milliseconds, a half-open one sits until its deadline, so the oldest
//     is almost always hostile and a flood of half-open connections cannot
//     lock readers out. Past the deadline a pending connection is closed.
//
// The ssh server's HandshakeTimeout sets the same deadline on the socket
// during the handshake; the pending deadline also covers what comes after
// it. (charm.land/ssh's own IdleTimeout is not used for this: with both
// set, its deadline bookkeeping races between the handshake and the read
// loop.)
type guardListener struct {
	net.Listener
	log        func(reason string, addr net.Addr, msg string)
	limiters   *lru.Cache[string, *rate.Limiter]
	rate       rate.Limit
	burst      int
	maxConns   int
	maxPending int
	pendingFor time.Duration

	mu      sync.Mutex
	open    map[*guardedConn]struct{}
	pending *list.List    // *guardedConn, oldest first
	closed  bool          // shutting down: accept nothing more
	drained chan struct{} // closed once closed is set and no connection is open
}

// limiterEntries bounds the per-address table; an attacker with more
// addresses than this only evicts old entries, which resets their buckets.
const limiterEntries = 16384

type guardLimits struct {
	perSec     float64 // new connections per second per address; <= 0: no limit
	burst      int
	maxConns   int
	maxPending int
	pendingFor time.Duration
}

func newGuardListener(l net.Listener, lim guardLimits, logf func(reason string, addr net.Addr, msg string)) *guardListener {
	cache, _ := lru.New[string, *rate.Limiter](limiterEntries) // only fails for size <= 0
	return &guardListener{
		Listener:   l,
		log:        logf,
		limiters:   cache,
		rate:       rate.Limit(lim.perSec),
		burst:      lim.burst,
		maxConns:   lim.maxConns,
		maxPending: lim.maxPending,
		pendingFor: lim.pendingFor,
		open:       map[*guardedConn]struct{}{},
		pending:    list.New(),
		drained:    make(chan struct{}),
	}
}

// Accept returns the next connection that passes the guards; the ones that
// do not are closed at once and logged.
func (g *guardListener) Accept() (net.Conn, error) {
	for {
		c, err := g.Listener.Accept()
		if err != nil {
			return nil, err
		}
		gc, evicted, ok := g.admit(c)
		if evicted != nil {
			g.log("refused", evicted.RemoteAddr(), "dropped the oldest connection without a session: too many")
			_ = evicted.Close()
		}
		if !ok {
			g.log("refused", c.RemoteAddr(), "too many open connections")
			_ = c.Close()
			continue
		}
		return gc, nil
	}
}

// allow takes a token from the address's bucket.
func (g *guardListener) allow(addr net.Addr) bool {
	if g.rate <= 0 {
		return true
	}
	key := addrKey(addr)
	l, ok := g.limiters.Get(key)
	if !ok {
		l = rate.NewLimiter(g.rate, g.burst)
		g.limiters.Add(key, l)
	}
	return l.Allow()
}

// addrKey is the rate-limit key of an address: the IPv4 address, or the
// /64 prefix of an IPv6 address (one host usually owns a whole /64).
func addrKey(addr net.Addr) string {
	ap, err := netip.ParseAddrPort(addr.String())
	if err != nil {
		return addr.String()
	}
	ip := ap.Addr().Unmap()
	if ip.Is6() {
		p, _ := ip.Prefix(64)
		return p.String()
	}
	return ip.String()
}

func (g *guardListener) admit(c net.Conn) (gc, evicted *guardedConn, ok bool) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.closed || (g.maxConns > 0 && len(g.open) >= g.maxConns) {
		return nil, nil, false
	}
	if g.maxPending > 0 && g.pending.Len() >= g.maxPending {
		evicted = g.pending.Front().Value.(*guardedConn)
		evicted.leavePendingLocked()
	}
	gc = &guardedConn{Conn: c, g: g}
	g.open[gc] = struct{}{}
	gc.enterPendingLocked()
	return gc, evicted, true
}

// closePending closes the connections that hold no session, and refuses
// new ones: the first step of a shutdown.
func (g *guardListener) closePending() {
	g.mu.Lock()
	g.closeLocked()
	var conns []*guardedConn
	for e := g.pending.Front(); e != nil; e = e.Next() {
		conns = append(conns, e.Value.(*guardedConn))
	}
	g.mu.Unlock()
	for _, c := range conns {
		_ = c.Close()
	}
}

// closeAll closes every connection the listener handed out, for a forced
// shutdown: the SSH server only knows the connections that finished their
// handshake.
func (g *guardListener) closeAll() {
	g.mu.Lock()
	g.closeLocked()
	conns := make([]*guardedConn, 0, len(g.open))
	for c := range g.open {
		conns = append(conns, c)
	}
	g.mu.Unlock()
	for _, c := range conns {
		_ = c.Close()
	}
}

func (g *guardListener) closeLocked() {
	if !g.closed {
		g.closed = true
		g.noteEmptyLocked()
	}
}

// noteEmptyLocked closes drained when the last connection of a closed
// listener is gone.
func (g *guardListener) noteEmptyLocked() {
	if g.closed && len(g.open) == 0 {
		select {
		case <-g.drained:
		default:
			close(g.drained)
		}
	}
}

// counts reports the open and the pending connections.
func (g *guardListener) counts() (open, pending int) {
	g.mu.Lock()
	defer g.mu.Unlock()
	return len(g.open), g.pending.Len()
}

// errRateLimited is what reading a connection refused by the rate limit
// returns. It wraps net.ErrClosed: the connection is closed, and already
// logged.
var errRateLimited = fmt.Errorf("connection rate limit: %w", net.ErrClosed)

// A guardedConn is a connection the guard listener let through. It is
// pending while it holds no session, and leaves the listener's books when
// it closes.
type guardedConn struct {
	net.Conn
	g        *guardListener
	spoke    atomic.Bool   // the client has sent its first bytes (and paid its token)
	elem     *list.Element // in g.pending while pending
	expiry   *time.Timer   // closes the connection if it stays pending
	sessions int
	gen      int // counts entries into pending, so a stale expiry does nothing
	once     sync.Once
}

func (c *guardedConn) enterPendingLocked() {
	c.elem = c.g.pending.PushBack(c)
	c.gen++
	if c.g.pendingFor > 0 {
		gen := c.gen
		c.expiry = time.AfterFunc(c.g.pendingFor, func() { c.expire(gen) })
	}
}

func (c *guardedConn) leavePendingLocked() {
	if c.elem != nil {
		c.g.pending.Remove(c.elem)
		c.elem = nil
	}
	if c.expiry != nil {
		c.expiry.Stop()
		c.expiry = nil
	}
}

func (c *guardedConn) expire(gen int) {
	c.g.mu.Lock()
	pending := c.elem != nil && c.gen == gen
	c.g.mu.Unlock()
	if pending {
		c.g.log("timeout", c.RemoteAddr(), "no session opened within "+c.g.pendingFor.String())
		_ = c.Close()
	}
}

// sessionOpened takes the connection out of the pending queue.
func (c *guardedConn) sessionOpened() {
	c.g.mu.Lock()
	defer c.g.mu.Unlock()
	c.sessions++
	c.leavePendingLocked()
}

// sessionClosed puts a connection whose last session ended back in the
// pending queue, deadline and all.
func (c *guardedConn) sessionClosed() {
	c.g.mu.Lock()
	defer c.g.mu.Unlock()
	c.sessions--
	if _, open := c.g.open[c]; open && c.sessions == 0 {
		c.enterPendingLocked()
	}
}

// Read charges the address's token bucket when the client's first bytes
// arrive, and closes the connection if the bucket is empty.
func (c *guardedConn) Read(p []byte) (int, error) {
	n, err := c.Conn.Read(p)
	if n > 0 && !c.spoke.Swap(true) && !c.g.allow(c.RemoteAddr()) {
		c.g.log("refused", c.RemoteAddr(), "connection rate limit")
		_ = c.Close()
		return 0, errRateLimited
	}
	return n, err
}

// Close takes the connection off the books before closing the socket, so
// that no client ever sees a close the counts do not show yet.
func (c *guardedConn) Close() error {
	c.once.Do(func() {
		c.g.mu.Lock()
		defer c.g.mu.Unlock()
		c.leavePendingLocked()
		delete(c.g.open, c)
		c.g.noteEmptyLocked()
	})
	return c.Conn.Close()
}
