package events

import (
	"slices"
	"strconv"
	"strings"
	"sync"

	"chronik/corpus/text"
	"chronik/model"
)

// Actions. Much of what news tells is done with verbs no lexicon of event
// kinds lists: a minister denounces exports, a team wins a title, orders
// fall. In the article's head (headline, kicker, teaser), which
// tells what the article reports, a verb that the trigger lexicon does
// not know is an action trigger when the text layer reads it as the
// finite verb or the participle of a main clause. It ranks below every
// trigger of the lexicon, and like them it makes a mention only when its
// clause tells a happening as fact and names who acted or what it was
// done to. Its title is a headline of that verb ("Scholz prangert an").
// In the body the same reading finds states, habits and asides as often
// as happenings, so it stays off there.

// actionVerb returns the trigger of the action verb lemma (the core of a
// separable verb: "ziehen" with particle "zurück"), shared by every
// mention of it so that a title can name it: its third person,
// infinitive, participle and particle, worked out from the lemma and
// checked against the text layer's lexicon. seen is the participle as
// the text wrote it ("zurückgezogen"), or "" when the mention's verb was
// finite; self says that its clause told it with "sich".
func actionVerb(lemma, particle, seen string, self bool) *trigger {
	key := particle + "|" + lemma + "|" + seen + "|" + strconv.FormatBool(self)
	if t, ok := actionVerbs.Load(key); ok {
		return t.(*trigger)
	}
	t := &trigger{kind: KindAction, noun: "", specificity: 1, verb: true, infinitive: lemma, particle: particle, self: self}
	t.third, t.participle = verbForms(lemma, particle, seen)
	v, _ := actionVerbs.LoadOrStore(key, t)
	return v.(*trigger)
}

var actionVerbs sync.Map // "particle|lemma|seen|self" → *trigger

// verbForms returns the third person singular present and the past
// participle of lemma, the core of a verb whose separable particle is
// particle ("ziehen", "zurück"): forms the lexicon gives for that lemma
// where it has them, else the regular ones. seen, the participle as
// written, if any, is the participle; without it a participle the
// lexicon does not know is "".
func verbForms(lemma, particle, seen string) (third, participle string) {
	stem, t := weakStem(lemma)
	// A strong verb changes its vowel in the third person ("gibt",
	// "sieht", "fährt", "hält"): the first changed form the lexicon knows
	// as a present of the lemma beats the regular one, which would be the
	// plural's second person ("gebt").
	third = stem + t
	for _, c := range strongThirds(stem) {
		// (the lexicon spells "ss" after a short vowel as it was spelt
		// before 1996, "läßt": the form is looked up so and written as
		// today, "lässt")
		if isForm(c, lemma, text.Present) || strings.HasSuffix(c, "sst") && isForm(strings.TrimSuffix(c, "sst")+"ßt", lemma, text.Present) {
			third = c
			break
		}
	}
	if seen != "" {
		return third, seen
	}
	// weak ("geschickt", "verschickt"), then strong without a change of
	// vowel ("gegeben", "vergeben"): the lexicon tells which
	for _, c := range []string{"ge" + stem + t, stem + t, "ge" + lemma, lemma} {
		if isForm(c, lemma, text.PastParticiple) {
			return third, particle + c
		}
	}
	return third, ""
}

// strongThirds returns the third persons a strong verb of stem may have.
func strongThirds(stem string) []string {
	var out []string
	for _, ch := range [...][2]string{{"e", "ie"}, {"e", "i"}, {"au", "äu"}, {"a", "ä"}, {"o", "ö"}} {
		i := strings.LastIndex(stem, ch[0])
		if i < 0 {
			continue
		}
		changed := stem[:i] + ch[1] + stem[i+len(ch[0]):]
		out = append(out, changed+"t")
		if strings.HasSuffix(changed, "t") {
			out = append(out, changed) // "hält", "gilt"
		}
		if strings.HasSuffix(changed, "hm") {
			out = append(out, strings.TrimSuffix(changed, "hm")+"mmt") // "nimmt"
		}
	}
	return out
}

