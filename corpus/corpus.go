// Package corpus is Chronik's engine: it turns article files into a
// model.Timeline. Each step is a package of its own — ingest (files to
// articles), text (tokens, sentences and word classes, computed once per
// article), temporal (dates), actors (people and organisations) and events
// (mentions and merging) — and this package runs them in order (Build),
// each article on its own core where the step allows.
package corpus

import (
	"fmt"
	"io/fs"
	"math"
	"runtime"
	"sync"
	"sync/atomic"

	"chronik/corpus/actors"
	"chronik/corpus/defaultcorpus"
	"chronik/corpus/events"
	"chronik/corpus/ingest"
	"chronik/corpus/temporal"
	"chronik/corpus/text"
	"chronik/model"
)

// The tagger and the recogniser load their lexicons once per process and
// are safe for concurrent use; building them per call would cost every
// call the start-up of both.
var (
	tagger     = sync.OnceValue(temporal.New)
	recognizer = sync.OnceValue(actors.NewRecognizer)
)

// LoadDefault builds the timeline of the embedded default corpus. The
// errors name the files that could not be used (none, for the embedded
// corpus, unless it was replaced with something broken).
func LoadDefault() (*model.Timeline, []error) { return LoadFS(defaultcorpus.FS()) }

// LoadFS builds the timeline of the articles in a file system (see
// ingest.LoadFS), leaving out, each with an error, the files that cannot
// be used.
func LoadFS(fsys fs.FS) (*model.Timeline, []error) {
	articles, errs := ingest.LoadFS(fsys)
	return Build(articles), errs
}

// Load builds the timeline of the given files and folders (see
// ingest.LoadPaths). Files that cannot be used are left out, each with an
// error naming it and the reason; the rest still make a timeline.
func Load(paths []string) (*model.Timeline, []error) {
	articles, errs := ingest.LoadPaths(paths)
	return Build(articles), errs
}

// Build annotates parsed articles and builds their timeline; it is the
// one place that knows the order of the stages. Per article, in parallel:
// the text layer (tokens, sentences, word classes), the article's date
// (from its header, else inferred from its text), the temporal
// expressions relative to that date, and the actor mentions and places. Then an
// article whose text gave only a lower bound for its date is dated to the
// period the corpus's other articles are of, and its expressions read
// again from that date; the actors are resolved across the corpus, event mentions are extracted per
// article (in parallel again) and merged across articles. Each stage
// returns what it found; Build stores the sentences, dates, temporal
// expressions, actor mentions and places in the articles, and the timeline owns
// them afterwards. The stages before resolving share one text layer per
// article, released at once (Resolve reads only its capitalised words),
// and event extraction analyses the text again from the layer's
// text.Shape: the layers of a whole corpus kept from the first stage to
// the last were the largest part of the fresh memory a Build wrote to,
// which cost more than analysing twice, and a Shape is a small part of a
// layer that spares the second analysis reading the text again.
//
// A stage that fails on one article (a bug: it panics) costs that article
// what the stage and those after it would have found, recorded in the
// timeline's Faults, not the corpus's timeline.
func Build(articles []*model.Article) *model.Timeline {
	table, mentions, notGerman, faults := analyse(articles)
	evs, table := events.MergeArticles(mentions, table)
	tl := model.New(articles, table, evs)
	tl.NotGerman = notGerman
	tl.Faults = faults
	return tl
}

// extract is the event stage of one article (events.ExtractFrom), a
// variable so that a test can make it fail.
var extract = events.ExtractFrom

// guarded runs stage f of article i and returns the fault it panicked
// with, if any.
func guarded(i int, stage string, f func()) (fault *model.Fault) {
	defer func() {
		if r := recover(); r != nil {
			fault = &model.Fault{Article: i, Stage: stage, Reason: fmt.Sprint("internal error: ", r)}
		}
	}()
	f()
	return nil
}

