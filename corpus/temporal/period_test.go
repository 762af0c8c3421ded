package temporal

import (
	"testing"
	"time"

	"chronik/model"
)

func TestPeriod(t *testing.T) {
	day := func(y int) model.ArticleDate {
		d := model.NewDay(y, time.March, 3)
		return model.ArticleDate{Interval: model.Interval{Start: d, End: d.AddDays(3)}, Source: model.DateFromHeader}
	}
	bound := model.ArticleDate{Interval: model.Interval{Start: model.NewDay(1979, time.January, 1), End: model.NewDay(1982, time.December, 31)},
		Source: model.DateFromTextBound, Reason: "text: …"}
	for _, tt := range []struct {
		name  string
		dates []model.ArticleDate
		want  string // the period, or "" for none
	}{
		{"two years", []model.ArticleDate{day(2015), day(2016), day(2015), day(2016), day(2015), bound}, "2015-01-01..2016-12-31"},
		{"one outlier of six", []model.ArticleDate{day(2015), day(2015), day(2015), day(2015), day(2015), day(1990)}, "2015-01-01..2015-12-31"},
		{"too few", []model.ArticleDate{day(2015), day(2015), day(2015), day(2015), bound}, ""},
		{"spread over decades", []model.ArticleDate{day(1990), day(1995), day(2000), day(2005), day(2010), day(2015)}, ""},
		{"bounds and wide dates do not count", []model.ArticleDate{bound, bound, bound, bound, bound, bound}, ""},
	} {
		if p, ok := Period(tt.dates); ok != (tt.want != "") || ok && p.String() != tt.want {
			t.Errorf("%s: Period = %v %v, want %q", tt.name, p, ok, tt.want)
		}
	}
}

func TestInPeriod(t *testing.T) {
	period := model.Interval{Start: model.NewDay(2015, time.January, 1), End: model.NewDay(2016, time.December, 31)}
	iv := func(y1, y2 int) model.Interval {
		return model.Interval{Start: model.NewDay(y1, time.January, 1), End: model.NewDay(y2, time.December, 31)}
	}
	for _, tt := range []struct {
		name string
		in   model.ArticleDate
		want string // the new interval, or "" when kept
	}{
		{"a bound long before", model.ArticleDate{Interval: iv(1979, 1982), Source: model.DateFromTextBound}, "2015-01-01..2016-12-31"},
		{"a bound inside", model.ArticleDate{Interval: iv(2016, 2019), Source: model.DateFromTextBound}, "2016-01-01..2016-12-31"},
		{"a bound after", model.ArticleDate{Interval: iv(2018, 2021), Source: model.DateFromTextBound}, ""},
		{"a date of its own", model.ArticleDate{Interval: iv(1979, 1979), Source: model.DateFromText}, ""},
		{"a header", model.ArticleDate{Interval: iv(1979, 1979), Source: model.DateFromHeader}, ""},
	} {
		d, ok := InPeriod(tt.in, period)
		got := ""
		if ok {
			got = d.Interval.String()
			if d.Source != model.DateFromCorpus || d.Reason == "" {
				t.Errorf("%s: source %q, reason %q", tt.name, d.Source, d.Reason)
			}
		}
		if got != tt.want {
			t.Errorf("%s: InPeriod = %q, want %q", tt.name, got, tt.want)
		}
	}
}
