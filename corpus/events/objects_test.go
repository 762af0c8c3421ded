package events

import (
	"testing"

	"chronik/model"
)

// TestUnnamedPlace: a happening that befell people nobody names is kept
// at the place a settlement's noun names, else at the place of the
// dateline its sentence opens with; not a tally over a year, nor a
// dateline that is a preposition.
func TestUnnamedPlace(t *testing.T) {
	year := tx{"2023", model.YearInterval(2023), ""}
	for _, tt := range []struct {
		sentence, place string // place "" for no mention
	}{
		{"Bei einem Brand am Rande der Stadt Brixen sind zehn Menschen gestorben.", "Brixen"},
		{"Brixen – Bei einem Brand sind zehn Menschen gestorben.", "Brixen"},
		{"Bad Ischl – Bei einem Brand sind zehn Menschen gestorben.", "Bad Ischl"},
		{"Bei einem Brand sind zehn Menschen gestorben.", ""},
		{"Halle – Bei einer Explosion in Halle sind drei Menschen verletzt worden.", "Halle"},
		{"Essen – Bei einer Gasexplosion in Essen sind vier Menschen verletzt worden.", "Essen"}, // the city, though a meal's noun
		{"Brixen – Im vergangenen Jahr sind bei Unwettern mehr Menschen gestorben.", ""},
		{"Bei Vergehen – etwa einem Diebstahl – sind zehn Menschen gestorben.", ""},
	} {
		f := fx{text: tt.sentence, date: dec2024, timex: map[string]tx{"Im vergangenen Jahr": year}}
		m, ok := only(t, f, "")
		switch {
		case tt.place == "" && ok:
			t.Errorf("%q: got a %s mention at %q, want none", tt.sentence, m.Kind, m.Object)
		case tt.place != "" && (!ok || m.Object != tt.place):
			t.Errorf("%q: got %v at %q, want a mention at %q", tt.sentence, ok, m.Object, tt.place)
		}
	}
}

// TestWhenClauseDate: a happening with no date of its own takes the date
// of a clause of time that hangs on it: then ("als"), or then and up to a
// month after ("nachdem").
func TestWhenClauseDate(t *testing.T) {
	may := tx{"2023-05", model.MonthInterval(2023, 5), ""}
	for _, tt := range []struct {
		text string
		want model.Interval
	}{
		{"Als im Mai 2023 die Preise stark stiegen, protestierten in Linz Tausende.", model.MonthInterval(2023, 5)},
		{"Nachdem im Mai 2023 die Preise stark gestiegen waren, protestierten in Linz Tausende.",
			model.Interval{Start: model.MonthInterval(2023, 5).Start, End: model.MonthInterval(2023, 5).End.AddDays(afterWindow)}},
	} {
		f := fx{text: tt.text, date: dec2024, timex: map[string]tx{"im Mai 2023": may}}
		m, ok := only(t, f, "")
		if !ok || m.Kind != KindProtest || m.Date != tt.want {
			t.Errorf("%q: got %v %s %v, want a protest of %v", tt.text, ok, m.Kind, m.Date, tt.want)
		}
	}
}

// TestCountedSufferers: the people a passive counts are whom an unnamed
// happening befell.
func TestCountedSufferers(t *testing.T) {
	a := fx{text: "Halle – Bei einer Explosion in Halle sind drei Menschen verletzt worden.", date: dec2024}.build(t)
	events, actors := Merge(Extract(0, a, testActors), testActors)
	if len(events) != 1 || len(events[0].Actors) != 1 || actors[events[0].Actors[0]].Name != "Menschen" || events[0].Roles[0] != model.RolePatient {
		t.Errorf("got %v, want an explosion that befell 'Menschen'", titles(events))
	}
}

