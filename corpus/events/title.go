package events

import (
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"chronik/corpus/text"
	"chronik/model"
)

// maxTitleActors is how many actors an event title names; the event keeps
// them all.
const maxTitleActors = 3

// titleParts is what an event's title is made of.
type titleParts struct {
	kind          Kind
	noun          string   // the German noun of the happening: "Abendessen", "Sperre"
	object, prep  string   // a place, platform or named thing and its preposition, or ""
	objectRank    int8     // 3 a quoted name, 2 a platform, 1 a place
	verb          *trigger // a verb that told it, for a headline with a verb; nil for none
	thing         string   // what the verb was done to when that is no actor ("Budget"), or ""
	thingDone     bool     // thing is the subject of a passive that names no one ("Ausgangssperre")
	thingOwned    bool     // the patients own the thing ("Heft von X"), whose title names it with them
	toHer         bool     // the thing is a post the text gives with "zur" ("zur Vorsitzenden")
	thingGenitive string   // the genitive after the thing ("der Maut" after "Start"), or ""
	course        string   // an accident verb's complement ("gegen Baum"), or ""
	actors        []int    // the core actors, most central first
	roles         []model.Role
	preps         []string // parallel to actors (or shorter): the preposition a participant is named with ("bei"), or ""
	unnamedAgent  string   // who acted, named by a common noun ("Verein"), when no actor is, or ""
	pluralAgent   bool     // the one agent, unnamedAgent or an institution, is plural ("Ermittler" of "Die Ermittler haben …")
}

