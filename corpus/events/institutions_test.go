package events

import (
	"slices"
	"strings"
	"testing"

	"chronik/model"
)

// TestAgentInstitution: an institution a passive or a noun trigger names
// with "durch" or "von" acted, also beside whom it was done to, and so
// did one that is the subject before a noun trigger its verb takes as
// object; the event lists it after those named, as agent, and its title
// is theirs. An institution after the noun is as often the object.
func TestAgentInstitution(t *testing.T) {
	for _, text := range []string{
		"Präsident Lindner wurde am Freitag durch das Militär gestürzt.",
		"Am Freitag kam es zur Festnahme von Lindner durch die Polizei.",
		"Die Staatsanwaltschaft habe Ermittlungen gegen Lindner aufgenommen, teilte Musk am Freitag mit.", // the subject whose verb the noun is the object of
	} {
		f := fx{text: text, date: dec2024, timex: map[string]tx{"am Freitag": {"2024-12-20", dayIv(2024, 12, 20), ""}, "Am Freitag": {"2024-12-20", dayIv(2024, 12, 20), ""}}}
		events, actors := Merge(Extract(0, f.build(t), testActors), testActors)
		if len(events) != 1 {
			t.Errorf("%q: got %v, want one event", text, titles(events))
			continue
		}
		e := events[0]
		if len(e.Actors) != 2 || actors[e.Actors[0]].ID != "christian-lindner" || actors[e.Actors[1]].Kind != model.Organization || e.Roles[1] != model.RoleAgent {
			var got []string
			for _, a := range e.Actors {
				got = append(got, actors[a].ID)
			}
			t.Errorf("%q: actors %v roles %v, want Lindner and the institution, its agent", text, got, e.Roles)
		}
	}
}

// TestInstitutionAfterNoun: a body named after a noun trigger that is a
// subject is the object of its verb, no agent.
func TestInstitutionAfterNoun(t *testing.T) {
	f := fx{text: "Am Freitag zwangen Streiks bei Oracle die Regierung in die Knie.", date: dec2024, timex: map[string]tx{"Am Freitag": {"2024-12-20", dayIv(2024, 12, 20), ""}}}
	for _, m := range Extract(0, f.build(t), testActors) {
		if m.agentInstitution != "" {
			t.Errorf("a strike forcing a government: agent %q, want none", m.agentInstitution)
		}
	}
}

// TestInstitutionsApart: happenings of two articles that name nobody but
// an institution stay apart unless a place or days tie them; a month and
// the words in common do not.
func TestInstitutionsApart(t *testing.T) {
	texts := []string{
		"Die Polizei hat im Dezember einen Mann nach einem Einbruch festgenommen.",
		"Nach einem Einbruch hat die Polizei im Dezember einen Mann festgenommen.",
	}
	var ms []Mention
	for i, text := range texts {
		a := fx{text: text, date: dec2024}.build(t)
		ms = append(ms, Extract(i, a, testActors)...)
	}
	if events, _ := Merge(ms, testActors); len(events) != 2 {
		t.Errorf("got %v, want two events", titles(events))
	}
	// the same place ties them
	ms = ms[:0]
	for i, text := range []string{
		"Die Polizei hat im Dezember in Graz einen Mann festgenommen.",
		"In Graz hat die Polizei im Dezember einen Mann festgenommen.",
	} {
		a := fx{text: text, date: dec2024}.build(t)
		ms = append(ms, Extract(i, a, testActors)...)
	}
	if events, _ := Merge(ms, testActors); len(events) != 1 {
		t.Errorf("got %v, want one event", titles(events))
	}
}

// TestInstitutionWithSeat: an institution named with its seat right after
// it is that one ("das Amtsgericht Halle"), not every court; a place in a
// phrase of its own ("in Halle") is not part of its name.
func TestInstitutionWithSeat(t *testing.T) {
	wantAgentsOnFriday(t, "institution-", []agentCase{
		{"Das Amtsgericht Halle verurteilte am Freitag einen Mann zu drei Jahren Haft.", "Amtsgericht Halle"},
		{"Die Polizei in Halle hat am Freitag zwei Männer festgenommen.", "Polizei"},
	})
}