// isForm reports whether the lexicon knows form as one of forms of the
// verb lemma.
func isForm(form, lemma string, forms text.VerbForm) bool {
	for _, r := range text.Lookup(form) {
		if r.Class == text.Verb && r.Verb&forms != 0 && r.Lemma == lemma {
			return true
		}
	}
	return false
}

// actionReading returns the action verb readings of token ti, a word the
// trigger lexicon does not know: one for each of the present, the
// preterite and the past participle that the text layer reads it as; nil
// for none.
func (s *sent) actionReading(lx *lexicon, ti int) []verbForm {
	t := &s.toks[ti]
	if t.end != int(s.doc.Tokens[t.at].End) {
		return nil // joined words: "Mar-a-Lago"
	}
	if s.layerClass(ti) != text.Verb {
		return nil
	}
	dt := &s.doc.Tokens[t.at]
	if dt.Verb&(text.Infinitive|text.ZuInfinitive) != 0 && dt.Verb&(text.Preterite|text.PastParticiple) == 0 {
		return nil // "konnte … wettmachen": the modal's infinitive
	}
	// A form may be several ("unterzogen": a participle after "hat
	// sich", a preterite of the plural): each is a reading.
	var set int
	if dt.Verb&text.Present != 0 {
		set |= 1
	}
	if dt.Verb&text.Preterite != 0 {
		set |= 2
	}
	if dt.Verb&text.PastParticiple != 0 {
		set |= 4
	}
	return lx.actions[set]
}

// actionLemma returns the lemma of the action verb at token i, and its
// separable particle, joined to it in the lexicon's lemma
// ("zurückgezogen": "ziehen", "zurück") or standing at the end of the
// clause ("zog … zurück").
func (s *sent) actionLemma(i int) (lemma, particle string) {
	lemma = presentLemma(s.toks[i].lower, s.doc.Lemma(int(s.toks[i].at)))
	for _, p := range separableParticles {
		if rest, ok := strings.CutPrefix(lemma, p); ok && len(rest) >= 4 && isForm(rest, rest, text.Infinitive) {
			return rest, p
		}
	}
	if rest, ok := strings.CutPrefix(lemma, "um"); ok && len(rest) >= 4 && strings.HasPrefix(s.toks[i].lower, "umge") && isForm(rest, rest, text.Infinitive) {
		return rest, "um" // "umgestellt": "stellt … um" ("umstellt", no "ge", is the other "umstellen")
	}
	for _, p := range titleParticles {
		if rest, ok := strings.CutPrefix(lemma, p); ok && len(rest) >= 4 && isForm(rest, rest, text.Infinitive) && (len(p) < 5 || isForm(strings.TrimPrefix(s.toks[i].lower, p), rest, text.PastParticiple)) {
			return rest, p
		}
	}
	return lemma, s.separatedParticle(i, lemma)
}

// titleParticles are separable particles that separableParticles leaves
// out, since a word that begins so is as often a preposition, an adverb
// or an inseparable prefix, split off an action verb's lemma for its
// title alone ("zugegeben": "X gibt … zu", not "X zugibt";
// "aneinandergeraten": "X gerät aneinander"). "unter", "über" and
// "durch" are split only from a participle whose rest is the verb's own
// participle ("unter|gegangen", "über|gegangen"; not "unterstützt", nor
// "übergeben", whose verb is "geben" with "ge" of its own). Whether the
// verb tells a happening (notActions) is asked of the whole verb, as
// before its title split it.
var titleParticles = []string{"zu", "aneinander", "entgegen", "unter", "über", "durch"}

// presentLemma returns, of the verbs whose form w may be, the one whose
// third person present w is ("schaltet": "schalten", not the preterite
// of "schalen" the lexicon lists first), else lemma.
func presentLemma(w, lemma string) string {
	for _, r := range text.Lookup(w) {
		if r.Class == text.Verb && r.Verb&text.Present != 0 && r.Lemma != lemma {
			if third, _ := verbForms(r.Lemma, "", ""); third == w {
				return r.Lemma
			}
		}
	}
	return lemma
}

