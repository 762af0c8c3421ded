package tui

import (
	"slices"
	"strconv"
	"strings"

	"chronik/model"
)

// actorPane lists people and organisations by number of mentions, each
// with its kind and an activity bar over the timeline's span. The reader
// narrows it by typing and toggles actors in and out of the filter.
type actorPane struct {
	c  *common
	tl *model.Timeline
	sh *Shared
	w  int
	h  int

	list []int // the actors shown (indices into Timeline.Actors), in order
	all  bool  // list is sh.actorOrder
	sel  int   // selected position in list
	top  int

	in        searchLine // the search line
	searching bool
	query     string // normalised

	filter []int // the actors of the filter, in the order they were added

	lines []string
	rows  map[int]string
}

func newActorPane(c *common, tl *model.Timeline, sh *Shared) *actorPane {
	return &actorPane{c: c, tl: tl, sh: sh, list: sh.actorOrder, all: true, in: searchLine{c: c}}
}

func (p *actorPane) setSize(w, h int) {
	if w == p.w && h == p.h {
		return
	}
	p.w, p.h = w, h
	p.in.setWidth(max(w-2, 1))
	p.rows = nil
	p.scrollTo(p.sel)
}

func (p *actorPane) restyle() {
	p.rows = nil
	p.in.restyle()
	p.lines = nil
}

func (p *actorPane) contentH() int { return max(p.h-1, 0) }

func (p *actorPane) selected() int {
	if p.sel < 0 || p.sel >= len(p.list) {
		return -1
	}
	return p.list[p.sel]
}

func (p *actorPane) scrollTo(pos int) {
	pos = min(max(pos, 0), max(len(p.list)-1, 0))
	p.sel = pos
	h := max(p.contentH(), 1)
	if pos < p.top {
		p.top = pos
	}
	if pos >= p.top+h {
		p.top = pos - h + 1
	}
	p.top = max(min(p.top, len(p.list)-h), 0)
	p.lines = nil
}

func (p *actorPane) moveBy(d int) { p.scrollTo(p.sel + d) }

func (p *actorPane) page() int { return max(p.contentH()-1, 1) }

// setQuery narrows the list to the actors whose name or an alias contains
// the query. There are at most a few thousand actors, so a scan of their
// precomputed lower-cased names is far below a frame's budget.
func (p *actorPane) setQuery(q string) {
	q = model.NormalizeQuery(q)
	if q == p.query {
		return
	}
	keep := p.selected()
	from := p.sh.actorOrder
	if p.query != "" && strings.Contains(q, p.query) {
		from = p.list // what contains q contains the old query too
	}
	p.query = q
	if q == "" {
		p.list, p.all = p.sh.actorOrder, true
	} else {
		list := make([]int, 0, 16)
		for _, a := range from {
			if strings.Contains(p.sh.actorHay[a], q) {
				list = append(list, a)
			}
		}
		p.list, p.all = list, false
	}
	p.sel, p.top = 0, 0
	if i := slices.Index(p.list, keep); i >= 0 {
		p.sel = i
	}
	p.scrollTo(p.sel)
}

func (p *actorPane) inFilter(a int) bool { return slices.Contains(p.filter, a) }

// toggle puts the selected actor into the filter or takes it out.
func (p *actorPane) toggle() bool {
	a := p.selected()
	if a < 0 {
		return false
	}
	if i := slices.Index(p.filter, a); i >= 0 {
		p.filter = slices.Delete(p.filter, i, i+1)
	} else {
		p.filter = append(p.filter, a)
	}
	p.rows = nil
	p.lines = nil
	return true
}

func (p *actorPane) clearFilter() bool {
	if len(p.filter) == 0 {
		return false
	}
	p.filter = nil
	p.rows = nil
	p.lines = nil
	return true
}

