package tui

import (
	"fmt"
	"strings"
	"time"

	"chronik/model"
)

// The fixture is a small hand-made timeline: four short German articles in
// the style of the default corpus, eight actors, and events with every kind
// of date (days, a range, a fuzzy span, a month, a year, none), several
// told by two articles.

type fxBlock struct {
	kind model.BlockKind
	text string
}

// fxArticle lays blocks out as an article's text, one blank line apart,
// and splits the body blocks into sentences at ". ", "! " and "? ".
func fxArticle(id, title string, date model.ArticleDate, source string, blocks ...fxBlock) *model.Article {
	a := &model.Article{ID: id, Path: "fixture/" + id + ".txt", Title: title, Date: date, Source: source}
	var b strings.Builder
	for i, blk := range blocks {
		if i > 0 {
			b.WriteString("\n\n")
		}
		start := b.Len()
		b.WriteString(blk.text)
		a.Blocks = append(a.Blocks, model.Block{Kind: blk.kind, Start: start, End: b.Len()})
		if blk.kind.IsMeta() {
			a.Meta = append(a.Meta, a.Blocks[i])
			continue
		}
		if blk.kind == model.BlockTitle {
			continue
		}
		s := start
		for s < b.Len() {
			rest := b.String()[s:]
			end := len(rest)
			for _, stop := range []string{". ", "! ", "? "} {
				for off := 0; ; {
					j := strings.Index(rest[off:], stop)
					if j < 0 {
						break
					}
					j += off
					if j > 0 && rest[j-1] >= '0' && rest[j-1] <= '9' { // "27. November"
						off = j + 1
						continue
					}
					if j+1 < end {
						end = j + 1
					}
					break
				}
			}
			a.Sentences = append(a.Sentences, model.Sentence{Start: s, End: s + end, Block: i})
			s += end
			for s < b.Len() && b.String()[s] == ' ' {
				s++
			}
		}
	}
	a.Text = b.String()
	return a
}

// fxMention is the mention of the sentence of article ai that contains part.
func fxMention(arts []*model.Article, ai int, part string, date model.Interval) model.EventMention {
	a := arts[ai]
	for si, s := range a.Sentences {
		if strings.Contains(a.Text[s.Start:s.End], part) {
			return model.EventMention{Article: ai, Sentence: si, Start: s.Start, End: s.End, Date: date}
		}
	}
	panic(fmt.Sprintf("fixture: no sentence of %s contains %q", a.ID, part))
}

func day(y int, m time.Month, d int) model.Interval { return model.DayInterval(model.NewDay(y, m, d)) }