// actionCandidate reports whether the verb at token i, which the lexicon
// does not list, read in tense tn, may tell an action: it stands in a main
// clause of the article's head; as a finite verb, no verb or auxiliary
// comes before it in its clause (then it is that verb's complement, or a
// word misread: "ist … schon lange ein Ärgernis"); and it is none of
// the verbs that tell a state, a possibility or a thought.
func (s *sent) actionCandidate(i int, tn tense) bool {
	g := s.toks[i].group
	if !s.isMain(g) || s.inParentheses(i) || s.toks[i].is(prepositions) {
		return false // (a preposition the lexicon also reads as a verb's form: "samt", of "samen")
	}
	if s.inBody && !s.bodyAction(i, g, tn) {
		return false
	}
	for k := 0; k < i && tn != tenseParticiple; k++ {
		if t := &s.toks[k]; t.group == g && t.word() && !t.quoted && (t.is(copula|pastAux|perfectAux|futureAux) || s.finiteVerb(k)) {
			return false
		}
	}
	lemma, particle := s.actionLemma(i)
	if s.inBody && lemma == "gebären" {
		return false // "X, 1931 in Y geboren,": a life's back story
	}
	if lemma == "zitieren" && !s.clauseHas(g, func(w string) bool { return w == "zu" || w == "vor" }) {
		return false // "zitiert einen Philosophen": a quote, which says something (not "zitierte ihn zu sich", a summons)
	}
	if feelingParticiples[lemma] && s.nothingDoneTo(i) {
		return false // "EU besorgt", "Anleger erleichtert über Zahlen": how someone feels (not "besorgt neue Züge")
	}
	return !notActions[particle+lemma] && (slices.Contains(titleParticles, particle) || !notActions[lemma]) && !s.toks[i].is(expectations) // (not "erwägt", "befürchtet": a thought)
}

// mayAct reports whether token t, a word whose readings prepare has set,
// may be an action verb: no trigger of the lexicon, no noun, no declined
// participle.
func (t *token) mayAct() bool { return len(t.forms) == 0 && !t.attrib && t.noun == 0 }

// bodyAction reports whether the verb at token i of main clause g tells
// a happening in the article's body, where most verbs the lexicon does
// not list tell states, habits, views and back story: when its clause
// dates it and tells it done, in the preterite or with the auxiliary of
// the perfect or the passive ("hat am Montag eine Brücke eröffnet",
// "wurde am Montag in Wien empfangen"), as the article's own telling
// (not reported in the subjunctive, quoted, or in the first person).
func (s *sent) bodyAction(i, g int, tn tense) bool {
	switch {
	case tn == tensePreterite, tn == tenseParticiple && s.clauseHas(g, haveAux):
	case tn == tenseParticiple && s.inClause(g, passiveDoneAux):
		// what was done to a name that opens the sentence as its
		// subject ("Die Firma X wurde am Montag empfangen"); where the
		// subject is a thing or people unnamed, the names after it
		// are whom it was done for or with, no one it was done to
		if !s.subjectNamed(g) {
			return false
		}
	default:
		return false
	}
	if s.countIn(g) || s.changeRate(g) || s.comparedWithHope(g) {
		return false // "wurden im Mai 40.000 Pakete zugestellt", "stieg um fünf Prozent": a tally
	}
	return s.hasTimeAnchor(g) && !s.toks[i].quoted && !s.reported(i) && !s.inClause(g, konjunktivI) && !s.clauseHas(g, sinceOrSpeaker)
}

// haveAux reports an auxiliary of the perfect with "haben", with which a
// participle tells a deed done ("hat … eröffnet"); "sein" tells as often
// a state ("war geschlossen").
func haveAux(w string) bool {
	switch w {
	case "hat", "haben", "hatte", "hatten":
		return true
	}
	return false
}

