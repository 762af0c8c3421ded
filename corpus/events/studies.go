package events

import (
	"strings"

	"chronik/model"
)

// Studies. An article about a study, a survey, a forecast or a report of
// its own ("Jahresbericht") reports its
// publication (GUIDELINES.md §1.2: one event, the publication): "Laut
// Ergebnis einer Studie der Universität Graz …", "Das zeigt eine
// Umfrage des Instituts X". Elsewhere such nouns are mostly background
// ("führte in den Umfragen", "eine Studie von 2012 bestätigt das",
// "gab eine Studie in Auftrag"), so the noun is a trigger only where the
// article reports the study: in its head or first paragraph, one study
// (singular), as the subject or the source of what the sentence says
// (no preposition, or "aus": "geht aus … hervor"), not commissioned ("in
// Auftrag").
// It is told in the present ("Das zeigt eine Studie"), which for other
// happening nouns is talk about them, not their telling.

// studyNouns are the title nouns of the study triggers (triggers.txt).
var studyNouns = map[string]bool{"Studie": true, "Umfrage": true, "Prognose": true, "Bericht": true, "Gutachten": true}

// mediaReports start the compounds that name a medium's report
// ("Medienbericht", "Zeitungsbericht"), which is attribution.
var mediaReports = []string{"medien", "zeitung", "presse", "agentur", "fernseh", "tv-", "radio"}

// sourceStudy reports whether the study noun at i, which preposition prep
// governs and whose title noun is noun, is a study the article reports
// (see above).
func (s *sent) sourceStudy(i int, prep, noun string) bool {
	// "laut einer Studie" is attribution, as "laut" is of any source;
	// told in the article's head or its body's first sentence, the study
	// is what the article is about ("Laut einer Studie des Instituts X
	// …" under a headline of what it found)
	cited := s.topBlock() || s.bodyLead()
	if prep != "" && prep != "aus" && (prep != "laut" || !cited) {
		return false
	}
	if l := s.toks[i].lower; strings.HasSuffix(l, "n") && !strings.HasSuffix(l, strings.ToLower(noun)) {
		return false // "Studien", "Umfragen": several, background (a noun in -n, "Gutachten", is one or several alike)
	}
	if l := s.toks[i].lower; strings.HasPrefix(l, "bericht") || strings.Contains(l, "-bericht") || hasAnyPrefix(l, mediaReports) {
		return false // "laut einem Bericht der Zeitung": a paper's report, attribution; a report of its own is named so ("Jahresbericht")
	}
	if _, _, owner := s.nounPhrase(i); owner >= 0 {
		return false // "gegen eine Veröffentlichung der Studie": another noun's
	}
	if !cited && s.citedStudy(i, prep) {
		return false // "einer Studie der Universität X zufolge": attribution, as "laut"
	}
	for k := range s.toks {
		if s.toks[k].lower == "auftrag" && s.toks[k].group == s.toks[i].group {
			return false
		}
	}
	return s.topBlock() || s.leadBlock()
}

// citedStudy reports whether the study noun at i, which preposition prep
// governs, is cited as the source of what its sentence says ("laut einer
// Studie", "einer Studie zufolge"): the study was published, whatever
// the sentence says of the future or of what might be, and that
// sentence's dates are of what it found, not of the study.
func (s *sent) citedStudy(i int, prep string) bool {
	if prep == "laut" {
		return true
	}
	for j := i + 1; j < len(s.toks) && j <= i+10 && s.toks[j].word(); j++ {
		if s.toks[j].lower == "zufolge" {
			return true
		}
	}
	return false
}

// leadBlock reports a sentence of the article's first paragraph.
func (s *sent) leadBlock() bool {
	b := s.a.Sentences[s.index].Block
	for k, blk := range s.a.Blocks {
		if blk.Kind == model.BlockParagraph {
			return k == b
		}
	}
	return false
}

