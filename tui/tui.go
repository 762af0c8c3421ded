// Package tui is Chronik's explorer: a bubbletea program with three panes —
// actors, the timeline of events, and the article that tells the selected
// event — for a local terminal (Run) or for each SSH session of a server
// (New, then the server's own program). The sessions of a server share
// what can be shared through one Shared: actor order, search index,
// activity bars and the rendered articles.
package tui

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	gstyles "charm.land/glamour/v2/styles"
	"charm.land/log/v2"
	"github.com/charmbracelet/colorprofile"
	xansi "github.com/charmbracelet/x/ansi"

	"chronik/model"
)

// Options configure a session of the explorer.
type Options struct {
	// Actors is the initial filter: names or aliases, matched ignoring case.
	Actors []string
	// Style is the glamour style of articles: "auto" (or ""), "dark",
	// "light", "ascii" or "notty". Auto follows the terminal's background,
	// and a terminal without colours gets "ascii" (NO_COLOR) or "notty".
	Style string
	// Shared is what the sessions on the timeline share (NewShared), built
	// once by a server for all of them; nil gives the session a private one.
	// It must have been built for the same timeline.
	Shared *Shared
	// Logger receives errors; nil discards them.
	Logger *log.Logger
	// HasDarkBackground is the terminal's background when the caller knows
	// it. Otherwise the session asks the terminal and assumes dark until the
	// answer comes — never waiting for it, since many terminals never answer.
	HasDarkBackground *bool
	// OnFirstFrame, if set, is called once, when the first frame with a
	// known window size has been drawn (for start-up timing).
	OnFirstFrame func()
}

// maxWidth and maxHeight bound the frame whatever size a client claims:
// a hostile 10000×10000 window must not cost a 100-million-cell frame.
const (
	maxWidth  = 500
	maxHeight = 300
)

// privateArticleCacheBytes bounds the article cache of a session that was
// given no Shared: one reader at one width needs a few articles at most.
const privateArticleCacheBytes = 4 << 20

// followDelay is how long the timeline's selection must rest before the
// article pane follows it when it moves in a run. A reader running through
// the timeline with j or the wheel (or key repeat) sees the rows move at
// once and the article of the event they stop on; a new article for every
// row passed would redraw half the screen per key for nothing — the
// costliest frame there is, for the terminal, for a slow link and for a
// server with many readers. The first move after a rest is followed at
// once: a reader stepping one event at a time sees its article with the
// row, in one frame, not 120 ms and a second frame later. 120 ms is below
// what reads as a wait and above the interval of key repeat.
const followDelay = 120 * time.Millisecond

// followMsg is the end of a wait for the article pane to follow.
type followMsg struct{}

// Model is one session of the explorer. It implements tea.Model.
type Model struct {
	c    common
	tl   *model.Timeline
	sh   *Shared
	opts Options

	actors    *actorPane
	events    *timelinePane
	article   *articlePane
	focus     paneID
	companion paneID // with two panes: which pane stays beside the timeline
	lay       layout

	view     *screenView // a full-screen view over the panes (keys, event detail, articles), nil if none
	anyActor bool        // the filter shows events with any of its actors, not all
	keyView  bool        // the timeline shows the key events only
	pinned   int         // an article opened from the article list, shown until the selection moves; -1 none
	notice   string      // a one-off message in the status line ("copied …"), until the next key

	help      help.Model
	helpKey   helpKey // what the cached help was drawn for; zero: draw it again
	helpOut   []string
	status    string // the status line as statusLine made it
	statusFit string // and fitted to the width statusW
	statusW   int

	dark    bool
	profile colorprofile.Profile

	// The event the article pane follows, whose mentions ]/[ cycle, and which
	// of them. It trails the timeline's selection while that moves (see
	// followDelay); following is set meanwhile, and waiting while the one
	// wait (waitFollow) is on its way.
	event       int
	mention     int
	following   bool
	waiting     bool
	followDelay time.Duration    // followDelay; tests that drive Update by hand set 0
	movedTo     int              // the selection as follow last saw it
	lastMove    time.Time        // when it moved there
	inRun       bool             // less than followDelay after the move before
	now         func() time.Time // the clock, time.Now but in tests

	frame      string // the last frame, "" when it must be drawn again
	frameLen   int    // the bytes of the last frame drawn, to size the next
	firstFrame bool   // OnFirstFrame has been called
}

