package sentence

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"chronik/model"
)

func texts(text string) []string {
	var out []string
	for _, s := range Spans(text, 0, len(text)) {
		out = append(out, text[s[0]:s[1]])
	}
	return out
}

func TestSpans(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"plain", "Das ist eins. Das ist zwei.", []string{"Das ist eins.", "Das ist zwei."}},
		{"ordinal date in brackets",
			"Palm Beach – Am Mittwochabend (18. Dezember) trafen sich die Technologie-Giganten in Florida. Das Treffen war kurz.",
			[]string{"Palm Beach – Am Mittwochabend (18. Dezember) trafen sich die Technologie-Giganten in Florida.", "Das Treffen war kurz."}},
		{"date with year", "Nach den Ereignissen am 6. Januar 2021 sperrte er ihn. Damals war das neu.",
			[]string{"Nach den Ereignissen am 6. Januar 2021 sperrte er ihn.", "Damals war das neu."}},
		{"ordinal noun", "Der 2. Weltkrieg endete 1945. Am 3. Mai kam die Nachricht.",
			[]string{"Der 2. Weltkrieg endete 1945.", "Am 3. Mai kam die Nachricht."}},
		{"number ends sentence before opener", "Er wurde 18. Dann zog er nach Berlin.",
			[]string{"Er wurde 18.", "Dann zog er nach Berlin."}},
		{"year ends sentence", "Das war im Jahr 2020. Trump verlor die Wahl.",
			[]string{"Das war im Jahr 2020.", "Trump verlor die Wahl."}},
		{"Mrd and Bill", "Microsoft hat 13 Mrd. Dollar investiert. Er versprach Einsparungen von 2 Bill. Dollar in Aussicht.",
			[]string{"Microsoft hat 13 Mrd. Dollar investiert.", "Er versprach Einsparungen von 2 Bill. Dollar in Aussicht."}},
		{"Mio before opener", "Der Umsatz betrug 5 Mio. Im Vorjahr war er kleiner.",
			[]string{"Der Umsatz betrug 5 Mio.", "Im Vorjahr war er kleiner."}},
		{"z. B., u. a., d. h.", "Firmen wie z. B. Meta, u. a. Google, d. h. Konzerne, zahlen. Sie klagen.",
			[]string{"Firmen wie z. B. Meta, u. a. Google, d. h. Konzerne, zahlen.", "Sie klagen."}},
		{"unspaced z.B.", "Das gilt z.B. Google gegenüber. Ende.", []string{"Das gilt z.B. Google gegenüber.", "Ende."}},
		{"bzw. ca. vs.", "Es kamen ca. 100 bzw. 120 Leute. Musk vs. Zuckerberg ist ein Thema.",
			[]string{"Es kamen ca. 100 bzw. 120 Leute.", "Musk vs. Zuckerberg ist ein Thema."}},
		{"titles", "Dr. Anna Weber und Prof. Max Huber kamen nach St. Gallen. Nr. 5 fehlte.",
			[]string{"Dr. Anna Weber und Prof. Max Huber kamen nach St. Gallen.", "Nr. 5 fehlte."}},
		{"usw. and etc. at end", "Sie kauften Brot, Milch usw. Danach gingen sie. Äpfel, Birnen etc. Trump lachte.",
			[]string{"Sie kauften Brot, Milch usw.", "Danach gingen sie.", "Äpfel, Birnen etc.", "Trump lachte."}},
		{"etc. at block end", "Meta, Google, Apple etc.", []string{"Meta, Google, Apple etc."}},
		{"initials", "Donald J. Trump traf John F. Kennedy nie. Er war zu jung.",
			[]string{"Donald J. Trump traf John F. Kennedy nie.", "Er war zu jung."}},
		{"letter name after determiner and noun", "„Nein“, schrieb er auf seiner Plattform X. Softbank habe nichts. Plan B. Dann kam Trump.",
			[]string{"„Nein“, schrieb er auf seiner Plattform X.", "Softbank habe nichts.", "Plan B.", "Dann kam Trump."}},
		{"decimals and times", "Die Runde brachte 6,6 Mrd. Dollar. Um 10.30 Uhr begann es.",
			[]string{"Die Runde brachte 6,6 Mrd. Dollar.", "Um 10.30 Uhr begann es."}},
		{"domains and urls", "Mehr auf finanzen.ch und pic.twitter.com/TYyjSg94nN lesen. Dann weiter.",
			[]string{"Mehr auf finanzen.ch und pic.twitter.com/TYyjSg94nN lesen.", "Dann weiter."}},
		{"domain at end", "Das berichtet finanzen.ch. Die Aktie fiel.", []string{"Das berichtet finanzen.ch.", "Die Aktie fiel."}},
		{"German quotes, reporting clause", "„Jeder will mein Freund sein!“, schrieb er am folgenden Tag. Dann schwieg er.",
			[]string{"„Jeder will mein Freund sein!“, schrieb er am folgenden Tag.", "Dann schwieg er."}},
		{"quote at block start", "„Jeder will mein Freund sein!“", []string{"„Jeder will mein Freund sein!“"}},
		{"quoted sentence then new sentence", "Clegg sagte: „Zu oft werden Inhalte entfernt.“ Damit bezog er sich auf die Sperre.",
			[]string{"Clegg sagte: „Zu oft werden Inhalte entfernt.“", "Damit bezog er sich auf die Sperre."}},
		{"sentence ends before quote", "Er war zufrieden. „Wir sind stolz“, sagte er.",
			[]string{"Er war zufrieden.", "„Wir sind stolz“, sagte er."}},
		{"English quotes", "He said “we are proud.” Then he left. “Really?” she asked.",
			[]string{"He said “we are proud.”", "Then he left.", "“Really?” she asked."}},
		{"ASCII quotes", `Trump schrieb "Save America." Das Buch erschien 2021. "Wirklich?", fragte sie.`,
			[]string{`Trump schrieb "Save America."`, "Das Buch erschien 2021.", `"Wirklich?", fragte sie.`}},
		{"guillemets and single quotes", "Er nannte es «grossartig.» Sie sagte ‚nein.‘ Dann ging sie.",
			[]string{"Er nannte es «grossartig.»", "Sie sagte ‚nein.‘", "Dann ging sie."}},
		{"ellipsis", "Er zögerte … und schwieg. Dann … Die Tür ging auf.",
			[]string{"Er zögerte … und schwieg.", "Dann …", "Die Tür ging auf."}},
		{"omission", "Er sagte […] Dinge. Das war alles...", []string{"Er sagte […] Dinge.", "Das war alles..."}},
		{"?! and !", "Wirklich?! Ja! Gut.", []string{"Wirklich?!", "Ja!", "Gut."}},
		{"bullets", "• Zuckerberg und Trump dinieren zusammen• Spannungen scheinen verflogen zu sein• Neuanfang möglich",
			[]string{"• Zuckerberg und Trump dinieren zusammen", "• Spannungen scheinen verflogen zu sein", "• Neuanfang möglich"}},
		{"brackets", "Gemeint ist die künstliche Intelligenz (KI). Damit ist viel gesagt.",
			[]string{"Gemeint ist die künstliche Intelligenz (KI).", "Damit ist viel gesagt."}},
		{"sentence in brackets", "Er kam spät. (Das war neu.) Dann aß er.", []string{"Er kam spät.", "(Das war neu.)", "Dann aß er."}},
		{"lower-case brand opens sentence", "Musk gründete es. xAI konkurriert mit Meta.", []string{"Musk gründete es.", "xAI konkurriert mit Meta."}},
		{"no-break space after stop", "Er kam.\u00a0Sie ging.", []string{"Er kam.", "Sie ging."}},
		{"blank line", "Überschrift ohne Punkt\n\nText danach.", []string{"Überschrift ohne Punkt", "Text danach."}},
		{"wrapped line", "Ein Satz, der über\nzwei Zeilen geht.", []string{"Ein Satz, der über\nzwei Zeilen geht."}},
		{"Roman numeral", "Ludwig XIV. regierte lange. Papst Benedikt XVI. Der Rücktritt kam.",
			[]string{"Ludwig XIV. regierte lange.", "Papst Benedikt XVI.", "Der Rücktritt kam."}},
		{"date dots", "Am 6.1.2021 und am 18. 12. 2024 geschah es.", []string{"Am 6.1.2021 und am 18. 12. 2024 geschah es."}},
		{"colon", "Mit dabei: Trump und Bezos. Plötzlich kam Musk.", []string{"Mit dabei: Trump und Bezos.", "Plötzlich kam Musk."}},
		{"spaces only", "  \n\t ", nil},
		{"no terminator", "Kampf um Zuneigung", []string{"Kampf um Zuneigung"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := texts(tt.text); !slices.Equal(got, tt.want) {
				t.Errorf("Spans(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
			checkFirst(t, tt.text)
		})
	}
}

