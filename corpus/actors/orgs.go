package actors

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"chronik/corpus/text"
	"chronik/model"
)

// orgPhrase reads a multi-word organisation name that ends in a legal form
// or an organisation head ("Softbank Group", "Federal Trade Commission",
// "Frankfurter Allgemeine Zeitung") or starts "Department of …".
func (f *finder) orgPhrase(i int) int {
	e := f.e(i)
	if e&(legalForm|orgHead|calendar|notOrg) != 0 && e&ofHead == 0 {
		return 0
	}
	// "Department of Government Efficiency", "Bank of America".
	if e&ofHead != 0 && i+2 < len(f.toks) && f.joined(i+1) && f.w(i+1) == "of" {
		last := i + 1
		for k := i + 2; k < len(f.toks) && k <= i+5 && f.joined(k) && f.toks[k].upper; k++ {
			last = k
		}
		if last > i+1 {
			f.markUsed(i, last)
			f.addOrg(i, last, f.span(i, last), false)
			return last - i + 1
		}
	}
	// A run of capitalised words, with English and German connectors
	// inside ("Securities and Exchange Commission").
	head := -1
	for k := i + 1; k < len(f.toks) && k <= i+5 && f.joined(k) && !f.used[k]; k++ {
		w := f.w(k)
		if !f.toks[k].upper {
			if (w == "and" || w == "of" || w == "for" || w == "für") && k+1 < len(f.toks) && f.joined(k+1) && f.toks[k+1].upper {
				continue
			}
			break
		}
		if ek := f.e(k); ek&(legalForm|orgHead) != 0 {
			head = k
			if ek&legalForm != 0 {
				break // "Softbank Group": nothing follows a legal form
			}
		}
	}
	if head < 0 {
		return 0
	}
	if f.toks[i].first && f.commonWord(i) {
		return 0 // "Die", "Eine" at the start of a sentence
	}
	if head > i+1 && e&(company|nameToken|place|firstName) == 0 && germanNounForm(f.w(i)) {
		return 0 // "unter dem Namen Alpha Group": the name starts after the noun
	}
	if e&company == 0 && f.lex.cueNoun(f.w(i)) || f.roleOf(i) != "" {
		return 0 // "Sender Fox News", "US-Auslandsgeheimdienst National Security Agency": the cue is not the name
	}
	if head+1 < len(f.toks) && f.joined(head+1) && f.e(head+1)&eventHead != 0 {
		return 0
	}
	if head == i+1 && genericHeads[f.w(head)] && f.cityAdjective(i) {
		return 0 // "das Mailänder Institut", "die Frankfurter Bank": a description, no name
	}
	end := int(f.toks[head].end)
	name := f.span(i, head)
	if f.e(head)&legalForm != 0 && !f.placeBeforeLegalForm(i, head) {
		name = f.span(i, head-1) // the canonical name leaves the legal form out
		if f.toks[head].dotAfter && f.entries.lookup(f.lex, f.w(head)+".")&legalForm != 0 {
			end++ // "Inc."
		}
	}
	f.markUsed(i, head)
	f.emit(mentionOrg(f, i, end, name, false), nil)
	return head - i + 1
}

// placeBeforeLegalForm reports whether the legal form at word head
// follows one word that names a place and no company: "Linz AG" keeps its
// legal form in its name, or it would read as the city.
func (f *finder) placeBeforeLegalForm(i, head int) bool {
	return head == i+1 && f.e(i)&place != 0 && f.e(i)&company == 0
}

// genericHeads are organisation heads that after a city's adjective only
// describe an organisation of that city ("das Frankfurter Institut");
// a newspaper's head does not ("Frankfurter Rundschau").
var genericHeads = wordSet("Bank Institut Partei Stiftung Universität Verband Agentur")

