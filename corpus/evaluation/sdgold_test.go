package evaluation

import (
	"path/filepath"
	"strconv"
	"testing"
)

// sdGoldFloors guard the figures on the SmartData news annotated after
// the guidelines (testdata/smartdata/sdtrain.json), development material
// like the 10kGNAD development parts; never lowered.
var sdGoldFloors = Scores{ // its first score, at 2fc63a7 with the engine of 9e39f97
	Precision:    56.0 / 67,
	Recall:       50.0 / 223,
	SplitRate:    6.0 / 50,
	DateAccuracy: 21.0 / 50,
	ActorRecall:  47.0 / 102,
}

// TestSmartDataGoldScore scores the engine on the SmartData news
// annotated after the guidelines, as TestGNAD scores the 10kGNAD parts,
// each document given its publication day as SmartData lists it.
func TestSmartDataGoldScore(t *testing.T) {
	docs, err := ReadSmartData(requireData(t, "smartdata/smartdata-v1-train.json.gz"))
	if err != nil {
		t.Fatal(err)
	}
	gold, err := ReadGold(filepath.Join("testdata", "smartdata", "sdtrain.json"))
	if err != nil {
		t.Fatal(err)
	}
	var total Counts
	lost := 0
	for _, ga := range gold.Articles {
		if ga.Line < 1 || ga.Line > len(docs) {
			t.Fatalf("no document %d in the SmartData file", ga.Line)
		}
		d := docs[ga.Line-1]
		if err := ga.Check(d.Text); err != nil {
			t.Fatal(err)
		}
		out, err := RunChronik("sd"+strconv.Itoa(ga.Line), d.Text, d.Date)
		if err != nil {
			t.Fatal(err)
		}
		lost += out.Lost
		c, match := ScoreArticle(&ga, d.Text, out.Rows)
		total.Add(c)
		if *gnadDetail {
			t.Log(detail(&ga, d.Text, out.Rows, match))
		}
	}
	if lost > 0 {
		t.Errorf("%d mentions could not be placed in the document text", lost)
	}
	s := total.Scores()
	t.Logf("\n%s", table("sdtrain", total, s))
	for _, c := range []struct {
		name      string
		got, want float64
	}{
		{"precision", s.Precision, sdGoldFloors.Precision},
		{"recall", s.Recall, sdGoldFloors.Recall},
		{"date accuracy", s.DateAccuracy, sdGoldFloors.DateAccuracy},
		{"actor recall", s.ActorRecall, sdGoldFloors.ActorRecall},
		{"1 - split rate", 1 - s.SplitRate, 1 - sdGoldFloors.SplitRate},
	} {
		if c.got < c.want {
			t.Errorf("%s %.3f fell below its floor %.3f", c.name, c.got, c.want)
		}
	}
}