func TestSpansSubrange(t *testing.T) {
	text := "Vorher. Am 3. Mai kam er. Danach."
	start, end := strings.Index(text, "Am"), strings.Index(text, "Danach")
	got := Spans(text, start, end)
	if len(got) != 1 || text[got[0][0]:got[0][1]] != "Am 3. Mai kam er." {
		t.Errorf("Spans(subrange) = %v", got)
	}
	if got := Spans(text, -5, 1000); len(got) != 3 {
		t.Errorf("out-of-range bounds: %v", got)
	}
}

func TestSplitSkipsMeta(t *testing.T) {
	a := &model.Article{Text: "Titel ohne Punkt\nErster Satz. Zweiter Satz.\nFoto: dpa. Bild zwei."}
	a.Blocks = []model.Block{
		{Kind: model.BlockTitle, Start: 0, End: 16},
		{Kind: model.BlockParagraph, Start: 17, End: 43},
		{Kind: model.BlockCredit, Start: 44, End: len(a.Text)},
	}
	Split(a)
	want := []model.Sentence{{Start: 0, End: 16, Block: 0}, {Start: 17, End: 29, Block: 1}, {Start: 30, End: 43, Block: 1}}
	if !slices.Equal(a.Sentences, want) {
		t.Errorf("Sentences = %v, want %v", a.Sentences, want)
	}
}

