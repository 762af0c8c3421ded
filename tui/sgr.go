package tui

import (
	uv "github.com/charmbracelet/ultraviolet"
	xansi "github.com/charmbracelet/x/ansi"
)

// compactSGR rewrites a rendered line with as few style sequences as it
// takes to draw the same thing. Glamour styles every word and every space
// on its own ("\x1b[38;5;252mwort\x1b[m\x1b[38;5;252m \x1b[m"); the line is
// drawn in every frame of every session that shows the article, and
// bubbletea parses each frame whole, so the line is made lean once, when
// it is rendered. A space looks the same in any style that has no
// background, underline, reverse video or strike-through, so such a space
// takes the style of the cell before it when that one is of the same kind
// (the run goes on), else no style at all.
func compactSGR(line string) string {
	w := xansi.StringWidth(line)
	if w == 0 {
		return line
	}
	buf := uv.NewScreenBuffer(w, 1)
	uv.NewStyledString(line).Draw(buf, buf.Bounds())
	l := buf.Line(0)
	var prev *uv.Style
	for i := range l {
		c := &l[i]
		if c.Content == " " && c.Link.IsZero() && invisibleOnSpace(&c.Style) {
			c.Style = uv.Style{}
			if prev != nil && invisibleOnSpace(prev) {
				c.Style = *prev
			}
		}
		if c.Width > 0 {
			prev = &c.Style
		}
	}
	return l.Render()
}

// invisibleOnSpace reports whether a style draws a space as a plain space.
func invisibleOnSpace(s *uv.Style) bool {
	return s.Bg == nil && s.Underline == uv.UnderlineNone &&
		s.Attrs&^(uv.AttrBold|uv.AttrFaint|uv.AttrItalic|uv.AttrBlink|uv.AttrRapidBlink) == 0
}