// TestHyphenatedName: a hyphenated word with a lower-case part is a name
// ("Mar-a-Lago"), unless it ends in a common noun ("Déjà-vu-Erlebnis").
func TestHyphenatedName(t *testing.T) {
	for _, tt := range []struct{ word, want string }{
		{"Mar-a-Lago", "Mar-a-Lago"},
		{"Mar-a-Lago-Resort", "Mar-a-Lago"},
		{"Déjà-vu-Erlebnis", ""},
	} {
		if got := hyphenatedName(tt.word); got != tt.want {
			t.Errorf("hyphenatedName(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
}

// TestSiblingClauseDate: a main clause with no date of its own takes the
// date of the sentence's main clause before it ("1965 – Der Papst besucht
// die UNO", "Am Freitag …; die beiden einigten sich").
func TestSiblingClauseDate(t *testing.T) {
	f := fx{text: "Am Freitag eröffnete Scholz die Messe; Lindner einigte sich mit Oracle auf einen Vertrag.", date: dec2024,
		timex: map[string]tx{"Am Freitag": {"2024-12-20", dayIv(2024, 12, 20), ""}}}
	var m Mention
	ok := false
	for _, mm := range Extract(0, f.build(t), testActors) {
		if mm.Kind == KindAgreement {
			m, ok = mm, true
		}
	}
	if !ok || m.Kind != KindAgreement || m.Date != dayIv(2024, 12, 20) {
		t.Errorf("got %v %s %v, want an agreement of 20 December", ok, m.Kind, m.Date)
	}
}

// TestChronicleEntryAfterDash: after a chronicle entry's dash, "Der"
// opens a sentence of its own, no relative clause, though a participle
// declined after an adverb reads like a verb ("Der schwer verletzte …"):
// the entry's year dates it.
func TestChronicleEntryAfterDash(t *testing.T) {
	f := fx{text: "1995 – Der schwer verletzte Rennfahrer Lindner stirbt in Linz.", date: dec2024,
		timex: map[string]tx{"1995": {"1995", model.YearInterval(1995), ""}}}
	m, ok := only(t, f, "")
	if !ok || m.Kind != KindDeath || m.Date != model.YearInterval(1995) {
		t.Errorf("got %v %s %v, want a death of 1995", ok, m.Kind, m.Date)
	}
}

// TestPlaceOfAnotherHappening: "in X" right after the noun of another
// happening says where that one was, unless this one happened at it
// ("bei") or with it ("und"); right after "aus Y", or "von Y" of a
// country Y, it places Y, where someone is from or what a country is
// part of; after "mit Sitz", where a party is seated.
func TestPlaceOfAnotherHappening(t *testing.T) {
	wantFridayTitles(t, []titleCase{
		{"Am Freitag ist Musk nach dem Erdbeben in Tarvis zurückgetreten.", "Rücktritt von Musk"},
		{"Am Freitag ist Musk wegen des Streiks in Graz zurückgetreten.", "Rücktritt von Musk"},
		{"Am Freitag ist Musk bei einem Unglück in Linz ums Leben gekommen.", "Tod von Musk in Linz"},
		{"Am Freitag ist Musk aus Linz in Österreich in Tirol abgestürzt.", "Absturz von Musk in Tirol"},
		{"Am Freitag ist Musk aus Linz in Österreich abgestürzt.", "Absturz von Musk"},
		{"Am Freitag hat ein Erdbeben den Norden von Peru in Südamerika erschüttert.", "Erdbeben in Peru"},
		// where a party is seated
		{"Das Werk wurde am Freitag verkauft – an eine Stiftung mit Sitz in der Schweiz.", "Werk verkauft"},
		{"Das Werk wurde am Freitag verkauft – an eine Firma mit Hauptsitz in Graz.", "Werk verkauft"},
	})
}

// TestGenitivePlaces: a place in the genitive before a settlement's noun
// owns the place named after it ("in Österreichs Hauptstadt Wien": in
// Wien); a country's genitive before another noun is that country.
func TestGenitivePlaces(t *testing.T) {
	wantFridayTitles(t, []titleCase{
		{"Am Freitag ist Musk in Österreichs Hauptstadt Wien zurückgetreten.", "Rücktritt von Musk in Wien"},
		{"Am Freitag ist Musk in Österreichs Süden abgestürzt.", "Absturz von Musk in Österreich"},
		{"Am Freitag ist Musk in Paris abgestürzt.", "Absturz von Musk in Paris"},
	})
}

// TestCourtOfSuit: the court a suit is filed at is no side of it.
func TestCourtOfSuit(t *testing.T) {
	wantFridayTitles(t, []titleCase{
		{"Am Freitag hat Lindner vor dem Landgericht München Klage eingereicht.", "Klage von Lindner vor Landgericht München"},
	})
}

// TestCoachOfSide: a person whose genitive opens a team's name is its
// coach or owner, no side of the match.
func TestCoachOfSide(t *testing.T) {
	wantFridayTitles(t, []titleCase{
		{"Am Freitag gewann Donald Trumps FC Bayern mit 2:1.", "Sieg von FC Bayern"},
	})
}