// New makes a session on tl. It fails, with one line naming it, on an
// actor of opts.Actors the timeline does not know, or on an unknown style.
func New(tl *model.Timeline, opts Options) (*Model, error) {
	if tl == nil {
		return nil, errors.New("tui: no timeline")
	}
	switch opts.Style {
	case "", "auto":
	default:
		if _, ok := gstyles.DefaultStyles[opts.Style]; !ok {
			return nil, fmt.Errorf("unknown style %q: want auto, dark, light, ascii or notty", opts.Style)
		}
	}
	switch {
	case opts.Shared == nil:
		opts.Shared = NewShared(tl, privateArticleCacheBytes)
	case opts.Shared.tl != tl:
		return nil, errors.New("tui: Options.Shared was built for another timeline")
	}
	if opts.Logger == nil {
		opts.Logger = log.New(io.Discard)
	}
	m := &Model{
		tl:          tl,
		sh:          opts.Shared,
		opts:        opts,
		focus:       paneTimeline,
		companion:   paneActors,
		help:        help.New(),
		dark:        true,
		profile:     colorprofile.TrueColor,
		event:       -1,
		pinned:      -1,
		followDelay: followDelay,
		movedTo:     -2,
		now:         time.Now,
	}
	if opts.HasDarkBackground != nil {
		m.dark = *opts.HasDarkBackground
	}
	m.c = common{ctx: context.Background(), keys: &defaultKeys, logger: opts.Logger, st: stylesFor(m.dark, m.profile)}
	m.actors = newActorPane(&m.c, tl, m.sh)
	m.events = newTimelinePane(&m.c, tl, m.sh)
	m.article = newArticlePane(&m.c, tl, opts.Shared.articles)
	m.article.heads = m.sh.articleHead
	m.help.Styles = m.c.st.help
	for _, name := range opts.Actors {
		a, ok := tl.LookupActor(name)
		if !ok {
			return nil, fmt.Errorf("unknown actor %q", name)
		}
		if !m.actors.inFilter(a) {
			m.actors.filter = append(m.actors.filter, a)
		}
	}
	m.applyFilter()
	m.events.selectLatest()
	return m, nil
}

// Run runs the explorer on the terminal until the reader quits or ctx ends.
func Run(ctx context.Context, tl *model.Timeline, opts Options) error {
	m, err := New(tl, opts)
	if err != nil {
		return err
	}
	m.c.ctx = ctx
	_, err = tea.NewProgram(m, tea.WithContext(ctx)).Run()
	if errors.Is(err, tea.ErrProgramKilled) && ctx.Err() != nil {
		return nil // the caller ended it
	}
	return err
}

// Init asks the terminal for its background when it is not known, and
// builds the shared search index in the background.
func (m *Model) Init() tea.Cmd {
	sh := m.sh
	cmds := []tea.Cmd{func() tea.Msg { sh.searchIndex(); return nil }}
	if m.opts.HasDarkBackground == nil {
		cmds = append(cmds, tea.RequestBackgroundColor)
	}
	return tea.Batch(cmds...)
}

