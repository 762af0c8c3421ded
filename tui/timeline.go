package tui

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"chronik/model"
)

// timelinePane lists the events that pass the filter, in time order, under
// year and month headings. It never builds a row for every event: it keeps
// the list of passing event indices, a selected and a top position in it,
// and draws the rows that fit from the top; rows already drawn are kept
// until the width, style or filter changes, so moving the cursor redraws
// two rows.
type timelinePane struct {
	c  *common
	tl *model.Timeline
	sh *Shared
	w  int
	h  int // including the title line

	all  bool  // every event passes: positions are event indices
	list []int // otherwise the passing events, ascending
	sel  int   // selected position
	top  int   // position of the first event row shown

	in        searchLine // the search line
	searching bool       // the search line has the keyboard
	search    *model.Search
	hits      []int // events matching the search; nil with no query
	actorHits []int // events passing the actor filter; nil with no filter

	showEnd bool // on the first layout, scroll to the end of the list (see selectLatest)

	lines   []string           // the drawn pane, nil when it must be redrawn
	rows    map[int]string     // drawn event rows, by rowKey
	heads   map[headKey]string // drawn heading rows
	title   titleCache
	blank   string // a blank row of the pane's width
	targets []int  // for each content line: the list position it shows, -1 for a heading
}

// headKey is a heading row: the year row or the month row of a group.
type headKey struct {
	group int
	year  bool
}

// titleCache keeps a pane's title line until what it shows changes.
type titleCache struct {
	focused bool
	query   string
	line    string // "" when it must be drawn again
}

// get returns the cached title for focused and query, or draws it.
func (t *titleCache) get(focused bool, query string, draw func() string) string {
	if t.line == "" || t.focused != focused || t.query != query {
		t.focused, t.query, t.line = focused, query, draw()
	}
	return t.line
}

func newTimelinePane(c *common, tl *model.Timeline, sh *Shared) *timelinePane {
	p := &timelinePane{c: c, tl: tl, sh: sh, all: true, in: searchLine{c: c}}
	return p
}

func (p *timelinePane) n() int {
	if p.all {
		return len(p.tl.Events)
	}
	return len(p.list)
}

func (p *timelinePane) at(pos int) int {
	if p.all {
		return pos
	}
	return p.list[pos]
}

// selected is the selected event, -1 when the list is empty.
func (p *timelinePane) selected() int {
	if p.sel < 0 || p.sel >= p.n() {
		return -1
	}
	return p.at(p.sel)
}

func (p *timelinePane) setSize(w, h int) {
	if w == p.w && h == p.h {
		return
	}
	p.w, p.h = w, h
	p.in.setWidth(max(w-4, 1))
	p.rows, p.heads, p.title.line = nil, nil, ""
	p.blank = strings.Repeat(" ", max(w, 0))
	p.redraw()
	if p.showEnd && p.contentH() > 0 && p.n() > 0 {
		// The view ends at the last event, or starts at the selection if the
		// two do not fit together.
		p.showEnd = false
		last, h := p.n()-1, p.contentH()
		top := last
		for top > 0 && p.rowsFromTo(top-1, last, h) <= h {
			top--
		}
		p.top = top
		p.scrollTo(p.sel)
	} else if n, h := p.n(), p.contentH(); n > 0 && h > 0 {
		// A pane that grew shows more of what lies above rather than blank
		// rows under the last event.
		for p.top > 0 && p.rowsFromTo(p.top-1, n-1, h) <= h {
			p.top--
		}
		p.scrollTo(p.sel)
	}
}

// selectLatest selects the most recent dated event that passes the filter:
// a reader of news starts from what happened last. The undated events come
// after it, and the first layout shows as many of them below it as fit
// and the history above.
func (p *timelinePane) selectLatest() {
	pos := p.n() - 1
	for pos > 0 && !p.tl.Events[p.at(pos)].Date.Valid() {
		pos--
	}
	p.scrollTo(pos)
	p.showEnd = true
}

func (p *timelinePane) redraw() { p.lines = nil }

// restyle drops every drawn row: the styles changed.
func (p *timelinePane) restyle() {
	p.rows, p.heads, p.title.line = nil, nil, ""
	p.in.restyle()
	p.redraw()
}

// setActorFilter sets the events the actor filter lets through (nil: all).
func (p *timelinePane) setActorFilter(events []int) {
	p.actorHits = events
	p.refilter()
}

// setQuery runs the search as the reader types.
func (p *timelinePane) setQuery(q string) {
	if p.search == nil {
		p.search = model.NewSearch(p.sh.searchIndex())
	}
	p.hits = p.search.Set(q)
	p.refilter()
}

