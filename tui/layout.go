package tui

import (
	"strings"

	xansi "github.com/charmbracelet/x/ansi"
)

type paneID int

const (
	paneActors paneID = iota
	paneTimeline
	paneArticle
	paneCount
)

// Layout rules. Three panes side by side from threePaneWidth columns on;
// two from twoPaneWidth (actors and timeline, or timeline and article,
// following the focus); below that, the focused pane alone. Panes are
// separated by a one-column divider. Below the panes: a status line and the
// help (one line, or the full help while "?" is on).
const (
	threePaneWidth = 120
	twoPaneWidth   = 80
)

type layout struct {
	panes []paneID
	x, w  []int // column and width of each shown pane
	bodyH int   // rows of the panes, title line included
}

func (l layout) shows(p paneID) bool {
	for _, q := range l.panes {
		if q == p {
			return true
		}
	}
	return false
}

// paneAt is the pane under column x, or -1.
func (l layout) paneAt(x int) paneID {
	for i, p := range l.panes {
		if x >= l.x[i] && x < l.x[i]+l.w[i] {
			return p
		}
	}
	return -1
}

// computeLayout places the panes on a width×height screen; bodyH is the
// height the panes get. companion is the pane that, with two panes, stays
// beside the timeline when the timeline has the focus.
func computeLayout(width, bodyH int, focus, companion paneID) layout {
	l := layout{bodyH: max(bodyH, 0)}
	add := func(p paneID, w int) {
		x := 0
		if n := len(l.panes); n > 0 {
			x = l.x[n-1] + l.w[n-1] + 1
		}
		l.panes, l.x, l.w = append(l.panes, p), append(l.x, x), append(l.w, max(w, 0))
	}
	switch {
	case width >= threePaneWidth:
		a := min(max(width/4, 24), 36)
		c := (width - a - 2) * 9 / 20
		add(paneActors, a)
		add(paneTimeline, width-a-c-2)
		add(paneArticle, c)
	case width >= twoPaneWidth:
		left := focus == paneActors || focus == paneTimeline && companion != paneArticle
		if left {
			a := min(max(width*2/7, 22), 32)
			add(paneActors, a)
			add(paneTimeline, width-a-1)
		} else {
			t := (width - 1) * 9 / 20
			add(paneTimeline, t)
			add(paneArticle, width-t-1)
		}
	default:
		add(focus, width)
	}
	return l
}

// fit cuts a line that may hold escape sequences to width cells and pads it
// with spaces to exactly width.
func fit(s string, width int) string { return fitTail(s, width, "") }

// fitPlain cuts plain text (no escape sequences) to width cells, ending a
// cut text with "…", and pads it to exactly width.
func fitPlain(s string, width int) string { return fitTail(s, width, "…") }

// fitTail cuts s to width cells, ending a cut with tail, and pads it with
// spaces to exactly width.
func fitTail(s string, width int, tail string) string {
	if width <= 0 {
		return ""
	}
	w := xansi.StringWidth(s)
	if w > width {
		s = xansi.Truncate(s, width, tail)
		w = xansi.StringWidth(s)
	}
	if w < width {
		s += strings.Repeat(" ", width-w)
	}
	return s
}

// padLeft right-aligns plain text in width cells.
func padLeft(s string, width int) string {
	w := xansi.StringWidth(s)
	if w >= width {
		return fitPlain(s, width)
	}
	return strings.Repeat(" ", width-w) + s
}

func blankLines(lines []string, from, n, width int) []string {
	pad := strings.Repeat(" ", max(width, 0))
	for i := from; i < n; i++ {
		lines = append(lines, pad)
	}
	return lines
}