// title writes an event's title as a German headline, from who did what
// to whom: "Facebook sperrt Trump", "Musk kritisiert „Stargate“", "Trump
// auf Facebook gesperrt" when nobody is named for it, "OpenAI, Softbank
// und Oracle kündigen „Stargate“ an". Where no verb fits, or all take
// part alike, a noun says it: "Abendessen von Bezos, Musk und Trump in
// Mar-a-Lago", "Sperre durch Zuckerberg", "Sperre gegen Trump",
// "Klage von Musk gegen OpenAI".
func title(p titleParts, table []model.Actor) string {
	if sidedKinds.has(p.kind) {
		// a strike, a protest, a founding: titled by its sides as a
		// meeting is ("Streik von Verdi bei Oracle"), whatever roles the
		// event gives them
		p.roles = slices.Repeat([]model.Role{model.RoleParticipant}, len(p.roles))
	}
	d := organisationNames(p.actors, table)
	var agents, patients, all []string
	var besides []prepName        // participants with a preposition of their own ("bei Siemens")
	var signed []string           // patients without a preposition: whom a club signed
	against := true               // every patient is named after "gegen" ("entschied gegen die Bank")
	var opponents, sides []string // of a match: named after "gegen" or "über", and without a preposition
	commonAgents := true          // every agent is an institution ("Polizei", "Amtsgericht"), no name
	orgAgents := true             // every agent is an organisation
	allOrgs := true               // every name the title may give is an organisation's
	person := false               // the last agent is a named person
	unnamedAgents := true         // every agent is people named by what they are ("Täter", "Mann")
	byOnly := true                // every name is named after "von" or "durch": who did it, in a passive
	var allPreps []string         // parallel to all: the preposition each is named with
	for k, a := range p.actors {
		n := ShortName(&table[a])
		if n == "" || p.object != "" && strings.Contains(p.object, n) || contains(all, n) {
			continue
		}
		prepOf := ""
		if k < len(p.preps) {
			prepOf = p.preps[k]
		}
		if prepOf == "ohne" {
			continue // "gewann ohne Müller": not there
		}
		if besidePreps[prepOf] && (k >= len(p.roles) || p.roles[k] == model.RoleParticipant) {
			continue // "das Team um X", "neben X", "nach X": beside the happening, in no role a title can say
		}
		if p.kind == KindMatch && prepOf == "für" && slices.Contains(p.preps[:min(len(p.preps), len(p.actors))], "") {
			// "Müller siegte, für Audi der dritte Sieg": beside a side named
			// without a preposition (who won), the winner's team, not
			// the other side
			continue
		}
		all, allPreps = append(all, n), append(allPreps, prepOf)
		allOrgs = allOrgs && table[a].Kind == model.Organization
		byOnly = byOnly && (prepOf == "von" || prepOf == "vom" || prepOf == "durch")
		switch prepOf {
		case "gegen", "über":
			opponents = append(opponents, n)
		case "", "an":
			sides = append(sides, n) // "an": whom a win went to ("Der Sieg ging an X")
		}
		if k < len(p.preps) && k < len(p.roles) && p.roles[k] == model.RoleParticipant && (ownPrep(p.preps[k]) || p.gives() && p.preps[k] == "an" || p.preps[k] == "am" && table[a].Kind == model.Organization ||
			p.kind == KindAnnouncement && p.preps[k] == "mit") {
			// ("am" of an organisation says where: "am Hamburger
			// Hauptbahnhof", "am Landgericht"; of a person, whom: "Mord
			// am Bürgermeister")
			// "bei Siemens"; "an X" of a sale or a handover names who received it;
			// "mit X" the partner of an announced merger or meeting
			besides = append(besides, prepName{bare(p.preps[k]), n})
		}
		switch {
		case symmetricKinds.has(p.kind) || k >= len(p.roles):
		case p.roles[k] == model.RoleAgent:
			agents = append(agents, n)
			commonAgents = commonAgents && strings.HasPrefix(table[a].ID, "institution-")
			orgAgents = orgAgents && table[a].Kind == model.Organization
			person = table[a].Kind == model.Person && !strings.HasPrefix(table[a].ID, "unnamed-")
			unnamedAgents = unnamedAgents && strings.HasPrefix(table[a].ID, "unnamed-")
		case p.roles[k] == model.RolePatient:
			patients = append(patients, n)
			if k >= len(p.preps) || p.preps[k] == "" {
				signed = append(signed, n)
			}
			against = against && k < len(p.preps) && p.preps[k] == "gegen"
		}
	}
	if p.unnamedAgent != "" {
		agents = append(agents, p.unnamedAgent)
		commonAgents = false // "von 212 Senatoren"
	}
	if recipientKinds.has(p.kind) && !(p.verb.honoursObject() && len(agents) > 0) {
		// "stellte Trump die Brille vor": a bare name is whom it was
		// shown, offered or given to, not the thing; no verb title says so.
		// (Whom "auszeichnen" honours is its object: "GM zeichnet X aus";
		// with no one who did it, "Auszeichnung für X" says it.)
		patients = nil
	}
	prep := p.prep
	if prep == "nach" && p.noun != "Reise" && p.verb == nil {
		prep = "in" // "Reise nach Paris", but "Besuch in Frankreich"
	}
	place := ""
	if p.object != "" && p.object != p.thing {
		// (the subject of "Der Index ist gesunken" is object and thing)
		place = placePhrase(prep, p.object)
	}
	var b strings.Builder
	words := func(ws ...string) {
		for _, w := range ws {
			if w == "" {
				continue
			}
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(w)
		}
	}
	patientsAgainst := against && len(patients) > 0 // every patient named after "gegen"
	besidePhrases := func() {
		for k := 0; k < len(besides); {
			// "bei A und B", then "in C": one phrase per preposition
			n := k + 1
			for n < len(besides) && besides[n].prep == besides[k].prep {
				n++
			}
			var names []string
			for _, bn := range besides[k:n] {
				names = append(names, bn.name)
			}
			prep := besides[k].prep
			words(d.phraseIn(prep, names, dativePreps[prep] && !(prep == "in" && whitherKinds.has(p.kind))))
			k = n
		}
	}
	v := p.verb
	if v == nil && p.kind == KindAnnouncement && len(agents) > 0 && p.noun != "" && !announcementNoun(p.noun) {
		// "Velmark will Korvex übernehmen, teilte das Unternehmen mit":
		// the happening made known by a verb no title says ("teilt …
		// mit"), announced: "Velmark kündigt Übernahme von Korvex an",
		// not "Übernahme von Velmark", which reads as Velmark taken over
		v = announcing()
	}
	if v != nil && v.idiom() && !v.cuedBy(p.thing) && !v.cuedBy(p.object) {
		// "ums Leben gekommen", "in Haft genommen": a title says it as
		// its kind's participle does, or by the noun, not by a bare
		// "gekommen"
		if part, ok := idiomParticiples[p.kind]; ok {
			plain := *v
			plain.participle = part
			v = &plain
		} else {
			v = nil
		}
	}
	if v != nil && p.course != "" && coursePreps[v.particle+v.infinitive] != "" {
		// "Auto prallt gegen Baum", "Auto gegen Baum geprallt": the verb
		// with the complement it needs, not a bare "geprallt"
		plain := *v
		plain.participle = p.course + " " + v.participle
		plain.particle = strings.TrimSpace(p.course + " " + v.particle)
		v = &plain
	}
	// A quoted name is the verb's object when the text ties it to the
	// happening as the kind's own object does ("Kritik an „Stargate“"),
	// not when it is where it happened ("in seinem Buch „…“").
	quoted := p.objectRank == 3 && (p.prep == objectPreps[p.kind] || p.prep == "von")
	switch {
	case v != nil && subjectThings[v.infinitive] && p.thing != "" && v.participle != "":
		// "Buch von Schwan und Jens erschienen", "Studie im Fachblatt X
		// erschienen": what came out, by whom, where; whom its sentence
		// otherwise tells of did not bring it out
		by := agents
		for _, n := range all {
			if len(agents) == 0 && n != p.thing && !slices.ContainsFunc(besides, func(bn prepName) bool { return bn.name == n }) && !contains(patients, n) {
				by = append(by, n)
			}
		}
		words(p.thing, d.phrase("von", by))
		besidePhrases()
		words(place, v.participle)
	case v != nil && p.kind == KindAnnouncement && len(agents) > 0 && len(patients) > 0 && against && p.thing == "" && !quoted:
		// "kündigte Sanktionen gegen X an" with the announced thing not
		// read: "Ankündigung von Y gegen X", not "Y kündigt X an", which
		// announces X
		words(p.noun, d.ofNoun(agents), d.phrase("gegen", patients), place)
	case v != nil && len(agents) > 0 && (len(patients) > 0 || quoted):
		// "Facebook sperrt Trump", "Musk kritisiert „Stargate“"
		words(list(agents), v.agreeing(agents, person, p.pluralAgent), v.reflexive())
		switch {
		case quoted:
			words(p.object)
		case (p.kind == KindAppointment || p.kind == KindElection) && p.thing != "" && givenPost(p.thing) && len(patients) > 0 && !contains(patients, p.thing):
			// "Macron ernennt Lecornu zum Premierminister": the office
			// the person is given (not "Premierminister von Lecornu")
			words(d.accusatives(patients), toPost(p.thing, p.toHer), p.thing, place)
		case (postKinds.has(p.kind) || p.kind == KindAnnouncement || p.kind == KindVerdict && v.cuedBy(p.thing) ||
			(p.kind == KindBan || p.kind == KindDecision) && happeningNoun(p.thing)) && p.thing != "" && len(patients) > 0 && !contains(patients, p.thing):
			// "übernimmt Leitung von Verdi": the post, whose it is;
			// "untersagt Fusion von X und Y": the happening banned or
			// approved, whose it is (not "untersagt X und Y");
			// "bestätigt Verurteilung von X": the ruling upheld, whom it
			// befell; "kündigt Übernahme von Bosch an": what is announced, whom it
			// befalls (not "kündigt Bosch an"); "kündigt Klage gegen Bosch
			// an": whom it is aimed at, as the sentence names them (with
			// "von" Bosch would sue); a penalty imposed is against whom
			// it befalls, however the sentence names them ("verhängt
			// Strafe gegen X", not "Strafe von X", which X would pay
			// to someone)
			prep := "von"
			if against || p.kind == KindVerdict && v.infinitive == "verhängen" {
				prep = "gegen"
			}
			words(p.thing, d.phrase(prep, patients), place)
		case p.kind == KindAnnouncement && p.thing == "" && p.noun != "" && p.noun != v.noun:
			// "kündigte an, X zu übernehmen": what is announced, by its
			// noun, and whom it befalls (not "kündigt X an")
			prep := "von"
			if against {
				prep = "gegen"
			}
			words(p.noun, d.phrase(prep, patients), place)
		case p.thingOwned && p.thing != "" && !contains(patients, p.thing) && !against:
			// "verbot das Heft von X": the thing done to, whose it is
			// (not "verbietet X", which bans X)
			words(p.thing, d.phrase("von", patients), place)
		case p.kind == KindResults && p.thing != "" && v.cuedBy(p.thing) && !contains(patients, p.thing):
			// "Velmark erzielt Gewinn": the figure the verb is told with
			// is its object; whom a results event also names (its chief
			// at the presentation) is none ("erzielt Müller")
			words(p.thing, place)
		case p.kind == KindInsolvency && p.thing != "" && !contains(patients, p.thing):
			// "eröffnet Insolvenzverfahren über X", "beantragt Konkurs über
			// X": whom it is over is the insolvent one (not "eröffnet X",
			// "beantragt X")
			words(p.thing, d.phrase("über", patients), place)
		case against && len(patients) > 0 && (againstKinds.has(p.kind) || p.kind == KindDecision || p.kind == KindVerdict || p.kind == KindVote || p.kind == KindAction):
			// "Gericht entscheidet gegen Bank"; not "kündigt gegen X an",
			// whose "gegen" was a noun's ("eine Klage gegen X"); what the
			// verb was done to, when told, comes first: "Gericht weist
			// Klage gegen Bank ab", not "weist gegen Bank ab"
			if !contains(patients, p.thing) {
				words(p.thing)
			}
			words(d.phrase("gegen", patients), place)
		default:
			words(d.accusatives(patients), recipients(p, besides, d), place)
		}
		words(v.particle)
	case v != nil && (p.kind == KindCollapse || p.kind == KindMarket) && p.thing != "" && !contains(all, p.thing) && v.participle != "":
		// "Verhandlungen von Meta und Oracle gescheitert": what failed,
		// not those who took part in it; "Aktie von Siemens gefallen",
		// "Lufthansa-Aktie gefallen": whose share moved, unless the
		// thing names it
		// ("Misstrauensantrag gegen Prien im Bundestag gescheitert": whom
		// it was aimed at and where it failed are no one's part in it)
		var of, aimed, at []string
		for i, n := range all {
			b := slices.IndexFunc(besides, func(b prepName) bool { return b.name == n })
			switch {
			case strings.Contains(p.thing, n):
			case allPreps[i] == "gegen":
				aimed = append(aimed, n)
			case b >= 0:
				at = append(at, d.phrase(besides[b].prep, []string{n}))
			default:
				of = append(of, n)
			}
		}
		if p.kind == KindMarket && v.infinitive == "schließen" && len(v.require) > 0 {
			// "Dax schließt höher": "Dax geschlossen" would read as shut
			how := v.require[0]
			if how == "plus" || how == "minus" {
				how = "im " + strings.ToUpper(how[:1]) + how[1:] // "mit einem Plus": "Nikkei schließt im Plus"
			}
			words(p.thing, d.phrase("von", of), v.third, how)
			break
		}
		words(p.thing, d.phrase("gegen", aimed), d.phrase("von", of))
		words(at...)
		words(place, v.participle)
	case v != nil && len(agents) > 0 && len(patients) == 0 && p.thing != "" && !contains(all, p.thing) && !strings.EqualFold(p.thing, v.infinitive):
		// "Ministerium verbietet Demonstration", "Gemeinderat beschließt
		// Budget"
		thing, of := p.thing, p.thingGenitive
		if p.kind == KindAnnouncement && len(p.noun) > len(thing) && hasSuffixFold(p.noun, strings.ToLower(thing)) {
			thing, of = p.noun, "" // "kündigte den Abbau von 300 Stellen an": "kündigt Stellenabbau an", what its noun says it is
		}
		// (with its genitive: "Regierung verschiebt Start der Maut",
		// not a bare "Start")
		words(list(agents), v.agreeing(agents, person, p.pluralAgent), v.reflexive(), thing, of)
		if to := recipients(p, besides, d); to != "" {
			words(to)
		} else if p.kind == KindAnnouncement {
			words(partners(besides, d)) // "Siemens kündigt Fusion mit Alstom an"
		} else if firmKinds.has(p.kind) || postKinds.has(p.kind) {
			// "Velmark streicht 300 Stellen bei Korvex", "übernimmt die
			// Kontrolle bei Korvex", "wird Nachfolger von X bei Korvex":
			// the firm the thing was done at, or the post is at (not
			// where one published, played or spoke)
			var at []string
			for _, bn := range besides {
				if bn.prep == "bei" {
					at = append(at, bn.name)
				}
			}
			words(d.phraseIn("bei", at, true))
		}
		words(v.particle)
	case v != nil && p.kind == KindAnnouncement && len(agents) > 0 && len(patients) == 0 && p.thing == "" && p.noun != "" && p.noun != v.noun:
		// "Oracle kündigte an, ein Werk zu eröffnen": "Oracle kündigt
		// Eröffnung an", not "Eröffnung von Oracle", which reads as if it
		// were opened, or had happened
		words(list(agents), v.agreeing(agents, person, p.pluralAgent), v.reflexive(), p.noun, partners(besides, d), place, v.particle)
	case v != nil && (p.kind == KindAction || p.kind == KindPlan && p.noun == "") && len(agents) > 0:
		// an action has no noun of its own: "Opposition protestiert in
		// Wien"
		words(list(agents), v.agreeing(agents, person, p.pluralAgent), v.reflexive(), place, v.particle)
	case v != nil && p.kind == KindInsolvency && len(agents) == 0 && len(patients) > 0 && p.prep == "" && p.object != "" && !contains(patients, p.object) && v.participle != "":
		// "X ist pleite … wurde ein Sanierungsverfahren eröffnet": the
		// proceedings opened, over whom
		words(p.object, d.phrase("über", patients), v.participle)
	case v != nil && (p.kind == KindAppointment || p.kind == KindElection) && len(agents) == 0 && len(patients) > 0 && p.thing != "" && givenPost(p.thing) && !contains(patients, p.thing) && v.participle != "":
		// "X ist zum Konzernchef ernannt worden": "X zum Konzernchef
		// ernannt", the post with whom it was given
		words(d.accusatives(patients))
		besidePhrases() // ("Merz im Bundestag zum Kanzler gewählt": where it was done)
		words(toPost(p.thing, p.toHer), p.thing, place, v.participle)
	case v != nil && postKinds.has(p.kind) && len(agents) == 0 && len(patients) > 0 && p.thing != "" && !contains(patients, p.thing):
		// "Sie übernimmt ab Montag die Leitung von X": the post is X's, X took
		// nothing over, "Leitung von X übernommen"
		words(p.thing, d.phrase("von", patients), place, v.participle)
	case v != nil && len(agents) == 0 && patientsAgainst && p.thingDone && p.thing != "" && !contains(patients, p.thing) && v.participle != "":
		// "Prozess gegen Kulterer vertagt": what was done, aimed at whom
		words(p.thing, d.phrase("gegen", patients), place, v.participle)
	case v != nil && len(agents) == 0 && len(patients) > 0 && v.participle != v.third && !speechKinds.has(p.kind) && !patientsAgainst &&
		!subjectUndergoes(p.kind, v):
		// "Trump auf Facebook gesperrt"; not "Morsi lanciert", which reads
		// as if he did it, nor "Scholz angekündigt": one is not said, nor
		// "Scholz gestartet" of what was started against him, nor "X
		// gezahlt" of a fine X pays
		part := v.participle
		if p.kind == KindDeath {
			part = idiomParticiples[KindDeath] // "erlag seinen Verletzungen": "X gestorben", not "X erlegen", which reads as hunted down
		}
		if p.thingOwned && p.thing != "" && !contains(patients, p.thing) {
			words(p.thing, d.phrase("von", patients), place, part) // "Heft von X verboten", not "X verboten"
			break
		}
		words(list(patients), place, part)
	case v != nil && p.kind == KindAction && len(agents) == 0 && p.thing != "" && v.participle != "":
		// an action with no doer named: what was done, "Unterstützung
		// erkämpft" (an action has no noun to fall back on)
		words(p.thing, p.thingGenitive, place, v.participle)
	case v != nil && p.kind == KindAgreement && len(agents)+len(patients) == 0 && len(all) > 0 && p.thingDone && p.thing != "" && v.participle != "" &&
		!slices.ContainsFunc(allPreps, func(prep string) bool { return prep != "mit" }):
		// what was agreed with those named with "mit", no one named as
		// who agreed: "Baustopp mit Korvex vereinbart", not "Vereinbarung
		// von Korvex", which makes them its only party
		words(p.thing, d.phraseIn("mit", all, true), place, v.participle)
	case v != nil && len(all) == 0 && p.thing != "" && v.participle != "" && (p.thingDone || befalls.has(p.kind) || p.kind == KindJobcuts) && !strings.EqualFold(p.thing, p.noun):
		// no one named: whom it befell, where ("In Graz starb ein
		// Bergsteiger": "Bergsteiger in Graz gestorben", not "Tod in
		// Graz"; "fallen 120 Stellen weg"), or what a passive was done to
		// ("Ausgangssperre in Linz verhängt", not "Verhängung in Linz")
		words(p.thing, p.thingGenitive, place, v.cuedParticiple(p.noun)) // ("Start der Maut verschoben")
	case v != nil && p.kind == KindAction && len(agents) == 0 && len(all) > 0:
		words(list(all), v.agreeing(all, true, false), v.reflexive(), place, v.particle)
	case v != nil && len(all) == 0 && p.prep == "" && p.object != "" && !(p.kind == KindTrial && subjectUndergoes(p.kind, v)): // ("Zwei Männer stehen vor Gericht": no "gestanden")
		words(p.object, v.cuedParticiple(p.noun)) // a passive told of a thing: "Netzwerk verkauft"
	case v != nil && len(agents) == 0 && len(patients) == 0 && len(besides) == len(all) && p.prep == "" && p.object != "" && v.participle != "" && befalls.has(p.kind):
		// "Ein Mann ist gestorben", "… wurde ins Spital eingeliefert":
		// whom it befell, unnamed, not where another was brought
		words(p.object, v.participle)
	case len(agents) == 0 && len(patients) == 0 && len(besides) == len(all) && len(all) > 0:
		// "Protest bei General Electric": who takes part without a role
		// is named as the sentence names it, not as who did it
		words(p.noun)
		besidePhrases()
		words(place)
	case p.kind == KindMatch && len(opponents) > 0:
		// "gewann gegen Müller": whom it was won against, and who won
		// when the sentence names them, not those of its other clauses
		words(p.noun, place)
		if len(sides) > 0 {
			words(d.phrase("von", sides))
		}
		words(d.phrase("gegen", opponents))
	case p.kind == KindLawsuit && len(agents) > 0 && len(patients) > 0:
		// "Klage von Musk gegen OpenAI beim Landgericht": the court where
		// it was filed is neither side
		words(p.noun, d.ofNoun(agents), d.phrase("gegen", patients))
		for _, bn := range besides {
			if !contains(agents, bn.name) && !contains(patients, bn.name) {
				words(d.phrase(bn.prep, []string{bn.name}))
			}
		}
		words(place)
	case p.kind == KindMatch && p.noun != "Tor" && len(sides) > 0 && slices.ContainsFunc(besides, func(bn prepName) bool { return bn.prep == "bei" }):
		// "Der FC siegte bei den 05ern": a side and where it played, at the
		// other side's ground or at a tournament; neither reads as
		// having beaten the other
		words(p.noun, place, d.phrase("von", sides))
		for _, bn := range besides {
			if bn.prep == "bei" {
				words(d.phrase("bei", []string{bn.name}))
			}
		}
	case p.kind == KindLawsuit && len(agents) < len(all) && len(all) > 1:
		// "Klage von Musk gegen OpenAI"; a suit all of whose actors
		// filed it has no other side to name; the court it was filed
		// at ("vor dem Gerichtshof") is none either
		var courts []prepName
		others := slices.DeleteFunc(slices.Clone(all[1:]), func(n string) bool {
			i := slices.IndexFunc(besides, func(bn prepName) bool { return bn.name == n })
			if i >= 0 {
				courts = append(courts, besides[i])
			}
			return i >= 0
		})
		words(p.noun, place, d.phrase("von", all[:1]), d.phrase("gegen", others))
		for _, bn := range courts {
			words(d.phrase(bn.prep, []string{bn.name}))
		}
	case p.kind == KindMatch && p.noun != "Tor" && len(all) > 1:
		words(p.noun, place, d.phrase("von", all[:1]), d.phrase("gegen", all[1:]))
	default:
		words(p.noun)
		by, against, of, to := "von", []string(nil), []string(nil), ""
		var where []prepName // the participants named where it happened, after those it befell
		switch {
		case p.kind == KindElection && strings.HasSuffix(strings.ToLower(p.noun), "wahl") && len(all) > 0 && allOrgs && p.unnamedAgent == "":
			// "Landtagswahl mit FPÖ": the parties that stood, not whom it
			// elected ("Wahl von Berger"); a party's own result keeps
			// "von" ("Wahlsieg von FPÖ")
			by = "mit"
		case len(agents) == 0 && len(patients) > 0 && p.gives():
			// "X wurde an Y verkauft": "Verkauf von X an Y", not "von X
			// und Y", which makes Y a seller too
			all, to = patients, recipients(p, besides, d)
		case p.kind == KindTransfer && p.noun == "Wechsel" && len(agents) > 0 && orgAgents && slices.ContainsFunc(all, func(n string) bool { return !d.nouns[n] && !contains(agents, n) }):
			// "Der BVB hatte X an Y verkauft": the player a club sold
			// moves, to the club that bought him ("Wechsel von X zu Y"),
			// not the club that sold him ("Wechsel von BVB"); a person
			// who moves is the agent of it ("X wechselt zu Y")
			var players []string
			for _, n := range all {
				switch {
				case contains(agents, n):
				case d.nouns[n]:
					besides = slices.DeleteFunc(besides, func(bn prepName) bool { return bn.name == n })
					besides = append(besides, prepName{"zu", n})
				default:
					players = append(players, n)
				}
			}
			all = players
		case len(agents) > 0 && (againstKinds.has(p.kind) || p.kind == KindVerdict):
			by, all, against = "durch", agents, patients // "Sperre durch Facebook gegen Trump"
		case len(agents) > 0 && (patientKinds.has(p.kind) || openedKinds.has(p.kind) || befallsNoun[p.noun] || p.noun == "Verpflichtung" && len(signed) > 0 ||
			p.kind == KindElection && len(patients) > 0 && orgAgents):
			// ("Wahl von Babler durch SPÖ": whom a body elected, by it)
			by, all, of = "durch", agents, patients // "Übernahme von Twitter durch Musk"
			if p.noun == "Verpflichtung" {
				of = signed // "Verpflichtung von X durch Y"
			}
		case p.kind == KindInsolvency && len(patients) > 0:
			all = patients // "Insolvenz von X", not of whoever applied for it
		case p.kind == KindInsolvency && len(all) > len(agents):
			// "Über das Vermögen der X wurde vom Handelsgericht … eröffnet":
			// "Insolvenz von X", not of the court that opened it; "X hat
			// beim Amtsgericht Insolvenz angemeldet": of X, who applied,
			// not of the court it applied at
			if slices.ContainsFunc(agents, courtName) { // "Amtsgericht Kassel"
				all = slices.DeleteFunc(slices.Clone(all), func(n string) bool { return contains(agents, n) })
			} else {
				all = slices.DeleteFunc(slices.Clone(all), courtName)
			}
		case len(agents) > 0 && p.kind == KindDecision && strings.HasSuffix(p.noun, "ung") && p.noun != "Entscheidung" && p.noun != "Zustimmung":
			// "Aufhebung durch X", "Auflösung durch X": "von" would name
			// what was lifted or dissolved (not so who decided or agreed)
			by, all = "durch", agents
		case (p.kind == KindCrime || p.kind == KindAttack) && len(agents) == 0 && len(patients) == 0 && !byOnly:
			// "Tötung von X" reads as X killed, "Angriff von X" as X
			// attacking: whom a crime names in neither role nor with
			// "von" (a source, a place read as a name) it titles not at
			// all ("Anschlag von X" names its doer so)
			kept := all[:0:0]
			for i, n := range all {
				if allPreps[i] == "von" || allPreps[i] == "vom" || allPreps[i] == "durch" {
					kept = append(kept, n)
				}
			}
			all = kept
		case p.kind == KindCrime && len(agents) > 0 && unnamedAgents && len(patients) == 0:
			// "Diebstahl von Mann" reads as what was stolen: people named
			// by what they are did a crime "durch"
			by, all = "durch", agents
		case len(agents) > 0 && commonAgents && !intransitiveKinds.has(p.kind):
			// "Entscheidung durch Amtsgericht": a bare noun takes no
			// "von"; who resigns or flees did it to no one, named as
			// whose the noun is ("Rücktritt der Regierung")
			by, all = "durch", agents
		case len(agents) > 0:
			// who did it: "Rücktritt von Musk", "Angebot von Zuckerberg";
			// not to whom or with whom, which "von" would make doers too;
			// but what the kind is done to after its own preposition
			// stays, after them ("Investition von Velmark in Korvex")
			all = agents
			for _, bn := range besides {
				if bn.prep == objectPreps[p.kind] && !contains(agents, bn.name) {
					where = append(where, bn)
				}
			}
		case len(patients) > 0 && (againstKinds.has(p.kind) || p.kind == KindVerdict || p.kind == KindTrial),
			patientsAgainst && len(all) == len(patients):
			// "Sperre gegen Trump", "Urteil gegen Lindner", "Prozess
			// gegen Lindner" (not "von", which would make him the judge);
			// "lancierte die Petition
			// gegen Lindner": "Start gegen Lindner"
			by, all = aimedAt(p.kind, p.noun), patients
		case len(agents) == 0 && len(opponents) == len(all) && (!symmetricKinds.has(p.kind) || collectiveKinds.has(p.kind)):
			by = aimedAt(p.kind, p.noun) // "gingen gegen den Premier auf die Straße": "Protest gegen …", not "von"
		case p.kind == KindAward && !symmetricKinds.has(p.kind) && byOnly:
			by = "durch" // "wurde von Müller ausgezeichnet": who gave it, not who got it
		case p.kind == KindAward && !symmetricKinds.has(p.kind):
			by = "für" // "wurde ausgezeichnet": "Auszeichnung für Müller", as "an" reads of a prize only
		case p.kind == KindAccident && len(agents) == 0 && len(patients) == len(all):
			by = "mit" // "Unfall mit Müller": whom it befell, not who caused it
		case recipientKinds.has(p.kind) && !symmetricKinds.has(p.kind):
			by = "an" // "ihm wurde … angeboten": "Angebot an Müller", not "von"
		case len(patients) > 0 && len(all) == len(patients) && crimesAt[p.noun]:
			by = "an" // "Mord an Müller": whom it befell, not who did it
		case len(agents) == 0 && len(patients) > 0 && len(besides) > 0 && len(all) == len(patients)+len(besides) && !symmetricKinds.has(p.kind):
			// "Wahl von Merz im Bundestag": whom it befell after "von",
			// where it was after its own preposition, not "von" both
			all, where = patients, besides
		}
		if p.kind == KindJobcuts && by == "von" {
			by = "bei" // "Stellenabbau bei Amazon": where the jobs go
		}
		var joined []prepName // a transfer's new club: "Wechsel von X zu Rapid", not "von X und Rapid"
		for _, bn := range besides {
			if p.kind != KindTransfer || bn.prep != "zu" && bn.prep != "nach" {
				continue
			}
			if in := contains(all, bn.name); in && len(all) == 1 || !in && len(all) == 0 {
				continue // the one name is whom it moved
			} else if in {
				all = slices.DeleteFunc(slices.Clone(all), func(n string) bool { return n == bn.name })
			}
			joined = append(joined, bn)
		}
		if len(of) > 0 {
			words(d.phrase("von", of))
		}
		if prep == "von" {
			words(place) // "Ankündigung von „Stargate“ durch OpenAI"
			if by == "von" {
				by = "durch"
			}
			place = ""
		}
		var atFirm []string // "Streik von Verdi bei Siemens": where it is held, not who holds it
		if collectiveKinds.has(p.kind) && by == "von" {
			for _, bn := range besides {
				if bn.prep == "bei" && len(all) > 1 && contains(all, bn.name) {
					all = slices.DeleteFunc(slices.Clone(all), func(n string) bool { return n == bn.name })
					atFirm = append(atFirm, bn.name)
				}
			}
		}
		if symmetricKinds.has(p.kind) && len(all) > 2 {
			// "Treffen von A und B im Bundeskanzleramt": an organisation
			// it was held in is where, not one who met
			for _, bn := range besides {
				if (bn.prep == "im" || bn.prep == "in") && contains(all, bn.name) && len(all) > 2 {
					all = slices.DeleteFunc(slices.Clone(all), func(n string) bool { return n == bn.name })
					where = append(where, bn)
				}
			}
		}
		switch {
		case len(all) > 0 && prep == "" && place != "" && by == "durch" && len(of) == 0:
			// whom it befell, unnamed, before who did it: "Festnahme von
			// 15 Jihadisten durch Soldaten", not "durch Soldaten und 15
			// Jihadisten", which makes them doers too
			words("von", countedDative(place, true))
			place = ""
		case len(all) > 0 && prep == "" && place != "":
			// whom it befell, unnamed, beside those named: "Tod von X und
			// fünf Menschen", not "Tod von X fünf Menschen"
			all, place = append(slices.Clip(all), place), ""
		}
		if len(all) > 0 {
			if by == "von" && (strings.HasPrefix(all[0], "von ") || strings.HasPrefix(all[0], "vom ")) {
				by = "" // "Rücktritt von der Leyen", not "Rücktritt von von der Leyen"
			}
			if by == "von" && p.unnamedAgent != "" {
				all = slices.Clone(all)
				for i, n := range all {
					if n == p.unnamedAgent {
						all[i] = countedDative(n, p.pluralAgent)
					}
				}
			} else if by == "von" && p.pluralAgent && len(all) == 1 && len(p.actors) == 1 && (strings.HasPrefix(table[p.actors[0]].ID, "unnamed-") || strings.HasPrefix(table[p.actors[0]].ID, "institution-") && samePlural(all[0])) {
				// "Streik von Busfahrern": the crowd that acted; "Einigung
				// von Sozialpartnern": a body named by its members
				all = []string{countedDative(all[0], true)}
			}
			switch {
			case by == "":
				words(list(all))
			case by == "von" && len(of) == 0:
				words(d.ofNoun(all)) // right after the noun
			case by == "an" && (p.kind == KindCriticism || crimesAt[p.noun]):
				words(d.phraseIn(by, all, true)) // "Kritik am Bundestag", "Mord an der Frau": whom it was aimed at, in the dative
			default:
				words(d.phrase(by, all))
			}
			if postKinds.has(p.kind) {
				for _, bn := range besides {
					if bn.prep == "bei" && !contains(all, bn.name) {
						words(d.phrase(bn.prep, []string{bn.name})) // "Abgang von Rorsted bei Henkel": the post's organisation
					}
				}
			}
		}
		for _, bn := range slices.Concat(joined, where) {
			words(d.phrase(bn.prep, []string{bn.name}))
		}
		if len(atFirm) > 0 {
			words(d.phrase("bei", atFirm))
		}
		if len(against) > 0 {
			prep := aimedAt(p.kind, p.noun)
			words(d.phraseIn(prep, against, p.kind == KindCriticism || dativePreps[prep]))
		}
		if len(all) == 0 && prep == "" && place != "" && countedNoun(p.object) && (p.kind == KindAccident || p.kind == KindDisaster || p.kind == KindDeath) {
			// people counted whom it befell, unnamed: "Absturz mit 224
			// Insassen", "Tod von drei Menschen", not "Absturz 224
			// Insassen" (of a crime "von" would name the doers)
			by := "von"
			if p.kind != KindDeath {
				by = "mit"
			}
			place = by + " " + countedDative(p.object, true)
		}
		if len(all) == 0 && prep == "" && place != "" && place == p.object && p.kind == KindTrial {
			// whom a trial is against, unnamed: "Prozess gegen zwei
			// Männer", "Prozess gegen 30-Jährigen"
			place = "gegen " + accusativeOf(p.object)
		}
		if agreedOn, ok := strings.CutPrefix(p.thing, "sich "); ok && p.kind == KindAgreement {
			words(agreedOn) // "Einigung von Union und SPD auf Koalitionsvertrag"
		}
		words(to, place)
	}
	if p.kind == KindPlan {
		words("(geplant)")
	}
	out := b.String()
	if w, rest, ok := strings.Cut(out, " "); ok {
		// a numeral that opened its sentence keeps no capital inside a
		// title: "Tod von drei Menschen"
		out = w + " " + lowerNumerals(rest)
	}
	if w, _, _ := strings.Cut(out, " "); thingNumerals.has(w) {
		// a headline opens with a capital: "Sieben Soldaten gestorben"
		// (a name keeps its own case: "de Maizière")
		r, n := utf8.DecodeRuneInString(out)
		out = string(unicode.ToUpper(r)) + out[n:]
	}
	return out
}

