package actors

import (
	"strings"
	"unicode/utf8"

	"chronik/corpus/text"
)

// German organisation names are mostly made of ordinary words: an
// adjective and a head noun ("Europäische Zentralbank", "Deutscher
// Wetterdienst"), a head and a complement ("Bundesamt für Migration",
// "Landgericht Hamburg II", "Verband der Chemischen Industrie"), a "Bundes-"
// compound ("Bundeskriminalamt"). What makes such words a name is their
// form: German writes adjectives in lower case, so a capitalised adjective
// in mid-sentence is part of a name; a head with a seat or a "für"
// complement names one institution. The head nouns are data
// (data/orgcues.txt: dehead, seat, assoc), the rules are here.

// head classes of a word, from the endings of data/orgcues.txt.
const (
	headOrg   = 1 << iota // any dehead
	headSeat              // takes its seat after it
	headAssoc             // takes a genitive after it
)

// genericBundes are the heads that after "Bundes" alone still name no one
// institution ("das Bundesamt", "ein Bundesverband"): they need a
// complement.
var genericBundes = map[string]bool{"amt": true, "ministerium": true, "verband": true, "agentur": true, "anstalt": true,
	"institut": true, "gericht": true, "kammer": true, "zentrale": true, "kommission": true, "gesellschaft": true, "vereinigung": true}

// headOf returns the head classes of word k, after a genitive "s" or "es"
// is taken off: "Landeskriminalamts" has the head "amt".
func (f *finder) headOf(k int) (class int) {
	if !f.toks[k].upper {
		return 0
	}
	fa := f.factsOf(k)
	if fa.head == 0 {
		fa.head = int8(f.lex.headClasses(f.w(k)) + 1)
		f.remember(k)
	}
	return int(fa.head - 1)
}

// headClasses returns the head classes of the end of w (see headOf).
func (l *lexicon) headClasses(w string) (class int) {
	if i := strings.LastIndexByte(w, '-'); i >= 0 {
		w = w[i+1:]
	}
	for _, cut := range [3]int{0, 1, 2} {
		if cut > 0 && (len(w) <= cut+2 || w[len(w)-1] != 's' || cut == 2 && w[len(w)-2] != 'e') {
			continue
		}
		stem := w[:len(w)-cut]
		if l.deHeads.has(stem) {
			class = headOrg
			if l.seatHeads.has(stem) {
				class |= headSeat
			}
			if l.assocHeads.has(stem) {
				class |= headAssoc
			}
			return class
		}
	}
	return 0
}

// adjectiveStems end the stems of adjectives that names write with a
// capital: "Europäisch", "Kassenärztlich", "Ständig", "International",
// "Oberst", "Frei".
var adjectiveStems = []string{"sch", "lich", "ig", "al", "ell", "iv", "är", "oberst", "höchst", "frei", "neu", "allgemein", "weiß", "weiss"}

// nameAdjective reports whether word k is an adjective written with a
// capital as part of a name: "Europäische", "Kassenärztlichen",
// "Internationalen", "Obersten", "Freien". At the start of a sentence any
// adjective is capitalised, so there the caller wants a head to follow.
func (f *finder) nameAdjective(k int) bool {
	t := f.toks[k]
	if !t.upper || t.allCaps || t.hyphen || t.glued || f.used[k] || t.end-t.start < 5 { // a stem of three letters and more
		return false
	}
	fa := f.factsOf(k)
	if fa.adj == 0 {
		fa.adj = 1
		if f.lex.nameAdjectives.has(f.w(k)) {
			fa.adj = 2
		}
		f.remember(k)
	}
	if fa.adj == 1 {
		return false
	}
	return f.e(k)&(place|firstName) == 0 && f.headOf(k) == 0
}

