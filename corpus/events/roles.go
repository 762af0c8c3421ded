package events

import (
	"slices"
	"strings"

	"chronik/corpus/actors"
	"chronik/corpus/text"
	"chronik/model"
)

// Roles: who did what to whom, from the clause that tells it.
//
// In the active voice the subject of the finite verb acts: the first
// actor the clause names without an article of the dative or accusative
// and without a preposition, and those joined to it by "und" or a comma
// ("Bezos und Musk trafen …"); an actor after it in the same case is the
// object ("Facebook sperrte Trump"), as is one with such an article or
// pronoun ("verbannte den damaligen Präsidenten", "ihn") or after "an" or
// "gegen" ("Kritik an Musk", "Klage gegen OpenAI"). In the passive voice
// ("wurde … gesperrt") the subject is what it is done to and a "von" or
// "durch" phrase names who acts ("Trump wurde von Facebook gesperrt").
// In kinds where all take part alike (a meeting, an agreement, a match)
// every actor is a participant.

// symmetricKinds are happenings in which no actor does it to another: the
// guests of a dinner, the parties of a deal or a match.
var symmetricKinds = kindsOf(
	KindMeeting, KindAgreement, KindMerger, KindMatch,
	KindStrike, KindProtest, KindInterview, KindFounding,
)

// roleOrder puts agents first, then participants, then patients: the
// first actor of a mention is who acts, when the text names one.
func roleOrder(r model.Role) int {
	switch r {
	case model.RoleAgent:
		return 0
	case model.RolePatient:
		return 2
	}
	return 1
}

// passive reports whether the clause of trigger c, of kind k, is in the
// passive voice: a form of "werden" with a past participle ("wurde …
// gesperrt", "ist … entlassen worden"), or a form of "sein" with the
// trigger's participle when the kind is done to someone ("Angeklagt sind
// zwei Manager", "Der Mann ist verhaftet", in the participle's own
// segment of the clause): the state it left, whose
// subject underwent it (a verb of this kind forms its perfect with
// "haben", so "sein" is no perfect; with "haben" in the clause the
// participle is that perfect's: "Facebook hatte Trump gesperrt und war
// zufrieden"), or a headline's participle of such a kind with no finite
// verb at all.
func (s *sent) passive(g int, c cand, k Kind) bool {
	if c.tense != tenseParticiple && c.tense != tenseNone && s.toks[c.tok].group == g {
		return false // the trigger is the finite verb: "…, kritisiert X" after a passive it quotes
	}
	own := c.tense == tenseParticiple && s.toks[c.tok].group == g
	aux, copular, haben, participle := false, false, false, own
	from, to := s.clauseTokens(g)
	for i := from; i < to; i++ {
		t := &s.toks[i]
		if t.group != g || !t.word() || t.quoted {
			continue
		}
		aux = aux || t.is(passiveAux)
		copular = copular || t.is(copula) && t.seg == s.toks[c.tok].seg
		haben = haben || t.is(habenForms)
		participle = participle || s.participleAt(i)
	}
	// "Karl Huber in Linz festgenommen": a headline's passive, its
	// auxiliary left out, so that no finite verb stands in the clause;
	// it tells whom it befell, whom the clause names (one naming no one,
	// "Straßen gesperrt", reads as a note beside the headline's news)
	// (of a kind a headline tells so, whoever it names: "Neue Regierung
	// vereidigt"; people counted or named by their noun alone, "18
	// Menschen verschleppt", are whom it befell by the opening's reading)
	headline := s.headlineBlock() && headlinePassives.has(k) && s.openingSubject(c.tok) == ""
	elliptic := own && !aux && !copular && !haben && (headline || slices.ContainsFunc(s.actors, func(r actorRef) bool {
		return r.first >= 0 && !r.quoted && s.toks[r.first].group == g
	})) && !s.finiteIn(g) // (the pass over the clause's words last)
	return aux && participle || (copular && !haben || elliptic) && own && (doneToKinds.has(k) || patientKinds.has(k) || againstKinds.has(k) || headline)
}

// sidedKinds are the happenings of symmetricKinds whose actors have
// sides all the same (GUIDELINES.md §5): who strikes, protests or founds
// does it, and the employer struck, whom a protest is against and what
// was founded undergo it. Their roles come from the clause as an
// action's do; their titles and merging stay those of symmetricKinds.
var sidedKinds = kindsOf(KindStrike, KindProtest, KindFounding)

// collectiveKinds are done by many together, who stop work or take to the
// streets, against someone: a strike, a protest.
var collectiveKinds = kindsOf(KindStrike, KindProtest)

