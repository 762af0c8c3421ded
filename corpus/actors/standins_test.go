package actors

import (
	"strings"
	"testing"
	"unicode/utf8"

	"chronik/corpus/sentence"
	"chronik/model"
)

// TestStandIns: "der Konzern", "die Gewerkschaft", "das Kabinett" are
// resolved here, once, for every later stage. The cases cover what the
// actor stage resolved before (the company named most) and what the event
// stage resolved by its own rules before (a noun tied to a name), and what
// stands for nothing. The rules alone: the tagger may overrule the name a
// stand-in refers to ("der Volkswagen-Konzern"), and then drops the
// stand-in with it.
func TestStandIns(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		noun  string // the stand-in: its last occurrence in the text
		want  string // the organisation it stands for; "" for none
	}{
		{"the company named most",
			[]string{"Siemens und Bosch verhandeln über die Sparte.", "Siemens meldete am Montag einen Verlust.", "Bereits im September hatte der Konzern die Verträge gekündigt."},
			"Konzern", "Siemens"},
		{"genitive of the company named most",
			[]string{"Siemens meldete einen Verlust.", "Die Aktie des Unternehmens fiel um drei Prozent."},
			"Unternehmens", "Siemens"},
		{"a compound ties the company to the noun",
			[]string{"Der Volkswagen-Konzern legte Zahlen vor.", "Im September hatte der Konzern die Sicherung gekündigt."},
			"Konzern", "Volkswagen"},
		{"a union named with its noun",
			[]string{"Die Gewerkschaft Verdi und Volkswagen verhandelten.", "Die Gewerkschaft rief zum Streik auf."},
			"Gewerkschaft", "Verdi"},
		{"the company, not the union beside it",
			[]string{"Die Gewerkschaft Verdi und Volkswagen verhandelten.", "Der Konzern meldete einen Verlust."},
			"Konzern", "Volkswagen"},
		{"a union is no company",
			[]string{"Die Gewerkschaft Verdi verhandelte.", "Ein Sprecher des Konzerns sagte nichts dazu."},
			"Konzerns", ""},
		{"a speaker of the company",
			[]string{"Volkswagen verhandelte mit den Betriebsräten.", "Ein Sprecher des Konzerns bestätigte das."},
			"Konzerns", "Volkswagen"},
		{"the government and its cabinet",
			[]string{"Die Bundesregierung zögerte lange.", "Am Mittwoch hat das Kabinett das Paket beschlossen."},
			"Kabinett", "Bundesregierung"},
		{"a company a speech tag cites",
			[]string{"Am Montag wurde ein Verfahren eröffnet, so der Verband Korvani.", "Zuvor hatte der Betreiber einen Ausbau angekündigt."},
			"Betreiber", ""},
		{"a noun the article put before a name",
			[]string{"Die Software-Schmiede Korvani wächst.", "Ein Anwalt verklagte die Software-Schmiede am Montag."},
			"Software-Schmiede", "Korvani"},
		{"a noun before a name, in another case",
			[]string{"Der Chipriese Korvani wächst.", "Ein Sprecher des Chipriesen sagte nichts."},
			"Chipriesen", "Korvani"},
		{"the same noun before another name",
			[]string{"Die Software-Schmiede Korvani wächst.", "Die Software-Schmiede Belmora dagegen schrumpft."},
			"Software-Schmiede", ""},
		{"a name after the noun names it",
			[]string{"Siemens meldete einen Verlust.", "Der Konzern Bosch dagegen wuchs."},
			"Konzern", ""},
		{"an indefinite noun is something new",
			[]string{"Siemens meldete einen Verlust.", "Ein Unternehmen aus Bayern kaufte die Sparte."},
			"Unternehmen", ""},
		{"a compound that names a relation",
			[]string{"Softbank und OpenAI planen viel.", "Softbank gibt Geld, und das Gemeinschaftsunternehmen baut Rechenzentren."},
			"Gemeinschaftsunternehmen", ""},
		{"adjectives between article and noun",
			[]string{"Siemens meldete einen Verlust.", "Der bayerische Technologiekonzern will Stellen streichen."},
			"Technologiekonzern", "Siemens"},
		{"a compound that says what the company makes",
			[]string{"Bosch meldete einen Gewinn.", "Auf der Messe zeigt der Werkzeughersteller neue Geräte."},
			"Werkzeughersteller", "Bosch"},
		{"a truncated compound before the noun",
			[]string{"Bosch meldete einen Verlust.", "Der alte Garten- und Freizeitmöbelhersteller hat Insolvenz angemeldet."},
			"Freizeitmöbelhersteller", "Bosch"},
		{"two truncated compounds before the noun",
			[]string{"Bosch meldete einen Verlust.", "Der Garten-, Camping- und Freizeitmöbelhersteller hat Insolvenz angemeldet."},
			"Freizeitmöbelhersteller", "Bosch"},
		{"an airline",
			[]string{"Die Lufthansa streicht Flüge.", "Im Mai hat die Airline neue Ziele vorgestellt."},
			"Airline", "Lufthansa"},
		{"an airline named by what it is",
			[]string{"Die Lufthansa streicht Flüge.", "Die kleine Fluggesellschaft hatte im Mai Stellen gestrichen."},
			"Fluggesellschaft", "Lufthansa"},
		{"a company brought in unnamed is the one meant next",
			[]string{"Siemens meldete am Montag einen Verlust.", "Eine niederländische Firma musste das erfahren.", "Nach einem Hackerangriff ging das Unternehmen im Mai pleite."},
			"Unternehmen", ""},
		{"a company named after the unnamed one is meant again",
			[]string{"Eine niederländische Firma musste das erfahren.", "Siemens meldete am Montag einen Verlust.", "Bereits im Mai hatte der Konzern die Verträge gekündigt."},
			"Konzern", "Siemens"},
		{"one's own company is no company named before",
			[]string{"Siemens kauft die Agentur Korvex.", "Mit 14 Jahren hatte ihr Gründer die eigene Firma gegründet."},
			"Firma", ""},
		{"a company cited as a source is not what the article is about",
			[]string{"Nach Angaben der Auskunftei Bosch gingen 2015 viele Firmen pleite.", "Der Hersteller meldete im Juni Insolvenz an."},
			"Hersteller", ""},
		{"a company cited with laut",
			[]string{"Laut Bosch sinkt die Nachfrage.", "Der Hersteller meldete im Juni Insolvenz an."},
			"Hersteller", ""},
		{"a company cited and named",
			[]string{"Laut Bosch sinkt die Nachfrage.", "Bosch meldete einen Verlust.", "Der Hersteller will Stellen streichen."},
			"Hersteller", "Bosch"},
		{"a quoted name after the noun names it",
			[]string{"Siemens meldete einen Verlust.", "Damals entstand der Konzern „Nordwind“ aus zwei Firmen."},
			"Konzern", ""},
		{"a plural after \"die\" is many companies",
			[]string{"Siemens meldete einen Verlust.", "Die bayerischen Autobauer hatten die Sparte 2019 gekauft."},
			"Autobauer", ""},
		{"a plural of a feminine noun",
			[]string{"Die Lufthansa streicht Flüge.", "Die Airlines hatten im Mai die Preise erhöht."},
			"Airlines", ""},
		{"a plural of a feminine noun after a preposition",
			[]string{"Siemens meldete einen Verlust.", "Bei den Banken war die Lage besser."},
			"Banken", ""},
		{"a plural of a neuter noun",
			[]string{"Siemens meldete einen Verlust.", "Die Unternehmen hatten Preise abgesprochen."},
			"Unternehmen", ""},
		{"a compound tied to a name",
			[]string{"Der Industriekonzern Thyssenkrupp baut um.", "Siemens schweigt.", "Der Industriekonzern will Stellen streichen."},
			"Industriekonzern", "Thyssenkrupp"},
		{"a speech tag's company tells of itself",
			[]string{"Bosch will die Siemens AG übernehmen, teilte das Unternehmen am Montag mit."},
			"Unternehmen", "Bosch"},
		{"a speech tag's company after an article",
			[]string{"Die Lufthansa will die Siemens AG kaufen, teilte der Konzern mit."},
			"Konzern", "Lufthansa"},
		{"a speech tag in a sentence no company opens",
			[]string{"Laut Bosch will die Siemens AG wachsen, teilte das Unternehmen am Montag mit."},
			"Unternehmen", "Siemens"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := article(tt.lines...)
			if got := standsFor(a, strings.LastIndex(a.Text, tt.noun), tt.noun); got != tt.want {
				t.Errorf("%q stands for %q, want %q", tt.noun, got, tt.want)
			}
		})
	}
}

