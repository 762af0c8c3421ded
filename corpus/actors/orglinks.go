package actors

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"chronik/model"
)

func (f *finder) findCompoundsAndKnownOrgs() {
	f.affiliations()
	toks, used := f.toks, f.used // local copies: see findNames
	for _, c := range f.caps {
		i := int(c)
		if used[i] || !toks[i].hyphen {
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
			e := f.entries.lookup(f.lex, first)
			switch {
			case e&(notOrg|legalForm|place|calendar) != 0:
			case e&company != 0 && (e&companyWeak == 0 || f.lex.orgParts.has(rest)):
				name = first // "Tesla-Chef": a gazetteer name before a role is the company
			case f.isCamel(first) && f.camelBrand(first):
				name = first
			case isAcronym(first) && f.entries.lookup(f.lex, first)&notOrg == 0:
				name = first
			case f.lex.orgParts.has(rest) && (f.nameLikePart(first) || f.beforePerson(i) && !f.lex.isCommon(first) && !f.lex.cueNoun(first)):
				// "Meta-Chef", "Sofbank-CEO": an organisation (a person of
				// the article as first part was taken in pass 2).
				name = first
				if !lexiconNoun(first) {
					if f.partOrgs == nil {
						f.partOrgs = map[string]bool{}
					}
					f.partOrgs[name] = true
				}
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
	for _, c := range f.caps {
		i := int(c)
		if used[i] {
			continue
		}
		w := f.w(i)
		if i+1 < len(f.toks) && f.joined(i+1) && !f.used[i+1] && f.multiFirst.has(w[0]) {
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
	k, _ := f.wordStarting(int32(off))
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
		if len(items) < 2 {
			items = items[:0] // a list needs two organisations
			return
		}
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
	toks := f.toks // a local copy: see findNames
	for k := 0; k < len(toks); k++ {
		t := &toks[k]
		if !t.upper && !t.innerCap {
			if len(items) > 0 {
				flush()
			}
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
	toks, used, words := f.toks, f.used, f.words // local copies: see findNames
	for k := 1; k+1 < len(toks); k++ {
		if w := words[k]; w != "von" && w != "bei" || toks[k].gap != gapSpace || toks[k+1].gap != gapSpace || used[k+1] || !toks[k+1].upper {
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
// organisation: a word the article also writes on its own (standsAlone:
// "Meta" besides "Meta-Chef"), or one edit from an organisation it names
// ("Sofbank-CEO" besides "Softbank"). That keeps common nouns out
// ("Hedgefonds-Manager", "Konzern-Chef").
func (f *finder) nameLikePart(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || len(w) < 2 || f.lex.isCommon(w) || hasDigit(w) {
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
	if !f.aloneDone && f.aloneScans < maxAloneScans {
		// Most articles ask about a word or two: reading the words is
		// cheaper than filling a table.
		f.aloneScans++
		for i := range f.toks {
			if f.words[i] == w && f.standsAlone(i) {
				return true
			}
		}
		return false
	}
	if !f.aloneDone {
		f.aloneDone = true
		if f.alone == nil {
			f.alone = map[string]bool{}
		}
		for i := range f.toks {
			if f.standsAlone(i) {
				f.alone[f.w(i)] = true
			}
		}
	}
	return f.alone[w]
}

// standsAlone reports word i written on its own as a name is: in
// mid-sentence, or opening its sentence right before a finite verb
// ("Korvani hat …") when the text layer's lexicon has it as no noun.
// There a capital tells nothing, and an adverb the lexicon lacks opens
// sentences the same way ("Zudem hat …"), but no compound with an
// organisation's part ("Korvani-Chef") has such a word for its first
// part.
func (f *finder) standsAlone(i int) bool {
	t := &f.toks[i]
	if !t.upper || t.hyphen {
		return false
	}
	if !t.first {
		return true
	}
	if i+1 >= len(f.toks) || !f.joined(i+1) || f.toks[i+1].upper || !mayBeFinite(f.w(i+1)) {
		return false
	}
	return !lexiconNoun(f.w(i)) // (a noun opens a sentence as often: "Passwort muss …")
}

// lexiconNoun reports whether the text layer's lexicon has w as a common
// noun (Gazetteer's answer, kept per word).
func lexiconNoun(w string) bool { return Gazetteer(w)&gazLexNoun != 0 }

// maxAloneScans is how many words nameLikePart looks up in an article's
// words before it fills a table of them.
const maxAloneScans = 4

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
	type named struct {
		name, key string
		runes     int // of the key
	}
	names := make([]named, 0, len(f.orgCount))
	for n := range f.orgCount {
		k := f.orgKey1(n)
		names = append(names, named{n, k, utf8.RuneCountInString(k)})
	}
	slices.SortFunc(names, func(a, b named) int { return cmp.Compare(a.name, b.name) })
	var rename map[string]string
	for _, a := range names {
		for _, b := range names {
			if a.name == b.name || len(a.key)-len(b.key) > 4 || len(b.key)-len(a.key) > 4 {
				continue
			}
			// sameKeySpelling, with the rune counts made once.
			if a.key != b.key && (a.runes < 6 || b.runes < 6 || a.runes-b.runes > 1 || b.runes-a.runes > 1 || !withinOneEdit(a.key, b.key)) {
				continue
			}
			if !f.betterAttested(b.name, a.name) {
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
	gb, ga := f.entries.lookup(f.lex, b)&company != 0, f.entries.lookup(f.lex, a)&company != 0
	if gb != ga {
		return gb
	}
	cb, ca := f.orgCount[b], f.orgCount[a]
	if cb != ca {
		return cb > ca
	}
	return b < a
}
