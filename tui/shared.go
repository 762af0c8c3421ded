package tui

import (
	"cmp"
	"slices"
	"strings"
	"sync"

	xansi "github.com/charmbracelet/x/ansi"

	"chronik/model"
)

// Shared is what every session on one Timeline needs and none may change:
// actor order and names ready to draw, the search index, activity bars and
// the rendered articles. A server builds one and hands it to every session
// (Options.Shared), so a new session costs its own state only; a session
// given none builds a private one.
type Shared struct {
	tl *model.Timeline

	actorOrder []int    // actors by mentions, most first, then by name
	actorName  []string // sanitised canonical names
	actorShort []string // sanitised short names for timeline rows: a person's last name
	actorHay   []string // lower-cased name and aliases, for the actor search

	articleHead []string // each article's sanitised title and date, for the article pane's title line

	// The widest date label of the timeline's events, in full and short
	// form: the timeline's date column is as wide as the widest, so no
	// date is ever cut.
	dateW, shortDateW int

	keyOnce sync.Once
	key     []int // the key events, in time order (see keyEvents)

	searchOnce sync.Once
	search     *model.SearchIndex

	bars sync.Map // barKey → string

	articles *ArticleCache
}

type barKey struct{ actor, width int }

// NewShared prepares what the sessions on tl share, with an article cache
// of about articleCacheBytes of rendered text (<= 0: the cache's default).
func NewShared(tl *model.Timeline, articleCacheBytes int) *Shared {
	s := &Shared{
		tl:         tl,
		actorOrder: make([]int, len(tl.Actors)),
		actorName:  make([]string, len(tl.Actors)),
		actorShort: make([]string, len(tl.Actors)),
		actorHay:   make([]string, len(tl.Actors)),
		articles:   NewArticleCache(articleCacheBytes),
	}
	for i := range tl.Actors {
		a := &tl.Actors[i]
		s.actorOrder[i] = i
		s.actorName[i] = clean(a.Name)
		s.actorShort[i] = s.actorName[i]
		if a.Kind == model.Person {
			s.actorShort[i] = model.Surname(s.actorName[i])
		}
		s.actorHay[i] = model.NormalizeQuery(a.Name + "\x00" + strings.Join(a.Aliases, "\x00"))
	}
	s.articleHead = make([]string, len(tl.Articles))
	for i, a := range tl.Articles {
		s.articleHead[i] = articleHead(a)
	}
	s.dateW, s.shortDateW = labelWidths(tl)
	slices.SortStableFunc(s.actorOrder, func(x, y int) int {
		if c := cmp.Compare(tl.Actors[y].Mentions, tl.Actors[x].Mentions); c != 0 {
			return c
		}
		return cmp.Compare(s.actorName[x], s.actorName[y])
	})
	return s
}

// labelWidths measures the widest full and short date label of tl's
// events. Labels depend only on an interval's shape, so each distinct
// interval is measured once.
func labelWidths(tl *model.Timeline) (full, short int) {
	seen := make(map[model.Interval]bool)
	for i := range tl.Events {
		d := tl.Events[i].Date
		if seen[d] {
			continue
		}
		seen[d] = true
		full = max(full, xansi.StringWidth(d.Label()))
		short = max(short, xansi.StringWidth(d.ShortLabel()))
	}
	return max(full, len("undated")), max(short, len("undated"))
}

// keyEventShare and maxKeyEvents size the key-events view: the quarter of
// the events that rank highest, at most 200 — a page or a few, however
// large the corpus.
const (
	keyEventShare = 4
	maxKeyEvents  = 200
)

// keyEvents returns the key events of the timeline in time order (see
// model.Timeline.KeyEvents), ranked once and shared.
func (s *Shared) keyEvents() []int {
	s.keyOnce.Do(func() {
		n := (len(s.tl.Events) + keyEventShare - 1) / keyEventShare
		s.key = s.tl.KeyEvents(min(n, maxKeyEvents))
	})
	return s.key
}

// Articles is the cache of rendered articles the sessions share.
func (s *Shared) Articles() *ArticleCache { return s.articles }

// searchIndex builds the event search index on first use; sessions that
// never search never pay for it.
func (s *Shared) searchIndex() *model.SearchIndex {
	s.searchOnce.Do(func() { s.search = model.NewSearchIndex(s.tl) })
	return s.search
}

// bar draws where in the timeline's span actor a's dated events fall, in
// width cells of block characters scaled to the actor's busiest cell.
// Bars are drawn once per actor and width and shared.
func (s *Shared) bar(a, width int) string {
	k := barKey{a, width}
	if b, ok := s.bars.Load(k); ok {
		return b.(string)
	}
	b := activityBar(s.tl, a, width)
	s.bars.Store(k, b)
	return b
}

var barLevels = []rune(" ▁▂▃▄▅▆▇█")

func activityBar(tl *model.Timeline, a, width int) string {
	if width <= 0 {
		return ""
	}
	span := tl.Span()
	counts := make([]int, width)
	days := span.Days()
	peak := 0
	for _, e := range tl.ActorEvents(a) {
		d := tl.Events[e].Date
		if !d.Valid() || days == 0 {
			continue
		}
		mid := d.Start + (d.End-d.Start)/2
		cell := int(mid-span.Start) * width / days
		cell = min(max(cell, 0), width-1)
		counts[cell]++
		peak = max(peak, counts[cell])
	}
	var b strings.Builder
	for _, c := range counts {
		level := 0
		if c > 0 {
			level = 1 + c*(len(barLevels)-2)/peak // at least ▁, the busiest cell █
		}
		b.WriteRune(barLevels[level])
	}
	return b.String()
}
