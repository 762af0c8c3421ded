package temporal

import (
	"slices"
	"strings"

	"chronik/corpus/text"
)

// tense is what the sentence around an expression says about its time
// relative to the article: told in the past, announced for the future, or
// neither.
type tense int8

const (
	tenseUnknown tense = iota
	tensePast
	tenseFuture
	tensePresent
)

// sentenceBounds returns the token range of the sentence holding token i,
// as the text layer split it, cut at line breaks (a text laid out as one
// block still has its headline and its post signatures on lines of their
// own) and to a window of maxReach tokens on either side, so that a text
// without punctuation costs no more than one with it.
func (s *state) sentenceBounds(i int) (int, int) {
	sent := s.doc.Sentences[s.doc.Tokens[i].Sentence]
	start, end := i, i+1
	for start > sent.First && start > i-maxReach && !s.toks[start].newline {
		start--
	}
	for end < sent.Last && end < i+maxReach && !s.toks[end].newline {
		end++
	}
	return start, end
}

const maxReach = 80

// endsSentence reports whether token k is the end mark of its sentence.
func (s *state) endsSentence(k int) bool {
	if k < 0 || k >= len(s.toks) || s.toks[k].kind != tkPunct {
		return false
	}
	return k+1 == s.doc.Sentences[s.doc.Tokens[k].Sentence].Last
}

// tenseAt finds the tense cue nearest to token i in its sentence: past
// auxiliaries and preterites ("hatte", "wurde", "trafen", "verklagte"),
// the perfect ("hat … angekündigt"), and the future (modal "will", "soll";
// "wird" with an infinitive at the end of its clause).
func (s *state) tenseAt(i int) tense {
	start, end := s.sentenceBounds(i)
	// Distance counts tokens plus a toll for each clause boundary crossed,
	// so that a cue in the expression's own clause wins over the reporting
	// verb outside a quotation ("'… bei der Wahl 2024 betrügen', schrieb er").
	var toll [256]int32
	useToll := end-start <= len(toll)
	if useToll {
		acc := int32(0)
		for k := start; k < end; k++ {
			acc += s.boundaryToll(k)
			toll[k-start] = acc
		}
	}
	best, bestDist := tenseUnknown, int32(1<<30)
	consider := func(k int, t tense) {
		d := int32(k - i)
		if d < 0 {
			d = -d
		}
		if useToll {
			d += max(toll[k-start]-toll[i-start], toll[i-start]-toll[k-start])
		}
		if d < bestDist {
			best, bestDist = t, d
		}
	}
	for k := start; k < end; k++ {
		t := &s.toks[k]
		if t.kind != tkWord {
			continue
		}
		e := t.e
		switch {
		case e != nil && e.f&fSaid != 0 && k > i && k > 0 && (s.punct(k-1) == ',' || s.asClause(k, start, i)):
			// "Ich bleibe bis 2018, erklärte er", "X übernimmt Anfang
			// Januar, wie der Aufsichtsrat mitteilte": a speech tag after
			// what was said tells when it was said, not the tense of what
			// was
		case e == nil && k > i && s.asClause(k, start, i) && s.isPreterite(k):
			// "X übernimmt Anfang Januar, wie der Aufsichtsrat beschloss":
			// a source's clause after the expression tells when it
			// decided or said so, as a speech tag does
		case e != nil && e.f&fPast != 0 && e.f&(fRel|fDeixis|fAfterWord) != 0 && useToll && toll[k-start] != toll[i-start]:
			// "vergangenen", "gestern", "zuvor" tell the tense of their own
			// clause only: "…, dass sich bis zum Sommer ein Kassenwart
			// findet – die Stelle ist seit dem vergangenen Herbst unbesetzt".
		case e != nil && e.f&fPast != 0 && s.isPreteriteForm(k+1) && s.attributive(k+1):
			// "der einst erwarteten 40 Stellen": the adverb is the
			// adjective's, not its clause's
		case e != nil && e.f&fPast != 0 && !t.upper || e != nil && e.f&fPast != 0 && k == start:
			consider(k, tensePast)
		case e != nil && e.f&fPerfAux != 0:
			if s.participleInClause(k, start, end) {
				consider(k, tensePast)
			}
		case e != nil && e.f&fFuture != 0 && !t.upper:
			if s.isWerden(k) && !s.infinitiveFollows(k, end) {
				consider(k, tensePresent)
				continue
			}
			if s.perfectInfinitiveFollows(k, end) {
				// "sollen am Montag … gestürmt sein", "soll … überfallen
				// haben": what is said to have happened, past
				consider(k, tensePast)
				continue
			}
			consider(k, tenseFuture)
		case k == start && (s.is(k, "sollte") || s.is(k, "sollten")):
			// "Sollte das Geld fehlen, dann …": a condition, no past
		case (e == nil || e.f&(fFuture|fPerfAux) == 0) && s.isPreterite(k) && (!t.upper || k == start):
			consider(k, tensePast)
		case e == nil && !t.upper && s.reportedPresent(k) && s.tagAfter(k, end):
			// "X trete zum 30. April zurück, teilte die Firma mit": what
			// the tag reports in the present is to come, nearer its date
			// than the tag's past (without a tag in the sentence, the
			// present of reported speech tells as often of what stands
			// since a year before: "gehe auf ein Gesetz von 1950 zurück")
			consider(k, tensePresent)
		case e == nil && !t.upper && s.heldPresent(k, end):
			// "Am Sonntag findet in Linz ein Konzert statt": what takes
			// place in the present is on the schedule, to come, and no
			// evidence of when the text was written ("Die Sperrung
			// beginnt am Montag, 18. März")
			consider(k, tenseFuture)
		case !t.upper && k > i && s.zuInfinitive(k) && s.intended(k, start) && !s.origin(i):
			// "hat entschieden, das Amt 2018 zu verlassen", "plant, die
			// Maut ab 2018 auszuweiten": what one means to do, not done
			consider(k, tenseFuture)
		}
	}
	return best
}

