package tui

import (
	"fmt"
	"html"
	"math"
	"reflect"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"charm.land/bubbles/v2/key"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"

	"chronik/model"
)

// The tests of what a new reader ran into (issue 11): each failed before
// its fix.

// Two actors who share no event: the timeline is empty and says why, and
// m shows the events of any of them.
func TestFilterWithNoSharedEventIsEmpty(t *testing.T) {
	for _, tt := range []struct {
		name  string
		opts  Options
		steps []string
	}{
		{"option", Options{Actors: []string{"Bezos", "Altman"}}, nil},
		{"space", Options{}, []string{"1 / 'bezos' enter space", "/ 'altman' enter space"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			screen := runScreen(t, 120, 30, tt.opts, tt.steps...)
			if !strings.Contains(screen, "0 of 10 events · Bezos + Altman") {
				t.Errorf("status line:\n%s", screen)
			}
			if strings.Contains(screen, "Abendessen") || !strings.Contains(screen, "No event involves all of them") || !strings.Contains(screen, "m shows the events with any of them") {
				t.Errorf("the timeline should be empty and say why:\n%s", screen)
			}
		})
	}
	screen := runScreen(t, 120, 30, Options{Actors: []string{"Bezos", "Altman"}}, "m")
	for _, want := range []string{"5 of 10 events · Bezos or Altman", "Blue Origin", "Streit um OpenAI"} {
		if !strings.Contains(screen, want) {
			t.Errorf("any of them: no %q in\n%s", want, screen)
		}
	}
}

// esc in the actor pane clears a search confirmed with enter, then the
// filter.
func TestEscClearsActorSearchThenFilter(t *testing.T) {
	screen := runScreen(t, 120, 30, Options{}, "1", "/ 'bez' enter", "esc")
	if !strings.Contains(screen, " 1 Actors 8 ") || strings.Contains(screen, "/bez") {
		t.Errorf("esc left the search:\n%s", screen)
	}
	screen = runScreen(t, 120, 30, Options{}, "1", "/ 'bez' enter space", "esc esc")
	if !strings.Contains(screen, " 1 Actors 8 ") || !strings.Contains(screen, "10 events · 8 actors · 4 articles") {
		t.Errorf("esc esc left the search or the filter:\n%s", screen)
	}
}

// Without colours (NO_COLOR: attributes only; or no terminal at all) the
// article shows no markdown markers: the sentence is bold and underlined,
// or set off by marks.
func TestNoColorShowsNoMarkdown(t *testing.T) {
	m := newSyncModel(t, fixture(), Options{Style: "auto"}, 160, 40, colorprofile.ASCII)
	send(m, keys("2 k k k k enter")...)
	frame := view(m)
	if strings.Contains(frame, "**") || strings.Contains(frame, "*Von") || strings.Contains(frame, "# ") {
		t.Errorf("NO_COLOR: markdown in the article:\n%s", frame)
	}
	if !strings.Contains(frame, "\x1b[1;4mMark Zuckerberg hat am 27. November") {
		t.Errorf("NO_COLOR: the sentence is not bold and underlined:\n%q", frame)
	}
	screen := runScreen(t, 160, 40, Options{}, "2 k k k k enter")
	if strings.Contains(screen, "**") || !strings.Contains(screen, "▶ Mark Zuckerberg hat am 27. November") {
		t.Errorf("no terminal: markdown in the article, or no mark on the sentence:\n%s", screen)
	}
}

// bindingTexts is "key desc" of every binding of the key map.
func bindingTexts() map[string]bool {
	km := DefaultKeyMap()
	out := map[string]bool{}
	v := reflect.ValueOf(km)
	for i := range v.NumField() {
		if b, ok := v.Field(i).Interface().(key.Binding); ok && b.Help().Key != "" {
			out[b.Help().Key+" "+b.Help().Desc] = true
		}
	}
	return out
}

