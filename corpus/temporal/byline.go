package temporal

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"chronik/model"
)

// closingByline matches the parenthesis that closes many Austrian and
// German news texts: who wrote it and the day it appeared, "(Name,
// 25.6.2015)", "(APA/dpa – 8.8. 2015)", "(red; 13.02.16)", or the day
// alone, "(7.9.2015)". The attribution before the date is any text
// without brackets ending in a separator or a space; the date is numeric,
// with or without spaces after its dots, its year of two or four digits.
var closingByline = regexp.MustCompile(`\((?:[^()]{1,120}?(?:[,;–-]\s*|\s+))?(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2})\s*\)\s*$`)

// bylineTail is how many bytes at the end of a text may hold its byline
// (the longest attribution closingByline allows, its date and spaces).
const bylineTail = 200

// bylineDate reads the article's day from a closing byline at the very
// end of its text. A date alone in brackets counts only after the end of a
// sentence: without a name before it, "(3.5.2015)" may be part of the
// last sentence ("… gilt seit dem Beschluss (3.5.2015)"). A date inside
// the last sentence's own words is no byline.
func bylineDate(text string) (model.Day, string, bool) {
	// Only the tail can hold it; the expression need not scan the whole text.
	text = text[max(0, len(text)-bylineTail):]
	m := closingByline.FindStringSubmatchIndex(text)
	if m == nil {
		return 0, "", false
	}
	attributed := m[2] >= 0 && text[m[0]+1:m[2]] != ""
	if !attributed {
		last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(text[:m[0]], " \t\r\n"))
		if !strings.ContainsRune(".!?\"“”»«", last) {
			return 0, "", false
		}
	}
	num := func(k int) int {
		n, _ := strconv.Atoi(text[m[2*k]:m[2*k+1]])
		return n
	}
	dom, month, year := num(1), num(2), num(3)
	if m[7]-m[6] == 2 {
		year += 2000
	}
	if month < 1 || month > 12 || dom < 1 || year < 1900 || year > 2100 {
		return 0, "", false
	}
	day := model.NewDay(year, time.Month(month), dom)
	if _, _, d := day.Date(); d != dom {
		return 0, "", false // 31 April and the like
	}
	return day, strings.Join(strings.Fields(text[m[0]:]), " "), true
}

// bylineArticleDate is the article date a closing byline gives: its day.
func bylineArticleDate(text string) (model.ArticleDate, bool) {
	day, byline, ok := bylineDate(text)
	if !ok {
		return model.ArticleDate{}, false
	}
	return model.ArticleDate{Interval: model.Interval{Start: day, End: day}, Source: model.DateFromText, Reason: "text: closing byline " + strconv.Quote(byline)}, true
}
