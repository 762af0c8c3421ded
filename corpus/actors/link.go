package actors

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"chronik/model"
)

// roleAnchoredName reads a person's name after a role word when no known
// first name marks it: "Präsident Trump", "Sofbank-CEO Masayoshi Son",
// "Herr Müller".
func (f *finder) roleAnchoredName(i int) int {
	prev := f.w(i - 1)
	var gender byte
	switch prev {
	case "Herr", "Herrn":
		gender = 'm'
	case "Frau":
		gender = 'f'
	default:
		if !f.toks[i-1].upper || f.roleOf(i-1) == "" {
			return 0
		}
	}
	// After "Herr" or "Frau" comes a surname, also one that is a first
	// name elsewhere ("Herrn Weber").
	if !f.surnameOK(i) || f.e(i)&(place|company) != 0 || f.e(i)&firstName != 0 && gender == 0 || f.toks[i].innerCap {
		return 0
	}
	w := f.w(i)
	if _, ok := f.orgs[w]; ok {
		return 0
	}
	if strings.HasSuffix(w, "s") && f.lex.lookup(w[:len(w)-1])&place != 0 {
		return 0 // "Präsident Amerikas"
	}
	last := i
	if i+1 < len(f.toks) && f.joined(i+1) && !f.toks[i].gen && f.surnameOK(i+1) && f.e(i+1)&nameToken != 0 && (f.e(i+1)&firstName == 0 || f.e(i+1)&firstNoun != 0) {
		last = i + 1
	}
	f.markUsed(i, last)
	surname := f.surnameStem(last)
	full := surname
	first := ""
	if last > i {
		first = w
		full = w + " " + surname
	}
	p := f.addPerson(first, surname, full, gender)
	f.emitPerson(i, last, p, false, false)
	return last - i + 1
}

// ---------------------------------------------------------------------------
// Pass 2: surnames and first names of the people already found, their
// genitives and compounds: "Trump", "Trumps", "Bezos‘", "Trump-Lager",
// "Mark" (for Mark Zuckerberg, when he is the only Mark).

func (f *finder) findKnownNames() {
	if len(f.persons) == 0 {
		return
	}
	for i := range f.toks {
		if f.used[i] || !f.toks[i].upper {
			continue
		}
		w := f.w(i)
		if f.toks[i].hyphen {
			first, _, _ := strings.Cut(w, "-")
			if p := f.personBySurname(first); p != nil {
				f.used[i] = true
				f.emit(Mention{Start: int(f.toks[i].start), End: int(f.toks[i].start) + len(first), Kind: model.Person, Name: p.name, Part: true, Meta: f.meta(i)}, p)
			}
			continue
		}
		if p := f.personBySurname(w); p != nil {
			f.used[i] = true
			f.emitPerson(i, i, p, false, false)
			continue
		}
		if p := f.byFirst[w]; p != nil && p.surname != "" && !(i+1 < len(f.toks) && f.joined(i+1) && f.surnameOK(i+1)) {
			f.used[i] = true
			f.emitPerson(i, i, p, false, false)
		}
	}
}

// personBySurname finds the person a surname, or its genitive, names.
func (f *finder) personBySurname(w string) *person {
	if w == "" || !f.surnameFirst.has(w[0]) {
		return nil
	}
	if p := f.bySurname[w]; p != nil {
		return p
	}
	if strings.HasSuffix(w, "s") && len(w) > 3 {
		return f.bySurname[w[:len(w)-1]]
	}
	return nil
}

// ---------------------------------------------------------------------------
// Pass 3: organisations inside compounds ("Meta-Chef", "Siemens-Konzern",
// "EU-Kommission"), then every other mention of an organisation the article
// has named.

