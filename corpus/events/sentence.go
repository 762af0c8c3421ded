package events

import (
	"maps"
	"slices"
	"sort"
	"strings"
	"unicode"

	"chronik/corpus/text"
	"chronik/model"
)

// A sent is one sentence of an article, tokenised and cut into clauses,
// with the actor mentions and temporal expressions that lie in it.
type sent struct {
	a     *model.Article
	index int // into a.Sentences
	start int
	end   int
	block model.BlockKind
	toks  []token
	// mayBecome: the sentence has a form of "werden" and a capitalised
	// word after "neuer" or "neue", or "Nachfolger" (see newOfficeIn)
	mayBecome bool
	// datedNames: the sentence names someone or an institution and has a
	// date, without which no verb of its body is an action (bodyAction)
	datedNames bool
	// inBody: the sentence is of the body, after its lead (neither
	// topBlock nor bodyLead), worked out once by chooseTriggers for the
	// candidates, their actions and the mention chosen
	inBody bool
	actors []actorRef
	timex  []timexRef
	parent []int    // clause group → the main clause it belongs to
	host   []int    // clause group → the clause it depends on
	opener []string // clause group → its first word, for subordinate clauses
	// infinitive: clause group → whether it is an infinitive clause, whose
	// subject is the one of the clause it hangs on
	infinitive []bool
	// andClause: clause group → whether it is a second main clause that
	// opens with "und", "aber", "oder" or "doch" after a comma and has a
	// subject of its own (coordinatedMain)
	andClause []bool
	// spans: clause group → the tokens from its first to its last (see
	// clauseTokens); empty until clauses has run on the sentence
	spans []clauseSpan
	names []model.Actor
	// tail: the first token of the speech tag that ends the sentence
	// (see speechTail), -1 for none, -2 before it is worked out
	tail int
	// condition: whether the sentence opens with its finite verb as a
	// condition (see verbFirst): 1 yes, -1 no, 0 before it is worked out
	condition int8

	doc *text.Doc // the text layer of a
	// nextTok: the layer's token after the sentence prepared last, where
	// the next one's tokens are looked for (sentences come in order)
	nextTok int
	// unlisted: lexicon.unlistedNoun's answers for the words asked
	// lately, by their hash (see unlistedNoun)
	unlisted [unlistedSlots]unlistedAnswer
}

// unlistedSlots is the number of words sent.unlisted keeps.
const unlistedSlots = 1024

// An unlistedAnswer is lexicon.unlistedNoun's answer for a word.
type unlistedAnswer struct {
	word string
	id   int32
	ok   bool
}

// unlistedNoun is lx.unlistedNoun of lower, whose text.Hash is h, kept
// for the next time it is asked: prepare asks it of every capitalised
// word no list has, most of them names, which come again and again in an
// article and across articles, and a compound's heads cost several
// look-ups. (The answers are the lexicon's, the same for any article.)
func (s *sent) unlistedNoun(lx *lexicon, lower string, h uint32) (int, bool) {
	e := &s.unlisted[h%unlistedSlots]
	if e.word != lower || lower == "" {
		id, ok := lx.unlistedNoun(lower)
		*e = unlistedAnswer{lower, int32(id), ok}
	}
	return int(e.id), e.ok
}

// A clauseSpan is a clause's first token and the token after its last.
type clauseSpan struct{ from, to int }

// clauseTokens returns the bounds of a loop over the tokens that clause
// group g may hold: from its first to its last token, and all tokens when
// the clauses are not worked out. A clause mostly covers part of its
// sentence, and its loops need not pass over the rest; no token outside
// the bounds is of g.
func (s *sent) clauseTokens(g int) (from, to int) {
	if g >= 0 && g < len(s.spans) {
		return s.spans[g].from, s.spans[g].to
	}
	return 0, len(s.toks)
}

// An actorRef is an actor mention inside the sentence.
type actorRef struct {
	model.ActorMention
	first, last int  // its tokens
	modifier    bool // part of a compound ("Trump" in "Trump-Sprecherin")
	quoted      bool
}

// A timexRef is a temporal expression inside the sentence.
type timexRef struct {
	*model.Timex
	first, last int
	quoted      bool
}

// closesText reports a date, ending at end, in the brackets that close a
// text after its last sentence: "… verkünden. (red, 13.02.16)", "…
// verkünden. (13.2.2016)", the byline's day the text appeared, no date of
// that sentence. A date alone in brackets inside the sentence is its own:
// "… gilt seit dem Beschluss (3.5.2015)".
func closesText(text string, end int) bool {
	rest, ok := strings.CutPrefix(strings.TrimLeft(text[end:], " "), ")")
	if !ok || strings.TrimSpace(rest) != "" {
		return false
	}
	open := strings.LastIndexByte(text[:end], '(')
	if open < 0 {
		return false
	}
	if credit := strings.TrimSpace(text[open+1 : end]); strings.ContainsAny(credit, ",;–-") || strings.ContainsRune(credit, ' ') {
		return true // an attribution before the date: "(red, 13.02.16)", "(APA/dpa – 3.4. 2016)"
	}
	before := strings.TrimRight(text[:open], " \t\r\n")
	return before != "" && strings.ContainsAny(before[len(before)-1:], ".!?\"")
}

