package events

// A Kind is what sort of happening an event is: a stable English key
// ("meeting", "ban") that the JSON export carries and the lexicon
// (triggers.txt) names. Code compares kinds only through these
// constants; the lexicon may use no other.
type Kind string

// The kinds of the lexicon, and Plan for a dated happening still to come.
const (
	KindAccession      Kind = "accession"
	KindAccident       Kind = "accident"
	KindAcquisition    Kind = "acquisition"
	KindAgreement      Kind = "agreement"
	KindAnnouncement   Kind = "announcement"
	KindApplication    Kind = "application"
	KindAppointment    Kind = "appointment"
	KindArrest         Kind = "arrest"
	KindAttack         Kind = "attack"
	KindAward          Kind = "award"
	KindBan            Kind = "ban"
	KindBirth          Kind = "birth"
	KindCancellation   Kind = "cancellation"
	KindCapture        Kind = "capture"
	KindChallenge      Kind = "challenge"
	KindClosure        Kind = "closure"
	KindCollapse       Kind = "collapse"
	KindCongratulation Kind = "congratulation"
	KindConstruction   Kind = "construction"
	KindCrime          Kind = "crime"
	KindCriticism      Kind = "criticism"
	KindDeath          Kind = "death"
	KindDecision       Kind = "decision"
	KindDeportation    Kind = "deportation"
	KindDisaster       Kind = "disaster"
	KindDismissal      Kind = "dismissal"
	KindDonation       Kind = "donation"
	KindElection       Kind = "election"
	KindEnactment      Kind = "enactment"
	KindFlight         Kind = "flight"
	KindFounding       Kind = "founding"
	KindHandover       Kind = "handover"
	KindInsolvency     Kind = "insolvency"
	KindInterview      Kind = "interview"
	KindInvestigation  Kind = "investigation"
	KindInvestment     Kind = "investment"
	KindInvitation     Kind = "invitation"
	KindJobcuts        Kind = "jobcuts"
	KindLaunch         Kind = "launch"
	KindLawsuit        Kind = "lawsuit"
	KindMarket         Kind = "market"
	KindMatch          Kind = "match"
	KindMeeting        Kind = "meeting"
	KindMerger         Kind = "merger"
	KindOath           Kind = "oath"
	KindOffer          Kind = "offer"
	KindOpening        Kind = "opening"
	KindOverthrow      Kind = "overthrow"
	KindPost           Kind = "post"
	KindPresentation   Kind = "presentation"
	KindProtest        Kind = "protest"
	KindPublication    Kind = "publication"
	KindRelease        Kind = "release"
	KindResignation    Kind = "resignation"
	KindResults        Kind = "results"
	KindSale           Kind = "sale"
	KindSeizure        Kind = "seizure"
	KindSpinOff        Kind = "spinoff"
	KindStatement      Kind = "statement"
	KindStrike         Kind = "strike"
	KindTermination    Kind = "termination"
	KindThreat         Kind = "threat"
	KindTransfer       Kind = "transfer"
	KindTrial          Kind = "trial"
	KindVerdict        Kind = "verdict"
	KindVisit          Kind = "visit"
	KindVote           Kind = "vote"
	KindPlan           Kind = "plan"
	// KindAction is what a verb the lexicon does not list tells in an
	// article's head (see actions.go); its title names that verb. The
	// lexicon may not use it (knownKinds leaves it out).
	KindAction Kind = "action"
)

// knownKinds lists every kind, for checking the lexicon.
var knownKinds = map[Kind]bool{
	KindAccession:      true,
	KindAccident:       true,
	KindAcquisition:    true,
	KindAgreement:      true,
	KindAnnouncement:   true,
	KindApplication:    true,
	KindAppointment:    true,
	KindArrest:         true,
	KindAttack:         true,
	KindAward:          true,
	KindBirth:          true,
	KindBan:            true,
	KindCancellation:   true,
	KindCapture:        true,
	KindChallenge:      true,
	KindClosure:        true,
	KindCollapse:       true,
	KindCongratulation: true,
	KindConstruction:   true,
	KindCrime:          true,
	KindCriticism:      true,
	KindDeath:          true,
	KindDecision:       true,
	KindDeportation:    true,
	KindDisaster:       true,
	KindDismissal:      true,
	KindDonation:       true,
	KindElection:       true,
	KindEnactment:      true,
	KindFlight:         true,
	KindFounding:       true,
	KindHandover:       true,
	KindInsolvency:     true,
	KindInterview:      true,
	KindInvestigation:  true,
	KindInvestment:     true,
	KindInvitation:     true,
	KindJobcuts:        true,
	KindLaunch:         true,
	KindLawsuit:        true,
	KindMarket:         true,
	KindMatch:          true,
	KindMeeting:        true,
	KindMerger:         true,
	KindOath:           true,
	KindOffer:          true,
	KindOpening:        true,
	KindOverthrow:      true,
	KindPost:           true,
	KindPresentation:   true,
	KindProtest:        true,
	KindPublication:    true,
	KindRelease:        true,
	KindResignation:    true,
	KindResults:        true,
	KindSale:           true,
	KindSeizure:        true,
	KindSpinOff:        true,
	KindStatement:      true,
	KindStrike:         true,
	KindTermination:    true,
	KindThreat:         true,
	KindTransfer:       true,
	KindTrial:          true,
	KindVerdict:        true,
	KindVisit:          true,
	KindVote:           true,
	KindPlan:           true,
}

// mergeFamilies: kinds whose mentions can tell one happening, so that
// they merge as one kind. One operation is one event (GUIDELINES.md §1.2):
// the raid in which goods are seized and people arrested; the shooting in
// which people are killed; the accident or the earthquake in which
// people die; the vote by which a body decides ("stimmt für" in a
// headline, "hat zugestimmt" in its lead).
var mergeFamilies = map[Kind]Kind{KindSeizure: KindArrest, KindAttack: KindCrime, KindDeath: KindAccident, KindDisaster: KindAccident, KindVote: KindDecision}

// family returns the kind k merges as.
func family(k Kind) Kind {
	if f, ok := mergeFamilies[k]; ok {
		return f
	}
	return k
}

// decidedKinds are happenings that are decisions of someone, which a later
// sentence may call "die Entscheidung": "Das Gericht hatte den Mann
// verurteilt. Die Entscheidung fiel am Freitag."
var decidedKinds = map[Kind]bool{
	KindVerdict: true, KindDecision: true, KindBan: true, KindAppointment: true, KindDismissal: true,
	KindTermination: true, KindClosure: true, KindCancellation: true, KindElection: true, KindAward: true,
}

// namesAgain reports whether a noun of kind ref, with a definite article
// in a later sentence, can name a happening of kind told: the same kind
// or family, or a decision.
func namesAgain(ref, told Kind) bool {
	return family(ref) == family(told) || ref == KindDecision && decidedKinds[told]
}
