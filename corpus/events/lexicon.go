package events

import (
	"chronik/corpus/text"

	_ "embed"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

//go:embed triggers.txt
var triggerData string

// A trigger is one lemma of the trigger lexicon.
type trigger struct {
	kind        Kind
	noun        string // the title noun
	specificity int
	verb        bool
	// The words its clause must or must not have, for a reading that
	// holds only in some contexts: "verurteilte … zu vier Jahren Haft" is
	// a verdict, "verurteilte den Angriff" criticism.
	cues      []string // one of these must stand in the clause (see cueMatches)
	cueBytes  []uint64 // cueBytes of each cue
	orgCue    bool     // "#org" is among the cues: an organisation the clause names as its object
	require   []string // each of these words must stand in the clause
	forbid    []string // none of these words may stand in the clause
	forbidden forbidSet
	// wantsGrammar: a context word is a word of a closed class ("=für",
	// "+sich"), which the search must not skip.
	wantsGrammar bool
	// A verb's forms for titles: "sperrt", "sperren", "gesperrt", and its
	// separable particle ("kündigt … an").
	third, infinitive, participle, particle string
	// self: an action verb its clause told with "sich" ("hatte sich …
	// unterzogen"); the lexicon's reflexives require "sich" instead
	self bool
}

// conditional reports whether the trigger holds only in some contexts;
// such a reading, when it holds, beats a plain one of the same word.
func (t *trigger) conditional() bool { return len(t.cues) > 0 || len(t.require) > 0 }

// cuedBy reports whether word is one of the trigger's context words, so
// that a title may name the happening by the verb and that word ("legt
// Teilhabefonds auf").
func (t *trigger) cuedBy(word string) bool {
	w := strings.ToLower(word)
	head := headWord(w) // (a counted thing by its noun: "zwei Werke")
	return slices.ContainsFunc(t.cues, func(c string) bool { return cueMatches(w, c) || head != w && cueMatches(head, c) })
}

// namedBy reports whether word is one of the trigger's context words
// that are a name, a cue written "=name" ("=dax").
func (t *trigger) namedBy(word string) bool {
	w := strings.ToLower(word)
	return slices.ContainsFunc(t.cues, func(c string) bool { return strings.HasPrefix(c, "=") && cueMatches(w, c) })
}

// tense is what a verb form says about time.
type tense uint8

const (
	tenseNone       tense = iota // a noun
	tensePresent                 // present, infinitive or Konjunktiv I
	tensePreterite               // simple past
	tenseParticiple              // past participle
)

// A verbForm is one inflected form of a trigger verb.
type verbForm struct {
	trigger  int
	tense    tense
	particle string // a separable particle that must stand elsewhere in the clause ("an" for "kündigte … an"), or ""
}

// lexicon is the trigger lexicon compiled for matching lower-cased tokens.
type lexicon struct {
	triggers []trigger
	// actions: the readings of a verb the lexicon does not list (see
	// actions.go), by the set of its tenses (1 present, 2 preterite, 4
	// participle)
	actions [8][]verbForm
	// office is the reading of a post someone takes up, told by a form of
	// "werden" and no trigger word (see newOfficeIn)
	office int
	verbs  map[string][]verbForm // lower-cased verb form → readings
	nouns  map[string]int        // lower-cased noun form → trigger
	// cuedNouns maps a noun trigger to the readings of the same noun
	// that hold only among their context words, which beat it where they
	// hold ("die Übernahme des Vorsitzes" is an appointment, "die
	// Übernahme von Twitter" an acquisition), as a verb's cued reading
	// beats its plain one
	cuedNouns map[int][]int
	heads     map[string]int // lower-cased noun forms that may end a closed compound
	// headTails maps the last three bytes of every head to the lengths
	// (bit n: n bytes) of the heads that end so: a word whose ending is
	// no head's costs one lookup, not one per head length. tailFilter has
	// a bit per tailBit of those endings, so that most words (nouns the
	// lexicon lacks are most nouns) skip the map.
	headTails  map[uint32]uint64
	tailFilter [1 << 16 / 64]uint64
	// entries holds, per lower-cased word, everything the extractor asks
	// of it — word classes, verb readings, noun trigger — so that a
	// token costs one look-up, by the hash the text layer computed.
	entries *text.Table[entry]
	// declined maps every declined form of a trigger verb's participle
	// (stem plus an adjectiveEnding) to its participle readings.
	declined *text.Table[[]verbForm]
	// kindNouns are the title nouns most lemmas of each kind give
	// ("Urteil" of verdicts, "Treffen" of meetings): such a noun says what
	// kind of event, however specific the kind, not which one.
	kindNouns map[Kind]string
	// sportCues are the context words of the verbs of a game won or
	// lost ("Spiel", "Turnier", a score): an article with none tells no
	// game (see sporting)
	sportCues []string
}

// distinct reports a trigger noun that names one event among those of
// its kind ("Abendessen" among meetings), not the kind itself ("Urteil").
func (lx *lexicon) distinct(t *trigger) bool {
	return t.specificity >= 3 && lx.kindNouns[t.kind] != t.noun
}

// An entry is what the lexicon and the word classes know of one word.
type entry struct {
	cls       wordClass
	forms     []verbForm
	noun      int32 // 1 + noun trigger, or 0
	predicate int32 // 1 + the trigger "X|sein" whose adjective this declines ("insolventen"), or 0
}

var loadLexicon = sync.OnceValue(func() *lexicon {
	lx, err := parseLexicon(triggerData)
	if err != nil {
		panic("events: embedded triggers.txt: " + err.Error()) // a broken build, caught by every test
	}
	return lx
})

func parseLexicon(data string) (*lexicon, error) {
	lx := &lexicon{verbs: map[string][]verbForm{}, nouns: map[string]int{}, heads: map[string]int{}, headTails: map[uint32]uint64{}}
	// the adjective of each trigger "X|sein" ("insolvent"), whose
	// declined forms name its happening again before a name ("der
	// insolventen Firma X", see references.go)
	predicates := map[string]int{}
	for n, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Fields(line)
		if len(f) < 5 || (f[3] != "v" && f[3] != "n") {
			return nil, fmt.Errorf("line %d: want kind, noun, specificity, v|n, lemma", n+1)
		}
		spec, err := strconv.Atoi(f[2])
		if err != nil {
			return nil, fmt.Errorf("line %d: specificity %q is not a number", n+1, f[2])
		}
		t := trigger{kind: Kind(f[0]), noun: f[1], specificity: spec, verb: f[3] == "v"}
		if !lexiconKind(t.kind) {
			return nil, fmt.Errorf("line %d: unknown kind %q (see kinds.go)", n+1, f[0])
		}
		// the kind's constant, not a copy read from the file: two kinds
		// with one string behind them compare equal at their first
		// bytes' address (runtime.memequal), and the rules compare kinds
		// again and again
		t.kind = allKinds[kindIndex(t.kind)]
		var forms []string
		for _, x := range f[5:] {
			switch {
			case strings.HasPrefix(x, "@") && len(x) > 1:
				t.cues = append(t.cues, strings.Split(strings.ToLower(x[1:]), ",")...)
			case strings.HasPrefix(x, "+") && len(x) > 1:
				t.require = append(t.require, strings.ToLower(x[1:]))
			case strings.HasPrefix(x, "-") && len(x) > 1:
				t.forbid = append(t.forbid, strings.ToLower(x[1:]))
			case len(t.cues) > 0 || len(t.require) > 0 || len(t.forbid) > 0:
				return nil, fmt.Errorf("line %d: form %q after the context words", n+1, x)
			default:
				forms = append(forms, x)
			}
		}
		for _, w := range append(append(slices.Clone(t.cues), t.require...), t.forbid...) {
			t.wantsGrammar = t.wantsGrammar || classOf[strings.TrimLeft(w, "=+")] != 0
		}
		if len(t.require) > 64 {
			return nil, fmt.Errorf("line %d: more than 64 required words", n+1) // fits keeps them in a bit set
		}
		t.forbidden = newForbidSet(t.forbid)
		for _, c := range t.cues {
			t.cueBytes = append(t.cueBytes, cueBytes(c))
			t.orgCue = t.orgCue || c == "#org"
		}
		if !t.verb && (len(t.require) > 0 || len(t.forbid) > 0) {
			// a noun may want a cue ("Angriff" of rebels, not of a
			// critic); what its clause must or must not have otherwise
			// belongs to the verb the clause is built on
			return nil, fmt.Errorf("line %d: required or forbidden words on a noun", n+1)
		}
		id := len(lx.triggers)
		lx.triggers = append(lx.triggers, t)
		if t.verb {
			if adj, core, ok := strings.Cut(f[4], "|"); ok && core == "sein" {
				predicates[adj] = id
			}
			lx.addVerb(id, f[4], forms)
		} else {
			lx.addNoun(id, f[4], forms)
		}
	}
	lx.kindNouns = kindNouns(lx.triggers)
	for _, t := range lx.triggers {
		if t.kind == KindMatch && (t.noun == "Sieg" || t.noun == "Niederlage") {
			for _, c := range t.cues {
				if !slices.Contains(lx.sportCues, c) {
					lx.sportCues = append(lx.sportCues, c)
				}
			}
		}
	}
	entries := make(map[string]entry, len(lx.verbs)+len(lx.nouns)+len(classOf))
	for w, c := range classOf {
		entries[w] = entry{cls: c}
	}
	for w, forms := range lx.verbs {
		e := entries[w]
		e.forms = forms
		entries[w] = e
	}
	for w, id := range lx.nouns {
		e := entries[w]
		e.noun = int32(id) + 1
		entries[w] = e
	}
	for adj, id := range predicates {
		for _, end := range adjectiveEndings {
			if end != "" {
				e := entries[adj+end]
				e.predicate = int32(id) + 1
				entries[adj+end] = e
			}
		}
	}
	lx.entries = text.NewTable(entries)
	action := len(lx.triggers)
	lx.triggers = append(lx.triggers, trigger{kind: KindAction, specificity: 1, verb: true})
	for set := range lx.actions {
		for bit, tn := range []tense{tensePresent, tensePreterite, tenseParticiple} {
			if set&(1<<bit) != 0 {
				lx.actions[set] = append(lx.actions[set], verbForm{trigger: action, tense: tn})
			}
		}
	}
	lx.office = len(lx.triggers)
	lx.triggers = append(lx.triggers, trigger{kind: KindAppointment, noun: "Amtsantritt", specificity: 2, verb: true,
		third: "wird", infinitive: "werden", participle: "geworden"})
	lx.declined = text.NewTable(declinedParticiples(lx.verbs))
	return lx, nil
}