// recipients names whom a sale, a handover or a donation went to, "an
// X", among the participants named with a preposition of their own; ""
// for other kinds.
func recipients(p titleParts, besides []prepName, d declension) string {
	if !p.gives() {
		return ""
	}
	var names []string
	for _, bn := range besides {
		if bn.prep == "an" {
			names = append(names, bn.name)
		}
	}
	return d.phrase("an", names)
}

// gives reports a happening that passes something to someone (see
// givingKinds), also when it is still planned.
func (p titleParts) gives() bool {
	return givingKinds.has(p.kind) || p.kind == KindPlan && p.verb != nil && givingKinds.has(p.verb.kind)
}

// whitherKinds are happenings that go somewhere: "in" names where to,
// in the accusative ("Flucht in die Europäische Union").
var whitherKinds = kindsOf(KindFlight, KindDeportation, KindAccession, KindVisit)

// crimesAt are nouns of crimes that name whom they befell with "an".
var crimesAt = map[string]bool{"Mord": true, "Lynchmord": true, "Anschlag": true, "Attentat": true, "Angriff": true, "Überfall": true}

// againstKinds are happenings aimed at someone, so that a noun title
// names who did it with "durch" and whom it was aimed at with "gegen":
// "Sperre durch Facebook gegen Trump", "Sperre gegen Trump".
var againstKinds = kindsOf(
	KindBan, KindCriticism, KindThreat, KindAttack, KindLawsuit,
	KindInvestigation, KindChallenge,
)

