package server

import (
	"bytes"
	"fmt"
	"io"
	"net"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/log/v2"
	gossh "golang.org/x/crypto/ssh"

	"chronik/internal/sshtest"
	"chronik/model"
)

// fixture is a small timeline: four actors, two articles, seven events
// spread over two years, one undated.
func fixture() *model.Timeline {
	text1 := "Treffen in Berlin\n\nAnfang März 2023 trafen sich Anna Alt und Bernd Beck in Berlin. " +
		"Im April 2023 kündigte die Delta AG eine Fusion an. Anna Alt reiste im Mai 2023 nach Paris.\n"
	text2 := "Streit um Delta\n\nCarla Conrad verklagte die Delta AG Mitte Dezember 2024. " +
		"Bernd Beck kommentierte die Klage einen Tag später. Irgendwann einigten sich alle.\n"
	art := func(id, text string) *model.Article {
		title := strings.SplitN(text, "\n", 2)[0]
		body := len(title) + 2
		var sents []model.Sentence
		start := body
		for i := body; i < len(text); i++ {
			if text[i] == '.' {
				sents = append(sents, model.Sentence{Start: start, End: i + 1, Block: 1})
				start = i + 2
			}
		}
		return &model.Article{ID: id, Path: id + ".txt", Title: title, Text: text,
			Date:      model.ArticleDate{Interval: model.YearInterval(2024), Source: model.DateFromText, Reason: "test"},
			Blocks:    []model.Block{{Kind: model.BlockTitle, Start: 0, End: len(title)}, {Kind: model.BlockParagraph, Start: body, End: len(text) - 1}},
			Sentences: sents}
	}
	a1, a2 := art("berlin", text1), art("delta", text2)
	actors := []model.Actor{
		{ID: "anna-alt", Name: "Anna Alt", Kind: model.Person, Aliases: []string{"Alt"}, Mentions: 3},
		{ID: "bernd-beck", Name: "Bernd Beck", Kind: model.Person, Aliases: []string{"Beck"}, Mentions: 2},
		{ID: "carla-conrad", Name: "Carla Conrad", Kind: model.Person, Aliases: []string{"Conrad"}, Mentions: 1},
		{ID: "delta-ag", Name: "Delta AG", Kind: model.Organization, Aliases: []string{"Delta"}, Mentions: 2},
	}
	mention := func(a int, art *model.Article, s int) []model.EventMention {
		return []model.EventMention{{Article: a, Sentence: s, Start: art.Sentences[s].Start, End: art.Sentences[s].End}}
	}
	day := func(y int, m time.Month, d int) model.Interval { return model.DayInterval(model.NewDay(y, m, d)) }
	events := []model.Event{
		{ID: "e1", Title: "Treffen in Berlin: Alt, Beck", Kind: "meeting", Date: day(2023, time.March, 3), Actors: []int{0, 1}, Mentions: mention(0, a1, 0)},
		{ID: "e2", Title: "Delta AG kündigt Fusion an", Kind: "announcement", Date: model.MonthInterval(2023, time.April), Actors: []int{3}, Mentions: mention(0, a1, 1)},
		{ID: "e3", Title: "Alt reist nach Paris", Kind: "travel", Date: model.MonthInterval(2023, time.May), Actors: []int{0}, Mentions: mention(0, a1, 2)},
		{ID: "e4", Title: "Conrad verklagt Delta AG", Kind: "lawsuit", Date: day(2024, time.December, 18), Actors: []int{2, 3}, Mentions: mention(1, a2, 0)},
		{ID: "e5", Title: "Beck kommentiert die Klage", Kind: "statement", Date: day(2024, time.December, 19), Actors: []int{1}, Mentions: mention(1, a2, 1)},
		{ID: "e6", Title: "Einigung", Kind: "agreement", Actors: []int{0, 1, 2, 3}, Mentions: mention(1, a2, 2)},
	}
	return model.New([]*model.Article{a1, a2}, actors, events)
}

// testApp is a small model standing in for the explorer where a test
// needs to control it: it lists the events, moves a cursor with j/k,
// toggles a filter with space, shows its window size, and panics on
// request.
type testApp struct {
	tl       *model.Timeline
	actors   []string
	cursor   int
	filtered bool
	w, h     int
	resizes  int // WindowSizeMsgs after the first
	viewBomb bool
}

func (m *testApp) Init() tea.Cmd { return nil }

