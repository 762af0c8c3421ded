package actors

import (
	"fmt"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"
	"unicode/utf8"

	"chronik/corpus/corpusgen"
	"chronik/corpus/defaultcorpus"
	"chronik/corpus/ingest"
	"chronik/corpus/text"
	"chronik/model"
)

// rawCorpus returns the default corpus as test articles: one block per
// line, without the header line.
func rawCorpus(tb testing.TB) []*model.Article {
	tb.Helper()
	fsys := defaultcorpus.FS()
	names, err := fs.Glob(fsys, "*.txt")
	if err != nil || len(names) == 0 {
		tb.Fatalf("default corpus: %v", err)
	}
	var arts []*model.Article
	for _, n := range names {
		b, err := fs.ReadFile(fsys, n)
		if err != nil {
			tb.Fatal(err)
		}
		text := strings.TrimPrefix(string(b), " date 2024-12 ")
		arts = append(arts, article(strings.Split(text, "\n")...))
	}
	return arts
}

// BenchmarkFind measures recognition alone on the default corpus, in bytes
// of article text per second (go test -bench Find -benchmem ./corpus/actors/).
// The rules alone and the rules with the entity tagger, in one run.
func BenchmarkFind(b *testing.B) {
	arts := rawCorpus(b)
	size := 0
	for _, a := range arts {
		size += len(a.Text)
	}
	for _, c := range []struct {
		name string
		r    *Recognizer
	}{{"rules", NewRuleRecognizer()}, {"rules+tagger", NewRecognizer()}} {
		b.Run(c.name, func(b *testing.B) {
			c.r.Find(arts[0]) // load the weights outside the timing
			b.SetBytes(int64(size))
			b.ReportAllocs()
			for b.Loop() {
				for _, a := range arts {
					c.r.Find(a)
				}
			}
		})
	}
}

// generatedArticles loads n generated articles as the pipeline does, with
// their text layers and sentences, and returns their size in bytes.
func generatedArticles(tb testing.TB, n int) ([]*model.Article, []*text.Doc, int64) {
	tb.Helper()
	fsys := fstest.MapFS{}
	var size int64
	for _, f := range corpusgen.Generate(n, 1) {
		fsys[f.Name] = &fstest.MapFile{Data: f.Data, Mode: 0o644}
		size += int64(len(f.Data))
	}
	arts, errs := ingest.LoadFS(fsys)
	if len(errs) > 0 {
		tb.Fatal(errs)
	}
	docs := make([]*text.Doc, len(arts))
	for i, a := range arts {
		docs[i] = text.ForArticle(a)
		a.Sentences = docs[i].ArticleSentences()
	}
	return arts, docs, size
}

// BenchmarkFindGenerated measures the actor stage of the pipeline on
// 1,000 generated articles, one core: the rules alone, the rules with the
// entity tagger (what the pipeline runs), and Resolve on the mentions the
// latter found. The difference of the first two is the tagger and the
// joining of its spans with the rules' mentions.
//
//	go test ./corpus/actors -run '^$' -bench FindGenerated -benchtime 3x -cpu 1
func BenchmarkFindGenerated(b *testing.B) {
	arts, docs, size := generatedArticles(b, 1000)
	found := make([][]Mention, len(arts))
	// The test binary's recogniser (rec) decodes the tagger's weights in
	// the background: that must not run during the timed loops.
	entityTagger()
	for _, c := range []struct {
		name string
		r    *Recognizer
	}{{"rules", rules}, {"rules+tagger", rec}} {
		b.Run(c.name, func(b *testing.B) {
			r := c.r
			b.SetBytes(size)
			b.ReportAllocs()
			for b.Loop() {
				for i, a := range arts {
					found[i] = r.FindIn(a, docs[i])
				}
			}
		})
	}
	b.Run("resolve", func(b *testing.B) {
		if found[0] == nil { // run alone: the mentions the pipeline resolves
			for i, a := range arts {
				found[i] = rec.FindIn(a, docs[i])
			}
		}
		b.SetBytes(size)
		b.ReportAllocs()
		for b.Loop() {
			Resolve(arts, docs, found)
		}
	})
}

// BenchmarkLoadLexicon measures what the first NewRecognizer of a process
// pays to read the embedded data.
func BenchmarkLoadLexicon(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		readLexicon()
	}
}

