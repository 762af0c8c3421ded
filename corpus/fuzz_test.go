package corpus

import (
	"io/fs"
	"testing"

	"chronik/corpus/defaultcorpus"
	"chronik/corpus/ingest"
	"chronik/model"
)

// FuzzBuild runs the whole pipeline on one article read from arbitrary
// bytes: ingest may refuse it with an error, but nothing may panic, and a
// timeline's events must lie inside their article's text.
//
//	go test ./corpus -run '^$' -fuzz FuzzBuild -fuzztime 1m
func FuzzBuild(f *testing.F) {
	// The head of each default article: whole articles make each run slow
	// enough that the fuzzer explores little.
	entries, _ := fs.ReadDir(defaultcorpus.FS(), ".")
	for _, e := range entries {
		if data, err := fs.ReadFile(defaultcorpus.FS(), e.Name()); err == nil {
			f.Add(data[:min(len(data), 1200)])
		}
	}
	f.Add([]byte("Titel\n\nESSEN (dpa) – Meta hat am Freitag nicht Oracle übernommen, sagte Musk. Gegen den Mann wurden Ermittlungen eingeleitet."))
	f.Add([]byte("T\n\n, sagte X. „…“, so Y; Wie Z meldete, soll"))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := ingest.Parse("f", "f.txt", data)
		if err != nil {
			return
		}
		tl := Build([]*model.Article{a})
		if len(tl.Faults) > 0 {
			t.Fatalf("a stage failed: %+v", tl.Faults[0])
		}
		for _, e := range tl.Events {
			for _, m := range e.Mentions {
				if m.Start < 0 || m.End > len(a.Text) || m.Start > m.End {
					t.Fatalf("mention %d..%d outside the text (%d bytes)", m.Start, m.End, len(a.Text))
				}
			}
		}
	})
}
