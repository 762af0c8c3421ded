package temporal

import (
	"testing"
	"unicode/utf8"

	"chronik/model"
)

func FuzzTag(f *testing.F) {
	for _, c := range tagCases {
		f.Add(c.text, int32(0))
	}
	for _, p := range []string{"000", "002", "004"} {
		f.Add(article(f, p).Text, int32(3))
	}
	for _, s := range []string{"", "18.", "am 6.1.", "2024-", "Ende", "vor", "\xff\xfe 2024 \x00", "Mittwochabend (18. Dezember",
		"31.2.2024", "99er Jahre", "KW 99", "Tags", "seit 9999 Jahren", "am 31. Februar 2024", "— (@x) December 99, 2024",
		"kurz nach der Amtseinführung am Dienstag", "Q5 2024", "1,5 Jahre", "12.10.", "Anfang der",
		"Er ging. (Name, 25.6.2015)", "(red, 31.4.2015)", "x. (, 1. 1. 99)", "( 0.0.0000)"} {
		f.Add(s, int32(1))
	}
	tg := New()
	f.Fuzz(func(t *testing.T, text string, which int32) {
		var dct model.Interval
		switch which & 3 {
		case 1:
			dct = model.DayInterval(model.NewDay(2024, 12, 18))
		case 2:
			dct = model.MonthInterval(2024, 12)
		case 3:
			dct = model.Interval{Start: model.NewDay(2025, 1, 21), End: model.NewDay(2025, 1, 27)}
		}
		got := tg.Tag(text, dct)
		valid := utf8.ValidString(text)
		prev := 0
		for _, x := range got {
			if x.Start < prev || x.End <= x.Start || x.End > len(text) {
				t.Fatalf("bad offsets %d..%d after %d in %q", x.Start, x.End, prev, text)
			}
			// Article text is valid UTF-8 (ingest rejects the rest); on
			// invalid input only byte offsets are meaningful.
			if valid && (!utf8.RuneStart(text[x.Start]) || x.End < len(text) && !utf8.RuneStart(text[x.End])) {
				t.Fatalf("offsets %d..%d split a rune in %q", x.Start, x.End, text)
			}
			switch x.Type {
			case model.TimexDate, model.TimexTime, model.TimexDuration, model.TimexSet:
			default:
				t.Fatalf("bad type %q", x.Type)
			}
			if x.Value == "" {
				t.Fatalf("empty value for %q", text[x.Start:x.End])
			}
			if x.Interval != (model.Interval{}) && !x.Interval.Valid() {
				t.Fatalf("invalid interval %v for %q", x.Interval, text[x.Start:x.End])
			}
			prev = x.End
		}
		d := tg.InferDate(&model.Article{Text: text})
		if d.Source == model.DateFromText && !d.Interval.Valid() {
			t.Fatalf("dated from text without an interval: %+v", d)
		}
	})
}