// prepare fills s from sentence i of a (s.doc its text layer), reusing
// s's buffers: its tokens
// with their word classes and trigger readings, and its actors. It
// reports whether the sentence has a trigger word at all; only then does
// annotate work out its dates and clauses.
func (s *sent) prepare(a *model.Article, i int, lx *lexicon) bool {
	sn := a.Sentences[i]
	s.a, s.index, s.start, s.end = a, i, sn.Start, sn.End
	s.block = model.BlockParagraph
	if sn.Block >= 0 && sn.Block < len(a.Blocks) {
		s.block = a.Blocks[sn.Block].Kind
	}
	s.toks, s.nextTok = tokenize(s.toks[:0], s.doc, sn.Start, sn.End, s.nextTok)
	markQuotes(s.toks)
	s.tail = -2
	s.condition = 0
	s.spans = s.spans[:0]

	s.actors = s.actors[:0]
	lo := sort.Search(len(a.Actors), func(k int) bool { return a.Actors[k].Start >= sn.Start })
	for k := lo; k < len(a.Actors) && a.Actors[k].Start < sn.End; k++ {
		m := a.Actors[k]
		if m.Start < sn.Start || m.End > sn.End || m.Start >= m.End {
			continue
		}
		ref := actorRef{ActorMention: m, modifier: isModifier(a.Text, m)}
		if !ref.modifier && s.product(m) {
			continue
		}
		ref.first, ref.last, ref.quoted = s.cover(m.Start, m.End, len(s.actors), func(t *token) *int { return &t.actor })
		s.actors = append(s.actors, ref)
	}

	triggers, become := false, false
	s.datedNames = timexIn(a.Timexes, sn.Start, sn.End) && (len(s.actors) > 0 || s.namesInstitution())
	first := firstWord(s.toks, 0, len(s.toks))
	// whether the sentence is of the head or opens the body (topBlock,
	// bodyLead), asked once rather than for every word without a reading:
	// what bodyLead reads (the sentences before, the first word's readings,
	// set before any word asks) stays the same through the loop
	var headKnown, head bool
	headOrLead := func() bool {
		if !headKnown {
			headKnown, head = true, s.topBlock() || s.bodyLead()
		}
		return head
	}
	for ti := range s.toks {
		t := &s.toks[ti]
		if !t.word() {
			continue
		}
		e, known := lx.entries.Get(t.lower, t.hash)
		t.cls, t.predicate = e.cls, e.predicate
		if t.upper && !shouted(t.text) {
			// a word in capitals is a dateline's place or an acronym
			// ("ESSEN (dpa) –"), no happening
			t.noun = e.noun
			if !known && len(t.lower) > 3 {
				if id, ok := s.unlistedNoun(lx, t.lower, t.hash); ok {
					t.noun = int32(id) + 1
				}
			}
		}
		t.attrib = false
		if !t.upper || ti == first && !shouted(t.text) {
			t.forms = e.forms
			if !known && !t.upper {
				t.forms, t.attrib = lx.attributive(t.lower, t.hash)
			}
			if t.mayAct() {
				if headOrLead() {
					t.forms = s.actionReading(lx, ti)
				} else if s.datedNames && !triggers && !t.quoted && len(s.actionReading(lx, ti)) > 0 {
					// a body's action verb, whose readings the candidates
					// ask for (chooseTriggers)
					triggers = true
				}
			}
		}
		triggers = triggers || !t.quoted && (t.noun > 0 || t.predicate > 0 && !t.upper || s.formsStand(t.forms))
		become = become || !t.upper && s.becomingAt(ti) != tenseNone
	}
	// a post taken up, told by "werden" alone (newOfficeIn); the words of
	// a post are looked for only in a sentence with "werden"
	s.mayBecome = become && s.namesNewPost()
	triggers = triggers || s.mayBecome
	if triggers {
		s.declinedBeforeNoun(lx)
	}
	return triggers
}

// namesInstitution reports a capitalised word of the sentence that names
// an institution ("die Wahlkommission", "Ermittler"), which may act
// where no name does (institution).
func (s *sent) namesInstitution() bool {
	for i := range s.toks {
		if t := &s.toks[i]; t.upper && t.word() && isInstitution(t.lower) {
			return true
		}
	}
	return false
}

// timexIn reports a timex of timexes, sorted by start, that begins in
// [start, end).
func timexIn(timexes []model.Timex, start, end int) bool {
	k := sort.Search(len(timexes), func(k int) bool { return timexes[k].Start >= start })
	return k < len(timexes) && timexes[k].Start < end
}

// namesNewPost reports a word that may name a post someone takes up: a
// noun after "neuer" or "neue", "Nachfolger", "Nachfolgerin".
func (s *sent) namesNewPost() bool {
	for ti := range s.toks {
		t := &s.toks[ti]
		if t.word() && t.upper && (ti > 0 && (s.toks[ti-1].lower == "neuer" || s.toks[ti-1].lower == "neue") || t.lower == "nachfolger" || t.lower == "nachfolgerin") {
			return true
		}
		if t.word() && !t.upper && becoming(t.lower) != tenseNone && s.postSoonAfter(ti) {
			return true
		}
	}
	return false
}

// postSoonAfter reports a post a few words after the form of "werden" at
// ti, which a date between may make new ("wird ab September 2030
// Direktor"; newOfficeIn reads the date).
func (s *sent) postSoonAfter(ti int) bool {
	for k := ti + 1; k < len(s.toks) && k <= ti+5; k++ {
		if t := &s.toks[k]; t.word() && t.upper && endsInPost(t.lower, officeNouns) {
			return true
		}
	}
	return false
}

// formsStand reports whether a word's verb forms can tell a trigger
// here: one needs no particle, or the particle it needs stands in the
// sentence ("ist" reads as "insolvent|sein" only beside "insolvent"; most
// sentences with "ist" or "sind" have none, and are no work for the rest
// of the extractor).
func (s *sent) formsStand(forms []verbForm) bool {
	for _, f := range forms {
		if f.particle == "" || s.holds(f.particle) {
			return true
		}
	}
	return false
}

// holds reports whether a token of the sentence is lower in lower case.
// (A loop over the indices: slices.ContainsFunc hands its function a copy
// of each token.)
func (s *sent) holds(lower string) bool {
	for i := range s.toks {
		if s.toks[i].lower == lower {
			return true
		}
	}
	return false
}

// declinedBeforeNoun reads a known verb form that is also a participle
// declined as an adjective as that adjective where it stands between an
// article and its noun: "in der von X am Montag präsentierten Erhebung",
// "die in Wien veröffentlichten Zahlen" (a weak verb's preterite plural
// is spelt as its declined participle). What stands between the article
// and the participle must be the attribute's: words in lower case, names,
// and nouns inside a prepositional phrase ("Die Forscher präsentierten
// Zahlen" has a noun of its own there).
func (s *sent) declinedBeforeNoun(lx *lexicon) {
	for i := 1; i+1 < len(s.toks); i++ {
		t, n := &s.toks[i], &s.toks[i+1]
		if len(t.forms) == 0 || t.attrib || t.upper || t.quoted || !n.word() || !n.upper || n.actor >= 0 {
			continue
		}
		forms, ok := lx.attributive(t.lower, t.hash)
		if !ok || s.attributeArticle(i) < 0 {
			continue
		}
		t.forms, t.attrib = forms, true
	}
}

// attributeArticle returns the article at most eight tokens before token
// i whose phrase runs to i over an attribute (see declinedBeforeNoun),
// or -1.
func (s *sent) attributeArticle(i int) int { return s.attributeArticleWithin(i, 8) }

