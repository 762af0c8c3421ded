package events

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"sync"
	"testing"

	"chronik/corpus/actors"
	"chronik/corpus/corpusgen"
	"chronik/corpus/defaultcorpus"
	"chronik/corpus/ingest"
	"chronik/corpus/sentence"
	"chronik/corpus/temporal"
	"chronik/corpus/text"
	"chronik/model"
)

// synthetic builds n mentions of n/5 underlying events, the way a large
// corpus tells them: a few actors each, one of them very frequent (every
// story has its Trump), dates from exact days to a year wide, spread over
// 25 years, several mentions per article.
func synthetic(n int) ([]Mention, []model.Actor) {
	rng := rand.New(rand.NewPCG(1, uint64(n)))
	const nActors = 5000
	actors := make([]model.Actor, nActors)
	for i := range actors {
		actors[i] = model.Actor{ID: fmt.Sprint("a", i), Name: fmt.Sprint("Person ", i), Kind: model.Person}
	}
	zipf := rand.NewZipf(rng, 1.2, 4, nActors-1)
	kinds := []Kind{"statement", "statement", "statement", "meeting", "post", "criticism", "announcement", "ban", "lawsuit"}
	type story struct {
		kind   Kind
		actors []int
		day    model.Day
		word   uint64
	}
	stories := make([]story, max(1, n/5))
	first := model.NewDay(2000, 1, 1)
	for i := range stories {
		st := story{kind: kinds[rng.IntN(len(kinds))], day: first.AddDays(rng.IntN(25 * 365)), word: rng.Uint64()}
		for k := 1 + rng.IntN(3); k > 0; k-- {
			st.actors = append(st.actors, int(zipf.Uint64()))
		}
		stories[i] = st
	}
	ms := make([]Mention, n)
	for i := range ms {
		st := stories[rng.IntN(len(stories))]
		m := Mention{Kind: st.kind, Noun: "Treffen", Specificity: 1, Actors: st.actors, words: []uint64{st.word, rng.Uint64()}}
		m.Article, m.Sentence = i/8, i%8
		m.Start, m.End = 0, 1
		switch rng.IntN(5) {
		case 0: // undated
		case 1:
			m.Date = model.DayInterval(st.day)
		case 2:
			m.Date = model.Interval{Start: st.day.AddDays(-rng.IntN(7)), End: st.day.AddDays(rng.IntN(7))}
		case 3:
			m.Date = model.Interval{Start: st.day.AddDays(-rng.IntN(31)), End: st.day.AddDays(rng.IntN(31))}
		default:
			y, _, _ := st.day.Date()
			m.Date = model.YearInterval(y)
		}
		ms[i] = m
	}
	return ms, actors
}

// BenchmarkMerge shows that merging grows about linearly with the number
// of mentions: compare ns/mention of the two sizes. B/mention is what the
// merged events hold per mention.
//
//	go test ./corpus/events -run '^$' -bench Merge -benchtime 3x
func BenchmarkMerge(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		b.Run(fmt.Sprintf("%dk", n/1000), func(b *testing.B) {
			ms, actors := synthetic(n)
			b.ReportAllocs()
			var events []model.Event
			for b.Loop() {
				events, _ = Merge(ms, actors)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/mention")
			b.ReportMetric(float64(len(events)), "events")
			events = nil
			before := heapAlloc()
			events, _ = Merge(ms, actors)
			after := heapAlloc()
			runtime.KeepAlive(events)
			runtime.KeepAlive(ms)
			b.ReportMetric(float64(after-before)/float64(n), "B/mention")
		})
	}
}

func heapAlloc() uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

// BenchmarkExtract measures extraction alone on hand-annotated fixtures
// of the default corpus's sentences.
func BenchmarkExtract(b *testing.B) {
	_ = defaultcorpus.FS()
	f := fx{
		text: `Am Mittwochabend (18. Dezember) trafen sich Jeff Bezos und Elon Musk mit dem designierten US-Präsidenten Donald Trump in dessen Mar-a-Lago-Resort in Florida zu einem Abendessen. Die Tech-Schmiede OpenAI, die japanische Softbank Group und der Datenbankriese Oracle hatten das Joint Venture am Dienstag im Weißen Haus angekündigt.
Zuckerberg, der Trump nach der Wahl öffentlich gratulierte, postete am 6. November Folgendes auf Threads: „Wir haben als Land große Chancen vor uns.
Meta-CEO Mark Zuckerberg soll sich mit dem künftigen US-Präsidenten Donald Trump zu einem gemeinsamen Abendessen in Mar-a-Lago im US-Bundesstaat Florida getroffen haben, wie der künftige stellvertretende Aussenminister des Weissen Hauses, Stephen Miller, gegenüber Fox News erklärte. Dieses Treffen könnte eine Wendung markieren.`,
		date: model.MonthInterval(2024, 12),
	}
	a := f.build(b)
	b.SetBytes(int64(len(a.Text)))
	b.ReportAllocs()
	for b.Loop() {
		Extract(0, a, testActors)
	}
}

// annotated is a generated corpus (the pipeline benchmark's, smaller)
// read, split, dated and with its actors, ready for extraction.
var annotated = sync.OnceValues(func() ([]*model.Article, []model.Actor) {
	tg, rec := temporal.New(), actors.NewRecognizer()
	var arts []*model.Article
	var found [][]actors.Mention
	for _, f := range corpusgen.Generate(500, 1) {
		a, err := ingest.Parse(f.Name, f.Name, f.Data)
		if err != nil {
			continue
		}
		sentence.Split(a)
		if !a.Date.Interval.Valid() {
			a.Date = tg.InferDate(a)
		}
		a.Timexes = tg.Tag(a.Text, a.Date.Interval)
		arts = append(arts, a)
		found = append(found, rec.Find(a))
	}
	docs := make([]*text.Doc, len(arts))
	for i, a := range arts {
		docs[i] = text.ForArticle(a)
	}
	res := actors.Resolve(arts, docs, found)
	for i, a := range arts {
		a.Actors = res.Mentions[i]
	}
	return arts, res.Actors
})

// BenchmarkExtractCorpus measures extraction alone on real pipeline
// input: 500 generated articles, annotated once beforehand.
//
//	go test ./corpus/events -run '^$' -bench ExtractCorpus
func BenchmarkExtractCorpus(b *testing.B) {
	arts, table := annotated()
	var size int64
	for _, a := range arts {
		size += int64(len(a.Text))
	}
	b.SetBytes(size)
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		n = 0
		for i, a := range arts {
			n += len(Extract(i, a, table))
		}
	}
	b.ReportMetric(float64(n), "mentions")
}