// studyAuthor returns the actor (an index into the actor table) that the
// phrase of the study noun at i names as its author: the first actor
// after it before the phrase ends ("Studie des Wissenschafters X von
// der Universität Y": X), or the first part of its compound ("WIFO-
// Studie"), or -1.
func (s *sent) studyAuthor(i int) int {
	if a := s.toks[i].actor; a >= 0 && s.actors[a].modifier && s.actors[a].first == i && s.actors[a].Start == s.toks[i].start {
		return s.actors[a].Actor // "eine WIFO-Studie": the institute's
	}
	for j := i + 1; j < len(s.toks) && j <= i+10; j++ {
		t := &s.toks[j]
		switch {
		case t.actor >= 0:
			return s.actors[t.actor].Actor
		case t.punct == '(' && j+1 < len(s.toks) && s.toks[j+1].actor >= 0:
			// a long name the actors do not know, then the short one
			// they do: "der Organisation für … (OECD)"
		case !t.word(), t.quoted, !t.upper && s.finiteForm(j), len(t.forms) > 0 && !t.upper:
			return -1 // (not past the verb: "Laut einer Umfrage liegt X vorne")
		}
	}
	return -1
}

// studyInstitution returns the institution, named by its noun, that the
// phrase of the study noun at i names as its author ("eines Gutachtens
// der Pensionskommission", "einer Studie des im Land angesiedelten
// Rechnungshofs": not a noun of a phrase inside it), or "".
func (s *sent) studyInstitution(i int) string {
	for j := i + 1; j < len(s.toks) && j <= i+8; j++ {
		t := &s.toks[j]
		switch {
		case !t.word(), t.quoted, t.actor >= 0, !t.upper && s.finiteForm(j), len(t.forms) > 0 && !t.upper && !t.attrib:
			return ""
		case t.upper && isInstitution(t.lower) && !s.toks[j-1].upper && !inPhrase(s.toks[j-1].lower):
			if s.toks[i+1].lower == "des" || s.toks[i+1].lower == "eines" {
				// the genitive's ending off: "des Sozialministeriums"
				for _, e := range []string{"es", "s"} {
					if w, ok := strings.CutSuffix(t.text, e); ok && isInstitution(strings.ToLower(w)) {
						return w
					}
				}
			}
			return t.text
		}
	}
	return ""
}

// inPhrase reports a preposition (or one joined with its article) that
// opens a phrase inside a noun phrase: "der im Land angesiedelten
// Kommission".
func inPhrase(w string) bool {
	switch w {
	case "im", "in", "am", "an", "beim", "bei", "vom", "von", "zur", "zum", "zu", "für", "mit", "aus", "über", "unter":
		return true
	}
	return false
}

// publishedStudy returns the study noun that the participle at token i,
// an attribute with a date of its own, says was published or presented:
// "einer am Dienstag erschienenen Umfrage", "die am Mittwoch
// präsentierten Ergebnisse der Studie"; or -1. Dated so, the study is
// news of that day, whatever the sentence goes on to say with it (GUIDELINES.md
// §1.2), unlike "laut einer Studie", attribution.
func (x *extractor) publishedStudy(s *sent, i int) int {
	n := i + 1
	if n+2 < len(s.toks) && resultNouns[s.toks[n].lower] && s.toks[n+1].is(determiners) {
		n += 2 // "die … präsentierten Ergebnisse der Mobilitätsstudie"
	}
	if n >= len(s.toks) || s.toks[n].noun == 0 || strings.HasSuffix(s.toks[n].lower, "n") {
		return -1 // (not "Studien": several, background)
	}
	if st := &x.lx.triggers[x.nounReading(s, n, int(s.toks[n].noun)-1)]; st.kind != KindPublication || !studyNouns[st.noun] {
		return -1
	}
	return n
}

// resultNouns name what a study found, before the study in the genitive.
var resultNouns = map[string]bool{"ergebnisse": true, "ergebnis": true, "zahlen": true, "daten": true, "befunde": true}
