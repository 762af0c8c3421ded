package tui

import (
	"context"
	"io/fs"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"

	"chronik/corpus/defaultcorpus"
	"chronik/model"
	"chronik/tui/internal/synthetic"
)

var (
	bigOnce sync.Once
	big     *model.Timeline
)

// bigTimeline is the 100,000-event synthetic timeline of the benchmarks,
// built once per test binary.
func bigTimeline() *model.Timeline {
	bigOnce.Do(func() { big = synthetic.Timeline(100_000, 2_000) })
	return big
}

// reportLatency runs one keystroke per iteration — Update and the View of
// the frame it causes — and reports the 99th percentile and the median.
func reportLatency(b *testing.B, m *Model, seq []tea.Msg) {
	b.Helper()
	view(m)
	durations := make([]time.Duration, 0, b.N)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		start := time.Now()
		m.Update(seq[i%len(seq)])
		_ = m.View()
		durations = append(durations, time.Since(start))
	}
	b.StopTimer()
	slices.Sort(durations)
	b.ReportMetric(float64(durations[len(durations)*99/100].Microseconds())/1000, "p99-ms")
	b.ReportMetric(float64(durations[len(durations)/2].Microseconds())/1000, "p50-ms")
}

// BenchmarkKeystroke measures a keystroke on the 100,000-event timeline at
// 160×48 in colour, all three panes shown: moving through the timeline,
// toggling actors in the filter (one, then two at once), and typing and
// deleting a search.
func BenchmarkKeystroke(b *testing.B) {
	tl := bigTimeline()
	sh := NewShared(tl, 0)
	sh.searchIndex() // Init builds it in the background at start
	newModel := func(b *testing.B) *Model {
		return newSyncModel(b, tl, Options{Style: "dark", Shared: sh}, 160, 48, colorprofile.TrueColor)
	}
	b.Run("scroll", func(b *testing.B) {
		m := newModel(b)
		seq := keys("j j j j j j j j j j j j j j j j j j j j j j j j j j j j j j pgdown k k")
		reportLatency(b, m, seq)
	})
	b.Run("actor_toggle", func(b *testing.B) {
		m := newModel(b)
		send(m, keys("1")...)
		// The busiest actor in, the next one in (events with both), and out again.
		seq := keys("space j space space k space")
		reportLatency(b, m, seq)
	})
	b.Run("search_letter", func(b *testing.B) {
		m := newModel(b)
		send(m, keys("/")...)
		seq := keys("'bericht' backspace backspace backspace backspace backspace backspace backspace 'traf' backspace backspace backspace backspace")
		reportLatency(b, m, seq)
	})
	b.Run("small_corpus_scroll", func(b *testing.B) {
		// The SSH case: the fixture, articles cached, j and k.
		m := newSyncModel(b, fixture(), Options{Style: "dark"}, 120, 40, colorprofile.TrueColor)
		for _, k := range keys("j j j j k k k k") {
			send(m, k) // render every article once
		}
		reportLatency(b, m, keys("j j k j k k"))
	})
}

// benchArticle is the longest article of the default corpus as plain
// paragraphs (the benchmark does not run the corpus pipeline).
func benchArticle(b *testing.B) *model.Article {
	var longest string
	err := fs.WalkDir(defaultcorpus.FS(), ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".txt") {
			return err
		}
		data, err := fs.ReadFile(defaultcorpus.FS(), path)
		if len(data) > len(longest) {
			longest = string(data)
		}
		return err
	})
	if err != nil || longest == "" {
		b.Fatalf("default corpus: %v", err)
	}
	if _, rest, ok := strings.Cut(longest, "\n"); ok {
		longest = rest
	}
	a := &model.Article{ID: "bench", Title: "Benchmark", Text: longest}
	a.Blocks = articleBlocks(a)
	mid := a.Blocks[len(a.Blocks)/2]
	a.Sentences = []model.Sentence{{Start: mid.Start, End: mid.Start + (mid.End-mid.Start)/2, Block: len(a.Blocks) / 2}}
	return a
}

