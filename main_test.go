package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"chronik/model"
)

// run executes the chronik command line as a user would, with its own
// streams, and returns what it wrote.
func run(t *testing.T, stdin string, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errb bytes.Buffer
	cmd := newRootCommand(strings.NewReader(stdin), &out, &errb)
	cmd.SetArgs(args)
	err = cmd.Execute()
	return out.String(), errb.String(), err
}

func TestEventsFilters(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		check  func(t *testing.T, doc model.Export)
		errHas string
	}{
		{name: "all", args: nil, check: func(t *testing.T, doc model.Export) {
			if len(doc.Articles) != 5 || len(doc.Events) == 0 || len(doc.Actors) == 0 {
				t.Errorf("got %d articles, %d events, %d actors", len(doc.Articles), len(doc.Events), len(doc.Actors))
			}
		}},
		{name: "two actors, any case, alias", args: []string{"--actor", "MUSK", "--actor", "donald trump"}, check: func(t *testing.T, doc model.Export) {
			if len(doc.Events) == 0 {
				t.Fatal("no event with Musk and Trump")
			}
			for _, e := range doc.Events {
				if !contains(e.Actors, "elon-musk") || !contains(e.Actors, "donald-trump") {
					t.Errorf("event %q lacks an actor: %v", e.Title, e.Actors)
				}
			}
		}},
		{name: "date range", args: []string{"--from", "2024-12", "--to", "2024-12-31"}, check: func(t *testing.T, doc model.Export) {
			if len(doc.Events) == 0 {
				t.Fatal("no event in December 2024")
			}
			for _, e := range doc.Events {
				if e.Date == nil || e.Date.End < "2024-12-01" || e.Date.Start > "2024-12-31" {
					t.Errorf("event %q (%v) is outside December 2024", e.Title, e.Date)
				}
			}
		}},
		{name: "nothing matches", args: []string{"--from", "1990", "--to", "1990"}, check: func(t *testing.T, doc model.Export) {
			if len(doc.Events) != 0 || len(doc.Articles) != 0 {
				t.Errorf("an empty selection exported %d events, %d articles", len(doc.Events), len(doc.Articles))
			}
		}},
		{name: "unknown actor", args: []string{"--actor", "Niemand Unbekannt"}, errHas: `no actor named "Niemand Unbekannt"`},
		{name: "bad date", args: []string{"--from", "18.12.2024"}, errHas: `--from "18.12.2024": want YYYY, YYYY-MM or YYYY-MM-DD`},
		{name: "reversed range", args: []string{"--from", "2025", "--to", "2024"}, errHas: "is after"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, _, err := run(t, "", append([]string{"events", "--json"}, tt.args...)...)
			if tt.errHas != "" {
				if err == nil || !strings.Contains(err.Error(), tt.errHas) {
					t.Fatalf("err = %v, want it to say %q", err, tt.errHas)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var doc model.Export
			if err := json.Unmarshal([]byte(out), &doc); err != nil {
				t.Fatalf("not JSON: %v", err)
			}
			tt.check(t, doc)
		})
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// Without a terminal, chronik prints the same text timeline as `events`.
func TestExploreWithoutTerminalPrintsTimeline(t *testing.T) {
	got, _, err := run(t, "", "--actor", "zuckerberg")
	if err != nil {
		t.Fatal(err)
	}
	want, _, err := run(t, "", "events", "--actor", "zuckerberg")
	if err != nil {
		t.Fatal(err)
	}
	if got != want || !strings.Contains(got, "Zuckerberg") {
		t.Errorf("explore without a terminal printed\n%s\nwant\n%s", got, want)
	}
}

func TestBadFilesAreReportedAndTheRestLoads(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("gut.txt", []byte("Am 3. März 2023 traf Angela Merkel in Berlin den Präsidenten Emmanuel Macron zu einem Gespräch.\n"))
	write("kaputt.txt", []byte("Ungültig \xff\xfe UTF-8"))
	write("leer.md", nil)
	out, errOut, err := run(t, "", "articles", dir)
	if err != nil {
		t.Fatalf("one good file must be enough: %v", err)
	}
	if !strings.Contains(out, "gut") {
		t.Errorf("the good file is missing:\n%s", out)
	}
	for _, name := range []string{"kaputt.txt", "leer.md"} {
		if !strings.Contains(errOut, name) {
			t.Errorf("stderr does not name %s:\n%s", name, errOut)
		}
	}
	if lines := strings.Count(errOut, "\n"); lines != 2 {
		t.Errorf("want one line per bad file, got %d:\n%s", lines, errOut)
	}

	bad := t.TempDir()
	if err := os.WriteFile(filepath.Join(bad, "x.txt"), []byte{0, 1, 2}, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, errOut, err := run(t, "", "events", bad); err == nil || !strings.Contains(errOut, "x.txt") {
		t.Errorf("nothing usable must fail and name the file: err=%v stderr=%q", err, errOut)
	}
}

func TestArticlesJSON(t *testing.T) {
	out, _, err := run(t, "", "articles", "--json")
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Articles []model.ExportArticle `json:"articles"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Articles) != 5 {
		t.Fatalf("got %d articles", len(doc.Articles))
	}
	for _, a := range doc.Articles {
		if a.ID == "" || a.Title == "" || a.Date.Start == nil || a.Date.Reason == "" {
			t.Errorf("article %+v lacks id, title or a dated reason", a)
		}
	}
}

func TestAnnotate(t *testing.T) {
	in := `{"doc": "a", "dct": "2024-12-19", "text": "Gestern traf Olaf Scholz in Berlin Vertreter von Siemens."}
not json
{"doc": "b", "dct": "2024-13", "text": "x"}

{"doc": "c", "dct": "2024-12", "text": "Am 6. Januar 2021 stürmten Anhänger das Kapitol."}
{"doc": "d", "dct": "2024-12-19"}
`
	out, errOut, err := run(t, in, "annotate")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 {
		t.Fatalf("want 2 output lines (a, c), got %d:\n%s", len(lines), out)
	}
	var a struct {
		Doc   string `json:"doc"`
		Timex []struct {
			Start, End  int
			Text, Value string
			Type        string
		} `json:"timex"`
		Actors []struct {
			Start, End       int
			Text, Kind, Name string
		} `json:"actors"`
	}
	if err := json.Unmarshal([]byte(lines[0]), &a); err != nil {
		t.Fatal(err)
	}
	if a.Doc != "a" || len(a.Timex) != 1 || a.Timex[0].Value != "2024-12-18" || a.Timex[0].Start != 0 || a.Timex[0].End != 7 {
		t.Errorf("doc a timex = %+v", a.Timex)
	}
	var people []string
	for _, m := range a.Actors {
		people = append(people, m.Kind+":"+m.Text)
	}
	if !contains(people, "person:Olaf Scholz") || !contains(people, "organization:Siemens") {
		t.Errorf("doc a actors = %v", people)
	}
	for _, want := range []string{"line 2:", "line 3 (doc \"b\")", "line 6 (doc \"d\")"} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errOut)
		}
	}
}

// FuzzAnnotate feeds arbitrary input to `chronik annotate`: whatever it
// reads, it must not panic, and every line it writes must be a JSON
// document whose spans lie inside the document's text and quote it.
func FuzzAnnotate(f *testing.F) {
	f.Add(`{"doc": "a", "dct": "2024-12-19", "text": "Gestern traf Olaf Scholz in Berlin Vertreter von Siemens."}`)
	f.Add(`{"doc": "b", "dct": "2024-12", "text": "Am Mittwochabend (18. Dezember) trafen sich Jeff Bezos und Elon Musk.\u001b[31m"}`)
	f.Add("{\"doc\": \"c\", \"dct\": \"\", \"text\": \"\\u0000\\u009b\\ud800 x\"}\nnot json\n{}")
	f.Fuzz(func(t *testing.T, input string) {
		texts, seen := map[string][]rune{}, map[string]int{}
		for _, line := range strings.Split(input, "\n") {
			var in annotateInput
			if json.Unmarshal([]byte(line), &in) == nil && in.Text != nil {
				texts[in.Doc] = []rune(*in.Text)
				seen[in.Doc]++
			}
		}
		var out, errOut bytes.Buffer
		_ = annotate(strings.NewReader(input), &out, &errOut)
		for _, line := range strings.Split(strings.TrimSpace(out.String()), "\n") {
			if line == "" {
				continue
			}
			var doc struct {
				Doc   string `json:"doc"`
				Timex []struct {
					Start, End int
					Text       string
				} `json:"timex"`
				Actors []struct {
					Start, End int
					Text       string
				} `json:"actors"`
			}
			if err := json.Unmarshal([]byte(line), &doc); err != nil {
				t.Fatalf("output is not JSON: %v\n%s", err, line)
			}
			text, ok := texts[doc.Doc]
			if !ok || seen[doc.Doc] > 1 {
				continue // an id given twice: which text a line belongs to is unknown
			}
			spans := append([]struct {
				Start, End int
				Text       string
			}{}, doc.Timex...)
			spans = append(spans, doc.Actors...)
			for _, s := range spans {
				if s.Start < 0 || s.End > len(text) || s.Start >= s.End {
					t.Fatalf("span %d..%d outside a text of %d code points", s.Start, s.End, len(text))
				}
			}
		}
	})
}
