package temporal

import (
	"io/fs"
	"strings"
	"testing"

	"chronik/corpus/defaultcorpus"
	"chronik/corpus/text"
	"chronik/model"
)

// article reads a default-corpus file whose name starts with prefix,
// without its " date …" header line, as one paragraph block.
func article(t testing.TB, prefix string) *model.Article {
	t.Helper()
	names, err := fs.Glob(defaultcorpus.FS(), prefix+"*.txt")
	if err != nil || len(names) != 1 {
		t.Fatalf("default corpus %s: %v %v", prefix, names, err)
	}
	b, err := fs.ReadFile(defaultcorpus.FS(), names[0])
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	if strings.HasPrefix(text, " date ") {
		_, text, _ = strings.Cut(text[1:], " ")
		_, text, _ = strings.Cut(text, " ")
	}
	return &model.Article{ID: prefix, Text: text, Blocks: []model.Block{{Kind: model.BlockParagraph, End: len(text)}}}
}

type want struct{ extent, value, interval string }

func checkTags(t *testing.T, name, text string, got []model.Timex, wants []want) {
	t.Helper()
	for _, w := range wants {
		ok := false
		for _, x := range got {
			if text[x.Start:x.End] == w.extent && x.Value == w.value && (w.interval == "" || x.Interval.String() == w.interval) {
				ok = true
			}
		}
		if !ok {
			t.Errorf("%s: want %q = %s %s; got %s", name, w.extent, w.value, w.interval, describe(text, got))
		}
	}
}

func TestDefaultCorpusTags(t *testing.T) {
	tg := New()
	dec := model.MonthInterval(2024, 12)
	for _, c := range []struct {
		prefix string
		dct    model.Interval
		wants  []want
	}{
		{"000", dec, []want{
			{"derzeit", "PRESENT_REF", "2024-12-01..2024-12-31"},
			{"Januar", "2025-01", "2025-01-01..2025-01-31"},
			{"gestrigen", "2024", "2024-11-30..2024-12-30"},
			{"fast vier Jahrzehnten", "P4DE", "undated"},
			{"Letzte Woche", "2024", "2024-11-18..2024-12-29"},
			{"Vorjahr", "2023", "2023-01-01..2023-12-31"},
			{"Sturm aufs Kapitol", "2021-01-06", "2021-01-06"},
		}},
		{"001", dec, []want{
			{"vor Kurzem", "PAST_REF", ""},
			{"2021", "2021", ""},
			{"Anfang 2023", "2023", "2023-01-01..2023-04-30"},
			{"vergangenen Jahr", "2023", ""},
			{"6. November", "2024-11-06", "2024-11-06"},
		}},
		{"002", model.Interval{Start: model.NewDay(2024, 12, 19), End: model.NewDay(2024, 12, 22)}, []want{
			{"Mittwochabend", "2024-12-18TEV", "2024-12-18"},
			{"18. Dezember", "2024-12-18", "2024-12-18"},
			{"diesem Jahr", "2024", ""},
			{"Jahrzehnten", "PXDE", ""},
			{"folgenden Tag", "2024-12-19", "2024-12-19"},
			{"December 19, 2024", "2024-12-19", "2024-12-19"},
			{"kürzlich", "PAST_REF", ""},
		}},
		{"003", dec, []want{
			{"6. Januar 2021", "2021-01-06", "2021-01-06"},
			{"2020", "2020", ""},
			{"2024", "2024", ""},
			{"kürzlich", "PAST_REF", ""},
			{"den kommenden Monaten", "FUTURE_REF", ""},
		}},
		{"004", model.Interval{Start: model.NewDay(2025, 1, 21), End: model.NewDay(2025, 1, 27)}, []want{
			{"Amtseinführung", "2025-01-20", ""},
			{"Dienstag", "2025-01-21", "2025-01-21"},
			{"die kommenden vier Jahre", "P4Y", ""},
			{"2019", "2019", ""},
			{"Oktober", "2024-10", "2024-10-01..2024-10-31"},
			{"2024", "2024", ""},
			{"2018", "2018", ""},
			{"Jahr 2021", "2021", ""},
			{"Jahr 2020", "2020", ""},
			{"Jahresbeginn", "2025", ""},
		}},
	} {
		a := article(t, c.prefix)
		got := tg.Tag(a.Text, c.dct)
		checkTags(t, c.prefix, a.Text, got, c.wants)
		for _, x := range got {
			if strings.Contains(a.Text[x.Start:x.End], "Milliard") || x.Value == "" {
				t.Errorf("%s: bad expression %q %q", c.prefix, a.Text[x.Start:x.End], x.Value)
			}
		}
	}
}

