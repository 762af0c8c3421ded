package events

import (
	"slices"
	"testing"
	"time"

	"chronik/model"
)

// TestVerbForms: an action's title verb in the third person and its
// participle, strong verbs included, from the lexicon's forms.
func TestVerbForms(t *testing.T) {
	for _, tt := range []struct{ lemma, particle, seen, third, participle string }{
		{"verschicken", "", "", "verschickt", "verschickt"},
		{"geben", "", "", "gibt", "gegeben"},
		{"nehmen", "", "", "nimmt", ""},
		{"lesen", "", "", "liest", "gelesen"},
		{"fahren", "", "", "fährt", "gefahren"},
		{"halten", "", "", "hält", "gehalten"},
		{"laufen", "", "", "läuft", "gelaufen"},
		{"sprechen", "", "gesprochen", "spricht", "gesprochen"},
		{"arbeiten", "", "", "arbeitet", "gearbeitet"},
		{"prangern", "an", "", "prangert", "angeprangert"},
		{"ziehen", "zurück", "", "zieht", ""},
		{"ziehen", "zurück", "zurückgezogen", "zieht", "zurückgezogen"},
		{"sanktionieren", "", "", "sanktioniert", "sanktioniert"},
		{"belassen", "", "", "belässt", "belassen"}, // the lexicon's "beläßt", written as today
		{"verlassen", "", "", "verlässt", "verlassen"},
	} {
		third, participle := verbForms(tt.lemma, tt.particle, tt.seen)
		if third != tt.third || participle != tt.participle {
			t.Errorf("verbForms(%q, %q, %q) = %q, %q, want %q, %q", tt.lemma, tt.particle, tt.seen, third, participle, tt.third, tt.participle)
		}
	}
}

// TestNotActions: a head verb of trying, seeking, perceiving, holding a
// view or a state one is in tells nothing done; a head verb of a deed
// does.
func TestNotActions(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"T Scholz prangert Exporte an", true},
		{"T Oracle sucht einen Standort in Linz", false},
		{"T Lindner plädiert für mehr Freizeit", false},
		{"T Scholz bezweifelt den Nutzen der Reform", false},
		{"T Scholz versucht zu schlichten", false},
		{"T Debakel im Halbfinale, Coach Scholz angeschlagen", false}, // battered, a state
		{"T Scholz erwägt einen Wechsel nach Linz", false},            // weighing, a thought
		{"T Lindner spekuliert über einen Rücktritt", false},
		// a life's course told over years, or as remote, is no news
		{"T Scholz hat in den vergangenen zehn Jahren Exporte angeprangert", false},
		{"T Scholz hatte einst Exporte angeprangert", false},
		{"T Scholz hat am 18. Dezember Exporte angeprangert", true},
	} {
		m, ok := only(t, fx{text: tt.text, date: dec2024, timex: map[string]tx{
			"den vergangenen zehn Jahren": {"P10Y", model.Interval{}, model.TimexDuration},
			"18. Dezember":                {"2024-12-18", dayIv(2024, 12, 18), ""},
		}}, "")
		if got := ok && m.Kind == KindAction; got != tt.want {
			t.Errorf("%q: action %v (%+v), want %v", tt.text, got, m.Kind, tt.want)
		}
	}
}

// TestHeadNamed: a headline that names by a common noun whom a happening
// befell is the body's happening of the person the body introduces with
// that noun; with another noun it stays apart.
func TestHeadNamed(t *testing.T) {
	for _, tt := range []struct {
		text     string
		mentions []int
	}{
		{"T Unternehmer gestorben\nDer Unternehmer Jeff Bezos ist am Montag gestorben.", []int{2}},
		{"T Unternehmer gestorben\nDer Internetunternehmer Jeff Bezos ist am Montag gestorben.", []int{2}},
		{"T Unternehmer gestorben\nDer Politiker Jeff Bezos ist am Montag gestorben.", []int{1, 1}},
	} {
		events, _ := Merge(Extract(0, fx{text: tt.text, date: dec2024}.build(t), testActors), testActors)
		var got []int
		for _, e := range events {
			got = append(got, len(e.Mentions))
		}
		if !slices.Equal(got, tt.mentions) {
			t.Errorf("%q: events with %v mentions (%v), want %v", tt.text, got, titles(events), tt.mentions)
		}
	}
}