// TestCountryActs: a country that is the subject of a verb trigger acts
// as its state does, an actor of the event; named as a topic, in
// parentheses or as whom it was done to, it is none.
func TestCountryActs(t *testing.T) {
	wantAgentsOnFriday(t, "country-", []agentCase{
		{"Chile kaufte am Freitag Peru einen Hafen ab.", "Chile"},
		{"Die Schweiz hat am Freitag den Pass gesperrt.", "Schweiz"},
		{"Am Freitag hat Belgien zwei Männer angeklagt.", "Belgien"},
		{"Das ist der Hafen, den Chile am Freitag Peru abgekauft hatte.", "Chile"},
		{"Am Freitag fand ein Gespräch über Kunst, Geld und Syrien statt.", ""},
		{"Die Chilenen schlugen am Freitag Bolivien mit 5:0.", ""},
	})
}

// TestOfficeSubject: a dated deed of an office or a body named by its
// common noun is news of that office; the same of anyone else, or what an
// office could do, is not. Someone named only by what he does or is, by a
// noun the lexicon has a feminine of ("Spaziergänger"), tells a happening
// when its clause dates it (undated it is as often a habit), though what
// he decides is no news; a word that also names people before a noun
// ("der Bremer Tatort") is an attribute. A company named by its noun
// ("der Autohersteller") that files for insolvency on a day is news of
// that company; what else it decides is its own affair, as the baker's.
func TestOfficeSubject(t *testing.T) {
	for _, tt := range []struct {
		text, title string
	}{
		{"Der Ministerrat hat am Montag beschlossen, die Mittel für Linz zu verdoppeln.", "Beschluss von Ministerrat"},
		{"Die Bundeskanzlerin hatte am Montag ein Lager auf der Insel besucht.", "Bundeskanzlerin besucht Lager"},
		{"Ein Berufungsgericht ordnete am Montag einen neuen Prozess an.", "Berufungsgericht ordnet Prozess an"},
		{"Der Bäcker hat am Montag beschlossen, die Preise zu verdoppeln.", ""},
		{"Erst ab Montag konnte die Präsidentin wieder Beiträge absetzen.", ""},
		{"Am Montag entdeckte ein Spaziergänger im Wald einen Schädel.", "Spaziergänger entdeckt Schädel"},
		{"Ein Spaziergänger entdeckte am Montag im Wald einen Schädel.", "Spaziergänger entdeckt Schädel"},
		{"Ein Spaziergänger entdeckte im Wald einen Schädel.", ""},
		{"Am Montag hat der Bäcker beschlossen, die Preise zu verdoppeln.", ""},
		{"Am Montag startete auch der Bremer Tatort.", ""},
		{"Der Autohersteller meldete am Montag Insolvenz an.", "Autohersteller meldet Insolvenz an"},
		{"Eine Handelskette hat am Montag Insolvenz beantragt.", "Handelskette beantragt Insolvenz"},
		{"Der Autohersteller meldete Insolvenz an.", ""},
		{"Der Autohersteller hat am Montag beschlossen, die Preise zu verdoppeln.", ""},
	} {
		monday := tx{"2024-12-16", dayIv(2024, 12, 16), ""}
		f := fx{text: tt.text, date: dec2024, timex: map[string]tx{"am Montag": monday, "Am Montag": monday, "ab Montag": monday}}
		events, _ := Merge(Extract(0, f.build(t), testActors), testActors)
		wantRow(t, tt.text, events, tt.title, true)
	}
}

