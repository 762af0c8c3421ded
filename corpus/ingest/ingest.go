// Package ingest reads article files: it checks and cleans their text,
// reads the optional date header or front matter, lays the text out in
// blocks (headline, kicker, teaser, subheadings, paragraphs, and the
// metadata: bylines, captions, credits, embedded posts) and finds the
// title and byline. Sentences, dates and actors are the later steps'.
package ingest

import (
	"regexp"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"chronik/corpus/datenames"
	"chronik/corpus/sentence"
	"chronik/model"
)

// A FileError says which file could not be used and why.
type FileError struct {
	Path, Reason string
}

func (e *FileError) Error() string { return e.Path + ": " + e.Reason }

// maxTitle is the length, in code points, of a title made from the lead.
const maxTitle = 80

// Parse reads one article. id names it (the file name without extension),
// path says where it came from. The error, if any, is a *FileError.
func Parse(id, path string, data []byte) (*model.Article, error) {
	return parse(id, path, data, false)
}

// parse is Parse; owned says that data belongs to the article from now on
// (the loader read it and keeps no other reference), so that clean text
// need not be copied.
func parse(id, path string, data []byte, owned bool) (*model.Article, error) {
	text, err := clean(data, owned)
	if err != nil {
		return nil, &FileError{path, err.Error()}
	}
	text = JoinWords(DecodeEntities(unwrapLinks(text)))
	h, err := readHeader(text)
	if err != nil {
		return nil, &FileError{path, err.Error()}
	}
	text = text[h.body:]
	if strings.TrimSpace(text) == "" {
		return nil, &FileError{path, "empty (only a header)"}
	}
	a := &model.Article{ID: id, Path: path, Date: h.date, Text: text}
	a.Blocks = Layout(text)
	for _, b := range a.Blocks {
		if b.Kind.IsMeta() {
			a.Meta = append(a.Meta, b)
		}
	}
	// A page's publication line says when its text was written, which
	// is what "am Dienstag" and "gestern" in it count from: it beats a
	// header, which a collection often stamps with the day it gathered
	// the page, months later (the header stays in the reason).
	if line, ok := publicationDate(text, a.Blocks); ok && line.Interval != a.Date.Interval {
		if a.Date.Interval.Valid() {
			line.Reason += ", over the " + a.Date.Reason
		}
		a.Date = line
	}
	a.Title = oneLine(h.title)
	if a.Title == "" {
		a.Title = title(text, a.Blocks)
	}
	a.Source = oneLine(h.source)
	if a.Source == "" {
		a.Source = Byline(text, a.Blocks)
	}
	a.Opinion = opinion(text, a.Blocks)
	return a, nil
}

// opinion returns the line of the article's head that marks it as a
// commentary or column: a headline or kicker that a genre label opens
// ("Kommentar: Die Regierung verspielt Vertrauen", a kicker "Meinung"),
// or a byline that names the genre ("Ein Kommentar von Thomas Weber");
// or "".
func opinion(text string, blocks []model.Block) string {
	for _, b := range blocks {
		if b.Start >= datenames.DateLineReach || b.Kind == model.BlockParagraph {
			break
		}
		line := oneLine(strings.Trim(text[b.Start:b.End], "*_#> "))
		switch b.Kind {
		case model.BlockTitle, model.BlockKicker:
			label, _, _ := strings.Cut(line, ":")
			if opinionLabels[strings.TrimSpace(label)] && (b.Kind == model.BlockKicker || strings.Contains(line, ":")) {
				return line
			}
		case model.BlockByline:
			for _, cue := range opinionBylines {
				if strings.HasPrefix(line, cue) {
					return line
				}
			}
		}
	}
	return ""
}

// opinionLabels name the genres of views over a headline or as a kicker.
var opinionLabels = map[string]bool{"Kommentar": true, "Gastkommentar": true, "Meinung": true, "Leitartikel": true,
	"Kolumne": true, "Glosse": true, "Kommentar der anderen": true, "Standpunkt": true}

// opinionBylines are the byline cues (part of bylineCues) that name such
// a genre.
var opinionBylines = []string{"Ein Kommentar von ", "Kommentar von ", "Eine Kolumne von ", "Ein Gastkommentar von ", "Eine Glosse von ", "Ein Leitartikel von "}