// germanOrgName reads an organisation named by German words at word i and
// returns the number of words it takes.
func (f *finder) germanOrgName(i int) int {
	if n := f.clubName(i); n > 0 {
		return n
	}
	if n := f.acronymUnion(i); n > 0 {
		return n
	}
	k := i
	adjs := 0
	for k < len(f.toks) && adjs < 3 && (k == i || f.joined(k)) && f.nameAdjective(k) {
		k++
		adjs++
	}
	if k >= len(f.toks) || k > i && !f.joined(k) || f.used[k] {
		return 0
	}
	class := f.headOf(k)
	switch {
	case class == 0 && adjs > 0 && k+1 < len(f.toks) && f.joined(k+1) && !f.toks[k].hyphen && f.innerNameWord(k):
		// "Deutsche Alzheimer Gesellschaft": a name between adjective and head.
		if c := f.headOf(k + 1); c != 0 {
			k++
			class = c
		}
	case class == 0 && adjs == 0 && f.e(i)&firstName != 0 && k+1 < len(f.toks) && f.joined(k+1) && f.toks[k+1].hyphen:
		// "Paul Ehrlich-Institut": a founder's name before a named compound.
		if c := f.headOf(k + 1); c != 0 && allPartsUpper(f.w(k+1)) {
			k++
			class = c
		}
	}
	if class == 0 || f.used[k] || f.toks[k].allCaps {
		return 0
	}
	head := k
	last := head
	complement := false
	if e := f.forComplement(head, adjs > 0 || f.bundesName(head) || f.namedCompound(head)); e > head {
		last, complement = e, true
	} else if e := f.seatComplement(head, class); e > head {
		last, complement = e, true
	} else if e := f.genitiveComplement(head, class, adjs > 0 || f.determinerBefore(i)); e > head {
		last, complement = e, true
	}
	named := adjs > 0 || complement || head > i
	if !named && (f.bundesName(head) || f.namedCompound(head)) {
		// A compound right before a name describes it: "der
		// EU-Wetterdienst X", "Branchenverband Y".
		named = !(head+1 < len(f.toks) && f.joined(head+1) && (f.toks[head+1].upper || f.toks[head+1].innerCap))
	}
	if !named {
		return 0
	}
	if f.indefiniteBefore(i) || last+1 < len(f.toks) && f.joined(last+1) && f.e(last+1)&eventHead != 0 {
		return 0
	}
	f.markUsed(i, last)
	name := f.germanCanonical(i, head, last, adjs)
	f.addOrg(i, last, name, false)
	if adjs > 0 && last == head {
		// "die Post" after "Deutsche Post".
		if w := f.w(head); f.lex.aliasHeads.has(w) && f.lex.deHeads.has(w) && len(w) == aliasLen(f.lex, w) {
			f.learnOrg(w, name)
			f.aliasWords = append(f.aliasWords, w)
		}
	}
	return last - i + 1
}

// aliasLen returns the length of the alias ending of w: an alias is the
// whole word ("Bahn"), not a compound ending in it ("Autobahn").
func aliasLen(l *lexicon, w string) int {
	_, n := l.aliasHeads.longest(w, 0)
	return n
}

// nameWord reports whether word k can be a proper name inside an
// organisation's name: capitalised, not a common word, month or role.
func (f *finder) nameWord(k int) bool {
	t := f.toks[k]
	if !t.upper || t.glued || f.used[k] {
		return false
	}
	e := f.e(k)
	if e&(calendar|notOrg|legalForm) != 0 || f.roleOf(k) != "" {
		return false
	}
	return e&(place|nameToken|company|firstName) != 0 || !f.commonWord(k) && !germanNounEnding(f.w(k))
}

// innerNameWord reports whether word k, between a capitalised adjective
// and a head, is a name: besides nameWord's, a word in "-er" that is no
// common word and no city's adjective ("Deutsche Alzheimer Gesellschaft"):
// there the "-er" ending tells a person's name, not a German noun.
func (f *finder) innerNameWord(k int) bool {
	if f.nameWord(k) {
		return true
	}
	t := f.toks[k]
	w := f.w(k)
	if !t.upper || t.glued || t.allCaps || f.used[k] || !strings.HasSuffix(w, "er") || f.lex.isCommon(w) {
		return false
	}
	if f.e(k)&(calendar|notOrg|legalForm) != 0 || f.roleOf(k) != "" {
		return false
	}
	stem := strings.TrimSuffix(w, "er")
	for _, c := range []string{stem, stem + "en", strings.TrimSuffix(stem, "n") + "en", text.WithoutUmlaut(stem)} {
		if f.entries.lookup(f.lex, c)&place != 0 {
			return false // "Deutsche Münchner …"
		}
	}
	return true
}