// analyse runs every stage but merging: it returns the actor table, the
// event mentions of each article, and the articles that do not read as
// German. The evaluation scores mentions before they merge.
func analyse(articles []*model.Article) ([]model.Actor, [][]events.Mention, []int, []model.Fault) {
	rec := recognizer()
	found := make([][]actors.Mention, len(articles))
	caps := make([]actors.Words, len(articles))
	german := make([]bool, len(articles))
	shapes := make([]*text.Shape, len(articles))
	faults := make([]*model.Fault, len(articles))
	parallel(len(articles), func(i int) {
		faults[i] = guarded(i, "reading", func() {
			doc := text.ForArticle(articles[i])
			german[i] = readArticle(articles[i], doc)
			found[i], articles[i].Places, caps[i] = rec.FindWithWords(articles[i], doc)
			shapes[i] = doc.Shape()
			doc.Release()
		})
		if faults[i] != nil {
			// what the stage left half done is dropped: the article keeps
			// its text, read as no one's and of no date
			german[i], found[i], caps[i], shapes[i] = true, nil, actors.Words{}, nil
			articles[i].Sentences, articles[i].Timexes, articles[i].Places = nil, nil, nil
		}
	})
	redateInPeriod(articles, shapes)
	resolved := actors.ResolveWords(articles, caps, found)
	for i, a := range articles {
		a.Actors = resolved.Mentions[i]
	}
	table := resolved.Actors

	perArticle := make([][]events.Mention, len(articles))
	parallel(len(articles), func(i int) {
		if faults[i] != nil {
			return
		}
		faults[i] = guarded(i, "events", func() {
			doc := text.AnalyseShape(articles[i].Text, shapes[i])
			shapes[i] = nil
			perArticle[i] = extract(i, articles[i], doc, table)
			doc.Release()
		})
		if faults[i] != nil {
			perArticle[i] = nil
		}
	})
	var notGerman []int
	for i, g := range german {
		if !g {
			notGerman = append(notGerman, i)
		}
	}
	var failed []model.Fault
	for _, f := range faults {
		if f != nil {
			failed = append(failed, *f)
		}
	}
	return table, perArticle, notGerman, failed
}

// readArticle runs the text stages of one article on its text layer: its
// sentences, its date when the header gave none, and its temporal
// expressions, and keeps their results in the article for the model. It
// reports whether the article reads as German (readsGerman).
func readArticle(a *model.Article, doc *text.Doc) bool {
	a.Sentences = doc.ArticleSentences()
	a.Date, a.Timexes = tagger().Read(doc, a.Date)
	return readsGerman(doc)
}

// redateInPeriod dates the articles whose text gives only a lower bound
// to the period most of the corpus is dated to (temporal.Period), and
// reads their temporal expressions again from that date; shapes[i] is
// the text.Shape of articles[i].
func redateInPeriod(articles []*model.Article, shapes []*text.Shape) {
	dates := make([]model.ArticleDate, len(articles))
	for i, a := range articles {
		dates[i] = a.Date
	}
	period, ok := temporal.Period(dates)
	if !ok {
		return
	}
	parallel(len(articles), func(i int) {
		if shapes[i] == nil {
			return // an article the reading failed on (Build's faults)
		}
		if d, ok := temporal.InPeriod(articles[i].Date, period); ok {
			doc := text.AnalyseShape(articles[i].Text, shapes[i])
			articles[i].Date, articles[i].Timexes = tagger().Read(doc, d)
			doc.Release()
		}
	})
}

// Language identification: a text reads as German when enough of its
// words are in the German lexicon of package text. The threshold lies
// between the shares of German and of English and French text in
// language_test.go (TestReadsGerman); a text of fewer words than
// minWordsToJudge is not judged (it reads as German), as a short one may
// hold few content words by chance. The first wordsToJudge words are
// enough to tell, and cheaper than all.
const (
	minGermanShare  = 0.55
	minWordsToJudge = 40
	wordsToJudge    = 200
)

// knownToJudge known words make any text of wordsToJudge words or fewer
// read as German: counting can stop there. It is worked out in float64,
// as readsGerman compares (a constant expression would be exact, and one
// too few).
var knownToJudge = func() int {
	words := float64(wordsToJudge)
	return int(math.Ceil(minGermanShare * words))
}()

// readsGerman reports whether a text layer reads as German.
func readsGerman(d *text.Doc) bool {
	known, words := d.LexiconWords(wordsToJudge, knownToJudge)
	return words < minWordsToJudge || float64(known) >= minGermanShare*float64(words)
}

// parallel runs f(0) … f(n-1) on all cores. Work is handed out one index
// at a time, so a long article does not hold up a whole share.
func parallel(n int, f func(i int)) {
	workers := min(runtime.GOMAXPROCS(0), n)
	if workers <= 1 {
		for i := range n {
			f(i)
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for {
				i := int(next.Add(1)) - 1
				if i >= n {
					return
				}
				f(i)
			}
		})
	}
	wg.Wait()
}