// Update handles a message and returns the commands it calls for: an
// article to render, the wait before the article follows the selection.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	now := false // the article pane follows the selection at once
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.c.width = min(max(msg.Width, 0), maxWidth)
		m.c.height = min(max(msg.Height, 0), maxHeight)
		m.relayout()
		now = true
	case tea.BackgroundColorMsg:
		m.dark = msg.IsDark()
		m.restyle()
		now = true
	case tea.ColorProfileMsg:
		m.profile = msg.Profile
		m.restyle()
		now = true
	case articleRenderedMsg:
		if m.article.rendered(msg) {
			m.frame = ""
		}
		return m, nil
	case followMsg:
		m.waiting = false
		if !m.following {
			return m, nil // the pane caught up some other way meanwhile
		}
		if rest := m.followDelay - m.now().Sub(m.lastMove); rest > 0 {
			return m, m.waitFollow(rest) // the selection moved during the wait
		}
		now = true
	case tea.KeyPressMsg:
		m.notice = ""
		focus := m.focus
		cmd, at := m.key(msg)
		if cmd != nil {
			m.frame = "" // the key may have changed the screen too: y's notice
			return m, cmd
		}
		now = at || (m.focus == paneArticle && focus != paneArticle)
	case tea.PasteMsg:
		m.paste(msg)
	case tea.MouseWheelMsg:
		m.wheel(msg.Mouse())
	case tea.MouseClickMsg:
		m.click(msg.Mouse())
		now = true
	default:
		return m, nil
	}
	m.frame = ""
	return m, m.follow(now)
}

// follow points the article pane at the selected event: at once when now
// is set, the pane is not on screen or the selection moved after a rest;
// when it moves in a run, once it has rested for followDelay. Until then
// the pane keeps the article it shows, title and all, so it never shows an
// article that does not match its title.
func (m *Model) follow(now bool) tea.Cmd {
	ev := m.events.selected()
	moved := ev != m.movedTo
	if moved {
		m.pinned = -1 // the reader went back to the timeline
		t := m.now()
		m.inRun = t.Sub(m.lastMove) < m.followDelay
		m.movedTo, m.lastMove = ev, t
	}
	if ev != m.event {
		if !now && (m.following || m.inRun) && m.lay.shows(paneArticle) {
			m.following = true
			if m.waiting {
				return nil // the wait on its way lasts until the selection rests
			}
			return m.waitFollow(m.followDelay)
		}
		m.event, m.mention = ev, 0
	}
	m.following = false
	if !m.lay.shows(paneArticle) {
		return nil
	}
	if m.pinned >= 0 {
		return m.article.showArticle(m.pinned)
	}
	return m.article.show(m.event, m.mention)
}

// waitFollow starts a wait of d for the article pane to follow. A session
// has one wait at a time, which the move that starts a run begins and
// which, when it ends, waits again for the rest of followDelay after the
// latest move: a timer per move would leave a reader flooding keys over
// SSH with thousands of timers and goroutines alive at once.
func (m *Model) waitFollow(d time.Duration) tea.Cmd {
	m.waiting = true
	return tea.Tick(d, func(time.Time) tea.Msg { return followMsg{} })
}

// settled reports whether the screen shows what the session's state says:
// the article pane has followed the selection and has its render.
func (m *Model) settled() bool { return !m.following && !m.article.pending }

func (m *Model) glamourStyle() string {
	switch m.opts.Style {
	case "", "auto":
		switch profileClass(m.profile) {
		case 0:
			return gstyles.NoTTYStyle
		case 1:
			return gstyles.AsciiStyle
		}
		if m.dark {
			return gstyles.DarkStyle
		}
		return gstyles.LightStyle
	}
	return m.opts.Style
}

func (m *Model) restyle() {
	st := stylesFor(m.dark, m.profile)
	if st == m.c.st && m.article.style == m.glamourStyle() {
		return
	}
	m.c.st = st
	m.help.Styles = st.help
	m.helpKey = helpKey{}
	m.article.style = m.glamourStyle()
	m.actors.restyle()
	m.events.restyle()
	m.article.lines, m.article.titles = nil, nil
}

