package tui

import (
	"fmt"
	"image/color"
	"math/rand/v2"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"

	"chronik/model"
	"chronik/tui/internal/synthetic"
)

// The explorer as a program sees it: a script of bytes drives one session
// with every key of the help, the mouse, window sizes from 1×1 to 300×100
// and back, terminal answers, pastes, and the messages the model sends
// itself — renders and follow timers — run late, out of order or never,
// as a busy program or a client that vanishes may run them. After every
// message the frame must fit the window.

// fuzzTimelines are the timelines a script can run on: the synthetic
// timeline, the hand-made fixture, the hostile one and an empty one. (The
// default corpus is not among them: the tui package, tests included, never
// imports corpus.)
var fuzzTimelines = []struct {
	name string
	tl   func() *model.Timeline
}{
	{"synthetic", sync.OnceValue(func() *model.Timeline { return synthetic.Timeline(400, 40) })},
	{"fixture", sync.OnceValue(fixture)},
	{"hostile", sync.OnceValue(hostileTimeline)},
	{"empty", sync.OnceValue(func() *model.Timeline { return model.New(nil, nil, nil) })},
}

// A scriptOp is one thing that can happen to a session; args is how many
// bytes of the script it reads after its own.
type scriptOp struct {
	name string
	args int
}

// The keys are those of the help (and their other bindings); the rest
// are the other messages a session's program delivers.
var scriptOps = func() []scriptOp {
	var ops []scriptOp
	for _, k := range []string{
		"j", "k", "up", "down", "g", "G", "home", "end", "pgup", "pgdown", "ctrl+u", "ctrl+d", "b", "f",
		"tab", "shift+tab", "1", "2", "3", "enter", "space", "n", "N", "/", "esc", "]", "[",
		"m", "v", "z", "i", "a", "y", "?", "q", "backspace", "ctrl+p", "ctrl+n", "ctrl+c",
	} {
		ops = append(ops, scriptOp{k, 0})
	}
	return append(ops,
		scriptOp{"letter", 1},    // a letter typed: a search, or a key of no meaning
		scriptOp{"wheelup", 2},   // x, y
		scriptOp{"wheeldown", 2}, // x, y
		scriptOp{"click", 2},     // x, y
		scriptOp{"rightclick", 2},
		scriptOp{"size", 3},   // width (two bytes), height
		scriptOp{"run", 1},    // run one waiting command, by index, and deliver what it returns
		scriptOp{"runall", 0}, // run every waiting command, first to last
		scriptOp{"runrev", 0}, // and last to first
		scriptOp{"drop", 1},   // a command whose message never comes
		scriptOp{"wait", 1},   // the clock moves on, in tenths of the follow delay
		scriptOp{"dark", 0},   // the terminal answers the background query
		scriptOp{"light", 0},
		scriptOp{"profile", 1},
		scriptOp{"paste", 1}, // a paste of n bytes of the script
	)
}()

// scriptLetters are what "letter" types: the alphabet, umlauts, digits,
// punctuation and a control character.
var scriptLetters = []rune("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZäöüßÄÖÜ0123456789 -.,:;'\"é\x01")

// script encodes ops as a script: each word an op's name, an op with
// arguments written name:byte,byte (e.g. "size:0,79,23" for 80×24).
func script(words string) []byte {
	var out []byte
	for _, w := range strings.Fields(words) {
		name, args, _ := strings.Cut(w, ":")
		i := slices.IndexFunc(scriptOps, func(o scriptOp) bool { return o.name == name })
		if i < 0 {
			panic("script: no op " + name)
		}
		out = append(out, byte(i))
		if args != "" {
			for _, a := range strings.Split(args, ",") {
				var b byte
				if _, err := fmt.Sscan(a, &b); err != nil {
					panic("script: " + w)
				}
				out = append(out, b)
			}
		}
	}
	return out
}

// scriptSession is one session driven by a script.
type scriptSession struct {
	m       *Model
	w, h    int // the window, 0×0 until the first size
	clock   time.Time
	waiting []tea.Cmd // commands returned and not yet run
	log     []string  // what was done, for the failure message
}

// fuzzFollowDelay stands in for followDelay: the timers are real (tea.Tick),
// so they must fire in a script's time; the session's clock is the script's.
const fuzzFollowDelay = time.Millisecond

// newScriptSession makes a session on tl as a program starts it: Init's
// commands waiting. The first byte of the script chooses the options.
func newScriptSession(tl *model.Timeline, opts byte) (*scriptSession, error) {
	o := Options{Style: []string{"auto", "dark", "notty", "ascii"}[opts%4]}
	if opts&4 != 0 {
		dark := opts&8 != 0
		o.HasDarkBackground = &dark
	}
	if opts&16 != 0 && len(tl.Actors) > 0 {
		o.Actors = []string{tl.Actors[0].Name}
	}
	m, err := New(tl, o)
	if err != nil {
		return nil, err
	}
	s := &scriptSession{m: m, clock: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)}
	m.followDelay = fuzzFollowDelay
	m.now = func() time.Time { return s.clock }
	s.queue(m.Init())
	return s, nil
}

