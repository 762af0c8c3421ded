package events

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"chronik/corpus/text"
	"chronik/model"
)

// Names after a preposition. A name that opens with an adjective
// ("Europäische Kommission", "Oberster Gerichtshof", "Vereinte Nationen")
// is written as it stands alone, in the nominative without an article;
// after a preposition of a title it takes the article and the ending
// that preposition's case asks: "von der Europäischen Kommission",
// "gegen den Obersten Gerichtshof", "vom Europäischen Parlament". The
// adjective's own strong ending tells the gender ("-er" masculine, "-es"
// neuter, "-e" feminine or plural); its head noun, when the lexicon reads
// it as another form of its lemma ("Nationen" of "Nation"), the plural.
// Adjectives of places ("Kärntner Landtag", "Wiener Staatsoper") do not
// change: the lexicon gives them as their own lemmas. Such names, and
// names of words the lexicon does not know ("Corporative Commercial
// Bank"), stay as they are; superlatives of adjectives it knows
// ("Oberster Gerichtshof": "ober") are declined as those.

// A declension writes a title's names after its prepositions. nouns are
// the names of organisations, which take an article there where they are
// common nouns, as any noun does ("vom Bundestag", "bei der
// Commerzbank"); a person's surname that is a noun too ("Kohl",
// "Fischer") takes none.
type declension struct {
	nouns   map[string]bool
	genders map[string]model.Gender // of the names whose gender the texts' articles show
}

// phrase writes names after the preposition prep, as a title lists them.
func (d declension) phrase(prep string, names []string) string {
	return d.phraseIn(prep, names, dativePreps[prep])
}

// phraseIn is phrase in the dative, or else in the accusative: "in"
// says where in the dative and whither in the accusative ("Flucht in
// die Europäische Union").
func (d declension) phraseIn(prep string, names []string, dative bool) string {
	if len(names) == 0 {
		return ""
	}
	prep, out := d.declinedNames(prep, names, dative)
	return prep + " " + out
}

// ofNoun writes names as whose a title's noun is: "von" and the dative,
// but the genitive of one name that takes "der" ("Wahlniederlage der
// Sozialistischen Partei", not "von der …"), whose form is the dative's,
// of one plural name the texts' articles show ("der Grünen"), and of one
// masculine or neuter name they show, which takes no ending there
// ("Titelgewinn des FC Bayern", "Entscheidung des ORF"; not one a noun
// ends: "vom Bundestag", "vom Landgericht Linz").
func (d declension) ofNoun(names []string) string {
	p := d.phrase("von", names)
	if rest, ok := strings.CutPrefix(p, "von der "); ok && len(names) == 1 {
		return "der " + rest
	}
	if rest, ok := strings.CutPrefix(p, "von "); ok && len(names) > 1 && len(names) <= maxTitleActors && !slices.ContainsFunc(names, func(n string) bool {
		return !strings.HasPrefix(d.phrase("von", []string{n}), "von der ")
	}) {
		return rest // "Fusion der Velmark Bank und der Korvex Bank": each takes "der", the genitive's as the dative's
	}
	if rest, ok := strings.CutPrefix(p, "von den "); ok && len(names) == 1 && d.genders[names[0]] == model.PluralName {
		return "der " + rest // "Parteitag der Grünen": a plural the texts' articles show
	}
	if len(names) == 1 && strings.HasPrefix(p, "vom ") && !endingNoun(names[0]) {
		if g := d.genders[names[0]]; g == model.Masculine || g == model.Neuter {
			return "des " + names[0]
		}
	}
	return p
}

// endingNoun reports whether a word of name, or the end of one, is the
// nominative singular of a noun the lexicon knows ("Institut",
// "Verwaltungsgericht", "Land"), which the genitive gives an ending
// ("des Instituts"); an acronym ("FC") is none.
func endingNoun(name string) bool {
	for w := range strings.FieldsFuncSeq(name, func(r rune) bool { return r == ' ' || r == '-' }) {
		if shouted(w) {
			continue
		}
		if part, r, ok := text.HeadNoun(w); ok && strings.EqualFold(r.Lemma, part) {
			return true
		}
	}
	return false
}