// relayout places the panes for the screen size, focus and help.
func (m *Model) relayout() {
	w, h := m.c.width, m.c.height
	helpH := len(m.helpLines())
	bodyH := h - 1 - helpH
	if bodyH < 3 { // a tiny screen: the panes first
		bodyH = h - 1
	}
	bodyH = max(bodyH, 0)
	m.lay = computeLayout(w, bodyH, m.focus, m.companion)
	sizes := map[paneID]int{}
	for i, p := range m.lay.panes {
		sizes[p] = m.lay.w[i]
	}
	hOf := func(p paneID) int {
		if _, ok := sizes[p]; ok {
			return bodyH
		}
		return 0
	}
	m.actors.setSize(sizes[paneActors], hOf(paneActors))
	m.events.setSize(sizes[paneTimeline], hOf(paneTimeline))
	m.events.scrollTo(m.events.sel)
	m.article.setSize(sizes[paneArticle], hOf(paneArticle))
	if m.view != nil {
		m.view.setSize(w, bodyH)
	}
	if m.article.style == "" {
		m.article.style = m.glamourStyle()
	}
	m.frame = ""
}

func (m *Model) setFocus(p paneID) {
	if p == m.focus {
		return
	}
	m.focus = p
	if p != paneTimeline {
		m.companion = p
	}
	m.actors.lines, m.events.lines, m.article.lines = nil, nil, nil
	m.helpKey = helpKey{}
	m.relayout()
}

func (m *Model) applyFilter() {
	switch f := m.actors.filter; {
	case len(f) == 0:
		m.events.setActorFilter(nil, false, false)
	case len(f) == 1:
		m.events.setActorFilter(m.tl.ActorEvents(f[0]), true, false) // shared and read-only, like the pane's list
	case m.anyActor:
		m.events.setActorFilter(m.tl.EventsWithAny(f), true, false)
	default:
		m.events.setActorFilter(m.tl.EventsWithAll(f), true, true)
	}
}

// openView puts a full-screen view over the panes (or takes it away, when
// the same one is open).
func (m *Model) openView(kind viewKind, title string, build func(int) []viewLine) {
	if m.view != nil && m.view.kind == kind {
		m.view = nil
	} else {
		m.view = newView(&m.c, kind, title, build)
	}
	m.helpKey = helpKey{}
	m.relayout()
}

// viewKey handles a key while a view is open: it scrolls, enter opens
// the selected item, esc (or the key that opened it) closes it.
func (m *Model) viewKey(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	k := m.c.keys
	v := m.view
	switch {
	case key.Matches(msg, k.Quit):
		return tea.Quit, false
	case key.Matches(msg, k.Back),
		v.kind == viewHelp && key.Matches(msg, k.Help),
		v.kind == viewDetail && key.Matches(msg, k.Detail),
		v.kind == viewArticles && key.Matches(msg, k.Articles):
		m.view = nil
		m.helpKey = helpKey{}
		m.relayout()
	case key.Matches(msg, k.Up):
		v.moveBy(-1)
	case key.Matches(msg, k.Down):
		v.moveBy(1)
	case key.Matches(msg, k.PageUp):
		v.page(-1)
	case key.Matches(msg, k.PageDown):
		v.page(1)
	case key.Matches(msg, k.Top):
		v.scrollTo(0)
		v.moveBy(-len(v.items))
	case key.Matches(msg, k.Bottom):
		v.scrollTo(len(v.lines))
		v.moveBy(len(v.items))
	case key.Matches(msg, k.Open):
		item := v.selected()
		if item < 0 {
			return nil, false
		}
		switch v.kind {
		case viewArticles:
			m.pinned = item
		case viewDetail:
			m.pinned = -1
			m.event, m.mention = m.events.selected(), item
		}
		m.view = nil
		m.helpKey = helpKey{}
		if m.focus == paneArticle {
			m.relayout()
		}
		m.setFocus(paneArticle)
		return nil, true
	}
	return nil, false
}

func (m *Model) searching() bool { return m.searchPane() != nil }

