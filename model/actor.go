package model

// ActorKind says whether an actor is a person or an organisation.
type ActorKind string

const (
	Person       ActorKind = "person"
	Organization ActorKind = "organization"
)

// An Actor is a person or organisation that takes part in events.
type Actor struct {
	ID       string // stable slug of Name, unique in a timeline ("donald-trump")
	Name     string // canonical name ("Donald Trump")
	Kind     ActorKind
	Aliases  []string // other names seen in the articles ("Trump", "Trumps")
	Roles    []string // roles learned from the text ("Meta-Chef", "designierter US-Präsident")
	Mentions int      // how often the corpus names or refers to the actor
}