// attributeArticleWithin is attributeArticle at most n tokens before i.
func (s *sent) attributeArticleWithin(i, n int) int {
	for d := i - 1; d >= 0 && d >= i-n; d-- {
		if !s.toks[d].word() {
			return -1
		}
		if !s.toks[d].is(determiners) {
			continue
		}
		inPhrase, ok := false, true // inside a prepositional phrase of the attribute
		for k := d + 1; k < i && ok; k++ {
			w := &s.toks[k]
			switch {
			case w.is(prepositions):
				inPhrase = true
			case w.upper && w.actor < 0 && !inPhrase, w.is(perfectAux | pastAux | futureAux):
				ok = false
			}
		}
		if ok {
			return d
		}
	}
	return -1
}

// attributeSpan returns the article and the declined participle of the
// attribute phrase that the noun at token i stands in ("den 1936 bei
// einem Streik erschossenen Sohn": "den" to "erschossenen"), or -1, -1:
// a participle after the noun, within its clause and with no mark
// between, whose phrase opens before the noun.
func (s *sent) attributeSpan(i int) (int, int) {
	if len(s.toks[i].forms) > 0 || s.toks[i].attrib {
		return -1, -1 // a verb, or the participle itself
	}
	for k := i + 1; k < len(s.toks) && k <= i+6; k++ {
		t := &s.toks[k]
		if !t.word() || t.group != s.toks[i].group || t.is(conjunctions) {
			return -1, -1
		}
		if t.attrib {
			if a := s.attributeArticle(k); a >= 0 && a < i {
				return a, k
			}
			return -1, -1
		}
	}
	return -1, -1
}

// annotate adds to a prepared sentence what the rules ask of it: its
// temporal expressions and its clauses.
func (s *sent) annotate() {
	a := s.a
	s.timex = s.timex[:0]
	lo := sort.Search(len(a.Timexes), func(k int) bool { return a.Timexes[k].Start >= s.start })
	for k := lo; k < len(a.Timexes) && a.Timexes[k].Start < s.end; k++ {
		t := &a.Timexes[k]
		if t.Start < s.start || t.End > s.end || t.Start >= t.End || closesText(a.Text, t.End) {
			continue
		}
		ref := timexRef{Timex: t}
		ref.first, ref.last, ref.quoted = s.cover(t.Start, t.End, len(s.timex), func(t *token) *int { return &t.timex })
		s.timex = append(s.timex, ref)
	}
	s.clauses()
}

// cover returns the first and last token of the byte span [start, end)
// (-1, -1 for none) and whether the first is quoted, and marks its tokens
// that have no mention of the kind field picks with index k.
func (s *sent) cover(start, end, k int, field func(*token) *int) (first, last int, quoted bool) {
	first, last = s.tokenSpan(start, end)
	if first < 0 {
		return first, last, false
	}
	for ti := first; ti <= last; ti++ {
		if f := field(&s.toks[ti]); *f < 0 {
			*f = k
		}
	}
	return first, last, s.toks[first].quoted
}

// tokenSpan returns the first and last token that overlap the byte span
// [start, end), or -1, -1.
func (s *sent) tokenSpan(start, end int) (int, int) {
	first := sort.Search(len(s.toks), func(k int) bool { return s.toks[k].end > start })
	if first >= len(s.toks) || s.toks[first].start >= end {
		return -1, -1
	}
	last := first
	for last+1 < len(s.toks) && s.toks[last+1].start < end {
		last++
	}
	return first, last
}

// isModifier reports whether an actor mention is only the first or last
// part of a hyphenated compound ("Trump-Sprecherin", "Meta-Chef"): such a
// word names someone else or something, the actor only qualifies it.
func isModifier(text string, m model.ActorMention) bool {
	if m.End < len(text) && text[m.End] == '-' {
		return true
	}
	return m.Start > 0 && text[m.Start-1] == '-'
}

// product reports an organisation named after an indefinite article:
// "Ein Audi prallte gegen einen Baum", "kaufte einen Porsche". A firm
// takes the definite article or none; with "ein" the name is its
// product, a thing, no one who acts or undergoes.
func (s *sent) product(m model.ActorMention) bool {
	before := s.a.Text[s.start:m.Start]
	if len(before) < 4 || before[len(before)-1] != ' ' {
		return false // (no space before the name: inside a word or after a quote)
	}
	before = strings.TrimRight(before, " ")
	k := strings.LastIndexByte(before, ' ') + 1 // the word before the name
	if w := before[k:]; len(w) < 3 || w[0]|0x20 != 'e' || !indefinite("e"+strings.ToLower(w[1:])) {
		return false
	}
	return !m.Implicit && m.Actor >= 0 && m.Actor < len(s.names) && s.names[m.Actor].Kind == model.Organization &&
		!strings.Contains(s.a.Text[m.Start:m.End], "-") // ("ein IS-Ableger": a compound's head is a common noun, "one of")
}