func (p *timelinePane) query() string {
	if p.search == nil {
		return ""
	}
	return p.search.Query()
}

// refilter intersects the actor filter and the search, keeping the
// selection on the same event when it still passes, else on the next one.
func (p *timelinePane) refilter() {
	keep := p.selected()
	q := p.query() != ""
	switch {
	case p.actorHits == nil && !q:
		p.all, p.list = true, nil
	case p.actorHits == nil:
		p.all, p.list = false, p.hits
	case !q:
		p.all, p.list = false, p.actorHits
	default:
		p.all, p.list = false, intersect(p.actorHits, p.hits)
	}
	p.sel, p.top = 0, 0
	if keep >= 0 {
		if p.all {
			p.sel = keep
		} else {
			p.sel, _ = slices.BinarySearch(p.list, keep)
		}
	}
	p.sel = min(p.sel, max(p.n()-1, 0))
	p.rows = nil
	p.scrollTo(p.sel)
}

func intersect(a, b []int) []int {
	var out []int
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			out = append(out, a[i])
			i++
			j++
		}
	}
	return out
}

// Headings. A group is the month an event's date starts in; undated events
// are one group after every month.
const undatedGroup = math.MaxInt

func group(e *model.Event) int {
	if !e.Date.Valid() {
		return undatedGroup
	}
	y, m, _ := e.Date.Start.Date()
	return y*12 + int(m) - 1
}

// headingRows is how many heading rows stand before an event of group g
// that follows one of group prev: a year row when the year changes, then a
// month row. The first event shown gets its month row whatever came before,
// so the reader always sees where in time the list is.
func headingRows(prev, g int, first bool) int {
	switch {
	case first:
		return 1
	case g == prev:
		return 0
	case g == undatedGroup || g/12 == prev/12:
		return 1
	}
	return 2
}

func (p *timelinePane) groupAt(pos int) int { return group(&p.tl.Events[p.at(pos)]) }

// contentH is the number of rows under the title line.
func (p *timelinePane) contentH() int { return max(p.h-1, 0) }

// rowsFromTo counts the rows from the top of the view at position top down
// to and including position pos's row, giving up past limit.
func (p *timelinePane) rowsFromTo(top, pos, limit int) int {
	rows := 0
	prev := 0
	for q := top; q <= pos && rows <= limit; q++ {
		g := p.groupAt(q)
		rows += headingRows(prev, g, q == top) + 1
		prev = g
	}
	return rows
}

// scrollTo moves the selection to pos, and the view only as far as it must
// to show it.
func (p *timelinePane) scrollTo(pos int) {
	n := p.n()
	if n == 0 {
		p.sel, p.top = 0, 0
		p.redraw()
		return
	}
	pos = min(max(pos, 0), n-1)
	p.sel = pos
	h := max(p.contentH(), 1)
	if pos < p.top {
		p.top = pos
	}
	if p.rowsFromTo(p.top, pos, h) > h {
		// Walk up from pos while the rows still fit: the view ends at pos.
		top := pos
		for top > 0 && p.rowsFromTo(top-1, pos, h) <= h {
			top--
		}
		p.top = top
	}
	p.redraw()
}

func (p *timelinePane) moveBy(d int) { p.scrollTo(p.sel + d) }

// page is the number of events a page moves: the rows of the pane less
// the headings that take up room, at least one.
func (p *timelinePane) page() int { return max(p.contentH()-2, 1) }

// view draws the pane: a title line (or the search line) and the rows.
func (p *timelinePane) view(focused bool) []string {
	if p.lines != nil {
		return p.lines
	}
	st := p.c.st
	lines := make([]string, 0, p.h)
	targets := p.targets[:0]
	if p.h > 0 {
		if p.searching {
			lines = append(lines, p.titleLine(focused)) // the input changes with every key
		} else {
			lines = append(lines, p.title.get(focused, p.in.value(), func() string { return p.titleLine(focused) }))
		}
	}
	if p.rows == nil || len(p.rows) > 8*p.h+16 {
		p.rows = make(map[int]string, 2*p.h)
	}
	if p.heads == nil {
		p.heads = make(map[headKey]string)
	}
	h := p.contentH()
	prev := 0
	for pos := p.top; pos < p.n() && len(lines)-1 < h; pos++ {
		ev := p.at(pos)
		g := group(&p.tl.Events[ev])
		heads := headingRows(prev, g, pos == p.top)
		if len(lines)-1+heads >= h && pos != p.top {
			break // no headings without their event under them
		}
		switch heads {
		case 2:
			lines = append(lines, p.heading(g, true))
			targets = append(targets, -1)
			fallthrough
		case 1:
			if len(lines)-1 < h {
				lines = append(lines, p.heading(g, false))
				targets = append(targets, -1)
			}
		}
		prev = g
		if len(lines)-1 >= h {
			break
		}
		key := rowKey(ev, pos == p.sel, focused)
		row, ok := p.rows[key]
		if !ok {
			row = p.eventRow(ev, pos == p.sel, focused)
			p.rows[key] = row
		}
		lines = append(lines, row)
		targets = append(targets, pos)
	}
	if p.n() == 0 && h > 0 {
		lines = append(lines, st.dim.on(fitPlain("  no events match", p.w)))
		targets = append(targets, -1)
	}
	for len(targets) < len(lines)-1 {
		targets = append(targets, -1)
	}
	p.targets = targets
	for len(lines) < p.h {
		lines = append(lines, p.blank)
	}
	p.lines = lines
	return p.lines
}

