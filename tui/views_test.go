package tui

import (
	"testing"

	"chronik/model"
)

func TestQuoted(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"Die Firma schloss das Werk.", "„Die Firma schloss das Werk.“"},
		{"„Wir schließen das Werk“, sagte sie.", "„Wir schließen das Werk“, sagte sie."},
		{"»Wir schließen«, sagte sie.", "»Wir schließen«, sagte sie."},
		{"\"Wir schließen\", sagte sie.", "\"Wir schließen\", sagte sie."},
		{"  Das   Werk\nschließt. ", "„Das Werk schließt.“"},
	} {
		a := &model.Article{Text: tt.text}
		if got := quoted(a, 0, len(tt.text)); got != tt.want {
			t.Errorf("quoted(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
