package tui

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"image/color"
	"io"
	"regexp"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"

	"chronik/model"
	"chronik/tui/internal/synthetic"
)

// checkFrame fails when a frame has a line wider than the screen or more
// lines than the screen has rows.
func checkFrame(t *testing.T, frame string, w, h int, what string) {
	t.Helper()
	if err := frameFits(frame, w, h); err != nil {
		t.Errorf("%s: %v", what, err)
	}
}

// TestLayoutSizes draws every main state of the explorer at extreme and
// odd sizes, and resizes a running session through all of them.
func TestLayoutSizes(t *testing.T) {
	sizes := [][2]int{{40, 12}, {41, 13}, {79, 24}, {80, 24}, {119, 30}, {120, 30}, {160, 48}, {300, 100},
		{57, 19}, {133, 41}, {1, 1}, {0, 0}, {10, 3}, {39, 11}, {2000, 2000}}
	states := []struct {
		name string
		keys string
	}{
		{"start", ""},
		{"help", "?"},
		{"actors", "1 j space"},
		{"actor_search", "1 / 'mu'"},
		{"article", "2 j j enter"},
		{"article_scrolled", "2 j enter ] pgdown pgdown"},
		{"event_search", "/ 'trump'"},
		{"nothing_matches", "/ 'zzzz'"},
		{"bottom", "2 G"},
	}
	for _, profile := range []colorprofile.Profile{colorprofile.NoTTY, colorprofile.TrueColor} {
		for _, st := range states {
			resized := newSyncModel(t, fixture(), Options{Style: "dark"}, 80, 24, profile)
			send(resized, keys(st.keys)...)
			for _, size := range sizes {
				w, h := size[0], size[1]
				what := fmt.Sprintf("%v/%s/%dx%d", profile, st.name, w, h)
				m := newSyncModel(t, fixture(), Options{Style: "dark"}, w, h, profile)
				send(m, keys(st.keys)...)
				checkFrame(t, view(m), min(w, maxWidth), min(h, maxHeight), what)
				send(resized, tea.WindowSizeMsg{Width: w, Height: h})
				checkFrame(t, view(resized), min(w, maxWidth), min(h, maxHeight), what+" (resized)")
			}
		}
	}
}

func TestNewErrors(t *testing.T) {
	tl := fixture()
	if _, err := New(tl, Options{Actors: []string{"musk", "Nobody Known"}}); err == nil || strings.Contains(err.Error(), "\n") ||
		!strings.Contains(err.Error(), "Nobody Known") {
		t.Errorf("unknown actor: err = %v, want one line naming it", err)
	}
	if _, err := New(tl, Options{Style: "neon"}); err == nil || !strings.Contains(err.Error(), "neon") {
		t.Errorf("unknown style: err = %v", err)
	}
	for _, s := range []string{"", "auto", "dark", "light", "notty", "ascii"} {
		if _, err := New(tl, Options{Style: s}); err != nil {
			t.Errorf("style %q: %v", s, err)
		}
	}
}

func TestFilterAndSearch(t *testing.T) {
	tests := []struct {
		actors []string
		keys   string
		status string
		events int
	}{
		{nil, "", "10 events · 8 actors · 4 articles", 10},
		{[]string{"musk"}, "", "4 of 10 events · Musk", 4},
		{[]string{"Musk", "altman"}, "", "2 of 10 events · Musk + Altman", 2},
		{[]string{"Trump"}, "1 j space", "2 of 10 events · Trump + Musk", 2}, // j moves to Musk, space adds him
		{[]string{"Trump"}, "1 space", "10 events · 8 actors · 4 articles", 10},
		{[]string{"Trump"}, "2 esc", "10 events · 8 actors · 4 articles", 10},
		{nil, "/ 'spendet'", "2 of 10 events · /spendet", 2},
		{nil, "/ 'spendet' backspace backspace backspace backspace backspace backspace backspace 'mar-a'", "1 of 10 events · /mar-a", 1},
		{[]string{"meta"}, "/ 'amtseinf'", "1 of 10 events · Meta · /amtseinf", 1},
		{nil, "/ 'gegründet' esc", "10 events · 8 actors · 4 articles", 10},
	}
	for _, tt := range tests {
		m := newSyncModel(t, fixture(), Options{Actors: tt.actors}, 120, 30, colorprofile.NoTTY)
		send(m, keys(tt.keys)...)
		if got := strings.TrimSpace(m.statusLine()); got != tt.status {
			t.Errorf("%v %q: status %q, want %q", tt.actors, tt.keys, got, tt.status)
		}
		if m.events.n() != tt.events {
			t.Errorf("%v %q: %d events listed, want %d", tt.actors, tt.keys, m.events.n(), tt.events)
		}
	}
}