func fixtureArticles() []*model.Article {
	return []*model.Article{
		fxArticle("musk-trump", "Musk und Trump: Eine Allianz mit Rissen",
			model.ArticleDate{Interval: model.MonthInterval(2024, time.December), Source: model.DateFromHeader, Reason: "date 2024-12"},
			"Von Anna Beispiel, Berlin",
			fxBlock{model.BlockTitle, "Musk und Trump: Eine Allianz mit Rissen"},
			fxBlock{model.BlockByline, "Von Anna Beispiel, Berlin"},
			fxBlock{model.BlockTeaser, "Der Tech-Milliardär weicht kaum von der Seite des designierten US-Präsidenten. Doch andere Konzernchefs drängen nach."},
			fxBlock{model.BlockParagraph, "Zumindest derzeit weicht Elon Musk kaum von Donald Trumps Seite. Zuvor hatte Musk im Oktober massiv Trumps Wahlkampf unterstützt. Nach dem Amtsantritt am 20. Januar soll der Unternehmer die Regierung beraten."},
			fxBlock{model.BlockCaption, "Elon Musk bei einer Kundgebung in Pennsylvania. Foto: Agentur"},
			fxBlock{model.BlockHeading, "Plötzlich wollen alle Trump beraten"},
			fxBlock{model.BlockParagraph, "Jeff Bezos, der Amazon-Gründer, lobte Trump am 4. Dezember beim DealBook Summit der New York Times. Auch Meta-Chef Mark Zuckerberg reiste Ende November nach Florida und traf Trump in Mar-a-Lago. Außerdem läuft eine Kartellklage gegen Amazon."},
			fxBlock{model.BlockParagraph, "Musk und Sam Altman streiten seit Jahren über die Zukunft von OpenAI. Beide hatten die Organisation 2015 gemeinsam gegründet."},
		),
		fxArticle("zuckerberg-mar-a-lago", "Zuckerberg zu Gast in Mar-a-Lago",
			model.ArticleDate{Interval: day(2024, time.November, 28), Source: model.DateFromText, Reason: "gestern Abend, 27. November"},
			"Redaktion Wirtschaft",
			fxBlock{model.BlockTitle, "Zuckerberg zu Gast in Mar-a-Lago"},
			fxBlock{model.BlockKicker, "Tech-Branche"},
			fxBlock{model.BlockParagraph, "Mark Zuckerberg hat am 27. November mit Donald Trump in Mar-a-Lago zu Abend gegessen. Das Treffen dauerte nach Angaben eines Sprechers mehrere Stunden."},
			fxBlock{model.BlockParagraph, "Meta spendet eine Million Dollar für die Feier zur Amtseinführung. Der Konzern bestätigte die Zahlung am 11. Dezember."},
			fxBlock{model.BlockCredit, "Foto: Archiv"},
		),
		fxArticle("altman-spende", "Auch Altman spendet für Trumps Amtseinführung",
			model.ArticleDate{Interval: day(2024, time.December, 13), Source: model.DateFromHeader, Reason: "date 2024-12-13"},
			"",
			fxBlock{model.BlockTitle, "Auch Altman spendet für Trumps Amtseinführung"},
			fxBlock{model.BlockParagraph, "OpenAI-Chef Sam Altman will Mitte Dezember eine Million Dollar aus seinem Privatvermögen spenden. Zuvor hatte bereits Meta eine Spende in gleicher Höhe angekündigt."},
			fxBlock{model.BlockEmbed, "@sama: Präsident Trump wird unser Land ins Zeitalter der KI führen.\npic.twitter.com/abc123"},
		),
		fxArticle("bezos-dealbook", "Bezos: Trump ist gelassener geworden",
			model.ArticleDate{Interval: day(2024, time.December, 5), Source: model.DateFromText, Reason: "gestrigen Auftritt"},
			"Von Karl Muster, New York",
			fxBlock{model.BlockTitle, "Bezos: Trump ist gelassener geworden"},
			fxBlock{model.BlockParagraph, "Bei einem gestrigen Auftritt beim DealBook Summit wusste Jeff Bezos plötzlich viel Gutes über Trump zu berichten. Bezos sagte, Trump sei seit seiner letzten Präsidentschaft gewachsen."},
			fxBlock{model.BlockParagraph, "Seine Raumfahrtfirma Blue Origin konkurriert mit SpaceX um Regierungsaufträge."},
		),
	}
}

const (
	fxMusk = iota
	fxTrump
	fxZuckerberg
	fxAltman
	fxBezos
	fxMeta
	fxOpenAI
	fxAmazon
)

