package actors

import "testing"

func TestSuffixSet(t *testing.T) {
	var s suffixSet
	for i, e := range []string{"chef", "stabschef", "ceo", "bank", "n"} {
		s.add(e, int32(i+1))
	}
	for _, c := range []struct {
		w      string
		min    int
		val, n int
	}{
		{"Konzernchef", 0, 1, 4}, {"Stabschef", 0, 2, 9}, {"Tesla-CEO", 0, 3, 3}, {"Zentralbank", 0, 4, 4},
		{"Bank", 0, 4, 4}, {"Banker", 0, 0, 0}, {"", 0, 0, 0}, {"chef", 1, 0, 0}, {"Plan", 0, 5, 1}, {"N", 0, 5, 1},
	} {
		v, n := s.longest(c.w, c.min)
		if int(v) != c.val || n != c.n {
			t.Errorf("longest(%q, %d) = %d, %d; want %d, %d", c.w, c.min, v, n, c.val, c.n)
		}
	}
	var empty suffixSet
	if empty.has("chef") {
		t.Error("an empty set has an ending")
	}
}