// markdownLink is an inline markdown link or image: "[Text](https://…)",
// "![Bild](foto.jpg)". It is compiled at its first use, not at package
// init: its counted repetitions make a program of over a thousand
// instructions, which took milliseconds at every start of the program,
// and most texts hold no link.
var markdownLink = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(!?)\[([^\[\]\n]{1,300})\]\(([^()\s]{1,1000})\)`)
})

// unwrapLinks replaces each inline markdown link of a page saved as
// markdown by its text: "hat das [Rentenpaket II](https://…) beschlossen"
// is a sentence of words, not of an address in brackets, for every later
// step and for the reader. Images stay: their line is a caption.
func unwrapLinks(text string) string {
	if !strings.Contains(text, "](") {
		return text
	}
	return markdownLink().ReplaceAllStringFunc(text, func(m string) string {
		if m[0] == '!' {
			return m
		}
		return m[1:strings.LastIndex(m, "](")]
	})
}

// publicationDate returns the article date that a page's publication
// line gives (a byline of the layout's before the body, near the top,
// that datenames.DateLine reads: "Stand: 12.03.2024, 14:35 Uhr"; also
// right after a first line the layout read as a paragraph, a page's
// headline all the same), and whether there is one. A date in brackets
// that closes the text is the temporal tagger's (a closing byline).
func publicationDate(text string, blocks []model.Block) (model.ArticleDate, bool) {
	pastText := false
	for i, b := range blocks {
		if b.Start >= datenames.DateLineReach {
			break
		}
		if b.Kind == model.BlockParagraph && i > 0 {
			pastText = true // (the first block is the page's headline, whatever the layout read it as)
		}
		if b.Kind != model.BlockByline || pastText && !clockTime.MatchString(text[b.Start:b.End]) {
			continue
		}
		if day, ok := datenames.DateLine(text[b.Start:b.End]); ok {
			return model.ArticleDate{Interval: model.Interval{Start: day, End: day}, Source: model.DateFromText,
				Reason: "text: publication line " + strconv.Quote(oneLine(text[b.Start:b.End]))}, true
		}
	}
	return model.ArticleDate{}, false
}

// clockTime is a time of day ("16:06"), which a page's stamp of when it
// appeared gives with its day ("14.01.2016 16:06"), where a date a text
// names seldom has one.
var clockTime = regexp.MustCompile(`(^|[^0-9])[0-2]?[0-9]:[0-5][0-9]([^0-9]|$)`)

// title is the text of the first title block or, when the article has no
// headline, the first sentence of its lead, shortened at a word boundary.
func title(text string, blocks []model.Block) string {
	for _, b := range blocks {
		if b.Kind == model.BlockTitle {
			return oneLine(text[b.Start:b.End])
		}
	}
	for _, b := range blocks {
		if b.Kind.IsMeta() {
			continue
		}
		span, ok := sentence.First(text, b.Start, b.End)
		if !ok {
			continue
		}
		s := text[span[0]:span[1]]
		s = strings.TrimLeft(s, "•▪-*– ")
		s = strings.TrimSuffix(oneLine(s), ".")
		return shorten(s, maxTitle)
	}
	return ""
}

// shorten cuts s to at most n code points at a word boundary, marking the
// cut with "…".
func shorten(s string, n int) string {
	count, cut, hard := 0, 0, len(s)
	for i, r := range s {
		if count == n {
			hard = i
			break
		}
		if r == ' ' {
			cut = i
		}
		count++
	}
	if hard == len(s) {
		return s
	}
	if cut == 0 {
		cut = hard
	}
	return strings.TrimRight(s[:cut], " ,;:–-") + "…"
}

// Byline returns the article's byline without its cue word ("Von Alex
// Wehnert, New York" → "Alex Wehnert, New York", "Redaktion finanzen.ch"
// → "finanzen.ch"), preferring a named byline to an author code, or "".
func Byline(text string, blocks []model.Block) string {
	code := ""
	for _, b := range blocks {
		if b.Kind != model.BlockByline {
			continue
		}
		s := oneLine(strings.Trim(text[b.Start:b.End], "*_ "))
		if isDateLine(s) {
			// when, and who only before a separator: "Von Anna Berg |
			// 12.03.2024", not "Stand: 12.03.2024"
			who, _, _ := strings.Cut(s, "|")
			who, _, _ = strings.Cut(who, "•")
			if s = strings.Trim(who, "*_ "); s == "" || strings.ContainsAny(s, "0123456789") {
				continue
			}
		}
		for _, cue := range bylinePrefixes {
			if rest, ok := strings.CutPrefix(s, cue); ok {
				if rest = strings.TrimSpace(strings.TrimSuffix(rest, ".")); rest != "" {
					return rest
				}
			}
		}
		if code == "" {
			code = strings.Trim(s, "()")
		}
	}
	return code
}

// bylinePrefixes are the cue words Byline strips.
var bylinePrefixes = append(append([]string(nil), namePrefixes...), bylineCues...)

// oneLine folds white space runs to single spaces and drops control
// characters, for titles and bylines shown on one line.
func oneLine(s string) string {
	s = strings.TrimSpace(s)
	if isOneLine(s) {
		return s
	}
	var b strings.Builder
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) || unicode.IsControl(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// isOneLine reports whether oneLine would leave s, trimmed, as it is.
func isOneLine(s string) bool {
	for i, r := range s {
		if unicode.IsControl(r) || unicode.IsSpace(r) && (r != ' ' || i+1 < len(s) && s[i+1] == ' ') {
			return false
		}
	}
	return true
}
