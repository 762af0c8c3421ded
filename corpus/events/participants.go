package events

import (
	"cmp"
	"slices"
	"strings"

	"chronik/corpus/text"
	"chronik/model"
)

// participants returns the actors of the trigger's clause g, most central
// first. A subordinate clause also takes the actors of the clauses it hangs
// on ("…, da Trump 2021 … gesperrt wurde"). Left out: quoted speech,
// compound modifiers ("Trump-Sprecherin"), appositions (", Berater des
// Weißen Hauses in Trumps erster Amtszeit,"), who reports rather than acts
// ("laut X", "gegenüber X", "X zufolge"), attributes of a noun ("die
// Anwesenheit von Musk", "Gründer von Amazon", "Berichten der New York
// Times", "Trumps Stabschef") and the platform a post was made on. A
// statement keeps only its speakers when it names them.
func (x *extractor) participants(s *sent, c cand, kind Kind, platFirst, platLast, announced int, announces Kind) ([]int, []model.Role, []string) {
	tok := c.tok
	rs := x.ranked[:0]
	defer func() { x.ranked = rs[:0] }()
	g := s.toks[tok].group
	seg := x.speechSegment(s, c)
	antecedent := s.antecedent(g)
	passive := s.passive(g, c, kind)
	// a passive of harm in a clause a preposition and a relative pronoun
	// open names whom it befell: the host clause's names are not of it
	ownRelative := passive && (family(kind) == KindCrime || family(kind) == KindAccident) && !s.isMain(g) && s.prepositionalRelative(g)
	trig := &x.lx.triggers[c.trig]
	// what is put off still takes place, and names whom it is of or
	// aimed at: "Das Urteil gegen X wurde verschoben"
	calledOff := kind == KindCancellation && trig.verb && trig.noun != "Verschiebung"
	// a noun of what befalls someone, whose genitive or "von" undergoes it
	// ("der Freispruch von X": X was acquitted, by no one named)
	befallingNoun := (patientKinds.has(kind) || kind == KindFounding || kind == KindVerdict && trig.noun == "Freispruch") && !trig.verb
	office := -1 // the post "werden" tells taken up, whose phrases are the happening's ("Nachfolger von X")
	if c.trig == x.lx.office {
		office = c.office
	}
	subjects := false
	// the attribute phrase the trigger noun stands in, if any: "den 1936
	// bei einem Streik erschossenen Sohn" (see attributeSpan)
	attrFrom, attrTo := s.attributeSpan(tok)
	for k := range s.actors {
		r := &s.actors[k]
		if r.first < 0 || r.quoted || r.Actor < 0 || r.Actor >= len(x.actors) || s.toks[r.first].appos || s.toks[r.first].timex >= 0 {
			continue // (an actor inside a date is a misread month: "am 4. Jänner")
		}
		if r.modifier {
			if postKinds.has(kind) && hasRoleSuffix(s.toks[r.first].lower) && s.scopeOf(r.first, g) >= 0 {
				// "Henkel-Chef X verlässt …": the post's organisation
				rs = append(rs, ranked{actor: r.Actor, order: s.scopeOf(r.first, g), rank: 2, pos: r.first, last: r.last, prep: "bei"})
			} else if collectiveKinds.has(kind) && r.first != tok && s.names[r.Actor].Kind == model.Organization && s.scopeOf(r.first, g) >= 0 &&
				s.governedBy(r.first) == "" && staffNoun(s.toks[r.first].lower[strings.LastIndexByte(s.toks[r.first].lower, '-')+1:]) {
				// "Lufthansa-Piloten streiken": the firm's staff strike at
				// the firm, as "die Piloten der Lufthansa" do
				rs = append(rs, ranked{actor: r.Actor, order: s.scopeOf(r.first, g), rank: 2, pos: r.first, last: r.last, prep: "bei"})
			} else if prep, ok := compoundParties[kind]; ok && r.first == tok && s.names[r.Actor].Kind == model.Organization && !topicPreposition(s.governedBy(tok)) && !pastAnchors.has(s.governedBy(tok)) {
				// "Lufthansa-Streik": at Lufthansa; "Zielpunkt-Pleite":
				// Zielpunkt's (not what a text is about, "Kommentar zum
				// Lufthansa-Streik", nor a happening told before that a
				// clause is set after, "nach der X-Pleite", which refers
				// back to it)
				if prep == "" {
					rs = append(rs, ranked{actor: r.Actor, order: 0, rank: 1, pos: r.first, last: r.last, det: "den"})
				} else {
					rs = append(rs, ranked{actor: r.Actor, order: 0, rank: 2, pos: r.first, last: r.last, prep: prep})
				}
			}
			continue
		}
		if seg >= 0 && s.toks[r.first].seg != seg || x.reporterSeg >= 0 && s.toks[r.first].seg == x.reporterSeg {
			continue // who reports a happening takes no part in it
		}
		if tail := s.speechTail(); tail > tok && r.first >= tail {
			continue // "…, weil er verurteilt wurde, gab X zu bedenken": X tells, takes no part
		} else if tail >= 0 && tok >= tail && r.first < tail {
			// "Der Konzern kümmere sich nicht um Kunden, kritisierte X": what is
			// said is about its actors; a criticism is aimed at them
			if againstKinds.has(kind) {
				rs = append(rs, ranked{actor: r.Actor, order: s.scopeOf(tok, g), rank: 1, pos: r.first, last: r.last, det: "den"})
			}
			continue
		}
		if x.speakerSeg(s, tok, r.first) {
			continue // "Die Armee teilte mit, zwölf Rebellen seien getötet worden": who says it takes no part
		}
		if passive && s.laterVerbSegment(tok, r.first) && s.finiteBetween(s.toks[r.first].seg-1, r.first) {
			// "…war gekippt worden, danach dachte X über …": the subject a
			// later segment names after its own verb undergoes nothing
			// (one it opens with may share the passive: "X war verurteilt
			// worden, Y zu drei Jahren")
			continue
		}
		if s.anotherVerbs(tok, r.first) {
			continue // "hatten die Stadt erobert und den Präsidenten zur Flucht gezwungen": the second verb's object
		}
		if s.earlierVerbs(tok, r.first) {
			continue // "kommt vom FC X und unterschrieb einen Vertrag": the first verb's phrase
		}
		if s.parenthesised(r.first) || s.broadcastNote(r) {
			continue // "Helmut Kohl (CDU)": the party of the name before; "(20.15 Uhr, ORF)": where to watch it
		}
		// "Vor der Wahl hatte die Partei X versprochen": the party did what
		// the clause tells, beside the happening the noun dates it by (but
		// "nach seinem Rücktritt wechselte X": his own)
		anchored := len(s.toks[tok].forms) == 0 && pastAnchors.has(s.governedBy(tok))
		if anchored && (kind == KindAttack || kind == KindCrime) && s.beyondVerb(tok, r.first) {
			continue // "Nach einem Anschlag auf das Hotel war ihm X gefolgt": X did what the clause tells, not the attack
		}
		// (before the noun in a headline without a verb, "X nach Treffen
		// mit Y", X was there; after it, before any verb, X is the noun's:
		// "nach dem Treffen zwischen X und Y")
		beside := anchored && (r.first > tok && s.finiteBetween(tok, r.first) || r.first < tok && s.finiteIn(g))
		if r.Implicit && kind == KindDisaster {
			continue // "Danach brachte er ein Hochwasser": the rain, not whoever spoke last
		}
		if r.first >= platFirst && r.last <= platLast {
			continue
		}
		order := s.scopeOf(r.first, g)
		if order < 0 || order > 0 && ownRelative {
			continue // ("Scholz verurteilte den Angriff, bei dem Soldaten getötet wurden": Scholz was not)
		}
		prep, prepAt, det, detAt := s.npContext(r.first)
		if prep == "" && det == "" {
			// "aus den Werken von A, B und C": every name of a list is
			// governed by the preposition that opens it
			prep, prepAt = s.listPreposition(r.first)
		}
		if k := s.roleNamed(r); k >= 0 && prep == "" && det == "" {
			// "gegen den Chef der Partei X, Olaf Scholz,": the name
			// stands where the role it names stands
			prep, prepAt, det, detAt = s.npContext(k)
		}
		if prep != "" && prepAt < tok && (det == "der" || det == "des") && detAt == tok+1 && !x.lx.triggers[c.trig].verb {
			// "nach einem Angriff der Rebellen": the genitive of the
			// trigger noun is its own, not the preposition's that governs
			// the noun
			prep, prepAt = "", -1
		}
		possessor := s.possessor(r)
		if possessor && prep != "" && r.first > 0 && s.toks[r.first-1].word() && s.toks[r.first-1].upper {
			// "nach dem Streit Müllers Konto": a possessor opens a noun
			// phrase of its own; the noun before it ends the preposition's
			prep, prepAt = "", -1
		}
		if detAt > 0 && s.toks[detAt-1].punct == ',' && s.toks[detAt].is(relatives) && s.toks[detAt].group == g {
			det = "" // "Zuckerberg, dem Trump … gedroht hatte": the relative pronoun, not Trump's article
		}
		if prep != "" && prepAt > 0 && s.toks[prepAt-1].lower == "nicht" {
			continue // "nicht von X selbst, sondern von Händlern": denied its part
		}
		if end := s.attributeEnd(prepAt, r.last); end >= 0 && (tok < prepAt || tok > end) && s.namedHead(end+1) {
			// "der durch X in die Kritik geratene Minister Y": X is in
			// what qualifies Y, not in what Y does (where the noun names
			// no one, "ein von X gegründetes Forum wurde gesperrt", X is
			// still all the row can name)
			continue
		}
		if s.toks[tok].attrib && x.harmReading(s, tok) && r.last < s.attributeArticle(tok) {
			// "X beklagte den 2019 in Linz erschossenen Arbeiter": the
			// participle qualifies the worker; X, before its phrase,
			// did not shoot him (who did a thing one makes is as often
			// the subject: "in seinem 2019 erschienenen Roman")
			continue
		}
		if attrFrom >= 0 && (r.last < attrFrom || r.first > attrTo) {
			// "X beklagte den 1936 bei einem Streik erschossenen Sohn":
			// the noun stands in what qualifies the son; X, outside the
			// phrase, did not strike
			continue
		}
		if a, e := s.attributeAround(r.first, r.last); a >= 0 && (tok < a || tok > e) {
			// "gab Zahlen der aus Korvex und Borax bestehenden Gruppe
			// bekannt": a name in what qualifies a noun takes no part in
			// what the clause tells
			continue
		}
		if kind == KindMatch && prep == "in" && competition(s.names[r.Actor].Name) {
			continue // "trifft in der Champions League auf X": the competition it is played in, no side
		}
		if kind == KindMatch && x.gameName(s.names[r.Actor].Name) {
			continue // "hat das Wiener Derby für sich entschieden": the game itself, no side
		}
		if sourcePrepositions.has(prep) || s.wordAfter(r.last) == "zufolge" {
			continue
		}
		if prep == "über" && kind == KindStatement {
			continue // what one speaks about: "spricht über Zuckerberg"
		}
		if (kind == KindElection || kind == KindAppointment) && trig.verb && prep == "" && s.toPostAfter(g, r.last) {
			// "wählte der Parteitag X zur neuen Vorsitzenden": the one
			// named right before the post is who was given it, whoever
			// the clause's subject (a body the table may not name)
			rs = append(rs, ranked{actor: r.Actor, order: order, rank: 1, pos: r.first, last: r.last, det: "den", undergoes: true})
			continue
		}
		if passive && trig.verb && (kind == KindVerdict || kind == KindInsolvency) && (prep == "am" || prep == "vor") && s.namesCourt(r) {
			// "wurde vor dem Landesgericht Feldkirch eröffnet", "am
			// Landgericht Linz verurteilt": the court it was done at
			// did it, as one named with "durch" does
			prep = "durch"
		}
		// An attribute of another noun than the trigger is no participant;
		// of the trigger it is one ("Warnstreik der Gewerkschaft Verdi",
		// "das Treffen mit Trump"), and of a noun for those who act for
		// it too ("Die Fraktionen von Union und SPD", "ein Sprecher des
		// Konzerns").
		if announced >= 0 && (patientKinds.has(announces) || announces == KindResignation) &&
			((prep == "von" || prep == "vom") && prepAt-1 == announced || (det == "der" || det == "des") && prep == "" && detAt-1 == announced) {
			// "verkündete die Übernahme des Herstellers X": whom the
			// announced happening befalls undergoes it; "gab den
			// Rücktritt von X bekannt": the announcement is of what X
			// does, whom a resignation befalls no one
			rs = append(rs, ranked{actor: r.Actor, order: order, rank: 1, pos: r.first, last: r.last, det: "den"})
			continue
		}
		// (a date's word takes no attribute: "wurde am Montag von Scholz
		// ausgezeichnet", "war 2019 von Oracle übernommen worden"; those
		// who act for a body act with it, "Vertreter von X kündigten an",
		// but in the passive they undergo what is done, and the body they
		// are of does not do it: "wurden Mitarbeiter von X festgenommen")
		// a phrase right after a noun other than the trigger (not a
		// date's word) may be that noun's
		afterNoun := prep != "" && s.upperBefore(prepAt) && s.toks[prepAt-1].timex < 0 && prepAt-1 != tok && prepAt-1 != office
		// (but in a passive an organisation's phrase right before its
		// participle, after a noun no preposition governs, is its agent:
		// "wurde die Sondersteuer vom Velmarker Landtag abgeschafft"; not
		// "in der Nähe von X entführt", nor the last of a list the
		// phrase opens, "vor X vom FC Y und Z gewählt"; a person's is as
		// often the thing's, "wurde ihm der Preis von X verliehen"; and
		// people's phrase is whose they are, "wurden zwei Mitarbeiter von
		// X festgenommen")
		agentBeforeParticiple := afterNoun && passive && trig.verb && r.last+1 == tok && s.governedBy(prepAt-1) == "" && !s.listedBetween(prepAt, r.first) &&
			s.names[r.Actor].Kind == model.Organization && !peopleNoun(s.toks[prepAt-1].lower)
		// ("Die Fusion von X und Y scheiterte": the parties of what
		// failed, as "mit" names them in "Die Gespräche mit X sind
		// gescheitert")
		partiesOfFailed := afterNoun && kind == KindCollapse && trig.cuedBy(s.toks[prepAt-1].text)
		if (prep == "von" || prep == "vom") && afterNoun && (!s.representative(prepAt-1) || s.inClause(g, passiveDoneAux)) && !agentBeforeParticiple && !partiesOfFailed {
			if s.assetsOf(kind, prepAt-1) || (againstKinds.has(kind) || patientKinds.has(kind)) && s.objectOwner(prepAt, tok) {
				// "verbot das Heft von Orbit Enterprises": whose thing
				// the act is done to undergoes it
				rs = append(rs, ranked{actor: r.Actor, order: order, rank: 1, pos: r.first, last: r.last, prep: "", det: "den"})
			}
			continue // "die Anwesenheit von Musk", "Zuckerberg von Meta"
		}
		if k := s.nounBeforeGenitive(prepAt - 1); afterNoun && prep == "an" && trig.verb && k != tok && s.toks[k].noun > 0 && givingKinds.has(x.lx.triggers[s.toks[k].noun-1].kind) {
			// "hat dem Verkauf der Sparte an X zugestimmt": whom the sale
			// goes to is the sale's, beside what the verb tells (X is
			// not whom the approval befalls)
			rs = append(rs, ranked{actor: r.Actor, order: order, rank: 2, pos: r.first, last: r.last, prep: aside})
			continue
		}
		if afterNoun && (prep == "durch" && trig.verb && !passive || calledOff && (prep == "an" || prep == "gegen" || prep == "mit")) {
			// "billigte die Übernahme von X durch Y": in the active, a
			// "durch" after a noun is that noun's, not who did what the
			// verb tells; "stoppte den Verkauf der Sparte an X": whom the
			// called-off happening was to go to or be aimed at is the
			// noun's, no one called off
			continue
		}
		if afterNoun && prep == "durch" && trig.verb && passive && s.inPrefield(g, prepAt, tok) {
			// "Die Übernahme von X durch Y wurde am Montag genehmigt":
			// before the finite verb of a main clause stands one phrase,
			// and a "durch" after its noun is that noun's, not who did
			// what the passive tells
			continue
		}
		if prep == "durch" && !trig.verb && prepAt < tok {
			// "Nach der Schließung der Werke durch X belastet das
			// Abkommen die Kurse": a noun's "durch" follows it, so one
			// before the trigger is another noun's
			continue
		}
		if (prep == "von" || prep == "vom") && prepAt-1 == tok && recipientKinds.has(kind) && !x.lx.triggers[c.trig].verb {
			// "auf Einladung von Scholz", "das Angebot von Oracle": who
			// gives it, not to whom
			prep = ""
		}
		if prep == "mit" && s.upperBefore(prepAt) && s.toks[prepAt-1].actor < 0 && prepAt-1 != tok && s.toks[prepAt-1].timex < 0 &&
			!(kind == KindCollapse && x.lx.triggers[c.trig].cuedBy(s.toks[prepAt-1].text)) && // ("Die Gespräche mit X sind gescheitert": X's part in what failed)
			!s.placeName(prepAt-1) && !(s.namedPlace(prepAt-1) && prepAt >= 2 && !s.toks[prepAt-2].is(determiners)) {
			// (a time before "mit" takes no partner: "ist am Freitag mit
			// Biden zusammengekommen"; nor a place: "ist in Paris mit
			// Macron zusammengetroffen")
			if againstKinds.has(kind) && hasAnySuffix(s.toks[prepAt-1].lower, disputeNouns) {
				// "im Rechtsstreit mit X … geklagt": the other party
				rs = append(rs, ranked{actor: r.Actor, order: order, rank: 1, pos: r.first, last: r.last, det: "den"})
			} else if prepAt-1 == announced && symmetricKinds.has(announces) {
				// "kündigte eine Fusion mit X an": the partner of the
				// announced happening takes part in it
				rs = append(rs, ranked{actor: r.Actor, order: order, rank: 2, pos: r.first, last: r.last, prep: "mit"})
			}
			continue // "in einem Interview mit Bloomberg", not "Musk mit Trump"
		}
		if x.lx.triggers[c.trig].verb && (prep == "an" || prep == "auf" || prep == "gegen" || prep == "für") && s.upperBefore(prepAt) && prepAt-1 != tok &&
			s.toks[prepAt-1].noun > 0 && s.governedBy(prepAt-1) != "" {
			// "trat nach dem Mord an X zurück", "klagte wegen des Angriffs
			// auf X", "legte nach dem Freispruch für X Berufung ein": whom
			// the happening of a phrase of its own befell (as
			// the verb's object, "hat Anklage gegen X erhoben", it is the
			// verb's)
			continue
		}
		if prep == "für" && prepAt > 0 && s.toks[prepAt-1].upper && prepAt-1 != tok && s.indefinitePredicate(s.toks[prepAt].group, prepAt-1) {
			continue // "Die Abspaltung ist ein Rückschlag für Konzernchefin X": whom a judgement of it concerns took no part
		}
		if prep == "mit" && s.examplesOf(prepAt, r.first) {
			continue // "der Konzern mit Marken wie X": X is an example of the brands, no partner
		}
		if s.comparedWith(r.first) {
			continue // "mit ebenso klarem Vorsprung wie X": whom it is compared with took no part
		}
		if collectiveKinds.has(kind) && (det == "der" || det == "des") && s.upperBefore(detAt) && detAt-1 != tok && !s.nameApposed(detAt-1) &&
			staffNoun(s.toks[detAt-1].lower) && s.names[r.Actor].Kind == model.Organization && !strings.HasPrefix(s.toks[detAt+1].lower, "gewerkschaft") {
			// "Die Piloten der Bank streikten", "die Belegschaft der
			// Bank": its staff struck, at the firm, which did not (a
			// union's members strike as the union: "die Mitglieder der
			// Gewerkschaft X")
			rs = append(rs, ranked{actor: r.Actor, order: order, rank: 2, pos: r.first, last: r.last, prep: "bei"})
			continue
		}
		if (det == "der" || det == "des") && s.upperBefore(detAt) && detAt-1 != tok && s.representative(detAt-1) && (s.nameApposed(detAt-1) || kind == KindResignation) {
			// "Der Chef der Bank, Karl Moser, trat zurück": the name apposed
			// to the role acts; the body is where he holds it, as in
			// "Bank-Chef Karl Moser". Unnamed, the one who steps down does
			// too: "Der Chef der Bank trat zurück" is no resignation of
			// the bank. A post held once is not where this happens: "Der
			// frühere Chef der Bank, Karl Moser, verlässt den Verein".
			if postKinds.has(kind) && (detAt < 2 || !formerPost(s.toks[detAt-2].lower)) {
				rs = append(rs, ranked{actor: r.Actor, order: order, rank: 2, pos: r.first, last: r.last, prep: "bei"})
			}
			continue
		}
		if (det == "der" || det == "des") && s.upperBefore(detAt) && detAt-1 != tok && (!s.representative(detAt-1) || befallsPerson(kind, &x.lx.triggers[c.trig])) {
			// (one who works for a firm undergoes an arrest or a charge
			// alone: "zwei Mitarbeiter der Bank angeklagt", not the bank)
			if kind == KindInsolvency && (trig.verb && trig.cuedBy(s.toks[detAt-1].text) || s.toks[detAt-1].lower == "vermögen" && s.governedBy(detAt-1) == "über") {
				// "das Konkursverfahren der Bank wurde eröffnet", "über
				// das Vermögen der Bank": the bank is insolvent, as "über
				// die Bank" says below
				rs = append(rs, ranked{actor: r.Actor, order: order, rank: 1, pos: r.first, last: r.last, det: "den", undergoes: true})
			} else if s.assetsOf(kind, detAt-1) || (againstKinds.has(kind) || patientKinds.has(kind)) && s.objectOwner(detAt, tok) {
				// "klagte gegen die Werbung der Bank": whose thing the act
				// is aimed at undergoes it
				rs = append(rs, ranked{actor: r.Actor, order: order, rank: 1, pos: r.first, last: r.last, det: "den"})
			}
			continue // a genitive attribute: "Berichten der New York Times"
		}
		if !possessor && s.postGenitive(r) && r.first-1 != tok {
			if (againstKinds.has(kind) || patientKinds.has(kind)) && s.objectOwner(r.first, tok) {
				// "kritisierte die Politik Frankreichs gegenüber …": whose conduct
				// the act is aimed at undergoes it
				rs = append(rs, ranked{actor: r.Actor, order: order, rank: 1, pos: r.first, last: r.last, det: "den"})
			}
			continue // "die Politik Trumps": an attribute of the noun before
		}
		if possessor && s.ownsRole(r.last) && !s.bodyAfter(r.last) {
			continue // "Trumps stellvertretender Stabschef Stephen Miller"
		}
		if possessor && kind == KindDeath && !s.possessesAt(r.last, tok) {
			continue // "Greens Mutter starb": whose she was did not die (but "Greens Tod")
		}
		if possessor && kind == KindMatch && r.last+1 < len(s.toks) && s.toks[r.last+1].actor >= 0 && s.names[r.Actor].Kind == model.Person {
			continue // "Anna Bergers FC Linz gewann": the coach's team plays, she is no side
		}
		if possessor && office >= 0 && r.last == office-1 {
			prep = "von" // "wird Korbers Nachfolger": whose post it is, as "Nachfolger von Korber" (no one appointed)
		}
		rank := 0
		switch text := s.a.Text[r.Start:r.End]; {
		case prep != "", possessor && !s.bodyAfter(r.last):
			// (a possessor acts through its board: "Eintracht
			// Frankfurts Vorstand entließ …", as "Der Vorstand der
			// Bank beschloss …")
			rank = 2
		case objectDeterminers.has(det), strings.EqualFold(text, "ihn"), strings.EqualFold(text, "ihm"), strings.EqualFold(text, "ihnen"):
			rank = 1
		}
		if givingKinds.has(kind) && prep == "" && (det == "dem" || det == "einem") && x.lx.triggers[c.trig].verb {
			rank, prep = 2, "an" // "überreichte dem Bürgermeister X einen Scheck": whom it was given to, "an X"
		}
		undergoes := false
		if kind == KindInsolvency && prep == "über" {
			// "beantragte ein Insolvenzverfahren über X", "wurde ein
			// Verfahren über X eröffnet": X is insolvent, whoever applied
			// (and "über X" of a title would not say so)
			rank, prep, undergoes = 1, "", true
		}
		if kind == KindDismissal && (prep == "von" || prep == "vom") && x.lx.triggers[c.trig].infinitive == "trennen" {
			rank, prep, det = 1, "", "den" // "trennte sich von Trainer X": X is let go
		}
		if !trig.verb && prep == "" && rank == 0 && s.targetOf(tok) {
			rank, undergoes = 1, true // "X war Ziel eines Anschlags": the subject is whom it was aimed at
		}
		if befallingNoun && (det == "des" || det == "der") && detAt > 0 && detAt-1 == tok {
			rank, undergoes = 1, true // "die Festnahme des Bürgermeisters": the genitive of such a noun undergoes it
		}
		if befallingNoun && (prep == "von" || prep == "vom") && prepAt-1 == tok {
			// "die Übernahme von Siemens durch Bosch", "die Festnahme von
			// X": so does its "von", who did it comes with "durch" (and
			// no passive of the clause's verb makes it the agent: "ist
			// abgeschlossen worden" tells the takeover done, not by whom)
			rank, prep, det, undergoes = 1, "", "den", true
		}
		if order == 1 && r.last == antecedent {
			order, rank = 0, 0 // "Softbank, die ihre Beteiligung … aufstockt": the relative pronoun's actor
			if s.relativeObject(g) {
				rank = 1 // "die Firma X, die die Polizei durchsucht hatte": what the clause's own subject did it to
			}
		}
		if order == 1 && rank == 0 && s.infinitive[g] {
			order = -1 // "Musk reiste nach Florida, um Trump zu treffen": Musk meets
		}
		if order > 0 && antecedent < 0 && !s.isMain(g) && subjectRelatives.has(s.opener[g]) {
			// "Scholz war das Ziel des Täters, der zwei Menschen tötete":
			// the relative pronoun, for a noun that names no one, is who
			// acts; the clause it hangs on takes no part
			continue
		}
		if beside && !s.possessed(tok) {
			prep, rank = aside, 2
		}
		if prep == "" && len(s.toks[tok].forms) == 0 && (kind == KindVerdict || kind == KindDecision) && sourcePrepositions.has(s.governedBy(tok)) &&
			(r.first < tok || s.finiteBetween(tok, r.first)) {
			// "X darf laut einem Gerichtsurteil nicht ausreisen": what the
			// ruling orders, it orders of X
			rank, det = 1, "den"
		}
		subjects = subjects || rank == 0
		rs = append(rs, ranked{actor: r.Actor, order: order, rank: rank, pos: r.first, last: r.last, prep: prep, det: det, undergoes: undergoes})
	}
	if !x.lx.triggers[c.trig].verb && !recipientKinds.has(kind) && s.receives(g, c.tok) {
		// "erhielt Volkswagen die Genehmigung": the subject is whom it was
		// granted, not who granted it
		for i := range rs {
			if rs[i].order == 0 && rs[i].rank == 0 && rs[i].prep == "" {
				rs[i].rank, rs[i].prep = 2, "für"
			}
		}
	}
	if !x.lx.triggers[c.trig].verb && s.witnessed(g, c.tok) {
		// "beobachtete den Überfall", "schilderte den Angriff", "duldete
		// die Übergriffe": who saw, told or bore it did not do it;
		// "überlebte den Anschlag": it befell the subject
		rs = s.recastSubjects(rs, c.tok, !s.verbOf(g, c.tok, &surviving))
	}
	if !x.lx.triggers[c.trig].verb && kind == KindOffer && s.governedBy(c.tok) == "" && (s.acceptedBy(g, c.tok) || s.verbOf(g, c.tok, &declining) || s.objectOf(g, c.tok, &receiving)) {
		// "Korvex nahm das Angebot von Siemens an", "lehnte das Angebot
		// ab", "erhielt ein Angebot": who takes an offer up, turns it
		// down or gets it is whom it was made to
		for i := range rs {
			if r := &rs[i]; r.order == 0 && r.rank == 0 && r.prep == "" && !s.ownPhrase(c.tok, r.pos, r.last) {
				r.rank, r.prep = 2, "an"
			}
		}
	}
	if !x.lx.triggers[c.trig].verb && s.emergedFrom(g, c.tok) {
		// "Die Korvex AG ging 2001 aus der Fusion von X und Y hervor":
		// the subject is what came of it, no party to it
		rs = s.recastSubjects(rs, c.tok, true)
	}
	if !x.lx.triggers[c.trig].verb && postKinds.has(kind) && s.governedBy(c.tok) == "" && s.acceptedBy(g, c.tok) {
		// "Der Kanzler nahm den Rücktritt an": who accepts another's
		// resignation or takes note of it did not resign
		rs = s.recastSubjects(rs, c.tok, true)
	}
	if !x.lx.triggers[c.trig].verb && collectiveKinds.has(kind) && s.governedBy(c.tok) == "" {
		// "Streiks zwangen die Regierung von X in die Knie": the protest
		// or strike is the clause's subject, and whom its verb names
		// after it is whom it was aimed at, not who struck
		if f := s.verbOfSubject(g, c.tok); f >= 0 {
			for i := range rs {
				// (a "von" after the verb is of the object's noun: "die
				// Regierung von X", not of the strike before it)
				if (rs[i].prep == "" || rs[i].prep == "von" || rs[i].prep == "vom") && rs[i].pos > f && rs[i].pos > c.tok {
					rs[i].prep = "gegen"
				}
			}
		}
	}
	if !x.lx.triggers[c.trig].verb && harmKinds.has(kind) {
		// "X wurde bei dem Anschlag verletzt", "X wurde Opfer eines
		// Überfalls": whom the clause's passive or "Opfer" tells of
		// underwent the happening; "gedachte der Opfer des Anschlags":
		// whom a victim's noun is not said of took no part
		victim := s.victimOf(c.tok)
		if victim || s.passiveClause(g) && !passive { // (a passive the clause reads already makes its subject undergo it)
			rs = s.recastSubjects(rs, c.tok, victim && !s.inClause(g, passiveAux)) // ("wurde Opfer": the victim undergoes it)
		}
	}
	if t := &x.lx.triggers[c.trig]; kind == KindMatch && t.verb && t.infinitive == "treffen" && (c.tok == 0 || !s.toks[c.tok-1].is(conjunctions)) {
		// "trifft im Stadion auf Rapid": whom a side meets is the
		// opponent, named "gegen" in a title (not after "und": "schlug
		// X und trifft auf Y" tells two games)
		for i := range rs {
			if rs[i].prep == "auf" && rs[i].pos > c.tok {
				rs[i].prep = "gegen"
			}
		}
	}
	if t := &x.lx.triggers[c.trig]; kind == KindMatch && t.verb && otherSide[t.infinitive] {
		// "bezwang den FC Genua": whom a side beat is the opponent,
		// named "gegen" in a title (as whom it lost to: "unterlag dem
		// FC Genua"); so is the one side named after an unnamed subject
		// ("Die Münchner haben Leverkusen geschlagen") or after a verb in
		// the plural ("schlugen die Gastgeber Mainz"), which "Sieg von
		// …" or "Niederlage von …" would make the winner or the loser
		plural := s.pluralVerb(g, c)
		for i := range rs {
			if rs[i].prep != "" {
				continue
			}
			if rs[i].rank == 1 || rs[i].rank == 0 && len(rs) == 1 && (s.otherSubject(rs[i].pos, c.tok) || plural) {
				rs[i].prep = "gegen"
			}
		}
	}
	if passive {
		// "Ein von X gegründetes Forum wurde gesperrt": X founded it, who
		// banned it the sentence does not say (in an active clause the
		// attribute may be the doer's: "eine von X geführte Allianz
		// startete Angriffe" stays X's side)
		rs = slices.DeleteFunc(rs, func(r ranked) bool { return (r.prep == "von" || r.prep == "vom") && s.otherAttribute(&r, c.tok) })
	}
	s.assignRoles(rs, kind, passive, c.tok)
	if tr := &x.lx.triggers[c.trig]; tr.verb && subjectUndergoes(kind, tr) {
		for i := range rs {
			if rs[i].role == model.RoleAgent {
				rs[i].role = model.RolePatient
			}
		}
	}
	slices.SortStableFunc(rs, func(p, q ranked) int {
		if c := cmp.Compare(p.order, q.order); c != 0 {
			return c
		}
		if c := cmp.Compare(roleOrder(p.role), roleOrder(q.role)); c != 0 {
			return c
		}
		if c := cmp.Compare(p.rank, q.rank); c != 0 {
			return c
		}
		return cmp.Compare(p.pos, q.pos)
	})
	out := make([]int, 0, len(rs))
	roles := make([]model.Role, 0, len(rs))
	preps := make([]string, 0, len(rs))
	upgraded := false
	for _, r := range rs {
		if kind == KindStatement && subjects && r.rank != 0 {
			continue // "Leavitt sagte dem Sender Fox News, angesprochen auf Musks Kommentare, …"
		}
		if k := slices.Index(out, r.actor); k < 0 {
			out = append(out, r.actor)
			roles = append(roles, r.role)
			preps = append(preps, r.prep)
		} else if roles[k] == model.RoleParticipant {
			roles[k] = r.role // named twice ("Müllers Verein …, weil … Müllers Konto gesperrt"): the part it plays
			upgraded = true
		}
	}
	if upgraded {
		order := make([]int, len(out))
		for k := range order {
			order[k] = k
		}
		slices.SortStableFunc(order, func(p, q int) int { return cmp.Compare(roleOrder(roles[p]), roleOrder(roles[q])) })
		o, r, p := make([]int, len(out)), make([]model.Role, len(out)), make([]string, len(out))
		for k, i := range order {
			o[k], r[k], p[k] = out[i], roles[i], preps[i]
		}
		out, roles, preps = o, r, p
	}
	return out, roles, preps
}

