package actors

import "testing"

func TestCapitals(t *testing.T) {
	for _, c := range []struct {
		w                 string
		allCaps, innerCap bool
	}{
		{"Regierung", false, false}, {"BMW", true, false}, {"IG", true, false}, {"A", false, false},
		{"OpenAI", false, true}, {"xAI", false, true}, {"SpaceX", false, true}, {"Trump-Sprecherin", false, false},
		{"Müller", false, false}, {"ÖBB", true, false}, {"McDonald", false, true}, {"Über", false, false},
		{"DeSantis", false, true}, {"Zb", false, false}, {"B2B", true, false}, {"Ab1", false, false},
	} {
		allCaps, innerCap := capitals(c.w)
		if allCaps != c.allCaps || innerCap != c.innerCap {
			t.Errorf("capitals(%q) = %v, %v; want %v, %v", c.w, allCaps, innerCap, c.allCaps, c.innerCap)
		}
	}
}
