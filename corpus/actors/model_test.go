package actors

import (
	"maps"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"chronik/corpus/ner"
	"chronik/corpus/text"
	"chronik/model"
)

// span finds the n-th (from 0) occurrence of w in text as a span of kind k.
func span(text, w string, n int, k ner.Kind) ner.Span {
	at := -1
	for i := 0; i <= n; i++ {
		j := strings.Index(text[at+1:], w)
		if j < 0 {
			panic("no " + w)
		}
		at += 1 + j
	}
	return ner.Span{Start: at, End: at + len(w), Kind: k}
}

func TestNamer(t *testing.T) {
	text := "Donald Trump und Anna Weber trafen das Robert Koch-Institut (RKI). Trumps Rede, Weber, Anna, RKI, das Bundesamt für Justiz (BfJ)."
	spans := []ner.Span{
		span(text, "Donald Trump", 0, ner.PER), span(text, "Anna Weber", 0, ner.PER),
		span(text, "Robert Koch-Institut", 0, ner.ORG), span(text, "RKI", 0, ner.ORG),
		span(text, "Trumps", 0, ner.PER), span(text, "Weber", 1, ner.PER), span(text, "Anna", 1, ner.PER),
		span(text, "RKI", 1, ner.ORG), span(text, "Bundesamt für Justiz", 0, ner.ORG), span(text, "BfJ", 0, ner.ORG),
	}
	n := newNamer(text, spans, map[writtenName]string{}, loadLexicon())
	want := []string{"Donald Trump", "Anna Weber", "Robert Koch-Institut", "Robert Koch-Institut", "Donald Trump", "Anna Weber", "Anna Weber",
		"Robert Koch-Institut", "Bundesamt für Justiz", "Bundesamt für Justiz"}
	for i, sp := range spans {
		kind := model.Person
		if sp.Kind == ner.ORG {
			kind = model.Organization
		}
		if got := n.name(sp, kind); got != want[i] {
			t.Errorf("%q: name %q, want %q", text[sp.Start:sp.End], got, want[i])
		}
	}
}

// A surname two people of the article share stays as written, a name
// written twice counts once, and a namer reused for the next article
// allocates nothing.
func TestNamerTally(t *testing.T) {
	text := "Anna Weber und Jonas Weber stritten, Anna Weber blieb. Weber schwieg, Jonas auch. Lena Kolb kam, Kolb ging."
	spans := []ner.Span{
		span(text, "Anna Weber", 0, ner.PER), span(text, "Jonas Weber", 0, ner.PER), span(text, "Anna Weber", 1, ner.PER),
		span(text, "Weber", 3, ner.PER), span(text, "Jonas", 1, ner.PER), span(text, "Lena Kolb", 0, ner.PER), span(text, "Kolb", 1, ner.PER),
	}
	want := []string{"Anna Weber", "Jonas Weber", "Anna Weber", "Weber", "Jonas Weber", "Lena Kolb", "Lena Kolb"}
	n := newNamer(text, spans, map[writtenName]string{}, loadLexicon())
	for i, sp := range spans {
		if got := n.name(sp, model.Person); got != want[i] {
			t.Errorf("%q: name %q, want %q", text[sp.Start:sp.End], got, want[i])
		}
	}
	n.release()
	ruleName := map[writtenName]string{}
	if allocs := testing.AllocsPerRun(10, func() { n.reset(text, spans, ruleName, loadLexicon()); n.release() }); allocs != 0 {
		t.Errorf("a reused namer allocates %v times an article", allocs)
	}
}

