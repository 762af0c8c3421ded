package model

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"time"
)

func jsonTimeline() *Timeline {
	text := "Überschrift\nAm Mittwoch trafen sich Bezos und Trump. Foto: dpa\nMusk postete."
	sent := strings.Index(text, "Am")
	sentEnd := strings.Index(text, " Foto")
	credit := strings.Index(text, "Foto")
	creditEnd := strings.Index(text, "\nMusk")
	post := strings.Index(text, "Musk postete")
	a := &Article{
		ID: "000", Title: "Überschrift", Text: text, Source: "Von A. B.",
		Date: ArticleDate{Interval: MonthInterval(2024, time.December), Source: DateFromHeader, Reason: "header line"},
		Meta: []Block{{Kind: BlockCredit, Start: credit, End: creditEnd}},
	}
	b := &Article{ID: "001", Title: "Leer", Text: "Nichts."}
	actors := []Actor{
		{ID: "donald-trump", Name: "Donald Trump", Kind: Person, Aliases: []string{"Trump"}, Mentions: 1},
		{ID: "jeff-bezos", Name: "Jeff Bezos", Kind: Person, Mentions: 1},
		{ID: "elon-musk", Name: "Elon Musk", Kind: Person, Mentions: 1},
	}
	dec18 := DayInterval(NewDay(2024, time.December, 18))
	events := []Event{
		{ID: "post", Title: "Post: Musk", Kind: "post", Actors: []int{2},
			Mentions: []EventMention{{Article: 0, Start: post, End: len(text), Trigger: "postete"}}},
		{ID: "dinner", Title: "Treffen: Bezos, Trump", Kind: "meeting", Date: dec18, Actors: []int{1, 0},
			Mentions: []EventMention{{Article: 0, Start: sent, End: sentEnd, Date: dec18, Timex: "2024-12-18", Trigger: "trafen"}}},
	}
	return New([]*Article{a, b}, actors, events)
}

func TestExportAll(t *testing.T) {
	tl := jsonTimeline()
	doc := tl.Export(nil)
	if len(doc.Articles) != 2 || len(doc.Actors) != 3 || len(doc.Events) != 2 {
		t.Fatalf("Export(nil) = %d articles, %d actors, %d events; want 2, 3, 2", len(doc.Articles), len(doc.Actors), len(doc.Events))
	}
	// Timeline order: the dated dinner before the undated post.
	if doc.Events[0].ID != "dinner" || doc.Events[1].ID != "post" {
		t.Errorf("event order = %s, %s", doc.Events[0].ID, doc.Events[1].ID)
	}
	dinner := doc.Events[0]
	if dinner.Date == nil || dinner.Date.Start != "2024-12-18" || dinner.Date.End != "2024-12-18" || dinner.Date.Label != "18 Dec 2024" {
		t.Errorf("dinner date = %+v", dinner.Date)
	}
	if !slices.Equal(dinner.Actors, []string{"jeff-bezos", "donald-trump"}) {
		t.Errorf("dinner actors = %v", dinner.Actors)
	}
	m := dinner.Mentions[0]
	// "Überschrift\n" is 12 code points but 13 bytes: offsets must count code points.
	if m.Start != 12 || m.Text != "Am Mittwoch trafen sich Bezos und Trump." || m.End != 12+len([]rune(m.Text)) {
		t.Errorf("mention = %+v", m)
	}
	if m.Timex == nil || *m.Timex != "2024-12-18" || m.Article != "000" || m.Trigger != "trafen" {
		t.Errorf("mention fields = %+v", m)
	}
	if doc.Events[1].Date != nil || doc.Events[1].Mentions[0].Timex != nil {
		t.Error("undated event must have a null date and a null timex")
	}
	art := doc.Articles[0]
	if art.Date.Start == nil || *art.Date.Start != "2024-12-01" || *art.Date.End != "2024-12-31" || art.Date.Label != "Dec 2024" || art.Date.Source != "header" {
		t.Errorf("article date = %+v", art.Date)
	}
	if len(art.Meta) != 1 || art.Meta[0] != (ExportBlock{Kind: "credit", Text: "Foto: dpa"}) {
		t.Errorf("article meta = %+v", art.Meta)
	}
	if undated := doc.Articles[1].Date; undated.Start != nil || undated.Source != "unknown" || undated.Label != "undated" {
		t.Errorf("undated article date = %+v", undated)
	}
}

