package tui

import (
	"fmt"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	xansi "github.com/charmbracelet/x/ansi"

	"chronik/model"
)

// articlePane shows the article that tells the selected event, rendered
// with glamour, scrolled to the event's sentence, which is highlighted.
// Rendering runs in a tea.Cmd; the pane asks the shared ArticleCache first
// and draws a cached render at once. While a render is on its way the pane
// keeps drawing what it showed before (title included), so moving to an
// article not yet rendered never blanks the pane.
type articlePane struct {
	c      *common
	tl     *model.Timeline
	cache  *ArticleCache
	heads  []string            // Shared.articleHead
	titles map[titleKey]string // drawn title lines
	w, h   int
	style  string // glamour style in use

	want    articleWant // what the pane should show
	pending bool        // a render of want is on its way

	shown  articleWant // what the pane shows
	base   *articleRender
	hl     *blockRender
	err    error
	offset int

	// The search inside the article: the query (lower case), the lines
	// that hold it, and which of them the reader is at.
	in        searchLine
	searching bool
	q         string
	matches   []int
	match     int

	lines []string // the drawn pane, nil when it must be redrawn
	blank string   // a blank line of the pane's width
}

// articleWant is one mention of one event, or a whole article (event -1),
// at one width and style: what a render message must match to be shown.
type articleWant struct {
	event, mention int
	article        int // with event -1: the article shown without an event
	width          int
	style          string
}

// maxRenderBytes is the largest article the pane renders. Glamour renders
// a whole document at once, in time and memory that grow with it (see
// BENCHMARKS.md); news articles are a few tens of kilobytes, so anything
// past this is not an article to read in a pane. The pane says so and
// shows the event's sentence instead.
const maxRenderBytes = 256 << 10

// articleRenderedMsg carries a finished render back to the session.
type articleRenderedMsg struct {
	want articleWant
	base *articleRender
	hl   *blockRender
	err  error
}

func newArticlePane(c *common, tl *model.Timeline, cache *ArticleCache) *articlePane {
	none := articleWant{event: -1, article: -1}
	return &articlePane{c: c, tl: tl, cache: cache, want: none, shown: none, in: searchLine{c: c}}
}

func (p *articlePane) setSize(w, h int) {
	if w == p.w && h == p.h {
		return
	}
	p.w, p.h = w, h
	p.in.setWidth(max(w-2, 1))
	p.blank = strings.Repeat(" ", max(w, 0))
	p.lines = nil
}

// mention returns the mention a want points at.
func (p *articlePane) mention(w articleWant) (*model.EventMention, *model.Article) {
	if w.event < 0 {
		if w.article >= 0 && w.article < len(p.tl.Articles) {
			return nil, p.tl.Articles[w.article]
		}
		return nil, nil
	}
	if w.event >= len(p.tl.Events) {
		return nil, nil
	}
	ms := p.tl.Events[w.event].Mentions
	if w.mention < 0 || w.mention >= len(ms) {
		return nil, nil
	}
	m := &ms[w.mention]
	if m.Article < 0 || m.Article >= len(p.tl.Articles) || p.tl.Articles[m.Article] == nil {
		return m, nil
	}
	return m, p.tl.Articles[m.Article]
}

// show makes the pane show mention of event, rendering if need be: a
// render in the cache is used at once, anything else becomes a command.
func (p *articlePane) show(event, mention int) tea.Cmd {
	return p.showWant(articleWant{event, mention, -1, p.w, p.style})
}

// showArticle makes the pane show article a from its top, with no event.
func (p *articlePane) showArticle(a int) tea.Cmd {
	return p.showWant(articleWant{-1, 0, a, p.w, p.style})
}

// tooLarge reports whether art is past what the pane renders.
func tooLarge(art *model.Article) bool { return len(art.Text) > maxRenderBytes }

func (p *articlePane) showWant(w articleWant) tea.Cmd {
	if w == p.want {
		return nil // shown, or on its way
	}
	p.want = w
	m, art := p.mention(w)
	if art == nil || p.w <= 0 || p.style == "" || tooLarge(art) {
		p.pending = false
		p.apply(w, nil, nil, nil)
		return nil
	}
	blocks := articleBlocks(art)
	block := -1
	if m != nil {
		block = sentenceBlock(blocks, m.Start, m.End)
	}
	if v, ok := p.cache.peek(cacheKey{art, w.width, w.style, -1, -1}); ok {
		base := v.(*articleRender)
		if block < 0 {
			p.pending = false
			p.apply(w, base, nil, nil)
			return nil
		}
		if v, ok := p.cache.peek(cacheKey{art, w.width, w.style, m.Start, m.End}); ok {
			p.pending = false
			p.apply(w, base, v.(*blockRender), nil)
			return nil
		}
	}
	p.pending = true
	cache, ctx := p.cache, p.c.ctx
	hlStart, hlEnd := -1, -1
	if m != nil {
		hlStart, hlEnd = m.Start, m.End
	}
	return func() tea.Msg {
		if ctx.Err() != nil {
			return nil // the session is over: no one will read it
		}
		msg := articleRenderedMsg{want: w}
		msg.base, msg.err = cache.loadArticle(art, w.width, w.style)
		if msg.err == nil && block >= 0 {
			msg.hl, msg.err = cache.loadHighlight(art, w.width, w.style, block, hlStart, hlEnd)
		}
		return msg
	}
}

