package corpus

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"chronik/corpus/events"
	"chronik/corpus/ingest"
	"chronik/corpus/text"
	"chronik/model"
)

var update = flag.Bool("update", false, "rewrite testdata/events.golden.json")

// defaultTimeline builds the default corpus once for all tests.
var defaultTimeline = sync.OnceValues(LoadDefault)

func loadDefault(t *testing.T) *model.Timeline {
	t.Helper()
	tl, errs := defaultTimeline()
	if len(errs) > 0 {
		t.Fatalf("default corpus: %v", errs)
	}
	return tl
}

func day(y int, m time.Month, d int) model.Day { return model.NewDay(y, m, d) }

// buildText builds the timeline of one article, its file's bytes.
func buildText(t *testing.T, data string) *model.Timeline {
	t.Helper()
	a, err := ingest.Parse("a", "a.txt", []byte(data))
	if err != nil {
		t.Fatal(err)
	}
	return Build([]*model.Article{a})
}

func actor(t *testing.T, tl *model.Timeline, name string) int {
	t.Helper()
	a, ok := tl.LookupActor(name)
	if !ok {
		t.Fatalf("no actor %q", name)
	}
	return a
}

// articleIDs returns the short ids ("000") of the articles an event's
// mentions come from.
func articleIDs(tl *model.Timeline, e *model.Event) []string {
	var out []string
	for _, m := range e.Mentions {
		id := tl.Articles[m.Article].ID[:3]
		if !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	slices.Sort(out)
	return out
}

func hasActors(e *model.Event, actors ...int) bool {
	for _, a := range actors {
		if !slices.Contains(e.Actors, a) {
			return false
		}
	}
	return true
}

func mentionsText(tl *model.Timeline, e *model.Event, s string) bool {
	for _, m := range e.Mentions {
		if strings.Contains(tl.Articles[m.Article].Text[m.Start:m.End], s) {
			return true
		}
	}
	return false
}

// find returns the events of a kind with all the given actors.
func find(tl *model.Timeline, kind string, actors ...int) []*model.Event {
	var out []*model.Event
	for i := range tl.Events {
		if e := &tl.Events[i]; e.Kind == kind && hasActors(e, actors...) {
			out = append(out, e)
		}
	}
	return out
}

func describe(tl *model.Timeline, es []*model.Event) string {
	var b strings.Builder
	for _, e := range es {
		b.WriteString("\n  " + e.Date.String() + " " + e.Title + " " + strings.Join(articleIDs(tl, e), ","))
	}
	return b.String()
}

func TestDefaultCorpusActors(t *testing.T) {
	tl := loadDefault(t)
	trump := actor(t, tl, "Donald Trump")
	for _, name := range []string{"Trump", "Trumps"} {
		if a := actor(t, tl, name); a != trump {
			t.Errorf("%q is actor %s, not %s", name, tl.Actors[a].ID, tl.Actors[trump].ID)
		}
	}
	// The photographers of 002's and 004's credits are no actors.
	for _, photographer := range []string{"Evan Agostini", "Aaron Chown", "Christophe Petit-Tesson", "Susan Walsh", "Julia Demaree Nikhinson", "Al Drago", "Alexandra Buxbaum"} {
		if a, ok := tl.LookupActor(photographer); ok {
			t.Errorf("photographer %q is actor %s", photographer, tl.Actors[a].ID)
		}
		for _, a := range tl.Actors {
			if strings.Contains(a.Name, strings.Fields(photographer)[len(strings.Fields(photographer))-1]) {
				t.Errorf("photographer %q is actor %q", photographer, a.Name)
			}
		}
	}
}

func TestDefaultCorpusZuckerbergDinner(t *testing.T) {
	tl := loadDefault(t)
	zuckerberg, trump := actor(t, tl, "Mark Zuckerberg"), actor(t, tl, "Donald Trump")
	var dinners []*model.Event
	for _, e := range find(tl, "meeting", zuckerberg, trump) {
		if mentionsText(tl, e, "Abendessen") {
			dinners = append(dinners, e)
		}
	}
	if len(dinners) != 1 {
		t.Fatalf("want one Zuckerberg–Trump dinner, got %d:%s", len(dinners), describe(tl, dinners))
	}
	e := dinners[0]
	for _, id := range []string{"000", "001", "003"} {
		if !slices.Contains(articleIDs(tl, e), id) {
			t.Errorf("the dinner is not told from article %s: %v", id, articleIDs(tl, e))
		}
	}
	if !e.Date.Contains(day(2024, time.November, 27)) || e.Date.Days() > 35 {
		t.Errorf("dinner dated %v (%d days): want at most about a month holding 2024-11-27", e.Date, e.Date.Days())
	}
	if mentionsText(tl, e, "18. Dezember") {
		t.Error("the Bezos–Musk dinner of 18 December merged into Zuckerberg's")
	}
	if !strings.HasPrefix(e.Title, "Abendessen von ") || !strings.HasSuffix(e.Title, " in Mar-a-Lago") || !strings.Contains(e.Title, "Zuckerberg") {
		t.Errorf("title %q", e.Title)
	}
}

func TestDefaultCorpusBezosMuskDinner(t *testing.T) {
	tl := loadDefault(t)
	bezos, musk, trump := actor(t, tl, "Jeff Bezos"), actor(t, tl, "Elon Musk"), actor(t, tl, "Donald Trump")
	es := find(tl, "meeting", bezos, musk, trump)
	if len(es) != 1 {
		t.Fatalf("want one Bezos–Musk–Trump dinner, got %d:%s", len(es), describe(tl, es))
	}
	e := es[0]
	if e.Date != model.DayInterval(day(2024, time.December, 18)) {
		t.Errorf("dated %v, want 2024-12-18", e.Date)
	}
	if slices.Contains(e.Actors, actor(t, tl, "Mark Zuckerberg")) {
		t.Error("Zuckerberg is an actor of the Bezos–Musk dinner")
	}
	if !mentionsText(tl, e, "18. Dezember") {
		t.Error("the dinner lacks its dated sentence")
	}
	// Told in a head, on a day other sentences name: among the corpus's
	// most salient events.
	above := 0
	for _, o := range tl.Events {
		if o.Salience > e.Salience {
			above++
		}
	}
	if above > 2 {
		t.Errorf("the dinner's salience %v is below %d other events'", e.Salience, above)
	}
}

func TestDefaultCorpusPosts(t *testing.T) {
	tl := loadDefault(t)
	trump, zuckerberg := actor(t, tl, "Donald Trump"), actor(t, tl, "Mark Zuckerberg")
	var friend, threads []*model.Event
	for _, e := range find(tl, "post", trump) {
		if mentionsText(tl, e, "Jeder will mein Freund sein") {
			friend = append(friend, e)
		}
	}
	if len(friend) != 1 || friend[0].Date != model.DayInterval(day(2024, time.December, 19)) || friend[0].Actors[0] != trump {
		t.Errorf("Trump's „Jeder will mein Freund sein!“ post: want one on 2024-12-19 by Trump, got%s", describe(tl, friend))
	}
	for _, e := range find(tl, "post", zuckerberg) {
		if strings.Contains(e.Title, "Threads") {
			threads = append(threads, e)
		}
	}
	if len(threads) != 1 || threads[0].Date != model.DayInterval(day(2024, time.November, 6)) {
		t.Errorf("Zuckerberg's Threads post: want one on 2024-11-06, got%s", describe(tl, threads))
	}
}

func TestDefaultCorpusStargate(t *testing.T) {
	tl := loadDefault(t)
	openai, softbank, oracle := actor(t, tl, "OpenAI"), actor(t, tl, "Softbank"), actor(t, tl, "Oracle")
	es := find(tl, "announcement", openai, softbank, oracle)
	if len(es) != 1 {
		t.Fatalf("want one announcement by OpenAI, Softbank and Oracle, got%s", describe(tl, es))
	}
	tuesday := day(2025, time.January, 21)
	if es[0].Date != model.DayInterval(tuesday) || tuesday.Weekday() != time.Tuesday {
		t.Errorf("Stargate announced %v, want Tuesday 2025-01-21", es[0].Date)
	}
	if es[0].Title != "OpenAI, Softbank und Oracle kündigen „Stargate“ an" {
		t.Errorf("title %q", es[0].Title)
	}
	for _, a := range []int{openai, softbank, oracle} {
		if r := es[0].RoleOf(a); r != model.RoleAgent {
			t.Errorf("%s is %q of the announcement, want agent", tl.Actors[a].Name, r)
		}
	}

	// Musk's attack on it, in the same week.
	musk := actor(t, tl, "Elon Musk")
	var attacks []*model.Event
	for _, e := range find(tl, "criticism", musk) {
		if e.Actors[0] == musk && strings.Contains(e.Title, "Stargate") {
			attacks = append(attacks, e)
		}
	}
	if len(attacks) != 1 {
		t.Fatalf("want one criticism of Stargate by Musk, got%s", describe(tl, attacks))
	}
	week := model.Interval{Start: day(2025, time.January, 20), End: day(2025, time.January, 26)}
	if d := attacks[0].Date; !week.Contains(d.Start) || d.Days() > 8 {
		t.Errorf("Musk's attack dated %v: want it to start in the week of the announcement, %v", d, week)
	}
}

func TestDefaultCorpusBan(t *testing.T) {
	tl := loadDefault(t)
	capitol := day(2021, time.January, 6)
	var bans []*model.Event
	for _, e := range find(tl, "ban", actor(t, tl, "Mark Zuckerberg")) {
		if e.Date.Valid() && e.Date.Start >= capitol && e.Date.End <= day(2021, time.March, 31) {
			bans = append(bans, e)
		}
	}
	if len(bans) == 0 {
		t.Errorf("no ban by Zuckerberg dated after 6 January 2021; bans:%s", describe(tl, find(tl, "ban")))
	}
	agent := false
	for _, e := range bans {
		agent = agent || e.RoleOf(actor(t, tl, "Mark Zuckerberg")) == model.RoleAgent
	}
	if !agent {
		t.Errorf("Zuckerberg bans no one after 6 January 2021:%s", describe(tl, bans))
	}
	// One happening, one row: four articles tell the ban, with Facebook
	// or Zuckerberg as who did it, dated or told as background ("einst").
	trump := actor(t, tl, "Donald Trump")
	if all := find(tl, "ban", trump); len(all) != 1 || all[0].RoleOf(trump) != model.RolePatient {
		t.Errorf("want the ban of Trump as one row with Trump its patient, got%s", describe(tl, all))
	}
}

func TestDefaultCorpusInvariants(t *testing.T) {
	tl := loadDefault(t)
	checkInvariants(t, tl)
	if len(tl.Events) < 15 {
		t.Errorf("only %d events", len(tl.Events))
	}
}

// checkInvariants holds for every timeline Build makes.
func checkInvariants(t testing.TB, tl *model.Timeline) {
	t.Helper()
	for _, f := range tl.Faults {
		t.Errorf("article %d: the %s stage failed: %s", f.Article, f.Stage, f.Reason) // a bug Build kept to its article
	}
	ids := map[string]bool{}
	for i := range tl.Events {
		e := &tl.Events[i]
		if e.ID == "" || ids[e.ID] {
			t.Errorf("event %d: id %q empty or taken", i, e.ID)
		}
		ids[e.ID] = true
		// An event without actors is a happening told with its place
		// ("Streik in Köln"), which its title names, or one its own
		// sentence dates ("Am 3. Mai fand die Abstimmung statt").
		if e.Title == "" || e.Kind == "" || len(e.Mentions) == 0 || len(e.Actors) == 0 && !strings.Contains(e.Title, " ") && !e.Date.Valid() {
			t.Errorf("event %q: title %q kind %q, %d mentions, %d actors", e.ID, e.Title, e.Kind, len(e.Mentions), len(e.Actors))
		}
		if i > 0 && tl.Events[i-1].Date.Compare(e.Date) > 0 {
			t.Errorf("event %q out of time order", e.ID)
		}
		if e.Date != (model.Interval{}) && !e.Date.Valid() {
			t.Errorf("event %q: broken date %v", e.ID, e.Date)
		}
		for _, a := range e.Actors {
			if a < 0 || a >= len(tl.Actors) {
				t.Errorf("event %q: actor %d out of range", e.ID, a)
			}
		}
		for _, m := range e.Mentions {
			if m.Article < 0 || m.Article >= len(tl.Articles) {
				t.Fatalf("event %q: article %d out of range", e.ID, m.Article)
			}
			a := tl.Articles[m.Article]
			if m.Start < 0 || m.Start >= m.End || m.End > len(a.Text) {
				t.Errorf("event %q: mention %d..%d outside the text", e.ID, m.Start, m.End)
				continue
			}
			if m.Sentence < 0 || m.Sentence >= len(a.Sentences) || a.Sentences[m.Sentence].Start != m.Start {
				t.Errorf("event %q: mention is not sentence %d", e.ID, m.Sentence)
				continue
			}
			if b := a.Sentences[m.Sentence].Block; a.Blocks[b].Kind.IsMeta() {
				t.Errorf("event %q: told by metadata %q", e.ID, a.Text[m.Start:m.End])
			}
			if e.Date.Valid() && m.Date.Valid() && !e.Date.Overlaps(m.Date) && !nearby(e.Date, m.Date) {
				t.Errorf("event %q dated %v, but its mention %v", e.ID, e.Date, m.Date)
			}
		}
	}
}

// nearby allows the outlier rule of merging: a mention up to a few days
// off (the rule's gap, with a day to spare), on either side.
func nearby(a, b model.Interval) bool {
	return model.Interval{Start: a.Start.AddDays(-3), End: a.End.AddDays(3)}.Overlaps(b)
}

func TestGolden(t *testing.T) {
	tl := loadDefault(t)
	var buf bytes.Buffer
	if err := tl.WriteJSON(&buf, nil); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join("testdata", "events.golden.json")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./corpus -run Golden -update)", err)
	}
	if !bytes.Equal(buf.Bytes(), want) {
		t.Errorf("chronik events --json differs from %s; if the change is intended, run go test ./corpus -run Golden -update and review the diff", path)
	}
}