// patientKinds are happenings done to someone or something named with
// "von", who did it with "durch": "Übernahme von Twitter durch Musk",
// "Festnahme von X durch die Polizei", "Beschlagnahme durch den Zoll"
// (not "von", which reads as what was seized).
var patientKinds = kindsOf(
	KindDismissal, KindArrest, KindDeportation, KindCapture,
	KindAcquisition, KindAppointment, KindOverthrow,
	KindSeizure, KindSale, KindClosure, KindSpinOff,
)

// openedKinds are happenings whose noun with "von" names what was
// opened ("Eröffnung von X"), so a title names who opened it with
// "durch" ("Eröffnung durch Franziskus").
var openedKinds = kindsOf(KindOpening)

// recipientKinds are happenings whose bare-named object is whom a thing
// is shown, offered or given to (a dative), not what it is.
var recipientKinds = kindsOf(
	KindPresentation, KindOffer, KindDonation, KindAward,
	KindInvitation, KindCongratulation, KindHandover,
)

// aimedAt is the preposition a title names whom a happening of kind k,
// told by noun, was aimed at with: "Sperre gegen Trump", but "Kritik an
// Israel", "Angriff auf Siemens", "Unfall mit Lkw" and "Durchsuchung bei
// Korvex".
func aimedAt(k Kind, noun string) string {
	switch {
	case k == KindCriticism:
		return "an"
	case k == KindAttack && strings.HasSuffix(noun, "griff") || noun == "Anschlag" || noun == "Attentat":
		return "auf"
	case k == KindAccident:
		return "mit" // "prallte gegen einen Lkw": "Unfall mit Lkw"
	case k == KindVerdict && noun == "Freispruch":
		return "für" // "Freispruch für X": acquitted, no one's verdict against him
	case k == KindInvestigation && (strings.HasSuffix(noun, "suchung") || noun == "Razzia"):
		return "bei" // "durchsuchte die Räume von X": "Durchsuchung bei X", where it was searched
	}
	return "gegen"
}

