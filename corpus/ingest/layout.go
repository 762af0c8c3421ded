package ingest

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"chronik/corpus/datenames"
	"chronik/corpus/sentence"
	"chronik/model"
)

// Limits of the layout rules, in code points. They describe news
// typography in general: headlines and subheadings are short, kickers
// shorter still, a teaser is a few sentences, a caption one or two.
const (
	maxWrapWidth   = 100 // lines no longer than this may be hard-wrapped paragraphs
	minWrapWidth   = 40  // nor shorter: a kicker over a headline, not text wrapped that narrow
	maxHeadline    = 150 // a headline or subheading
	maxHeadWords   = 20
	maxKicker      = 60 // a kicker line above the headline
	maxKickerWords = 7
	maxTeaser      = 400 // a lead paragraph set apart under the headline
	maxCaption     = 400 // a photo caption before its credit
	maxCredit      = 300 // a credit line
	maxByline      = 100
	maxEmbed       = 500 // an embedded post's text
)

// Layout divides text into blocks and says what each is: headline,
// kicker, teaser, subheading, paragraph, or one of the metadata kinds
// (byline, caption, credit, embedded post). It works on articles with
// blank lines between paragraphs as well as on one paragraph per line, and
// joins hard-wrapped lines. Blocks are in order, do not overlap and are
// trimmed of white space; markdown heading marks ("## ") are left out.
func Layout(text string) []model.Block {
	l := layouts.Get().(*layout)
	defer l.release()
	l.text = text
	l.units, l.run = splitUnits(l.units[:0], l.run[:0], text)
	units := l.units
	l.kinds = slices.Grow(l.kinds[:0], len(units))[:len(units)]
	l.findMeta()
	l.findHead()
	blocks := make([]model.Block, 0, len(units)+2)
	for i, u := range units {
		k := l.kinds[i]
		switch {
		case len(k.split) > 0:
			blocks = append(blocks, k.split...)
		case k.kind != "":
			blocks = append(blocks, model.Block{Kind: k.kind, Start: u.start, End: u.end})
		case l.headline(i):
			blocks = append(blocks, model.Block{Kind: model.BlockHeading, Start: u.start, End: u.end})
		default:
			blocks = append(blocks, model.Block{Kind: model.BlockParagraph, Start: u.start, End: u.end})
		}
	}
	return inlineEmbeds(text, blocks)
}

// picLink is how a post's picture link reads in a page's text.
const picLink = "pic.twitter.com/"

// inlineEmbeds cuts the posts that a long paragraph or teaser quotes
// inline out of it as embed blocks. Feeds that flatten an article to one
// line run an embedded post into the body ("… im Finale! #Team
// pic.twitter.com/… Der Trainer …"): the post ends with its picture link and
// begins after the last sentence before it that is no part of it (see
// postStart). The article's own sentences around it stay paragraphs.
func inlineEmbeds(text string, blocks []model.Block) []model.Block {
	var out []model.Block
	for i, b := range blocks {
		if (b.Kind != model.BlockParagraph && b.Kind != model.BlockTeaser) ||
			!strings.Contains(text[b.Start:b.End], picLink) {
			if out != nil {
				out = append(out, b)
			}
			continue
		}
		if out == nil {
			out = append(make([]model.Block, 0, len(blocks)+4), blocks[:i]...)
		}
		pos := b.Start
		for {
			at := strings.Index(text[pos:b.End], picLink)
			if at < 0 {
				break
			}
			at += pos
			end := at + len(picLink)
			for end < b.End && text[end] != ' ' && text[end] != '\t' && text[end] != '\n' {
				end++
			}
			start := postStart(text, pos, at)
			if s, e := trimSpan(text, pos, start); s < e {
				out = append(out, model.Block{Kind: b.Kind, Start: s, End: e})
			}
			out = append(out, model.Block{Kind: model.BlockEmbed, Start: start, End: end})
			pos = end
		}
		if s, e := trimSpan(text, pos, b.End); s < e {
			out = append(out, model.Block{Kind: b.Kind, Start: s, End: e})
		}
	}
	if out == nil {
		return blocks
	}
	return out
}