// TestInstitutionDoes: what an institution can have done, by kind.
func TestInstitutionDoes(t *testing.T) {
	for _, tt := range []struct {
		kind Kind
		noun string
		want bool
	}{
		{KindVerdict, "Landesgericht", true},
		{KindVerdict, "Verwaltungsgerichtshof", true},
		{KindVerdict, "Staatsanwaltschaft", false},
		{KindAccident, "Ermittler", false},
		{KindDisaster, "Feuerwehren", false},
		{KindMatch, "Frankreich", true},
		{KindMatch, "Parlament", false},
		{KindElection, "Polizei", false},
		{KindElection, "Landtag", true},
		{KindArrest, "Polizei", true},
		{KindArrest, "", true},
	} {
		if got := institutionDoes(tt.kind, tt.noun); got != tt.want {
			t.Errorf("%s by %q: %v, want %v", tt.kind, tt.noun, got, tt.want)
		}
	}
}

// TestBystander: a body that could not have done what the clause sets its
// deed after is no doer of it; the happening is still told, by its place.
func TestBystander(t *testing.T) {
	for _, text := range []string{
		"Die Feuerwehr musste am Montag nach einem Unfall in Linz ausrücken.",
		"Zwei Tage vor der Wahl in Linz hat die Polizei am Montag das Büro einer Zeitung geräumt.",
	} {
		f := fx{text: text, date: dec2024, timex: map[string]tx{"am Montag": {"2024-12-16", dayIv(2024, 12, 16), ""}}}
		events, actors := Merge(Extract(0, f.build(t), testActors), testActors)
		names := func(ids []int) []string {
			var out []string
			for _, a := range ids {
				out = append(out, actors[a].ID)
			}
			return out
		}
		found := false
		for _, e := range events {
			if e.Kind != string(KindAccident) && e.Kind != string(KindElection) {
				continue
			}
			found = true
			if !strings.HasSuffix(e.Title, "in Linz") || len(e.Actors) > 0 {
				t.Errorf("%q: %q with actors %v, want it in Linz, by no one", text, e.Title, names(e.Actors))
			}
		}
		if !found {
			t.Errorf("%q: rows %v, want the happening in Linz", text, titles(events))
		}
	}
}

// TestTopicBystander: a body that tells, learns about, watches, solves
// or regrets a happening ("informierte über den Diebstahl", "war über das
// Ausmaß des Diebstahls informiert", "klärte den Diebstahl auf"), or
// relates another noun to it ("stellte eine Verbindung zum Diebstahl
// her"), did not do it; "über" before a number counts.
func TestTopicBystander(t *testing.T) {
	for _, text := range []string{
		"Die Polizei informierte am Montag über den Diebstahl in Linz.",
		"Die Polizei war am Montag über das Ausmaß des Diebstahls in Linz informiert.",
		"Die Polizei war am Montag über Ausmaß und Folgen des Diebstahls in Linz informiert.",
		"Die Polizei beobachtete am Montag den Diebstahl in Linz.",
		"Die Polizei klärte am Montag den Diebstahl in Linz auf.",
		"Die Regierung bedauerte am Montag den Diebstahl in Linz.",
		"Eine Verbindung zum Diebstahl in Linz stellte die Polizei am Montag her.",
		"Die Polizei hat am Montag Fragen zu dem Diebstahl in Linz beantwortet.",
		"Die Polizei nahm am Montag Ermittlungen zum Diebstahl in Linz auf.",
	} {
		f := fx{text: text, date: dec2024, timex: map[string]tx{"am Montag": {"2024-12-16", dayIv(2024, 12, 16), ""}}}
		events, _ := Merge(Extract(0, f.build(t), testActors), testActors)
		for _, e := range events {
			if e.Kind == string(KindCrime) && len(e.Actors) > 0 {
				t.Errorf("%q: %q with %d actors, want the theft by no one named", text, e.Title, len(e.Actors))
			}
		}
	}
	f := fx{text: "Die Polizei hat am Montag in Linz über 20 Diebe festgenommen.", date: dec2024, timex: map[string]tx{"am Montag": {"2024-12-16", dayIv(2024, 12, 16), ""}}}
	if events, _ := Merge(Extract(0, f.build(t), testActors), testActors); len(events) != 1 || len(events[0].Actors) == 0 {
		t.Errorf("the arrest of over 20 thieves: %v, want one row by the police", titles(events))
	}
	f = fx{text: "Am Montag trat der Landtag zur Sitzung zusammen.", date: dec2024, timex: map[string]tx{"Am Montag": {"2024-12-16", dayIv(2024, 12, 16), ""}}}
	if events, _ := Merge(Extract(0, f.build(t), testActors), testActors); len(events) != 1 || len(events[0].Actors) == 0 {
		t.Errorf("the diet's sitting: %v, want one row by the diet", titles(events))
	}
}

