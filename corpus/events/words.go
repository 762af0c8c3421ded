package events

import (
	"cmp"
	"slices"
	"strings"
)

// Closed classes of German words that the extraction rules look for. They
// are grammar, not knowledge of any corpus: articles, prepositions,
// conjunctions, auxiliaries and the like. All lower-case.

// A wordClass is a set of words, one bit of a word's classes. Every word
// of a sentence is looked up once (classOf) and the rules then test bits,
// not maps: the extractor asks a word many questions.
type wordClass uint64

var (
	classOf   = map[string]wordClass{}
	nextClass = wordClass(1)
	// maxClassWord is the length of the longest word of any class: a
	// longer word needs no lookup.
	maxClassWord = 0
)

// wordSet makes a class of the given words.
func wordSet(words string) wordClass {
	c := nextClass
	if c == 0 {
		panic("events: more than 64 word classes")
	}
	nextClass <<= 1
	for _, w := range strings.Fields(words) {
		classOf[w] |= c
		maxClassWord = max(maxClassWord, len(w))
	}
	return c
}

// has reports whether w is in class c.
func (c wordClass) has(w string) bool { return classOf[w]&c != 0 }

var (
	determiners = wordSet(`der die das den dem des ein eine einer einem einen eines
		kein keine keinem keinen keiner keines mein meine meinem meinen meiner meines
		dein deine deinem deinen deiner sein seine seinem seinen seiner seines
		ihr ihre ihrem ihren ihrer ihres unser unsere unserem unseren unserer
		euer eure eurem euren dessen deren dieser diese dieses diesem diesen
		jener jene jenem jenen jeder jede jedes jedem jeden welcher welche welches`)

	// objectDeterminers mark a dative or accusative noun phrase: what
	// follows them is rarely the subject.
	objectDeterminers = wordSet(`dem den einem einen seinem seinen ihrem ihren diesem diesen`)

	prepositions = wordSet(`mit von vom zu zum zur gegen über für an am auf aufs aus bei beim nach
		in im ins zwischen unter vor hinter neben durch um ohne seit bis trotz während wegen
		laut gegenüber samt dank inmitten innerhalb außerhalb angesichts statt anstatt ungeachtet
		infolge aufgrund`)

	// subordinators open a subordinate clause after a comma.
	subordinators = wordSet(`dass daß weil da wie wobei als wenn ob obwohl obgleich nachdem bevor
		ehe damit sodass seitdem indem falls sofern solange sobald wo woran worauf wodurch
		wofür womit wonach worüber was wer um ohne statt anstatt während seit bis`)

	// prepositionalSubordinators are also prepositions: after them an
	// article means a prepositional phrase ("Während des Treffens").
	prepositionalSubordinators = wordSet(`während seit bis als um ohne statt anstatt`)

	// infinitiveOpeners open an infinitive clause ("um … zu treffen").
	infinitiveOpeners = wordSet(`um ohne statt anstatt`)

	// v1Conditionals open a condition without "wenn" (", sollte er …").
	v1Conditionals = wordSet(`sollte sollten hätte hätten wäre wären würde würden`)

	// pronounOnly are relative pronouns that are never articles.
	pronounOnly = wordSet(`denen dessen deren welche welcher welches welchem welchen`)

	// concessive prepositions put a noun aside: "trotz Angeboten aus
	// Liverpool" tells no offer, "sprach sich gegen eine Veröffentlichung
	// aus" no publication. anchoring ones make it a time or a cause: "nach
	// seiner Wahl ist Merz aufgebrochen" tells the journey, not the
	// election; "infolge der Veröffentlichung kam es zu einer Klage" the
	// lawsuit.
	concessive = wordSet(`trotz ungeachtet statt anstatt ohne gegen`)
	anchoring  = wordSet(`nach vor seit bei während infolge aufgrund`)
	// pastAnchors put the happening they govern before the clause's.
	pastAnchors = wordSet(`nach vor seit`)

	// representatives are nouns for the people who act for an
	// organisation named after them ("die Fraktionen von Union und SPD").
	representatives = wordSet(`fraktion fraktionen vertreter vertreterin vertreterinnen delegation
		delegationen mitglieder anwälte anwalt anwältin belegschaft betriebsrat aufsichtsrat
		vorstand regierung vorsitz forscher forscherin forscherinnen wissenschaftler
		wissenschaftlerin wissenschaftlerinnen`)

	// expectations are verbs of expecting, hoping and fearing: what their
	// "dass" clause tells has not happened.
	expectations = wordSet(`rechnen rechnet rechnete rechneten erwarten erwartet erwartete erwarteten
		befürchten befürchtet befürchtete befürchteten fürchten fürchtet fürchtete fürchteten
		hoffen hofft hoffte hofften vermuten vermutet vermutete vermuteten prognostizieren
		prognostiziert prognostizierte spekulieren spekuliert spekulierte wünschen wünscht wünschte
		denken denkt dachte dachten glauben glaubt glaubte glaubten prüft prüfen prüfte prüften erwägt erwägen erwog erwogen`)

	// subjectRelatives open a relative clause whose pronoun is mostly its
	// subject.
	subjectRelatives = wordSet(`der die das welcher welche welches`)

	relatives = wordSet(`der die das dem den dessen deren denen welche welcher welches welchem welchen`)

	// hypothetical marks a clause that does not tell a happening: Konjunktiv
	// II, past intentions and abilities ("könnte", "würde gerne", "wollte").
	hypothetical = wordSet(`könnte könnten könntest würde würden würdest möchte möchten
		sollte sollten müsste müssten dürfte dürften wäre wären hätte hätten
		wollte wollten kann können könne kannst`)

	// obligations in the present say what must or may happen, not what
	// did: "Der Verein muss sparen". ("musste" told it done.)
	obligations = wordSet(`muss müssen musst müsst müsse müssten müsste darf dürfen darfst dürft dürfe dürften`)

	// conditionalAdverbs make what a clause or its complement tells a
	// mere possibility: "will notfalls vor Gericht ziehen".
	conditionalAdverbs = wordSet(`notfalls gegebenenfalls eventuell möglicherweise womöglich vielleicht allenfalls`)

	// averting verbs say that what their object names did not happen:
	// "entging einer Klage", "verhinderte die Übernahme".
	averting = wordSet(`entging entgingen entgeht entgehen entgangen entkam entkamen entkommen
		vermied vermieden vermeidet vermeiden verhinderte verhinderten verhindert verhindern
		abgewendet abwenden abgewandt`)

	// intention marks a happening that is meant to come ("will … reisen");
	// planWords one that is scheduled ("ist für Mittwoch geplant").
	// quantifiers before a plural noun count many happenings: "mehrere
	// Kundgebungen organisiert" is a tally, not one event (GUIDELINES.md
	// §1.2, counts of many happenings).
	quantifiers = wordSet(`mehrere mehreren zahlreiche zahlreichen viele vielen etliche etlichen
		unzählige unzähligen diverse diversen bisherige bisherigen sämtliche sämtlichen
		andere anderen einige einigen manche manchen wenige wenigen`)

	intention = wordSet(`will wollen wolle wollt willst plant planen plane beabsichtigt anschickt anschicken`)
	planWords = wordSet(`geplant vorgesehen angesetzt terminiert anberaumt`)

	// habitual marks repeated, unbounded activity, which is no event
	// (GUIDELINES.md §1.1): "organisiert jährlich ein Fest", "hatten über
	// Jahre hinweg Vereinbarungen geschlossen", "hat mehrfach zugestimmt", "besuchte sie oft", "hat vielfach blockiert", "hat vielerorts
	// zugeschlagen".
	habitual = wordSet(`jahrelang jahrzehntelang regelmäßig täglich wöchentlich monatlich jährlich alljährlich gewöhnlich üblicherweise mehrfach mehrmals vielfach hundertfach tausendfach millionenfach gerne gern normalerweise stets traditionell
		meist meistens zumeist oft oftmals häufig vielerorts allerorts`)
	// ongoing marks what is going on as the article is written, a
	// process rather than a happening at a time (GUIDELINES.md §1.1,
	// general states): "berät gerade mit dem Land", "stockt derzeit auf".
	ongoing   = wordSet(`gerade derzeit momentan zurzeit`)
	spanNouns = wordSet(`jahre jahren jahrzehnte jahrzehnten monate monaten wochen`)

	// claims are verbs of alleging, rumours, and reports or hints of what
	// may be ("Es gibt Berichte, dass …"): what they report in the
	// subjunctive is one side's account, not told as fact (GUIDELINES.md
	// §1.2).
	claims = wordSet(`behauptet behauptete behaupteten behaupten vorgeworfen unterstellt
		unterstellte beschuldigt beschuldigte bezichtigt bezichtigte wirft warf gerücht gerüchte
		vorwurf vorwurfs vorwürfe behauptung behauptungen anschuldigung anschuldigungen unterstellung
		berichte hinweise`)

	// konjunktivI are verbs of reported speech.
	konjunktivI = wordSet(`sei seien habe werde könne müsse wolle solle dürfe`)

	subjectPronouns = wordSet(`er sie es man wir ich du ihr`)

	// reportative "soll" tells a happening only with a perfect infinitive
	// ("soll sich … getroffen haben"); otherwise it is a plan ("soll … führen").
	reportative = wordSet(`soll sollen solle sollst`)
	perfectInf  = wordSet(`haben sein worden`)

	futureAux = wordSet(`wird werden wirst werdet werde`)
	// copula: the forms of "sein" that say what something is or was
	// ("Die Entscheidung sei richtig gewesen").
	copula = wordSet(`ist sind sei seien war waren wäre wären gewesen`)

	pastAux       = wordSet(`war waren warst wart hatte hatten hattest hattet wurde wurden wurdest wurdet`)
	pluperfectAux = wordSet(`hatte hatten hattest hattet war waren warst wart`)
	perfectAux    = wordSet(`hat haben habe hast habt ist sind sei seien bin bist seid`)
	// requests ask, try or threaten to do what an infinitive names, which
	// is not told as done: "forderte sie auf, … zu posten", "versuchte,
	// … zu übernehmen", "drohte, … zu schließen"
	requests = wordSet(`forderte forderten fordert fordern aufgefordert rief riefen ruft aufgerufen bat baten bittet gebeten appellierte appelliert drängte drängt versuchte versuchten versucht weigerte weigerten weigert plädiert plädierte plädieren empfahl empfahlen empfiehlt empfehlen empfohlen riet rieten rät
		drohte drohten droht drohen gedroht androhte androhten`)
	habenForms = wordSet(`hat haben habe hast habt hatte hatten hattest hattet hätte hätten`)

	// strongPreterites are common irregular simple-past forms; regular ones
	// are recognised by their -te ending.
	strongPreterites = wordSet(`gab gaben kam kamen ging gingen nahm nahmen sah sahen stand standen
		fand fanden hielt hielten lag lagen fiel fielen traf trafen sprach sprachen schrieb schrieben
		rief riefen zog zogen bot boten blieb blieben begann begannen brachte brachten dachte dachten
		wusste wussten kannte kannten nannte nannten stieß stießen schoss schossen warf warfen aß aßen
		trat traten tat taten ließ ließen lief liefen hob hoben verriet verrieten schien schienen
		wies wiesen erschien erschienen beschloss beschlossen entschied entschieden verlor verloren
		gewann gewannen erhielt erhielten bat baten fuhr fuhren flog flogen saß saßen stieg stiegen
		griff griffen schlug schlugen trug trugen lud luden riet stritt stritten galt galten half
		halfen starb wuchs zwang hing hingen fing fingen empfing empfingen verließ verließen
		unterschrieb unterschrieben betrug befand gelang geschah geschahen mochte konnte konnten
		musste mussten durfte durften wandte sandte verbot verbrachte verbrachten gewann`)

	// notPreterite are words ending in -te that are not verbs.
	notPreterite = wordSet(`erste zweite dritte letzte beste meiste späte weitere gute rechte
		gesamte bekannte heute mitte seite weite breite harte leichte echte achte sechste siebte
		neunte zehnte bunte konkrete enge inmitten mitten unten hinten oben zuletzt meisten`)

	negations = wordSet(`nie niemals weder`)
	// noneWords deny what they qualify ("keinen Kandidaten")
	noneWords = wordSet(`kein keine keinen keinem keiner keines keinerlei`)
	// endings say that a state came to its end: "Die Sperre endete".
	endings = wordSet(`endete endeten endet enden geendet`)

	// bigNumerals count a hundred or more of something
	bigNumerals = wordSet(`hundert tausend hunderte tausende zehntausende hunderttausende millionen milliarden`)
	// remains: a participle with these tells a state that lasts ("Die
	// Werk bleibt geschlossen"), not a happening
	remains = wordSet(`bleibt bleiben blieb blieben geblieben`)
	// reflexives: an action verb told with one takes it in its title
	reflexives = wordSet(`sich`)
	// purposes open an infinitive clause of what was left undone (for
	// "um", see unfulfilled)
	purposes = wordSet(`ohne statt anstatt`)
	// conditionals open clauses that tell what may happen, and whether
	// or who ("ob", "wer": "der Streit darum, wer als Erster klagt" asks,
	// tells nothing).
	conditionals = wordSet(`wenn falls sofern ob wer sollte sollten hätte hätten wäre wären würde würden`)

	// background marks a happening told as remote or habitual, which the
	// article's own date must not date: "einst", "damals", "wiederholt".
	background = wordSet(`einst damals damalige damaligen damaliger damaliges früher frühere
		früheren früherer einstige einstigen ehemals vorher jahrelang stets oft häufig
		regelmäßig wiederholt mehrfach mehrmals`)

	// backgroundFirst are the words that start one of backgroundPairs.
	backgroundFirst = wordSet(`in seit immer schon`)

	// backgroundPairs are two- and three-word cues of the same kind.
	backgroundPairs = wordSet(`in_der_vergangenheit seit_langem seit_jahren immer_wieder schon_lange
		seit_jahrzehnten`)

	// sourceCues introduce who reports, not who acts: "laut X", "gegenüber X".
	sourcePrepositions = wordSet(`laut gegenüber`)

	// roleNouns end a noun that names a position held in an organisation:
	// an organisation after "Gründer von" is an affiliation, not an actor of
	// the event.
	roleNouns = newPostSet(slices.Concat(postNouns, []string{"gründer", "gründerin", "mitarbeiter", "mitarbeiterin",
		"berater", "beraterin", "anwalt", "anwältin", "eigentümer", "eigentümerin", "besitzer",
		"besitzerin", "investor", "investorin", "lenker", "team"}))

	// genericNouns are too common in news to show that two sentences tell
	// the same event.
	genericNouns = wordSet(`jahr jahre jahren jahres zeit woche wochen tag tage tagen monat monate
		monaten präsident präsidenten präsidentin chef chefin unternehmen firma firmen konzern
		regierung land länder welt fall rolle seite teil menschen leute frage fragen thema
		bericht berichte berichten angaben medien milliardär milliardäre milliardären milliarden
		millionen mrd mio dollar euro prozent ende anfang mitte beginn herr frau sprecher
		sprecherin politik wirtschaft gruppe runde weise art mal male interview`)

	// notPlaces are nouns that follow a bare "in" in idioms ("in Wahrheit",
	// "in Aussicht stellen", "in Untersuchungshaft nehmen") and so are no place.
	notPlaces = wordSet(`wahrheit aussicht sachen sache frage fragen kraft betrieb ordnung zukunft
		verbindung höhe bezug anbetracht richtung form folge kürze ruhe gang teilen erwägung
		anspruch gefahr haft summe zusammenarbeit absprache abstimmung kooperation hinblick
		rahmen bereich besitz streit anschluss gegenzug laufe wege zusammenhang meetings
		zeiten hinsicht kontakt sorge gesprächen gesprächsstoff untersuchungshaft u-haft gewahrsam
		auslieferungshaft polizeigewahrsam sicht kauf angriff panik not schach kenntnis`)

	// abstractSuffixes end German abstract nouns, which are no places.
	abstractSuffixes = []string{"ung", "heit", "keit", "schaft", "tion", "ität", "ismus", "nis", "tum", "höhe"}

	// platforms are social networks a post is made on.
	platforms = wordSet(`x twitter threads instagram facebook tiktok bluesky telegram linkedin
		mastodon youtube reddit weibo whatsapp snapchat truth`)

	// platformPairs are platforms of two words.
	platformPairs = wordSet(`truth_social`)

	// platformCues are nouns that introduce a platform's name.
	platformCues = wordSet(`plattform plattformen kurznachrichtendienst netzwerk netzwerken
		onlinedienst konto account kanal profil`)

	// conjunctions join noun phrases or clauses without changing their role.
	conjunctions = wordSet(`und oder sowie aber sondern doch denn noch`)

	// passiveAux are the forms of "werden" that make a passive with a participle.
	passiveAux = wordSet(`wurde wurden wurdest wurdet worden werden wird`)

	// beforeCues say that a back story came before the story told so far.
	beforeCues = wordSet(`zuvor vorher davor`)

	// definiteArticles name a thing already known: "die Entscheidung".
	definiteArticles = wordSet(`der die das dem den des`)

	// passiveDoneAux make a passive that tells a happening in the past.
	passiveDoneAux = wordSet(`wurde wurden worden`)

	// nominativeArticles can open a subject.
	nominativeArticles = wordSet(`der die das ein eine`)
)

