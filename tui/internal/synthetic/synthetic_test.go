package synthetic

import (
	"reflect"
	"testing"
)

func TestTimelineDeterministicAndConsistent(t *testing.T) {
	a, b := Timeline(2000, 50), Timeline(2000, 50)
	if len(a.Events) != 2000 || len(a.Actors) != 50 {
		t.Fatalf("got %d events, %d actors", len(a.Events), len(a.Actors))
	}
	if !reflect.DeepEqual(a.Events, b.Events) {
		t.Fatal("two builds with the same arguments differ")
	}
	undated := 0
	for _, e := range a.Events {
		if !e.Dated() {
			undated++
		}
		for _, m := range e.Mentions {
			art := a.Articles[m.Article]
			if s := art.Sentences[m.Sentence]; s.Start != m.Start || s.End != m.End || m.End > len(art.Text) {
				t.Fatalf("event %s: mention %+v does not match its sentence %+v", e.ID, m, s)
			}
		}
		for _, x := range e.Actors {
			if x < 0 || x >= len(a.Actors) {
				t.Fatalf("event %s: actor %d out of range", e.ID, x)
			}
		}
	}
	if undated == 0 || undated > len(a.Events)/5 {
		t.Errorf("%d undated events", undated)
	}
}
