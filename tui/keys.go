package tui

import "charm.land/bubbles/v2/key"

// KeyMap is every key the explorer answers to. One map serves all panes;
// each pane's help lists the bindings that mean something there.
type KeyMap struct {
	NextPane, PrevPane         key.Binding
	Pane1, Pane2, Pane3        key.Binding
	Up, Down                   key.Binding
	PageUp, PageDown           key.Binding
	Top, Bottom                key.Binding
	Open                       key.Binding // enter: open the article, toggle an actor
	Toggle                     key.Binding // space: toggle an actor in the filter
	NextFiltered               key.Binding // move to the next actor of the filter
	MatchAny                   key.Binding // the filter's events: with all of its actors, or with any
	KeyEvents                  key.Binding // all events, or the key events only
	Zoom                       key.Binding // headings by months, or by years
	Detail                     key.Binding // the selected event in full
	Articles                   key.Binding // every article, and the files left out
	Copy                       key.Binding // the selected event to the clipboard
	Search                     key.Binding
	NextMatch, PrevMatch       key.Binding // in the article pane, after a search
	NextMention, PrevMention   key.Binding
	Back                       key.Binding
	Help                       key.Binding
	Quit                       key.Binding
	AcceptSearch, CancelSearch key.Binding // while typing a search
	SearchUp, SearchDown       key.Binding // move through the hits while typing
	ForceQuit                  key.Binding // ctrl+c, even while typing
}

// defaultKeys is the key map every session reads (and none changes).
var defaultKeys = DefaultKeyMap()

// DefaultKeyMap follows the Charm conventions (soft-serve, glow).
func DefaultKeyMap() KeyMap {
	b := func(help, desc string, keys ...string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, desc))
	}
	return KeyMap{
		NextPane:     b("tab", "next pane", "tab"),
		PrevPane:     b("shift+tab", "prev pane", "shift+tab"),
		Pane1:        b("1", "actors", "1"),
		Pane2:        b("2", "timeline", "2"),
		Pane3:        b("3", "article", "3"),
		Up:           b("↑/k", "up", "up", "k"),
		Down:         b("↓/j", "down", "down", "j"),
		PageUp:       b("pgup", "page up", "pgup", "ctrl+u", "b"),
		PageDown:     b("pgdn", "page down", "pgdown", "ctrl+d", "f"),
		Top:          b("g/home", "top", "g", "home"),
		Bottom:       b("G/end", "bottom", "G", "end"),
		Open:         b("enter", "open", "enter"),
		Toggle:       b("space", "filter by actor", "space"),
		NextFiltered: b("n", "next filtered actor", "n"),
		MatchAny:     b("m", "all / any of the actors", "m"),
		KeyEvents:    b("v", "key events / all", "v"),
		Zoom:         b("z", "group by months / years", "z"),
		Detail:       b("i", "event detail", "i"),
		Articles:     b("a", "articles, skipped files", "a"),
		Copy:         b("y", "copy event", "y"),
		Search:       b("/", "search", "/"),
		NextMatch:    b("n", "next match", "n"),
		PrevMatch:    b("N", "prev match", "N"),
		NextMention:  b("]", "next mention", "]"),
		PrevMention:  b("[", "prev mention", "["),
		Back:         b("esc", "back", "esc"),
		Help:         b("?", "all keys", "?"),
		Quit:         b("q", "quit", "q", "ctrl+c"),
		AcceptSearch: b("enter", "done", "enter"),
		CancelSearch: b("esc", "clear", "esc"),
		SearchUp:     b("↑", "up", "up", "ctrl+p"),
		SearchDown:   b("↓", "down", "down", "ctrl+n"),
		ForceQuit:    key.NewBinding(key.WithKeys("ctrl+c")),
	}
}

// paneHelp is the one-line help of one state of the screen: what the keys
// do in the focused pane, or while a search is being typed, or in a view.
type paneHelp struct {
	km        *KeyMap
	focus     paneID
	searching bool
	view      bool // a full-screen view (help, detail, articles) is open
}

func (h paneHelp) ShortHelp() []key.Binding {
	k := h.km
	switch {
	case h.searching:
		return []key.Binding{k.AcceptSearch, k.CancelSearch, k.SearchUp, k.SearchDown}
	case h.view:
		return []key.Binding{k.Up, k.Down, k.Open, k.Back, k.Quit}
	case h.focus == paneActors:
		return []key.Binding{k.Toggle, k.Search, k.MatchAny, k.Back, k.Help, k.Quit}
	case h.focus == paneArticle:
		return []key.Binding{k.Search, k.NextMatch, k.NextMention, k.Back, k.Help, k.Quit}
	}
	return []key.Binding{k.Open, k.Detail, k.KeyEvents, k.Search, k.Copy, k.Help, k.Quit}
}

// FullHelp is not drawn by bubbles' help (the "?" view lists every key
// with its section, see helpSections); it is here for help.KeyMap.
func (h paneHelp) FullHelp() [][]key.Binding {
	var out [][]key.Binding
	for _, s := range helpSections(h.km) {
		out = append(out, s.keys)
	}
	return out
}

// helpSection is one group of the "?" view.
type helpSection struct {
	title string
	keys  []key.Binding
}

func helpSections(k *KeyMap) []helpSection {
	return []helpSection{
		{"Everywhere", []key.Binding{k.NextPane, k.PrevPane, k.Pane1, k.Pane2, k.Pane3, k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom, k.Search, k.Back, k.Help, k.Quit}},
		{"Timeline", []key.Binding{k.Open, k.Detail, k.KeyEvents, k.Zoom, k.Copy, k.NextMention, k.PrevMention, k.Articles}},
		{"Actors", []key.Binding{k.Toggle, k.Open, k.NextFiltered, k.MatchAny}},
		{"Article", []key.Binding{k.Search, k.NextMatch, k.PrevMatch, k.NextMention, k.PrevMention, k.Copy}},
		{"While typing a search", []key.Binding{k.AcceptSearch, k.CancelSearch, k.SearchUp, k.SearchDown}},
	}
}
