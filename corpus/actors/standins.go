package actors

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"

	"chronik/model"
)

// Stand-ins: "der Konzern", "die Gewerkschaft", "des Vereins" stand for
// an organisation the article has named. This is the one place they are
// resolved: Find reports each as an implicit mention of the organisation,
// and the later stages read it like any other mention.

// orgClass is the kind of organisation a stand-in noun names.
type orgClass uint8

const (
	noClass orgClass = iota
	companyClass
	unionClass
	clubClass
	partyClass
	governmentClass
)

// standInHeads end the nouns that stand for an organisation, with their
// class: "Industriekonzern", "Autobauer", "Stahlsparte".
var standInHeads = []struct {
	head  string
	class orgClass
}{
	{"konzern", companyClass}, {"unternehmen", companyClass}, {"firma", companyClass},
	{"hersteller", companyClass}, {"autobauer", companyClass}, {"sparte", companyClass},
	{"bank", companyClass}, {"institut", companyClass}, {"versicherer", companyClass},
	{"händler", companyClass}, {"betreiber", companyClass}, {"anbieter", companyClass},
	{"gewerkschaft", unionClass}, {"verein", clubClass}, {"klub", clubClass}, {"club", clubClass},
	{"partei", partyClass}, {"kabinett", governmentClass}, {"regierung", governmentClass},
}

// classOfNoun returns the class of a noun, allowing German case endings
// ("Konzerns", "Vereins", "Banken"), and its stem: the noun in lower
// case without the ending ("industriekonzern").
func classOfNoun(w string) (orgClass, string) {
	if w == "" {
		return noClass, ""
	}
	lower := strings.ToLower(w)
	for _, e := range []string{"", "s", "es", "en", "n"} {
		stem, ok := strings.CutSuffix(lower, e)
		if !ok {
			continue
		}
		for _, h := range standInHeads {
			if strings.HasSuffix(stem, h.head) {
				return h.class, stem
			}
		}
	}
	return noClass, ""
}

// isHead reports whether a stem is a head noun of standInHeads itself,
// no compound of one.
func isHead(stem string) bool {
	for _, h := range standInHeads {
		if stem == h.head {
			return true
		}
	}
	return false
}

// definiteArticles introduce a stand-in: "der Konzern", "beim Unternehmen".
// An indefinite one introduces something new ("ein Unternehmen aus Bayern").
var definiteArticles = wordSet("der die das des dem den Der Die Das Dem Den Des vom beim zum zur im")

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

// A namedOrg is an organisation the article names, where, and the class of
// noun the text ties it to there.
type namedOrg struct {
	start   int
	name    string
	tie     orgClass
	tieStem string // the stem of the noun it is tied to (see classOfNoun)
}

// tieOf returns the class of noun the text ties an organisation mention
// to: a compound ("der Volkswagen-Konzern"), the noun before the name
// ("die Gewerkschaft Verdi", "Autobauer VW"), or the name's own head
// ("Deutsche Bank", "Bundesregierung").
func (f *finder) tieOf(m Mention) (orgClass, string) {
	text := f.text
	if m.End < len(text) && text[m.End] == '-' {
		if c, stem := classOfNoun(wordAt(text, m.End+1)); c != noClass {
			return c, stem
		}
	}
	if c, stem := classOfNoun(wordBefore(text, m.Start)); c != noClass {
		return c, stem
	}
	return classOfNoun(m.Name[strings.LastIndexByte(m.Name, ' ')+1:])
}

// findOrgStandIns finds the stand-in nouns after a definite article ("der
// Konzern", "des Unternehmens", "die Gewerkschaft"), with no name after them
// ("der Konzern Siemens" names it), and resolves each to an organisation
// the article named before it:
//   - a compound ("der Industriekonzern", "das Tochterunternehmen") says
//     what it is, and stands only for the latest organisation the text
//     tied to that very noun ("der Industriekonzern Thyssenkrupp");
//   - a head noun alone stands for the latest one the text tied to a noun
//     of the same class ("die Gewerkschaft Verdi … die Gewerkschaft", "der
//     Volkswagen-Konzern … der Hersteller", "die Bundesregierung … das
//     Kabinett");
//   - else, for a company noun, for the company named most often so far
//     (the latest of those on a tie), leaving out what is tied to another
//     kind of noun ("die Gewerkschaft IG Metall") or is no company (a
//     union, party, ministry: companyLike).
//
// The stand-in is an implicit mention, no entity span of its own.
func (f *finder) findOrgStandIns() {
	if len(f.orgCount) == 0 {
		return
	}
	var named []namedOrg
	for _, m := range f.out {
		if m.Kind == model.Organization && !m.Implicit && !m.Meta {
			tie, stem := f.tieOf(m)
			named = append(named, namedOrg{m.Start, m.Name, tie, stem})
		}
	}
	if len(named) == 0 {
		return
	}
	slices.SortStableFunc(named, func(a, b namedOrg) int { return cmp.Compare(a.start, b.start) })
	count := f.counts
	if count == nil {
		count = map[string]int{}
		f.counts = count
	}
	clear(count)
	tiedOther := map[string]orgClass{} // org → the class it is tied to, when it is tied to one
	latest := [governmentClass + 1]string{}
	latestStem := map[string]string{} // a tie's stem → the latest org tied to it
	best, next := "", 0
	for i := 1; i < len(f.toks); i++ {
		t := f.toks[i]
		for next < len(named) && named[next].start < int(t.start) {
			o := named[next]
			next++
			if o.tie != noClass {
				latest[o.tie] = o.name
				latestStem[o.tieStem] = o.name
				tiedOther[o.name] = o.tie
			}
			if !f.companyLike(o.name) || o.tie != noClass && o.tie != companyClass {
				continue // "der Konzern" is no union, party or ministry
			}
			count[o.name]++
			if count[o.name] >= count[best] {
				best = o.name
			}
		}
		if !t.upper || f.used[i] || t.meta || !f.joined(i) || !definiteArticles[f.w(i-1)] {
			continue
		}
		class, stem := classOfNoun(f.w(i))
		if class == noClass {
			continue
		}
		if i+1 < len(f.toks) && f.joined(i+1) && (f.toks[i+1].upper || f.toks[i+1].innerCap) {
			continue // "der Konzern Siemens": a name follows
		}
		var org string
		switch {
		case !isHead(stem):
			org = latestStem[stem]
		case latest[class] != "":
			org = latest[class]
		case class == companyClass:
			if c, ok := tiedOther[best]; !ok || c == companyClass {
				org = best
			}
		}
		if org == "" {
			continue
		}
		f.used[i] = true
		f.emit(Mention{Start: int(t.start), End: int(t.end), Kind: model.Organization, Name: org, Implicit: true}, nil)
	}
}

// wordAt returns the word (letters and digits) starting at byte i.
func wordAt(text string, i int) string {
	j := i
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if !isWordRune(r) {
			break
		}
		j += size
	}
	return text[i:j]
}

// wordBefore returns the word that ends right before byte i, over spaces.
func wordBefore(text string, i int) string {
	j := i
	for j > 0 && text[j-1] == ' ' {
		j--
	}
	k := j
	for k > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:k])
		if !isWordRune(r) {
			break
		}
		k -= size
	}
	return text[k:j]
}

// ---------------------------------------------------------------------------
// Pass 5: subject pronouns and "die beiden".
