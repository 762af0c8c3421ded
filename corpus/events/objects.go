package events

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"chronik/corpus/actors"
	"chronik/corpus/sentence"
	"chronik/corpus/text"
)

// Objects and places give an event's title its "what" or "where":
// "Abendessen in Mar-a-Lago", "Ankündigung von „Stargate“", "Post auf
// Threads". Proper nouns are hard to tell from common nouns in German,
// which capitalises both, so only shapes that are names are taken: a
// quoted name, the name after "auf (seiner Plattform)", a hyphenated name
// with a lower-case part ("Mar-a-Lago"), a name after a bare "in" (German
// puts no article before towns, states and countries) and "im" before a
// capitalised adjective and noun ("im Weißen Haus").

// objectPreps is the preposition a kind of event takes before a named
// thing when the text gives none.
var objectPreps = map[Kind]string{
	KindAnnouncement: "von",
	KindPresentation: "von",
	KindCriticism:    "an",
	KindLawsuit:      "gegen",
	KindInvestment:   "in",
	KindAcquisition:  "von",
	KindBan:          "auf",
	KindPost:         "auf",
	KindAward:        "für",
}

// nameParticles may stand lower-case inside a quoted name
// („Corriere della Sera“, „Lord of the Rings“).
var nameParticles = wordSet(`de del della di da von van der of the and for`)

// quotedObject returns the first quoted name of the sentence: one to four
// words, capitalised or numbers after the first, no sentence inside
// („Korvex“, "Save America", „Windows 10“), with
// the preposition it stands after, and rank 3; right after the noun
// trigger at trig it is the happening's own name, with none ("das
// Sturmtief „Zoltan“").
func (s *sent) quotedObject(kind Kind, trig int, t *trigger) (string, string, int) {
	toks := s.toks
	for i := 0; i < len(toks); i++ {
		if toks[i].punct != '"' || i+1 >= len(toks) || !toks[i+1].quoted {
			continue
		}
		j := i + 1
		for j < len(toks) && toks[j].quoted {
			j++
		}
		// toks[i+1:j] is the quotation.
		words, ok := 0, true
		for k := i + 1; k < j && ok; k++ {
			t := &toks[k]
			switch {
			case !t.word():
				ok = t.punct == '-' || t.punct == '&'
			case t.actor >= 0:
				ok = false
			case words == 0:
				ok = t.upper
				words++
			default:
				ok = t.upper || t.is(nameParticles) || isDigit(t.text[0]) // (a number in a title: „Windows 10“)
				words++
			}
		}
		if ok && words >= 1 && words <= 4 {
			name := "„" + s.a.Text[toks[i+1].start:toks[j-1].end] + "“"
			if i == trig+1 && !t.verb {
				return name, "", 3 // the happening's own name, in apposition to its noun: "das Sturmtief „Zoltan“"
			}
			prep := ""
			if kind == KindPublication && i > 0 && toks[i-1].word() && toks[i-1].upper && toks[i-1].actor < 0 && !toks[i-1].quoted {
				return name, "", 3 // the name of what was published, in apposition to its noun: "das neue Album „Nordlicht“"
			}
			if j+1 >= len(toks) || toks[j+1].punct != '-' {
				// not a compound like „Stargate“-Ankündigung, whose head is the event
				prep, _, _, _ = s.npContext(i)
			}
			if prep == "" {
				prep = objectPreps[kind]
			}
			if prep == "" {
				prep = "zu"
			}
			return name, prep, 3
		}
		i = j
	}
	return "", "", 0
}