func TestMouse(t *testing.T) {
	m := newSyncModel(t, fixture(), Options{}, 160, 40, colorprofile.NoTTY)
	tlX := m.lay.x[1] + 3
	// Under the title line: January 2015, its event, 2024, October 2024,
	// its event, November 2024, then the 27 Nov row on screen line 7.
	send(m, tea.MouseClickMsg{X: tlX, Y: 7, Button: tea.MouseLeft})
	if got := m.tl.Events[m.events.selected()].ID; got != "abendessen" {
		t.Errorf("click on the 27 Nov row selected %q", got)
	}
	send(m, tea.MouseWheelMsg{X: tlX, Y: 5, Button: tea.MouseWheelDown})
	if m.events.sel != 5 {
		t.Errorf("wheel down moved the selection to %d, want 5", m.events.sel)
	}
	send(m, tea.MouseClickMsg{X: 2, Y: 2, Button: tea.MouseLeft})
	if m.focus != paneActors || m.actors.sel != 1 {
		t.Errorf("click in the actor list: focus %v, selection %d", m.focus, m.actors.sel)
	}
	artX := m.lay.x[2] + 3
	before := m.article.offset
	send(m, tea.MouseWheelMsg{X: artX, Y: 10, Button: tea.MouseWheelUp})
	if m.article.offset != max(before-wheelStep, 0) {
		t.Errorf("wheel over the article: offset %d → %d", before, m.article.offset)
	}
}

// hostileArticle holds terminal escape sequences raw (as a corpus that did
// not clean them would pass them on), as HTML entities and as markdown.
func hostileTimeline() *model.Timeline {
	title := "Böse \x1b[2J\x1b]0;pwned\x07 Überschrift &#27;[31m"
	para := "Ein Satz mit \x1b[31mrotem\x1b[0m Text, \x1b]8;;https://evil.example\x1b\\Link\x1b]8;;\x1b\\ und \x9b31m C1. " +
		"Zweiter Satz mit &#27;[5m und &#x1b;]52;c;aGk=&#7; und &amp;#27; sowie &lt;script&gt;. " +
		"# Keine Überschrift *kein Fett* _nicht_ `kein Code` [kein](http://link) <b>html</b> | a | b | 1. keine Liste https://example.com\x00\x7f\u202eabc."
	text := title + "\n\n" + para
	art := &model.Article{
		ID: "hostile\x1b[31m", Title: title, Text: text, Source: "Von \x1b[1mNiemand\x1b[0m",
		Date:   model.ArticleDate{Interval: model.DayInterval(model.NewDay(2024, 12, 1)), Source: model.DateFromText, Reason: "am \x1b[31m1. Dezember"},
		Blocks: []model.Block{{Kind: model.BlockTitle, Start: 0, End: len(title)}, {Kind: model.BlockParagraph, Start: len(title) + 2, End: len(text)}},
	}
	s := len(title) + 2
	second := strings.Index(text, "Zweiter")
	art.Sentences = []model.Sentence{{Start: s, End: second - 1, Block: 1}, {Start: second, End: len(text), Block: 1}}
	actors := []model.Actor{{ID: "x", Name: "Mallory \x1b[31mEvil\x1b]0;t\x07", Kind: model.Person, Mentions: 3}}
	events := []model.Event{
		{ID: "e1", Title: "Ereignis \x1b[2J mit &#27; Titel", Date: model.DayInterval(model.NewDay(2024, 12, 1)), Actors: []int{0},
			Mentions: []model.EventMention{{Article: 0, Sentence: 0, Start: s, End: second - 1}, {Article: 0, Sentence: 1, Start: second, End: len(text)}}},
	}
	return model.New([]*model.Article{art}, actors, events)
}

