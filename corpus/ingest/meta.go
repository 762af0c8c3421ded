package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"chronik/corpus/datenames"
	"chronik/corpus/sentence"
)

// The cues below are general conventions of German (and international)
// news pages: how photo credits, bylines, agency codes and embedded posts
// are written. None is taken from a particular article.

// creditWords open a photo or image credit when a colon follows them.
var creditWords = map[string]bool{
	"Foto": true, "Fotos": true, "Foto/Video": true, "Bild": true, "Bilder": true, "Bildquelle": true,
	"Bildnachweis": true, "Bildrechte": true, "Photo": true, "Photos": true, "Credit": true, "Credits": true,
	"Copyright": true, "Grafik": true, "Illustration": true, "Video": true, "Titelbild": true, "Titelfoto": true,
	"Symbolbild": true, "Symbolfoto": true, "Archivbild": true, "Archivfoto": true, "Rubriklistenbild": true,
	"Aufmacherbild": true, "Aufmacherfoto": true, "Vorschaubild": true, "Teaserbild": true, "Beitragsbild": true,
	"Headerbild": true, "Image": true, "Picture": true, "Fotograf": true, "Fotografin": true,
}

// creditCue returns the length of the credit cue ("Foto:", "© ",
// "(Foto:") at the start of s, or 0.
func creditCue(s string) int {
	if strings.HasPrefix(s, "©") {
		return len("©")
	}
	p := 0
	if strings.HasPrefix(s, "(") {
		p = 1
	}
	e := p
	for e < len(s) && s[e] != ':' && s[e] != ' ' && e-p < 20 {
		e++
	}
	w := s[p:e]
	for e < len(s) && s[e] == ' ' {
		e++
	}
	if e < len(s) && s[e] == ':' && creditWords[w] {
		return e + 1
	}
	return 0
}

// trailingCredit returns the offset of a credit that ends s after a
// sentence ("… Amtseinführung. Foto: picture alliance / AP | Susan
// Walsh."), or 0. Only the tail is searched: credits close captions.
func trailingCredit(s string) int {
	from := max(1, len(s)-2*maxCredit)
	// Every cue is "©" or ends in a colon (creditCue): most tails have
	// neither, which two searches tell faster than reading them byte by
	// byte from the end.
	if tail := s[min(from, len(s)):]; strings.IndexByte(tail, ':') < 0 && !strings.Contains(tail, "©") {
		return 0
	}
	for i := len(s) - 2; i > from; i-- {
		if s[i] != ' ' {
			continue
		}
		// Cheap tests first: a credit cue starts with a capital, "(" or "©",
		// or a dash does before it ("… Bewährung. − Foto: …").
		if c := s[i+1]; (c < 'A' || c > 'Z') && c != '(' && c != 0xc2 && c != '-' && c != 0xe2 {
			continue
		}
		if !afterSentence(s[:i]) || creditCue(afterDash(s[i+1:])) == 0 {
			continue
		}
		if utf8.RuneCountInString(s[i+1:]) <= maxCredit {
			return i + 1
		}
	}
	return 0
}

// afterDash returns s after a dash and a blank that open it ("− Foto:
// …": a hyphen, an en dash or a minus sign), or s.
func afterDash(s string) string {
	for _, d := range []string{"- ", "– ", "− "} {
		if rest, ok := strings.CutPrefix(s, d); ok {
			return rest
		}
	}
	return s
}

// afterSentence reports whether s ends like a sentence: a terminator, a
// closing quote or bracket.
func afterSentence(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	switch r {
	case '.', '!', '?', '"', ')', '“', '”', '»', '«':
		return true
	}
	return false
}

// isEmbed reports whether a unit is (part of) an embedded social-media
// post: a pic.twitter.com link, a post URL, a bare link, an attribution
// line, or the labels Instagram and others print around embeds.
func isEmbed(s string, runes int) bool {
	if runes > maxEmbed {
		return false // a paragraph that quotes a post inline: see inlineEmbeds
	}
	links := strings.IndexByte(s, '/') >= 0
	if links && strings.Contains(s, "pic.twitter.com/") {
		return true
	}
	if links {
		if (strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")) && !strings.ContainsAny(s, " \t\n") {
			return true
		}
		if strings.Contains(s, "/status/") && (strings.Contains(s, "twitter.com/") || strings.Contains(s, "x.com/")) {
			return true
		}
		for _, cue := range embedLinks {
			if strings.Contains(s, cue) {
				return true
			}
		}
	}
	if strings.Contains(s, "Beitrag") || strings.Contains(s, "post") {
		for _, cue := range embedLabels {
			if strings.Contains(s, cue) {
				return true
			}
		}
	}
	if runes <= maxPromo {
		for _, cue := range promoCues {
			if strings.HasPrefix(s, cue) {
				return true
			}
		}
	}
	return isAttribution(s, runes)
}