// heading is the year row (year set) or the month row of group g.
func (p *timelinePane) heading(g int, year bool) string {
	k := headKey{g, year}
	if row, ok := p.heads[k]; ok {
		return row
	}
	st := p.c.st
	var row string
	if year {
		row = st.year.on(fitPlain(strconv.Itoa(g/12)+" "+strings.Repeat("─", max(p.w-5, 0)), p.w))
	} else {
		row = st.month.on(fitPlain(" "+groupLabel(g), p.w))
	}
	p.heads[k] = row
	return row
}

// rowKey tells apart the ways a row can be drawn: plain, selected in a
// pane without the focus, selected in the focused pane.
func rowKey(item int, selected, focused bool) int {
	k := 3 * item
	if selected {
		k++
		if focused {
			k++
		}
	}
	return k
}

func groupLabel(g int) string {
	if g == undatedGroup {
		return "Undated"
	}
	return fmt.Sprintf("%s %d", monthNames[g%12], g/12)
}

var monthNames = [12]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}

func (p *timelinePane) titleLine(focused bool) string {
	st := p.c.st
	if p.searching {
		return st.prompt.on("/") + fit(st.downsample(p.in.input().View()), p.w-1)
	}
	title := " 2 Timeline "
	if q := p.in.value(); q != "" {
		title += "/" + clean(q) + " "
	}
	if focused {
		return st.paneTitle.on(fitPlain(title, p.w))
	}
	return st.paneTitleBlur.on(fitPlain(title, p.w))
}

// Column widths of an event row.
func (p *timelinePane) columns() (date, actors int) {
	switch {
	case p.w >= 90:
		return 19, min(28, p.w/4)
	case p.w >= 60:
		return 15, min(16, p.w/5)
	}
	return 12, 0
}

// eventRow draws one event: marker, date label, title, actors, and how
// many articles tell it.
func (p *timelinePane) eventRow(ev int, selected, focused bool) string {
	st := p.c.st
	e := &p.tl.Events[ev]
	dateW, actorsW := p.columns()
	countW := 3
	titleW := p.w - 2 - dateW - 1 - countW
	if actorsW > 0 {
		titleW -= actorsW + 1
	}
	if titleW < 4 { // too narrow for every column: date and title only
		actorsW, countW = 0, 0
		titleW = p.w - 2 - dateW - 1
		if titleW < 4 {
			dateW, titleW = 0, p.w-2
		}
	}
	marker := "  "
	if selected {
		marker = "▌ "
	}
	date := ""
	if dateW > 0 {
		date = fitPlain(e.Date.Label(), dateW) + " "
	}
	title := fitPlain(clean(e.Title), max(titleW, 0))
	actors, count := "", ""
	if actorsW > 0 {
		actors = " " + fitPlain(p.actorNames(e), actorsW)
	}
	if countW > 0 {
		count = padLeft(strconv.Itoa(e.ArticleCount())+"×", countW)
	}
	if selected {
		paint := st.selectedBlur
		if focused {
			paint = st.selected
		}
		return paint.on(fitPlain(marker+date+title+actors+count, p.w))
	}
	return fit(marker+st.date.on(date)+title+st.dim.on(actors)+st.count.on(count), p.w)
}

func (p *timelinePane) actorNames(e *model.Event) string {
	var b strings.Builder
	for i, a := range e.Actors {
		if a < 0 || a >= len(p.sh.actorShort) {
			continue
		}
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(p.sh.actorShort[a])
		if b.Len() > 80 {
			break
		}
	}
	return b.String()
}

// rowAt is the list position shown on content line y (0 = first line under
// the title), -1 for none.
func (p *timelinePane) rowAt(y int) int {
	if y < 0 || y >= len(p.targets) {
		return -1
	}
	return p.targets[y]
}
