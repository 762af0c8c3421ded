package events

import (
	"strings"
	"testing"

	"chronik/model"
)

// TestPlacePhrase: a country of one word that takes an article takes it
// after the preposition of a title's place, and one goes "in" it; other
// places, and cities that are nouns too, stand bare.
func TestPlacePhrase(t *testing.T) {
	for _, tt := range []struct{ prep, place, want string }{
		{"in", "Türkei", "in der Türkei"},
		{"in", "Schweiz", "in der Schweiz"},
		{"in", "USA", "in den USA"},
		{"aus", "Niederlande", "aus den Niederlanden"},
		{"nach", "Türkei", "in die Türkei"},
		{"nach", "USA", "in die USA"},
		{"in", "Frankreich", "in Frankreich"},
		{"in", "Halle", "in Halle"},
		{"nach", "Linz", "nach Linz"},
		{"in", "Mar-a-Lago", "in Mar-a-Lago"},
	} {
		if got := placePhrase(tt.prep, tt.place); got != tt.want {
			t.Errorf("placePhrase(%q, %q) = %q, want %q", tt.prep, tt.place, got, tt.want)
		}
	}
	if got, want := (declension{}).phrase("gegen", []string{"Türkei", "Oracle"}), "gegen die Türkei und Oracle"; got != want {
		t.Errorf("phrase = %q, want %q", got, want)
	}
}

// TestOrganisationNouns: an organisation named by a common noun takes its
// article after "von", "in", "bei" and the like: a feminine company's
// name, an institution's of any gender; not a masculine company's, a
// person's surname, nor after "durch", where a headline drops it.
func TestOrganisationNouns(t *testing.T) {
	d := declension{nouns: map[string]bool{"Bundestag": true, "Post": true, "Henkel": true, "Bundesverfassungsgericht": true, "Polizei": true, "Washington Post": true, "Bundesamt für Sicherheit": true}}
	wantPhrases(t, d, []phraseCase{
		{"von", []string{"Bundestag"}, "vom Bundestag"},
		{"in", []string{"Bundestag"}, "im Bundestag"},
		{"bei", []string{"Post"}, "bei der Post"},
		{"von", []string{"Bundesverfassungsgericht"}, "vom Bundesverfassungsgericht"},
		{"bei", []string{"Henkel"}, "bei Henkel"},                                     // a company named by a masculine noun
		{"von", []string{"Kohl"}, "von Kohl"},                                         // a person
		{"durch", []string{"Polizei"}, "durch Polizei"},                               // a headline's bare noun
		{"von", []string{"Washington Post"}, "von der Washington Post"},               // a name ending in a feminine noun
		{"von", []string{"Bundesamt für Sicherheit"}, "vom Bundesamt für Sicherheit"}, // whose head comes first: its article
	})
}

// TestOfNoun: whose a title's noun is, one name that takes "der" in the
// genitive, the rest after "von".
func TestOfNoun(t *testing.T) {
	wantOfNouns(t, declension{}, []ofNounCase{
		{[]string{"Sozialistische Partei"}, "der Sozialistischen Partei"},
		{[]string{"Europäisches Parlament"}, "vom Europäischen Parlament"},
		{[]string{"Vereinte Nationen"}, "von den Vereinten Nationen"},
		{[]string{"Oracle"}, "von Oracle"},
		{[]string{"Europäische Kommission", "Oberster Gerichtshof"}, "von der Europäischen Kommission und dem Obersten Gerichtshof"},
	})
}

