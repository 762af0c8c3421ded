package actors

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"chronik/corpus/ner"
	"chronik/corpus/sentence"
	"chronik/corpus/text"
	"chronik/model"
)

// The statistical tagger (package ner) decides which words name people
// and organisations; the rules of this package find their own names first
// and hand them to it as features, and they still supply what the tagger
// does not: roles, pronouns, parts of compounds, and the canonical names
// of the people and organisations they recognised. This file joins the
// two.

// entityTagger is built on first use: decoding the weights costs tens of
// milliseconds that a program which never recognises actors should not
// pay. Without usable weights (a broken build) the rules alone decide.
var entityTagger = sync.OnceValue(func() *ner.Tagger {
	w, err := ner.Embedded()
	if err != nil {
		return nil
	}
	return ner.NewTagger(w, Gazetteer)
})

// Hints returns the named-entity spans of rule mentions, in text order
// and without overlaps (the longer of two overlapping spans stays): the
// features the tagger was trained with.
func Hints(ms []Mention) []ner.Span { return appendHints(nil, ms) }

// appendHints appends the hints of ms (see Hints) to out.
func appendHints(out []ner.Span, ms []Mention) []ner.Span {
	for _, m := range ms {
		if !m.Entity() {
			continue
		}
		sp := ner.Span{Start: m.Start, End: m.End, Kind: nerKind(m.Kind)}
		if n := len(out); n > 0 && out[n-1].End > sp.Start {
			if sp.End-sp.Start > out[n-1].End-out[n-1].Start {
				out[n-1] = sp
			}
			continue
		}
		out = append(out, sp)
	}
	return out
}

func nerKind(k model.ActorKind) ner.Kind {
	if k == model.Organization {
		return ner.ORG
	}
	return ner.PER
}

// appendSegments appends to out, which must be empty, the runs of text
// the tagger reads one by one: the sentences of a, and the lines of
// blocks that hold none (headlines, captions, bylines).
func appendSegments(out [][2]int, a *model.Article) [][2]int {
	lines := func(start, end int) {
		for start < end {
			i := strings.IndexByte(a.Text[start:end], '\n')
			if i < 0 {
				i = end - start
			}
			if i > 0 {
				out = append(out, [2]int{start, start + i})
			}
			start += i + 1
		}
	}
	covered := 0
	for _, s := range a.Sentences {
		if s.Start < covered || s.End > len(a.Text) || s.Start > s.End {
			continue
		}
		lines(covered, s.Start)
		out = append(out, [2]int{s.Start, s.End})
		covered = s.End
	}
	lines(covered, len(a.Text))
	slices.SortFunc(out, func(x, y [2]int) int { return x[0] - y[0] })
	return out
}

// withModel returns the mentions after the tagger has decided: a name
// the rules found stays where the tagger tags the same words as a person
// or an organisation (with the tagger's kind); the tagger's other names
// are added, named after the fullest form the article gives them; names
// the tagger does not confirm, and every name it calls a place, go, and so
// does a person whose name cannot be one (notAPersonsName): a place of
// several words of the gazetteer ("Rio de Janeiro", and "Rio" named after
// it; first name, particle and surname read so, and few people are named
// like a city), or a name with a digit.
// Pronouns, roles and compound parts stay with the rules, but not for an
// actor that is gone or for a place. The places the tagger reads come back
// beside the mentions, in text order.
func (f *finder) withModel(ms []Mention, tg *ner.Tagger) ([]Mention, []model.Place) {
	text := f.text
	sc := &f.model
	sc.segments = appendSegments(sc.segments[:0], f.a)
	sc.hints = appendHints(sc.hints[:0], ms)
	spans := tg.DocumentOnLayer(sc.tagged, text, f.doc.Tokens, sc.segments, sc.hints)
	defer func() { sc.tagged = spans[:0] }()
	sc.spans.titledOnce(text, spans)
	kindsByForm(text, spans)
	spans = namesAfterBodies(text, spans)
	sc.spans.genericNouns(text, spans)
	describedInLowerCase(text, spans)
	sc.spans.functionWords(text, spans)
	verbsInside(text, spans)
	articleBeforeAcronym(text, spans)
	nounAfterName(text, spans)
	objectAfterName(text, spans)
	titlesInNames(text, spans)
	relationBeforeName(text, spans)
	spans = sc.spans.twoSurnames(text, spans)
	sc.spans.genitivesOfNames(text, spans)
	headedPlaces(text, spans)
	townAdjectivesBeforeNouns(text, spans)
	f.datelinePlaces(spans)
	f.subjectsAfterDatelines(spans)
	spans = longFormsBeforeBrackets(text, spans)
	roadsAsPlaces(text, spans)
	personsAfterIn(text, spans)
	betweenPairs(text, spans)
	spans = affiliatedPersons(text, spans)
	spans = particleNames(text, spans)
	initialStops(text, spans)
	spans = f.placeBodies(spans)
	f.cuedCompanies(spans)
	spans = f.companiesAfterHeads(spans)
	spans = f.namesOpeningSentences(spans)
	f.pluralNounsOpening(spans)
	initials := f.initialNames(spans)
	sc.spans.personsBeforeNouns(text, spans)
	spans = f.surnamesAfterRoles(spans)
	spans, demonyms := f.demonymsOfClubs(spans)
	f.adjectivesOfOrgs(ms, spans)
	// The tagger's spans are in text order and do not overlap: a rule
	// mention finds its span by a binary search.
	at := func(start, end int) int {
		i, ok := spanStarting(spans, start)
		if ok && spans[i].End == end {
			return i
		}
		return -1
	}
	kindOf := func(k ner.Kind) (model.ActorKind, bool) {
		switch k {
		case ner.PER:
			return model.Person, true
		case ner.ORG:
			return model.Organization, true
		}
		return "", false
	}
	out := slices.Grow(f.modelOut[:0], len(ms)+len(spans)) // see keep
	defer func() { f.modelOut = out }()
	kept := make([]bool, len(spans))
	sc.init()
	f.seatedOrgs(ms, spans)
	ruleName := sc.ruleName // written form → the rules' canonical name
	sc.spans.shortFormsOfOrgs(text, spans, ruleName)
	shortFormsOfClubs(text, spans, ruleName)
	for w, long := range demonyms {
		ruleName[writtenName{model.Organization, w}] = long
	}
	names := sc.names
	defined := bracketedAcronyms(text, spans)
	for _, m := range ms {
		if !m.Entity() {
			continue
		}
		if m.Name != "" {
			ruleName[writtenName{m.Kind, text[m.Start:m.End]}] = m.Name
		}
		i := at(m.Start, m.End)
		if kind, ok := kindOf(spanKind(spans, i)); ok && !kept[i] {
			m.Kind = kind
			kept[i] = true
		} else if i >= 0 && !kept[i] && spans[i].Kind == ner.LOC && m.Kind == model.Organization && f.partOrgs[m.Name] && Gazetteer(text[m.Start:m.End])&uint32(place) == 0 {
			// "Der Korvani-Chef … Korvani hat": a compound with an
			// organisation's part says what the tagger read as a place
			// no gazetteer knows is the company
			spans[i].Kind = ner.ORG
			kept[i] = true
		} else if i >= 0 || !(m.Kind == model.Organization && (f.headedOrg(m) || defined[text[m.Start:m.End]] || f.partOrgs[m.Name]) && !overlapsAny(spans, m)) {
			continue
		}
		if m.Kind == model.Person && notAPersonsName(m.Name) {
			continue
		}
		m.Meta = m.Meta || m.Kind == model.Organization && (f.datelineAgency(m.Start, m.End) || siteCredit(text, m.Start, m.End))
		out = append(out, m)
	}
	nm := &sc.namer
	nm.reset(text, spans, ruleName, f.lex)
	for i := range out {
		// A name the rules left as written ("RKI", "Post") gets the
		// fuller form the article gives it.
		if m := &out[i]; m.Name == oneLine(text[m.Start:m.End]) {
			m.Name = nm.fuller(nm.withoutTownGenitive(m.Name, m.End, m.Kind), m.Kind)
		} else if m.Kind == model.Organization {
			m.Name = nominative(m.Name, f.lex) // a short form named after its long one ("des Deutschen Imkerbundes (DIB)")
		}
		names[out[i].Name] = true
	}
	places := sc.places
	var where []model.Place
	for i, sp := range spans {
		if sp.Kind == ner.LOC {
			places[text[sp.Start:sp.End]] = true
			where = append(where, model.Place{Start: sp.Start, End: sp.End})
		}
		kind, ok := kindOf(sp.Kind)
		if !ok || kept[i] {
			continue
		}
		if inWebAddress(text, sp) {
			continue
		}
		name := nm.name(sp, kind)
		if kind == model.Person && (notAPersonsName(name) || f.adverbialSpan(sp)) {
			continue
		}
		names[name] = true
		out = append(out, Mention{Start: sp.Start, End: sp.End, Kind: kind, Name: name, Meta: f.metaAt(sp.Start) || kind == model.Organization && (f.datelineAgency(sp.Start, sp.End) || siteCredit(text, sp.Start, sp.End))})
	}
	for _, c := range f.caps {
		// "die Nato", "der Chef der Opec": an acronym written as a word,
		// which the tagger, taught on few such names, reads as the common
		// noun the lexicon lists
		t := &f.toks[c]
		if t.meta || t.end-t.start > 8 || !f.wordAcronym(int(c)) {
			continue
		}
		m := Mention{Start: int(t.start), End: int(t.end), Kind: model.Organization, Name: f.w(int(c))}
		if !overlapsAny(spans, m) && !slices.ContainsFunc(out, func(o Mention) bool { return o.Start < m.End && m.Start < o.End }) {
			names[m.Name] = true
			out = append(out, m)
		}
	}
	for _, m := range initials {
		names[m.Name] = true
		out = append(out, m)
	}
	for _, m := range ms {
		switch {
		case m.Entity():
		case m.Part && (places[m.Name] || places[text[m.Start:m.End]]):
		case m.Implicit && m.Name != "" && !names[m.Name]:
		default:
			out = append(out, m)
		}
	}
	for k := range out {
		if m := &out[k]; m.Kind == model.Organization && !m.Part && !m.Implicit {
			if i, ok := f.wordStarting(int32(m.Start)); ok && i > 0 && f.joined(i) && f.orgCue(i-1) {
				m.Cued = true
			}
		}
	}
	sc.votes.agree([][]Mention{out})
	f.sorter.sort(out)
	return out, where
}

// wordAcronym reports whether a word in title case is an acronym written
// as a word, as German news writes many ("Nato", "Opec", "Unesco"): the
// text layer's lexicon has it only as a noun whose lemma is the word in
// capitals ("NATO") or the word itself, and inflects no such lemma
// ("Bund" is also "BUND", but "des Bundes" is the common noun's); the
// capital form is no acronym of the stop list ("Akw" stays a common
// noun), no place, and the word no common word. Common nouns made of
// initials are lemmas in title case there ("Lkw", "Pkw").
func (f *finder) wordAcronym(i int) bool {
	t := &f.toks[i]
	if !t.upper || t.allCaps || t.innerCap || t.hyphen {
		return false
	}
	w := f.w(i)
	if len(w) < 3 || len(w) > 8 || Gazetteer(w)&gazLexNounOnly == 0 { // (six letters, two of them umlauts, at most)
		return false
	}
	if n := utf8.RuneCountInString(w); n > 6 || f.commonWord(i) {
		return false
	}
	if yes, ok := wordAcronyms.lookup(w); ok {
		return yes
	}
	yes := isWordAcronym(w) && f.entries.lookup(f.lex, strings.ToUpper(w))&(notOrg|place|calendar|legalForm) == 0
	wordAcronyms.store(w, yes)
	return yes
}

// wordAcronyms holds wordAcronym's answers for recent words.
var wordAcronyms = newWordCache[bool](1 << 10)

// isWordAcronym is the lexicon's part of wordAcronym.
func isWordAcronym(w string) bool {
	up := strings.ToUpper(w)
	acronym := false
	for _, r := range text.Lookup(w) {
		switch {
		case r.Class != text.Noun:
			return false
		case r.Lemma == up:
			acronym = true
		case r.Lemma != w:
			return false
		}
	}
	if !acronym {
		return false
	}
	for _, e := range []string{"s", "es", "e", "en"} {
		for _, r := range text.Lookup(w + e) {
			if r.Lemma == w || r.Lemma == up {
				return false // "des Bundes"
			}
		}
	}
	return true
}

// inWebAddress reports whether the tagger's span is part of a web address
// or a file name, no name of anyone: a part of a link ("https://…/Linz",
// "www.…"), or a file name ("foto.jpg" of a page's image line
// "![…](https://…/foto.jpg)"). Not a name after a slash between names
// ("Latvala/Anttila").
func inWebAddress(text string, sp ner.Span) bool {
	from := strings.LastIndexAny(text[:sp.Start], " \t\n(<[") + 1
	if chunk := text[from:sp.Start]; strings.Contains(chunk, "://") || strings.HasPrefix(chunk, "www.") {
		return true
	}
	dot := strings.LastIndexByte(text[sp.Start:sp.End], '.')
	return dot >= 0 && fileExtensions[strings.ToLower(text[sp.Start+dot+1:sp.End])]
}

// fileExtensions are the endings of the file names pages link to.
var fileExtensions = map[string]bool{"jpg": true, "jpeg": true, "png": true, "gif": true, "webp": true, "svg": true,
	"pdf": true, "html": true, "htm": true, "php": true, "aspx": true, "mp3": true, "mp4": true}

// notAPersonsName reports whether a person's name, as the rules or the
// tagger read it, cannot be one: a place of several words of the gazetteer
// (see withModel), or a name with a digit (a year or a model number the
// tagger took in: "Tommy 1991 den Oscar", "Mi-17").
func notAPersonsName(w string) bool {
	w = oneLine(w)
	return hasDigit(w) || strings.Contains(w, " ") && Gazetteer(w)&uint32(place) != 0 || placeGenitive(w)
}

// hasDigit reports whether w holds an ASCII digit: strings.ContainsAny
// with the ten digits costs a search of the set for every byte of w.
func hasDigit(w string) bool {
	for i := 0; i < len(w); i++ {
		if '0' <= w[i] && w[i] <= '9' {
			return true
		}
	}
	return false
}

// placeGenitive reports one word that is the genitive of a country's or a
// region's name ("Serbiens", "Kasachstans", "Frankreichs"): after a role
// ("Präsident Serbiens") it reads like a surname, yet names a place.
func placeGenitive(w string) bool {
	stem, ok := strings.CutSuffix(w, "s")
	if !ok || strings.Contains(w, " ") {
		return false
	}
	for _, e := range []string{"ien", "stan"} {
		if strings.HasSuffix(stem, e) && len(stem) > len(e)+2 {
			return true
		}
	}
	return Gazetteer(stem)&uint32(place) != 0 // "Deutschlands", "Frankreichs"; not "Rolands"
}

// spanKind returns the kind of spans[i], None for i < 0.
func spanKind(spans []ner.Span, i int) ner.Kind {
	if i < 0 {
		return ner.None
	}
	return spans[i].Kind
}

