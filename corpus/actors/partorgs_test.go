package actors

import (
	"testing"

	"chronik/model"
)

// TestCompoundNamesCompany: a word the article writes as the first part
// of a compound with an organisation's part ("Belmora-Chef",
// "Belmora-Sparte") and on its own, also opening a sentence before its
// verb, is an organisation there, with the tagger as without it; a noun
// the lexicon knows is not, nor is a word written in no such compound.
func TestCompoundNamesCompany(t *testing.T) {
	for _, tt := range []struct {
		lines []string
		word  string
		org   bool
	}{
		{[]string{"Der Belmora-Chef ist zufrieden.", "Belmora hat am Montag seine Sparte verkauft."}, "Belmora", true},
		{[]string{"Die Belmora-Lampensparte wächst.", "Belmora hat am Montag seine Sparte verkauft."}, "Belmora", true},
		{[]string{"Der Passwort-Manager hilft.", "Passwort muss man oft ändern."}, "Passwort", false},
		{[]string{"Das Werk wächst.", "Belmora hat am Montag seine Sparte verkauft."}, "Belmora", false},
	} {
		a := article(tt.lines...)
		at := len(tt.lines[0]) + 1 // the second line's first word
		got := false
		for _, m := range rec.Find(a) {
			if m.Start == at && a.Text[m.Start:m.End] == tt.word && m.Kind == model.Organization {
				got = true
			}
		}
		if got != tt.org {
			t.Errorf("%q: %q an organisation %v, want %v", tt.lines, tt.word, got, tt.org)
		}
	}
}