// clauses assigns every token a clause group. Commas, semicolons, colons and
// dashes cut a sentence into segments; a segment opened by a subordinating
// conjunction or a relative pronoun starts a subordinate clause, which goes
// on across commas (appositions, lists) until a segment starts with what
// looks like the finite verb of the main clause ("Zuckerberg, der Trump …
// gratulierte, postete am …"). A colon, semicolon or dash starts a new main
// clause.
//
// s.parent[g] is the main clause of group g (g itself for a main clause).
// s.host[g] is the clause g depends on: an infinitive clause ("um Trump zu
// treffen") hangs on the clause before it, any other subordinate clause on
// its main clause. s.opener[g] is the first word of a subordinate clause.
func (s *sent) clauses() {
	toks := s.toks
	s.parent, s.host, s.opener, s.infinitive, s.andClause = s.parent[:0], s.host[:0], s.opener[:0], s.infinitive[:0], s.andClause[:0]
	// The clauses' spans are filled aside: the rules asked below read the
	// whole sentence.
	s.spans = s.spans[:0]
	spans := s.spans
	newGroup := func(parent, host int, opener string, inf bool) int {
		g := len(s.parent)
		if parent < 0 {
			parent, host = g, g
		}
		s.parent = append(s.parent, parent)
		s.host = append(s.host, host)
		s.opener = append(s.opener, opener)
		s.infinitive = append(s.infinitive, inf)
		s.andClause = append(s.andClause, false)
		spans = append(spans, clauseSpan{len(toks), 0})
		return g
	}
	main := newGroup(-1, -1, "", false)
	cur := main
	// of gives tokens [from, to) to clause cur (each token is given once)
	of := func(from, to int) {
		sp := &spans[cur]
		sp.from, sp.to = min(sp.from, from), max(sp.to, to)
	}
	segStart := 0
	// mainAux: the main clause has an auxiliary whose participle or
	// infinitive may come after a subordinate clause; subDone: the
	// subordinate clause's last segment ended with its finite verb.
	mainAux, subDone := false, false
	// A remark between two dashes ("hat – wie erwartet – am Montag …
	// beschlossen") is a clause of its own; after it the clause it
	// interrupts goes on (resume: the closing dash's index, or -1).
	resume, open := s.dashedRemark()
	// So is a remark in brackets that holds a mark of its own: "Siemens
	// (Sitz: München) hat …" (bracketOpen, bracketClose: its brackets, or
	// -1).
	bracketOpen, bracketClose := -1, -1
	// the clause a remark interrupts, to go on with after it
	type interrupted struct {
		main, cur int
		aux       bool
	}
	var afterDash, afterBracket interrupted
	// the sentence proper opens after a dateline ("Linz – Am Montag
	// seien …"): its first segment is no "…, X sei …" of reported speech
	_, _, datelineDash := s.datelineSpan()
	for i := 0; i <= len(toks); i++ {
		// Most tokens neither open a bracket nor end a segment: a loop of
		// their own passes over them, with the clauses' state left aside.
		for i < len(toks) && !(toks[i].punct == '(' && i > bracketClose) &&
			!isCut(toks[i].punct) && i != bracketOpen && i != bracketClose && !(mayCoordinate(&toks[i]) && s.coordinatedRelative(segStart, i)) {
			i++
		}
		if i < len(toks) && toks[i].punct == '(' && i > bracketClose {
			if z := closingBracket(toks, i); z > i && (markBetween(toks, i, z) || pointsElsewhere(toks, i)) {
				bracketOpen, bracketClose = i, z
			}
		}
		if i < len(toks) && !isCut(toks[i].punct) && i != bracketOpen && i != bracketClose && !(mayCoordinate(&toks[i]) && s.coordinatedRelative(segStart, i)) {
			continue
		}
		if segStart < i {
			kind := s.segmentKind(segStart, i, segStart == 0 || datelineDash >= 0 && segStart == datelineDash+1)
			if kind == segCont && cur != main && !s.infinitive[cur] && mainAux && subDone && s.closesBracket(segStart, i) {
				// "wurde X wegen der Gründung einer Gruppe, die … getötet
				// hat, sowie wegen … verurteilt": back in the main clause,
				// whose participle closes it
				cur = main
			}
			switch kind {
			case segSub, segInfinitive:
				opener := ""
				if w := firstWord(toks, segStart, i); w >= 0 {
					opener = toks[w].lower
				}
				host := main
				if kind == segInfinitive {
					host = cur
				}
				cur = newGroup(main, host, opener, kind == segInfinitive)
			case segVerb:
				cur = main
			case segMain:
				main = newGroup(-1, -1, "", false)
				s.andClause[main] = true
				cur = main
				mainAux, subDone = false, false
			}
			appos := kind == segCont && segStart > 0 && toks[segStart-1].punct == ',' && i < len(toks) && toks[i].punct == ',' && s.apposition(segStart, i)
			of(segStart, i)
			for j := segStart; j < i; j++ {
				toks[j].group = cur
				toks[j].appos = appos
				toks[j].seg = segStart
				if cur == main && toks[j].word() && toks[j].is(pastAux|perfectAux|futureAux) {
					mainAux = true
				}
			}
			if cur != main {
				last := lastWord(toks, segStart, i)
				subDone = last >= 0 && s.finiteVerb(last)
			}
		}
		if i < len(toks) {
			of(i, i+1)
			toks[i].group = cur
			toks[i].seg = i
			switch {
			case i == bracketClose:
				main, cur, mainAux, subDone = afterBracket.main, afterBracket.cur, afterBracket.aux, false
			case i == resume:
				main, cur, mainAux, subDone = afterDash.main, afterDash.cur, afterDash.aux, false
				resume, open = s.nextDashedRemark(i + 1)
			case toks[i].punct != ',' && toks[i].punct != 0:
				switch i {
				case open:
					afterDash = interrupted{main, cur, mainAux}
				case bracketOpen:
					afterBracket = interrupted{main, cur, mainAux}
				}
				main = newGroup(-1, -1, "", false)
				cur = main
				mainAux, subDone = false, false
			}
		}
		segStart = i + 1
	}
	s.spans = spans
}

// dashedRemark returns the closing and opening dash of the first remark
// set between two dashes in the sentence that interrupts a clause, or
// -1, -1.
func (s *sent) dashedRemark() (closing, opening int) { return s.nextDashedRemark(0) }

// nextDashedRemark is dashedRemark from token from on. A remark's dashes
// stand inside the sentence, with no other mark of a clause's end
// between them; the clause before it has a finite auxiliary or modal
// and the words after it end in the participle or infinitive that
// closes it ("soll – so heißt es – am Montag entscheiden"). A
// headline's "A – B – C" lists three things and stays cut. The first
// dash of a dateline ("Wien – Die Regierung …") opens no remark.
func (s *sent) nextDashedRemark(from int) (closing, opening int) {
	toks := s.toks
	isDash := func(k int) bool { return toks[k].punct == '–' || toks[k].punct == '—' }
	dateline := -1
	if from == 0 {
		// The remark's first dash is no earlier than the sentence's first,
		// found here: the search below begins there.
		for from < len(toks) && !isDash(from) {
			from++
		}
		if from <= 4 && from < len(toks) && !slices.ContainsFunc(toks[:from], func(t token) bool { return t.word() && !t.upper }) {
			dateline = from
		}
	}
	for a := from; a < len(toks); a++ {
		if !isDash(a) || a == dateline || a == 0 {
			continue
		}
		z := a + 1
		for z < len(toks) && !isDash(z) && toks[z].punct != '.' && toks[z].punct != '!' && toks[z].punct != '?' {
			z++
		}
		if z >= len(toks) || !isDash(z) || z == a+1 {
			return -1, -1
		}
		if s.openAuxBefore(a) && s.endsNonFinite(z+1, s.clauseStop(z+1)) {
			return z, a
		}
		a = z - 1 // the closing dash may open the next remark
	}
	return -1, -1
}

// openAuxBefore reports a finite auxiliary or modal in the words before
// token a, since the last mark of a clause: its participle or infinitive
// is still to come.
func (s *sent) openAuxBefore(a int) bool {
	for k := a - 1; k >= 0 && (s.toks[k].word() || s.toks[k].punct == '"'); k-- {
		if _, ok := auxNumber[s.toks[k].lower]; ok && s.toks[k].word() {
			return true
		}
	}
	return false
}