// platform finds "auf [seiner] [Plattform] NAME" and returns the name and
// its tokens; a name counts when a cue noun introduces it or it is a known
// platform ("auf X", "auf Threads", "auf Facebook und Instagram").
func (s *sent) platform() (string, int, int) {
	toks := s.toks
	for i := range toks {
		if toks[i].lower != "auf" || toks[i].quoted {
			continue
		}
		j := firstWord(toks, i+1, len(toks))
		for j >= 0 && j == i+1 && toks[j].is(determiners) {
			j++
		}
		cue := false
		if j >= 0 && j < len(toks) && toks[j].is(platformCues) {
			cue = true
			j++
		}
		if j < 0 || j >= len(toks) || !toks[j].word() || !toks[j].upper || toks[j].timex >= 0 {
			continue
		}
		if !cue && !toks[j].is(platforms) {
			continue
		}
		last := j
		if last+1 < len(toks) && toks[last+1].word() && toks[last+1].upper && (cue || platformPairs.has(toks[j].lower+"_"+toks[last+1].lower) || toks[last+1].actor >= 0 && toks[last+1].actor == toks[j].actor) {
			last++ // "Truth Social"
		}
		if last+2 < len(toks) && toks[last+1].lower == "und" && toks[last+2].upper && toks[last+2].is(platforms) {
			last += 2 // "Facebook und Instagram"
		}
		return s.a.Text[toks[j].start:toks[last].end], j, last
	}
	return "", -1, -1
}

// atOccasion reports a noun at token n after "bei" or "beim", also the
// second of two joined by "und" ("bei Unwettern und Überschwemmungen"):
// the happening at which another one happens.
func (s *sent) atOccasion(n int) bool {
	for range 2 {
		p := s.governedBy(n)
		if p == "bei" || p == "beim" {
			return true
		}
		k := n - 1
		for k > 0 && s.toks[k].word() && (s.toks[k].is(determiners) || hasDeclension(s.toks[k].lower)) {
			k--
		}
		if p != "" || k < 1 || s.toks[k].lower != "und" {
			return false
		}
		n = k - 1
	}
	return false
}