func (m *testApp) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		if m.w != 0 {
			m.resizes++
		}
		m.w, m.h = msg.Width, msg.Height
	case tea.KeyPressMsg:
		switch msg.String() {
		case "j":
			m.cursor = min(m.cursor+1, len(m.tl.Events)-1)
		case "k":
			m.cursor = max(m.cursor-1, 0)
		case "space":
			m.filtered = !m.filtered
		case "q":
			return m, tea.Quit
		case "P":
			panic("test panic in Update")
		case "V":
			m.viewBomb = true
		case "C":
			return m, func() tea.Msg { panic("test panic in a command") }
		case "B":
			return m, tea.Batch(func() tea.Msg { panic("test panic in a batch") }, nil)
		case "H":
			hangStarted <- struct{}{}
			<-hangForever
		}
	}
	return m, nil
}

func (m *testApp) View() tea.View {
	if m.viewBomb {
		panic("test panic in View")
	}
	var b strings.Builder
	fmt.Fprintf(&b, "Actors | Timeline  size %dx%d  filter %v  actors %s\n", m.w, m.h, m.filtered, strings.Join(m.actors, "+"))
	fmt.Fprintf(&b, "resizes %d\n", m.resizes)
	for i, e := range m.tl.Events {
		mark := "  "
		if i == m.cursor {
			mark = "> "
		}
		if m.filtered && i != m.cursor {
			continue
		}
		fmt.Fprintf(&b, "%s%s\n", mark, e.Title)
	}
	lines := strings.Split(strings.TrimRight(b.String(), "\n"), "\n")
	for i, l := range lines {
		if len(l) > m.w {
			lines[i] = l[:m.w]
		}
	}
	lines = lines[:min(len(lines), max(m.h, 1))]
	v := tea.NewView(strings.Join(lines, "\n"))
	v.AltScreen = true
	return v
}

// hangForever is never closed: a testApp that reads it hangs in Update, the
// way a buggy model would.
var (
	hangForever = make(chan struct{})
	hangStarted = make(chan struct{}, 16)
)

func discardLogger() *log.Logger { return log.New(io.Discard) }

func testAppFunc(tl *model.Timeline) appFunc {
	return func(o appOptions) (tea.Model, error) { return &testApp{tl: tl, actors: o.Actors}, nil }
}

// syncBuffer is a goroutine-safe log sink the tests can read.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// testServer is a server on 127.0.0.1:0 with its log captured.
type testServer struct {
	*Server
	addr string
	logs *syncBuffer
	done chan error // Serve's result
}

func startServer(t *testing.T, cfg Config, app appFunc) *testServer {
	t.Helper()
	return startWith(t, cfg, func(cfg Config, tl *model.Timeline) (*Server, error) {
		if app == nil {
			app = testAppFunc(tl)
		}
		return newServer(cfg, tl, app)
	})
}

// startExplorer is a server running the real explorer on the fixture.
func startExplorer(t *testing.T, cfg Config) *testServer {
	t.Helper()
	return startWith(t, cfg, New)
}

