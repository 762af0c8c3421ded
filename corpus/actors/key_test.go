package actors

import (
	"strings"
	"testing"
)

func TestNormKey(t *testing.T) {
	for _, s := range []string{"", "softbank", "Space X", "Space-X", "SpaceX", "Über-Öl AG", "ÄÖÜ ß", "Ǆemal", "İstanbul", "a\xffb", "x-y z", "Σίσυφος"} {
		want := strings.Map(func(r rune) rune {
			if r == ' ' || r == '-' {
				return -1
			}
			return r
		}, strings.ToLower(s))
		if got := normKey(s); got != want {
			t.Errorf("normKey(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestNormKeyAllocations(t *testing.T) {
	tab := keyTable{}
	tab.key("Volkswagen")
	for _, c := range []struct {
		name string
		fn   func()
	}{
		{"already a key", func() { normKey("volkswagen") }},
		{"umlaut already lower", func() { normKey("münchenerrück") }},
		{"table hit", func() { tab.key("Volkswagen") }},
	} {
		if n := testing.AllocsPerRun(100, c.fn); n != 0 {
			t.Errorf("%s: %v allocations, want 0", c.name, n)
		}
	}
	if n := testing.AllocsPerRun(100, func() { normKey("Space X") }); n > 1 {
		t.Errorf("normKey(\"Space X\"): %v allocations, want at most 1", n)
	}
}