// chiefNouns end the nouns of an organisation's chief ("Konzernchef",
// "Siemens-CEO"), who acts for it (withEmployers).
var chiefNouns = []string{"chef", "chefin", "ceo", "boss"}

// postNouns end the nouns of the posts an organisation's people hold,
// which both roleNouns and officeNouns name.
var postNouns = slices.Concat(chiefNouns, []string{"präsident", "präsidentin", "sprecher",
	"sprecherin", "vorsitzende", "vorsitzender", "manager", "managerin", "direktor", "direktorin",
	"leiter", "leiterin", "vorstand", "minister", "ministerin"})

// officeNouns end the nouns of posts one is appointed to ("wird neuer
// Vorstandschef", "neue Trainerin"), see newOfficeIn.
var officeNouns = newPostSet(slices.Concat(postNouns, []string{"trainer", "trainerin", "bürgermeister",
	"bürgermeisterin", "intendant", "intendantin", "kanzler", "kanzlerin", "obmann", "obfrau",
	"geschäftsführer", "geschäftsführerin", "generalsekretär", "generalsekretärin", "kapitän",
	"kapitänin", "botschafter", "botschafterin", "landeshauptmann", "landeshauptfrau", "nachfolger",
	"nachfolgerin"}))

// hasRoleSuffix reports whether a lower-cased noun names a role
// ("amazon-boss", "gründer", "openai-chef").
func hasRoleSuffix(lower string) bool { return endsInPost(lower, roleNouns) }

