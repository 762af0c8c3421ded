package model

// An Article is one source text, as read and annotated by the corpus
// package. All offsets are byte offsets into Text, which is the article's
// cleaned text (control characters already replaced), header line removed.
type Article struct {
	ID     string // the file name without its extension
	Path   string // where it was read from, for messages
	Title  string
	Date   ArticleDate
	Source string // byline or source ("Von Alex Wehnert, New York", "Redaktion finanzen.ch"), "" if none
	// Opinion says the article is a commentary or a column, the author's
	// views, and how Chronik knows ("Kommentar: …" over its headline, a
	// byline "Ein Kommentar von …"); "" for news
	Opinion string

	Text      string
	Blocks    []Block    // the article's layout: title, headings, paragraphs and metadata, in order
	Meta      []Block    // the metadata blocks again (bylines, credits, captions, tweets), for listing
	Sentences []Sentence // the sentences of the body, in order
	Timexes   []Timex    // temporal expressions, in order of Start
	Actors    []ActorMention
	Places    []Place // the places the text names, in order of Start
}

// ArticleDate is when an article was written, and how Chronik knows.
type ArticleDate struct {
	Interval Interval
	Source   DateSource
	Reason   string // for the reader: the header line, or the evidence in the text
}

// DateSource says where an article's date came from.
type DateSource string

const (
	DateFromHeader      DateSource = "header"       // a " date 2024-12" or "date: …" first line
	DateFromFrontMatter DateSource = "front matter" // YAML front matter
	DateFromText        DateSource = "text"         // inferred from the article's own text
	DateFromTextBound   DateSource = "text bound"   // only a lower bound from the text (the latest year it tells in the past), and a few years after
	DateFromCorpus      DateSource = "corpus"       // a text bound narrowed to the period the corpus's other articles are dated to
	DateUnknown         DateSource = "unknown"
)

// BlockKind classifies a block of an article's text.
type BlockKind string

const (
	BlockTitle     BlockKind = "title"     // the headline
	BlockKicker    BlockKind = "kicker"    // a line above or beside the headline
	BlockTeaser    BlockKind = "teaser"    // a lead set apart from the body, or bullet points
	BlockHeading   BlockKind = "heading"   // a subheading inside the body
	BlockParagraph BlockKind = "paragraph" // body text
	BlockByline    BlockKind = "byline"    // "Von …", "Redaktion …", author codes
	BlockCaption   BlockKind = "caption"   // a photo caption, with or without credit
	BlockCredit    BlockKind = "credit"    // "Foto: …", "Rubriklistenbild: © …"
	BlockEmbed     BlockKind = "embed"     // an embedded post (tweet lines, pic.twitter.com links)
)

// IsMeta reports whether blocks of kind k are metadata: shown with the
// article, never a source of events or actors.
func (k BlockKind) IsMeta() bool {
	switch k {
	case BlockByline, BlockCaption, BlockCredit, BlockEmbed:
		return true
	}
	return false
}

// A Block is a run of an article's text: a line or a paragraph.
type Block struct {
	Kind       BlockKind
	Start, End int
}

// A Sentence is a span of body text. Block is the index of the block it
// lies in.
type Sentence struct {
	Start, End int
	Block      int
}

// TimexType is the TIMEX3 type of a temporal expression.
type TimexType string

const (
	TimexDate     TimexType = "DATE"
	TimexTime     TimexType = "TIME"
	TimexDuration TimexType = "DURATION"
	TimexSet      TimexType = "SET"
)

// A Timex is a temporal expression found in an article's text.
type Timex struct {
	Start, End int
	Type       TimexType
	Value      string   // TIMEX3 value: "2024-12-18", "2024-W51", "2024-12-18TEV", "P4Y", "PRESENT_REF", "XXXX-12-18"…
	Mod        string   // TIMEX3 mod, if any: "START", "END", "MID", "APPROX", "BEFORE", "AFTER"
	Interval   Interval // the days it may denote; zero for durations and sets, or when no anchor is known
	Anchored   bool     // resolved relative to the article's date or to an earlier date in the text
	// Range is, on both ends of a range of dates ("vom 4. bis 8. März",
	// "zwischen 2019 und 2022"), the days of the whole range; zero
	// otherwise. Interval stays the days the end itself names: what is
	// dated by either end happened in Range.
	Range Interval
}

// A Place is where the text names a town, a country, a region or a
// building ("Rom", "Bayern", "Afrika"), as the entity recogniser reads
// it: the event stage tells a place from a common noun by it ("in Rom",
// not "in Serie").
type Place struct {
	Start, End int
}

// An ActorMention is a place in an article's text that names, or stands
// for, an actor.
type ActorMention struct {
	Start, End int
	Actor      int  // index into Timeline.Actors (or, before resolution, into the corpus's own table)
	Implicit   bool // a pronoun, role or "die beiden" that stands for the actor without naming it
}

// Span returns the text of an offset range of the article.
func (a *Article) Span(start, end int) string { return a.Text[start:end] }