// The help fits every size: ? opens every key, which scrolls at 40x12; the
// hint line under the panes never ends in a cut word.
func TestHelpFitsEverySize(t *testing.T) {
	m := newSyncModel(t, fixture(), Options{}, 40, 12, colorprofile.NoTTY)
	send(m, keys("?")...)
	var seen strings.Builder
	for range 40 {
		seen.WriteString(view(m))
		send(m, keys("j")...)
	}
	all := strings.Join(strings.Fields(seen.String()), " ")
	for _, b := range []key.Binding{m.c.keys.Quit, m.c.keys.Search, m.c.keys.Toggle, m.c.keys.NextFiltered, m.c.keys.KeyEvents, m.c.keys.Detail, m.c.keys.Copy} {
		want := strings.Join(strings.Fields(b.Help().Key+" "+b.Help().Desc), " ")
		if !strings.Contains(all, want) {
			t.Errorf("40x12: the help never shows %q", want)
		}
	}
	texts := bindingTexts()
	for _, w := range []int{40, 80, 100, 140} {
		for _, focus := range []string{"1", "2", "3"} {
			m := newSyncModel(t, fixture(), Options{}, w, 24, colorprofile.NoTTY)
			send(m, keys(focus)...)
			lines := strings.Split(view(m), "\n")
			hint := strings.TrimSpace(lines[len(lines)-1])
			// bubbles' help ends a line that cannot hold every item with " …".
			for _, item := range strings.Split(strings.TrimSuffix(hint, " …"), " • ") {
				if item != "…" && !texts[item] {
					t.Errorf("%d columns, pane %s: the hint line has a cut item %q: %q", w, focus, item, hint)
				}
			}
		}
	}
}

// The article pane's title names the article and its date, and says 0% at
// the top, 100% at the bottom.
func TestArticleTitleAndPosition(t *testing.T) {
	screen := runScreen(t, 200, 48, Options{}, "2 k k k k enter")
	title := strings.Split(screen, "\n")[0]
	if !strings.Contains(title, "Zuckerberg zu Gast in Mar-a-Lago · 28 Nov 2024") || strings.Contains(title, "zuckerberg-mar-a-lago") {
		t.Errorf("article title: %q", title)
	}
	m := newSyncModel(t, fixture(), Options{}, 160, 12, colorprofile.NoTTY)
	send(m, keys("2 k k k k enter")...)
	send(m, keys("g")...)
	if title := m.article.view(true)[0]; !strings.HasSuffix(strings.TrimSpace(title), " 0%") {
		t.Errorf("at the top: %q", title)
	}
	send(m, keys("G")...)
	if title := m.article.view(true)[0]; !strings.HasSuffix(strings.TrimSpace(title), " 100%") {
		t.Errorf("at the bottom: %q", title)
	}
}

