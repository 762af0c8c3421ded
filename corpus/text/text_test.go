package text

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"chronik/corpus/sentence"
	"chronik/corpus/text/internal/lexindex"
)

// find returns the index of the first token written w.
func find(t *testing.T, d *Doc, w string) int {
	t.Helper()
	for i := range d.Tokens {
		if d.Word(i) == w {
			return i
		}
	}
	t.Fatalf("no token %q in %q", w, d.Text)
	return -1
}

func TestClasses(t *testing.T) {
	for _, tc := range []struct {
		text, word string
		class      Class
		lemma      string
		verb       VerbForm // forms that must be among the token's
	}{
		{"Die Abgeordneten stimmen am Freitag ab.", "stimmen", Verb, "stimmen", Present},
		{"Das stimmt die Anleger vorsichtig.", "stimmt", Verb, "stimmen", Present},
		{"Die Partei verlor viele Stimmen im Osten.", "Stimmen", Noun, "Stimme", 0},
		{"Stimmen aus der Partei fordern einen Wechsel.", "Stimmen", Noun, "Stimme", 0},
		{"Stimmen die Zahlen, wäre das ein Rekord.", "Stimmen", Verb, "stimmen", Present},
		{"In einigen Ländern gilt das Verbot.", "einigen", Adjective, "einig", 0},
		{"In einigen großen Ländern gilt das Verbot.", "einigen", Adjective, "einig", 0},
		{"Die Parteien einigen sich auf einen Kompromiss.", "einigen", Verb, "einigen", Present},
		{"Die Krise hat den Konzern hart getroffen.", "getroffen", Verb, "treffen", PastParticiple},
		{"Die getroffene Entscheidung gilt.", "getroffene", Adjective, "getroffen", 0},
		{"Nun kritisiert Musk die Initiative.", "kritisiert", Verb, "kritisieren", Present},
		{"Bayer hat das Spiel gewonnen und bleibt vorn.", "gewonnen", Verb, "gewinnen", PastParticiple},
		{"Zuckerberg traf Trump in Florida.", "traf", Verb, "treffen", Preterite},
		{"Zuckerberg traf Trump in Florida.", "Zuckerberg", Name, "zuckerberg", 0},
		{"Der Konzern hatte den Abbau angekündigt.", "angekündigt", Verb, "ankündigen", PastParticiple},
		{"Der Konzern kündigte den Abbau an.", "kündigte", Verb, "kündigen", Preterite},
		{"Der Konzern will den Abbau ankündigen.", "ankündigen", Verb, "ankündigen", Infinitive},
		// a verb the verbs dictionary lacks, derived from its two participles
		{"Die Minister vereinbarten am Montag einen Plan.", "vereinbarten", Verb, "vereinbaren", Preterite},
		{"Die vereinbarten Ziele gelten.", "vereinbarten", Adjective, "vereinbart", 0},
		{"Das Haus ist gut.", "gut", Adjective, "gut", 0},
		{"Das Haus ist gut.", "Das", Determiner, "das", 0},
		{"Das Haus ist gut.", "Haus", Noun, "Haus", 0},
	} {
		d := Analyse(tc.text, nil)
		d.ClassifyAll()
		i := find(t, d, tc.word)
		tok := d.Tokens[i]
		if tok.Class != tc.class || d.Lemma(i) != tc.lemma || tok.Verb&tc.verb != tc.verb {
			t.Errorf("%q in %q: class %v lemma %q verb %b, want %v %q %b (readings %+v)",
				tc.word, tc.text, tok.Class, d.Lemma(i), tok.Verb, tc.class, tc.lemma, tc.verb, d.Readings(i))
		}
	}
}