// key handles a key press. It returns the command to run (quitting), and
// whether the article pane must follow the selection at once.
func (m *Model) key(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	k := m.c.keys
	if key.Matches(msg, k.ForceQuit) {
		return tea.Quit, false
	}
	if m.searching() {
		m.searchKey(msg)
		return nil, false
	}
	if m.view != nil {
		return m.viewKey(msg)
	}
	// In the article n and N go from match to match, and only that, even
	// with no search yet: n must not take the reader to the actor pane
	// (next filtered actor) from there.
	if m.focus == paneArticle && (key.Matches(msg, k.NextMatch) || key.Matches(msg, k.PrevMatch)) {
		switch {
		case m.article.query() == "":
			m.notice = "no search in the article: / starts one"
		case key.Matches(msg, k.NextMatch):
			m.article.moveBy(1)
		default:
			m.article.moveBy(-1)
		}
		return nil, false
	}
	switch {
	case key.Matches(msg, k.Quit):
		return tea.Quit, false
	case key.Matches(msg, k.Help):
		m.openView(viewHelp, "Keys", helpView(m.c.keys))
	case key.Matches(msg, k.Articles):
		m.openView(viewArticles, "Articles", articlesView(m.tl))
	case key.Matches(msg, k.Detail):
		if ev := m.events.selected(); ev >= 0 {
			m.openView(viewDetail, "Event", detailView(m.tl, m.sh, ev))
		}
	case key.Matches(msg, k.Copy):
		if ev := m.events.selected(); ev >= 0 {
			m.notice = "copied to the clipboard: " + clean(m.tl.Events[ev].Title)
			return tea.SetClipboard(copyText(m.tl, m.sh, ev)), false
		}
	case key.Matches(msg, k.KeyEvents):
		m.keyView = !m.keyView
		m.events.setKeyView(m.keyView)
	case key.Matches(msg, k.Zoom):
		m.events.setByYear(!m.events.byYear)
	case key.Matches(msg, k.MatchAny):
		m.anyActor = !m.anyActor
		m.applyFilter()
	case key.Matches(msg, k.NextPane):
		m.setFocus((m.focus + 1) % paneCount)
	case key.Matches(msg, k.PrevPane):
		m.setFocus((m.focus + paneCount - 1) % paneCount)
	case key.Matches(msg, k.Pane1):
		m.setFocus(paneActors)
	case key.Matches(msg, k.Pane2):
		m.setFocus(paneTimeline)
	case key.Matches(msg, k.Pane3):
		m.setFocus(paneArticle)
	case key.Matches(msg, k.Search):
		m.startSearch()
	case key.Matches(msg, k.NextMention):
		m.cycleMention(1)
		return nil, true
	case key.Matches(msg, k.PrevMention):
		m.cycleMention(-1)
		return nil, true
	case key.Matches(msg, k.NextFiltered):
		if len(m.actors.filter) > 0 {
			m.setFocus(paneActors)
			m.actors.nextFiltered()
		}
	default:
		switch m.focus {
		case paneActors:
			m.actorKey(msg)
		case paneTimeline:
			m.timelineKey(msg)
		case paneArticle:
			m.articleKey(msg)
		}
	}
	return nil, false
}

// searchable is a pane with a search line: the actor list, the timeline
// and the article.
type searchable interface {
	searchInput() *textinput.Model
	setSearching(bool)
	setQuery(string)
	moveBy(int)
}

func (p *actorPane) searchInput() *textinput.Model { return p.in.input() }
func (p *actorPane) setSearching(on bool) {
	p.searching, p.lines = on, nil
}
func (p *timelinePane) searchInput() *textinput.Model { return p.in.input() }
func (p *timelinePane) setSearching(on bool) {
	p.searching, p.lines, p.title.line = on, nil, ""
}

// searchPane is the pane whose search line has the keyboard, nil if none.
func (m *Model) searchPane() searchable {
	switch {
	case m.actors.searching:
		return m.actors
	case m.events.searching:
		return m.events
	case m.article.searching:
		return m.article
	}
	return nil
}