// endsNonFinite reports whether the words toks[b:e] end in a lower-case
// word that may be a participle or an infinitive ("beschlossen",
// "entscheiden"): after a finite auxiliary, that is what it is.
func (s *sent) endsNonFinite(b, e int) bool {
	last := lastWord(s.toks, b, e)
	if last < 0 || s.toks[last].upper || s.toks[last].quoted {
		return false
	}
	_, v := text.Classes(s.toks[last].lower)
	return v&(text.PastParticiple|text.Infinitive) != 0
}

// clauseStop returns the index of the first mark of a clause's end at or
// after token b, or len(toks).
func (s *sent) clauseStop(b int) int {
	for k := b; k < len(s.toks); k++ {
		if isCut(s.toks[k].punct) || s.toks[k].punct == '.' || s.toks[k].punct == '!' || s.toks[k].punct == '?' {
			return k
		}
	}
	return len(s.toks)
}

// markBetween reports a mark that cuts a clause (not a comma) between
// toks[i] and toks[z].
func markBetween(toks []token, i, z int) bool {
	for j := i + 1; j < z; j++ {
		if p := toks[j].punct; p != ',' && isCut(p) {
			return true
		}
	}
	return false
}

// pointsElsewhere reports whether the bracket opened at toks[i] points
// the reader elsewhere ("(siehe unten)", "(s. unten)", "(vgl. Seite
// 3)"): its verb is the reference's, not the clause's around it.
func pointsElsewhere(toks []token, i int) bool {
	if i+1 >= len(toks) || !toks[i+1].word() {
		return false
	}
	switch toks[i+1].lower {
	case "siehe", "vgl":
		return true
	case "s":
		return i+2 < len(toks) && toks[i+2].punct == '.'
	}
	return false
}

// closingBracket returns the index of the ")" that closes the "(" at
// toks[i], or -1 when none does before another "(".
func closingBracket(toks []token, i int) int {
	for j := i + 1; j < len(toks); j++ {
		switch toks[j].punct {
		case ')':
			return j
		case '(':
			return -1
		}
	}
	return -1
}

// coordinatedRelative reports an "und" or "oder" at i that ends the
// relative clause begun at segStart and opens a second one beside it
// ("…, der seit dem Putsch heftiger wurde und in dem auch die Miliz
// mitredet"): the second clause's actors and places are not the first's.
// The caller has asked mayCoordinate of token i.
func (s *sent) coordinatedRelative(segStart, i int) bool {
	toks := s.toks
	if segStart == 0 {
		return false
	}
	if w := firstWord(toks, segStart, i); w < 0 || !toks[w].is(relatives|prepositions) || s.segmentKind(segStart, i, false) != segSub {
		return false
	}
	e := i + 1
	for e < len(toks) && !isCut(toks[e].punct) {
		e++
	}
	w := firstWord(toks, i+1, e)
	return w >= 0 && toks[w].is(relatives|prepositions) && s.segmentKind(i+1, e, false) == segSub
}

// mayCoordinate reports an "und" or "oder", the only words
// coordinatedRelative looks further at: clauses asks it first, inlined,
// of every token it passes.
func mayCoordinate(t *token) bool { return t.punct == 0 && (t.lower == "und" || t.lower == "oder") }

// closesBracket reports a segment toks[b:e] whose last word can be a past
// participle or an infinitive, which may close a main clause's verb
// bracket after a subordinate clause ("…, sowie wegen Betrugs
// verurteilt").
func (s *sent) closesBracket(b, e int) bool {
	last := lastWord(s.toks, b, e)
	if last < 0 || s.toks[last].upper || s.finiteVerb(last) {
		return false
	}
	_, v := text.Classes(s.toks[last].lower)
	return v&(text.PastParticiple|text.Infinitive) != 0
}

// apposition reports whether the segment toks[b:e], between two commas,
// describes the actor named right before it: ", der Amazon-Boss,",
// ", Berater des Weißen Hauses in Trumps erster Amtszeit,". The actors
// inside it are no participants of the sentence's event. A segment that
// starts with another actor is a list (", Elon Musk,"), unless that actor
// is a possessor (", Trumps stellvertretender Stabschef,").
func (s *sent) apposition(b, e int) bool {
	before := b - 2 // the word before the comma
	if before < 0 || s.toks[before].actor < 0 {
		return false
	}
	w := firstWord(s.toks, b, e)
	if w < 0 {
		return false
	}
	t := &s.toks[w]
	if !t.upper && !t.is(determiners) {
		return false
	}
	if t.actor >= 0 && !s.possessor(&s.actors[t.actor]) {
		return false
	}
	if t.is(determiners) && s.namesHead(before, w+1, e) {
		return false
	}
	for j := w; j < e; j++ {
		if s.toks[j].is(pastAux | perfectAux | futureAux | strongPreterites) {
			return false // a clause, not a description
		}
	}
	return true
}

// namesHead reports the segment toks[from:e], after an article, as one
// name that names the noun the actor ending at token before is the
// genitive of, a firm's kin or a person's noun: in "die Tochter der
// Beispiel AG, die Muster GmbH," the daughter is Muster, who the sentence
// then tells of, not Beispiel ("das Vermögen der Beispiel AG, der Muster
// GmbH," names Beispiel again).
func (s *sent) namesHead(before, from, e int) bool {
	a, n := s.toks[before].actor, s.toks[from].actor
	if a < 0 || n < 0 || from >= e || lastWord(s.toks, from, e) != s.actors[n].last {
		return false
	}
	r := &s.actors[a]
	if r.last != before || r.first < 2 {
		return false
	}
	det, head := &s.toks[r.first-1], &s.toks[r.first-2]
	return (det.lower == "der" || det.lower == "des") && head.word() && head.upper && head.actor < 0 && !head.is(determiners) &&
		(personNoun(head.lower) || personNoun(headOf(head.text)) || hasAnyPrefix(head.lower, kinNouns))
}

// headOf returns the last part of a compound the lexicon does not list,
// in lower case ("nachfolgerin" of "Rechtsnachfolgerin"), or "".
func headOf(w string) string {
	if part, _, ok := text.HeadNoun(w); ok && len(part) < len(w) {
		return text.Lower(part)
	}
	return ""
}

// kinNouns open the nouns of a firm related to another: "Tochter",
// "Tochtergesellschaft", "Mutterkonzern", "Schwesterfirma".
var kinNouns = []string{"tochter", "mutter", "schwester"}

