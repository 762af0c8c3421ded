package events

import "testing"

// TestLemmaSetForms: a lemma set lets through every form of its verbs,
// also a strong verb's whose vowel changes among the first letters, and
// passes over words that begin otherwise.
func TestLemmaSetForms(t *testing.T) {
	vs := newLemmaSet("bringen", "bekommen", "anregen", "halten", "liegen")
	for _, tt := range []struct {
		word string
		want bool
	}{
		{"bringt", true}, {"brachte", true}, {"gebracht", true},
		{"bekam", true}, {"angeregt", true}, {"hielt", true}, {"lag", true}, {"gelegen", true},
		{"tragen", false}, {"sagte", false}, {"ging", false},
	} {
		if got := vs.mayBe(tt.word); got != tt.want {
			t.Errorf("mayBe(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
}

// TestPersonNoun: a noun names a person by a word list, or by the
// lexicon's feminine of it (either way round, also with an umlaut:
// "Ärztin" of "Arzt"); a thing has none.
func TestPersonNoun(t *testing.T) {
	for _, tt := range []struct {
		word string
		want bool
	}{
		{"arzt", true},
		{"bauer", true},
		{"anwalt", true},
		{"stuhl", false},
		{"bürgermeister", true},
		{"spaziergänger", true},
		{"spaziergängerin", true},
		{"auto-händler", true},
		{"computer", false},
		{"keller", false},
		{"fenster", false},
	} {
		if got := personNoun(tt.word); got != tt.want {
			t.Errorf("personNoun(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
}

// TestStaffNoun: a noun of those who work for a firm, not its officers,
// members or politicians; a "Begleiter" leads nothing.
func TestStaffNoun(t *testing.T) {
	for _, tt := range []struct {
		word        string
		staff, role bool
	}{
		{"flugbegleiter", true, false},
		{"piloten", true, false},
		{"mitarbeiter", true, true},
		{"belegschaft", true, false},
		{"abteilungsleiter", false, true},
		{"chef", false, true},
		{"landesparteiobmann", false, false},
		{"mitglieder", false, false},
		{"politiker", false, false},
	} {
		if got := staffNoun(tt.word); got != tt.staff {
			t.Errorf("staffNoun(%q) = %v, want %v", tt.word, got, tt.staff)
		}
		if got := hasRoleSuffix(tt.word); got != tt.role {
			t.Errorf("hasRoleSuffix(%q) = %v, want %v", tt.word, got, tt.role)
		}
	}
}

// TestLexiconKinds: a trigger line may name any kind but "action", the
// kind of verbs the lexicon does not list.
func TestLexiconKinds(t *testing.T) {
	for _, tt := range []struct {
		line string
		ok   bool
	}{
		{"visit Besuch 2 v besuchen", true},
		{"market Kurs 1 v steigen", true},
		{"action Tat 1 v tun", false},
		{"outing Ausflug 1 v ausfliegen", false},
	} {
		if _, err := parseLexicon(tt.line); (err == nil) != tt.ok {
			t.Errorf("%q: error %v, want ok %v", tt.line, err, tt.ok)
		}
	}
}
