package actors

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"chronik/corpus/ingest"
	"chronik/corpus/sentence"
	"chronik/model"
)

// The exact-span evaluation of people and organisations on German news
// passages written for it (testdata/README.md: format and annotation
// conventions). TestNERDev lists every error with -v; TestNERTest, on the
// held-out passages, prints only the scores. Both fail below a floor a few
// points under what the recogniser reaches: a guard against regressions,
// not a target tuned to the data.

// nerSpan is a gold or found entity: byte offsets into the plain text.
type nerSpan struct {
	start, end int
	kind       model.ActorKind
}

// nerDoc is a passage with its gold spans, markup removed.
type nerDoc struct {
	name string
	text string
	gold []nerSpan
}

// parseNER removes "[PER …]" and "[ORG …]" markup and returns the plain
// text with the spans it marked.
func parseNER(name, marked string) (nerDoc, error) {
	d := nerDoc{name: name}
	var b strings.Builder
	open := -1
	var kind model.ActorKind
	for i := 0; i < len(marked); {
		switch {
		case strings.HasPrefix(marked[i:], "[PER "), strings.HasPrefix(marked[i:], "[ORG "):
			if open >= 0 {
				return d, fmt.Errorf("%s: nested span at byte %d", name, i)
			}
			kind = model.Person
			if marked[i+1] == 'O' {
				kind = model.Organization
			}
			open = b.Len()
			i += 5
		case marked[i] == ']' && open >= 0:
			if b.Len() == open {
				return d, fmt.Errorf("%s: empty span at byte %d", name, i)
			}
			d.gold = append(d.gold, nerSpan{open, b.Len(), kind})
			open = -1
			i++
		case marked[i] == '[' || marked[i] == ']':
			return d, fmt.Errorf("%s: stray %q at byte %d", name, marked[i], i)
		default:
			b.WriteByte(marked[i])
			i++
		}
	}
	if open >= 0 {
		return d, fmt.Errorf("%s: unclosed span", name)
	}
	d.text = b.String()
	return d, nil
}

func readNER(t *testing.T, dir string) []nerDoc {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("testdata", "ner", dir, "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("testdata/ner/%s: %v (%d files)", dir, err, len(paths))
	}
	var docs []nerDoc
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		d, err := parseNER(filepath.Base(p), string(b))
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	return docs
}

// nerArticle prepares a passage as chronik annotate does: cleaning,
// layout into blocks (title, paragraphs, byline, credits), sentences.
func nerArticle(t *testing.T, d nerDoc) *model.Article {
	t.Helper()
	clean, err := ingest.Clean([]byte(d.text))
	if err != nil {
		t.Fatalf("%s: %v", d.name, err)
	}
	a := &model.Article{ID: d.name, Text: clean}
	a.Blocks = ingest.Layout(clean)
	sentence.Split(a)
	return a
}

// prf counts matches for precision, recall and F1.
type prf struct{ tp, fp, fn int }

