package server

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	gossh "golang.org/x/crypto/ssh"

	"chronik/tui/plain"
)

func TestTestAppSession(t *testing.T) {
	ts := startServer(t, Config{}, nil)
	tm := openTerm(t, ts.addr, 80, 24, "")
	tm.waitText("> Treffen in Berlin")
	tm.send("j")
	s := tm.waitText("> Delta AG kündigt Fusion an")
	if !strings.Contains(s, "  Treffen in Berlin") {
		t.Errorf("the old row did not lose its cursor:\n%s", s)
	}
	tm.send("q")
	if st := tm.waitExit(); st != 0 {
		t.Errorf("exit status %d after q", st)
	}
	ts.waitLog(t, "disconnect", "reason=quit", "key=SHA256:")
}

func TestNoPTYPrintsTimeline(t *testing.T) {
	ts := startServer(t, Config{}, nil)
	for _, tt := range []struct{ cmd string }{{""}, {"alt"}, {"anna alt beck"}, {"ALT"}} {
		t.Run(tt.cmd, func(t *testing.T) {
			out, errOut, st := run(t, ts.addr, tt.cmd)
			actors, err := resolve(ts.tl, tt.cmd)
			if err != nil {
				t.Fatal(err)
			}
			var want strings.Builder
			if err := plain.Write(&want, ts.tl, ts.tl.EventsWithAll(actors)); err != nil {
				t.Fatal(err)
			}
			if out != want.String() || errOut != "" || st != 0 {
				t.Errorf("got status %d, stderr %q, stdout:\n%s\nwant:\n%s", st, errOut, out, want.String())
			}
		})
	}
}

func TestBadArgumentsOneLineExit1(t *testing.T) {
	ts := startServer(t, Config{}, nil)
	for _, tt := range []struct{ cmd, want string }{
		{"nobody", `unknown actor "nobody"; try for example: alt, beck, delta`},
		{"alt zorro", `unknown actor "zorro"`},
		{"--help", `options go with a command ("--help")`},
		{"-t alt", `options go with a command`},
		{`'alt`, "cannot read the arguments"},
		{"\x1b[2Jevil", `unknown actor "␛[2Jevil"`},
	} {
		t.Run(tt.cmd, func(t *testing.T) {
			for _, pty := range []bool{false, true} {
				var errOut string
				var st int
				if pty {
					tm := openTerm(t, ts.addr, 80, 24, tt.cmd)
					st = tm.waitExit()
					errOut = tm.stderr.String()
				} else {
					var out string
					out, errOut, st = run(t, ts.addr, tt.cmd)
					if out != "" {
						t.Errorf("stdout %q", out)
					}
				}
				lines := strings.Split(strings.TrimRight(errOut, "\r\n"), "\n")
				if st != 1 || len(lines) != 1 || !strings.HasPrefix(errOut, "chronik: ") || !strings.Contains(errOut, tt.want) ||
					strings.ContainsRune(errOut, '\x1b') {
					t.Errorf("pty=%v: status %d, stderr %q; want one line with %q", pty, st, errOut, tt.want)
				}
			}
		})
	}
	ts.waitLog(t, "disconnect", "reason=refused")
}

func TestActorArgumentsReachTheExplorer(t *testing.T) {
	ts := startServer(t, Config{}, nil)
	tm := openTerm(t, ts.addr, 100, 24, "bernd beck delta")
	tm.waitText("actors Bernd Beck+Delta AG")
}

func TestWindowChangeReflows(t *testing.T) {
	ts := startServer(t, Config{}, nil)
	tm := openTerm(t, ts.addr, 100, 30, "")
	tm.waitText("size 100x30")
	tm.resize(40, 10)
	s := tm.waitText("size 40x10")
	for _, l := range strings.Split(s, "\n") {
		if len([]rune(l)) > 40 {
			t.Errorf("line wider than 40 after resize: %q", l)
		}
	}
}