// listedBetween reports a conjunction or a comma between tokens from and
// to: a name after it is another item of a list, not the phrase's own.
func (s *sent) listedBetween(from, to int) bool {
	for k := from + 1; k < to; k++ {
		if t := &s.toks[k]; t.punct == ',' || t.word() && t.is(conjunctions) {
			return true
		}
	}
	return false
}

// antecedent returns the last token of the name a relative clause g
// opened by a subject pronoun ("der", "die", "das", "welche") refers to:
// the word before its comma, when that is an actor; else -1. The
// pronoun's actor is the subject of the clause.
func (s *sent) antecedent(g int) int {
	if s.isMain(g) || !subjectRelatives.has(s.opener[g]) {
		return -1
	}
	for i := range s.toks {
		if s.toks[i].group == g {
			if i >= 2 && s.toks[i].punct == ',' {
				i++ // the comma that opens the clause belongs to it
			}
			if i >= 2 && s.toks[i-1].punct == ',' && s.toks[i-2].actor >= 0 {
				return i - 2
			}
			// "die Bewegung Tamarod (Rebellion), die …": over a
			// parenthesis after the name
			if i >= 2 && s.toks[i-1].punct == ',' && s.toks[i-2].punct == ')' {
				for j := i - 3; j >= 1 && j >= i-8; j-- {
					if s.toks[j].punct == '(' {
						if s.toks[j-1].actor >= 0 {
							return j - 1
						}
						break
					}
				}
			}
			return -1
		}
	}
	return -1
}