// agreeKinds gives every mention of a name the kind most of its mentions
// outside metadata have: a drug maker is an organisation even where a
// sentence reads it like a person's name. A tie within an article changes
// nothing (a racing driver and the airline of his name); a tie between
// articles that each give the name one kind is one name read two ways,
// a person's when it starts with a first name (givenNameFirst), else an
// organisation's: the tagger reads products, papers and firms as people
// far more often than people as firms. It returns the votes, which
// number the names of the mentions outside metadata (kindVotes.at).
func agreeKinds(found [][]Mention) *kindVotes {
	kv := new(kindVotes)
	kv.agree(found)
	return kv
}

// kindVotes counts agreeKinds' votes; its tables are reused from call to
// call.
type kindVotes struct {
	index map[string]int32 // name → its votes
	votes []nameVotes
	at    []int32 // per counted mention, in order: its name's votes
}

// nameVotes are the votes of one name.
type nameVotes struct {
	n     [2]int   // persons, organisations
	last  [2]int32 // the article (counted from one) of the last vote of each kind
	mixed bool     // an article gives the name both kinds
	cued  bool     // a noun introduces the name as an organisation's (Mention.Cued)
}

// kind is the kind the votes give their name, false for a tie they leave
// as it is.
func (v nameVotes) kind(name string) (model.ActorKind, bool) {
	switch {
	case v.n[0] > v.n[1]:
		return model.Person, true
	case v.n[1] > v.n[0]:
		return model.Organization, true
	case v.cued:
		return model.Organization, true // a tie the noun that introduces it settles
	case v.n[0] == 0 || v.mixed:
		return "", false
	case givenNameFirst(name):
		return model.Person, true
	}
	return model.Organization, true
}

// agree is agreeKinds, counting in kv, which must be empty (new or
// reset). Each counted mention looks its name up once.
func (kv *kindVotes) agree(found [][]Mention) {
	if kv.index == nil {
		kv.index = map[string]int32{}
	}
	n := 0
	for _, ms := range found {
		n += len(ms)
	}
	kv.at = slices.Grow(kv.at, n)
	for ai, ms := range found {
		for i := range ms {
			m := &ms[i]
			if m.Name == "" || m.Meta {
				continue
			}
			v, ok := kv.index[m.Name]
			if !ok {
				v = int32(len(kv.votes))
				kv.index[m.Name] = v
				kv.votes = append(kv.votes, nameVotes{})
			}
			k := 0
			if m.Kind == model.Organization {
				k = 1
			}
			nv := &kv.votes[v]
			nv.n[k]++
			if m.Cued && k == 1 {
				nv.n[k]++ // a noun before it says what it is
				nv.cued = true
			}
			nv.last[k] = int32(ai + 1)
			if nv.last[1-k] == int32(ai+1) {
				nv.mixed = true
			}
			kv.at = append(kv.at, v)
		}
	}
	next := 0
	for _, ms := range found {
		for i := range ms {
			m := &ms[i]
			if m.Name == "" {
				continue // no votes
			}
			var v nameVotes
			if !m.Meta {
				v = kv.votes[kv.at[next]]
				next++
			} else if k, ok := kv.index[m.Name]; ok {
				v = kv.votes[k]
			}
			if kind, ok := v.kind(m.Name); ok {
				m.Kind = kind
			}
		}
	}
}

// reset empties the tables: their keys are views of an article.
func (kv *kindVotes) reset() {
	clear(kv.index)
	kv.votes, kv.at = kv.votes[:0], kv.at[:0]
}

// metaAt reports whether the word at byte offset off lies in metadata.
func (f *finder) metaAt(off int) bool {
	i, _ := slices.BinarySearchFunc(f.toks, off, func(t token, off int) int { return int(t.end) - off - 1 })
	return i < len(f.toks) && int(f.toks[i].start) <= off && f.toks[i].meta
}

// namer gives the tagger's names their canonical form within an article.
type namer struct {
	text      string
	lex       *lexicon // for the genders of organisation heads (nominative)
	ruleName  map[writtenName]string
	fullPER   map[string]nameTally // last word → the multi-word person names ending in it
	firstPER  map[string]nameTally // first word → the multi-word person names it begins
	perForms  map[string]bool      // every person name as written
	orgs      map[string]bool      // organisation names as written
	byInitial map[string]nameTally // "RKI" → the multi-word organisation names with those initials
	short     map[string]string    // "RKI" → "Robert Koch-Institut" from "Robert Koch-Institut (RKI)"
}

// A nameTally counts the distinct names filed under a word and keeps the
// first: a name is taken only when it is the one (a list per word cost
// an allocation per word and article).
type nameTally struct {
	first string
	n     int
}

// the returns the one name of the tally, if it holds exactly one.
func (t nameTally) the() (string, bool) { return t.first, t.n == 1 }

// fileName files a name not filed before under word in m.
func fileName(m map[string]nameTally, word, name string) {
	t := m[word]
	if t.n == 0 {
		t.first = name
	}
	t.n++
	m[word] = t
}

// A writtenName is a name of a kind as an article writes it.
type writtenName struct {
	kind model.ActorKind
	form string
}

// modelScratch holds the tables withModel fills for one article, kept
// with a pooled finder for the next: made anew per article, they cost
// more than the work they serve. release empties them.
type modelScratch struct {
	ruleName      map[writtenName]string
	names, places map[string]bool
	votes         kindVotes
	segments      [][2]int // the tagger's input, kept for the next article
	hints         []ner.Span
	tagged        []ner.Span // the tagger's output, which the rules change; read only here
	spans         spanTables
	namer         namer
}

func (sc *modelScratch) init() {
	if sc.ruleName == nil {
		sc.ruleName, sc.names, sc.places = map[writtenName]string{}, map[string]bool{}, map[string]bool{}
	}
}

// release empties the tables: their keys are views of the article.
func (sc *modelScratch) release() {
	clear(sc.ruleName)
	clear(sc.names)
	clear(sc.places)
	sc.votes.reset()
	sc.namer.release()
}

func newNamer(text string, spans []ner.Span, ruleName map[writtenName]string, lx *lexicon) *namer {
	n := new(namer)
	n.reset(text, spans, ruleName, lx)
	return n
}

// reset makes n the namer of an article's tagged spans, reusing its
// tables, which must be empty (new or released).
func (n *namer) reset(text string, spans []ner.Span, ruleName map[writtenName]string, lx *lexicon) {
	n.text, n.ruleName, n.lex = text, ruleName, lx
	if n.fullPER == nil {
		n.fullPER, n.firstPER, n.byInitial = map[string]nameTally{}, map[string]nameTally{}, map[string]nameTally{}
		n.perForms, n.orgs, n.short = map[string]bool{}, map[string]bool{}, map[string]string{}
	}
	for i, sp := range spans {
		w := oneLine(text[sp.Start:sp.End])
		switch sp.Kind {
		case ner.PER:
			// A name seen before is filed already.
			if !n.perForms[w] {
				n.perForms[w] = true
				if j := strings.LastIndexByte(w, ' '); j > 0 {
					fileName(n.fullPER, w[j+1:], w)
					fileName(n.firstPER, w[:strings.IndexByte(w, ' ')], w)
				}
			}
		case ner.ORG:
			if !n.orgs[w] {
				n.orgs[w] = true
				if hasBlankOrHyphen(w) {
					if in := initials(w); len(in) >= 2 {
						fileName(n.byInitial, in, w)
					}
				}
			}
			// A short form in brackets right after the long one.
			if i+1 < len(spans) && spans[i+1].Kind == ner.ORG && strings.TrimSpace(text[sp.End:spans[i+1].Start]) == "(" &&
				strings.HasPrefix(text[spans[i+1].End:], ")") {
				n.short[text[spans[i+1].Start:spans[i+1].End]] = w
			}
		}
	}
}

func (n *namer) release() {
	n.text, n.ruleName, n.lex = "", nil, nil
	for _, m := range []map[string]nameTally{n.fullPER, n.firstPER, n.byInitial} {
		clear(m)
	}
	clear(n.perForms)
	clear(n.orgs)
	clear(n.short)
}

// oneLine joins a name written across a line break.
func oneLine(s string) string {
	if !brokenName(s) {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// brokenName reports whether a name holds a line break, a tab or two
// blanks in a row: whether oneLine changes it.
func brokenName(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\n', '\t':
			return true
		case ' ':
			if i+1 < len(s) && s[i+1] == ' ' {
				return true
			}
		}
	}
	return false
}

// hasBlankOrHyphen reports whether w holds a blank or a hyphen: whether
// it is more than one word or part.
func hasBlankOrHyphen(w string) bool { return lastBlankOrHyphen(w) >= 0 }

// lastBlankOrHyphen returns the index of the last blank or hyphen of w,
// or -1.
func lastBlankOrHyphen(w string) int {
	for i := len(w) - 1; i >= 0; i-- {
		if w[i] == ' ' || w[i] == '-' {
			return i
		}
	}
	return -1
}

// name returns the canonical name of the tagger's span: the rules' name
// for the same words, else the fullest form of the article.
func (n *namer) name(sp ner.Span, kind model.ActorKind) string {
	w := oneLine(n.text[sp.Start:sp.End])
	if r, ok := n.ruleName[writtenName{kind, w}]; ok && r != w {
		return r
	}
	return n.fuller(n.withoutTownGenitive(w, sp.End, kind), kind)
}

// withoutTownGenitive returns an organisation's name w of several words,
// written up to byte end, whose last word is a town's or a country's
// genitive before a capitalised word, with that word in the nominative:
// the name in the genitive before the noun it owns ("Eintracht Frankfurts
// Vorstand": "Eintracht Frankfurt"). Other names, and this one where no
// noun follows ("von Orbit Enterprises im Vorjahr"), stay as written.
func (n *namer) withoutTownGenitive(w string, end int, kind model.ActorKind) string {
	if kind != model.Organization || !strings.HasSuffix(w, "s") {
		return w
	}
	sp := strings.LastIndexByte(w, ' ')
	if sp < 0 || !placeGenitive(w[sp+1:]) || end+1 >= len(n.text) || n.text[end] != ' ' {
		return w
	}
	if r, _ := utf8.DecodeRuneInString(n.text[end+1:]); !unicode.IsUpper(r) {
		return w
	}
	return w[:len(w)-1]
}

// fuller returns the fullest form the article gives a name written w;
// an organisation's in the nominative ("des Europäischen Gerichtshofs":
// "Europäischer Gerichtshof").
func (n *namer) fuller(w string, kind model.ActorKind) string {
	if kind == model.Person {
		base := w
		if b, ok := genitiveBase(w); ok && (n.perForms[b] || n.fullPER[b].n > 0) {
			base = b
		}
		if !strings.Contains(base, " ") {
			full := n.fullPER[base]
			if name, ok := full.the(); ok {
				return name // the surname alone
			}
			if name, ok := n.firstPER[base].the(); ok && full.n == 0 {
				return name // the first name alone, of the one person of that name
			}
		}
		return base
	}
	if long, ok := n.short[w]; ok {
		w = long
	} else if long, ok := n.byInitial[w].the(); ok && isAcronym(w) {
		w = long // "RKI" in an article that writes "Robert Koch-Institut"
	} else if b, ok := genitiveBase(w); ok && n.orgs[b] {
		w = b
	}
	return nominative(w, n.lex)
}

// genitiveBase returns a name without its genitive ending: "Trumps",
// "Bezos'", "Bezos’".
func genitiveBase(w string) (string, bool) {
	// The endings end in different bytes: the last byte says which one
	// to cut, if any.
	var b string
	switch {
	case w == "":
		return w, false
	case w[len(w)-1] == '\'' || w[len(w)-1] == 's':
		b = w[:len(w)-1]
	case strings.HasSuffix(w, "’"):
		b = w[:len(w)-len("’")]
	default:
		return w, false
	}
	// two runes or more (five bytes are two runes at least)
	if len(b) >= 5 || utf8.RuneCountInString(b) >= 2 {
		return b, true
	}
	return w, false
}