// startSearch opens the search line of the actor list or the article when
// it has the focus, else the timeline's: a new search, not an edit of the
// last one.
func (m *Model) startSearch() {
	var p searchable = m.events
	switch m.focus {
	case paneActors:
		p = m.actors
	case paneArticle:
		p = m.article
	default:
		m.setFocus(paneTimeline)
	}
	in := p.searchInput()
	in.SetValue("")
	p.setQuery("")
	in.Focus()
	p.setSearching(true)
	m.helpKey = helpKey{}
}

// searchKey handles a key while a search line has the keyboard: the list
// follows every letter.
func (m *Model) searchKey(msg tea.KeyPressMsg) {
	k := m.c.keys
	p := m.searchPane()
	in := p.searchInput()
	switch {
	case key.Matches(msg, k.AcceptSearch):
		in.Blur()
		p.setSearching(false)
	case key.Matches(msg, k.CancelSearch):
		in.Blur()
		in.SetValue("")
		p.setQuery("")
		p.setSearching(false)
	case key.Matches(msg, k.SearchUp):
		p.moveBy(-1)
	case key.Matches(msg, k.SearchDown):
		p.moveBy(1)
	default:
		*in, _ = in.Update(msg)
		p.setQuery(in.Value())
		p.setSearching(true) // redraw the line
	}
	m.helpKey = helpKey{}
}

func (m *Model) paste(msg tea.PasteMsg) {
	if p := m.searchPane(); p != nil {
		in := p.searchInput()
		*in, _ = in.Update(msg)
		p.setQuery(in.Value())
		p.setSearching(true)
	}
}

// cycleMention moves the article pane to the next (d = 1) or previous
// (d = -1) mention of the selected event. The pane is first caught up with
// the selection if it still trails it: ] means the event the reader sees
// selected.
func (m *Model) cycleMention(d int) {
	if ev := m.events.selected(); ev != m.event {
		m.event, m.mention = ev, 0
	}
	if m.event < 0 {
		return
	}
	n := len(m.tl.Events[m.event].Mentions)
	if n == 0 {
		return
	}
	m.mention = ((m.mention+d)%n + n) % n
	m.pinned = -1
	if !m.lay.shows(paneArticle) {
		m.setFocus(paneArticle)
	}
}

// listNav is what the cursor keys do in a list.
type listNav interface {
	moveBy(int)
	scrollTo(int)
	page() int
}

func (m *Model) navKey(msg tea.KeyPressMsg, l listNav, n int) bool {
	k := m.c.keys
	switch {
	case key.Matches(msg, k.Up):
		l.moveBy(-1)
	case key.Matches(msg, k.Down):
		l.moveBy(1)
	case key.Matches(msg, k.PageUp):
		l.moveBy(-l.page())
	case key.Matches(msg, k.PageDown):
		l.moveBy(l.page())
	case key.Matches(msg, k.Top):
		l.scrollTo(0)
	case key.Matches(msg, k.Bottom):
		l.scrollTo(n - 1)
	default:
		return false
	}
	return true
}

func (m *Model) actorKey(msg tea.KeyPressMsg) {
	k := m.c.keys
	p := m.actors
	if m.navKey(msg, p, len(p.list)) {
		return
	}
	switch {
	case key.Matches(msg, k.Toggle), key.Matches(msg, k.Open):
		if p.toggle() {
			m.applyFilter()
		}
	case key.Matches(msg, k.Back):
		switch {
		case p.query != "":
			p.in.clear()
			p.setQuery("")
		case p.clearFilter():
			m.applyFilter()
		}
	}
}

func (m *Model) timelineKey(msg tea.KeyPressMsg) {
	k := m.c.keys
	p := m.events
	if m.navKey(msg, p, p.n()) {
		return
	}
	switch {
	case key.Matches(msg, k.Open):
		m.pinned = -1 // the selected event's article, not one opened from the list
		m.setFocus(paneArticle)
	case key.Matches(msg, k.Back):
		switch {
		case p.query() != "":
			p.in.clear()
			p.setQuery("")
		case m.actors.clearFilter():
			m.applyFilter()
		}
	}
}