// heldPresent reports a present of a verb that tells what is set for a
// day, at token k: "stattfinden" ("findet" or "finden" with "statt"
// after it before end, or the joined "stattfindet"), a session's
// ("tagt", "berät", "entscheidet", "wählt", "stimmt … ab"), a beginning's
// or an end's ("beginnt", "startet", "endet", "schließt", "öffnet",
// "erscheint", "läuft … aus", "tritt … in Kraft", "kommt … auf den
// Markt"), a meeting's or a
// visit's ("trifft", "reist", "besucht", "tritt … an"). What takes place,
// sits or begins in the present is on the schedule.
func (s *state) heldPresent(k, end int) bool {
	particles, ok := scheduledPresents[s.doc.Lower(k)]
	if !ok {
		return false
	}
	if len(particles) == 0 {
		return true
	}
	for j := k + 1; j < end; j++ {
		if s.toks[j].kind == tkWord && slices.ContainsFunc(particles, func(p string) bool { return s.is(j, p) }) {
			return true
		}
	}
	return false
}

// scheduledPresents are the present forms heldPresent counts, each with
// the separable particles one of which it needs after it (none for a
// verb with no particle); not one that is a participle too ("beraten"
// of "hatte … beraten", "empfangen").
var scheduledPresents = map[string][]string{
	"stattfindet": nil, "stattfinden": nil, "findet": {"statt"}, "finden": {"statt"},
	"tagt": nil, "tagen": nil, "berät": nil, "entscheidet": nil, "entscheiden": nil,
	"wählt": nil, "wählen": nil, "stimmt": {"ab"}, "stimmen": {"ab"},
	"beginnt": nil, "beginnen": nil, "startet": nil, "starten": nil, "endet": nil, "enden": nil,
	"schließt": nil, "schließen": nil, "öffnet": nil, "öffnen": nil, "erscheint": nil, "erscheinen": nil,
	"läuft": {"aus"}, "laufen": {"aus"}, "kommt": {"markt", "kinos", "handel"}, "kommen": {"markt", "kinos", "handel"},
	"reist": nil, "reisen": nil, "besucht": nil, "besuchen": nil, "trifft": nil, "treffen": nil, "empfängt": nil,
	"tritt": {"an", "zurück", "in"}, "treten": {"an", "zurück", "in"},
}