// list joins names as German does: "A", "A und B", "A, B und C"; at
// most maxTitleActors.
func list(names []string) string {
	names = names[:min(len(names), maxTitleActors)]
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " und " + names[len(names)-1]
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
var corporateSuffixes = []string{"group", "inc", "inc.", "corp", "corp.", "corporation", "ag", "se", "gmbh",
	"ltd", "ltd.", "llc", "plc", "co", "co.", "holding", "holdings"}

// organisationNames is the declension of the organisations among actors:
// their short names (ShortName), which a title declines as nouns where
// they are ones, and the gender the texts show each.
func organisationNames(actors []int, table []model.Actor) declension {
	var d declension
	for _, a := range actors {
		if a >= 0 && a < len(table) && table[a].Kind == model.Organization {
			if d.nouns == nil {
				d.nouns, d.genders = map[string]bool{}, map[string]model.Gender{}
			}
			n := ShortName(&table[a])
			d.nouns[n] = true
			if g := table[a].Gender; g != model.NoGender {
				d.genders[n] = g
			}
		}
	}
	return d
}

// ShortName is how a title names an actor: a person by the last word of
// the name ("Trump"), an organisation by its name without a legal suffix.
// It is a part of the name, not a copy.
func ShortName(a *model.Actor) string {
	name := strings.TrimSpace(a.Name)
	if a.Kind == model.Person {
		return model.Surname(name)
	}
	for {
		cut := strings.LastIndexAny(name, " \t\n")
		if cut < 0 || !slices.ContainsFunc(corporateSuffixes, func(x string) bool { return strings.EqualFold(x, name[cut+1:]) }) {
			return name
		}
		name = strings.TrimRight(name[:cut], " \t\n")
	}
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
// ("2024-12-18-abendessen-von-bezos-musk-und-trump-in-mar-a-lago"),
// "before-2024-12-01-…" for an open interval, "undated-…" without a date.
// ids makes ids unique in the order events are given: the second event of
// a base gets "-2", the third "-3".
func eventID(e *model.Event, ids *idSet) string {
	prefix := "undated"
	switch {
	case e.Date.OpenStart():
		prefix = "before-" + e.Date.End.AddDays(1).String()
	case e.Date.Valid():
		prefix = e.Date.Start.String()
	}
	base := prefix + "-" + slug(e.Title, 64)
	id := base
	n := ids.next[base] // the suffixes this base has had, so that many events of one title cost one try each
	for ids.taken[id] {
		n++
		id = base + "-" + strconv.Itoa(n+1)
	}
	ids.next[base] = n
	ids.taken[id] = true
	return id
}

// An idSet is the event ids given so far.
type idSet struct {
	taken map[string]bool
	next  map[string]int
}

func newIDSet(n int) *idSet {
	return &idSet{taken: make(map[string]bool, n), next: make(map[string]int, n)}
}

// idiom reports a verb that tells the happening only with its context
// words, which a title does not carry: a light verb of an idiom ("ums
// Leben kommen", "in Haft nehmen", "in Kraft treten").
func (t *trigger) idiom() bool {
	return t.verb && t.particle == "" && t.conditional() && lightVerbs[t.infinitive]
}

// idiomParticiples tell in a title what an idiom of a light verb of the
// kind tells.
var idiomParticiples = map[Kind]string{
	KindArrest: "festgenommen", KindDeath: "gestorben", KindBirth: "geboren",
	KindOpening: "in Betrieb genommen", KindEnactment: "in Kraft getreten",
}

// lightVerbs say little on their own: their idioms' nouns say what happened.
var lightVerbs = map[string]bool{
	"bringen": true, "gehen": true, "kommen": true, "nehmen": true, "stellen": true, "treten": true, "ziehen": true,
}

// agreeing returns the verb's present form that agrees with its
// subjects: the third person singular for one ("Meta sperrt"), the
// plural, which is the infinitive, for several or for a plural noun
// ("Sicherheitskräfte töten"). person says that the one agent is a named
// person, singular whatever his name ends in ("Brammeier" is no plural of
// "Eier"); plural, that the clause told the one agent, named by a noun
// the same in both numbers, as a plural ("Die Ermittler haben …").
// cuedParticiple is the participle of t for a title, with the noun the
// verb tells its happening by where the verb alone says nothing of it:
// "in Brand geraten" ("Lagerhalle in Brand geraten", not "Lagerhalle
// geraten").
func (t *trigger) cuedParticiple(noun string) string {
	if t.infinitive == "geraten" && noun != "" {
		return "in " + noun + " " + t.participle
	}
	return t.participle
}

// toPost returns the "zu" with its article that a post takes: "zum
// Premierminister", "zur Ministerin", and "zur" where the text gave the
// post so (toHer: a noun of either gender, "zur Vorsitzenden").
func toPost(post string, toHer bool) string {
	if head, _, _ := strings.Cut(post, " "); toHer || strings.HasSuffix(head, "in") { // ("Trainerin von Rapid"; "zur Vorsitzenden", as the text gave it)
		return "zur"
	}
	return "zum"
}

// partners returns the "mit" phrase of those who take part beside the
// agents with "mit" (an announced merger's or meeting's partner: "kündigt
// Fusion mit Alstom an"), or "".
func partners(besides []prepName, d declension) string {
	var with []string
	for _, bn := range besides {
		if bn.prep == "mit" {
			with = append(with, bn.name)
		}
	}
	return d.phraseIn("mit", with, true)
}

// givenPost reports whether an appointment's or an election's thing is
// the post someone was given: its first word names a role or an office
// ("Konzernchef", "Trainerin von Rapid").
func givenPost(thing string) bool {
	head, _, _ := strings.Cut(strings.ToLower(thing), " ")
	return hasRoleSuffix(head) || namesPost(head)
}

// namesPost reports a lower-cased noun of a post one is given, also in the
// dative "zum" asks of a weak noun or an adjective's ("zum Präsidenten",
// "zum Vorsitzenden").
func namesPost(lower string) bool {
	if endsInPost(lower, officeNouns) {
		return true
	}
	for _, e := range []string{"en", "n"} {
		if w, ok := strings.CutSuffix(lower, e); ok && w != "" && endsInPost(w, officeNouns) {
			return true
		}
	}
	return false
}

// honoursObject reports an award's verb whose object is whom it honours
// ("zeichnete X aus"), not what was given (t may be nil).
func (t *trigger) honoursObject() bool {
	return t != nil && t.kind == KindAward && t.particle == "aus" && (t.infinitive == "zeichnen" || t.infinitive == "auszeichnen")
}

// announcing returns the lexicon's "ankündigen", the verb of a title of
// an announcement named by what it announces, or nil if it had none.
var announcing = sync.OnceValue(func() *trigger {
	lx := loadLexicon()
	for i := range lx.triggers {
		if t := &lx.triggers[i]; t.kind == KindAnnouncement && t.verb && t.noun == "Ankündigung" && t.particle == "an" && !t.conditional() {
			return t
		}
	}
	return nil // (TestAnnouncedInSpeechTag fails first)
})

// announcementNoun reports a noun of the announcement kind itself
// ("Ankündigung", "Bekanntgabe"), not of a happening announced.
func announcementNoun(noun string) bool { return announcementNouns()[noun] }

// announcementNouns are the title nouns of the lexicon's announcements.
var announcementNouns = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	lx := loadLexicon()
	for i := range lx.triggers {
		if t := &lx.triggers[i]; t.kind == KindAnnouncement {
			out[t.noun] = true
		}
	}
	return out
})

