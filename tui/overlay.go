package tui

import (
	"strconv"
	"strings"

	xansi "github.com/charmbracelet/x/ansi"
)

// A view is a full-screen page over the panes: the keys ("?"), an event in
// full ("i"), the list of articles and skipped files ("a"). It scrolls, so
// it fits any screen the explorer supports, and it may hold items (an
// article, a mention) that enter opens. Its lines are built for a width
// from the timeline's data, already sanitised, and built again on resize.
type screenView struct {
	c     *common
	kind  viewKind
	title string
	build func(width int) []viewLine

	w, h   int
	lines  []viewLine
	items  []int // the line of each item, in order
	sel    int   // the selected item, -1 when the view has none
	offset int   // the first line shown
	drawn  []string
}

type viewKind int

const (
	viewHelp viewKind = iota + 1
	viewDetail
	viewArticles
)

// A viewLine is one line of a view: plain text and how it is painted. A
// line with item >= 0 starts that item (what enter opens); the lines after
// it up to the next item belong to it.
type viewLine struct {
	text string
	kind lineKind
	item int
}

type lineKind int

const (
	lineText lineKind = iota
	lineHeading
	lineDim
)

func newView(c *common, kind viewKind, title string, build func(width int) []viewLine) *screenView {
	return &screenView{c: c, kind: kind, title: title, build: build, sel: -1}
}

func (v *screenView) setSize(w, h int) {
	if w == v.w && h == v.h && v.lines != nil {
		return
	}
	v.w, v.h = w, h
	first := v.lines == nil
	v.lines = v.build(max(w, 1))
	v.items = v.items[:0]
	for i, l := range v.lines {
		if l.item >= 0 && (len(v.items) == 0 || v.lines[v.items[len(v.items)-1]].item != l.item) {
			v.items = append(v.items, i)
		}
	}
	// A new view opens at its top. Its first item is selected when it is
	// on that first screen; otherwise the first move selects one, so that
	// the reader sees the top (an event's title and date) first.
	if first && len(v.items) > 0 && v.itemEnd(0) <= v.contentH() {
		v.sel = 0
	}
	v.sel = min(v.sel, len(v.items)-1)
	v.scrollTo(v.offset)
	if v.sel >= 0 {
		v.show(v.sel)
	}
}

// itemEnd is the line after the last line of item i.
func (v *screenView) itemEnd(i int) int {
	if i+1 < len(v.items) {
		return v.items[i+1]
	}
	return len(v.lines)
}

func (v *screenView) contentH() int { return max(v.h-1, 0) }

func (v *screenView) scrollTo(off int) {
	v.offset = max(min(off, len(v.lines)-v.contentH()), 0)
	v.drawn = nil
}

// show scrolls so that item i, with the lines that belong to it, is on
// screen.
func (v *screenView) show(i int) {
	start, end := v.items[i], v.itemEnd(i)
	h := v.contentH()
	switch {
	case start < v.offset:
		v.scrollTo(start)
	case end > v.offset+h:
		v.scrollTo(min(end-h, start))
	}
	v.drawn = nil
}

// moveBy moves the selection by d items, or scrolls by d lines in a view
// without items.
func (v *screenView) moveBy(d int) {
	if len(v.items) == 0 {
		v.scrollTo(v.offset + d)
		return
	}
	if v.sel < 0 && d > 0 { // the first move selects the first item from where the view is
		v.sel = len(v.items) - 1
		for i, at := range v.items {
			if at >= v.offset {
				v.sel = i
				break
			}
		}
	} else {
		v.sel = min(max(v.sel+d, 0), len(v.items)-1)
	}
	v.show(v.sel)
}

// page scrolls by a screen (d = ±1), taking the selection along.
func (v *screenView) page(d int) {
	v.scrollTo(v.offset + d*max(v.contentH()-1, 1))
	if len(v.items) == 0 {
		return
	}
	for i, at := range v.items {
		if at >= v.offset {
			v.sel = i
			break
		}
	}
}

// selected is the selected item, -1 for none.
func (v *screenView) selected() int {
	if v.sel < 0 || v.sel >= len(v.items) {
		return -1
	}
	return v.lines[v.items[v.sel]].item
}

func (v *screenView) draw() []string {
	if v.drawn != nil {
		return v.drawn
	}
	st := v.c.st
	out := make([]string, 0, v.h)
	if v.h > 0 {
		title := " " + v.title + " "
		if n := len(v.lines); n > v.contentH() && v.contentH() > 0 {
			title += percent(v.offset, n-v.contentH()) + " "
		}
		out = append(out, st.paneTitle.on(fitPlain(title, v.w)))
	}
	selItem := v.selected()
	for i := v.offset; i < len(v.lines) && len(out) < v.h; i++ {
		l := v.lines[i]
		text := fitPlain(l.text, v.w)
		switch {
		case selItem >= 0 && l.item == selItem:
			text = st.selected.on(text)
		case l.kind == lineHeading:
			text = st.month.on(text)
		case l.kind == lineDim:
			text = st.dim.on(text)
		}
		out = append(out, text)
	}
	v.drawn = blankLines(out, len(out), v.h, v.w)
	return v.drawn
}

// percent says how far down a scrolled text the view is: 0% at the top,
// 100% at the bottom.
func percent(offset, maxOffset int) string {
	if maxOffset <= 0 {
		return "100%"
	}
	return strconv.Itoa(100*min(offset, maxOffset)/maxOffset) + "%"
}

// wrapLines wraps plain text to width cells, each line after indent
// spaces, as view lines of one kind and item.
func wrapLines(text string, width, indent int, kind lineKind, item int) []viewLine {
	room := max(width-indent, 8)
	pad := strings.Repeat(" ", indent)
	var out []viewLine
	for _, l := range strings.Split(xansi.Wrap(text, room, ""), "\n") {
		out = append(out, viewLine{pad + l, kind, item})
	}
	return out
}
