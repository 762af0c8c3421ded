package corpus

import (
	"testing"

	"chronik/corpus/ingest"
	"chronik/model"
)

// A traffic report's closure is its news, though it is told as a state
// ("… gesperrt, Umleitung über die B3"): the report is no
// disaster's because it names the hazard too.
func TestTrafficReportClosure(t *testing.T) {
	text := "date: 2016-05-18\n\nBezirk Steyr, K1234 zwischen Enns und Garsten Gefahr durch Hochwasser, Zufahrtsfahrbahn gesperrt, eine Umleitung ist ausgeschildert, bis 19.05.2016 17:00 Uhr\n"
	a, err := ingest.Parse("r", "r.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	tl := Build([]*model.Article{a})
	for _, e := range tl.Events {
		if e.Kind == "disaster" {
			t.Errorf("a disaster %q, want the closure only", e.Title)
		}
	}
}