var sgr = regexp.MustCompile(`\x1b\[[0-9;:]*m`)

// TestUntrustedTextIsInert draws the hostile article: with no colours the
// frame holds no ESC at all; with colours, nothing but SGR sequences.
func TestUntrustedTextIsInert(t *testing.T) {
	for _, tt := range []struct {
		profile colorprofile.Profile
		style   string
	}{
		{colorprofile.NoTTY, "notty"},
		{colorprofile.NoTTY, "ascii"},
		{colorprofile.TrueColor, "dark"},
		{colorprofile.TrueColor, "light"},
		{colorprofile.ANSI256, "auto"},
	} {
		for _, keySeq := range []string{"", "enter", "enter ]", "1 ?", "/ 'b'"} {
			m := newSyncModel(t, hostileTimeline(), Options{Style: tt.style}, 160, 40, tt.profile)
			send(m, keys(keySeq)...)
			frame := view(m)
			what := fmt.Sprintf("%v/%s/%q", tt.profile, tt.style, keySeq)
			rest := frame
			// The ascii style draws attributes (bold, italics), which the
			// renderer drops for a terminal that has none.
			if tt.profile != colorprofile.NoTTY || tt.style == "ascii" {
				rest = sgr.ReplaceAllString(frame, "")
			}
			for i, r := range rest {
				if r == '\n' {
					continue
				}
				if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) || isBidiControl(r) {
					t.Fatalf("%s: control character %U at byte %d of the frame:\n%q", what, r, i, rest)
				}
			}
			if keySeq == "enter" && !strings.Contains(rest, "&#27;[5m") {
				t.Errorf("%s: the entity should show as text", what)
			}
			if keySeq == "enter" && !strings.Contains(rest, "␛[31mrotem") {
				t.Errorf("%s: ESC should show as ␛:\n%s", what, rest)
			}
		}
	}
}

func FuzzInertMarkdown(f *testing.F) {
	for _, s := range []string{"plain", "\x1b[31m", "&#27;", "&amp;#x1b;", "**x**", "# h", "1. a", "a | b", "<b>x</b>", "https://e.com", "\u202e", "\\&", "`x`"} {
		f.Add(s)
	}
	r, err := newRenderer("notty", 60)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a := &model.Article{Text: s}
		md := blockMarkdown(a, model.Block{Kind: model.BlockParagraph, Start: 0, End: len(s)}, 0, len(s)/2)
		lines, err := renderMarkdown(r, md)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range lines {
			for _, c := range l {
				if c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) {
					t.Fatalf("%q rendered a control character %U: %q", s, c, l)
				}
			}
		}
	})
}

func FuzzClean(f *testing.F) {
	for _, s := range []string{"", "abc", "\x1b[31m", "\xff\xfe", "a\tb\nc", "\u202ex", "\x9b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, r := range clean(s) {
			if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) || isBidiControl(r) {
				t.Fatalf("clean(%q) kept %U", s, r)
			}
		}
	})
}

func TestArticleCacheSharesAndBounds(t *testing.T) {
	tl := fixture()
	c := NewArticleCache(1 << 20)
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := c.loadArticle(tl.Articles[0], 60, "notty"); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	if _, _, renders := c.stats(); renders != 1 {
		t.Errorf("8 sessions wanting one render ran %d renders", renders)
	}
	// A cache smaller than two renders keeps the latest one only.
	small := NewArticleCache(1)
	for _, a := range tl.Articles {
		if _, err := small.loadArticle(a, 60, "notty"); err != nil {
			t.Fatal(err)
		}
	}
	if n, _, _ := small.stats(); n != 1 {
		t.Errorf("a 1-byte cache holds %d renders", n)
	}
	if _, ok := small.peek(cacheKey{tl.Articles[len(tl.Articles)-1], 60, "notty", -1, -1}); !ok {
		t.Error("the latest render was evicted")
	}
	if _, err := c.loadArticle(tl.Articles[0], 60, "no-such-style"); err == nil {
		t.Error("an unknown style rendered")
	}
}