// reportedPresent reports a full verb at token k in the present of
// reported speech, the Konjunktiv I in -e that is no form of the
// indicative's third person ("trete", "verlasse", "gehe"): "habe",
// "sei" and "werde", which the lexicon flags, are auxiliaries of their
// own tenses.
func (s *state) reportedPresent(k int) bool {
	if !strings.HasSuffix(s.doc.Lower(k), "e") {
		return false
	}
	s.doc.Classify(int(s.doc.Tokens[k].Sentence))
	t := &s.doc.Tokens[k]
	return t.Class == text.Verb && t.Verb&text.SubjunctiveI != 0 && t.Verb&text.Preterite == 0
}

// tagAfter reports a speech tag after token k in the sentence that ends
// before end: a verb of saying or a preterite right after a comma (",
// teilte die Firma mit", ", sagte er", ", hieß es").
func (s *state) tagAfter(k, end int) bool {
	for j := k + 2; j < end; j++ {
		if s.punct(j-1) != ',' || s.toks[j].kind != tkWord || s.toks[j].upper {
			continue
		}
		if e := s.toks[j].e; e != nil && e.f&fSaid != 0 || s.isPreterite(j) {
			return true
		}
	}
	return false
}

// asClause reports a token k in a clause that "wie" opens after a
// comma (", wie die Firma am Montag mitteilte"), after token i.
func (s *state) asClause(k, start, i int) bool {
	j := k - 1
	for j > start && !s.clauseBreak(j) {
		j--
	}
	return j > i && s.punct(j) == ',' && s.is(j+1, "wie")
}

// zuInfinitive reports an infinitive with "zu" at token k: one word
// ("auszuweiten") or "zu" before an infinitive ("zu verlassen").
func (s *state) zuInfinitive(k int) bool {
	if !strings.Contains(s.doc.Lower(k), "zu") {
		return false // the word or its "zu": most words have neither
	}
	s.doc.Classify(int(s.doc.Tokens[k].Sentence))
	if s.doc.Tokens[k].Verb&text.ZuInfinitive != 0 {
		return true
	}
	if !s.is(k, "zu") || k+1 >= len(s.toks) {
		return false
	}
	n := &s.doc.Tokens[k+1]
	return n.Class == text.Verb && n.Verb&text.Infinitive != 0
}

// origin reports a date told as where something comes from or since
// when it goes on, "seit", "aus" or "von" among the three words before
// token i ("seit 2012", "aus dem Jahr 2014"): past, whatever clause it
// stands in.
func (s *state) origin(i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if s.is(j, "seit") || s.is(j, "aus") || s.is(j, "von") || s.is(j, "vom") {
			return true
		}
	}
	return false
}

// intended reports a verb of deciding, planning or promising in the
// clause before the one of token k, which the infinitive with "zu" at k
// then tells the aim of ("hat entschieden, …", "plant, …"; not
// "verabsäumt, sich … zu beschäftigen", "warf ihm vor, … zu betreiben").
func (s *state) intended(k, start int) bool {
	j := k - 1
	for j >= start && !s.clauseBreak(j) {
		j--
	}
	for j--; j >= start && !s.clauseBreak(j); j-- {
		if s.toks[j].kind != tkWord || s.toks[j].upper {
			continue
		}
		switch s.doc.Lemma(j) {
		case "entscheiden", "beschließen", "planen", "vorhaben", "beabsichtigen", "ankündigen", "versprechen", "vornehmen", "anstreben", "erwägen":
			return true
		}
	}
	return false
}

// isPreteriteForm reports a word at token k the lexicon reads as a
// preterite, whatever its reading in context.
func (s *state) isPreteriteForm(k int) bool {
	if k >= len(s.toks) || s.toks[k].kind != tkWord {
		return false
	}
	_, v := text.Classes(s.doc.Lower(k))
	return v&text.Preterite != 0
}