// assignRoles gives each actor of a mention its role. rs is in the order
// of the sentence.
func (s *sent) assignRoles(rs []ranked, kind Kind, passive bool, trig int) {
	if symmetricKinds.has(kind) && !sidedKinds.has(kind) {
		for i := range rs {
			rs[i].role = model.RoleParticipant
		}
		return
	}
	if kind == KindDeath || kind == KindDisaster || kind == KindCollapse {
		// who dies undergoes it, and nobody does it: "Musk starb 1971,
		// zwanzig Jahre danach Scholz"; nor does anyone make a storm or a
		// flood ("der Frachter X geriet in den Hurrikan": X undergoes it),
		// nor break what breaks apart ("Die Koalition zerbrach").
		// The subject of the clause a relative one hangs on did not die
		// with the relative pronoun's noun: "Auf X, der im Amt starb,
		// folgte Y".
		own := slices.ContainsFunc(rs, func(r ranked) bool { return r.order == 0 && r.rank == 0 })
		for i := range rs {
			if rs[i].rank == 0 && (rs[i].order <= 0 || !own) {
				rs[i].role = model.RolePatient
			} else {
				rs[i].role = model.RoleParticipant
			}
		}
		return
	}
	var lastAgent [8]int // per clause distance (ranked.order): the last agent's index in rs, +1
	agents, patients := 0, 0
	plural := !passive && s.pluralFinite(s.toks[trig].group, trig)
	ownAgent := false // the trigger's own clause names who acts
	for i := range rs {
		if rs[i].order == 0 && rs[i].rank == 0 && (!passive || rs[i].prep != "") {
			ownAgent = true
		}
	}
	for i := range rs {
		r := &rs[i]
		o := min(max(r.order, 0), len(lastAgent)-1)
		switch {
		case r.undergoes, r.prep == "bei" && collectiveKinds.has(kind):
			// ("streikte bei X": the employer struck)
			r.role = model.RolePatient
		case r.order > 0 && ownAgent && r.rank == 0:
			// the subject of the clause a subordinate one hangs on, when
			// the trigger's clause has its own: "Zuckerberg, dem Trump …
			// gedroht hatte"
			r.role = model.RoleParticipant
		case s.laterVerbPhrase(trig, r.pos):
			// "war zurückgetreten und hatte die Geschäfte an einen Freund
			// abgegeben": the other verb's
			r.role = model.RoleParticipant
		case passive && (r.prep == "von" || r.prep == "vom" || r.prep == "durch"):
			r.role = model.RoleAgent
		case r.prep == "an" && givingKinds.has(kind):
			// "verkaufte die Sparte an X", "wurde an X verkauft",
			// "übergab das Mandat an X": whom it went to received it;
			// what was given is the object
			r.role = model.RoleParticipant
		case passive && r.order > 0 && r.rank == 0:
			// "X erfuhr, dass Y festgenommen wurde": the subject of the
			// clause the passive hangs on is not what was done to
			r.role = model.RoleParticipant
		case passive && s.ownVerbSegment(r.pos, trig) && s.verbInOwnSegment(r.pos):
			// "Die Kripo kam ihm auf die Spur, er wurde am Montag
			// festgenommen": the subject of another verb's segment
			// underwent nothing of the passive's
			r.role = model.RoleParticipant
		case passive && r.rank == 0 && r.det == "des":
			r.role = model.RoleParticipant // "wurde der Sprecher des Konzerns getötet": whom he speaks for did not undergo it
		case passive && r.rank == 0, passive && (r.prep == "an" || r.prep == "gegen"):
			r.role = model.RolePatient // "Gegen X wurde Haftbefehl erlassen"
		case passive:
			r.role = model.RoleParticipant
		case r.rank == 1, r.prep == "an", r.prep == "gegen":
			r.role = model.RolePatient
		case r.prep == "durch":
			r.role = model.RoleAgent // "die Sperre durch Facebook"
		case r.rank == 2:
			r.role = model.RoleParticipant
		case lastAgent[o] > 0 && r.det == "der" && !s.coordinated(rs[lastAgent[o]-1].last, r.pos):
			// after the subject, "der" is a dative or genitive: "verkaufte
			// der Zeitung eine Geschichte"
			r.role = model.RoleParticipant
		case plural && r.order == 0 && lastAgent[o] == 0 && s.names[r.actor].Kind == model.Person && !s.coordinatedAt(rs, i):
			// "Viele, die Kurz kritisiert hatten": one person is not the
			// subject of a verb in the plural
			if r.prep == "" && r.rank != 2 {
				r.role = model.RolePatient
			} else {
				r.role = model.RoleParticipant
			}
		case lastAgent[o] == 0 && !s.otherSubject(r.pos, trig):
			r.role = model.RoleAgent
			lastAgent[o] = i + 1
		case lastAgent[o] > 0 && s.coordinated(rs[lastAgent[o]-1].last, r.pos):
			r.role = model.RoleAgent // "Bezos und Musk", "OpenAI, Softbank und Oracle"
			lastAgent[o] = i + 1
		case s.ownVerbSegment(r.pos, trig), s.laterVerbSegment(trig, r.pos):
			// "X schwieg, Y ordnete eine Untersuchung an", "X verkauft
			// Züge, der Konzern Y erhält einen Auftrag": another verb's
			// subject
			r.role = model.RoleParticipant
		default:
			r.role = model.RolePatient
		}
		switch r.role {
		case model.RoleAgent:
			agents++
		case model.RolePatient:
			patients++
		}
	}
	firstAgent := len(s.toks)
	for i := range rs {
		if rs[i].role == model.RoleAgent {
			firstAgent = min(firstAgent, rs[i].pos)
		}
	}
	for i := range rs {
		r := &rs[i]
		switch {
		case agents == 0 && kind == KindBan && r.prep == "auf":
			r.role = model.RoleAgent // "wurde auf Facebook gesperrt": the platform bans
			agents++
		case patients == 0 && agents > 0 && r.rank == 2 && r.prep == "" && r.role == model.RoleParticipant && r.pos > firstAgent:
			// "sperrte Trumps Account"; not "Zuckerbergs Firma Facebook",
			// an owner of who acts
			r.role = model.RolePatient
			patients++
		case intransitiveKinds.has(kind) && r.role == model.RolePatient && r.prep == "":
			// "X, der geflohen war, Y und Z verbargen sich": one flees,
			// resigns or strikes on no one
			r.role = model.RoleParticipant
		}
	}
}

