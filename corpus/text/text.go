// Package text is Chronik's one German text layer: every stage reads an
// article's tokens, sentences, clauses and word classes from the Doc that
// Analyse computes once, instead of tokenising the text again.
//
// A Doc holds:
//   - tokens (words, numbers, words glued to digits, punctuation) with byte
//     offsets, their lower-case forms (Doc.Lower) and the white space
//     before them;
//   - sentences (from package sentence, per layout block) and, when a
//     stage asks (Doc.SplitClauses), clauses
//     (sentence parts between commas, semicolons, colons, brackets, dashes
//     and quotation marks);
//   - word classes from a full-form lexicon of German (data/lexicon.tsv,
//     generated from german-pos-dict, see data/ATTRIBUTION.md): noun,
//     verb (with its forms: infinitive, participles, present, preterite,
//     subjunctive, imperative), adjective, with lemmas ("getroffen" →
//     treffen), disambiguated by context rules (see classes.go), per
//     sentence when a stage asks (Doc.Classify).
//
// The lexicon is read on first use, not at package initialisation.
package text

import (
	"cmp"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"chronik/corpus/sentence"
	"chronik/corpus/text/internal/lexindex"
	"chronik/model"
)

// Kind is the coarse shape of a token.
type Kind uint8

const (
	Word  Kind = iota // letters, possibly with digits and inner hyphens ("US-Wahl", "Covid-19")
	Num               // ASCII digits only ("18", "2024")
	Alnum             // digits followed by letters ("90er", "1990er-Jahre", "4-jährige")
	Punct             // one punctuation mark or symbol
)

// A Token is a word, number or punctuation mark of the text. It holds no
// pointer (its lower-case form is Doc.Lower), so that the garbage
// collector need not scan the token slices of the articles a corpus keeps
// analysed at once. It keeps only what the stages read of every token,
// in 28 bytes: the token slices are most of a text layer, and a caller
// may keep many layers at once. What
// few tokens need (a number's value, a clause) is worked out on demand
// (Doc.Number, Doc.ClauseOf); its flags share a byte (Space, Newline,
// Upper, Cased), and its lower-case form is as long as its text but for
// the rare letters whose lower case is longer or shorter in UTF-8 ("ẞ").
type Token struct {
	Start, End int32  // byte offsets into Doc.Text
	lowerStart int32  // the lower-case form in Doc.lowerText, for a cased token (see flagOddLower)
	hash       uint32 // Hash of the lower-case form
	NumDigits  uint8  // the number of digits of a Num, or the leading digits of an Alnum (at most 255)
	Kind       Kind
	flags      uint8    // flagSpace, …
	Class      Class    // the word class in context (0: unknown to the lexicon); set by Doc.Classify
	Readings   Class    // every class the lexicon gives the form; set by Doc.Classify
	Verb       VerbForm // the verb forms of a Verb; set by Doc.Classify
	Sentence   int32    // index into Doc.Sentences
}

// The flags of a Token.
const (
	flagSpace    = 1 << iota // white space precedes the token
	flagNewline              // a line break precedes the token
	flagUpper                // the first letter is upper-case
	flagCased                // a letter is upper-case: Lower differs from the text
	flagOddLower             // the lower-case form differs in length from the text: it is Doc.oddLower[lowerStart]
)

// Space reports whether white space precedes the token.
func (t *Token) Space() bool { return t.flags&flagSpace != 0 }

// Newline reports whether a line break precedes the token.
func (t *Token) Newline() bool { return t.flags&flagNewline != 0 }

// Upper reports whether the token's first letter is upper-case.
func (t *Token) Upper() bool { return t.flags&flagUpper != 0 }

// Cased reports whether a letter of the token is upper-case ("Trump",
// "OpenAI", "xAI"): where it is not, Lower is the text itself.
func (t *Token) Cased() bool { return t.flags&flagCased != 0 }

// A Sentence is a run of tokens [First, End) and its bytes [Start, End).
type Sentence struct {
	First, Last int // token range: Tokens[First:Last]
	Start, End  int // byte range
	Block       int // index of the layout block it lies in, -1 without layout
	Meta        bool
}

// A Clause is a run of tokens [First, Last) of one sentence.
type Clause struct {
	First, Last int
	Sentence    int
}

// Doc is the text layer of one text.
type Doc struct {
	Text      string
	Tokens    []Token
	Sentences []Sentence
	Clauses   []Clause // empty until SplitClauses

	lowerText  string   // the lower-case forms of the cased tokens, one after another
	oddLower   []string // the lower-case forms of the tokens with flagOddLower, which index it by lowerStart
	classified []bool   // per sentence: Classify has run
	codePoints []int32  // per token its start and end in code points, once CodePoints is asked
	// lexed holds per token what the lexicon gives its lower-case form,
	// once a stage has asked (lookUp). The Shape keeps it: the
	// events stage classifies again the words the reading stage looked
	// up, most of an article's, and a look-up of a word the form cache
	// has lost reads the lexicon's large index and data again.
	lexed []lexEntry
}

