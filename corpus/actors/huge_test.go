package actors

import (
	"runtime"
	"strings"
	"testing"
	"time"
)

// A 16 MB article (the largest file ingest accepts; 2 MB under the race
// detector) of ordinary text, with a very long word, a run without letters
// and mixed scripts in it: Find finishes, in time and memory that grow
// with the text.
func TestHugeArticle(t *testing.T) {
	if testing.Short() {
		t.Skip("16 MB")
	}
	para := "Elon Musk traf am Montag Donald Trump in Mar-a-Lago, sagte Musks Sprecherin der Deutschen Presse-Agentur (dpa). " +
		"Москва und 北京 reagierten; Trumps Berater Stephen Miller schwieg.\n"
	size := 16 << 20
	if raceEnabled {
		size = 2 << 20
	}
	var b strings.Builder
	b.WriteString(strings.Repeat("Ä", size/16)) // one word of size/8 bytes
	b.WriteString("\n")
	b.WriteString(strings.Repeat("!? ", size/24))
	b.WriteString("\n")
	for b.Len() < size {
		b.WriteString(para)
	}
	a := article(strings.Split(b.String(), "\n")...)
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	start := time.Now()
	ms := rec.Find(a)
	d := time.Since(start)
	runtime.ReadMemStats(&after)
	t.Logf("%d MB: %d mentions in %v, %d MB allocated", len(a.Text)>>20, len(ms), d, (after.TotalAlloc-before.TotalAlloc)>>20)
	if len(ms) == 0 {
		t.Error("no mentions")
	}
	// Linear work takes seconds here, even on a loaded machine or under
	// the race detector; a pass quadratic in the mentions would take hours.
	if d > 3*time.Minute {
		t.Errorf("%v for %d MB", d, len(a.Text)>>20)
	}
}