// givingKinds are happenings that pass something to someone, named with
// "an": a sale, a handover, a donation.
var givingKinds = kindsOf(KindSale, KindHandover, KindDonation)

// intransitiveKinds are happenings done to no one: who flees, resigns or
// strikes has no object.
var intransitiveKinds = kindsOf(KindFlight, KindResignation, KindStrike)

// coordinated reports whether only "und", "oder", "sowie", "als auch",
// commas and appositions stand between token last and token next: two
// names of one noun phrase.
func (s *sent) coordinated(last, next int) bool {
	joined := false // two names side by side are subject and object: "sperrte Facebook Trump"
	for j := last + 1; j < next; j++ {
		t := &s.toks[j]
		switch {
		case t.punct == ',' || t.word() && t.is(conjunctions):
			joined = true
		case t.word() && (t.lower == "als" && j+1 < next && s.toks[j+1].lower == "auch" || t.lower == "auch" && j > 0 && s.toks[j-1].lower == "als"):
			joined = true // "sowohl Valls als auch Cazeneuve"
		case t.appos:
		case t.punct == '(' || t.punct == ')' || s.inParentheses(j):
			// "Die Velmark Holding (VH) und die Korvex AG …":
			// a name's bracketed short form
		case t.word() && (t.is(determiners) || t.upper && t.actor < 0 ||
			hasDeclension(t.lower) && len(t.forms) == 0 && !s.weakPreterite(j) &&
				!t.is(pastAux|perfectAux|futureAux|prepositions|strongPreterites)):
			// the next name's noun phrase: ", die japanische Softbank"
		default:
			return false
		}
	}
	return joined
}

// governingBodies are the bodies through which an organisation named in
// their genitive acts: "Der Vorstand der Bank beschloss …" is the bank's
// decision (not its staff's or members' deeds, which are their own).
var governingBodies = map[string]bool{"aufsichtsrat": true, "vorstand": true, "regierung": true, "vorsitz": true, "delegation": true}