// TestNamesWithGender: a name whose gender the texts' articles show
// takes its article after "von", "bei" and the like, and its genitive,
// without an ending, where it names whose the noun is; a name a noun
// ends keeps "vom", whose genitive wants one.
func TestNamesWithGender(t *testing.T) {
	d := declension{
		nouns:   map[string]bool{"SPD": true, "ORF": true, "Grünen": true, "Landgericht Linz": true, "Siemens": true},
		genders: map[string]model.Gender{"SPD": model.Feminine, "ORF": model.Masculine, "ZDF": model.Neuter, "Grünen": model.PluralName, "Landgericht Linz": model.Neuter, "Grüne": model.PluralName, "Linke": model.Feminine},
	}
	wantPhrases(t, d, []phraseCase{
		{"bei", []string{"SPD"}, "bei der SPD"},
		{"von", []string{"ORF"}, "vom ORF"},
		{"mit", []string{"ORF"}, "mit ORF"}, // a preposition after which a headline drops it
		{"von", []string{"Grünen"}, "von den Grünen"},
		{"von", []string{"Siemens"}, "von Siemens"},
		{"bei", []string{"Grüne"}, "bei den Grünen"}, // a name that is an adjective takes its ending
		{"von", []string{"Linke"}, "von der Linken"},
	})
	wantOfNouns(t, d, []ofNounCase{
		{[]string{"SPD"}, "der SPD"},
		{[]string{"ORF"}, "des ORF"},
		{[]string{"ZDF"}, "des ZDF"},
		{[]string{"Landgericht Linz"}, "vom Landgericht Linz"},
		{[]string{"SPD", "ORF"}, "von der SPD und dem ORF"},
		{[]string{"Grüne"}, "der Grünen"},
		{[]string{"Linke"}, "der Linken"},
	})
}

// TestPhrase: a name that opens with an adjective takes the article and
// the ending its preposition's case asks; other names stay as written.
func TestPhrase(t *testing.T) {
	wantPhrases(t, declension{}, []phraseCase{
		{"von", []string{"Europäische Kommission"}, "von der Europäischen Kommission"},
		{"gegen", []string{"Europäischer Gerichtshof"}, "gegen den Europäischen Gerichtshof"},
		{"an", []string{"Europäisches Parlament"}, "an das Europäische Parlament"},
		{"von", []string{"Europäisches Parlament"}, "vom Europäischen Parlament"},
		{"von", []string{"Vereinte Nationen"}, "von den Vereinten Nationen"},
		{"durch", []string{"Europäische Kommission"}, "durch die Europäische Kommission"},
		{"von", []string{"Oracle", "Deutsche Bank"}, "von Oracle und der Deutschen Bank"},
		{"von", []string{"Kärntner Landtag"}, "von Kärntner Landtag"},
		{"von", []string{"Wiener Staatsoper"}, "von Wiener Staatsoper"},
		{"von", []string{"Internationaler Währungsfonds"}, "vom Internationalen Währungsfonds"},
		{"gegen", []string{"Olaf Scholz"}, "gegen Olaf Scholz"},
		{"von", []string{"Corporative Commercial Bank"}, "von Corporative Commercial Bank"},
		{"von", []string{"Oberster Gerichtshof"}, "vom Obersten Gerichtshof"},
		{"gegen", []string{"Oberster Gerichtshof"}, "gegen den Obersten Gerichtshof"},
		{"mit", []string{"Neueste Nachrichten"}, "mit den Neuesten Nachrichten"},
		{"von", []string{"Münster"}, "von Münster"},
		{"von", []string{"Meister Eder"}, "von Meister Eder"},
		{"durch", []string{"27-Jähriger"}, "durch einen 27-Jährigen"},
		{"von", []string{"27-Jähriger"}, "von einem 27-Jährigen"},
		{"von", []string{"28-Jährige"}, "von einer 28-Jährigen"},
		{"gegen", []string{"28-Jährige"}, "gegen eine 28-Jährige"},
		{"von", []string{"Zwei 17-Jährige"}, "von zwei 17-Jährigen"},
		{"gegen", []string{"Zwei 17-Jährige"}, "gegen zwei 17-Jährige"},
		{"von", []string{"Maskierter 21-Jähriger"}, "von Maskierter 21-Jähriger"},
	})
}

// TestAccusatives: a verb's objects take the accusative's article and
// ending; names without an adjective stay as written.
func TestAccusatives(t *testing.T) {
	if got, want := (declension{}).accusatives([]string{"Deutscher Wetterdienst", "Oracle", "Europäisches Parlament"}), "den Deutschen Wetterdienst, Oracle und das Europäische Parlament"; got != want {
		t.Errorf("accusatives = %q, want %q", got, want)
	}
}