// kindNouns returns, per kind, the title noun most of its lemmas give,
// the first such noun on a tie.
func kindNouns(triggers []trigger) map[Kind]string {
	type tally struct {
		noun  string
		count int
	}
	counts := map[Kind][]tally{}
	for _, t := range triggers {
		ts := counts[t.kind]
		if k := slices.IndexFunc(ts, func(x tally) bool { return x.noun == t.noun }); k >= 0 {
			ts[k].count++
		} else {
			counts[t.kind] = append(ts, tally{t.noun, 1})
		}
	}
	out := make(map[Kind]string, len(counts))
	for kind, ts := range counts {
		best := ts[0]
		for _, x := range ts[1:] {
			if x.count > best.count {
				best = x
			}
		}
		out[kind] = best.noun
	}
	return out
}

// tailBit is the bit of tailFilter for a tail3.
func tailBit(tail uint32) uint32 { return tail * 0x9E3779B1 >> 16 }

// tail3 packs the last three bytes of w (fewer for a shorter word).
func tail3(w string) uint32 {
	var t uint32
	for i := max(0, len(w)-3); i < len(w); i++ {
		t = t<<8 | uint32(w[i])
	}
	return t
}

// nounEndings are the German case and plural endings a noun may take.
var nounEndings = []string{"", "s", "es", "n", "en", "e", "er", "ern", "ns"}