// BenchmarkResolve merges synthetic corpora of 10k and 100k mentions
// (people with full and bare names, organisations with spelling variants,
// role mentions): the time per mention must stay flat, as resolution
// indexes by key and never compares all pairs.
func BenchmarkResolve(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		b.Run(fmt.Sprintf("mentions=%d", n), func(b *testing.B) {
			arts, found := syntheticMentions(n)
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				Resolve(arts, layers(arts), found)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/mention")
		})
	}
}

// syntheticMentions makes articles of 50 mentions each over a pool of
// n/20 people and n/50 organisations, so the number of distinct actors
// grows with the corpus as it does in real news.
func syntheticMentions(n int) ([]*model.Article, [][]Mention) {
	const perArticle = 50
	people, orgs := n/20, n/50
	var arts []*model.Article
	var found [][]Mention
	for k := 0; k < n; k += perArticle {
		var sb strings.Builder
		var ms []Mention
		for j := 0; j < perArticle; j++ {
			x := (k*7 + j*13) % (people + orgs)
			var m Mention
			switch {
			case x < people && j%3 == 0:
				m = Mention{Kind: model.Person, Name: fmt.Sprintf("Vorname%d Nachname%d", x, x)}
			case x < people:
				m = Mention{Kind: model.Person, Name: fmt.Sprintf("Nachname%d", x)}
			case j%7 == 0:
				m = Mention{Kind: model.Organization, Name: fmt.Sprintf("Firmaxx%d", x)}
			default:
				m = Mention{Kind: model.Organization, Name: fmt.Sprintf("Firmax%d", x)}
			}
			if j%11 == 0 {
				m.Implicit, m.Role = true, fmt.Sprintf("Firmax%d-Chef", x)
			}
			m.Start = sb.Len()
			sb.WriteString(m.Name)
			m.End = sb.Len()
			sb.WriteString(". ")
			ms = append(ms, m)
		}
		arts = append(arts, &model.Article{Text: sb.String()})
		found = append(found, ms)
	}
	return arts, found
}

// FuzzFind checks that recognition survives any text: no panic, mentions
// in order, on rune boundaries, with valid kinds; and Resolve gives valid
// indices (go test -fuzz FuzzFind ./corpus/actors/).
func FuzzFind(f *testing.F) {
	for _, a := range rawCorpus(f) {
		for _, line := range strings.Split(a.Text, "\n") {
			f.Add(line)
		}
	}
	for _, s := range []string{"", "Er", "die beiden", "Bezos‘", "Trump-", "-Trump", "Mark J.", "Foto: | Al", "Sofbank-CEO", "Space X", "\xff\xfe Elon Musk", "A-B-C-D", "von der", "Ü Ä Ö", "Open AI Inc.", "der Tesla-Chef"} {
		f.Add(s)
	}
	r := NewRecognizer()
	f.Fuzz(func(t *testing.T, text string) {
		// Article texts are valid UTF-8 (ingest rejects other files); on
		// anything else Find must only not panic.
		r.Find(&model.Article{Text: text, Blocks: []model.Block{{Kind: model.BlockCaption, Start: 0, End: len(text)}}})
		text = strings.ToValidUTF8(text, "\uFFFD")
		lines := strings.Split(text, "\n")
		for i := range lines {
			if i%3 == 2 {
				lines[i] = "credit: " + lines[i]
			}
		}
		a := article(lines...)
		ms := r.Find(a)
		for i, m := range ms {
			if m.Start < 0 || m.End > len(a.Text) || m.Start >= m.End {
				t.Fatalf("mention %+v out of range (len %d)", m, len(a.Text))
			}
			if !utf8.RuneStart(a.Text[m.Start]) || m.End < len(a.Text) && !utf8.RuneStart(a.Text[m.End]) {
				t.Fatalf("mention %+v not on rune boundaries in %q", m, a.Text)
			}
			if m.Kind != model.Person && m.Kind != model.Organization {
				t.Fatalf("mention %+v: kind %q", m, m.Kind)
			}
			if i > 0 && (ms[i-1].Start > m.Start || ms[i-1].Start == m.Start && ms[i-1].End > m.End) {
				t.Fatalf("mentions out of order: %+v, %+v", ms[i-1], m)
			}
		}
		actors := resolveInto([]*model.Article{a}, [][]Mention{ms})
		for _, m := range a.Actors {
			if m.Actor < 0 || m.Actor >= len(actors) || m.Start < 0 || m.End > len(a.Text) {
				t.Fatalf("actor mention %+v invalid (%d actors)", m, len(actors))
			}
		}
	})
}
