package actors

import (
	"bytes"
	"cmp"
	"compress/gzip"
	"embed"
	"io"
	"slices"
	"strings"
	"sync"

	"chronik/corpus/text"
)

//go:embed data/*.gz data/*.tsv data/*.txt
var dataFS embed.FS

// entry says what the lexicon knows about a word. One word can be many
// things at once: "Washington" is a place and a name token.
type entry uint32

const (
	firstFemale  entry = 1 << iota // a female first name
	firstMale                      // a male first name (both bits: either)
	firstNoun                      // a first name that is also a German noun ("Mark", "Rose")
	nameToken                      // a first or last name ("Zuckerberg" is not; "Miller" is)
	company                        // a company name token from the gazetteer
	companyWeak                    // a company token that is an English word: needs to stand alone
	place                          // a country, state or city
	common                         // a German or English common word (key in lower case)
	calendar                       // a month or weekday name
	legalForm                      // "AG", "GmbH", "Inc.", "Group"
	orgHead                        // "Commission", "Zeitung": ends a multi-word organisation name
	ofHead                         // "Department", "Bank": starts "X of Y"
	eventHead                      // "Summit": the name before it is an event
	notOrg                         // an acronym or CamelCase word that is no organisation
	particle                       // "von", "van", "de": inside a surname
	clubWord                       // "FC", "Borussia": starts a sports club's name
	instFirst                      // the first word of a known institution's name
	instGenitive                   // the genitive of a one-word institution ("Guardians")

	// instForm: the first word of an institution's form that
	// withAdjectiveForms made, which the entity tagger's features leave
	// out (its weights were learnt from the written lists)
	instForm   entry = 1 << 28
	entryKnown entry = 1 << 31 // in wordFacts: the word has been looked up

	firstName = firstFemale | firstMale
)

// lexicon is the data loaded once per process.
type lexicon struct {
	words map[string]entry
	// filter rules out most words the map lacks, which are most of those
	// asked (lookup, isCommon).
	filter wordFilter
	// institutions maps the first word of a known multi-word or
	// single-word organisation to its written forms, longest first.
	institutions map[string][]institution
	roleHeads    suffixSet       // role heads ("ceo", "stabschef"), valued 1 + the index of their class
	roleClasses  []string        // the classes of the role heads ("chef" for "ceo")
	orgNouns     suffixSet       // endings of nouns that introduce an organisation ("Raumfahrtfirma")
	orgParts     suffixSet       // endings of compounds whose first part is an organisation ("Meta-Chef")
	deHeads      suffixSet       // endings of German organisation heads ("zentralbank", "agentur")
	seatHeads    suffixSet       // heads that take a seat ("Landgericht München")
	bodyNouns    map[string]bool // nouns that name the body governing the place after them ("Stadt Wien")
	assocHeads   suffixSet       // heads that take a genitive ("Verband der Chemischen Industrie")
	wholeParts   suffixSet       // compound ends that make "Name-…" the organisation ("-Konzern")
	aliasHeads   suffixSet       // heads that name the organisation alone ("die Bahn")
	brandHeads   suffixSet       // ends of one word that names a company after a coined first part ("Commerzbank")
	genericParts map[string]bool // German first parts of such words that the common-word list lacks ("noten")
	forHeads     suffixSet       // heads that take "für …" without an adjective ("Institut für Weltwirtschaft")
	// nameAdjectives are the endings of inflected adjectives that names
	// write with a capital: each of adjectiveStems with each of e, en,
	// er, es, em.
	nameAdjectives suffixSet
	// lowerForms are the first words of institutions written in lower
	// case ("dpa"): few, compared before any lookup.
	lowerForms            []string
	lowerFirst, lowerLast byteSet // their first and last bytes, and their lengths modulo 64: most words are ruled out by them
	lowerLens             uint64
}

// lowerLen reports whether a lower-case word of w's length may start an
// institution's name: lowerInstitution's first test, inlined where most
// words fail it.
func (l *lexicon) lowerLen(w string) bool { return l.lowerLens&(1<<(len(w)&63)) != 0 }

