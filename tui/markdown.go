package tui

import (
	"strconv"
	"strings"

	"chronik/model"
)

// Articles are plain text, but glamour reads markdown, and it also decodes
// HTML entities in the text it prints (so "&#27;" in an article would reach
// the terminal as a real ESC). The markdown built here therefore writes
// every ASCII punctuation character of the article as a numeric character
// reference: CommonMark never reads a reference as markup (no emphasis, list,
// heading, link, table or autolink can start from one), and glamour's
// entity decoding turns each back into exactly the character it stood for,
// once, so "&#27;" in the text arrives as the five characters "&#27;".
// Control characters were made visible by clean before that.

// writeText appends untrusted text as inert markdown: cleaned, white space
// collapsed, ASCII punctuation as character references.
func writeText(b *strings.Builder, s string) {
	s = clean(s)
	space := false
	for _, r := range s {
		if r == ' ' {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		if r < 0x80 && isASCIIPunct(byte(r)) {
			b.WriteString("&#")
			b.WriteString(strconv.Itoa(int(r)))
			b.WriteByte(';')
			continue
		}
		b.WriteRune(r)
	}
}

func isASCIIPunct(c byte) bool {
	return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~')
}

// articleBlocks returns the blocks an article is shown in: its own layout,
// or, when the corpus gave none, paragraphs split at blank lines.
func articleBlocks(a *model.Article) []model.Block {
	if len(a.Blocks) > 0 {
		return a.Blocks
	}
	var blocks []model.Block
	start := 0
	for start < len(a.Text) {
		end := strings.Index(a.Text[start:], "\n\n")
		if end < 0 {
			end = len(a.Text)
		} else {
			end += start
		}
		if strings.TrimSpace(a.Text[start:end]) != "" {
			blocks = append(blocks, model.Block{Kind: model.BlockParagraph, Start: start, End: end})
		}
		start = end + 2
	}
	return blocks
}

// blockMarkdown is one block of an article as markdown, with the byte range
// [hlStart, hlEnd) of the text — the sentence that tells the selected
// event — set as strong emphasis, which the article styles draw as a
// highlight. hlStart < 0 highlights nothing.
func blockMarkdown(a *model.Article, blk model.Block, hlStart, hlEnd int) string {
	start, end := clampRange(blk.Start, blk.End, len(a.Text))
	var b strings.Builder
	switch blk.Kind {
	case model.BlockTitle:
		b.WriteString("# ")
	case model.BlockHeading:
		b.WriteString("## ")
	}
	// Metadata in italics. (Not in block quotes: glamour wraps a quote's
	// lines past its width at some widths.)
	emph := blk.Kind.IsMeta() || blk.Kind == model.BlockKicker
	body := func(s, e int) {
		if blk.Kind != model.BlockEmbed {
			writeText(&b, a.Text[s:e])
			return
		}
		// An embedded post keeps its lines; glamour joins the lines of a
		// paragraph, so each becomes a paragraph of its own.
		for i, line := range strings.Split(a.Text[s:e], "\n") {
			if i > 0 {
				b.WriteString("*\n\n*")
			}
			writeText(&b, line)
		}
	}
	if emph {
		b.WriteByte('*')
	}
	hlStart, hlEnd = clampRange(hlStart, hlEnd, len(a.Text))
	if hlStart >= start && hlEnd <= end && hlStart < hlEnd {
		hlStart, hlEnd = trimSpaceRange(a.Text, hlStart, hlEnd)
		body(start, hlStart)
		if isSpaceByte(a.Text[max(hlStart-1, 0)]) && strings.TrimSpace(a.Text[start:hlStart]) != "" {
			b.WriteByte(' ') // writeText drops a trailing space; keep the one between sentences
		}
		b.WriteString("**")
		body(hlStart, hlEnd)
		b.WriteString("**")
		if hlEnd < end && !isSpaceByte(a.Text[hlEnd]) {
			b.WriteByte(' ') // strong emphasis closing on punctuation must be followed by a space
		}
		body(hlEnd, end)
	} else {
		body(start, end)
	}
	if emph {
		b.WriteByte('*')
	}
	return b.String()
}

// headerMarkdown is what the article pane shows above the text: the
// title, when the article has no title block of its own; when it was
// written and how Chronik knows; its source. (Glamour joins the lines of a
// paragraph, so each item is a paragraph.)
func headerMarkdown(a *model.Article, hasTitleBlock bool, blocks []model.Block) string {
	var b strings.Builder
	if !hasTitleBlock && strings.TrimSpace(a.Title) != "" {
		b.WriteString("# ")
		writeText(&b, a.Title)
		b.WriteString("\n\n")
	}
	b.WriteByte('*')
	writeText(&b, a.Date.Interval.Label())
	if a.Date.Source != "" && a.Date.Source != model.DateUnknown {
		// A reason may name its source itself ("text: …", "header …"):
		// then it is not said twice.
		b.WriteString(" &#40;")
		r := strings.TrimSpace(a.Date.Reason)
		if !strings.HasPrefix(r, string(a.Date.Source)) {
			writeText(&b, "from "+string(a.Date.Source))
			if r != "" {
				b.WriteString(": ")
			}
		}
		writeText(&b, r)
		b.WriteString("&#41;")
	}
	b.WriteString("*")
	if s := strings.TrimSpace(a.Source); s != "" && !hasBlockText(a, blocks, s) {
		b.WriteString("\n\n")
		writeText(&b, s)
	}
	return b.String()
}

func clampRange(s, e, n int) (int, int) {
	s = min(max(s, 0), n)
	e = min(max(e, s), n)
	return s, e
}

func trimSpaceRange(text string, s, e int) (int, int) {
	for s < e && isSpaceByte(text[s]) {
		s++
	}
	for e > s && isSpaceByte(text[e-1]) {
		e--
	}
	return s, e
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

// hasBlockText reports whether a block of the article reads s, so that the
// header does not repeat a byline the text shows anyway.
func hasBlockText(a *model.Article, blocks []model.Block, s string) bool {
	for _, b := range blocks {
		start, end := clampRange(b.Start, b.End, len(a.Text))
		if strings.TrimSpace(a.Text[start:end]) == s {
			return true
		}
	}
	return false
}