// TestAgentOfAnotherNoun: a "von" or "durch" phrase that hangs on another
// noun names no doer of the noun trigger; the passive's agent of a
// clause whose subject the trigger is does.
func TestAgentOfAnotherNoun(t *testing.T) {
	wantAgentsOnFriday(t, "institution-", []agentCase{
		{"Trotz des Einsatzes von Polizisten kam es am Freitag zu Protesten von Lindner.", ""},
		{"Proteste von Lindner gegen die Schließung der Schulen durch die Regierung.", ""},
		{"Die Straßensperren in Linz wurden am Freitag von der Polizei aufrechterhalten.", "Polizei"},
		{"Am Freitag kam es zur Festnahme von Lindner durch die Polizei.", "Polizei"},
	})
}

// An agentCase is a text told on a Friday and the agents, joined by
// ", ", of its events that wantAgentsOnFriday looks at ("" for none).
type agentCase struct{ text, agent string }

// wantAgentsOnFriday checks, for each case, the agents of its events
// whose ids start with prefix ("country-", "institution-").
func wantAgentsOnFriday(t *testing.T, prefix string, cases []agentCase) {
	t.Helper()
	for _, tt := range cases {
		events, agents := agentsOnFriday(t, tt.text, prefix)
		if got := strings.Join(agents, ", "); got != tt.agent {
			t.Errorf("%q: agents %q (rows %v), want %q", tt.text, got, titles(events), tt.agent)
		}
	}
}

// agentsOnFriday merges the events of text, told on a Friday of December
// 2024, and returns them with the names of their agents whose ids start
// with prefix.
func agentsOnFriday(t *testing.T, text, prefix string) ([]model.Event, []string) {
	t.Helper()
	f := fx{text: text, date: dec2024, timex: map[string]tx{"am Freitag": {"2024-12-20", dayIv(2024, 12, 20), ""}, "Am Freitag": {"2024-12-20", dayIv(2024, 12, 20), ""}}}
	events, actors := Merge(Extract(0, f.build(t), testActors), testActors)
	var agents []string
	for _, e := range events {
		for k, a := range e.Actors {
			if strings.HasPrefix(actors[a].ID, prefix) && e.Roles[k] == model.RoleAgent {
				agents = append(agents, actors[a].Name)
			}
		}
	}
	return events, agents
}

// TestOfficesOfLaw: the offices that search, seize and audit are
// institutions too, whose deeds a clause tells without a name.
func TestOfficesOfLaw(t *testing.T) {
	monday := map[string]tx{"am Montag": {"2024-12-02", dayIv(2024, 12, 2), ""}}
	checkRows(t, monday, []rowCase{
		{"Die Steuerfahndung hat am Montag in einer Halle in Linz 40 Autos beschlagnahmt.", "Steuerfahndung beschlagnahmt"},
		{"Das Bundeskriminalamt hat am Montag in Linz drei Männer festgenommen.", "Bundeskriminalamt nimmt"},
	})
	for _, w := range []string{"Zollfahndung", "Landeskriminalamt", "Finanzamt", "Bezirkshauptmannschaft", "Verfassungsschutz"} {
		if !isInstitution(strings.ToLower(w)) {
			t.Errorf("%s is no institution", w)
		}
	}
	for _, w := range []string{"Insgesamt", "Beamtenschaft", "Fahndung"} {
		if isInstitution(strings.ToLower(w)) {
			t.Errorf("%s is an institution", w)
		}
	}
}