// TestSessionsShareRenders: a second session showing the same event finds
// the render in the shared cache and draws it at once, without a command.
func TestSessionsShareRenders(t *testing.T) {
	tl := fixture()
	sh := NewShared(tl, 0)
	a := newSyncModel(t, tl, Options{Shared: sh}, 160, 40, colorprofile.NoTTY)
	send(a, keys("k k")...)
	dark := true
	b, err := New(tl, Options{Shared: sh, Style: "notty", HasDarkBackground: &dark})
	if err != nil {
		t.Fatal(err)
	}
	b.followDelay = 0
	b.Update(tea.ColorProfileMsg{Profile: colorprofile.NoTTY})
	b.Update(tea.WindowSizeMsg{Width: 160, Height: 40})
	_, cmd := b.Update(tea.KeyPressMsg{Code: 'k', Text: "k"})
	_, cmd2 := b.Update(tea.KeyPressMsg{Code: 'k', Text: "k"})
	if cmd2 != nil || b.article.pending {
		t.Errorf("the second session had to render again (cmd %v)", cmd != nil)
	}
	if view(a) != view(b) {
		t.Error("two sessions in the same state draw different frames")
	}
}

// TestSyntheticScale runs the keys of the benchmark on a large timeline
// once, as a test, so that they stay correct.
func TestSyntheticScale(t *testing.T) {
	tl := synthetic.Timeline(20000, 300)
	m := newSyncModel(t, tl, Options{}, 160, 48, colorprofile.TrueColor)
	send(m, keys("j j pgdown G g 1 space j space 2 / 'ber' esc ?")...)
	checkFrame(t, view(m), 160, 48, "synthetic")
	if m.events.n() == 0 {
		t.Error("no events listed")
	}
}

// TestBackgroundAndFirstFrame: the session assumes dark, follows the
// terminal's answer when it comes, and reports its first frame once.
func TestBackgroundAndFirstFrame(t *testing.T) {
	frames := 0
	m, err := New(fixture(), Options{OnFirstFrame: func() { frames++ }})
	if err != nil {
		t.Fatal(err)
	}
	if m.Init() == nil {
		t.Fatal("Init asks nothing of a terminal whose background is unknown")
	}
	view(m) // no size yet: not a frame
	send(m, tea.ColorProfileMsg{Profile: colorprofile.TrueColor}, tea.WindowSizeMsg{Width: 160, Height: 40})
	if m.glamourStyle() != "dark" || !m.c.st.dark {
		t.Errorf("before the answer: style %q", m.glamourStyle())
	}
	view(m)
	send(m, tea.BackgroundColorMsg{Color: color.White})
	if m.glamourStyle() != "light" || m.c.st.dark || m.article.style != "light" {
		t.Errorf("after a white background: style %q", m.glamourStyle())
	}
	view(m)
	if frames != 1 {
		t.Errorf("OnFirstFrame called %d times", frames)
	}
	send(m, tea.ColorProfileMsg{Profile: colorprofile.ASCII})
	if m.glamourStyle() != "ascii" {
		t.Errorf("NO_COLOR: style %q", m.glamourStyle())
	}
	if strings.Contains(sgr.ReplaceAllString(view(m), ""), "\x1b") {
		t.Error("NO_COLOR frame holds escape sequences other than SGR")
	}
}

func selectedID(m *Model) string {
	if ev := m.events.selected(); ev >= 0 {
		return m.tl.Events[ev].ID
	}
	return ""
}

// shownID is the event whose article the article pane shows.
func shownID(m *Model) string {
	if ev := m.article.shown.event; ev >= 0 {
		return m.tl.Events[ev].ID
	}
	return ""
}