// possessor reports a genitive before its noun: "Trumps Wahlkampf",
// "Bezos‘ Firma" — by its apostrophe, or by an s that the actor's name
// lacks ("Bezos sagte" is no genitive), and the noun or adjective after it.
func (s *sent) possessor(r *actorRef) bool {
	n := r.last + 1
	if n < len(s.toks) && (s.toks[n].punct == '‘' || s.toks[n].punct == '’' || s.toks[n].punct == '\'') {
		return n+1 < len(s.toks) && s.toks[n+1].word()
	}
	if n >= len(s.toks) || !s.toks[n].word() || (!s.toks[n].upper && !hasDeclension(s.toks[n].lower)) {
		return false
	}
	stem, ok := strings.CutSuffix(s.a.Text[r.Start:r.End], "s")
	if !ok || s.names == nil || r.Actor < 0 || r.Actor >= len(s.names) {
		return false
	}
	a := &s.names[r.Actor]
	if stem == a.Name || strings.HasSuffix(a.Name, " "+stem) || slices.Contains(a.Aliases, stem) {
		return true
	}
	// A form that is the name plus s is a genitive unless the name itself
	// is written with that s.
	return !strings.HasSuffix(a.Name, stem+"s") && !slices.Contains(a.Aliases, stem+"s")
}

// postGenitive reports a name in the genitive right after a common noun,
// which it is an attribute of: "die Politik Frankreichs", "die Politik
// Trumps".
func (s *sent) postGenitive(r *actorRef) bool {
	p := r.first - 1
	if p <= 0 || p == firstWord(s.toks, 0, len(s.toks)) {
		return false
	}
	if t := &s.toks[p]; !t.word() || !t.upper || t.actor >= 0 || t.is(determiners) || t.quoted {
		return false
	}
	stem, ok := strings.CutSuffix(s.a.Text[r.Start:r.End], "s")
	if !ok || r.Actor < 0 || r.Actor >= len(s.names) {
		return false
	}
	a := &s.names[r.Actor]
	return stem == a.Name || strings.HasSuffix(a.Name, " "+stem) || slices.Contains(a.Aliases, stem)
}

// isPerson reports whether actor a is a person; an organisation takes an
// article ("den FC Bayern").
func (s *sent) isPerson(a int) bool {
	return a >= 0 && a < len(s.names) && s.names[a].Kind == model.Person
}

func isCut(p rune) bool {
	switch p {
	case ',', ';', ':', '–', '—', '•':
		return true
	}
	return false
}

type segKind uint8

const (
	segCont       segKind = iota // continues the clause before it
	segSub                       // opens a subordinate clause
	segInfinitive                // opens an infinitive clause ("um … zu treffen")
	segVerb                      // starts with a finite verb: back to the main clause
	segMain                      // "und"/"aber" with a subject and a finite verb of its own: a second main clause
)

// segmentKind classifies the segment toks[b:e] by its first words.
func (s *sent) segmentKind(b, e int, first bool) segKind {
	toks := s.toks
	w := firstWord(toks, b, e)
	if w < 0 {
		return segCont
	}
	lw, cls := toks[w].lower, toks[w].cls
	next := firstWord(toks, w+1, e)
	var nextCls wordClass
	if next >= 0 {
		nextCls = toks[next].cls
	}
	if cls&subordinators != 0 && !toks[w].quoted {
		if cls&prepositionalSubordinators != 0 && (next < 0 || nextCls&determiners != 0) {
			if cls&infinitiveOpeners != 0 && endsInZuInfinitive(toks, b, e) && !s.hasFinite(b, lastZu(toks, b, e)) {
				return segInfinitive // ", um der Miliz zu dienen"
			}
			return segCont // "Während des Treffens", "um die Welt"
		}
		if first && !onlySubordinator(lw) && !s.verbFinal(w, e) {
			return segCont // a sentence-initial "Wie", "Da", "Als" is too often an adverb
		}
		if cls&infinitiveOpeners != 0 || cls&prepositions != 0 && endsInZuInfinitive(toks, b, e) && !s.hasFinite(b, lastZu(toks, b, e)) {
			return segInfinitive // also ", bis Juni ein Gesetz zu verhandeln": "bis" of the date, not a clause's
		}
		return segSub
	}
	if first {
		return segCont
	}
	if cls&v1Conditionals != 0 {
		return segSub // ", sollte Zuckerberg … ähnlich handeln": a condition
	}
	if s.indirectSpeech(w, e) {
		return segSub // "Bezos sagte, Trump sei … gewachsen"
	}
	if cls&relatives != 0 && next >= 0 && s.isRelativeClause(next, b, e) && (b == 0 || toks[b-1].punct == ',') &&
		!(endsInZuInfinitive(toks, b, e) && !s.hasFinite(b, lastZu(toks, b, e))) { // (", die beiden Eichen zu retten": an object, no relative pronoun)
		// (after a dash or a colon "Der" opens a sentence of its own:
		// "1995 – Der schwer verletzte Fahrer stirbt")
		return segSub
	}
	if cls&prepositions != 0 && nextCls&relatives != 0 {
		// ", zu denen …" always; ", bei dem …" unless ", mit dem designierten US-Präsidenten"
		if nextCls&pronounOnly != 0 {
			return segSub
		}
		if after := firstWord(toks, next+1, e); after >= 0 && !toks[after].upper && s.isRelativeClause(after, b, e) {
			return segSub
		}
	}
	if endsInZuInfinitive(toks, b, e) && !s.hasFinite(b, lastZu(toks, b, e)) {
		return segInfinitive // ", um Trump zu treffen", not "…, und ist nicht mehr zu verdrängen"
	}
	if !toks[w].upper && cls&(determiners|prepositions|conjunctions) == 0 {
		return segVerb
	}
	if s.coordinatedMain(w, e) {
		return segMain
	}
	return segCont
}

// coordinatedMain reports a segment toks[w:e] after a comma that opens
// with "und", "aber", "oder" or "doch", or with a possessive and an
// auxiliary after its noun, and goes on with a subject of its own and its
// finite verb: in "Die Stadt legt den Plan vor, und 300
// Händler demonstrieren vor dem Rathaus" the traders protest, not the
// city. Without a subject of its own (", und ist nicht mehr …") the
// clause shares the one before it.
func (s *sent) coordinatedMain(w, e int) bool {
	toks := s.toks
	if w == 0 || toks[w-1].punct != ',' {
		return false
	}
	possessive := false
	switch toks[w].lower {
	case "und", "aber", "oder", "doch":
	case "sein", "seine", "ihr", "ihre":
		// ", seine Frau wurde 1942 ermordet": a clause of its own with
		// its subject first, no conjunction between, when its verb is
		// surely finite (not ", sein Programm gestartet", a participle
		// of the clause before)
		possessive = true
	default:
		return false
	}
	for k := w + 1; k < e && k <= w+5; k++ {
		t := &toks[k]
		switch {
		case !t.word():
			return false
		case k > w+1 && !t.upper && (possessive && t.is(pastAux|perfectAux|futureAux) || !possessive && s.finiteForm(k)):
			return true
		case !t.upper && !t.is(determiners|thingNumerals) && !isDigit(t.text[0]) && t.actor < 0:
			return false
		}
	}
	return false
}