// cityAdjective reports whether word i is the adjective of a place:
// "Frankfurter", "Mailänder", "Münchner", "Dresdner".
func (f *finder) cityAdjective(i int) bool {
	w := f.w(i)
	stem, ok := strings.CutSuffix(w, "er")
	if !ok || len(stem) < 3 || f.e(i)&(company|firstName) != 0 {
		return false
	}
	if f.e(i)&nameToken == 0 {
		return true // no list knows the place ("Mailänder"), and no name ends so
	}
	for _, c := range []string{stem, stem + "en", strings.TrimSuffix(stem, "n") + "en", text.WithoutUmlaut(stem)} {
		if f.entries.lookup(f.lex, c)&place != 0 {
			return true
		}
	}
	return false
}

func mentionOrg(f *finder, i, end int, name string, part bool) Mention {
	f.learnOrg(name, name)
	if !part {
		f.orgCount[name]++
	}
	return Mention{Start: int(f.toks[i].start), End: end, Kind: model.Organization, Name: name, Part: part, Meta: f.meta(i)}
}

func (f *finder) span(i, j int) string { return f.text[int(f.toks[i].start):int(f.toks[j].end)] }

func (f *finder) markUsed(i, j int) {
	for k := i; k <= j; k++ {
		f.used[k] = true
	}
}

// cuedOrg reads an organisation named after a noun that introduces one:
// "Raumfahrtfirma Blue Origin", "der Datenbankriese Oracle", "Plattform X".
func (f *finder) cuedOrg(i int) int {
	prev := f.w(i - 1)
	if !f.toks[i-1].upper || !f.lex.cueNoun(prev) {
		return 0
	}
	if !f.orgLike(i) || f.personBySurname(f.w(i)) != nil {
		return 0
	}
	last := i
	for k := i + 1; k < len(f.toks) && k <= i+2 && f.joined(k) && f.toks[k].upper && !f.used[k] && f.orgLike(k); k++ {
		last = k
	}
	if f.e(last)&legalForm != 0 && last > i && !f.placeBeforeLegalForm(i, last) {
		f.markUsed(i, last)
		f.emit(mentionOrg(f, i, int(f.toks[last].end), f.span(i, last-1), false), nil)
		return last - i + 1
	}
	f.markUsed(i, last)
	f.addOrg(i, last, f.span(i, last), false)
	// "die Autobauer Opel und Renault": after a plural noun a second
	// name joined by "und" or "oder" is introduced by the same noun.
	if k := last + 2; k < len(f.toks) && (strings.HasSuffix(prev, "e") || strings.HasSuffix(prev, "en")) && f.joined(last+1) && f.joined(k) && (f.w(last+1) == "und" || f.w(last+1) == "oder") &&
		f.toks[k].upper && !f.used[k] && !f.toks[k].hyphen && f.orgLike(k) && f.personBySurname(f.w(k)) == nil && f.e(k)&firstName == 0 {
		f.used[k] = true
		f.addOrg(k, k, f.w(k), false)
		return k - i + 1
	}
	return last - i + 1
}

// orgLike reports whether word k can be (part of) an organisation's name
// after a cue noun: not a place, month, role or ordinary German noun.
func (f *finder) orgLike(k int) bool {
	w := f.w(k)
	e := f.e(k)
	if len(w) == 1 && f.toks[k].upper {
		return true // "Plattform X"
	}
	if e&(company|legalForm) != 0 || f.toks[k].innerCap || (f.toks[k].allCaps && e&notOrg == 0) {
		return true
	}
	if e&(place|calendar|notOrg) != 0 || f.commonWord(k) || f.roleOf(k) != "" || f.toks[k].glued {
		return false
	}
	if strings.HasSuffix(w, "s") && f.e(k)&place == 0 && f.entries.lookup(f.lex, w[:len(w)-1])&place != 0 {
		return false // "Amerikas"
	}
	return !germanNounEnding(w) && !umlautPlural(w)
}