// contrast is the WCAG contrast ratio of two colours.
func contrast(a, b [3]float64) float64 {
	lum := func(c [3]float64) float64 {
		var l [3]float64
		for i, v := range c {
			if v <= 0.03928 {
				l[i] = v / 12.92
			} else {
				l[i] = math.Pow((v+0.055)/1.055, 2.4)
			}
		}
		return 0.2126*l[0] + 0.7152*l[1] + 0.0722*l[2]
	}
	la, lb := lum(a), lum(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

// The help line on a light terminal: every colour that draws its text is
// legible on white (WCAG AA, 4.5:1).
func TestHelpLegibleOnLight(t *testing.T) {
	white := [3]float64{1, 1, 1}
	for _, profile := range []colorprofile.Profile{colorprofile.TrueColor, colorprofile.ANSI256} {
		h := stylesFor(false, profile).help
		for name, fg := range map[string]any{
			"ShortKey": h.ShortKey.GetForeground(), "ShortDesc": h.ShortDesc.GetForeground(),
			"ShortSeparator": h.ShortSeparator.GetForeground(), "FullKey": h.FullKey.GetForeground(),
			"FullDesc": h.FullDesc.GetForeground(), "Ellipsis": h.Ellipsis.GetForeground(),
		} {
			c, ok := fg.(interface{ RGBA() (r, g, b, a uint32) })
			if !ok {
				t.Errorf("%v %s: no colour", profile, name)
				continue
			}
			r, g, b, _ := c.RGBA()
			rgb := [3]float64{float64(r) / 0xffff, float64(g) / 0xffff, float64(b) / 0xffff}
			if cr := contrast(rgb, white); cr < 4.5 {
				t.Errorf("%v %s: contrast %.2f on white, want 4.5 or more", profile, name, cr)
			}
		}
	}
}

// Files the loader skipped show in the status line and, with a, in a list
// that names each and says why.
func TestSkippedFilesShown(t *testing.T) {
	tl := fixture()
	tl.Skipped = []model.SkippedFile{{Path: "in/bad.txt", Reason: "not UTF-8"}, {Path: "in/huge.md", Reason: "over 16 MiB"}}
	screen := runScreenOn(t, tl, 120, 30, Options{})
	if !strings.Contains(screen, "2 files skipped") {
		t.Errorf("status line:\n%s", screen)
	}
	screen = runScreenOn(t, tl, 120, 30, Options{}, "a")
	for _, want := range []string{"Articles (4)", "Zuckerberg zu Gast in Mar-a-Lago", "Dec 2024 · 7 events · musk-trump", "Skipped files (2)", "in/bad.txt: not UTF-8", "in/huge.md: over 16 MiB"} {
		if !strings.Contains(screen, want) {
			t.Errorf("no %q in the list:\n%s", want, screen)
		}
	}
}

// A corpus with no German article: the explorer says Chronik reads German,
// and every article can still be read from the list.
func TestNonGermanArticlesReadable(t *testing.T) {
	art := fxArticle("english", "A quiet day in the valley", model.ArticleDate{Source: model.DateUnknown}, "",
		fxBlock{model.BlockTitle, "A quiet day in the valley"},
		fxBlock{model.BlockParagraph, "Nothing happened in the valley today. The river ran as it always does."})
	tl := model.New([]*model.Article{art}, nil, nil)
	tl.NotGerman = []int{0}
	screen := runScreenOn(t, tl, 120, 30, Options{})
	if !strings.Contains(screen, "Chronik reads German news") || !strings.Contains(screen, "a lists the articles") {
		t.Errorf("no word of German:\n%s", screen)
	}
	screen = runScreenOn(t, tl, 120, 30, Options{}, "a", "enter")
	if !strings.Contains(screen, "The river ran as it always does.") {
		t.Errorf("the article cannot be read:\n%s", screen)
	}
	// An article opened from the list stays until the reader goes back to
	// an event: enter on the timeline opens the event's article again.
	m := newSyncModel(t, fixture(), Options{}, 160, 40, colorprofile.NoTTY)
	send(m, keys("2 k k k k a G")...) // the dinner; the last article of the list
	send(m, keys("enter")...)
	if got := m.article.shownArticle(); got != 3 {
		t.Fatalf("the list opened article %d, want 3", got)
	}
	send(m, keys("2 enter")...)
	if shownID(m) != "abendessen" {
		t.Errorf("enter on the timeline shows %q, want the dinner's article", shownID(m))
	}
}

// wideFixture is the fixture with dates of every width, the widest labels
// Chronik writes among them.
func wideFixture() *model.Timeline {
	tl := fixture()
	d := func(y int, m time.Month, dd int) model.Day { return model.NewDay(y, m, dd) }
	dates := []model.Interval{
		{Start: d(2024, time.October, 21), End: d(2024, time.December, 31)},
		{Start: d(2024, time.November, 30), End: d(2024, time.December, 3)},
		{Start: d(2024, time.December, 20), End: d(2025, time.January, 10)},
		model.Before(d(2024, time.December, 18)),
		{Start: d(2025, time.January, 11), End: d(2025, time.January, 31)},
	}
	events := slices.Clone(tl.Events)
	for i, iv := range dates { // the first event, a year, keeps its date
		events[i+1].Date = iv
	}
	return model.New(tl.Articles, tl.Actors, events)
}

// Dates are never cut, at any width: the date column is as wide as the
// widest label, or the labels take their short form; titles give way.
func TestDatesNeverCut(t *testing.T) {
	tl := wideFixture()
	for _, w := range []int{40, 49, 60, 80, 100, 140, 200} {
		m := newSyncModel(t, tl, Options{}, w, 30, colorprofile.NoTTY)
		p := m.events
		p.setSize(w, 30)
		for ev := range tl.Events {
			row := ansi.Strip(p.eventRow(ev, false, false))
			e := &tl.Events[ev]
			if !strings.Contains(row, " "+e.Date.Label()+" ") && !strings.Contains(row, " "+e.Date.ShortLabel()+" ") {
				t.Errorf("width %d: the date %q is cut: %q", w, e.Date.Label(), row)
			}
		}
	}
}

// Headings are never narrower than the dates under them.
func TestHeadingsHoldTheirDates(t *testing.T) {
	m := newSyncModel(t, wideFixture(), Options{}, 120, 40, colorprofile.NoTTY)
	send(m, keys("2 g")...)
	frame := view(m)
	for _, want := range []string{" 2015 ", " Up to December 2024 ", " Oct – Dec 2024 ", " Nov – Dec 2024 ", " Dec 2024 – Jan 2025 ", " January 2025 "} {
		if !strings.Contains(frame, want) {
			t.Errorf("no heading %q:\n%s", want, frame)
		}
	}
	if strings.Contains(frame, "January 2015") {
		t.Errorf("a year-only date under a month:\n%s", frame)
	}
	// The date with no known start, up to 17 December, stands in
	// December, after the dates that start before it.
	inOrder(t, frame, " Oct – Dec 2024 ", " Nov – Dec 2024 ", " Up to December 2024 ", " Dec 2024 – Jan 2025 ", " January 2025 ")
	// z: by years. Every date within a year is under that year, a date
	// across two under both; a year with a date of no known start under
	// one heading up to the year's end, with the dates within it.
	send(m, keys("z")...)
	frame = view(m)
	inOrder(t, frame, " 2015 ", " Up to December 2024 ", "Oct–Dec 2024", "Nov–Dec 2024", "before 18 Dec 2024", " 2024 – 2025 ", " 2025 ")
	for _, gone := range []string{"Oct – Dec 2024", "January 2025", "─", "│ 2024  "} {
		if strings.Contains(frame, gone) {
			t.Errorf("by years: %q is left:\n%s", gone, frame)
		}
	}
}

// inOrder reports each of want missing from frame or found before the
// one it follows.
func inOrder(t *testing.T, frame string, want ...string) {
	t.Helper()
	at := 0
	for _, w := range want {
		i := strings.Index(frame[at:], w)
		if i < 0 {
			t.Errorf("%q not found after %q:\n%s", w, frame[:at], frame)
			return
		}
		at += i + len(w)
	}
}

// v shows the key events: by salience, then by the number of articles.
func TestKeyEventsView(t *testing.T) {
	m := newSyncModel(t, fixture(), Options{}, 120, 30, colorprofile.NoTTY)
	send(m, keys("v")...)
	var ids []string
	for pos := range m.events.n() {
		ids = append(ids, m.tl.Events[m.events.at(pos)].ID)
	}
	if want := []string{"abendessen", "dealbook", "meta-spende"}; !slices.Equal(ids, want) {
		t.Errorf("key events %v, want %v (the events told by two articles)", ids, want)
	}
	if frame := view(m); !strings.Contains(frame, "key events: 3 of 10") {
		t.Errorf("the status line does not say which view:\n%s", frame)
	}
	tl := fixture()
	tl.Events[9].Salience = 1 // the most salient event comes first, whatever its articles
	m = newSyncModel(t, tl, Options{}, 120, 30, colorprofile.NoTTY)
	send(m, keys("v")...)
	if m.events.n() != 3 || !slices.Contains(m.events.list, 9) {
		t.Errorf("salience does not rank: %v", m.events.list)
	}
	send(m, keys("v")...)
	if m.events.n() != 10 {
		t.Errorf("v again: %d events, want all", m.events.n())
	}
}

// i shows the event in full, and enter on a mention opens it.
func TestEventDetail(t *testing.T) {
	tl := fixture()
	dinner := slices.IndexFunc(tl.Events, func(e model.Event) bool { return e.ID == "abendessen" })
	e := &tl.Events[dinner]
	e.Roles = []model.Role{model.RoleAgent, model.RoleParticipant}
	e.Mentions[0].DateBasis, e.Mentions[0].Timex, e.Mentions[0].Trigger = "timex", "2024-11-27", "gegessen"
	e.Reactions = []model.Reaction{{Actor: fxTrump, Article: 1, Start: e.Mentions[0].Start, End: e.Mentions[0].End}}
	m := newSyncModel(t, tl, Options{}, 120, 40, colorprofile.NoTTY)
	send(m, keys("2 k k k k i")...)
	frame := view(m)
	for _, want := range []string{"Abendessen in Mar-a-Lago", "Date: 27 Nov 2024 (2024-11-27)", "Mark Zuckerberg — agent", "Donald Trump — participant",
		"Mentions (2)", "1. Zuckerberg zu Gast in Mar-a-Lago · 28 Nov 2024", "„Mark Zuckerberg hat am 27. November", "by timex (TIMEX3 2024-11-27)",
		"„gegessen“", "2. Musk und Trump: Eine Allianz mit Rissen", "Reactions (1)", "Donald Trump in Zuckerberg zu Gast"} {
		if !strings.Contains(frame, want) {
			t.Errorf("no %q in the detail:\n%s", want, frame)
		}
	}
	send(m, keys("j enter")...)
	if m.view != nil || m.focus != paneArticle || m.article.shown.mention != 1 || shownID(m) != "abendessen" {
		t.Errorf("enter on the second mention: view %v, focus %v, mention %d", m.view != nil, m.focus, m.article.shown.mention)
	}
	// On a small screen the detail opens at its top, the title and date;
	// the first j selects the first mention, enter opens it.
	m = newSyncModel(t, tl, Options{}, 40, 12, colorprofile.NoTTY)
	send(m, keys("2 k k k k i")...)
	if frame := view(m); !strings.Contains(frame, "Abendessen in Mar-a-Lago") || !strings.Contains(frame, "Date: 27 Nov 2024") {
		t.Errorf("40x12: the detail does not open at its top:\n%s", frame)
	}
	send(m, keys("j enter")...)
	if m.view != nil || m.article.shown.mention != 0 || shownID(m) != "abendessen" {
		t.Errorf("40x12, j enter: view %v, mention %d", m.view != nil, m.article.shown.mention)
	}
}

// / in the article searches it; n and N go from match to match, and the
// status line counts.
func TestArticleSearch(t *testing.T) {
	m := newSyncModel(t, fixture(), Options{}, 120, 30, colorprofile.NoTTY)
	send(m, keys("2 k k k k k enter / 'trump' enter")...)
	frame := view(m)
	if !strings.Contains(frame, "/trump 1 of ") {
		t.Fatalf("no match count:\n%s", frame)
	}
	n := len(m.article.matches)
	if n < 3 {
		t.Fatalf("%d lines with trump", n)
	}
	send(m, keys("n n N")...)
	if !strings.Contains(view(m), fmt.Sprintf("/trump 2 of %d lines", n)) {
		t.Errorf("n n N:\n%s", view(m))
	}
	if !strings.Contains(view(m), "›") {
		t.Error("no line is marked")
	}
	send(m, keys("esc")...)
	if m.article.query() != "" || m.focus != paneArticle {
		t.Error("esc should clear the search first")
	}
}

// y copies the selected event with OSC 52 (bubbletea's clipboard), and
// the status line says so.
func TestCopyEvent(t *testing.T) {
	m := newSyncModel(t, fixture(), Options{}, 120, 30, colorprofile.NoTTY)
	send(m, keys("2 k k k k")...)
	view(m) // a program draws after every message: the frame before y is drawn and kept
	_, cmd := m.Update(keys("y")[0])
	if cmd == nil {
		t.Fatal("y gave no command")
	}
	got := fmt.Sprint(cmd())
	for _, want := range []string{"27 Nov 2024 — Abendessen in Mar-a-Lago: Zuckerberg, Trump", "Actors: Mark Zuckerberg, Donald Trump",
		"- Zuckerberg zu Gast in Mar-a-Lago (28 Nov 2024, zuckerberg-mar-a-lago): „Mark Zuckerberg hat am 27. November"} {
		if !strings.Contains(got, want) {
			t.Errorf("the clipboard has no %q:\n%s", want, got)
		}
	}
	if !strings.Contains(view(m), "copied to the clipboard") {
		t.Errorf("no confirmation:\n%s", view(m))
	}
}

// A 15 MiB article: the pane answers at once, in bounded memory, with a
// line that says why it is not rendered and the event's sentence.
func TestHugeArticleAnswersAtOnce(t *testing.T) {
	para := strings.Repeat("Ein langer Satz über nichts Besonderes, der sich oft wiederholt. ", 40)
	var b strings.Builder
	var blocks []model.Block
	for b.Len() < 15<<20 {
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		blocks = append(blocks, model.Block{Kind: model.BlockParagraph, Start: b.Len(), End: b.Len() + len(para)})
		b.WriteString(para)
	}
	art := &model.Article{ID: "huge", Path: "in/huge.txt", Title: "Riesig", Text: b.String(), Blocks: blocks}
	mention := model.EventMention{Article: 0, Start: blocks[100].Start, End: blocks[100].Start + 64}
	tl := model.New([]*model.Article{art}, []model.Actor{{ID: "x", Name: "X"}},
		[]model.Event{{ID: "e", Title: "Satz", Actors: []int{0}, Mentions: []model.EventMention{mention}}})
	m := newSyncModel(t, tl, Options{}, 120, 30, colorprofile.NoTTY)
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	start := time.Now()
	send(m, keys("enter j j pgdown G")...)
	frame := view(m)
	took := time.Since(start)
	runtime.ReadMemStats(&after)
	alloc := after.TotalAlloc - before.TotalAlloc
	t.Logf("opening, scrolling and drawing a %.1f MiB article: %v, %.1f MB allocated", float64(len(art.Text))/(1<<20), took, float64(alloc)/1e6)
	if took > time.Second {
		t.Errorf("the pane took %v", took)
	}
	if alloc > 16<<20 {
		t.Errorf("opening it allocated %d MB", alloc>>20)
	}
	if !strings.Contains(frame, "This article is 15.0 MiB") || !strings.Contains(frame, "„Ein langer Satz über nichts") {
		t.Errorf("no word of why:\n%s", frame)
	}
	if _, _, renders := m.sh.articles.stats(); renders != 0 {
		t.Errorf("%d renders of a 15 MiB article", renders)
	}
}

// Every colour that draws text keeps 4.5:1 with the background it is
// meant for: the light palette on white, the dark one on black.
func TestPaletteContrast(t *testing.T) {
	hex := func(s string) [3]float64 {
		var r, g, b int
		if _, err := fmt.Sscanf(s, "#%02x%02x%02x", &r, &g, &b); err != nil {
			t.Fatal(err)
		}
		return [3]float64{float64(r) / 255, float64(g) / 255, float64(b) / 255}
	}
	for _, tt := range []struct {
		name string
		pal  palette
		bg   [3]float64
	}{{"light", lightPalette, [3]float64{1, 1, 1}}, {"dark", darkPalette, [3]float64{0, 0, 0}}} {
		p := tt.pal
		for name, c := range map[string]string{"text": p.text, "subtle": p.subtle, "accent": p.accent, "green": p.green, "blue": p.blue, "amber": p.amber} {
			if cr := contrast(hex(c), tt.bg); cr < 4.5 {
				t.Errorf("%s palette, %s %s: contrast %.2f", tt.name, name, c, cr)
			}
		}
	}
}

// On a narrow screen the status line keeps what the reader just asked for
// in sight — the count of an article search, y's notice — ahead of the
// counts, which it would otherwise cut off.
func TestStatusKeepsWhatWasAskedInSight(t *testing.T) {
	status := func(m *Model) string {
		lines := strings.Split(view(m), "\n")
		return lines[len(lines)-2] // the help line is the last
	}
	for _, size := range [][2]int{{40, 12}, {80, 24}, {160, 40}} {
		m := newSyncModel(t, fixture(), Options{}, size[0], size[1], colorprofile.NoTTY)
		send(m, keys("2 enter / 'trump' enter")...)
		if s := status(m); !regexp.MustCompile(`/trump \d+ of \d+ lines`).MatchString(s) {
			t.Errorf("%dx%d: the search count is not in sight: %q", size[0], size[1], s)
		}
		send(m, keys("esc esc")...)
		view(m)
		m.Update(keys("y")[0])
		if s := status(m); !strings.Contains(s, "copied to the clipboard") {
			t.Errorf("%dx%d: y's notice is not in sight: %q", size[0], size[1], s)
		}
		if size[0] >= 160 && !strings.HasPrefix(status(m), " 10 events") {
			t.Errorf("%dx%d: the counts do not come first where everything fits: %q", size[0], size[1], status(m))
		}
	}
}

// In the article pane n and N are the search's keys, even before a search:
// n does not jump to the actor pane (next filtered actor) from there.
func TestArticleNextMatchStaysInArticle(t *testing.T) {
	m := newSyncModel(t, fixture(), Options{}, 120, 30, colorprofile.NoTTY)
	send(m, keys("1 space 3 n")...)
	if m.focus != paneArticle {
		t.Fatalf("n in the article pane moved the focus to pane %d", m.focus)
	}
	if s := view(m); !strings.Contains(s, "/ starts one") {
		t.Errorf("n with no search says nothing:\n%s", s)
	}
	send(m, keys("N / 'trump' enter n N")...)
	if m.focus != paneArticle || m.article.searchStatus() == "" {
		t.Errorf("a search in the article: focus %d, status %q", m.focus, m.article.searchStatus())
	}
}

// The article's date reason is said once, whether or not it names its
// source itself.
func TestHeaderSaysTheDateSourceOnce(t *testing.T) {
	for _, c := range []struct {
		source model.DateSource
		reason string
		want   string
	}{
		{model.DateFromText, `text: "gestern" in the lead`, `(text: "gestern" in the lead)`},
		{model.DateFromText, "gestern Abend", "(from text: gestern Abend)"},
		{model.DateFromHeader, "", "(from header)"},
	} {
		a := &model.Article{Date: model.ArticleDate{Interval: model.DayInterval(model.NewDay(2024, 12, 5)), Source: c.source, Reason: c.reason}}
		got := html.UnescapeString(headerMarkdown(a, true, nil))
		if !strings.Contains(got, c.want) {
			t.Errorf("%s %q: header %q, want it to hold %q", c.source, c.reason, got, c.want)
		}
	}
}

// A month with a date of no known start has one heading, "Up to …", over
// it and the month's dates, in the order of their days: the date up to
// the 9th after the 5th and before the 12th.
func TestOpenDatesAmongTheMonthsDays(t *testing.T) {
	tl := fixture()
	d := func(dd int) model.Day { return model.NewDay(2025, time.March, dd) }
	events := slices.Clone(tl.Events[:3])
	events[0].Date = model.DayInterval(d(12))
	events[1].Date = model.Before(d(10))
	events[2].Date = model.DayInterval(d(5))
	tl = model.New(tl.Articles, tl.Actors, events)
	m := newSyncModel(t, tl, Options{}, 120, 30, colorprofile.NoTTY)
	send(m, keys("2 g")...)
	frame := view(m)
	inOrder(t, frame, " Up to March 2025 ", " 5 Mar 2025 ", " before 10 Mar 2025 ", " 12 Mar 2025 ")
	if strings.Count(frame, "March 2025") != 1 {
		t.Errorf("want one heading of March:\n%s", frame)
	}
}
