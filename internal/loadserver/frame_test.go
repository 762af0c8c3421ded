package main

import (
	"fmt"
	"io"
	"runtime"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"

	"chronik/corpus"
	"chronik/model"
	"chronik/tui"
)

// timedModel measures the time the app spends in Update and View, so the
// benchmark can split a frame's cost between the app and bubbletea.
type timedModel struct {
	inner tea.Model
	spent atomic.Int64 // nanoseconds in Update and View
}

func (m *timedModel) Init() tea.Cmd { return m.inner.Init() }

func (m *timedModel) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	start := time.Now()
	var cmd tea.Cmd
	m.inner, cmd = m.inner.Update(msg)
	m.spent.Add(int64(time.Since(start)))
	return m, cmd
}

func (m *timedModel) View() tea.View {
	start := time.Now()
	v := m.inner.View()
	m.spent.Add(int64(time.Since(start)))
	return v
}

// frameWriter is a program's output: it counts bytes and signals each
// write, which is one flushed frame.
type frameWriter struct {
	bytes  atomic.Int64
	frames chan struct{}
}

func (w *frameWriter) Write(p []byte) (int, error) {
	w.bytes.Add(int64(len(p)))
	select {
	case w.frames <- struct{}{}:
	default:
	}
	return len(p), nil
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// benchFrames runs an explorer session the way tui/server does (a
// tea.Program reading keys from a pipe, writing to a non-terminal), sends
// keys that each change the screen, waits for each frame, and reports the
// process CPU per frame and the app's part of it (Update and View); the
// rest is bubbletea (diffing cells, writing escape sequences) and the Go
// runtime. idle-ms/frame is the part of cpu-ms/frame the session would
// spend anyway while waiting (the renderer's 60 Hz ticker), measured with
// no keys. SSH encryption is not included.
func benchFrames(b *testing.B, tl *model.Timeline, w, h int) {
	m, err := tui.New(tl, tui.Options{Style: "dark", Shared: tui.NewShared(tl, 32<<20)})
	if err != nil {
		b.Fatal(err)
	}
	tm := &timedModel{inner: m}
	in, keys := io.Pipe()
	out := &frameWriter{frames: make(chan struct{}, 1)}
	// The colour profile comes from the environment, as wish's bubbletea
	// middleware sets it for an SSH session: sshload's TERM=xterm-256color
	// gives ANSI256.
	env := []string{"TERM=xterm-256color"}
	p := tea.NewProgram(tm, tea.WithInput(in), tea.WithOutput(out),
		tea.WithEnvironment(env), tea.WithColorProfile(colorprofile.Env(env)),
		tea.WithWindowSize(w, h), tea.WithoutSignalHandler())
	done := make(chan struct{})
	go func() { _, _ = p.Run(); close(done) }()
	defer func() { p.Kill(); <-done }()
	waitFrame := func() {
		select {
		case <-out.frames:
		case <-time.After(5 * time.Second):
			b.Fatal("no frame")
		}
	}
	waitFrame()
	time.Sleep(100 * time.Millisecond) // let start-up work (queries, first renders) settle
	// What the session costs with nothing to draw: the renderer's ticker.
	idle0, idleStart := cpuTime(), time.Now()
	time.Sleep(500 * time.Millisecond)
	idlePerSec := float64(cpuTime()-idle0) / float64(time.Since(idleStart))
	seq := []string{"k", "k", "j", "k", "j", "j"}
	select {
	case <-out.frames:
	default:
	}
	tm.spent.Store(0)
	bytes0 := out.bytes.Load()
	b.ResetTimer()
	var mem0, mem1 runtime.MemStats
	runtime.ReadMemStats(&mem0)
	cpu0 := cpuTime()
	for i := 0; i < b.N; i++ {
		if _, err := io.WriteString(keys, seq[i%len(seq)]); err != nil {
			b.Fatal(err)
		}
		waitFrame()
	}
	cpu := cpuTime() - cpu0
	runtime.ReadMemStats(&mem1)
	wall := b.Elapsed()
	b.StopTimer()
	n := float64(b.N)
	b.ReportMetric(idlePerSec*float64(wall.Microseconds())/1000/n, "idle-ms/frame")
	b.ReportMetric(float64(cpu.Microseconds())/1000/n, "cpu-ms/frame")
	b.ReportMetric(float64(tm.spent.Load())/1e6/n, "app-ms/frame")
	b.ReportMetric(float64(out.bytes.Load()-bytes0)/n, "bytes/frame")
	// Garbage is what the collector pays for: a server's GC CPU grows with
	// the bytes allocated per frame.
	b.ReportMetric(float64(mem1.TotalAlloc-mem0.TotalAlloc)/n, "alloc-B/frame")
}

// BenchmarkFrame is a session's CPU per changed frame on the default
// corpus, at sshload's default 120x40 and at 160x48, with the keys of the
// load runs (k,k,j,k,j,j: the explorer may open on the last row, where j
// moves nothing), each of which moves the selection:
//
//	go test -run XXX -bench Frame -benchtime 600x ./internal/loadserver/
func BenchmarkFrame(b *testing.B) {
	tl, errs := corpus.LoadDefault()
	if tl == nil {
		b.Fatal(errs)
	}
	for _, size := range [][2]int{{120, 40}, {160, 48}} {
		b.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(b *testing.B) { benchFrames(b, tl, size[0], size[1]) })
	}
}