// subjectNamed reports a name that opens the sentence, alone or after
// its article, right before the finite verb of its clause g: the
// subject ("Die Firma X wurde …", "X hat …").
func (s *sent) subjectNamed(g int) bool {
	first := s.openingWord()
	if first < 0 || s.toks[first].group != g {
		return false
	}
	for k := range s.actors {
		if s.opensAsSubject(&s.actors[k], first) {
			return true
		}
	}
	return false
}

// countIn reports a number in clause g outside its dates: what the
// clause counts ("40.000 Pakete", "Aufträge über 20 Millionen Euro")
// makes it a tally more often than a happening.
func (s *sent) countIn(g int) bool {
	for j := range s.toks {
		if t := &s.toks[j]; t.group == g && t.timex < 0 && t.text != "" && isDigit(t.text[0]) {
			return true
		}
	}
	return false
}

// comparedWithHope reports a clause g that measures how something went
// against what was hoped or expected ("lief besser als erhofft", "fiel
// höher aus als erwartet"): an assessment.
func (s *sent) comparedWithHope(g int) bool {
	for j := 0; j+1 < len(s.toks); j++ {
		if t := &s.toks[j]; t.group == g && t.lower == "als" {
			if n := &s.toks[j+1]; n.word() && !n.upper && s.doc.Tokens[n.at].Verb&text.PastParticiple != 0 {
				return true
			}
		}
	}
	return false
}

// sinceOrSpeaker reports a word of a clause that tells a state lasting
// since a time ("Seit 2013 leitet sie …", "ist seither geschlossen") or
// that someone tells of themselves ("hat uns gestern angerufen"): no
// happening the article reports.
func sinceOrSpeaker(w string) bool {
	switch w {
	case "seit", "seither", "ich", "mich", "mir", "wir", "uns", "unser", "unsere", "unseren", "unserem", "unserer":
		return true
	}
	return false
}

