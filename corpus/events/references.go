package events

import (
	"slices"
	"strings"

	"chronik/model"
)

// A reference is a noun that names again a happening its article tells
// elsewhere: "Die Zukunft des Werks ist nach der X-Insolvenz ungewiss",
// "Der Streik bei X trifft auch Pendler". It is evidence of that
// happening (GUIDELINES.md §2, later references join the event), never a
// row of its own: a reference that finds no told happening is dropped.
type reference struct {
	sentence, start, end, block int
	head                        bool
	family                      Kind
	trigger                     string
	named                       []int          // the actors its phrase names
	text                        string         // the sentence
	date                        model.Interval // the date its clause gives, if any
	pluperfect                  bool           // its clause is the story's back story ("unter dem Druck der Proteste hatte X …")
	// definite: the noun can only mean one happening already known (a
	// singular definite article, or a headline's bare noun), which a
	// happening told of no one needs, with its place
	definite bool
}

// otherHappening starts the attributes that make a noun another happening
// of its kind than the one told: "ein weiterer Streik", "der letzte
// Unfall".
var otherHappening = []string{
	"weiter", "neu", "erneut", "nächst", "zweit", "dritt", "letzt", "früher", "vergangen", "bisherig", "künftig", "kommend",
}

// mayHappen starts the attributes that make a noun a happening that
// may come, not one that happened: "die mögliche Fusion", "die drohende
// Insolvenz", "die gewünschte Zusammenarbeit", "der geforderte Rücktritt".
var mayHappen = []string{
	"möglich", "etwaig", "eventuell", "denkbar", "potenziell", "potentiell", "hypothetisch", "drohend", "befürchtet", "angedroht",
	"gewünscht", "erhofft", "ersehnt", "gefordert",
}

// hypothetical reports a noun trigger at i with an attribute of mayHappen
// before it.
func (s *sent) hypothetical(i int) bool {
	return s.attributeStarts(mayHappen, i-3, i) || s.riskOf(i)
}

// riskOf reports a noun trigger at i that names what a danger, a risk or
// a fear is of: "das Risiko bei einem Verkauf", "die Angst vor einem
// Streik", "die Gefahr einer Insolvenz" (not in a traffic report, whose
// "Gefahr durch Hochwasser" on a road tells the flood there).
func (s *sent) riskOf(i int) bool {
	for j := i - 1; j >= 1 && j >= i-3; j-- {
		t := &s.toks[j]
		if !t.word() {
			return false
		}
		if riskNouns[s.toks[j-1].lower] {
			switch t.lower {
			case "durch", "von", "vor", "bei", "eines", "einer", "des", "der":
				return s.openingRoad() == "" // (asked last: most nouns have no risk before them)
			}
		}
	}
	return false
}

// riskNouns name what may come: a danger, a risk, a warning, a fear.
var riskNouns = map[string]bool{"gefahr": true, "risiko": true, "risiken": true, "warnung": true, "angst": true, "sorge": true, "sorgen": true, "befürchtung": true, "befürchtungen": true}

// noteReferences collects the happenings sentence s, which tells none
// (one that does is evidence of that one), names by a noun.
func (x *extractor) noteReferences(s *sent) {
	if len(s.toks) == 0 || s.question() {
		return
	}
	for i := range s.toks {
		t := &s.toks[i]
		if !t.word() || t.quoted || t.timex >= 0 {
			continue
		}
		if t.noun == 0 {
			x.notePredicate(s, i)
			continue
		}
		id := int(t.noun) - 1
		tr := &x.lx.triggers[id]
		k := family(tr.kind)
		if tr.specificity == 0 || speechKinds.has(tr.kind) || tr.kind == KindPlan || !x.fitsOnce(s, i, id) || s.remitOfBody(i) || s.hypothetical(i) {
			continue
		}
		if slices.ContainsFunc(x.refs, func(r reference) bool { return r.sentence == s.index && r.family == k }) {
			continue
		}
		_, _, det, detAt := s.npContext(i)
		if strings.HasPrefix(det, "kein") || indefinite(det) ||
			s.attributeStarts(otherHappening, max(detAt, i-3), i) || s.attributeStarts(otherHappening, i+1, min(i+3, len(s.toks))) {
			continue
		}
		var date model.Interval // a date of its clause: the reference is of a happening then
		unreal := false         // "hätte es zu Xs Wahl reichen sollen": what did not happen
		for j := range s.toks {
			if tj := &s.toks[j]; tj.group == t.group {
				if tj.timex >= 0 && !date.Valid() {
					date = s.timex[tj.timex].Timex.Interval
				}
				unreal = unreal || tj.word() && tj.is(hypothetical)
			}
		}
		if unreal {
			continue
		}
		r := reference{
			sentence: s.index, start: s.start, end: s.end, block: s.a.Sentences[s.index].Block,
			head: s.topBlock(), family: k, trigger: t.text, text: s.a.Text[s.start:s.end], date: date,
			pluperfect: s.tenseOf(t.group, cand{tok: i, trig: id}).pluperfect,
			definite:   det == "" && s.headlineBlock() || det == "des" || det == "dem" || det == "das" || det == "vom" || det == "beim" || det == "zum",
		}
		for _, a := range s.actors {
			// the noun's own phrase: a compound ("X-Insolvenz"), a
			// genitive or "von"/"bei" phrase after it, one before it
			if a.first >= 0 && !a.quoted && a.Actor >= 0 && s.ownPhrase(i, a.first, a.last) && !slices.Contains(r.named, a.Actor) {
				r.named = append(r.named, a.Actor)
			}
		}
		x.refs = append(x.refs, r)
	}
}

