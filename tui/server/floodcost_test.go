package server

import (
	"sync/atomic"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
)

// BenchmarkFloodCost measures what one flooding client costs the server:
// the process's CPU time (user + system; the benchmark's own client is in
// it too, but encrypting a few MB is milliseconds) and the keys the
// explorer got, from the flood's start until the session is over. One
// run each is the measurement:
//
//	go test ./tui/server -run '^$' -bench FloodCost -benchtime 1x
//
// "silent": the client floods for 30 ms and then keeps its connection
// open without a word until the server ends the session. "vanish": the
// client floods for 10 s (or until the server ends the session) and then
// cuts the connection. Each reports the CPU seconds, the keys and how
// long the session lasted.
func BenchmarkFloodCost(b *testing.B) {
	for _, tc := range []struct {
		name   string
		flood  time.Duration
		silent bool
		idle   time.Duration
	}{
		{"silent-after-30ms-idle-2s", 30 * time.Millisecond, true, 2 * time.Second},
		{"vanish-after-10s-idle-2s", 10 * time.Second, false, 2 * time.Second},
		{"vanish-after-10s-idle-15m", 10 * time.Second, false, DefaultIdleTimeout},
	} {
		b.Run(tc.name, func(b *testing.B) {
			var cpu, took time.Duration
			var keys atomic.Int64
			for range b.N {
				ts := startWrapping(b, Config{IdleTimeout: tc.idle}, func(m tea.Model) tea.Model { return countingKeys{m, &keys, nil} })
				var cpu0 time.Duration
				var start time.Time
				opened := func() { cpu0, start = cpuTime(), time.Now() }
				var vanish func(*flooder)
				if tc.silent {
					vanish = func(f *flooder) {
						<-f.wrote
						ended := make(chan error, 1)
						go func() { ended <- f.sess.Wait() }()
						select {
						case <-ended:
						case <-time.After(5 * time.Minute):
							b.Error("the session did not end within 5 minutes")
						}
					}
				}
				floodAndVanish(b, ts.addr, tc.flood, vanish, opened)
				ts.waitNoSessions(b)
				cpu, took = cpu+cpuTime()-cpu0, took+time.Since(start)
				ts.waitDisconnects(b, 1)
			}
			n := float64(b.N)
			b.ReportMetric(cpu.Seconds()/n, "cpu-s/flood")
			b.ReportMetric(float64(keys.Load())/n, "keys/flood")
			b.ReportMetric(took.Seconds()/n, "s/session")
		})
	}
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