// TestNominative: an organisation's name that opens with inflected
// adjectives is named as it stands alone, so that the forms of one
// organisation meet; names the rules cannot decline stay as written.
func TestNominative(t *testing.T) {
	lx := loadLexicon()
	for in, want := range map[string]string{
		"Obersten Gerichtshofs":                       "Oberster Gerichtshof",
		"Deutschen Archäologischen Instituts":         "Deutsches Archäologisches Institut",
		"Islamischen Staates":                         "Islamischer Staat",
		"Deutschen Fußball-Bundes":                    "Deutscher Fußball-Bund",
		"Europäischen Gerichtshof für Menschenrechte": "Europäischer Gerichtshof für Menschenrechte",
		"Weißen Haus":                                 "Weißes Haus",
		"Deutschen Bank":                              "Deutsche Bank",
		"Olympischen Spielen":                         "Olympische Spiele",
		"Vereinten Nationen":                          "Vereinte Nationen",
		"Unabhängigen Griechen":                       "Unabhängige Griechen",
		"Internationalen Währungsfonds":               "Internationaler Währungsfonds",
		"Europäische Union":                           "Europäische Union",
		"Wiener Staatsoper":                           "Wiener Staatsoper",
		"Deutschen Telekom":                           "Deutsche Telekom",
		"Deutschen Xqzzy":                             "Deutschen Xqzzy",
		"Bundesamts für Justiz":                       "Bundesamt für Justiz",
		"Münchner Landgerichts":                       "Münchner Landgericht",
		"General Motors":                              "General Motors",
		"Funny Games":                                 "Funny Games",
		"Haus des Meeres":                             "Haus des Meeres",
		"Raiffeisen Bank International":               "Raiffeisen Bank International",
	} {
		if got := nominative(in, lx); got != want {
			t.Errorf("nominative(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestNamerNominative: the tagger's organisation in the genitive and its
// short form in brackets are both named in the nominative.
func TestNamerNominative(t *testing.T) {
	text := "Die Richter des Obersten Gerichtshofs (OGH) schwiegen lange."
	spans := []ner.Span{span(text, "Obersten Gerichtshofs", 0, ner.ORG), span(text, "OGH", 0, ner.ORG)}
	n := newNamer(text, spans, map[writtenName]string{}, loadLexicon())
	for _, sp := range spans {
		if got := n.name(sp, model.Organization); got != "Oberster Gerichtshof" {
			t.Errorf("%q: name %q, want %q", text[sp.Start:sp.End], got, "Oberster Gerichtshof")
		}
	}
}

func TestInitials(t *testing.T) {
	for in, want := range map[string]string{"Robert Koch-Institut": "RKI", "Europäische Zentralbank": "EZ", "Bundesamt für Justiz": "", "X": "X"} {
		if got := initials(in); got != want {
			t.Errorf("initials(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestAgreeKinds(t *testing.T) {
	found := [][]Mention{
		{{Name: "Meta", Kind: model.Organization}, {Name: "Meta", Kind: model.Person}},
		{{Name: "Meta", Kind: model.Organization}, {Name: "Lauda", Kind: model.Person}, {Name: "Lauda", Kind: model.Organization}},
		{{Name: "Meta", Kind: model.Person, Meta: true}},
	}
	agreeKinds(found)
	for _, ms := range found {
		for _, m := range ms {
			if m.Name == "Meta" && m.Kind != model.Organization {
				t.Errorf("Meta stays a %s", m.Kind)
			}
		}
	}
	if found[1][1].Kind != model.Person || found[1][2].Kind != model.Organization {
		t.Errorf("a tie changed Lauda's kinds: %v", found[1])
	}
}

// TestAgreeKindsTieAcrossArticles: a name two articles read as a person
// and as an organisation, each one way, is one name: a person's when it
// starts with a first name, else an organisation's.
func TestAgreeKindsTieAcrossArticles(t *testing.T) {
	found := [][]Mention{
		{{Name: "Brennwerk", Kind: model.Person}, {Name: "Karl Huber", Kind: model.Organization}},
		{{Name: "Brennwerk", Kind: model.Organization}, {Name: "Karl Huber", Kind: model.Person}},
	}
	agreeKinds(found)
	for _, ms := range found {
		for _, m := range ms {
			want := model.Organization
			if m.Name == "Karl Huber" {
				want = model.Person
			}
			if m.Kind != want {
				t.Errorf("%s is a %s, want %s", m.Name, m.Kind, want)
			}
		}
	}
}

func TestTitledOnce(t *testing.T) {
	text := `Meta stellte „Llama AI“ vor, der „Spiegel“ berichtete, „Anna Weber“ auch; Anna Weber kam.`
	spans := []ner.Span{span(text, "Meta", 0, ner.ORG), span(text, "Llama AI", 0, ner.ORG), span(text, "Spiegel", 0, ner.ORG),
		span(text, "Anna Weber", 0, ner.PER), span(text, "Anna Weber", 1, ner.PER)}
	new(spanTables).titledOnce(text, spans)
	var got []string
	for _, sp := range spans {
		got = append(got, sp.Kind.String())
	}
	// "Spiegel" is a known medium; "Anna Weber" is named again.
	if want := []string{"ORG", "OTH", "ORG", "PER", "PER"}; !slices.Equal(got, want) {
		t.Errorf("kinds %q, want %q", got, want)
	}
}

func TestHints(t *testing.T) {
	ms := []Mention{
		{Start: 0, End: 4, Kind: model.Person},
		{Start: 0, End: 10, Kind: model.Person},
		{Start: 5, End: 8, Kind: model.Organization},
		{Start: 12, End: 15, Kind: model.Person, Implicit: true},
		{Start: 20, End: 24, Kind: model.Organization, Part: true},
		{Start: 30, End: 33, Kind: model.Organization},
	}
	want := []ner.Span{{Start: 0, End: 10, Kind: ner.PER}, {Start: 30, End: 33, Kind: ner.ORG}}
	if got := Hints(ms); !slices.Equal(got, want) {
		t.Errorf("Hints = %v, want %v", got, want)
	}
}

// With the tagger: places are never actors, and names keep one actor.
func TestTaggerPlacesAndNames(t *testing.T) {
	a := article("Bundeskanzler Olaf Scholz reiste nach Deutschland zurück. In Berlin sagte Scholz, Frankreich und die Europäische Union seien einig.")
	ms := rec.Find(a)
	names := map[string]model.ActorKind{}
	for _, m := range ms {
		if m.Entity() {
			names[m.Name] = m.Kind
		}
	}
	for _, place := range []string{"Deutschland", "Berlin", "Frankreich"} {
		if _, ok := names[place]; ok {
			t.Errorf("%s is an actor: %v", place, names)
		}
	}
	if names["Olaf Scholz"] != model.Person || len(names) == 0 {
		t.Errorf("Olaf Scholz: %v", names)
	}
	for n := range names {
		if strings.Contains(n, "Bundeskanzler") {
			t.Errorf("a role inside a name: %q", n)
		}
	}
}

// TestPlacesBeside: the tagger's places come back beside the mentions, in
// text order; the rules alone find none.
func TestPlacesBeside(t *testing.T) {
	a := article("Bundeskanzler Olaf Scholz reiste nach Deutschland zurück. In Berlin sagte Scholz, Frankreich sei einig.")
	doc := text.ForArticle(a)
	defer doc.Release()
	_, places := rec.FindWithPlaces(a, doc)
	var got []string
	for _, p := range places {
		got = append(got, a.Text[p.Start:p.End])
	}
	if want := []string{"Deutschland", "Berlin", "Frankreich"}; !slices.Equal(got, want) {
		t.Errorf("places %q, want %q", got, want)
	}
	if _, places := NewRuleRecognizer().FindWithPlaces(a, doc); len(places) != 0 {
		t.Errorf("the rules found places: %v", places)
	}
}

func TestPersonNamedLikeAPlace(t *testing.T) {
	tests := []struct {
		text   string
		people []string
	}{
		{"Rio de Janeiro – Der Schwimmer kam am Freitag an. Er lobte Rio sehr.", nil},
		{"Santa Clara – Der Chipkonzern wächst. Santa Clara ist sein Sitz.", nil},
		{"Das Training in Rio de Janeiro war hart, sagte Clara Janeiro.", []string{"Clara Janeiro"}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			a := article(tt.text)
			var people []string
			for _, m := range rec.Find(a) {
				if m.Entity() && m.Kind == model.Person && !slices.Contains(people, m.Name) {
					people = append(people, m.Name)
				}
			}
			if !slices.Equal(people, tt.people) {
				t.Errorf("people %q, want %q", people, tt.people)
			}
		})
	}
}

func TestNotAPersonsName(t *testing.T) {
	tests := []struct {
		name string
		not  bool
	}{
		{"Clara Janeiro", false},
		{"Ursula von der Leyen", false},
		{"Rio de Janeiro", true},
		{"Rio", false},
		{"Zacky 1987 den Preis", true},
		{"Ka-52", true},
		// the genitive of a country's name
		{"Bulgariens", true},
		{"Usbekistans", true},
		{"Rolands", false},
		{"Stans", false},
	}
	for _, tt := range tests {
		if got := notAPersonsName(tt.name); got != tt.not {
			t.Errorf("notAPersonsName(%q) = %v, want %v", tt.name, got, tt.not)
		}
	}
}

func TestWithoutRole(t *testing.T) {
	for in, want := range map[string]string{
		"Bundeswirtschaftsminister Robert Habeck": "Robert Habeck",
		"Robert Habeck": "Robert Habeck",
		"Habeck":        "Habeck",
	} {
		sp := withoutRole(in, ner.Span{Start: 0, End: len(in), Kind: ner.PER})
		if got := in[sp.Start:sp.End]; got != want {
			t.Errorf("withoutRole(%q) = %q, want %q", in, got, want)
		}
	}
}

// With the tagger: a role before a surname makes a person and is no part
// of the name; a common noun after an article and an adjective is no name.
func TestTaggerFormsOfNames(t *testing.T) {
	tests := []struct {
		text    string
		persons []string // names that must be people
		not     []string // words no actor's name may contain
	}{
		{"Fraktionsvize Post sagte am Montag, die Partei wolle das Gesetz ändern.", []string{"Post"}, []string{"Fraktionsvize"}},
		{"Parteivize Weber widersprach ihm, sagte Konzernchef Tim Cook.", []string{"Weber", "Tim Cook"}, []string{"Parteivize", "Konzernchef"}},
		{"Ob die neue Allianz der beiden Staaten hält, ist offen.", nil, []string{"Allianz"}},
		{"Die Dinge laufen gut, sagte Mark Zuckerberg in Berlin.", []string{"Mark Zuckerberg"}, []string{"Dinge"}},
		{"Notenbank senkt Leitzins erneut. Die Bank hat den Leitzins gesenkt, sagte Christine Lagarde.", []string{"Christine Lagarde"}, []string{"Leitzins"}}, // a verb's stem and a noun: a common noun
	}
	for _, tt := range tests {
		names := map[string]model.ActorKind{}
		for _, m := range rec.Find(article(tt.text)) {
			if m.Entity() {
				names[m.Name] = m.Kind
			}
		}
		for _, p := range tt.persons {
			if names[p] != model.Person {
				t.Errorf("%q: %s is no person: %v", tt.text, p, names)
			}
		}
		for n := range names {
			for _, w := range tt.not {
				if strings.Contains(n, w) {
					t.Errorf("%q: %q in the name %q", tt.text, w, n)
				}
			}
		}
	}
}

// An acronym the lexicon lists as a noun ("BND", "CSU") is a name after
// an article and an adjective too, where a common noun is not.
func TestAcronymsAfterAdjectives(t *testing.T) {
	for text, want := range map[string]string{
		"Der deutsche BND hat am Montag zwei Agenten entlassen.":     "BND",
		"Die bayerische CSU hat am Montag einen Kandidaten gewählt.": "CSU",
	} {
		found := false
		for _, m := range rec.Find(article(text)) {
			found = found || m.Entity() && m.Kind == model.Organization && m.Name == want
		}
		if !found {
			t.Errorf("%q: no organisation %q", text, want)
		}
	}
}

// An acronym written as a word ("Opec", "Nato") is an organisation as
// its capital form is; a common noun of initials ("Lkw") and a noun that
// is also one ("Bund", which the lexicon inflects) are not.
func TestWordAcronyms(t *testing.T) {
	tests := []struct {
		text string
		org  string // "" when no organisation may be found
	}{
		{"Am Montag hat die Opec die Förderung gekürzt.", "Opec"},
		{"Der Chef der Fifa trat am Montag in Zürich zurück.", "Fifa"},
		{"Am Montag standen die Lkw in Linz still.", ""},
		{"Am Montag hat der Bund die Förderung gekürzt.", ""},
	}
	for _, tt := range tests {
		var orgs []string
		for _, m := range rec.Find(article(tt.text)) {
			if m.Entity() && m.Kind == model.Organization {
				orgs = append(orgs, m.Name)
			}
		}
		if tt.org == "" && len(orgs) > 0 || tt.org != "" && !slices.Contains(orgs, tt.org) {
			t.Errorf("%q: organisations %q, want %q", tt.text, orgs, tt.org)
		}
	}
}

// The genitive of a name the article tags is that name's, not a place.
func TestGenitivesOfNames(t *testing.T) {
	text := "Amazon wächst, Amazons Cloud-Dienst auch. Berlins Senat und Berlin."
	spans := []ner.Span{span(text, "Amazon", 0, ner.ORG), span(text, "Amazons", 0, ner.LOC), span(text, "Berlins", 0, ner.LOC), span(text, "Berlin", 1, ner.LOC)}
	new(spanTables).genitivesOfNames(text, spans)
	for i, want := range []ner.Kind{ner.ORG, ner.ORG, ner.LOC, ner.LOC} {
		if spans[i].Kind != want {
			t.Errorf("%q: %v, want %v", text[spans[i].Start:spans[i].End], spans[i].Kind, want)
		}
	}
}

// The long form before an acronym in brackets, if the tagger left it out.
func TestLongFormsBeforeBrackets(t *testing.T) {
	for text, want := range map[string]string{
		"Der Linzer Verkehrsverbund (LVV) widersprach.": "Linzer Verkehrsverbund",
		"Laut Verkehrsverbund (VV) nicht.":              "Verkehrsverbund",
		"Der Linzer Verkehr (LV) widersprach.":          "",
		"Die Stadt (ST) widersprach.":                   "",
	} {
		i := strings.Index(text, "(") + 1
		acr := ner.Span{Start: i, End: strings.Index(text, ")"), Kind: ner.ORG}
		got := ""
		for _, sp := range longFormsBeforeBrackets(text, []ner.Span{acr}) {
			if sp != acr {
				got = text[sp.Start:sp.End]
			}
		}
		if got != want {
			t.Errorf("%q: long form %q, want %q", text, got, want)
		}
	}
}

// An acronym the article gives in brackets after an organisation is that
// organisation wherever it stands, though the tagger leaves it out; one
// in brackets after no organisation is not.
func TestBracketedAcronyms(t *testing.T) {
	text := "Die Gewerkschaft protestierte beim Konzern General Electric (GE) in Paris. GE will Stellen streichen."
	sp := ner.Span{Start: strings.Index(text, "General"), End: strings.Index(text, " (GE)"), Kind: ner.ORG}
	if got := bracketedAcronyms(text, []ner.Span{sp}); !got["GE"] || len(got) != 1 {
		t.Errorf("acronyms %v, want GE", got)
	}
	sp.Kind = ner.LOC
	if got := bracketedAcronyms(text, []ner.Span{sp}); len(got) != 0 {
		t.Errorf("after a place: acronyms %v, want none", got)
	}
	a := article(text)
	var ge []string
	for _, m := range rec.Find(a) {
		if a.Text[m.Start:m.End] == "GE" {
			ge = append(ge, m.Name)
		}
	}
	if want := []string{"General Electric", "General Electric"}; !slices.Equal(ge, want) {
		t.Errorf("the mentions of GE are named %q, want %q", ge, want)
	}
}

// A capitalised word that ends a phrase right after a role word is a
// person where the tagger found nothing there or an organisation of that
// word alone, unless an article before the role or a company list says a
// firm is meant; the tagger's other names stay. The tagger's spans are
// given, so that the rule is tested apart from the weights.
func TestSurnamesAfterRoles(t *testing.T) {
	tests := []struct {
		text   string
		tagged map[string]ner.Kind // the tagger's spans: the first occurrence of each word
		want   map[string]ner.Kind // every span after the rule
	}{
		{"Fraktionsvize Post sagte am Montag, es gehe voran.", nil, map[string]ner.Kind{"Post": ner.PER}},
		{"Fraktionsvize Post sagte am Montag, es gehe voran.", map[string]ner.Kind{"Post": ner.ORG}, map[string]ner.Kind{"Post": ner.PER}},
		{"Parteivize Kante widersprach am Abend.", map[string]ner.Kind{"Kante": ner.ORG}, map[string]ner.Kind{"Kante": ner.PER}},
		{"Parteivize Kante widersprach am Abend.", map[string]ner.Kind{"Kante": ner.PER}, map[string]ner.Kind{"Kante": ner.PER}},
		{"Der Finanzinvestor Kolbex kaufte die Firma.", map[string]ner.Kind{"Kolbex": ner.ORG}, map[string]ner.Kind{"Kolbex": ner.ORG}},
		{"Finanzinvestor Blackstone kaufte die Firma.", map[string]ner.Kind{"Blackstone": ner.ORG}, map[string]ner.Kind{"Blackstone": ner.ORG}},
		{"Das sagte Konzernchef Tim Cook in Berlin.", map[string]ner.Kind{"Tim Cook": ner.PER}, map[string]ner.Kind{"Tim Cook": ner.PER}},
		{"Am Abend gab der Sprecher Auskunft.", nil, map[string]ner.Kind{}},
		{"Fraktionsvize Post-Bank sagte nichts.", map[string]ner.Kind{"Post-Bank": ner.ORG}, map[string]ner.Kind{"Post-Bank": ner.ORG}},
	}
	for _, tt := range tests {
		a := article(tt.text)
		doc := text.ForArticle(a)
		f := newFinder(rec.lex, a, doc)
		var spans []ner.Span
		for w, k := range tt.tagged {
			spans = append(spans, span(tt.text, w, 0, k))
		}
		slices.SortFunc(spans, func(a, b ner.Span) int { return a.Start - b.Start })
		got := map[string]ner.Kind{}
		for _, sp := range f.surnamesAfterRoles(spans) {
			got[tt.text[sp.Start:sp.End]] = sp.Kind
		}
		f.release()
		doc.Release()
		if !maps.Equal(got, tt.want) {
			t.Errorf("%q tagged %v: %v, want %v", tt.text, tt.tagged, got, tt.want)
		}
	}
}

// Two bare surnames side by side that the tagger read as one person are
// two people when the article names each elsewhere; a first name, or a
// word that names no one else, keeps the name whole.
func TestTwoSurnames(t *testing.T) {
	tests := []struct {
		text   string
		people []string // the tagger's persons, in text order
		want   []string // the persons after the rule
	}{
		{"Elon Musk lobte Kolbe. Damals nannte Kolbe Musk einen Träumer.",
			[]string{"Elon Musk", "Kolbe", "Kolbe Musk"}, []string{"Elon Musk", "Kolbe", "Kolbe", "Musk"}},
		{"Elon Musk lobte Anna Kolbe. Damals nannte Kolbe Musk einen Träumer.",
			[]string{"Elon Musk", "Anna Kolbe", "Kolbe Musk"}, []string{"Elon Musk", "Anna Kolbe", "Kolbe", "Musk"}},
		{"Elon Musk lobte ihn. Damals nannte Kolbe Musk einen Träumer.",
			[]string{"Elon Musk", "Kolbe Musk"}, []string{"Elon Musk", "Kolbe Musk"}},
		{"Kolbe Musk lobte ihn. Damals nannte Kolbe Musk einen Träumer.",
			[]string{"Kolbe Musk", "Kolbe Musk"}, []string{"Kolbe Musk", "Kolbe Musk"}},
		{"Elon Musk lobte Anna. Damals nannte Anna Musk einen Träumer.",
			[]string{"Elon Musk", "Anna", "Anna Musk"}, []string{"Elon Musk", "Anna", "Anna Musk"}},
		{"Zacky Kolbe sang. Zacky lachte, Kolbe trank. Später schlief Zacky Kolbe.",
			[]string{"Zacky Kolbe", "Zacky", "Kolbe", "Zacky Kolbe"}, []string{"Zacky Kolbe", "Zacky", "Kolbe", "Zacky Kolbe"}},
	}
	for _, tt := range tests {
		var spans []ner.Span
		seen := map[string]int{}
		for _, p := range tt.people {
			spans = append(spans, span(tt.text, p, seen[p], ner.PER))
			seen[p]++
		}
		var got []string
		for _, sp := range new(spanTables).twoSurnames(tt.text, spans) {
			got = append(got, tt.text[sp.Start:sp.End])
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestGenericNounsAsPersons(t *testing.T) {
	text := "Die Kosten hätten Dimensionen angenommen, sagte Anna Kante. Kante sagte auch, Kante und Dimensionen seien neu."
	for _, w := range []string{"Dimensionen", "Kante"} {
		if g := Gazetteer(w); g&gazLexNoun == 0 || g&uint32(firstName|nameToken) != 0 {
			t.Fatalf("%s: the test needs a common noun on no name list (gazetteer %b)", w, g)
		}
	}
	spans := []ner.Span{
		span(text, "Dimensionen", 0, ner.PER), span(text, "Anna Kante", 0, ner.PER),
		span(text, "Kante", 1, ner.PER), span(text, "Kante", 2, ner.ORG), span(text, "Dimensionen", 1, ner.ORG),
	}
	new(spanTables).genericNouns(text, spans)
	want := []ner.Kind{ner.None, ner.PER, ner.PER, ner.ORG, ner.ORG}
	for i, sp := range spans {
		if sp.Kind != want[i] {
			t.Errorf("%q at %d: kind %v, want %v", text[sp.Start:sp.End], sp.Start, sp.Kind, want[i])
		}
	}
}

// TestCompoundNounsAsPersons: a compound of two nouns the lexicon lacks
// ("Grenzzaun", "Handlungsvollmacht") read as a person of one word is a
// common noun, unless the article names the person in full with it.
func TestCompoundNounsAsPersons(t *testing.T) {
	text := "Der Grenzzaun steht. Die Handlungsvollmacht fehlt, sagte Eva Torbauer. Torbauer blieb."
	for _, w := range []string{"Grenzzaun", "Handlungsvollmacht", "Torbauer"} {
		if g := Gazetteer(w); g&gazLexUnknown == 0 || g&uint32(firstName|nameToken) != 0 {
			t.Fatalf("%s: the test needs a word the lexicon and the name lists lack (gazetteer %b)", w, g)
		}
	}
	spans := []ner.Span{
		span(text, "Grenzzaun", 0, ner.PER), span(text, "Handlungsvollmacht", 0, ner.PER),
		span(text, "Eva Torbauer", 0, ner.PER), span(text, "Torbauer", 1, ner.PER),
	}
	new(spanTables).genericNouns(text, spans)
	want := []ner.Kind{ner.None, ner.None, ner.PER, ner.PER}
	for i, sp := range spans {
		if sp.Kind != want[i] {
			t.Errorf("%q at %d: kind %v, want %v", text[sp.Start:sp.End], sp.Start, sp.Kind, want[i])
		}
	}
}

// TestParticleNames: persons the tagger splits at lower-case name
// particles are one; a person before an organisation, or before a
// capitalised word, is not joined.
func TestParticleNames(t *testing.T) {
	text := "José Eduardo dos Santos traf Ursula von der Leyen, Peter von Meta und Anna Von Berg. Dann holte Huber den Kranz, Moser von Ebner geklagt."
	span := func(s string, k ner.Kind) ner.Span {
		i := strings.Index(text, s)
		return ner.Span{Start: i, End: i + len(s), Kind: k}
	}
	spans := []ner.Span{
		span("José Eduardo", ner.PER), span("Santos", ner.PER), span("Ursula", ner.PER), span("Leyen", ner.PER),
		span("Peter", ner.PER), span("Meta", ner.ORG), span("Anna", ner.PER), span("Berg", ner.PER),
		span("Huber", ner.PER), span("Kranz", ner.PER), span("Moser", ner.PER), span("Ebner", ner.PER),
	}
	var got []string
	for _, sp := range particleNames(text, spans) {
		got = append(got, text[sp.Start:sp.End])
	}
	// a surname alone before the particle is a person the clause goes
	// on from, not the first part of a name
	want := []string{"José Eduardo dos Santos", "Ursula von der Leyen", "Peter", "Meta", "Anna", "Berg", "Huber", "Kranz", "Moser", "Ebner"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	// an article alone between two names the tagger read joins an
	// epithet, not the noun after a name
	text = "Dann hat in Paul der Prozess begonnen, gegen Karl der Große."
	spans = []ner.Span{span("Paul", ner.PER), span("Prozess", ner.PER), span("Karl", ner.PER), span("Große", ner.PER)}
	got = got[:0]
	for _, sp := range particleNames(text, spans) {
		got = append(got, text[sp.Start:sp.End])
	}
	want = []string{"Paul", "Prozess", "Karl der Große"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	// a name that ends in a particle written with a capital goes on over
	// the lower-case ones to the next capitalised word, tagged or not; not
	// without a lower-case particle between, nor into the next name
	text = "Alexander Van der Bellen traf Ivo Van Morrison und Eva De la Cruz."
	spans = []ner.Span{span("Alexander Van", ner.PER), span("Ivo Van", ner.PER), span("Morrison", ner.PER), span("Eva De", ner.PER)}
	got = got[:0]
	for _, sp := range particleNames(text, spans) {
		got = append(got, text[sp.Start:sp.End])
	}
	want = []string{"Alexander Van der Bellen", "Ivo Van", "Morrison", "Eva De la Cruz"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	// "vom" and "von den" tell where a person belongs: no name's particles
	text = "Jana Wolf von den Moorfalken traf Tim Roth vom Stadttheater und Piet van den Broek."
	spans = []ner.Span{span("Jana Wolf", ner.PER), span("Moorfalken", ner.PER), span("Tim Roth", ner.PER), span("Stadttheater", ner.PER),
		span("Piet", ner.PER), span("Broek", ner.PER)}
	got = got[:0]
	for _, sp := range particleNames(text, spans) {
		got = append(got, text[sp.Start:sp.End])
	}
	want = []string{"Jana Wolf", "Moorfalken", "Tim Roth", "Stadttheater", "Piet van den Broek"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestAffiliatedPersons: a person the tagger reads together with the
// organisation after "von" is cut off it where the name before "von"
// ends in a surname; names of nobles, which end in a first name there,
// stay whole unless the article names the person alone; and "von" or
// "zu" after a surname joins no second name.
func TestAffiliatedPersons(t *testing.T) {
	text := "Anna Berg von Korvex traf Tim Roth vom Velmark-Verband, Karl Lukas von Adlersheim und Ida Korber von Berlin."
	span := func(s string, k ner.Kind) ner.Span {
		i := strings.Index(text, s)
		return ner.Span{Start: i, End: i + len(s), Kind: k}
	}
	spans := []ner.Span{span("Anna Berg von Korvex", ner.PER), span("Tim Roth vom Velmark-Verband", ner.PER),
		span("Karl Lukas von Adlersheim", ner.PER), span("Ida Korber von Berlin", ner.PER)}
	type named struct {
		name string
		kind ner.Kind
	}
	var got []named
	for _, sp := range particleNames(text, affiliatedPersons(text, spans)) {
		got = append(got, named{text[sp.Start:sp.End], sp.Kind})
	}
	want := []named{{"Anna Berg", ner.PER}, {"Korvex", ner.ORG}, {"Tim Roth", ner.PER}, {"Velmark-Verband", ner.ORG},
		{"Karl Lukas von Adlersheim", ner.PER}, {"Ida Korber", ner.PER}, {"Berlin", ner.LOC}}
	if !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
	text = "Sie las Lena von Adlersheim von Paul Korber, dann sprach Anna Berg zu Ebner."
	spans = []ner.Span{span("Lena von Adlersheim", ner.PER), span("Paul Korber", ner.PER), span("Anna Berg", ner.PER), span("Ebner", ner.PER)}
	var names []string
	for _, sp := range particleNames(text, spans) {
		names = append(names, text[sp.Start:sp.End])
	}
	if want := []string{"Lena von Adlersheim", "Paul Korber", "Anna Berg", "Ebner"}; !slices.Equal(names, want) {
		t.Errorf("got %q, want %q", names, want)
	}
	// a name that ends in a first name is cut where the article names the
	// person alone elsewhere
	text = "Ida Thomas sprach zuerst. Dann sprach Ida Thomas von Velmark."
	spans = []ner.Span{{Start: 0, End: len("Ida Thomas"), Kind: ner.PER}, span("Ida Thomas von Velmark", ner.PER)}
	got = got[:0]
	for _, sp := range affiliatedPersons(text, spans) {
		got = append(got, named{text[sp.Start:sp.End], sp.Kind})
	}
	if want := []named{{"Ida Thomas", ner.PER}, {"Ida Thomas", ner.PER}, {"Velmark", ner.ORG}}; !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

// TestHeadedPlaces: a place of several words that ends in an
// organisation's head is that organisation; a place is not.
func TestHeadedPlaces(t *testing.T) {
	text := "Die Zürcher Staatsanwaltschaft ermittelt in Bad Ischl."
	span := func(s string) ner.Span {
		i := strings.Index(text, s)
		return ner.Span{Start: i, End: i + len(s), Kind: ner.LOC}
	}
	spans := []ner.Span{span("Zürcher Staatsanwaltschaft"), span("Bad Ischl")}
	headedPlaces(text, spans)
	if spans[0].Kind != ner.ORG || spans[1].Kind != ner.LOC {
		t.Errorf("got %v, %v; want ORG, LOC", spans[0].Kind, spans[1].Kind)
	}
}

// TestRecognizerWith checks that a recogniser made with a tagger uses
// that tagger, not the embedded one: the embedded tagger confirms the
// name, and a tagger that learnt from no examples (all weights zero, O
// wins every tie) confirms none, so the rules' mention goes too.
func TestRecognizerWith(t *testing.T) {
	w, err := ner.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	a := article("Am Montag besuchte Petra Lindqvist die neue Fabrik in Kassel.")
	tests := []struct {
		name string
		rec  *Recognizer
		want int
	}{
		{"embedded", NewRecognizer(), 1},
		{"same weights", NewRecognizerWith(ner.NewTagger(w, Gazetteer)), 1},
		{"no names", NewRecognizerWith(ner.NewTagger(ner.Train(nil, Gazetteer, ner.TrainOptions{}), Gazetteer)), 0},
	}
	for _, tt := range tests {
		n := 0
		for _, m := range tt.rec.Find(a) {
			if m.Entity() && m.Name == "Petra Lindqvist" {
				n++
			}
		}
		if n != tt.want {
			t.Errorf("%s: %d mentions of Petra Lindqvist, want %d", tt.name, n, tt.want)
		}
	}
}

// TestFunctionWords checks that a pronoun or a conjunction the tagger
// took for a name goes, and that names written like them stay.
func TestFunctionWords(t *testing.T) {
	tests := []struct {
		text   string
		others []ner.Span // the article's other names, before the one checked
		span   ner.Span
		want   ner.Kind
	}{
		{"„Jeder kennt das“, schrieb die Autorin.", nil, ner.Span{Start: 3, End: 8, Kind: ner.ORG}, ner.None},
		{"Niemand hat gewonnen.", nil, ner.Span{Start: 0, End: 7, Kind: ner.PER}, ner.None},
		{"Weil es regnet, bleibt sie.", nil, ner.Span{Start: 0, End: 4, Kind: ner.PER}, ner.None},
		{"Stephan Weil sprach. Weil sagte dann nichts.", []ner.Span{{Start: 0, End: 12, Kind: ner.PER}}, ner.Span{Start: 21, End: 25, Kind: ner.PER}, ner.PER},
		{"Der Dienst X wächst.", nil, ner.Span{Start: 11, End: 12, Kind: ner.ORG}, ner.ORG},
		{"Apple wächst.", nil, ner.Span{Start: 0, End: 5, Kind: ner.ORG}, ner.ORG},
	}
	for _, tt := range tests {
		spans := append(slices.Clone(tt.others), tt.span)
		new(spanTables).functionWords(tt.text, spans)
		if got := spans[len(spans)-1].Kind; got != tt.want {
			t.Errorf("%q: %q is %v, want %v", tt.text, tt.text[tt.span.Start:tt.span.End], got, tt.want)
		}
	}
}

// TestArticleBeforeAcronym: an article that opens a sentence before an
// acronym or a name of two words is no part of the organisation's name;
// a paper's keeps it.
func TestArticleBeforeAcronym(t *testing.T) {
	const text = "Der SCR Altach siegte. Der Spiegel schrieb. Die Bank Nordost zahlte."
	spans := []ner.Span{{Start: 0, End: 14, Kind: ner.ORG}, {Start: 23, End: 34, Kind: ner.ORG}, {Start: 44, End: 60, Kind: ner.ORG}}
	articleBeforeAcronym(text, spans)
	for i, want := range []string{"SCR Altach", "Der Spiegel", "Bank Nordost"} {
		if got := text[spans[i].Start:spans[i].End]; got != want {
			t.Errorf("span %d %q, want %q", i, got, want)
		}
	}
}

// TestNounAfterName: after a finite verb, an inflected common noun that
// follows a name is the verb's object, not the name's end; a name's own
// noun stays.
func TestNounAfterName(t *testing.T) {
	cases := []struct{ text, span, want string }{
		{"Gestern präsentierte der ORF Zahlen.", "ORF Zahlen", "ORF"},
		{"Gestern legte Siemens Pläne vor.", "Siemens Pläne", "Siemens"},
		{"Gestern spielten die Wiener Linien.", "Wiener Linien", "Wiener Linien"},
		{"Gestern siegten die Sacramento Kings.", "Sacramento Kings", "Sacramento Kings"},
		{"Der Autobauer Porsche Holding zahlte.", "Porsche Holding", "Porsche Holding"},
		{"Der Verein Siemens Pläne zahlte.", "Siemens Pläne", "Siemens Pläne"},
	}
	checkOrgSpan(t, cases, nounAfterName)
}

// TestObjectAfterName: a common noun after a whole name is the object of
// the verb before it, or of the participle after it, not the name's
// end; a name's own noun, a noun after an adjective, a name whose rest
// the article never names alone, and a name written twice stay whole.
func TestObjectAfterName(t *testing.T) {
	cases := []struct{ text, span, want string }{
		{"Velmark wächst. In puncto Werbung hat Velmark Nachholbedarf.", "Velmark Nachholbedarf", "Velmark"},
		{"Korvex liegt im Norden. Erst diese Woche verbot Korvex Frauen, allein zu reisen.", "Korvex Frauen", "Korvex"},
		{"Die Velmark GmbH hat beim Amtsgericht Köln Insolvenz angemeldet.", "Amtsgericht Köln Insolvenz", "Amtsgericht Köln"},
		{"Die Velmark GmbH hat beim Amtsgericht Köln Konkurs angemeldet.", "Amtsgericht Köln Konkurs", "Amtsgericht Köln"},
		{"Gestern übernahm die Korvex Technik den Auftrag.", "Korvex Technik", "Korvex Technik"},
		{"Bis zu 1.500 Gäste werden im Velmark Center erwartet. Velmark lädt ein.", "Velmark Center", "Velmark Center"},
		{"Gestern zahlte die Deutsche Post Boni.", "Deutsche Post", "Deutsche Post"},
		{"Velmark wächst. Gestern hat Velmark Nachholbedarf gemeldet, Velmark Nachholbedarf klagt.", "Velmark Nachholbedarf", "Velmark Nachholbedarf"},
		{"Velmark wächst. Gestern kaufte Velmark Holding Aktien.", "Velmark Holding", "Velmark Holding"},
		{"Bekannt wurde, dass die Polizei Verstärkung anfordert.", "Polizei Verstärkung", "Polizei"},
		{"Bekannt wurde, dass die Stadtwerke Mitarbeiter entlassen.", "Stadtwerke Mitarbeiter", "Stadtwerke"},
		{"Bekannt wurde, dass die Polizei Linz ermittelt.", "Polizei Linz", "Polizei Linz"},
	}
	checkOrgSpan(t, cases, objectAfterName)
}

// TestTitlesInNames: a chain of titles before a name ("Prof. Dr.") is no
// name, nor the end of the one before; one abbreviation alone may be a
// name's own.
func TestTitlesInNames(t *testing.T) {
	cases := []struct {
		text, span, want string
		kind             ner.Kind
	}{
		{"Es sprach der Leiter, Prof. Dr. Hans Korvex, in Linz.", "Dr", "Dr", ner.None},
		{"Es trafen sich in Borax Prof. Dr. Hans Korvex und Tuhý.", "Borax Prof", "Borax", ner.LOC},
		{"Es zeichnet Thania St. John verantwortlich.", "Thania St", "Thania St", ner.PER},
		{"Es sprach Dr. Hans Korvex.", "Hans Korvex", "Hans Korvex", ner.PER},
	}
	for _, c := range cases {
		start := strings.Index(c.text, c.span)
		spans := []ner.Span{{Start: start, End: start + len(c.span), Kind: ner.PER}}
		if c.kind == ner.LOC {
			spans[0].Kind = ner.LOC
		}
		titlesInNames(c.text, spans)
		if got := c.text[spans[0].Start:spans[0].End]; got != c.want || spans[0].Kind != c.kind {
			t.Errorf("%q: span %q %v, want %q %v", c.text, got, spans[0].Kind, c.want, c.kind)
		}
	}
}

// checkOrgSpan runs rule on one organisation span of each case's text
// and compares the span it leaves with the case's want.
func checkOrgSpan(t *testing.T, cases []struct{ text, span, want string }, rule func(string, []ner.Span)) {
	t.Helper()
	for _, c := range cases {
		start := strings.Index(c.text, c.span)
		spans := []ner.Span{{Start: start, End: start + len(c.span), Kind: ner.ORG}}
		rule(c.text, spans)
		if got := c.text[spans[0].Start:spans[0].End]; got != c.want {
			t.Errorf("%q: span %q, want %q", c.text, got, c.want)
		}
	}
}

// TestDescribedInLowerCase: an adjective and a noun that introduces
// names, capitalised as a headline's first words, are a description
// when the article writes the adjective in lower case too; a name keeps
// its capitals, and a body known by its description is no such noun's.
func TestDescribedInLowerCase(t *testing.T) {
	cases := []struct {
		text, span string
		want       ner.Kind
	}{
		{"Schwedische Bank streicht Stellen\nDie größte schwedische Bank, Velmark, baut ab.", "Schwedische Bank", ner.None},
		{"Schwedische Bank streicht Stellen\nBei der schwedischen Bank Velmark fallen Stellen weg.", "Schwedische Bank", ner.None},
		{"Deutsche Bank streicht Stellen\nDie Deutsche Bank baut ab.", "Deutsche Bank", ner.ORG},
		{"Schwedische Bank streicht Stellen\nDie schwedische Bankenaufsicht prüft.", "Schwedische Bank", ner.ORG},
		{"Syrische Armee rückt vor\nDie syrische Armee hat die Stadt erreicht.", "Syrische Armee", ner.ORG},
	}
	for _, c := range cases {
		start := strings.Index(c.text, c.span)
		spans := []ner.Span{{Start: start, End: start + len(c.span), Kind: ner.ORG}}
		describedInLowerCase(c.text, spans)
		if spans[0].Kind != c.want {
			t.Errorf("%q: kind %v, want %v", c.text, spans[0].Kind, c.want)
		}
	}
}

// TestRelationBeforeName: a compound of a name and its tie to another
// company before the name is no part of the name; a name of its own
// with a hyphen stays.
func TestRelationBeforeName(t *testing.T) {
	cases := []struct{ text, span, want string }{
		{"Die Velmark-Mutter Korvex streicht Stellen.", "Velmark-Mutter Korvex", "Korvex"},
		{"Beim Velmark-Mutterkonzern Korvex wird gestreikt.", "Velmark-Mutterkonzern Korvex", "Korvex"},
		{"Die Korvex-Tochterfirma Borax AG wächst.", "Korvex-Tochterfirma Borax AG", "Borax AG"},
		{"Die Mercedes-Benz Group wächst.", "Mercedes-Benz Group", "Mercedes-Benz Group"},
		{"Die Velmark-Mutter zahlt.", "Velmark-Mutter", "Velmark-Mutter"},
	}
	checkOrgSpan(t, cases, relationBeforeName)
}

// TestVerbsInside: a span the tagger runs past a finite verb ends before
// it; particles and connectors inside names stay, "bin" among them.
func TestVerbsInside(t *testing.T) {
	text := "Die Europäische Kommission hat Polen verklagt. Dann kam Mohammed bin Salman mit der Bank für Sozialwirtschaft."
	spans := []ner.Span{
		span(text, "Europäische Kommission hat Polen", 0, ner.ORG),
		span(text, "Mohammed bin Salman", 0, ner.PER),
		span(text, "Bank für Sozialwirtschaft", 0, ner.ORG),
	}
	verbsInside(text, spans)
	var got []string
	for _, sp := range spans {
		got = append(got, text[sp.Start:sp.End])
	}
	if want := []string{"Europäische Kommission", "Mohammed bin Salman", "Bank für Sozialwirtschaft"}; !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// FuzzNominative: any name comes back with as many words, unchanged
// once declined, and valid UTF-8 from valid UTF-8 (go test -fuzz
// FuzzNominative ./corpus/actors/).
func FuzzNominative(f *testing.F) {
	for _, s := range []string{"Obersten Gerichtshofs", "Olympischen Spielen", "Bundesamts für Justiz", "General Motors", "Ä Ö", "Deutschen ", " Staates", "Neuesten Nachrichten"} {
		f.Add(s)
	}
	lx := loadLexicon()
	f.Fuzz(func(t *testing.T, name string) {
		got := nominative(name, lx)
		if n, m := strings.Count(name, " "), strings.Count(got, " "); n != m {
			t.Fatalf("nominative(%q) = %q: %d blanks, want %d", name, got, m, n)
		}
		if again := nominative(got, lx); again != got {
			t.Fatalf("nominative(%q) = %q, but nominative(%q) = %q", name, got, got, again)
		}
		if utf8.ValidString(name) && !utf8.ValidString(got) {
			t.Fatalf("nominative(%q) = %q: invalid UTF-8", name, got)
		}
	})
}

// TestSurnameInitials: the press names someone it keeps anonymous by a
// first name and the initial of the surname; the name keeps the full
// stop, also where the tagger reads no name or a place, and a first name
// no list knows counts when no word of the language stands there.
func TestSurnameInitials(t *testing.T) {
	tests := []struct {
		text string
		want []string // the persons' names, in text order
	}{
		{"Der Angeklagte Rüdiger W. schwieg am Dienstag vor Gericht.", []string{"Rüdiger W."}},
		{"Gegen Abdelrazak T. wurde am Freitag ein Haftbefehl erlassen.", []string{"Abdelrazak T."}},
		{"In der Gruppe B. spielen vier Mannschaften.", nil},
		{"Das Modell mit dem großen Kennbuchstaben K. kostet mehr.", nil},
		{"Der Sieg gelang Donald J. Trump nicht.", []string{"Donald J. Trump"}},
	}
	rec := NewRecognizer()
	for _, tt := range tests {
		var got []string
		for _, m := range rec.Find(article(tt.text)) {
			if m.Entity() && m.Kind == model.Person {
				got = append(got, m.Name)
				if w := tt.text[m.Start:m.End]; w != m.Name {
					t.Errorf("%q: span %q of %q", tt.text, w, m.Name)
				}
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: persons %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestForeignNameAfterRole: a name of words the lexicon does not know
// after a role word is a person even where the tagger reads none there,
// or another kind of name; a phrase that goes on is left to the tagger.
func TestForeignNameAfterRole(t *testing.T) {
	rec := NewRecognizer()
	for _, tt := range []struct {
		text, want string
	}{
		{"Am Montag hat Generalsekretär Ban Ki Moon die Lage in Genf verurteilt.", "Ban Ki Moon"},
		{"Der Ministerpräsident Lee Hsien Loong eröffnete am Freitag die Messe.", "Lee Hsien Loong"},
	} {
		var got []string
		for _, m := range rec.Find(article(tt.text)) {
			if m.Entity() && m.Kind == model.Person {
				got = append(got, m.Name)
			}
		}
		if !slices.Contains(got, tt.want) {
			t.Errorf("%q: persons %q, want %q among them", tt.text, got, tt.want)
		}
	}
}

// TestPlaceBodies: a body noun before a place names the body that governs
// it when it may act (after an article, opening a sentence, after "vom");
// in it, after an adjective or in brackets after a place, it is the place.
func TestPlaceBodies(t *testing.T) {
	rec := NewRecognizer()
	for _, tt := range []struct {
		text string
		want string // the organisation, or "" for none of the body's name
	}{
		{"Die Stadt Graz verkaufte am Montag zwei Grundstücke an einen Investor.", "Stadt Graz"},
		{"Der Verein wird vom Land Kärnten gefördert.", "Land Kärnten"},
		{"Gemeinde Leonding klagt gegen den Bescheid.", "Gemeinde Leonding"},
		{"In der Stadt Graz regnete es am Montag stark.", ""},
		{"Die Armee rückte in die nordsyrische Stadt Aleppo vor.", ""},
		{"Das Fest in Bleiburg (Gemeinde Feistritz) war gut besucht.", ""},
	} {
		got := ""
		for _, m := range rec.Find(article(tt.text)) {
			if m.Entity() && m.Kind == model.Organization && strings.Contains(m.Name, " ") {
				got = m.Name
			}
		}
		if got != tt.want {
			t.Errorf("%q: organisation %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestCuedCompanies: after a noun that introduces an organisation, a name
// the tagger reads as a person's is the organisation's when its last word
// is on no name list and no German noun; a German surname stays a person.
// A word on no list after "der Maschinenbauer" or "des Autobauers" is the
// company the noun introduces, whatever the tagger read it as; after a
// division's noun it is not, nor is an abstract noun the lexicon lacks,
// which is the verb's object.
func TestCuedCompanies(t *testing.T) {
	wantKinds(t, []nameKind{
		{"Der Softwareanbieter Altair Engineering wurde am Montag verkauft.", "Altair Engineering", model.Organization},
		{"Im Wahlkampf unterstützte die Partei Klaus Fischer nach Kräften.", "Klaus Fischer", model.Person},
		{"Der Maschinenbauer Hollweg hat am Montag 200 Stellen gestrichen.", "Hollweg", model.Organization},
		{"Die Aktie des Anlagenbauers Brüggerhoff fiel am Montag.", "Brüggerhoff", model.Organization},
		{"Die Gewinne der Sparte Kältetechnik fielen am Montag.", "Kältetechnik", ""},
		{"Am Montag meldete der Autohersteller Insolvenz an.", "Insolvenz", ""},
		{"Am Montag verkündete der Maschinenbauer Sanierung und Umbau.", "Sanierung", ""},
	})
}

// TestDatelinePlaces: a place that opens a paragraph as its dateline
// (with a news agency's name in brackets or without) is no person or
// organisation, whatever the tagger reads it as; a name and a dash
// before lower-case words is an aside and stays a name.
func TestDatelinePlaces(t *testing.T) {
	checkFound(t, []foundCase{
		{[]string{"Linz AG erhöht die Preise.", "Linz – Die Linz AG hat am Dienstag die Preise für Strom erhöht."}, "Linz", false},
		{[]string{"Tennis.", "Mendoza (AFP) – Der Argentinier gewann am Sonntag das Turnier."}, "Mendoza", false}, // an agency's name in brackets after it
		{[]string{"Tennis.", "Mendoza – Der Argentinier gewann am Sonntag das Turnier."}, "Mendoza", false},
		{[]string{"Rücktritt.", "Klaus Berger – seit zwei Jahren im Amt – trat am Montag zurück."}, "Klaus Berger", true},
	})
}

// TestDatelineAgency: a news agency in brackets between a dateline's
// place and its dash sent the text: its mention is metadata.
func TestDatelineAgency(t *testing.T) {
	a := article("Wahl in Frankreich.", "Paris (AFP) – Die Regierung hat am Montag den Haushalt beschlossen.")
	found := false
	for _, m := range rec.Find(a) {
		if a.Text[m.Start:m.End] == "AFP" {
			found = true
			if !m.Meta {
				t.Errorf("the agency of a dateline is no metadata: %+v", m)
			}
		}
	}
	if !found {
		t.Error("no mention of the agency found")
	}
}

// A foundCase is an article and a name, as written, that the recogniser
// finds in it or not.
type foundCase struct {
	lines []string
	name  string
	found bool
}

func checkFound(t *testing.T, cases []foundCase) {
	t.Helper()
	for _, tt := range cases {
		a := article(tt.lines...)
		found := false
		for _, m := range rec.Find(a) {
			found = found || m.Entity() && a.Text[m.Start:m.End] == tt.name
		}
		if found != tt.found {
			t.Errorf("%q: %q found %v, want %v", tt.lines, tt.name, found, tt.found)
		}
	}
}

// TestRoadsAsPlaces: a road before its code in brackets is a place, not
// an organisation with its abbreviation.
func TestRoadsAsPlaces(t *testing.T) {
	checkFound(t, []foundCase{
		{[]string{"Bei einem Unfall auf der Südautobahn (A2) bei Graz starben am Montag zwei Menschen."}, "Südautobahn", false},
		{[]string{"Bei einem Unfall auf der Südautobahn (A2) bei Graz starben am Montag zwei Menschen."}, "Südautobahn (A2)", false},
		{[]string{"Die Firma Berger Straßenbau hat am Montag Insolvenz angemeldet."}, "Berger Straßenbau", true},
	})
}

// TestWebAddresses: a file name of a page's image line is no
// organisation; a name after a slash between two names is one.
func TestWebAddresses(t *testing.T) {
	checkFound(t, []foundCase{
		{[]string{"Die Stadt feierte am Montag.", "![Das Rathaus](https://www.example.at/foto.jpg)"}, "foto.jpg", false},
		{[]string{"Die Fahrer Jari Kallio/Mikko Laine (FIN) siegten am Sonntag in Portugal."}, "Mikko Laine", true},
	})
}

// TestPlaceNamedCompanies: a company named after a place keeps its legal
// form in its name, or it would read as the place; others leave it out.
func TestPlaceNamedCompanies(t *testing.T) {
	for _, tt := range []struct{ text, name string }{
		{"Die Linz AG erhöhte am Dienstag die Preise.", "Linz AG"},
		{"Die Porsche AG erhöhte am Dienstag die Preise.", "Porsche"},
	} {
		var names []string
		for _, m := range rec.Find(article(tt.text)) {
			if m.Entity() && m.Kind == model.Organization {
				names = append(names, m.Name)
			}
		}
		if !slices.Equal(names, []string{tt.name}) {
			t.Errorf("%q: organisations %q, want %q", tt.text, names, tt.name)
		}
	}
}

// TestUpperAlready: upperAlready says what strings.ToUpper(w) == w says,
// for letters with and without an upper case of their own and invalid
// UTF-8.
func TestUpperAlready(t *testing.T) {
	for _, w := range caseWords {
		if got, want := upperAlready(w), strings.ToUpper(w) == w; got != want {
			t.Errorf("upperAlready(%q) = %v, want %v", w, got, want)
		}
	}
}

// caseWords have letters with and without a case of their own, invalid
// UTF-8 and the replacement character written out.
var caseWords = []string{"", "ABC", "abc", "Abc", "ÄÖÜ", "äöü", "Äö", "ß", "ẞ", "X1-2", "x1-2", "\xff", "A\xffB", "a\xffb", "\uFFFD", "ǅ", "Ǆ", "ǆ", "µ", "ı", "İ", "σ", "ς", "K", "der", "Der"}

// TestLowerAlready: lowerAlready says what strings.ToLower(w) == w says.
func TestLowerAlready(t *testing.T) {
	for _, w := range caseWords {
		if got, want := lowerAlready(w), strings.ToLower(w) == w; got != want {
			t.Errorf("lowerAlready(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestNamesOpeningSentences: a word that opens a sentence, or follows a
// dateline, before a finite verb is a name when the article names it so
// elsewhere; an adverb the lexicon lacks is none, and neither is a word
// the article never names.
func TestNamesOpeningSentences(t *testing.T) {
	for _, tt := range []struct {
		body, name string
		found      bool
	}{
		{"Korvani hat am Montag 200 Stellen gestrichen. Bei Korvani arbeiten 3000 Menschen.", "Korvani", true},
		{"Graz – Korvani steigt aus dem Projekt aus. Der Chef von Korvani ist Hans Maier.", "Korvani", true},
		{"Zudem hat die Firma am Montag 200 Stellen gestrichen. Bei Korvani arbeiten 3000 Menschen.", "Zudem", false},
	} {
		a := article("Neues aus der Industrie.", tt.body)
		first := strings.Index(a.Text, tt.name)
		found := false
		for _, m := range rec.Find(a) {
			found = found || m.Entity() && m.Start == first
		}
		if found != tt.found {
			t.Errorf("%q: %q found %v, want %v", tt.body, tt.name, found, tt.found)
		}
	}
}

// TestPersonsAfterIn: a name after "in" that reads as a first name and
// more is a place, unless it opens with a first name and ends in no
// place's name ("in the person of"); a genitive stays a person's.
func TestPersonsAfterIn(t *testing.T) {
	wantKinds(t, []nameKind{
		{"In Santiago de Chile demonstrierten am Montag Tausende.", "Santiago de Chile", ""},
		{"In Dieter Hecking fand der Verein am Montag einen neuen Trainer.", "Dieter Hecking", model.Person},
		{"In Angela Merkels Kabinett gab es am Montag Streit.", "Angela Merkel", model.Person},
	})
}

// TestBetweenPairs: "zwischen A und B" names two sides of a kind; the
// tagger reads the first like a route's start, a place ("zwischen Wien
// und Graz", which stays one).
func TestBetweenPairs(t *testing.T) {
	wantKinds(t, []nameKind{
		{"Die Gespräche zwischen Siemens und Bosch sind am Montag gescheitert.", "Siemens", model.Organization},
		{"Die Verhandlungen zwischen ÖVP und FPÖ sind am Montag gescheitert.", "ÖVP", model.Organization},
		{"Der Zug zwischen Wien und Graz fiel am Montag aus.", "Wien", ""},
	})
}

// nameKind is a name in a one-line article, and the kind the recogniser
// should find it as ("" for none).
type nameKind struct {
	text, name string
	kind       model.ActorKind
}

// wantKinds checks the kind of each case's name (kindOfName).
func wantKinds(t *testing.T, cases []nameKind) {
	t.Helper()
	for _, tt := range cases {
		if got := kindOfName(tt.text, tt.name); got != tt.kind {
			t.Errorf("%q: %q is %q, want %q", tt.text, tt.name, got, tt.kind)
		}
	}
}

// TestSubjectsAfterDatelines: a surname or a company right after a
// dateline, before the finite verb, is the sentence's subject, which the
// tagger reads like a second place; a place stays one.
func TestSubjectsAfterDatelines(t *testing.T) {
	wantKinds(t, []nameKind{
		{"Washington – Trump hat am Montag den Chef der Behörde entlassen.", "Trump", model.Person},
		{"Berlin – Merz hat am Montag den Chef der Behörde entlassen.", "Merz", model.Person},
		{"Wien – Linz hat am Montag eine neue Brücke eröffnet.", "Linz", ""},
	})
}

// TestCuedKindCountsTwice: a firm a noun introduces ("der
// Facebook-Konzern Meta") outweighs a bare mention of its name that the
// tagger reads as a person's (a first name, "Meta"), so that the article
// names one organisation.
func TestCuedKindCountsTwice(t *testing.T) {
	ms := rec.Find(article("Meta beendet Faktenchecks in den USA", "Menlo Park – Der Facebook-Konzern Meta stellt sein Programm in den USA ein."))
	n := 0
	for _, m := range ms {
		if m.Entity() && m.Name == "Meta" {
			n++
			if m.Kind != model.Organization {
				t.Errorf("%q at %d is %q, want an organisation", m.Name, m.Start, m.Kind)
			}
		}
	}
	if n != 2 {
		t.Errorf("%d mentions of Meta, want 2", n)
	}
}

// kindOfName returns the kind of the last entity the recogniser finds in
// a one-line article that has the name, or "".
func kindOfName(text, name string) model.ActorKind {
	var kind model.ActorKind
	for _, m := range rec.Find(article(text)) {
		if m.Entity() && m.Name == name {
			kind = m.Kind
		}
	}
	return kind
}

// TestLastFields: lastFields gives the last three of strings.Fields, also
// after blanks other than the space, and with a rune cut at the start.
func TestLastFields(t *testing.T) {
	for _, s := range []string{
		"", " ", "die", " die  neue ", "sagte, die neue", "in der\tneuen\nAllianz ",
		"die\u00a0neue Allianz", "die\u2009neue", "\xa4r die neue", "über\u3000die neue",
	} {
		all := strings.Fields(s)
		got, n := lastFields(s)
		if want := min(len(all), 3); n != want {
			t.Errorf("%q: %d fields, want %d", s, n, want)
			continue
		}
		for k := range n {
			if got[k] != all[len(all)-1-k] {
				t.Errorf("%q: field %d from the end is %q, want %q", s, k, got[k], all[len(all)-1-k])
			}
		}
	}
}

// TestGenitiveBase checks genitiveBase against the endings tried in
// turn, each cut only when two runes or more are left.
func TestGenitiveBase(t *testing.T) {
	want := func(w string) (string, bool) {
		for _, end := range []string{"’", "'", "s"} {
			if b, ok := strings.CutSuffix(w, end); ok && utf8.RuneCountInString(b) >= 2 {
				return b, true
			}
		}
		return w, false
	}
	parts := []string{"", "s", "'", "’", "a", "ä", "Ü", "B", "x", "\xe2", "\x99", "ß", "€"}
	var words []string
	for _, a := range parts {
		for _, b := range parts {
			for _, c := range parts {
				for _, d := range parts {
					words = append(words, a+b+c+d)
				}
			}
		}
	}
	words = append(words, "Trumps", "Bezos’", "Bezos'", "Musk", "Ös", "Öös", "äää’")
	for _, w := range words {
		b, ok := genitiveBase(w)
		if wb, wok := want(w); b != wb || ok != wok {
			t.Errorf("genitiveBase(%q) = %q, %v; want %q, %v", w, b, ok, wb, wok)
		}
	}
}

// A name of two words whose second is an acronym is an organisation
// ("Hertha BSC": no surname is written in capitals), and the first word
// alone, which the tagger reads as a first name, is that organisation
// where the article gave the name in full first (its headline may
// shorten it before), not where the word alone came first. A Roman
// numeral is no acronym; a person's name with the word keeps it a
// person's.
func TestNamesEndingInAcronyms(t *testing.T) {
	tests := []struct {
		lines []string
		want  map[string]string // written form → "org:Name" or "person:Name"
	}{
		{[]string{"Hertha entlässt Trainer", "Der Zweitligist Hertha BSC hat am Sonntag Trainer Jan Lindner entlassen. Hertha verlor am Samstag."},
			map[string]string{"Hertha BSC": "organization:Hertha BSC", "Hertha": "organization:Hertha BSC"}},
		{[]string{"Im Museum", "König Ludwig II ließ das Schloss bauen."},
			map[string]string{"Ludwig II": "person:Ludwig II"}},
		{[]string{"Im Verein", "Hertha Brandl spielte früher bei Hertha BSC. Hertha lacht."},
			map[string]string{"Hertha BSC": "organization:Hertha BSC", "Hertha Brandl": "person:Hertha Brandl", "Hertha": "person:Hertha Brandl"}},
		{[]string{"Aus der Stadt", "Hertha hat am Montag gelacht. Später sprach sie über Hertha BSC."},
			map[string]string{"Hertha BSC": "organization:Hertha BSC", "Hertha": "person:Hertha"}},
	}
	for _, tt := range tests {
		a := article(tt.lines...)
		got := map[string]string{}
		for _, m := range rec.Find(a) {
			if m.Entity() {
				got[a.Text[m.Start:m.End]] = string(m.Kind) + ":" + m.Name
			}
		}
		for w, want := range tt.want {
			if got[w] != want {
				t.Errorf("%q: %q is %q, want %q (all: %v)", tt.lines, w, got[w], want, got)
			}
		}
	}
}

// A word the lexicon lacks is a common noun when it joins two of its
// nouns, or a verb's stem and a noun; not a surname in "-mann".
func TestCompoundNoun(t *testing.T) {
	for w, want := range map[string]bool{"Leitzins": true, "Autobauer": true, "Hörmann": false, "Trump": false} {
		if got := isCompoundNoun(w); got != want {
			t.Errorf("isCompoundNoun(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestSeatedOrgs: an organisation the rules name by its head and its
// seat is one, though the tagger reads the seat as a place: "Stadtwerke"
// heads a name with a seat, as "Arbeitsgericht" does.
func TestSeatedOrgs(t *testing.T) {
	wantKinds(t, []nameKind{
		{"Die Stadtwerke Linz erhöhten am Montag die Preise.", "Stadtwerke Linz", model.Organization},
		{"Das Arbeitsgericht Erfurt wies die Klage am Dienstag ab.", "Arbeitsgericht Erfurt", model.Organization},
	})
}

// TestClubsByTheirNameAlone: a word the tagger reads as a name of its
// own that follows a club's prefix in a name the article gives is that
// club ("SK Rapid" … "Rapid"); a place stays one ("AS Rom" … "Rom –").
func TestClubsByTheirNameAlone(t *testing.T) {
	names := func(lines ...string) map[string]string {
		out := map[string]string{}
		a := article(lines...)
		for _, m := range rec.Find(a) {
			if m.Entity() {
				out[a.Text[m.Start:m.End]] = m.Name
			}
		}
		return out
	}
	if got := names("Rapid verliert Derby gegen Austria", "", "Wien – Der SK Rapid hat das Derby gegen die Austria mit 1:2 verloren. Die Tore für die Austria erzielten Dominik Fitz und Manfred Fischer, für Rapid traf Guido Burgstaller. Vor 26.000 Zuschauern war Rapid über weite Strecken unterlegen."); got["Rapid"] != "SK Rapid" {
		t.Errorf("Rapid is named %q, want SK Rapid (%v)", got["Rapid"], got)
	}
	if got := names("Rom – Der AS Rom hat am Sonntag gegen Lazio mit 2:0 gewonnen. In Rom feierten die Fans."); got["Rom"] != "" {
		t.Errorf("the place Rom is named %q, want no actor", got["Rom"])
	}
}

// TestNamesAfterAssemblies: an assembly's noun and a surname after it
// are the body and a person, not one name ("der Bundestag Merz", which
// the tagger reads so); a seat after a university stays its name.
func TestNamesAfterAssemblies(t *testing.T) {
	wantKinds(t, []nameKind{
		{"Zuvor hatte der Bundestag Merz mit 325 Stimmen zum Kanzler gewählt.", "Merz", model.Person},
		{"Zuvor hatte der Bundestag Merz mit 325 Stimmen zum Kanzler gewählt.", "Bundestag", model.Organization},
		{"Die Forscherin lehrt seit 2019 an der Universität Oxford.", "Universität Oxford", model.Organization},
	})
}

// TestDatives: a verb whose person stands first in the dative keeps a
// name before its plural ("Huber fehlten zwei Sekunden"); another plural
// verb after a surname alone says the word names many ("Hacker legen").
func TestDatives(t *testing.T) {
	for _, tt := range []struct {
		verb string
		want bool
	}{
		{"fehlten", true}, {"drohen", true}, {"legen", false}, {"protestieren", false},
	} {
		if got := datives(tt.verb); got != tt.want {
			t.Errorf("datives(%q) = %v, want %v", tt.verb, got, tt.want)
		}
	}
}

// TestSiteCredit: a web domain in lower case in brackets, or the name
// after a line's last " | " with only links after it, credits the site a
// text was read at; a firm or a portal named by its domain, or a name
// inside a sentence, is none.
func TestSiteCredit(t *testing.T) {
	cases := []struct {
		text, span string
		want       bool
	}{
		{"Taxi überschlägt sich bei Unfall (velmark.de) https://t.co/x", "velmark.de", true},
		{"Tank bei Unfall aufgerissen | Velmark Online https://t.co/x", "Velmark Online", true},
		{"Tank bei Unfall aufgerissen | Velmark Online", "Velmark Online", true},
		{"Velmark.de kauft Korvex.", "Velmark.de", false},
		{"Die Inhalte von Velmark.de wurden gesperrt.", "Velmark.de", false},
		{"Kurz | Velmark Online hat Korvex gekauft.", "Velmark Online", false},
		{"Ein Streik bei ver.di dauert an.", "ver.di", false},
	}
	for _, c := range cases {
		start := strings.Index(c.text, c.span)
		if got := siteCredit(c.text, start, start+len(c.span)); got != c.want {
			t.Errorf("%q: siteCredit(%q) = %v, want %v", c.text, c.span, got, c.want)
		}
	}
}

// With the tagger: the adjectives that open a German organisation's name
// after an article stay in it ("das Statistische Bundesamt"), which the
// tagger alone reads as its head.
func TestTaggerKeepsNameAdjectives(t *testing.T) {
	for text, want := range map[string]string{
		"Das Statistische Bundesamt meldet am Montag mehr Geburten.": "Statistisches Bundesamt",
		"Wien – Das Statistische Bundesamt hat die Zahlen genannt.":  "Statistisches Bundesamt",
	} {
		var got []string
		for _, m := range rec.Find(article(text)) {
			if m.Entity() {
				got = append(got, m.Name)
			}
		}
		if !slices.Contains(got, want) || slices.Contains(got, "Bundesamt") {
			t.Errorf("%q: names %q, want %q", text, got, want)
		}
	}
}
