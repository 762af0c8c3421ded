package events

import (
	"slices"
	"testing"

	"chronik/model"
)

func TestRoles(t *testing.T) {
	const (
		ag = model.RoleAgent
		pa = model.RolePatient
		pp = model.RoleParticipant
	)
	tests := []struct {
		sentence string
		actors   []string
		roles    []model.Role
	}{
		// active and passive tell one ban with the same roles
		{"Facebook sperrte Trump.", []string{"facebook", "donald-trump"}, []model.Role{ag, pa}},
		{"Trump wurde von Facebook gesperrt.", []string{"facebook", "donald-trump"}, []model.Role{ag, pa}},
		{"Trump ist durch Facebook gesperrt worden.", []string{"facebook", "donald-trump"}, []model.Role{ag, pa}},
		// the object before the subject, after the verb
		{"Gestern sperrte Facebook Trump.", []string{"facebook", "donald-trump"}, []model.Role{ag, pa}},
		{"Facebook hat Trumps Konto gesperrt.", []string{"facebook", "donald-trump"}, []model.Role{ag, pa}},
		// a noun phrase that names no actor is the subject
		{"Die Plattform sperrte Trump.", []string{"donald-trump"}, []model.Role{pa}},
		// coordinated subjects act together
		{"Musk und Altman kritisierten Scholz.", []string{"elon-musk", "sam-altman", "olaf-scholz"}, []model.Role{ag, ag, pa}},
		// a meeting has participants only
		{"Zuckerberg traf Trump in Florida.", []string{"mark-zuckerberg", "donald-trump"}, []model.Role{pp, pp}},
		// a relative pronoun is no article of the name after it; the main
		// clause's subject takes part, the relative clause's acts
		{"Scholz, dem Musk mit einer Klage gedroht hatte, reiste ab.", []string{"elon-musk", "olaf-scholz"}, []model.Role{ag, pp}},
		// "der" after the subject is no object: a dative
		{"Scholz verkaufte der New York Times eine Geschichte.", []string{"olaf-scholz", "new-york-times"}, []model.Role{ag, pp}},
		// a noun phrase before a colon is no subject
		{"Die Fassung: Musk habe Scholz kritisiert, schrieb Altman.", []string{"sam-altman"}, []model.Role{ag}},
		// "gegen" names whom a lawsuit is against
		{"Musk reichte eine Klage gegen OpenAI ein.", []string{"elon-musk", "openai"}, []model.Role{ag, pa}},
	}
	for _, tt := range tests {
		m, ok := only(t, fx{text: tt.sentence, date: dec2024, timex: map[string]tx{"Gestern": {"2024-12-17", dayIv(2024, 12, 17), ""}}}, "")
		if !ok {
			t.Errorf("%q: no mention", tt.sentence)
			continue
		}
		if got := actorIDs(m.Actors); !slices.Equal(got, tt.actors) || !slices.Equal(m.Roles, tt.roles) {
			t.Errorf("%q: actors %v roles %v, want %v %v", tt.sentence, got, m.Roles, tt.actors, tt.roles)
		}
	}
}
