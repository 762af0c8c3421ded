package events

import (
	"slices"
	"strconv"
	"strings"
	"unicode"

	"chronik/model"
)

// maxTitleActors is how many actors an event title names; the event keeps
// them all.
const maxTitleActors = 3

// title writes an event's title as a person would: the kind's noun, the
// place or thing if one was found, and the actors' short names.
// "Abendessen in Mar-a-Lago: Zuckerberg, Trump", "Klage: Musk gegen OpenAI",
// "Sieg: Leverkusen gegen Bayern", "Reise nach Paris (geplant): Merz".
func title(kind Kind, noun, object, prep string, actors []int, table []model.Actor) string {
	var b strings.Builder
	b.WriteString(noun)
	if object != "" {
		if prep == "nach" && noun != "Reise" {
			prep = "in" // "Reise nach Paris", but "Besuch in Frankreich"
		}
		b.WriteString(" ")
		b.WriteString(prep)
		b.WriteString(" ")
		b.WriteString(object)
	}
	if kind == KindPlan {
		b.WriteString(" (geplant)")
	}
	var buf [maxTitleActors]string
	names := buf[:0]
	for _, a := range actors {
		if len(names) == maxTitleActors {
			break
		}
		n := ShortName(&table[a])
		if n == "" || (object != "" && strings.Contains(object, n)) || contains(names, n) {
			continue
		}
		names = append(names, n)
	}
	against := (kind == KindLawsuit || kind == KindMatch && noun != "Tor") && len(names) > 1
	for k, n := range names {
		switch {
		case k == 0:
			b.WriteString(": ")
		case k == 1 && against:
			b.WriteString(" gegen ")
		default:
			b.WriteString(", ")
		}
		b.WriteString(n)
	}
	return b.String()
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// corporateSuffixes are left out of an organisation's short name
// ("Softbank Group" → "Softbank").
var corporateSuffixes = []string{"group", "inc", "inc.", "corp", "corp.", "corporation", "ag", "se", "gmbh",
	"ltd", "ltd.", "llc", "plc", "co", "co.", "holding", "holdings"}

// ShortName is how a title names an actor: a person by the last word of
// the name ("Trump"), an organisation by its name without a legal suffix.
// It is a part of the name, not a copy.
func ShortName(a *model.Actor) string {
	name := strings.TrimSpace(a.Name)
	if a.Kind == model.Person {
		return name[strings.LastIndexAny(name, " \t\n")+1:]
	}
	for {
		cut := strings.LastIndexAny(name, " \t\n")
		if cut < 0 || !slices.ContainsFunc(corporateSuffixes, func(x string) bool { return strings.EqualFold(x, name[cut+1:]) }) {
			return name
		}
		name = strings.TrimRight(name[:cut], " \t\n")
	}
}

// slug makes an id part from text: lower-case ASCII letters and digits
// joined by hyphens, German umlauts spelled out.
func slug(s string, limit int) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		var rep string
		switch r {
		case 'ä':
			rep = "ae"
		case 'ö':
			rep = "oe"
		case 'ü':
			rep = "ue"
		case 'ß':
			rep = "ss"
		case 'é', 'è', 'ê':
			rep = "e"
		case 'á', 'à', 'â':
			rep = "a"
		default:
			if r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
				rep = string(r)
			}
		}
		if rep == "" {
			dash = b.Len() > 0
			continue
		}
		if dash {
			b.WriteByte('-')
			dash = false
		}
		b.WriteString(rep)
		if b.Len() >= limit {
			break
		}
	}
	return strings.TrimRight(b.String(), "-")
}

// eventID is the stable id of an event: its first day and its title
// ("2024-12-18-abendessen-in-mar-a-lago-bezos-musk-trump"), "undated-…"
// without a date. ids makes ids unique in the order events are given:
// the second event of a base gets "-2", the third "-3".
func eventID(e *model.Event, ids *idSet) string {
	prefix := "undated"
	if e.Date.Valid() {
		prefix = e.Date.Start.String()
	}
	base := prefix + "-" + slug(e.Title, 64)
	id := base
	n := ids.next[base] // the suffixes this base has had, so that many events of one title cost one try each
	for ids.taken[id] {
		n++
		id = base + "-" + strconv.Itoa(n+1)
	}
	ids.next[base] = n
	ids.taken[id] = true
	return id
}

// An idSet is the event ids given so far.
type idSet struct {
	taken map[string]bool
	next  map[string]int
}

func newIDSet(n int) *idSet {
	return &idSet{taken: make(map[string]bool, n), next: make(map[string]int, n)}
}