// accusatives writes names as the objects of a title's verb:
// "Beckenbauer greift den Deutschen Fußball-Bund an".
func (d declension) accusatives(names []string) string {
	_, out := d.declinedNames("", names, false)
	return out
}

// declinedNames lists names in the dative or else the accusative, each
// with the article it asks for, and returns prep joined with the first
// one's article where German joins them ("von dem" is "vom").
func (d declension) declinedNames(prep string, names []string, dative bool) (string, string) {
	out := make([]string, min(len(names), maxTitleActors))
	for k := range out {
		art, rest := declined(names[k], dative)
		if a := placeArticle(names[k]); art == "" && a != "" {
			art, rest = a, names[k] // "gegen die Türkei", "mit den USA"
			if !dative {
				art = "die"
			} else if a == "den" {
				rest = pluralDative(rest) // "mit den Niederlanden"
			}
		}
		if art == "" && articledPreps[prep] {
			if g, ok := d.genders[names[k]]; ok {
				art = genderArticle(g, dative) // "der SPD", "vom ORF": the article the texts give it
				if adjectiveName(rest) && (dative || g == model.PluralName) {
					rest += "n" // "bei den Grünen", "von der Linken": a name that is an adjective takes its ending
				}
			} else if d.nouns[names[k]] {
				art = nounArticle(names[k], dative) // "vom Bundestag", "bei der Post"
			}
		}
		if art == "" {
			out[k] = names[k]
		} else if c, ok := contractions[prep+" "+art]; ok && k == 0 {
			prep, out[k] = c, rest
		} else {
			out[k] = art + " " + rest
		}
	}
	return prep, list(out)
}

// placePhrase writes a title's place after its preposition: a country
// of one word that takes an article takes it ("in der Türkei", "in den
// USA", "aus der Schweiz"), and goes "in" it, not "nach" ("Reise in die
// Türkei"); other places stand bare ("in Frankreich", "nach Linz").
func placePhrase(prep, place string) string {
	art := ""
	switch prep {
	case "in", "aus", "bei", "nach":
		art = placeArticle(place)
	}
	switch {
	case art == "":
		return strings.TrimSpace(prep + " " + place)
	case prep == "nach":
		return "in die " + place // whither: the accusative, of a feminine name and of a plural
	case art == "den":
		return prep + " den " + pluralDative(place)
	}
	return prep + " " + art + " " + place
}

// placeArticle returns the dative article of a country's name of one
// word that takes one: "der" for one the lexicon knows as a feminine noun
// ("Schweiz") or, unknown to it, that ends in "-ei" as feminine names of
// countries do ("Türkei", "Slowakei"); "den" for one it knows as a noun
// with no gender, a plural ("USA", "Niederlande"); else "". (Cities that
// are nouns too, "Halle", keep none.)
func placeArticle(place string) string {
	if strings.ContainsAny(place, " -") || !isCountry(strings.ToLower(place)) {
		return ""
	}
	rs := text.Lookup(place)
	if len(rs) == 0 {
		if strings.HasSuffix(place, "ei") && len(place) > 5 {
			return "der"
		}
		return ""
	}
	for _, r := range rs {
		if r.Class != text.Noun || r.Lemma != place {
			return ""
		}
		switch r.Gender {
		case text.Feminine:
			return "der"
		case 0:
			return "den"
		}
	}
	return ""
}

// pluralDative returns a plural name in the dative: "-n" after "-e"
// ("Niederlanden"), else as it is ("USA", "Philippinen").
func pluralDative(name string) string {
	if strings.HasSuffix(name, "e") {
		return name + "n"
	}
	return name
}