// TestInstitutionBesideNamed: a body that is the verb's subject did what
// the clause tells to those it names; not where a pronoun is the subject
// or where the body stands in a phrase of another noun.
func TestInstitutionBesideNamed(t *testing.T) {
	monday := map[string]tx{"am Montag": {"2024-12-02", dayIv(2024, 12, 2), ""}}
	for _, tt := range []struct {
		text, agent string
	}{
		{"Die Polizei hat Christian Lindner am Montag in Linz festgenommen.", "Polizei"},
		{"Die Staatsanwaltschaft hat am Montag Ermittlungen gegen Lindner eingeleitet.", "Staatsanwaltschaft"},
		{"Er hat am Montag in Linz die Regierung von Lindner angelobt.", ""},
		{"Lindner hat sich am Montag in Linz auf einen Einsatz von 7.500 Soldaten geeinigt.", ""},
	} {
		events, actors := Merge(Extract(0, fx{text: tt.text, date: dec2024, timex: monday}.build(t), testActors), testActors)
		got := ""
		for _, e := range events {
			for k, a := range e.Actors {
				if e.Roles[k] == model.RoleAgent && strings.HasPrefix(actors[a].ID, "institution-") {
					got = actors[a].Name
				}
			}
		}
		if got != tt.agent {
			t.Errorf("%q: institution agent %q, want %q (%v)", tt.text, got, tt.agent, titles(events))
		}
	}
}

// TestRepresentativesInPassive: those who act for a body act with it, but
// in the passive they undergo what is done, and the body they are of
// does not do it.
func TestRepresentativesInPassive(t *testing.T) {
	wantFridayTitles(t, []titleCase{
		{"Am Freitag wurden zwei Mitarbeiter von Meta in Linz festgenommen.", "Zwei Mitarbeiter in Linz festgenommen"},
		{"Vertreter von Meta haben am Freitag in Linz gestreikt.", "Streik von Meta in Linz"},
	})
}

// TestNamesInAttributes: a name in the phrase that qualifies a noun
// ("der durch X in die Kritik geratene Minister Y") takes no part in
// what Y does, nor is the phrase's place where Y did it, and Y is the
// clause's subject, not the phrase's.
func TestNamesInAttributes(t *testing.T) {
	wantFridayTitles(t, []titleCase{
		{"Am Freitag trat der durch Meta in die Kritik geratene Minister Olaf Scholz zurück.", "Rücktritt von Scholz"},
		{"Am Freitag trat der in Linz geborene Minister Olaf Scholz zurück.", "Rücktritt von Scholz"},
		{"Am Freitag hat Meta den durch Oracle bekannten Konzern Volkswagen übernommen.", "Meta übernimmt Volkswagen"},
		// a country's genitive opens such a phrase as an article does
		{"Am Freitag trat Österreichs durch Meta in die Kritik geratener Minister Olaf Scholz zurück.", "Rücktritt von Scholz"},
		{"Am Freitag trat Österreichs in Linz geborener Minister Olaf Scholz zurück.", "Rücktritt von Scholz"},
	})
}

// TestNameInAttributeOverAdjective: the phrase that qualifies a noun
// ends past an adjective of the noun ("berufenen heutigen Minister"): the
// name in it takes no part in what is done to the noun's person.
func TestNameInAttributeOverAdjective(t *testing.T) {
	events, actors := mergedFriday(t, "Am Freitag kritisierte Lindner den von Oracle 2019 in den Vorstand berufenen heutigen Minister Olaf Scholz.")
	for _, e := range events {
		if e.Kind != string(KindCriticism) {
			continue
		}
		for _, a := range e.Actors {
			if actors[a].ID == "oracle" {
				t.Errorf("got %v: Oracle takes part in the criticism", titles(events))
			}
		}
	}
}

