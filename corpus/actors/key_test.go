package actors

import (
	"fmt"
	"strings"
	"testing"

	"chronik/corpus/text"
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

// TestNormKeyMarks: a foreign name's key is the same with its letters'
// marks or without; German umlauts stay apart from their vowels.
func TestNormKeyMarks(t *testing.T) {
	for _, tt := range []struct{ a, b string }{
		{"Recep Erdoğan", "Recep Erdogan"},
		{"Selahattin Demirtaş", "Selahattin Demirtas"},
		{"Viktor Orbán", "Viktor Orban"},
		{"Aleksandar Vučić", "Aleksandar Vucic"},
		{"Jarosław Kaczyński", "Jaroslaw Kaczynski"},
		{"François Hollande", "Francois Hollande"},
		{"Søren Østergaard", "Soren Ostergaard"},
	} {
		if ka, kb := normKey(tt.a), normKey(tt.b); ka != kb {
			t.Errorf("normKey(%q) = %q, normKey(%q) = %q, want equal", tt.a, ka, tt.b, kb)
		}
	}
	if normKey("Müller") == normKey("Muller") || normKey("Weiß") == normKey("Weis") {
		t.Error("an umlaut or ß folded into a plain letter")
	}
	if k := normKey("erdoğan"); k != "erdogan" {
		t.Errorf("normKey(%q) = %q: a lower-case name with a mark is no key of its own", "erdoğan", k)
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

// roleKeyOf reads a role's head class and organisation, from a compound
// or from the third word, and allocates at most the organisation's key:
// it reads every role of every article.
func TestRoleKeyOf(t *testing.T) {
	a := article("Ein Satz ohne Namen.")
	doc := text.ForArticle(a)
	defer doc.Release()
	f := newFinder(rec.lex, a, doc)
	defer f.release()
	tests := []struct {
		role   string
		want   roleKey
		allocs float64
	}{
		{"Kolbex-Chefin", roleKey{org: "kolbex", class: "chef"}, 1},
		{"Gründer von Kolbex", roleKey{org: "kolbex", class: "gründer"}, 1},
		{"neuer Sprecher", roleKey{class: "sprecher"}, 0},
		{"ganz ohne Amt", roleKey{}, 0},
	}
	for _, tt := range tests {
		if got := f.roleKeyOf(tt.role); got != tt.want {
			t.Errorf("roleKeyOf(%q) = %+v, want %+v", tt.role, got, tt.want)
		}
		if n := testing.AllocsPerRun(10, func() { f.roleKeyOf(tt.role) }); n > tt.allocs {
			t.Errorf("roleKeyOf(%q) allocates %v times, want at most %v", tt.role, n, tt.allocs)
		}
	}
}

// A finder keeps its persons' memory for the next article: the persons
// of an article cost no allocation each, and each keeps its own name
// however many the article has.
func TestFinderPeople(t *testing.T) {
	a := article("Ein Satz ohne Namen.")
	doc := text.ForArticle(a)
	defer doc.Release()
	var firsts, surnames, fulls []string
	for i := range 40 {
		first, surname := fmt.Sprintf("Vorname%d", i), fmt.Sprintf("Nachname%d", i)
		firsts, surnames, fulls = append(firsts, first), append(surnames, surname), append(fulls, first+" "+surname)
	}
	find := func(people int) {
		f := newFinder(rec.lex, a, doc)
		for i := range people {
			if p := f.addPerson(firsts[i], surnames[i], fulls[i], 0); p.name != fulls[i] {
				t.Errorf("person %d named %q, want %q", i, p.name, fulls[i])
			}
		}
		for i := range people {
			if p := f.byFull[fulls[i]]; p == nil || p.surname != surnames[i] {
				t.Errorf("person %d: %+v, want surname %q", i, p, surnames[i])
			}
		}
		f.release()
	}
	if raceEnabled {
		find(len(fulls))
		return // the race detector's sync.Pool drops finders at random: a fresh one allocates its tables
	}
	without := testing.AllocsPerRun(10, func() { find(0) })
	with := testing.AllocsPerRun(10, func() { find(len(fulls)) })
	// A person each would be 40 more; a finder the pool lost to a
	// collection in between costs a few in both.
	if with-without >= float64(len(fulls))/4 {
		t.Errorf("an article of %d persons allocates %v times, of none %v", len(fulls), with, without)
	}
}