func (s *scriptSession) queue(cmd tea.Cmd) {
	if cmd != nil {
		s.waiting = append(s.waiting, cmd)
	}
}

// run runs waiting command i and delivers its message; a batch's commands
// wait in their turn.
func (s *scriptSession) run(i int) error {
	cmd := s.waiting[i]
	s.waiting = slices.Delete(s.waiting, i, i+1)
	return s.deliver(cmd)
}

func (s *scriptSession) deliver(cmd tea.Cmd) error {
	switch msg := cmd().(type) {
	case nil:
	case tea.BatchMsg:
		for _, c := range msg {
			s.queue(c)
		}
	case followMsg:
		// A wait ends no sooner than it was asked for, which is at most
		// the follow delay: the clock moves on, or a wait that starts again
		// for the rest of the delay would do so for ever.
		s.clock = s.clock.Add(fuzzFollowDelay)
		return s.update(msg)
	case tea.QuitMsg:
		// A program would stop here; the model must stay sound all the
		// same, and going on explores further.
	default:
		return s.update(msg)
	}
	return nil
}

// update delivers msg and checks the frame that follows.
func (s *scriptSession) update(msg tea.Msg) error {
	_, cmd := s.m.Update(msg)
	s.queue(cmd)
	return frameFits(s.m.View().Content, s.w, s.h)
}

// frameFits reports a frame with more lines than the window has rows, or
// a line wider than the window. A window not yet known gets no frame.
func frameFits(frame string, w, h int) error {
	if w <= 0 || h <= 0 {
		if frame != "" {
			return fmt.Errorf("a frame before the window size is known:\n%s", frame)
		}
		return nil
	}
	if frame == "" {
		return nil
	}
	lines := strings.Split(frame, "\n")
	if len(lines) > h {
		return fmt.Errorf("%d lines on a screen of %d rows", len(lines), h)
	}
	for i, l := range lines {
		if lw := lipgloss.Width(l); lw > w {
			return fmt.Errorf("line %d is %d cells wide on a screen of %d:\n%q", i, lw, w, l)
		}
	}
	return nil
}

// play runs a script on tl. It returns the first problem, with the ops
// that led to it; a panic is returned as one, with its stack.
func play(tl *model.Timeline, data []byte) (err error) {
	if len(data) == 0 {
		return nil
	}
	s, err := newScriptSession(tl, data[0])
	if err != nil {
		return err
	}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v\n%s", r, debug.Stack())
		}
		if err != nil {
			err = fmt.Errorf("after %s: %w", strings.Join(s.log, " "), err)
		}
	}()
	pos := 1
	next := func() byte {
		if pos >= len(data) {
			return 0
		}
		pos++
		return data[pos-1]
	}
	for pos < len(data) {
		op := scriptOps[int(data[pos])%len(scriptOps)]
		pos++
		args := make([]byte, op.args)
		for i := range args {
			args[i] = next()
		}
		s.log = append(s.log, opString(op, args))
		if err := s.do(op, args, next); err != nil {
			return err
		}
	}
	// Whatever was left waiting arrives at last.
	for len(s.waiting) > 0 {
		s.log = append(s.log, "run:0")
		if err := s.run(0); err != nil {
			return err
		}
	}
	return nil
}

func opString(op scriptOp, args []byte) string {
	if len(args) == 0 {
		return op.name
	}
	parts := make([]string, len(args))
	for i, a := range args {
		parts[i] = fmt.Sprint(a)
	}
	return op.name + ":" + strings.Join(parts, ",")
}