func (f *finder) findCompoundsAndKnownOrgs() {
	f.affiliations()
	for i := range f.toks {
		if f.used[i] || !f.toks[i].hyphen || !(f.toks[i].upper || f.toks[i].innerCap) {
			continue
		}
		w := f.w(i)
		first, rest, _ := strings.Cut(w, "-")
		name := f.knownOrgWord(first)
		if second, rest2, ok := strings.Cut(rest, "-"); ok && len(f.orgs) > 0 {
			// "IG-Metall-Bezirksleiter": the first two parts are the
			// article's "IG Metall".
			var buf [64]byte
			if n, ok := f.orgs[string(append(append(append(buf[:0], first...), ' '), second...))]; ok {
				name, first, rest = n, w[:len(first)+1+len(second)], rest2
			}
		}
		if name == "" {
			e := f.lex.lookup(first)
			switch {
			case e&(notOrg|legalForm|place|calendar) != 0:
			case e&company != 0 && (e&companyWeak == 0 || f.lex.orgParts.has(rest)):
				name = first // "Tesla-Chef": a gazetteer name before a role is the company
			case f.isCamel(first) && f.camelBrand(first):
				name = first
			case isAcronym(first) && f.lex.lookup(first)&notOrg == 0:
				name = first
			case f.lex.orgParts.has(rest) && (f.nameLikePart(first) || f.beforePerson(i) && !f.lex.isCommon(first) && !f.lex.cueNoun(first)):
				// "Meta-Chef", "Sofbank-CEO": an organisation (a person of
				// the article as first part was taken in pass 2).
				name = first
			}
		}
		if name == "" {
			continue
		}
		f.used[i] = true
		if !strings.Contains(rest, "-") && f.lex.wholeParts.has(rest) {
			// "Siemens-Konzern", "CDU-Fraktion": the compound names the
			// organisation itself, as a whole word.
			f.emit(mentionOrg(f, i, int(f.toks[i].end), name, false), nil)
			continue
		}
		f.emit(mentionOrg(f, i, int(f.toks[i].start)+len(first), name, true), nil)
	}
	if len(f.orgs) == 0 {
		return
	}
	for i := range f.toks {
		if f.used[i] || !(f.toks[i].upper || f.toks[i].innerCap) {
			continue
		}
		w := f.w(i)
		if i+1 < len(f.toks) && f.joined(i+1) && !f.used[i+1] {
			if name, ok := f.orgs[f.span(i, i+1)]; ok {
				f.markUsed(i, i+1)
				f.emit(mentionOrg(f, i, int(f.toks[i+1].end), name, false), nil)
				continue
			}
		}
		if name := f.orgName(w); name != "" && (!slices.Contains(f.aliasWords, w) || f.determinerBefore(i) || f.toks[i].first) {
			f.used[i] = true
			f.emit(mentionOrg(f, i, int(f.toks[i].end), name, false), nil)
		}
	}
	f.listedOrgs()
	f.bracketedShortNames()
}

// bracketedShortNames takes the short form an article gives in brackets
// right after an organisation's name: "die Internationale
// Arbeitsorganisation (ILO)", "der Kassenzahnärztlichen Vereinigung (KZV)".
// The short form names the same organisation.
func (f *finder) bracketedShortNames() {
	for _, m := range f.out {
		if m.Kind != model.Organization || m.Part || m.Implicit || m.End+2 >= len(f.text) || f.text[m.End:m.End+2] != " (" {
			continue
		}
		k := f.tokenAfter(m.End)
		if k < 0 || f.used[k] || f.toks[k].hyphen || int(f.toks[k].start) != m.End+2 {
			continue
		}
		t := f.toks[k]
		if int(t.end) >= len(f.text) || f.text[t.end] != ')' || t.end-t.start < 2 || t.end-t.start > 10 || f.e(k)&(calendar|place|notOrg) != 0 {
			continue
		}
		f.used[k] = true
		f.emit(mentionOrg(f, k, int(t.end), m.Name, false), nil)
	}
}

// tokenAfter returns the index of the first word that starts at or after
// byte offset off, or -1.
func (f *finder) tokenAfter(off int) int {
	k, _ := slices.BinarySearchFunc(f.toks, int32(off), func(t token, off int32) int { return cmp.Compare(t.start, off) })
	if k >= len(f.toks) {
		return -1
	}
	return k
}

