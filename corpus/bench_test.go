package corpus

import (
	"io/fs"
	"runtime"
	"sync"
	"testing"
	"testing/fstest"

	"chronik/corpus/corpusgen"
	"chronik/corpus/ingest"
	"chronik/corpus/text"
	"chronik/model"
)

// benchArticles is the size of the generated benchmark corpus.
const benchArticles = 10_000

// benchCorpus generates the benchmark corpus once per process, in memory,
// so that the benchmarks measure Chronik, not the disk.
var benchCorpus = sync.OnceValues(func() (fs.FS, int64) {
	fsys := fstest.MapFS{}
	var size int64
	for _, f := range corpusgen.Generate(benchArticles, 1) {
		fsys[f.Name] = &fstest.MapFile{Data: f.Data, Mode: 0o644}
		size += int64(len(f.Data))
	}
	return fsys, size
})

// reportThroughput adds MB/s overall and per core (the targets are per
// core: 20 MB/s for reading, 10 MB/s for the whole pipeline), and MB per
// CPU-second: the per-core figure the work itself allows, which other
// processes competing for the cores do not lower. cpu0 is cpuSeconds()
// when the timed loop began.
func reportThroughput(b *testing.B, size int64, cpu0 float64) {
	mb := float64(size) * float64(b.N) / 1e6
	mbps := mb / b.Elapsed().Seconds()
	b.ReportMetric(mbps, "MB/s")
	b.ReportMetric(mbps/float64(runtime.GOMAXPROCS(0)), "MB/s/core")
	if cpu := cpuSeconds() - cpu0; cpu0 > 0 && cpu > 0 {
		b.ReportMetric(mb/cpu, "MB/cpu-s")
	}
}

// BenchmarkReadSplitTag measures issue 2's reading: loading the generated
// corpus (in parallel), and the text stages of Build (text layer,
// sentences, dates), on all cores.
//
//	go test ./corpus -run '^$' -bench ReadSplitTag -benchtime 3x
func BenchmarkReadSplitTag(b *testing.B) {
	fsys, size := benchCorpus()
	b.SetBytes(size)
	b.ReportAllocs()
	cpu0 := cpuSeconds()
	for b.Loop() {
		articles, errs := ingest.LoadFS(fsys)
		if len(errs) > 0 || len(articles) != benchArticles {
			b.Fatalf("%d articles, errors %v", len(articles), errs)
		}
		parallel(len(articles), func(i int) {
			doc := text.ForArticle(articles[i])
			readArticle(articles[i], doc)
			doc.Release()
		})
	}
	reportThroughput(b, size, cpu0)
}

// BenchmarkPipeline measures issue 3's whole pipeline on the same corpus,
// through LoadFS, as the program runs it: loading, the text layer,
// sentences, dates, actors (found and resolved), event mentions and
// merging. It also reports the memory the timeline holds beyond the
// articles' text, per event mention (target: under 1 KB), and the number
// of mentions and events.
//
//	go test ./corpus -run '^$' -bench Pipeline -benchtime 3x
func BenchmarkPipeline(b *testing.B) {
	fsys, size := benchCorpus()
	b.SetBytes(size)
	b.ReportAllocs()
	var tl *model.Timeline
	cpu0 := cpuSeconds()
	for b.Loop() {
		var errs []error
		if tl, errs = LoadFS(fsys); len(errs) > 0 {
			b.Fatal(errs)
		}
	}
	reportThroughput(b, size, cpu0)

	mentions := 0
	for _, e := range tl.Events {
		mentions += len(e.Mentions)
	}
	b.ReportMetric(float64(mentions), "mentions")
	b.ReportMetric(float64(len(tl.Events)), "events")
	b.ReportMetric(bytesPerMention(b, fsys, mentions), "B/mention")
}

// BenchmarkPipelineSmall is the whole pipeline on 300 generated articles,
// small enough to run under valgrind, whose instruction and cache-miss
// counts do not depend on what else the machine runs:
//
//	go test -c -o /tmp/X.test ./corpus
//	cd corpus && valgrind --tool=cachegrind --cache-sim=yes /tmp/X.test -test.run '^$' -test.bench 'PipelineSmall' -test.benchtime 2x -test.cpu 1
func BenchmarkPipelineSmall(b *testing.B) {
	fsys := fstest.MapFS{}
	for _, f := range corpusgen.Generate(300, 5) {
		fsys[f.Name] = &fstest.MapFile{Data: f.Data, Mode: 0o644}
	}
	LoadDefault() // load the lexicons once
	for b.Loop() {
		if _, errs := LoadFS(fsys); len(errs) > 0 {
			b.Fatal(errs)
		}
	}
}

// bytesPerMention measures what a built timeline holds beyond the loaded
// articles (their text, blocks and metadata): sentences, dates, actor
// mentions, the actor table, events and their mentions, divided by the
// number of event mentions.
func bytesPerMention(b *testing.B, fsys fs.FS, mentions int) float64 {
	articles, _ := ingest.LoadFS(fsys)
	before := heapInUse()
	tl := Build(articles)
	after := heapInUse()
	runtime.KeepAlive(tl)
	runtime.KeepAlive(articles)
	if mentions == 0 {
		return 0
	}
	return float64(after-before) / float64(mentions)
}

func heapInUse() uint64 {
	runtime.GC()
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

// BenchmarkLoadDefault measures building the default corpus's timeline,
// what `chronik` does before its first frame (lexicons already loaded).
//
//	go test ./corpus -run '^$' -bench LoadDefault
func BenchmarkLoadDefault(b *testing.B) {
	LoadDefault() // load the lexicons once
	b.ReportAllocs()
	for b.Loop() {
		LoadDefault()
	}
}
