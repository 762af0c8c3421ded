package actors

import (
	"io/fs"
	"slices"
	"strings"
	"testing"

	"chronik/corpus/defaultcorpus"
	"chronik/corpus/sentence"
	"chronik/model"
)

// defaultCorpus reads the embedded default corpus, finds the actors and
// resolves them. Its layout is a stand-in for corpus/ingest's, kept here
// so that this package's tests need no other stage: one block per line;
// photo credits ("Foto: …", "Rubriklistenbild: …") and embedded posts are
// metadata, and a caption line is split at its "Foto:" into the caption
// and its credit, as the layout stage does.
func defaultCorpus(t testing.TB) ([]*model.Article, [][]Mention, []model.Actor) {
	t.Helper()
	fsys := defaultcorpus.FS()
	names, err := fs.Glob(fsys, "*.txt")
	if err != nil || len(names) != 5 {
		t.Fatalf("default corpus: %v, %d files", err, len(names))
	}
	var arts []*model.Article
	for _, n := range names {
		b, err := fs.ReadFile(fsys, n)
		if err != nil {
			t.Fatal(err)
		}
		text := strings.TrimPrefix(string(b), " date 2024-12 ")
		a := &model.Article{ID: strings.TrimSuffix(n, ".txt"), Text: text}
		off := 0
		for _, line := range strings.Split(text, "\n") {
			add := func(kind model.BlockKind, start, end int) {
				if end > start {
					a.Blocks = append(a.Blocks, model.Block{Kind: kind, Start: start, End: end})
				}
			}
			switch foto := strings.Index(line, " Foto: "); {
			case strings.HasPrefix(line, "Rubriklistenbild:"), strings.HasPrefix(line, "Foto:"):
				add(model.BlockCredit, off, off+len(line))
			case strings.Contains(line, "pic.twitter.com"), strings.HasPrefix(line, "— "):
				add(model.BlockEmbed, off, off+len(line))
			case strings.HasPrefix(line, "Von ") && len(line) < 40:
				add(model.BlockByline, off, off+len(line))
			case foto > 0:
				add(model.BlockCaption, off, off+foto)
				add(model.BlockCredit, off+foto+1, off+len(line))
			default:
				add(model.BlockParagraph, off, off+len(line))
			}
			off += len(line) + 1
		}
		sentence.Split(a)
		arts = append(arts, a)
	}
	found := make([][]Mention, len(arts))
	for i, a := range arts {
		found[i] = rec.Find(a)
	}
	return arts, found, resolveInto(arts, found)
}

func TestDefaultCorpus(t *testing.T) {
	arts, found, actors := defaultCorpus(t)
	byName := map[string]model.Actor{}
	for _, a := range actors {
		byName[a.Name] = a
	}
	lookup := func(name string) (model.Actor, bool) {
		if a, ok := byName[name]; ok {
			return a, true
		}
		for _, a := range actors {
			if slices.Contains(a.Aliases, name) {
				return a, true
			}
		}
		return model.Actor{}, false
	}
	for _, p := range []string{"Susan Walsh", "Julia Demaree Nikhinson", "Al Drago", "Alexandra Buxbaum", "Evan Agostini", "Aaron Chown", "Christophe Petit-Tesson"} {
		if a, ok := lookup(p); ok {
			t.Errorf("photographer %q is actor %+v", p, a)
		}
	}
	trump, ok := byName["Donald Trump"]
	if !ok {
		t.Fatal("no actor Donald Trump")
	}
	for _, alias := range []string{"Trump", "Trumps"} {
		if !slices.Contains(trump.Aliases, alias) {
			t.Errorf("Donald Trump lacks alias %q: %q", alias, trump.Aliases)
		}
	}
	for _, p := range []string{"Elon Musk", "Mark Zuckerberg", "Jeff Bezos", "Sam Altman", "Stephen Miller", "Nick Clegg", "Masayoshi Son", "Larry Ellison", "Karoline Leavitt", "Steve Bannon"} {
		if a, ok := byName[p]; !ok || a.Kind != model.Person {
			t.Errorf("%s: %+v, %v; want a person", p, a, ok)
		}
	}
	for _, o := range []string{"Meta", "OpenAI", "Softbank", "Oracle", "Amazon", "SpaceX", "Microsoft", "Fox News", "BBC"} {
		if a, ok := byName[o]; !ok || a.Kind != model.Organization {
			t.Errorf("%s: %+v, %v; want an organisation", o, a, ok)
		}
	}
	if a, ok := byName["Softbank"]; ok && !slices.Contains(a.Aliases, "Softbank Group") {
		t.Errorf("Softbank aliases = %q", a.Aliases)
	}
	if a, ok := byName["SpaceX"]; ok && !slices.Contains(a.Aliases, "Space X") {
		t.Errorf("SpaceX aliases = %q", a.Aliases)
	}
	if _, ok := byName["Sofbank"]; ok {
		t.Error("Sofbank is an actor of its own")
	}
	for _, n := range []string{"Trump", "Florida", "Mar-a-Lago", "Palm Beach", "Washington", "New York", "Dezember", "KI", "US", "USA", "CEO", "MMA"} {
		for _, a := range actors {
			if a.Name == n && a.Kind == model.Organization || a.Name == n && n != "Trump" {
				t.Errorf("%q is an actor: %+v", n, a)
			}
		}
	}

	// Every mention in an article points to the actor its text names.
	id := func(i int) string { return actors[i].Name }
	checkAt := func(art *model.Article, text, want string, implicit bool) {
		t.Helper()
		for _, m := range art.Actors {
			if art.Text[m.Start:m.End] == text && m.Implicit == implicit && id(m.Actor) == want {
				return
			}
		}
		t.Errorf("%s: no mention %q → %s (implicit %v)", art.ID, text, want, implicit)
	}
	a004 := arts[4]
	checkAt(a004, "Tesla-Chef", "Elon Musk", true)
	checkAt(a004, "Trump", "Donald Trump", false)
	for _, m := range a004.Actors {
		if strings.HasPrefix(a004.Text[m.Start:], "Trump-Sprecherin") && id(m.Actor) != "Donald Trump" {
			t.Errorf("Trump-Sprecherin → %s", id(m.Actor))
		}
	}
	checkAt(arts[1], "Meta-Chef", "Mark Zuckerberg", true)
	checkAt(arts[0], "die beiden", "Elon Musk", true)
	checkAt(arts[0], "die beiden", "Mark Zuckerberg", true)
	checkAt(arts[0], "Bezos", "Jeff Bezos", false)

	// Raw Find output for annotate keeps the photographers, as persons.
	var credits []string
	for _, m := range found[4] {
		if m.Meta && m.Kind == model.Person && m.Entity() {
			credits = append(credits, m.Name)
		}
	}
	for _, p := range []string{"Susan Walsh", "Julia Demaree Nikhinson", "Al Drago", "Alexandra Buxbaum"} {
		if !slices.Contains(credits, p) {
			t.Errorf("Find misses photographer %q in 004's credits: %q", p, credits)
		}
	}
	for _, m := range found[4] {
		if m.Kind == model.Organization && arts[4].Text[m.Start:m.End] == "Sofbank" && m.Name != "Softbank" {
			t.Errorf("Sofbank named %q", m.Name)
		}
	}
}