func TestResizeStormIsCoalesced(t *testing.T) {
	ts := startServer(t, Config{}, nil)
	tm := openTerm(t, ts.addr, 100, 30, "")
	tm.waitText("size 100x30")
	start := time.Now()
	for i := range 200 {
		if err := tm.sess.WindowChange(20+i%50, 40+i%80); err != nil {
			t.Fatal(err)
		}
	}
	tm.resize(77, 22)
	s := tm.waitText("size 77x22")
	var n int
	if _, err := fmt.Sscanf(s[strings.Index(s, "resizes "):], "resizes %d", &n); err != nil {
		t.Fatal(err)
	}
	if most := int(time.Since(start)/resizeEvery) + 2; n > most {
		t.Errorf("201 window-changes in %s reached the program as %d resizes; want at most %d", time.Since(start), n, most)
	}
}

func TestHostileWindowSizeIsClamped(t *testing.T) {
	ts := startServer(t, Config{MaxWindow: Size{300, 100}}, nil)
	tm := openTerm(t, ts.addr, 10000, 10000, "")
	tm.waitText("size 300x100")
	tm.resize(10000, 10000)
	tm.send("j")
	tm.waitText("> Delta AG")
	tm.resize(0, 0) // "unknown" in RFC 4254: the classic 80x24
	tm.waitText("size 80x24")
	if line := ts.waitLog(t, "connect", "window="); !strings.Contains(line, "window=300x100") {
		t.Errorf("connect logged an unclamped window: %s", line)
	}
}

func TestMaxSessions(t *testing.T) {
	ts := startServer(t, Config{MaxSessions: 2}, nil)
	a := openTerm(t, ts.addr, 80, 24, "")
	b := openTerm(t, ts.addr, 80, 24, "")
	a.waitText("Timeline")
	b.waitText("Timeline")
	c := openTerm(t, ts.addr, 80, 24, "")
	if st := c.waitExit(); st != 1 {
		t.Errorf("third session: exit status %d", st)
	}
	if got := c.stderr.String(); !strings.Contains(got, "chronik: server full (2 sessions), try again later") {
		t.Errorf("third session: stderr %q", got)
	}
	_, errOut, st := run(t, ts.addr, "alt")
	if st != 1 || !strings.Contains(errOut, "server full") {
		t.Errorf("no-PTY session past the limit: status %d, stderr %q", st, errOut)
	}
	ts.waitLog(t, "disconnect", "reason=full")
	// A place frees up when a reader quits.
	a.send("q")
	a.waitExit()
	d := openTerm(t, ts.addr, 80, 24, "")
	d.waitText("Timeline")
}

func TestIdleTimeout(t *testing.T) {
	t.Parallel() // it waits on timers; let the rest run meanwhile
	ts := startServer(t, Config{IdleTimeout: 300 * time.Millisecond}, nil)
	tm := openTerm(t, ts.addr, 80, 24, "")
	tm.waitText("Timeline")
	start := time.Now()
	if st := tm.waitExit(); st != 0 {
		t.Errorf("exit status %d", st)
	}
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("idle session ended after %s", d)
	}
	if got := tm.stderr.String(); !strings.Contains(got, "chronik: no input for 300ms, session closed") {
		t.Errorf("stderr %q", got)
	}
	ts.waitLog(t, "disconnect", "reason=idle")
}

func TestInputKeepsSessionAlive(t *testing.T) {
	t.Parallel() // it waits on timers; let the rest run meanwhile
	// The keys come every 150 ms for 1.2 s against a 1.5 s limit, so only a
	// stall of over a second could fail this.
	ts := startServer(t, Config{IdleTimeout: 1500 * time.Millisecond}, nil)
	tm := openTerm(t, ts.addr, 80, 24, "")
	tm.waitText("Timeline")
	for i := range 8 {
		time.Sleep(150 * time.Millisecond) // paced input is what this test is about
		tm.send([]string{"j", "k"}[i%2])
	}
	select {
	case err := <-tm.exit:
		t.Fatalf("session with input ended: %v", err)
	default:
	}
}

