package events

import (
	"cmp"
	"slices"

	"chronik/model"
)

// Reactions: what people say about a happening is evidence of it, not a
// row of its own. A statement ("…, sagte X", "so X", "betonte X") joins
// the event of its article it most likely comments on: the nearest one
// told before it in its paragraph, else the nearest in the article, one
// that shares an actor with it counting as nearer. It stays a row only
// when making it is the news: a speech or a press conference, or the
// statement an article's head tells when the head tells nothing else, is
// no quote with its speech tag and reports a happening or demands
// something.
// Posts are rows (others report on them); announcements, criticism and
// the like are kinds of their own.

// isReaction reports whether mention m of its article's mentions ms is a
// comment on some other happening rather than one itself. A head's quote
// with its speech tag ("„…“, sagt X" over an article) is one even when
// the head tells nothing else: it sets the tone, and its saying is not
// the news.
func isReaction(m *Mention, headTellsMore, headCriticises, aboutTold, besideTold bool) bool {
	if m.Kind == KindCriticism && !m.head && !m.tagged && m.attack == 0 && (headTellsMore || aboutTold || besideTold) && !headCriticises {
		// criticism the body tells of an article whose head tells
		// another happening, or of a happening the article tells
		// elsewhere ("Die Organisation kritisierte das Abkommen"), is a
		// reaction to it (GUIDELINES.md §1.1); so is any criticism after
		// the body's first sentence: a happening the article tells is
		// the news, what some thought of it or of anything else a voice
		// in the story, with no row of its own when the article tells
		// none. The criticism a head tells is the news, and so is the one
		// of a first sentence ("X hat die Gläubiger scharf kritisiert")
		return true
	}
	if m.Kind == KindCongratulation {
		return true // "gratulierte zum Sieg": a reaction to the win (GUIDELINES.md §1.1), never the news
	}
	if m.Kind == KindPost && !m.head && aboutTold {
		return true // "postete nach seinem Sieg auf Facebook": a post on a happening the article tells, a reaction to it
	}
	if !spoken(m) {
		return false
	}
	// A statement the head tells alone is the news when it reports a
	// happening ("Gewerkschaft berichtet über Stellenabbau bei X") or
	// demands something ("X fordert Internierung von Y"); a warning (also
	// of a strike), a promise, a view or praise is a voice, no happening
	// (GUIDELINES.md §1.1), even as an article's headline.
	reports := m.about != "" && (m.Noun == "Äußerung" || reportNouns[m.Noun]) && !m.assessment
	return !m.head || headTellsMore || m.tagged || !reports && m.Noun != "Forderung"
}

// spoken reports a mention that tells what someone said rather than
// did: a plain statement, a criticism in the tag of what was said, or a
// threat, which says what one will do if (GUIDELINES.md §1.1: threats
// are no events).
func spoken(m *Mention) bool {
	return m.Kind == KindStatement && m.Specificity < 2 || m.Kind == KindThreat || m.tagged
}

// splitReactions returns the mentions that tell happenings and, apart,
// the indices of those that comment on them.
func splitReactions(ms []*Mention) (happenings []int32, reactions []int32) {
	headMore := map[int]bool{}       // article → its head tells a happening that is no statement
	headCriticises := map[int]bool{} // article → its head tells criticism
	for i := range ms {
		if ms[i].head && ms[i].Kind != KindStatement && ms[i].Kind != KindThreat {
			if ms[i].Kind == KindCriticism {
				headCriticises[ms[i].Article] = true
			} else {
				headMore[ms[i].Article] = true
			}
		}
	}
	// told(i, true), aboutTold: a post made after a happening of a kind
	// its article tells in another sentence ("postete nach seinem Sieg");
	// a criticism that names a kind of happening its article tells in
	// another sentence, and whose speaker's posts the article does not
	// tell (those make it an attack of its own: linkAttacks).
	// told(i, false), besideTold: a criticism after the body's first
	// sentence, whether or not the body tells a happening in another
	// sentence, with the same exception. An article's mentions come
	// together, so its run of them is looked at, and only for criticisms
	// and posts.
	told := func(i int, about bool) bool {
		m := ms[i]
		post := m.Kind == KindPost && about && m.about != ""
		if !post && (m.Kind != KindCriticism || about && m.about == "" || !about && (m.head || m.lead)) {
			return false
		}
		lo, hi := i, i+1
		for lo > 0 && ms[lo-1].Article == m.Article {
			lo--
		}
		for hi < len(ms) && ms[hi].Article == m.Article {
			hi++
		}
		if post {
			// a post after a happening the article tells elsewhere
			return slices.ContainsFunc(ms[lo:hi], func(p *Mention) bool { return p.Sentence != m.Sentence && family(p.Kind) == family(m.about) })
		}
		found := false
		for _, p := range ms[lo:hi] {
			switch {
			case p.Kind == KindPost && sharesAny(p.Actors, m.Actors):
				return false
			case p.Kind != KindStatement && p.Kind != KindThreat && p.Kind != KindCriticism && p.Sentence != m.Sentence &&
				(about && family(p.Kind) == family(m.about) || !about && !p.head && !speechKinds.has(p.Kind) && p.Kind != KindCongratulation):
				found = true
			}
		}
		return found || !about && m.Sentence > 0
	}
	for i := range ms {
		if isReaction(ms[i], headMore[ms[i].Article], headCriticises[ms[i].Article], told(i, true), told(i, false)) {
			reactions = append(reactions, int32(i))
		} else {
			happenings = append(happenings, int32(i))
		}
	}
	return happenings, reactions
}