// TestSubordinatingConjunctions: "seit", "während" or "bis" opening a
// clause whose last word is its finite verb is the clause's conjunction,
// not a preposition of the name after it; "Seit Montag …" still is one.
func TestSubordinatingConjunctions(t *testing.T) {
	wantFridayTitles(t, []titleCase{
		{"Seit Meta am Freitag den Konzern Oracle übernahm, sinken die Kurse.", "Meta übernimmt Oracle"},
		{"Während Meta am Freitag den Konzern Oracle übernahm, stiegen die Kurse.", "Meta übernimmt Oracle"},
		{"Seit Freitag streikt Verdi in Linz.", "Streik von Verdi in Linz"},
	})
}

// TestAccusedStandsTrial: who stands trial or must answer in court is
// the accused, whom the trial is against.
func TestAccusedStandsTrial(t *testing.T) {
	wantFridayTitles(t, []titleCase{
		{"Lindner steht seit Freitag in Linz vor Gericht.", "Prozess gegen Lindner in Linz"},
		{"Lindner muss sich ab Freitag in Linz vor Gericht verantworten.", "Prozess gegen Lindner in Linz"},
	})
}

// TestCountryExample: a country among the examples "wie" gives of where
// ("in Märkten wie Japan und Kanada") is no subject of the verb after
// them, though it stands right before it.
func TestCountryExample(t *testing.T) {
	text := "In Märkten wie Japan und Kanada startete am Freitag der neue Dienst."
	if got, _ := fridayTitle(t, text); strings.Contains(got, "von Kanada") || strings.HasPrefix(got, "Kanada") {
		t.Errorf("%q: title %q, which makes Kanada its doer", text, got)
	}
}

// TestInstitutionTakenForAName: a headline's "Polizei nimmt … fest",
// which the tagger read as a name, and the body's "die Polizei", the
// institution by its noun, are one actor of the article: its arrest is one
// event with one agent (made-up article).
func TestInstitutionTakenForAName(t *testing.T) {
	actors := []model.Actor{{ID: "polizei", Name: "Polizei", Kind: model.Organization}}
	day := model.DayInterval(model.NewDay(2016, 1, 13))
	headline := Mention{Kind: KindArrest, Noun: "Festnahme", Actors: []int{0}, Roles: []model.Role{model.RoleAgent}}
	headline.Article, headline.Sentence, headline.Start, headline.End, headline.Trigger, headline.Date = 0, 0, 0, 40, "nimmt", day
	body := Mention{Kind: KindArrest, Noun: "Festnahme", institution: "Polizei"}
	body.Article, body.Sentence, body.Start, body.End, body.Trigger, body.Date = 0, 2, 80, 150, "festgenommen", day
	events, table := Merge([]Mention{headline, body}, actors)
	if len(events) != 1 {
		t.Fatalf("got %v, want one event", titles(events))
	}
	var agents []string
	for _, a := range events[0].Actors {
		agents = append(agents, table[a].ID)
	}
	if !slices.Equal(agents, []string{"polizei"}) {
		t.Errorf("actors %v, want the one Polizei", agents)
	}
}

