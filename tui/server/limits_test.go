package server

import (
	"io"
	"net"
	"testing"
	"time"
)

func TestHalfOpenFloodLeavesRoomForReaders(t *testing.T) {
	t.Parallel() // it waits on timers; let the rest run meanwhile
	ts := startServer(t, Config{MaxPending: 8, HandshakeTimeout: 800 * time.Millisecond}, nil)
	var held []net.Conn
	for range 40 {
		c, err := net.Dial("tcp", ts.addr)
		if err != nil {
			t.Fatal(err)
		}
		held = append(held, c)
	}
	// A real reader gets in while they are held.
	tm := openTerm(t, ts.addr, 80, 24, "")
	tm.waitText("Timeline")
	// Every held connection is closed by the server: the oldest when the
	// pending queue was full, the rest at the handshake deadline.
	for _, c := range held {
		_ = c.SetReadDeadline(time.Now().Add(5 * time.Second))
		if _, err := io.ReadAll(c); err != nil {
			t.Fatalf("held connection still open: %v", err)
		}
		_ = c.Close()
	}
	ts.waitLog(t, "refused", "dropped the oldest connection without a session")
	ts.waitLog(t, "reason=timeout")
	if open, pending := ts.ln.counts(); open != 1 || pending != 0 {
		t.Errorf("after the flood: %d open, %d pending connections; want the reader's alone", open, pending)
	}
	tm.send("j")
	tm.waitText("> Delta AG")
}

func TestConnectionRateLimitPerAddress(t *testing.T) {
	ts := startServer(t, Config{RatePerAddr: 0.5, RateBurst: 2}, nil)
	for i := range 2 {
		if _, err := dial(t, ts.addr); err != nil {
			t.Fatalf("connection %d within the burst refused: %v", i, err)
		}
	}
	if _, err := dial(t, ts.addr); err == nil {
		t.Fatal("connection past the burst accepted")
	}
	ts.waitLog(t, "refused", "connection rate limit", "remote=127.0.0.1:")
}

func TestSilentConnectionsSpendNoTokens(t *testing.T) {
	ts := startServer(t, Config{RatePerAddr: 0.5, RateBurst: 2}, nil)
	for range 20 {
		c, err := net.Dial("tcp", ts.addr)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
	}
	// The readers at the same address still have their whole burst.
	for i := range 2 {
		if _, err := dial(t, ts.addr); err != nil {
			t.Fatalf("reader %d refused after a flood of silent connections: %v", i, err)
		}
	}
}

func TestAddrKey(t *testing.T) {
	for _, tt := range []struct{ addr, want string }{
		{"192.0.2.7:4711", "192.0.2.7"},
		{"[2001:db8:1:2:3:4:5:6]:22", "2001:db8:1:2::/64"},
		{"[2001:db8:1:2:ffff::1]:22", "2001:db8:1:2::/64"},
		{"[::ffff:192.0.2.7]:22", "192.0.2.7"},
	} {
		addr, err := net.ResolveTCPAddr("tcp", tt.addr)
		if err != nil {
			t.Fatal(err)
		}
		if got := addrKey(addr); got != tt.want {
			t.Errorf("addrKey(%s) = %s, want %s", tt.addr, got, tt.want)
		}
	}
}