// otherSubject reports whether the sentence opens with a noun phrase that
// names no actor ("Die Plattform sperrte Trump"), which is then the
// subject of the trigger at token trig, so that an actor at token pos
// after it is not.
func (s *sent) otherSubject(pos, trig int) bool {
	switch s.toks[pos].lower {
	case "er", "ich", "wir":
		return false // a pronoun only a subject takes: "Eine Koalition schloss er aus"
	}
	if s.institutionAfterVerb(pos, trig) || s.personSubjectAfterVerb(pos, trig) || s.peopleSubjectAfterVerb(pos, trig) || s.saysMan(s.toks[trig].group) {
		return true
	}
	if s.pronounSubjectFirst(pos) {
		return true // "…, dass sie X festgenommen habe": the pronoun is the subject, X the object
	}
	if g := s.toks[pos].group; s.openingPronoun(g) {
		// "Er kritisierte die Firma X": a pronoun that opens the clause
		// right before its verb, standing for no one named, is its
		// subject, and a name after it in the same stretch is not (a
		// speaker named in a tag after it may be whom it stands for)
		if w := firstWordOf(s.toks, g); w < pos && s.toks[w].actor < 0 && !s.toks[w].quoted && s.toks[w].seg == s.toks[pos].seg {
			return true
		}
	}
	if pos > trig && len(s.toks[trig].forms) == 0 && s.nounOpensAsSubject(trig) {
		return true // "Hackerangriff trifft Siemens": the happening is the subject, whom its verb names after it what it befell
	}
	first := firstWord(s.toks, 0, len(s.toks))
	if s.namelessPrefield(pos, trig) || s.peopleFirst(pos, trig) || s.bareInstitutionFirst(pos) {
		return true
	}
	if d := s.afterDateline(); d >= 0 && d+2 < pos && s.toks[d].is(nominativeArticles) && s.toks[d].group == s.toks[pos].group {
		// "Linz – Die Polizei hat X festgenommen": after a dateline, a
		// noun that names no one right before the finite verb
		n := &s.toks[d+1]
		return n.word() && n.upper && n.actor < 0 && s.toks[d+2].word() && s.finiteVerb(d+2)
	}
	if first < 0 || first >= pos || !s.toks[first].is(nominativeArticles) || s.toks[first].group != s.toks[pos].group {
		return false
	}
	if seg := s.toks[pos].seg; seg > first && s.toks[seg].word() && !s.toks[seg].upper && len(s.toks[seg].forms) > 0 {
		return false // "…, kritisiert die Biologin X": a segment that opens with its verb has its own subject
	}
	if seg := s.toks[pos].seg; seg != s.toks[first].seg && seg == s.toks[trig].seg && pos < trig {
		return false // "…, Bürgermeister X ordnete an": a segment of its own, its subject before its verb
	}
	if s.namesOpening(first, pos, trig) {
		return false // "Der Gouverneur der Region, Olaf Scholz, ordnete …": the opening phrase's name
	}
	for j := first + 1; j < pos && j <= first+4; j++ {
		t := &s.toks[j]
		switch {
		case !t.word() || t.actor >= 0:
			return false
		case s.placeAttribute(j):
			// "Der Linzer Bürgermeister X": a place's adjective, which
			// the phrase's noun follows
		case t.upper:
			// the finite verb follows the subject ("Die Plattform
			// sperrte"), or the noun's attribute does ("Die Plattform des
			// Konzerns", "Die Polizei in Linz"); not "und" of a longer
			// phrase that goes on to a name ("Der Philosoph und Soziologe X")
			if f := s.firstFinite(s.toks[pos].group, pos); f > j && s.singularFinite(f) && pluralNoun(t.text) {
				// "Die Erwartungen schraubte X nach oben": a plural is no
				// subject of a verb in the singular; the name after it is
				return false
			}
			n := j + 1
			if n+1 == pos && (governingBodies[t.lower] || hasRoleSuffix(t.lower)) && (s.toks[n].lower == "der" || s.toks[n].lower == "des") {
				// "Der Aufsichtsrat der Bank berief X", "Die Außenminister
				// der EU beschlossen …", "Der Sprecher der Bank kündigte …
				// an": the bank acts through its board or its officers
				return false
			}
			return n < pos && s.toks[n].word() && s.toks[n].actor < 0 && !s.toks[n].is(conjunctions)
		case !hasDeclension(t.lower):
			return false
		}
	}
	return false
}

// pronounSubjectFirst reports a subordinate clause of the actor at token
// pos that opens with its conjunction and a subject pronoun before the
// actor ("…, dass sie X festgenommen habe", "weil er X verklagt hatte"):
// right after the conjunction the pronoun is the clause's subject.
func (s *sent) pronounSubjectFirst(pos int) bool {
	g := s.toks[pos].group
	f := firstWordOf(s.toks, g)
	if f < 0 || f+2 > pos || !s.toks[f].is(subordinators) || s.toks[f].upper {
		return false
	}
	p := &s.toks[f+1]
	return p.word() && p.group == g && p.actor < 0 && p.is(subjectPronouns) && p.lower != "ihr" // ("weil ihr X half": a dative, or a possessive)
}

