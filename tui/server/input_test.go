package server

import (
	"io"
	"testing"
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