func TestExportSubset(t *testing.T) {
	tl := jsonTimeline()
	doc := tl.Export([]int{1}) // the post only
	if len(doc.Events) != 1 || doc.Events[0].ID != "post" {
		t.Fatalf("events = %+v", doc.Events)
	}
	if len(doc.Actors) != 1 || doc.Actors[0].ID != "elon-musk" {
		t.Errorf("actors = %+v, want only elon-musk", doc.Actors)
	}
	if len(doc.Articles) != 1 || doc.Articles[0].ID != "000" {
		t.Errorf("articles = %+v, want only 000", doc.Articles)
	}
	empty := tl.Export([]int{})
	if len(empty.Events) != 0 || len(empty.Actors) != 0 || len(empty.Articles) != 0 {
		t.Errorf("empty subset exported %+v", empty)
	}
	// Duplicates and order do not matter: events come out in timeline order once.
	if got := tl.Export([]int{1, 0, 1}); len(got.Events) != 2 || got.Events[0].ID != "dinner" {
		t.Errorf("unordered subset = %+v", got.Events)
	}
}

func TestWriteJSONShape(t *testing.T) {
	var buf bytes.Buffer
	if err := jsonTimeline().WriteJSON(&buf, nil); err != nil {
		t.Fatal(err)
	}
	var generic map[string][]map[string]any
	if err := json.Unmarshal(buf.Bytes(), &generic); err != nil {
		t.Fatalf("output is not the documented object: %v\n%s", err, buf.String())
	}
	want := map[string][]string{
		"articles": {"id", "title", "date", "source", "meta"},
		"actors":   {"id", "name", "kind", "aliases", "roles", "mentions"},
		"events":   {"id", "title", "kind", "date", "actors", "mentions"},
	}
	for list, keys := range want {
		for _, item := range generic[list] {
			for _, k := range keys {
				if _, ok := item[k]; !ok {
					t.Errorf("%s item lacks %q: %v", list, k, item)
				}
			}
		}
	}
	mention := generic["events"][0]["mentions"].([]any)[0].(map[string]any)
	for _, k := range []string{"article", "text", "start", "end", "timex", "trigger"} {
		if _, ok := mention[k]; !ok {
			t.Errorf("mention lacks %q", k)
		}
	}
	if aliases := generic["actors"][1]["aliases"]; aliases == nil {
		t.Error("empty aliases must encode as [], not null")
	}
	if !strings.HasSuffix(buf.String(), "}\n") {
		t.Error("output must end in a newline")
	}
}

func TestCodePointOffsets(t *testing.T) {
	text := "äb€c"
	got := CodePointOffsets(text, []int{0, 2, 3, 6, 7, 3})
	want := map[int]int{0: 0, 2: 1, 3: 2, 6: 3, 7: 4}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("offset %d → %d, want %d", k, got[k], v)
		}
	}
}

// WriteJSON writes what an Encoder with SetIndent("", "  ") and no HTML
// escapes writes.
func TestWriteJSONIndented(t *testing.T) {
	tl := jsonTimeline()
	var want, got bytes.Buffer
	enc := json.NewEncoder(&want)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(tl.Export(nil)); err != nil {
		t.Fatal(err)
	}
	if err := tl.WriteJSON(&got, nil); err != nil {
		t.Fatal(err)
	}
	if got.String() != want.String() {
		t.Errorf("WriteJSON =\n%s\nwant\n%s", got.Bytes(), want.Bytes())
	}
}
