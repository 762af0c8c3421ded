package events

import (
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
func title(kind, noun, object, prep string, actors []int, table []model.Actor) string {
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
	if kind == "plan" {
		b.WriteString(" (geplant)")
	}
	var names []string
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
	if len(names) > 0 {
		b.WriteString(": ")
		if (kind == "lawsuit" || kind == "match" && noun != "Tor") && len(names) > 1 {
			b.WriteString(names[0] + " gegen " + strings.Join(names[1:], ", "))
		} else {
			b.WriteString(strings.Join(names, ", "))
		}
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
var corporateSuffixes = wordSet(`group inc inc. corp corp. corporation ag se gmbh ltd ltd. llc plc co co. holding holdings`)

// ShortName is how a title names an actor: a person by the last word of
// the name ("Trump"), an organisation by its name without a legal suffix.
func ShortName(a *model.Actor) string {
	f := strings.Fields(a.Name)
	if len(f) == 0 {
		return ""
	}
	if a.Kind == model.Person {
		return f[len(f)-1]
	}
	for len(f) > 1 && corporateSuffixes.has(strings.ToLower(f[len(f)-1])) {
		f = f[:len(f)-1]
	}
	return strings.Join(f, " ")
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
// without a date. seen makes ids unique in the order events are given.
func eventID(e *model.Event, seen map[string]int) string {
	prefix := "undated"
	if e.Date.Valid() {
		prefix = e.Date.Start.String()
	}
	base := prefix + "-" + slug(e.Title, 64)
	id := base
	for n := 2; seen[id] > 0; n++ {
		id = base + "-" + strconv.Itoa(n)
	}
	seen[id]++
	return id
}