// relativeObject reports a relative clause g whose pronoun, "die" or
// "das", which may be the subject or the object, is followed by a
// subject of the clause's own: a name, or an institution or people after
// an article ("die Firma, die die Polizei durchsucht hatte", "die Anna
// Berg gegründet hat"). The pronoun is then its object.
func (s *sent) relativeObject(g int) bool {
	if op := s.opener[g]; op != "die" && op != "das" {
		return false
	}
	i := firstWordOf(s.toks, g)
	if i < 0 || i+1 >= len(s.toks) {
		return false
	}
	n := &s.toks[i+1]
	switch {
	case n.group != g || !n.word() || n.quoted:
		return false
	case n.actor >= 0 && !s.actors[n.actor].modifier:
		return true
	case n.lower != "der" && n.lower != "die" && n.lower != "das" || i+2 >= len(s.toks):
		return false
	}
	h := &s.toks[i+2]
	return h.group == g && h.word() && h.upper && (h.actor >= 0 || isInstitution(h.lower) || peopleNoun(h.lower))
}

// relativePeople returns the people a relative clause g opened by a
// subject pronoun refers to, when the word before its comma names them by
// what they are ("zwei Männer, die …", "der Unbekannte, der …"): that
// noun, or "".
func (s *sent) relativePeople(g int) string {
	i := s.relativeHeadAt(g)
	if i < 0 {
		return ""
	}
	if n := &s.toks[i]; n.upper && peopleNoun(n.lower) {
		return n.text
	}
	if !s.toks[i].upper && s.layerClass(i) == text.Verb {
		// set after its clause's verb: "hat Fotos der Männer gezeigt,
		// die …" — the nearest people before the verb
		for j := i - 1; j >= 0 && s.toks[j].punct != ','; j-- {
			if t := &s.toks[j]; t.word() && t.upper && !t.quoted && t.actor < 0 && t.timex < 0 && peopleNoun(t.lower) {
				return t.text
			}
		}
	}
	return ""
}