// place returns the first place name of the sentence, with its
// preposition: "in" or "im", and for a journey "nach" (the title says
// "Reise nach Paris"). A trigger in a subordinate clause g takes no place
// from another subordinate clause ("…, der nach dem Putsch heftiger
// wurde und in dem die in Syrien tätige Miliz mitredet"); a trigger in
// a speech tag none from what was said, nor one in what was said from
// the tag ("…, sagte X bei seiner Visite in Paris").
func (s *sent) place(x *extractor, kind Kind, g, tok int) (string, string) {
	toks := s.toks
	if s.trafficAccident(kind, tok) {
		return s.openingRoad(), "auf der" // "A3 Linz Richtung Passau … Unfall": a traffic report's road
	}
	tail := s.speechTail()
	elsewhere := func(i int) bool {
		return !s.isMain(g) && s.scopeOf(i, g) < 0 || tail >= 0 && (i >= tail) != (tok >= tail)
	}
	// (asked only of a place's first word: it walks to its clause's start)
	relative := func(i int) bool { return s.isMain(g) && s.inRelative(i, g, tok) }
	// A hyphenated name with a lower-case part: "Mar-a-Lago", and without
	// the noun compounded onto it in "Mar-a-Lago-Resort".
	for i := range toks {
		t := &toks[i]
		if t.word() && t.upper && !t.quoted && (t.actor < 0 || s.actors[t.actor].modifier) && !elsewhere(i) {
			if name := hyphenatedName(t.text); name != "" && !relative(i) {
				return name, "in"
			}
		}
	}
	for i := range toks {
		t := &toks[i]
		if t.quoted || !t.word() || elsewhere(i) {
			continue
		}
		switch t.lower {
		case "in", "nach", "bei", "am", "auf", "im":
			if relative(i) {
				continue
			}
		}
		switch t.lower {
		case "in", "nach":
			if t.lower == "nach" && kind != KindVisit {
				continue
			}
			if i >= 2 && toks[i-1].word() && toks[i-1].upper && (s.fromBefore(i) || toks[i-2].lower == "von" && isCountry(toks[i-1].lower)) {
				continue // "ein Mann aus Linz in Österreich", "aus dem Kreis Borax in Bayern": where he is from; "im Norden von Peru in Südamerika"
			}
			if i >= 2 && toks[i-1].word() && strings.HasSuffix(toks[i-1].lower, "sitz") && toks[i-2].lower == "mit" {
				continue // "an eine Stiftung mit Sitz in Zürich", "mit Firmensitz in Linz": where a party is seated, not where it happened
			}
			if i > 0 && i-1 != tok && toks[i-1].noun != 0 && !s.atOccasion(i-1) && !(i >= 3 && i-3 == tok && toks[i-2].lower == "und") {
				// "nach dem Erdbeben in Tarvis zurückgetreten": where the
				// other happening was; "bei einem Gipfel in Linz"
				// is where this one was, and "Razzien und Festnahmen in
				// Berlin" where both were
				continue
			}
			// A place of several words starts with a short one ("New
			// York", "Bad Homburg") or goes on with a word that is no
			// common noun ("Santa Monica"); after a longer one a common
			// noun is the clause's own ("in Kanada Zuflucht gefunden"),
			// and so after a short one that is a place of its own ("in
			// Linz Drogen beschlagnahmt").
			j := i + 1
			for j < len(toks) && j-i <= 3 && x.placeWord(s, j) && (j == i+1 || len(toks[i+1].text) <= 4 && !actors.IsPlace(toks[i+1].text) || !s.knownNoun(j)) {
				if j > i+1 && actors.IsPlace(s.a.Text[toks[i+1].start:toks[j-1].end]) && !actors.IsPlace(s.a.Text[toks[i+1].start:toks[j].end]) {
					break // "in Budapest Rumäniens Außenminister": a place the gazetteer knows whole, then the next phrase's name
				}
				j++
			}
			if j > i+1 && i > 0 && s.attributeOpener(i-1) && j < len(toks) && toks[j].word() && !toks[j].upper && !toks[j].is(determiners) && hasDeclension(toks[j].lower) {
				continue // "der in Kanada geborene Komponist", "Österreichs in Kanada geborener Minister": where he was born, an attribute's place
			}
			if j == i+1 && i+2 < len(toks) && (toks[i+1].lower == "der" || toks[i+1].lower == "den") && toks[i+2].word() && toks[i+2].upper && !toks[i+2].quoted && isCountry(toks[i+2].lower) {
				return toks[i+2].text, "in " + toks[i+1].lower // a country named with its article: "in der Türkei", "in den USA"
			}
			if j == i+2 && s.knownNoun(i+1) && !s.namedPlace(i+1) {
				continue // "in Serie", "in Gold": a common noun the recogniser reads as no place ("in Rom" it does)
			}
			if j > i+1 {
				if name := s.genitivePlace(x, i+1, j); name != "" {
					return name, strings.Clone(t.lower)
				}
				return s.a.Text[toks[i+1].start:toks[j-1].end], strings.Clone(t.lower) // not a view that keeps the article's lower-case text alive
			}
		case "bei":
			// an accident's or a disaster's town: "kam bei Villach von
			// der Straße ab" (not "bei Siemens", a firm, nor "bei einem
			// Unfall", an occasion: one word the gazetteer knows as a
			// place, which no name and no noun of the text layer is)
			if j := i + 1; (family(kind) == KindAccident || kind == KindDisaster) && toks[i].group == g && j < len(toks) && x.placeWord(s, j) && actors.IsPlace(toks[j].text) &&
				(j+1 >= len(toks) || !toks[j+1].word() || !toks[j+1].upper) {
				return toks[j].text, "bei"
			}
		case "am":
			// (not the venue of a noun before it, "der Shopbetreiber am
			// Wiener Flughafen", nor of a clause of its own)
			if i > 0 && i-1 != tok && toks[i-1].word() && toks[i-1].upper && toks[i-1].timex < 0 || toks[i].group != g {
				continue
			}
			if name := s.venue(x, i+1); name != "" {
				return name, "am"
			}
		case "auf":
			// a road: "auf der A 30", "auf der B312"
			if road := s.road(i + 1); road != "" {
				return road, "auf der"
			}
			if street := s.street(i + 1); street != "" {
				return street, "auf " + toks[i+1].lower // "auf der Korvexstraße"
			}
		case "im":
			if i+1 < len(toks) && toks[i+1].word() && toks[i+1].upper && !toks[i+1].quoted && isCountry(toks[i+1].lower) && (i == 0 || toks[i-1].noun == 0 || i-1 == tok) {
				return toks[i+1].text, "im" // a country named with its article: "im Iran", "im Libanon"
			}
			// "im Weißen Haus": a capitalised adjective is part of a name.
			if i+2 < len(toks) && toks[i+1].word() && toks[i+1].upper && toks[i+1].actor < 0 && toks[i+1].timex < 0 && hasDeclension(toks[i+1].lower) &&
				toks[i+2].word() && toks[i+2].upper && toks[i+2].actor < 0 && toks[i+2].timex < 0 && toks[i+1].noun == 0 && toks[i+2].noun == 0 {
				// (not a month: "im Jänner Anklage erhoben")
				return s.a.Text[toks[i+1].start:toks[i+2].end], "im"
			}
		}
	}
	return "", ""
}

