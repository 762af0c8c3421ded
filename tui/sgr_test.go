package tui

import (
	"strings"
	"testing"

	uv "github.com/charmbracelet/ultraviolet"
	xansi "github.com/charmbracelet/x/ansi"

	"chronik/model"
)

// cells draws a line as the terminal renderer sees it.
func cells(line string) uv.Line {
	buf := uv.NewScreenBuffer(max(xansi.StringWidth(line), 1), 1)
	uv.NewStyledString(line).Draw(buf, buf.Bounds())
	return buf.Line(0)
}

// TestCompactSGRDrawsTheSame: a compacted line shows every cell as the
// original does — the same text, the same style except on spaces that look
// the same in both — and never with more bytes.
func TestCompactSGRDrawsTheSame(t *testing.T) {
	text := "Anna Alt traf am 3. März Bernd Beck in Berlin. Danach reiste sie nach Paris, wo sie „lange“ blieb."
	a := &model.Article{Text: text}
	blk := model.Block{Kind: model.BlockParagraph, Start: 0, End: len(text)}
	var lines []string
	for _, style := range []string{"dark", "light", "ascii"} {
		r, err := newRenderer(style, 40)
		if err != nil {
			t.Fatal(err)
		}
		md := blockMarkdown(a, blk, strings.Index(text, "Danach"), len(text))
		out, err := renderMarkdown(r, md)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, out...)
	}
	lines = append(lines, "", "plain", "\x1b[7m \x1b[m \x1b[4m \x1b[m", "\x1b[41m  \x1b[m\x1b[1m x \x1b[m", "宽字 \x1b[31m字\x1b[m ")
	before, after := 0, 0
	for _, line := range lines {
		got := compactSGR(line)
		before, after = before+len(line), after+len(got)
		if len(got) > len(line) {
			t.Errorf("%q grew to %q", line, got)
		}
		want, have := cells(line), cells(got)
		if len(want) != len(have) {
			t.Errorf("%q → %q: %d cells, want %d", line, got, len(have), len(want))
			continue
		}
		for i := range want {
			w, h := want[i], have[i]
			same := w.Content == h.Content && w.Width == h.Width &&
				(w.Style.Equal(&h.Style) || w.Content == " " && invisibleOnSpace(&w.Style) && invisibleOnSpace(&h.Style))
			if !same {
				t.Errorf("%q → %q: cell %d is %+v, want %+v", line, got, i, h, w)
				break
			}
		}
	}
	if after > before*4/5 {
		t.Errorf("%d bytes compacted to %d", before, after)
	}
}