// compoundParties are happenings that a compound of an organisation's
// name and their noun tells of that organisation, with the preposition
// it takes part by: "Lufthansa-Streik" is a strike at Lufthansa (who
// strikes are its staff), "Zielpunkt-Pleite" Zielpunkt's insolvency ("":
// it befalls the organisation).
var compoundParties = map[Kind]string{KindStrike: "bei", KindJobcuts: "bei", KindInsolvency: "", KindPublication: ""}

// topicPreposition reports a preposition that names what a text or a
// call is about ("Kommentar zum Streik", "Streit über den Abbau"), not a
// happening told.
func topicPreposition(p string) bool {
	switch p {
	case "zu", "zum", "zur", "über":
		return true
	}
	return false
}

// thingKinds are what befalls a thing a relative clause tells of with a
// date of its own: it appeared, was founded, opened, built, launched.
var thingKinds = kindsOf(KindPublication, KindFounding, KindOpening, KindConstruction, KindLaunch)

// relativeThing returns the noun or name before the comma that opens the
// subject relative clause g when it names no people and is no actor
// ("der Roman Nebelland, der …": "Nebelland"), or "".
func (s *sent) relativeThing(g int) string {
	if n := s.relativeHead(g); n != nil && n.upper && !peopleNoun(n.lower) {
		return n.text
	}
	return ""
}