// inRelative reports whether token i stands in a relative clause other
// than clause g that describes a noun other than the trigger at tok
// ("Das Musical, dessen Handlung in Wien spielt, feierte in Hamburg
// Premiere"): not where g's happening was (but "Bei einem Unfall, der
// sich in Linz ereignete, …" tells where the accident was).
func (s *sent) inRelative(i, g, tok int) bool {
	gi := s.toks[i].group
	if gi == g || s.isMain(gi) || s.infinitive[gi] {
		return false // (nor a zu-infinitive an article opens: "…, dem Wunsch zu folgen")
	}
	from, to := s.clauseTokens(gi) // (its first word, without a walk over the sentence)
	f := -1
	for k := from; k < to; k++ {
		if s.toks[k].group == gi && s.toks[k].word() {
			f = k
			break
		}
	}
	return f >= 2 && s.toks[f].is(relatives) && s.toks[f-1].punct == ',' && f-2 != tok
}

// venue returns the transport hub named from token i on ("Frankfurter
// Flughafen", "Flughafen Wien", "Wiener Hauptbahnhof") after "am", or "":
// a hub's noun with a place's adjective before it or a place after it
// (a bare "am Flughafen" names none).
func (s *sent) venue(x *extractor, i int) string {
	toks := s.toks
	if i >= len(toks) || !toks[i].word() || !toks[i].upper || toks[i].quoted {
		return ""
	}
	first := i
	if !hasAnySuffix(toks[i].lower, venueNouns) {
		if !strings.HasSuffix(toks[i].lower, "er") || s.knownNoun(i) && !townAdjective(toks[i].text) {
			return "" // a place's adjective: "Frankfurter", "Grazer"
		}
		i++
		if i >= len(toks) || !toks[i].word() || !hasAnySuffix(toks[i].lower, venueNouns) {
			return ""
		}
		return s.a.Text[toks[first].start:toks[i].end]
	}
	if j := i + 1; j < len(toks) && x.placeWord(s, j) && !s.knownNoun(j) {
		return s.a.Text[toks[first].start:toks[j].end]
	}
	return ""
}

// townAdjective reports a word the lexicon lists as an adjective of its
// own in "-er", a town's ("Frankfurter", "Wiener"), which it lists as a
// noun too.
func townAdjective(w string) bool {
	return slices.ContainsFunc(text.Lookup(w), func(r text.Reading) bool { return r.Class == text.Adjective && r.Lemma == w })
}

// venueNouns end the nouns of transport hubs a place names ("Flughafen
// Wien", "Wiener Hauptbahnhof").
var venueNouns = []string{"flughafen", "bahnhof", "hafen"}