// nounArticle returns the article a name of one word takes after a
// preposition, in the dative or else the accusative, when it is a
// common noun of one gender in the singular: one the lexicon knows whole
// ("Bundestag", "Polizei", "Commerzbank"), or an institution's compound
// it does not ("Bundesverfassungsgericht", "Bundesregierung"). A company
// named by a feminine noun takes one ("bei der Post"), one named by a
// masculine or neuter noun none ("bei Henkel"), unless it is an
// institution ("vom Bundestag", "durch das Parlament"); people named by
// a masculine noun in "-er" are as often many ("die Ermittler"), and a
// noun that is an adjective too, a party's or a club's ("Grüne",
// "Linke", "Londoner"), has other forms: they take none.
// headFirstPreps open the phrase after a name's first word that makes it
// the name's head ("Bundesamt für …", "Verband der …").
var headFirstPreps = map[string]bool{"für": true, "der": true, "des": true, "zur": true, "zum": true, "gegen": true}

func nounArticle(name string, dative bool) string {
	if head, rest, ok := strings.Cut(name, " "); ok && headFirstPreps[strings.SplitN(rest, " ", 2)[0]] {
		// a name whose head noun comes first, then a phrase of its own
		// ("Bundesamt für Sicherheit", "Institut der Wirtschaft") takes
		// the head's article: "vom Bundesamt für Sicherheit"
		return nounArticle(head, dative)
	}
	if i := strings.LastIndexByte(name, ' '); i > 0 {
		// a name of capitalised words ending in a feminine noun
		// ("Washington Post", "Kronen Zeitung") takes that noun's
		// article, as "die Zeitung" does
		for w := range strings.FieldsSeq(name) {
			if !isUpperWord(w) || strings.Contains(w, "-") {
				return ""
			}
		}
		if art := nounArticle(name[i+1:], dative); art == "der" || art == "die" {
			return art // (of a feminine noun alone: the others take "dem", "den", "das")
		}
		return ""
	}
	if strings.ContainsAny(name, " -") || !isUpperWord(name) || shouted(name) {
		return ""
	}
	lower := strings.ToLower(name)
	var g text.Gender
	rs := text.Lookup(name)
	for _, r := range rs {
		switch {
		case r.Class == text.Adjective:
			return ""
		case r.Class == text.Noun && r.Lemma == name:
			g |= r.Gender
		}
	}
	if len(rs) == 0 && isInstitution(lower) {
		if part, r, ok := text.HeadNoun(name); ok && strings.EqualFold(r.Lemma, part) {
			g = r.Gender // (a plural's head, "Finanzbehörden", is no lemma)
		}
	}
	if g != text.Feminine && (!isInstitution(lower) || g == text.Masculine && strings.HasSuffix(lower, "er")) {
		return ""
	}
	switch {
	case g == text.Feminine && dative:
		return "der"
	case g == text.Feminine:
		return "die"
	case (g == text.Masculine || g == text.Neuter) && dative:
		return "dem"
	case g == text.Masculine:
		return "den"
	case g == text.Neuter:
		return "das"
	}
	return ""
}

// adjectiveName reports a name of one word that is an adjective in "-e"
// ("Grüne", "Linke"), whose ending follows its article.
func adjectiveName(name string) bool {
	if strings.ContainsAny(name, " -") || !strings.HasSuffix(name, "e") {
		return false
	}
	c, _ := text.Classes(strings.ToLower(name))
	return c&text.Adjective != 0
}

// genderArticle returns the definite article of a name of gender g in
// the dative or else the accusative, or "".
func genderArticle(g model.Gender, dative bool) string {
	switch g {
	case model.Feminine:
		return pick(dative, "der", "die")
	case model.PluralName:
		return pick(dative, "den", "die")
	case model.Masculine:
		return pick(dative, "dem", "den")
	case model.Neuter:
		return pick(dative, "dem", "das")
	}
	return ""
}

// pick returns a if c holds, else b.
func pick(c bool, a, b string) string {
	if c {
		return a
	}
	return b
}

// articledPreps are the prepositions after which a title's noun takes
// its article ("vom Bundestag", "im Landtag", "bei der Post"): a headline
// drops it after others ("Festnahme durch Polizei", "Klage gegen
// Bundesregierung"), not after these.
var articledPreps = map[string]bool{"von": true, "in": true, "bei": true, "an": true, "zu": true, "aus": true}