func (m *Model) articleKey(msg tea.KeyPressMsg) {
	k := m.c.keys
	p := m.article
	switch {
	case key.Matches(msg, k.Up):
		p.scrollBy(-1)
	case key.Matches(msg, k.Down):
		p.scrollBy(1)
	case key.Matches(msg, k.PageUp):
		p.scrollBy(-max(p.contentH()-1, 1))
	case key.Matches(msg, k.PageDown):
		p.scrollBy(max(p.contentH()-1, 1))
	case key.Matches(msg, k.Top):
		p.scrollTo(0)
	case key.Matches(msg, k.Bottom):
		p.scrollTo(p.total())
	case key.Matches(msg, k.Back):
		if p.query() != "" {
			p.in.clear()
			p.setQuery("")
			return
		}
		m.setFocus(paneTimeline)
	}
}

const wheelStep = 3

func (m *Model) wheel(mouse tea.Mouse) {
	if mouse.Y >= m.lay.bodyH {
		return
	}
	if m.view != nil {
		switch mouse.Button {
		case tea.MouseWheelUp:
			m.view.scrollTo(m.view.offset - wheelStep)
		case tea.MouseWheelDown:
			m.view.scrollTo(m.view.offset + wheelStep)
		}
		return
	}
	d := 0
	switch mouse.Button {
	case tea.MouseWheelUp:
		d = -wheelStep
	case tea.MouseWheelDown:
		d = wheelStep
	default:
		return
	}
	switch m.lay.paneAt(mouse.X) {
	case paneActors:
		m.actors.moveBy(d)
	case paneTimeline:
		m.events.moveBy(d)
	case paneArticle:
		m.article.scrollBy(d)
	}
}

func (m *Model) click(mouse tea.Mouse) {
	if mouse.Button != tea.MouseLeft || mouse.Y >= m.lay.bodyH || m.view != nil {
		return
	}
	p := m.lay.paneAt(mouse.X)
	if p < 0 {
		return
	}
	m.setFocus(p)
	y := mouse.Y - 1 // the pane's title line
	switch p {
	case paneActors:
		if pos := m.actors.rowAt(y); pos >= 0 {
			m.actors.scrollTo(pos)
		}
	case paneTimeline:
		m.events.view(true) // the rows on screen, if a message came between frames
		if pos := m.events.rowAt(y); pos >= 0 {
			m.events.scrollTo(pos)
		}
	}
}

// View draws the frame. Each pane keeps its drawn lines until its state
// changes, and the whole frame is kept until any message changes
// something, so an unchanged screen costs nothing to draw again.
func (m *Model) View() tea.View {
	if m.frame == "" && m.c.width > 0 && m.c.height > 0 {
		m.frame = m.draw()
		m.frameLen = len(m.frame)
	}
	v := tea.NewView(m.frame)
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	v.WindowTitle = "Chronik"
	if !m.firstFrame && m.frame != "" {
		m.firstFrame = true
		if m.opts.OnFirstFrame != nil {
			m.opts.OnFirstFrame()
		}
	}
	return v
}

// draw assembles the frame from the panes' lines, each pane drawn by its
// view only when its own state changed, and the status and help lines,
// kept fitted to the width.
func (m *Model) draw() string {
	w, h := m.c.width, m.c.height
	var b strings.Builder
	b.Grow(max(m.frameLen, w*h))
	cols := make([][]string, len(m.lay.panes))
	if m.view != nil {
		cols = [][]string{m.view.draw()}
	}
	for i, p := range m.lay.panes {
		if m.view != nil {
			break
		}
		focused := p == m.focus
		switch p {
		case paneActors:
			cols[i] = m.actors.view(focused)
		case paneTimeline:
			cols[i] = m.events.view(focused)
		case paneArticle:
			cols[i] = m.article.view(focused)
		}
	}
	div := m.c.st.divider.on("│")
	rows := 0
	for y := 0; y < m.lay.bodyH; y++ {
		if rows > 0 {
			b.WriteByte('\n')
		}
		for i := range cols {
			if i > 0 {
				b.WriteString(div)
			}
			if y < len(cols[i]) {
				b.WriteString(cols[i][y])
			}
		}
		rows++
	}
	if line := m.statusLine(); line != m.status || m.statusW != w {
		m.status, m.statusW, m.statusFit = line, w, fit(line, w)
	}
	extra := []string{m.statusFit}
	if m.lay.bodyH+1 < h {
		extra = append(extra, m.helpLines()...)
	}
	for _, line := range extra {
		if rows >= h {
			break
		}
		if rows > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(line)
		rows++
	}
	return b.String()
}