// bareInstitutionFirst reports whether the sentence (or what follows its
// dateline) opens with an institution's noun without an article right
// before its finite verb, and the actor at token pos comes after it:
// "Gericht verurteilt X", "Polizei nimmt X fest", a headline's subject,
// so X is not. (A single capitalised word before the verb is as often an
// adverb, "Gestern hat X …": namelessPrefield leaves it; an institution's
// noun is none.)
func (s *sent) bareInstitutionFirst(pos int) bool {
	o := s.openingWord()
	if o < 0 || pos <= o+1 || !s.toks[o].upper || s.toks[o].actor >= 0 || !isInstitution(s.toks[o].lower) {
		return false
	}
	// the verb right after it: a finite form, or one that is a participle
	// too ("verurteilt"), which with a name after it is the finite one
	v := &s.toks[o+1]
	if !v.word() || v.upper {
		return false
	}
	c, forms := text.Classes(v.lower)
	return s.finiteVerb(o+1) || c&text.Verb != 0 && forms&text.Finite != 0
}

// namelessPrefield reports whether the sentence (or what follows its
// dateline) opens with two or three capitalised words that name no actor,
// no date, no number and no preposition, right before the finite verb of
// the verb trigger at token trig, and the actor at token pos comes after
// that verb: "Rapid Wien hat Trainer X entlassen", "Sturm Graz
// verpflichtete X", "Linz hat X ausgezeichnet" (a place alone). A German
// clause has one phrase before its finite verb, here a name the actors
// do not know, so the actor after the verb
// is not its subject. (One capitalised word before the verb is as often
// an adverb: "Gestern hat X …"; a phrase with a number is as often the
// object: "Zwei Millionen hat X investiert".)
func (s *sent) namelessPrefield(pos, trig int) bool {
	if len(s.toks[trig].forms) == 0 {
		return false // a noun's clause is another verb's: "Kleinen Bauern hilft nach dem Beschluss …"
	}
	first := s.openingWord()
	if first < 0 || pos <= first || s.toks[first].is(prepositions|determiners|subordinators|conjunctions) {
		return false
	}
	v := first
	for v < len(s.toks) && v-first < 4 {
		t := &s.toks[v]
		if !t.word() || !t.upper || t.actor >= 0 || t.timex >= 0 || t.quoted {
			break
		}
		if t.is(thingNumerals|bigNumerals) || isDigit(t.text[0]) {
			return false
		}
		v++
	}
	if n := v - first; n < 1 || n == 1 && !actors.IsPlace(s.toks[first].text) && !isCountry(s.toks[first].lower) || n > 3 || v >= pos || !s.toks[v].word() || s.toks[v].upper || !s.finiteForm(v) {
		// (one word is a subject when it is a place or a country, which
		// acts: "Linz hat X ausgezeichnet"; else it is as often an adverb)
		return false
	}
	for j := min(v, trig); j < max(v, trig); j++ {
		if s.toks[j].punct == ',' {
			return false // "Sein Gegner ist X, der Y schlug": the verb of another clause
		}
	}
	return s.toks[v].group == s.toks[pos].group && s.toks[v].group == s.toks[trig].group
}

// peopleFirst reports a clause (after its dateline, if any) that opens
// with people named by what they are, maybe counted ("rund 30"), right
// before the finite verb of the verb trigger at trig, with the actor at
// pos after that verb: "Rund 30 Klimaaktivisten haben die Westautobahn
// blockiert", "Klimaaktivisten blockieren Westautobahn" (the people are
// the subject, the road what they blocked).
func (s *sent) peopleFirst(pos, trig int) bool {
	if len(s.toks[trig].forms) == 0 {
		return false
	}
	first := s.openingWord()
	if first < 0 {
		return false
	}
	if approximation(s.toks[first].lower) {
		first++
	}
	n := first // a headline's bare noun: "Klimaaktivisten blockieren Westautobahn"
	if s.counts(first) {
		n++
	}
	v := n + 1
	if v >= len(s.toks) || v >= pos || !s.toks[n].word() || !s.toks[n].upper || s.toks[n].actor >= 0 || !s.toks[v].word() || s.toks[v].upper || !s.finiteForm(v) {
		return false
	}
	// (in one comma segment: "X bringt Y in Führung, FC verhindert …"
	// has a subject of its own after the comma; the nouns are looked up
	// last, in the few clauses that get so far)
	return s.toks[v].group == s.toks[pos].group && s.toks[v].group == s.toks[trig].group && s.toks[v].seg == s.toks[pos].seg && s.toks[v].seg == s.toks[trig].seg &&
		(peopleNoun(s.toks[n].lower) || peopleNoun(headPart(s.toks[n].text)))
}