func TestDataFiles(t *testing.T) {
	for _, w := range []string{"mrd", "bill", "z.b", "usw", "etc", "dr", "vs"} {
		if _, ok := abbreviations[w]; !ok {
			t.Errorf("abbreviation %q missing", w)
		}
	}
	for _, w := range []string{"Der", "Damit", "Im", "The"} {
		if !openers[w] {
			t.Errorf("opener %q missing", w)
		}
	}
}

// checkSpans verifies the invariants every result of Spans must keep.
func checkSpans(t *testing.T, text string, spans [][2]int) {
	t.Helper()
	prev := 0
	for _, s := range spans {
		if s[0] < prev || s[1] <= s[0] || s[1] > len(text) {
			t.Fatalf("bad span %v after %d in %q (spans %v)", s, prev, text, spans)
		}
		if !utf8.RuneStart(text[s[0]]) || s[1] < len(text) && !utf8.RuneStart(text[s[1]]) {
			t.Fatalf("span %v not on rune boundaries in %q", s, text)
		}
		if gap := text[prev:s[0]]; strings.TrimFunc(gap, unicode.IsSpace) != "" {
			t.Fatalf("text %q between spans is not covered (spans %v)", gap, spans)
		}
		prev = s[1]
	}
	if tail := text[prev:]; strings.TrimFunc(tail, unicode.IsSpace) != "" {
		t.Fatalf("tail %q not covered (spans %v)", tail, spans)
	}
}

func FuzzSpans(f *testing.F) {
	for _, s := range []string{
		"Am Mittwochabend (18. Dezember) trafen sich …",
		"„Jeder will mein Freund sein!“, schrieb er. Dann.",
		"• A• B• C", "z. B. u. a. 13 Mrd. Dollar. usw. Ende…", "[…] (…) ?! „“ ‚‘ «» …\n\n.", "\u00a0.\u00a0",
		"Er kam.\u2003Sie ging.\n \nDanach.", "X. Y. Z.", "...", "•", "a.b.c. D.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			Spans(text, 0, len(text)) // must not panic on bad input either
			return
		}
		checkSpans(t, text, Spans(text, 0, len(text)))
		checkFirst(t, text)
	})
}

