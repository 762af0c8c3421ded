package server

import (
	"fmt"

	tea "charm.land/bubbletea/v2"

	"chronik/model"
	"chronik/tui"
)

// articleCacheBytes bounds the rendered articles all sessions share. A
// rendered article is kept per width and style, so this is what lets many
// readers at a handful of common widths render each article once.
const articleCacheBytes = 32 << 20

// New makes a server for tl, which every session shares read-only. Each
// session gets its own explorer (tui.Model); all of them share one
// tui.Shared: actor order, search index, activity bars and the rendered
// articles.
func New(cfg Config, tl *model.Timeline) (*Server, error) {
	shared := tui.NewShared(tl, articleCacheBytes)
	style := cfg.Style
	// One model up front: a bad style fails here rather than in every
	// session.
	if _, err := tui.New(tl, tui.Options{Style: style, Shared: shared}); err != nil {
		return nil, fmt.Errorf("server: %w", err)
	}
	return newServer(cfg, tl, func(o appOptions) (tea.Model, error) {
		return tui.New(tl, tui.Options{
			Actors: o.Actors,
			Style:  style,
			Shared: shared,
			Logger: o.Logger,
			// HasDarkBackground stays nil: each session asks its own
			// terminal and draws for a dark one until (unless) it answers.
			OnFirstFrame: o.OnFirstFrame,
		})
	})
}