// relativeHead returns the word right before the comma that opens the
// subject relative clause g, when it is a word outside quotes, actors
// and dates; nil otherwise.
func (s *sent) relativeHead(g int) *token {
	if i := s.relativeHeadAt(g); i >= 0 {
		return &s.toks[i]
	}
	return nil
}

// relativeHeadAt is relativeHead's index into the sentence's tokens, or -1.
func (s *sent) relativeHeadAt(g int) int {
	if s.isMain(g) || !subjectRelatives.has(s.opener[g]) {
		return -1
	}
	i := slices.IndexFunc(s.toks, func(t token) bool { return t.group == g })
	if i >= 2 && s.toks[i].punct == ',' {
		i++
	}
	if i < 2 || s.toks[i-1].punct != ',' {
		return -1
	}
	n := &s.toks[i-2]
	if !n.word() || n.quoted || n.actor >= 0 || n.timex >= 0 {
		return -1
	}
	return i - 2
}

// peopleNoun reports a lower-cased noun of a person or of people named by
// what they are, in the singular or the plural ("täter", "männer",
// "unbekannte", "jugendlichen").
func peopleNoun(w string) bool {
	return personNoun(w) || personNoun(strings.TrimSuffix(w, "n")) || personNoun(strings.TrimSuffix(w, "en")) ||
		hasAnySuffix(w, []string{"männer", "frauen", "leute", "jugendliche", "jugendlichen"})
}

// roleNamed returns the role noun of the phrase before the comma that
// opens actor r, when r is all that stands between that comma and the
// next mark: "den Chef der Partei X, Olaf Scholz," names the chief. -1
// otherwise.
func (s *sent) roleNamed(r *actorRef) int {
	toks := s.toks
	if r.first < 2 || toks[r.first-1].punct != ',' || r.last+1 < len(toks) && toks[r.last+1].word() {
		return -1
	}
	for j := r.first - 2; j >= 0 && toks[j].word() && toks[j].group == toks[r.first].group; j-- {
		if toks[j].upper && toks[j].actor < 0 && (hasRoleSuffix(toks[j].lower) || endsInPost(toks[j].lower, officeNouns)) {
			// the nearest role or office: "überreichte Staatssekretär X
			// dem Bürgermeister der Gemeinde Linz, Olaf Scholz" names the
			// mayor
			return j
		}
	}
	return -1
}

// formerPost reports an adjective that tells that a post was held once,
// not now: "frühere", "ehemaligen", "einstiger", "damalige".
func formerPost(w string) bool {
	for _, stem := range [...]string{"früher", "ehemalig", "einstig", "damalig"} {
		if rest, ok := strings.CutPrefix(w, stem); ok {
			switch rest {
			case "e", "en", "er":
				return true
			}
		}
	}
	return false
}

// verbOfSubject returns the finite verb of clause g next to the noun at
// tok, when the noun is its subject: right before the verb, or after it,
// alone or in a list ("Im Mai zwangen Proteste und Streiks die Regierung
// …"); else -1.
func (s *sent) verbOfSubject(g, tok int) int {
	for i := range s.toks {
		if s.toks[i].group != g || !s.toks[i].word() || s.toks[i].upper || !s.finiteForm(i) {
			continue
		}
		if i == tok+1 {
			return i
		}
		if i > tok {
			return -1
		}
		for k := i + 1; k < tok; k++ {
			if t := &s.toks[k]; !t.word() || t.actor >= 0 || !t.upper && t.lower != "und" && t.lower != "oder" && !t.is(determiners) && !s.adjective(k) {
				return -1 // (a name between is the subject: "hat die Gewerkschaft X ihre Streiks ausgeweitet")
			}
		}
		return i
	}
	return -1
}

// nameApposed reports whether an actor stands apposed to the role noun
// at k ("der Chef der Bank, Karl Moser,"; see roleNamed).
func (s *sent) nameApposed(k int) bool {
	for i := range s.actors {
		if r := &s.actors[i]; r.first >= 0 && s.roleNamed(r) == k {
			return true
		}
	}
	return false
}

// examplesOf reports whether "wie" stands between a preposition at p and
// the actor at first: the actor is an example of the noun after p ("mit
// Marken wie X").
func (s *sent) examplesOf(p, first int) bool {
	for j := p + 1; j < first; j++ {
		if s.toks[j].lower == "wie" {
			return true
		}
	}
	return false
}

// staffNoun reports a lower-cased noun of those who work for an
// organisation: its staff ("Belegschaft", "Mitarbeiter", "Beschäftigten")
// or people named by their work, singular or plural ("Piloten",
// "Flugbegleiter"); not its members or politicians, nor its officers,
// through whom it acts ("Der Chef der Bank protestierte", round 231;
// "FPÖ-Landesparteiobmann").
func staffNoun(l string) bool {
	if staffNouns[l] {
		return true
	}
	for _, w := range []string{l, strings.TrimSuffix(l, "n"), strings.TrimSuffix(l, "nen")} {
		if hasRoleSuffix(w) || endsInPost(w, officeNouns) {
			return false
		}
	}
	return l != "mitglieder" && !strings.Contains(l, "politiker") && !strings.HasPrefix(l, "abgeordnete") &&
		(personNoun(l) || personNoun(strings.TrimSuffix(l, "en")) || personNoun(strings.TrimSuffix(l, "n")))
}

// staffNouns name an organisation's staff as a whole.
var staffNouns = map[string]bool{"belegschaft": true, "belegschaften": true, "betriebsrat": true, "personal": true,
	"mitarbeiter": true, "mitarbeiterinnen": true, "beschäftigte": true, "beschäftigten": true, "angestellte": true, "angestellten": true,
	"arbeiter": true, "arbeiterinnen": true}

// possessesAt reports a possessor ending at token last whose noun is the
// trigger at token tok, maybe after its adjectives ("Greens plötzlicher
// Tod"), not another noun ("Greens Mutter").
func (s *sent) possessesAt(last, tok int) bool {
	for j := last + 1; j < len(s.toks) && j <= tok; j++ {
		t := &s.toks[j]
		switch {
		case j == tok:
			return true
		case !t.word() && t.punct != '‘' && t.punct != '’' && t.punct != '\'':
			return false
		case t.word() && (t.upper || !hasDeclension(t.lower)):
			return false
		}
	}
	return false
}

// befallsPerson reports a happening that befalls a person (an arrest, a
// verdict, a death, a charge), not the body the person works for.
func befallsPerson(k Kind, t *trigger) bool {
	return befalls.has(k) || k == KindLawsuit && t.verb && t.particle == "an" && t.infinitive == "klagen"
}

// comparedWith reports an actor at token first that a comparison names:
// "wie" right before it, after a word that compares ("ähnlich", "so",
// "genauso", "ebenso") a few words before.
func (s *sent) comparedWith(first int) bool {
	w := first - 1
	if w < 1 || s.toks[w].lower != "wie" {
		return false
	}
	for j := w - 1; j >= 0 && j >= w-4; j-- {
		switch s.toks[j].lower {
		case "ähnlich", "so", "genauso", "ebenso", "gleich":
			return true
		}
		if !s.toks[j].word() {
			break
		}
	}
	return false
}