// TestMarket: a share, an index or a price that rose or fell on a day is
// a market's move, titled by what moved and whose share it is; a
// company's figure and a move since a time are none, and moves of one
// index on two days, or in two directions, are two.
func TestMarket(t *testing.T) {
	monday, tuesday := tx{"2024-12-16", dayIv(2024, 12, 16), ""}, tx{"2024-12-17", dayIv(2024, 12, 17), ""}
	for _, tt := range []struct {
		text   string
		titles []string
	}{
		{"Der Dax stieg am Montag um zwei Prozent.", []string{"Dax gestiegen"}},
		{"Der S&P-500-Index stieg am Montag um zwei Prozent.", []string{"S&P-500-Index gestiegen"}}, // an ampersand joins the name
		{"Am Montag sackte die Oracle-Aktie um drei Prozent ab.", []string{"Oracle-Aktie abgesackt"}},
		{"Die Aktie von Oracle fiel am Montag um zwei Prozent.", []string{"Aktie von Oracle gefallen"}},
		{"Die Oracle-Aktie ist am Montag um 15 Prozent eingebrochen.", []string{"Oracle-Aktie eingebrochen"}},
		{"Am Montag stürzte die Oracle-Aktie um 20 Prozent ab.", []string{"Oracle-Aktie abgestürzt"}},
		{"Der Umsatz von Oracle stieg am Montag auf 100 Millionen Euro.", nil},
		{"Die Oracle-Aktie fiel seit Jahresbeginn um 40 Prozent.", nil},
		{"Die Oracle-Aktie ist von 50 Euro im März auf nunmehr 31 Euro gefallen.", nil},
		{"Der Dax stieg am Montag um zwei Prozent. Der Dax fiel am Dienstag um ein Prozent.", []string{"Dax gestiegen", "Dax gefallen"}},
	} {
		f := fx{text: tt.text, date: dec2024, timex: map[string]tx{"am Montag": monday, "Am Montag": monday, "am Dienstag": tuesday}}
		events, _ := Merge(Extract(0, f.build(t), testActors), testActors)
		var got []string
		for _, e := range events {
			got = append(got, e.Title)
		}
		slices.Sort(got)
		want := slices.Clone(tt.titles)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("%q: got %q, want %q", tt.text, got, want)
		}
	}
}

// TestIndefiniteBodyActs: a body a text names first with "ein" or
// "eine", before the finite verb, is who acted ("Ein Gericht in Linz
// verbot …"), and a body is the agent of what it did to others even in a
// kind that befalls people ("Eine Behörde verhängte ein Bußgeld"), not
// whom it befell.
func TestIndefiniteBodyActs(t *testing.T) {
	wantAgentTitles(t, []agentTitle{
		{"Ein Gericht in Linz hat am Freitag die Zeitung verboten.", "Gericht verbietet Zeitung", "Gericht"},
		{"Ein Gericht hat am Freitag die Zwangsverwaltung der Zeitung angeordnet.", "Gericht ordnet Zwangsverwaltung der Zeitung an", "Gericht"},
		{"Eine Behörde verhängte am Freitag ein Bußgeld.", "Behörde verhängt Bußgeld", "Behörde"},
	})
}

// TestUnnamedDoerOfWhatBefallsOthers: one named by a noun who opens a
// clause and does to others what befalls people is its agent ("Der
// Präsident entließ den Minister"), not whom it befell; and a body after
// the verb of a clause that a person opens is the verb's object, no
// second subject ("Der Bundespräsident hat die Regierung angelobt").
func TestUnnamedDoerOfWhatBefallsOthers(t *testing.T) {
	wantAgentTitles(t, []agentTitle{
		{"Der Präsident hat am Freitag den Minister entlassen.", "Präsident entlässt Minister", "Präsident"},
		{"Der Präsident hat am Freitag die Regierung entlassen.", "Präsident entlässt Regierung", "Präsident"},
		{"Der Bundespräsident hat am Freitag die neue Regierung angelobt.", "Bundespräsident gelobt Regierung an", "Bundespräsident"},
	})
}

// An agentTitle is a sentence of a December 2024 article dated by its "am
// Freitag", the title of the one event it tells, and its one agent.
type agentTitle struct{ text, title, agent string }

// wantAgentTitles checks the one event of each case and its agent.
func wantAgentTitles(t *testing.T, cases []agentTitle) {
	t.Helper()
	for _, tt := range cases {
		events, actors := mergedFriday(t, tt.text)
		if len(events) != 1 || events[0].Title != tt.title {
			t.Errorf("%q: got %q, want one %q", tt.text, titles(events), tt.title)
			continue
		}
		var agents []string
		for i, a := range events[0].Actors {
			if events[0].Roles[i] == model.RoleAgent {
				agents = append(agents, actors[a].Name)
			}
		}
		if !slices.Equal(agents, []string{tt.agent}) {
			t.Errorf("%q: agents %q, want %q", tt.text, agents, tt.agent)
		}
	}
}
