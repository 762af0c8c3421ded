package text

import (
	"strconv"
	"testing"
	"unsafe"
)

// A Table answers as the map it was built from, for its keys and for
// forms it lacks, also when keys share slots (a thousand keys probe).
func TestTableAsMap(t *testing.T) {
	m := map[string]int{"": 7, "der": 1, "über": 2, "straße": 3}
	for i := range 1000 {
		m["w"+strconv.Itoa(i)] = i + 10
	}
	tb := NewTable(m)
	for _, form := range []string{"", "der", "über", "straße", "w0", "w999", "die", "Über", "w1000", "strasse"} {
		want, wantOK := m[form]
		got, ok := tb.Get(form, Hash(form))
		if got != want || ok != wantOK {
			t.Errorf("Get(%q) = %d, %v; want %d, %v", form, got, ok, want, wantOK)
		}
	}
	for k, v := range m {
		if got, ok := tb.Get(k, Hash(k)); !ok || got != v {
			t.Errorf("Get(%q) = %d, %v; want %d, true", k, got, ok, v)
		}
	}
	if _, ok := NewTable(map[string]bool{}).Get("x", Hash("x")); ok {
		t.Error("an empty table has x")
	}
}

// Every token's Hash is the Hash of its lower-case form.
func TestDocHash(t *testing.T) {
	for _, src := range []string{
		"Die ÜBERRASCHUNG: Merz traf 2024 in Köln ein – 90er-Jahre, „Straße“.",
		"",
		"ÄÖÜ äöü ß ẞ É x-Y 3G",
	} {
		d := Analyse(src, nil)
		for i := range d.Tokens {
			if got, want := d.Hash(i), Hash(d.Lower(i)); got != want {
				t.Errorf("%q token %d %q: Hash %d, want %d", src, i, d.Word(i), got, want)
			}
		}
		d.Release()
	}
}

// A Token stays as small as its fields allow (see Token).
func TestTokenSize(t *testing.T) {
	if n := unsafe.Sizeof(Token{}); n > 28 {
		t.Errorf("a Token takes %d bytes, want at most 28", n)
	}
}