// genitivePlace returns the place a place in the genitive at toks[b:e]
// owns, when a noun follows it: the name after a settlement's noun ("in
// Österreichs Hauptstadt Wien": "Wien"), or a country without its
// ending ("in Österreichs Süden": "Österreich"); else "".
func (s *sent) genitivePlace(x *extractor, b, e int) string {
	toks := s.toks
	last := &toks[e-1]
	if e >= len(toks) || !toks[e].word() || !toks[e].upper || !strings.HasSuffix(last.lower, "s") {
		return ""
	}
	if hasAnySuffix(toks[e].lower, settlementNouns) && e+1 < len(toks) && x.placeWord(s, e+1) {
		k := e + 2
		for k < len(toks) && k <= e+2 && x.placeWord(s, k) && !s.knownNoun(k) {
			k++
		}
		return s.a.Text[toks[e+1].start:toks[k-1].end]
	}
	if country := strings.TrimSuffix(last.lower, "s"); e == b+1 && isCountry(country) {
		return last.text[:len(last.text)-1]
	}
	return ""
}

// countryIn returns the first country clause g names, as written, or "".
func (s *sent) countryIn(g int) string {
	for i := range s.toks {
		if t := &s.toks[i]; t.group == g && t.word() && t.upper && !t.quoted && isCountry(t.lower) {
			return t.text
		}
	}
	return ""
}

// settlement returns the place a settlement's noun names in clause g or
// the clauses it hangs on ("am Rande der Stadt Tarvis", "in der Provinz
// Helmand"), or "".
func (x *extractor) settlement(s *sent, g int) string {
	for i := range s.toks {
		t := &s.toks[i]
		if j := i + 1; t.word() && t.upper && !t.quoted && j < len(s.toks) && s.scopeOf(i, g) >= 0 && hasAnySuffix(t.lower, settlementNouns) &&
			x.placeWord(s, j) && !s.knownNoun(j) {
			return s.a.Text[s.toks[j].start:s.toks[j].end]
		}
	}
	return ""
}

// settlementNouns end the nouns of a settlement or region that a place's
// name follows: "der Stadt Tarvis", "der Hafenstadt Triest", "die Provinz
// Helmand", "die Gemeinde Hallwang", "im Staat Myanmar", "auf der Insel
// Lesbos".
var settlementNouns = []string{"stadt", "gemeinde", "provinz", "region", "ortschaft", "dorf", "bezirk", "kanton", "landkreis", "metropole",
	"staat", "insel", "bundesland"}

// dateline returns the place of the dateline the sentence opens with
// ("Tarvis – …", "Bad Ischl – …", "Graz/Wien – …": the first
// one), or "". (Not a
// preposition or an article: "Bei Vergehen – etwa …".)
func (s *sent) dateline() string {
	first, last, _ := s.datelineSpan()
	if first < 0 {
		return ""
	}
	return s.a.Text[s.toks[first].start:s.toks[last].end]
}

// openingWord returns the word that opens what the sentence tells: the
// first after its dateline, if it has one, else its first word (or -1).
func (s *sent) openingWord() int {
	if d := s.afterDateline(); d >= 0 {
		return d
	}
	return firstWord(s.toks, 0, len(s.toks))
}

// afterDateline returns the sentence's first word after its dateline
// ("Linz – Die Polizei …": "Die"), or -1 when it has none.
func (s *sent) afterDateline() int {
	if first, _, dash := s.datelineSpan(); first >= 0 {
		return firstWord(s.toks, dash+1, len(s.toks))
	}
	return -1
}