func TestTokensAndOffsets(t *testing.T) {
	d := Analyse("Über 90er-Jahre: Müller traf am 3. März 2025 ein.", nil)
	var got []string
	for i := range d.Tokens {
		got = append(got, d.Word(i)+"/"+d.Lower(i))
	}
	want := "Über/über 90er-Jahre/90er-jahre :/: Müller/müller traf/traf am/am 3/3 ./. März/märz 2025/2025 ein/ein ./."
	if strings.Join(got, " ") != want {
		t.Errorf("tokens\n got %s\nwant %s", strings.Join(got, " "), want)
	}
	m := d.Tokens[3] // Müller
	if m.Start != 18 || m.End != 25 {
		t.Errorf("Müller at bytes %d–%d, want 18–25", m.Start, m.End)
	}
	if d.Number(6) != 3 || d.Number(9) != 2025 || d.Tokens[9].NumDigits != 4 {
		t.Errorf("numbers: %+v %+v", d.Tokens[6], d.Tokens[9])
	}
}

func TestSentencesAndClauses(t *testing.T) {
	d := Analyse("Er kam am 3. März an, sagte sie. Dann ging er (allein) weiter.", nil)
	d.SplitClauses()
	if len(d.Sentences) != 2 {
		t.Fatalf("%d sentences: %+v", len(d.Sentences), d.Sentences)
	}
	if s := d.Sentences[0]; d.Text[s.Start:s.End] != "Er kam am 3. März an, sagte sie." {
		t.Errorf("first sentence %q", d.Text[s.Start:s.End])
	}
	var clauses []string
	for _, c := range d.Clauses {
		clauses = append(clauses, d.Text[d.Tokens[c.First].Start:d.Tokens[c.Last-1].End])
	}
	want := []string{"Er kam am 3. März an", "sagte sie", "Dann ging er", "allein", "weiter"}
	if strings.Join(clauses, "|") != strings.Join(want, "|") {
		t.Errorf("clauses %q, want %q", clauses, want)
	}
	for i := range d.Tokens {
		c := d.Clauses[d.ClauseOf(i)]
		if !d.ClauseBreak(i) && (i < c.First || i >= c.Last) {
			t.Errorf("token %d %q outside its clause %+v", i, d.Word(i), c)
		}
	}
}

func TestPreterites(t *testing.T) {
	for _, tc := range []struct {
		w            string
		pret, strong bool
	}{
		{"traf", true, true}, {"sprachen", true, true}, {"hielt", true, true},
		{"kündigte", true, false}, {"trifft", false, false}, {"haus", false, false},
		// the reformed spelling news writes, beside the dictionaries' older one
		{"beschloss", true, true}, {"beschloß", true, true}, {"schoss", true, true}, {"riss", true, true},
	} {
		if IsPreterite(tc.w) != tc.pret || IsStrongPreterite(tc.w) != tc.strong {
			t.Errorf("%q: preterite %v strong %v, want %v %v", tc.w, IsPreterite(tc.w), IsStrongPreterite(tc.w), tc.pret, tc.strong)
		}
	}
}

// TestReformedSpellings: a verb form the dictionaries write with "ß"
// after a short vowel is known in the reformed spelling too, and
// ListedClasses leaves out what only that spelling has.
func TestReformedSpellings(t *testing.T) {
	for _, tc := range []struct {
		w      string
		all    Class
		listed Class
		verb   VerbForm
	}{
		{"muss", Verb, 0, Present},
		{"musste", Verb, 0, Preterite},
		{"lässt", Verb, 0, Present},
		{"schloss", Noun | Verb, Noun, Preterite},
		{"erfasst", Verb | Adjective, Verb | Adjective, Present | PastParticiple},
		{"stösst", 0, 0, 0},
		{"weisst", 0, 0, 0},
	} {
		c, v := Classes(tc.w)
		if c != tc.all || v&tc.verb != tc.verb || ListedClasses(tc.w) != tc.listed {
			t.Errorf("%q: classes %v (listed %v), verb forms %b; want %v (listed %v), with %b", tc.w, c, ListedClasses(tc.w), v, tc.all, tc.listed, tc.verb)
		}
	}
}

// TestLexiconIndex checks that the embedded index is the one the data
// gives, so that a hand edit of data/lexicon.tsv cannot go unnoticed.
func TestLexiconIndex(t *testing.T) {
	if string(lexindex.Build(lexiconData)) != lexiconIndex {
		t.Fatal("data/lexicon.idx does not index data/lexicon.tsv: run go generate ./corpus/text/")
	}
}