// TestHeadlineCompanyNoun: a headline drops the article of a company
// noun after the name it is about, across a dash or a colon ("Siemens –
// Konzern streicht Stellen"); elsewhere such a noun stands for no one,
// and a union's noun is no company's.
func TestHeadlineCompanyNoun(t *testing.T) {
	for _, tt := range []struct {
		title, noun, want string
	}{
		{"Technik: Siemens – Konzern streicht Stellen", "Konzern", "Siemens"},
		{"Siemens: Technologiekonzern streicht Stellen", "Technologiekonzern", "Siemens"},
		{"Siemens: Gewerkschaft droht mit Streik", "Gewerkschaft", ""},
		{"Siemens und Konzern streichen Stellen", "Konzern", ""},
	} {
		body := "Siemens meldete am Montag einen Verlust."
		a := &model.Article{ID: "t", Text: tt.title + "\n" + body, Blocks: []model.Block{
			{Kind: model.BlockTitle, Start: 0, End: len(tt.title)},
			{Kind: model.BlockParagraph, Start: len(tt.title) + 1, End: len(tt.title) + 1 + len(body)},
		}}
		sentence.Split(a)
		if got := standsFor(a, strings.Index(a.Text, tt.noun), tt.noun); got != tt.want {
			t.Errorf("%q: %q stands for %q, want %q", tt.title, tt.noun, got, tt.want)
		}
	}
}