// listedOrgs takes the unknown names of a list in which organisations are
// the rule: "darunter X, Meta, Google, Apple und Microsoft". A list is a run
// of single capitalised words joined by commas, "und" or "oder"; when two
// or more of its items, and at least half, are organisations, the other
// items that may be names are organisations too.
func (f *finder) listedOrgs() {
	isOrg := f.scratch[:0] // the starts of the organisation mentions, sorted
	for _, m := range f.out {
		if m.Kind == model.Organization && !m.Part && !m.Implicit {
			isOrg = append(isOrg, int32(m.Start))
		}
	}
	if len(isOrg) < 2 {
		return // a list needs two organisations
	}
	slices.Sort(isOrg)
	f.scratch = isOrg
	var items []int
	flush := func() {
		orgs := 0
		for _, k := range items {
			if _, ok := slices.BinarySearch(isOrg, f.toks[k].start); ok {
				orgs++
			}
		}
		if orgs >= 2 && 2*orgs >= len(items) {
			for _, k := range items {
				if !f.used[k] && !f.toks[k].first && !f.toks[k].hyphen && f.orgLike(k) {
					f.used[k] = true
					f.emit(mentionOrg(f, k, int(f.toks[k].end), f.w(k), false), nil)
				}
			}
		}
		items = items[:0]
	}
	for k := 0; k < len(f.toks); k++ {
		t := f.toks[k]
		if !t.upper && !t.innerCap {
			flush()
			continue
		}
		if len(items) > 0 {
			last := items[len(items)-1]
			sep := k == last+1 && t.gap == gapComma ||
				k == last+2 && t.gap == gapSpace && f.toks[last+1].gap == gapSpace && (f.w(last+1) == "und" || f.w(last+1) == "oder")
			if !sep {
				flush()
			}
		}
		items = append(items, k)
	}
	flush()
}

// beforePerson reports whether word i stands right before a person's name,
// as a role does: "Meta-CEO Mark Zuckerberg".
func (f *finder) beforePerson(i int) bool {
	return i+1 < len(f.toks) && f.joined(i+1) && f.isPerson[i+1]
}

// affiliations reads "Mark Zuckerberg von Meta", "ein Sprecher von Meta",
// "Manager bei Siemens": after a person or a role, "von" or "bei" and a
// name is an organisation.
func (f *finder) affiliations() {
	for k := 1; k+1 < len(f.toks); k++ {
		if w := f.w(k); w != "von" && w != "bei" || !f.joined(k) || !f.joined(k+1) || f.used[k+1] || !f.toks[k+1].upper {
			continue
		}
		if !f.isPerson[k-1] && f.roleOf(k-1) == "" {
			continue
		}
		if !f.orgLike(k+1) || f.personBySurname(f.w(k+1)) != nil || f.toks[k+1].hyphen {
			continue
		}
		// An English name goes on with its connectors: "von Fridays for
		// Future".
		last := k + 1
		for last+2 < len(f.toks) && f.joined(last+1) && f.joined(last+2) && f.toks[last+2].upper && !f.used[last+2] {
			if w := f.w(last + 1); w != "for" && w != "of" && w != "and" {
				break
			}
			last += 2
		}
		f.markUsed(k+1, last)
		f.addOrg(k+1, last, f.span(k+1, last), false)
	}
}

// nameLikePart reports whether the first part of a role compound names an
// organisation: a word the article also writes on its own in mid-sentence
// ("Meta" besides "Meta-Chef"), or one edit from an organisation it names
// ("Sofbank-CEO" besides "Softbank"). That keeps common nouns out
// ("Hedgefonds-Manager", "Konzern-Chef").
func (f *finder) nameLikePart(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || len(w) < 2 || f.lex.isCommon(w) || strings.ContainsAny(w, "0123456789") {
		return false
	}
	if len(f.orgCount) > 0 {
		kw := normKey(w)
		for known := range f.orgCount {
			if sameKeySpelling(kw, f.orgKey1(known)) {
				return true
			}
		}
	}
	if f.lex.cueNoun(w) {
		return false
	}
	if !f.aloneDone {
		f.aloneDone = true
		if f.alone == nil {
			f.alone = map[string]bool{}
		}
		for i, t := range f.toks {
			if t.upper && !t.first && !t.hyphen {
				f.alone[f.w(i)] = true
			}
		}
	}
	return f.alone[w]
}

