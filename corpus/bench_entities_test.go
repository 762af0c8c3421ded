package corpus

import (
	"testing"

	"chronik/corpus/actors"
	"chronik/corpus/ingest"
)

// BenchmarkPipelineEntities runs BenchmarkPipeline's whole pipeline twice
// in one run: with the rules alone finding actors (as before the entity
// tagger) and with the rules and the tagger (as Chronik runs).
//
//	go test ./corpus -run '^$' -bench PipelineEntities -benchtime 2x
func BenchmarkPipelineEntities(b *testing.B) {
	fsys, size := benchCorpus()
	defer func(r func() *actors.Recognizer) { recognizer = r }(recognizer)
	for _, c := range []struct {
		name string
		rec  *actors.Recognizer
	}{{"rules", actors.NewRuleRecognizer()}, {"rules+tagger", actors.NewRecognizer()}} {
		b.Run(c.name, func(b *testing.B) {
			recognizer = func() *actors.Recognizer { return c.rec }
			b.SetBytes(size)
			b.ReportAllocs()
			cpu0 := cpuSeconds()
			for b.Loop() {
				articles, errs := ingest.LoadFS(fsys)
				if len(errs) > 0 {
					b.Fatal(errs)
				}
				Build(articles)
			}
			reportThroughput(b, size, cpu0)
		})
	}
}
