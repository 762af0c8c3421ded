package corpus

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"chronik/corpus/corpusgen"
	"chronik/model"
)

// The pipeline's whole result — every article's blocks, sentences, dates,
// temporal expressions and actor mentions, the actor table and the events
// with their mentions, roles, reactions and salience — is pinned by a
// digest per corpus, so that work on speed can show it changed nothing.
// A digest says only that something changed; when it does, the test
// writes the full dump beside the golden digests' file's name in the
// temporary directory, for a diff against a dump of the previous code.
const digestsPath = "testdata/pipeline.sha256"

// identityCorpora are the corpora whose results are pinned: the default
// corpus, and a generated one large enough to merge events across many
// articles and to give the tagger varied dates.
var identityCorpora = []struct {
	name string
	load func(t *testing.T) *model.Timeline
}{
	{"default", func(t *testing.T) *model.Timeline {
		tl, errs := LoadDefault()
		if len(errs) > 0 {
			t.Fatal(errs)
		}
		return tl
	}},
	{"generated-400-seed-3", func(t *testing.T) *model.Timeline {
		fsys := fstest.MapFS{}
		for _, f := range corpusgen.Generate(400, 3) {
			fsys[f.Name] = &fstest.MapFile{Data: f.Data, Mode: 0o644}
		}
		tl, errs := LoadFS(fsys)
		if len(errs) > 0 {
			t.Fatal(errs)
		}
		return tl
	}},
}

// TestPipelineDigests compares the full dump of each identity corpus with
// its pinned digest. After an intended change of output, run
// go test ./corpus -run 'Golden|PipelineDigests' -update and read the
// diff of events.golden.json (and, for the generated corpus, of the dumps).
func TestPipelineDigests(t *testing.T) {
	want := readDigests(t)
	got := map[string]string{}
	for _, c := range identityCorpora {
		dump, err := dumpTimeline(c.load(t))
		if err != nil {
			t.Fatal(err)
		}
		sum := sha256.Sum256(dump)
		got[c.name] = hex.EncodeToString(sum[:])
		if *update || got[c.name] == want[c.name] {
			continue
		}
		out := filepath.Join(os.TempDir(), "chronik-pipeline-"+c.name+".json")
		if err := os.WriteFile(out, dump, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Errorf("%s: the pipeline's result changed (digest %s, want %s); the dump is in %s", c.name, got[c.name], want[c.name], out)
	}
	if *update {
		var b strings.Builder
		for _, c := range identityCorpora {
			fmt.Fprintf(&b, "%s %s\n", got[c.name], c.name)
		}
		if err := os.WriteFile(digestsPath, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// dumpTimeline is everything a Timeline holds that Build computed, as
// indented JSON (so that two dumps diff line by line), followed by the
// `--json` export.
func dumpTimeline(tl *model.Timeline) ([]byte, error) {
	full, err := json.MarshalIndent(tl, "", " ")
	if err != nil {
		return nil, err
	}
	var export strings.Builder
	if err := tl.WriteJSON(&export, nil); err != nil {
		return nil, err
	}
	return append(append(full, '\n'), export.String()...), nil
}

func readDigests(t *testing.T) map[string]string {
	t.Helper()
	out := map[string]string{}
	f, err := os.Open(digestsPath)
	if err != nil {
		if *update {
			return out
		}
		t.Fatalf("%v (run go test ./corpus -run PipelineDigests -update)", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if sum, name, ok := strings.Cut(sc.Text(), " "); ok {
			out[name] = sum
		}
	}
	return out
}