// umlautPlural reports whether w looks like a German plural that turns its
// last vowel into an umlaut and adds "e" ("Gespräche", "Arbeitsplätze",
// "Verträge"): brand names hardly end that way.
func umlautPlural(w string) bool {
	if !strings.HasSuffix(w, "e") || len(w) < 5 {
		return false
	}
	stem := w[:len(w)-1]
	for i := len(stem) - 1; i >= 0; {
		r, n := utf8.DecodeLastRuneInString(stem[:i+1])
		switch r {
		case 'ä', 'ö', 'ü':
			return true
		case 'a', 'e', 'i', 'o', 'u', 'y':
			return false
		}
		i -= n
	}
	return false
}

// germanNounEnding reports whether w ends like a German common noun
// ("Milliarden", "Regierung", "Freiheit"): such a word after "Unternehmen"
// is no company name.
func germanNounEnding(w string) bool {
	for _, s := range []string{"ung", "ungen", "heit", "keit", "schaft", "ismus", "tät", "ion", "ionen", "enz", "en", "er", "ern", "chen", "lein"} {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// germanNounForm reports whether w has an ending that only German nouns
// have ("Namen", "Regierung", "Freiheit", "Nation"), unlike the English
// words of a name.
func germanNounForm(w string) bool {
	for _, s := range []string{"en", "ung", "heit", "keit", "ion", "ionen", "schaft"} {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// singleOrg decides about one word that no phrase rule took: a company of
// the gazetteer, a CamelCase brand, an acronym, or two words that the
// gazetteer writes as one ("Space X", "Open AI").
func (f *finder) singleOrg(i int) {
	t := f.toks[i]
	w := f.w(i)
	e := f.e(i)
	if i+1 < len(f.toks) && f.joined(i+1) && !f.used[i+1] && (f.toks[i+1].upper || f.toks[i+1].innerCap) && len(w) <= 8 && int(f.toks[i+1].end)-int(f.toks[i+1].start) <= 8 {
		var buf [16]byte
		joinedForm := append(append(buf[:0], w...), f.w(i+1)...)
		// (the filter first, which rules most pairs out; no allocation: the
		// conversion is only a map key)
		if mayHold(&f.lex.filter, joinedForm) && f.lex.words[string(joinedForm)]&company != 0 {
			f.markUsed(i, i+1)
			name := w + f.w(i+1)
			f.emit(mentionOrg(f, i, int(f.toks[i+1].end), name, false), nil)
			return
		}
	}
	if e&(notOrg|legalForm) != 0 || t.glued {
		f.used[i] = true
		return
	}
	if t.hyphen {
		if e&company != 0 && e&companyWeak == 0 {
			f.used[i] = true
			f.emit(mentionOrg(f, i, int(t.end), w, false), nil)
		}
		return // compounds: see findCompoundsAndKnownOrgs
	}
	name := w
	genitive := false
	if e&company == 0 && strings.HasSuffix(w, "s") && len(w) > 3 {
		if se := f.entries.lookup(f.lex, w[:len(w)-1]); se&company != 0 {
			e, name, genitive = se, w[:len(w)-1], true // "Amazons"
		}
	}
	if e&company != 0 && i > 0 && f.joined(i) && f.toks[i-1].upper && f.entries.lookup(f.lex, f.w(i-1)+" "+w)&place != 0 {
		return // "Tel Aviv": the gazetteer word ends a place's name
	}
	switch {
	case e&company != 0 && e&companyWeak == 0 && e&(place|legalForm) == 0:
	case e&company != 0 && e&(place|legalForm) == 0 && f.standalone(i, genitive):
	case t.innerCap && f.camelBrand(w):
		if i+1 < len(f.toks) && f.joined(i+1) && f.e(i+1)&eventHead != 0 {
			f.markUsed(i, i+1) // "DealBook Summit": an event
			return
		}
	case t.allCaps && f.acronym(i):
	case f.brandCompound(i):
	default:
		return
	}
	f.used[i] = true
	f.emit(mentionOrg(f, i, int(t.end), name, false), nil)
}

// brandCompound reports whether word i is one word made of a coined first
// part and a company's head: "Commerzbank", not "Notenbank", "Stadtwerke"
// or "Autobahn". German compounds of common nouns mostly join their parts
// with "-s" or "-en" ("Landesbank", "Hypothekenbank"); a brand's coined
// part seldom does, so such first parts count as German words too.
func (f *finder) brandCompound(i int) bool {
	t := f.toks[i]
	if !t.upper || t.allCaps || t.innerCap || t.hyphen || f.e(i)&(place|firstName|nameToken) != 0 {
		return false
	}
	w := f.w(i)
	_, n := f.lex.brandHeads.longest(w, 0)
	if n == 0 || n == len(w) || f.commonWord(i) {
		return false
	}
	first := strings.ToLower(w[:len(w)-n])
	if utf8.RuneCountInString(first) < 3 || strings.HasSuffix(first, "s") || strings.HasSuffix(first, "en") {
		return false
	}
	for _, cut := range []string{"", "e", "n"} {
		stem, ok := strings.CutSuffix(first, cut)
		if ok && stem != "" && (f.lex.isCommon(stem) || f.lex.genericParts[stem]) {
			return false
		}
	}
	return true
}

// standalone reports whether word i is not part of a longer capitalised
// name: "Apple" alone, not "Apple Music" or "Big Apple".
// A genitive ("Amazons Cloud-Service") is followed by its noun.
func (f *finder) standalone(i int, genitive bool) bool {
	// Only a name-like word before it joins it into a longer name: a German
	// noun does not ("Plattformen Facebook").
	if i > 0 && f.joined(i) && (f.toks[i-1].upper || f.toks[i-1].innerCap) && !f.toks[i].first &&
		f.e(i-1)&(company|nameToken|firstName|place) != 0 {
		return false
	}
	return genitive || !(i+1 < len(f.toks) && f.joined(i+1) && (f.toks[i+1].upper || f.toks[i+1].innerCap))
}

// camelBrand reports whether a word with an inner capital looks like a
// brand ("OpenAI", "SpaceX", "xAI", "DealBook") rather than a surname
// ("McDonald", "DeSantis"), a product ("iPhone") or German gender-neutral
// spelling ("LehrerInnen").
func (f *finder) camelBrand(w string) bool {
	for _, p := range []string{"Mc", "Mac", "De", "Di", "Le", "La", "Van", "Von", "O'"} {
		if strings.HasPrefix(w, p) && len(w) > len(p) {
			r, _ := utf8.DecodeRuneInString(w[len(p):])
			if unicode.IsUpper(r) {
				return false
			}
		}
	}
	if strings.HasSuffix(w, "In") || strings.HasSuffix(w, "Innen") {
		return false
	}
	r0, n0 := utf8.DecodeRuneInString(w)
	if unicode.IsLower(r0) && len(w) > n0+1 {
		r1, n1 := utf8.DecodeRuneInString(w[n0:])
		r2, _ := utf8.DecodeRuneInString(w[n0+n1:])
		if unicode.IsUpper(r1) && unicode.IsLower(r2) {
			return false // iPhone, eBook
		}
	}
	return true
}

// romanNumeral reports whether every letter of w is one of a Roman
// numeral's ("XVI", "II").
func romanNumeral(w string) bool {
	for _, r := range w {
		if unicode.IsLetter(r) && !strings.ContainsRune("IVXLCDM", r) {
			return false
		}
	}
	return true
}

// acronym reports whether an all-capital word is an organisation's
// acronym: two to five letters, not on the stop list, no Roman numeral,
// and not part of a line written in capitals ("HOT SPOT").
func (f *finder) acronym(i int) bool {
	w := f.w(i)
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters < 2 || letters > 5 || romanNumeral(w) || f.e(i)&(legalForm|place|calendar) != 0 {
		return false
	}
	if i > 0 && f.joined(i) && f.toks[i-1].allCaps {
		return false
	}
	if i+1 < len(f.toks) && f.joined(i+1) && f.toks[i+1].allCaps {
		return false
	}
	return true
}
