package ingest_test

import (
	"io/fs"
	"strings"
	"testing"
	"unicode/utf8"

	"chronik/corpus/defaultcorpus"
	"chronik/corpus/ingest"
	"chronik/model"
)

func loadDefault(t testing.TB) map[string]*model.Article {
	t.Helper()
	arts, errs := ingest.LoadFS(defaultcorpus.FS())
	if len(errs) > 0 {
		t.Fatalf("loading the default corpus: %v", errs)
	}
	if len(arts) != 5 {
		t.Fatalf("loaded %d articles, want 5", len(arts))
	}
	byNum := map[string]*model.Article{}
	for _, a := range arts {
		byNum[a.ID[:3]] = a
	}
	return byNum
}

// blocksOf returns the texts of the article's blocks of one kind.
func blocksOf(a *model.Article, kind model.BlockKind) []string {
	var out []string
	for _, b := range a.Blocks {
		if b.Kind == kind {
			out = append(out, a.Text[b.Start:b.End])
		}
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestDefaultCorpusDates(t *testing.T) {
	arts := loadDefault(t)
	for _, n := range []string{"000", "001", "003"} {
		a := arts[n]
		if a.Date.Source != model.DateFromHeader || a.Date.Interval.String() != "2024-12-01..2024-12-31" || a.Date.Reason != `header "date 2024-12"` {
			t.Errorf("%s: date %v from %s (%s), want December 2024 from its header", n, a.Date.Interval, a.Date.Source, a.Date.Reason)
		}
		if strings.Contains(a.Text, "date 2024-12") {
			t.Errorf("%s: header left in the text", n)
		}
	}
	if !strings.HasPrefix(arts["000"].Text, "Zumindest derzeit weicht Elon Musk") {
		t.Errorf("000: text starts %.40q", arts["000"].Text)
	}
	for _, n := range []string{"002", "004"} {
		if a := arts[n]; a.Date.Source != model.DateUnknown || a.Date.Interval.Valid() {
			t.Errorf("%s: date %v from %s, want unknown (no header)", n, a.Date.Interval, a.Date.Source)
		}
	}
}

func TestDefaultCorpusLayout(t *testing.T) {
	arts := loadDefault(t)

	a := arts["004"]
	if a.Title != "Zwischen Trump und Musk tun sich erste Risse auf" {
		t.Errorf("004 title = %q", a.Title)
	}
	if k := blocksOf(a, model.BlockKicker); len(k) != 1 || k[0] != `Nach "Stargate"-Ankündigung` {
		t.Errorf("004 kickers = %q", k)
	}
	if by := blocksOf(a, model.BlockByline); !contains(by, "Von Alex Wehnert, New York") || !contains(by, "xaw New York") {
		t.Errorf("004 bylines = %q", by)
	}
	if a.Source != "Alex Wehnert, New York" {
		t.Errorf("004 source = %q", a.Source)
	}
	credits := blocksOf(a, model.BlockCredit)
	if len(credits) != 4 {
		t.Errorf("004 credits = %q, want the 4 photo credits", credits)
	}
	for _, c := range credits {
		if !strings.HasPrefix(c, "Foto: picture alliance") {
			t.Errorf("004 credit %q", c)
		}
	}
	if c := blocksOf(a, model.BlockCaption); len(c) != 4 || !contains(c, "Will neue Perspektiven auf Trump gewonnen haben: OpenAI-Chef Sam Altman.") {
		t.Errorf("004 captions = %q", c)
	}
	for _, m := range a.Meta {
		if !m.Kind.IsMeta() {
			t.Errorf("004 Meta holds a %s block", m.Kind)
		}
	}
	if len(a.Meta) != 10 { // 4 captions, 4 credits, 2 bylines
		t.Errorf("004 has %d metadata blocks, want 10", len(a.Meta))
	}

	a = arts["002"]
	// The quote above the headline is a kicker (a Dachzeile); the
	// headline proper is the longer line that names who and where.
	if a.Title != "Milliardäre schmieden Allianz in Mar-a-Lago: Jeff Bezos trifft Donald Trump und Elon Musk" {
		t.Errorf("002 title = %q", a.Title)
	}
	if k := blocksOf(a, model.BlockKicker); len(k) != 1 || k[0] != "„Jeder will mein Freund sein!“" {
		t.Errorf("002 kickers = %q", k)
	}
	embeds := blocksOf(a, model.BlockEmbed)
	if len(embeds) != 2 || !strings.Contains(embeds[0], "pic.twitter.com/TYyjSg94nN") || !strings.HasPrefix(embeds[1], "— HOT SPOT (@HotSpot__Media)") {
		t.Errorf("002 embeds = %q", embeds)
	}
	if c := blocksOf(a, model.BlockCredit); len(c) != 1 || !strings.HasPrefix(c[0], "Rubriklistenbild: © Foto links") {
		t.Errorf("002 credits = %q", c)
	}
	if by := blocksOf(a, model.BlockByline); len(by) != 1 || by[0] != "(chnnn)" {
		t.Errorf("002 bylines = %q", by)
	}
	if t2 := blocksOf(a, model.BlockTeaser); len(t2) != 1 || !strings.HasPrefix(t2[0], "Ein hochkarätiges Treffen in Florida") {
		t.Errorf("002 teaser = %q", t2)
	}

	a = arts["003"]
	if by := blocksOf(a, model.BlockByline); len(by) != 1 || by[0] != "Redaktion finanzen.ch" {
		t.Errorf("003 bylines = %q", by)
	}
	if a.Source != "finanzen.ch" {
		t.Errorf("003 source = %q", a.Source)
	}
	if a.Title != "Zuckerberg und Trump dinieren zusammen" {
		t.Errorf("003 title = %q (from its bullet teaser)", a.Title)
	}

	for _, n := range []string{"000", "001"} {
		a := arts[n]
		if len(a.Meta) != 0 || blocksOf(a, model.BlockTitle) != nil {
			t.Errorf("%s: unexpected title or metadata: %q %v", n, blocksOf(a, model.BlockTitle), a.Meta)
		}
		if !strings.HasSuffix(a.Title, "…") || utf8.RuneCountInString(a.Title) > 81 {
			t.Errorf("%s: title from the lead = %q, want it shortened", n, a.Title)
		}
	}
	if h := blocksOf(arts["001"], model.BlockHeading); len(h) != 4 || h[2] != "Musk vs. Zuckerberg: Einzug in Regierungskreise" {
		t.Errorf("001 headings = %q", h)
	}
}

func TestDefaultCorpusInvariants(t *testing.T) {
	for _, a := range loadDefault(t) {
		checkArticle(t, a)
	}
}

// checkArticle verifies what every parsed article must satisfy.
func checkArticle(t testing.TB, a *model.Article) {
	t.Helper()
	if !utf8.ValidString(a.Text) {
		t.Fatalf("%s: text is not UTF-8", a.Path)
	}
	for i, r := range a.Text {
		if r < 0x20 && r != '\n' && r != '\t' || r >= 0x7f && r < 0xa0 || r == 0xfeff {
			t.Fatalf("%s: control character %U at %d", a.Path, r, i)
		}
	}
	prev := 0
	for _, b := range a.Blocks {
		if b.Start < prev || b.End <= b.Start || b.End > len(a.Text) {
			t.Fatalf("%s: block %v out of order or range (previous end %d, text %d)", a.Path, b, prev, len(a.Text))
		}
		if !utf8.RuneStart(a.Text[b.Start]) || b.End < len(a.Text) && !utf8.RuneStart(a.Text[b.End]) {
			t.Fatalf("%s: block %v not on a character boundary", a.Path, b)
		}
		if s := a.Text[b.Start:b.End]; strings.TrimSpace(s) != s {
			t.Fatalf("%s: block %v not trimmed: %q", a.Path, b, s)
		}
		prev = b.End
	}
	meta := 0
	for _, b := range a.Blocks {
		if b.Kind.IsMeta() {
			if meta >= len(a.Meta) || a.Meta[meta] != b {
				t.Fatalf("%s: Meta does not list the metadata blocks in order", a.Path)
			}
			meta++
		}
	}
	if meta != len(a.Meta) {
		t.Fatalf("%s: Meta has %d blocks, the layout %d", a.Path, len(a.Meta), meta)
	}
	if strings.ContainsFunc(a.Title+a.Source, func(r rune) bool { return r < 0x20 || r >= 0x7f && r < 0xa0 }) {
		t.Fatalf("%s: control character in title or source", a.Path)
	}
}

func FuzzParse(f *testing.F) {
	files, _ := fs.Glob(defaultcorpus.FS(), "*.txt")
	for _, name := range files {
		data, err := fs.ReadFile(defaultcorpus.FS(), name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	for _, s := range []string{
		"---\ntitle: \"a\\u0007b\"\ndate: 2024-12\n---\n\n# T\n\n• a• b",
		" date 2024-12 \x1b[31m„x!“\r\n— N (@h) May 1, 2020\nFoto: dpa",
		"Von A B\n\nx. Foto: y\n\nz (abc)", "\ufeff\u0085", "date: 2024-02-30", "\n\n\n.", "(@)", "a\n b\n  c",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := ingest.Parse("f", "f.txt", data)
		if err != nil {
			if _, ok := err.(*ingest.FileError); !ok {
				t.Fatalf("error %T is not a *FileError", err)
			}
			return
		}
		checkArticle(t, a)
	})
}

// TestPublicationLineDate: the publication line under a headline dates
// the article, also under a headline the layout reads as a paragraph;
// one deep in the text heads a section, not the article.
func TestPublicationLineDate(t *testing.T) {
	head := "Rat beschließt Haushalt\nStand: 12.03.2024, 14:35 Uhr\n\nWien – Der Rat hat am Montag den Haushalt beschlossen."
	a, err := ingest.Parse("a", "a.txt", []byte(head))
	if d := a.Date; err != nil || d.Interval.Start.String() != "2024-03-12" || d.Interval.End != d.Interval.Start || d.Source != model.DateFromText {
		t.Errorf("%q: %v %v, want 12 March 2024", head, d, err)
	}
	// a first line the layout reads as a paragraph (a sentence with its
	// full stop) is the page's headline all the same
	long := "Ulm – Zwei Schwerverletzte bei Unfall / Ein Lkw prallt am Sonntag bei Ulm gegen einen Bus.\n23.02.2016 – 08:15\nUlm – Bei einem Unfall auf der B 30 sind am Sonntag zwei Menschen schwer verletzt worden."
	if a, err := ingest.Parse("c", "c.txt", []byte(long)); err != nil || a.Date.Interval.Start.String() != "2016-02-23" || a.Date.Interval.End != a.Date.Interval.Start {
		t.Errorf("%q: %v %v, want 23 February 2016", long, a.Date, err)
	}
	// a stamp with its writer's name, as the page's first line
	stamp := "Aktualisiert am 12.03.24, um 14:35 von Anna Berg\nWien – Der Rat hat am Montag den Haushalt beschlossen."
	if a, err := ingest.Parse("d", "d.txt", []byte(stamp)); err != nil || a.Date.Interval.Start.String() != "2024-03-12" || a.Date.Interval.End != a.Date.Interval.Start {
		t.Errorf("%q: %v %v, want 12 March 2024", stamp, a.Date, err)
	}
	deep := "Rat beschließt Haushalt\n\n" + strings.Repeat("Der Rat tagte lange. ", 40) + "\n\n12.03.2024\n\nDer Rat tagte."
	if a, err := ingest.Parse("b", "b.txt", []byte(deep)); err != nil || a.Date.Interval.Valid() {
		t.Errorf("a date line deep in the text dates the article: %v %v", a.Date, err)
	}
}