// verbFinal reports a segment toks[w:e] that ends in a lower-case word
// before a comma, the verb of a subordinate clause: "Wie VW am Freitag
// mitteilte, …", unlike "Da traf er Trump, der …".
func (s *sent) verbFinal(w, e int) bool {
	last := lastWord(s.toks, w+1, e)
	if last < 0 || e >= len(s.toks) || s.toks[e].punct != ',' {
		return false
	}
	t := &s.toks[last]
	return !t.upper && !t.quoted && t.actor < 0 && t.timex < 0 && !t.is(determiners|prepositions|conjunctions)
}

// onlySubordinator lists conjunctions that cannot be anything else at the
// start of a sentence.
func onlySubordinator(w string) bool {
	switch w {
	case "weil", "dass", "daß", "obwohl", "obgleich", "nachdem", "bevor", "sobald", "sofern", "falls", "wenn", "ob", "während":
		return true
	}
	return false
}

// isRelativeClause decides whether a pronoun "der/die/das…" followed by
// toks[n] opens a relative clause rather than a noun phrase in a list or
// apposition (", die japanische Softbank Group", ", der Amazon-Boss").
func (s *sent) isRelativeClause(n, b, e int) bool {
	t := &s.toks[n]
	if isDigit(t.lower[0]) {
		// ", dem 14. April 2024,": a date in apposition; but ", die 2004
		// vom Hochwasser betroffen war" ends in its finite verb
		last := lastWord(s.toks, b, e)
		return last > n && s.finiteVerb(last)
	}
	if t.upper {
		// An article before a noun; but articles do not precede personal
		// names, so ", dem Trump wiederholt …" is a relative clause, and a
		// segment that ends in a finite verb is one too (", das Einsparungen
		// … vornehmen soll").
		if t.actor >= 0 && !s.actors[t.actor].modifier && s.isPerson(s.actors[t.actor].Actor) {
			return true
		}
		last := lastWord(s.toks, b, e)
		return last > n && s.finiteVerb(last)
	}
	if t.is(determiners) {
		return true // ", die ihre Beteiligung …"
	}
	// An adjective with a declension ending before a noun: a noun phrase,
	// unless a finite verb ends the segment (", die zahlreiche Flüge
	// absagen musste,").
	if after := firstWord(s.toks, n+1, e); after >= 0 && s.toks[after].upper && hasDeclension(t.lower) {
		last := lastWord(s.toks, b, e)
		return last > after && s.finiteVerb(last)
	}
	return true
}

// hasDeclension reports whether w ends in a declension ending: "e",
// "en", "er", "es" or "em" (asked of many words of a sentence: its last
// two bytes, not a loop over the endings).
func hasDeclension(w string) bool {
	n := len(w)
	if n == 0 {
		return false
	}
	switch w[n-1] {
	case 'e':
		return true
	case 'n', 'r', 's', 'm':
		return n > 1 && w[n-2] == 'e'
	}
	return false
}

// indirectSpeech reports a segment that starts with a name or pronoun
// and whose verb is in the Konjunktiv I of reported speech ("…, Trump sei
// seit seiner letzten Präsidentschaft gewachsen").
func (s *sent) indirectSpeech(w, e int) bool {
	subject := s.toks[w].upper || s.toks[w].is(subjectPronouns) ||
		s.toks[w].is(determiners) && w+1 < e && s.toks[w+1].word() && s.toks[w+1].upper // "…, der Kanzler solle …"
	if !subject {
		return false
	}
	for j := w + 1; j < e; j++ {
		if s.toks[j].is(konjunktivI) && !s.toks[j].quoted {
			return true
		}
	}
	return false
}

// prepositionalRelative reports a clause g that a preposition and a
// relative pronoun open: ", bei dem …", ", in der …".
func (s *sent) prepositionalRelative(g int) bool {
	w := slices.IndexFunc(s.toks, func(t token) bool { return t.group == g && t.word() })
	return w >= 0 && w+1 < len(s.toks) && s.toks[w].is(prepositions) && s.toks[w+1].is(relatives)
}

// finiteVerb reports a word that is surely a finite verb: an auxiliary, a
// modal or a simple past.
func (s *sent) finiteVerb(i int) bool {
	t := &s.toks[i]
	if t.finite != 0 {
		return t.finite > 0
	}
	v := t.is(pastAux|perfectAux|futureAux|reportative|hypothetical|intention|strongPreterites) || s.weakPreterite(i) || s.layerStrongPreterite(i)
	if len(s.spans) > 0 {
		// (the answer is kept once the clauses are worked out: a word
		// that opens its clause reads otherwise, and clauses asks
		// before all clauses are known)
		t.finite = answer(v)
	}
	return v
}

// answer is a kept yes or no of a token's fields.
func answer(v bool) int8 {
	if v {
		return 1
	}
	return -1
}

// layerStrongPreterite reports a lower-case word the text layer reads as
// a preterite that does not end like a weak one: the strong preterites
// the list of the rules lacks ("starben"), as text.IsStrongPreterite
// tells, from the readings the layer keeps per token.
func (s *sent) layerStrongPreterite(i int) bool {
	t := &s.toks[i]
	if !t.word() || t.upper || len(t.lower) < 3 {
		return false
	}
	d := &s.doc.Tokens[t.at]
	s.doc.Classify(int(d.Sentence))
	return d.Verb&text.Preterite != 0 && !text.WeakPreteriteEnding(t.lower)
}

// lastZu returns the last "zu" of toks[b:e], or e.
func lastZu(toks []token, b, e int) int {
	for j := e - 1; j >= b; j-- {
		if toks[j].lower == "zu" {
			return j
		}
	}
	return e
}

// hasFinite reports an auxiliary or modal in toks[b:e] (before its "zu
// haben"): the segment has a finite verb of its own.
func (s *sent) hasFinite(b, e int) bool {
	for j := b; j < e; j++ {
		if s.toks[j].is(pastAux | perfectAux | futureAux | reportative | hypothetical | intention) {
			return true
		}
	}
	return false
}

// endsInZuInfinitive reports a segment like ", das Kapitol zu stürmen".
func endsInZuInfinitive(toks []token, b, e int) bool {
	last := lastWord(toks, b, e)
	if last < 0 {
		return false
	}
	if toks[last].upper {
		return false
	}
	if joinedZuInfinitive(toks[last].lower) {
		return true // ", in Potsdam ein Angebot vorzulegen"
	}
	prev := lastWord(toks, b, last)
	return prev >= 0 && toks[prev].lower == "zu"
}