// speakerSeg reports whether token at lies in the segment of a speech
// verb that reports the trigger at tok in the subjunctive of reported
// speech, or in a clause with "dass": "Die Regierung erklärte, …, seien
// getötet worden", "X betonte, dass Y festgenommen wurde".
func (x *extractor) speakerSeg(s *sent, tok, at int) bool {
	seg := s.toks[at].seg
	if seg == s.toks[tok].seg || !s.reported(tok) && s.opener[s.toks[tok].group] != "dass" {
		return false
	}
	for _, o := range x.cands {
		if x.lx.triggers[o.trig].kind == KindStatement && s.toks[o.tok].seg == seg {
			return true
		}
	}
	// before speech reported in the subjunctive, the segment that
	// introduces it with a verb of its own: "X klagte, es habe …
	// gegeben"
	if !s.reported(tok) || seg > s.toks[tok].seg {
		return false
	}
	for i := seg; i < len(s.toks) && s.toks[i].seg == seg; i++ {
		if t := &s.toks[i]; t.word() && !t.upper && t.actor < 0 && s.finiteForm(i) {
			return true
		}
	}
	return false
}

// assetsOf reports an insolvency told of the assets (the noun at i) of
// whom the attribute after it names: "Über das Vermögen der Firma X wurde
// das Verfahren eröffnet" is the insolvency of X.
func (s *sent) assetsOf(kind Kind, i int) bool {
	return kind == KindInsolvency && s.toks[i].lower == "vermögen"
}

// receives reports whether the noun at token tok is what the subject of
// clause g receives: the object of "erhalten", "bekommen" or "kriegen".
func (s *sent) receives(g, tok int) bool { return s.verbOf(g, tok, &receiving) }

// acceptedBy reports whether the noun at tok is what a verb of accepting
// takes: the first verb after it in clause g is one ("hat den Rücktritt
// am Montag angenommen"), or with none after it, the clause's ("nahm den
// Rücktritt an"). A verb between is the noun's own ("habe seinen
// Rücktritt eingereicht, der Aufsichtsrat diesen akzeptiert").
func (s *sent) acceptedBy(g, tok int) bool { return s.objectOf(g, tok, &accepting) }

// objectOf reports whether the noun at tok is what a verb of vs takes:
// the first verb after it in clause g is one, or with none after it, the
// clause's (see acceptedBy).
func (s *sent) objectOf(g, tok int, vs *lemmaSet) bool {
	from, to := s.clauseTokens(g)
	for i := max(tok+1, from); i < to; i++ {
		if t := &s.toks[i]; t.group == g && t.word() && !t.upper && (len(t.forms) > 0 || s.layerClass(i) == text.Verb) {
			return s.isVerbOf(i, vs)
		}
	}
	return s.verbOf(g, tok, vs)
}

// verbOf reports whether clause g has, besides token tok, a verb of
// vs.
func (s *sent) verbOf(g, tok int, vs *lemmaSet) bool {
	from, to := s.clauseTokens(g)
	for i := from; i < to; i++ {
		if i != tok && s.toks[i].group == g && s.isVerbOf(i, vs) {
			return true
		}
	}
	return false
}

// restsWith reports whether clause g says with whom the noun at tok
// rests: "liegt bei", "liegt beim".
func (s *sent) restsWith(g, tok int) bool {
	from, to := s.clauseTokens(g)
	for i := from; i < to; i++ {
		if i != tok && s.toks[i].group == g && i+1 < len(s.toks) && (s.toks[i+1].lower == "bei" || s.toks[i+1].lower == "beim") && s.isVerbOf(i, &resting) {
			return true
		}
	}
	return false
}

// sinceBirth reports whether the noun at tok is a time that the
// phrase counts from or to: governed by a preposition of time ("nach der
// Geburt", "seit ihrer Geburt"; not "gratulierte zur Geburt", which
// tells it) or the genitive of a unit of time ("vom Tag ihrer Geburt").
func (s *sent) sinceBirth(tok int) bool {
	switch s.governedBy(tok) {
	case "nach", "seit", "vor", "ab", "bis", "bei", "von", "vom":
		return true
	}
	k := tok - 1
	if k > 0 && s.toks[k].word() && s.toks[k].is(determiners) {
		k--
	}
	return k >= 0 && k < tok-1 && s.toks[k].word() && timeUnits[s.toks[k].lower]
}

// anotherVerbs reports whether the actor at token first stands after an
// "und" right after the trigger verb at tok, before another verb of the
// same clause: the object of that verb ("hatten die Stadt erobert und den
// Präsidenten zur Flucht gezwungen"), which the coordination gives a
// happening of its own.
func (s *sent) anotherVerbs(tok, first int) bool {
	if first <= tok+1 || len(s.toks[tok].forms) == 0 || !s.toks[tok+1].word() || s.toks[tok+1].lower != "und" {
		return false
	}
	g := s.toks[tok].group
	for k := first + 1; k < len(s.toks); k++ {
		t := &s.toks[k]
		if t.group != g || !t.word() {
			continue
		}
		if t.lower == "und" || t.is(conjunctions) {
			return false
		}
		if s.participleAt(k) || s.finiteVerb(k) {
			return true
		}
	}
	return false
}

// nounBeforeGenitive returns k, or the noun before the genitive phrase
// that ends at k ("dem Verkauf [der Sparte]"): the noun a phrase after
// both may hang on.
func (s *sent) nounBeforeGenitive(k int) int {
	if k >= 2 && (s.toks[k-1].lower == "des" || s.toks[k-1].lower == "der") && s.toks[k-2].word() && s.toks[k-2].upper {
		return k - 2
	}
	return k
}

// earlierVerbs reports an actor at first whom a phrase of origin ("von",
// "vom", "aus") names with the first of two finite verbs joined by the
// "und" right before the finite trigger at tok: "Der Spieler kommt vom FC
// X und unterschrieb einen Vertrag" (the subject before both verbs is
// both verbs', and so is a setting they share: "gewann unter Trainer X
// das Halbfinale und steht im Endspiel").
func (s *sent) earlierVerbs(tok, first int) bool {
	if first >= tok || tok < 2 || len(s.toks[tok].forms) == 0 || s.toks[tok-1].lower != "und" {
		return false
	}
	if p := s.governedBy(first); p != "von" && p != "vom" && p != "aus" {
		return false
	}
	g := s.toks[tok].group
	for k := first - 1; k >= 0; k-- {
		if t := &s.toks[k]; t.group == g && t.word() && !t.upper && s.finiteForm(k) {
			return true
		}
	}
	return false
}

// timePassedSince reports whether the noun at tok, after "seit", "nach"
// or "vor", is what clause g counts time from, saying that time passed
// ("vergangen", "verging").
func (s *sent) timePassedSince(g, tok int) bool {
	switch s.governedBy(tok) {
	case "seit", "nach", "vor":
	default:
		return false
	}
	return s.verbOf(g, tok, &passing) // (a verb: not the attribute "im vergangenen Jahr")
}

// judged reports whether clause g holds the noun at tok to be something:
// "hält eine Eröffnung im Mai für unrealistisch" (a view of a happening,
// not its telling).
func (s *sent) judged(g, tok int) bool {
	if !s.verbOf(g, tok, &judging) {
		return false
	}
	for i := tok + 1; i < len(s.toks); i++ {
		if t := &s.toks[i]; t.group == g && t.word() && t.lower == "für" {
			return true
		}
	}
	return false
}

// likelihoods are the adjectives that, told of a happening with a
// copula, say how likely it is to come: "Eine Einigung ist möglich".
var likelihoods = map[string]bool{
	"realistisch": true, "unrealistisch": true, "möglich": true, "unmöglich": true, "denkbar": true, "undenkbar": true,
	"wahrscheinlich": true, "unwahrscheinlich": true, "fraglich": true, "ungewiss": true, "ausgeschlossen": true,
}

// deemedLikely reports whether clause g says with a copula how likely
// the happening of the noun at tok, which no preposition governs, is to
// come: "Eine Einigung sei bis Mai realistisch", "Ein Streik ist nicht
// ausgeschlossen" (a view, not its telling).
func (s *sent) deemedLikely(g, tok int) bool {
	if prep, _, _ := s.nounPhrase(tok); prep != "" || !s.inClause(g, copula) {
		return false
	}
	from, to := s.clauseTokens(g)
	for i := from; i < to; i++ {
		t := &s.toks[i]
		if t.group == g && t.word() && !t.quoted && !t.upper && likelihoods[t.lower] && (i+1 == len(s.toks) || !s.toks[i+1].word() || !s.toks[i+1].upper) {
			return true // predicative: "realistisch.", not "ein realistischer Plan"
		}
	}
	return false
}

// isVerbOf reports whether token i is a verb of one of the lemmas of vs
// (asking the text layer for a lemma only of a word that may be one). A
// verb the trigger lexicon reads there counts too: it knows some the text
// layer reads only as adjectives ("vereinbarten").
func (s *sent) isVerbOf(i int, vs *lemmaSet) bool {
	t := &s.toks[i]
	if !t.word() || t.upper || t.quoted || !vs.mayBe(t.lower) {
		return false
	}
	for _, f := range t.forms {
		if vs.lemmas[loadLexicon().triggers[f.trigger].infinitive] {
			return true
		}
	}
	return s.layerClass(i) == text.Verb && vs.lemmas[s.doc.Lemma(int(t.at))]
}

// demanding are verbs whose object is only wanted, proposed, weighed,
// turned down or put off ("hat ihre Entscheidung aufgeschoben"): what
// they are said of has not happened.
var demanding = map[string]bool{
	"fordern": true, "verlangen": true, "empfehlen": true, "befürworten": true, "erwägen": true, "anmahnen": true,
	"einfordern": true, "urgieren": true, "vorschlagen": true, "ablehnen": true, "anregen": true,
	"verzögern": true, "aufschieben": true,
}

