package events

import (
	"slices"
)

// Attacks: an author who attacks something in posts is told in several
// sentences of one article — "X kritisiert das Projekt", "schrieb X auf
// seiner Plattform", "Unter anderem schrieb er …", "X postete …" — and
// each would be a row of its own: the criticism and its posts are of
// different kinds. They are one happening, the attack. So, within one
// article:
//
//   - a post by the author of a criticism, in the same days (dates that
//     meet, both dated or both not), that names no one outside the
//     dispute and no quoted name the criticism does not name, is a mention
//     of the criticism. A post that names someone else or another quoted
//     thing is on another subject and stays a row of its own;
//   - a post by someone else that names the attacker, told after the
//     criticism in the same days, and no one and no quoted thing outside
//     the criticism, answers it: a reaction of the attack, not a row.
//     The dispute's parties are the attacker, whom the criticism names,
//     and who answered.

// An attackLink ties mention post to mention attack, the criticism it is
// part of or answers.
type attackLink struct{ post, attack int32 }

// linkAttacks finds, among the happenings, the posts that are part of a
// criticism of the same article and those that answer one (see above).
// It returns the happenings without the answers, the posts that join a
// criticism and the answers.
func linkAttacks(ms []*Mention, happenings []int32) (kept []int32, joins, answers []attackLink) {
	byArticle := map[int][]int32{} // article → its criticisms by a named author
	for _, i := range happenings {
		if ms[i].Kind == KindCriticism && ms[i].agent() >= 0 {
			byArticle[ms[i].Article] = append(byArticle[ms[i].Article], i)
		}
	}
	if len(byArticle) == 0 {
		return happenings, nil, nil
	}
	answered := map[int32]bool{}
	for _, i := range happenings {
		p := ms[i]
		author := p.agent()
		if p.Kind != KindPost || author < 0 {
			continue
		}
		for _, a := range byArticle[p.Article] {
			c := ms[a]
			if attacker := c.agent(); attacker != author && slices.Contains(p.Actors, attacker) &&
				p.Sentence > c.Sentence && sameDays(p, c) && onlyDispute(ms, p, author, []int32{a}, nil) {
				answers = append(answers, attackLink{i, a})
				answered[i] = true
				break
			}
		}
	}
	for _, i := range happenings {
		p := ms[i]
		author := p.agent()
		if p.Kind != KindPost || author < 0 || answered[i] {
			continue
		}
		for _, a := range byArticle[p.Article] {
			c := ms[a]
			if c.agent() == author && sameDays(p, c) && onlyDispute(ms, p, author, ownCriticisms(ms, byArticle[p.Article], author), answers) {
				joins = append(joins, attackLink{i, a})
				break
			}
		}
	}
	if len(answers) == 0 {
		return happenings, joins, nil
	}
	kept = make([]int32, 0, len(happenings)-len(answers))
	for _, i := range happenings {
		if !answered[i] {
			kept = append(kept, i)
		}
	}
	return kept, joins, answers
}

// ownCriticisms returns those of criticisms whose agent is author.
func ownCriticisms(ms []*Mention, criticisms []int32, author int) []int32 {
	var own []int32
	for _, a := range criticisms {
		if ms[a].agent() == author {
			own = append(own, a)
		}
	}
	return own
}

// sameDays reports whether two mentions of one article can be of the same
// days: both dated, their dates meeting, or both undated.
func sameDays(p, c *Mention) bool {
	return p.Date.Valid() == c.Date.Valid() && datesMeet(p.Date, c.Date)
}

// onlyDispute reports whether post p of author names only parties of the
// dispute of criticisms — those they name and those who answered them —
// and quotes no name they do not.
func onlyDispute(ms []*Mention, p *Mention, author int, criticisms []int32, answers []attackLink) bool {
	for _, x := range p.Actors {
		if x == author {
			continue
		}
		party := false
		for _, a := range criticisms {
			if slices.Contains(ms[a].Actors, x) {
				party = true
			}
		}
		for _, an := range answers {
			if slices.Contains(criticisms, an.attack) && ms[an.post].agent() == x {
				party = true
			}
		}
		if !party {
			return false
		}
	}
	if p.objectRank < 3 {
		return true
	}
	for _, a := range criticisms {
		if ms[a].Object == p.Object {
			return true
		}
	}
	return false
}

// asAttack makes each joining post a mention of the criticism it is part
// of: of its kind and noun, tied to it for merging (Mention.attack). It
// changes ms in place rather than copying all of the corpus's mentions
// for the few posts that join, and returns what undoes it: Merge's
// caller reads the mentions as they were extracted.
func asAttack(ms []*Mention, joins []attackLink) (undo func()) {
	type post struct {
		kind        Kind
		noun        string
		specificity int
		attack      int32
	}
	was := make([]post, len(joins))
	for i, j := range joins {
		p, c := ms[j.post], ms[j.attack]
		was[i] = post{p.Kind, p.Noun, p.Specificity, p.attack}
		p.Kind, p.Noun, p.Specificity = c.Kind, c.Noun, c.Specificity
		p.attack = j.attack + 1
	}
	return func() {
		for i, j := range joins {
			p := ms[j.post]
			p.Kind, p.Noun, p.Specificity, p.attack = was[i].kind, was[i].noun, was[i].specificity, was[i].attack
		}
	}
}

// tiedByAttack reports whether a member of a is a post that is part of
// the criticism a member of b is.
func (mg *merger) tiedByAttack(a, b *cluster) bool {
	if len(b.holds) == 0 {
		return false
	}
	if len(a.attacks) == 0 {
		return false
	}
	for _, t := range b.holds {
		if _, found := slices.BinarySearch(a.attacks, t); found {
			return true
		}
	}
	return false
}

// addSorted adds v to the ordered set s.
func addSorted(s []int32, v int32) []int32 {
	i, found := slices.BinarySearch(s, v)
	if found {
		return s
	}
	return slices.Insert(s, i, v)
}