// nextFiltered moves the cursor to the next actor of the filter after the
// selected one (clearing a search that hides it).
func (p *actorPane) nextFiltered() {
	if len(p.filter) == 0 {
		return
	}
	next := p.filter[0]
	if i := slices.Index(p.filter, p.selected()); i >= 0 {
		next = p.filter[(i+1)%len(p.filter)]
	}
	if !slices.Contains(p.list, next) {
		p.in.clear()
		p.setQuery("")
	}
	p.scrollTo(slices.Index(p.list, next))
}

func (p *actorPane) view(focused bool) []string {
	if p.lines != nil {
		return p.lines
	}
	st := p.c.st
	lines := make([]string, 0, p.h)
	if p.h > 0 {
		lines = append(lines, p.titleLine(focused))
	}
	if p.rows == nil || len(p.rows) > 8*p.h+16 {
		p.rows = make(map[int]string, 2*p.h)
	}
	for pos := p.top; pos < len(p.list) && len(lines) < p.h; pos++ {
		a := p.list[pos]
		key := rowKey(a, pos == p.sel, focused)
		row, ok := p.rows[key]
		if !ok {
			row = p.actorRow(a, pos == p.sel, focused)
			p.rows[key] = row
		}
		lines = append(lines, row)
	}
	if len(p.list) == 0 && len(lines) < p.h {
		lines = append(lines, st.dim.on(fitPlain("  no actor matches", p.w)))
	}
	p.lines = blankLines(lines, len(lines), p.h, p.w)
	return p.lines
}

func (p *actorPane) titleLine(focused bool) string {
	st := p.c.st
	if p.searching {
		return st.prompt.on("/") + fit(st.downsample(p.in.input().View()), p.w-1)
	}
	title := " 1 Actors " + strconv.Itoa(len(p.list))
	if !p.all {
		title += " of " + strconv.Itoa(len(p.tl.Actors)) + " /" + clean(p.in.value())
	}
	title += " "
	if focused {
		return st.paneTitle.on(fitPlain(title, p.w))
	}
	return st.paneTitleBlur.on(fitPlain(title, p.w))
}

// barWidth is the width of the activity bars: a few fixed sizes, so that the
// shared bar cache stays small whatever sizes the terminals have.
func (p *actorPane) barWidth() int {
	switch {
	case p.w >= 40:
		return 12
	case p.w >= 30:
		return 8
	case p.w >= 24:
		return 6
	}
	return 0
}

// actorRow: cursor, filter mark, kind letter, name, activity bar, mentions.
func (p *actorPane) actorRow(a int, selected, focused bool) string {
	st := p.c.st
	actor := &p.tl.Actors[a]
	cursor, mark := " ", "  "
	if selected {
		cursor = "▌"
	}
	if p.inFilter(a) {
		mark = "✓ "
	}
	kind, kindPaint := "P ", st.person
	if actor.Kind == model.Organization {
		kind, kindPaint = "O ", st.org
	}
	barW := p.barWidth()
	countW := 4
	nameW := p.w - 5 - countW
	bar := ""
	if barW > 0 {
		nameW -= barW + 1
		bar = " " + p.sh.bar(a, barW)
	}
	if nameW < 3 {
		countW, nameW = 0, p.w-5
	}
	name := fitPlain(p.sh.actorName[a], max(nameW, 0))
	count := ""
	if countW > 0 {
		count = padLeft(strconv.Itoa(actor.Mentions), countW)
	}
	if selected {
		paint := st.selectedBlur
		if focused {
			paint = st.selected
		}
		return paint.on(fitPlain(cursor+mark+kind+name+bar+count, p.w))
	}
	if p.inFilter(a) {
		name = st.match.on(name)
	}
	return fit(cursor+st.match.on(mark)+kindPaint.on(kind)+name+st.bar.on(bar)+st.count.on(count), p.w)
}

// rowAt is the list position on content line y, -1 for none.
func (p *actorPane) rowAt(y int) int {
	if pos := p.top + y; y >= 0 && pos < len(p.list) && y < p.contentH() {
		return pos
	}
	return -1
}