func (t *trigger) agreeing(agents []string, person, plural bool) string {
	if len(agents) > 1 || !person && pluralNoun(agents[0]) || plural && samePlural(agents[0]) {
		return t.infinitive
	}
	return t.third
}

// reflexive returns "sich" for a verb that takes it ("schnappt sich",
// "unterzieht sich"), else "".
func (t *trigger) reflexive() string {
	if t.self || slices.Contains(t.require, "sich") {
		return "sich"
	}
	return ""
}

// samePlural reports whether a noun may be its own plural: German
// nouns in -er, -en and -el mostly are ("der Ermittler", "die
// Ermittler"), others change ("Regierung", "Regierungen").
func samePlural(noun string) bool {
	if stem, ok := strings.CutSuffix(noun, "e"); ok && len(stem) > 3 {
		// an adjective's noun: "Abgeordnete", "Delegierte"
		c, _ := text.Classes(strings.ToLower(stem))
		return c&text.Adjective != 0
	}
	return hasAnySuffix(noun, samePluralEndings)
}

var samePluralEndings = []string{"er", "en", "el"}

// pluralNoun reports whether a name is a German common noun in the
// plural: the lexicon knows it, or the longest noun it ends in (a
// compound's head), as a form of another lemma ("Sicherheitskräfte":
// "Kräfte" of "Kraft"), and no singular reads like it but, for the whole
// word, a verb's noun ("Regeln", a plural of "Regel", is also "das
// Regeln"); or, unknown to the lexicon, it ends as only plurals of
// feminine nouns do ("Gasrationierungen"). Other names the lexicon does
// not know ("Meta") are singular.
func pluralNoun(name string) bool {
	if countedNoun(name) && strings.Count(name, " ") == 1 {
		return true // "Zwei Unbekannte", "212 Senatoren"
	}
	if head, seat, ok := strings.Cut(name, " "); ok && !strings.ContainsAny(seat, " -") && !strings.ContainsRune(head, '-') && pluralNoun(head) && !nounForm(strings.ToLower(seat)) {
		return true // "Stadtwerke Graz": a plural head before the name of its seat
	}
	if strings.ContainsRune(name, ' ') || strings.ContainsRune(name, '-') || isCountry(strings.ToLower(name)) {
		return false // a country is no compound of a plural: "Norwegen" ends in "Wegen"
	}
	for k := range name {
		if len(name)-k < 4 {
			break
		}
		var nouns, singular, plural, verb bool
		for _, r := range text.Lookup(name[k:]) {
			switch {
			case r.Class == text.Noun && strings.EqualFold(r.Lemma, name[k:]):
				nouns, singular = true, true
			case r.Class == text.Noun:
				nouns, plural = true, true
			case r.Class == text.Verb && strings.EqualFold(r.Lemma, name[k:]):
				verb = true
			}
		}
		if nouns {
			return !singular || k == 0 && plural && verb
		}
	}
	return hasAnySuffix(strings.ToLower(name), pluralEndings)
}