// demandingStems are the lemmas the text layer gives the forms of the
// verbs of demanding, with their particles or without ("lehnte":
// "lehnen", "abgelehnt": "ablehnen").
var demandingStems = func() map[string]bool {
	out := map[string]bool{}
	for v := range demanding {
		out[v] = true
		for _, p := range separableParticles {
			if rest, ok := strings.CutPrefix(v, p); ok && len(rest) >= 4 {
				out[rest] = true
			}
		}
	}
	return out
}()

// demandedOnly reports a noun at tok after the finite verb of clause g,
// whose verb, its separable particle with it ("lehnte … ab"), is one of
// demanding: the verb's object ("Die Opposition fordert den Rücktritt
// des Ministers"), not its subject, which may be a happening ("Der
// Anschlag forderte zehn Tote").
func (s *sent) demandedOnly(g, tok int) bool {
	finite, demands := -1, -1
	for i := range s.toks {
		t := &s.toks[i]
		if t.group != g || !t.word() || t.upper || t.quoted || i == tok {
			continue
		}
		if finite < 0 && s.finiteForm(i) {
			finite = i
		}
		if demands < 0 && s.layerClass(i) == text.Verb && demandingStems[s.doc.Lemma(int(t.at))] {
			// (the lexicon's lemma first, which most verbs fail; the
			// particle is looked for only then)
			if lemma, particle := s.actionLemma(i); demanding[particle+lemma] {
				demands = i
			}
		}
	}
	if finite < 0 && demands >= 0 && demands < tok {
		// a present in "-t" is the participle's form too ("verlangt",
		// "fordert"), which finiteForm leaves open; before its object, in
		// a clause of no other verb, it is the finite one
		finite = demands
	}
	if demands < 0 || finite < 0 || finite > tok {
		return false
	}
	// "Zwei Verletzte forderte ein Verkehrsunfall": "der" or "ein"
	// before a masculine noun is its nominative, the subject's
	if a := s.nounArticle(tok); a >= 0 && (s.toks[a].lower == "der" || s.toks[a].lower == "ein") && onlyGender(s.toks[tok].text, text.Masculine) {
		return false
	}
	return true
}

// possessed reports a noun at tok whose phrase opens with a possessive
// ("nach seiner Wahl"): it is someone's the sentence names.
func (s *sent) possessed(tok int) bool {
	for j := tok - 1; j >= 0 && j >= tok-3; j-- {
		t := &s.toks[j]
		if !t.word() || t.is(prepositions) {
			return false
		}
		if possessives[t.lower] {
			return true
		}
	}
	return false
}

// beyondVerb reports an actor at token pos outside the phrase of the noun
// at tok: before it, or after a finite verb that follows it.
func (s *sent) beyondVerb(tok, pos int) bool {
	if pos < tok {
		return true
	}
	return s.finiteBetween(tok, pos)
}

// finiteIn reports a finite verb in clause g, outside quotations.
func (s *sent) finiteIn(g int) bool {
	for i := range s.toks {
		if t := &s.toks[i]; t.group == g && t.word() && !t.quoted && !t.upper && s.finiteForm(i) {
			return true
		}
	}
	return false
}

// inPrefield reports whether token i of main clause g stands before its
// finite verb, which stands before the trigger at tok.
func (s *sent) inPrefield(g, i, tok int) bool {
	if !s.isMain(g) {
		return false
	}
	first := i
	for first > 0 && s.toks[first-1].group == g {
		first--
	}
	return !s.finiteBetween(first-1, i) && s.finiteBetween(i, tok)
}

// finiteBetween reports a finite verb between tokens from and to.
func (s *sent) finiteBetween(from, to int) bool {
	for k := from + 1; k < to; k++ {
		if t := &s.toks[k]; t.word() && !t.upper && s.finiteForm(k) {
			return true
		}
	}
	return false
}

// otherSide are the verbs of a match whose object is the other side: the
// side beaten ("besiegen") or the side lost to ("unterliegen").
var otherSide = map[string]bool{"besiegen": true, "schlagen": true, "bezwingen": true, "unterliegen": true}

// receiving are verbs whose subject receives their object; refusing,
// verbs whose object is withheld ("verweigerte die Genehmigung").
var (
	receiving = newLemmaSet("erhalten", "bekommen", "kriegen")
	// witnessing: verbs whose subject saw, told, bore, survived or
	// judged a happening its object names, and did not do it
	witnessing = newLemmaSet("beobachten", "dulden", "tolerieren", "hinnehmen", "ertragen", "erleben", "miterleben",
		"schildern", "beschreiben", "bezeugen", "filmen", "dokumentieren", "überleben", "überstehen",
		// who solves, examines, regrets, welcomes, comments on or gains
		// from it ("klärte den Mord auf": "klären" with its particle apart;
		// "bedauerte den Rücktritt")
		"aufklären", "klären", "untersuchen", "bedauern", "begrüßen", "kommentieren", "profitieren", "betrauern",
		// who learns of it, remembers it, hides it ("erfuhr von der
		// Festnahme", "erinnerte an den Anschlag", "verschwieg die
		// Übernahme")
		"erfahren", "erinnern", "verschweigen", "vertuschen",
		// who judges it ("kritisierte den Streik", "verurteilte den
		// Anschlag")
		"kritisieren", "verurteilen", "beklagen", "loben", "rügen", "anprangern", "missbilligen")
	surviving = newLemmaSet("überleben", "überstehen")
	// emerging: verbs whose "aus" phrase names what their subject came
	// of ("entstand aus der Fusion"; "ging … hervor", whose separated
	// verb the text layer reads as "gehen", see emergedFrom)
	emerging = newLemmaSet("entstehen", "hervorgehen")
	// declining: verbs of turning an offer down ("lehnte das Angebot
	// ab", "wies … zurück", "schlug … aus")
	declining = newLemmaSet("ablehnen", "zurückweisen", "ausschlagen")
	going     = newLemmaSet("gehen")
	refusing  = newLemmaSet("verweigern", "versagen", "verwehren", "vorenthalten")
	// settling: what a goal or a point does to a game ("brachte die
	// Entscheidung", "bedeutete die Entscheidung"), and who scored it
	// ("sorgten für die Entscheidung")
	settling = newLemmaSet("bringen", "bedeuten", "herbeiführen", "sorgen")
	// meaning: what a thing comes to ("bedeutete eine Erhöhung"), outside
	// a game no happening told
	meaning = newLemmaSet("bedeuten")
	// resting: "liegen", whose "bei" names who is to decide ("Die
	// Entscheidung liegt beim Gericht")
	resting = newLemmaSet("liegen")
	// judging: "halten", whose "für" says what one holds a thing to be
	// ("hält eine Eröffnung für unrealistisch")
	judging = newLemmaSet("halten")
	// multiplying: verbs that tell happenings growing in number ("Die
	// Anschläge häuften sich", "mehrten sich")
	multiplying = newLemmaSet("häufen", "mehren")
	// thwarting: verbs whose object did not come about ("verhinderte einen
	// Anschlag", "torpedieren die Fusion")
	thwarting = newLemmaSet("verhindern", "torpedieren", "vereiteln", "durchkreuzen", "abwenden")
	// accepting: verbs whose object is another's happening one agrees
	// to or takes note of ("nahm den Rücktritt an", whose separated verb
	// the text layer reads as "nehmen"; "zur Kenntnis genommen")
	accepting = newLemmaSet("annehmen", "akzeptieren", "nehmen")
	// renouncing: verbs whose "auf" phrase names what one gives up
	// ("verzichtet auf die Übernahme")
	renouncing = newLemmaSet("verzichten")
	// needing: verbs whose object has not happened ("benötigt einen Sieg")
	needing = newLemmaSet("benötigen", "brauchen")
	// impending: verbs of what is about to come ("Die Wahl steht bevor")
	impending = newLemmaSet("bevorstehen")
	// passing: time passing ("Seit dem Sturm sind sechs Jahre vergangen")
	passing = newLemmaSet("vergehen")
	// running: for an office or in an election ("kandidieren zu wollen")
	running = newLemmaSet("kandidieren", "antreten")
	// implicative: verbs whose "zu" infinitive was done ("es gelang ihm,
	// … zu öffnen", "begann, … zu räumen")
	implicative = newLemmaSet("gelingen", "schaffen", "beginnen", "anfangen", "wagen")
	// promising: verbs whose infinitive or "dass" clause names what is
	// promised, proposed or hoped for, not what was done ("versprach,
	// abzutreten", "regte an, dass X das Amt übernehme")
	promising = newLemmaSet("versprechen", "vorschlagen", "anregen", "zusagen", "anbieten", "hoffen", "verlangen", "beantragen",
		"vereinbaren", "beschließen", "planen", "verpflichten")
)

// postKinds are the happenings of a post: taking it, leaving it, losing
// it. The organisation a role compound names ("Henkel-Chef") is where.
var postKinds = kindsOf(KindResignation, KindAppointment, KindDismissal)

// recastSubjects takes the subjects of the clause of the noun trigger at
// tok (not a name in the noun's own phrase: "den Protest der X") out of
// rs when drop, else makes them whom the happening befell.
func (s *sent) recastSubjects(rs []ranked, tok int, drop bool) []ranked {
	kept := rs[:0]
	for _, r := range rs {
		if r.order == 0 && r.rank == 0 && r.prep == "" && !s.ownPhrase(tok, r.pos, r.last) {
			if drop {
				continue
			}
			r.rank, r.det = 1, "den"
		}
		kept = append(kept, r)
	}
	return kept
}