// Analyse computes the text layer of text laid out in blocks (nil: the
// whole text is one block). Sentences are split per block, those of
// metadata blocks marked Meta; a sentence never spans two blocks.
func Analyse(text string, blocks []model.Block) *Doc {
	d := docPool.Get().(*Doc)
	d.Text = text
	if want := len(text)/6 + 16; cap(d.Tokens) < want {
		d.Tokens = make([]Token, 0, want) // German news has a token every six bytes or so
	}
	d.Tokens = scan(text, d.Tokens[:0])
	d.lexed = append(d.lexed[:0], make([]lexEntry, len(d.Tokens))...)
	d.lowerForms()
	d.sentences(blocks)
	d.resetStages()
	return d
}

// resetStages leaves the clauses and word classes, which the stages ask
// for, to be worked out.
func (d *Doc) resetStages() {
	d.Clauses = d.Clauses[:0]
	if n := len(d.Sentences); cap(d.classified) < n {
		d.classified = make([]bool, n)
	} else {
		d.classified = d.classified[:n]
		clear(d.classified)
	}
}

var docPool = sync.Pool{New: func() any { return new(Doc) }}

// Release hands the Doc's memory back for the next Analyse. The Doc and
// its slices must not be used afterwards; the strings it gave out (Lower,
// Lemma) stay valid. A caller that is done with a Doc should release it:
// the token slice of a long article is large.
func (d *Doc) Release() {
	if cap(d.Tokens) > 1<<18 {
		return // keep no more than a few MB per pooled Doc
	}
	*d = Doc{Tokens: d.Tokens[:0], Sentences: d.Sentences[:0], Clauses: d.Clauses[:0],
		classified: d.classified[:0], lexed: d.lexed[:0]}
	docPool.Put(d)
}

// ForArticle is Analyse of an article's text and layout.
func ForArticle(a *model.Article) *Doc { return Analyse(a.Text, a.Blocks) }

// ArticleSentences returns the sentences of the body (not metadata), as
// the model keeps them.
func (d *Doc) ArticleSentences() []model.Sentence {
	out := make([]model.Sentence, 0, len(d.Sentences))
	for _, s := range d.Sentences {
		if !s.Meta {
			out = append(out, model.Sentence{Start: s.Start, End: s.End, Block: s.Block})
		}
	}
	return out
}

// Word returns the token's text as written.
func (d *Doc) Word(i int) string { t := &d.Tokens[i]; return d.Text[t.Start:t.End] }

// Lower returns the lower-case form of token i: the text itself when it
// is lower-case already. The string stays valid after Release.
func (d *Doc) Lower(i int) string {
	t := &d.Tokens[i]
	switch t.flags & (flagCased | flagOddLower) {
	case 0:
		return d.Text[t.Start:t.End]
	case flagCased:
		return d.lowerText[t.lowerStart : t.lowerStart+t.End-t.Start]
	}
	return d.oddLower[t.lowerStart]
}

// Hash returns Hash(d.Lower(i)), computed once with the text layer: the
// key of token i in every stage's Table.
func (d *Doc) Hash(i int) uint32 { return d.Tokens[i].hash }

// Is reports whether token i, in lower case, is w.
func (d *Doc) Is(i int, w string) bool {
	return i >= 0 && i < len(d.Tokens) && d.Lower(i) == w
}

// Punct returns the punctuation byte of a one-byte punctuation token, 0
// otherwise (also for i out of range).
func (d *Doc) Punct(i int) byte {
	if i < 0 || i >= len(d.Tokens) {
		return 0
	}
	t := &d.Tokens[i]
	if t.Kind != Punct || t.End-t.Start != 1 {
		return 0
	}
	return d.Text[t.Start]
}

// Mark returns the rune of punctuation token i, 0 for any other token
// (also for i out of range).
func (d *Doc) Mark(i int) rune {
	if i < 0 || i >= len(d.Tokens) || d.Tokens[i].Kind != Punct {
		return 0
	}
	t := &d.Tokens[i]
	if c := d.Text[t.Start]; c < utf8.RuneSelf {
		return rune(c)
	}
	r, _ := utf8.DecodeRuneInString(d.Text[t.Start:t.End])
	return r
}

