package model

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// ActorKind says whether an actor is a person or an organisation.
type ActorKind string

const (
	Person       ActorKind = "person"
	Organization ActorKind = "organization"
)

// Gender is the grammatical gender of an organisation's name, which the
// articles the texts put before it show ("die Lufthansa", "dem ORF"):
// a title that names it after a preposition declines it so ("bei der
// Lufthansa", "vom ORF").
type Gender uint8

const (
	NoGender   Gender = iota // not shown, or shown two ways
	Masculine                // "der FC Bayern", "den FC Bayern"
	Feminine                 // "die Lufthansa", "der Lufthansa"
	Neuter                   // "das ZDF"
	PluralName               // "die Grünen", "den Grünen"
)

// An Actor is a person or organisation that takes part in events.
type Actor struct {
	ID       string // stable slug of Name, unique in a timeline ("donald-trump")
	Name     string // canonical name ("Donald Trump")
	Kind     ActorKind
	Aliases  []string // other names seen in the articles ("Trump", "Trumps")
	Roles    []string // roles learned from the text ("Meta-Chef", "designierter US-Präsident")
	Mentions int      // how often the corpus names or refers to the actor
	Gender   Gender   // of an organisation's name, as the texts' articles show it
}

// Surname returns the last word of a person's name with the lower-case
// particles before it: "Trump" of "Donald Trump", "von der Leyen" of
// "Ursula von der Leyen", "dos Santos" of "José Eduardo dos Santos".
func Surname(name string) string {
	words := strings.Fields(name)
	if len(words) == 0 {
		return ""
	}
	k := len(words) - 1
	if k > 0 && (regnalNumber(strings.TrimSuffix(words[k], ".")) || initial(words[k])) {
		// "Paul VI", "Elizabeth II": a ruler's name and number; "Emanuel
		// S.": a surname the press cut to its initial says little alone
		return strings.Join(words[k-1:], " ")
	}
	for k > 1 && isLowerWord(words[k-1]) {
		k--
	}
	if k > 0 && capitalParticles[words[k-1]] && (k < len(words)-1 || k >= 2) {
		// before lower-case particles, one written with a capital belongs
		// to the name too: "Van der Bellen" of "Alexander Van der Bellen";
		// so does one between a first name and the last word: "De Santis"
		// of "Paolo De Santis" (but "Van Morrison" is a first name)
		k--
	}
	return strings.Join(words[k:], " ")
}

// capitalParticles are the name particles that are written with a
// capital letter before lower-case ones ("Van der Bellen", "De la Cruz").
// A closed class, like the lower-case particles Surname keeps by their
// case alone.
var capitalParticles = map[string]bool{"Van": true, "Von": true, "De": true, "Di": true, "Da": true, "Du": true, "Dos": true, "Del": true, "Della": true, "Le": true, "La": true, "Ter": true, "Ten": true}

// regnalNumber reports a Roman numeral of two to five letters, as rulers
// and popes are numbered ("II", "VI", "XVI"); "I" and "V" alone are as
// often initials.
func regnalNumber(w string) bool {
	if len(w) < 2 || len(w) > 5 {
		return false
	}
	return strings.Trim(w, "IVX") == ""
}

// initial reports a capital letter and a full stop ("S.").
func initial(w string) bool {
	return len(w) == 2 && w[1] == '.' && w[0] >= 'A' && w[0] <= 'Z'
}

func isLowerWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}