// orgKey1 returns normKey of an organisation name of the article, made
// once per name.
func (f *finder) orgKey1(name string) string {
	if f.keys == nil {
		f.keys = keyTable{}
	}
	return f.keys.key(name)
}

// orgName returns the canonical name of an organisation the article has
// named, for the word or its genitive ("Metas").
func (f *finder) orgName(w string) string {
	if w == "" || !f.orgFirst.has(w[0]) {
		return ""
	}
	if n, ok := f.orgs[w]; ok {
		return n
	}
	if strings.HasSuffix(w, "s") && len(w) > 3 {
		return f.orgs[w[:len(w)-1]]
	}
	return ""
}

func (f *finder) isCamel(w string) bool {
	prevLower := false
	for _, r := range w {
		if isUpperRune(r) && prevLower {
			return true
		}
		prevLower = !isUpperRune(r)
	}
	return false
}

func isAcronym(w string) bool {
	n := 0
	for _, r := range w {
		if !isUpperRune(r) {
			return false
		}
		n++
	}
	return n >= 2 && n <= 5
}

func isUpperRune(r rune) bool { return r >= 'A' && r <= 'Z' || r >= 0xC0 && r <= 0xDE && r != 0xD7 }

// ---------------------------------------------------------------------------
// Pass 4: roles from appositions, and later mentions by role.

var articles = map[string]bool{"der": true, "die": true, "das": true, "dem": true, "den": true, "des": true,
	"Der": true, "Die": true, "Das": true, "Dem": true, "Den": true, "Des": true, "ein": true, "eine": true, "einer": true, "einem": true}

func (f *finder) findRoles() {
	if len(f.persons) > 0 {
		for _, ps := range f.personSpans {
			mi, i, j := int(ps[0]), int(ps[1]), int(ps[2])
			m, p := f.out[mi], f.who[mi]
			if p == nil || m.Implicit || m.Part {
				continue
			}
			role := f.roleBefore(i)
			if role == "" {
				role = f.roleAfter(j)
			}
			if role != "" {
				f.out[mi].Role = role
				f.learnRole(p, role)
			}
		}
	}
	f.roleMentions()
}

// roleBefore reads a role written before a name: "OpenAI-Chef Sam Altman",
// "Trumps stellvertretender Stabschef Stephen Miller".
func (f *finder) roleBefore(i int) string {
	if i < 1 || !f.joined(i) || !f.toks[i-1].upper || f.roleOf(i-1) == "" {
		return ""
	}
	s := i - 1
	if s > 0 && f.joined(s) && !f.toks[s-1].upper && adjectiveLike(f.w(s-1)) && !f.lex.isCommon(f.w(s-1)) && !f.verbBefore(s-1) {
		s--
	}
	if s > 0 && f.joined(s) && f.toks[s-1].upper && strings.HasSuffix(f.w(s-1), "s") && !articles[f.w(s-1)] && !f.toks[s-1].first {
		s-- // "Trumps stellvertretender Stabschef"
	}
	return f.span(s, i-1)
}