// weakFeminine are noun suffixes whose nouns take only "-en" in the
// plural, so that "-er" makes another word: "Kritik" but "Kritiker" (a
// person).
var weakFeminine = []string{"ik", "ung", "ion", "tät", "heit", "keit", "schaft", "enz", "anz"}

// weakEndings are the endings of those nouns, with the linking "s" that
// joins them to a compound ("Verhandlungs-Marathon").
var weakEndings = []string{"", "en", "n", "s"}

// otherNoun reports whether the full-form lexicon knows form as a noun
// of another lemma only: "Posten" is no plural of "Post", "Kritiker" none
// of "Kritik".
func otherNoun(form, lemma string) bool {
	other := false
	for _, r := range text.Lookup(form) {
		if r.Class != text.Noun {
			continue
		}
		if l := strings.ReplaceAll(strings.ToLower(r.Lemma), "ß", "ss"); l == strings.ReplaceAll(lemma, "ß", "ss") {
			return false // "Beschlusses" of "Beschluß", as the lexicon spells it
		}
		other = true
	}
	return other
}

func (lx *lexicon) addNoun(id int, lemma string, extra []string) {
	head := strings.HasPrefix(lemma, "+")
	lemma = strings.ToLower(strings.TrimPrefix(lemma, "+"))
	forms := make([]string, 0, len(nounEndings)+len(extra))
	endings := nounEndings
	if hasAnySuffix(lemma, weakFeminine) {
		endings = weakEndings
	}
	for _, e := range endings {
		if e == "" || !otherNoun(lemma+e, lemma) {
			forms = append(forms, lemma+e)
		}
	}
	for _, x := range extra {
		x = strings.ToLower(x)
		forms = append(forms, x)
		if strings.HasSuffix(x, "e") && !otherNoun(x+"n", lemma) {
			forms = append(forms, x+"n") // an irregular plural's dative: "Unfälle", "bei Unfällen"
		}
	}
	for _, f := range forms {
		forms = append(forms, otherSpellings(f)...)
	}
	for _, f := range forms {
		if first, taken := lx.nouns[f]; !taken {
			lx.nouns[f] = id
		} else if first != id && len(lx.triggers[id].cues) > 0 && !slices.Contains(lx.cuedNouns[first], id) {
			if lx.cuedNouns == nil {
				lx.cuedNouns = map[int][]int{}
			}
			lx.cuedNouns[first] = append(lx.cuedNouns[first], id)
		}
		if _, taken := lx.heads[f]; head && !taken && len(f) >= 3 && len(f) < 64 {
			// (the first reading, as in nouns: a later one with cues is
			// an alternative nounReading tries, "+Verhandlung @gericht")
			lx.heads[f] = id
			lx.headTails[tail3(f)] |= 1 << len(f)
			b := tailBit(tail3(f))
			lx.tailFilter[b/64] |= 1 << (b % 64)
		}
	}
}