// indefinite reports an indefinite article: "ein" and its cases.
func indefinite(det string) bool { return declinedLike(det, "ein") }

// declinedLike reports w as stem with the case ending of "ein" ("", -e,
// -en, -em, -er, -es): the indefinite article and the possessives.
func declinedLike(w, stem string) bool {
	rest, ok := strings.CutPrefix(w, stem)
	switch rest {
	case "", "e", "en", "em", "er", "es":
		return ok
	}
	return false
}

// notePredicate collects the adjective of a trigger "X|sein" declined
// before the name it describes, which names that happening of the named
// again: "Anleger der insolventen Bank X", "des zahlungsunfähigen
// Händlers X".
func (x *extractor) notePredicate(s *sent, i int) {
	t := &s.toks[i]
	if t.upper || t.predicate == 0 {
		return
	}
	k := family(x.lx.triggers[t.predicate-1].kind)
	for j := i + 1; j < len(s.toks) && j <= i+3; j++ {
		n := &s.toks[j]
		if !n.word() {
			return
		}
		if n.actor >= 0 {
			if a := &s.actors[n.actor]; a.Actor >= 0 && !a.quoted && !slices.ContainsFunc(x.refs, func(r reference) bool { return r.sentence == s.index && r.family == k }) {
				x.refs = append(x.refs, reference{
					sentence: s.index, start: s.start, end: s.end, block: s.a.Sentences[s.index].Block,
					head: s.topBlock(), family: k, trigger: t.text, text: s.a.Text[s.start:s.end], named: []int{a.Actor},
				})
			}
			return
		}
		if !n.upper && !hasDeclension(n.lower) {
			return // "ist insolvent und …": a predicate, no attribute
		}
	}
}

// attributeStarts reports a lower-case word between tokens from and to
// that one of prefixes starts.
func (s *sent) attributeStarts(prefixes []string, from, to int) bool {
	for j := max(from, 0); j < to; j++ {
		if t := &s.toks[j]; t.word() && !t.upper {
			for _, o := range prefixes {
				if strings.HasPrefix(t.lower, o) {
					return true
				}
			}
		}
	}
	return false
}

// referred returns the mentions of out that x.refs name again: each a
// copy of the happening it names, in the reference's sentence. A
// reference names the happening of its family that shares an actor with
// its clause; one told of no one when the noun can mean no other and the
// sentence names the happening's place or thing. Happenings of the family on
// dates that do not meet make a reference ambiguous: it is dropped.
func referred(out []Mention, refs []reference) []Mention {
	var add []Mention
	for _, r := range refs {
		target := -1
		for i := range out {
			p := &out[i]
			if family(p.Kind) != r.family || p.Kind == KindPlan {
				continue
			}
			if len(p.Actors) > 0 && !slices.ContainsFunc(r.named, func(a int) bool { return slices.Contains(p.Actors, a) }) ||
				len(p.Actors) == 0 && (len(r.named) > 0 || !r.definite || p.Object == "" || !strings.Contains(r.text, p.Object)) {
				continue
			}
			if r.pluperfect && !p.pluperfect {
				continue // the back story's happening, not the story's
			}
			if _, meet := r.date.Intersect(p.Date); r.date.Valid() && p.Date.Valid() && !meet {
				continue // "die Insolvenzen vom Februar 2015": others than this one
			}
			if target >= 0 {
				if _, meet := out[target].Date.Intersect(p.Date); !meet {
					target = -2 // two happenings it may name
					break
				}
				if abs(p.Sentence-r.sentence) >= abs(out[target].Sentence-r.sentence) {
					continue
				}
			}
			target = i
		}
		if target < 0 {
			continue
		}
		m := out[target]
		m.Sentence, m.Start, m.End, m.block, m.head, m.Trigger = r.sentence, r.start, r.end, r.block, r.head, r.trigger
		m.refersBack, m.tagged = true, false
		m.Timex, m.Dating = "", DatedReference
		m.Actors, m.Roles, m.preps = slices.Clone(m.Actors), slices.Clone(m.Roles), slices.Clone(m.preps)
		add = append(add, m)
	}
	return add
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// ownPhrase reports an actor at tokens first…last that belongs to the
// phrase of the noun at token i: part of it ("X-Insolvenz"), a genitive
// before it ("Xs Insolvenz"), or after it over articles, adjectives and
// "von"/"bei"/"durch" ("die Insolvenz des Herstellers X", "der Stellenabbau
// bei X").
func (s *sent) ownPhrase(i, first, last int) bool {
	switch {
	case first <= i && last >= i, last == i-1:
		return true
	case first <= i || first > i+5:
		return false
	}
	for j := i + 1; j < first; j++ {
		t := &s.toks[j]
		if !t.word() || t.group != s.toks[i].group {
			return false
		}
		switch {
		case t.is(determiners), t.lower == "von" || t.lower == "vom" || t.lower == "bei" || t.lower == "beim" || t.lower == "durch":
		case t.upper && j == first-1:
			// a common noun before the name: "des Bekleidungsunternehmens X"
		case !t.upper && hasDeclension(t.lower):
		default:
			return false
		}
	}
	return true
}
