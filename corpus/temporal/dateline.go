package temporal

import (
	"strconv"
	"strings"

	"chronik/corpus/datenames"
	"chronik/model"
)

// publicationLineDate returns the article date its publication line
// gives: the first line that starts in the text's first
// datenames.DateLineReach bytes and is one (datenames.DateLine).
func publicationLineDate(text string) (model.ArticleDate, bool) {
	for pos := 0; pos < min(len(text), datenames.DateLineReach); {
		line, _, _ := strings.Cut(text[pos:], "\n")
		if day, ok := datenames.DateLine(line); ok {
			return model.ArticleDate{Interval: model.Interval{Start: day, End: day}, Source: model.DateFromText,
				Reason: "text: publication line " + strconv.Quote(strings.Join(strings.Fields(line), " "))}, true
		}
		pos += len(line) + 1
	}
	return model.ArticleDate{}, false
}
