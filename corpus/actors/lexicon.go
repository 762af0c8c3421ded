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
)

//go:embed data/*.gz data/*.tsv data/*.txt
var dataFS embed.FS

// entry says what the lexicon knows about a word. One word can be many
// things at once: "Washington" is a place and a name token.
type entry uint32

const (
	firstFemale entry = 1 << iota // a female first name
	firstMale                     // a male first name (both bits: either)
	firstNoun                     // a first name that is also a German noun ("Mark", "Rose")
	nameToken                     // a first or last name ("Zuckerberg" is not; "Miller" is)
	company                       // a company name token from the gazetteer
	companyWeak                   // a company token that is an English word: needs to stand alone
	place                         // a country, state or city
	common                        // a German or English common word (key in lower case)
	calendar                      // a month or weekday name
	legalForm                     // "AG", "GmbH", "Inc.", "Group"
	orgHead                       // "Commission", "Zeitung": ends a multi-word organisation name
	ofHead                        // "Department", "Bank": starts "X of Y"
	eventHead                     // "Summit": the name before it is an event
	notOrg                        // an acronym or CamelCase word that is no organisation
	particle                      // "von", "van", "de": inside a surname
	clubWord                      // "FC", "Borussia": starts a sports club's name

	firstName = firstFemale | firstMale
)

// lexicon is the data loaded once per process.
type lexicon struct {
	words map[string]entry
	// institutions maps the first word of a known multi-word or
	// single-word organisation to its written forms, longest first.
	institutions map[string][]institution
	roleHeads    map[string]string // lower-case role head → its class ("ceo" → "chef")
	roleLens     []int             // the byte lengths of the role heads, longest first ("stabschef" before "chef")
	orgNouns     []string          // lower-case endings of nouns that introduce an organisation
	orgParts     []string          // lower-case endings of compounds whose first part is an organisation
	deHeads      suffixSet         // endings of German organisation heads ("zentralbank", "agentur")
	seatHeads    suffixSet         // heads that take a seat ("Landgericht München")
	assocHeads   suffixSet         // heads that take a genitive ("Verband der Automobilindustrie")
	wholeParts   suffixSet         // compound ends that make "Name-…" the organisation ("-Konzern")
	aliasHeads   suffixSet         // heads that name the organisation alone ("die Bahn")
	// lowerFirst marks the first bytes of institutions written in lower
	// case ("dpa"), so that only few lower-case words are looked up.
	lowerFirst [256]bool
}

// lowerInstitution reports whether a lower-case word may start an
// institution's name.
func (l *lexicon) lowerInstitution(w string) bool {
	return w != "" && l.lowerFirst[w[0]] && len(l.institutions[w]) > 0
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
		roleHeads:    map[string]string{},
	}
	add := func(w string, e entry) { l.words[w] |= e }
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
		if weak == "w" {
			add(name, company|companyWeak)
		} else {
			add(name, company)
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
			l.orgNouns = append(l.orgNouns, w)
		case "part":
			l.orgParts = append(l.orgParts, w)
		case "dehead":
			l.deHeads.add(w, 1)
		case "seat":
			l.seatHeads.add(w, 1)
		case "assoc":
			l.assocHeads.add(w, 1)
		case "whole":
			l.wholeParts.add(w, 1)
		case "alias":
			l.aliasHeads.add(w, 1)
		case "club":
			add(w, clubWord)
		}
	})
	forLines(plain("data/roles.txt"), func(line string) {
		head, class, _ := strings.Cut(line, "=")
		l.roleHeads[head] = class
	})
	for h := range l.roleHeads {
		if !slices.Contains(l.roleLens, len(h)) {
			l.roleLens = append(l.roleLens, len(h))
		}
	}
	slices.SortFunc(l.roleLens, func(a, b int) int { return cmp.Compare(b, a) })
	forLines(plain("data/institutions.txt"), func(line string) {
		building := strings.HasPrefix(line, "@")
		forms := strings.Split(strings.TrimPrefix(line, "@"), "|")
		for _, f := range forms {
			ws := strings.Fields(f)
			if c := ws[0][0]; c >= 'a' && c <= 'z' {
				l.lowerFirst[c] = true
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
func (l *lexicon) lookup(w string) entry { return l.words[w] }

// lowerASCII lower-cases w into buf when w is ASCII (no allocation), and
// with strings.ToLower otherwise.
func lowerASCII(buf []byte, w string) string {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return strings.ToLower(w)
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return string(buf)
}

// isCommon reports whether w, lower-cased, is a common German or English
// word. It lower-cases into a stack buffer: the map index with string(b)
// does not allocate.
func (l *lexicon) isCommon(w string) bool {
	var buf [48]byte
	if len(w) > len(buf) {
		return l.words[strings.ToLower(w)]&common != 0
	}
	b := buf[:0]
	ascii := true
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			ascii = false
			break
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	if !ascii {
		return l.words[strings.ToLower(w)]&common != 0
	}
	return l.words[string(b)]&common != 0
}

// roleClass returns the class of the role a word names ("Tesla-CEO",
// "Stabschef", "Präsidenten") and "" if it names none. The head is the end
// of the word's last compound part ("Stabschef" ends in "chef"), after
// German endings of case, number and gender are taken off.
func (l *lexicon) roleClass(w string) string {
	if i := strings.LastIndexByte(w, '-'); i >= 0 {
		w = w[i+1:]
	}
	if len(w) < 3 || len(w) > 40 {
		return ""
	}
	var buf [40]byte
	lw := lowerASCII(buf[:0], w)
	stems := [4]string{lw}
	n := 1
	switch {
	case strings.HasSuffix(lw, "innen"):
		stems[n] = lw[:len(lw)-3]
		n++
	case strings.HasSuffix(lw, "en"), strings.HasSuffix(lw, "es"):
		stems[n] = lw[:len(lw)-2]
		stems[n+1] = lw[:len(lw)-1]
		n += 2
	case strings.HasSuffix(lw, "s"), strings.HasSuffix(lw, "n"):
		stems[n] = lw[:len(lw)-1]
		n++
	}
	for _, stem := range stems[:n] {
		for _, n := range l.roleLens {
			if n <= len(stem) {
				if c, ok := l.roleHeads[stem[len(stem)-n:]]; ok {
					return c
				}
			}
		}
	}
	return ""
}

// endsWithAny reports whether the lower-cased word ends in one of the
// endings, and the word is longer than the ending or equal to it.
func endsWithAny(lw string, endings []string) bool {
	for _, e := range endings {
		if strings.HasSuffix(lw, e) {
			return true
		}
	}
	return false
}