// endsInPost reports whether a lower-cased noun ends in one of posts. A
// "Begleiter" or "Gleiter" ends in "leiter" and leads nothing.
func endsInPost(lower string, posts *postSet) bool {
	if lower == "" {
		return false
	}
	for _, r := range posts.endingIn(lower[len(lower)-1]) {
		if strings.HasSuffix(lower, r) && !(strings.HasPrefix(r, "leiter") && strings.HasSuffix(strings.TrimSuffix(lower, r), "g")) {
			return true
		}
	}
	return false
}

// A postSet holds nouns (none empty: of posts, of institutions) by their
// last byte, so that endsInPost and isInstitution compare a word only
// with those that end as it does: the rules ask them of many nouns, and
// most end in another byte than most of the set's.
type postSet struct {
	posts []string    // sorted by their last byte
	at    [257]uint16 // the posts that end in byte c are posts[at[c]:at[c+1]]
}

func newPostSet(posts []string) *postSet {
	p := &postSet{posts: slices.Clone(posts)}
	slices.SortStableFunc(p.posts, func(a, b string) int { return int(a[len(a)-1]) - int(b[len(b)-1]) })
	for _, r := range p.posts {
		p.at[int(r[len(r)-1])+1]++
	}
	for c := 1; c < len(p.at); c++ {
		p.at[c] += p.at[c-1]
	}
	return p
}