func TestInferDateDefaultCorpus(t *testing.T) {
	tg := New()
	for _, c := range []struct {
		prefix   string
		interval string
		reason   []string
	}{
		{"002", "2024-12-19..2024-12-22", []string{`"Mittwochabend (18. Dezember)" agrees with 2024`, "embedded post dated December 19, 2024"}},
		{"004", "2025-01-21..2025-01-27", []string{`"kurz nach der Amtseinführung"`, "2025-01-20", `"am Dienstag" → 2025-01-21`}},
	} {
		a := article(t, c.prefix)
		d := tg.InferDate(a)
		if d.Source != model.DateFromText || d.Interval.String() != c.interval {
			t.Errorf("%s: InferDate = %v %v (%s), want %s from text", c.prefix, d.Interval, d.Source, d.Reason, c.interval)
		}
		for _, r := range c.reason {
			if !strings.Contains(d.Reason, r) {
				t.Errorf("%s: reason %q lacks %q", c.prefix, d.Reason, r)
			}
		}
		// With the inferred date, the text's own dates resolve.
		if c.prefix == "004" {
			got := tg.Tag(a.Text, d.Interval)
			checkTags(t, c.prefix, a.Text, got, []want{{"Dienstag", "2025-01-21", "2025-01-21"}})
		}
	}
}

func TestInferDateRules(t *testing.T) {
	tg := New()
	for _, c := range []struct {
		text, interval string
		source         model.DateSource
	}{
		// The latest full date, told in the past, a few days on.
		{"Am 3. März 2023 trafen sie sich. Am 5. März 2023 reisten sie ab.", "2023-03-05..2023-03-08", model.DateFromText},
		// … but not when a day of that year told without its year is later.
		{"Am 3. März 2023 wurde er verurteilt. Der Beschluss datiert vom 22. August.", "2023-03-03..2026-12-31", model.DateFromTextBound},
		// A dateline's date is the page's own day, whatever tense follows it.
		{"Hannover, 14.11.2023 – Der Zulieferer will 7000 Stellen abbauen.", "2023-11-14", model.DateFromText},
		// … which a day a schedule names is not: it is to come.
		{"Am 20. Januar 2025 streikten die Lehrer. Die nächste Runde ist für den 3. Februar angesetzt.", "2025-01-20..2025-01-23", model.DateFromText},
		// A weekday written with its date is the article's day.
		{"Die Koalition hat am Mittwoch, dem 9. April 2025, ihren Vertrag vorgestellt. 2026 soll gewählt werden.", "2025-04-09..2025-04-12", model.DateFromText},
		// A later year told in the past moves the bound.
		{"Am 6. Januar 2021 stürmten sie das Kapitol. Er verklagte die Firma 2024.", "2024-01-01..2027-12-31", model.DateFromTextBound},
		// A year a schedule names ends the interval the year before it.
		{"Im Mai 2018 wurde er gewählt. Der Haushalt für 2026 ist offen.", "2018-05-01..2025-12-31", model.DateFromTextBound},
		// "vor 35 Jahren" next to the year it counts from.
		{"Berlin erinnert an den Mauerfall vor 35 Jahren. Am 9. November 1989 öffnete sich die Grenze.", "2023-01-01..2025-12-31", model.DateFromText},
		// … nor from the next sentence's year when it dates its own sentence.
		{"Vor 40 Jahren begann in Graz die Sanierung des Flusses. 1995 startete das Land mit dem Rückbau.", "1995-01-01..1998-12-31", model.DateFromTextBound},
		// A year in a name, and a birth date, tell nothing of when the text was written.
		{"Im Mai 2015 trafen sie sich. Die Bewegung heißt Forward Motion 2030 (FM30).", "2015-05-01..2018-12-31", model.DateFromTextBound},
		{"Im Mai 1995 trafen sie sich. Viele gaben den 1. Mai 1998 als Geburtsdatum an.", "1995-05-01..1998-12-31", model.DateFromTextBound},
		// A speech tag's past is when it was said, not the tense of what was said;
		// a perfect in reported speech is past.
		{"Ich bleibe im Amt und kandidiere 2030 erneut, erklärte der Bürgermeister.", "undated", model.DateUnknown},
		{"Schon 2013 sei mit dem Bau der Brücke begonnen worden, sagte der Minister.", "2013-01-01..2016-12-31", model.DateFromTextBound},
		// What one has decided or plans to do in a year is no past;
		// where a thing comes from is.
		{"Die Ministerin hat entschieden, ihr Amt 2031 abzugeben, sagte sie am Freitag.", "undated", model.DateUnknown},
		{"Das Gericht hat beschlossen, das Urteil aus dem Jahr 2014 aufzuheben.", "2014-01-01..2017-12-31", model.DateFromTextBound},
		// An adjective like a preterite before a number or a noun, and a
		// condition opening with "Sollte", tell no past.
		{"Sollte der Zuschuss ausbleiben, stünden 2031 statt der einst erwarteten 40 Stellen nur zwölf bereit.", "undated", model.DateUnknown},
		// … but not from a year of the sentence before.
		{"Die Inflation von 2022 war hoch. Sie war so hoch wie vor hundert Jahren.", "2022-01-01..2025-12-31", model.DateFromTextBound},
		// Weekday agreement alone, with a year told in the past.
		{"Er gewann 2019 die Wahl. Am Freitag, 6. März, trat er zurück.", "2020-03-06..2020-03-09", model.DateFromText},
		// Shortly after a single-occurrence background event.
		{"Nun zeigen sich kurz nach dem Sturm aufs Kapitol erste Folgen.", "2021-01-07..2021-01-13", model.DateFromText},
		// Nothing to go by.
		{"Die Sonne scheint und die Vögel singen.", "undated", model.DateUnknown},
		// A future year alone dates nothing.
		{"Bis 2030 will das Land klimaneutral werden.", "undated", model.DateUnknown},
	} {
		a := &model.Article{Text: c.text}
		d := tg.InferDate(a)
		if d.Interval.String() != c.interval || d.Source != c.source || d.Reason == "" {
			t.Errorf("%q: InferDate = %v %v %q, want %s %s", c.text, d.Interval, d.Source, d.Reason, c.interval, c.source)
		}
	}
}