func fixture() *model.Timeline {
	arts := fixtureArticles()
	actors := []model.Actor{
		fxMusk:       {ID: "elon-musk", Name: "Elon Musk", Kind: model.Person, Aliases: []string{"Musk", "Musks"}, Mentions: 9},
		fxTrump:      {ID: "donald-trump", Name: "Donald Trump", Kind: model.Person, Aliases: []string{"Trump", "Trumps"}, Mentions: 14},
		fxZuckerberg: {ID: "mark-zuckerberg", Name: "Mark Zuckerberg", Kind: model.Person, Aliases: []string{"Zuckerberg"}, Mentions: 4},
		fxAltman:     {ID: "sam-altman", Name: "Sam Altman", Kind: model.Person, Aliases: []string{"Altman"}, Mentions: 4},
		fxBezos:      {ID: "jeff-bezos", Name: "Jeff Bezos", Kind: model.Person, Aliases: []string{"Bezos"}, Mentions: 5},
		fxMeta:       {ID: "meta", Name: "Meta", Kind: model.Organization, Mentions: 4},
		fxOpenAI:     {ID: "openai", Name: "OpenAI", Kind: model.Organization, Mentions: 2},
		fxAmazon:     {ID: "amazon", Name: "Amazon", Kind: model.Organization, Mentions: 2},
	}
	lateNov := model.Interval{Start: model.NewDay(2024, time.November, 21), End: model.NewDay(2024, time.November, 30)}
	midDec := model.Interval{Start: model.NewDay(2024, time.December, 11), End: model.NewDay(2024, time.December, 20)}
	oct := model.MonthInterval(2024, time.October)
	events := []model.Event{
		{ID: "abendessen", Title: "Abendessen in Mar-a-Lago: Zuckerberg, Trump", Kind: "meeting", Date: day(2024, time.November, 27),
			Actors:   []int{fxZuckerberg, fxTrump},
			Mentions: []model.EventMention{fxMention(arts, 1, "zu Abend gegessen", day(2024, time.November, 27)), fxMention(arts, 0, "Mar-a-Lago", lateNov)}},
		{ID: "wahlkampf", Title: "Musk unterstützt Trumps Wahlkampf", Kind: "support", Date: oct,
			Actors:   []int{fxMusk, fxTrump},
			Mentions: []model.EventMention{fxMention(arts, 0, "Wahlkampf", oct)}},
		{ID: "dealbook", Title: "Bezos lobt Trump beim DealBook Summit", Kind: "statement", Date: day(2024, time.December, 4),
			Actors:   []int{fxBezos, fxTrump},
			Mentions: []model.EventMention{fxMention(arts, 3, "DealBook", day(2024, time.December, 4)), fxMention(arts, 0, "DealBook", day(2024, time.December, 4))}},
		{ID: "altman-spende", Title: "Altman spendet eine Million Dollar", Kind: "donation", Date: midDec,
			Actors:   []int{fxAltman, fxTrump},
			Mentions: []model.EventMention{fxMention(arts, 2, "Privatvermögen", midDec)}},
		{ID: "meta-spende", Title: "Meta spendet für die Amtseinführung", Kind: "donation", Date: day(2024, time.December, 11),
			Actors:   []int{fxMeta, fxTrump},
			Mentions: []model.EventMention{fxMention(arts, 1, "Meta spendet", day(2024, time.December, 11)), fxMention(arts, 2, "bereits Meta", model.Interval{})}},
		{ID: "amtsantritt", Title: "Amtsantritt; Musk soll beraten", Kind: "appointment", Date: day(2025, time.January, 20),
			Actors:   []int{fxMusk, fxTrump},
			Mentions: []model.EventMention{fxMention(arts, 0, "Amtsantritt", day(2025, time.January, 20))}},
		{ID: "openai", Title: "Musk und Altman gründen OpenAI", Kind: "founding", Date: model.YearInterval(2015),
			Actors:   []int{fxMusk, fxAltman, fxOpenAI},
			Mentions: []model.EventMention{fxMention(arts, 0, "2015", model.YearInterval(2015))}},
		{ID: "kartellklage", Title: "Kartellklage gegen Amazon", Kind: "lawsuit",
			Actors:   []int{fxAmazon},
			Mentions: []model.EventMention{fxMention(arts, 0, "Kartellklage", model.Interval{})}},
		{ID: "streit", Title: "Streit um OpenAI: Musk, Altman", Kind: "conflict",
			Actors:   []int{fxMusk, fxAltman, fxOpenAI},
			Mentions: []model.EventMention{fxMention(arts, 0, "streiten", model.Interval{})}},
		{ID: "blue-origin", Title: "Blue Origin konkurriert mit SpaceX", Kind: "competition",
			Actors:   []int{fxBezos},
			Mentions: []model.EventMention{fxMention(arts, 3, "Blue Origin", model.Interval{})}},
	}
	return model.New(arts, actors, events)
}