// The index's summary bits are this package's classes and verb forms.
func TestSummaryBits(t *testing.T) {
	if Noun != lexindex.Noun || Verb != lexindex.Verb || Adjective != lexindex.Adjective {
		t.Error("class bits differ from lexindex's")
	}
	for k, f := range []VerbForm{Infinitive, ZuInfinitive, PastParticiple, PresentParticiple, Present, Preterite,
		SubjunctiveI, SubjunctiveII, Imperative} {
		if _, v := summary(lexindex.Summary("V" + lexindex.VerbLetters[k:k+1])); v != f {
			t.Errorf("letter %c reads as %b, want %b", lexindex.VerbLetters[k], v, f)
		}
	}
}

// The cache answers as the lexicon and the determiners do, also when
// forms collide in it.
func TestFormCache(t *testing.T) {
	lx := lex()
	var c formCache
	words := []string{"stimmen", "getroffen", "und", "haus", "einigen", "der", "traf", "zuckerberg", "seiner", "verhältnismäßigkeit"}
	for range 3 {
		for _, w := range words {
			o1, c1, v1 := c.classes(lx, w, Hash(w))
			o2, c2, v2 := lx.find(w)
			if sentence.IsDeterminer(w) {
				c2 |= Determiner
			}
			if o1 != o2 || c1 != c2 || v1 != v2 {
				t.Errorf("%q: cache %d %v %v, lexicon %d %v %v", w, o1, c1, v1, o2, c2, v2)
			}
		}
	}
}

// TestClassesOfForms: Classes gives the union of a form's readings, in
// any case, and nothing for a form the lexicon lacks.
func TestClassesOfForms(t *testing.T) {
	for _, tt := range []struct {
		form string
		want Class
		verb VerbForm
	}{
		{"Verlust", Noun, 0},
		{"verlust", Noun, 0},
		{"traf", Verb, Preterite},
		{"Xqzzy", 0, 0},
	} {
		c, v := Classes(tt.form)
		if c&tt.want != tt.want || tt.want == 0 && c != 0 || v&tt.verb != tt.verb {
			t.Errorf("Classes(%q) = %v, %v; want %v, %v", tt.form, c, v, tt.want, tt.verb)
		}
		var union Class
		for _, r := range Lookup(tt.form) {
			union |= r.Class
		}
		if union != c {
			t.Errorf("Classes(%q) = %v, Lookup's readings give %v", tt.form, c, union)
		}
	}
}

// TestNounGenders: a noun's reading carries the genders the lexicon
// gives it, in any of its forms; other readings carry none.
func TestNounGenders(t *testing.T) {
	for _, tt := range []struct {
		form, lemma string
		want        Gender
	}{
		{"Staat", "Staat", Masculine},
		{"Staats", "Staat", Masculine},
		{"Zeitungen", "Zeitung", Feminine},
		{"Instituts", "Institut", Neuter},
		{"traf", "treffen", 0},
	} {
		var got Gender
		found := false
		for _, r := range Lookup(tt.form) {
			if r.Lemma == tt.lemma {
				got, found = r.Gender, true
			}
		}
		if !found || got != tt.want {
			t.Errorf("Lookup(%q): lemma %q with gender %v (found %v), want %v", tt.form, tt.lemma, got, found, tt.want)
		}
	}
}

// TestCodePoints: a token's offsets in code points, next to its bytes.
func TestCodePoints(t *testing.T) {
	d := Analyse("Über „Müller“ 2024.", nil)
	for _, tt := range []struct {
		word       string
		start, end int
	}{{"Über", 0, 4}, {"Müller", 6, 12}, {"2024", 14, 18}} {
		i := find(t, d, tt.word)
		if s, e := d.CodePoints(i); s != tt.start || e != tt.end {
			t.Errorf("%s: code points %d–%d, want %d–%d (bytes %d–%d)", tt.word, s, e, tt.start, tt.end, d.Tokens[i].Start, d.Tokens[i].End)
		}
	}
}

