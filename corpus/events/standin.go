package events

import (
	"strings"
	"unicode/utf8"

	"chronik/model"
)

// Stand-ins: "der Konzern", "die Gewerkschaft", "des Vereins" stand for an
// organisation the article has named. The actor recogniser resolves many
// of them (its implicit mentions); when a happening's clause names no
// actor but such a noun is its subject, the extractor takes the
// organisation the article has tied to that noun ("die Gewerkschaft
// Verdi", "der Volkswagen-Konzern", "Autobauer VW", "die Bundesregierung"
// for "das Kabinett"), the latest one; for
// a company noun without such a tie, the latest organisation named that
// is tied to no other kind of noun.

// orgClass is the kind of organisation a stand-in noun names.
type orgClass uint8

const (
	noClass orgClass = iota
	companyClass
	unionClass
	clubClass
	partyClass
	governmentClass
)

// standInHeads end the nouns that stand for an organisation, with their
// class: "Industriekonzern", "Autobauer", "Stahlsparte".
var standInHeads = []struct {
	head  string
	class orgClass
}{
	{"konzern", companyClass}, {"unternehmen", companyClass}, {"firma", companyClass},
	{"hersteller", companyClass}, {"autobauer", companyClass}, {"sparte", companyClass},
	{"bank", companyClass}, {"institut", companyClass}, {"versicherer", companyClass},
	{"händler", companyClass}, {"betreiber", companyClass}, {"anbieter", companyClass},
	{"gewerkschaft", unionClass}, {"verein", clubClass}, {"klub", clubClass}, {"club", clubClass},
	{"partei", partyClass}, {"kabinett", governmentClass}, {"regierung", governmentClass},
}

// classOfNoun returns the class of a lower-cased noun, allowing German case
// endings ("Konzerns", "Vereins", "Banken").
func classOfNoun(lower string) orgClass {
	for _, e := range []string{"", "s", "es", "en", "n"} {
		w, ok := strings.CutSuffix(lower, e)
		if !ok {
			continue
		}
		for _, h := range standInHeads {
			if strings.HasSuffix(w, h.head) {
				return h.class
			}
		}
	}
	return noClass
}

// An orgMention is an organisation named in the article and the class of
// noun the text ties it to there.
type orgMention struct {
	start int
	actor int
	tie   orgClass
}

// articleOrgs lists the article's named organisations in text order.
func (x *extractor) articleOrgs() []orgMention {
	if x.orgsDone {
		return x.orgs
	}
	x.orgsDone = true
	text := x.a.Text
	for _, m := range x.a.Actors {
		if m.Implicit || m.Actor < 0 || m.Actor >= len(x.actors) || x.actors[m.Actor].Kind != model.Organization {
			continue
		}
		tie := noClass
		if m.End < len(text) && text[m.End] == '-' { // "Volkswagen-Konzern"
			tie = classOfNoun(strings.ToLower(wordAt(text, m.End+1)))
		}
		if tie == noClass { // "die Gewerkschaft Verdi", "Autobauer VW"
			tie = classOfNoun(strings.ToLower(wordBefore(text, m.Start)))
		}
		if tie == noClass { // "Deutsche Bank", "Bundesregierung": the name says it
			name := x.actors[m.Actor].Name
			tie = classOfNoun(strings.ToLower(name[strings.LastIndexByte(name, ' ')+1:]))
		}
		x.orgs = append(x.orgs, orgMention{m.Start, m.Actor, tie})
	}
	return x.orgs
}

// standIn returns the organisation a stand-in noun that is the subject of
// trigger tok's clause stands for.
func (x *extractor) standIn(s *sent, tok int) (int, bool) {
	g := s.toks[tok].group
	class := noClass
	for i := range s.toks {
		t := &s.toks[i]
		if !t.word() || !t.upper || t.quoted || t.actor >= 0 || s.scopeOf(i, g) < 0 {
			continue
		}
		if c := classOfNoun(t.lower); c != noClass {
			prep, _, det, detAt := s.npContext(i)
			subject := prep == "" && (det == "der" || det == "die" || det == "das")
			speaker := det == "des" && detAt > 0 && s.representative(detAt-1) // "ein Sprecher des Konzerns"
			if subject || speaker {
				class = c
				break
			}
		}
	}
	if class == noClass {
		return 0, false
	}
	best, fallback := -1, -1
	for _, o := range x.articleOrgs() {
		if o.start >= s.start {
			break
		}
		switch {
		case o.tie == class:
			best = o.actor
		case o.tie == noClass && class == companyClass && !x.tiedElsewhere(o.actor):
			fallback = o.actor
		}
	}
	if best < 0 {
		best = fallback
	}
	return best, best >= 0
}

// tiedElsewhere reports an organisation the article ties to a noun of some
// class: "die Gewerkschaft Verdi" is no "Konzern".
func (x *extractor) tiedElsewhere(actor int) bool {
	for _, o := range x.orgs {
		if o.actor == actor && o.tie != noClass {
			return true
		}
	}
	return false
}

// wordAt returns the word (letters and digits) starting at byte i.
func wordAt(text string, i int) string {
	j := i
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if !isWordRune(r) {
			break
		}
		j += size
	}
	return text[i:j]
}

// wordBefore returns the word that ends right before byte i, over spaces.
func wordBefore(text string, i int) string {
	j := i
	for j > 0 && text[j-1] == ' ' {
		j--
	}
	k := j
	for k > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:k])
		if !isWordRune(r) {
			break
		}
		k -= size
	}
	return text[k:j]
}
