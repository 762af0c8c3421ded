package temporal

import (
	"slices"
	"time"

	"chronik/model"
)

// A folder of news is mostly of one period, and an article whose text
// gives only a lower bound (the latest year it tells in the past, see
// InferDate's last rule) is most likely of that period too: a text that
// tells of 1979 alone is no more likely from 1979–1982 than from the
// years its neighbours are dated to. Of 17 10kGNAD articles (of
// 2015–2016) that the lower-bound rule dated once their closing byline
// was cut, 11 were dated years too early (BENCHMARKS.md).
const (
	// minPeriodArticles articles dated by evidence of their own day or
	// month make a period; fewer say too little.
	minPeriodArticles = 5
	// periodShare of them must lie in maxPeriodYears calendar years.
	periodShare    = 0.8
	maxPeriodYears = 3
	// ownDays: a date this precise is evidence of the article's own day
	// or month (a header, a byline, a date with its weekday), not a bound.
	ownDays = 31
)

// Period returns the calendar years most of a corpus's articles are
// dated to by evidence of their own day or month: the fewest consecutive
// years, at most maxPeriodYears, that hold periodShare of them, when at
// least minPeriodArticles are so dated.
func Period(dates []model.ArticleDate) (model.Interval, bool) {
	var years []int
	for _, d := range dates {
		if d.Interval.Valid() && d.Interval.Days() <= ownDays && d.Source != model.DateFromTextBound && d.Source != model.DateFromCorpus {
			y, _, _ := d.Interval.Start.Date()
			years = append(years, y)
		}
	}
	if len(years) < minPeriodArticles {
		return model.Interval{}, false
	}
	slices.Sort(years)
	need := int(float64(len(years))*periodShare + 0.999)
	best, bestSpan := -1, maxPeriodYears
	for i, j := 0, 0; i < len(years); i++ {
		for j < len(years) && years[j]-years[i] < maxPeriodYears {
			j++
		}
		if j-i >= need && years[j-1]-years[i] < bestSpan {
			best, bestSpan = i, years[j-1]-years[i]
		}
	}
	if best < 0 {
		return model.Interval{}, false
	}
	first := years[best]
	return model.Interval{Start: model.NewDay(first, time.January, 1), End: model.NewDay(first+bestSpan, time.December, 31)}, true
}

// InPeriod narrows a date the text gives only as a lower bound to the
// corpus's period, when the bound does not lie after it: the article is
// then of those years (not before the bound). Any other date is kept, and
// InPeriod reports false.
func InPeriod(d model.ArticleDate, period model.Interval) (model.ArticleDate, bool) {
	if d.Source != model.DateFromTextBound || !period.Valid() || d.Interval.Start > period.End {
		return d, false
	}
	iv := model.Interval{Start: max(d.Interval.Start, period.Start), End: period.End}
	return model.ArticleDate{Interval: iv, Source: model.DateFromCorpus,
		Reason: "corpus: its dated articles are of " + period.Label() + "; " + d.Reason}, true
}
