package server

import (
	"bytes"
	"io"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
)

// BenchmarkInputHop is what programInput adds to every chunk the client
// sends (one key at a time, as a reader types): one hop through a pipe and
// its copying goroutine, compared with reading the source directly.
//
//	go test ./tui/server -run '^$' -bench InputHop -benchtime 200000x
func BenchmarkInputHop(b *testing.B) {
	for _, tt := range []struct {
		name string
		wrap func(io.Reader) io.Reader
	}{
		{"direct", func(r io.Reader) io.Reader { return r }},
		{"programInput", func(r io.Reader) io.Reader { return newProgramInput(r) }},
	} {
		b.Run(tt.name, func(b *testing.B) {
			src, keys := io.Pipe() // the session: one key per write
			in := tt.wrap(src)
			n := b.N
			go func() {
				key := []byte("j")
				for range n {
					if _, err := keys.Write(key); err != nil {
						return
					}
				}
				_ = keys.Close()
			}()
			buf := make([]byte, 4096)
			b.ResetTimer()
			for range b.N {
				if _, err := in.Read(buf); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// The reader gets an error, not io.EOF, when the client's input ends, and
// when the program stops its input; a Read in progress returns at once.
func TestProgramInputEnds(t *testing.T) {
	src, client := io.Pipe()
	in := newProgramInput(src)
	go func() { _, _ = client.Write([]byte("jk")); _ = client.Close() }()
	buf := make([]byte, 8)
	if n, err := in.Read(buf); n != 2 || err != nil {
		t.Fatalf("got %d, %v", n, err)
	}
	if _, err := in.Read(buf); !ended(err) || err == io.EOF {
		t.Errorf("after the client's end: %v", err)
	}

	silent, _ := io.Pipe()
	in = newProgramInput(silent)
	done := make(chan error)
	go func() { _, err := in.Read(buf); done <- err }()
	in.stop()
	if err := <-done; !ended(err) {
		t.Errorf("after stop: %v", err)
	}
}

// A program stopped while its client floods it ends only once it has
// handed over, message by message, the keys its reader holds; that must
// stay a few hundred, not thousands (see inputChunk).
func TestStoppedProgramHasLittleLeftToHandOver(t *testing.T) {
	pr, client := io.Pipe()
	t.Cleanup(func() { _ = pr.Close() })
	go func() {
		keys := bytes.Repeat([]byte("j"), 4096)
		for {
			if _, err := client.Write(keys); err != nil {
				return
			}
		}
	}()
	src := &countingReader{Reader: pr, third: make(chan struct{})}
	in := newProgramInput(src)
	m := &stallingModel{release: make(chan struct{})}
	var left int // messages after stop; only the event loop counts them
	filter := func(m tea.Model, msg tea.Msg) tea.Msg {
		if in.stopping.Load() {
			left++
		}
		return in.filter(m, msg)
	}
	p := tea.NewProgram(m, tea.WithInput(in), tea.WithOutput(io.Discard), tea.WithFilter(filter),
		tea.WithoutSignalHandler(), tea.WithEnvironment([]string{"TERM=xterm"}))
	done := make(chan error, 1)
	go func() { _, err := p.Run(); done <- err }()
	// With the model stalled at the first key, the reader fills: the chunk
	// that key came in, and the next one, read while the first is handed
	// over. Only then is a third chunk read from the client.
	select {
	case <-src.third:
	case <-time.After(10 * time.Second):
		t.Fatal("the program's reader never filled")
	}
	in.stop()
	close(m.release)
	select {
	case err := <-done:
		if !ended(err) {
			t.Errorf("Run: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the stopped program did not end")
	}
	if left > 1024 {
		t.Errorf("the stopped program had %d messages left to hand over", left)
	}
}

// countingReader closes third when it is read for the third time.
type countingReader struct {
	io.Reader
	reads int
	third chan struct{}
}

func (r *countingReader) Read(p []byte) (int, error) {
	if r.reads++; r.reads == 3 {
		close(r.third)
	}
	return r.Reader.Read(p)
}

// stallingModel stops in Update at the first key until release is closed,
// as a program busy drawing does while its client floods it.
type stallingModel struct{ release chan struct{} }

func (m *stallingModel) Init() tea.Cmd { return nil }

func (m *stallingModel) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if _, ok := msg.(tea.KeyPressMsg); ok {
		<-m.release
	}
	return m, nil
}

func (m *stallingModel) View() tea.View { return tea.NewView("") }
