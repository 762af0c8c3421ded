// Package synthetic builds large, deterministic timelines for the TUI's
// benchmarks and size tests, without the corpus pipeline: the same
// arguments always give the same timeline.
package synthetic

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"chronik/model"
)

var (
	firstNames = []string{"Anna", "Bernd", "Clara", "Dieter", "Eva", "Frank", "Greta", "Hans", "Ines", "Jonas", "Karin", "Lukas", "Mira", "Nils", "Olga", "Paul"}
	lastNames  = []string{"Albers", "Brandt", "Conrad", "Dietz", "Engel", "Fuchs", "Graf", "Hahn", "Imhof", "Jung", "Kraus", "Lange", "Mohr", "Noack", "Otto", "Pohl", "Roth", "Seidel"}
	orgHeads   = []string{"Nordwerk", "Südbank", "Ostpost", "Westfunk", "Mittelbau", "Kraftstrom", "Datenhaus", "Luftlinie"}
	orgTails   = []string{"AG", "GmbH", "SE", "Gruppe", "Stiftung", "Verband"}
	verbs      = []string{"traf", "kündigte an", "verklagte", "lobte", "kritisierte", "übernahm", "verkaufte", "besuchte", "beriet", "warnte"}
	objects    = []string{"die Regierung", "den Aufsichtsrat", "eine Fusion", "neue Zölle", "den Börsengang", "das Gericht", "ein Abkommen", "die Kartellbehörde"}
	fillers    = []string{"Nach Angaben von Beobachtern", "Wie die Zeitung berichtet", "Am Rande der Konferenz", "Überraschend", "Zuvor", "Später"}
)

// Timeline returns a timeline of nEvents events among nActors actors, told
// by about nEvents/8 articles. Actor popularity is skewed, as in real news
// (a few actors take part in most events); about 5% of the events are
// undated and the rest spread over 2015–2025 with every kind of
// uncertainty the model knows (days, ranges, months, years, fuzzy spans).
func Timeline(nEvents, nActors int) *model.Timeline {
	r := rand.New(rand.NewPCG(uint64(nEvents), uint64(nActors)))
	actors := make([]model.Actor, nActors)
	for i := range actors {
		actors[i] = actor(i)
	}
	nArticles := max(1, nEvents/8)
	articles := make([]*model.Article, nArticles)
	var events []model.Event
	for a := range articles {
		art, sentActors := article(r, a, actors)
		articles[a] = art
		for s := range art.Sentences {
			if len(events) >= nEvents {
				break
			}
			sent := art.Sentences[s]
			ev := model.Event{
				ID:     fmt.Sprintf("e%06d", len(events)),
				Title:  eventTitle(r, sentActors[s], actors),
				Kind:   "synthetic",
				Date:   interval(r),
				Actors: sentActors[s],
				Mentions: []model.EventMention{{
					Article: a, Sentence: s, Start: sent.Start, End: sent.End, Trigger: "traf",
				}},
			}
			events = append(events, ev)
		}
	}
	// Give one event in five a second mention elsewhere, for ] and [.
	for i := range events {
		if i%5 != 0 || nArticles < 2 {
			continue
		}
		a := r.IntN(nArticles)
		art := articles[a]
		s := r.IntN(len(art.Sentences))
		sent := art.Sentences[s]
		events[i].Mentions = append(events[i].Mentions, model.EventMention{Article: a, Sentence: s, Start: sent.Start, End: sent.End})
	}
	for len(events) < nEvents { // only when nEvents is tiny relative to the articles' sentences
		events = append(events, model.Event{ID: fmt.Sprintf("e%06d", len(events)), Title: "Ereignis"})
	}
	counts := make([]int, nActors)
	for _, e := range events {
		for _, a := range e.Actors {
			counts[a]++
		}
	}
	for i := range actors {
		actors[i].Mentions = counts[i]
	}
	return model.New(articles, actors, events)
}

