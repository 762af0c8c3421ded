package tui

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

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
	actorHits []int // events passing the actor filter
	actorOn   bool  // an actor filter is set (actorHits may then be empty)
	actorAll  bool  // and it asks for events with all of its actors, more than one
	keyOn     bool  // only the key events are shown
	byYear    bool  // headings name years, not months
	// openMonths and openYears are the months and years some date with
	// no known start ends in, whose heading is "Up to …" (group)
	openMonths, openYears map[int]bool

	showEnd bool // on the first layout, scroll to the end of the list (see selectLatest)

	lines   []string           // the drawn pane, nil when it must be redrawn
	rows    map[int]string     // drawn event rows, by rowKey
	heads   map[headKey]string // drawn heading rows
	title   titleCache
	blank   string // a blank row of the pane's width
	targets []int  // for each content line: the list position it shows, -1 for a heading
}

// headKey is a heading row: the year row or the row of a group.
type headKey struct {
	group groupKey
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
	p := &timelinePane{c: c, tl: tl, sh: sh, all: true, in: searchLine{c: c}, openMonths: map[int]bool{}, openYears: map[int]bool{}}
	for i := range tl.Events {
		if d := tl.Events[i].Date; d.OpenStart() {
			_, last, _ := d.MonthSpan()
			p.openMonths[last], p.openYears[last/12] = true, true
		}
	}
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

// setActorFilter sets the events the actor filter lets through; on false
// means no filter. all says that the filter asks for the events of all of
// several actors (for what the pane says when none has them all).
func (p *timelinePane) setActorFilter(events []int, on, all bool) {
	p.actorHits, p.actorOn, p.actorAll = events, on, all
	p.refilter()
}

// setKeyView shows only the key events (on) or every event.
func (p *timelinePane) setKeyView(on bool) {
	p.keyOn = on
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
	var lists [][]int
	if p.actorOn {
		lists = append(lists, p.actorHits)
	}
	if p.query() != "" {
		lists = append(lists, p.hits)
	}
	if p.keyOn {
		lists = append(lists, p.sh.keyEvents())
	}
	p.all, p.list = len(lists) == 0, nil
	if !p.all {
		p.list = lists[0]
		for _, l := range lists[1:] {
			p.list = intersect(p.list, l)
		}
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

// Headings. An event stands under the whole months its date spans
// (model.Interval.Heading): "December 2024" for a date within December,
// "Oct – Dec 2024" for one from late October to late December, "2018" for
// a whole year, "Up to December 2024" for a date with no known start, so
// no date sits under a heading narrower than itself. Events come in time
// order, those with no known start on the day they end
// (model.Interval.Compare), so a heading is drawn whenever it changes from
// one row to the next (and may come again after a wider one). A year row
// stands before the first heading of each year. A month with dates of no
// known start (placed on the day they end) has one heading, "Up to March
// 2024", over them and the dates within it, which lie up to its end too,
// all in the order of their days; zoomed out to years, so has such a
// year, "Up to December 2015": headings of their own would break a month
// into its days and a year into its months.
type groupKey struct {
	first, last int // months, year*12 + month-1; first -1 when the start is not known
	dated       bool
	// upToYear: zoomed out to years, a year's dates with and without a
	// known start under one heading, which names the year
	upToYear bool
}

// group is the heading an event stands under: the whole months its date
// spans, or, zoomed out to years, the whole years.
func (p *timelinePane) group(e *model.Event) groupKey {
	first, last, ok := e.Date.MonthSpan()
	if ok && !p.byYear && first == last && p.openMonths[last] {
		first = -1 // a month with dates of no known start: "Up to March 2024" over them all, in the order of their days
	}
	if ok && p.byYear {
		if first >= 0 {
			first -= first % 12
		}
		last += 11 - last%12
		if (first < 0 || first == last-11) && p.openYears[last/12] {
			return groupKey{-1, last, true, true}
		}
	}
	return groupKey{first, last, ok, false}
}

// year is the year row a group stands under: the year it starts in, or
// with no known start the year it ends in; -1 for the undated.
func (g groupKey) year() int {
	switch {
	case !g.dated:
		return -1
	case g.first < 0:
		return g.last / 12
	}
	return g.first / 12
}

// headingRows is how many heading rows stand before an event of group g
// that follows one of group prev: a year row when the year changes, then
// the group's row. The first event shown gets its group row whatever came
// before, so the reader always sees where in time the list is.
func headingRows(prev, g groupKey, first bool) int {
	switch {
	case first:
		return 1
	case g == prev:
		return 0
	case g.year() < 0 || g.year() == prev.year() || g.wholeYear():
		return 1
	}
	return 2
}

// wholeYear reports a group of one whole year, whose heading is the year
// row itself.
func (g groupKey) wholeYear() bool {
	return g.upToYear || g.dated && g.first >= 0 && g.first%12 == 0 && g.last == g.first+11
}

func (p *timelinePane) groupAt(pos int) groupKey { return p.group(&p.tl.Events[p.at(pos)]) }

// setByYear groups the events by years (on) or by months.
func (p *timelinePane) setByYear(on bool) {
	if on == p.byYear {
		return
	}
	p.byYear = on
	p.heads = nil
	p.scrollTo(p.sel)
}

// contentH is the number of rows under the title line.
func (p *timelinePane) contentH() int { return max(p.h-1, 0) }

// rowsFromTo counts the rows from the top of the view at position top down
// to and including position pos's row, giving up past limit.
func (p *timelinePane) rowsFromTo(top, pos, limit int) int {
	rows := 0
	var prev groupKey
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
	var prev groupKey
	for pos := p.top; pos < p.n() && len(lines)-1 < h; pos++ {
		ev := p.at(pos)
		g := p.group(&p.tl.Events[ev])
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
	if p.n() == 0 {
		for _, l := range p.emptyNote() {
			if len(lines)-1 < h {
				lines = append(lines, st.dim.on(fitPlain("  "+l, p.w)))
				targets = append(targets, -1)
			}
		}
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

// emptyNote says why the list is empty, and what to do about it.
func (p *timelinePane) emptyNote() []string {
	switch {
	case len(p.tl.Events) == 0:
		note := []string{"No events in these articles."}
		if n := len(p.tl.NotGerman); n > 0 {
			note = append(note, fmt.Sprintf("Chronik reads German news: %d of %d articles do not read as German.", n, len(p.tl.Articles)))
		}
		return append(note, "a lists the articles, to read them.")
	case p.actorOn && p.actorAll && len(p.actorHits) == 0:
		return []string{"No event involves all of them.", "m shows the events with any of them."}
	case p.keyOn && p.query() == "" && !p.actorOn:
		return []string{"no key events"}
	}
	return []string{"no events match"}
}

// heading is the year row (year set) or the row of group g.
func (p *timelinePane) heading(g groupKey, year bool) string {
	k := headKey{g, year}
	if row, ok := p.heads[k]; ok {
		return row
	}
	st := p.c.st
	var row string
	if year {
		y := strconv.Itoa(g.year())
		row = st.year.on(fitPlain(y+" "+strings.Repeat("─", max(p.w-len(y)-1, 0)), p.w))
	} else {
		row = st.month.on(fitPlain(" "+p.groupLabel(g), p.w))
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

// groupLabel is the heading of group g: the heading of any of its
// events' dates, all of which span the same months.
func (p *timelinePane) groupLabel(g groupKey) string {
	switch {
	case !g.dated:
		return model.Interval{}.Heading()
	case g.first < 0:
		last := model.NewDay(g.last/12, time.Month(g.last%12+1), 1)
		return model.Before(last.AddDays(1)).Heading()
	}
	first := model.NewDay(g.first/12, time.Month(g.first%12+1), 1)
	last := model.NewDay(g.last/12, time.Month(g.last%12+1), 1)
	return model.Interval{Start: first, End: last}.Heading()
}

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

// minTitleW is the room a title must keep before dates take their short
// form: dates are never cut, titles give way first.
const minTitleW = 30

// dateColumn is the width of the date column and whether it holds the
// short labels: as wide as the widest label of the timeline, full labels
// when a title keeps minTitleW cells beside them, else short ones
// (model.Interval.ShortLabel), which still say the whole interval.
func (p *timelinePane) dateColumn() (width int, short bool) {
	if p.w-2-p.sh.dateW-1-4 >= minTitleW {
		return p.sh.dateW, false
	}
	return p.sh.shortDateW, true
}

// eventRow draws one event: marker, date label, title (which names the
// actors), and how many articles tell it.
func (p *timelinePane) eventRow(ev int, selected, focused bool) string {
	st := p.c.st
	e := &p.tl.Events[ev]
	dateW, short := p.dateColumn()
	count := strconv.Itoa(e.ArticleCount()) + "×"
	countW := max(4, len(count)+1)
	titleW := p.w - 2 - dateW - 1 - countW
	if titleW < 4 { // too narrow for every column: date and title only
		countW = 0
		titleW = p.w - 2 - dateW - 1
	}
	marker := "  "
	if selected {
		marker = "▌ "
	}
	label := e.Date.Label()
	if short {
		label = e.Date.ShortLabel()
	}
	date := fitPlain(label, dateW) + " "
	title := fitPlain(clean(e.Title), max(titleW, 0))
	if countW > 0 {
		count = padLeft(count, countW)
	} else {
		count = ""
	}
	if selected {
		paint := st.selectedBlur
		if focused {
			paint = st.selected
		}
		return paint.on(fitPlain(marker+date+title+count, p.w))
	}
	return fit(marker+st.date.on(date)+title+st.count.on(count), p.w)
}

// rowAt is the list position shown on content line y (0 = first line under
// the title), -1 for none.
func (p *timelinePane) rowAt(y int) int {
	if y < 0 || y >= len(p.targets) {
		return -1
	}
	return p.targets[y]
}
