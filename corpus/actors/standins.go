package actors

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"chronik/corpus/text"
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

// A standInHead ends nouns that stand for an organisation of its class;
// feminine says its gender: after "die" the others are plurals ("die
// deutschen Autobauer", "die Unternehmen"), many organisations and none of
// them in particular.
type standInHead struct {
	head     string
	class    orgClass
	feminine bool
}

// standInHeads end the nouns that stand for an organisation:
// "Industriekonzern", "Autobauer". A division ("die Sparte") is none: it
// is part of the company named beside it, which sells or spins it off.
var standInHeads = []standInHead{
	{"konzern", companyClass, false}, {"unternehmen", companyClass, false}, {"firma", companyClass, true},
	{"hersteller", companyClass, false}, {"airline", companyClass, true}, {"fluggesellschaft", companyClass, true}, {"fluglinie", companyClass, true}, {"autobauer", companyClass, false},
	{"maschinenbauer", companyClass, false}, {"anlagenbauer", companyClass, false}, {"zulieferer", companyClass, false},
	{"bank", companyClass, true}, {"institut", companyClass, false}, {"versicherer", companyClass, false},
	{"händler", companyClass, false}, {"betreiber", companyClass, false}, {"anbieter", companyClass, false},
	{"gewerkschaft", unionClass, true}, {"verein", clubClass, false}, {"klub", clubClass, false}, {"club", clubClass, false},
	{"partei", partyClass, true}, {"kabinett", governmentClass, false}, {"regierung", governmentClass, true},
}

// pluralStandIn reports a stand-in noun that is a plural: "die" before a
// head that is not feminine, or a feminine head with any ending ("die
// Banken", "der Airlines"), which in the singular it never takes.
func pluralStandIn(article, noun string) bool {
	h, e, ok := standInHeadOf(noun)
	return ok && (h.feminine && e != "" || (article == "die" || article == "Die") && !h.feminine)
}

// caseEndings are the German case endings a stand-in head may carry.
var caseEndings = []string{"", "s", "es", "en", "n"}

// standInEndings holds every head of standInHeads with every case ending:
// the value of one is 1 + its index into standInHeads times
// len(caseEndings) plus the index of the ending. Most capitalised words
// are ruled out at their last byte.
var standInEndings = func() *suffixSet {
	s := new(suffixSet)
	for hi, h := range standInHeads {
		for ei, e := range caseEndings {
			s.add(h.head+e, int32(hi*len(caseEndings)+ei+1))
		}
	}
	return s
}()

// classOfNoun returns the class of a noun, allowing German case endings
// ("Konzerns", "Vereins", "Banken"), and its stem: the noun in lower
// case without the ending ("industriekonzern").
func classOfNoun(w string) (orgClass, string) {
	h, e, ok := standInHeadOf(w)
	if !ok {
		return noClass, ""
	}
	return h.class, strings.ToLower(w[:len(w)-len(e)])
}

// standInHeadOf returns the head a noun ends in and its case ending.
func standInHeadOf(w string) (standInHead, string, bool) {
	v, _ := standInEndings.longest(w, 0)
	if v == 0 {
		return standInHead{}, "", false
	}
	return standInHeads[(v-1)/int32(len(caseEndings))], caseEndings[(v-1)%int32(len(caseEndings))], true
}

// nounClass is classOfNoun of word i; that it names no class is kept
// with the word's facts.
func (f *finder) nounClass(i int) (orgClass, string) {
	fa := f.factsOf(i)
	if fa.standIn == 1 {
		return noClass, ""
	}
	c, stem := classOfNoun(f.w(i))
	if fa.standIn == 0 {
		fa.standIn = 1
		if c != noClass {
			fa.standIn = 2
		}
		f.remember(i)
	}
	return c, stem
}

// relationalModifiers make a compound stand-in name another organisation
// than the one told about: "das Gemeinschaftsunternehmen", "der
// Mutterkonzern", "die Tochterfirma".
var relationalModifiers = []string{"gemeinschafts", "tochter", "mutter", "partner", "konkurrenz", "schwester"}

func relational(stem string) bool {
	for _, m := range relationalModifiers {
		if strings.HasPrefix(stem, m) {
			return true
		}
	}
	return false
}

// adjective reports whether word i is an adjective in its sentence, by the
// text layer's word classes ("der bayerische Autobauer").
func (f *finder) adjective(i int) bool {
	at := int(f.toks[i].at)
	f.doc.Classify(int(f.doc.Tokens[at].Sentence))
	return f.doc.Tokens[at].Class == text.Adjective
}