// lowerForms fills the lower-case forms of the cased tokens, one string
// for all of them (the others are their text), and every token's Hash,
// in one pass while the token's bytes are at hand.
func (d *Doc) lowerForms() {
	text := d.Text
	size := 0
	for i := range d.Tokens {
		if t := &d.Tokens[i]; t.flags&flagCased != 0 {
			size += int(t.End - t.Start)
		}
	}
	var b strings.Builder
	b.Grow(size) // every form fits: those of another length go to oddLower
	var buf [64]byte
	for i := range d.Tokens {
		t := &d.Tokens[i]
		w := text[t.Start:t.End]
		if t.flags&flagCased == 0 {
			t.hash = lexindex.Hash(w)
			continue
		}
		t.lowerStart = int32(b.Len())
		if n, h, ok := lowerASCII(&buf, w); ok {
			t.hash = h
			b.Write(buf[:n])
			continue
		}
		lower := AppendLower(buf[:0], w)
		t.hash = lexindex.Hash(lower)
		if len(lower) != len(w) {
			t.flags |= flagOddLower
			t.lowerStart = int32(len(d.oddLower))
			d.oddLower = append(d.oddLower, string(lower))
			continue
		}
		b.Write(lower)
	}
	d.lowerText = b.String()
}

// lowerASCII writes w in lower case to buf and returns its length and
// Hash, worked out in the same pass, when w is ASCII and fits buf (most
// cased tokens); ok is false otherwise.
func lowerASCII(buf *[64]byte, w string) (n int, h uint32, ok bool) {
	if len(w) > len(buf) {
		return 0, 0, false
	}
	dst := buf[:len(w)]
	h = lexindex.HashStart
	for i := range dst {
		c := w[i]
		if c >= utf8.RuneSelf {
			return 0, 0, false
		}
		if c-'A' < 26 {
			c += 'a' - 'A'
		}
		dst[i] = c
		h = lexindex.HashByte(h, c)
	}
	return len(w), h, true
}

// sentences splits every block into sentences and numbers the tokens.
func (d *Doc) sentences(blocks []model.Block) {
	if len(blocks) == 0 {
		blocks = []model.Block{{Kind: model.BlockParagraph, Start: 0, End: len(d.Text)}}
		defer func() {
			for i := range d.Sentences {
				d.Sentences[i].Block = -1
			}
		}()
	}
	var buf [64][2]int
	spans := buf[:0]
	if want := len(d.Tokens)/16 + 4; cap(d.Sentences) < want {
		d.Sentences = make([]Sentence, 0, want) // a sentence of news has about 19 tokens
	}
	d.Sentences = d.Sentences[:0]
	k := 0 // next token
	for bi, b := range blocks {
		spans = sentence.AppendSpans(spans[:0], d.Text, b.Start, b.End)
		if b.Kind == model.BlockTitle || b.Kind == model.BlockKicker || b.Kind == model.BlockHeading {
			spans = splitItems(d.Text, spans)
		}
		for _, s := range spans {
			// Tokens before the sentence (outside every span: white space
			// never makes a token, but a block boundary may leave one)
			// join the sentence that follows.
			first := k
			for k < len(d.Tokens) && int(d.Tokens[k].Start) < s[1] {
				d.Tokens[k].Sentence = int32(len(d.Sentences))
				k++
			}
			d.Sentences = append(d.Sentences, Sentence{First: first, Last: k, Start: s[0], End: s[1], Block: bi, Meta: b.Kind.IsMeta()})
		}
	}
	if k < len(d.Tokens) { // text after the last block
		first := k
		for ; k < len(d.Tokens); k++ {
			d.Tokens[k].Sentence = int32(len(d.Sentences))
		}
		d.Sentences = append(d.Sentences, Sentence{First: first, Last: k, Start: int(d.Tokens[first].Start), End: int(d.Tokens[k-1].End), Block: -1})
	}
}

// splitItems splits each of spans, sentences of a headline, at "; ":
// a headline that lists several items ("POL-XY: Einbrecher gefasst;
// Unfall auf der B 17; Reifendiebstahl") tells each as its own sentence.
func splitItems(text string, spans [][2]int) [][2]int {
	if !slices.ContainsFunc(spans, func(s [2]int) bool { return strings.Contains(text[s[0]:s[1]], "; ") }) {
		return spans
	}
	out := make([][2]int, 0, len(spans)+2)
	for _, s := range spans {
		start := s[0]
		for {
			i := strings.Index(text[start:s[1]], "; ")
			if i < 0 {
				break
			}
			if i > 0 {
				out = append(out, [2]int{start, start + i + 1}) // with its ";", as a sentence keeps its mark
			}
			start += i + 2
			for start < s[1] && text[start] == ' ' {
				start++
			}
		}
		if start < s[1] {
			out = append(out, [2]int{start, s[1]})
		}
	}
	return out
}

