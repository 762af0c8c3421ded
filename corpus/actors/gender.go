package actors

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"chronik/corpus/text"
	"chronik/model"
)

// The gender of an organisation's name: German news writes most such
// names with an article ("die Lufthansa", "der ORF", "die SPD"), and a
// title that names one after "von" or "bei" wants it ("Entscheidung der
// SPD", "Streik bei der Lufthansa"). No word list knows the gender of a
// name; the articles the texts put right before it tell it.

// The definite articles, as bits of a set.
const (
	detDer uint8 = 1 << iota
	detDie
	detDas
	detDen
	detDem
	detDes
	// detDieEn: "die" before the name written with "-n" after it ("die
	// Grünen" of "Grüne"), the plural of a name that is an adjective
	detDieEn
)

var detBits = map[string]uint8{"der": detDer, "die": detDie, "das": detDas, "den": detDen, "dem": detDem, "des": detDes}

// determinerBits returns detBits of the determiner art in any case, read
// with its lower-case bytes, which copies none of them.
func determinerBits(art string) uint8 {
	var buf [maxCachedWord]byte
	return detBits[string(text.AppendLower(buf[:0], art))]
}

// articleBefore returns the bit of the definite article that stands
// right before the name written at text[start:end], or 0. An article
// before a compound the name opens is the compound's ("die
// SPD-Fraktion"), one before a name and a capitalised word after it
// that of a longer name ("die Apple Watch"), and one after a comma,
// or after a comma and a preposition, a relative pronoun ("…, das
// Apple betreibt", "…, bei dem Apple …").
func articleBefore(text string, start, end int) uint8 {
	if end < len(text) {
		if r, _ := utf8.DecodeRuneInString(text[end:]); r == '-' || unicode.IsLetter(r) {
			return 0
		}
		if next := strings.TrimLeft(text[end:], " "); len(next) < len(text[end:]) {
			if r, _ := utf8.DecodeRuneInString(next); unicode.IsUpper(r) || unicode.IsDigit(r) {
				return 0
			}
		}
	}
	if start < 1 || text[start-1] != ' ' {
		return 0
	}
	art, at := wordEndingAt(text, start, false)
	bit := determinerBits(art)
	if bit == 0 {
		return 0
	}
	prev, at := wordEndingAt(text, at, false)
	if prev == "" && at > 0 && text[at-1] == ',' {
		return 0
	}
	if r, _ := utf8.DecodeRuneInString(prev); unicode.IsLower(r) {
		if p, at := wordEndingAt(text, at, false); p == "" && at > 0 && text[at-1] == ',' {
			return 0
		}
	}
	return bit
}

// genderArticles are the definite articles of a name of each gender, in
// every case.
var genderArticles = []struct {
	g    model.Gender
	dets uint8
}{
	{model.Masculine, detDer | detDen | detDem | detDes},
	{model.Feminine, detDie | detDer},
	{model.Neuter, detDas | detDem | detDes},
	{model.PluralName, detDie | detDer | detDen},
}

// nameGender reads the gender of a name from the articles seen before
// it: the one gender that has them all ("der" and "dem": masculine;
// "das": neuter; "die" and "den": a plural). A name that is not
// pluralLike is no plural where "die" alone or two articles were seen
// ("die SPD", "der FC Bayern München" and "den FC Bayern München");
// "den" alone may be a plural's ("den Casinos Austria"). "der" alone,
// and "dem" or "des" alone, two genders share: they tell none. A name
// of one word that is an adjective takes its gender from "die" before
// it (adjectiveNameGender); one that opens with an adjective
// ("Österreichische Post") changes its ending with the article, which
// a title would have to follow: it gets none.
func nameGender(dets uint8, name string) model.Gender {
	first, _, _ := strings.Cut(name, " ")
	if strings.HasSuffix(first, "e") && adjectiveWord(first) {
		if first != name {
			return model.NoGender
		}
		return adjectiveNameGender(dets)
	}
	if dets == 0 || dets&detDieEn != 0 {
		return model.NoGender
	}
	noPlural := !pluralLike(name) && (dets == detDie || bits.OnesCount8(dets) >= 2)
	found := model.NoGender
	for _, ga := range genderArticles {
		if dets&^ga.dets != 0 || noPlural && ga.g == model.PluralName {
			continue
		}
		if found != model.NoGender {
			return model.NoGender
		}
		found = ga.g
	}
	return found
}

// adjectiveNameGender reads the gender of a name that is an adjective of
// one word ("Grüne", "Linke"), whose ending changes with its article: "die
// Grünen" is a plural, "die Linke" a feminine; other articles tell none.
func adjectiveNameGender(dets uint8) model.Gender {
	switch {
	case dets&detDieEn != 0:
		return model.PluralName
	case dets&detDie != 0:
		return model.Feminine
	}
	return model.NoGender
}

// pluralLike reports whether a name may be a plural: it ends in "-en",
// "-er" or "-n", and its last word is one the lexicon reads as an
// inflected form of a noun ("Bayern" of "Bayer") or, a name of one
// word, one it does not know ("Wiener"); a name's last word it does
// not know is a place or a name ("Hertha Berlin"), and an acronym that
// opens a name is its head ("FC Bayern").
func pluralLike(name string) bool {
	if !strings.HasSuffix(name, "n") && !strings.HasSuffix(name, "er") {
		return false
	}
	last := name[strings.LastIndexByte(name, ' ')+1:]
	if first, _, _ := strings.Cut(name, " "); first != name && acronymWord(first) {
		return false // "FC Bayern": the acronym that opens it is its head
	}
	rs := text.Lookup(last)
	if len(rs) == 0 {
		return last == name
	}
	for _, r := range rs {
		if r.Class == text.Noun && r.Lemma != last {
			return true
		}
	}
	return false
}

// acronymWord reports whether w is written in capitals, or in
// capitals and small letters that open none of its syllables ("VfB"):
// two or more letters, the first and the last capital.
func acronymWord(w string) bool {
	if len(w) < 2 {
		return false
	}
	f, _ := utf8.DecodeRuneInString(w)
	l, _ := utf8.DecodeLastRuneInString(w)
	return unicode.IsUpper(f) && unicode.IsUpper(l)
}

// adjectiveWord reports whether the text lexicon reads w, lower-cased,
// as an adjective.
func adjectiveWord(w string) bool {
	c, _ := text.Classes(strings.ToLower(w))
	return c&text.Adjective != 0
}