// TestRoleAgain: a doer named only by his role is the person the article
// names for the same kind of happening beside it: one row.
func TestRoleAgain(t *testing.T) {
	text := "In der Nacht trat der Leiter der Filiale überraschend zurück.\nLindner habe seinen Rücktritt am Montag eingereicht, teilte der Verein mit."
	events, _ := Merge(Extract(0, fx{text: text, date: dec2024}.build(t), testActors), testActors)
	if len(events) != 1 || len(events[0].Mentions) != 2 || events[0].Title != "Rücktritt von Lindner" {
		t.Errorf("%q: got %v, want one row of Lindner's resignation told twice", text, titles(events))
	}
}

// TestActionWithoutDoer: an action whose doer the headline names only
// beside a common noun is titled by what was done.
func TestActionWithoutDoer(t *testing.T) {
	text := "T Der Verein für Verbraucher (Verdi) hat betroffenen Sparern die Hilfe ihrer Versicherer erkämpft."
	events, _ := Merge(Extract(0, fx{text: text, date: dec2024}.build(t), testActors), testActors)
	if len(events) != 1 || events[0].Title != "Hilfe erkämpft" {
		t.Errorf("%v, want one event titled %q", titles(events), "Hilfe erkämpft")
	}
}

// TestJourneys: a person's journey may be a visit; a team's or a
// crowd's is none.
func TestJourneys(t *testing.T) {
	for _, tt := range []struct{ text, title string }{
		{"Scholz reiste am Montag nach Paris.", "Reise von Scholz nach Paris"},
		{"Leverkusen reiste am Montag mit einem knappen Vorsprung nach Paris.", ""},
		{"Viele Menschen reisen am Montag über Linz weiter nach Paris.", ""},
	} {
		f := fx{text: tt.text, date: dec2024, timex: map[string]tx{"am Montag": {"2024-12-16", dayIv(2024, 12, 16), ""}}}
		events, _ := Merge(Extract(0, f.build(t), testActors), testActors)
		wantRow(t, tt.text, events, tt.title, false)
	}
}

// TestAgreedAim: what an agreement or a decision sets out to do by a
// date ("bis Juni …") is its aim, not a happening of that date.
func TestAgreedAim(t *testing.T) {
	f := fx{text: "Im Jahr 2013 vereinbarten Scholz und Lindner, bis Juni 2014 einen Vertrag zu verhandeln.", date: dec2024,
		timex: map[string]tx{"Jahr 2013": {"2013", model.YearInterval(2013), ""}, "Juni 2014": {"2014-06", model.MonthInterval(2014, time.June), ""}}}
	var got []string
	for _, m := range Extract(0, f.build(t), testActors) {
		got = append(got, string(m.Kind)+" "+m.Trigger)
	}
	if len(got) != 1 || got[0] != "agreement vereinbarten" {
		t.Errorf("mentions %q, want the agreement alone", got)
	}
}

// TestLeadActions: the body's first sentence tells the head's news with a
// verb of its own; a past deed of someone named there is an action, a
// present view, a stance with "sich", a telling or an aside in
// parentheses is not, nor is any such verb later in the body.
func TestLeadActions(t *testing.T) {
	head := "T Streit um Schulden\n"
	for _, tt := range []struct {
		text string
		want bool
	}{
		{head + "Berlin – Olaf Scholz hat am Montag den Haushalt zerrissen.", true},
		{head + "Berlin – Verdi hat die Zentrale von Volkswagen mit Plakaten beklebt.", true},
		{head + "Berlin – Olaf Scholz wünscht sich einen neuen Haushalt.", false},
		{head + "Berlin – Olaf Scholz hat sich gegen den Haushalt gestemmt.", false},
		{head + "Berlin – Olaf Scholz hat den Arbeitern vom Haushalt erzählt.", false},
		{head + "Berlin – Volkswagen war in seiner Gründerzeit viel kleiner als angenommen.", false}, // assumed, no deed
		{head + "Berlin – Auf die Holding (steht für Meta, sie hat Volkswagen ersetzt) kommen Zeiten zu.", false},
		{head + "Berlin – Die Lage ist ruhig.\nDanach hat Olaf Scholz den Haushalt zerrissen.", false},
	} {
		m, ok := only(t, fx{text: tt.text, date: dec2024}, "Berlin")
		if !ok {
			m, ok = only(t, fx{text: tt.text, date: dec2024}, "Danach")
		}
		if got := ok && m.Kind == KindAction; got != tt.want {
			t.Errorf("%q: action %v (%+v), want %v", tt.text, got, m.Kind, tt.want)
		}
	}
}