// notActions are verbs that tell no happening of their own: auxiliaries
// and modals, states, thoughts and perceptions, advice, feelings.
var notActions = map[string]bool{
	"sein": true, "haben": true, "werden": true, "können": true, "müssen": true, "sollen": true, "wollen": true,
	"dürfen": true, "mögen": true, "möchten": true, "lassen": true, "bleiben": true, "gelten": true, "heißen": true,
	"liegen": true, "stehen": true, "sitzen": true, "geben": true, "gehören": true, "bestehen": true, "befinden": true,
	"scheinen": true, "wirken": true, "fehlen": true, "kosten": true, "betragen": true, "umfassen": true,
	"enthalten": true, "leben": true, "wohnen": true, "kennen": true, "wissen": true, "glauben": true, "denken": true,
	"meinen": true, "hoffen": true, "fürchten": true, "finden": true, "halten": true, "sehen": true, "brauchen": true,
	"tun": true, "machen": true, "gehen": true, "kommen": true, "betreffen": true, "empfehlen": true, "raten": true,
	// leaving a thing to someone ("überlässt die Suche den Bürgern",
	// "überlässt nichts dem Zufall"): a stance more often than a deed
	// (a handover is the lexicon's "übergeben")
	"überlassen": true,
	// prevailing ("Am Grenzübergang herrschte Andrang"): a state; time
	// passing ("Zehn Jahre sind vergangen"); leading to a state ("hat zu
	// Engpässen geführt")
	"herrschen": true, "vergehen": true, "führen": true,
	// what a thing means or a view makes plain ("Die Reform bedeutet mehr
	// Arbeit", "verdeutlichten die Mitglieder"): a definition or a saying
	"bedeuten": true, "verdeutlichen": true,
	// expecting ("Das Institut rechnet mit einem Wachstum"): a forecast
	"rechnen": true,
	// assuming ("größer als bisher angenommen"); a bill passed is a
	// decision of the lexicon's
	"annehmen": true,
	// telling, which says something and is no deed ("hat erzählt",
	// "erläuterte den Plan"; "stellt eine Gefahr dar" says what a thing
	// is); asking, a request (GUIDELINES.md §1.2: appeals are
	// statements): "Das Amt bittet Anwohner, …"
	"erzählen": true, "beschreiben": true, "erläutern": true, "darlegen": true, "skizzieren": true, "darstellen": true,
	"bitten": true,
	// learning of something, which names a source ("wie die Zeitung
	// erfuhr")
	"erfahren": true,
	// how someone fared ("hat gut abgeschnitten"): a result's measure,
	// told of the results
	"abschneiden": true,
	// a thing changing ("hat sich kaum verändert", "die Lage hat sich
	// stabilisiert"): a state's measure, no deed
	"verändern": true, "stabilisieren": true,
	// a thing's degree raised ("hat seine Präsenz verstärkt"): what
	// goes on, more of it, no happening of its own
	"verstärken": true,
	// complaining, pointing out, criticising ("übte scharfe Kritik"),
	// putting a figure on something ("bezifferte den Schaden mit …"):
	// statements and assessments (GUIDELINES.md §1.2)
	"beklagen": true, "hinweisen": true, "üben": true, "beziffern": true, "schätzen": true,
	// states and how things stand between people ("harrten am Bahnhof
	// aus", "arbeitete als Kellner", "haben sich kennen gelernt", "hat
	// sich vom Verein abgewendet"), or what a deed shows of someone
	// ("hat Mut bewiesen")
	"ausharren": true, "harren": true, "arbeiten": true, "lernen": true, "abwenden": true, "beweisen": true,
	// trying, daring, seeking and examining, not yet done ("Oracle sucht
	// einen Standort", "Die Ministerin versucht zu schlichten", "wagte
	// einen Vorstoß")
	"versuchen": true, "wagen": true, "suchen": true, "prüfen": true, "verfolgen": true, "erforschen": true, "beobachten": true,
	// perceiving and remembering ("Nachbarn hörten Schreie", "erinnert an …")
	"hören": true, "erinnern": true,
	// views and wishes ("plädiert für", "spricht sich aus", "bezweifelt",
	// "bedauert")
	"plädieren": true, "aussprechen": true, "bezweifeln": true, "zweifeln": true, "befürworten": true, "bedauern": true, "vermuten": true,
	"erwarten": true, "sorgen": true,
	// a state one is in: "Coach X angeschlagen" (battered, under
	// pressure), no blow struck
	"anschlagen": true,
	// feelings a thing stirs in someone ("Das Finale bewegt ihn")
	"bewegen": true, "berühren": true, "freuen": true, "ärgern": true, "beschäftigen": true, "interessieren": true,
	"begeistern": true, "überraschen": true, "beeindrucken": true, "stören": true, "beunruhigen": true,
	"faszinieren": true, "wundern": true, "enttäuschen": true, "erstaunen": true, "verärgern": true, "empören": true,
	"verunsichern": true, "irritieren": true,
}

// feelingParticiples are verbs whose participle is as often an adjective
// of how someone feels ("besorgt", "erleichtert", "entsetzt"), which a
// headline tells without "ist", as a deed done to something.
var feelingParticiples = map[string]bool{
	"besorgen": true, "erleichtern": true, "entsetzen": true, "schockieren": true, "alarmieren": true,
	"beruhigen": true, "erschüttern": true, "bestürzen": true, "entrüsten": true,
}

// nothingDoneTo reports a verb at token i that its clause's segment ends
// with, or that a preposition follows: no object names what it was done
// to.
func (s *sent) nothingDoneTo(i int) bool {
	j := i + 1
	return j >= len(s.toks) || !s.toks[j].word() || s.toks[j].group != s.toks[i].group || s.toks[j].is(prepositions)
}

