package tui

import (
	"fmt"
	"strings"
	"sync"

	"charm.land/glamour/v2"
	"charm.land/glamour/v2/ansi"
	gstyles "charm.land/glamour/v2/styles"
	xansi "github.com/charmbracelet/x/ansi"

	"chronik/model"
)

// An article is rendered block by block: each block of its layout is one
// small markdown document. The line range of every block is then known, so
// the pane can scroll straight to the block holding the event's sentence,
// and the highlight re-renders only that block — the rest of the render,
// the bulk of the work, is shared by every event, mention and session that
// shows the article at that width and style.

// articleRender is an article rendered without highlight. Its lines are
// fitted (cut or padded) to exactly the width it was rendered for, once,
// so that drawing them costs every session nothing but copying.
type articleRender struct {
	lines      []string
	blockStart []int // for each block of articleBlocks: its first line
	blockLen   []int // and its number of lines
}

// blockRender is the block that holds a sentence, rendered with the
// sentence highlighted.
type blockRender struct {
	block    int      // index into articleBlocks
	lines    []string // fitted like articleRender's
	sentLine int      // the line, within lines, on which the sentence starts
}

func linesSize(lines []string) int {
	n := 64
	for _, l := range lines {
		n += len(l) + 16
	}
	return n
}

var glamourConfigs sync.Map // style name → *ansi.StyleConfig

// glamourConfig is a standard glamour style with a narrow margin (panes
// share the screen) and, in the colour styles, strong emphasis drawn as a
// highlight: article text never produces strong emphasis (its markup
// characters are written inert), so strong marks only the event's sentence.
func glamourConfig(style string) (*ansi.StyleConfig, error) {
	if c, ok := glamourConfigs.Load(style); ok {
		return c.(*ansi.StyleConfig), nil
	}
	base, ok := gstyles.DefaultStyles[style]
	if !ok {
		return nil, fmt.Errorf("unknown glamour style %q (want auto, dark, light, ascii or notty)", style)
	}
	cfg := *base
	margin := uint(1)
	cfg.Document.Margin = &margin
	fg, bg := "", ""
	switch style {
	case gstyles.DarkStyle:
		fg, bg = "230", "58"
	case gstyles.LightStyle:
		fg, bg = "232", "229"
	}
	yes := true
	switch style {
	case gstyles.DarkStyle, gstyles.LightStyle:
		cfg.Strong = ansi.StylePrimitive{Color: &fg, BackgroundColor: &bg, Bold: &yes}
	case gstyles.AsciiStyle:
		// A terminal without colours (NO_COLOR) still draws attributes:
		// the sentence bold and underlined, metadata in italics, and no
		// markdown markers left in the text.
		cfg.Strong = ansi.StylePrimitive{Bold: &yes, Underline: &yes}
		cfg.Emph = ansi.StylePrimitive{Italic: &yes}
		cfg.H1.Prefix, cfg.H1.Bold, cfg.H1.Underline = "", &yes, &yes
		cfg.H2.Prefix, cfg.H2.Bold = "", &yes
	case gstyles.NoTTYStyle:
		// No attributes at all: the sentence is set off by marks that are
		// not markdown, metadata is plain.
		cfg.Strong = ansi.StylePrimitive{BlockPrefix: "▶ ", BlockSuffix: " ◀"}
		cfg.Emph = ansi.StylePrimitive{}
	}
	c, _ := glamourConfigs.LoadOrStore(style, &cfg)
	return c.(*ansi.StyleConfig), nil
}

// renderLines renders one block's markdown into lines fitted to width.
func renderLines(r *glamour.TermRenderer, md string, width int) ([]string, error) {
	lines, err := renderMarkdown(r, md)
	for i, l := range lines {
		lines[i] = fit(compactSGR(l), width)
	}
	return lines, err
}

// renderMarkdown renders one block's markdown and drops the blank lines
// glamour puts around a document.
func renderMarkdown(r *glamour.TermRenderer, md string) ([]string, error) {
	out, err := r.Render(md)
	if err != nil {
		return nil, err
	}
	lines := strings.Split(out, "\n")
	for len(lines) > 0 && isBlank(lines[0]) {
		lines = lines[1:]
	}
	for len(lines) > 0 && isBlank(lines[len(lines)-1]) {
		lines = lines[:len(lines)-1]
	}
	return lines, nil
}