func TestAuthorizedKeys(t *testing.T) {
	allowed, other := newKey(t), newKey(t)
	path := filepath.Join(t.TempDir(), "authorized_keys")
	content := "# readers\n\n" + string(gossh.MarshalAuthorizedKey(allowed.PublicKey()))
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	ts := startServer(t, Config{AuthorizedKeysPath: path}, nil)

	c, err := dial(t, ts.addr, gossh.PublicKeys(allowed))
	if err != nil {
		t.Fatalf("listed key refused: %v", err)
	}
	tm := openTermOn(t, c, 80, 24, "")
	tm.waitText("Timeline")

	if _, err := dial(t, ts.addr, gossh.PublicKeys(other)); err == nil {
		t.Error("a key not in authorized_keys got in")
	}
	ki := gossh.KeyboardInteractive(func(string, string, []string, []bool) ([]string, error) { return nil, nil })
	if _, err := dial(t, ts.addr, ki, gossh.Password("")); err == nil {
		t.Error("keyboard-interactive or password got in with authorized keys set")
	}
	ts.waitLog(t, "key refused", gossh.FingerprintSHA256(other.PublicKey()))
}

func TestAnyoneMayReadByDefault(t *testing.T) {
	ts := startServer(t, Config{}, nil)
	ki := gossh.KeyboardInteractive(func(string, string, []string, []bool) ([]string, error) { return nil, nil })
	c, err := dial(t, ts.addr, ki)
	if err != nil {
		t.Fatalf("keyboard-interactive refused: %v", err)
	}
	openTermOn(t, c, 80, 24, "").waitText("Timeline")
	ts.waitLog(t, "connect", "key=-")
}

func TestAuthorizedKeysFileErrors(t *testing.T) {
	dir := t.TempDir()
	good := string(gossh.MarshalAuthorizedKey(newKey(t).PublicKey()))
	for _, tt := range []struct{ name, content, want string }{
		{"bad line", good + "ssh-ed25519 AAAAnotbase64\n", "authorized_keys:2:"},
		{"bad lines", "garbage\n" + good + "more garbage\n", "authorized_keys:3:"},
		{"empty", "# nobody\n", "no keys"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(dir, "authorized_keys")
			if err := os.WriteFile(path, []byte(tt.content), 0o600); err != nil {
				t.Fatal(err)
			}
			_, err := newServer(Config{AuthorizedKeysPath: path, HostKeyPath: filepath.Join(dir, "hk"), Logger: discardLogger()}, fixture(), nil)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v, want one naming %q", err, tt.want)
			}
		})
	}
	_, err := newServer(Config{AuthorizedKeysPath: filepath.Join(dir, "missing"), HostKeyPath: filepath.Join(dir, "hk"), Logger: discardLogger()}, fixture(), nil)
	if err == nil {
		t.Error("a missing authorized_keys file was accepted")
	}
}