// headActions makes each action of the article's head a mention of the
// first happening of the body that names one of its actors: a headline
// tells with a verb of its own what the body tells ("Scholz prangert
// Exporte an" over "kritisierte Scholz die Lieferungen"), one
// happening, not two rows.
func headActions(out []Mention, art model.Interval) {
	for i := range out {
		m := &out[i]
		if m.Kind != KindAction || !m.head {
			continue
		}
		for j := range out {
			if p := &out[j]; !p.head && p.Kind != KindAction && p.Kind != KindStatement && sharesAny(m.Actors, p.Actors) && !beforeArticle(p, art) {
				m.tells(p)
				m.action = nil
				break
			}
		}
	}
}

// beforeArticle reports a mention that tells what happened before the
// article's time: "before" it, dated by itself to before the article's
// date, or to a year of its own ("2014 wurde X verurteilt": a chronicle's
// entry, whatever the article's date). A headline tells the news, not
// that.
func beforeArticle(m *Mention, art model.Interval) bool {
	return m.Dating == DatedBefore ||
		m.Dating == DatedOwn && (yearValue(m.Timex) || art.Valid() && m.Date.Valid() && m.Date.End < art.Start)
}

// reflexive reports whether clause g tells its verb with "sich" as its
// object ("hat sich … unterzogen"), not after a preposition ("zitierte
// ihn zu sich").
func (s *sent) reflexive(g int) bool {
	for i := range s.toks {
		if t := &s.toks[i]; t.group == g && t.word() && !t.quoted && t.is(reflexives) && (i == 0 || !s.toks[i-1].is(prepositions)) {
			return true
		}
	}
	return false
}

// headNamed makes a headline that tells a happening of someone by a
// common noun ("Komponist gestorben") a mention of the body's happening
// of its kind whose actor the body introduces with that noun ("Der
// Komponist Anton Wiesel ist gestorben", also "Filmkomponist"): one
// happening, not a row for the noun and one for the name.
func (x *extractor) headNamed(out []Mention) {
	for i := range out {
		m := &out[i]
		noun := m.sufferer + m.crowd
		if !m.head || len(m.Actors) > 0 || noun == "" || strings.Contains(noun, " ") {
			continue
		}
		for j := i + 1; j < len(out); j++ {
			if p := &out[j]; !p.head && p.Kind == m.Kind && x.introduces(p, noun) {
				m.tells(p)
				break
			}
		}
	}
}

// roleAgain makes a mention whose doer is named only by his role ("trat
// der Leiter der Filiale zurück") a mention of the happening of its kind
// that the article tells with a person's name within three sentences: a
// role names one person, the one named beside it.
func (x *extractor) roleAgain(out []Mention) {
	for i := range out {
		m := &out[i]
		if len(m.Actors) > 0 || m.institution != "" || m.crowd == "" || !hasRoleSuffix(strings.ToLower(m.crowd)) || m.crowd == "Team" {
			continue
		}
		for j := range out {
			if p := &out[j]; j != i && p.Sentence >= m.Sentence-3 && p.Sentence <= m.Sentence+3 && p.Kind == m.Kind && x.namesPerson(p.Actors) {
				m.tells(p)
				break
			}
		}
	}
}

// namesPerson reports whether actors (indices into the table) hold a
// person.
func (x *extractor) namesPerson(actors []int) bool {
	for _, a := range actors {
		if a >= 0 && a < len(x.actors) && x.actors[a].Kind == model.Person {
			return true
		}
	}
	return false
}

// introduces reports whether the sentence of mention p names one of its
// actors right after a word that ends in noun: "Musikproduzent Robert
// Stigwood" for "Produzent".
func (x *extractor) introduces(p *Mention, noun string) bool {
	text := x.a.Text[p.Start:p.End]
	for _, a := range p.Actors {
		if a < 0 || a >= len(x.actors) {
			continue
		}
		for _, name := range append([]string{x.actors[a].Name}, x.actors[a].Aliases...) {
			k := strings.Index(text, " "+name)
			if k < 0 {
				continue
			}
			before := text[:k]
			word := headWord(before)
			if len(word) >= len(noun) && strings.EqualFold(word[len(word)-len(noun):], noun) {
				return true
			}
		}
	}
	return false
}
