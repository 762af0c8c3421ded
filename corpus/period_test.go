package corpus

import (
	"fmt"
	"testing"

	"chronik/corpus/ingest"
	"chronik/model"
)

// An article whose text gives only a lower bound for its date ("1979",
// told in the past) is dated to the years the corpus's other articles
// are of, and its expressions are read from that date.
func TestPeriodDating(t *testing.T) {
	var articles []*model.Article
	for i := range 5 {
		a, err := ingest.Parse(fmt.Sprint(i), fmt.Sprint(i)+".txt", []byte(fmt.Sprintf("date: 2015-0%d-10\nDer Rat tagte am Montag in Wien.", i+1)))
		if err != nil {
			t.Fatal(err)
		}
		articles = append(articles, a)
	}
	old, err := ingest.Parse("old", "old.txt", []byte("Die Gruppe wurde 1979 in Boston gegründet. Im Vorjahr wuchs sie stark."))
	if err != nil {
		t.Fatal(err)
	}
	articles = append(articles, old)
	Build(articles)
	if old.Date.Source != model.DateFromCorpus || old.Date.Interval.String() != "2015-01-01..2015-12-31" {
		t.Fatalf("date %v from %s (%s), want 2015 from the corpus", old.Date.Interval, old.Date.Source, old.Date.Reason)
	}
	// "im Vorjahr" is read from the new date
	if n := len(old.Timexes); n != 2 || old.Timexes[1].Value != "2014" {
		t.Errorf("timexes %+v, want \"Im Vorjahr\" as 2014", old.Timexes)
	}
	// alone, the same article keeps its bound
	alone, _ := ingest.Parse("old", "old.txt", []byte("Die Gruppe wurde 1979 in Boston gegründet. Im Vorjahr wuchs sie stark."))
	Build([]*model.Article{alone})
	if alone.Date.Source != model.DateFromTextBound {
		t.Errorf("alone: date %v from %s, want a text bound", alone.Date.Interval, alone.Date.Source)
	}
}

// An article's publication line under its headline ("Stand: …") is its
// day: the expressions of its text are read from it, and the line is no
// part of its title.
func TestPublicationLine(t *testing.T) {
	a, err := ingest.Parse("a", "a.txt", []byte("Rat beschließt Haushalt\nStand: 12.03.2024, 14:35 Uhr\n\nWien – Der Rat hat am Montag den Haushalt beschlossen."))
	if err != nil {
		t.Fatal(err)
	}
	Build([]*model.Article{a})
	if a.Date.Source != model.DateFromText || a.Date.Interval.String() != "2024-03-12" {
		t.Errorf("date %v from %s (%s), want 12 March 2024 from the text", a.Date.Interval, a.Date.Source, a.Date.Reason)
	}
	if a.Title != "Rat beschließt Haushalt" {
		t.Errorf("title %q", a.Title)
	}
	if n := len(a.Timexes); n == 0 || a.Timexes[n-1].Value != "2024-03-11" {
		t.Errorf("timexes %+v, want \"am Montag\" as 11 March 2024", a.Timexes)
	}
}
