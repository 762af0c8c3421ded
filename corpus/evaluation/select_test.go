package evaluation

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// alternating returns n articles of lines 1 to n, the odd ones of
// Inland, the even ones of category even.
func alternating(n int, even string) []GNADArticle {
	var all []GNADArticle
	for i := 1; i <= n; i++ {
		cat := "Inland"
		if i%2 == 0 {
			cat = even
		}
		all = append(all, GNADArticle{Line: i, Category: cat, Text: "x"})
	}
	return all
}

func TestDraw(t *testing.T) {
	all := alternating(50, "Sport")
	sel := Selection{Seed: 1, Categories: []string{"Inland"}, MaxBytes: 10, Splits: []Split{{"dev", 3, Annotated}, {"test", 2, Annotated}}}
	a, b := sel.Draw(all, nil), sel.Draw(all, nil)
	if len(a) != 5 || a[0].Split != "dev" || a[2].Split != "dev" || a[3].Split != "test" || a[4].Split != "test" {
		t.Fatalf("got %+v", a)
	}
	// a split appended later takes the next articles of the same shuffle
	// and leaves the earlier splits as they were
	sel.Splits = append(sel.Splits, Split{"dev2", 2, Annotated})
	c := sel.Draw(all, nil)
	if len(c) != 7 || c[5].Split != "dev2" || c[6].Split != "dev2" {
		t.Fatalf("got %+v", c)
	}
	for i := range a {
		if c[i] != a[i] {
			t.Errorf("draw %d changed when a split was appended: %+v then %+v", i, a[i], c[i])
		}
	}
	seen := map[int]bool{}
	for _, d := range c {
		if seen[d.Line] {
			t.Errorf("line %d drawn twice", d.Line)
		}
		seen[d.Line] = true
	}
	// more articles asked for than there are: the last split is short
	sel.Splits = []Split{{"dev", 20, Annotated}, {"test", 10, Annotated}}
	d := sel.Draw(all, nil)
	if len(d) != 25 || d[24].Split != "test" {
		t.Errorf("short draw: got %d articles, last %+v", len(d), d[len(d)-1])
	}
	if err := sel.Filled(d); err == nil || !strings.Contains(err.Error(), "split test: 5 of 10") {
		t.Errorf("Filled of a short draw: %v, want the short split named", err)
	}
	sel.Splits = []Split{{"dev", 20, Annotated}, {"test", 5, Annotated}}
	if err := sel.Filled(sel.Draw(all, nil)); err != nil {
		t.Errorf("Filled of a full draw: %v", err)
	}
	for i := range a {
		if a[i] != b[i] || a[i].Category != "Inland" {
			t.Errorf("draw %d: %+v then %+v", i, a[i], b[i])
		}
	}
}

// TestDrawUses checks that a Passed split keeps later splits off its
// articles and that a Fresh split passes over the read lines, while the
// splits before them keep their articles.
func TestDrawUses(t *testing.T) {
	var all []GNADArticle
	for i := 1; i <= 30; i++ {
		all = append(all, GNADArticle{Line: i, Category: "Inland", Text: "x"})
	}
	base := []Split{{"dev", 4, Annotated}}
	plain := Selection{Seed: 7, Categories: []string{"Inland"}, MaxBytes: 10, Splits: append(base, Split{"rest", 26, Annotated})}.Draw(all, nil)
	order := func(from, to int) []int { // the lines of the shuffle's positions from..to-1
		var l []int
		for _, d := range plain[from:to] {
			l = append(l, d.Line)
		}
		return l
	}
	for _, c := range []struct {
		name   string
		splits []Split
		read   []int // lines given as read
		want   []int // the lines of the last split
	}{
		{"passed split skips its articles", []Split{{"old", 3, Passed}, {"new", 2, Annotated}}, nil, order(7, 9)},
		{"fresh split passes over read lines", []Split{{"new", 2, Fresh}}, order(4, 6), order(6, 8)},
		{"fresh split skips a read line between its picks", []Split{{"new", 3, Fresh}}, order(5, 6), []int{plain[4].Line, plain[6].Line, plain[7].Line}},
		{"annotated split takes read lines", []Split{{"new", 2, Annotated}}, order(4, 6), order(4, 6)},
		{"read lines before the fresh split change nothing", []Split{{"new", 2, Fresh}}, order(0, 4), order(4, 6)},
		{"passed then fresh", []Split{{"old", 2, Passed}, {"new", 2, Fresh}}, order(6, 7), order(7, 9)},
	} {
		t.Run(c.name, func(t *testing.T) {
			read := map[int]bool{}
			for _, l := range c.read {
				read[l] = true
			}
			sel := Selection{Seed: 7, Categories: []string{"Inland"}, MaxBytes: 10, Splits: append(append([]Split{}, base...), c.splits...)}
			got := map[string][]int{}
			for _, d := range sel.Draw(all, read) {
				got[d.Split] = append(got[d.Split], d.Line)
			}
			if !reflect.DeepEqual(got["dev"], order(0, 4)) {
				t.Errorf("dev changed: %v, want %v", got["dev"], order(0, 4))
			}
			last := c.splits[len(c.splits)-1].Name
			if !reflect.DeepEqual(got[last], c.want) {
				t.Errorf("%s: got %v, want %v", last, got[last], c.want)
			}
		})
	}
}