// endingIn returns the posts that end in byte c.
func (p *postSet) endingIn(c byte) []string { return p.posts[p.at[c]:p.at[int(c)+1]] }

func hasAbstractSuffix(lower string) bool {
	for _, s := range abstractSuffixes {
		if strings.HasSuffix(lower, s) {
			return true
		}
	}
	return false
}

// A lemmaSet is a few words by lemma, with the first letters their forms
// begin with ("bekam", "bekommen": "bek"; "Wünsche": "wün" as well as
// "wun"; the participles "gehofft" of "hoffen", "angeregt" of "anregen":
// "gehof", "ange"; "brachte", "gebracht" of "bringen": "br", "gebr"), so
// that only words that may be one of them are looked up in the lexicon.
// The prefixes are sorted by their first byte, and those that begin with
// byte c are prefixes[at[c]:at[c+1]]: a word is compared only with the
// few that begin as it does, most words with none.
type lemmaSet struct {
	lemmas   map[string]bool
	prefixes []string
	at       [257]uint16
}

// participleParticles are the separable particles whose verbs put "ge"
// after them in the participle.
var participleParticles = []string{"ab", "an", "auf", "aus", "bei", "ein", "mit", "nach", "vor", "zu", "zurück"}

func newLemmaSet(lemmas ...string) lemmaSet {
	vs := lemmaSet{lemmas: map[string]bool{}}
	umlauts := strings.NewReplacer("a", "ä", "o", "ö", "u", "ü")
	for _, l := range lemmas {
		vs.lemmas[l] = true
		participle := "ge" + l[:3]
		for _, p := range participleParticles {
			if strings.HasPrefix(l, p) && len(l) > len(p)+3 {
				participle = p + "ge"
			}
		}
		// A strong verb may change its vowel among the first three
		// letters ("bringen", "brachte", "gebracht"; "halten", "hielt"):
		// the letters before the first vowel stand in every form.
		onset := l[:strings.IndexAny(l+"a", "aeiouäöü")]
		var strong []string
		if onset != "" {
			strong = []string{onset, "ge" + onset}
		}
		for _, p := range append([]string{l[:3], umlauts.Replace(l[:3]), participle}, strong...) {
			if !slices.Contains(vs.prefixes, p) {
				vs.prefixes = append(vs.prefixes, p)
			}
		}
	}
	slices.SortStableFunc(vs.prefixes, func(p, q string) int { return cmp.Compare(p[0], q[0]) })
	n := 0
	for c := range vs.at {
		for n < len(vs.prefixes) && int(vs.prefixes[n][0]) < c {
			n++
		}
		vs.at[c] = uint16(n)
	}
	return vs
}

func (vs *lemmaSet) mayBe(word string) bool {
	if word == "" {
		return false
	}
	c := word[0]
	for _, p := range vs.prefixes[vs.at[c]:vs.at[int(c)+1]] {
		if strings.HasPrefix(word, p) {
			return true
		}
	}
	return false
}