// attributive reports a form the lexicon reads as a preterite and as an
// adjective standing before a noun or a number: the adjective, "der
// einst erwarteten 40 Stellen", "bereits bezahlte Rechnungen" (a
// name after it leaves the verb: "verklagte OpenAI").
func (s *state) attributive(k int) bool {
	n := s.tok(k + 1)
	if n == nil || !(n.kind == tkNum || n.kind == tkWord && n.upper) || k == 0 || s.toks[k-1].kind != tkWord || s.toks[k-1].upper {
		return false // "2013 verteilten 800 Schulen": after a year or a name, the verb
	}
	if c, _ := text.Classes(s.doc.Lower(k)); c&text.Adjective == 0 {
		return false
	}
	if n.kind == tkNum {
		return true
	}
	c, _ := text.Classes(s.doc.Lower(k + 1))
	return c&text.Noun != 0
}

// participleInClause reports whether the clause of the auxiliary at k
// (between clause punctuation, within the sentence start..end) holds a
// past participle: "hat … angekündigt", "…, die er gesagt hat". A
// participle in another clause ("ist für Mitte Januar geplant; der Termin
// soll bekanntgegeben werden") does not make a perfect.
//
// A remark in brackets inside the clause is stepped over: "hat am Montag
// (nach langem Zögern) 500 Stellen gestrichen" is a perfect.
func (s *state) participleInClause(k, start, end int) bool {
	for j := k - 1; j >= start; j-- {
		if s.punct(j) == ')' {
			if o := s.bracketFrom(j, start, -1); o >= 0 {
				j = o
				continue
			}
		}
		if s.clauseBreak(j) {
			break
		}
		if s.isParticiple(j) {
			return true
		}
	}
	for j := k + 1; j < end; j++ {
		if s.punct(j) == '(' {
			if c := s.bracketFrom(j, end, 1); c >= 0 {
				j = c
				continue
			}
		}
		if s.clauseBreak(j) {
			break
		}
		if s.isParticiple(j) {
			return true
		}
	}
	return false
}

// bracketFrom returns the token of the bracket that closes (step 1) or
// opens (step -1) the one at j, searching no further than limit and
// across no end of a sentence, or -1.
func (s *state) bracketFrom(j, limit, step int) int {
	want := byte(')')
	if step < 0 {
		want = '('
	}
	for n := j + step; n != limit && n >= 0 && n < len(s.toks); n += step {
		switch p := s.punct(n); {
		case p == want:
			return n
		case p == '(' || p == ')' || p == '.' && s.endsSentence(n):
			return -1
		}
	}
	return -1
}

func (s *state) clauseBreak(j int) bool {
	switch s.punct(j) {
	case ',', ':':
		// Not inside a number or score: "1:0", "2,5".
		return !(s.glued(j) && s.glued(j+1) && s.toks[j-1].kind == tkNum && s.tok(j+1) != nil && s.toks[j+1].kind == tkNum)
	case ';', '!', '?', '"', '(', ')':
		return true
	case '.':
		return s.endsSentence(j) // not the full stop of "3. Dezember"
	}
	return false
}

func (s *state) isWerden(k int) bool {
	return s.is(k, "wird") || s.is(k, "werden") || s.is(k, "werde") || s.is(k, "wirst") || s.is(k, "werdet")
}

// infinitiveFollows reports whether the clause after token k ends in an
// infinitive ("wird … bekannt geben,"), which makes "werden" a future.
func (s *state) infinitiveFollows(k, end int) bool {
	last := -1
	for j := k + 1; j < end; j++ {
		if p := s.punct(j); p == ',' || p == ';' || p == ':' || p == '.' || p == '"' {
			break
		}
		if s.toks[j].kind == tkWord {
			last = j
		}
	}
	if last < 0 || s.toks[last].upper {
		return false
	}
	w := s.text[s.toks[last].start:s.toks[last].end]
	if len(w) < 4 || w[len(w)-2:] != "en" {
		return false
	}
	return !s.has(last, fDeterminer|fPrepDate)
}

// perfectInfinitiveFollows reports whether the clause after token k holds
// a perfect infinitive: a participle and "haben" ("sollen … erbeutet
// haben"), or "worden sein" ("soll … festgenommen worden sein"). A
// participle and "sein" alone is as often a state to come ("sollen …
// angeschlossen sein").
func (s *state) perfectInfinitiveFollows(k, end int) bool {
	for j := k + 1; j+1 < end; j++ {
		if s.clauseBreak(j) {
			return false
		}
		if s.is(j+1, "haben") && s.isParticiple(j) || s.is(j, "worden") && s.is(j+1, "sein") {
			return true
		}
	}
	return false
}

