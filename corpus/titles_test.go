package corpus

import (
	"testing"

	"chronik/corpus/ingest"
	"chronik/model"
)

// What came out is named by its noun, however the sentence tells it: a
// novel told in a relative clause, with no one named for it, is "Roman
// erschienen", not a noun title of its verb.
func TestTitleOfWhatCameOut(t *testing.T) {
	a, err := ingest.Parse("a", "a.txt", []byte("date: 2016-03-12\n\nNeues aus der Kultur\n\nGraz – Die Lehrerin arbeitete jahrelang an einem Roman, der 1962 erschien."))
	if err != nil {
		t.Fatal(err)
	}
	tl := Build([]*model.Article{a})
	var got []string
	for _, e := range tl.Events {
		got = append(got, e.Title)
	}
	if len(got) != 1 || got[0] != "Roman erschienen" {
		t.Errorf("titles %q, want one \"Roman erschienen\"", got)
	}
}