// statusLine says what the timeline shows — "12 of 48 events · Musk +
// Altman", "key events: 11 of 44", or the counts — then what the loader
// left out, then a search of the article, or a one-off notice; on a
// screen too narrow for all of that, the search or notice first.
func (m *Model) statusLine() string {
	st := m.c.st
	total := len(m.tl.Events)
	n := m.events.n()
	var b strings.Builder
	b.WriteByte(' ')
	switch {
	case m.keyView:
		fmt.Fprintf(&b, "key events: %d of %d", n, total)
	case n == total:
		fmt.Fprintf(&b, "%d events · %d actors · %d articles", total, len(m.tl.Actors), len(m.tl.Articles))
	default:
		fmt.Fprintf(&b, "%d of %d events", n, total)
	}
	out := st.status.on(b.String())
	if f := m.actors.filter; len(f) > 0 {
		names := make([]string, len(f))
		for i, a := range f {
			names[i] = m.sh.actorShort[a]
		}
		join := " + "
		if m.anyActor {
			join = " or "
		}
		out += st.status.on(" · ") + st.statusFilter.on(strings.Join(names, join))
	}
	if q := m.events.in.value(); q != "" {
		out += st.status.on(" · /" + clean(q))
	}
	var extra []string
	if n := len(m.tl.Skipped); n > 0 {
		extra = append(extra, fmt.Sprintf("%d files skipped (a)", n))
	}
	if n := len(m.tl.NotGerman); n > 0 {
		extra = append(extra, fmt.Sprintf("%d not German (a)", n))
	}
	for _, e := range extra {
		out += st.status.on(" · " + e)
	}
	// What the reader just asked for: the count of a search in the article,
	// a notice.
	var asked []string
	if m.focus == paneArticle && m.view == nil {
		if s := m.article.searchStatus(); s != "" {
			asked = append(asked, s)
		}
	}
	if m.notice != "" {
		asked = append(asked, m.notice)
	}
	if len(asked) == 0 {
		return out
	}
	said := strings.Join(asked, " · ")
	if line := out + st.status.on(" · "+said); xansi.StringWidth(line) <= m.c.width {
		return line
	}
	// Too narrow for all of it: what was asked for comes first, where the
	// cut at the width does not reach it.
	return st.status.on(" "+said+" ·") + out
}

// helpKey is what the help lines depend on.
type helpKey struct {
	width           int
	focus           paneID
	searching, view bool
	valid           bool
}

// helpLines is the help under the status line, fitted to the width and in
// the session's colours; it is drawn again only when what it says changes.
func (m *Model) helpLines() []string {
	k := helpKey{m.c.width, m.focus, m.searching(), m.view != nil, true}
	if k == m.helpKey {
		return m.helpOut
	}
	m.help.SetWidth(m.c.width - 1) // the line starts with a space
	h := paneHelp{km: m.c.keys, focus: m.focus, searching: m.searching(), view: m.view != nil}
	out := strings.Split(" "+strings.ReplaceAll(m.help.View(h), "\n", "\n "), "\n")
	for i, l := range out {
		out[i] = fit(m.c.st.downsample(l), m.c.width)
	}
	m.helpKey, m.helpOut = k, out
	return out
}