// harmKinds are happenings that harm people, whom a passive of harm
// ("wurde … verletzt") or a victim's noun tells of.
var harmKinds = kindsOf(KindAttack, KindCrime, KindAccident)

// victimOf reports a noun trigger at tok that is the genitive attribute
// of a victim's noun: "Opfer eines Überfalls", "der Opfer des Anschlags".
func (s *sent) victimOf(tok int) bool {
	for j := tok - 1; j >= 0 && j >= tok-4; j-- {
		t := &s.toks[j]
		switch {
		case !t.word():
			return false
		case t.upper:
			return strings.HasPrefix(t.lower, "opfer")
		case !t.is(determiners) && !hasDeclension(t.lower):
			return false
		}
	}
	return false
}

// passiveClause reports a clause g told in the passive: a form of
// "werden" and a word the text layer reads as a past participle ("wurde
// … verletzt", "ist … verwundet worden"), also one without "ge-" that
// the trigger finder's own test of the shape passes over.
func (s *sent) passiveClause(g int) bool {
	aux, participle := false, false
	for i := range s.toks {
		t := &s.toks[i]
		if t.group != g || !t.word() || t.quoted {
			continue
		}
		aux = aux || t.is(passiveAux)
		if !t.upper && !participle {
			_, v := text.Classes(t.lower)
			participle = v&text.PastParticiple != 0
		}
	}
	return aux && participle
}

// witnessed reports a noun trigger at tok that is what a verb of
// witnessing in clause g is about: its object, or after "von" or "an"
// ("profitierte von der Pleite", "erinnerte an den Anschlag"); not a
// phrase of time or place beside it ("untersuchte bei einem Treffen die
// Lage": at the meeting).
func (s *sent) witnessed(g, tok int) bool {
	switch s.governedBy(tok) {
	case "", "von", "vom", "an":
		return s.verbOf(g, tok, &witnessing)
	}
	return false
}

// attributeEnd returns the participle or adjective that ends the
// attribute a phrase opened by the preposition at prepAt stands in,
// between an article (attributeOpener) and the noun it qualifies ("der durch X in die
// Kritik geratene Minister": "geratene"), or -1. last is the phrase's
// last name token; words of further phrases may stand before the
// participle, no verb, comma or conjunction.
func (s *sent) attributeEnd(prepAt, last int) int {
	if prepAt < 1 || !s.attributeOpener(prepAt-1) {
		return -1
	}
	return s.attributeClose(last, len(s.toks), s.toks[last].group)
}

// namedHead reports a noun phrase at i that names an actor: a name, or a
// noun before one ("Minister Olaf Scholz").
func (s *sent) namedHead(i int) bool {
	return s.toks[i].actor >= 0 || i+1 < len(s.toks) && s.toks[i+1].word() && s.toks[i+1].actor >= 0
}

// subjectUndergoes reports a verb whose subject undergoes a happening of
// kind k rather than doing it: "X steht vor Gericht", "X muss sich vor
// Gericht verantworten": the accused, whom the trial is against; "X muss
// eine Strafe zahlen": the one punished; "X verunglückte", "X stürzte
// vom Dach": the one it befell (whoever "kam von der Straße ab" or "fuhr
// gegen einen Baum" drove).
func subjectUndergoes(k Kind, t *trigger) bool {
	inf := t.infinitive
	return k == KindTrial && (inf == "stehen" || inf == "verantworten") ||
		k == KindVerdict && (inf == "zahlen" || inf == "bezahlen" || inf == "erhalten") ||
		k == KindAccident && t.particle == "" && (inf == "verunglücken" || inf == "stürzen" || inf == "fallen")
}

// namesCourt reports an actor mention whose words name a court:
// "Landesgericht Feldkirch", "dem Linzer Landgericht".
func (s *sent) namesCourt(r *actorRef) bool {
	for i := r.first; i <= r.last && i < len(s.toks); i++ {
		if s.toks[i].word() && courtNoun(s.toks[i].lower) {
			return true
		}
	}
	return false
}

// gameName reports a name whose last word names a game, a word of the
// context of games won ("Wiener Derby", "Olympische Spiele",
// "Vienna City Marathon"): the game, which the tagger may read as an
// organisation.
func (x *extractor) gameName(name string) bool {
	last := strings.ToLower(name[strings.LastIndexAny(name, " -")+1:])
	return len(last) >= 4 && slices.ContainsFunc(x.lx.sportCues, func(c string) bool { return c != "#score" && cueMatches(last, c) })
}

// competition reports the name of a league ("Champions League",
// "Bundesliga", "Premier League"): where a game is played, no side of it.
func competition(name string) bool {
	l := strings.ToLower(name)
	return strings.HasSuffix(l, "league") || strings.HasSuffix(l, "liga")
}

// listPreposition returns the preposition that opens a list of names
// whose later item begins at token first ("von A, B und C": "von" for B
// and C), and its token; "" and -1 where first is no later item of a
// list after a preposition. A list joins its last item with "und",
// "oder" or "sowie": a name after a comma and before another comma alone
// is an apposition ("der Chef von X, Y, trat zurück": Y is the chef, not
// of X).
func (s *sent) listPreposition(first int) (string, int) {
	if p := first - 1; p < 0 || s.toks[p].punct != ',' && !s.toks[p].upper && s.toks[p].lower != "und" && s.toks[p].lower != "oder" && s.toks[p].lower != "sowie" {
		return "", -1 // no later item of a list ("Präsident X" may be one)
	}
	g, comma, joined := s.toks[first].group, false, false
	listWord := func(t *token) bool { return t.actor >= 0 || t.upper }
	for j := first + 1; j < len(s.toks) && s.toks[j].group == g && !joined; j++ {
		switch t := &s.toks[j]; {
		case t.punct == ',':
		case !t.word():
			j = len(s.toks)
		case t.lower == "und", t.lower == "oder", t.lower == "sowie":
			joined = true
		case !listWord(t):
			j = len(s.toks)
		}
	}
	for j := first - 1; j >= 0 && s.toks[j].group == g; j-- {
		switch t := &s.toks[j]; {
		case t.punct == ',':
			comma = true
		case !t.word():
			return "", -1
		case t.lower == "und", t.lower == "oder", t.lower == "sowie":
			joined = true
		case listWord(t):
		case t.is(prepositions) && comma && joined:
			return t.lower, j
		default:
			return "", -1
		}
	}
	return "", -1
}

// bodyAfter reports a governing body's noun right after token i: the
// board of the name in the genitive there ("Eintracht Frankfurts
// Vorstand").
func (s *sent) bodyAfter(i int) bool {
	return i+1 < len(s.toks) && governingBodies[s.toks[i+1].lower]
}

// attributeAround returns the article and the declined present
// participle of the attribute phrase that the name from token first to
// last stands in ("der aus X und Y bestehenden Gruppe": "der" to
// "bestehenden"), or -1, -1: the participle right after the name (and
// the names "und" joins to it), a noun after it, and the phrase's
// article before the name with nothing between but words of the phrase
// (see attributeArticle).
func (s *sent) attributeAround(first, last int) (int, int) {
	k := s.coordinatedLast(last) + 1
	if k+1 >= len(s.toks) {
		return -1, -1
	}
	p, n := &s.toks[k], &s.toks[k+1]
	if !p.word() || p.upper || p.group != s.toks[last].group || !n.word() || !n.upper || !presentParticiple(p.lower) {
		return -1, -1 // (a past participle may name the noun by the name: "der bürgerlich X gerufene Sänger")
	}
	if a := s.attributeArticleWithin(k, maxAttributeAround); a >= 0 && a < first {
		return a, k
	}
	return -1, -1
}

// maxAttributeAround is how far before its participle attributeAround
// looks for an attribute's article: the names in it take words of their
// own ("der aus den zwei Sendern X und Y bestehenden Gruppe").
const maxAttributeAround = 12

// presentParticiple reports a declined present participle ("bestehenden",
// "führende").
func presentParticiple(w string) bool {
	for _, end := range []string{"ende", "enden", "ender", "endes", "endem"} {
		if len(w) > len(end)+2 && strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// coordinatedLast returns the last token of the name joined to the name
// ending at token last by "und" or "oder" ("X und Y": Y's; a
// capitalised word the recogniser did not name counts as one), or last.
func (s *sent) coordinatedLast(last int) int {
	k := last + 1
	if k+1 >= len(s.toks) || s.toks[k].lower != "und" && s.toks[k].lower != "oder" || !s.toks[k+1].word() || !s.toks[k+1].upper {
		return last
	}
	if a := s.toks[k+1].actor; a >= 0 {
		for k+2 < len(s.toks) && s.toks[k+2].actor == a {
			k++
		}
	}
	return k + 1
}

// emergedFrom reports a noun trigger at tok after "aus" in a clause g
// that tells its subject came of it: "entstand aus der Fusion", "ging aus
// der Fusion hervor".
func (s *sent) emergedFrom(g, tok int) bool {
	if s.governedBy(tok) != "aus" {
		return false
	}
	if s.verbOf(g, tok, &emerging) {
		return true
	}
	for j := tok + 1; j < len(s.toks); j++ {
		if t := &s.toks[j]; t.group == g && t.lower == "hervor" && s.clauseEnd(j) {
			return s.verbOf(g, tok, &going)
		}
	}
	return false
}