// isPreterite reports a simple past: a word the text layer reads as a
// preterite ("traf", "hatte", "kündigte"), or, for a word its lexicon
// does not know, a guess at a weak preterite ("verklagte"): a lower-case
// word ending in -te/-ten that is not an adjective, i.e. not after a
// determiner and not before a noun.
func (s *state) isPreterite(k int) bool {
	s.doc.Classify(int(s.doc.Tokens[k].Sentence))
	if tt := &s.doc.Tokens[k]; tt.Readings != 0 {
		return tt.Class == text.Verb && tt.Verb&text.Preterite != 0 && !s.attributive(k)
	}
	t := &s.toks[k]
	if t.upper {
		return false
	}
	w := s.text[t.start:t.end]
	if len(w) < 5 {
		return false
	}
	switch {
	case w[len(w)-2:] == "te":
	case w[len(w)-3:] == "ten":
	default:
		return false
	}
	if s.isParticiple(k) {
		return false // "eingehalten", "angeboten": a participle
	}
	if k > 0 && s.has(k-1, fDeterminer|fArticle) {
		return false
	}
	if len(w) > 6 && w[:2] == "ge" {
		return false // "gesponserte": a participle used as an adjective
	}
	if n := s.tok(k + 1); n != nil && n.kind == tkWord && n.upper {
		// Before a noun it is an adjective ("hoch qualifizierte Fachkräfte")
		// unless it opens a clause or follows its subject ("…, sperrte
		// Zuckerberg", "Zuckerberg sperrte Trump").
		p := s.tok(k - 1)
		if p != nil && !(p.kind == tkPunct || p.kind == tkWord && p.upper) {
			return false
		}
		// "Das am Donnerstag veröffentlichte Urteil": an article right
		// before a preposition opens an attribute that ends in it.
		for j := k - 1; j >= k-5 && j > 0; j-- {
			if s.clauseBreak(j) {
				break
			}
			if s.has(j, fPrepDate) && s.has(j-1, fArticle) {
				return false
			}
		}
	}
	if n := s.tok(k + 1); n != nil && n.kind == tkWord && n.e == nil && !n.upper {
		// "hoch qualifizierte gesponserte …": an adjective before another word ending alike.
		nw := s.text[n.start:n.end]
		if len(nw) > 3 && (nw[len(nw)-1] == 'e' || nw[len(nw)-1] == 'n') && s.tok(k+2) != nil && s.toks[k+2].upper {
			return false
		}
	}
	return true
}

var participlePrefixes = []string{"", "an", "ab", "auf", "aus", "bei", "ein", "mit", "nach", "vor", "zu", "zurück",
	"fest", "los", "weg", "her", "hin", "dar", "vorbei", "heraus", "hinaus", "herein", "statt", "teil", "bekannt",
	"frei", "um", "durch", "hervor", "voran", "zusammen", "hoch", "fort",
	"herab", "hinab", "herunter", "hinunter", "herauf", "hinauf", "wieder", "weiter", "entgegen", "davon"}

// isParticiple reports a past participle: a word the text layer reads as
// one ("gesagt", "angekündigt", "getroffen"), or, for a word its lexicon
// does not know, a guess from its shape ("investiert", "verklagt"). A
// verb of saying the tagger's lexicon lists ("mitgeteilt") is asked too:
// "hat am Montag mitgeteilt, dass …" is a perfect.
func (s *state) isParticiple(k int) bool {
	t := &s.toks[k]
	if t.kind != tkWord || t.upper || t.e != nil && t.e.f != fSaid {
		return false
	}
	s.doc.Classify(int(s.doc.Tokens[k].Sentence))
	if tt := &s.doc.Tokens[k]; tt.Readings != 0 {
		return tt.Class == text.Verb && tt.Verb&text.PastParticiple != 0
	}
	w := s.text[t.start:t.end]
	if len(w) < 5 {
		return false
	}
	if w[len(w)-1] != 't' && w[len(w)-2:] != "en" {
		return false
	}
	if len(w) > 6 && w[len(w)-4:] == "iert" {
		return true
	}
	for _, p := range participlePrefixes {
		if len(w) > len(p)+3 && w[:len(p)] == p && w[len(p):len(p)+2] == "ge" {
			return true
		}
	}
	for _, p := range []string{"be", "ver", "er", "ent", "zer"} {
		if len(w) > len(p)+3 && w[:len(p)] == p && w[len(w)-1] == 't' {
			return true
		}
	}
	return false
}

