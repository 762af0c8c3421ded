package actors

import (
	"cmp"
	"slices"
	"strings"

	"chronik/model"
)

// standInNouns stand for the company an article is about: "Bereits im
// September hatte der Konzern … gekündigt".
var standInNouns = wordSet("Konzern Konzerns Unternehmen Unternehmens")

// companyLike reports whether an organisation the article named may be a
// company: not a union ("IG Metall", "Gewerkschaft Verdi"), a club, a
// known institution or medium, nor a name headed by a German word for a
// public body or association ("Bundesministerium …", "Deutscher
// Fußball-Bund"); banks, insurers and the former state companies
// ("Deutsche Bahn", "Deutsche Post") are companies.
func (f *finder) companyLike(name string) bool {
	first, _, _ := strings.Cut(name, " ")
	if first == "IG" || f.lex.lookup(first)&clubWord != 0 || strings.HasPrefix(name, "Gewerkschaft") {
		return false
	}
	for _, inst := range f.lex.institutions[first] {
		if inst.name == name {
			return false
		}
	}
	last := name[strings.LastIndexAny(name, " -")+1:]
	if !f.lex.deHeads.has(last) {
		return true
	}
	for _, h := range []string{"bank", "versicherung", "bahn", "post", "telekom", "kasse"} {
		if hasSuffixFold(last, h) {
			return true
		}
	}
	return false
}

// findOrgStandIns finds "der Konzern", "des Unternehmens": after a definite
// article, with no name after it, such a noun is an implicit mention of
// the organisation the article has named most often so far (the most
// recent one of those on a tie). It is no entity span of its own.
func (f *finder) findOrgStandIns() {
	if len(f.orgCount) == 0 {
		return
	}
	type orgAt struct {
		start int
		name  string
	}
	var named []orgAt
	for _, m := range f.out {
		if m.Kind == model.Organization && !m.Implicit && !m.Meta {
			named = append(named, orgAt{m.Start, m.Name})
		}
	}
	if len(named) == 0 {
		return
	}
	slices.SortStableFunc(named, func(a, b orgAt) int { return cmp.Compare(a.start, b.start) })
	count := f.counts
	if count == nil {
		count = map[string]int{}
		f.counts = count
	}
	clear(count)
	best, next := "", 0
	for i := 1; i < len(f.toks); i++ {
		t := f.toks[i]
		for next < len(named) && named[next].start < int(t.start) {
			n := named[next].name
			next++
			if !f.companyLike(n) {
				continue // "der Konzern" is no union, party or ministry
			}
			count[n]++
			if count[n] >= count[best] {
				best = n
			}
		}
		if best == "" || !t.upper || f.used[i] || t.meta || !f.joined(i) {
			continue
		}
		if c := f.text[t.start]; c != 'K' && c != 'U' || !standInNouns[f.w(i)] || !articles[f.w(i-1)] && !determiners[f.w(i-1)] {
			continue
		}
		if i+1 < len(f.toks) && f.joined(i+1) && (f.toks[i+1].upper || f.toks[i+1].innerCap) {
			continue // "der Konzern Siemens": a name follows
		}
		f.emit(Mention{Start: int(t.start), End: int(t.end), Kind: model.Organization, Name: best, Implicit: true}, nil)
	}
}

// ---------------------------------------------------------------------------
// Pass 5: subject pronouns and "die beiden".