// datelineSpan returns the first and last token of the dateline's place
// and the token of its dash, or -1s.
func (s *sent) datelineSpan() (first, last, dash int) {
	first = firstWord(s.toks, 0, len(s.toks))
	if first < 0 {
		return -1, -1, -1
	}
	for k := first; k < len(s.toks) && k <= first+6; k++ {
		t := &s.toks[k]
		switch {
		case t.punct == '/' || t.punct == '(' || t.punct == ')':
		case t.word() && (t.upper || k > first && s.toks[k-1].punct == '('):
		case k > first && (t.punct == '–' || t.punct == '-'):
			f := &s.toks[first]
			if !f.upper || f.timex >= 0 || f.quoted || f.cls != 0 || f.noun != 0 && !s.opensBlock() {
				return -1, -1, -1 // (a common noun, "Essen –", only where a dateline stands: at the start of a block)
			}
			last = first
			for last+1 < k && s.toks[last+1].word() {
				last++ // "Le Bourget"
			}
			return first, last, k
		default:
			return -1, -1, -1
		}
	}
	return -1, -1, -1
}

// street returns the street named by its name after the article at
// token j ("der Korvexstraße", "dem Velmarkdamm"): one capitalised word
// that a street's head ends and that is neither a noun of the lexicon
// nor two of them joined ("auf der Landstraße", "auf der Hauptstraße"
// name none), or "".
func (s *sent) street(j int) string {
	toks := s.toks
	if j+1 >= len(toks) || toks[j].lower != "dem" && toks[j].lower != "der" {
		return ""
	}
	n := &toks[j+1]
	if !n.word() || !n.upper || n.quoted || n.actor >= 0 || n.timex >= 0 || strings.ContainsRune(n.text, '-') {
		return ""
	}
	if !hasAnySuffix(n.lower, streetHeads) || len(n.lower) < 7 {
		return ""
	}
	if c, _ := text.Classes(n.lower); c&text.Noun != 0 || actors.CompoundNoun(n.text) {
		return ""
	}
	return n.text
}

// streetHeads end the names of streets. ("-weg" ends as many ways that
// are no street, "Heimweg", "Radweg", which the lexicon lacks.)
var streetHeads = []string{"straße", "strasse", "allee", "gasse", "damm", "chaussee"}

// openingRoad returns the road a sentence names among its first words,
// as a traffic report does ("A3 Linz Richtung Passau zwischen … Unfall",
// "Bezirk Steyr, K1234 zwischen … Erdrutsch"), or "".
func (s *sent) openingRoad() string {
	words := 0
	for w := 0; w < len(s.toks) && words < 4; w++ {
		if !s.toks[w].word() {
			continue
		}
		words++
		if r := s.road(w); r != "" && s.toks[w].lower != "der" {
			return r
		}
	}
	return ""
}

// trafficAccident reports an accident's or a disaster's noun at tok that
// a traffic report tells as its news ("A3 Linz Richtung Passau zwischen
// X und Y Unfall", "K1234 … gesperrt, Erdrutsch"), not as the cause of a
// jam or a closure it reports ("… zähflüssig nach dem Unfall").
func (s *sent) trafficAccident(k Kind, tok int) bool {
	return (k == KindAccident || k == KindDisaster) && len(s.toks[tok].forms) == 0 && s.governedBy(tok) != "nach" && s.openingRoad() != ""
}

// road returns the road named at token j ("der A 30", "der B312": a
// motorway, federal, state or district road by its letter and number;
// "der Südautobahn": a motorway by its name), or "".
func (s *sent) road(j int) string {
	toks := s.toks
	if j < len(toks) && toks[j].lower == "der" {
		j++
	}
	if j >= len(toks) || !toks[j].word() || toks[j].quoted {
		return ""
	}
	w := toks[j].text
	if l := toks[j].lower; toks[j].upper && len(l) > len("autobahn") && (strings.HasSuffix(l, "autobahn") || strings.HasSuffix(l, "schnellstraße")) {
		return w // a motorway by its name: "der Südautobahn", "der Mühlkreisautobahn"
	}
	if len(w) < 1 || !strings.ContainsRune("ABLKS", rune(w[0])) {
		return ""
	}
	digits := w[1:]
	end := j
	if digits == "" && j+1 < len(toks) && toks[j+1].word() && toks[j+1].start == toks[j].end+1 {
		digits, end = toks[j+1].text, j+1
	}
	if digits == "" || len(digits) > 4 {
		return ""
	}
	for _, r := range digits {
		if r < '0' || r > '9' {
			return ""
		}
	}
	return s.a.Text[toks[j].start:toks[end].end]
}