// companyLike reports whether an organisation the article named may be a
// company: not a union ("IG Metall", "Gewerkschaft Verdi"), a club, a
// known institution or medium, nor a name headed by a German word for a
// public body or association ("Bundesministerium …", "Deutscher
// Fußball-Bund"); banks, insurers and the former state companies
// ("Deutsche Bahn", "Deutsche Post") are companies.
func (f *finder) companyLike(name string) bool {
	first, _, _ := strings.Cut(name, " ")
	if first == "IG" || f.entries.lookup(f.lex, first)&clubWord != 0 || strings.HasPrefix(name, "Gewerkschaft") {
		return false
	}
	for _, inst := range f.lex.institutions[first] {
		if inst.name == name {
			return false
		}
	}
	last := name[lastBlankOrHyphen(name)+1:]
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
	appos   string // a noun of no class after an article right before it ("die Softwareschmiede X"), or ""
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

// withStandIns finds the stand-in nouns after a definite article
// (determiners: "der Konzern", "beim Unternehmen"; an indefinite one
// introduces something new, "ein Unternehmen aus Bayern") and
// up to two adjectives ("der Konzern", "des Unternehmens", "die
// Gewerkschaft", "der bayerische Autobauer"), with no name after them ("der
// Konzern Siemens" names it), and resolves each to an organisation the
// article named before it:
//   - the latest organisation the text tied to that very noun ("der
//     Volkswagen-Konzern … der Konzern", "der Industriekonzern
//     Thyssenkrupp … der Industriekonzern"); a compound that names a
//     relation ("das Gemeinschaftsunternehmen", "der Mutterkonzern")
//     stands for nothing else;
//   - for a company noun, the company named most often so far (the latest
//     of those on a tie), leaving out what is tied to another kind of noun
//     ("die Gewerkschaft IG Metall") or is no company (a union, party,
//     ministry: companyLike): the company the article is about, which a
//     company it names with a noun of its own ("der Süßwarenhersteller X
//     übernahm das Unternehmen") does not replace;
//   - for another noun, the latest organisation the text tied to a noun
//     of its class ("die Gewerkschaft Verdi … die Gewerkschaft", "die
//     Bundesregierung … das Kabinett").
//
// ms are the article's mentions, the tagger's names included: a stand-in
// may stand for a name only the tagger found. The stand-in is an implicit
// mention, no entity span of its own; withStandIns returns ms with them,
// in order.
func (f *finder) withStandIns(ms []Mention) []Mention {
	ms = f.descriptorsAsStandIns(ms)
	named := f.named[:0]
	defer func() {
		clear(named) // views of the article
		f.named = named[:0]
	}()
	for _, m := range ms {
		if m.Kind == model.Organization && !m.Implicit && !m.Meta {
			tie, stem := f.tieOf(m)
			appos := ""
			if tie == noClass {
				appos = apposedNoun(f.text, m.Start)
			}
			named = append(named, namedOrg{m.Start, m.Name, tie, stem, appos})
		}
	}
	if len(named) == 0 {
		return ms
	}
	slices.SortStableFunc(named, func(a, b namedOrg) int { return cmp.Compare(a.start, b.start) })
	n := len(ms)
	count := f.counts
	if count == nil {
		count = map[string]int{}
		f.counts = count
	}
	clear(count)
	if f.tiedOther == nil {
		f.tiedOther, f.latestStem = map[string]orgClass{}, map[string]string{}
	}
	if f.apposed == nil {
		f.apposed = map[string]string{}
	}
	tiedOther := f.tiedOther   // org → the class it is tied to, when it is tied to one
	latestStem := f.latestStem // a tie's stem → the latest org tied to it
	apposed := f.apposed
	defer func() {
		clear(tiedOther) // their keys are views of the article
		clear(latestStem)
		clear(apposed)
	}()
	latest := [governmentClass + 1]string{}
	best, next := "", 0
	// a company the text brings in unnamed ("eine niederländische
	// Firma"), after the last one it named: its sentence, or -1
	unnamedSent, lastNamed, unnamedStart := int32(-1), -1, -1
	for _, c := range f.caps {
		i := int(c)
		t := f.toks[i]
		if i < 1 || !t.upper || t.meta {
			continue // the organisations before a word are taken in at the next noun
		}
		for next < len(named) && named[next].start < int(t.start) {
			o := named[next]
			next++
			if o.tie != noClass {
				latest[o.tie] = o.name
				latestStem[o.tieStem] = o.name
				tiedOther[o.name] = o.tie
			}
			if o.appos != "" {
				apposed[apposedKey(o.appos)] = o.name
			}
			if !f.companyLike(o.name) || o.tie != noClass && o.tie != companyClass {
				continue // "der Konzern" is no union, party or ministry
			}
			if f.citedAsSource(o.start) {
				continue // "laut der Auskunftei Korvani": who gives the figures, not whom the article is about
			}
			lastNamed = o.start
			count[o.name]++
			if count[o.name] >= count[best] {
				best = o.name
			}
		}
		class, stem := f.nounClass(i)
		if class == noClass && len(apposed) > 0 {
			// "Die Softwareschmiede Korvani … verklagte die Softwareschmiede":
			// a noun the article put before a name stands for it again
			// after an article, with no name after it
			if org := apposed[apposedKey(f.w(i))]; org != "" && f.joined(i) && determiners[f.w(i-1)] && !f.nameAfter(i) && !covered(ms[:n], int(t.start), int(t.end)) {
				ms = append(ms, Mention{Start: int(t.start), End: int(t.end), Kind: model.Organization, Name: org, Implicit: true})
			}
			continue
		}
		if class == noClass || covered(ms[:n], int(t.start), int(t.end)) {
			continue
		}
		j := f.truncatedPartsBefore(i) - 1
		own := false // "die eigene Firma": one of its own, never the company named before
		for n := 0; n < 2 && j > 0 && f.joined(j+1) && !f.toks[j].upper && f.adjective(j); n++ {
			own = own || strings.HasPrefix(f.w(j), "eigen")
			j--
		}
		if own {
			continue
		}
		if class == companyClass && j >= 0 && f.joined(j+1) && indefinites[f.w(j)] && !f.nameAfter(i) {
			unnamedSent, unnamedStart = t.sent, int(t.start) // "Eine niederländische Firma musste …"
			continue
		}
		if class == companyClass && unnamedSent >= 0 && unnamedStart > lastNamed && t.sent-unnamedSent <= 2 && !relational(stem) {
			continue // "… Eine Firma musste das erfahren. … dass das Unternehmen Insolvenz anmelden musste": that one, unnamed
		}
		if headed := f.headedBy(ms[:n], i, class); headed != "" {
			// "Escada – Modekonzern baut Stellen ab", "Siemens: Konzern
			// streicht …": a headline's company noun without its article,
			// after the name it is about
			ms = append(ms, Mention{Start: int(t.start), End: int(t.end), Kind: model.Organization, Name: headed, Implicit: true})
			continue
		}
		if !f.joined(j+1) || !determiners[f.w(j)] || pluralStandIn(f.w(j), f.w(i)) {
			continue
		}
		if f.nameAfter(i) {
			continue // "der Konzern Siemens", "die Fluggesellschaft „Nordwind“": a name follows
		}
		org := latestStem[stem]
		if class == companyClass && org != "" && org != best && best != "" && count[best] > count[org] && !relational(stem) {
			// "der Konzern" after a company named more often than the
			// one last tied to the noun ("… aus einer Abspaltung vom
			// Konzern Y"): the company the article is about
			if c, ok := tiedOther[best]; !ok || c == companyClass {
				org = best
			}
		}
		switch {
		case org != "" || relational(stem):
		case class != companyClass:
			org = latest[class]
		default:
			if subject := f.taggedSubject(j, named); subject != "" {
				org = subject
			} else if c, ok := tiedOther[best]; !ok || c == companyClass {
				org = best
			}
		}
		if org == "" {
			continue
		}
		ms = append(ms, Mention{Start: int(t.start), End: int(t.end), Kind: model.Organization, Name: org, Implicit: true})
	}
	if len(ms) > n {
		f.sorter.sort(ms)
	}
	return ms
}

// taggedSubject returns the company that opens the sentence of a speech
// tag whose subject is the stand-in at word j, its article ("Velmark
// will Korvex übernehmen, teilte das Unternehmen mit"): a company telling
// of itself, not the one its news is about, which the article may name
// as often. The tag is a finite verb right after a comma, before the
// article; the company opens the sentence, after an article or none. It
// returns "" for any other stand-in.
func (f *finder) taggedSubject(j int, named []namedOrg) string {
	v := j - 1
	if v < 1 || f.toks[v].gap != gapComma || f.toks[v].upper || !f.joined(j) || !mayBeFinite(f.w(v)) {
		return ""
	}
	first := v
	for first > 0 && f.toks[first-1].sent == f.toks[v].sent && !f.toks[first].first {
		first--
	}
	opens, afterArticle := int(f.toks[first].start), -1
	if determiners[f.w(first)] && first+1 < v && f.joined(first+1) {
		afterArticle = int(f.toks[first+1].start)
	}
	for _, o := range named {
		if o.start >= int(f.toks[v].start) {
			break
		}
		if (o.start == opens || o.start == afterArticle) && f.companyLike(o.name) {
			return o.name
		}
	}
	return ""
}

// nameAfter reports a capitalised word right after word i, or after an
// opening quotation mark: "der Konzern Siemens", "die Fluggesellschaft
// „Nordwind“" name what the noun is.
func (f *finder) nameAfter(i int) bool {
	return i+1 < len(f.toks) && (f.joined(i+1) || f.quoteBefore(i+1)) && (f.toks[i+1].upper || f.toks[i+1].innerCap)
}

// apposedNoun returns the capitalised noun, hyphenated parts and all,
// that stands between an article and the name at byte start ("die
// Softwareschmiede Korvani", "des Chipriesen Belmora"), or "".
func apposedNoun(text string, start int) string {
	noun, k := wordEndingAt(text, start, true)
	if noun == "" || k+len(noun) == start || !unicode.IsUpper(firstRune(noun)) || !determiners[wordBefore(text, k)] {
		return ""
	}
	return noun
}

// apposedKey is the form an apposition's noun and its later mentions are
// compared in: without the "-n" or "-s" of its cases ("der
// Chipriese", "des Chipriesen"). Both are nouns, capitalised
// alike.
func apposedKey(w string) string {
	if len(w) > 5 && (w[len(w)-1] == 'n' || w[len(w)-1] == 's') {
		w = w[:len(w)-1]
	}
	return w
}

// quoteBefore reports an opening quotation mark, and blanks, right
// before word i.
func (f *finder) quoteBefore(i int) bool {
	switch strings.TrimSpace(f.text[f.toks[i-1].end:f.toks[i].start]) {
	case "„", "\"", "«", "»", "‚", "“":
		return true
	}
	return false
}

// citedAsSource reports an organisation named at byte start as the
// source of what its sentence tells: after "laut" or "Angaben" ("nach
// Angaben der Auskunftei X"), or after the "so" of a speech tag behind a
// comma ("…, so der Verband X"), three words back at most.
func (f *finder) citedAsSource(start int) bool {
	i, ok := f.wordStarting(int32(start))
	if !ok {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-3 && f.toks[k].sent == f.toks[i].sent; k-- {
		switch w := f.w(k); {
		case w == "laut" || w == "Laut" || w == "Angaben":
			return true
		case w == "so" && k > 0 && !f.joined(k) && determiners[f.w(k+1)] && !f.toks[i].hyphen:
			return true // (not "so der Korvani-Sprecher": who speaks for the company)
		}
	}
	return false
}

// truncatedPartsBefore returns the first of the truncated compounds
// coordinated with the noun at i, which share its head ("der Garten-,
// Camping- und Freizeitmöbelhersteller": Garten), or i when none is.
func (f *finder) truncatedPartsBefore(i int) int {
	if i < 3 || !f.joined(i) {
		return i
	}
	switch f.w(i - 1) {
	case "und", "oder", "sowie":
	default:
		return i
	}
	k := i - 2
	if !f.truncatedPart(k, "-") {
		return i
	}
	for k > 1 && f.truncatedPart(k-1, "-,") {
		k--
	}
	return k
}

// truncatedPart reports whether word k is a capitalised first part of a
// compound whose head is left out, with only sep between it and the next
// word.
func (f *finder) truncatedPart(k int, sep string) bool {
	t := &f.toks[k]
	return t.upper && strings.TrimRight(f.text[t.end:f.toks[k+1].start], " ") == sep
}

// headedBy returns the company a headline names right before word i, a
// company noun of class, across a dash or a colon ("Escada – Modekonzern
// …"), or "".
func (f *finder) headedBy(ms []Mention, i int, class orgClass) string {
	t := &f.toks[i]
	if class != companyClass || t.gap != gapOther || t.block < 0 || int(t.block) >= len(f.a.Blocks) || f.a.Blocks[t.block].Kind != model.BlockTitle {
		return ""
	}
	p := &f.toks[i-1]
	if between := strings.TrimSpace(f.text[p.end:t.start]); between != "-" && between != "–" && between != ":" {
		return ""
	}
	for k := range ms {
		if m := &ms[k]; m.End == int(p.end) && m.Kind == model.Organization && !m.Implicit && f.companyLike(m.Name) {
			return m.Name
		}
	}
	return ""
}

// descriptorsAsStandIns takes an organisation the tagger read in a
// company's noun (descriptorHeads), alone or after adjectives
// ("Fleischkonzern", "Linzer Maschinenbauer"), for the
// stand-in it is: the company the article names most often, at least
// twice and more often than any other, or no actor at all. A gazetteer's
// company keeps its name.
func (f *finder) descriptorsAsStandIns(ms []Mention) []Mention {
	descriptor := func(m *Mention) bool {
		if m.Kind != model.Organization || m.Implicit || m.Meta || m.Part {
			return false
		}
		i, ok := f.wordStarting(int32(m.Start))
		if !ok {
			return false
		}
		last := i
		for last+1 < len(f.toks) && int(f.toks[last+1].end) <= m.End {
			last++
		}
		if int(f.toks[last].end) != m.End || last-i > 2 {
			return false
		}
		h, _, ok := standInHeadOf(f.w(last))
		if !ok || !descriptorHeads[h.head] || f.toks[last].hyphen || f.e(last)&company != 0 {
			return false
		}
		for k := i; k < last; k++ {
			if f.e(k)&company != 0 || !f.cityAdjective(k) && !f.adjective(k) {
				return false
			}
		}
		return true
	}
	var found []int
	for k := range ms {
		if descriptor(&ms[k]) {
			found = append(found, k)
		}
	}
	if len(found) == 0 {
		return ms
	}
	counts := map[string]int{}
	for k := range ms {
		if m := &ms[k]; m.Kind == model.Organization && !m.Implicit && !m.Meta && !slices.Contains(found, k) && f.companyLike(m.Name) {
			counts[m.Name]++
		}
	}
	best, top, second := "", 0, 0
	for name, c := range counts {
		switch {
		case c > top:
			best, top, second = name, c, top
		case c > second:
			second = c
		}
	}
	if top < 2 || top == second {
		best = ""
	}
	out := ms[:0]
	for k := range ms {
		if slices.Contains(found, k) {
			if best == "" {
				continue
			}
			ms[k].Name, ms[k].Implicit = best, true
		}
		out = append(out, ms[k])
	}
	return out
}

// descriptorHeads are the company nouns that describe a company and end
// no company's name (unlike "Bank", "Institut": "Deutsche Bank").
var descriptorHeads = map[string]bool{"konzern": true, "unternehmen": true, "firma": true, "hersteller": true, "autobauer": true,
	"maschinenbauer": true, "anlagenbauer": true, "zulieferer": true, "händler": true, "betreiber": true, "anbieter": true}

// covered reports whether a mention of ms (in text order) overlaps the
// bytes [start, end).
func covered(ms []Mention, start, end int) bool {
	i, _ := slices.BinarySearchFunc(ms, end, func(m Mention, end int) int { return cmp.Compare(m.Start, end) })
	for k := i - 1; k >= 0; k-- {
		if ms[k].End > start {
			return true
		}
		if ms[k].Start < start-maxMentionBytes {
			break
		}
	}
	return false
}

// maxMentionBytes bounds how far back covered looks for a mention that
// reaches a word: no name runs longer.
const maxMentionBytes = 256

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
	w, _ := wordEndingAt(text, i, false)
	return w
}

// wordEndingAt returns the word that ends right before byte i, over
// spaces, and the byte it starts at; with hyphens, a hyphenated compound
// whole ("Software-Schmiede").
func wordEndingAt(text string, i int, hyphens bool) (string, int) {
	j := i
	for j > 0 && text[j-1] == ' ' {
		j--
	}
	k := j
	for k > 0 {
		// An ASCII byte is a rune of its own: only the others are
		// decoded.
		if c := text[k-1]; c < utf8.RuneSelf {
			if !isWordByte(c) && !(hyphens && c == '-') {
				break
			}
			k--
			continue
		}
		r, size := utf8.DecodeLastRuneInString(text[:k])
		if !isWordRune(r) {
			break
		}
		k -= size
	}
	return text[k:j], k
}

// ---------------------------------------------------------------------------
// Pass 5: subject pronouns and "die beiden".
