package temporal

import (
	"strings"
	"testing"

	"chronik/model"
)

// BenchmarkTag tags the five default articles as one stream.
func BenchmarkTag(b *testing.B) {
	var texts []string
	total := 0
	for _, p := range []string{"000", "001", "002", "003", "004"} {
		a := article(b, p)
		texts = append(texts, a.Text)
		total += len(a.Text)
	}
	tg := New()
	dct := model.MonthInterval(2024, 12)
	b.SetBytes(int64(total))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			tg.Tag(t, dct)
		}
	}
}

// BenchmarkTagLarge tags one long document (the corpus repeated), where
// the token buffer is reused from the pool.
func BenchmarkTagLarge(b *testing.B) {
	var sb strings.Builder
	for sb.Len() < 1<<20 {
		for _, p := range []string{"000", "001", "002", "003", "004"} {
			sb.WriteString(article(b, p).Text)
			sb.WriteString("\n\n")
		}
	}
	text := sb.String()
	tg := New()
	dct := model.DayInterval(model.NewDay(2024, 12, 18))
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		tg.Tag(text, dct)
	}
}

func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		New()
	}
}

func BenchmarkInferDate(b *testing.B) {
	a := article(b, "004")
	tg := New()
	b.SetBytes(int64(len(a.Text)))
	b.ReportAllocs()
	for b.Loop() {
		tg.InferDate(a)
	}
}

// BenchmarkBuild measures what New costs the first time in a process.
func BenchmarkBuild(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		buildLexicon()
		if _, err := parseCalendar(calendarTSV); err != nil {
			b.Fatal(err)
		}
	}
}