// otherSpellings returns the other ways German text in print writes a
// lower-case form: a final "ss" after a short vowel as "ß", as before
// 1996 ("beschloß", "Zusammenschluß"), and "ß" as "ss", as Swiss text
// does ("schliesst", "Grossbrand"; not in a form as short as "aß", which
// would read "Ass").
func otherSpellings(form string) []string {
	var out []string
	if base, ok := strings.CutSuffix(form, "ss"); ok {
		out = append(out, base+"ß")
	}
	if swiss := strings.ReplaceAll(form, "ß", "ss"); swiss != form && len(swiss) >= 6 {
		out = append(out, swiss)
	}
	return out
}

// inseparable prefixes take no "ge-" in the participle ("verklagt", "bestätigt").
// The lexicon marks every separable verb with "|", so a lemma without one
// that starts with "über", "unter" or "durch" is inseparable ("unterzeichnet",
// "durchsucht").
var inseparable = []string{"be", "durch", "emp", "ent", "er", "ge", "hinter", "miss", "über", "unter", "ver", "wider", "zer"}

// addVerb generates the forms of a verb: present and Konjunktiv I, the
// preterite, the participle, and for separable verbs the joined forms of
// subordinate clauses ("ankündigte", "anzukündigen").
func (lx *lexicon) addVerb(id int, lemma string, irregular []string) {
	particle, core, separable := strings.Cut(lemma, "|")
	if !separable {
		core, particle = particle, ""
	}
	arg := func(i int) string {
		if i < len(irregular) && irregular[i] != "-" {
			return irregular[i]
		}
		return ""
	}
	stem, t := weakStem(core)
	linkE := t == "et"

	present := []string{core, stem + "e", stem + "st", stem + t, stem + "est", stem + "en"}
	if linkE {
		present = append(present, stem+"est")
	}
	if third := arg(2); third != "" {
		present = append(present, third, strings.TrimSuffix(third, "t")+"st")
	}
	if core == "sein" {
		present = append(present, "sind", "bin", "bist", "seid") // "X und Y sind insolvent": no stem makes these
	}

	var preterite []string
	if p := arg(0); p != "" {
		e := "en"
		if strings.HasSuffix(p, "e") {
			e = "n"
		}
		preterite = []string{p, p + "st", p + "est", p + e, p + "t"}
	} else {
		w := stem + t + "e"
		preterite = []string{w, w + "st", w + "n", w + "t"}
	}

	participle := arg(1)
	if participle == "" {
		participle = stem + t
		if !hasAnyPrefix(core, inseparable) && !strings.HasSuffix(core, "ieren") {
			participle = "ge" + participle
		}
	}

	tr := &lx.triggers[id]
	tr.third, tr.infinitive, tr.participle, tr.particle = stem+t, core, particle+participle, particle
	if third := arg(2); third != "" {
		tr.third = third
	}
	add := func(form string, tn tense, needParticle string) {
		form = strings.ToLower(form)
		for _, f := range append([]string{form}, otherSpellings(form)...) {
			lx.verbs[f] = append(lx.verbs[f], verbForm{trigger: id, tense: tn, particle: needParticle})
		}
	}
	for _, f := range present {
		if particle == "" {
			add(f, tensePresent, "")
			continue
		}
		add(f, tensePresent, particle) // "stellen … vor": the plural, like the infinitive, with its particle apart
		add(particle+f, tensePresent, "")
	}
	for _, f := range preterite {
		add(f, tensePreterite, particle)
		if particle != "" {
			add(particle+f, tensePreterite, "")
		}
	}
	add(participle, tenseParticiple, particle)
	if particle != "" {
		add(particle+participle, tenseParticiple, "")
		add(particle+"zu"+core, tensePresent, "")
	}
}