// zuComplement reports a verb at token i that is a "zu" infinitive of a
// clause hanging on clause g: "teilte mit, 1.300 Stellen zu streichen",
// "kündigte an, das Werk abzubauen".
func (s *sent) zuComplement(i, g int) bool {
	t := &s.toks[i]
	if t.group == g || s.host[t.group] != g || t.upper {
		return false
	}
	if f := firstWordOf(s.toks, t.group); f >= 0 {
		switch s.toks[f].lower {
		case "um", "ohne", "statt", "anstatt":
			return false // "rief zum Streik auf, um den Druck zu erhöhen": what for, no complement
		}
	}
	return joinedZuInfinitive(t.lower) || i > 0 && s.toks[i-1].lower == "zu"
}

// announcedDeed returns the noun of what a zu-infinitive that complements
// clause g tells, when no trigger of the lexicon names it ("kündigte an,
// die Produktion zu verlagern": "Verlagerung"): the verb's noun in
// "-ung", when the text layer's lexicon knows it, of a verb that is no
// support verb of an idiom ("Anzeige zu stellen", "Gespräche zu führen"
// name their deed by the noun); or "".
func (s *sent) announcedDeed(g int) string {
	for i := range s.toks {
		t := &s.toks[i]
		if !t.word() || t.upper || t.quoted || len(t.forms) > 0 || t.noun != 0 || !s.zuComplement(i, g) {
			continue
		}
		lemma := s.doc.Lemma(int(t.at))
		if supportVerbs[lemma] || !strings.HasSuffix(lemma, "n") {
			return ""
		}
		stem := strings.TrimSuffix(lemma, "n")
		if !strings.HasSuffix(stem, "er") && !strings.HasSuffix(stem, "el") {
			stem = strings.TrimSuffix(stem, "e")
		}
		n := strings.ToUpper(stem[:1]) + stem[1:] + "ung"
		for _, r := range text.Lookup(n) {
			if r.Class == text.Noun && r.Lemma == n {
				// "die Produktion zu verlagern", "eine Frist
				// festzulegen": what it is done to, in the genitive,
				// which a feminine or plural article gives as "der" or
				// "einer" (a masculine or neuter noun would need its own
				// ending)
				f := firstWordOf(s.toks, t.group)
				if f < 0 || f+1 >= i || !s.toks[f+1].word() || !s.toks[f+1].upper || s.toks[f+1].quoted {
					return n
				}
				switch s.toks[f].lower {
				case "die":
					return n + " der " + s.toks[f+1].text
				case "eine":
					return n + " einer " + s.toks[f+1].text
				}
				return n
			}
		}
		return ""
	}
	return ""
}

// supportVerbs lend their idioms' nouns the deed ("Anzeige stellen",
// "Gespräche führen", "Hilfe leisten"): their own "-ung" nouns name
// something else ("Stellung", "Führung", "Leistung"). The light verbs
// of the trigger lexicon's idioms are among them.
var supportVerbs = func() map[string]bool {
	m := maps.Clone(lightVerbs)
	for w := range strings.FieldsSeq(`führen leisten halten geben machen treffen setzen legen lassen sehen finden
		sorgen stehen tragen üben erstatten erheben fassen richten`) {
		m[w] = true
	}
	return m
}()

// firstWordOf returns the first word of clause g, or -1.
func firstWordOf(toks []token, g int) int {
	return slices.IndexFunc(toks, func(t token) bool { return t.group == g && t.word() })
}

// joinedZuInfinitive reports an infinitive with "zu" between a separable
// particle and the verb: "vorzulegen", "abzuziehen", "einzurichten".
func joinedZuInfinitive(w string) bool {
	if len(w) < 7 || !strings.HasSuffix(w, "n") {
		return false
	}
	for _, p := range separableParticles {
		if rest, ok := strings.CutPrefix(w, p); ok && strings.HasPrefix(rest, "zu") && len(rest) >= len("zu")+4 {
			return true
		}
	}
	return false
}

// separableParticles start separable verbs.
var separableParticles = []string{"ab", "an", "auf", "aus", "bei", "ein", "fest", "fort", "frei", "her", "hin",
	"los", "mit", "nach", "vor", "weg", "zurück", "zusammen", "weiter", "wieder", "bekannt", "teil", "statt", "heraus", "vorbei", "bereit"}

// separable holds the separableParticles, for a word asked about alone.
var separable = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range separableParticles {
		m[p] = true
	}
	return m
}()

func firstWord(toks []token, b, e int) int {
	for i := b; i < e && i < len(toks); i++ {
		if toks[i].word() {
			return i
		}
	}
	return -1
}

func lastWord(toks []token, b, e int) int {
	for i := min(e, len(toks)) - 1; i >= b; i-- {
		if toks[i].word() {
			return i
		}
	}
	return -1
}

// scopeOf returns how far token i's clause is from clause g along g's
// chain of hosts (0: g itself, 1: its host, …), or -1 when i lies
// elsewhere. A trigger's actors and dates come from this chain: a relative
// clause's from itself and its main clause, an infinitive clause's also
// from the clause it hangs on.
func (s *sent) scopeOf(i, g int) int {
	tg := s.toks[i].group
	for d := 0; d < 4; d++ {
		if tg == g {
			return d
		}
		if s.host[g] == g {
			if tg == s.parent[g] {
				return d + 1
			}
			return -1
		}
		g = s.host[g]
	}
	return -1
}

// isMain reports whether clause g is a main clause.
func (s *sent) isMain(g int) bool { return s.parent[g] == g }

// question reports whether the sentence asks rather than tells.
func (s *sent) question() bool {
	for i := len(s.toks) - 1; i >= 0; i-- {
		switch p := s.toks[i].punct; p {
		case '"', ')':
			continue
		case '?':
			return !s.toks[i].quoted
		default:
			return false
		}
	}
	return false
}

// shouted reports a word of two or more letters written all in capitals.
func shouted(w string) bool {
	// Most words asked are a capital, then lower case: a lower-case
	// letter second says no at once (in an inlined test). (It is no
	// byte of a longer first rune either.)
	if len(w) > 1 && w[1]-'a' < 26 {
		return false
	}
	return shoutedLetters(w)
}

// shoutedLetters is shouted of a word whose second byte is no lower-case
// ASCII letter.
func shoutedLetters(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case unicode.IsLower(r):
			return false
		case unicode.IsUpper(r):
			letters++
		}
	}
	return letters >= 2
}