// checkFirst verifies that First gives the first of Spans.
func checkFirst(t *testing.T, text string) {
	t.Helper()
	spans := Spans(text, 0, len(text))
	got, ok := First(text, 0, len(text))
	if ok != (len(spans) > 0) || ok && got != spans[0] {
		t.Errorf("First(%q) = %v, %v; Spans %v", text, got, ok, spans)
	}
}

func TestIsDeterminer(t *testing.T) {
	for w := range determiners {
		if !IsDeterminer(w) {
			t.Errorf("IsDeterminer(%q) = false", w)
		}
	}
	for _, w := range []string{"", "und", "Der", "deren", "seinerzeit", "haus", "unsereiner"} {
		if IsDeterminer(w) {
			t.Errorf("IsDeterminer(%q) = true", w)
		}
	}
}

// TestWordScans compares wordStart and nextWord, which pass ASCII bytes
// without decoding them, with loops that decode every rune.
func TestWordScans(t *testing.T) {
	wordStartRunes := func(text string, s, p int) int {
		j := p
		for j > s {
			r, size := utf8.DecodeLastRuneInString(text[s:j])
			if r == '.' || r < utf8.RuneSelf && isAlnumASCII(byte(r)) || r >= utf8.RuneSelf && unicode.IsLetter(r) {
				j -= size
				continue
			}
			break
		}
		for j < p && text[j] == '.' {
			j++
		}
		return j
	}
	nextWordRunes := func(text string, n, end int) next {
		if n = skipOpeners(text, n, end); n >= end {
			return next{kind: 'o'}
		}
		r, _ := utf8.DecodeRuneInString(text[n:end])
		e := n
		for e < end {
			r, size := utf8.DecodeRuneInString(text[e:end])
			if !unicode.IsLetter(r) {
				break
			}
			e += size
		}
		w := next{word: text[n:e]}
		switch {
		case unicode.IsUpper(r):
			w.kind = 'U'
		case unicode.IsLower(r):
			w.kind = 'l'
			for _, r := range w.word {
				if unicode.IsUpper(r) {
					w.kind = 'U'
					break
				}
			}
		case unicode.IsDigit(r):
			w.kind = 'd'
		default:
			w.kind = 'o'
		}
		return w
	}
	texts := []string{
		"Die Zeit", "z.B. so", "finanzen.ch heute", "Straße Ärger", "xAI und iPhone", "eBay", "éClair Ölpreis",
		"„Zitat“ hier", "(Klammer) da", "Ludwig XIV. hatte", "a\xffb c", "München-Süd", "ÄÖÜ äöü ß", "123abc", "İstanbul ǅemal",
	}
	for _, text := range texts {
		for p := 0; p <= len(text); p++ {
			for s := 0; s <= p; s++ {
				if got, want := wordStart(text, s, p), wordStartRunes(text, s, p); got != want {
					t.Errorf("wordStart(%q, %d, %d) = %d, want %d", text, s, p, got, want)
				}
			}
			if got, want := nextWord(text, p, len(text)), nextWordRunes(text, p, len(text)); got != want {
				t.Errorf("nextWord(%q, %d) = %+v, want %+v", text, p, got, want)
			}
		}
	}
}

// TestIsPrefixAbbreviation: the abbreviations that always stand before
// something, in any case; not those a sentence may end on, nor words.
func TestIsPrefixAbbreviation(t *testing.T) {
	for w, want := range map[string]bool{"Dr": true, "prof": true, "Dipl": true, "bzw": true, "Mio": false, "Art": false, "Haus": false, "": false} {
		if got := IsPrefixAbbreviation(w); got != want {
			t.Errorf("IsPrefixAbbreviation(%q) = %v, want %v", w, got, want)
		}
	}
}
