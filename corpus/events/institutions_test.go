package events

import (
	"testing"

	"chronik/model"
)

// TestAgentInstitution: an institution a passive or a noun trigger names
// with "durch" or "von" acted, also beside whom it was done to; the
// event lists it after those named, as agent, and its title is theirs.
func TestAgentInstitution(t *testing.T) {
	for _, text := range []string{
		"Präsident Lindner wurde am Freitag durch das Militär gestürzt.",
		"Am Freitag kam es zur Festnahme von Lindner durch die Polizei.",
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