// isNotice reports whether s is the notice a distribution service puts on
// what it passes on for a company ("Veröffentlichung einer Mitteilung,
// übermittelt durch X - ein Service der Y."): who passed the text on, a
// credit of sorts, no news of its own.
func isNotice(s string, runes int) bool {
	return runes <= maxPromo && (strings.Contains(s, ", übermittelt durch ") || strings.Contains(s, "Verarbeitet und übermittelt durch "))
}

// maxPromo is the length of a line that points to other content.
const maxPromo = 200

// promoCues open lines that point readers to other articles, galleries or
// advertisements ("Lesen Sie auch: …"). The model has no kind for such
// embedded links; they are metadata like an embedded post.
var promoCues = []string{
	"Lesen Sie auch", "Lesen Sie dazu", "Lesen Sie mehr", "Lesen Sie hier", "Mehr zum Thema", "Mehr dazu",
	"Auch interessant", "Das könnte Sie auch interessieren", "Das könnte dich auch interessieren", "Weiterlesen",
	"Zum Artikel", "Zur Bildergalerie", "Bildergalerie", "Empfehlungen der Redaktion", "Anzeige", "ANZEIGE",
	"Werbung", "Hier geht es zum", "Hier geht's zum", "Abonnieren Sie", "Folgen Sie uns", "Zum Newsletter",
	"Read more:", "Related:", "Advertisement",
	// a page's breadcrumb trail ("Sie sind hier: Home > Nachrichten > …"),
	// which leads to the article
	"Sie sind hier:",
}

// embedLinks are links to posts that pages embed; embedLabels the words
// printed around embedded posts.
var (
	embedLinks  = []string{"instagram.com/p/", "youtube.com/watch", "youtu.be/", "tiktok.com/@"}
	embedLabels = []string{"Ein Beitrag geteilt von", "A post shared by", "View this post on Instagram", "Beitrag auf Instagram ansehen"}
)

// isAttribution reports whether s is the attribution line of an embedded
// post: "— HOT SPOT (@HotSpot__Media) December 19, 2024".
func isAttribution(s string, runes int) bool {
	if runes > 200 {
		return false
	}
	at := strings.Index(s, "(@")
	if at < 0 {
		return false
	}
	h := at + 2
	for h < len(s) && (isAlnum(s[h]) || s[h] == '_' || s[h] == '.') {
		h++
	}
	if h == at+2 || h >= len(s) || s[h] != ')' {
		return false
	}
	dash := strings.HasPrefix(s, "—") || strings.HasPrefix(s, "–") || strings.HasPrefix(s, "-")
	return dash || endsWithYear(s)
}

func endsWithYear(s string) bool {
	s = strings.TrimRight(s, " .")
	return len(s) >= 4 && digitsAt(s, len(s)-4, 4)
}

func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// namePrefixes open a byline that names its authors: "Von Alex Wehnert".
var namePrefixes = []string{"Von ", "von ", "By ", "VON "}

// bylineCues open a byline line, those that name a genre of views among
// them (opinionBylines).
var bylineCues = append([]string{
	"Redaktion ", "Redaktion:", "Autor:", "Autorin:", "Autoren:", "Autorinnen:", "Text:", "Text und Fotos:",
	"Ein Beitrag von ", "Ein Gastbeitrag von ", "Eine Analyse von ", "Ein Interview von ", "Analyse von ",
	"Mitarbeit:", "Mit Material von ", "Mit Material der ",
	"Mit Agenturmaterial", "Quelle:", "Recherche:", "Reporter:", "Korrespondent:", "Korrespondentin:",
}, opinionBylines...)

// agencies are news agencies, written as in their credits.
var agencies = map[string]bool{
	"dpa": true, "DPA": true, "AFP": true, "afp": true, "AP": true, "APA": true, "apa": true, "KNA": true,
	"kna": true, "epd": true, "SDA": true, "sda": true, "SID": true, "sid": true, "Reuters": true, "rtr": true,
	"Bloomberg": true, "AWP": true, "awp": true, "dts": true, "ddp": true, "Keystone-SDA": true, "ANSA": true,
	"EFE": true, "TASS": true, "Xinhua": true, "KYODO": true, "Kyodo": true, "DJ": true, "red": true,
}

