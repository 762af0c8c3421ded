package model

// An Event is something that happened, told by one or more sentences,
// possibly in several articles. Its date is what all its mentions allow.
type Event struct {
	ID       string
	Title    string   // short, as a person would write it: "Abendessen in Mar-a-Lago: Zuckerberg, Trump"
	Kind     string   // what happened: "meeting", "announcement", "lawsuit", "post", …
	Date     Interval // zero when no mention dates it
	Actors   []int    // indices into Timeline.Actors, most central first
	Mentions []EventMention
}

// Dated reports whether the event has a date.
func (e *Event) Dated() bool { return e.Date.Valid() }

// An EventMention is one sentence that tells an event.
type EventMention struct {
	Article    int // index into Timeline.Articles
	Sentence   int // index into that article's Sentences
	Start, End int // byte offsets of the sentence in the article's Text
	Date       Interval
	Timex      string // the TIMEX3 value that dated it, "" if its date came from context or is unknown
	Trigger    string // the word that told that something happened ("trafen", "angekündigt")
}