func TestLoadReportsBadFiles(t *testing.T) {
	dir := t.TempDir()
	good := "date: 2024-12-18\n\nAm Mittwoch trafen sich Jeff Bezos und Donald Trump in Florida.\n"
	if err := os.WriteFile(filepath.Join(dir, "good.txt"), []byte(good), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "bad.txt"), []byte{0, 1, 2, 0xff}, 0o644); err != nil {
		t.Fatal(err)
	}
	tl, errs := Load([]string{dir})
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), "bad.txt") {
		t.Errorf("errors %v, want one naming bad.txt", errs)
	}
	if len(tl.Articles) != 1 || len(tl.Events) != 1 {
		t.Fatalf("%d articles, %d events; want 1, 1", len(tl.Articles), len(tl.Events))
	}
	if e := tl.Events[0]; e.Date != model.DayInterval(day(2024, time.December, 18)) || e.Kind != "meeting" {
		t.Errorf("event %+v", e)
	}
	checkInvariants(t, tl)
}

func TestBuildEmpty(t *testing.T) {
	tl := Build(nil)
	if len(tl.Events) != 0 || len(tl.Actors) != 0 {
		t.Errorf("empty corpus: %+v", tl)
	}
}

// Building the same corpus again in one process gives the same timeline,
// byte for byte: nothing an article's run leaves in a reused buffer may
// show in another's result. (A title once read "Vorwurf s „Save
// America“" on a second build, its preposition a view of a buffer the
// next article had overwritten.)
func TestBuildIsRepeatable(t *testing.T) {
	var first []byte
	for run := range 20 {
		tl, errs := LoadDefault()
		if len(errs) > 0 {
			t.Fatal(errs)
		}
		var b bytes.Buffer
		if err := tl.WriteJSON(&b, nil); err != nil {
			t.Fatal(err)
		}
		if first == nil {
			first = b.Bytes()
			continue
		}
		if !bytes.Equal(first, b.Bytes()) {
			got := b.Bytes()
			k := 0
			for k < len(first) && k < len(got) && first[k] == got[k] {
				k++
			}
			t.Fatalf("build %d differs from the first at byte %d: %q … vs %q …", run+1, k,
				first[k:min(len(first), k+80)], got[k:min(len(got), k+80)])
		}
	}
}

