package temporal

import (
	"strings"
	"sync"
	"time"

	"chronik/corpus/datenames"
	"chronik/corpus/text"
)

// flag is a bit set of the roles a word can play in a temporal expression.
type flag uint64

const (
	fMonth        flag = 1 << iota // Januar, Jan, Jän, January, Dec …
	fMonthAbbr                     // an abbreviation that usually takes a full stop ("Jan", "Sept")
	fEngMonth                      // an English month name (needs a day or year to count)
	fWeekday                       // Montag … Sonntag, and compounds with a part of day ("Mittwochabend")
	fPOD                           // a part of the day: Morgen, Vormittag, Mittag, Nachmittag, Abend, Nacht
	fNumWord                       // ein, zwei … zwölf, zwanzig, anderthalb
	fFuzzy                         // einige, mehrere, wenige, paar: an unspecified number
	fOrdinal                       // ersten, zweiten …
	fUnit                          // Tag, Woche, Monat, Jahr, Jahrzehnt … in any case form
	fRel                           // letzte, vergangene, vorige, nächste, kommende, diese, laufende …
	fAnaRel                        // folgende, selbe, gleiche: relative to the event just told
	fMod                           // Anfang, Beginn, Mitte, Ende
	fDeixis                        // gestern, heute, morgen, vorgestern, übermorgen (and -ig adjectives)
	fRef                           // kürzlich, derzeit, künftig …: PAST_REF, PRESENT_REF, FUTURE_REF
	fSeason                        // Frühjahr, Frühling, Sommer, Herbst, Winter
	fHoliday                       // Weihnachten, Ostern, Silvester …
	fCompound                      // one-word unit with modifier or relation: Jahresbeginn, Vorjahr, Wochenende
	fApprox                        // etwa, rund, fast, knapp, gut, mindestens …
	fSetWord                       // täglich, jährlich, montags, abends …
	fEvery                         // jeden, jede, jedes, alle, pro
	fAfterWord                     // später, danach, darauf, zuvor, vorher, davor, früher
	fArticle                       // der, die, das, den, dem, des
	fPrepDate                      // prepositions that may precede a date: im, am, seit, bis, ab, vom …
	fYearCue                       // words after which a bare number is a year: Wahl, Jahr, Sommer …
	fAmount                        // words that make a preceding number an amount: Euro, Prozent, Mrd …
	fAmountBefore                  // words that make a following number an amount: rund, über, Nr …
	fUhr                           // Uhr
	fQuarter                       // Quartal
	fHalf                          // Halbjahr, Jahreshälfte, Hälfte
	fKW                            // KW, Kalenderwoche
	fCentury                       // Jahrhundert, Jahrtausend
	fDecade                        // zwanziger … neunziger, and the compounds "Neunzigerjahre"
	fDecadeTail                    // Jahre, Jahren (after a decade)
	fFuture                        // future cues: wird, werden, will, soll, plant …
	fPast                          // past cues that are not verbs: damals, gestern, zuvor …
	fPerfAux                       // hat, haben, ist, sind: perfect with a participle
	fDeterminer                    // articles, possessives, quantifiers (an -te word after them is an adjective)
	fCal                           // first word of a background-calendar phrase
	fTimeZone                      // MEZ, MESZ, Ortszeit, UTC
	fNot                           // "nicht" (blocks "nicht zuletzt")
	fSinceLike                     // seit, vor, in, nach, bis, ab, binnen, innerhalb, für, über: governs a quantity
	fDurWord                       // jahrelang, tagelang …: a vague duration in one word
	fSaid                          // mitteilte, sagte, berichtete …: a verb that closes an attribution
	fSpanAdj                       // zweijährige, sechstägigen …: an adjective of a counted span (lower-case only)
	fEarlyLate                     // frühen, späten: START/END before a decade
	fYearAgo                       // Vorjahresmonat, Vorjahresquartal, Vorjahreszeitraum: the period told, a year earlier
	fPeriodNoun                    // Saison, Geschäftsjahr …: a period named by the year after it, part of its extent
)

// unit is a calendar or clock unit.
type unit uint8

const (
	uNone unit = iota
	uSecond
	uMinute
	uHour
	uDay
	uWeek
	uWeekend
	uMonth
	uQuarter
	uHalfYear
	uYear
	uDecade
	uCentury
	uMillennium
)

