package server

import (
	"strings"
	"sync"

	"github.com/charmbracelet/x/ansi"
)

// screen is a small terminal emulator for the tests: enough of xterm to
// follow what bubbletea's renderer sends (cursor moves, erases, insert and
// delete of lines and characters, scroll regions, repeat), so a test can
// assert on what a reader would see rather than on the escape sequences
// that drew it. Styles are ignored.
type screen struct {
	mu         sync.Mutex
	w, h       int
	cells      [][]string // "" is the right half of a wide character
	x, y       int
	savedX     int
	savedY     int
	top, bot   int // scroll region, inclusive
	autowrap   bool
	insert     bool
	pendWrap   bool
	last       string // last printed grapheme, for REP
	state      byte
	parser     *ansi.Parser
	buf        []byte // an incomplete sequence carried to the next write
	totalBytes int
}

func newScreen(w, h int) *screen {
	s := &screen{parser: ansi.NewParser(), autowrap: true}
	s.resize(w, h)
	return s
}

func (s *screen) resize(w, h int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	cells := make([][]string, h)
	for y := range cells {
		cells[y] = blankLine(w)
		if y < len(s.cells) {
			copy(cells[y], s.cells[y][:min(w, len(s.cells[y]))])
		}
	}
	s.cells, s.w, s.h = cells, w, h
	s.top, s.bot = 0, h-1
	s.x, s.y = min(s.x, w-1), min(s.y, h-1)
}

func blankLine(w int) []string {
	l := make([]string, w)
	for i := range l {
		l[i] = " "
	}
	return l
}

func (s *screen) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.totalBytes += len(p)
	data := append(s.buf, p...)
	s.buf = nil
	for len(data) > 0 {
		seq, width, n, state := ansi.DecodeSequence(data, s.state, s.parser)
		if n == 0 || (state != ansi.NormalState && n == len(data)) {
			// an incomplete sequence at the end: wait for the rest
			s.buf = append([]byte(nil), data...)
			break
		}
		s.state = state
		data = data[n:]
		if state != ansi.NormalState {
			continue
		}
		s.handle(seq, width)
	}
	return len(p), nil
}

func (s *screen) handle(seq []byte, width int) {
	if width > 0 {
		s.print(string(seq), width)
		return
	}
	if len(seq) == 1 {
		switch seq[0] {
		case '\r':
			s.x, s.pendWrap = 0, false
		case '\n', '\v', '\f':
			s.lineFeed()
		case '\b':
			if s.x > 0 {
				s.x--
			}
			s.pendWrap = false
		case '\t':
			s.x = min(s.w-1, (s.x/8+1)*8)
		}
		return
	}
	if seq[0] != ansi.ESC || len(seq) < 2 {
		return
	}
	switch seq[1] {
	case '[':
		s.csi()
	case '7':
		s.savedX, s.savedY = s.x, s.y
	case '8':
		s.x, s.y = s.savedX, s.savedY
	case 'M':
		if s.y == s.top {
			s.scrollDown(1)
		} else if s.y > 0 {
			s.y--
		}
	case 'D':
		s.lineFeed()
	case 'E':
		s.x = 0
		s.lineFeed()
	}
}

func (s *screen) param(i, def int) int {
	v, _, ok := s.parser.Params().Param(i, def)
	if !ok || v == 0 && def > 0 {
		return def
	}
	return v
}