// BenchmarkArticleRender: an article's first render with glamour (whole
// article and highlighted block), and showing it again from the cache.
func BenchmarkArticleRender(b *testing.B) {
	a := benchArticle(b)
	s := a.Sentences[0]
	block := sentenceBlock(a.Blocks, s.Start, s.End)
	b.Logf("article: %d bytes, %d blocks", len(a.Text), len(a.Blocks))
	for _, style := range []string{"dark", "notty"} {
		b.Run("first/"+style, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				c := NewArticleCache(0)
				if _, err := c.loadArticle(a, 80, style); err != nil {
					b.Fatal(err)
				}
				if _, err := c.loadHighlight(a, 80, style, block, s.Start, s.End); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	// The largest article the pane renders (maxRenderBytes): the article
	// again and again, its blocks with it.
	big := &model.Article{ID: "big"}
	var text strings.Builder
	for text.Len()+len(a.Text)+2 <= maxRenderBytes {
		off := text.Len()
		for _, blk := range a.Blocks {
			big.Blocks = append(big.Blocks, model.Block{Kind: blk.Kind, Start: blk.Start + off, End: blk.End + off})
		}
		text.WriteString(a.Text)
		text.WriteString("\n\n")
	}
	big.Text = text.String()
	b.Run("largest_rendered/dark", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			if _, err := NewArticleCache(0).loadArticle(big, 80, "dark"); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("cached/dark", func(b *testing.B) {
		tl := model.New([]*model.Article{a}, nil, []model.Event{{ID: "e", Title: "e",
			Mentions: []model.EventMention{{Article: 0, Start: s.Start, End: s.End}, {Article: 0, Start: a.Blocks[1].Start, End: a.Blocks[1].End}}}})
		cache := NewArticleCache(0)
		c := &common{ctx: context.Background(), st: stylesFor(true, colorprofile.TrueColor)}
		p := newArticlePane(c, tl, cache)
		p.style = "dark"
		p.setSize(80, 40)
		for _, mention := range []int{0, 1} { // warm the cache
			if cmd := p.show(0, mention); cmd != nil {
				p.rendered(cmd().(articleRenderedMsg))
			}
		}
		b.ReportAllocs()
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			if p.show(0, i%2) != nil {
				b.Fatal("not cached")
			}
			_ = p.view(true)
		}
	})
}

// BenchmarkSessionMemory reports the heap one more session costs once it
// has drawn its first frame, beyond the shared timeline and caches.
func BenchmarkSessionMemory(b *testing.B) {
	for _, tc := range []struct {
		name string
		tl   *model.Timeline
	}{{"fixture", fixture()}, {"synthetic_100k", bigTimeline()}} {
		b.Run(tc.name, func(b *testing.B) {
			sh := NewShared(tc.tl, 0)
			warm := newSyncModel(b, tc.tl, Options{Style: "dark", Shared: sh}, 120, 40, colorprofile.TrueColor)
			view(warm)
			const n = 50
			var perSession float64
			for i := 0; i < b.N; i++ {
				var before, after runtime.MemStats
				runtime.GC()
				runtime.ReadMemStats(&before)
				sessions := make([]*Model, 0, n)
				for range n {
					m := newSyncModel(b, tc.tl, Options{Style: "dark", Shared: sh}, 120, 40, colorprofile.TrueColor)
					send(m, keys("j j 1 space 2 j")...)
					view(m)
					sessions = append(sessions, m)
				}
				runtime.GC()
				runtime.ReadMemStats(&after)
				runtime.KeepAlive(sessions)
				perSession = (float64(after.HeapAlloc) - float64(before.HeapAlloc)) / n
			}
			b.ReportMetric(perSession, "bytes/session")
		})
	}
}