// An entry is everything the lexicon knows about one folded word form.
type entry struct {
	f      flag
	month  int8   // 1–12
	wday   int8   // time.Weekday+1 (0 = none)
	pod    string // TIMEX3 part of day: MO, MI, AF, EV, NI
	n      int32  // number word value ×10 (so "anderthalb" = 15), ordinal value, decade digit
	unit   unit
	plural bool   // the unit form is plural ("Jahre", "Tagen"); a decade compound is complete ("Neunzigerjahre")
	adj    bool   // a deictic adjective ("gestrigen") rather than an adverb
	rel    int8   // -1 previous, 0 this, +1 next (fRel, fCompound); for fAnaRel +1 following, 0 same
	mod    string // START, MID, END (fMod, fCompound); APPROX, LESS_THAN, MORE_THAN … (fApprox)
	deixis int8   // day offset of a deictic word
	ref    string // PAST_REF, PRESENT_REF, FUTURE_REF
	recent bool   // a PAST_REF that means the last weeks ("kürzlich"), not any time past
	season string // SP, SU, FA, WI
	hol    int8   // holiday index+1
	dir    int8   // fAfterWord: +1 later (später, danach), -1 earlier (zuvor, vorher)
	set    string // value of a fSetWord
	prep   string // the preposition itself for fPrepDate/fSinceLike, folded
	needIn bool   // a ref that counts only after "in" ("in der Vergangenheit", "in Zukunft")
}

type lexicon struct {
	words map[string]*entry // while building
	// table is words for lookups by the text layer's hash: most words
	// are no key, and a miss costs one probe of a small array.
	table *text.Table[*entry]
}

var sharedLexicon = sync.OnceValue(buildLexicon)

// lookup returns the entry of a lower-case word (the text layer's
// Doc.Lower) whose text.Hash is h, nil for the vast majority.
func (lx *lexicon) lookup(w string, h uint32) *entry {
	if len(w) == 0 || len(w) > maxKey {
		return nil
	}
	e, _ := lx.table.Get(w, h)
	return e
}

// add merges roles into the entry of a word form (folded on the way in).
func (lx *lexicon) add(word string, set func(e *entry)) {
	w := foldString(word)
	e := lx.words[w]
	if e == nil {
		e = &entry{}
		lx.words[w] = e
	}
	set(e)
}

func (lx *lexicon) flag(f flag, words ...string) {
	for _, w := range words {
		lx.add(w, func(e *entry) { e.f |= f })
	}
}

var englishMonths = [12][]string{
	{"January", "Jan"}, {"February", "Feb"}, {"March", "Mar"}, {"April", "Apr"}, {"May"}, {"June", "Jun"},
	{"July", "Jul"}, {"August", "Aug"}, {"September", "Sep", "Sept"}, {"October", "Oct"}, {"November", "Nov"},
	{"December", "Dec"},
}

// partsOfDay maps German part-of-day nouns to TIMEX3 codes.
var partsOfDay = map[string]string{
	"Morgen": "MO", "Früh": "MO", "Vormittag": "MO", "Mittag": "MI", "Nachmittag": "AF",
	"Abend": "EV", "Nacht": "NI",
}

var numberWords = map[string]int32{
	"ein": 10, "eine": 10, "einen": 10, "einem": 10, "einer": 10, "eines": 10,
	"zwei": 20, "drei": 30, "vier": 40, "fünf": 50, "sechs": 60, "sieben": 70, "acht": 80, "neun": 90,
	"zehn": 100, "elf": 110, "zwölf": 120, "dreizehn": 130, "vierzehn": 140, "fünfzehn": 150,
	"sechzehn": 160, "siebzehn": 170, "achtzehn": 180, "neunzehn": 190, "zwanzig": 200, "dreißig": 300,
	"vierzig": 400, "fünfzig": 500, "sechzig": 600, "siebzig": 700, "achtzig": 800, "neunzig": 900,
	"hundert": 1000, "anderthalb": 15, "eineinhalb": 15, "zweieinhalb": 25, "dreieinhalb": 35,
	"halben": 5, "halbes": 5, "halbe": 5,
}

var ordinalStems = []string{"erst", "zweit", "dritt", "viert", "fünft", "sechst", "siebt", "acht", "neunt",
	"zehnt", "elft", "zwölft"}

