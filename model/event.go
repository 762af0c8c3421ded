package model

// An Event is something that happened, told by one or more sentences,
// possibly in several articles. Its date is what all its mentions allow.
type Event struct {
	ID       string
	Title    string   // short, as a person would write it: "Abendessen in Mar-a-Lago: Zuckerberg, Trump"
	Kind     string   // what happened: "meeting", "announcement", "lawsuit", "post", …
	Date     Interval // zero when no mention dates it
	Actors   []int    // indices into Timeline.Actors, most central first
	Roles    []Role   // parallel to Actors: what each actor does in the event
	Mentions []EventMention

	// Reactions are what people said about the event: quotes and comments
	// that are evidence of it, never events of their own.
	Reactions []Reaction

	// Salience in [0, 1] says how much the event belongs on a short
	// timeline of the corpus: what it is, where it is told, by how many
	// articles, how central its actors are.
	Salience float64
}

// A Role is what an actor does in an event.
type Role string

const (
	RoleAgent       Role = "agent"       // who acts: "Facebook" in "Facebook sperrte Trump"
	RolePatient     Role = "patient"     // who it is done to: "Trump" there
	RoleParticipant Role = "participant" // takes part otherwise: the guests of a dinner, the parties of a deal
)

// RoleOf returns the role of actor a in e, "" when a takes no part.
func (e *Event) RoleOf(a int) Role {
	for i, x := range e.Actors {
		if x == a {
			if i < len(e.Roles) {
				return e.Roles[i]
			}
			return RoleParticipant
		}
	}
	return ""
}

// A Reaction is one sentence in which someone comments on an event.
type Reaction struct {
	Actor      int // index into Timeline.Actors of who speaks, -1 if no actor is named
	Article    int // index into Timeline.Articles
	Start, End int // byte offsets of the sentence in the article's Text
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
	Trigger    string // the word that told that something happened ("trafen", "angekündigt"; with the words it needs: "kündigte … an", "Klage … eingereicht", "trat … in Kraft")
	DateBasis  string // how the mention was dated, for the reader: "timex", "previous sentence", "before the article", …
}
