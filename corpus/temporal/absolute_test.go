package temporal

import (
	"testing"

	"chronik/model"
)

// TestMonthBeforeCapital: a month that may be a first name ("August",
// "Juni") is a month after "im", "Anfang" or "Ende" or before a common
// noun, and a name before a surname.
func TestMonthBeforeCapital(t *testing.T) {
	tg := New()
	dct := model.DayInterval(model.NewDay(2016, 3, 11))
	for _, tt := range []struct{ text, want string }{
		{"Die Firma meldete Anfang August Insolvenz an.", "2015-08"},
		{"Der Konzern meldete im August Insolvenz an.", "2015-08"},
		{"Die Firma machte im Juni Gewinne.", "2015-06"},
		{"Der Politiker August Bebel kam.", ""},
	} {
		got := tg.Tag(tt.text, dct)
		value := ""
		if len(got) > 0 {
			value = got[0].Value
		}
		if value != tt.want {
			t.Errorf("%q: got %s, want %q", tt.text, describe(tt.text, got), tt.want)
		}
	}
}

// TestSpeechTagAfterAs: a speech tag in a clause that "wie" opens after
// a date tells when it was said, not the date's tense: "X übernimmt
// Anfang Januar …, wie der Aufsichtsrat mitteilte" said in October is
// next January; the tag's own date is of the past.
func TestSpeechTagAfterAs(t *testing.T) {
	tg := New()
	dct := model.DayInterval(model.NewDay(2026, 10, 8))
	got := tg.Tag("Leiters übernimmt Anfang Januar die Führung, wie der Aufsichtsrat am Dienstag mitteilte.", dct)
	if len(got) != 2 || got[0].Value != "2027-01" || got[1].Value != "2026-10-06" {
		t.Errorf("got %s, want 2027-01 and 2026-10-06", describe("", got))
	}
}