// pluralEndings end the plurals of feminine nouns, never a singular.
var pluralEndings = []string{"ungen", "heiten", "keiten", "schaften"}

// besidePreps set a name beside a happening without saying how it takes
// part, which neither "von" nor the preposition itself can say in a
// title ("Geburt um X" of "das Team um X", "Haftbefehl neben X"), nor,
// for the genitive some of them ask for, in the case a title can give
// ("Parteitag innerhalb die Partei").
// aside stands in a mention's preps for an actor its sentence names
// beside the happening, in a clause the happening's noun only dates
// ("Vor der Wahl hatte die Partei X versprochen"): one of the event's
// actors, named in no title.
const aside = "-"

var besidePreps = map[string]bool{
	aside: true, "um": true, "neben": true, "nach": true, "seit": true, "während": true, "wegen": true, "trotz": true,
	"laut": true, "hinter": true, "statt": true, "anstatt": true, "außer": true, "samt": true, "dank": true,
	"innerhalb": true, "außerhalb": true, "inmitten": true, "angesichts": true, "ungeachtet": true, "gegenüber": true,
}

// A prepName is a participant's name and the preposition it stands after.
type prepName struct{ prep, name string }

// ownPrep reports a preposition that says how a participant without a
// role takes part, which a noun title may keep: "bei", "in", "für" …; not
// "von", which would make it the doer, nor "mit", "zwischen" of a partner.
func ownPrep(p string) bool {
	switch p {
	case "", "von", "vom", "mit", "zwischen", "durch", "an", "am", "gegen":
		return false
	}
	return true
}

