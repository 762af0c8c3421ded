package events

import (
	"slices"
	"strings"

	"chronik/model"
)

// firmKinds are the happenings a company undergoes or does as a whole:
// a chief who buys, sells, merges, spins off, cuts jobs or invests does it
// for the company.
var firmKinds = kindsOf(KindAcquisition, KindSale, KindMerger, KindSpinOff, KindJobcuts, KindInvestment)

// withEmployers adds to a mention of a firm's happening (firmKinds) the
// company whose chief its agent is, by a role the article gave her
// ("Oracle-Chefin Karla Wendt … Wendt hat die Sparte verkauft": Oracle
// sold it), when the article names that company: as the agent, right
// before the chief, who takes part for it. actors, roles and preps are
// the mention's, parallel; it returns them, extended.
func (x *extractor) withEmployers(actors []int, roles []model.Role, preps []string) ([]int, []model.Role, []string) {
	for k := 0; k < len(actors); k++ {
		a := actors[k]
		if k >= len(roles) || roles[k] != model.RoleAgent || a < 0 || a >= len(x.actors) || x.actors[a].Kind != model.Person {
			continue
		}
		firm := x.employer(&x.actors[a])
		if firm < 0 || slices.Contains(actors, firm) {
			continue
		}
		actors = slices.Insert(actors, k, firm)
		roles = slices.Insert(roles, k, model.RoleAgent)
		roles[k+1] = model.RoleParticipant // he acts for it: the firm does it
		if k <= len(preps) {
			preps = slices.Insert(preps, k, "")
		}
		k++
	}
	return actors, roles, preps
}

// employer returns the company the article names whose chief p is by one
// of p's roles ("Oracle-Chefin", "Siemens-CEO"), or -1.
func (x *extractor) employer(p *model.Actor) int {
	for _, r := range p.Roles {
		h := strings.LastIndexByte(r, '-')
		if h <= 0 || strings.ContainsRune(r[:h], ' ') {
			continue
		}
		if !hasAnySuffix(strings.ToLower(r[h+1:]), chiefNouns) {
			continue
		}
		org := r[:h]
		for _, m := range x.a.Actors {
			if o := m.Actor; o >= 0 && o < len(x.actors) && x.actors[o].Kind == model.Organization &&
				(x.actors[o].Name == org || slices.Contains(x.actors[o].Aliases, org)) {
				return o
			}
		}
	}
	return -1
}