func TestReadLineSet(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       map[int]bool
		err        bool
	}{
		{"comments and blanks", "# read in a round\n3\n\n 17 \n# more\n5\n", map[int]bool{3: true, 5: true, 17: true}, false},
		{"empty", "", map[int]bool{}, false},
		{"not a number", "3\nfour\n", nil, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), "lines.txt")
			if err := os.WriteFile(p, []byte(c.text), 0o644); err != nil {
				t.Fatal(err)
			}
			got, err := ReadLineSet(p)
			if (err != nil) != c.err {
				t.Fatalf("error %v, want one: %v", err, c.err)
			}
			if !c.err && !reflect.DeepEqual(got, c.want) {
				t.Errorf("got %v, want %v", got, c.want)
			}
		})
	}
}

// TestDrawThen checks that a selection drawn after another takes its
// articles from those the first left, in its own categories, and leaves
// the first one's draw as it was.
func TestDrawThen(t *testing.T) {
	all := alternating(40, "Web")
	first := Selection{Seed: 3, Categories: []string{"Inland"}, MaxBytes: 10, Splits: []Split{{"dev", 18, Annotated}}}
	before := first.Draw(all, nil)
	then := first
	then.Then = &Selection{Seed: 4, Categories: []string{"Inland", "Web"}, MaxBytes: 10, Splits: []Split{{"test5", 5, Fresh}, {"dev8", 5, Fresh}}}
	read := map[int]bool{}
	for _, a := range all {
		if a.Category == "Web" && a.Line <= 10 {
			read[a.Line] = true
		}
	}
	got := then.Draw(all, read)
	if len(got) != 28 || !reflect.DeepEqual(got[:18], before) {
		t.Fatalf("the first draw changed or the second is short: %+v", got)
	}
	taken := map[int]bool{}
	for _, d := range got {
		if taken[d.Line] {
			t.Errorf("line %d drawn twice", d.Line)
		}
		taken[d.Line] = true
	}
	for _, d := range got[18:] {
		if read[d.Line] {
			t.Errorf("fresh split %s took read line %d", d.Split, d.Line)
		}
	}
	if err := then.Filled(got); err != nil {
		t.Errorf("Filled: %v", err)
	}
	if sp, ok := then.Split("dev8"); !ok || sp.Size != 5 {
		t.Errorf("Split(dev8) = %+v, %v", sp, ok)
	}
	if n := len(then.AllSplits()); n != 3 {
		t.Errorf("AllSplits: %d splits, want 3", n)
	}
	then.Then.Splits[1].Size = 20
	if err := then.Filled(then.Draw(all, read)); err == nil || !strings.Contains(err.Error(), "split dev8") {
		t.Errorf("Filled of a short follow-up: %v", err)
	}
}