// standsFor returns the organisation the rules read the stand-in noun at
// byte at of a as, or "".
func standsFor(a *model.Article, at int, noun string) string {
	for _, m := range rules.Find(a) {
		if m.Start == at && m.End == at+len(noun) && m.Kind == model.Organization && m.Implicit {
			return m.Name
		}
	}
	return ""
}

// TestDescriptorsAsStandIns: a company's noun the tagger reads as a name,
// after a place's adjective, stands for the company the article names
// most; "Deutsche Bank" is a name.
func TestDescriptorsAsStandIns(t *testing.T) {
	title := "Huber & Söhne streicht Stellen"
	body := "Huber & Söhne hat Verluste gemeldet. Das Luzerner Unternehmen streicht deshalb Stellen. Die Deutsche Bank berät Huber & Söhne."
	a := &model.Article{ID: "t", Text: title + "\n" + body, Blocks: []model.Block{
		{Kind: model.BlockTitle, Start: 0, End: len(title)},
		{Kind: model.BlockParagraph, Start: len(title) + 1, End: len(title) + 1 + len(body)},
	}}
	sentence.Split(a)
	for _, m := range NewRecognizer().Find(a) {
		w := a.Text[m.Start:m.End]
		if strings.Contains(w, "Luzerner") && m.Name != "Huber & Söhne" {
			t.Errorf("%q is %+v, want the article's company", w, m)
		}
		if w == "Deutsche Bank" && (m.Implicit || m.Name != "Deutsche Bank") {
			t.Errorf("%q read as %+v, want the bank", w, m)
		}
	}
}

// TestWordEndingAt compares wordEndingAt, which passes ASCII bytes
// without decoding them, with the loop that decodes every rune.
func TestWordEndingAt(t *testing.T) {
	runes := func(text string, i int, hyphens bool) (string, int) {
		j := i
		for j > 0 && text[j-1] == ' ' {
			j--
		}
		k := j
		for k > 0 {
			r, size := utf8.DecodeLastRuneInString(text[:k])
			if !isWordRune(r) && !(hyphens && r == '-') {
				break
			}
			k -= size
		}
		return text[k:j], k
	}
	for _, text := range []string{"die Software-Schmiede  ", "Müller-Lüdenscheidt sagt", "a\xffb c", "„Zitat“ 2024er Jahr", "x ǅemal-İstanbul ß"} {
		for i := 0; i <= len(text); i++ {
			for _, hyphens := range []bool{false, true} {
				gotW, gotK := wordEndingAt(text, i, hyphens)
				if w, k := runes(text, i, hyphens); gotW != w || gotK != k {
					t.Errorf("wordEndingAt(%q, %d, %v) = %q, %d; want %q, %d", text, i, hyphens, gotW, gotK, w, k)
				}
			}
		}
	}
}
