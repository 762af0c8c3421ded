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
	Search                     key.Binding
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
		Search:       b("/", "search", "/"),
		NextMention:  b("]", "next mention", "]"),
		PrevMention:  b("[", "prev mention", "["),
		Back:         b("esc", "back", "esc"),
		Help:         b("?", "more", "?"),
		Quit:         b("q", "quit", "q", "ctrl+c"),
		AcceptSearch: b("enter", "done", "enter"),
		CancelSearch: b("esc", "clear", "esc"),
		SearchUp:     b("↑", "up", "up", "ctrl+p"),
		SearchDown:   b("↓", "down", "down", "ctrl+n"),
		ForceQuit:    key.NewBinding(key.WithKeys("ctrl+c")),
	}
}

// paneHelp is the help of one state of the screen: what the keys do in the
// focused pane, or while a search is being typed.
type paneHelp struct {
	km        *KeyMap
	focus     paneID
	searching bool
}

func (h paneHelp) ShortHelp() []key.Binding {
	k := h.km
	switch {
	case h.searching:
		return []key.Binding{k.AcceptSearch, k.CancelSearch, k.SearchUp, k.SearchDown}
	case h.focus == paneActors:
		return []key.Binding{k.Toggle, k.Search, k.NextFiltered, k.Back, k.NextPane, k.Help, k.Quit}
	case h.focus == paneArticle:
		return []key.Binding{k.Up, k.Down, k.NextMention, k.PrevMention, k.Back, k.Help, k.Quit}
	}
	return []key.Binding{k.Open, k.Search, k.NextMention, k.NextPane, k.Pane1, k.Help, k.Quit}
}

func (h paneHelp) FullHelp() [][]key.Binding {
	k := h.km
	return [][]key.Binding{
		{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom},
		{k.NextPane, k.PrevPane, k.Pane1, k.Pane2, k.Pane3, k.Back},
		{k.Open, k.Toggle, k.NextFiltered, k.Search, k.NextMention, k.PrevMention},
		{k.Help, k.Quit},
	}
}