// TestAdjectiveEnding: an adjective's form splits into its lemma's stem
// and its ending, a superlative's too; a form that is its own lemma, or
// no adjective, does not split.
func TestAdjectiveEnding(t *testing.T) {
	for _, tt := range []struct {
		form, stem, ending string
		ok                 bool
	}{
		{"Europäischen", "Europäisch", "en", true},
		{"Europäische", "Europäisch", "e", true},
		{"Deutscher", "Deutsch", "er", true},
		{"Obersten", "Oberst", "en", true},
		{"Neueste", "Neuest", "e", true},
		// a stem that drops a letter of the lemma
		{"Hohen", "Hoh", "en", true},
		{"Hohe", "Hoh", "e", true},
		{"dunkle", "dunkl", "e", true},
		{"teuren", "teur", "en", true},
		{"Wiener", "", "", false},
		{"Kärntner", "", "", false},
		{"Münster", "", "", false},
		{"Zeitung", "", "", false},
	} {
		stem, ending, ok := AdjectiveEnding(tt.form)
		if stem != tt.stem || ending != tt.ending || ok != tt.ok {
			t.Errorf("AdjectiveEnding(%q) = %q, %q, %v; want %q, %q, %v", tt.form, stem, ending, ok, tt.stem, tt.ending, tt.ok)
		}
	}
}

// TestHeadNoun: the noun a word ends in, itself or the last part of a
// compound the lexicon does not list, with its lemma and gender.
func TestHeadNoun(t *testing.T) {
	for _, tt := range []struct {
		word, part, lemma string
		gender            Gender
	}{
		{"Institut", "Institut", "Institut", Neuter},
		{"Strafgerichtshofs", "hofs", "Hof", Masculine},
		{"Landeszeitung", "zeitung", "Zeitung", Feminine},
		{"Xqzzy", "", "", 0},
	} {
		part, r, ok := HeadNoun(tt.word)
		if part != tt.part || r.Lemma != tt.lemma || r.Gender != tt.gender || ok != (tt.part != "") {
			t.Errorf("HeadNoun(%q) = %q, %q %v, %v; want %q, %q %v", tt.word, part, r.Lemma, r.Gender, ok, tt.part, tt.lemma, tt.gender)
		}
	}
}

// TestHeadNounLongWord: a run of letters far longer than any word is no
// noun, and asking costs no look-up per letter.
func TestHeadNounLongWord(t *testing.T) {
	w := strings.Repeat("Staatsanwaltschaft", 1000)
	if _, _, ok := HeadNoun(w); ok {
		t.Errorf("HeadNoun of %d letters found a noun", len(w))
	}
}

func TestAge(t *testing.T) {
	for _, tt := range []struct {
		w, age string
		noun   bool
	}{
		{"26-Jährige", "26", true},
		{"34-jährigen", "34", false},
		{"5-jähriges", "5", false},
		{"100-Jähriger", "100", true},
		{"2-Jahres-Plan", "", false},
		{"x-jährige", "", false},
	} {
		if age, noun := Age(tt.w); age != tt.age || noun != tt.noun {
			t.Errorf("Age(%q) = %q, %v, want %q, %v", tt.w, age, noun, tt.age, tt.noun)
		}
	}
}

// isLetterRune's shortcuts answer as unicode.IsLetter for every rune.
func TestIsLetterRune(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if want := r != utf8.RuneError && unicode.IsLetter(r); isLetterRune(r) != want {
			t.Fatalf("isLetterRune(%U) = %v", r, !want)
		}
	}
}

// AppendLower writes what strings.ToLower returns, byte for byte, also
// for invalid UTF-8 (which both replace): callers look words up in lists
// lower-cased by either.
func TestAppendLowerIsToLower(t *testing.T) {
	for _, w := range []string{"", "Der", "ÄRGER", "Straße", "ẞ", "İstanbul", "K", "ǅ", "a\xffB", "\xc3", "\uFFFD", "ΣΑΣ", "Ⅻ"} {
		if got, want := string(AppendLower(nil, w)), strings.ToLower(w); got != want {
			t.Errorf("AppendLower(%q) = %q, strings.ToLower %q", w, got, want)
		}
	}
}
