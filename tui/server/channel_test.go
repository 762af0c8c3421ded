package server

import (
	"testing"

	gossh "golang.org/x/crypto/ssh"
)

func TestFilterClampsWindows(t *testing.T) {
	s := &Server{cfg: Config{MaxWindow: Size{500, 200}}, log: discardLogger()}
	for _, tt := range []struct{ cols, rows, wantC, wantR uint32 }{
		{80, 24, 80, 24},
		{10000, 10000, 500, 200},
		{0xFFFFFFFF, 1, 500, 1},
		{0, 0, 80, 24},
	} {
		var env int
		r := &gossh.Request{Type: "pty-req", Payload: gossh.Marshal(ptyRequest{"xterm", tt.cols, tt.rows, 99999, 99999, ""})}
		var got ptyRequest
		if !s.filterRequest(r, &env) || gossh.Unmarshal(r.Payload, &got) != nil || got.Columns != tt.wantC || got.Rows != tt.wantR || got.Wpx != 0 {
			t.Errorf("pty-req %dx%d became %+v", tt.cols, tt.rows, got)
		}
		r = &gossh.Request{Type: "window-change", Payload: gossh.Marshal(windowChange{tt.cols, tt.rows, 1, 1})}
		var gw windowChange
		if !s.filterRequest(r, &env) || gossh.Unmarshal(r.Payload, &gw) != nil || gw.Columns != tt.wantC || gw.Rows != tt.wantR {
			t.Errorf("window-change %dx%d became %+v", tt.cols, tt.rows, gw)
		}
	}
	var env int
	for _, term := range []string{"xterm\x1b]0;x\x07", string(make([]byte, maxTermBytes+1))} {
		r := &gossh.Request{Type: "pty-req", Payload: gossh.Marshal(ptyRequest{Term: term, Columns: 80, Rows: 24})}
		if s.filterRequest(r, &env) {
			t.Errorf("pty-req with TERM %q passed", term)
		}
	}
}

func FuzzFilterRequest(f *testing.F) {
	f.Add("pty-req", gossh.Marshal(ptyRequest{"xterm", 10000, 10000, 0, 0, ""}))
	f.Add("window-change", gossh.Marshal(windowChange{300, 100, 0, 0}))
	f.Add("window-change", []byte{0, 0, 0})
	f.Add("env", gossh.Marshal(struct{ K, V string }{"TERM", "xterm"}))
	f.Add("exec", gossh.Marshal(struct{ C string }{"alt"}))
	f.Add("subsystem", gossh.Marshal(struct{ N string }{"sftp"}))
	s := &Server{cfg: Config{MaxWindow: Size{500, 200}}, log: discardLogger()}
	f.Fuzz(func(t *testing.T, typ string, payload []byte) {
		var env int
		r := &gossh.Request{Type: typ, Payload: payload}
		if !s.filterRequest(r, &env) {
			return
		}
		var cols, rows uint32
		switch typ {
		case "pty-req":
			var p ptyRequest
			if err := gossh.Unmarshal(r.Payload, &p); err != nil {
				t.Fatalf("passed pty-req does not decode: %v", err)
			}
			cols, rows = p.Columns, p.Rows
		case "window-change":
			var w windowChange
			if err := gossh.Unmarshal(r.Payload, &w); err != nil {
				t.Fatalf("passed window-change does not decode: %v", err)
			}
			cols, rows = w.Columns, w.Rows
		default:
			return
		}
		if cols < 1 || cols > 500 || rows < 1 || rows > 200 {
			t.Errorf("%s passed with %dx%d", typ, cols, rows)
		}
	})
}