// Read, what the pipeline calls, gives what InferDate and Tag give apart.
func TestReadIsInferAndTag(t *testing.T) {
	tg := New()
	for _, prefix := range []string{"000", "001", "002", "003", "004"} {
		a := article(t, prefix)
		d := text.ForArticle(a)
		date, got := tg.Read(d, model.ArticleDate{})
		want := tg.InferDate(a)
		if date != want {
			t.Errorf("%s: Read dated %v (%s), InferDate %v (%s)", prefix, date.Interval, date.Reason, want.Interval, want.Reason)
		}
		if w := tg.Tag(a.Text, want.Interval); describe(a.Text, got) != describe(a.Text, w) {
			t.Errorf("%s: Read tagged\n%s\nTag\n%s", prefix, describe(a.Text, got), describe(a.Text, w))
		}
		d.Release()
	}
	// Texts the evidence gives no date: Read keeps what its one run
	// tagged.
	for _, plain := range []string{
		"Bis 2030 will das Land klimaneutral werden. Am Freitag tagt der Rat, im Mai 2031 und im Juni 2032 wieder.",
		"Die Sonne scheint, jeden Montag um 9 Uhr, und in zwei Wochen beginnt der Sommer.",
	} {
		a := &model.Article{Text: plain}
		d := text.ForArticle(a)
		date, got := tg.Read(d, model.ArticleDate{})
		if date.Interval.Valid() {
			t.Fatalf("%q: dated %v, want a text of no date", plain, date.Interval)
		}
		if len(got) < 3 {
			t.Errorf("%q: Read tagged %d expressions, want at least 3", plain, len(got))
		}
		if w := tg.Tag(plain, model.Interval{}); describe(plain, got) != describe(plain, w) {
			t.Errorf("%q: Read tagged\n%s\nTag\n%s", plain, describe(plain, got), describe(plain, w))
		}
		d.Release()
	}
}