// spanAdjectives are the stems of adjectives of a counted span:
// "-jährig", "-tägig" ("zweijährige", "120-jährigen").
var spanAdjectives = []struct {
	stem string
	unit unit
}{{"jährig", uYear}, {"tägig", uDay}, {"wöchig", uWeek}, {"monatig", uMonth}, {"stündig", uHour}, {"minütig", uMinute}}

// adjective endings of German inflection.
var adjEndings = []string{"e", "en", "er", "es", "em"}

func buildLexicon() *lexicon {
	lx := &lexicon{words: make(map[string]*entry, 2048)}
	for m, names := range datenames.GermanMonths {
		for k, n := range names {
			lx.add(n, func(e *entry) {
				e.f |= fMonth
				e.month = int8(m + 1)
				if k > 0 && len(n) <= 4 {
					e.f |= fMonthAbbr
				}
			})
		}
		// Genitive "des Dezembers".
		lx.add(names[0]+"s", func(e *entry) { e.f |= fMonth; e.month = int8(m + 1) })
	}
	for m, names := range englishMonths {
		for k, n := range names {
			lx.add(n, func(e *entry) {
				if e.f&fMonth == 0 {
					e.f |= fMonth | fEngMonth
					e.month = int8(m + 1)
				}
				if k > 0 {
					e.f |= fMonthAbbr
				}
			})
		}
	}
	for wd, name := range datenames.Weekdays {
		set := func(pod string) func(e *entry) {
			return func(e *entry) { e.f |= fWeekday; e.wday = int8(wd + 1); e.pod = pod }
		}
		lx.add(name, set(""))
		lx.add(name+"s", func(e *entry) { // "dienstags": every Tuesday; also genitive "des Dienstags"
			e.f |= fSetWord
			e.wday = int8(wd + 1)
			e.set = "XXXX-WXX-" + isoWeekday(wd)
		})
		for p, code := range partsOfDay {
			lx.add(name+strings.ToLower(p), set(code))
			lx.add(name+strings.ToLower(p)+"s", func(e *entry) { // "sonntagabends"
				e.f |= fSetWord
				e.set = "XXXX-WXX-" + isoWeekday(wd) + "T" + code
			})
		}
		lx.add(name+"früh", set("MO"))
	}
	for p, code := range partsOfDay {
		lx.add(p, func(e *entry) { e.f |= fPOD; e.pod = code })
	}
	for p, code := range map[string]string{"Morgenstunden": "MO", "Vormittagsstunden": "MO", "Mittagszeit": "MI",
		"Mittagsstunden": "MI", "Nachmittagsstunden": "AF", "Abendstunden": "EV", "Nachtstunden": "NI"} {
		lx.add(p, func(e *entry) { e.f |= fPOD; e.pod = code })
	}
	for w, n := range map[string]int32{"einmal": 1, "zweimal": 2, "dreimal": 3, "viermal": 4, "fünfmal": 5,
		"sechsmal": 6, "zehnmal": 10, "mehrmals": 0, "mehrfach": 0} {
		lx.add(w, func(e *entry) { e.f |= fEvery; e.n = n })
	}
	lx.add("Morgens", func(e *entry) { e.f |= fSetWord; e.set = "XXXX-XX-XXTMO" })
	lx.add("Vormittags", func(e *entry) { e.f |= fSetWord; e.set = "XXXX-XX-XXTMO" })
	lx.add("Mittags", func(e *entry) { e.f |= fSetWord; e.set = "XXXX-XX-XXTMI" })
	lx.add("Nachmittags", func(e *entry) { e.f |= fSetWord; e.set = "XXXX-XX-XXTAF" })
	lx.add("Abends", func(e *entry) { e.f |= fSetWord; e.set = "XXXX-XX-XXTEV" })
	lx.add("Nachts", func(e *entry) { e.f |= fSetWord; e.set = "XXXX-XX-XXTNI" })

	for w, v := range numberWords {
		lx.add(w, func(e *entry) { e.f |= fNumWord; e.n = v })
	}
	lx.flag(fFuzzy, "einige", "einigen", "mehrere", "mehreren", "wenige", "wenigen", "paar", "etliche",
		"etlichen", "zahlreiche", "zahlreichen", "viele", "vielen")
	for i, s := range ordinalStems {
		for _, end := range adjEndings {
			lx.add(s+end, func(e *entry) { e.f |= fOrdinal; e.n = int32(i + 1) })
		}
	}

	type unitForm struct {
		u      unit
		sing   []string
		plural []string
	}
	for _, uf := range []unitForm{
		{uSecond, []string{"Sekunde"}, []string{"Sekunden"}},
		{uMinute, []string{"Minute"}, []string{"Minuten"}},
		{uHour, []string{"Stunde"}, []string{"Stunden"}},
		{uDay, []string{"Tag", "Tage", "Tages", "Tags"}, []string{"Tage", "Tagen"}},
		{uWeek, []string{"Woche"}, []string{"Wochen"}},
		{uWeekend, []string{"Wochenende", "Wochenendes"}, []string{"Wochenenden"}},
		{uMonth, []string{"Monat", "Monats", "Monate"}, []string{"Monate", "Monaten"}},
		{uQuarter, []string{"Quartal", "Quartals", "Quartale"}, []string{"Quartale", "Quartalen"}},
		{uHalfYear, []string{"Halbjahr", "Halbjahres", "Halbjahrs", "Jahreshälfte"}, []string{"Halbjahre", "Halbjahren"}},
		{uYear, []string{"Jahr", "Jahre", "Jahres", "Jahrs"}, []string{"Jahre", "Jahren"}},
		{uDecade, []string{"Jahrzehnt", "Jahrzehnts", "Jahrzehntes", "Dekade"}, []string{"Jahrzehnte", "Jahrzehnten", "Dekaden"}},
		{uCentury, []string{"Jahrhundert", "Jahrhunderts"}, []string{"Jahrhunderte", "Jahrhunderten"}},
		{uMillennium, []string{"Jahrtausend", "Jahrtausends"}, []string{"Jahrtausende", "Jahrtausenden"}},
	} {
		for _, w := range uf.sing {
			lx.add(w, func(e *entry) { e.f |= fUnit; e.unit = uf.u })
		}
		for _, w := range uf.plural {
			lx.add(w, func(e *entry) { e.f |= fUnit; e.unit = uf.u; e.plural = true })
		}
	}
	lx.flag(fQuarter, "Quartal", "Quartals", "Quartalen")
	lx.flag(fHalf, "Halbjahr", "Halbjahres", "Halbjahrs", "Jahreshälfte", "Hälfte")
	lx.flag(fKW, "KW", "Kalenderwoche")
	lx.flag(fCentury, "Jahrhundert", "Jahrhunderts", "Jahrtausend", "Jahrtausends")
	lx.flag(fDecadeTail, "Jahre", "Jahren", "Jahrzehnt", "Jahrzehnts")

	// Relative adjectives, in every inflection.
	rels := map[string]int8{"letzt": -1, "vergangen": -1, "vorig": -1, "zurückliegend": -1, "abgelaufen": -1,
		"nächst": 1, "kommend": 1, "folgend": 1, "bevorstehend": 1, "dies": 0, "laufend": 0, "aktuell": 0,
		"jetzig": 0, "gegenwärtig": 0, "selb": 0, "gleich": 0, "darauffolgend": 1, "anschließend": 1,
		"vorletzt": -2, "vorvergangen": -2, "übernächst": 2}
	for stem, r := range rels {
		for _, end := range adjEndings {
			w := stem + end
			lx.add(w, func(e *entry) {
				switch stem {
				case "folgend", "darauffolgend", "anschließend":
					e.f |= fAnaRel
					e.rel = 1
				case "selb", "gleich":
					e.f |= fAnaRel
					e.rel = 0
				default:
					e.f |= fRel
					e.rel = r
				}
			})
		}
	}
	lx.add("dieser", func(e *entry) { e.f |= fDeterminer })
	for _, w := range []string{"derselbe", "derselben", "dieselbe", "dieselben", "dasselbe", "desselben", "demselben",
		"denselben"} { // "in derselben Nacht", "desselben Jahres"
		lx.add(w, func(e *entry) { e.f |= fAnaRel; e.rel = 0 })
	}

	for w, m := range map[string]string{"Anfang": "START", "Anfangs": "START", "Beginn": "START", "Start": "START",
		"Mitte": "MID", "Ende": "END", "Endes": "END", "Ausgang": "END"} {
		lx.add(w, func(e *entry) { e.f |= fMod; e.mod = m })
	}
	for w, m := range map[string]string{"frühen": "START", "späten": "END", "frühe": "START", "späte": "END"} {
		lx.add(w, func(e *entry) { e.f |= fEarlyLate; e.mod = m })
	}

	for w, d := range map[string]int8{"vorgestern": -2, "gestern": -1, "heute": 0, "morgen": 1, "übermorgen": 2} {
		lx.add(w, func(e *entry) { e.f |= fDeixis; e.deixis = d })
	}
	for stem, d := range map[string]int8{"vorgestrig": -2, "gestrig": -1, "heutig": 0, "morgig": 1, "übermorgig": 2} {
		for _, end := range adjEndings {
			lx.add(stem+end, func(e *entry) { e.f |= fDeixis; e.deixis = d; e.adj = true })
		}
	}

	for w, r := range map[string]string{
		"kürzlich": "PAST_REF", "jüngst": "PAST_REF", "zuletzt": "PAST_REF", "neulich": "PAST_REF",
		"unlängst": "PAST_REF", "einst": "PAST_REF", "einstmals": "PAST_REF", "ehemals": "PAST_REF",
		"damals": "PAST_REF", "seinerzeit": "PAST_REF",
		"derzeit": "PRESENT_REF", "zurzeit": "PRESENT_REF", "gegenwärtig": "PRESENT_REF", "momentan": "PRESENT_REF",
		"aktuell": "PRESENT_REF", "jetzt": "PRESENT_REF", "heutzutage": "PRESENT_REF", "derzeitig": "PRESENT_REF",
		"künftig": "FUTURE_REF", "zukünftig": "FUTURE_REF", "demnächst": "FUTURE_REF",
	} {
		lx.add(w, func(e *entry) {
			e.f |= fRef
			e.ref = r
			switch w {
			case "kürzlich", "jüngst", "zuletzt", "neulich", "unlängst":
				e.recent = true
			}
		})
	}
	lx.flag(fNot, "nicht")
	for w, r := range map[string]string{"Vergangenheit": "PAST_REF", "Zukunft": "FUTURE_REF", "Gegenwart": "PRESENT_REF",
		"Moment": "PRESENT_REF"} {
		lx.add(w, func(e *entry) { e.f |= fRef; e.ref = r; e.needIn = true })
	}
	for w, v := range map[string]string{"tagelang": "PXD", "wochenlang": "PXW", "monatelang": "PXM",
		"jahrelang": "PXY", "jahrzehntelang": "PXDE", "stundenlang": "PTXH", "minutenlang": "PTXM",
		"jahrhundertelang": "PXCE"} {
		lx.add(w, func(e *entry) { e.f |= fDurWord; e.set = v })
	}
	for w, v := range map[string]string{"tagelang": "PXD", "wochenlang": "PXW", "monatelang": "PXM",
		"jahrelang": "PXY", "jahrzehntelang": "PXDE", "stundenlang": "PTXH", "minutenlang": "PTXM"} {
		for _, end := range adjEndings { // "monatelangem Streit", "tagelangen Niederschlägen"
			lx.add(w+end, func(e *entry) { e.f |= fDurWord; e.set = v })
		}
	}
	// Adjectives of a counted span: "zweijährige Haftstrafe" (P2Y),
	// "sechstägigen Streik" (P6D), "zweiwöchige Pause" (P2W).
	for w, n := range numberWords {
		if n%10 != 0 || strings.HasPrefix(w, "ein") && w != "ein" {
			continue // whole counts; "eine", "einen" … are no compound stems
		}
		for _, u := range spanAdjectives {
			for _, end := range append([]string{""}, adjEndings...) {
				lx.add(w+u.stem+end, func(e *entry) {
					e.f |= fDurWord | fSpanAdj
					e.set = durationValue(u.unit, int(n), false)
				})
			}
		}
	}
	for q := 1; q <= 4; q++ {
		lx.add("Q"+string(rune('0'+q)), func(e *entry) { e.f |= fQuarter; e.n = int32(q) })
	}
	for n, w := range map[int32]string{0: "nuller", 1: "zehner", 2: "zwanziger", 3: "dreißiger", 4: "vierziger",
		5: "fünfziger", 6: "sechziger", 7: "siebziger", 8: "achtziger", 9: "neunziger"} {
		lx.add(w, func(e *entry) { e.f |= fDecade; e.n = n })
		for _, tail := range []string{"jahre", "jahren", "jahrzehnt"} {
			lx.add(w+tail, func(e *entry) { e.f |= fDecade; e.n = n; e.plural = true })
		}
	}

	for w, s := range map[string]string{"Frühjahr": "SP", "Frühjahrs": "SP", "Frühling": "SP", "Frühlings": "SP",
		"Sommer": "SU", "Sommers": "SU", "Herbst": "FA", "Herbstes": "FA", "Herbsts": "FA", "Winter": "WI", "Winters": "WI"} {
		lx.add(w, func(e *entry) { e.f |= fSeason; e.season = s })
	}
	for i, h := range holidays {
		for _, w := range h.words {
			lx.add(w, func(e *entry) { e.f |= fHoliday; e.hol = int8(i + 1) })
		}
	}

	// One-word compounds of a unit with a modifier or relation.
	type compound struct {
		u   unit
		rel int8   // relative to the article date (fRel semantics), or 99 for anaphoric -1 / +1 below
		ana int8   // non-zero: relative to the event just told
		mod string // START, MID, END
	}
	for w, c := range map[string]compound{
		"Jahresbeginn": {uYear, 0, 0, "START"}, "Jahresanfang": {uYear, 0, 0, "START"}, "Jahresauftakt": {uYear, 0, 0, "START"},
		"Jahresmitte": {uYear, 0, 0, "MID"}, "Jahresende": {uYear, 0, 0, "END"}, "Jahresschluss": {uYear, 0, 0, "END"},
		"Monatsbeginn": {uMonth, 0, 0, "START"}, "Monatsanfang": {uMonth, 0, 0, "START"}, "Monatsmitte": {uMonth, 0, 0, "MID"},
		"Monatsende": {uMonth, 0, 0, "END"}, "Wochenbeginn": {uWeek, 0, 0, "START"}, "Wochenanfang": {uWeek, 0, 0, "START"},
		"Wochenmitte": {uWeek, 0, 0, "MID"}, "Wochenende": {uWeekend, 0, 0, ""}, "Wochenendes": {uWeekend, 0, 0, ""},
		"Vorjahr": {uYear, -1, 0, ""}, "Vorjahres": {uYear, -1, 0, ""}, "Vorjahrs": {uYear, -1, 0, ""},
		"Vormonat": {uMonth, -1, 0, ""}, "Vormonats": {uMonth, -1, 0, ""}, "Vorwoche": {uWeek, -1, 0, ""},
		"Vorquartal": {uQuarter, -1, 0, ""}, "Vorquartals": {uQuarter, -1, 0, ""},
		"Vortag": {uDay, 0, -1, ""}, "Vortages": {uDay, 0, -1, ""}, "Vortags": {uDay, 0, -1, ""},
		"Folgetag": {uDay, 0, 1, ""}, "Folgetages": {uDay, 0, 1, ""}, "Folgewoche": {uWeek, 0, 1, ""},
		"Folgemonat": {uMonth, 0, 1, ""}, "Folgejahr": {uYear, 0, 1, ""}, "Folgejahres": {uYear, 0, 1, ""},
		"Vorabend": {uDay, 0, -1, "EV"}, "Gesamtjahr": {uYear, 0, 0, ""}, "Gesamtjahres": {uYear, 0, 0, ""},
	} {
		lx.add(w, func(e *entry) {
			e.f |= fCompound
			e.unit = c.u
			e.mod = c.mod
			if c.ana != 0 {
				e.f |= fAnaRel
				e.rel = c.ana
			} else {
				e.rel = c.rel
			}
		})
	}

	for w, u := range map[string]unit{"Vorjahresmonat": uMonth, "Vorjahresmonats": uMonth, "Vorjahresquartal": uQuarter,
		"Vorjahresquartals": uQuarter, "Vorjahreszeitraum": uNone, "Vorjahreszeitraums": uNone, "Vorjahresperiode": uNone,
		"Vorjahreshalbjahr": uHalfYear, "Vorjahreshalbjahres": uHalfYear} {
		lx.add(w, func(e *entry) { e.f |= fYearAgo; e.unit = u })
	}
	for w, m := range map[string]string{"genau": "EQUAL", "exakt": "EQUAL", "etwa": "APPROX", "rund": "APPROX", "ungefähr": "APPROX", "circa": "APPROX",
		"ca": "APPROX", "zirka": "APPROX", "gegen": "APPROX", "annähernd": "APPROX",
		"fast": "LESS_THAN", "knapp": "LESS_THAN", "beinahe": "LESS_THAN", "nahezu": "LESS_THAN",
		"gut": "MORE_THAN", "mindestens": "EQUAL_OR_MORE", "höchstens": "EQUAL_OR_LESS", "maximal": "EQUAL_OR_LESS",
		"über": "MORE_THAN", "unter": "LESS_THAN", "mehr": "MORE_THAN", "weniger": "LESS_THAN"} {
		lx.add(w, func(e *entry) { e.f |= fApprox; e.mod = m })
	}

	for w, s := range map[string]string{"täglich": "P1D", "tagtäglich": "P1D", "wöchentlich": "P1W", "allwöchentlich": "P1W",
		"monatlich": "P1M", "allmonatlich": "P1M", "jährlich": "P1Y", "alljährlich": "P1Y", "stündlich": "PT1H",
		"vierteljährlich": "P3M", "quartalsweise": "P3M", "halbjährlich": "P6M", "werktags": "XXXX-WXX-WD",
		"wochentags": "XXXX-WXX-WD"} {
		lx.add(w, func(e *entry) { e.f |= fSetWord; e.set = s })
	}
	lx.flag(fEvery, "jeden", "jede", "jedes", "jedem", "jeder", "alle", "pro", "allen")

	for w, d := range map[string]int8{"später": 1, "danach": 1, "darauf": 1, "drauf": 1, "nachher": 1,
		"zuvor": -1, "vorher": -1, "davor": -1, "früher": -1} {
		lx.add(w, func(e *entry) { e.f |= fAfterWord; e.dir = d })
	}
	lx.flag(fArticle|fDeterminer, "der", "die", "das", "den", "dem", "des")
	lx.flag(fDeterminer, "ein", "eine", "einen", "einem", "einer", "eines", "sein", "seine", "seinen", "seinem", "seiner",
		"seines", "ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres", "unser", "unsere", "unseren", "unserem", "unserer",
		"mein", "meine", "meinen", "dein", "deine", "euer", "eure", "diese", "diesen", "diesem", "dieses", "jene", "jenen",
		"jeder", "jede", "jeden", "jedem", "alle", "allen", "keine", "keinen", "keiner", "viele", "vielen", "mehrere",
		"einige", "wenige", "zwei", "drei", "vier", "im", "am", "zum", "zur", "vom", "beim", "ins", "aufs", "so", "sehr",
		"zu", "als", "wie", "hoch", "besonders", "noch", "ganz", "eher", "recht")
	for w := range map[string]bool{"im": true, "am": true, "seit": true, "bis": true, "ab": true, "vom": true,
		"von": true, "zum": true, "zur": true, "um": true, "in": true, "an": true, "vor": true, "nach": true,
		"zu": true, "für": true, "bei": true, "binnen": true, "innerhalb": true, "während": true, "über": true,
		"gegen": true, "zwischen": true, "seitdem": true, "spätestens": true, "frühestens": true, "bereits": true,
		"schon": true, "erst": true, "noch": true, "und": true, "oder": true, "sowie": true} {
		lx.add(w, func(e *entry) { e.f |= fPrepDate; e.prep = foldString(w) })
	}
	for _, w := range []string{"seit", "vor", "in", "nach", "bis", "ab", "binnen", "innerhalb", "für", "über", "von",
		"während", "um"} {
		lx.add(w, func(e *entry) { e.f |= fSinceLike; e.prep = w })
	}
	lx.flag(fYearCue, "wahl", "wahlen", "jahr", "jahre", "jahres", "jahrgang", "saison", "modelljahr", "geschäftsjahr",
		"haushaltsjahr", "präsidentschaftswahl", "präsidentschaftswahlen", "bundestagswahl", "landtagswahl",
		"europawahl", "kommunalwahl", "wahljahr", "sommer", "winter", "herbst", "frühjahr", "frühling", "anfang",
		"mitte", "ende", "beginn", "jahresende", "jahresbeginn", "stand", "hatte", "hatten", "war", "waren", "wurde",
		"wurden", "olympia", "wm", "em", "us-wahl", "us-präsidentschaftswahl", "midterms", "zwischenwahlen",
		"seit", "bis", "ab", "vom", "von", "zwischen", "im", "gegen", "nach", "vor", "um", "spätestens",
		"frühestens", "ausgabe")
	lx.flag(fPeriodNoun, "saison", "spielzeit", "geschäftsjahr", "geschäftsjahres", "geschäftsjahrs", "haushaltsjahr",
		"haushaltsjahres", "haushaltsjahrs", "wirtschaftsjahr", "wirtschaftsjahres", "schuljahr", "schuljahres",
		"studienjahr", "studienjahres", "kalenderjahr", "kalenderjahres", "kalenderjahrs", "fiskaljahr", "fiskaljahres")
	lx.flag(fAmount, "euro", "eur", "dollar", "usd", "franken", "chf", "pfund", "yen", "yuan", "rubel", "cent",
		"prozent", "mrd", "mio", "milliarden", "millionen", "milliarde", "million", "tausend", "bill", "billionen",
		"km", "kilometer", "meter", "m", "kg", "kilogramm", "tonnen", "t", "liter", "stück", "punkte", "punkten",
		"stimmen", "menschen", "personen", "mitarbeiter", "mitarbeitende", "beschäftigte", "einwohner", "fälle",
		"exemplare", "zuschauer", "besucher", "euros", "mal", "seiten", "tote", "toten", "verletzte", "kinder",
		"frauen", "männer", "soldaten", "stellen", "jobs", "unternehmen", "firmen", "fans", "follower", "nutzer",
		"kunden", "plätze", "wohnungen", "häuser", "autos", "fahrzeuge", "flüge", "zeichen", "wörter",
		"kalorien", "grad", "ps", "kw", "mw", "gw", "gb", "tb", "mb", "stunden", "minuten", "sekunden", "tage", "tagen",
		"wochen", "monate", "monaten", "jahren", "hektar", "quadratmeter")
	lx.flag(fAmountBefore, "rund", "etwa", "circa", "ca", "über", "unter", "knapp", "fast", "insgesamt", "nr", "nummer",
		"mehr", "weniger", "als", "mindestens", "höchstens", "maximal", "minus", "plus", "artikel", "paragraf",
		"paragraph", "absatz", "platz", "rang", "tel", "telefon", "zimmer", "raum", "haus", "seite", "kapitel",
		"band", "folge", "episode", "version", "gruppe", "linie", "route", "gleis", "postleitzahl", "plz", "kennziffer",
		"zahl", "je", "zu", "hausnummer", "nummer", "zimmernummer", "bus", "tram", "code", "kontonummer", "jahrgangsstufe")
	lx.flag(fUhr, "uhr")
	lx.flag(fTimeZone, "mez", "mesz", "utc", "gmt", "ortszeit", "ost", "et", "est", "cet")
	lx.flag(fFuture, "wird", "werden", "werde", "wirst", "werdet", "will", "wollen", "willst", "wollt", "soll",
		"sollen", "sollte", "sollten", "könnte", "könnten", "würde", "würden", "dürfte", "dürften", "müsste",
		"müssten", "plant", "planen", "geplant", "beabsichtigt", "möchte", "möchten", "kommenden",
		"kommende", "nächste", "nächsten", "künftig", "voraussichtlich", "bevorstehende", "bevorstehenden")
	// Past verb forms ("hatte", "traf", "sagte") are the text layer's
	// preterites (text.Token.Verb); these are the other past cues.
	lx.flag(fPast, "damals", "einst", "seinerzeit", "gestern", "vorgestern", "letzte", "letzten", "vergangenen",
		"vergangene", "vorigen", "vorige", "zuvor")
	lx.flag(fSaid, "mitteilte", "mitteilten", "sagte", "sagten", "berichtete", "berichteten", "meldete", "meldeten",
		"erklärte", "erklärten", "bekanntgab", "bekanntgaben", "verkündete", "ankündigte", "bestätigte", "mitgeteilt",
		"bekannt", "informierte", "schrieb", "twitterte", "betonte")
	lx.flag(fPerfAux, "hat", "haben", "habe", "hast", "ist", "sind", "bin", "bist", "seid", "sei", "seien")
	for _, p := range calendarFirstWords() {
		lx.add(p, func(e *entry) { e.f |= fCal })
	}
	lx.table = text.NewTable(lx.words)
	return lx
}

// isoWeekday turns a time.Weekday number into the TIMEX3 day digit (Monday 1 … Sunday 7).
func isoWeekday(wd int) string {
	if wd == int(time.Sunday) {
		return "7"
	}
	return string(rune('0' + wd))
}