// A stage that fails on one article costs that article its events, as a
// fault of the timeline, not the others their timeline.
func TestFaultKeepsOthers(t *testing.T) {
	defer func(f func(int, *model.Article, *text.Doc, []model.Actor) []events.Mention) { extract = f }(extract)
	real := extract
	extract = func(i int, a *model.Article, d *text.Doc, table []model.Actor) []events.Mention {
		if i == 1 {
			panic("made to fail")
		}
		return real(i, a, d, table)
	}
	var articles []*model.Article
	for _, text := range []string{
		"date: 2025-11-18\n\nMeldung\n\nWien – Die Polizei hat am Montag zwei Verdächtige festgenommen.",
		"date: 2025-11-18\n\nMeldung\n\nLinz – Der Gemeinderat hat am Montag das Budget beschlossen.",
	} {
		a, err := ingest.Parse(fmt.Sprint(len(articles)), fmt.Sprintf("%d.txt", len(articles)), []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		articles = append(articles, a)
	}
	tl := Build(articles)
	if len(tl.Faults) != 1 || tl.Faults[0].Article != 1 || tl.Faults[0].Stage != "events" || !strings.Contains(tl.Faults[0].Reason, "made to fail") {
		t.Fatalf("faults %+v, want the second article's event stage", tl.Faults)
	}
	if len(tl.Events) != 1 || tl.Events[0].Mentions[0].Article != 0 {
		t.Errorf("events %v, want the first article's arrest", tl.Events)
	}
}
