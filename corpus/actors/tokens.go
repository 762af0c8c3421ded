package actors

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"chronik/corpus/text"
	"chronik/model"
)

// gap classifies what lies between a word and the word before it.
type gap uint8

const (
	gapSpace gap = iota // blanks only, on one line: the words belong to one phrase
	gapComma            // a comma (and blanks)
	gapOther            // other punctuation: brackets, quotes, dashes, colons
	gapBreak            // a sentence end, a line break or a block boundary
)

// A token is a word of the article: a run of letters and digits, with inner
// hyphens ("Trump-Sprecherin", "Mar-a-Lago") and inner apostrophes
// ("O'Brien"). A trailing apostrophe of the German genitive ("Bezos‘") is
// not part of the word.
//
// Offsets are int32: a token is 32 bytes instead of 56, and an article's
// tokens are read many times over by the passes of Find.
type token struct {
	start, end int32
	at         int32 // index of its first token in the text layer
	sent       int32 // index of the sentence the word is in, counted here
	block      int32 // index into Article.Blocks, or -1
	gap        gap   // what separates it from the previous word
	first      bool  // the first word of its sentence (or after a colon or an opening quote there)
	meta       bool  // inside a metadata block
	upper      bool  // starts with an upper-case letter
	allCaps    bool  // has two or more letters and no lower-case ones
	innerCap   bool  // an upper-case letter after a lower-case one, outside the first compound part boundary ("OpenAI", "xAI")
	hyphen     bool  // holds a hyphen
	gen        bool  // followed directly by a genitive apostrophe: "Bezos‘"
	dotAfter   bool  // followed directly by a full stop: "Inc.", "J."
	glued      bool  // part of a link, handle or file name: "/", "@", "#" or "_" touches it
}

// words derives the article's words from its text layer, with what the
// passes of Find ask of each. A word is a run of the layer's word, number
// and alnum tokens joined by an inner hyphen or apostrophe with no blank
// ("Mar-a-Lago", "2024-25", "O'Brien"); the layer's punctuation tokens
// between two words make their gap. Sentences are the layer's; a line
// break or a block boundary also starts one. It returns the words, and
// their texts in ws, both reusing the given slices' arrays.
func words(doc *text.Doc, a *model.Article, toks []token, ws []string) ([]token, []string) {
	src := doc.Text
	blocks := a.Blocks
	// The block of the current word, blocks[bi], is kept in locals: most
	// words lie in the block of the word before.
	bi := 0
	bStart, bEnd, bMeta, bCaption := noBlock, noBlock, false, false
	if len(blocks) > 0 {
		bStart, bEnd, bMeta, bCaption = blocks[0].Start, blocks[0].End, blocks[0].Kind.IsMeta(), blocks[0].Kind == model.BlockCaption
	}
	sent := int32(0)
	pendingGap := gapBreak
	colonOrQuote := false
	prevEnd := 0
	prevSent := int32(-1)
	credit := creditMemo{block: -1}
	dt := doc.Tokens
	toks = slices.Grow(toks[:0], len(dt))
	ws = slices.Grow(ws[:0], len(dt))
	for k := 0; k < len(dt); k++ {
		t := &dt[k]
		if t.Newline() {
			pendingGap = gapBreak
		}
		if t.Kind == text.Punct {
			switch c := src[t.Start]; {
			case c == ',':
				pendingGap = max(pendingGap, gapComma)
			case c == ':' || c == '"':
				colonOrQuote = true
				pendingGap = max(pendingGap, gapOther)
			case c >= utf8.RuneSelf:
				switch doc.Mark(k) {
				case '„', '“', '«', '»':
					colonOrQuote = true
				}
				pendingGap = max(pendingGap, gapOther)
			default: // '.', '!', '?' and the other marks
				pendingGap = max(pendingGap, gapOther)
			}
			continue
		}
		first := k
		start := int(t.Start)
		docSent := t.Sentence
		if k+2 < len(dt) && dt[k+1].Kind == text.Punct && !dt[k+1].Space() {
			k = wordEnd(dt, src, k) // (most words end at a blank)
		}
		last := &dt[k]
		end := int(last.End)
		// The word is written in place (toks and ws have room for every
		// layer token): built aside, each 32-byte token was copied in
		// again.
		n := len(toks)
		toks, ws = toks[:n+1], ws[:n+1]
		tk := &toks[n]
		*tk = token{start: int32(start), end: int32(end), at: int32(first), block: -1, upper: t.Upper()}
		w := src[start:end]
		ws[n] = w
		tk.hyphen = (t.Kind != text.Num || k > first) && strings.IndexByte(w, '-') >= 0
		if t.Cased() || k > first && cased(dt[first+1:k+1]) {
			tk.allCaps, tk.innerCap = capitals(w)
		}
		if end < len(src) {
			c := src[end]
			if c == '\'' || c >= utf8.RuneSelf && (strings.HasPrefix(src[end:], "’") || strings.HasPrefix(src[end:], "‘")) {
				last := src[end-1]
				tk.gen = last == 's' || last == 'x' || last == 'z'
			}
			tk.dotAfter = c == '.'
			tk.glued = c == '/' || c == '@' || c == '_' || c == '#' ||
				c == '.' && end+1 < len(src) && isWordByte(src[end+1])
		}
		if start > 0 {
			switch src[start-1] {
			case '/', '@', '_', '#', '.':
				tk.glued = true
			}
		}
		for start >= bEnd {
			bi++
			bStart, bEnd = noBlock, noBlock
			if bi < len(blocks) {
				bStart, bEnd, bMeta, bCaption = blocks[bi].Start, blocks[bi].End, blocks[bi].Kind.IsMeta(), blocks[bi].Kind == model.BlockCaption
			}
		}
		if bStart <= start {
			tk.block = int32(bi)
			tk.meta = bMeta
			if bCaption {
				tk.meta = credit.meta(src, blocks, bi, start)
			}
			if bStart >= prevEnd && n > 0 && toks[n-1].block != int32(bi) {
				pendingGap = gapBreak
			}
		}
		newSent := pendingGap == gapBreak || docSent != prevSent
		if newSent && n > 0 {
			sent++
			pendingGap = gapBreak
		}
		tk.sent = sent
		tk.gap = pendingGap
		// After a colon or an opening quote a capital says as little as at
		// the start of a sentence.
		tk.first = newSent || n == 0 || colonOrQuote
		prevEnd, prevSent = end, last.Sentence
		pendingGap = gapSpace
		colonOrQuote = false
	}
	return toks, ws
}