// boundaryToll is what crossing token k costs in tenseAt: a clause
// boundary 10, a quotation mark 25.
func (s *state) boundaryToll(k int) int32 {
	t := &s.toks[k]
	if t.kind != tkPunct {
		return 0
	}
	switch s.text[t.start:t.end] {
	case ",", ";", ":", "(", ")", "–", "—":
		return 10
	case "-":
		if t.space {
			return 10
		}
	case "\"", "„", "“", "”", "«", "»", "‚", "‘", "’":
		return 25
	}
	return 0
}

// dateTense is tenseAt for a date named without its year or week: "für"
// or "ab" before it ("für den 12. März angesetzt", "ab Montag") schedules
// it, whatever the tense of the verb that announces it.
func (s *state) dateTense(i int) tense {
	k := i - 1
	if s.has(k, fMod) { // "für Mitte Januar"
		k--
	}
	if s.has(k, fArticle) {
		k--
	}
	if s.is(k, "für") || s.is(k, "ab") {
		return tenseFuture
	}
	if s.attributeDate(k, i) {
		return tensePast
	}
	return s.tenseAt(i)
}

// attributeDate reports a date inside an attribute that a past
// participle closes, between a determiner and its noun: "in ihrem im
// Oktober erschienenen Buch", "einer am Freitag veröffentlichten Studie",
// "die im Juli in Kraft getretene Verordnung".
// The date is the participle's, done before the article however its
// sentence is told ("zeigt"); k is the preposition before the date that
// starts at token i. A participle of planning leaves the tense to the
// sentence: "das im April geplante Treffen" may be ahead.
func (s *state) attributeDate(k, i int) bool {
	if !s.has(k, fPrepDate) || !s.has(k-1, fDeterminer) || s.has(k, fSinceLike) && !s.is(k, "in") {
		return false
	}
	_, end := s.sentenceBounds(i)
	for j := i + 1; j < end && j <= i+8; j++ {
		t := &s.toks[j]
		switch {
		case t.kind == tkNum || t.kind == tkWord && t.e != nil:
			continue // the date's own words and adverbs: "5. März 2016", "erst"
		case t.kind == tkPunct:
			if s.punct(j) != '.' || s.clauseBreak(j) {
				return false
			}
			continue
		case t.upper && (s.has(j-1, fPrepDate) || s.has(j-1, fArticle) && s.has(j-2, fPrepDate)):
			continue // a phrase inside the attribute: "die im Juli in Kraft getretene", "das 2014 vom Landtag beschlossene"
		case t.upper:
			return false
		}
		n := s.tok(j + 1)
		before := n != nil && (n.kind == tkNum || n.kind == tkWord && n.upper)
		if stem, ok := participleStem(s.doc.Lower(j)); ok && before {
			return !plannedParticiples[stem]
		}
		if before {
			return false // another adjective closes the attribute: "die am Sonntag stattfindende Wahl"
		}
	}
	return false
}

// participleStem returns the past participle of w when w declines one as
// an adjective ("erschienenen", "verhaftete", "vorgestellten").
func participleStem(w string) (string, bool) {
	for _, end := range adjEndings {
		stem, ok := strings.CutSuffix(w, end)
		if !ok || len(stem) < 4 {
			continue
		}
		if _, v := text.Classes(stem); v&text.PastParticiple != 0 {
			return stem, true
		}
	}
	return "", false
}

// plannedParticiples tell a plan: the date they stand with is when the
// planned thing is to happen, not when it was planned.
var plannedParticiples = map[string]bool{"geplant": true, "vorgesehen": true, "angesetzt": true, "anberaumt": true,
	"erwartet": true, "terminiert": true, "angepeilt": true, "angestrebt": true, "avisiert": true}