// otherAttribute reports a name r after "von" that opens an extended
// attribute ("das von X gegründete Forum", "ein von X 2019
// mitgegründetes Forum"): an article before "von", then after the name at
// most two lower-case words and a declined word before a capitalised noun,
// the attribute's participle, which is not the trigger at token trig.
// The name did what the participle tells, and takes no part in the
// trigger's happening.
func (s *sent) otherAttribute(r *ranked, trig int) bool {
	v := r.pos - 1
	if v < 1 || !s.toks[v-1].word() || !s.toks[v-1].is(determiners) {
		return false
	}
	for k := r.last + 1; k < len(s.toks)-1 && k <= r.last+3; k++ {
		t := &s.toks[k]
		if !t.word() || t.upper {
			return false
		}
		if n := &s.toks[k+1]; hasDeclension(t.lower) && n.word() && n.upper {
			return k != trig
		}
	}
	return false
}

// approximation reports a word that opens a count as a bound or an
// estimate: "Rund 30 Aktivisten", "Knapp 190 Abgeordnete" (not "Nur", which
// as often opens a comparison: "Nur drei Vereine schossen mehr Tore").
func approximation(w string) bool {
	switch w {
	case "rund", "etwa", "knapp", "fast", "gut", "ungefähr", "circa", "insgesamt":
		return true
	}
	return false
}

// headPart returns, lower case, the end of a compound the lexicon reads
// as its noun ("aktivisten" of "Klimaaktivisten"), or "".
func headPart(w string) string {
	part, _, ok := text.HeadNoun(w)
	if !ok {
		return ""
	}
	return strings.ToLower(part)
}

// saysMan reports a clause whose subject is "man": whoever it names
// underwent what it tells ("Am Montag nahm man X fest").
func (s *sent) saysMan(g int) bool { return s.saysWord(g, "man") }

// personSubjectAfterVerb reports a person named by a masculine noun with
// "der" or "ein" right after the finite verb of the trigger's clause,
// before the actor at token pos: "Am Montag verklagte der Investor
// Oracle", the subject, and Oracle the object. (Before a feminine noun
// "der" is its dative or genitive, "half der Firma X"; a person's noun
// right before a person's name is the name's title, "verklagte der
// Anwalt Müller …".)
func (s *sent) personSubjectAfterVerb(pos, trig int) bool {
	g := s.toks[trig].group
	f := s.firstFinite(g, pos)
	if f < 0 || f+2 >= pos || s.toks[f].seg != s.toks[pos].seg || !s.toks[f+1].word() || s.toks[f+1].lower != "der" && s.toks[f+1].lower != "ein" {
		return false // (after a comma, "…, dann X auch das Treffen", X may act again)
	}
	for j := f + 2; j < pos; j++ {
		switch t := &s.toks[j]; {
		case !t.word() || t.actor >= 0 || t.quoted:
			return false
		case t.upper:
			if !personNoun(t.lower) || !nounOf(t.text, text.Masculine) || nounOf(t.text, text.Feminine) {
				return false
			}
			return j+1 < pos || s.names[s.actors[s.toks[pos].actor].Actor].Kind != model.Person
		case !hasDeclension(t.lower):
			return false
		}
	}
	return false
}

// peopleSubjectAfterVerb reports a plural of people without an article
// right after the first finite verb of the trigger's clause, before the
// noun phrase of the actor at token pos, which opens with an article of
// an object (thingArticles): "griffen Soldaten die Stadt X an",
// "besetzten Demonstranten das Büro von X". The plural is the subject;
// the actor is not.
func (s *sent) peopleSubjectAfterVerb(pos, trig int) bool {
	f := s.firstFinite(s.toks[trig].group, pos)
	if f < 0 || f+2 >= pos || s.toks[f].seg != s.toks[pos].seg || !s.toks[f+2].word() || !thingArticles[s.toks[f+2].lower] {
		return false
	}
	n := &s.toks[f+1]
	if !n.word() || !n.upper || n.quoted || n.actor >= 0 || n.timex >= 0 || !pluralNoun(n.text) || !peopleNoun(n.lower) {
		return false
	}
	for j := f + 3; j < pos; j++ {
		if t := &s.toks[j]; !t.word() || t.actor >= 0 || !t.upper && !hasDeclension(t.lower) {
			return false // (its adjectives and nouns: "die syrische Stadt")
		}
	}
	return true
}

// firstFinite returns the first finite verb of clause g before token
// pos, or -1.
func (s *sent) firstFinite(g, pos int) int {
	from, _ := s.clauseTokens(g)
	for k := from; k < pos; k++ {
		if t := &s.toks[k]; t.word() && t.group == g && !t.upper && !t.quoted && s.finiteForm(k) {
			return k
		}
	}
	return -1
}