// noBlock stands for the start and end of the block after the last: no
// word reaches it.
const noBlock = math.MaxInt

// wordEnd returns the last text-layer token of the word that starts at
// token k: inner hyphens and apostrophes, which the layer leaves as marks,
// join the word, number and alnum tokens around them when no blank
// separates them.
func wordEnd(dt []text.Token, src string, k int) int {
	for k+2 < len(dt) && dt[k+1].Kind == text.Punct && !dt[k+1].Space() && dt[k+2].Kind != text.Punct && !dt[k+2].Space() {
		if c := src[dt[k+1].Start]; c != '-' && c != '\'' && !strings.HasPrefix(src[dt[k+1].Start:], "’") {
			break
		}
		k += 2
	}
	return k
}

// creditMemo tells whether a word of block bi (which holds it) is
// metadata: in a metadata block, or in the credit at the end of a caption.
// It keeps where the credit of the last caption asked about starts.
type creditMemo struct {
	block, start int
}

func (c *creditMemo) meta(src string, blocks []model.Block, bi, start int) bool {
	if blocks[bi].Kind != model.BlockCaption {
		return blocks[bi].Kind.IsMeta()
	}
	if c.block != bi {
		c.block, c.start = bi, captionCredit(src, blocks[bi])
	}
	return start >= c.start
}

// cased reports whether a letter of the tokens is upper-case.
func cased(parts []text.Token) bool {
	for i := range parts {
		if parts[i].Cased() {
			return true
		}
	}
	return false
}

// capitals reports whether a word of two or more letters has no
// lower-case one ("BMW", "IG"), and whether an upper-case letter follows a
// lower-case one inside a compound part ("OpenAI", "xAI"; not
// "Trump-Sprecherin"). A title-case or other letter counts as lower case.
func capitals(w string) (allCaps, innerCap bool) {
	// Most cased words are an ASCII capital and lower-case ASCII letters:
	// neither.
	if len(w) >= 2 && w[0]-'A' < 26 {
		i := 1
		for i < len(w) && w[i]-'a' < 26 {
			i++
		}
		if i == len(w) {
			return false, false
		}
	}
	letters, hasLower, prevLower := 0, false, false
	i := 0
	for ; i < len(w) && w[i] < utf8.RuneSelf; i++ {
		switch c := w[i]; {
		case c >= 'A' && c <= 'Z':
			innerCap = innerCap || prevLower
			prevLower = false
			letters++
		case c >= 'a' && c <= 'z':
			hasLower, prevLower = true, true
			letters++
		default:
			prevLower = false
		}
	}
	for _, r := range w[i:] {
		switch {
		case unicode.IsUpper(r):
			innerCap = innerCap || prevLower
			prevLower = false
			letters++
		case unicode.IsLetter(r):
			hasLower, prevLower = true, true
			letters++
		default:
			prevLower = false
		}
	}
	return letters >= 2 && !hasLower, innerCap
}

// isWordByte reports an ASCII letter or digit.
func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return isWordByte(byte(r))
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// creditMarkers start the credit of a photo caption.
var creditMarkers = []string{"Foto:", "Fotos:", "Foto ", "Bild:", "Bilder:", "Quelle:", "©", "Credit:", "Photo:", "Image:"}

// captionCredit returns where the credit of a caption block starts: a
// caption describes the picture ("Donald Trump kündigt „Stargate“ an"),
// and the people it names are actors; its credit ("Foto: … | Al Drago")
// is metadata. Without a marker the caption is all description (the
// layout stage gives credits blocks of their own).
func captionCredit(text string, b model.Block) int {
	if b.Start < 0 || b.End > len(text) || b.Start > b.End {
		return b.Start
	}
	body := text[b.Start:b.End]
	at := len(body)
	for _, m := range creditMarkers {
		if i := strings.Index(body, m); i >= 0 && i < at {
			at = i
		}
	}
	return b.Start + at
}