// postStart returns where the post whose picture link begins at link
// starts, not before from: after the end of the last sentence before the
// link (or the one before, when only hashtags, handles and links stand
// between it and the link), taking in the sentences before that which
// read as a post's (a hashtag, a handle or a short link in them).
func postStart(text string, from, link int) int {
	start := sentenceBefore(text, from, link)
	if start > from && onlyTags(text[start:link]) {
		start = sentenceBefore(text, from, start-1)
	}
	for start > from {
		prev := sentenceBefore(text, from, start-1)
		if !strings.ContainsAny(text[prev:start], "#@") && !strings.Contains(text[prev:start], "t.co/") {
			break
		}
		start = prev
	}
	return start
}

// onlyTags reports whether s holds nothing but hashtags, handles and
// links.
func onlyTags(s string) bool {
	for _, w := range strings.Fields(s) {
		if w[0] != '#' && w[0] != '@' && !strings.Contains(w, "://") {
			return false
		}
	}
	return true
}

// sentenceBefore returns the start of the sentence that holds offset at,
// not before from: the first word after the last ". ", "! " or "? "
// before at. Package sentence is not used here: it starts no sentence at
// a lower-case word, and posts often begin with one ("… zeigt. apples
// lineup is great pic.twitter.com/…"), which would take the article's
// sentence before into the post.
func sentenceBefore(text string, from, at int) int {
	for i := at - 1; i > from; i-- {
		if text[i] == ' ' && strings.IndexByte(".!?", text[i-1]) >= 0 {
			for i < at && text[i] == ' ' {
				i++
			}
			return i
		}
	}
	return from
}

// A unit is a line, or hard-wrapped lines joined: the thing that gets one
// kind (or, when a credit or author code trails it, is split in two).
type unit struct {
	start, end int // trimmed
	lines      int
	runes      int
	heading    int // markdown heading level, 0 if none
}

type unitKind struct {
	kind  model.BlockKind
	split []model.Block // when the unit becomes several blocks
	head  int8          // cache for headline(): 0 unknown, 1 yes, -1 no
}

type layout struct {
	text  string
	units []unit
	kinds []unitKind
	run   []unit // splitUnits' buffer
}

// layouts holds layouts between two calls of Layout: their units and
// kinds serve one text and the next, and only the blocks are the caller's.
var layouts = sync.Pool{New: func() any { return new(layout) }}

// release empties l (its kinds hold blocks of the text) and pools it.
func (l *layout) release() {
	clear(l.kinds)
	l.text = ""
	layouts.Put(l)
}

// splitUnits cuts text into units: runs of non-blank lines, each line a
// unit unless the run is hard-wrapped text. It appends them to units, and
// returns them and run, its buffer for the current run, to be passed
// again.
func splitUnits(units, run []unit, text string) ([]unit, []unit) {
	units = slices.Grow(units, strings.Count(text, "\n")+1)
	flush := func() {
		units = appendRun(units, text, run)
		run = run[:0]
	}
	for pos := 0; pos < len(text); {
		line, next := lineAt(text, pos)
		s, e := trimSpan(text, pos, pos+len(line))
		if s == e {
			flush()
		} else {
			u := unit{start: s, end: e, lines: 1, runes: runeCount(text[s:e])}
			if lvl, body := mdHeading(text[s:e]); lvl > 0 && body > 0 {
				u.heading, u.start = lvl, s+body
				u.runes = runeCount(text[u.start:e])
			}
			run = append(run, u)
		}
		pos = next
	}
	flush()
	return units, run
}