// lowerInstitution reports whether a lower-case word starts an
// institution's name.
func (l *lexicon) lowerInstitution(w string) bool {
	return w != "" && l.lowerLens&(1<<(len(w)&63)) != 0 && l.lowerFirst.has(w[0]) && l.lowerLast.has(w[len(w)-1]) &&
		slices.Contains(l.lowerForms, w)
}

// institution is one written form of a known organisation.
type institution struct {
	words    []string // the form split into words
	name     string   // the canonical name
	building bool     // a place after a locative preposition
}

var (
	loadOnce sync.Once
	lex      *lexicon
)

// loadLexicon reads the embedded data the first time a Recognizer is built,
// not at package init, so that programs that never recognise actors start
// as fast as ever.
func loadLexicon() *lexicon {
	loadOnce.Do(func() { lex = readLexicon() })
	return lex
}

func readLexicon() *lexicon {
	l := &lexicon{
		words:        make(map[string]entry, 80000),
		institutions: map[string][]institution{},
		genericParts: map[string]bool{},
		bodyNouns:    map[string]bool{},
	}
	l.filter = newWordFilter(filterBits)
	add := func(w string, e entry) {
		l.words[w] |= e
		l.filter.add(w)
	}
	forLines(gz("data/firstnames.tsv.gz"), func(line string) {
		name, g, _ := strings.Cut(line, "\t")
		var e entry
		switch g {
		case "f", "F":
			e = firstFemale
		case "m", "M":
			e = firstMale
		default:
			e = firstName
		}
		if g == "F" || g == "M" || g == "X" {
			e |= firstNoun
		}
		add(name, e)
	})
	forLines(gz("data/nametokens.txt.gz"), func(w string) { add(w, nameToken) })
	forLines(gz("data/places.txt.gz"), func(w string) { add(w, place) })
	forLines(gz("data/words.txt.gz"), func(w string) { add(w, common) })
	forLines(plain("data/calendar.txt"), func(w string) { add(w, calendar) })
	forLines(plain("data/companies.tsv"), func(line string) {
		name, weak, _ := strings.Cut(line, "\t")
		e := company
		if weak == "w" {
			e |= companyWeak
		}
		add(name, e)
		// German news writes brands in CamelCase with one capital
		// ("UniCredit" → "Unicredit", "SoftBank" → "Softbank").
		if v := oneCapital(name); v != name && l.words[v]&common == 0 && l.words[strings.ToLower(v)]&common == 0 {
			add(v, e)
		}
	})
	forLines(plain("data/legalforms.txt"), func(w string) {
		// Legal forms in other scripts never follow a German name, and
		// ordinary words ("Investment", "Venture") would turn "Joint
		// Venture" into a company.
		if isLatinCapital(w) && !strings.EqualFold(w, "venture") && !strings.EqualFold(w, "investment") {
			add(w, legalForm)
		}
	})
	forLines(plain("data/notorgs.txt"), func(w string) { add(w, notOrg) })
	for _, p := range []string{"von", "van", "vom", "zu", "de", "der", "den", "di", "da", "del", "della", "du", "la", "le", "ten", "ter", "bin", "al", "el", "dos"} {
		add(p, particle)
	}
	forLines(plain("data/orgcues.txt"), func(line string) {
		class, w, _ := strings.Cut(line, "\t")
		switch class {
		case "head":
			add(w, orgHead)
		case "of":
			add(w, ofHead)
		case "event":
			add(w, eventHead)
		case "noun":
			l.orgNouns.add(w, 1)
		case "part":
			l.orgParts.add(w, 1)
		case "dehead":
			l.deHeads.add(w, 1)
		case "seat":
			l.seatHeads.add(w, 1)
		case "body":
			l.bodyNouns[w] = true
		case "assoc":
			l.assocHeads.add(w, 1)
		case "whole":
			l.wholeParts.add(w, 1)
		case "alias":
			l.aliasHeads.add(w, 1)
		case "for":
			l.forHeads.add(w, 1)
		case "brand":
			l.brandHeads.add(w, 1)
		case "generic":
			l.genericParts[w] = true
		case "club":
			add(w, clubWord)
		}
	})
	for _, stem := range adjectiveStems {
		for _, end := range []string{"e", "en", "er", "es", "em"} {
			l.nameAdjectives.add(stem+end, 1)
		}
	}
	forLines(plain("data/roles.txt"), func(line string) {
		head, class, _ := strings.Cut(line, "=")
		ci := slices.Index(l.roleClasses, class)
		if ci < 0 {
			ci = len(l.roleClasses)
			l.roleClasses = append(l.roleClasses, class)
		}
		l.roleHeads.add(head, int32(ci+1))
	})
	forLines(plain("data/institutions.txt"), func(line string) {
		building := strings.HasPrefix(line, "@")
		written := strings.Split(strings.TrimPrefix(line, "@"), "|")
		forms := withAdjectiveForms(written)
		for k, f := range forms {
			ws := strings.Fields(f)
			if c := ws[0][0]; c >= 'a' && c <= 'z' {
				l.lowerForms = append(l.lowerForms, ws[0])
				l.lowerFirst.add(c)
				l.lowerLast.add(ws[0][len(ws[0])-1])
				l.lowerLens |= 1 << (len(ws[0]) & 63)
			}
			if k < len(written) {
				add(ws[0], instFirst)
			} else {
				add(ws[0], instForm)
			}
			if len(ws) == 1 && !building {
				add(ws[0]+"s", instGenitive)
			}
			l.institutions[ws[0]] = append(l.institutions[ws[0]], institution{words: ws, name: forms[0], building: building})
		}
	})
	for _, list := range l.institutions {
		// Longest first, so that "Neue Zürcher Zeitung" wins over a
		// shorter form sharing its first word.
		slices.SortStableFunc(list, func(a, b institution) int { return cmp.Compare(len(b.words), len(a.words)) })
	}
	return l
}