func TestHostKeyCreatedOnceAndKept(t *testing.T) {
	state := filepath.Join(t.TempDir(), "state")
	dir := filepath.Join(state, "chronik")
	path := filepath.Join(dir, "host_ed25519")
	// The default path: its directories are made, and said.
	hk, err := loadOrCreateHostKey(path, true)
	if err != nil || !hk.created || !slices.Equal(hk.dirs, []string{state, dir}) {
		t.Fatalf("first start: created=%v dirs=%q err=%v", hk.created, hk.dirs, err)
	}
	for p, want := range map[string]os.FileMode{path: 0o600, dir: 0o700} {
		if fi, err := os.Stat(p); err != nil || fi.Mode().Perm() != want {
			t.Errorf("%s: mode %v, want %v (%v)", p, fi.Mode().Perm(), want, err)
		}
	}
	hk2, err := loadOrCreateHostKey(path, false)
	if err != nil || hk2.created || hk2.dirs != nil {
		t.Fatalf("second start: created=%v dirs=%q err=%v", hk2.created, hk2.dirs, err)
	}
	if gossh.FingerprintSHA256(hk.signer.PublicKey()) != gossh.FingerprintSHA256(hk2.signer.PublicKey()) {
		t.Error("the host key changed between starts")
	}
	if hk.signer.PublicKey().Type() != gossh.KeyAlgoED25519 {
		t.Errorf("host key type %s", hk.signer.PublicKey().Type())
	}
	if err := os.Chmod(path, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := loadOrCreateHostKey(path, false); err == nil || !strings.Contains(err.Error(), "readable by others") {
		t.Errorf("a world-readable host key was used: %v", err)
	}
}

// A --host-key in a directory that does not exist is an error that names
// it, and nothing is created.
func TestHostKeyDirectoryIsNotCreated(t *testing.T) {
	base := t.TempDir()
	missing := filepath.Join(base, "nonexistent")
	path := filepath.Join(missing, "dir", "key")
	_, err := newServer(Config{HostKeyPath: path, Logger: discardLogger()}, fixture(), nil)
	if err == nil || !strings.Contains(err.Error(), filepath.Join(missing, "dir")+" does not exist") {
		t.Errorf("got %v", err)
	}
	if _, err := os.Stat(missing); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("%s was created (%v)", missing, err)
	}
	// A file where the directory should be.
	file := filepath.Join(base, "file")
	if err := os.WriteFile(file, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := loadOrCreateHostKey(filepath.Join(file, "key"), true); err == nil || !strings.Contains(err.Error(), "not a directory") {
		t.Errorf("got %v", err)
	}
	// In an existing directory the key is made.
	if _, err := newServer(Config{HostKeyPath: filepath.Join(base, "key"), Logger: discardLogger()}, fixture(), nil); err != nil {
		t.Error(err)
	}
}

func TestDefaultHostKeyPath(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", "/xdg/state")
	if p, _ := DefaultHostKeyPath(); p != "/xdg/state/chronik/host_ed25519" {
		t.Errorf("with XDG_STATE_HOME: %s", p)
	}
	t.Setenv("XDG_STATE_HOME", "")
	t.Setenv("HOME", "/home/reader")
	if p, _ := DefaultHostKeyPath(); p != "/home/reader/.local/state/chronik/host_ed25519" {
		t.Errorf("without XDG_STATE_HOME: %s", p)
	}
}

func TestNothingElseIsOffered(t *testing.T) {
	ts := startServer(t, Config{}, nil)
	c, err := dial(t, ts.addr)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.Dial("tcp", ts.addr); err == nil {
		t.Error("local port forwarding (direct-tcpip) was accepted")
	}
	if _, err := c.Listen("tcp", "127.0.0.1:0"); err == nil {
		t.Error("remote port forwarding (tcpip-forward) was accepted")
	}
	sess, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	for _, req := range []struct {
		typ     string
		payload []byte
	}{
		{"auth-agent-req@openssh.com", nil},
		{"x11-req", gossh.Marshal(struct {
			Single        bool
			Proto, Cookie string
			Screen        uint32
		}{false, "MIT-MAGIC-COOKIE-1", "00", 0})},
		{"subsystem", gossh.Marshal(struct{ Name string }{"sftp"})},
		{"env", gossh.Marshal(struct{ K, V string }{"A", strings.Repeat("x", 2000)})},
	} {
		if ok, err := sess.SendRequest(req.typ, true, req.payload); ok || err != nil {
			t.Errorf("%s: accepted=%v err=%v", req.typ, ok, err)
		}
	}
	for i := range maxEnvVars + 1 {
		ok, _ := sess.SendRequest("env", true, gossh.Marshal(struct{ K, V string }{fmt.Sprint("V", i), "1"}))
		if ok != (i < maxEnvVars) {
			t.Errorf("env request %d: accepted=%v", i, ok)
		}
	}
	// The session still works for what it is for.
	if err := sess.Setenv("LANG", "de_DE.UTF-8"); err == nil {
		t.Error("an env request past the limit was accepted")
	}
	var out strings.Builder
	sess.Stdout = &out
	if err := sess.Run("alt"); err != nil || !strings.Contains(out.String(), "Treffen in Berlin") {
		t.Errorf("text timeline after refused requests: %v, %q", err, out.String())
	}
	// A third concurrent session on one connection is refused. The session
	// above leaves the connection's books a moment after its exit status,
	// so two sessions are asked for until both are granted.
	_ = sess.Close()
	var s1, s2 *gossh.Session
	deadline := time.Now().Add(5 * time.Second)
	for s2 == nil && time.Now().Before(deadline) {
		if s1 == nil {
			s1, _ = c.NewSession()
		}
		if s1 != nil {
			s2, _ = c.NewSession()
		}
		if s2 == nil {
			time.Sleep(10 * time.Millisecond)
		}
	}
	if s1 == nil || s2 == nil {
		t.Fatal("two sessions on one connection were not granted")
	}
	defer s1.Close()
	defer s2.Close()
	if s3, err := c.NewSession(); err == nil {
		s3.Close()
		t.Error("a third session on one connection was granted")
	}
}

func TestPanicIsIsolated(t *testing.T) {
	ts := startServer(t, Config{}, nil)
	other := openTerm(t, ts.addr, 80, 24, "")
	other.waitText("> Treffen")
	for _, key := range []string{"P", "V", "C", "B"} {
		t.Run(key, func(t *testing.T) {
			tm := openTerm(t, ts.addr, 80, 24, "")
			tm.waitText("Timeline")
			tm.send(key)
			if st := tm.waitExit(); st != 1 {
				t.Errorf("exit status %d after a panic", st)
			}
			if got := tm.stderr.String(); !strings.Contains(got, "chronik: internal error, session closed") || strings.Contains(got, "goroutine") {
				t.Errorf("stderr %q", got)
			}
		})
	}
	ts.waitLog(t, "panic", "test panic in Update", "stack=")
	ts.waitLog(t, "panic", "test panic in View")
	ts.waitLog(t, "panic", "test panic in a command")
	ts.waitLog(t, "panic", "test panic in a batch")
	// The other session and the server go on.
	other.send("j")
	other.waitText("> Delta AG")
	openTerm(t, ts.addr, 80, 24, "").waitText("Timeline")
}

func TestPanicBeforeTheProgram(t *testing.T) {
	ts := startServer(t, Config{}, func(appOptions) (tea.Model, error) { panic("test panic in the app constructor") })
	tm := openTerm(t, ts.addr, 80, 24, "")
	if st := tm.waitExit(); st != 1 {
		t.Errorf("exit status %d", st)
	}
	ts.waitLog(t, "panic", "test panic in the app constructor", "stack=")
	ts.waitLog(t, "disconnect", "reason=error")
	if _, _, st := run(t, ts.addr, "alt"); st != 0 {
		t.Errorf("server did not go on: status %d", st)
	}
}

func TestClientVanishesMidFrame(t *testing.T) {
	ts := startServer(t, Config{}, nil)
	other := openTerm(t, ts.addr, 80, 24, "")
	other.waitText("> Treffen")

	// A client on a raw TCP connection we can cut at any moment.
	for range 3 {
		raw, err := net.Dial("tcp", ts.addr)
		if err != nil {
			t.Fatal(err)
		}
		conn, chans, reqs, err := gossh.NewClientConn(raw, ts.addr, &gossh.ClientConfig{
			User: "vanisher", Auth: []gossh.AuthMethod{gossh.PublicKeys(newKey(t))},
			HostKeyCallback: gossh.InsecureIgnoreHostKey(), //nolint:gosec // test
		})
		if err != nil {
			t.Fatal(err)
		}
		c := gossh.NewClient(conn, chans, reqs)
		tm := openTermOn(t, c, 300, 100, "")
		tm.waitText("Timeline")
		// Keys and resizes make the server draw; cut while it does.
		tm.send("jjjjkkkk")
		_ = tm.sess.WindowChange(90, 250)
		if tcp, ok := raw.(*net.TCPConn); ok {
			_ = tcp.SetLinger(0) // a reset, not a polite close
		}
		_ = raw.Close()
	}
	ts.waitLog(t, "disconnect", "user=vanisher", "reason=hangup")
	other.send("j")
	other.waitText("> Delta AG")
	openTerm(t, ts.addr, 80, 24, "").waitText("Timeline")
}

func TestShutdownIsBounded(t *testing.T) {
	t.Parallel() // it waits on timers; let the rest run meanwhile
	ts := startServer(t, Config{}, nil)
	ts.grace, ts.forceGrace = time.Second, 100*time.Millisecond
	a := openTerm(t, ts.addr, 80, 24, "")
	a.waitText("Timeline")
	// A session whose program hangs in Update: it cannot quit when told.
	hung := openTerm(t, ts.addr, 80, 24, "")
	hung.waitText("Timeline")
	hung.send("H")
	<-hangStarted
	// A half-open connection that never says hello.
	raw, err := net.Dial("tcp", ts.addr)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()

	start := time.Now()
	err = ts.Shutdown(context.Background())
	if d := time.Since(start); d > ts.grace+time.Second {
		t.Errorf("Shutdown took %s", d)
	}
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("Shutdown returned %v; want it to report the session it had to cut", err)
	}
	a.waitExit()
	if got := a.stderr.String(); !strings.Contains(got, "chronik: the server is shutting down") {
		t.Errorf("open session was not told: %q", got)
	}
	hung.waitExit()
	select {
	case err := <-ts.done:
		if !errors.Is(err, ErrServerClosed) {
			t.Errorf("Serve returned %v", err)
		}
	case <-time.After(time.Second):
		t.Error("Serve did not return")
	}
	if c, err := net.DialTimeout("tcp", ts.addr, time.Second); err == nil {
		_ = c.Close()
		t.Error("still accepting after Shutdown")
	}
	_ = raw.SetReadDeadline(time.Now().Add(time.Second))
	if _, err := io.ReadAll(raw); err != nil {
		t.Errorf("half-open connection not closed: %v", err)
	}
	ts.waitLog(t, "disconnect", "reason=shutdown")
}