// bundesName reports whether word k is a "Bundes-" compound that names one
// institution: "Bundeskriminalamt", "Bundeskartellamts", "Bundeswehr",
// not the bare "Bundesamt" or the genitive "Bundes".
func (f *finder) bundesName(k int) bool {
	rest, ok := strings.CutPrefix(f.w(k), "Bundes")
	if !ok || f.toks[k].hyphen || len(rest) < 3 {
		return false
	}
	for _, cut := range []string{"es", "s", ""} {
		stem, ok := strings.CutSuffix(rest, cut)
		if !ok {
			continue
		}
		if v, hn := f.lex.deHeads.longest(stem, 0); v != 0 {
			return hn < len(stem) || !genericBundes[strings.ToLower(stem)]
		}
	}
	return false
}

// namedCompound reports whether word k is a hyphenated compound of a name
// and a head: "Max-Planck-Institut", "Potsdam-Institut",
// "GKV-Spitzenverband", "Humboldt-Universität".
func (f *finder) namedCompound(k int) bool {
	t := f.toks[k]
	if !t.hyphen || !allPartsUpper(f.w(k)) {
		return false
	}
	first, _, _ := strings.Cut(f.w(k), "-")
	if utf8.RuneCountInString(first) < 2 {
		return false
	}
	e := f.entries.lookup(f.lex, first)
	if _, rest, _ := strings.Cut(f.w(k), "-"); !strings.Contains(rest, "-") && f.lex.wholeParts.has(rest) {
		return false // "CDU-Fraktion" is the CDU's (see findCompoundsAndKnownOrgs)
	}
	return e&(place|nameToken|company|firstName) != 0 || isAcronym(first) || f.orgName(first) != "" ||
		!f.lex.isCommon(first) && e&(calendar|notOrg) == 0
}

// forComplement reads "für …" after a head: "für Arbeit", "für Wirtschaft
// und Klimaschutz", "für Sicherheit in der Informationstechnik", "für
// politische Bildung". It returns the last word of the name, or head.
//
// After a head without an adjective or name of its own, only heads that
// name institutions this way take it (named: there is one).
func (f *finder) forComplement(head int, named bool) int {
	k := head + 1
	if k+1 >= len(f.toks) || !f.joined(k) || f.w(k) != "für" {
		return head
	}
	if !named {
		w := f.w(head)
		if i := strings.LastIndexByte(w, '-'); i >= 0 {
			w = w[i+1:]
		}
		if !f.lex.forHeads.has(strings.TrimSuffix(strings.TrimSuffix(w, "s"), "e")) {
			return head
		}
	}
	last := head
	nouns := 0
	for k++; k < len(f.toks) && f.joined(k) && nouns < 3; k++ {
		w := f.w(k)
		t := f.toks[k]
		switch {
		case t.upper && !t.allCaps && f.e(k)&calendar == 0 && !f.used[k]:
			last = k
			nouns++
			continue
		case !t.upper && adjectiveLike(w) && !f.lex.isCommon(w) && k+1 < len(f.toks) && f.joined(k+1):
			continue // "politische", not "ihren"
		case last > head && (w == "und" || w == "in" || w == "im" || w == "der" || w == "des") && k+1 < len(f.toks) && f.joined(k+1):
			continue
		}
		break
	}
	return last
}