// TestDeclinedTitles: a noun title names such an organisation with its
// article, in the case of its preposition, or in the genitive right
// after the noun where that takes "der".
func TestDeclinedTitles(t *testing.T) {
	table := []model.Actor{
		{ID: "europaeische-kommission", Name: "Europäische Kommission", Kind: model.Organization},
		{ID: "oracle", Name: "Oracle", Kind: model.Organization},
	}
	for _, tt := range []struct {
		parts titleParts
		want  string
	}{
		{titleParts{kind: KindResignation, noun: "Rücktritt", actors: []int{0}, roles: []model.Role{model.RoleAgent}}, "Rücktritt der Europäischen Kommission"}, // the genitive, not "von der"
		{titleParts{kind: KindLawsuit, noun: "Klage", actors: []int{1, 0}, roles: []model.Role{model.RoleAgent, model.RolePatient}}, "Klage von Oracle gegen die Europäische Kommission"},
		{titleParts{kind: KindDecision, noun: "Aufhebung", actors: []int{1}, roles: []model.Role{model.RoleAgent}}, "Aufhebung durch Oracle"}, // "von" would name what was lifted
		{titleParts{kind: KindDecision, noun: "Zustimmung", actors: []int{1}, roles: []model.Role{model.RoleAgent}}, "Zustimmung von Oracle"},
	} {
		if got := title(tt.parts, table); got != tt.want {
			t.Errorf("title %q, want %q", got, tt.want)
		}
	}
}

// TestWhitherTitle: "in" of where a flight goes asks the accusative.
func TestWhitherTitle(t *testing.T) {
	table := []model.Actor{{ID: "europaeische-union", Name: "Europäische Union", Kind: model.Organization}}
	parts := titleParts{kind: KindFlight, noun: "Flucht", actors: []int{0}, roles: []model.Role{model.RoleParticipant}, preps: []string{"in"}}
	if got, want := title(parts, table), "Flucht in die Europäische Union"; got != want {
		t.Errorf("title %q, want %q", got, want)
	}
}

// TestGenitiveTitle: a happening that names no one is titled with the
// genitive its noun is told with, when that genitive names no actor and
// ends where its phrase does.
func TestGenitiveTitle(t *testing.T) {
	wantFridayTitles(t, []titleCase{
		{"Am Freitag fand die Abstimmung des Gremiums statt.", "Abstimmung des Gremiums"},
		{"Am Freitag fand die Abstimmung des Friedens- und Sicherheitsrats statt.", "Abstimmung"},
		{"Am Freitag fand die Abstimmung der Gruppe 4 statt.", "Abstimmung der Gruppe 4"}, // a number the noun counts ends the phrase
		{"Am Freitag fand die Abstimmung der Stufe 2,5 statt.", "Abstimmung der Stufe 2,5"},
	})
}

// titleCase is a sentence of a December 2024 article dated by its "am
// Freitag" and the one title it should be given.
type titleCase struct{ text, want string }

// wantFridayTitles checks that each sentence tells one event of its title.
func wantFridayTitles(t *testing.T, cases []titleCase) {
	t.Helper()
	for _, tt := range cases {
		if got, ok := fridayTitle(t, tt.text); !ok || got != tt.want {
			t.Errorf("%q: title %q (one event %v), want %q", tt.text, got, ok, tt.want)
		}
	}
}

// fridayTitle returns the title of the one event a sentence of a
// December 2024 article dated by its "am Freitag" tells, and whether it
// told exactly one.
func fridayTitle(t *testing.T, text string) (string, bool) {
	t.Helper()
	fri := tx{"2024-12-20", dayIv(2024, 12, 20), ""}
	f := fx{text: text, date: dec2024, timex: map[string]tx{"am Freitag": fri, "Am Freitag": fri}}
	events, _ := Merge(Extract(0, f.build(t), testActors), testActors)
	if len(events) != 1 {
		return strings.Join(titles(events), "; "), false
	}
	return events[0].Title, true
}

// A phraseCase is a title's names after a preposition, as phrase should
// write them.
type phraseCase struct {
	prep  string
	names []string
	want  string
}

func wantPhrases(t *testing.T, d declension, cases []phraseCase) {
	t.Helper()
	for _, tt := range cases {
		if got := d.phrase(tt.prep, tt.names); got != tt.want {
			t.Errorf("phrase(%q, %q) = %q, want %q", tt.prep, tt.names, got, tt.want)
		}
	}
}

// An ofNounCase is whose a title's noun is, as ofNoun should write it.
type ofNounCase struct {
	names []string
	want  string
}

func wantOfNouns(t *testing.T, d declension, cases []ofNounCase) {
	t.Helper()
	for _, tt := range cases {
		if got := d.ofNoun(tt.names); got != tt.want {
			t.Errorf("ofNoun(%q) = %q, want %q", tt.names, got, tt.want)
		}
	}
}