// SplitClauses splits every sentence at clause punctuation, once (Analyse
// leaves it to the stages that read clauses). A clause's range
// leaves its punctuation out; a mark belongs (ClauseOf) to the clause
// after it, or, at the end of a sentence, to the one before.
func (d *Doc) SplitClauses() {
	if len(d.Clauses) > 0 || len(d.Tokens) == 0 {
		return
	}
	for si, s := range d.Sentences {
		first := s.First
		open := len(d.Clauses) // the first clause of this sentence
		for k := s.First; k < s.Last; k++ {
			if d.ClauseBreak(k) {
				if k > first {
					d.Clauses = append(d.Clauses, Clause{First: first, Last: k, Sentence: si})
				}
				first = k + 1
			}
		}
		if s.Last > first || len(d.Clauses) == open {
			d.Clauses = append(d.Clauses, Clause{First: first, Last: s.Last, Sentence: si})
		}
	}
}

// ClauseOf returns the index in Doc.Clauses of the clause token k belongs
// to (see SplitClauses, which must have run): the first clause that ends
// after it, or, for a mark after the last clause of its sentence, that
// last clause.
func (d *Doc) ClauseOf(k int) int {
	c, _ := slices.BinarySearchFunc(d.Clauses, k, func(c Clause, k int) int { return cmp.Compare(c.Last, k+1) })
	if c == len(d.Clauses) || d.Clauses[c].Sentence != int(d.Tokens[k].Sentence) {
		c--
	}
	return c
}

// CodePoints returns the offsets of token i in Unicode code points, as a
// reader of the text counts characters (JSON consumers, the evaluation
// data). No stage needs them to read the text, so the table is worked
// out, for every token in one pass, only when first asked.
func (d *Doc) CodePoints(i int) (start, end int) {
	if len(d.codePoints) != 2*len(d.Tokens) {
		offs := make([]int, 0, 2*len(d.Tokens))
		for _, t := range d.Tokens {
			offs = append(offs, int(t.Start), int(t.End))
		}
		cp := model.CodePointOffsets(d.Text, offs) // the one place that counts them
		d.codePoints = make([]int32, len(offs))
		for k, o := range offs {
			d.codePoints[k] = int32(cp[o])
		}
	}
	return int(d.codePoints[2*i]), int(d.codePoints[2*i+1])
}

// Number returns the value of a Num token, or of the leading digits of an
// Alnum ("90" of "90er"); -1 if it has more than nine digits, 0 for any
// other token.
func (d *Doc) Number(i int) int32 {
	t := &d.Tokens[i]
	if t.Kind != Num && t.Kind != Alnum {
		return 0
	}
	if t.NumDigits > 9 {
		return -1
	}
	var v int32
	for _, c := range []byte(d.Text[t.Start : t.Start+int32(t.NumDigits)]) {
		v = v*10 + int32(c-'0')
	}
	return v
}

// ClauseBreak reports whether token k separates clauses: a comma, colon,
// semicolon, bracket, quotation mark, dash (a hyphen with space before
// it) or a sentence's own end mark. A comma or colon between digits ("2,5",
// "1:0") does not.
func (d *Doc) ClauseBreak(k int) bool {
	if k < 0 || k >= len(d.Tokens) {
		return false
	}
	t := &d.Tokens[k]
	if t.Kind != Punct {
		return false
	}
	switch d.Text[t.Start:t.End] {
	case ",", ":":
		return !(k > 0 && k+1 < len(d.Tokens) && !t.Space() && !d.Tokens[k+1].Space() &&
			d.Tokens[k-1].Kind == Num && d.Tokens[k+1].Kind == Num)
	case ";", "!", "?", "(", ")", "[", "]", "–", "—", "\"", "„", "“", "”", "«", "»", "‚", "‘", "’":
		return true
	case "-":
		return t.Space()
	case ".":
		return k+1 == d.Sentences[t.Sentence].Last
	}
	return false
}

func isLower(w string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf {
			if c >= utf8.RuneSelf {
				return isLowerSlow(w[i:])
			}
			return false
		}
	}
	return true
}

// LexiconWords counts the words that can tell the language of the text
// and how many of them the German lexicon knows, over its first sentences
// up to the one that brings the words to limit. Names (capitalised words
// the lexicon does not know, Name in Classify) are left out: every
// language shares them. The lexicon holds content words and determiners,
// not the other function words ("und", "mit"), so even German text scores
// well below one. It only looks words up: no classes are chosen. It
// stops early once enough words are known, when the caller needs no more
// to decide.
func (d *Doc) LexiconWords(limit, enough int) (known, words int) {
	cache := caches.Get().(*formCache)
	defer caches.Put(cache)
	for i := 0; i < len(d.Tokens) && words < limit && known < enough; i++ {
		t := &d.Tokens[i]
		if t.Kind != Word {
			continue
		}
		if d.lexed[i] == 0 {
			d.lookUp(i, cache)
		}
		r, _ := d.lexed[i].classes()
		if t.Upper() && r == 0 {
			continue
		}
		words++
		if r != 0 {
			known++
		}
	}
	return known, words
}