// do carries out one op.
func (s *scriptSession) do(op scriptOp, args []byte, next func() byte) error {
	mouse := func(b tea.MouseButton) tea.Mouse {
		// Anywhere on the screen, and a little past it.
		return tea.Mouse{X: int(args[0]) % (s.w + 3), Y: int(args[1]) % (s.h + 3), Button: b}
	}
	switch op.name {
	case "letter":
		r := scriptLetters[int(args[0])%len(scriptLetters)]
		return s.update(tea.KeyPressMsg{Code: r, Text: string(r)})
	case "wheelup":
		return s.update(tea.MouseWheelMsg(mouse(tea.MouseWheelUp)))
	case "wheeldown":
		return s.update(tea.MouseWheelMsg(mouse(tea.MouseWheelDown)))
	case "click":
		return s.update(tea.MouseClickMsg(mouse(tea.MouseLeft)))
	case "rightclick":
		return s.update(tea.MouseClickMsg(mouse(tea.MouseRight)))
	case "size":
		s.w = 1 + (int(args[0])<<8|int(args[1]))%300
		s.h = 1 + int(args[2])%100
		return s.update(tea.WindowSizeMsg{Width: s.w, Height: s.h})
	case "run":
		if len(s.waiting) > 0 {
			return s.run(int(args[0]) % len(s.waiting))
		}
	case "runall", "runrev":
		// Only what is waiting now: what these deliver may ask for more.
		cmds := s.waiting
		s.waiting = nil
		if op.name == "runrev" {
			slices.Reverse(cmds)
		}
		for _, c := range cmds {
			if err := s.deliver(c); err != nil {
				return err
			}
		}
	case "drop":
		if len(s.waiting) > 0 {
			i := int(args[0]) % len(s.waiting)
			s.waiting = slices.Delete(s.waiting, i, i+1)
		}
	case "wait":
		s.clock = s.clock.Add(time.Duration(args[0]%32) * fuzzFollowDelay / 10)
	case "dark", "light":
		c := color.RGBA{0, 0, 0, 255}
		if op.name == "light" {
			c = color.RGBA{255, 255, 255, 255}
		}
		return s.update(tea.BackgroundColorMsg{Color: c})
	case "profile":
		profiles := []colorprofile.Profile{colorprofile.NoTTY, colorprofile.Ascii, colorprofile.ANSI, colorprofile.ANSI256, colorprofile.TrueColor}
		return s.update(tea.ColorProfileMsg{Profile: profiles[int(args[0])%len(profiles)]})
	case "paste":
		n := int(args[0]) % 16
		b := make([]byte, n)
		for i := range b {
			b[i] = next()
		}
		return s.update(tea.PasteMsg{Content: string(b)})
	default:
		k := keyMsgs(op.name)[0]
		return s.update(k)
	}
	return nil
}

// scriptSeeds are scripts a reader could type, the fuzz target's seed
// corpus and the start of the deterministic test: every view, search and
// key of the help at the sizes the explorer lays out differently, with
// renders late, out of order and lost.
var scriptSeeds = []string{
	"size:0,119,39 runall j j k k enter ] [ esc runall",
	"size:0,39,11 runall j k j k wait:5 j runrev wait:20 run:0 k k runall",
	"size:0,79,23 / letter:19 letter:17 enter n N esc 3 / letter:4 enter n n N esc esc",
	"size:0,199,54 runall m v z i j k enter esc a j enter runall y ? pgdown esc q",
	"size:1,43,99 1 space j space m 2 v z ] ] [ runall 3 pgdown pgdown G g esc",
	"j k enter size:0,0,0 runall size:1,43,99 runrev size:0,9,2 run:1 size:0,119,39 runall",
	"size:0,119,39 j j j j drop:0 k k k wait:31 run:0 run:0 size:0,59,19 runall",
	"size:0,79,23 i j j enter a G enter ? esc / paste:5,65,66,10,27,67 esc ctrl+c",
	"size:0,119,39 wheeldown:100,5 wheelup:50,10 click:60,8 click:10,3 click:100,20 rightclick:5,5 runall",
	"size:0,119,39 profile:0 dark light profile:4 3 ] runall light runall",
	"size:0,79,23 tab tab tab shift+tab 3 / letter:0 backspace ctrl+p ctrl+n esc ] ] [ n N",
	"size:0,39,11 z z v v m m i a ? ? a i ] [ y q g G home end ctrl+u ctrl+d b f",
}

// FuzzExplorerSession plays a script on one of the timelines, which the
// top bits of its first byte choose: no panic, and every frame fits its
// window.
func FuzzExplorerSession(f *testing.F) {
	for i, sd := range scriptSeeds {
		for tl := range fuzzTimelines {
			opts := byte(tl<<5) | byte(i+tl)%32
			f.Add(append([]byte{opts}, script(sd)...))
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) == 0 || len(data) > 1024 {
			return // a long script explores no more than a few short ones, slower
		}
		tl := fuzzTimelines[int(data[0]>>5)%len(fuzzTimelines)]
		if err := play(tl.tl(), data); err != nil {
			t.Fatalf("%s: %v", tl.name, err)
		}
	})
}

// TestExplorerSurvivesRandomScripts plays the seed scripts and random
// scripts from a fixed seed on every timeline: what the fuzz target does,
// in a time CI affords.
func TestExplorerSurvivesRandomScripts(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	scripts := make([][]byte, 0, len(scriptSeeds)+60)
	for _, sd := range scriptSeeds {
		scripts = append(scripts, append([]byte{byte(r.IntN(32))}, script(sd)...))
	}
	for range 60 {
		b := make([]byte, 1+r.IntN(200))
		for i := range b {
			b[i] = byte(r.Uint32())
		}
		scripts = append(scripts, b)
	}
	if testing.Short() {
		scripts = scripts[:len(scriptSeeds)+10]
	}
	for _, tl := range fuzzTimelines {
		t.Run(tl.name, func(t *testing.T) {
			for i, sc := range scripts {
				if err := play(tl.tl(), sc); err != nil {
					t.Fatalf("script %d (%x): %v", i, sc, err)
				}
			}
		})
	}
}