// A told is one mention of an event, located for attaching reactions.
type told struct {
	sentence, block int
	event           int
}

// attachReactions adds each reaction to the event it comments on, and
// each answer to the event of the criticism it answers; a reaction in an
// article that tells no event is dropped.
func attachReactions(events []model.Event, ms []*Mention, reactions []int32, answers []attackLink) {
	if len(reactions) == 0 && len(answers) == 0 {
		return
	}
	byArticle := map[int][]told{}
	blocks := make(map[[2]int]int, len(ms)) // (article, sentence) → block, for the events' mentions; sized once, not grown entry by entry
	for i := range ms {
		blocks[[2]int{ms[i].Article, ms[i].Sentence}] = ms[i].block
	}
	for _, ei := range byStart(events) {
		for _, em := range events[ei].Mentions {
			b, ok := blocks[[2]int{em.Article, em.Sentence}]
			if !ok {
				b = -1
			}
			byArticle[em.Article] = append(byArticle[em.Article], told{em.Sentence, b, ei})
		}
	}
	answered := map[int32]int32{}
	for _, an := range answers {
		reactions = append(reactions, an.post)
		answered[an.post] = an.attack
	}
	// prev is the reaction attached last: a speaker's next sentence goes
	// on about the same happening ("…“, betonte sie.")
	var prev struct{ article, sentence, speaker, event int }
	prev.event = -1
	for _, ri := range reactions {
		r := ms[ri]
		speaker := -1
		if a := r.agent(); a >= 0 {
			speaker = a
		} else if len(r.Actors) > 0 {
			speaker = r.Actors[0]
		}
		best, bestCost := -1, 0
		if ai, ok := answered[ri]; ok {
			best = answeredEvent(events, byArticle[r.Article], ms[ai])
		} else if prev.event >= 0 && speaker >= 0 && speaker == prev.speaker && r.Article == prev.article && r.Sentence == prev.sentence+1 {
			best = prev.event
		} else {
			// A reaction that names a kind of happening by its noun
			// ("erfreut über die Ankündigung") comments on the nearest
			// happening of that kind, if its article tells one.
			named := r.about != "" && slices.ContainsFunc(byArticle[r.Article], func(t told) bool { return events[t.event].Kind == string(r.about) })
			for _, t := range byArticle[r.Article] {
				if named && events[t.event].Kind != string(r.about) {
					continue
				}
				cost := commentDistance(r, t, &events[t.event])
				if best < 0 || cost < bestCost {
					best, bestCost = t.event, cost
				}
			}
		}
		if best < 0 {
			continue
		}
		prev.article, prev.sentence, prev.speaker, prev.event = r.Article, r.Sentence, speaker, best
		e := &events[best]
		e.Reactions = append(e.Reactions, model.Reaction{Actor: speaker, Article: r.Article, Start: r.Start, End: r.End})
	}
	for ei := range events {
		slices.SortFunc(events[ei].Reactions, func(a, b model.Reaction) int {
			if c := cmp.Compare(a.Article, b.Article); c != 0 {
				return c
			}
			return cmp.Compare(a.Start, b.Start)
		})
	}
}

// commentDistance says how unlikely it is that reaction r comments on
// the event e told at t: sentences apart, more for a later telling or
// another paragraph, less when they share an actor.
func commentDistance(r *Mention, t told, e *model.Event) int {
	d := r.Sentence - t.sentence
	cost := 2 * d
	if d < 0 {
		cost = -3 * d // a comment follows what it is about
	}
	if t.block != r.block {
		cost += 4
	}
	for _, a := range r.Actors {
		if slices.Contains(e.Actors, a) {
			cost -= 3
			break
		}
	}
	return cost
}

// answeredEvent returns the event of the article's tellings ts that holds
// criticism c, or -1.
// byStart returns the indices of events in order of their start, then
// end, then title, then first mention (the undated last): of happenings a
// reaction is as near to, it goes to the first in this order, whatever
// order the timeline shows them in (model.Interval.Compare places a date
// with no known start by its end).
func byStart(events []model.Event) []int {
	order := make([]int, len(events))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(i, j int) int {
		a, b := &events[i], &events[j]
		if av, bv := a.Date.Valid(), b.Date.Valid(); av != bv {
			if av {
				return -1
			}
			return 1
		}
		return cmp.Or(cmp.Compare(a.Date.Start, b.Date.Start), cmp.Compare(a.Date.End, b.Date.End), cmp.Compare(a.Title, b.Title),
			cmp.Compare(a.Mentions[0].Article, b.Mentions[0].Article), cmp.Compare(a.Mentions[0].Sentence, b.Mentions[0].Sentence))
	})
	return order
}

func answeredEvent(events []model.Event, ts []told, c *Mention) int {
	for _, t := range ts {
		if t.sentence == c.Sentence && events[t.event].Kind == string(c.Kind) {
			return t.event
		}
	}
	return -1
}