// isByline reports whether a whole unit is a byline: "Von Alex Wehnert,
// New York", "Redaktion finanzen.ch", "Autorin: Anna Weber", an author
// code with a place ("xaw New York"), or an agency ("dpa/AFP", "(dpa)").
func isByline(s string, runes int) bool {
	if runes > maxByline {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	if last == '?' || last == '!' {
		return false
	}
	for _, p := range namePrefixes {
		if rest, ok := strings.CutPrefix(s, p); ok {
			rest = strings.TrimSuffix(rest, ".")
			return isNameList(rest) || isCode(rest) // "Von Anna Weber", "Von dpa"
		}
	}
	for _, cue := range bylineCues {
		if strings.HasPrefix(s, cue) {
			words := wordCount(s)
			return words <= 12 && (last != '.' || words <= 6)
		}
	}
	if inner, ok := strings.CutPrefix(s, "("); ok && strings.HasSuffix(inner, ")") {
		return isCode(strings.TrimSuffix(inner, ")"))
	}
	return isCodeLine(s)
}

// isNameList reports whether s reads as names and places: "Alex Wehnert,
// New York", "Anna Weber und Max von Huber". Every word is capitalised or
// a name particle, and there are at least two capitalised words.
func isNameList(s string) bool {
	caps, words := 0, 0
	for w := range strings.FieldsSeq(s) {
		w = strings.TrimRight(w, ",;")
		if w == "" {
			continue
		}
		words++
		switch w {
		case "und", "von", "van", "der", "den", "de", "di", "du", "da", "la", "le", "zu", "in", "aus", "mit", "&", "/", "and":
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
		caps++
	}
	return caps >= 2 && words <= 10
}

// isCodeLine reports whether s is an author code or agency, alone or with
// a place: "xaw New York", "dpa/AFP", "sda".
func isCodeLine(s string) bool {
	first, rest, _ := strings.Cut(s, " ")
	if !isCode(first) {
		return false
	}
	words := 1
	for w := range strings.FieldsSeq(rest) {
		r, _ := utf8.DecodeRuneInString(w)
		if words++; words > 4 || !unicode.IsUpper(r) || strings.ContainsAny(w, ".!?:;") {
			return false
		}
	}
	return true
}

// isCode reports whether s is an agency ("dpa", "AFP") or an author code
// (two to eight lower-case letters that are not a German word, "xaw",
// "chnnn"), or several joined by slashes ("dpa/lnw").
func isCode(s string) bool {
	if s == "" {
		return false
	}
	for part := range strings.SplitSeq(s, "/") {
		if agencies[part] {
			continue
		}
		if len(part) < 2 || len(part) > 8 || sentence.IsOpener(part) {
			return false
		}
		for i := 0; i < len(part); i++ {
			if part[i] < 'a' || part[i] > 'z' {
				return false
			}
		}
	}
	return true
}

// trailingCode returns the offset of an author code in brackets that ends
// a paragraph after its last sentence ("… auswirken wird. (chnnn)"), or 0.
func trailingCode(s string) int {
	if !strings.HasSuffix(s, ")") {
		return 0
	}
	open := strings.LastIndexByte(s, '(')
	if open < 2 || len(s)-open > 24 || s[open-1] != ' ' || !isCode(s[open+1:len(s)-1]) {
		return 0
	}
	if afterSentence(s[:open-1]) {
		return open
	}
	return 0
}

// isDateLine reports the line that says when the article appeared or was
// changed ("Stand: 12.03.2024, 14:35 Uhr", see datenames.DateLine), or
// how long ago ("Vor 3 Tagen · beispiel.de", datenames.AgeLine):
// metadata, no part of the headline or the text.
func isDateLine(s string) bool {
	_, ok := datenames.DateLine(s)
	return ok || datenames.AgeLine(s)
}

// gluedDateLine returns the offset of a headline that a publication line
// runs into, after the site it names ("12.03.24 | 14:35 Uhr | 3 mal
// gelesen | beispiel.de Stadt baut neues Bad": the headline "Stadt baut
// neues Bad"), or 0. Aggregators print their stamp and the headline on one
// line; the host name, lower case and dotted, is where they meet.
func gluedDateLine(s string) int {
	if len(s) > maxGluedLine || strings.IndexByte(s, '|') < 0 {
		return 0 // a paragraph, not a stamp and a headline; or no stamp's bar (the fast scan first)
	}
	bar := strings.LastIndexByte(s, '|')
	rest := s[bar+1:]
	host := len(rest) - len(strings.TrimLeft(rest, " "))
	space := strings.IndexByte(rest[host:], ' ')
	if space <= 0 || !datenames.WebDomain(rest[host:host+space]) {
		return 0
	}
	head := bar + 1 + host + space + 1
	if r, _ := utf8.DecodeRuneInString(s[head:]); !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return 0
	}
	if !isDateLine(s[:head-1]) {
		return 0
	}
	return head
}

// maxGluedLine is the most bytes of a publication line and the headline
// it runs into: a stamp, a site and a headline's words.
const maxGluedLine = 4*maxHeadline + 200

// dateLineOrGlued reports a publication line, alone or run into a
// headline: a line of its own either way, never hard-wrapped text.
func dateLineOrGlued(s string) bool { return isDateLine(s) || gluedDateLine(s) > 0 }