// contractions join a preposition and the article after it.
var contractions = map[string]string{
	"von dem": "vom", "zu dem": "zum", "zu der": "zur", "bei dem": "beim",
	"in dem": "im", "an dem": "am",
}

// dativePreps govern the dative in a title; the others there
// ("durch", "für", "gegen", "an" of a recipient, "über" of a defeated
// side) the accusative.
var dativePreps = map[string]bool{
	"von": true, "mit": true, "zu": true, "bei": true, "aus": true, "nach": true,
	"seit": true, "in": true, "vor": true, "zwischen": true,
}

// declined returns the article and the declined name that name takes
// in the dative or else the accusative, or "" and name when it opens with
// no adjective.
func declined(name string, dative bool) (article, rest string) {
	words := strings.Fields(name)
	if art, aged, ok := declinedAge(words, dative); ok {
		return art, aged
	}
	// the adjectives, each with its strong ending, then the noun
	n := 0
	ending := ""
	for n < len(words)-1 {
		w := words[n]
		_, e, ok := text.AdjectiveEnding(w)
		if !ok || e != "er" && e != "es" && e != "e" || !isUpperWord(w) || ending != "" && e != ending {
			break
		}
		ending = e
		n++
	}
	if n == 0 || !isUpperWord(words[n]) {
		return "", name
	}
	part, _, ok := text.HeadNoun(words[n])
	if !ok {
		return "", name
	}
	gender := map[string]byte{"er": 'm', "es": 'n', "e": 'f'}[ending]
	if gender == 'f' && !lemmaForm(part) {
		gender = 'p' // a form that is none of its lemmas: in a name in the nominative, a plural ("Nationen", "Griechen")
	}
	adjEnd := "en"
	switch {
	case dative && (gender == 'm' || gender == 'n'):
		article = "dem"
	case dative && gender == 'f':
		article = "der"
	case dative:
		article = "den"
	case gender == 'm':
		article = "den"
	case gender == 'f':
		article, adjEnd = "die", "e"
	case gender == 'n':
		article, adjEnd = "das", "e"
	default:
		article = "die"
	}
	out := make([]string, len(words))
	copy(out, words)
	for k := range n {
		out[k] = strings.TrimSuffix(words[k], ending) + adjEnd
	}
	if dative && gender == 'p' && !strings.HasSuffix(words[n], "n") && !strings.HasSuffix(words[n], "s") {
		out[n] += "n" // "den Vereinigten Staaten", "den Olympischen Spielen"
	}
	return article, strings.Join(out, " ")
}

// declinedAge declines someone named by age alone, as a nominalised
// adjective: "durch einen 27-Jährigen", "von einer 28-Jährigen", "von
// zwei 17-Jährigen" ("-er" is a man, "-e" a woman, or many after a
// number).
func declinedAge(words []string, dative bool) (article, rest string, ok bool) {
	last := words[len(words)-1]
	age, noun := text.Age(last)
	if age == "" || !noun || len(words) > 2 || len(words) == 2 && !numberWord(words[0]) {
		return "", "", false
	}
	stem := strings.TrimRight(last[len(age)+1:], "nrms")
	if len(words) == 2 { // a number before: many
		if dative {
			stem += "n"
		}
		return strings.ToLower(words[0]), age + "-" + stem, true
	}
	switch {
	case strings.HasSuffix(last, "r") && dative:
		article = "einem"
	case strings.HasSuffix(last, "r"):
		article = "einen"
	case dative:
		article = "einer"
	default:
		return "eine", last, true
	}
	return article, age + "-" + stem + "n", true
}

// lemmaForm reports a noun form that is one of its lemmas ("Nation",
// not "Nationen").
func lemmaForm(part string) bool {
	for _, r := range text.Lookup(part) {
		if r.Class == text.Noun && strings.EqualFold(r.Lemma, part) {
			return true
		}
	}
	return false
}

func isUpperWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}