// institutionAfterVerb reports a body named by its noun right after the
// finite verb of the trigger's clause, before the actor at token pos:
// "Am Montag verurteilte das Landesgericht Linz X": the subject, in the
// place a German clause gives it after what opens it, and X the object (a
// body's noun before a name is no title of the name, as "die Kanzlerin X"
// would be).
func (s *sent) institutionAfterVerb(pos, trig int) bool {
	f := s.firstFinite(s.toks[trig].group, pos)
	if f < 0 || f+2 >= pos || !s.toks[f+1].word() || !s.toks[f+1].is(nominativeArticles) {
		return false
	}
	body := false
	for j := f + 2; j < pos; j++ {
		switch t := &s.toks[j]; {
		case !t.word() || t.actor >= 0:
			return false
		case t.upper && isInstitution(t.lower):
			if j == pos-1 && hasAnySuffix(t.lower, ledBodies) {
				return false // "beschloss die Regierung Kreisky": the government its head names
			}
			body = true
		case t.upper || hasDeclension(t.lower) || t.lower == "in":
			// its adjectives and seat: "ein Gericht in Linz"
		default:
			return false
		}
	}
	return body
}

// ledBodies are bodies named after who leads them: "die Regierung
// Kreisky", "das Kabinett Merkel".
var ledBodies = []string{"regierung", "kabinett"}

// ownVerbSegment reports an actor at token pos before the comma segment
// of the trigger at token trig, with a finite verb after it in a segment
// of its own: the subject or object of that verb, not of the trigger's
// ("X schwieg, Y ordnete eine Untersuchung an").
func (s *sent) ownVerbSegment(pos, trig int) bool {
	seg := s.toks[trig].seg
	if pos >= seg || s.toks[pos].group != s.toks[trig].group {
		return false
	}
	for k := pos + 1; k < seg; k++ {
		if s.finiteAt(k, s.toks[trig].group) {
			return true
		}
	}
	return false
}

// finiteAt reports a finite verb of clause g at token k: a lower-case
// word outside quotations that finiteForm reads so, and no declined
// adjective that is a verb's form too ("einer bewaffneten Gruppe").
func (s *sent) finiteAt(k, g int) bool {
	t := &s.toks[k]
	return t.word() && !t.upper && !t.quoted && t.group == g && s.finiteForm(k) && !s.adjectiveBeforeNoun(k)
}

// verbInOwnSegment reports a finite verb after the actor at token pos in
// its own comma segment ("Die Kripo kam ihm auf die Spur, …"), not only
// in a relative clause's after it ("X, die Y getötet hat, …").
func (s *sent) verbInOwnSegment(pos int) bool {
	seg := s.toks[pos].seg
	for k := pos + 1; k < len(s.toks) && s.toks[k].seg == seg; k++ {
		if s.finiteAt(k, s.toks[pos].group) {
			return true
		}
	}
	return false
}

// laterVerbSegment reports an actor at token pos in a segment after the
// trigger's at trig that has a finite verb of its own: "…, der Konzern
// Y erhält einen Auftrag".
func (s *sent) laterVerbSegment(trig, pos int) bool {
	seg := s.toks[pos].seg
	if pos <= trig || seg == s.toks[trig].seg || s.toks[pos].group != s.toks[trig].group {
		return false
	}
	for k := seg; k < len(s.toks) && s.toks[k].seg == seg; k++ {
		if t := &s.toks[k]; t.word() && !t.upper && !t.quoted && s.finiteForm(k) {
			return true
		}
	}
	return false
}

// laterVerbPhrase reports an actor at token pos after the trigger at
// trig and after an "und", "oder" or "sowie" right before a finite verb:
// a verb phrase of its own, with the subject they share.
func (s *sent) laterVerbPhrase(trig, pos int) bool {
	for k := trig + 1; k+1 < pos; k++ {
		t := &s.toks[k]
		if t.word() && !t.quoted && (t.lower == "und" || t.lower == "oder" || t.lower == "sowie") && s.toks[k+1].word() && !s.toks[k+1].upper && s.finiteForm(k+1) {
			return true
		}
	}
	return false
}

// namesOpening reports an actor at token pos that names the noun phrase
// opening the sentence at token first, set off by commas between it and
// the finite verb of the trigger at token trig: "Der Gouverneur der
// Region, Prinz X, ordnete an" (not "Die Anwältin, X, gab keine
// Erklärung ab, Y kündigte Berufung an").
func (s *sent) namesOpening(first, pos, trig int) bool {
	seg := s.toks[pos].seg
	if seg <= first+1 || s.toks[seg-1].punct != ',' {
		return false
	}
	verbless := func(t token) bool { return t.punct == ',' || t.word() && len(t.forms) > 0 }
	if slices.ContainsFunc(s.toks[first:seg-1], verbless) {
		return false
	}
	end := seg
	for end < len(s.toks) && s.toks[end].punct != ',' {
		end++
	}
	if end+1 >= len(s.toks) || slices.ContainsFunc(s.toks[seg:end], verbless) {
		return false
	}
	v := &s.toks[end+1]
	return v.word() && !v.upper && s.finiteForm(end+1) && v.seg == s.toks[trig].seg
}