func TestCommandsRunWithAndWithoutTerminal(t *testing.T) {
	cmds := &Commands{Names: []string{"echo", "fail"}, Run: func(args []string, stdout, _ io.Writer) error {
		if args[0] == "fail" {
			return errors.New("bad \x1b[2Jthing")
		}
		_, err := fmt.Fprintln(stdout, strings.Join(args[1:], "|"))
		return err
	}}
	ts := startServer(t, Config{Commands: cmds}, nil)
	if out, errOut, st := run(t, ts.addr, "echo a 'b c'"); out != "a|b c\n" || errOut != "" || st != 0 {
		t.Errorf("echo: status %d, stdout %q, stderr %q", st, out, errOut)
	}
	if out, errOut, st := run(t, ts.addr, "fail"); out != "" || !strings.HasPrefix(errOut, "chronik: bad ") ||
		strings.Count(errOut, "\n") != 1 || strings.ContainsRune(errOut, '\x1b') || st != 1 {
		t.Errorf("fail: status %d, stdout %q, stderr %q", st, out, errOut)
	}
	tm := openTerm(t, ts.addr, 80, 24, "echo with a terminal")
	tm.waitText("with|a|terminal")
	if st := tm.waitExit(); st != 0 {
		t.Errorf("echo with a terminal: status %d", st)
	}
	// Words that name no command are still actors: the text timeline
	// without a terminal, the explorer filtered with one.
	if out, _, st := run(t, ts.addr, "beck"); st != 0 || !strings.Contains(out, "Beck kommentiert die Klage") {
		t.Errorf("beck: status %d, stdout:\n%s", st, out)
	}
	openTerm(t, ts.addr, 100, 24, "bernd beck delta").waitText("actors Bernd Beck+Delta AG")
}