// seatComplement reads the seat after a head that takes one: "Hamburg II",
// "Köln", "Nordrhein-Westfalen", "zu Berlin".
func (f *finder) seatComplement(head, class int) int {
	if class&headSeat == 0 {
		return head
	}
	k := head + 1
	if k < len(f.toks) && f.joined(k) && f.w(k) == "zu" {
		k++
	}
	if k >= len(f.toks) || !f.joined(k) || !f.seatWord(k, false) {
		return head
	}
	// A Roman numeral tells courts of one city apart: "Landgericht Hamburg II".
	if k+1 < len(f.toks) && f.joined(k+1) {
		switch f.w(k + 1) {
		case "I", "II", "III", "IV":
			k++
		}
	}
	return k
}

// seatWord reports whether word k names a place an institution sits in.
func (f *finder) seatWord(k int, loose bool) bool {
	t := f.toks[k]
	if !t.upper || t.allCaps || t.glued || f.used[k] || f.roleOf(k) != "" {
		return false
	}
	e := f.e(k)
	if e&(calendar|notOrg|legalForm) != 0 {
		return false
	}
	if e&place != 0 || e&(nameToken|company|firstName) != 0 && !f.commonWord(k) {
		return true
	}
	// A word no list knows may be a place after a club's word ("Eintracht
	// Frankfurt"), not after an office ("im Präsidium Platz nehmen").
	return loose && !f.commonWord(k) && !germanNounEnding(f.w(k)) && !strings.HasSuffix(f.w(k), "e")
}

// genitiveComplement reads the genitive that names an association: "der
// Chemischen Industrie", "der Vertriebenen", "des Hessischen
// Rundfunks". Without an adjective before the head, the head
// must follow a determiner ("der Bund der Vertriebenen"), not an
// indefinite one.
func (f *finder) genitiveComplement(head, class int, determined bool) int {
	if class&headAssoc == 0 || !determined {
		return head
	}
	k := head + 1
	if k+1 >= len(f.toks) || !f.joined(k) || !f.joined(k+1) {
		return head
	}
	if w := f.w(k); w != "der" && w != "des" {
		return head
	}
	last := head
	for k++; k < len(f.toks) && k <= head+4 && f.joined(k); k++ {
		t := f.toks[k]
		if !t.upper || t.allCaps || f.e(k)&(calendar|place) != 0 || f.roleOf(k) != "" {
			break
		}
		last = k
		if !f.nameAdjective(k) && !adjectiveLike(f.w(k)) || !(k+1 < len(f.toks) && f.joined(k+1) && f.toks[k+1].upper) {
			break // the noun ends the genitive; an adjective wants one more word
		}
	}
	if last == head || f.nameAdjective(last) {
		return head
	}
	return last
}

// determiners and indefinites are the words before a head that make it a
// name ("der Bund der Vertriebenen") or a description ("ein Institut für
// Meinungsforschung").
var (
	determiners = wordSet("der die das des dem den Der Die Das Dem Den Des vom beim zum zur im")
	indefinites = wordSet("ein eine einer einem einen eines Ein Eine kein keine keiner keinem keinen")
)

func wordSet(words string) map[string]bool {
	m := map[string]bool{}
	for w := range strings.FieldsSeq(words) {
		m[w] = true
	}
	return m
}

// determinerBefore reports whether a definite article or a preposition
// fused with one stands right before word i.
func (f *finder) determinerBefore(i int) bool {
	return i > 0 && f.joined(i) && determiners[f.w(i-1)]
}

// indefiniteBefore reports whether an indefinite article stands right
// before word i.
func (f *finder) indefiniteBefore(i int) bool {
	return i > 0 && f.joined(i) && indefinites[f.w(i-1)]
}

