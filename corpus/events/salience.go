package events

import (
	"math"
	"slices"

	"chronik/model"
)

// Salience: how much an event belongs on a short timeline of the corpus,
// in [0, 1], from what it is and how the corpus tells it:
//
//   - its kind: a death, a verdict, an election or a deal weighs more
//     than a post or a speech;
//   - its place: told in an article's head (title, kicker, teaser) or lead;
//   - how many articles tell it, and how many sentences;
//   - how central its actors are (how many events of the corpus name them);
//   - how many articles mention its date: in news timeline research the
//     dates many articles name are the best predictor of what belongs on
//     the timeline, so this signal weighs most after the kind.
//
// Each signal is scaled to [0, 1] against the corpus (the most told
// event, the most central actor, the most mentioned date), so salience
// ranks events within a corpus; it is no absolute measure.

// salienceWeights sum to 1.
const (
	wKind       = 0.25
	wLead       = 0.15
	wArticles   = 0.2
	wMentions   = 0.05
	wCentrality = 0.1
	wDate       = 0.25
	// dateDays: an event dated to more days than this has no date a
	// reader could look up, and gets no credit for it.
	dateDays = 3
)

// kindWeight says how much a kind of happening weighs by itself.
func kindWeight(k Kind) float64 {
	switch k {
	case KindDeath, KindElection, KindVerdict, KindAcquisition, KindMerger, KindResignation,
		KindAppointment, KindDismissal, KindAgreement, KindDisaster, KindAttack, KindAccident,
		KindInsolvency, KindJobcuts, KindArrest, KindLaunch, KindVote, KindLawsuit, KindBan:
		return 1
	case KindStatement, KindPost, KindInterview, KindCongratulation, KindCriticism, KindThreat, KindPlan, KindMarket:
		return 0.35 // (a market moves every day: a routine, like a post)
	}
	return 0.7
}

// assignSalience fills the Salience of each event. ms are the mentions
// the events were merged from.
func assignSalience(events []model.Event, ms []*Mention, actorCount int) {
	if len(events) == 0 {
		return
	}
	type place struct{ article, sentence int }
	lead := make(map[place]bool, len(ms))
	for i := range ms {
		lead[place{ms[i].Article, ms[i].Sentence}] = ms[i].head || ms[i].Sentence <= leadSentences
	}
	// Dates the articles name: per day, the articles with a mention
	// dated to it (or to a few days holding it) by an expression of its
	// own. A map by day keeps this linear in the mentions.
	named := map[model.Day][]int{}
	for i := range ms {
		m := ms[i]
		if m.Dating != DatedOwn || !m.Date.Valid() || m.Date.OpenStart() || m.Date.Days() > dateDays {
			continue
		}
		for d := m.Date.Start; d <= m.Date.End; d = d.AddDays(1) {
			if l := named[d]; len(l) == 0 || l[len(l)-1] != m.Article {
				named[d] = append(l, m.Article)
			}
		}
	}
	// per day, the number of articles that name it
	namedBy := make(map[model.Day]int, len(named))
	for d, arts := range named {
		slices.Sort(arts)
		namedBy[d] = len(slices.Compact(arts))
	}
	freq := make([]int, actorCount)
	for i := range events {
		for _, a := range events[i].Actors {
			if a >= 0 && a < actorCount {
				freq[a]++
			}
		}
	}
	maxFreq, maxArts, maxMentions, maxDate := 1, 1, 1, 1
	for _, f := range freq {
		maxFreq = max(maxFreq, f)
	}
	arts := make([]int, len(events))
	dateArts := make([]int, len(events))
	for i := range events {
		e := &events[i]
		seen := map[int]bool{}
		for _, m := range e.Mentions {
			seen[m.Article] = true
		}
		arts[i] = len(seen)
		maxArts = max(maxArts, arts[i])
		maxMentions = max(maxMentions, len(e.Mentions))
		if e.Date.Valid() && !e.Date.OpenStart() && e.Date.Days() <= dateDays {
			// the day of its few that most articles name
			for d := e.Date.Start; d <= e.Date.End; d = d.AddDays(1) {
				dateArts[i] = max(dateArts[i], namedBy[d])
			}
			maxDate = max(maxDate, dateArts[i])
		}
	}
	logScale := func(n, top int) float64 { return math.Log1p(float64(n)) / math.Log1p(float64(top)) }
	for i := range events {
		e := &events[i]
		inLead := 0.0
		for _, m := range e.Mentions {
			if lead[place{m.Article, m.Sentence}] {
				inLead = 1
				break
			}
		}
		central := 0.0
		for _, a := range e.Actors {
			if a >= 0 && a < actorCount {
				central = max(central, float64(freq[a])/float64(maxFreq))
			}
		}
		s := wKind*kindWeight(Kind(e.Kind)) + wLead*inLead + wArticles*logScale(arts[i], maxArts) +
			wMentions*logScale(len(e.Mentions), maxMentions) + wCentrality*central +
			wDate*float64(dateArts[i])/float64(maxDate)
		e.Salience = math.Round(min(1, max(0, s))*1000) / 1000
	}
}

// leadSentences: an article's sentences up to this index (title, teaser
// and the first sentences of the body) are its lead.
const leadSentences = 3
