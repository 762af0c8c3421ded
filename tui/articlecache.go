package tui

import (
	"container/list"
	"fmt"
	"sync"

	"chronik/model"
)

// An ArticleCache keeps rendered articles for every session of a process:
// rendering an article with glamour takes milliseconds, drawing a cached one
// microseconds, and SSH readers tend to open the same articles. Renders are
// keyed by article, width and style (and, for the block holding the
// highlighted sentence, by that sentence). When several sessions want the
// same render at once, one renders and the others wait for it. The cache
// is bounded by the bytes of the rendered text, least recently used first
// out. It is safe for concurrent use.
type ArticleCache struct {
	mu      sync.Mutex
	max     int
	used    int
	lru     list.List // of *cacheEntry, most recently used at the front; finished entries only
	entries map[cacheKey]*cacheEntry
	renders int // renders run, for tests
}

type cacheKey struct {
	art    *model.Article
	width  int
	style  string
	hlFrom int // the highlighted sentence, -1 for the whole article
	hlTo   int
}

type cacheEntry struct {
	key  cacheKey
	done chan struct{} // closed when val or err is set
	val  any
	size int
	err  error
	elem *list.Element
}

// NewArticleCache returns a cache holding up to about maxBytes of rendered
// text; maxBytes <= 0 means 16 MiB.
func NewArticleCache(maxBytes int) *ArticleCache {
	if maxBytes <= 0 {
		maxBytes = 16 << 20
	}
	return &ArticleCache{max: maxBytes, entries: make(map[cacheKey]*cacheEntry)}
}

// peek returns a finished render without waiting or rendering.
func (c *ArticleCache) peek(k cacheKey) (any, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.entries[k]
	if !ok || e.elem == nil {
		return nil, false
	}
	c.lru.MoveToFront(e.elem)
	return e.val, true
}

// load returns the render for k, running build if no session has it yet
// and waiting for the session that is building it if one is.
func (c *ArticleCache) load(k cacheKey, build func() (any, int, error)) (any, error) {
	c.mu.Lock()
	if e, ok := c.entries[k]; ok {
		if e.elem != nil {
			c.lru.MoveToFront(e.elem)
		}
		c.mu.Unlock()
		<-e.done
		return e.val, e.err
	}
	e := &cacheEntry{key: k, done: make(chan struct{})}
	c.entries[k] = e
	c.renders++
	c.mu.Unlock()

	func() {
		defer func() {
			if r := recover(); r != nil {
				e.err = fmt.Errorf("rendering %s: %v", k.art.ID, r)
			}
		}()
		e.val, e.size, e.err = build()
	}()

	c.mu.Lock()
	if e.err != nil {
		delete(c.entries, k) // a later attempt may succeed
	} else {
		e.elem = c.lru.PushFront(e)
		c.used += e.size
		for c.used > c.max && c.lru.Len() > 1 {
			old := c.lru.Remove(c.lru.Back()).(*cacheEntry)
			delete(c.entries, old.key)
			c.used -= old.size
		}
	}
	c.mu.Unlock()
	close(e.done)
	return e.val, e.err
}

func (c *ArticleCache) stats() (entries, bytes, renders int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.lru.Len(), c.used, c.renders
}