func actor(i int) model.Actor {
	if i%4 == 3 {
		name := fmt.Sprintf("%s %s", orgHeads[i%len(orgHeads)], orgTails[(i/len(orgHeads))%len(orgTails)])
		if i >= len(orgHeads)*len(orgTails)*4 {
			name += fmt.Sprintf(" %d", i)
		}
		return model.Actor{ID: fmt.Sprintf("org-%d", i), Name: name, Kind: model.Organization}
	}
	last := lastNames[i%len(lastNames)]
	name := fmt.Sprintf("%s %s", firstNames[(i/len(lastNames))%len(firstNames)], last)
	if i >= len(lastNames)*len(firstNames) {
		name += fmt.Sprintf(" %d", i)
	}
	return model.Actor{ID: fmt.Sprintf("person-%d", i), Name: name, Kind: model.Person, Aliases: []string{last}}
}

// pick chooses an actor with a skewed distribution: low indices are far
// more popular.
func pick(r *rand.Rand, n int) int {
	x := r.Float64()
	return min(n-1, int(float64(n)*x*x*x))
}

func article(r *rand.Rand, a int, actors []model.Actor) (*model.Article, [][]int) {
	var b strings.Builder
	art := &model.Article{ID: fmt.Sprintf("art%05d", a), Path: fmt.Sprintf("synthetic/art%05d.txt", a)}
	title := fmt.Sprintf("Bericht %d: %s %s %s", a, objects[r.IntN(len(objects))], verbs[r.IntN(len(verbs))], "weiter")
	art.Title = title
	b.WriteString(title)
	art.Blocks = append(art.Blocks, model.Block{Kind: model.BlockTitle, Start: 0, End: b.Len()})
	b.WriteString("\n\n")
	var sentActors [][]int
	paragraphs := 3 + r.IntN(4)
	for p := range paragraphs {
		start := b.Len()
		for s := range 3 {
			if s > 0 {
				b.WriteByte(' ')
			}
			var who []int
			if len(actors) > 0 {
				who = append(who, pick(r, len(actors)))
				if r.IntN(3) == 0 {
					if other := pick(r, len(actors)); other != who[0] {
						who = append(who, other)
					}
				}
			}
			ss := b.Len()
			b.WriteString(fillers[r.IntN(len(fillers))])
			for _, w := range who {
				b.WriteString(" ")
				b.WriteString(actors[w].Name)
			}
			fmt.Fprintf(&b, " %s %s.", verbs[r.IntN(len(verbs))], objects[r.IntN(len(objects))])
			art.Sentences = append(art.Sentences, model.Sentence{Start: ss, End: b.Len(), Block: len(art.Blocks)})
			sentActors = append(sentActors, who)
		}
		art.Blocks = append(art.Blocks, model.Block{Kind: model.BlockParagraph, Start: start, End: b.Len()})
		if p == 0 {
			b.WriteString("\n\n")
			cs := b.Len()
			b.WriteString("Foto: Agentur")
			art.Blocks = append(art.Blocks, model.Block{Kind: model.BlockCredit, Start: cs, End: b.Len()})
		}
		b.WriteString("\n\n")
	}
	art.Text = b.String()
	art.Date = model.ArticleDate{Interval: interval(r), Source: model.DateFromText, Reason: "synthetic"}
	return art, sentActors
}

func eventTitle(r *rand.Rand, who []int, actors []model.Actor) string {
	names := make([]string, len(who))
	for i, w := range who {
		names[i] = actors[w].Name
	}
	return fmt.Sprintf("%s %s", strings.Join(names, " und "), verbs[r.IntN(len(verbs))])
}

func interval(r *rand.Rand) model.Interval {
	d := model.NewDay(2015, time.January, 1).AddDays(r.IntN(11 * 365))
	y, m, _ := d.Date()
	switch k := r.IntN(20); {
	case k == 0:
		return model.Interval{}
	case k <= 2:
		return model.MonthInterval(y, m)
	case k == 3:
		return model.YearInterval(y)
	case k == 4:
		return model.Interval{Start: d, End: d.AddDays(9 + r.IntN(20))}
	case k == 5:
		return model.Interval{Start: d, End: d.AddDays(1 + r.IntN(5))}
	}
	return model.DayInterval(d)
}