// bare returns a preposition without the article it may have merged with:
// a name in a title stands without one ("bei General Electric", not
// "beim").
func bare(prep string) string {
	switch prep {
	case "beim":
		return "bei"
	case "im", "ins":
		return "in"
	case "zum", "zur":
		return "zu"
	case "aufs":
		return "auf"
	}
	return prep
}

// maxCompound is the longest compound (in letters) a title takes for its
// noun; a longer one reads badly at the head of a row.
const maxCompound = 24

// compoundOf returns the compound a trigger word makes with a title noun,
// in the noun's own form: "Präsidentenwahl" of "Wahl", "EU-Türkei-Gipfel"
// of "Gipfels" and "Gipfel", "Präsidentschaftswahl" of "…wahlen". "" when
// the word is the noun itself, does not end in it, or is too long.
func compoundOf(word, noun string) string {
	lw, ln := strings.ToLower(word), strings.ToLower(noun)
	if len(lw) != len(word) || strings.ContainsRune(word, ' ') || lw == word {
		return "" // not a noun as written: "beantragen" is no compound of "Antrag"
	}
	for _, e := range []string{"", "s", "es", "n", "en", "e", "er"} {
		stem, ok := strings.CutSuffix(lw, e)
		if !ok || !strings.HasSuffix(stem, ln) || len(stem) == len(ln) {
			continue
		}
		if c := word[:len(stem)]; utf8.RuneCountInString(c) <= maxCompound {
			return c
		}
		return ""
	}
	return ""
}

// countedDative returns people a title names by a counted plural ("300
// Händler", "Tausende") or, when plural says the verb told of them was
// plural, by a plural noun ("Busfahrer" of "Die Busfahrer streikten") in
// the dative that "von" asks for ("von 300 Händlern", "von Tausenden",
// "von Busfahrern"); other names as they are, a singular
// ("Bürgermeister") among them.
// accusativeOf returns noun phrase n in the accusative where a title
// needs it: a nominalised adjective in "-er" takes "-en" ("30-Jähriger":
// "30-Jährigen"); counted plurals and other nouns stay as they are.
func accusativeOf(n string) string {
	last := headWord(n)
	if countedNoun(n) || !strings.HasSuffix(last, "er") || !hasDeclension(strings.ToLower(last[strings.LastIndexByte(last, '-')+1:])) {
		return n
	}
	return strings.TrimSuffix(n, "r") + "n"
}

func countedDative(n string, plural bool) string {
	if first, rest, ok := strings.Cut(n, " "); ok && hasAnySuffix(strings.ToLower(first), countNouns) && !strings.HasSuffix(first, "n") {
		return first + "n " + countedDative(rest, true) // "Tausende Menschen": "von Tausenden Menschen"
	}
	last := headWord(n)
	if !plural && !strings.Contains(n, " ") && !hasAnySuffix(strings.ToLower(n), countNouns) || strings.HasSuffix(last, "n") || strings.HasSuffix(last, "s") {
		return n
	}
	return n + "n"
}

// lowerNumerals writes the numerals of thingNumerals among the words of
// s in lower case ("Drei" is "drei"). A title without one, nearly every
// title, is returned as it is.
func lowerNumerals(s string) string {
	has := false
	for rest := s; rest != "" && !has; {
		var w string
		w, rest, _ = strings.Cut(rest, " ")
		has = capitalNumeral(w)
	}
	if !has {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for rest := s; rest != ""; {
		var w string
		w, rest, _ = strings.Cut(rest, " ")
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		if capitalNumeral(w) {
			b.WriteByte(w[0] + 'a' - 'A')
			w = w[1:]
		}
		b.WriteString(w)
	}
	return b.String()
}

// capitalNumeral reports a word of thingNumerals written with a capital
// ("Drei"), without allocating: every word of every title asks.
func capitalNumeral(w string) bool {
	var buf [32]byte
	if w == "" || w[0] < 'A' || w[0] > 'Z' || len(w) > len(buf) {
		return false
	}
	l := append(buf[:0], w...)
	l[0] += 'a' - 'A'
	return classOf[string(l)]&thingNumerals != 0
}

// happeningNoun reports a noun that names a happening of the lexicon
// ("Fusion", "Kartellklage"), not a thing.
func happeningNoun(w string) bool {
	if w == "" || strings.ContainsRune(w, ' ') {
		return false
	}
	_, ok := loadLexicon().noun(strings.ToLower(w))
	return ok
}