func (s *screen) csi() {
	cmd := ansi.Cmd(s.parser.Command())
	n := s.param(0, 1)
	s.pendWrap = false
	switch {
	case cmd.Prefix() == '?':
		on := cmd.Final() == 'h'
		if cmd.Final() != 'h' && cmd.Final() != 'l' {
			return
		}
		for _, p := range s.parser.Params() {
			switch p.Param(0) {
			case 7:
				s.autowrap = on
			case 1049, 47, 1047:
				s.clear(0, s.h-1)
			}
		}
		return
	case cmd.Prefix() != 0:
		return
	}
	switch cmd.Final() {
	case 'A':
		s.y = max(s.top*b2i(s.y >= s.top), s.y-n)
	case 'B':
		s.y = min(s.bottomFor(s.y), s.y+n)
	case 'C':
		s.x = min(s.w-1, s.x+n)
	case 'D':
		s.x = max(0, s.x-n)
	case 'E':
		s.x, s.y = 0, min(s.h-1, s.y+n)
	case 'F':
		s.x, s.y = 0, max(0, s.y-n)
	case 'G', '`':
		s.x = clampInt(n-1, 0, s.w-1)
	case 'd':
		s.y = clampInt(n-1, 0, s.h-1)
	case 'H', 'f':
		s.y = clampInt(s.param(0, 1)-1, 0, s.h-1)
		s.x = clampInt(s.param(1, 1)-1, 0, s.w-1)
	case 'I':
		for range n {
			s.x = min(s.w-1, (s.x/8+1)*8)
		}
	case 'Z':
		for range n {
			s.x = max(0, (s.x-1)/8*8)
		}
	case 'J':
		switch s.param(0, 0) {
		case 0:
			s.eraseLine(s.y, s.x, s.w)
			s.clear(s.y+1, s.h-1)
		case 1:
			s.clear(0, s.y-1)
			s.eraseLine(s.y, 0, s.x+1)
		default:
			s.clear(0, s.h-1)
		}
	case 'K':
		switch s.param(0, 0) {
		case 0:
			s.eraseLine(s.y, s.x, s.w)
		case 1:
			s.eraseLine(s.y, 0, s.x+1)
		default:
			s.eraseLine(s.y, 0, s.w)
		}
	case 'X':
		s.eraseLine(s.y, s.x, min(s.w, s.x+n))
	case '@':
		line := s.cells[s.y]
		n = min(n, s.w-s.x)
		copy(line[s.x+n:], line[s.x:s.w-n])
		for i := s.x; i < s.x+n; i++ {
			line[i] = " "
		}
	case 'P':
		line := s.cells[s.y]
		n = min(n, s.w-s.x)
		copy(line[s.x:], line[s.x+n:])
		for i := s.w - n; i < s.w; i++ {
			line[i] = " "
		}
	case 'L':
		if s.y >= s.top && s.y <= s.bot {
			s.scrollRegion(s.y, s.bot, -n)
		}
	case 'M':
		if s.y >= s.top && s.y <= s.bot {
			s.scrollRegion(s.y, s.bot, n)
		}
	case 'S':
		s.scrollRegion(s.top, s.bot, n)
	case 'T':
		s.scrollDown(n)
	case 'b':
		for range n {
			if s.last != "" {
				s.print(s.last, ansi.StringWidth(s.last))
			}
		}
	case 'r':
		top, bot := s.param(0, 1)-1, s.param(1, s.h)-1
		if top < bot && bot < s.h {
			s.top, s.bot = top, bot
		} else {
			s.top, s.bot = 0, s.h-1
		}
		s.x, s.y = 0, 0
	case 'h', 'l':
		if s.param(0, 0) == 4 {
			s.insert = cmd.Final() == 'h'
		}
	case 's':
		s.savedX, s.savedY = s.x, s.y
	case 'u':
		s.x, s.y = s.savedX, s.savedY
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func clampInt(v, lo, hi int) int { return max(lo, min(hi, v)) }

func (s *screen) bottomFor(y int) int {
	if y <= s.bot {
		return s.bot
	}
	return s.h - 1
}

func (s *screen) print(g string, width int) {
	if s.pendWrap && s.autowrap {
		s.x = 0
		s.lineFeed()
	}
	s.pendWrap = false
	if s.x+width > s.w {
		if !s.autowrap {
			s.x = s.w - width
		} else {
			s.x = 0
			s.lineFeed()
		}
	}
	line := s.cells[s.y]
	if s.insert {
		copy(line[s.x+width:], line[s.x:s.w-width])
	}
	line[s.x] = g
	for i := 1; i < width; i++ {
		line[s.x+i] = ""
	}
	s.last = g
	s.x += width
	if s.x >= s.w {
		s.x = s.w - 1
		s.pendWrap = true
	}
}

func (s *screen) lineFeed() {
	s.pendWrap = false
	if s.y == s.bot {
		s.scrollRegion(s.top, s.bot, 1)
	} else if s.y < s.h-1 {
		s.y++
	}
}

// scrollRegion moves lines top..bot up by n (down for negative n),
// filling with blank lines.
func (s *screen) scrollRegion(top, bot, n int) {
	region := s.cells[top : bot+1]
	if n > 0 {
		n = min(n, len(region))
		copy(region, region[n:])
		for i := len(region) - n; i < len(region); i++ {
			region[i] = blankLine(s.w)
		}
	} else if n < 0 {
		n = min(-n, len(region))
		copy(region[n:], region[:len(region)-n])
		for i := range n {
			region[i] = blankLine(s.w)
		}
	}
}

func (s *screen) scrollDown(n int) { s.scrollRegion(s.top, s.bot, -n) }

func (s *screen) clear(from, to int) {
	for y := max(0, from); y <= to && y < s.h; y++ {
		s.cells[y] = blankLine(s.w)
	}
}

func (s *screen) eraseLine(y, from, to int) {
	for x := max(0, from); x < to && x < s.w; x++ {
		s.cells[y][x] = " "
	}
}

// text returns the screen as lines with trailing blanks removed.
func (s *screen) text() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	lines := make([]string, s.h)
	for y, l := range s.cells {
		lines[y] = strings.TrimRight(strings.Join(l, ""), " ")
	}
	return strings.TrimRight(strings.Join(lines, "\n"), "\n")
}

func (s *screen) bytes() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.totalBytes
}