// verbBefore reports whether the word k, which looks like an adjective,
// is rather a verb in the past tense: "überreichte Bundespräsident X",
// unlike "der designierte US-Präsident". A "-te" word counts as an
// adjective only after an article, a possessive or a genitive.
func (f *finder) verbBefore(k int) bool {
	if !strings.HasSuffix(f.w(k), "te") {
		return false
	}
	if k == 0 || !f.joined(k) {
		return true
	}
	prev := f.w(k - 1)
	if articles[prev] || determiners[prev] || f.toks[k-1].upper && strings.HasSuffix(prev, "s") {
		return false
	}
	for _, p := range []string{"sein", "ihr", "unser", "euer", "dessen", "deren"} {
		if strings.HasPrefix(strings.ToLower(prev), p) {
			return false
		}
	}
	return true
}

// roleAfter reads an apposition after a name: ", der Amazon-Boss",
// ", Gründer von Amazon", ", Tesla-CEO und …".
func (f *finder) roleAfter(j int) string {
	k := j + 1
	if k >= len(f.toks) || f.toks[k].gap != gapComma || f.toks[k].sent != f.toks[j].sent {
		return ""
	}
	if articles[f.w(k)] {
		k++
	}
	s := k
	for n := 0; n < 3 && k < len(f.toks) && (k == s || f.joined(k)); n++ {
		w := f.w(k)
		if f.toks[k].upper && f.roleOf(k) != "" {
			end := k
			// "Gründer von Amazon", "Berater des Weißen Hauses".
			if k+2 < len(f.toks) && f.joined(k+1) && f.joined(k+2) && f.toks[k+2].upper {
				switch f.w(k + 1) {
				case "von", "des", "der", "bei":
					end = k + 2
					if end+1 < len(f.toks) && f.joined(end+1) && f.toks[end+1].upper {
						end++
					}
				}
			}
			return f.span(s, end)
		}
		if !(adjectiveLike(w) && !f.toks[k].upper && !f.lex.isCommon(w)) && !(f.toks[k].upper && strings.HasSuffix(w, "s")) {
			return ""
		}
		k++
	}
	return ""
}

