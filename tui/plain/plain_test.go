package plain

import (
	"strings"
	"testing"
	"time"

	"chronik/model"
)

func fixture() *model.Timeline {
	text := "Am Mittwochabend trafen sich A und B.\x1b]0;pwn\x07 Danach \x1b[31mrot\x1b[0m."
	art := &model.Article{ID: "a1", Title: "Titel\x1b[2J", Text: text,
		Date: model.ArticleDate{Interval: model.MonthInterval(2024, time.December), Source: model.DateFromHeader, Reason: `header "date 2024-12"`},
		Meta: []model.Block{{Kind: model.BlockCredit, Start: 0, End: 16}}}
	actors := []model.Actor{{ID: "a", Name: "Anna Alt", Kind: model.Person}, {ID: "b", Name: "Bernd\x1bBeck", Kind: model.Person}}
	events := []model.Event{
		{ID: "e2", Title: "Undatiert", Actors: []int{0}, Mentions: []model.EventMention{{Article: 0, Start: 38, End: len(text)}}},
		{ID: "e1", Title: "Treffen: Alt, Beck", Date: model.DayInterval(model.NewDay(2024, time.December, 18)), Actors: []int{0, 1},
			Mentions: []model.EventMention{{Article: 0, Start: 0, End: 37}}},
	}
	return model.New([]*model.Article{art}, actors, events)
}

func TestWrite(t *testing.T) {
	tl := fixture()
	var b strings.Builder
	if err := Write(&b, tl, tl.EventsWithAll(nil)); err != nil {
		t.Fatal(err)
	}
	got := b.String()
	want := `December 2024
=============

18 Dec 2024  Treffen: Alt, Beck
    Anna Alt, Bernd␛Beck
    a1: Am Mittwochabend trafen sich A und B.

Undated
=======

undated  Undatiert
    Anna Alt
    a1: ]0;pwn␇ Danach ␛[31mrot␛[0m.
`
	if got != want {
		t.Errorf("Write =\n%s\nwant\n%s", got, want)
	}
	if strings.ContainsAny(got, "\x1b\x07") {
		t.Error("control characters reached the output")
	}
}

func TestWriteNoEvents(t *testing.T) {
	var b strings.Builder
	if err := Write(&b, fixture(), nil); err != nil || b.String() != "no events\n" {
		t.Errorf("Write(nil) = %q, %v", b.String(), err)
	}
}

func TestWriteArticles(t *testing.T) {
	var b strings.Builder
	if err := WriteArticles(&b, fixture().Articles); err != nil {
		t.Fatal(err)
	}
	want := "a1  Titel␛[2J\n" +
		"    date:   Dec 2024 (2024-12-01..2024-12-31), header \"date 2024-12\"\n" +
		"    credit: Am Mittwochabend\n"
	if b.String() != want {
		t.Errorf("WriteArticles =\n%q\nwant\n%q", b.String(), want)
	}
}

func TestQuoteShortens(t *testing.T) {
	long := strings.Repeat("Wort ", 100)
	q := quote(long)
	if n := len([]rune(q)); n > quoteLimit+2 || !strings.HasSuffix(q, " …") {
		t.Errorf("quote gave %d runes: %q", n, q)
	}
}

// TestCleanDropsWhatTheExplorerDrops: the plain path and the explorer share
// one sanitiser, bidirectional overrides and isolates included.
func TestCleanDropsWhatTheExplorerDrops(t *testing.T) {
	in := "a\u202eb\u2066c\u2069d\x1b[2Je\u0085f\xffg\nh"
	want := "abcd␛[2Je\ufffdf\ufffdg h"
	if got := Clean(in); got != want {
		t.Errorf("Clean(%q) = %q, want %q", in, got, want)
	}
	tl := fixture()
	tl.Events[0].Title = "Treffen \u202eniaga\u202c: Alt"
	var b strings.Builder
	if err := Write(&b, tl, []int{0}); err != nil {
		t.Fatal(err)
	}
	if strings.ContainsAny(b.String(), "\u202e\u202c") || !strings.Contains(b.String(), "Treffen niaga: Alt") {
		t.Errorf("a bidirectional override reached the output:\n%q", b.String())
	}
}

// No events from articles that are not German: the text says why.
func TestWriteNoEventsNotGerman(t *testing.T) {
	tl := model.New(fixture().Articles, nil, nil)
	tl.NotGerman = []int{0}
	var b strings.Builder
	if err := Write(&b, tl, nil); err != nil {
		t.Fatal(err)
	}
	if want := "no events\nChronik reads German news: 1 of 1 articles do not read as German.\n"; b.String() != want {
		t.Errorf("Write = %q, want %q", b.String(), want)
	}
}

// TestWriteArticlesOpinion: a commentary's genre is listed with the line
// that marks it, cleaned like every text of an article.
func TestWriteArticlesOpinion(t *testing.T) {
	a := *fixture().Articles[0]
	a.Meta, a.Opinion = nil, "Kommentar: Der Rat\x1b[2J irrt"
	var b strings.Builder
	if err := WriteArticles(&b, []*model.Article{&a}); err != nil {
		t.Fatal(err)
	}
	if want := "    genre:  opinion (Kommentar: Der Rat␛[2J irrt)\n"; !strings.HasSuffix(b.String(), want) {
		t.Errorf("WriteArticles =\n%q\nwant it to end with\n%q", b.String(), want)
	}
}