// weakStem returns the stem of a verb's infinitive and the ending of its
// weak third person and participle: "melden" → "meld", "et" ("meldet",
// "gemeldet"); "posten" → "post", "et"; "sperren" → "sperr", "t".
func weakStem(infinitive string) (stem, t string) {
	stem = strings.TrimSuffix(infinitive, "n")
	if !strings.HasSuffix(stem, "er") && !strings.HasSuffix(stem, "el") {
		stem = strings.TrimSuffix(stem, "e")
	}
	// "postet", "meldete": an e before t-endings after t, d or a consonant plus m/n.
	if needsLinkE(stem) {
		return stem, "et"
	}
	return stem, "t"
}

func needsLinkE(stem string) bool {
	if strings.HasSuffix(stem, "t") || strings.HasSuffix(stem, "d") {
		return true
	}
	// "rechnen" → "rechnete", "atmen" → "atmete", but "lernen" → "lernte".
	r, size := utf8.DecodeLastRuneInString(stem)
	if r != 'm' && r != 'n' {
		return false
	}
	rest := stem[:len(stem)-size]
	prev, psize := utf8.DecodeLastRuneInString(rest)
	if prev == 'h' { // "zeichnen" → "zeichnete", but "lehnen" → "lehnte"
		return strings.HasSuffix(rest[:len(rest)-psize], "c")
	}
	return !strings.ContainsRune("aeiouäöülrymn", prev) // "verbannte", "lernte"
}

func hasAnyPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// noun returns the trigger a capitalised word names, if any: the word
// itself, the last part of a hyphenated compound, or the head of a
// closed compound for nouns marked as heads. lower is the word lower-cased.
func (lx *lexicon) noun(lower string) (int, bool) {
	if e, ok := lx.entries.Get(lower, text.Hash(lower)); ok && e.noun > 0 {
		return int(e.noun) - 1, true // entries has every noun form
	}
	return lx.unlistedNoun(lower)
}

// unlistedNoun is noun of a word that is no noun form in entries (prepare
// has looked the word up there already).
func (lx *lexicon) unlistedNoun(lower string) (int, bool) {
	if i := strings.LastIndexByte(lower, '-'); i >= 0 {
		id, ok := lx.nouns[lower[i+1:]]
		return id, ok
	}
	return lx.compound(lower)
}

// compound returns the trigger of a closed compound whose head is a
// trigger noun marked as a head: the endings as long as a head that ends
// like the word, leaving at least three bytes for the modifier
// ("Kartell|klage"), longest first.
func (lx *lexicon) compound(lower string) (int, bool) {
	tail := tail3(lower)
	if b := tailBit(tail); lx.tailFilter[b/64]&(1<<(b%64)) == 0 {
		return 0, false
	}
	lens := lx.headTails[tail]
	for n := min(len(lower)-3, 63); lens != 0 && n >= 3; n-- {
		if lens&(1<<n) == 0 {
			continue
		}
		if i := len(lower) - n; utf8.RuneStart(lower[i]) {
			if id, ok := lx.heads[lower[i:]]; ok {
				return id, !longerHead(lower, i) && !particleWord(lower, i)
			}
		}
	}
	return 0, false
}

// particleWord reports whether the compound lower, read as ending in the
// head at byte i, opens with a particle or preposition and is a noun of
// its own the lexicon knows: "Eintreffen" is an arrival and
// "Hintertreffen" no meeting. "Gegen", "neben", "wieder" and "zwischen"
// leave the head what it is: a "Gegenklage" is a lawsuit, a
// "Wiedereröffnung" an opening, a "Zwischenbericht" a report.
func particleWord(lower string, i int) bool {
	mod := lower[:i]
	switch {
	case mod == "gegen" || mod == "neben" || mod == "wieder" || mod == "zwischen":
		return false
	case !prepositions.has(mod) && !slices.Contains(separableParticles, mod):
		return false
	}
	c, _ := text.Classes(lower)
	return c&text.Noun != 0
}

// longerHead reports whether the compound lower, read as ending in the
// head at byte i, ends in a longer German noun that is no trigger:
// "Lehrervereinigung" is a "Vereinigung", not an "Einigung"; "Kartellklage"
// ends in no noun longer than "Klage".
func longerHead(lower string, i int) bool {
	for k := i - 1; k >= 3; k-- {
		if c, _ := text.Classes(lower[k:]); utf8.RuneStart(lower[k]) && c&text.Noun != 0 {
			return true
		}
	}
	return false
}

// adjectiveEndings are the endings a participle takes before a noun.
var adjectiveEndings = []string{"en", "em", "er", "es", "e"}

// attributive returns the participle readings of a trigger verb's
// participle declined as an adjective ("im März 2020 veröffentlichten",
// "die 1991 berufene"), and whether there are any; h is lower's
// text.Hash.
func (lx *lexicon) attributive(lower string, h uint32) ([]verbForm, bool) {
	return lx.declined.Get(lower, h)
}

// declinedParticiples returns the declined forms of the participles among
// verb forms: each participle reading (without a separable particle) of a
// form, with each adjectiveEnding. The endings end in different letters,
// so a word is the declined form of one stem at most.
func declinedParticiples(verbs map[string][]verbForm) map[string][]verbForm {
	out := map[string][]verbForm{}
	for form, readings := range verbs {
		var participles []verbForm
		for _, f := range readings {
			if f.tense == tenseParticiple && f.particle == "" {
				participles = append(participles, f)
			}
		}
		if len(participles) == 0 {
			continue
		}
		for _, e := range adjectiveEndings {
			out[form+e] = participles
		}
	}
	return out
}