// rendered takes a finished render if it is still the one wanted.
func (p *articlePane) rendered(msg articleRenderedMsg) bool {
	if !p.pending || msg.want != p.want {
		return false
	}
	p.pending = false
	if msg.err != nil {
		p.c.logger.Error("render article", "err", msg.err)
		p.apply(msg.want, nil, nil, msg.err)
		return true
	}
	p.apply(msg.want, msg.base, msg.hl, nil)
	return true
}

// apply shows a render (or its absence, or the error that stopped it),
// scrolled to the highlighted sentence with two lines of context above.
func (p *articlePane) apply(w articleWant, base *articleRender, hl *blockRender, err error) {
	p.shown, p.base, p.hl, p.err, p.lines = w, base, hl, err, nil
	p.offset = 0
	p.findMatches()
	if hl != nil {
		p.scrollTo(base.blockStart[hl.block] + hl.sentLine - 2)
	}
}

// total is the number of lines of the shown article, highlight included.
func (p *articlePane) total() int {
	if p.base == nil {
		return 0
	}
	if p.hl == nil {
		return len(p.base.lines)
	}
	return len(p.base.lines) - p.base.blockLen[p.hl.block] + len(p.hl.lines)
}

// line returns line i of the article with the highlighted block in place.
func (p *articlePane) line(i int) string {
	if p.hl == nil {
		return p.base.lines[i]
	}
	start := p.base.blockStart[p.hl.block]
	switch {
	case i < start:
		return p.base.lines[i]
	case i < start+len(p.hl.lines):
		return p.hl.lines[i-start]
	}
	return p.base.lines[i-len(p.hl.lines)+p.base.blockLen[p.hl.block]]
}

func (p *articlePane) contentH() int { return max(p.h-1, 0) }

func (p *articlePane) scrollTo(off int) {
	off = min(off, p.total()-p.contentH())
	if off = max(off, 0); off != p.offset {
		p.offset = off
		p.lines = nil
	}
}

func (p *articlePane) scrollBy(d int) { p.scrollTo(p.offset + d) }

// view draws the pane. Rendered lines come fitted to the width they were
// rendered for, so an unchanged width costs no measuring; after a resize,
// until the new render arrives, the old one is cut or padded to fit.
func (p *articlePane) view(focused bool) []string {
	if p.lines != nil {
		return p.lines
	}
	st := p.c.st
	lines := make([]string, 0, p.h)
	if p.h > 0 {
		lines = append(lines, p.titleLine(focused))
	}
	switch {
	case p.err != nil:
		lines = append(lines, st.dim.on(fitPlain("  cannot render: "+clean(p.err.Error()), p.w)))
	case p.base == nil && p.shownTooLarge():
		lines = append(lines, p.tooLargeLines()...)
	case p.base == nil && p.pending:
		lines = append(lines, st.dim.on(fitPlain("  rendering…", p.w)))
	case p.base == nil:
		lines = append(lines, st.dim.on(fitPlain("  no article", p.w)))
	default:
		fitted := p.shown.width == p.w
		mark := 0
		for i := p.offset; i < p.total() && len(lines) < p.h; i++ {
			line := p.line(i)
			if !fitted {
				line = fit(line, p.w)
			}
			for mark < len(p.matches) && p.matches[mark] < i {
				mark++
			}
			if mark < len(p.matches) && p.matches[mark] == i && strings.HasPrefix(line, " ") {
				line = st.match.on("›") + line[1:] // the margin column marks a line that holds the search
			}
			lines = append(lines, line)
		}
	}
	if len(lines) > p.h {
		lines = lines[:p.h]
	}
	for len(lines) < p.h {
		lines = append(lines, p.blank)
	}
	p.lines = lines
	return p.lines
}

