package evaluation

import (
	"strings"
	"testing"
	"time"

	"chronik/model"
)

func TestResolveDate(t *testing.T) {
	pub := model.NewDay(2016, 2, 3) // a Wednesday
	for _, c := range []struct {
		in   string
		want string // "" when unresolved
	}{
		{"heute", "2016-02-03..2016-02-03"},
		{"gestern Abend", "2016-02-02..2016-02-02"},
		{"Morgen", "2016-02-04..2016-02-04"},
		{"11.03.16", "2016-03-11..2016-03-11"},
		{"14.10.2015", "2015-10-14..2015-10-14"},
		{"Mittwoch, 14.10.2015", "2015-10-14..2015-10-14"},
		{"3. September", "2016-09-03..2016-09-03"},
		{"5. Oktober 2014", "2014-10-05..2014-10-05"},
		{"November", "2016-11-01..2016-11-30"},
		{"Mai vergangenen Jahres", "2015-05-01..2015-05-31"},
		{"2015", "2015-01-01..2015-12-31"},
		{"2016-03-01", "2016-03-01..2016-03-01"},
		{"31.02.2016", ""},
		{"Dienstag", ""},
		{"Anfang Juni", ""},
		{"zwei Tage", ""},
	} {
		iv, ok := ResolveDate(c.in, pub)
		got := ""
		if ok {
			got = iv.Start.String() + ".." + iv.End.String()
		}
		if got != c.want {
			t.Errorf("ResolveDate(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestResolveWeekday(t *testing.T) {
	pub := model.NewDay(2016, 2, 3) // a Wednesday
	for _, c := range []struct {
		in         string
		last, next string
		ok         bool
	}{
		{"Dienstag", "2016-02-02", "2016-02-09", true},
		{"Mittwochmorgen", "2016-02-03", "2016-02-03", true},
		{"Freitagnacht", "2016-01-29", "2016-02-05", true},
		{"Dienstags", "", "", false},
		{"Montagsdemo", "", "", false},
	} {
		last, next, ok := ResolveWeekday(c.in, pub)
		if ok != c.ok || ok && (last.String() != c.last || next.String() != c.next) {
			t.Errorf("ResolveWeekday(%q) = %v, %v, %v; want %s, %s, %v", c.in, last, next, ok, c.last, c.next, c.ok)
		}
	}
}

func TestParseSmartData(t *testing.T) {
	// An invented document: an emoji (two UTF-16 units) before the event
	// shifts the offsets, an umlaut takes two bytes.
	doc := `{"id":"d1","text":{"string":"😀 Bäcker insolvent seit Montag"},"date":{"string":"2016-02-03T14:11:00Z"},
	"refids":{"map":{"source":"news"}},
	"conceptMentions":{"array":[{"type":"date","span":{"start":25,"end":31}},{"type":"person","span":{"start":3,"end":9}}]},
	"relationMentions":{"array":[
	  {"name":"Insolvency","span":{"start":3,"end":31},"args":{"array":[{"role":"date","conceptMention":{"span":{"start":25,"end":31}}}]}},
	  {"name":"TrafficJam","span":{"start":3,"end":9},"args":{"array":[]}}]}}
	{"id":"610137661295214592","text":{"string":"kurz"},"date":{"string":"610137661295214592"},"refids":{"map":{"source":"tweet"}},
	"conceptMentions":{"array":[]},"relationMentions":{"array":[]}}`
	docs, err := parseSmartData("x", strings.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 {
		t.Fatalf("got %d documents", len(docs))
	}
	d := docs[0]
	if d.Source != "news" || d.Date.String() != "2016-02-03" || len(d.Events) != 1 || len(d.Temporal) != 1 {
		t.Fatalf("got %+v", d)
	}
	e := d.Events[0]
	if got := d.Text[e.Start:e.End]; got != "Bäcker insolvent seit Montag" {
		t.Errorf("event span %q", got)
	}
	if len(e.Dates) != 1 || e.Dates[0].Surface != "Montag" || d.Temporal[0].Surface != "Montag" {
		t.Errorf("dates %+v, temporal %+v", e.Dates, d.Temporal)
	}
	if got := docs[1].Date.Time(); got.Year() != 2015 || got.Month() != time.June {
		t.Errorf("tweet date %v, want June 2015", got)
	}
	if _, err := parseSmartData("x", strings.NewReader(`{"id":"b","text":{"string":"ab"},"date":{"string":"2016-01-01T00:00:00Z"},"relationMentions":{"array":[{"name":"Strike","span":{"start":0,"end":9}}]}}`)); err == nil {
		t.Error("a span past the text was accepted")
	}
}

func TestScoreSmartData(t *testing.T) {
	pub := model.NewDay(2016, 2, 3)
	text := "Die Firma ist seit heute insolvent. Das Wetter war gut am 2. Februar."
	doc := SDDoc{Text: text, Date: pub,
		Events:   []SDEvent{{Type: "Insolvency", Start: 0, End: 34, Dates: []SDSpan{{Role: "date", Surface: "heute", Start: 19, End: 24}}}},
		Temporal: []SDSpan{{Role: "date", Surface: "heute", Start: 19, End: 24}, {Role: "date", Surface: "2. Februar", Start: 58, End: 68}},
	}
	out := ChronikOutput{
		Rows: []Row{
			// a right row with a reference the annotation does not mark
			{Kind: "insolvency", Date: model.DayInterval(pub), Mentions: []RowMention{{Start: 0, End: 35}, {Start: 36, End: 69}}},
			{Kind: "strike", Mentions: []RowMention{{Start: 36, End: 69}}},
		},
		Timexes: []model.Timex{
			{Start: 19, End: 24, Type: model.TimexDate, Interval: model.DayInterval(pub)},
			{Start: 58, End: 68, Type: model.TimexDate, Interval: model.DayInterval(pub)},
			{Start: 40, End: 46, Type: model.TimexDate},
		},
	}
	c := NewSDCounts()
	c.ScoreSmartData(doc, out)
	ins, str := *c.ByType["Insolvency"], *c.ByType["Strike"]
	if ins != (SDTypeCounts{Gold: 1, FoundAny: 1, FoundTyped: 1, Sys: 2, SysRight: 1, SysRows: 1, SysRowsRight: 1}) || str != (SDTypeCounts{Sys: 1, SysRows: 1}) {
		t.Errorf("insolvency %+v, strike %+v", ins, str)
	}
	if c.Dated != 1 || c.Datable != 1 || c.DateRight != 1 {
		t.Errorf("dates %+v", c)
	}
	want := TimexCounts{GoldDates: 2, Found: 2, Resolved: 2, ValueRight: 1, SysDates: 3, SysRight: 2}
	if c.Timex != want {
		t.Errorf("timexes %+v, want %+v", c.Timex, want)
	}
}

func TestUTF16Offsets(t *testing.T) {
	pos := utf16Offsets("a😀ü")
	want := []int{0, 1, 5, 5, 7}
	if len(pos) != len(want) {
		t.Fatalf("got %v, want %v", pos, want)
	}
	for i := range want {
		if pos[i] != want[i] {
			t.Fatalf("got %v, want %v", pos, want)
		}
	}
}

func TestBareMonth(t *testing.T) {
	for s, want := range map[string]bool{
		"November": true, "im November": false, "November 2015": false, "3. November": false,
		"November vergangenen Jahres": false, "Montag": false, "2015": false,
	} {
		if got := bareMonth(s); got != want {
			t.Errorf("bareMonth(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestAnchor: the gold's relative dates count from a page's own date line
// at its top when the annotators marked it and it names an earlier full
// day; else from the day SmartData lists.
func TestAnchor(t *testing.T) {
	listed := model.NewDay(2016, time.March, 10)
	span := func(text, surface string) []SDSpan {
		i := strings.Index(text, surface)
		return []SDSpan{{Role: "date", Surface: surface, Start: i, End: i + len(surface)}}
	}
	for _, c := range []struct {
		text, surface, want string
	}{
		{"12.02.16 | 09:40 Uhr | 5 mal gelesen | beispiel.de\nDie Stadt baut ein Bad.", "12.02.16", "2016-02-12"},
		{"Stadt baut ein Bad\n4. Februar 2016 07:20 Uhr\nDie Stadt baut ein Bad.", "4. Februar 2016", "2016-02-04"},
		// a date the text tells, not the page's: in a sentence, or too far down
		{"Die Stadt hat am 11. Januar 2016 nach einer langen Debatte im Rat beschlossen, ein Bad zu bauen, das im Herbst öffnen soll.", "11. Januar 2016", "2016-03-10"},
		{"Bad\nStadt\nRat\n11.01.2016\nDie Stadt baut ein Bad.", "11.01.2016", "2016-03-10"},
		// no year, or a day after the listed one
		{"11. Januar | beispiel.de\nDie Stadt baut ein Bad.", "11. Januar", "2016-03-10"},
		{"12.04.2016 | beispiel.de\nDie Stadt baut ein Bad.", "12.04.2016", "2016-03-10"},
	} {
		d := SDDoc{Text: c.text, Date: listed, Temporal: span(c.text, c.surface)}
		if got := d.Anchor().String(); got != c.want {
			t.Errorf("%q: anchor %s, want %s", c.text, got, c.want)
		}
	}
}
