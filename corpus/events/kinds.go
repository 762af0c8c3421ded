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
	KindEvacuation     Kind = "evacuation"
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
	KindOccasion       Kind = "occasion"
	KindOffer          Kind = "offer"
	KindOpening        Kind = "opening"
	KindOverthrow      Kind = "overthrow"
	KindPost           Kind = "post"
	KindPresentation   Kind = "presentation"
	KindProtest        Kind = "protest"
	KindPublication    Kind = "publication"
	KindRelease        Kind = "release"
	KindRescue         Kind = "rescue"
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
	// lexicon may not use it (see lexiconKind).
	KindAction Kind = "action"
)

// allKinds are the kinds above, in the order of their bits in a kindSet.
var allKinds = [...]Kind{
	KindAccession, KindAccident, KindAcquisition, KindAgreement,
	KindAnnouncement, KindApplication, KindAppointment, KindArrest,
	KindAttack, KindAward, KindBan, KindBirth, KindCancellation, KindCapture,
	KindChallenge, KindClosure, KindCollapse, KindCongratulation,
	KindConstruction, KindCrime, KindCriticism, KindDeath, KindDecision,
	KindDeportation, KindDisaster, KindDismissal, KindDonation, KindElection,
	KindEnactment, KindEvacuation, KindFlight, KindFounding, KindHandover, KindInsolvency,
	KindInterview, KindInvestigation, KindInvestment, KindInvitation,
	KindJobcuts, KindLaunch, KindLawsuit, KindMarket, KindMatch, KindMeeting, KindMerger,
	KindOath, KindOccasion, KindOffer, KindOpening, KindOverthrow, KindPost,
	KindPresentation, KindProtest, KindPublication, KindRelease, KindRescue,
	KindResignation, KindResults, KindSale, KindSeizure, KindSpinOff,
	KindStatement, KindStrike, KindTermination, KindThreat, KindTransfer,
	KindTrial, KindVerdict, KindVisit, KindVote, KindPlan, KindAction,
}

// A kindSet is a set of kinds: a bit for each, by its place in allKinds.
// The rules ask sets of kinds about the kind at hand again and again;
// asked through kindIndex, a set hashes no string and compares the kind
// with one of its own at most once, as a map[Kind]bool does not.
type kindSet [(len(allKinds) + 63) / 64]uint64

// kindsOf returns the set of the kinds ks.
func kindsOf(ks ...Kind) kindSet {
	var s kindSet
	for _, k := range ks {
		i := kindIndex(k)
		if i < 0 {
			panic("events: no kind " + string(k))
		}
		s[i/64] |= 1 << (i % 64)
	}
	return s
}

// has reports whether k is in the set.
func (s *kindSet) has(k Kind) bool {
	i := kindIndex(k)
	return i >= 0 && s[i/64]&(1<<(i%64)) != 0
}

// kindSlots is an open-addressing table of allKinds by kindHash, its
// slots a quarter full.
var kindSlots = func() (t [kindSlotCount]struct {
	kind  Kind
	index int8
}) {
	for i, k := range allKinds {
		p := kindHash(k)
		for t[p].kind != "" {
			p = (p + 1) % kindSlotCount
		}
		t[p].kind, t[p].index = k, int8(i)
	}
	return t
}()

const kindSlotCount = 256

// kindHash places a kind (not "") in kindSlots, by its length and its
// first and last bytes.
func kindHash(k Kind) uint32 {
	return (uint32(len(k))*0x9e3779b1 ^ uint32(k[0])*0x85ebca6b ^ uint32(k[len(k)-1])*0xc2b2ae35) >> 24
}

// kindIndex returns the place of k in allKinds, -1 for any other string.
func kindIndex(k Kind) int {
	if k == "" {
		return -1
	}
	for p := kindHash(k); ; p = (p + 1) % kindSlotCount {
		switch e := &kindSlots[p]; e.kind {
		case k:
			return int(e.index)
		case "":
			return -1
		}
	}
}

// lexiconKind reports a kind the trigger lexicon may use: any of
// allKinds but KindAction.
func lexiconKind(k Kind) bool { return k != KindAction && kindIndex(k) >= 0 }

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
var decidedKinds = kindsOf(
	KindVerdict, KindDecision, KindBan, KindAppointment, KindDismissal,
	KindTermination, KindClosure, KindCancellation, KindElection, KindAward,
)

// namesAgain reports whether a noun of kind ref, with a definite article
// in a later sentence, can name a happening of kind told: the same kind
// or family, or a decision or a vote ("Bei der Abstimmung am Sonntag …"
// after a mayor voted out).
func namesAgain(ref, told Kind) bool {
	return family(ref) == family(told) || (ref == KindDecision || ref == KindVote) && decidedKinds.has(told)
}