func isBlank(line string) bool { return strings.TrimSpace(xansi.Strip(line)) == "" }

func newRenderer(style string, width int) (*glamour.TermRenderer, error) {
	cfg, err := glamourConfig(style)
	if err != nil {
		return nil, err
	}
	return glamour.NewTermRenderer(glamour.WithStyles(*cfg), glamour.WithWordWrap(max(width, 8)))
}

// headerAt is where the header (date, source) goes: after the title and
// kicker lines an article starts with.
func headerAt(blocks []model.Block) int {
	i := 0
	for i < len(blocks) && (blocks[i].Kind == model.BlockTitle || blocks[i].Kind == model.BlockKicker) {
		i++
	}
	return i
}

func renderArticle(a *model.Article, width int, style string) (*articleRender, error) {
	r, err := newRenderer(style, width)
	if err != nil {
		return nil, err
	}
	blocks := articleBlocks(a)
	at := headerAt(blocks)
	hasTitle := false
	for _, b := range blocks[:at] {
		hasTitle = hasTitle || b.Kind == model.BlockTitle
	}
	out := &articleRender{blockStart: make([]int, len(blocks)), blockLen: make([]int, len(blocks))}
	blank := fit("", width)
	add := func(md string) (int, int, error) {
		lines, err := renderLines(r, md, width)
		if err != nil {
			return 0, 0, err
		}
		if len(lines) == 0 {
			return len(out.lines), 0, nil
		}
		if len(out.lines) > 0 {
			out.lines = append(out.lines, blank)
		}
		start := len(out.lines)
		out.lines = append(out.lines, lines...)
		return start, len(lines), nil
	}
	for i := 0; i <= len(blocks); i++ {
		if i == at {
			if _, _, err := add(headerMarkdown(a, hasTitle, blocks)); err != nil {
				return nil, err
			}
		}
		if i == len(blocks) {
			break
		}
		if out.blockStart[i], out.blockLen[i], err = add(blockMarkdown(a, blocks[i], -1, -1)); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// sentenceBlock finds the block of the article that holds the byte range
// [start, end), -1 if none does.
func sentenceBlock(blocks []model.Block, start, end int) int {
	for i, b := range blocks {
		if start >= b.Start && end <= b.End && start < end {
			return i
		}
	}
	for i, b := range blocks { // a sentence spilling over its block: take where it starts
		if start >= b.Start && start < b.End {
			return i
		}
	}
	return -1
}

func renderHighlight(a *model.Article, width int, style string, block, start, end int) (*blockRender, error) {
	r, err := newRenderer(style, width)
	if err != nil {
		return nil, err
	}
	blk := articleBlocks(a)[block]
	lines, err := renderLines(r, blockMarkdown(a, blk, start, end), width)
	if err != nil {
		return nil, err
	}
	out := &blockRender{block: block, lines: lines}
	// Word wrapping is greedy, so the text before the sentence wraps the
	// same way on its own: its last line is where the sentence starts.
	if start > blk.Start {
		before := blk
		before.End = start
		if prefix, err := renderMarkdown(r, blockMarkdown(a, before, -1, -1)); err == nil && len(prefix) > 0 {
			out.sentLine = min(len(prefix)-1, max(len(lines)-1, 0))
		}
	}
	return out, nil
}

// loadArticle returns the render of a from the cache, rendering it if need be.
func (c *ArticleCache) loadArticle(a *model.Article, width int, style string) (*articleRender, error) {
	v, err := c.load(cacheKey{a, width, style, -1, -1}, func() (any, int, error) {
		r, err := renderArticle(a, width, style)
		if err != nil {
			return nil, 0, err
		}
		return r, linesSize(r.lines) + 16*len(r.blockStart), nil
	})
	if err != nil {
		return nil, err
	}
	return v.(*articleRender), nil
}

func (c *ArticleCache) loadHighlight(a *model.Article, width int, style string, block, start, end int) (*blockRender, error) {
	v, err := c.load(cacheKey{a, width, style, start, end}, func() (any, int, error) {
		r, err := renderHighlight(a, width, style, block, start, end)
		if err != nil {
			return nil, 0, err
		}
		return r, linesSize(r.lines), nil
	})
	if err != nil {
		return nil, err
	}
	return v.(*blockRender), nil
}
