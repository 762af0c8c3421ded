package tui

import (
	"fmt"
	"strconv"
	"strings"

	tea "charm.land/bubbletea/v2"

	"chronik/model"
)

// articlePane shows the article that tells the selected event, rendered
// with glamour, scrolled to the event's sentence, which is highlighted.
// Rendering runs in a tea.Cmd; the pane asks the shared ArticleCache first
// and draws a cached render at once. While a render is on its way the pane
// keeps drawing what it showed before (title included), so moving to an
// article not yet rendered never blanks the pane.
type articlePane struct {
	c     *common
	tl    *model.Timeline
	cache *ArticleCache
	w, h  int
	style string // glamour style in use

	want    articleWant // what the pane should show
	pending bool        // a render of want is on its way

	shown  articleWant // what the pane shows
	base   *articleRender
	hl     *blockRender
	err    error
	offset int

	lines []string // the drawn pane, nil when it must be redrawn
	blank string   // a blank line of the pane's width
}

// articleWant is one mention of one event at one width and style: what a
// render message must match to be shown.
type articleWant struct {
	event, mention int
	width          int
	style          string
}

// articleRenderedMsg carries a finished render back to the session.
type articleRenderedMsg struct {
	want articleWant
	base *articleRender
	hl   *blockRender
	err  error
}

func newArticlePane(c *common, tl *model.Timeline, cache *ArticleCache) *articlePane {
	none := articleWant{event: -1}
	return &articlePane{c: c, tl: tl, cache: cache, want: none, shown: none}
}

func (p *articlePane) setSize(w, h int) {
	if w == p.w && h == p.h {
		return
	}
	p.w, p.h = w, h
	p.blank = strings.Repeat(" ", max(w, 0))
	p.lines = nil
}

// mention returns the mention a want points at.
func (p *articlePane) mention(w articleWant) (*model.EventMention, *model.Article) {
	if w.event < 0 || w.event >= len(p.tl.Events) {
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
	w := articleWant{event, mention, p.w, p.style}
	if w == p.want {
		return nil // shown, or on its way
	}
	p.want = w
	m, art := p.mention(w)
	if art == nil || p.w <= 0 || p.style == "" {
		p.pending = false
		p.apply(w, nil, nil, nil)
		return nil
	}
	blocks := articleBlocks(art)
	block := sentenceBlock(blocks, m.Start, m.End)
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
	return func() tea.Msg {
		if ctx.Err() != nil {
			return nil // the session is over: no one will read it
		}
		msg := articleRenderedMsg{want: w}
		msg.base, msg.err = cache.loadArticle(art, w.width, w.style)
		if msg.err == nil && block >= 0 {
			msg.hl, msg.err = cache.loadHighlight(art, w.width, w.style, block, m.Start, m.End)
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
		title := " 3 Article "
		if _, art := p.mention(p.shown); art != nil {
			n := len(p.tl.Events[p.shown.event].Mentions)
			if n > 1 {
				title += strconv.Itoa(p.shown.mention+1) + "/" + strconv.Itoa(n) + " "
			}
			title += "· " + clean(art.ID) + " "
		}
		if total := p.total(); total > p.contentH() && p.contentH() > 0 {
			title += fmt.Sprintf("%d%% ", 100*min(p.offset+p.contentH(), total)/total)
		}
		paint := st.paneTitleBlur
		if focused {
			paint = st.paneTitle
		}
		lines = append(lines, paint.on(fitPlain(title, p.w)))
	}
	switch {
	case p.err != nil:
		lines = append(lines, st.dim.on(fitPlain("  cannot render: "+clean(p.err.Error()), p.w)))
	case p.base == nil && p.pending:
		lines = append(lines, st.dim.on(fitPlain("  rendering…", p.w)))
	case p.base == nil:
		lines = append(lines, st.dim.on(fitPlain("  no article", p.w)))
	default:
		fitted := p.shown.width == p.w
		for i := p.offset; i < p.total() && len(lines) < p.h; i++ {
			if fitted {
				lines = append(lines, p.line(i))
			} else {
				lines = append(lines, fit(p.line(i), p.w))
			}
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