// withAdjectiveForms adds to an institution's written forms those its
// opening adjective takes after an article ("der Internationale
// Währungsfonds", "des Internationalen Währungsfonds", "das Weiße Haus")
// where the list gives its name without one ("Internationaler
// Währungsfonds"). The first form stays first: it is the name.
func withAdjectiveForms(forms []string) []string {
	out := slices.Clip(forms) // (appending copies: forms stays the written ones)
	for _, f := range forms {
		first, rest, ok := strings.Cut(f, " ")
		if !ok || first == "" || first[0] < 'A' || first[0] > 'Z' && first[0] < 0x80 {
			continue
		}
		stem, end, ok := text.AdjectiveEnding(first)
		if !ok || end != "er" && end != "es" && end != "e" {
			continue
		}
		for _, e := range []string{"e", "en"} {
			if g := stem + e + " " + rest; !slices.Contains(out, g) {
				out = append(out, g)
			}
		}
	}
	return out
}

// oneCapital returns a single ASCII word with its inner capitals lowered
// ("UniCredit" → "Unicredit"); other names unchanged.
func oneCapital(w string) string {
	if len(w) < 4 || w[0] < 'A' || w[0] > 'Z' {
		return w
	}
	b := []byte(w)
	lower := 0
	for i := 1; i < len(b); i++ {
		switch c := b[i]; {
		case c >= 'A' && c <= 'Z':
			b[i] = c + 'a' - 'A'
		case c >= 'a' && c <= 'z':
			lower++
		default:
			return w // blanks, digits, other scripts
		}
	}
	if lower < 2 {
		return w // an acronym stays
	}
	return string(b)
}

func isLatinCapital(w string) bool {
	return w != "" && w[0] >= 'A' && w[0] <= 'Z'
}

// gz returns the text of an embedded gzip file. The data is part of the
// binary, so an error here is a build defect, not bad input.
func gz(name string) string {
	f, err := dataFS.Open(name)
	if err != nil {
		panic("actors: embedded data: " + err.Error())
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		panic("actors: embedded data " + name + ": " + err.Error())
	}
	var buf bytes.Buffer
	if _, err := io.Copy(&buf, zr); err != nil {
		panic("actors: embedded data " + name + ": " + err.Error())
	}
	return buf.String()
}

func plain(name string) string {
	b, err := dataFS.ReadFile(name)
	if err != nil {
		panic("actors: embedded data: " + err.Error())
	}
	return string(b)
}

