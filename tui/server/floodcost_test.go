package server

import (
	"os"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
)

// TestFloodCost measures what one flooding client costs the server: the
// process's CPU time (user + system; the test's own client is in it too,
// but encrypting a few MB is milliseconds) and the keys the explorer got,
// from the flood's start until the session is over. It is a measurement,
// not a check, and takes long without the input budget, so it runs only
// when asked:
//
//	CHRONIK_FLOOD_COST=1 go test ./tui/server -run TestFloodCost -count=1 -v
//
// "silent": the client floods for 30 ms and then keeps its connection
// open without a word until the server ends the session. "vanish": the
// client floods for 10 s (or until the server ends the session) and then
// cuts the connection. The log line ends with the session's own
// disconnect line: how long it lasted and why it ended.
func TestFloodCost(t *testing.T) {
	if os.Getenv("CHRONIK_FLOOD_COST") == "" {
		t.Skip("a measurement; set CHRONIK_FLOOD_COST=1 to run it")
	}
	for _, tc := range []struct {
		name   string
		flood  time.Duration
		silent bool
		idle   time.Duration
	}{
		{"silent after 30ms, idle 2s", 30 * time.Millisecond, true, 2 * time.Second},
		{"vanish after 10s, idle 2s", 10 * time.Second, false, 2 * time.Second},
		{"vanish after 10s, idle 15m", 10 * time.Second, false, DefaultIdleTimeout},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var keys atomic.Int64
			ts := startWrapping(t, Config{IdleTimeout: tc.idle}, func(m tea.Model) tea.Model { return countingKeys{m, &keys, nil} })
			var cpu0 time.Duration
			var start time.Time
			opened := func() { cpu0, start = cpuTime(t), time.Now() }
			var vanish func(*flooder)
			if tc.silent {
				vanish = func(f *flooder) {
					<-f.wrote
					ended := make(chan error, 1)
					go func() { ended <- f.sess.Wait() }()
					select {
					case <-ended:
					case <-time.After(5 * time.Minute):
						t.Error("the session did not end within 5 minutes")
					}
				}
			}
			floodAndVanish(t, ts.addr, tc.flood, vanish, opened)
			ts.waitNoSessions(t)
			cpu, took := cpuTime(t)-cpu0, time.Since(start)
			line := ts.waitDisconnects(t, 1)[0]
			t.Logf("%s: server CPU %.2f s over %.1f s, %d keys reached the explorer; %s",
				tc.name, cpu.Seconds(), took.Seconds(), keys.Load(), line[strings.Index(line, "duration="):])
		})
	}
}

// cpuTime is the CPU time the process has used so far.
func cpuTime(t *testing.T) time.Duration {
	t.Helper()
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		t.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// countingKeys passes everything on to its model and counts the key
// presses and, if pasted is not nil, the bytes pasted.
type countingKeys struct {
	tea.Model
	n      *atomic.Int64
	pasted *atomic.Int64
}

func (m countingKeys) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		m.n.Add(1)
	case tea.PasteMsg:
		if m.pasted != nil {
			m.pasted.Add(int64(len(msg.Content)))
		}
	}
	inner, cmd := m.Model.Update(msg)
	return countingKeys{inner, m.n, m.pasted}, cmd
}