// passiveDone reports a passive of a happening ("wurde … festgenommen",
// "ist … festgenommen worden"), not of a state ("ist verboten"); a
// past modal of need or ability with "werden" tells one done too ("musste
// gesperrt werden", "konnte gerettet werden"), which the present's
// ("muss gesperrt werden") does not.
func (s *sent) passiveDone(g int) bool {
	return s.inClause(g, passiveDoneAux) || s.saysOneOf(g, pastNeedModals) && s.saysWord(g, "werden")
}

// pastNeedModals are the past modals of need or ability (passiveDone).
var pastNeedModals = map[string]bool{"musste": true, "mussten": true, "konnte": true, "konnten": true}

// coordinatedAt reports whether actor rs[i] is one of several who act
// together: joined by "und" or a comma to the actor before or after it,
// or followed by "und" ("X und zwei weitere Forscher").
func (s *sent) coordinatedAt(rs []ranked, i int) bool {
	if n := rs[i].last + 1; n < len(s.toks) && s.toks[n].word() && (s.toks[n].lower == "und" || s.toks[n].lower == "sowie") {
		return true
	}
	return i > 0 && s.coordinated(rs[i-1].last, rs[i].pos) || i+1 < len(rs) && s.coordinated(rs[i].last, rs[i+1].pos)
}

// pluralFinite reports whether the finite auxiliary or modal of the
// trigger's clause and comma segment is in the plural ("hatten",
// "wurden", "wollen"). A clause without one tells nothing here: a verb
// in -en may be a plural or an infinitive.
func (s *sent) pluralFinite(g, trig int) bool {
	plural, _ := s.finiteNumber(g, trig)
	return plural
}

// finiteNumber returns whether the finite auxiliary or modal of the
// segment of clause g that token trig stands in is plural, and whether
// there is one.
func (s *sent) finiteNumber(g, trig int) (plural, found bool) {
	seg := s.toks[trig].seg
	for i := range s.toks {
		t := &s.toks[i]
		// (auxNumber's words are all of a word class: a word of none is
		// not looked up)
		if t.group != g || t.seg != seg || !t.word() || t.quoted || t.cls == 0 {
			continue
		}
		if plural, ok := auxNumber[t.lower]; ok {
			return plural, true
		}
	}
	return false, false
}

// pluralVerb reports whether the verb of candidate c is in the plural:
// its clause's finite auxiliary or modal is ("haben … identifiziert"),
// or it is finite itself and ends in "-en" ("drosselten", "streiken").
func (s *sent) pluralVerb(g int, c cand) bool {
	if plural, found := s.finiteNumber(g, c.tok); found {
		return plural // "soll … in Kraft treten": the modal's number, not the infinitive's ending
	}
	return c.tense != tenseParticiple && c.tense != tenseNone && strings.HasSuffix(s.toks[c.tok].lower, "en")
}

// singularFinite reports a finite verb at token f in the singular: an
// auxiliary or modal that auxNumber says is, or a full verb that does not
// end in "-n" ("schraubte", "hob", "sperrt"; "schraubten", "hoben" are
// plural, as is every first person plural).
func (s *sent) singularFinite(f int) bool {
	w := s.toks[f].lower
	if plural, ok := auxNumber[w]; ok {
		return !plural
	}
	return !strings.HasSuffix(w, "n")
}

// auxNumber holds the finite auxiliaries and modals, which tell the
// number of their clause's subject: true for the plural.
var auxNumber = map[string]bool{
	"haben": true, "hatten": true, "sind": true, "waren": true, "wurden": true, "werden": true, "würden": true, "hätten": true, "wären": true,
	"können": true, "konnten": true, "könnten": true, "wollen": true, "wollten": true, "sollen": true, "sollten": true,
	"müssen": true, "mussten": true, "müssten": true, "dürfen": true, "durften": true, "dürften": true,
	"hat": false, "hatte": false, "habe": false, "ist": false, "sei": false, "war": false, "wurde": false, "wird": false, "werde": false, "würde": false, "hätte": false, "wäre": false,
	"kann": false, "konnte": false, "könne": false, "könnte": false, "will": false, "wolle": false, "wollte": false, "soll": false, "solle": false, "sollte": false,
	"muss": false, "müsse": false, "musste": false, "müsste": false, "darf": false, "dürfe": false, "durfte": false, "dürfte": false,
}