// titleLine: the pane's number, which mention of how many, the article's
// title and date, and how far down the pane is (0% at the top); or the
// search line while a search is typed.
func (p *articlePane) titleLine(focused bool) string {
	st := p.c.st
	if p.searching {
		return st.prompt.on("/") + fit(st.downsample(p.in.input().View()), p.w-1)
	}
	right := ""
	if total := p.total(); total > p.contentH() && p.contentH() > 0 {
		right = " " + percent(p.offset, total-p.contentH()) + " "
	}
	// Cutting a long title to the width is the costliest part of the pane
	// drawn from the cache; a reader going back and forth between a few
	// events sees the same few titles.
	k := titleKey{p.shown, p.w, right, focused}
	if t, ok := p.titles[k]; ok {
		return t
	}
	if p.titles == nil || len(p.titles) >= maxTitles {
		p.titles = make(map[titleKey]string, maxTitles)
	}
	title := " 3 Article "
	if m, art := p.mention(p.shown); art != nil {
		if m != nil {
			if n := len(p.tl.Events[p.shown.event].Mentions); n > 1 {
				title += strconv.Itoa(p.shown.mention+1) + "/" + strconv.Itoa(n) + " "
			}
		}
		var head string
		if i := p.shownArticle(); i >= 0 && i < len(p.heads) {
			head = p.heads[i] // made once, for every session
		} else {
			head = articleHead(art)
		}
		title += "· " + head + " "
	}
	paint := st.paneTitleBlur
	if focused {
		paint = st.paneTitle
	}
	if len(right) >= p.w {
		right = ""
	}
	line := paint.on(fitPlain(title, p.w-len(right)) + right)
	p.titles[k] = line
	return line
}

// titleKey is what the article pane's title line depends on (the styles
// too: restyle drops the drawn titles).
type titleKey struct {
	shown   articleWant
	width   int
	right   string
	focused bool
}

// maxTitles bounds the title lines an article pane keeps.
const maxTitles = 16

// shownTooLarge reports whether the pane shows an article past
// maxRenderBytes.
func (p *articlePane) shownTooLarge() bool {
	_, art := p.mention(p.shown)
	return art != nil && tooLarge(art)
}

// tooLargeLines is what the pane shows for an article it does not render:
// why, and the event's sentence, which is what the reader came for.
func (p *articlePane) tooLargeLines() []string {
	st := p.c.st
	m, art := p.mention(p.shown)
	var out []string
	add := func(text string, indent int, paint paint) {
		for _, l := range wrapLines(text, p.w, indent, lineText, -1) {
			out = append(out, paint.on(fitPlain(l.text, p.w)))
		}
	}
	add(fmt.Sprintf("This article is %.1f MiB; the pane renders articles up to %d KiB. Any editor opens %s.",
		float64(len(art.Text))/(1<<20), maxRenderBytes>>10, clean(art.Path)), 2, st.dim)
	if m != nil {
		const maxQuote = 4 << 10 // a sentence, not the article again
		start, end := clampRange(m.Start, m.End, len(art.Text))
		end = min(end, start+maxQuote)
		add("", 0, paint{})
		add(quoted(art, start, end), 2, paint{})
	}
	return out
}

// The search inside the article. It looks at the rendered lines, so what
// it finds is what the reader sees; the margin column marks each line that
// holds the query, and n / N go from one to the next.

func (p *articlePane) searchInput() *textinput.Model { return p.in.input() }

func (p *articlePane) setSearching(on bool) { p.searching, p.lines = on, nil }

func (p *articlePane) query() string { return p.q }

func (p *articlePane) setQuery(q string) {
	q = model.NormalizeQuery(q)
	if q == p.q {
		return
	}
	p.q = q
	p.findMatches()
	if len(p.matches) > 0 {
		p.match = 0
		for i, l := range p.matches { // the first match from where the reader is
			if l >= p.offset {
				p.match = i
				break
			}
		}
		p.scrollTo(p.matches[p.match] - 2)
	}
	p.lines = nil
}

// findMatches finds the lines of the shown article that hold the query.
func (p *articlePane) findMatches() {
	p.matches, p.match = p.matches[:0], 0
	if p.q == "" || p.base == nil {
		return
	}
	for i := range p.total() {
		if strings.Contains(model.NormalizeQuery(xansi.Strip(p.line(i))), p.q) {
			p.matches = append(p.matches, i)
		}
	}
}

// moveBy goes to the next (d > 0) or previous match, round the end.
func (p *articlePane) moveBy(d int) {
	n := len(p.matches)
	if n == 0 {
		return
	}
	p.match = ((p.match+d)%n + n) % n
	p.scrollTo(p.matches[p.match] - 2)
	p.lines = nil
}

// searchStatus is what the status line says of the search: "/wort 2 of 7".
func (p *articlePane) searchStatus() string {
	if p.q == "" {
		return ""
	}
	if len(p.matches) == 0 {
		return "/" + clean(p.q) + " no match"
	}
	return fmt.Sprintf("/%s %d of %d lines", clean(p.q), p.match+1, len(p.matches))
}

// articleHead is an article as the pane's title names it: title and date.
func articleHead(a *model.Article) string {
	return clean(a.Title) + " · " + a.Date.Interval.Label()
}

// shownArticle is the index of the article shown, -1 for none.
func (p *articlePane) shownArticle() int {
	if p.shown.event < 0 {
		return p.shown.article
	}
	m, _ := p.mention(p.shown)
	if m == nil {
		return -1
	}
	return m.Article
}
