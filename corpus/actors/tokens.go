package actors

import (
	"strings"
	"unicode"
	"unicode/utf8"

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
// Offsets are int32: a token is 28 bytes instead of 48, and an article's
// tokens are read many times over by the passes of Find.
type token struct {
	start, end int32
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

// Character classes for tokenize: most of a German article is ASCII, and
// a table lookup decides a byte where unicode.IsLetter and IsUpper would be
// called; other letters are classed by package unicode (a title-case or
// other letter counts as lower case, as before).
const (
	asciiOther uint8 = iota
	asciiLower
	asciiUpper
	asciiDigit
)

var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = asciiLower
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = asciiUpper
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = asciiDigit
	}
	return t
}()

// tokenize splits the article's text into words once. Sentences come from
// a.Sentences when the splitter has filled them; otherwise a full stop,
// question or exclamation mark followed by an upper-case word, a line break
// or a block boundary starts a sentence.
func tokenize(a *model.Article, toks []token) []token {
	text := a.Text
	blocks := a.Blocks
	sents := a.Sentences
	bi, si := 0, 0
	sent := int32(0)
	pendingGap := gapBreak
	sentEnd := false // a sentence-final mark was seen since the last word
	colonOrQuote := false
	prevEnd := 0
	creditBlock, creditStart := -1, 0
	for i := 0; i < len(text); {
		c := text[i]
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		if c < utf8.RuneSelf && asciiClass[c] == asciiOther || c >= utf8.RuneSelf && !isWordRune(r) {
			switch {
			case c == ' ':
			case c == '\n':
				pendingGap = gapBreak
			case c == '.' || c == '!' || c == '?':
				sentEnd = true
				pendingGap = max(pendingGap, gapOther)
			case c == ',':
				pendingGap = max(pendingGap, gapComma)
			case c == ':' || r == '„' || r == '“' || r == '"' || r == '«' || r == '»':
				colonOrQuote = true
				pendingGap = max(pendingGap, gapOther)
			case c == '\t' || r == '\u00a0':
			default:
				pendingGap = max(pendingGap, gapOther)
			}
			i += size
			continue
		}
		start := i
		tk := token{start: int32(start), block: -1}
		hasLower, letters := false, 0
		prevLower := false
		for i < len(text) {
			c := text[i]
			r, size, class := rune(c), 1, asciiOther
			if c < utf8.RuneSelf {
				class = asciiClass[c]
			} else {
				r, size = utf8.DecodeRuneInString(text[i:])
				switch {
				case unicode.IsUpper(r):
					class = asciiUpper
				case unicode.IsLetter(r):
					class = asciiLower
				case unicode.IsDigit(r):
					class = asciiDigit
				}
			}
			switch class {
			case asciiUpper:
				if i == start {
					tk.upper = true
				} else if prevLower {
					tk.innerCap = true
				}
				prevLower = false
				letters++
				i += size
				continue
			case asciiLower:
				hasLower, prevLower = true, true
				letters++
				i += size
				for i < len(text) && text[i] < utf8.RuneSelf && asciiClass[text[i]] == asciiLower {
					letters++ // the rest of a run of ASCII lower case at once
					i++
				}
				continue
			case asciiDigit:
				prevLower = false
				i += size
				continue
			}
			// Inner hyphen or apostrophe: part of the word when a letter
			// or digit follows.
			if (c == '-' || c == '\'' || r == '’') && i+size < len(text) {
				nr := rune(text[i+size])
				if nr >= utf8.RuneSelf {
					nr, _ = utf8.DecodeRuneInString(text[i+size:])
				}
				if isWordRune(nr) {
					if c == '-' {
						tk.hyphen = true
						prevLower = false
					}
					i += size
					continue
				}
			}
			break
		}
		tk.end = int32(i)
		tk.allCaps = letters >= 2 && !hasLower
		if i < len(text) {
			c := text[i]
			if c == '\'' || c >= utf8.RuneSelf && (strings.HasPrefix(text[i:], "’") || strings.HasPrefix(text[i:], "‘")) {
				last := text[i-1]
				tk.gen = last == 's' || last == 'x' || last == 'z'
			}
			tk.dotAfter = c == '.'
			tk.glued = c == '/' || c == '@' || c == '_' || c == '#' ||
				c == '.' && i+1 < len(text) && text[i+1] < utf8.RuneSelf && asciiClass[text[i+1]] != asciiOther
		}
		if start > 0 {
			switch text[start-1] {
			case '/', '@', '_', '#', '.':
				tk.glued = true
			}
		}
		// Blocks and sentences given by the other stages.
		for bi < len(blocks) && blocks[bi].End <= start {
			bi++
		}
		if bi < len(blocks) && blocks[bi].Start <= start {
			tk.block = int32(bi)
			tk.meta = blocks[bi].Kind.IsMeta()
			if blocks[bi].Kind == model.BlockCaption {
				if creditBlock != bi {
					creditBlock, creditStart = bi, captionCredit(text, blocks[bi])
				}
				tk.meta = start >= creditStart
			}
			if blocks[bi].Start >= prevEnd && len(toks) > 0 && toks[len(toks)-1].block != int32(bi) {
				pendingGap = gapBreak
			}
		}
		newSent := pendingGap == gapBreak || (sentEnd && tk.upper)
		if len(sents) > 0 {
			newSent = pendingGap == gapBreak
			for si < len(sents) && sents[si].End <= start {
				si++
			}
			if si < len(sents) && sents[si].Start <= start && sents[si].Start >= prevEnd {
				newSent = true
			}
		}
		if newSent && len(toks) > 0 {
			sent++
			pendingGap = gapBreak
		}
		tk.sent = sent
		tk.gap = pendingGap
		// After a colon or an opening quote a capital says as little as at
		// the start of a sentence.
		tk.first = newSent || len(toks) == 0 || colonOrQuote
		toks = append(toks, tk)
		prevEnd = int(tk.end)
		pendingGap = gapSpace
		sentEnd = false
		colonOrQuote = false
	}
	return toks
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r] != asciiOther
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