// forLines calls fn for each non-empty line that is not a "#" comment. The
// lines are substrings of text, so the lexicon's keys share one allocation
// per file.
func forLines(text string, fn func(string)) {
	for len(text) > 0 {
		line, rest, _ := strings.Cut(text, "\n")
		text = rest
		line = strings.TrimRight(line, "\r ")
		if line == "" || line[0] == '#' {
			continue
		}
		fn(line)
	}
}

// lookup returns what the lexicon knows about a word as written.
func (l *lexicon) lookup(w string) entry {
	if !mayHold(&l.filter, w) {
		return 0
	}
	return l.words[w]
}

// particleAsWritten reports whether w, as written, is a name particle
// ("von", "de"): Gazetteer(w)&particle, read from the lexicon's map
// alone, which holds the bit. Gazetteer would also work out its other
// bits, which these callers do not read, and keep them all in its cache.
func particleAsWritten(w string) bool { return loadLexicon().lookup(w)&particle != 0 }

// isCommon reports whether w, lower-cased, is a common German or English
// word. It lower-cases into a stack buffer, its ASCII itself and what
// follows as strings.ToLower would (text.AppendLower), also umlauts: the
// map index with string(b) does not allocate.
func (l *lexicon) isCommon(w string) bool {
	var buf [48]byte
	b := buf[:0]
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			b = text.AppendLower(b, w[i:])
			break
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return mayHold(&l.filter, b) && l.words[string(b)]&common != 0
}

// roleClass returns the class of the role a word names ("Tesla-CEO",
// "Stabschef", "Präsidenten") and "" if it names none.
func (l *lexicon) roleClass(w string) string {
	if c := l.roleClassIndex(w); c >= 0 {
		return l.roleClasses[c]
	}
	return ""
}

// roleClassIndex returns the index of the role class of w in roleClasses,
// or -1. The head is the end of the word's last compound part ("Stabschef"
// ends in "chef"), after German endings of case, number and gender are
// taken off; the longest head wins ("stabschef" before "chef").
func (l *lexicon) roleClassIndex(w string) int {
	if i := strings.LastIndexByte(w, '-'); i >= 0 {
		w = w[i+1:]
	}
	if len(w) < 3 || len(w) > 40 {
		return -1
	}
	stems := [3]string{w}
	n := 1
	switch {
	case hasSuffixFold(w, "innen"):
		stems[n] = w[:len(w)-3]
		n++
	case hasSuffixFold(w, "en"), hasSuffixFold(w, "es"):
		stems[n] = w[:len(w)-2]
		stems[n+1] = w[:len(w)-1]
		n += 2
	case hasSuffixFold(w, "s"), hasSuffixFold(w, "n"):
		stems[n] = w[:len(w)-1]
		n++
	}
	for _, stem := range stems[:n] {
		if v, _ := l.roleHeads.longest(stem, 0); v != 0 {
			return int(v - 1)
		}
	}
	return -1
}

// hasSuffixFold reports whether w ends in the lower-case ASCII suffix,
// ignoring the case of ASCII letters.
func hasSuffixFold(w, suffix string) bool {
	if len(w) < len(suffix) {
		return false
	}
	tail := w[len(w)-len(suffix):]
	for i := 0; i < len(suffix); i++ {
		c := tail[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != suffix[i] {
			return false
		}
	}
	return true
}

// OrgNoun reports whether w, lower-cased and in any case form, is a
// common noun that names an organisation of some kind ("Firma",
// "Autohersteller", "der Handelskette", "Verlag"): the nouns that
// introduce an organisation's name ("der Autohersteller Velmark"), read
// alone.
func OrgNoun(w string) bool { return loadLexicon().cueNoun(w) }

// cueNoun reports whether w is a noun that introduces an organisation's
// name, also inflected: "Sender", "des Geheimdienstes", "der Plattformen",
// "die Pharmakonzerne".
func (l *lexicon) cueNoun(w string) bool {
	if l.orgNouns.has(w) {
		return true
	}
	for _, end := range []string{"es", "en", "s", "n", "e"} {
		if len(w) > len(end)+3 && hasSuffixFold(w, end) && l.orgNouns.has(w[:len(w)-len(end)]) {
			return true
		}
	}
	return false
}
