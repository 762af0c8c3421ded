package events

import (
	"slices"
	"testing"

	"chronik/model"
)

// TestEmployer: a firm's chief who sells, buys or cuts jobs does it for
// the firm the article names, which is the agent; what she does for
// herself (a meeting) stays hers, and a firm the article does not name
// is not added.
func TestEmployer(t *testing.T) {
	for _, tt := range []struct {
		text   string
		actors []string
		roles  []model.Role
	}{
		{"Oracle meldet Zahlen. Wendt hat am Freitag die Sparte an Meta verkauft.", []string{"oracle", "karla-wendt", "meta"}, []model.Role{model.RoleAgent, model.RoleParticipant}},
		{"Oracle meldet Zahlen. Wendt hat am Freitag Trump getroffen.", []string{"karla-wendt", "donald-trump"}, nil},
		{"Wendt hat am Freitag die Sparte an Meta verkauft.", []string{"karla-wendt", "meta"}, nil},
	} {
		m, ok := only(t, fx{text: tt.text, date: dec2024, timex: map[string]tx{"am Freitag": {"2024-12-20", dayIv(2024, 12, 20), ""}}}, "Wendt")
		if !ok {
			t.Errorf("%q: no mention", tt.text)
			continue
		}
		if got := actorIDs(m.Actors); !slices.Equal(got, tt.actors) {
			t.Errorf("%q: actors %v, want %v", tt.text, got, tt.actors)
		}
		if tt.roles != nil && (len(m.Roles) < len(tt.roles) || !slices.Equal(m.Roles[:len(tt.roles)], tt.roles)) {
			t.Errorf("%q: roles %v, want %v first", tt.text, m.Roles, tt.roles)
		}
	}
}