// TestOpensAtLatestDated: the explorer opens on the most recent dated event
// that passes the filter, with its article shown; undated events follow it.
func TestOpensAtLatestDated(t *testing.T) {
	undated := func(ids ...string) *model.Timeline {
		var events []model.Event
		for _, id := range ids {
			events = append(events, model.Event{ID: id, Title: id})
		}
		return model.New(nil, nil, events)
	}
	tests := []struct {
		name      string
		tl        *model.Timeline
		actors    []string
		keys      string
		want      string
		wantShown string
	}{
		{"all events", fixture(), nil, "", "amtsantritt", "amtsantritt"},
		{"j goes on to the undated", fixture(), nil, "j", "blue-origin", "blue-origin"},
		{"k goes back in time", fixture(), nil, "k", "altman-spende", "altman-spende"},
		{"filtered", fixture(), []string{"musk", "altman"}, "", "openai", "openai"},
		{"filter without dated events", fixture(), []string{"amazon"}, "", "kartellklage", "kartellklage"},
		{"nothing dated", undated("a", "b"), nil, "", "a", "a"},
		{"nothing at all", undated(), nil, "", "", ""},
	}
	for _, tt := range tests {
		m := newSyncModel(t, tt.tl, Options{Actors: tt.actors}, 160, 40, colorprofile.NoTTY)
		send(m, keys(tt.keys)...)
		if got := selectedID(m); got != tt.want {
			t.Errorf("%s: selected %q, want %q", tt.name, got, tt.want)
		}
		if got := shownID(m); got != tt.wantShown {
			t.Errorf("%s: the article pane shows %q, want %q", tt.name, got, tt.wantShown)
		}
	}
	// On a screen too small for the whole list, the selection is on screen
	// and the rows end with the last event when they can.
	m := newSyncModel(t, fixture(), Options{}, 160, 8, colorprofile.NoTTY)
	if !strings.Contains(view(m), "▌ 20 Jan 2025") {
		t.Errorf("the selection is off screen:\n%s", view(m))
	}
}

// articleTitle is the title line of the article pane.
func articleTitle(m *Model) string {
	m.View()
	return m.article.view(false)[0]
}

