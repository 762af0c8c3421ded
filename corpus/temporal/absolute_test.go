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
