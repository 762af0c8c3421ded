package corpus

import (
	"testing"

	"chronik/corpus/ingest"
	"chronik/model"
)

// An event told with a range of dates is dated by the whole range, not by
// one of its ends.
func TestEventOverARange(t *testing.T) {
	for _, text := range []string{
		"date: 2025-03-20\n\nVerdi streikte zwischen dem 4. und 8. März in Köln.\n",
		"date: 2025-03-20\n\nVerdi streikte vom 4. bis 8. März in Köln.\n",
	} {
		a, err := ingest.Parse("r", "r.txt", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		tl := Build([]*model.Article{a})
		want := model.Interval{Start: model.NewDay(2025, 3, 4), End: model.NewDay(2025, 3, 8)}
		if len(tl.Events) != 1 {
			t.Fatalf("%q: %d events, want 1", text, len(tl.Events))
		}
		if got := tl.Events[0].Date; got != want {
			t.Errorf("%q: dated %v, want %v", text, got, want)
		}
	}
}