func startWith(t testing.TB, cfg Config, build func(Config, *model.Timeline) (*Server, error)) *testServer {
	t.Helper()
	logs := &syncBuffer{}
	if cfg.HostKeyPath == "" {
		cfg.HostKeyPath = filepath.Join(t.TempDir(), "host_ed25519")
	}
	// logfmt keeps each entry, stacks included, on one line for waitLog.
	cfg.Logger = log.NewWithOptions(logs, log.Options{Level: log.DebugLevel, Formatter: log.LogfmtFormatter})
	s, err := build(cfg, fixture())
	if err != nil {
		t.Fatal(err)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ts := &testServer{Server: s, addr: l.Addr().String(), logs: logs, done: make(chan error, 1)}
	go func() { ts.done <- s.Serve(l) }()
	t.Cleanup(func() {
		_ = s.Shutdown(t.Context())
		if t.Failed() {
			t.Logf("server log:\n%s", logs.String())
		}
	})
	return ts
}

// newKey makes a client key.
func newKey(t testing.TB) gossh.Signer {
	t.Helper()
	s, err := sshtest.NewKey()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func dial(t *testing.T, addr string, auth ...gossh.AuthMethod) (*gossh.Client, error) {
	t.Helper()
	c, err := sshtest.Dial(addr, auth...)
	if err == nil {
		t.Cleanup(func() { _ = c.Close() })
	}
	return c, err
}

// term is a client session with a PTY, its output followed by a screen.
type term struct {
	t      *testing.T
	sess   *gossh.Session
	in     io.WriteCloser
	scr    *screen
	stderr *syncBuffer
	exit   chan error
}

// openTerm logs in and opens a PTY session of w x h running cmd ("" for a
// shell).
func openTerm(t *testing.T, addr string, w, h int, cmd string) *term {
	t.Helper()
	c, err := dial(t, addr)
	if err != nil {
		t.Fatal(err)
	}
	return openTermOn(t, c, w, h, cmd)
}

func openTermOn(t *testing.T, c *gossh.Client, w, h int, cmd string) *term {
	t.Helper()
	sess, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	tm := &term{t: t, sess: sess, scr: newScreen(shownSize(w, h)), stderr: &syncBuffer{}, exit: make(chan error, 1)}
	if err := sess.RequestPty("xterm-256color", h, w, gossh.TerminalModes{}); err != nil {
		t.Fatal(err)
	}
	sess.Stdout = tm.scr
	sess.Stderr = tm.stderr
	if tm.in, err = sess.StdinPipe(); err != nil {
		t.Fatal(err)
	}
	if cmd == "" {
		err = sess.Shell()
	} else {
		err = sess.Start(cmd)
	}
	if err != nil {
		t.Fatal(err)
	}
	go func() { tm.exit <- sess.Wait() }()
	return tm
}

// shownSize is the window a session's program gets when its client asks
// for w x h (Server.clamp, default MaxWindow), so the size the test's
// screen takes. Not the size asked for, not even for the moment before a
// test would correct it: a frame arriving then lands on a screen it was
// not drawn for, and on the 0x0 screen of an "unknown" size it panics the
// whole test binary.
func shownSize(w, h int) (int, int) {
	if w == 0 {
		w = 80
	}
	if h == 0 {
		h = 24
	}
	return min(w, DefaultMaxWindow.Width), min(h, DefaultMaxWindow.Height)
}

func (tm *term) send(keys string) {
	tm.t.Helper()
	if _, err := io.WriteString(tm.in, keys); err != nil {
		tm.t.Fatalf("send %q: %v", keys, err)
	}
}

// resize sends a window-change and resizes the test's screen to what the
// server clamps it to.
func (tm *term) resize(w, h int) {
	tm.t.Helper()
	tm.scr.resize(shownSize(w, h))
	if err := tm.sess.WindowChange(h, w); err != nil {
		tm.t.Fatal(err)
	}
}

// waitScreen polls until the screen satisfies ok.
func (tm *term) waitScreen(what string, ok func(string) bool) string {
	tm.t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for {
		s := tm.scr.text()
		if ok(s) {
			return s
		}
		if time.Now().After(deadline) {
			tm.t.Fatalf("timed out waiting for %s; screen:\n%s\nstderr: %q", what, s, tm.stderr.String())
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func (tm *term) waitText(sub string) string {
	tm.t.Helper()
	return tm.waitScreen(fmt.Sprintf("%q on screen", sub), func(s string) bool { return strings.Contains(s, sub) })
}

// waitExit waits for the session to end and returns its exit status (-1
// when it ended without one).
func (tm *term) waitExit() int {
	tm.t.Helper()
	select {
	case err := <-tm.exit:
		return clientExitStatus(tm.t, err)
	case <-time.After(5 * time.Second):
		tm.t.Fatalf("session did not end; screen:\n%s", tm.scr.text())
	}
	return 0
}

func clientExitStatus(t *testing.T, err error) int {
	st, err := sshtest.ExitStatus(err)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// waitLog polls the server log for a line holding every one of subs.
func (ts *testServer) waitLog(t *testing.T, subs ...string) string {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for {
		for _, line := range strings.Split(ts.logs.String(), "\n") {
			all := true
			for _, s := range subs {
				all = all && strings.Contains(line, s)
			}
			if all {
				return line
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("no log line with %q in:\n%s", subs, ts.logs.String())
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// run runs cmd without a PTY and returns stdout, stderr and exit status.
func run(t *testing.T, addr, cmd string) (string, string, int) {
	t.Helper()
	c, err := dial(t, addr)
	if err != nil {
		t.Fatal(err)
	}
	out, errOut, st, err := sshtest.Run(c, cmd)
	if err != nil {
		t.Fatal(err)
	}
	return out, errOut, st
}

// startWrapping starts a server whose sessions run the explorer wrapped
// by wrap.
func startWrapping(t testing.TB, cfg Config, wrap func(tea.Model) tea.Model) *testServer {
	t.Helper()
	return startWith(t, cfg, func(cfg Config, tl *model.Timeline) (*Server, error) {
		s, err := New(cfg, tl)
		if err != nil {
			return nil, err
		}
		explorer := s.app
		s.app = func(o appOptions) (tea.Model, error) {
			m, err := explorer(o)
			if err != nil {
				return nil, err
			}
			return wrap(m), nil
		}
		return s, nil
	})
}