// warmArticles renders every mention of every event at the article pane's
// width and style, so that the pane shows any of them at once.
func warmArticles(t *testing.T, m *Model) {
	t.Helper()
	p := m.article
	for e := range m.tl.Events {
		for i, mn := range m.tl.Events[e].Mentions {
			if _, err := p.cache.loadArticle(m.tl.Articles[mn.Article], p.w, p.style); err != nil {
				t.Fatal(err)
			}
			_, art := p.mention(articleWant{event: e, mention: i})
			if block := sentenceBlock(articleBlocks(art), mn.Start, mn.End); block >= 0 {
				if _, err := p.cache.loadHighlight(art, p.w, p.style, block, mn.Start, mn.End); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
}

// TestArticleFollowsOnceSelectionRests drives Update by hand on a clock of
// its own, delivering the follow messages a program would deliver after
// followDelay.
func TestArticleFollowsOnceSelectionRests(t *testing.T) {
	m := newSyncModel(t, fixture(), Options{}, 160, 40, colorprofile.NoTTY)
	warmArticles(t, m)
	clock := time.Now()
	m.now = func() time.Time { return clock }
	m.followDelay = followDelay
	press := func(after time.Duration, k string) tea.Cmd {
		t.Helper()
		clock = clock.Add(after)
		var cmd tea.Cmd
		for _, msg := range keys(k) {
			_, cmd = m.Update(msg)
		}
		return cmd
	}

	// A move after a rest: the article follows with the row, in one frame.
	if cmd := press(time.Second, "k"); cmd != nil || shownID(m) != "altman-spende" || m.following {
		t.Fatalf("a move after a rest: shown %q, following %v, command %v", shownID(m), m.following, cmd != nil)
	}
	before := articleTitle(m)

	// Moves in a run: the rows follow at once, the article pane waits.
	// The first move of the run starts the one wait; the others start none.
	wait := press(20*time.Millisecond, "k")
	if wait == nil {
		t.Fatal("a move in a run started no wait")
	}
	if cmd := press(20*time.Millisecond, "k"); cmd != nil {
		t.Error("a second move in a run started a second wait")
	}
	if selectedID(m) != "dealbook" || shownID(m) != "altman-spende" || !m.following || m.settled() {
		t.Fatalf("after a run of k: selected %q, shown %q, following %v", selectedID(m), shownID(m), m.following)
	}
	if got := articleTitle(m); got != before {
		t.Errorf("the article pane changed while the selection moved: %q → %q", before, got)
	}
	// A key that does not move the selection starts no new wait.
	if cmd := press(10*time.Millisecond, "? ?"); cmd != nil { // open and close the keys
		t.Error("a key that moved nothing restarted the wait")
	}
	// The wait ends (a real tea.Tick) 30 ms after the last move: it waits
	// again, for the rest of followDelay.
	msg := wait()
	if _, ok := msg.(followMsg); !ok {
		t.Fatalf("the wait ended with %#v", msg)
	}
	clock = clock.Add(20 * time.Millisecond)
	_, again := m.Update(msg)
	if again == nil || shownID(m) != "altman-spende" || !m.following {
		t.Fatalf("a wait that ended before the selection rested: shown %q, waits again %v", shownID(m), again != nil)
	}
	// followDelay after the last move, the article follows.
	clock = clock.Add(followDelay)
	if _, cmd := m.Update(again()); cmd != nil || shownID(m) != "dealbook" || !m.settled() {
		t.Errorf("after the wait the article pane shows %q (settled %v, command %v)", shownID(m), m.settled(), cmd != nil)
	}

	// enter, ] and a click make it follow at once, in a run too.
	for _, tt := range []struct {
		name        string
		rest, move  string // a move after a rest, then one in a run
		act         tea.Msg
		want        string
		wantMention int
	}{
		{"enter", "k", "k", keys("enter")[0], "wahlkampf", 0},
		{"]", "j", "j", keys("]")[0], "dealbook", 1},
		{"click", "j", "j", tea.MouseClickMsg{X: m.lay.x[1] + 3, Y: 3, Button: tea.MouseLeft}, "", 0},
	} {
		press(time.Second, "2") // back to the timeline
		press(time.Second, tt.rest)
		press(10*time.Millisecond, tt.move)
		if !m.following {
			t.Fatalf("%s: the second move was followed at once", tt.name)
		}
		clock = clock.Add(10 * time.Millisecond)
		m.Update(tt.act)
		if tt.want == "" {
			tt.want = selectedID(m)
		}
		if shownID(m) != tt.want || m.article.shown.mention != tt.wantMention || m.following {
			t.Errorf("%s: the article pane shows %q mention %d, want %q mention %d at once",
				tt.name, shownID(m), m.article.shown.mention, tt.want, tt.wantMention)
		}
	}

	// A flood of j and k, which keeps coming back to the event the pane
	// shows, has one wait on its way at a time too.
	m.Update(followMsg{}) // the end of the wait the click's run started
	press(time.Second, "j")
	waits := 0
	for i := range 200 {
		if press(time.Millisecond, "jk"[i%2:i%2+1]) != nil {
			waits++
		}
	}
	if waits != 1 {
		t.Errorf("200 keys in a run started %d waits, want 1", waits)
	}
}

// TestArticleKeepsShowingWhileRendering: an article not in the cache yet
// is rendered by a command; until its message comes the pane draws the
// article it showed, not a placeholder.
func TestArticleKeepsShowingWhileRendering(t *testing.T) {
	m := newSyncModel(t, fixture(), Options{}, 160, 40, colorprofile.NoTTY)
	before := m.article.view(false)
	beforeTitle := before[0]
	var cmd tea.Cmd
	for _, msg := range keys("k k k k") { // to the dinner, told first by an article not shown yet
		_, cmd = m.Update(msg)
	}
	if cmd == nil || !m.article.pending {
		t.Fatal("no render on its way")
	}
	view(m)
	if got := m.article.view(false); got[0] != beforeTitle || strings.Contains(strings.Join(got, "\n"), "rendering") {
		t.Errorf("while rendering the pane shows:\n%s", strings.Join(got, "\n"))
	}
	send(m, cmd())
	if shownID(m) != "abendessen" || m.article.pending {
		t.Errorf("after the render the pane shows %q", shownID(m))
	}
	if got := m.article.view(false)[0]; !strings.Contains(got, "Zuckerberg zu Gast") {
		t.Errorf("title after the render: %q", got)
	}
}

func TestSharedIsPerTimeline(t *testing.T) {
	sh := NewShared(fixture(), 0)
	if _, err := New(fixture(), Options{Shared: sh}); err == nil || !strings.Contains(err.Error(), "another timeline") {
		t.Errorf("a Shared of another timeline: err = %v", err)
	}
}

// TestStylesFollowProfile: a 256-colour session gets 256-colour sequences
// (bubbles' help included), not true-colour ones for the renderer to
// convert cell by cell in every frame.
func TestStylesFollowProfile(t *testing.T) {
	for _, tt := range []struct {
		profile   colorprofile.Profile
		trueColor bool
	}{{colorprofile.ANSI256, false}, {colorprofile.TrueColor, true}} {
		m := newSyncModel(t, fixture(), Options{Style: "dark"}, 160, 40, tt.profile)
		send(m, keys("/ 'a'")...) // the search input, from bubbles, too
		frame := view(m)
		if got := strings.Contains(frame, "38;2;"); got != tt.trueColor {
			t.Errorf("%v: true-colour sequences in the frame: %v", tt.profile, got)
		}
		if !strings.Contains(frame, "38;5;") {
			t.Errorf("%v: no 256-colour sequence in the frame", tt.profile)
		}
	}
}

// TestPaintSkipsInvisibleBlanks: blanks are painted only by styles that
// show on a blank.
func TestPaintSkipsInvisibleBlanks(t *testing.T) {
	for _, profile := range []colorprofile.Profile{colorprofile.ANSI256, colorprofile.TrueColor, colorprofile.ASCII} {
		st := stylesFor(true, profile)
		if got := st.dim.on("   "); got != "   " {
			t.Errorf("%v: a dim blank is painted: %q", profile, got)
		}
		if got := st.dim.on(" x "); got == " x " && profile != colorprofile.ASCII {
			t.Errorf("%v: dim text is not painted", profile)
		}
		if got := st.selected.on("   "); got == "   " {
			t.Errorf("%v: a blank of the selection bar is not painted", profile)
		}
	}
}

// A timeline pane that grows shows more of what lies above its selection
// instead of blank rows under the last event.
func TestGrowingPaneFillsFromAbove(t *testing.T) {
	tl := fixture()
	m := newSyncModel(t, tl, Options{}, 60, 8, colorprofile.NoTTY)
	send(m, keys("G")...)
	send(m, tea.WindowSizeMsg{Width: 60, Height: 40})
	if m.events.top != 0 {
		t.Errorf("after growing to 40 rows the timeline starts at event %d, want 0: every event fits", m.events.top)
	}
}

// TestKeyFloodKeepsGoroutinesFew runs the explorer in a program, as a
// server does, with a client typing j and k as fast as the program reads
// them: the goroutines stay a handful (each move in a run used to start a
// timer of its own, thousands alive at once).
func TestKeyFloodKeepsGoroutinesFew(t *testing.T) {
	m, err := New(fixture(), Options{Style: "notty"})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(t.Context(), time.Second)
	defer cancel()
	in, typing := io.Pipe()
	p := tea.NewProgram(m, tea.WithInput(in), tea.WithOutput(io.Discard), tea.WithWindowSize(120, 40),
		tea.WithoutSignalHandler(), tea.WithContext(ctx))
	go func() {
		keys := bytes.Repeat([]byte("jk"), 32)
		for ctx.Err() == nil {
			if _, err := typing.Write(keys); err != nil {
				return
			}
		}
	}()
	base := runtime.NumGoroutine()
	peak := make(chan int)
	go func() {
		most := 0
		for ctx.Err() == nil {
			most = max(most, runtime.NumGoroutine())
			time.Sleep(2 * time.Millisecond)
		}
		peak <- most
	}()
	if _, err := p.Run(); !errors.Is(err, tea.ErrProgramKilled) {
		t.Fatalf("the program ended with %v", err)
	}
	_ = typing.Close()
	most := <-peak
	if most > base+50 {
		t.Errorf("a flood of keys took the goroutines from %d to %d", base, most)
	}
	t.Logf("a second of j and k: goroutines %d, at most %d", base, most)
}
