package events

import (
	"testing"

	"chronik/model"
)

func TestSalience(t *testing.T) {
	d18 := dayIv(2024, 12, 18)
	dec := model.MonthInterval(2024, 12)
	own := func(m Mention) Mention { m.Dating = DatedOwn; return m }
	head := func(m Mention) Mention { m.head = true; return m }
	body := func(m Mention) Mention { m.Sentence += 10; return m }
	// A dinner in three articles' heads, on a day two more articles name.
	dinner := []Mention{
		head(own(mention(t, 0, 0, "meeting", "Abendessen", d18, []string{"jeff-bezos", "donald-trump"}, "Mar-a-Lago"))),
		head(own(mention(t, 1, 0, "meeting", "Abendessen", d18, []string{"jeff-bezos", "donald-trump"}, "Mar-a-Lago"))),
		head(own(mention(t, 2, 0, "meeting", "Abendessen", d18, []string{"jeff-bezos", "donald-trump"}, "Mar-a-Lago"))),
		body(own(mention(t, 3, 0, "ban", "Sperre", d18, []string{"facebook", "olaf-scholz"}))),
	}
	// A post deep in one article's body, on a day nobody else names.
	post := body(mention(t, 4, 0, "post", "Post", dec, []string{"sam-altman"}))
	// The same post, but on a day four articles name.
	dated := body(own(mention(t, 4, 0, "post", "Post", d18, []string{"sam-altman"})))

	score := func(ms []Mention, title string) float64 {
		t.Helper()
		events, _ := Merge(ms, testActors)
		for _, e := range events {
			if e.Salience < 0 || e.Salience > 1 {
				t.Errorf("%q: salience %v outside [0, 1]", e.Title, e.Salience)
			}
			if e.Title == title {
				return e.Salience
			}
		}
		t.Fatalf("no event %q in %v", title, titles(events))
		return 0
	}
	dinnerScore := score(append(dinner[:3:3], post), "Abendessen von Bezos und Trump")
	postScore := score(append(dinner[:3:3], post), "Post von Altman")
	if dinnerScore <= postScore {
		t.Errorf("a dinner in three heads (%v) is no more salient than a post in a body (%v)", dinnerScore, postScore)
	}
	// A meeting and a market's move of one company told alike: a market
	// moves every day, the meeting weighs more.
	meeting := body(own(mention(t, 5, 0, "meeting", "Treffen", d18, []string{"oracle"})))
	move := body(own(mention(t, 6, 0, "market", "Kursanstieg", d18, []string{"oracle"})))
	if mt, mv := score([]Mention{meeting, move}, "Treffen von Oracle"), score([]Mention{meeting, move}, "Kursanstieg von Oracle"); mt <= mv {
		t.Errorf("a meeting (%v) is no more salient than a market's move told alike (%v)", mt, mv)
	}
	datedScore := score(append(dinner[:4:4], dated), "Post von Altman")
	if undated := score(append(dinner[:4:4], post), "Post von Altman"); datedScore <= undated {
		t.Errorf("a post on a day four articles name (%v) is no more salient than one on a day nobody names (%v)", datedScore, undated)
	}
}
