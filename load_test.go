package main

import (
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"chronik/model"
)

// The timeline the explorer gets names the files that were left out, and
// the articles that do not read as German.
func TestLoadTimelineRecordsSkippedAndNotGerman(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a_gut.txt", strings.Repeat("Am 3. März 2023 traf Angela Merkel in Berlin den Präsidenten Emmanuel Macron zu einem Gespräch. ", 8))
	write("b_english.txt", strings.Repeat("On 3 March 2023 the chancellor met the French president in Berlin for a long talk about trade. ", 8))
	write("c_kurz.txt", "Kurze Meldung ohne Umlaut.")
	write("d_kaputt.txt", "Ungültig \xff\xfe UTF-8")
	tl, err := loadTimeline([]string{dir}, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	if len(tl.Skipped) != 1 || !strings.HasSuffix(tl.Skipped[0].Path, "d_kaputt.txt") || tl.Skipped[0].Reason == "" {
		t.Errorf("Skipped = %+v", tl.Skipped)
	}
	var ids []string
	for _, a := range tl.NotGerman {
		ids = append(ids, tl.Articles[a].ID)
	}
	if !slices.Equal(ids, []string{"b_english"}) {
		t.Errorf("NotGerman = %v, want only the English article (a short one is not judged)", ids)
	}
}

// A fault of the pipeline on one article is said on stderr with the
// article's path and what it lost, and listed as a skipped file.
func TestReportFaults(t *testing.T) {
	tl := &model.Timeline{
		Articles: []*model.Article{{Path: "a.txt"}, {Path: "b.txt"}},
		Faults:   []model.Fault{{Article: 1, Stage: "events", Reason: "internal error: x"}},
	}
	var stderr strings.Builder
	got := reportFaults(tl, &stderr)
	want := "chronik: b.txt: its events left out (internal error: x)\n"
	if stderr.String() != want || len(got) != 1 || got[0].Path != "b.txt" || !strings.Contains(got[0].Reason, "its events left out") {
		t.Errorf("stderr %q, skipped %+v; want %q and b.txt skipped", stderr.String(), got, want)
	}
}
