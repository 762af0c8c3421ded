package evaluation

import (
	"fmt"
	"path/filepath"
	"testing"
	"testing/fstest"

	"chronik/corpus"
)

// BenchmarkPipelineRealNews is the whole pipeline, as `chronik` runs it
// on a folder, over real news nobody here wrote: the 10kGNAD articles
// read outside the annotated parts (testdata/gnad/read-outside-splits.txt,
// no test part) and SmartData's development news (its train file, no
// tweets), each a file of one corpus, SmartData's with its day as a
// header. The generated corpus of corpus.BenchmarkPipeline reuses a small
// vocabulary; real news asks the lexicons and the tagger of many more
// words. Issue 10's speed is per core, so run it on one (with -cpu 1
// the MB/s it prints is per core):
//
//	go test ./corpus/evaluation -run '^$' -bench PipelineRealNews -benchtime 3x -cpu 1
func BenchmarkPipelineRealNews(b *testing.B) {
	fsys, size := realNews(b)
	corpus.LoadDefault() // the lexicons and weights, loaded once, as in a running program
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, errs := corpus.LoadFS(fsys); len(errs) > 0 {
			b.Fatal(errs)
		}
	}
}

// realNews returns the articles of BenchmarkPipelineRealNews as a folder,
// and their size in bytes.
func realNews(b *testing.B) (fstest.MapFS, int64) {
	gnadPath, sdPath := filepath.Join(*dataDir, "news", "10kgnad-test.csv.gz"), filepath.Join(*dataDir, "smartdata", "smartdata-v1-train.json.gz")
	gnad, err := ReadGNAD(gnadPath)
	if err != nil {
		b.Skipf("%v: the benchmark reads ../shared/data beside the repository", err)
	}
	read, err := ReadLineSet(filepath.Join("testdata", "gnad", "read-outside-splits.txt"))
	if err != nil {
		b.Fatal(err)
	}
	docs, err := ReadSmartData(sdPath)
	if err != nil {
		b.Skipf("%v: the benchmark reads ../shared/data beside the repository", err)
	}
	fsys := fstest.MapFS{}
	var size int64
	add := func(name, data string) {
		fsys[name] = &fstest.MapFile{Data: []byte(data), Mode: 0o644}
		size += int64(len(data))
	}
	for _, a := range gnad {
		if read[a.Line] {
			add(fmt.Sprintf("gnad%05d.txt", a.Line), a.Text)
		}
	}
	for i, d := range docs {
		if d.Source != "tweet" {
			add(fmt.Sprintf("sd%04d.txt", i+1), "date: "+d.Date.String()+"\n"+d.Text)
		}
	}
	return fsys, size
}