// clubName reads a sports club: a club word and its place or name, up to
// two words ("Borussia Mönchengladbach", "VfL Wolfsburg", "Hertha BSC";
// "Schalke 04" is not read).
func (f *finder) clubName(i int) int {
	if f.e(i)&clubWord == 0 {
		return 0
	}
	last := i
	for k := i + 1; k < len(f.toks) && k <= i+3 && (f.joined(k) || f.abbreviationBefore(k)) && !f.used[k]; k++ {
		t := f.toks[k]
		if f.abbreviationBefore(k+1) && k+1 < len(f.toks) && f.toks[k+1].upper {
			last = k // "FC St. Pauli": the abbreviation is part of the name
			continue
		}
		if !(t.allCaps && f.e(k)&notOrg == 0 || f.e(k)&clubWord != 0 && !t.allCaps || f.seatWord(k, true)) {
			break // "SV Werder Bremen": a second club word goes on
		}
		last = k
	}
	if last == i {
		return 0
	}
	f.markUsed(i, last)
	f.addOrg(i, last, f.span(i, last), false)
	return last - i + 1
}

// abbreviationBefore reports whether word k follows a short capitalised
// abbreviation with its dot inside a name ("St. Pauli", "St. Gallen").
func (f *finder) abbreviationBefore(k int) bool {
	if k <= 0 || k >= len(f.toks) || !f.toks[k-1].dotAfter || !f.toks[k-1].upper || f.toks[k].start != f.toks[k-1].end+2 || f.text[f.toks[k-1].end+1] != ' ' {
		return false
	}
	switch f.w(k - 1) {
	case "St", "Ste", "Sta":
		return true
	}
	return false
}

// acronymUnion reads "IG Bau", "IG Chemie": an industrial union is written
// "IG" (Industriegewerkschaft) and its branch.
func (f *finder) acronymUnion(i int) int {
	if f.w(i) != "IG" || i+1 >= len(f.toks) || !f.joined(i+1) || !f.toks[i+1].upper || f.used[i+1] || f.toks[i+1].hyphen {
		return 0
	}
	if f.e(i+1)&(calendar|place) != 0 || f.roleOf(i+1) != "" {
		return 0
	}
	f.markUsed(i, i+1)
	f.addOrg(i, i+1, f.span(i, i+1), false)
	return 2
}

// neuterHeads and masculineHeads are the organisation heads (data/orgcues.txt,
// dehead) that are not feminine: they choose the adjective's ending in a
// canonical name.
var (
	neuterHeads    = []string{"amt", "institut", "ministerium", "gericht", "komitee", "museum", "theater", "orchester", "klinikum", "präsidium", "hilfswerk", "parlament", "zentrum", "büro", "werk", "haus"}
	masculineHeads = []string{"bund", "dienst", "hof", "rundfunk", "verband", "landtag", "bundesrat", "bundestag", "rat", "senat", "verein", "konzern"}
)

// headGender returns the ending of an adjective before head word k
// without an article: "es" (neuter), "er" (masculine) or "e".
func (f *finder) headGender(k int) string {
	if e, ok := headEnding(f.w(k), f.lex); ok {
		return e
	}
	return "e"
}

// germanCanonical names an organisation found over words i..last, its
// head at word head, so that its inflected forms meet: adjectives in the
// form the head's gender gives them without an article, the head without a genitive s ("des Bayerischen
// Landeskriminalamts" → "Bayerisches Landeskriminalamt"), other words as
// written.
func (f *finder) germanCanonical(i, head, last, adjs int) string {
	var b strings.Builder
	for k := i; k <= last; k++ {
		if k > i && int(f.toks[k].start) > int(f.toks[k-1].end) {
			b.WriteByte(' ')
		}
		w := f.w(k)
		switch {
		case k < i+adjs:
			// The name as it stands without an article: "Europäisches
			// Parlament", "Deutscher Wetterdienst", "Europäische
			// Zentralbank", whichever form the text used.
			for _, end := range []string{"em", "en", "er", "es", "e"} {
				if strings.HasSuffix(w, end) {
					w = w[:len(w)-len(end)] + f.headGender(head)
					break
				}
			}
		case k == head:
			for _, cut := range []string{"es", "s"} {
				if stem, ok := strings.CutSuffix(w, cut); ok && len(stem) > 3 && f.lex.deHeads.has(stem) {
					w = stem
					break
				}
			}
		}
		b.WriteString(w)
	}
	return b.String()
}