// adjectiveLike reports whether a lower-case word looks like an inflected
// German adjective ("stellvertretender", "designierte", "künftigen").
func adjectiveLike(w string) bool {
	if len(w) < 4 {
		return false
	}
	for _, s := range []string{"e", "er", "en", "es", "em"} {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// learnRole keeps a role's key on the person, for later role mentions.
func (f *finder) learnRole(p *person, role string) {
	k := f.roleKeyOf(role)
	if k.class != "" && !slices.Contains(p.roles, k) {
		p.roles = append(p.roles, k)
	}
}

// roleKeyOf reads a role's organisation and head class: "Tesla-CEO" →
// {tesla chef}, "Gründer von Amazon" → {amazon gründer}, "Meta-Boss" →
// {meta chef}.
func (f *finder) roleKeyOf(role string) roleKey {
	words := strings.Fields(role)
	for wi, w := range words {
		class := f.lex.roleClass(w)
		if class == "" {
			continue
		}
		org := ""
		if h := strings.LastIndexByte(w, '-'); h > 0 {
			org = w[:h]
		} else if wi+2 < len(words) {
			org = words[wi+2] // "Gründer von Amazon"
		}
		return roleKey{org: f.orgKey(org), class: class}
	}
	return roleKey{}
}

// orgKey normalises an organisation's written form for comparing roles:
// canonical name if the article knows it, lower case, no genitive.
func (f *finder) orgKey(w string) string {
	if w == "" {
		return ""
	}
	if n := f.orgName(w); n != "" {
		w = n
	}
	return normKey(w)
}

// roleMentions finds "der Tesla-Chef", "des Meta-Chefs", "der designierte
// US-Präsident": a role after an article, with no name after it, stands
// for the person who holds it.
func (f *finder) roleMentions() {
	for i := 1; i < len(f.toks); i++ {
		if f.used[i] && !f.toks[i].hyphen || !f.toks[i].upper || !f.joined(i) {
			continue
		}
		w := f.w(i)
		class := f.roleOf(i)
		if class == "" {
			continue
		}
		s := i - 1
		for n := 0; n < 2 && s > 0 && !f.toks[s].upper && adjectiveLike(f.w(s)) && !articles[f.w(s)] && !f.lex.isCommon(f.w(s)) && f.joined(s); n++ {
			s--
		}
		if !articles[f.w(s)] || (s < i-1 && !f.joined(s+1)) {
			continue
		}
		if i+1 < len(f.toks) && f.joined(i+1) && f.toks[i+1].upper {
			continue // a name follows: an apposition, not a stand-in
		}
		org := ""
		if h := strings.LastIndexByte(w, '-'); h > 0 {
			org = w[:h]
		}
		switch org {
		case "", "Co", "Ex", "Vize", "Tech", "Top":
			continue // "der Milliardär", "des Co-Vorsitzenden": too vague to resolve
		}
		key := roleKey{org: f.orgKey(org), class: class}
		var holder *person
		for _, p := range f.persons {
			if slices.Contains(p.roles, key) {
				if holder != nil {
					holder = nil
					break
				}
				holder = p
			}
		}
		m := Mention{Start: int(f.toks[i].start), End: int(f.toks[i].end), Kind: model.Person, Implicit: true, Role: w, Meta: f.meta(i)}
		if holder != nil {
			m.Name = holder.name
			f.mentioned = append(f.mentioned, personAt{tok: i, p: holder})
		}
		f.emit(m, holder)
	}
}

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

func (f *finder) findPronouns() {
	if len(f.mentioned) == 0 {
		return
	}
	slices.SortStableFunc(f.mentioned, func(a, b personAt) int { return cmp.Compare(a.tok, b.tok) })
	next := 0 // mentioned[:next] lie before the current word
	for i := range f.toks {
		for next < len(f.mentioned) && f.mentioned[next].tok < i {
			next++
		}
		if next == 0 || f.toks[i].meta {
			continue
		}
		if t := f.toks[i]; t.end-t.start > 6 {
			continue // longer than any word below
		}
		switch w := f.w(i); w {
		case "er", "Er":
			if p := f.recent(next, i, func(p *person) bool { return p.gender != 'f' }); p != nil {
				f.emit(Mention{Start: int(f.toks[i].start), End: int(f.toks[i].end), Kind: model.Person, Name: p.name, Implicit: true}, p)
			}
		case "sie", "Sie":
			if !f.singularVerbNear(i) {
				continue
			}
			if p := f.recent(next, i, func(p *person) bool { return p.gender == 'f' }); p != nil {
				f.emit(Mention{Start: int(f.toks[i].start), End: int(f.toks[i].end), Kind: model.Person, Name: p.name, Implicit: true}, p)
			}
		case "beiden", "beide":
			s := i
			if w == "beiden" {
				if i == 0 || !f.joined(i) || (f.w(i-1) != "die" && f.w(i-1) != "Die" && f.w(i-1) != "der") {
					continue
				}
				s = i - 1
			}
			if i+1 < len(f.toks) && f.joined(i+1) && f.toks[i+1].upper {
				continue // "die beiden Tech-Milliardäre": a noun phrase
			}
			f.theTwo(next, s, i)
		}
	}
}

// recent returns the person a pronoun at word i stands for: the person
// mentioned last before it in its own sentence, else the first person of
// the sentence before (its subject, as a rule: "Jeff Bezos … hatte …
// Trump. … wusste er" is Bezos), if it passes ok.
func (f *finder) recent(next, i int, ok func(*person) bool) *person {
	sent := f.toks[i].sent
	var prevFirst *person
	prevSent := int32(-1)
	for k := next - 1; k >= 0; k-- {
		m := f.mentioned[k]
		s := f.toks[m.tok].sent
		if f.toks[m.tok].meta || !ok(m.p) {
			continue
		}
		if s == sent {
			return m.p
		}
		if prevSent >= 0 && s != prevSent || sent-s > 1 {
			break
		}
		prevSent, prevFirst = s, m.p
	}
	return prevFirst
}

// singularVerbNear reports whether "sie" at word i goes with a singular
// verb ("sie sagte", "betonte sie", "sie ist"), so that it stands for a
// woman rather than for many.
func (f *finder) singularVerbNear(i int) bool {
	check := func(k int) bool {
		if k < 0 || k >= len(f.toks) || f.toks[k].upper {
			return false
		}
		w := f.w(k)
		switch w {
		case "ist", "hat", "war", "will", "soll", "kann", "muss", "wird", "sei", "habe", "hatte", "wollte", "sollte", "konnte":
			return true
		}
		return len(w) > 3 && (strings.HasSuffix(w, "te") || strings.HasSuffix(w, "t") && !strings.HasSuffix(w, "nt"))
	}
	return (i+1 < len(f.toks) && f.joined(i+1) && check(i+1)) || (f.joined(i) && check(i-1))
}

// theTwo links "die beiden" over words s..i to the last two people named
// within the last three sentences.
func (f *finder) theTwo(next, s, i int) {
	var two []*person
	for k := next - 1; k >= 0 && len(two) < 2; k-- {
		m := f.mentioned[k]
		if f.toks[i].sent-f.toks[m.tok].sent > 2 {
			break
		}
		if !slices.Contains(two, m.p) {
			two = append(two, m.p)
		}
	}
	if len(two) < 2 {
		return
	}
	for _, p := range two {
		f.emit(Mention{Start: int(f.toks[s].start), End: int(f.toks[i].end), Kind: model.Person, Name: p.name, Implicit: true}, p)
	}
}

// ---------------------------------------------------------------------------

// result fills in the final names and orders the mentions.
func (f *finder) result() []Mention {
	rename := f.orgVariants()
	for i := range f.out {
		if p := f.who[i]; p != nil {
			f.out[i].Name = p.name
		} else if n, ok := rename[f.out[i].Name]; ok && f.out[i].Kind == model.Organization {
			f.out[i].Name = n
		}
	}
	// Sorting small keys and copying each mention once is cheaper than
	// sorting the mentions themselves; f.out goes back to the pool.
	order := f.scratch[:0]
	for i := range f.out {
		order = append(order, int32(i))
	}
	f.scratch = order
	slices.SortFunc(order, func(a, b int32) int { return compareMentions(&f.out[a], &f.out[b]) })
	out := make([]Mention, len(f.out))
	for i, k := range order {
		out[i] = f.out[k]
	}
	return out
}

// orgVariants maps a misspelt organisation name of the article to the
// better-attested one: "Sofbank" → "Softbank" (one edit apart, six letters
// or more, the other more frequent or in the gazetteer), "Space X" →
// "SpaceX" (same letters, blanks and hyphens aside). Each name's key is
// made once; pairs whose keys differ in length by more than one letter are
// not compared.
func (f *finder) orgVariants() map[string]string {
	if len(f.orgCount) < 2 {
		return nil
	}
	type named struct{ name, key string }
	names := make([]named, 0, len(f.orgCount))
	for n := range f.orgCount {
		names = append(names, named{n, f.orgKey1(n)})
	}
	slices.SortFunc(names, func(a, b named) int { return cmp.Compare(a.name, b.name) })
	var rename map[string]string
	for _, a := range names {
		for _, b := range names {
			if a.name == b.name || len(a.key)-len(b.key) > 4 || len(b.key)-len(a.key) > 4 || !sameKeySpelling(a.key, b.key) || !f.betterAttested(b.name, a.name) {
				continue
			}
			if rename == nil {
				rename = map[string]string{}
			}
			if _, done := rename[a.name]; !done {
				rename[a.name] = b.name
			}
		}
	}
	return rename
}

// betterAttested reports whether name b is the better form than a: in the
// gazetteer when a is not, or more often mentioned.
func (f *finder) betterAttested(b, a string) bool {
	gb, ga := f.lex.lookup(b)&company != 0, f.lex.lookup(a)&company != 0
	if gb != ga {
		return gb
	}
	cb, ca := f.orgCount[b], f.orgCount[a]
	if cb != ca {
		return cb > ca
	}
	return b < a
}