func (s prf) scores() (p, r, f float64) {
	if s.tp+s.fp > 0 {
		p = float64(s.tp) / float64(s.tp+s.fp)
	}
	if s.tp+s.fn > 0 {
		r = float64(s.tp) / float64(s.tp+s.fn)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return 100 * p, 100 * r, 100 * f
}

func (s prf) String() string {
	p, r, f := s.scores()
	return fmt.Sprintf("P %5.1f  R %5.1f  F1 %5.1f  (tp %d, fp %d, fn %d)", p, r, f, s.tp, s.fp, s.fn)
}

// nerResult holds the counts per kind and overall.
type nerResult struct{ per, org, all prf }

func (r *nerResult) add(kind model.ActorKind, tp, fp, fn int) {
	k := &r.per
	if kind == model.Organization {
		k = &r.org
	}
	k.tp, k.fp, k.fn = k.tp+tp, k.fp+fp, k.fn+fn
	r.all.tp, r.all.fp, r.all.fn = r.all.tp+tp, r.all.fp+fp, r.all.fn+fn
}

// evalNER scores Find on the passages. With annotateView, mentions in
// bylines and credits are left out as chronik annotate leaves them out;
// otherwise every entity Find reports counts. report receives each
// passage's missed and spurious spans.
func evalNER(t *testing.T, docs []nerDoc, annotateView bool, report func(doc string, missed, spurious []string)) nerResult {
	t.Helper()
	var res nerResult
	for _, d := range docs {
		a := nerArticle(t, d)
		var found []nerSpan
		for _, m := range rec.Find(a) {
			if m.Entity() && !(annotateView && m.Meta) {
				found = append(found, nerSpan{m.Start, m.End, m.Kind})
			}
		}
		found = slices.Compact(found) // one span can name two actors ("die beiden" is no entity, but be safe)
		var missed, spurious []string
		show := func(s nerSpan) string { return fmt.Sprintf("%s %q", s.kind[:3], a.Text[s.start:s.end]) }
		for _, g := range d.gold {
			if slices.Contains(found, g) {
				res.add(g.kind, 1, 0, 0)
			} else {
				res.add(g.kind, 0, 0, 1)
				missed = append(missed, show(g))
			}
		}
		for _, s := range found {
			if !slices.Contains(d.gold, s) {
				res.add(s.kind, 0, 1, 0)
				spurious = append(spurious, show(s))
			}
		}
		if report != nil && len(missed)+len(spurious) > 0 {
			report(d.name, missed, spurious)
		}
	}
	return res
}

// nerFloor is the F1 below which a split fails, per kind and overall.
type nerFloor struct{ per, org, all float64 }

func checkNER(t *testing.T, split string, floor nerFloor, showErrors bool) {
	docs := readNER(t, split)
	var report func(string, []string, []string)
	if showErrors {
		report = func(doc string, missed, spurious []string) {
			t.Logf("%s\n\tmissed:   %s\n\tspurious: %s", doc, strings.Join(missed, ", "), strings.Join(spurious, ", "))
		}
	}
	res := evalNER(t, docs, false, report)
	view := evalNER(t, docs, true, nil)
	t.Logf("%s (%d passages), every entity Find reports:\n\tPER %v\n\tORG %v\n\tall %v", split, len(docs), res.per, res.org, res.all)
	t.Logf("%s, as chronik annotate prints (no bylines or credits):\n\tPER %v\n\tORG %v\n\tall %v", split, view.per, view.org, view.all)
	for _, c := range []struct {
		name  string
		got   prf
		floor float64
	}{{"PER", res.per, floor.per}, {"ORG", res.org, floor.org}, {"all", res.all, floor.all}} {
		if _, _, f := c.got.scores(); f < c.floor {
			t.Errorf("%s %s F1 %.1f below the floor %.1f", split, c.name, f, c.floor)
		}
	}
}

// The floors lie three to four points under the F1 reached when they were
// set (dev: PER 98.7, ORG 86.3, all 92.7; test: PER 91.7, ORG 80.6, all
// 86.4).
func TestNERDev(t *testing.T) { checkNER(t, "dev", nerFloor{per: 95, org: 82, all: 89}, true) }

// TestNERTest scores the held-out passages; it never lists their errors,
// so that rules are not tuned to them.
func TestNERTest(t *testing.T) { checkNER(t, "test", nerFloor{per: 88, org: 76, all: 82}, false) }

func TestParseNER(t *testing.T) {
	d, err := parseNER("x", "Der [ORG FC Bayern] und [PER Müller]s Tor.")
	if err != nil {
		t.Fatal(err)
	}
	if d.text != "Der FC Bayern und Müllers Tor." {
		t.Errorf("text %q", d.text)
	}
	want := []nerSpan{{4, 13, model.Organization}, {18, 25, model.Person}}
	if !slices.Equal(d.gold, want) {
		t.Errorf("gold %v, want %v", d.gold, want)
	}
	for _, bad := range []string{"[PER a [ORG b]]", "[PER a", "a ] b", "[PER ]", "[XYZ a]"} {
		if _, err := parseNER("bad", bad); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}