// initials returns the capitals that begin the words and hyphenated parts
// of a name ("Robert Koch-Institut" → "RKI"), "" if a part begins in
// lower case (as "für" does: "Bundesamt für …" is no "BfX" here).
func initials(name string) string {
	var buf [32]byte
	b := buf[:0]
	// The parts are the runs between blanks and hyphens, read in place.
	for i := 0; i < len(name); {
		if name[i] == ' ' || name[i] == '-' {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(name[i:])
		if !unicode.IsUpper(r) {
			return ""
		}
		b = utf8.AppendRune(b, r)
		for i += n; i < len(name) && name[i] != ' ' && name[i] != '-'; i++ {
		}
	}
	return string(b)
}

// headedOrg reports whether an organisation the rules found ends in a
// word that makes it one ("US-Finanzministerium", "Ministerium für
// Regierungseffizienz", "Department of Government Efficiency") or is a
// company of the gazetteer in the genitive ("Amazons") or as a compound
// that names it whole ("Lufthansa-Konzern"): the rules are
// sure of these, and the tagger, which has seen few of them, keeps them
// where it tags none of their words.
func (f *finder) headedOrg(m Mention) bool {
	w := f.text[m.Start:m.End]
	for _, part := range strings.FieldsFunc(w, func(r rune) bool { return r == ' ' || r == '-' }) {
		if gazetteerOrBase(part)&(gazOrgHead|uint32(orgHead)|uint32(ofHead)) != 0 {
			return true
		}
	}
	if first, rest, ok := strings.Cut(w, "-"); ok && !strings.ContainsAny(rest, " -") && f.lex.wholeParts.has(rest) {
		// "der Lufthansa-Konzern": a company of the gazetteer and a
		// compound's end that makes it the company itself
		g := Gazetteer(first)
		return g&uint32(company) != 0 && g&uint32(companyWeak) == 0
	}
	b, ok := genitiveBase(w)
	if !ok || hasBlankOrHyphen(w) {
		return false
	}
	g := Gazetteer(b)
	return g&uint32(company) != 0 && g&uint32(companyWeak) == 0
}

// gazetteerOrBase returns the Gazetteer classes of w and, for a word in
// the genitive, of its base ("Amazons": "Amazon"), each looked up once.
func gazetteerOrBase(w string) uint32 {
	g := Gazetteer(w)
	if base, ok := genitiveBase(w); ok {
		g |= Gazetteer(base)
	}
	return g
}

// overlapsAny reports whether the tagger tagged any of m's words. The
// spans are in text order and do not overlap, so their ends are in order
// too.
func overlapsAny(spans []ner.Span, m Mention) bool { return overlapping(spans, m) >= 0 }

// overlapping returns the index of the first of spans (in text order, not
// overlapping) that overlaps m, or -1.
func overlapping(spans []ner.Span, m Mention) int {
	i, _ := slices.BinarySearchFunc(spans, m.Start, func(sp ner.Span, start int) int { return cmp.Compare(sp.End, start+1) })
	if i < len(spans) && spans[i].Start < m.End {
		return i
	}
	return -1
}

// spanTables are the tables that the corrections of the tagger's spans
// fill for one article, kept empty for the next.
type spanTables struct {
	count    map[string]int      // titledOnce's
	people   map[string]bool     // personsBeforeNouns'
	orgFirst map[string]string   // shortFormsOfOrgs'
	kinds    map[string]ner.Kind // genitivesOfNames'
	openers  map[string]ner.Kind // namesOpeningSentences'
	surnames map[string]bool     // genericNouns' and functionWords' (surnamesOf)
	named    map[string][]string // twoSurnames'
	firstAt  map[string]int      // twoSurnames'
}

// titledOnce retags as a title (OTH) each person or organisation that
// fills a quotation on its own and is named nowhere else in the article
// („Llama AI“, „Jeff Bozo“), as GermEval marks the titles of works and
// products; a known medium or company („Corriere della Sera“) stays.
func (t *spanTables) titledOnce(text string, spans []ner.Span) {
	var count map[string]int // counted when a name first fills a quotation: most articles have none
	for i, sp := range spans {
		if sp.Kind != ner.PER && sp.Kind != ner.ORG || !quoted(text, sp) {
			continue
		}
		if count == nil {
			if t.count == nil {
				t.count = make(map[string]int, len(spans))
			}
			count = t.count
			defer clear(count) // its keys are views of the article
			for _, sp := range spans {
				count[text[sp.Start:sp.End]]++
			}
		}
		if count[text[sp.Start:sp.End]] > 1 {
			continue
		}
		first, _, _ := strings.Cut(text[sp.Start:sp.End], " ")
		if Gazetteer(first)&uint32(instFirst|company) == 0 {
			spans[i].Kind = ner.OTH
		}
	}
}

// quoted reports whether the span is all a quotation holds.
func quoted(text string, sp ner.Span) bool {
	open, _ := utf8.DecodeLastRuneInString(text[:sp.Start])
	closing, _ := utf8.DecodeRuneInString(text[sp.End:])
	switch open {
	case '"', '„', '“', '»', '«', '‚':
		return strings.ContainsRune("\"“”«»‘", closing)
	}
	return false
}

// kindsByForm corrects what the form of a name tells better than its
// context: a role word before it is no part of it, and a role is a
// person's ("Fraktionsvize Post"); a name whose last word is an
// organisation's head or legal form is an organisation ("Robert
// Koch-Institut", "Kärcher GmbH"), and so is one of several words whose
// last is an acronym ("Hertha BSC": no surname is written in capitals,
// a Roman numeral is no acronym: "Ludwig II", nor a name written all in
// capitals: "JULIA MEIER"); a first name and a
// surname, nothing else, are a person ("Florian Post").
func kindsByForm(text string, spans []ner.Span) {
	for i, sp := range spans {
		if sp.Kind != ner.PER && sp.Kind != ner.ORG {
			continue
		}
		w := text[sp.Start:sp.End]
		first, rest, multi := strings.Cut(w, " ")
		if multi && Gazetteer(first)&gazRole != 0 && isUpperRune(firstRune(rest)) {
			spans[i].Start += len(first) + 1
			spans[i].Kind = ner.PER
			continue
		}
		head := w[lastBlankOrHyphen(w)+1:]
		orgLike := uint32(gazOrgHead | orgHead | legalForm)
		switch {
		case gazetteerOrBase(head)&orgLike != 0:
			spans[i].Kind = ner.ORG
		case multi && isAcronym(head) && !romanNumeral(head) && hasLower(first):
			spans[i].Kind = ner.ORG
		case sp.Kind == ner.ORG && multi && strings.Count(w, " ") == 1 && !strings.Contains(w, "-"):
			if g := Gazetteer(first); g&uint32(firstName) != 0 && g&uint32(firstNoun|place|common) == 0 && isUpperRune(firstRune(rest)) {
				spans[i].Kind = ner.PER
			}
		}
	}
}

// genericNouns drops a name of one word that the lexicon knows as a
// common noun when an article and a lower-case adjective stand before it
// ("die neue Allianz", "die alten Dinge": a company or a person named
// after a noun is rarely written that way, the noun often is), and one
// right after a number ("2 Bill. Dollar"). A person of one such word who
// is on no name list is kept only if the article also names a person in
// full with it: news introduces people by their full name, and a bare
// noun the tagger read as a surname ("habe Dimensionen angenommen") has
// no full name to lean on.
func (t *spanTables) genericNouns(text string, spans []ner.Span) {
	var surnames map[string]bool // gathered when a person of one noun first asks
	for i, sp := range spans {
		w := text[sp.Start:sp.End]
		if sp.Kind != ner.PER && sp.Kind != ner.ORG || hasBlankOrHyphen(w) {
			continue
		}
		if afterNumber(text, sp.Start) {
			spans[i].Kind = ner.None
			continue
		}
		g := Gazetteer(w)
		if g&uint32(firstName|nameToken) != 0 {
			continue
		}
		if g&gazLexNoun == 0 {
			// a person of one word the lexicon lacks: a compound of its
			// nouns, unless named in full (asked last: most such words
			// are names, "Trump", named in full elsewhere)
			if sp.Kind != ner.PER || g&gazLexUnknown == 0 {
				continue
			}
			if surnames == nil {
				surnames = t.surnamesOf(text, spans)
				defer clear(surnames) // its keys are views of the article
			}
			if surnames[w] || !compoundNoun(w) {
				continue
			}
		}
		if afterArticleAndAdjective(text, sp.Start) && !(sp.Kind == ner.ORG && upperAlready(w)) {
			// (an acronym the lexicon lists as a noun names one body
			// after an adjective too: "der deutsche BND", "die
			// bayerische CSU")
			spans[i].Kind = ner.None
			continue
		}
		if sp.Kind == ner.PER {
			if surnames == nil {
				surnames = t.surnamesOf(text, spans)
				defer clear(surnames) // its keys are views of the article
			}
			if !surnames[w] {
				spans[i].Kind = ner.None
			}
		}
	}
}

// describedInLowerCase drops an organisation of an adjective and a noun
// that introduces names ("Französische Bank", OrgNoun) that the article
// also writes with the adjective in lower case ("die zweitgrößte
// französische Bank, Velmark"): a headline's capitals made a description
// look like a name. A name keeps its capital wherever it stands
// ("Deutsche Bank"), so writing it otherwise once is telling. (A body
// with no name of its own, "die syrische Armee", is known by its
// description; its noun introduces no names.)
func describedInLowerCase(doc string, spans []ner.Span) {
	for i, sp := range spans {
		if sp.Kind != ner.ORG {
			continue
		}
		adj, noun, ok := strings.Cut(doc[sp.Start:sp.End], " ")
		if !ok || hasBlankOrHyphen(noun) || !isUpperRune(firstRune(adj)) || !isUpperRune(firstRune(noun)) || !OrgNoun(noun) {
			continue
		}
		if stem, _, ok := text.AdjectiveEnding(adj); ok && writtenInLowerCase(doc, strings.ToLower(stem), noun) {
			spans[i].Kind = ner.None
		}
	}
}

// writtenInLowerCase reports whether text has noun as a word right after
// a word that is an adjective's lower-case stem with an ending
// ("französische", "französischen" for "französisch").
func writtenInLowerCase(text, stem, noun string) bool {
	if len(stem) < 3 {
		return false
	}
	for from := 0; ; {
		k := strings.Index(text[from:], noun)
		if k < 0 {
			return false
		}
		at := from + k
		from = at + len(noun)
		if at == 0 || text[at-1] != ' ' {
			continue
		}
		at-- // the blank before the noun
		if from < len(text) && isWordByte(text[from]) {
			continue // "Bankenaufsicht" is not "Bank"
		}
		words, n := lastFields(text[max(0, at-48):at])
		if n > 0 && strings.HasPrefix(words[0], stem) && len(words[0]) <= len(stem)+3 {
			return true
		}
	}
}

// compoundNoun reports a word the lexicon lacks that is two of its nouns
// joined, or a verb's stem and a noun ("Leitzins") ("Autobauer",
// "Aktenfälschung", also with a linking "s",
// "Handlungsvollmacht", or a dropped "e", "Grenzzaun"): a common noun
// written as German writes compounds, not a name.
func compoundNoun(w string) bool {
	if yes, ok := compoundCache.lookup(w); ok {
		return yes
	}
	yes := isCompoundNoun(w)
	compoundCache.store(w, yes)
	return yes
}

// CompoundNoun reports a word the lexicon lacks that is two of its nouns
// joined, as German writes compounds ("Energietechnik", "Autobauer"): a
// common noun, not a name.
func CompoundNoun(w string) bool { return compoundNoun(w) }

// compoundCache holds compoundNoun's answers for recent words: the same
// names ("Trump") ask in article after article.
var compoundCache = newWordCache[bool](1 << 12)

// isCompoundNoun is compoundNoun without the cache.
func isCompoundNoun(w string) bool {
	lw := text.Lower(w) // once: text.Classes lower-cases a capitalised form on every call
	isNoun := func(s string) bool { c, _ := text.Classes(s); return c&text.Noun != 0 }
	isVerb := func(s string) bool { _, v := text.Classes(s); return v&text.Infinitive != 0 }
	for k := 3; k <= len(lw)-4; k++ {
		if !utf8.RuneStart(lw[k]) || !isNoun(lw[k:]) {
			continue
		}
		// a noun, a noun with its linking "s" or "e", or a verb's stem
		// ("Leitzins", "Fahrplan") before the head (not "-mann", which
		// ends surnames: "Hörmann")
		if mod := lw[:k]; isNoun(mod) || strings.HasSuffix(mod, "s") && len(mod) > 4 && isNoun(mod[:len(mod)-1]) || isNoun(mod+"e") || isVerb(mod+"en") && lw[k:] != "mann" {
			return true
		}
	}
	return false
}

// functionWords drops a name of one word that is a common word with no
// noun reading in the lexicon and on no name list ("Jeder", "Niemand",
// "Kein" opening a sentence or a quotation): a pronoun or an adverb the
// tagger read as a name for its capital. A person the article also names
// in full with it stays ("Weil" after "Stephan Weil"), and so does a
// word in capitals ("X"), which is no function word.
func (t *spanTables) functionWords(text string, spans []ner.Span) {
	var surnames map[string]bool // gathered when such a word first asks
	for i, sp := range spans {
		w := text[sp.Start:sp.End]
		if sp.Kind != ner.PER && sp.Kind != ner.ORG || hasBlankOrHyphen(w) || upperAlready(w) {
			continue
		}
		if g := Gazetteer(w); g&uint32(common) == 0 || g&(gazLexNoun|uint32(firstName|nameToken|company)) != 0 {
			continue
		}
		if surnames == nil {
			surnames = t.surnamesOf(text, spans)
			defer clear(surnames) // its keys are views of the article
		}
		if !surnames[w] {
			spans[i].Kind = ner.None
		}
	}
}

// verbsInside ends a person's or an organisation's span before a
// lower-case word inside it that can only be a finite verb: "Die
// Europäische Kommission hat Deutschland verklagt" names the commission,
// not "Europäische Kommission hat Deutschland". Lower-case words inside
// names are particles and connectors ("von", "für", "de", the "bin" of
// "Mohammed bin Salman"), never verbs.
func verbsInside(text string, spans []ner.Span) {
	for i, sp := range spans {
		if sp.Kind != ner.PER && sp.Kind != ner.ORG {
			continue
		}
		w := text[sp.Start:sp.End]
		for at := strings.IndexByte(w, ' '); at >= 0; {
			rest := w[at+1:]
			word, _, _ := strings.Cut(rest, " ")
			if r, _ := utf8.DecodeRuneInString(word); unicode.IsLower(r) && !particleAsWritten(word) && finiteOnly(word) {
				spans[i].End = sp.Start + at
				break
			}
			next := strings.IndexByte(rest, ' ')
			if next < 0 {
				break
			}
			at += 1 + next
		}
	}
}

// finiteOnly reports whether the text layer's lexicon knows a lower-case
// word as a finite verb and as nothing else.
func finiteOnly(w string) bool {
	c, v := text.Classes(w)
	return c == text.Verb && v&text.Finite != 0
}

// articleBeforeAcronym leaves out of an organisation's span the article
// that opens a sentence before an acronym ("Der SCR Altach hat …") or
// before a name of two words or more ("Die Bank Austria streicht …",
// "Die Wiener Linien erhöhen …"): the tagger takes it in for its
// capital; a paper's name keeps its article ("Der Spiegel", "Die
// Presse"), a single word that no acronym is.
func articleBeforeAcronym(text string, spans []ner.Span) {
	for i, sp := range spans {
		if sp.Kind != ner.ORG {
			continue
		}
		w := text[sp.Start:sp.End]
		art, rest, ok := strings.Cut(w, " ")
		if !ok || art != "Der" && art != "Die" && art != "Das" {
			continue
		}
		next, more, _ := strings.Cut(rest, " ")
		if len(next) >= 2 && strings.ToUpper(next) == next && strings.ToLower(next) != next || more != "" {
			spans[i].Start += len(art) + 1
		}
	}
}

// nounAfterName leaves out of an organisation's span of two words right
// after a finite verb (and its subject's article) a common noun in an
// inflected form ("Gestern präsentierte Siemens Zahlen", "legte der
// ORF Pläne vor"): a verb before its subject and a bare plural object
// put a name and a noun side by side, which the tagger may read as one
// name. Elsewhere such a noun is the name's own ("der Autobauer General
// Motors", "die Panama Papers"); so it is after a first word declined
// like an adjective ("Wiener Linien"); a plural in "-s" is as often an
// English name's ("die Sacramento Kings"), and a noun that is its lemma
// ("Porsche Holding") is none of these.
func nounAfterName(text string, spans []ner.Span) {
	for i, sp := range spans {
		if sp.Kind != ner.ORG && sp.Kind != ner.PER {
			continue // (a person too: "hatte Trump Zölle eingeführt")
		}
		first, last, ok := strings.Cut(text[sp.Start:sp.End], " ")
		if !ok || hasBlankOrHyphen(last) || strings.HasSuffix(last, "s") || adjectiveLike(first) || !afterFiniteVerb(text, sp.Start) || !inflectedNoun(last) {
			continue
		}
		spans[i].End = sp.Start + len(first)
	}
}

// objectAfterName leaves out of an organisation's span a last word that
// is a common noun standing after a whole name: the object of the finite
// verb before it ("hat Velmark Nachholbedarf", "verbot Borax Frauen") or
// a bare noun before the participle that ends its clause ("beim
// Amtsgericht Borax Insolvenz angemeldet"), which the tagger may read as
// the name's end. After a verb the rest is a whole name when the article
// names it without the noun too or it ends on a place; before a
// participle, when it is a body's noun and a place. A noun that heads
// names ("Zeitung", "Holding", "Bank"), a name's own word, a noun after
// an adjective ("Deutsche Post", "Wiener Linien") and a name the article
// writes more than once with the noun stay.
func objectAfterName(s string, spans []ner.Span) {
	for i, sp := range spans {
		if sp.Kind != ner.ORG {
			continue
		}
		w := s[sp.Start:sp.End]
		k := strings.LastIndexByte(w, ' ')
		if k <= 0 {
			continue
		}
		rest, last := w[:k], w[k+1:]
		if !bareCommonNoun(last) {
			continue
		}
		before := rest[strings.LastIndexByte(rest, ' ')+1:]
		if Gazetteer(before)&gazLexAdj != 0 || cityAdjective(before) || strings.HasSuffix(before, "er") && Gazetteer(before)&uint32(company|companyWeak|nameToken) == 0 {
			continue
		}
		first, _, _ := strings.Cut(rest, " ")
		inPlace := Gazetteer(before)&uint32(place) != 0
		afterVerb := afterFiniteVerb(s, sp.Start)
		beforeParticiple := !afterVerb && inPlace && Gazetteer(first)&(gazOrgHead|gazOrgNoun) != 0 && participleAfter(s, sp.End)
		// a body named by its head alone ("Polizei", "Stadtwerke"), the
		// noun and the verb that ends the clause after it: "dass die
		// Polizei Verstärkung anfordert"
		beforeParticiple = beforeParticiple || !afterVerb && rest == first && Gazetteer(first)&gazOrgHead != 0 && verbEndsClauseAfter(s, sp.End)
		// (the article is searched last: most spans fail the tests above)
		if (afterVerb || beforeParticiple) && strings.Count(s, w) == 1 && (beforeParticiple || inPlace || namedAlone(s, rest, last)) {
			spans[i].End = sp.Start + len(rest)
		}
	}
}

// siteCredit reports an organisation's name that credits the site a page
// or a post comes from, as scraped news writes it: a web domain in lower
// case in brackets ("(velmark.de)"), or the name after the last " | "
// of a line with nothing but links after it ("… aufgerissen | Velmark
// Online"). Such a name tells where the text was read, not who did
// anything in it.
func siteCredit(text string, start, end int) bool {
	if w := text[start:end]; webDomain(w) && lowerAlready(w) && start > 0 && text[start-1] == '(' && end < len(text) && text[end] == ')' {
		return true // "(velmark.de)"; not a firm or a portal named by its domain ("Web.de", "Bild.de")
	}
	// (the bar is right before the name, so the text before is not
	// searched: many articles are one long line)
	b := start
	for b > 0 && text[b-1] == ' ' {
		b--
	}
	if b < 2 || text[b-1] != '|' || text[b-2] != ' ' {
		return false
	}
	lineEnd := strings.IndexByte(text[end:], '\n')
	if lineEnd < 0 {
		lineEnd = len(text) - end
	}
	for w := range strings.FieldsSeq(text[end : end+lineEnd]) {
		if !strings.HasPrefix(w, "http://") && !strings.HasPrefix(w, "https://") && !strings.HasPrefix(w, "#") {
			return false
		}
	}
	return true
}

// webDomain reports a word that is a web domain: parts of letters,
// digits and hyphens joined by dots, the last two to six lower-case
// letters ("velmark.de", "korvex.at").
func webDomain(w string) bool {
	k := strings.LastIndexByte(w, '.')
	if k <= 0 || len(w)-k-1 < 2 || len(w)-k-1 > 6 {
		return false
	}
	for i := k + 1; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	for i := 0; i < k; i++ {
		if c := w[i]; !(c == '.' || c == '-' || isWordByte(c)) {
			return false
		}
	}
	return w[0] != '.' && w[k-1] != '.'
}

// titlesInNames leaves out of a span a first or last word that is one of
// a chain of titles ("Prof. Dr. Hans Korvex", "in Borax Prof. Dr.
// …"): abbreviations written with their full stops that always stand
// before something, which the tagger may read as a name of its own or as
// the end of the one before. A span of nothing else is no name. One such
// abbreviation alone may be a name's own ("Thania St. John").
func titlesInNames(text string, spans []ner.Span) {
	for i := range spans {
		sp := &spans[i]
		if sp.Kind == ner.None || sp.End >= len(text) || text[sp.End] != '.' {
			continue
		}
		// (most spans before a full stop end a sentence: the cheap
		// tests of the words around come before the abbreviations' map)
		k := sp.End - sp.Start
		for k > 0 && text[sp.Start+k-1] != ' ' && text[sp.Start+k-1] != '\n' {
			k--
		}
		if !titleAfter(text, sp.End+1) && !titleBefore(text, sp.Start+k) || !sentence.IsPrefixAbbreviation(text[sp.Start+k:sp.End]) {
			continue
		}
		if k == 0 {
			sp.Kind = ner.None // "Dr" of "Prof. Dr. Hans Korvex"
			continue
		}
		sp.End = sp.Start + len(strings.TrimRight(text[sp.Start:sp.Start+k], " \n"))
	}
}

// titleAfter reports a prefix abbreviation with its full stop after the
// blanks at byte i ("Dr." after "Prof. ").
func titleAfter(text string, i int) bool {
	for i < len(text) && text[i] == ' ' {
		i++
	}
	j := bareWordEnd(text, i)
	return j > i && j < len(text) && text[j] == '.' && sentence.IsPrefixAbbreviation(text[i:j])
}

// bareWordEnd returns the end of the word that starts at byte i, over
// letters and digits but not over a hyphen (i itself if none starts
// there).
func bareWordEnd(text string, i int) int {
	for i < len(text) && inWord(text[i]) && text[i] != '-' {
		i++
	}
	return i
}

// titleBefore reports a prefix abbreviation with its full stop and a
// blank before byte i ("Prof. " before "Dr.").
func titleBefore(text string, i int) bool {
	if i < 3 || text[i-1] != ' ' || text[i-2] != '.' {
		return false
	}
	w, _ := wordEndingAt(text, i-2, false)
	return w != "" && sentence.IsPrefixAbbreviation(w)
}

// bareCommonNoun reports a capitalised word of four letters or more that
// the text layer's lexicon knows only as a common noun, or does not know
// but ends as only German abstract nouns do ("Insolvenz", which its
// dictionary lacks), and that is no name's word to the gazetteer: no
// first name, surname, company, place, and no noun that heads or
// introduces names.
func bareCommonNoun(w string) bool {
	if len(w) < 4 || !startsUpper(w) || upperAlready(w) || strings.ContainsAny(w, "-.") {
		return false
	}
	// (the gazetteer keeps the lexicon's classes of a word, and asks the
	// lexicon of a word once)
	g := Gazetteer(w)
	switch {
	case g&gazLexNoun != 0 && g&(gazLexVerb|gazLexAdj) == 0:
	case g&gazLexUnknown != 0:
		if !slices.ContainsFunc(abstractEndings, func(end string) bool { return strings.HasSuffix(w, end) }) {
			return false
		}
	default:
		return false
	}
	return g&uint32(firstName|firstNoun|nameToken|company|companyWeak|place|legalForm|orgHead|ofHead|eventHead|clubWord|instFirst) == 0 && !OrgNoun(w)
}

// abstractEndings end German abstract nouns and no names.
var abstractEndings = []string{"ung", "heit", "keit", "schaft", "enz", "ismus", "tät"}

// namedAlone reports whether s names rest, a name, somewhere not followed
// by the noun last: as a word of its own, not the start or end of
// another.
func namedAlone(s, rest, last string) bool {
	for from := 0; ; {
		k := strings.Index(s[from:], rest)
		if k < 0 {
			return false
		}
		start, end := from+k, from+k+len(rest)
		from = end
		if start > 0 && inWord(s[start-1]) || end < len(s) && inWord(s[end]) {
			continue
		}
		if end >= len(s) || s[end] != ' ' || !strings.HasPrefix(s[end+1:], last) {
			return true
		}
	}
}

// inWord reports a byte that continues a word: an ASCII letter or digit,
// a hyphen or any byte of a rune beyond ASCII.
func inWord(b byte) bool { return b >= utf8.RuneSelf || b == '-' || isWordByte(b) }

// participleAfter reports whether the word right after byte i is a
// lower-case past participle or infinitive that ends its clause: a
// comma, a stop or the end of the text follows it.
func participleAfter(s string, i int) bool {
	_, v := text.Classes(clauseEndAfter(s, i))
	return v&(text.PastParticiple|text.Infinitive) != 0
}

// verbEndsClauseAfter reports a verb, in any form, as the one word after
// byte i before a mark: the verb at the end of a clause ("… anfordert.",
// "… beantragt,").
func verbEndsClauseAfter(s string, i int) bool {
	c, _ := text.Classes(clauseEndAfter(s, i))
	return c&text.Verb != 0
}

// clauseEndAfter returns the lower-case word right after the blank at
// byte i when a mark or the end of the text follows it, or "".
func clauseEndAfter(s string, i int) string {
	if i >= len(s) || s[i] != ' ' {
		return ""
	}
	j := bareWordEnd(s, i+1)
	w := s[i+1 : j]
	if w == "" || !lowerAlready(w) || j < len(s) && !strings.ContainsRune(",.;:!?", rune(s[j])) {
		return ""
	}
	return w
}

// relationBeforeName leaves out of an organisation's span a first word
// that names its tie to another ("die Velmark-Mutter Korvex", "der
// Borax-Mutterkonzern Telmo"): a compound of a name and a relation
// (relationalModifiers) before the name itself, which the tagger may read
// as one name with it.
func relationBeforeName(text string, spans []ner.Span) {
	for i, sp := range spans {
		if sp.Kind != ner.ORG {
			continue
		}
		first, rest, ok := strings.Cut(text[sp.Start:sp.End], " ")
		if !ok || rest == "" {
			continue
		}
		k := strings.LastIndexByte(first, '-')
		if k <= 0 || !relationNoun(strings.ToLower(first[k+1:])) {
			continue
		}
		spans[i].Start = sp.Start + len(first) + 1
	}
}

// relationNoun reports the last part of a compound that names a company's
// tie to another: "Mutter", "Tochter", "Mutterkonzern", "Tochterfirma".
func relationNoun(w string) bool {
	for _, r := range relationalModifiers {
		if w == r || strings.HasPrefix(w, r) && (strings.HasSuffix(w, "konzern") || strings.HasSuffix(w, "firma") || strings.HasSuffix(w, "gesellschaft") || strings.HasSuffix(w, "unternehmen")) {
			return true
		}
	}
	return false
}

// afterFiniteVerb reports a word at start that a lower-case finite verb
// precedes, right before it or before an article: "veröffentlichte
// Siemens", "legte der ORF".
func afterFiniteVerb(s string, start int) bool {
	w := wordBefore(s, start)
	switch w {
	case "im", "am", "beim", "vom", "zum", "zur", "ins":
		return false // a preposition with its article: "werden im Velmark Center erwartet" names the verb's place, not its subject
	}
	if determiners[w] {
		w = wordBefore(s, start-len(w)-1)
	}
	return mayBeFinite(w)
}

// mayBeFinite reports a lower-case word that the text layer's lexicon
// knows as a finite verb, maybe among other readings.
func mayBeFinite(w string) bool {
	if w == "" || !lowerAlready(w) {
		return false
	}
	_, v := text.Classes(w)
	return v&text.Finite != 0
}

// inflectedNoun reports a capitalised word that the lexicon knows as a
// noun only in a form other than its lemma ("Zahlen" of "Zahl", "Pläne"
// of "Plan"), and that is no name. A verb's readings do not count, as the
// capital rules them out, nor does the noun an infinitive makes ("das
// Zahlen").
func inflectedNoun(w string) bool {
	if Gazetteer(w)&uint32(firstName|nameToken) != 0 {
		return false
	}
	_, v := text.Classes(strings.ToLower(w))
	noun := false
	for _, r := range text.Lookup(w) {
		if r.Class != text.Noun || r.Lemma == w && v&text.Infinitive != 0 {
			continue
		}
		if r.Lemma == w {
			return false
		}
		noun = true
	}
	return noun
}

// twoSurnames splits a person of two words, the first no first name,
// when each word is the surname of another person of the article, named
// by it alone or in full, and one of them is named in full or before the
// two words first stand together ("bezeichnete Altman Musk als" after
// "Elon Musk"): a verb before its subject and object puts two bare
// surnames side by side, which the tagger may read as one name. A name the
// article introduces with both words and then shortens to either ("Zacky
// Kolbe", later "Zacky" and "Kolbe") stays whole wherever it is written
// out.
func (t *spanTables) twoSurnames(text string, spans []ner.Span) []ner.Span {
	var named map[string][]string // a word → the people (of one word or more) it is the surname of
	var firstAt map[string]int    // a person as written → where the article first names it
	n := len(spans)
	for i, sp := range spans[:n] {
		self := text[sp.Start:sp.End]
		first, last, ok := strings.Cut(self, " ")
		if sp.Kind != ner.PER || !ok || hasBlankOrHyphen(last) || first == last || Gazetteer(first)&uint32(firstName) != 0 {
			continue
		}
		if named == nil {
			if t.named == nil {
				t.named, t.firstAt = map[string][]string{}, map[string]int{}
			}
			named, firstAt = t.named, t.firstAt
			defer clear(named) // their keys are views of the article
			defer clear(firstAt)
			for _, sp := range spans[:n] {
				if sp.Kind == ner.PER {
					w := text[sp.Start:sp.End]
					s := w[strings.LastIndexByte(w, ' ')+1:]
					if !slices.Contains(named[s], w) {
						named[s] = append(named[s], w)
						firstAt[w] = sp.Start
					}
				}
			}
		}
		other := func(w string, ok func(p string) bool) bool {
			return slices.ContainsFunc(named[w], func(p string) bool { return p != self && ok(p) })
		}
		anyone := func(string) bool { return true }
		// Another person named before the pair, or named in full.
		known := func(p string) bool { return firstAt[p] < firstAt[self] || strings.Contains(p, " ") }
		if !other(first, anyone) || !other(last, anyone) || !other(first, known) && !other(last, known) {
			continue
		}
		spans[i].End = sp.Start + len(first)
		spans = append(spans, ner.Span{Start: sp.End - len(last), End: sp.End, Kind: ner.PER})
	}
	if len(spans) > n {
		slices.SortFunc(spans, func(a, b ner.Span) int { return cmp.Compare(a.Start, b.Start) })
	}
	return spans
}

// surnamesOf returns the last words of the persons of more than one word
// (empty, not nil, when there are none) in t.surnames, which the caller
// empties when done.
func (t *spanTables) surnamesOf(text string, spans []ner.Span) map[string]bool {
	if t.surnames == nil {
		t.surnames = map[string]bool{}
	}
	for _, sp := range spans {
		if w := text[sp.Start:sp.End]; sp.Kind == ner.PER && strings.ContainsRune(w, ' ') {
			t.surnames[w[strings.LastIndexByte(w, ' ')+1:]] = true
		}
	}
	return t.surnames
}

// surnamesAfterRoles adds a person for a capitalised word that ends a
// phrase right after a role word, where the tagger found none or an
// organisation of that word ("Fraktionsvize Post sagte"): a surname that
// is also a noun or a company's name is what the tagger misses there. After an article the
// word must look like a name (on a name list or unknown to the lexicon):
// "gab der Sprecher Auskunft" has a noun there.
func (f *finder) surnamesAfterRoles(spans []ner.Span) []ner.Span {
	n := len(spans)
	for _, c := range f.caps {
		i := int(c)
		if i < 1 {
			continue
		}
		role, w := &f.toks[i-1], &f.toks[i]
		if !role.upper || !w.upper || w.gap != gapSpace || w.hyphen || w.allCaps || role.meta || w.meta {
			continue
		}
		if Gazetteer(f.text[role.start:role.end])&gazRole == 0 {
			continue
		}
		if i+1 < len(f.toks) && f.toks[i+1].gap == gapSpace && f.toks[i+1].upper {
			// the phrase goes on: "Konzernchef Tim Cook" is the tagger's,
			// unless it missed a name of foreign words
			if sp, ok := f.foreignNameAfterRole(i); ok && claimFromPlaces(spans[:n], sp.Start, sp.End) {
				spans = append(spans, sp)
			}
			continue
		}
		word := f.text[w.start:w.end]
		g := Gazetteer(word)
		if g&(gazRole|gazOrgNoun|uint32(place|calendar)) != 0 {
			continue
		}
		sp := ner.Span{Start: int(w.start), End: int(w.end), Kind: ner.PER}
		det := i >= 2 && role.gap == gapSpace && sentence.IsDeterminer(strings.ToLower(f.text[f.toks[i-2].start:f.toks[i-2].end]))
		if j := overlapping(spans[:n], Mention{Start: sp.Start, End: sp.End}); j >= 0 {
			// The tagger's organisation of that word alone, on no company
			// list, is the person the role names when no article stands
			// before the role: a firm after a role noun takes one ("der
			// Finanzinvestor …").
			if spans[j] == (ner.Span{Start: sp.Start, End: sp.End, Kind: ner.ORG}) && !det && g&uint32(company) == 0 {
				spans[j].Kind = ner.PER
			}
			continue
		}
		if det && g&uint32(firstName|nameToken) == 0 && g&gazLexUnknown == 0 {
			continue
		}
		spans = append(spans, sp)
	}
	if len(spans) > n {
		slices.SortFunc(spans, func(a, b ner.Span) int { return cmp.Compare(a.Start, b.Start) })
	}
	return spans
}

// spanStarting is wordStarting for the tagger's spans, which are in text
// order.
func spanStarting(spans []ner.Span, start int) (int, bool) {
	i := sort.Search(len(spans), func(i int) bool { return spans[i].Start >= start })
	return i, i < len(spans) && spans[i].Start == start
}

// cuedCompanies makes a person of the tagger's an organisation when a
// noun that introduces one stands right before it and the name's last
// word is on no name list and no German noun: "der Softwareanbieter
// Altair Engineering", "die Reederei Blue Ocean" (a first name before
// such a word names a company as often as a person; the noun says
// which). German surnames are often nouns ("die Partei unterstützte
// Klaus Fischer"), and a genitive names whose it is.
func (f *finder) cuedCompanies(spans []ner.Span) {
	for k := range spans {
		sp := &spans[k]
		if sp.Kind != ner.PER {
			continue
		}
		i, ok := f.wordStarting(int32(sp.Start))
		if !ok || i == 0 || !f.joined(i) || !f.toks[i-1].upper {
			continue
		}
		last := i
		for last+1 < len(f.toks) && int(f.toks[last+1].end) <= sp.End {
			last++
		}
		if last == i || f.e(last)&(firstName|nameToken) != 0 {
			continue
		}
		if c, _ := text.Classes(f.w(last)); c&text.Noun == 0 && f.orgCue(i-1) &&
			!(f.firstNameEntry(i)&firstName != 0 && strings.HasSuffix(f.w(last), "s")) { // not "die Partei Frank Stronachs", whose party it is
			sp.Kind = ner.ORG
		}
	}
}

// adjectivesOfOrgs gives back to an organisation the tagger names the
// adjectives the rules read as the opening of its name: "das Statistische
// Bundesamt", which the tagger, taught on few such names after "das",
// reads as "Bundesamt" alone. Only capitalised adjectives of names
// ("Statistische", "Deutsche") after an article are taken, and only
// where the tagger's span ends where the rules' does.
func (f *finder) adjectivesOfOrgs(ms []Mention, spans []ner.Span) {
	for _, m := range ms {
		if m.Kind != model.Organization || !m.Entity() {
			continue
		}
		k, ok := spanStarting(spans, m.Start)
		if ok || k >= len(spans) || spans[k].Kind != ner.ORG || spans[k].End != m.End || k > 0 && spans[k-1].End > m.Start {
			continue
		}
		i, ok := f.wordStarting(int32(m.Start))
		if !ok || i == 0 || !f.joined(i) || !articles[strings.ToLower(f.w(i-1))] {
			continue
		}
		for ; i < len(f.toks) && int(f.toks[i].start) < spans[k].Start; i++ {
			if _, _, adj := text.AdjectiveEnding(f.w(i)); !f.toks[i].upper || !adj || !f.lex.nameAdjectives.has(f.w(i)) {
				break
			}
		}
		if i < len(f.toks) && int(f.toks[i].start) == spans[k].Start {
			spans[k].Start = m.Start
		}
	}
}

// companiesAfterHeads adds the company the tagger left out that a
// company's noun introduces: "der Maschinenbauer Hollweg", "des
// Autobauers Brenner". The noun says what kind of name follows, which a
// word on no list of the lexicon, the gazetteer or first names does not.
// (The nouns are the stand-ins' heads, read after the rules: the
// tagger's training hints do not see them.)
func (f *finder) companiesAfterHeads(spans []ner.Span) []ner.Span {
	n := len(spans)
	for _, c := range f.caps {
		i := int(c)
		if i < 2 {
			continue
		}
		t, head := &f.toks[i], &f.toks[i-1]
		if !t.upper || t.allCaps || t.hyphen || t.meta || !head.upper || !f.joined(i) {
			continue
		}
		h, _, headed := standInHeadOf(f.w(i - 1))
		if i >= 3 && placeAdjective(f.w(i-2)) && f.joined(i-1) && f.joined(i-2) && articles[f.w(i-3)] && (headed && h.class == companyClass || f.orgCue(i-1)) {
			// "den Berliner Lieferdienst Flink": the tagger's name of all
			// three words is the company's after its town and its noun,
			// when the article names it without them too ("an Flink
			// beteiligt"; not "Tiroler Tageszeitung Online", a paper's
			// name, whose last word stands after its noun only)
			if j, ok := spanStarting(spans[:n], int(f.toks[i-2].start)); ok && spans[j].End == int(t.end) && spans[j].Kind == ner.ORG && f.namedWithoutHead(i) {
				spans[j].Start = int(t.start)
			}
			continue
		}
		if !headed || h.class != companyClass {
			continue // (a division is no head: its name is often a common noun, "Sparte Prozessindustrie")
		}
		if !f.joined(i-1) || !articles[f.w(i-2)] || pluralStandIn(f.w(i-2), f.w(i-1)) {
			continue // one company, named: "der Maschinenbauer X", not "bei beiden Unternehmen …"
		}
		if i+1 < len(f.toks) && f.joined(i+1) && f.toks[i+1].upper {
			continue // a name of several words is the tagger's to read
		}
		w := f.w(i)
		if g := Gazetteer(w); g&gazLexUnknown == 0 || g&(gazRole|gazOrgNoun|uint32(place|calendar|firstName|common)) != 0 || compoundNoun(w) || abstractNoun(w) {
			continue // (an abstract noun the lexicon lacks is the verb's: "meldete der Autohersteller Insolvenz an")
		}
		sp := ner.Span{Start: int(t.start), End: int(t.end), Kind: ner.ORG}
		if j := overlapping(spans[:n], Mention{Start: sp.Start, End: sp.End}); j >= 0 {
			switch {
			case spans[j].Start == sp.Start && spans[j].End == sp.End:
				// the tagger's person (a surname after a role), place (a
				// word on no list of places) or a name another correction
				// took back
				spans[j].Kind = ner.ORG
			case spans[j].Start == int(head.start) && spans[j].End == sp.End && spans[j].Kind == ner.ORG && f.namedWithoutHead(i):
				// "die Billigfluglinie Ryanair": the tagger's name of both
				// words is the company's after its noun, when the article
				// names it without it too (as "den Berliner Lieferdienst
				// Flink" above)
				spans[j].Start = sp.Start
			}
			continue
		}
		spans = append(spans, sp)
	}
	if len(spans) > n {
		slices.SortFunc(spans, func(a, b ner.Span) int { return cmp.Compare(a.Start, b.Start) })
	}
	return spans
}

// abstractNoun reports whether w ends as German abstract nouns do
// ("Insolvenz", "Sanierung", "Zahlungsunfähigkeit", "Fusion"), which
// company names hardly do.
func abstractNoun(w string) bool {
	for _, s := range []string{"ung", "heit", "keit", "schaft", "ismus", "tät", "ion", "enz"} {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// namedWithoutHead reports a capitalised word as word i that the article
// writes elsewhere without the noun before word i.
func (f *finder) namedWithoutHead(i int) bool {
	for _, c := range f.caps {
		if k := int(c); k != i && f.w(k) == f.w(i) && (k == 0 || f.w(k-1) != f.w(i-1)) {
			return true
		}
	}
	return false
}

// pluralNounsOpening drops a person of one word that opens a sentence,
// or follows its dateline, before a plural verb: "Hacker legen Website
// lahm", "Fischer protestieren in Brest" tell of many, whom a noun names,
// no one person of that surname (one person takes a verb in the
// singular; names that share a plural verb are coordinated, and the
// second does not open the sentence: "Merkel und Hollande treffen …").
func (f *finder) pluralNounsOpening(spans []ner.Span) {
	for k := range spans {
		sp := &spans[k]
		if sp.Kind != ner.PER || !plainWordAfter(f.text[sp.End:], "en") {
			continue // (the text after the name first: few names have a word in "-en" after them)
		}
		i, ok := f.wordStarting(int32(sp.Start))
		if !ok || int(f.toks[i].end) != sp.End || !f.toks[i].first && !f.afterDateline(i) || i+1 >= len(f.toks) || !f.joined(i+1) {
			continue
		}
		if v := f.w(i + 1); !mayBeFinite(v) || !strings.HasSuffix(v, "en") || datives(v) {
			continue // (a finite verb in "-en" is a plural's: "legen", "legten")
		}
		sp.Kind = ner.None
	}
}

// wordEnds are the bytes that end a word before punctuation or a blank.
var wordEnds = byteSetOf(" .,;:!?\n")

// indexIn returns the index of the first byte of s in set, or -1: what
// strings.IndexAny returns for a set of ASCII bytes, without making the
// set at every call.
func indexIn(s string, set *byteSet) int {
	for i := 0; i < len(s); i++ {
		if set.has(s[i]) {
			return i
		}
	}
	return -1
}

// plainWordAfter reports text that opens with a blank and a lower-case
// word ending in suffix: " legen Website lahm".
func plainWordAfter(text, suffix string) bool {
	rest, ok := strings.CutPrefix(text, " ")
	if r, _ := utf8.DecodeRuneInString(rest); !ok || !unicode.IsLower(r) {
		return false
	}
	if k := indexIn(rest, &wordEnds); k >= 0 {
		rest = rest[:k]
	}
	return strings.HasSuffix(rest, suffix)
}

// datives reports a verb form whose lemma takes the person first in the
// dative, the subject after it: "Huber fehlten zwei Sekunden", "Müller
// drohen zwei Jahre Haft".
func datives(v string) bool {
	for _, r := range text.Lookup(v) {
		if r.Class == text.Verb && dativeVerbs[r.Lemma] {
			return true
		}
	}
	return false
}

// dativeVerbs are verbs whose person stands in the dative.
var dativeVerbs = map[string]bool{
	"fehlen": true, "drohen": true, "gelingen": true, "gefallen": true, "gehören": true, "bleiben": true, "reichen": true,
	"winken": true, "stehen": true, "passieren": true, "schaden": true, "helfen": true, "genügen": true, "entgehen": true,
}

// namesOpeningSentences adds the name that opens a sentence, or follows
// its dateline, right before a finite verb ("Korvani hat 200 Stellen
// gestrichen", "Wien – Korvani steigt aus") when the tagger read the same
// word alone as a name elsewhere in the article, and gives it that kind.
// At a sentence's start a capital tells nothing, and the tagger leaves
// many such names out; a word the article never writes as a name stays
// out, as the adverbs the lexicon lacks ("Zudem hat …") open sentences the
// same way.
func (f *finder) namesOpeningSentences(spans []ner.Span) []ner.Span {
	src := f.text
	n := len(spans)
	var kinds map[string]ner.Kind
	for _, c := range f.caps {
		i := int(c)
		t := &f.toks[i]
		if !t.upper || t.allCaps || t.hyphen || t.meta || i+1 >= len(f.toks) || !f.joined(i+1) || f.toks[i+1].upper {
			continue
		}
		if !t.first && !f.afterDateline(i) {
			continue
		}
		if !mayBeFinite(f.w(i + 1)) {
			continue
		}
		if kinds == nil {
			sc := &f.model.spans
			if sc.openers == nil {
				sc.openers = map[string]ner.Kind{}
			}
			kinds = sc.openers
			defer clear(kinds) // its keys are views of the article
			for _, sp := range spans[:n] {
				if w := src[sp.Start:sp.End]; (sp.Kind == ner.PER || sp.Kind == ner.ORG) && strings.IndexByte(w, ' ') < 0 && strings.IndexByte(w, '\n') < 0 {
					if _, ok := kinds[w]; !ok {
						kinds[w] = sp.Kind
					}
				}
			}
		}
		sp := ner.Span{Start: int(t.start), End: int(t.end)}
		kind, ok := kinds[src[sp.Start:sp.End]]
		if !ok {
			continue
		}
		if j := overlapping(spans[:n], Mention{Start: sp.Start, End: sp.End}); j >= 0 {
			if spans[j].Start == sp.Start && spans[j].End == sp.End && spans[j].Kind == ner.LOC && f.e(i)&place == 0 {
				spans[j].Kind = kind // after a dateline the tagger reads a place of two
			}
			continue
		}
		sp.Kind = kind
		spans = append(spans, sp)
	}
	if len(spans) > n {
		slices.SortFunc(spans, func(a, b ner.Span) int { return cmp.Compare(a.Start, b.Start) })
	}
	return spans
}

// afterDateline reports whether word i follows a dateline: one to three
// words opening their block, maybe an agency in brackets, and a dash
// ("Graz – ", "Linz/Wien (APA) – ").
func (f *finder) afterDateline(i int) bool {
	if i == 0 || f.toks[i].gap != gapOther {
		return false
	}
	first := i - 1
	for first > 0 && i-first < 4 && f.toks[first].gap != gapBreak {
		first--
	}
	if first > 0 && f.toks[first].gap != gapBreak {
		return false
	}
	between := f.text[f.toks[i-1].end:f.toks[i].start]
	return strings.Contains(between, " – ") || strings.Contains(between, " - ")
}

// datelinePlaces makes a place of the tagger's person or organisation
// that opens a paragraph, or a sentence when the gazetteer knows it as a
// place, as its dateline: the name, maybe others after a slash, then a
// dash and a capital ("Florenz – Die Regierung …", "Linz/Wien – Die …").
// The tagger reads such a place as a first name ("Florenz") or as the
// company named after it elsewhere in the article ("Linz" of "die Linz
// AG"). A name and a dash before lower-case words is an aside, no
// dateline ("Berger – seit zwei Jahren …").
func (f *finder) datelinePlaces(spans []ner.Span) {
	text := f.text
	var places map[string]bool // the places of datelines, gathered when the article has one
	for k := range spans {
		sp := &spans[k]
		// (the dash first: few names have one after them, and the word's
		// place in its block costs a search)
		if sp.Kind != ner.PER && sp.Kind != ner.ORG && sp.Kind != ner.LOC || !dashAndCapital(text[sp.End:]) {
			continue
		}
		i, ok := f.wordStarting(int32(sp.Start))
		if !ok || !f.opensBlock(i) && !(f.toks[i].first && (f.e(i)&place != 0 || f.lex.lookup(oneLine(text[sp.Start:sp.End]))&place != 0)) {
			continue
		}
		sp.Kind = ner.LOC
		if places == nil {
			places = map[string]bool{}
		}
		places[text[sp.Start:sp.End]] = true
	}
	if places == nil {
		return
	}
	// the dateline's place is a place after a preposition of place too:
	// "Riesa – Ein Güterzug ist bei Riesa entgleist" (not "die Linz AG")
	for k := range spans {
		if sp := &spans[k]; (sp.Kind == ner.PER || sp.Kind == ner.ORG) && places[text[sp.Start:sp.End]] && afterPlacePreposition(text, sp.Start) {
			sp.Kind = ner.LOC
		}
	}
}

// afterPlacePreposition reports a word at byte start that follows a
// preposition of place: "bei", "in", "nahe", "aus", "nach".
func afterPlacePreposition(text string, start int) bool {
	for _, p := range [...]string{"bei ", "in ", "nahe ", "aus ", "nach "} {
		if strings.HasSuffix(text[:start], " "+p) || strings.HasSuffix(text[:start], "\n"+p) {
			return true
		}
	}
	return false
}

// subjectsAfterDatelines gives a name of one word the tagger reads as a
// place right after a dateline ("Washington – Trump hat …"), before a
// finite verb, the kind the lists know it by: a surname's a person's, a
// company's an organisation's (not a place's: "Wien – Linz hat …" stays
// one). The tagger, taught on datelines followed by their text, reads
// the word after the dash like a second place.
func (f *finder) subjectsAfterDatelines(spans []ner.Span) {
	src := f.text
	for k := 1; k < len(spans); k++ {
		sp, prev := &spans[k], spans[k-1]
		if sp.Kind != ner.LOC || prev.Kind != ner.LOC || hasBlankOrHyphen(src[sp.Start:sp.End]) {
			continue
		}
		if between := src[prev.End:sp.Start]; between != " – " && between != " - " {
			continue
		}
		if i, ok := f.wordStarting(int32(prev.Start)); !ok || !f.opensBlock(i) {
			continue
		}
		next, _, _ := strings.Cut(strings.TrimLeft(src[sp.End:], " "), " ")
		if c, v := text.Classes(strings.ToLower(next)); c&text.Verb == 0 || v&text.Finite == 0 {
			continue
		}
		switch g := Gazetteer(src[sp.Start:sp.End]); {
		case g&uint32(place) != 0:
		case g&uint32(company) != 0:
			sp.Kind = ner.ORG
		case g&uint32(nameToken) != 0:
			sp.Kind = ner.PER
		}
	}
}

// dashAndCapital reports whether rest, the text after a dateline's place
// (and the other places joined to it by slashes: "Linz/Wien"), goes on
// with a dash and a capital: " – Die Regierung …", also after a news
// agency's short name in brackets: " (APA) – Bei einem Unfall …".
func dashAndCapital(rest string) bool {
	for strings.HasPrefix(rest, "/") {
		n := strings.IndexAny(rest, " \t\n")
		if n < 0 {
			break
		}
		rest = rest[n:]
	}
	if after, ok := strings.CutPrefix(rest, " ("); ok {
		if n := strings.IndexByte(after, ')'); n > 0 && n <= maxAgency && !strings.ContainsAny(after[:n], " \t\n(") {
			rest = after[n+1:] // "(dpa)", "(AFP)", "(dpa-AFX)", "(APA/Reuters)"
		}
	}
	for _, dash := range []string{" – ", " - "} {
		if after, ok := strings.CutPrefix(rest, dash); ok {
			if r, _ := utf8.DecodeRuneInString(after); unicode.IsUpper(r) {
				return true
			}
		}
	}
	return false
}

// maxAgency is the longest short name of news agencies in a dateline's
// brackets, in bytes ("dpa-AFX", "APA/Reuters").
const maxAgency = 16

// datelineAgency reports an organisation that is the news agency of a
// dateline, in brackets between the place and the dash ("Paris (AFP) –
// Die Regierung …"): who sent the text, metadata, no actor of it.
func (f *finder) datelineAgency(start, end int) bool {
	text := f.text
	if start < 2 || text[start-1] != '(' || end >= len(text) || text[end] != ')' || end-start > maxAgency {
		return false
	}
	if !dashAndCapital(text[end+1:]) {
		return false
	}
	i, ok := f.wordStarting(int32(start))
	if !ok || i == 0 {
		return false
	}
	// the place before the bracket opens its block: "Paris", "Linz/Wien"
	first := i - 1
	for first > 0 && f.toks[first-1].block == f.toks[i].block && int(f.toks[first].start)-int(f.toks[first-1].end) <= 1 {
		first--
	}
	return f.opensBlock(first) && f.toks[first].upper && i-first <= 3
}

// opensBlock reports whether word i is the first of its block.
func (f *finder) opensBlock(i int) bool {
	return f.toks[i].block >= 0 && (i == 0 || f.toks[i-1].block != f.toks[i].block)
}

// placeBodies makes a body noun and the place after it one organisation
// ("die Stadt Wien verkaufte", "klagte das Land Kärnten"): the body that
// governs the place acts, as a ministry does. The noun stands right after
// an article or opens its sentence (bodyPosition); the place is the
// tagger's, or one of the gazetteer's where the tagger read none. It
// returns spans, changed in place and still in text order.
func (f *finder) placeBodies(spans []ner.Span) []ner.Span {
	for _, c := range f.caps {
		i := int(c)
		if i+1 >= len(f.toks) || !f.joined(i+1) || !f.toks[i+1].upper {
			continue
		}
		t := &f.toks[i]
		if !t.upper || t.meta || !f.lex.bodyNouns[f.w(i)] || !f.bodyPosition(i) {
			continue
		}
		start, end := int(t.start), int(f.toks[i+1].end)
		k, _ := spanStarting(spans, start)
		switch {
		case k < len(spans) && spans[k].Start == start:
			continue // the tagger's name begins with the noun: "Land Rover", "Stadt Wien" as an organisation
		case k < len(spans) && spans[k].Start == int(f.toks[i+1].start) && spans[k].Kind == ner.LOC:
			end = spans[k].End
			spans[k] = ner.Span{Start: start, End: end, Kind: ner.ORG}
		case f.e(i+1)&place != 0 && (k >= len(spans) || spans[k].Start >= end):
			spans = slices.Insert(spans, k, ner.Span{Start: start, End: end, Kind: ner.ORG})
		}
	}
	return spans
}

// bodyPosition reports whether the body noun at word i names a body
// that may act: it opens its sentence, follows "vom" or "beim", or stands
// right after a definite article that no preposition of place comes
// before. After an adjective it describes the place ("der syrischen
// Stadt Aleppo"); where one is in it, it is the place ("in der Stadt
// Wien", "im Land Tirol").
func (f *finder) bodyPosition(i int) bool {
	if i == 0 || !f.joined(i) {
		return i == 0 || f.toks[i].first // not "(Gemeinde Ferlach)" after a place
	}
	switch f.w(i - 1) {
	case "der", "die", "das", "dem", "den", "des", "Der", "Die", "Das", "Dem", "Den", "Des":
	case "vom", "Vom", "beim", "Beim":
		return true // "vom Land Kärnten gefördert", "beim Land Tirol beschäftigt"
	default:
		return false
	}
	if i < 2 || !f.joined(i-1) {
		return true
	}
	switch f.w(i - 2) {
	case "in", "nach", "aus", "In", "Nach", "Aus":
		return false
	}
	return true
}

// claimFromPlaces reports whether no person or organisation of spans
// overlaps the text from start to end, and then clears the kind of the
// places and other names that do: a person a rule is sure of is no place
// or title the tagger read ("Ban Ki Moon" as a name of the other kind).
func claimFromPlaces(spans []ner.Span, start, end int) bool {
	for k := range spans {
		if sp := &spans[k]; sp.Start < end && start < sp.End && (sp.Kind == ner.PER || sp.Kind == ner.ORG) {
			return false
		}
	}
	for k := range spans {
		if sp := &spans[k]; sp.Start < end && start < sp.End {
			sp.Kind = ner.None
		}
	}
	return true
}

// foreignNameAfterRole returns the person named by the two or three
// capitalised words from word i on, right after a role word, when each is
// a word the lexicon does not know or a name of the lists ("Ban Ki Moon",
// "Tsai Ing Wen") and the phrase ends with them: the tagger, which has
// seen few such names, may read none there.
func (f *finder) foreignNameAfterRole(i int) (ner.Span, bool) {
	j := i
	for ; j < len(f.toks) && j < i+3; j++ {
		t := &f.toks[j]
		if j > i && t.gap != gapSpace || !t.upper || t.hyphen || t.allCaps || t.meta || t.gen {
			break
		}
		g := Gazetteer(f.text[t.start:t.end])
		if g&(gazRole|gazOrgNoun|uint32(place|calendar|legalForm|orgHead)) != 0 || g&(gazLexUnknown|uint32(firstName|nameToken)) == 0 {
			break
		}
	}
	if j-i < 2 || j < len(f.toks) && f.toks[j].gap == gapSpace && f.toks[j].upper {
		return ner.Span{}, false
	}
	return ner.Span{Start: int(f.toks[i].start), End: int(f.toks[j-1].end), Kind: ner.PER}, true
}

// initialStops takes the full stop after a person's last word into its
// span when that word is an initial: a surname the press cut to it
// ("Emanuel S.", and "S." alone later) is written with the stop, and its
// forms meet as one name.
func initialStops(text string, spans []ner.Span) {
	for i := range spans {
		sp := &spans[i]
		if sp.Kind != ner.PER || sp.End-sp.Start < 1 || !stopEndsWord(text, sp.End) {
			continue
		}
		if c := text[sp.End-1]; c >= 'A' && c <= 'Z' && (sp.End-sp.Start == 1 || text[sp.End-2] == ' ') {
			sp.End++
		}
	}
}

// initialNames returns the people named by a first name and a surname
// cut to its initial where no person or organisation of the tagger's
// lies ("Fayçal C.", "Emanuel S."), as the press names someone it keeps
// anonymous, a defendant or a suspect. The first name is one of the
// list's, or a word that may be a surname and that the text lexicon does
// not know, whole or as a compound's end (not "Gruppe A.", "dem
// Kennbuchstaben B."); not after an article, not a place of the
// gazetteer. A place the tagger read there is none (claimFromPlaces).
func (f *finder) initialNames(spans []ner.Span) []Mention {
	var out []Mention
	for _, c := range f.caps {
		i := int(c)
		if i+1 >= len(f.toks) || !f.toks[i+1].dotAfter {
			continue // (most capitalised words have no initial after them)
		}
		t := &f.toks[i]
		if !t.upper || t.allCaps || t.meta || !f.surnameInitial(i+1) || i > 0 && f.joined(i) && articles[f.w(i-1)] {
			continue
		}
		if f.firstNameEntry(i)&firstName == 0 && (!f.surnameOK(i) || f.e(i)&place != 0 || text.Lookup(f.w(i)) != nil || endsInNoun(f.w(i))) {
			continue
		}
		m := Mention{Start: int(t.start), End: int(f.toks[i+1].end) + 1, Kind: model.Person}
		if !claimFromPlaces(spans, m.Start, m.End) {
			continue
		}
		m.Name = oneLine(f.text[m.Start:m.End])
		out = append(out, m)
	}
	return out
}

// endsInNoun reports a word that ends in a noun of five letters or more
// that the text lexicon knows ("Kennbuchstaben", "Kennziffer"): a
// compound, not a name. A shorter end is as often part of a foreign name
// ("Iliass").
func endsInNoun(w string) bool {
	part, _, ok := text.HeadNoun(w)
	return ok && len(part) >= 5
}

// surnameInitial reports whether word j, after a first name, is a
// surname cut to its initial ("Emanuel S."): a capital alone before a
// full stop that ends it, and that no surname or other initial follows
// ("Donald J. Trump", "C. J. Anderson").
func (f *finder) surnameInitial(j int) bool {
	t := &f.toks[j]
	if !f.joined(j) || !f.initialAt(j) || !stopEndsWord(f.text, int(t.end)) {
		return false // not "H.s", "P.T": an abbreviation, or the initial of a genitive
	}
	n := j + 1
	if n >= len(f.toks) || f.toks[n].sent-t.sent > 1 || f.toks[n].block != t.block {
		return true
	}
	return !f.surnameOK(n) && !f.initialAt(n)
}

// stopEndsWord reports whether text has a full stop at byte offset at
// that ends its word: a blank, a comma, semicolon, colon or closing
// bracket after it, or the end of the text ("H.s" and "P.T" go on).
func stopEndsWord(text string, at int) bool {
	if at >= len(text) || text[at] != '.' {
		return false
	}
	return at+1 == len(text) || strings.IndexByte(" \t\n,;:)", text[at+1]) >= 0
}

// particleNames joins two persons the tagger tells apart across name
// particles in lower case into one: "José Eduardo dos Santos", "Ursula von
// der Leyen" (the tagger reads the particle as a preposition between two
// names), when the first opens a name (givenBefore). An article alone
// between them joins only an epithet ("Omar der Tschetschene"): after a
// name it is more often a case of the next noun ("schrieb Paul der
// Sängerin", "in Paris der Prozess"). "vom" and "von den" join nothing:
// they tell where a person belongs ("Jana Wolf von den Moorfalken", "Tim
// Roth vom Stadttheater"), as particles of a name they are all but
// unknown. It returns spans, joined in place.
func particleNames(text string, spans []ner.Span) []ner.Span {
	out := spans[:0]
	for i := 0; i < len(spans); i++ {
		sp := spans[i]
		if sp.Kind == ner.PER && i+1 < len(spans) && spans[i+1].Kind == ner.PER && particlesOnly(text[sp.End:spans[i+1].Start]) && !belongsTo(text[sp.End:spans[i+1].Start]) &&
			givenBefore(text[sp.Start:sp.End], text[sp.End:spans[i+1].Start]) && (!articleAlone(text[sp.End:spans[i+1].Start]) || epithet(text[spans[i+1].Start:spans[i+1].End])) {
			sp.End = spans[i+1].End
			i++
		} else if sp.Kind == ner.PER {
			sp.End = afterCapitalParticle(text, sp, spans[i+1:])
		}
		out = append(out, sp)
	}
	return out
}

// afterCapitalParticle returns the end of person sp, extended over lower-
// case particles and a capitalised word when the name ends in a particle
// written with a capital ("Alexander Van der Bellen": the tagger may stop
// at "Van"); rest are the spans after sp, which the extension must not
// reach into.
func afterCapitalParticle(text string, sp ner.Span, rest []ner.Span) int {
	w := text[sp.Start:sp.End]
	last := w[lastBlankOrHyphen(w)+1:]
	if last == "" || last[0] < 'A' || last[0] > 'Z' || !isParticle(last) {
		return sp.End
	}
	i := sp.End
	for n := 0; n < 3; n++ {
		j := i
		for j < len(text) && text[j] == ' ' {
			j++
		}
		k := j
		for k < len(text) && text[k] != ' ' && !strings.ContainsRune(".,;:!?\"„“()\n", rune(text[k])) {
			k++
		}
		if k == j || len(rest) > 0 && k > rest[0].Start {
			return sp.End
		}
		word := text[j:k]
		if word[0] >= 'A' && word[0] <= 'Z' {
			if n == 0 {
				return sp.End // no particle between: "Van Morrison"
			}
			return k
		}
		if !particleAsWritten(word) {
			return sp.End
		}
		i = k
	}
	return sp.End
}

// givenBefore reports whether w can open a name with the particles of
// gap: a first name ("Ursula von der Leyen"), or more than one word
// ("Sultan Qabus bin Said"). A surname alone before "von" or "den" is a
// person the clause goes on from ("wurde Meier von Berger geklagt",
// "holte Meier den Berger"). After a German preposition ("von", "zu") a
// name goes on only from a first name ("Karl Lukas von Adlersheim"):
// after a surname it is mostly another name's ("das Buch Lena von Adlersheim
// von Paul Korber", "Korber zu Bergs Nachfolger").
func givenBefore(w, gap string) bool {
	if p, _, _ := strings.Cut(strings.TrimSpace(gap), " "); p == "von" || p == "zu" {
		return endsInFirstName(w)
	}
	return hasBlankOrHyphen(w) || Gazetteer(w)&uint32(firstName) != 0
}

// endsInFirstName reports whether the last word of w, or the last part of
// a hyphenated last word ("Karl-Theodor"), is a first name.
func endsInFirstName(w string) bool {
	w = w[strings.LastIndexByte(w, ' ')+1:]
	return Gazetteer(w)&uint32(firstName) != 0 || Gazetteer(w[strings.LastIndexByte(w, '-')+1:])&uint32(firstName) != 0
}

// personNamed reports whether a person of spans is named as written, with
// nothing after it.
func personNamed(text string, spans []ner.Span, name string) bool {
	return slices.ContainsFunc(spans, func(sp ner.Span) bool { return sp.Kind == ner.PER && text[sp.Start:sp.End] == name })
}

// affiliatedPersons cuts off a person the tagger read together with where
// the person works ("Anna Berg von Korvex", "Anna Berg von der Korvex
// AG"): a name of more than one word whose last is no first name, or
// which the article names alone elsewhere ("Ida Thomas" before "Ida
// Thomas von Korvex": "Thomas" is a first name too), and "von" or "vom"
// with a capitalised word after it. What follows is made
// an organisation, or a place when the lexicon knows it as one. The
// tagger learnt names with "von" from nobles of several given names
// ("Karl Lukas von Adlersheim"), which end in a first name; news names
// people with their employer far more often than with a double surname
// ("Mathias Müller von Blumencron", which comes apart). It returns spans,
// in text order.
func affiliatedPersons(text string, spans []ner.Span) []ner.Span {
	n := len(spans)
	for i, sp := range spans[:n] {
		if sp.Kind != ner.PER {
			continue
		}
		w := text[sp.Start:sp.End]
		at := strings.Index(w, " von ")
		if v := strings.Index(w, " vom "); at < 0 || v >= 0 && v < at {
			at = v
		}
		if at < 0 || !strings.Contains(w[:at], " ") || endsInFirstName(w[:at]) && !personNamed(text, spans[:n], w[:at]) {
			continue
		}
		rest := w[at+len(" von "):]
		if a, r, ok := strings.Cut(rest, " "); ok && articleAlone(a) {
			rest = r
		}
		if rest == "" || rest[0] < 'A' || rest[0] > 'Z' {
			continue
		}
		kind := ner.ORG
		if Gazetteer(rest)&uint32(place) != 0 {
			kind = ner.LOC
		}
		spans[i].End = sp.Start + at
		spans = append(spans, ner.Span{Start: sp.End - len(rest), End: sp.End, Kind: kind})
	}
	if len(spans) > n {
		slices.SortFunc(spans, func(a, b ner.Span) int { return cmp.Compare(a.Start, b.Start) })
	}
	return spans
}

// belongsTo reports a gap of "vom" or "von den": a preposition with its
// article before what a person belongs to, not a name's particles.
func belongsTo(gap string) bool {
	switch strings.Join(strings.Fields(gap), " ") {
	case "vom", "von den":
		return true
	}
	return false
}

// articleAlone reports a gap that is a definite article alone ("der",
// not "den": "Joost den Haan").
func articleAlone(gap string) bool {
	switch strings.TrimSpace(gap) {
	case "der", "die", "das", "dem", "des":
		return true
	}
	return false
}

// epithet reports a word that can follow a name's article as its
// epithet: an adjective or a people's noun in -e ("der Große", "der
// Jüngere", "der Tschetschene").
func epithet(w string) bool {
	return !strings.ContainsRune(w, ' ') && strings.HasSuffix(w, "e")
}

// particlesOnly reports a gap of one or two lower-case name particles
// between words, nothing else.
func particlesOnly(gap string) bool {
	n := 0
	for w := range strings.FieldsSeq(gap) {
		if n++; n > 2 || w[0] < 'a' || w[0] > 'z' || !particleAsWritten(w) {
			return false
		}
	}
	return n > 0 && !strings.ContainsAny(gap, "\n")
}

// personsBeforeNouns cuts a common noun off a person the article names:
// an organisation of two words whose first word belongs to a person of
// the article, and whose second the lexicon knows only as a common noun
// and no list as an organisation's head, is that person ("das Ehepaar
// Trump Platz nehmen" is "Trump"). People are left alone: many surnames
// are nouns ("Müller", "Nagel").
func (t *spanTables) personsBeforeNouns(text string, spans []ner.Span) {
	var people map[string]bool // gathered when an organisation of two words first asks
	for i, sp := range spans {
		if sp.Kind != ner.ORG {
			continue
		}
		first, last, ok := strings.Cut(text[sp.Start:sp.End], " ")
		if !ok || hasBlankOrHyphen(last) || isAcronym(last) {
			continue // an acronym is no common noun ("Hertha BSC")
		}
		if people == nil {
			if t.people == nil {
				t.people = map[string]bool{}
			}
			people = t.people
			defer clear(people) // its keys are views of the article
			for _, sp := range spans {
				if sp.Kind == ner.PER {
					for w := range strings.FieldsSeq(text[sp.Start:sp.End]) {
						people[w] = true
					}
				}
			}
		}
		if !people[first] {
			continue
		}
		if g := Gazetteer(last); g&gazLexNounOnly != 0 && g&(gazOrgHead|uint32(orgHead|legalForm)) == 0 {
			spans[i].End = sp.Start + len(first)
			spans[i].Kind = ner.PER
		}
	}
}

// shortFormsOfOrgs makes an organisation of a person of one word that
// opens an organisation's name of two in the article whose second word
// is an acronym (orgTail: "Hertha BSC" … "Hertha"), unless a person's
// name of several words holds that word ("Hertha Müller"), and names it
// so in name: the tagger reads a first name or a surname where the
// article shortens the name it gave in full. (Where the tagger reads the
// word as an organisation, it is often another: "Apple" of "Apple TV".)
func (t *spanTables) shortFormsOfOrgs(text string, spans []ner.Span, name map[writtenName]string) {
	var first map[string]string // gathered when the article has such a name: most have none
	for _, sp := range spans {
		if sp.Kind != ner.ORG {
			continue
		}
		f, last, ok := strings.Cut(text[sp.Start:sp.End], " ")
		if !ok || !orgTail(last) {
			continue
		}
		if first == nil {
			if t.orgFirst == nil {
				t.orgFirst = map[string]string{}
			}
			first = t.orgFirst
			defer clear(first) // its keys are views of the article
		}
		noteOnly(first, f, text[sp.Start:sp.End]) // (two such names: "Hertha" is neither)
	}
	if first == nil {
		return
	}
	dropPersonsWords(text, spans, first)
	// An article names the organisation in full before it shortens the
	// name, but for its headline: a word alone before that is another
	// actor's name ("Gigaset" before its phone "Gigaset ME").
	headline := strings.IndexByte(text, '\n')
	named := map[string]bool{} // the words whose full name came first
	for _, sp := range spans {
		w := text[sp.Start:sp.End]
		f, _, _ := strings.Cut(w, " ")
		if long := first[f]; long == "" || sp.Start < headline || named[f] {
			continue
		}
		if w == first[f] {
			named[f] = true
		} else if w == f {
			first[f] = ""
		}
	}
	for i, sp := range spans {
		w := text[sp.Start:sp.End]
		if long := first[w]; sp.Kind == ner.PER && long != "" {
			spans[i].Kind = ner.ORG
			name[writtenName{model.Organization, w}] = long
		}
	}
}

// shortFormsOfClubs makes an organisation of a word alone that follows
// a club's prefix in a name the article gives ("SK Rapid" … "Rapid", "SK
// Sturm Graz" … "Sturm"), and names it so: sports news shortens a club's
// name so once it has given it. The prefix is a club's word ("FC",
// "Borussia") or an acronym of two letters ("SK"); the word is no
// place's ("FC Bayern" … "in Bayern"), no first name's and no common
// word's, and no person's name of several words holds it; where the
// tagger reads it as a place, it stays one ("Rom – …", "in Ravensbrück"
// of an article that names "AS Rom" or "KZ Ravensbrück").
func shortFormsOfClubs(text string, spans []ner.Span, name map[writtenName]string) {
	var short map[string]string // gathered when the article has such a name: most have none
	for _, sp := range spans {
		if sp.Kind != ner.ORG {
			continue
		}
		w := text[sp.Start:sp.End]
		prefix, rest, ok := strings.Cut(w, " ")
		if !ok || !clubPrefix(prefix) {
			continue
		}
		word, _, _ := strings.Cut(rest, " ")
		if hasBlankOrHyphen(word) || !isUpperRune(firstRune(word)) || isAcronym(word) || Gazetteer(word)&uint32(place|firstName|common|clubWord) != 0 {
			continue
		}
		if short == nil {
			short = map[string]string{}
		}
		noteOnly(short, word, w)
	}
	if short == nil {
		return
	}
	dropPersonsWords(text, spans, short)
	for i, sp := range spans {
		w := text[sp.Start:sp.End]
		if long := short[w]; long != "" && sp.Kind != ner.LOC {
			spans[i].Kind = ner.ORG
			name[writtenName{model.Organization, w}] = long
		}
	}
}

// demonymsOfClubs adds an organisation where an article names a club by
// its town's demonym as a noun ("Die Grazer besiegten …" of an article
// that names "SK Sturm Graz"), and returns the spans, in text order, and
// the club's name by the demonym as written. The club's name has a club's
// prefix (clubPrefix) and ends in the town; the demonym stands after an
// article and before no capitalised word (it is the noun, not an
// adjective: "die Grazer Polizei"); an article that names two clubs of
// the town names neither so. The place a club's name holds before its
// town ("Austria" of "FK Austria Wien", "Bayern" of "FC Bayern München")
// names the club too where it is a clause's subject or stands after an
// article or the town's adjective ("Austria siegt", "Die Bayern zahlen",
// "Die Wiener Austria"); after a preposition it is the place ("in
// Bayern").
func (f *finder) demonymsOfClubs(spans []ner.Span) ([]ner.Span, map[string]string) {
	var clubOf map[string]string   // town → club, gathered when the article names a club
	var regionOf map[string]string // the place that a club's name holds before its town → club
	townOf := map[string]string{}  // club → town
	for _, sp := range spans {
		w := f.text[sp.Start:sp.End]
		prefix, rest, ok := strings.Cut(w, " ")
		if sp.Kind != ner.ORG || !ok || !clubPrefix(prefix) {
			continue
		}
		town := w[strings.LastIndexByte(w, ' ')+1:]
		if clubOf == nil {
			clubOf, regionOf = map[string]string{}, map[string]string{}
		}
		noteOnly(clubOf, town, w)
		townOf[w] = town
		if region, _, ok := strings.Cut(rest, " "); ok && Gazetteer(region)&uint32(place) != 0 {
			noteOnly(regionOf, region, w) // "FK Austria Wien", "FC Bayern München"
		}
	}
	if clubOf == nil {
		return spans, nil
	}
	var names map[string]string
	n := len(spans)
	for _, c := range f.caps {
		i := int(c)
		w := f.w(i)
		from, club := i, ""
		if town, ok := strings.CutSuffix(w, "er"); ok && i > 0 && articles[strings.ToLower(f.w(i-1))] {
			club = clubOf[town]
		} else if long := regionOf[w]; long != "" && (f.toks[i].first || i > 0 && articles[strings.ToLower(f.w(i-1))]) &&
			i+1 < len(f.toks) && f.toks[i+1].sent == f.toks[i].sent && !f.toks[i+1].upper {
			// the place a club's name holds, as its subject or after an
			// article, not after a preposition ("Austria siegt", "Die
			// Bayern zahlen"; not "in Bayern")
			club = long
		} else if long := regionOf[w]; long != "" && i > 0 && f.w(i-1) == townOf[long]+"er" && (f.toks[i-1].first || i > 1 && articles[strings.ToLower(f.w(i-2))]) {
			from, club = i-1, long // "Die Wiener Austria" of "FK Austria Wien"
		}
		if club == "" || i+1 < len(f.toks) && f.joined(i+1) && f.toks[i+1].upper {
			continue
		}
		t := &f.toks[i]
		sp := ner.Span{Start: int(f.toks[from].start), End: int(t.end), Kind: ner.ORG}
		if j := overlapping(spans[:n], Mention{Start: sp.Start, End: sp.End}); j >= 0 {
			if spans[j].Start != sp.Start || spans[j].End != sp.End {
				continue
			}
			spans[j].Kind = ner.ORG // the tagger's place or person of the word
		} else {
			spans = append(spans, sp)
		}
		if names == nil {
			names = map[string]string{}
		}
		names[f.text[sp.Start:sp.End]] = club
	}
	if len(spans) > n {
		slices.SortFunc(spans, func(a, b ner.Span) int { return cmp.Compare(a.Start, b.Start) })
	}
	return spans, names
}

// clubPrefix reports a word that opens a sports club's name: a club's
// word ("FC", "Borussia") or an acronym of two letters ("SK").
func clubPrefix(w string) bool {
	return Gazetteer(w)&uint32(clubWord) != 0 || len(w) == 2 && isAcronym(w)
}

// noteOnly records long for key k in m, or "" when m has another value
// for k already: a short form two names share stands for neither.
func noteOnly(m map[string]string, k, long string) {
	if was, seen := m[k]; !seen {
		m[k] = long
	} else if was != long {
		m[k] = ""
	}
}

// dropPersonsWords deletes from short the words that a person's name of
// several words holds ("Hertha Müller"): such a word alone is as likely
// that person.
func dropPersonsWords(text string, spans []ner.Span, short map[string]string) {
	for _, sp := range spans {
		if sp.Kind == ner.PER && hasBlankOrHyphen(text[sp.Start:sp.End]) {
			for w := range strings.FieldsSeq(text[sp.Start:sp.End]) {
				delete(short, w)
			}
		}
	}
}

// orgTail reports whether w, the last of two words, makes them an
// organisation's name that an article shortens to the first: an acronym
// ("Hertha BSC"), no Roman numeral; a legal form ("Porsche SE") is
// dropped from every name already, when the names are resolved.
func orgTail(w string) bool {
	return !hasBlankOrHyphen(w) && isAcronym(w) && !romanNumeral(w) && Gazetteer(w)&uint32(legalForm) == 0
}

// hasLower reports whether w holds a lower-case ASCII letter or one of
// the German umlauts and ß.
func hasLower(w string) bool {
	return strings.ContainsFunc(w, func(r rune) bool { return r >= 'a' && r <= 'z' || r >= 0xDF && r <= 0xFF && r != 0xF7 })
}

// personsAfterIn makes a place of the tagger's person right after "in":
// "in Abu Dhabi", "In Santiago de Chile" read as a first name and more,
// but one is in a place, not in a person, unless the name opens with a
// first name and does not end in a place's ("in Dieter Hecking fand der
// Verein einen Trainer": in the person of). A genitive names whose thing
// it is ("in Angela Merkels Kabinett"), which the person stays.
func personsAfterIn(text string, spans []ner.Span) {
	for i, sp := range spans {
		name := text[sp.Start:sp.End]
		if sp.Kind != ner.PER || strings.HasSuffix(name, "s") {
			continue
		}
		if w := wordBefore(text, sp.Start); w != "in" && w != "In" {
			continue
		}
		first, _, _ := strings.Cut(name, " ")
		last := name[lastBlankOrHyphen(name)+1:]
		if Gazetteer(first)&uint32(firstName) == 0 || Gazetteer(last)&uint32(place) != 0 {
			spans[i].Kind = ner.LOC
		}
	}
}

// betweenPairs gives the first name of "zwischen A und B" the kind of the
// second when the tagger reads the first as a place and the second as a
// person or an organisation, and no list knows the first as a place:
// "zwischen Siemens und Bosch", "zwischen ÖVP und FPÖ" name two sides,
// which the tagger reads like the start of a route, "zwischen Wien und
// Graz".
func betweenPairs(text string, spans []ner.Span) {
	for i := 0; i+1 < len(spans); i++ {
		a, b := spans[i], spans[i+1]
		if a.Kind != ner.LOC || b.Kind != ner.ORG && b.Kind != ner.PER {
			continue
		}
		if w := wordBefore(text, a.Start); w != "zwischen" && w != "Zwischen" {
			continue
		}
		if strings.TrimSpace(text[a.End:b.Start]) != "und" || Gazetteer(text[a.Start:a.End])&uint32(place) != 0 {
			continue
		}
		spans[i].Kind = b.Kind
	}
}

// roadsAsPlaces makes a place of the person or organisation of one word
// that a road, a street or a bridge ends: "Westautobahn" before its code
// in brackets ("auf der Westautobahn (A1)") reads to the tagger like a
// company's long form and abbreviation.
func roadsAsPlaces(text string, spans []ner.Span) {
	for i, sp := range spans {
		w := text[sp.Start:sp.End]
		if sp.Kind == ner.LOC || sp.Kind == ner.None || hasBlankOrHyphen(w) {
			continue
		}
		for _, head := range roadHeads {
			if len(w) > len(head) && strings.HasSuffix(w, head) { // (a compound's head is lower-case)
				spans[i].Kind = ner.LOC
				break
			}
		}
	}
}

// roadHeads end the names of roads, streets and bridges.
var roadHeads = []string{"autobahn", "straße", "gasse", "allee", "tunnel", "brücke"}

// seatedOrgs makes the place the tagger read at the end of an
// organisation the rules name by its head and its seat ("Stadtwerke
// Graz", "Universität Leipzig") that organisation: the seat alone is
// no place of the sentence, and the whole is who acts.
func (f *finder) seatedOrgs(ms []Mention, spans []ner.Span) {
	for _, m := range ms {
		if !m.Entity() || m.Kind != model.Organization {
			continue
		}
		j := overlapping(spans, m)
		if j < 0 || spans[j].Kind != ner.LOC || spans[j].End != m.End || spans[j].Start <= m.Start || !f.headedOrg(Mention{Start: m.Start, End: spans[j].Start}) {
			continue
		}
		spans[j].Start, spans[j].Kind = m.Start, ner.ORG
	}
}

// namesAfterBodies splits an organisation of two words whose first is an
// assembly's noun ("Bundestag", "Landtag", "Nationalrat", "Parlament")
// and whose second is a surname on the name lists and no place: "hatte
// der Bundestag Merz zum Kanzler gewählt" puts the body and the person it
// elected side by side, which the tagger may read as one name. An
// assembly has no seat in its name, as a court, a university or the
// police have ("Universität Oxford", "Polizei Wertheim", which stay
// whole).
func namesAfterBodies(text string, spans []ner.Span) []ner.Span {
	for i := 0; i < len(spans); i++ {
		sp := spans[i]
		if sp.Kind != ner.ORG {
			continue
		}
		body, name, ok := strings.Cut(text[sp.Start:sp.End], " ")
		if !ok || hasBlankOrHyphen(name) || hasBlankOrHyphen(body) || !slices.ContainsFunc(assemblyHeads, func(h string) bool { return hasSuffixFold(body, h) }) {
			continue
		}
		if g := Gazetteer(name); g&uint32(nameToken) == 0 || g&uint32(place|common|orgHead|legalForm) != 0 || g&gazOrgHead != 0 {
			continue
		}
		spans[i].End = sp.Start + len(body)
		person := ner.Span{Start: sp.Start + len(body) + 1, End: sp.End, Kind: ner.PER}
		spans = slices.Insert(spans, i+1, person)
		i++
	}
	return spans
}

// assemblyHeads end the nouns of elected assemblies.
var assemblyHeads = []string{"tag", "rat", "parlament", "kongress", "senat"}

// townAdjectivesBeforeNouns drops a name of one word that is a town's
// adjective right before a noun of the lexicon: "an Grazer Schule", "die
// Linzer Polizei" (the tagger may read "Grazer" as a surname).
func townAdjectivesBeforeNouns(text string, spans []ner.Span) {
	for i, sp := range spans {
		if sp.Kind != ner.PER && sp.Kind != ner.ORG {
			continue
		}
		w := text[sp.Start:sp.End]
		if hasBlankOrHyphen(w) || !placeAdjective(w) || !strings.HasPrefix(text[sp.End:], " ") {
			continue
		}
		next := text[sp.End+1:]
		if k := strings.IndexAny(next, " .,;:!?)\n"); k >= 0 {
			next = next[:k]
		}
		if next != "" && isUpperRune(firstRune(next)) && Gazetteer(next)&gazLexNoun != 0 {
			spans[i].Kind = ner.None
		}
	}
}

// headedPlaces makes a place of several words that ends in an
// organisation's head an organisation: "die Zürcher Staatsanwaltschaft",
// "das Wiener Landesgericht" (a city's adjective leads the tagger to a
// place).
func headedPlaces(text string, spans []ner.Span) {
	for i, sp := range spans {
		w := text[sp.Start:sp.End]
		k := strings.LastIndexByte(w, ' ')
		if sp.Kind == ner.LOC && k > 0 && Gazetteer(w[k+1:])&gazOrgHead != 0 {
			spans[i].Kind = ner.ORG
		}
	}
}

// genitivesOfNames gives a place of one word the kind of the person or
// organisation whose genitive it is in the same text ("Amazons
// Cloud-Dienst" after "Amazon", which the tagger may read as the river's):
// the article's own names outweigh a guess from the word's form.
func (t *spanTables) genitivesOfNames(text string, spans []ner.Span) {
	var kinds map[string]ner.Kind // gathered when a place first reads as a genitive
	for i, sp := range spans {
		if sp.Kind != ner.LOC {
			continue
		}
		base, ok := genitiveBase(text[sp.Start:sp.End])
		if !ok {
			continue
		}
		if kinds == nil {
			if t.kinds == nil {
				t.kinds = map[string]ner.Kind{}
			}
			kinds = t.kinds
			defer clear(kinds) // its keys are views of the article
			for _, sp := range spans {
				if sp.Kind == ner.PER || sp.Kind == ner.ORG {
					kinds[text[sp.Start:sp.End]] = sp.Kind
				}
			}
		}
		if kinds[base] != ner.None {
			spans[i].Kind = kinds[base]
		}
	}
}

// bracketedAcronyms returns the acronyms the article gives in brackets
// right after an organisation the tagger found ("General Electric
// (GE)"): the rules' mentions of them are that organisation wherever they
// stand, though the tagger, which knows no such short word, left them out.
func bracketedAcronyms(text string, spans []ner.Span) map[string]bool {
	var out map[string]bool
	for _, sp := range spans {
		if sp.Kind != ner.ORG || !strings.HasPrefix(text[sp.End:], " (") {
			continue
		}
		rest := text[sp.End+2:]
		if end := strings.IndexByte(rest, ')'); end > 0 && isAcronym(rest[:end]) {
			if out == nil {
				out = map[string]bool{}
			}
			out[rest[:end]] = true
		}
	}
	return out
}

// longFormsBeforeBrackets adds the organisation an acronym in brackets
// abbreviates when the tagger left it out: the capitalised words right
// before the bracket, back to the first that is no name word (an article,
// a lower-case word), when the last of them ends in an organisation's
// head ("Wiener Krankenanstaltenverbund (KAV)"). The namer then names the
// acronym after it.
func longFormsBeforeBrackets(text string, spans []ner.Span) []ner.Span {
	n := len(spans)
	for i, sp := range spans[:n] {
		if sp.Kind != ner.ORG || !isAcronym(text[sp.Start:sp.End]) || !strings.HasPrefix(text[sp.End:], ")") {
			continue
		}
		before := strings.TrimRight(text[:sp.Start], " ")
		if !strings.HasSuffix(before, "(") {
			continue
		}
		end := len(strings.TrimRight(before[:len(before)-1], " "))
		from := max(0, end-4*maxLongForm)
		words := strings.Split(text[from:end], " ")
		start := end
		for k := len(words) - 1; k >= 0 && k >= len(words)-4; k-- {
			w := words[k]
			if k == 0 && from > 0 || w == "" || !isUpperRune(firstRune(w)) || sentence.IsDeterminer(strings.ToLower(w)) ||
				strings.ContainsAny(w, ".,;:!?\"„“()\n") || k == len(words)-1 && Gazetteer(w)&gazOrgHead == 0 ||
				k < len(words)-1 && !nameAttribute(w) {
				break
			}
			start -= len(w)
			if k < len(words)-1 {
				start-- // the blank after it
			}
		}
		if start < end && (i == 0 || spans[i-1].End <= start) { // not where the tagger found a name
			spans = append(spans, ner.Span{Start: start, End: end, Kind: ner.ORG})
		}
	}
	if len(spans) > n {
		slices.SortFunc(spans, func(a, b ner.Span) int { return cmp.Compare(a.Start, b.Start) })
	}
	return spans
}

// nameAttribute reports whether a capitalised word before an
// organisation's head can belong to its name: a word the lexicon does not
// know ("Krull") or an inflected adjective ("Wiener", "Deutsche"), not a
// preposition opening the sentence ("Laut").
func nameAttribute(w string) bool {
	g := Gazetteer(w)
	if g&gazLexUnknown != 0 {
		return true
	}
	if g&gazLexAdj == 0 {
		return false
	}
	for _, end := range []string{"e", "er", "en", "es", "em"} {
		if strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// maxLongForm bounds the bytes of a word of a long form (four at most)
// looked back at.
const maxLongForm = 64

// afterNumber reports whether a number written in digits ends right
// before byte offset at, one blank between.
func afterNumber(doc string, at int) bool {
	return at >= 2 && doc[at-1] == ' ' && doc[at-2] >= '0' && doc[at-2] <= '9'
}

// afterArticleAndAdjective reports whether the two words before byte
// offset at are an article (or another determiner) and a lower-case
// adjective.
func afterArticleAndAdjective(doc string, at int) bool {
	from := max(0, at-64)
	words, n := lastFields(doc[from:at])
	if n < 2 || n == 2 && from > 0 {
		return false // the determiner may be cut
	}
	det, adj := words[1], words[0]
	if !sentence.IsDeterminer(strings.ToLower(det)) || !isLowerWord(adj) {
		return false
	}
	c, _ := text.Classes(adj)
	return c&text.Adjective != 0
}

// lastFields returns the last three fields of s as strings.Fields splits
// it, the last first, and how many of them there are (fewer when s has
// fewer): what afterArticleAndAdjective reads, without splitting the
// whole window into a slice for every name it is asked about.
func lastFields(s string) (fields [3]string, n int) {
	end := len(s)
	for n < len(fields) {
		for end > 0 {
			r, size := utf8.DecodeLastRuneInString(s[:end])
			if !unicode.IsSpace(r) {
				break
			}
			end -= size
		}
		if end == 0 {
			break
		}
		start := end
		for start > 0 {
			r, size := utf8.DecodeLastRuneInString(s[:start])
			if unicode.IsSpace(r) {
				break
			}
			start -= size
		}
		fields[n], n = s[start:end], n+1
		end = start
	}
	return fields, n
}

// lowerAlready reports whether strings.ToLower(w) == w without making
// the lower-case string: no rune of w has a lower case of its own, and no
// byte is invalid UTF-8 (which ToLower replaces).
func lowerAlready(w string) bool { return caseAlready(w, 'A', unicode.ToLower) }

// upperAlready reports whether strings.ToUpper(w) == w without building
// the upper-case string, which most words, asked of every name the tagger
// finds, would need: no rune of w has an upper case of its own, and no
// byte is invalid UTF-8 (which ToUpper replaces).
func upperAlready(w string) bool { return caseAlready(w, 'a', unicode.ToUpper) }

// caseAlready reports whether to leaves every rune of w as it is and no
// byte of w is invalid UTF-8; first is the first of the 26 ASCII letters
// to changes.
func caseAlready(w string, first byte, to func(rune) rune) bool {
	for i := 0; i < len(w); {
		if c := w[i]; c < utf8.RuneSelf {
			if c-first < 26 {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		if r == utf8.RuneError && size == 1 || to(r) != r {
			return false
		}
		i += size
	}
	return true
}

// isLowerWord reports whether w is letters in lower case.
func isLowerWord(w string) bool {
	for _, r := range w {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return w != ""
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// withoutRole cuts a leading role word off a person's name
// ("Bundeswirtschaftsminister Robert Habeck" → "Robert Habeck"): by the
// conventions of GermEval and of Chronik a role is no part of a name.
func withoutRole(text string, sp ner.Span) ner.Span {
	w := text[sp.Start:sp.End]
	i := strings.IndexByte(w, ' ')
	if i > 0 && Gazetteer(w[:i])&gazRole != 0 {
		sp.Start += i + 1
	}
	return sp
}

// adverbialSpan reports a span of one word that opens its sentence as an
// adverb of time ("Kurz vor Mitternacht"; see adverbialOpening).
func (f *finder) adverbialSpan(sp ner.Span) bool {
	dt := f.doc.Tokens
	k, ok := slices.BinarySearchFunc(dt, sp.Start, func(t text.Token, start int) int { return cmp.Compare(int(t.Start), start) })
	return ok && int(dt[k].End) == sp.End && adverbialOpening(f.doc, k)
}