// placeWord reports whether token j may be (part of) a place after "in".
func (x *extractor) placeWord(s *sent, j int) bool {
	t := &s.toks[j]
	return t.word() && t.upper && !t.quoted && t.actor < 0 && t.timex < 0 && !t.is(notPlaces) &&
		!hasAbstractSuffix(t.lower) && !t.is(determiners) && (t.noun == 0 || t.text == s.dateline()) && !t.is(genericNouns) &&
		!(s.titleAt(j) && (s.titleAt(j+2) || j >= 2 && s.titleAt(j-2))) // "in Linz Prof. Dr. …": a chain of titles before a name
}

// fromBefore reports an "aus" that opens the noun phrase right before
// token i, of capitalised words and articles ("aus Linz", "aus dem Kreis
// Borax"): a place after it tells where that is, not where anything
// happened.
func (s *sent) fromBefore(i int) bool {
	k := i - 1
	for k >= 0 && k >= i-4 && s.toks[k].word() && (s.toks[k].upper || s.toks[k].is(determiners)) {
		k--
	}
	return k >= 0 && k < i-1 && s.toks[k].lower == "aus"
}

// titleAt reports a prefix abbreviation at token j with its full stop
// right after it ("Dr.").
func (s *sent) titleAt(j int) bool {
	return j >= 0 && j+1 < len(s.toks) && s.toks[j].word() && s.toks[j+1].punct == '.' && s.toks[j+1].start == s.toks[j].end && sentence.IsPrefixAbbreviation(s.toks[j].text)
}

// namedPlace reports whether the word at token i is a place: the
// sentence's dateline ("Rom – …"), or a place the entity recogniser read
// there or anywhere else in the article (model.Article.Places), which may
// miss it in one sentence and read it in another.
func (s *sent) namedPlace(i int) bool {
	t := &s.toks[i]
	if t.text == s.dateline() {
		return true
	}
	for _, p := range s.a.Places {
		if p.Start <= t.start && t.start < p.End || s.a.Text[p.Start:p.End] == t.text {
			return true
		}
	}
	return false
}

// opensBlock reports whether the sentence is the first of its block.
func (s *sent) opensBlock() bool {
	return s.index == 0 || s.a.Sentences[s.index-1].Block != s.a.Sentences[s.index].Block
}

// hyphenatedName returns the name in a word like "Mar-a-Lago-Resort" — the
// parts up to the capitalised one after the last lower-case part — or ""
// when the word is an ordinary compound.
func hyphenatedName(w string) string {
	// The parts between hyphens: the first is w[:cut[0]], part k starts at
	// cut[k-1]+1.
	var cut [16]int
	n := 0
	for i := 0; i < len(w) && n < len(cut); i++ {
		if w[i] == '-' {
			cut[n] = i
			n++
		}
	}
	if n < 2 {
		return ""
	}
	part := func(k int) string { // part k of n+1
		start, end := 0, len(w)
		if k > 0 {
			start = cut[k-1] + 1
		}
		if k < n {
			end = cut[k]
		}
		return w[start:end]
	}
	lastLower := -1
	for k := 1; k < n; k++ {
		if r, _ := utf8.DecodeRuneInString(part(k)); unicode.IsLower(r) {
			lastLower = k
		}
	}
	if lastLower < 0 {
		return ""
	}
	if r, _ := utf8.DecodeRuneInString(part(lastLower + 1)); !unicode.IsUpper(r) {
		return ""
	}
	if lastLower+1 == n {
		if c, _ := text.Classes(strings.ToLower(part(n))); c == text.Noun {
			return "" // "Déjà-vu-Erlebnis": a compound of a common noun
		}
		return w
	}
	return w[:cut[lastLower+1]]
}