// runeCount is utf8.RuneCountInString, eight bytes at a time where they
// are ASCII: splitUnits counts the runes of every line of the text, and
// most of its bytes are ASCII.
func runeCount(s string) int {
	n := 0
	for i := 0; i < len(s); n++ {
		if i+8 <= len(s) {
			// the eight bytes at i, which the compiler reads in one load
			b := s[i : i+8]
			w := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
				uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
			if w&0x8080808080808080 == 0 {
				n += 7 // and the loop's one
				i += 8
				continue
			}
		}
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return n
}

// appendRun appends the units of a run of consecutive non-blank lines. A
// run is hard-wrapped when its widest line is short and each line is too
// full to have taken the next line's first word: then those lines are one
// paragraph. Anything else (one paragraph per line, a headline above a
// teaser) stays one unit per line.
func appendRun(units []unit, text string, run []unit) []unit {
	width := 0
	for _, u := range run {
		width = max(width, u.runes)
	}
	for i := 0; i < len(run); i++ {
		u := run[i]
		for i+1 < len(run) && u.heading == 0 && run[i+1].heading == 0 &&
			(width <= maxWrapWidth && width >= minWrapWidth && run[i].runes+1+firstWordRunes(text[run[i+1].start:run[i+1].end]) > width ||
				endsOpen(text[run[i].start:run[i].end])) &&
			!startsBullet(text[run[i+1].start:run[i+1].end]) &&
			creditCue(text[run[i+1].start:run[i+1].end]) == 0 && // "Foto: …" under a caption is never wrapped text
			!(run[i+1].start < datenames.DateLineReach && (dateLineOrGlued(text[run[i].start:run[i].end]) || dateLineOrGlued(text[run[i+1].start:run[i+1].end]))) { // nor a publication line
			i++
			u.end = run[i].end
			u.lines++
			u.runes += 1 + run[i].runes
		}
		units = append(units, u)
	}
	return units
}

// endsOpen reports a line that stops where no sentence or heading can:
// after an article, "und", "oder", "dass" or a preposition that is no
// verb's particle ("… Anteile an die" goes on; a line that ends on an
// adjective, "… an die neuen", is not caught). A page that gives each
// paragraph its own line but broke one of them there (a crawler's wrap)
// goes on in the next line, however long its other lines are.
func endsOpen(line string) bool {
	w := line
	if i := strings.LastIndexAny(line, " \t"); i >= 0 {
		w = line[i+1:]
	}
	// The words (in lower case, as a line ends on them) that leave a
	// sentence open: articles, conjunctions, and prepositions that no
	// separable verb ends on ("bietet … an", "hebt ab", "spielt mit",
	// "zieht … durch", "steuert gegen" do). A switch, not a map: it is
	// asked of every line.
	switch w {
	case "der", "die", "das", "den", "dem", "des",
		"ein", "eine", "einer", "eines", "einem", "einen",
		"und", "oder", "sowie", "dass",
		"im", "beim", "vom", "zum", "zur", "für", "seit":
		return true
	}
	return false
}

func firstWordRunes(s string) int {
	if i := strings.IndexAny(s, " \t"); i >= 0 {
		s = s[:i]
	}
	return utf8.RuneCountInString(s)
}

// mdHeading returns the level of a markdown heading ("## Titel") and the
// offset of its text, after the white space that follows the "#".
func mdHeading(s string) (level, body int) {
	for level < len(s) && s[level] == '#' {
		level++
	}
	if level == 0 || level > 6 || level >= len(s) || s[level] != ' ' && s[level] != '\t' {
		return 0, 0
	}
	body = level
	for body < len(s) {
		// (CommonMark takes a tab after the "#" as a space; a no-break
		// space after it is white space too)
		r, size := utf8.DecodeRuneInString(s[body:])
		if !unicode.IsSpace(r) {
			break
		}
		body += size
	}
	return level, body
}

// trimSpan trims white space (ASCII and Unicode) from both ends of
// text[s:e].
func trimSpan(text string, s, e int) (int, int) {
	for s < e {
		r, size := utf8.DecodeRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		s += size
	}
	for e > s {
		r, size := utf8.DecodeLastRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		e -= size
	}
	return s, e
}

// findMeta marks the units that are metadata, splitting off credits that
// trail captions and author codes that trail paragraphs.
func (l *layout) findMeta() {
	for i, u := range l.units {
		raw := l.text[u.start:u.end]
		s := raw
		if strings.HasPrefix(s, "*") || strings.HasPrefix(s, "_") {
			s = strings.Trim(s, "*_ ") // markdown emphasis: "*Von Anna Weber*"
		}
		switch {
		case u.heading > 0:
		case strings.HasPrefix(s, "!["):
			l.kinds[i].kind = model.BlockCaption // a markdown image
		case isEmbed(s, u.runes):
			l.kinds[i].kind = model.BlockEmbed
			if isAttribution(s, u.runes) && i > 0 && l.kinds[i-1].kind == "" && l.units[i-1].runes <= maxEmbed {
				// The post's own text comes right before its attribution
				// line ("— Name (@handle) December 19, 2024").
				l.kinds[i-1].kind = model.BlockEmbed
			}
		case u.runes <= maxCredit && creditCue(s) > 0 || isNotice(s, u.runes):
			l.kinds[i].kind = model.BlockCredit
		case isByline(s, u.runes) || u.start < datenames.DateLineReach && isDateLine(s):
			l.kinds[i].kind = model.BlockByline
		default:
			// Offsets into the unit as it stands, emphasis marks and all.
			if at := trailingCredit(raw); at > 0 {
				l.kinds[i].split = l.splitAt(u, at, model.BlockCaption, model.BlockCredit)
			} else if at := trailingCode(raw); at > 0 {
				l.kinds[i].split = l.splitAt(u, at, model.BlockParagraph, model.BlockByline)
			} else if u.start < datenames.DateLineReach {
				if at := gluedDateLine(raw); at > 0 {
					l.kinds[i].split = l.splitAt(u, at, model.BlockByline, model.BlockHeading)
				}
			}
		}
	}
}

// splitAt splits unit u at offset at (relative to its start) into a first
// block of kind first and the rest of kind rest. A long first part is a
// paragraph whatever first says: captions are short.
func (l *layout) splitAt(u unit, at int, first, rest model.BlockKind) []model.Block {
	s, e := trimSpan(l.text, u.start, u.start+at)
	if first == model.BlockCaption && utf8.RuneCountInString(l.text[s:e]) > maxCaption {
		first = model.BlockParagraph
	}
	return []model.Block{{Kind: first, Start: s, End: e}, {Kind: rest, Start: u.start + at, End: u.end}}
}

func (l *layout) meta(i int) bool {
	k := l.kinds[i]
	return k.kind.IsMeta() || len(k.split) > 0 && k.split[0].Kind.IsMeta()
}

// findHead classifies the top of the article: kicker, headline, teaser
// and repeated headline variants, up to the first body paragraph.
// Metadata in between (an author line under the headline) is skipped.
//
// The leading headline-like lines are the headline, with a shorter first
// line as its kicker (a Dachzeile: `Nach "Stargate"-Ankündigung` above
// the headline, or a quote above it). A short paragraph right under a
// headline is its teaser, and so is a bullet list before the body.
// Headline-like lines after the teaser that share most words with the
// headline are variants of it (print and online headlines); other
// headline-like lines there are subheadings.
func (l *layout) findHead() {
	n := len(l.units)
	next := func(i int) int {
		for i < n && (l.meta(i) || l.kinds[i].kind != "") {
			i++
		}
		return i
	}
	var heads []int
	i := next(0)
	if i < n && l.preview(i) {
		// a feed's preview of the lead, cut off above the headline: the
		// headline comes after it
		l.kinds[i].kind = model.BlockTeaser
		i = next(i + 1)
	}
	for i < n && l.headline(i) {
		heads = append(heads, i)
		i = next(i + 1)
	}
	title := -1
	if len(heads) > 0 {
		title = heads[0]
		if len(heads) > 1 && l.kickerOf(heads[0], heads[1]) {
			l.kinds[heads[0]].kind = model.BlockKicker
			title = heads[1]
			heads = heads[2:]
		} else {
			heads = heads[1:]
		}
		l.kinds[title].kind = model.BlockTitle
		for _, h := range heads {
			if l.similar(title, h) {
				l.kinds[h].kind = model.BlockTitle
			}
		}
		if len(heads) > 0 && l.kinds[heads[0]].kind == "" && next(title+1) == heads[0] && !l.sectionMark(heads[0]) {
			// a subtitle right under the headline ("Schweres Unglück auf
			// der A1" over "Zwei Tote bei Auffahrunfall") sums up the
			// news as a teaser does, no section of the body
			l.kinds[heads[0]].kind = model.BlockTeaser
		}
	}
	if i >= n || l.kinds[i].split != nil {
		return
	}
	if title < 0 {
		// One paragraph that runs its headline and teaser into the
		// body before a dateline ("… Tisch. Berlin – Die Gewerkschaft
		// …"), as news feeds and agency texts do.
		if split := l.datelineHead(l.units[i]); split != nil {
			l.kinds[i].split = split
			return
		}
	}
	u := l.units[i]
	bullets := startsBullet(l.text[u.start:u.end])
	if !bullets && (title < 0 || u.runes > maxTeaser || next(i+1) >= n || opensWithDateline(l.text[u.start:u.end])) {
		return
	}
	l.kinds[i].kind = model.BlockTeaser
	for i = next(i + 1); bullets && i < n && l.kinds[i].split == nil && startsBullet(l.text[l.units[i].start:l.units[i].end]); i = next(i + 1) {
		l.kinds[i].kind = model.BlockTeaser // the rest of a bullet list
	}
	if title < 0 {
		return
	}
	for ; i < n && l.headline(i) && l.similar(title, i); i = next(i + 1) {
		l.kinds[i].kind = model.BlockTitle
	}
}

// preview reports whether unit i is a preview cut off with an ellipsis
// ("Der Streik hat am Flughafen im November ...") whose words, but for
// the last, which the cut may have halved, open a later unit: the lead
// it previews.
func (l *layout) preview(i int) bool {
	u := l.units[i]
	s := strings.TrimRightFunc(l.text[u.start:u.end], unicode.IsSpace)
	cut, ok := strings.CutSuffix(s, "...")
	if !ok {
		if cut, ok = strings.CutSuffix(s, "…"); !ok {
			return false
		}
	}
	words := strings.Fields(cut)
	if len(words) < minPreviewWords {
		return false
	}
	words = words[:len(words)-1]
	for _, v := range l.units[i+1:] {
		if opensWith(l.text[v.start:v.end], words) {
			return true
		}
	}
	return false
}

// opensWith reports whether the words of s begin with words.
func opensWith(s string, words []string) bool {
	if !strings.HasPrefix(s, words[0]) {
		return false // (most units: no walk over their words)
	}
	k := 0
	for w := range strings.FieldsSeq(s) {
		if k == len(words) || w != words[k] {
			break
		}
		k++
	}
	return k == len(words)
}

// minPreviewWords is the fewest words of a preview (preview): fewer may
// be a headline's own words that the lead repeats.
const minPreviewWords = 6

// sectionMark reports a heading unit that marks an entry of a live ticker
// ("+++ 20:15 Uhr: … +++"), no subtitle.
func (l *layout) sectionMark(i int) bool {
	u := l.units[i]
	return strings.HasPrefix(strings.TrimLeft(l.text[u.start:u.end], "#* "), "+++")
}

// headline reports whether unit i looks like a headline or subheading: a
// single short line that is one sentence and does not end in a full stop,
// comma, colon or semicolon ("?" and "!" are fine), or a markdown heading.
func (l *layout) headline(i int) bool {
	k := &l.kinds[i]
	if k.head == 0 {
		k.head = -1
		if l.isHeadline(l.units[i]) {
			k.head = 1
		}
	}
	return k.head > 0
}

func (l *layout) isHeadline(u unit) bool {
	if u.heading > 0 {
		return true
	}
	if u.lines > 1 || u.runes > maxHeadline {
		return false
	}
	s := l.text[u.start:u.end]
	if startsBullet(s) || wordCount(s) > maxHeadWords {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRightFunc(s, isCloser))
	switch last {
	case '.', ',', ':', ';', '-', '–':
		return false
	}
	var buf [8][2]int // on the stack: this runs for every short line
	return len(sentence.AppendSpans(buf[:0], l.text, u.start, u.end)) == 1
}

// kickerOf reports whether unit k is a kicker above headline h: short and
// shorter than the headline.
func (l *layout) kickerOf(k, h int) bool {
	ku, hu := l.units[k], l.units[h]
	return ku.heading == 0 && ku.runes <= maxKicker && ku.runes < hu.runes &&
		wordCount(l.text[ku.start:ku.end]) <= maxKickerWords
}

// similar reports whether two headline-like units share at least half
// the content words (four letters or more) of the shorter one.
func (l *layout) similar(a, b int) bool {
	var bufA, bufB [maxHeadWords + 4]string
	wa := contentWords(bufA[:0], l.text[l.units[a].start:l.units[a].end])
	wb := contentWords(bufB[:0], l.text[l.units[b].start:l.units[b].end])
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	if len(wa) < 2 {
		return false
	}
	shared := 0
	for _, w := range wa {
		for _, v := range wb {
			if strings.EqualFold(w, v) {
				shared++
				break
			}
		}
	}
	return 2*shared >= len(wa)
}

// contentWords appends the distinct words of four letters or more in s.
func contentWords(dst []string, s string) []string {
	for w := range strings.FieldsFuncSeq(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if utf8.RuneCountInString(w) >= 4 && !slices.ContainsFunc(dst, func(v string) bool { return strings.EqualFold(v, w) }) {
			dst = append(dst, w)
		}
	}
	return dst
}

func wordCount(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		sp := s[i] == ' ' || s[i] == '\t' || s[i] == '\n'
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}

func isCloser(r rune) bool {
	switch r {
	case '"', '\'', ')', ']', '“', '”', '‘', '’', '»', '«', '*', '_':
		return true
	}
	return false
}

// startsBullet reports whether s is a bullet item or list: "• A• B",
// "- A", "* A", "▪ A".
func startsBullet(s string) bool {
	for _, b := range []string{"•", "▪", "- ", "* ", "– "} {
		if strings.HasPrefix(s, b) {
			return true
		}
	}
	return false
}

// datelineHead splits unit u, a paragraph that opens an article, at the
// dateline that begins its body ("Wien – ", "Abuja (dpa) – ",
// "London/Wien –"): the sentences before it are the headline (the first)
// and the teaser (the rest). It returns nil when u has no such dateline
// within a headline and a teaser's length of its start.
func (l *layout) datelineHead(u unit) []model.Block {
	text := l.text[u.start:u.end]
	limit := min(len(text), 4*(maxHeadline+maxTeaser)) // bytes; runes are checked below
	for q := 0; q < limit; q++ {
		// A dash's first byte is '-' or the 0xE2 of '–' and '—': the
		// other bytes are not decoded.
		if c := text[q]; c != '-' && c != 0xE2 {
			continue
		}
		dash, size := utf8.DecodeRuneInString(text[q:])
		if dash != '–' && dash != '—' && !(dash == '-' && q > 0 && text[q-1] == ' ') {
			continue
		}
		at := datelineStart(text, q)
		if at <= 0 {
			continue
		}
		after := strings.TrimLeft(text[q+size:], " ")
		if r, _ := utf8.DecodeRuneInString(after); !unicode.IsUpper(r) && !unicode.IsDigit(r) && r != '"' && r != '„' {
			continue
		}
		head := strings.TrimRight(text[:at], " ")
		if utf8.RuneCountInString(head) > maxHeadline+maxTeaser {
			return nil
		}
		spans := sentence.Spans(l.text, u.start, u.start+len(head))
		if len(spans) == 0 || utf8.RuneCountInString(l.text[spans[0][0]:spans[0][1]]) > maxHeadline {
			return nil
		}
		blocks := []model.Block{{Kind: model.BlockTitle, Start: spans[0][0], End: spans[0][1]}}
		if len(spans) > 1 {
			blocks = append(blocks, model.Block{Kind: model.BlockTeaser, Start: spans[1][0], End: spans[len(spans)-1][1]})
		}
		return append(blocks, model.Block{Kind: model.BlockParagraph, Start: u.start + at, End: u.end})
	}
	return nil
}

// dayBeforeMonth reports whether the full stop at i in s ends a day of
// the month written before the month's name ("12. März").
func dayBeforeMonth(s string, i int) bool {
	j := i
	for j > 0 && s[j-1] >= '0' && s[j-1] <= '9' {
		j--
	}
	if s[i] != '.' || i-j < 1 || i-j > 2 || j > 0 && s[j-1] != ' ' {
		return false
	}
	month, _, _ := strings.Cut(strings.TrimLeft(s[i+1:], " "), " ")
	for _, names := range datenames.GermanMonths {
		if slices.Contains(names, strings.TrimRight(month, ".,")) {
			return true
		}
	}
	return false
}

// opensWithDateline reports a paragraph that opens with a dateline
// ("München – ", "Berlin (dpa) – ", "Berlin, 12. März (dpa) - "): one to
// six capitalised words, numbers or parentheses before a dash. It is the
// body's first paragraph, however short, not a teaser.
func opensWithDateline(s string) bool {
	for q := 0; q < min(len(s), 80); q++ {
		dash, _ := utf8.DecodeRuneInString(s[q:])
		if dash != '–' && dash != '—' && !(dash == '-' && q > 0 && s[q-1] == ' ') {
			continue
		}
		words := strings.FieldsFunc(s[:q], func(r rune) bool { return r == ' ' || r == '/' || r == ',' })
		if len(words) == 0 || len(words) > 6 {
			return false
		}
		for _, w := range words {
			if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !unicode.IsDigit(r) && r != '(' {
				return false
			}
		}
		return true
	}
	return false
}

// datelineStart returns the offset in text of the dateline place that
// ends at the dash at q ("Berlin" of "… Tisch. Berlin – Die"), or -1: one
// to six capitalised words or parentheses ("Köln/Bonn (dpa)"), after the
// end of a sentence (the full stop of a day before its month ends none:
// "Berlin, 12. März (dpa) –" opens its text).
func datelineStart(text string, q int) int {
	place := strings.TrimRight(text[:q], " ")
	end := strings.LastIndexAny(place, ".!?")
	for end > 0 && dayBeforeMonth(place, end) {
		end = strings.LastIndexAny(place[:end], ".!?") // "Berlin, 12. März (dpa) –": a date, no sentence end
	}
	if end < 0 || end+1 >= len(place) || place[end+1] != ' ' && place[end+1] != '"' {
		return -1
	}
	start := end + 1
	for start < len(place) && (place[start] == ' ' || place[start] == '"') {
		start++
	}
	words := strings.FieldsFunc(place[start:], func(r rune) bool { return r == ' ' || r == '/' })
	if len(words) == 0 || len(words) > 6 || utf8.RuneCountInString(place[start:]) > 60 {
		return -1
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && r != '(' { // "(dpa)"
			return -1
		}
	}
	return start
}
