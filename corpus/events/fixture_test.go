package events

import (
	"cmp"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"chronik/model"
)

// Test fixtures: articles annotated by hand, the way sentence, temporal and
// actors leave them, so that the event rules are tested on their own.

// testActors is the actor table of the fixtures.
var testActors = []model.Actor{
	{ID: "donald-trump", Name: "Donald Trump", Kind: model.Person, Aliases: []string{"Trump", "Trumps"}},
	{ID: "mark-zuckerberg", Name: "Mark Zuckerberg", Kind: model.Person, Aliases: []string{"Zuckerberg", "Zuckerbergs"}},
	{ID: "elon-musk", Name: "Elon Musk", Kind: model.Person, Aliases: []string{"Musk", "Musks"}},
	{ID: "jeff-bezos", Name: "Jeff Bezos", Kind: model.Person, Aliases: []string{"Bezos"}},
	{ID: "meta", Name: "Meta", Kind: model.Organization},
	{ID: "openai", Name: "OpenAI", Kind: model.Organization},
	{ID: "softbank", Name: "Softbank Group", Kind: model.Organization, Aliases: []string{"Softbank"}},
	{ID: "oracle", Name: "Oracle", Kind: model.Organization},
	{ID: "fox-news", Name: "Fox News", Kind: model.Organization},
	{ID: "stephen-miller", Name: "Stephen Miller", Kind: model.Person, Aliases: []string{"Miller"}},
	{ID: "facebook", Name: "Facebook", Kind: model.Organization},
	{ID: "threads", Name: "Threads", Kind: model.Organization},
	{ID: "x", Name: "X", Kind: model.Organization},
	{ID: "amazon", Name: "Amazon", Kind: model.Organization},
	{ID: "sam-altman", Name: "Sam Altman", Kind: model.Person, Aliases: []string{"Altman"}},
	{ID: "new-york-times", Name: "New York Times", Kind: model.Organization},
	{ID: "olaf-scholz", Name: "Olaf Scholz", Kind: model.Person, Aliases: []string{"Scholz"}},
	{ID: "christian-lindner", Name: "Christian Lindner", Kind: model.Person, Aliases: []string{"Lindner"}},
	{ID: "verdi", Name: "Verdi", Kind: model.Organization},
	{ID: "volkswagen", Name: "Volkswagen", Kind: model.Organization, Aliases: []string{"VW"}},
	{ID: "fc-bayern", Name: "FC Bayern", Kind: model.Organization, Aliases: []string{"Bayern"}},
	{ID: "leverkusen", Name: "Leverkusen", Kind: model.Organization},
	{ID: "landgericht", Name: "Landgericht München", Kind: model.Organization},
	{ID: "bundesregierung", Name: "Bundesregierung", Kind: model.Organization},
	{ID: "deutscher-wetterdienst", Name: "Deutscher Wetterdienst", Kind: model.Organization},
	{ID: "karla-wendt", Name: "Karla Wendt", Kind: model.Person, Aliases: []string{"Wendt"}, Roles: []string{"Oracle-Chefin"}},
}

func actorIndex(t testing.TB, id string) int {
	t.Helper()
	for i, a := range testActors {
		if a.ID == id {
			return i
		}
	}
	t.Fatalf("no test actor %q", id)
	return -1
}

// fx describes a fixture article. Text holds one block per line; a line
// starting with "# " is a heading, "T " the title, "S " the teaser, "M "
// a caption (markers removed).
type fx struct {
	text     string
	date     model.Interval
	opinion  string            // the article's model.Article.Opinion
	timex    map[string]tx     // surface → annotation, every occurrence
	implicit map[string]string // surface → actor id, for pronouns and roles
}

type tx struct {
	value string
	iv    model.Interval
	typ   model.TimexType
}

func day(y int, m time.Month, d int) model.Day { return model.NewDay(y, m, d) }
func dayIv(y int, m time.Month, d int) model.Interval {
	return model.DayInterval(day(y, m, d))
}

// fourDigits finds a year written out.
var fourDigits = regexp.MustCompile(`\d{4}`)

// sentenceEnd: a full stop after a letter (not an ordinal's digit).
var sentenceEnd = regexp.MustCompile(`\pL[.!?][“"]?\s+`)

// build annotates the fixture: blocks, naive sentences, actor mentions of
// every name and alias of testActors, the listed implicit mentions and
// temporal expressions.
func (f fx) build(t testing.TB) *model.Article {
	t.Helper()
	a := &model.Article{ID: "fixture", Date: model.ArticleDate{Interval: f.date, Source: model.DateFromHeader}, Opinion: f.opinion}
	var text strings.Builder
	for _, line := range strings.Split(strings.TrimSpace(f.text), "\n") {
		kind := model.BlockParagraph
		switch {
		case strings.HasPrefix(line, "# "):
			kind, line = model.BlockHeading, line[2:]
		case strings.HasPrefix(line, "T "):
			kind, line = model.BlockTitle, line[2:]
		case strings.HasPrefix(line, "M "):
			kind, line = model.BlockCaption, line[2:]
		case strings.HasPrefix(line, "S "):
			kind, line = model.BlockTeaser, line[2:]
		}
		start := text.Len()
		text.WriteString(line)
		a.Blocks = append(a.Blocks, model.Block{Kind: kind, Start: start, End: text.Len()})
		text.WriteString("\n")
	}
	a.Text = text.String()
	for bi, b := range a.Blocks {
		if b.Kind.IsMeta() {
			a.Meta = append(a.Meta, b)
			continue
		}
		s := b.Start
		for _, loc := range sentenceEnd.FindAllStringIndex(a.Text[b.Start:b.End], -1) {
			end := b.Start + loc[0] + len(string([]rune(a.Text[b.Start+loc[0]:])[0])) + 1
			if strings.ContainsAny(a.Text[end:end+1], "“\"") {
				end++
			}
			a.Sentences = append(a.Sentences, model.Sentence{Start: s, End: end, Block: bi})
			s = b.Start + loc[1]
		}
		if s < b.End {
			a.Sentences = append(a.Sentences, model.Sentence{Start: s, End: b.End, Block: bi})
		}
	}
	taken := make([]bool, len(a.Text))
	var mentions []model.ActorMention
	mark := func(start, end, actor int, implicit bool) {
		for i := start; i < end; i++ {
			if taken[i] {
				return
			}
		}
		for i := start; i < end; i++ {
			taken[i] = true
		}
		mentions = append(mentions, model.ActorMention{Start: start, End: end, Actor: actor, Implicit: implicit})
	}
	// Longest names first, whole words only.
	type name struct {
		s     string
		actor int
	}
	var names []name
	for i, act := range testActors {
		names = append(names, name{act.Name, i})
		for _, al := range act.Aliases {
			names = append(names, name{al, i})
		}
	}
	for n := 40; n > 0; n-- {
		for _, nm := range names {
			if len(nm.s) == n {
				for _, at := range wordOccurrences(a.Text, nm.s) {
					mark(at, at+len(nm.s), nm.actor, false)
				}
			}
		}
	}
	for surface, id := range f.implicit {
		for _, at := range wordOccurrences(a.Text, surface) {
			mark(at, at+len(surface), actorIndex(t, id), true)
		}
	}
	sortMentions(mentions)
	a.Actors = mentions
	for surface, ann := range f.timex {
		typ := ann.typ
		if typ == "" {
			typ = model.TimexDate
		}
		for _, at := range wordOccurrences(a.Text, surface) {
			// a date that names no year was found from an anchor, as the tagger marks it
			anchored := typ == model.TimexDate && !fourDigits.MatchString(surface)
			a.Timexes = append(a.Timexes, model.Timex{Start: at, End: at + len(surface), Type: typ, Value: ann.value, Interval: ann.iv, Anchored: anchored})
		}
	}
	// the pipeline keeps them in text order, which the extractor's search relies on
	slices.SortFunc(a.Timexes, func(p, q model.Timex) int { return cmp.Compare(p.Start, q.Start) })
	for _, place := range testPlaces {
		for _, at := range wordOccurrences(a.Text, place) {
			a.Places = append(a.Places, model.Place{Start: at, End: at + len(place)})
		}
	}
	slices.SortFunc(a.Places, func(p, q model.Place) int { return cmp.Compare(p.Start, q.Start) })
	return a
}

// testPlaces are the towns the fixtures name whose names are also common
// nouns, which the recogniser reads as places where they are.
var testPlaces = []string{"Halle", "Essen"}

func sortMentions(ms []model.ActorMention) {
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && ms[j].Start < ms[j-1].Start; j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}

// wordOccurrences finds s in text where it is not part of a longer word
// (a hyphen counts as a word boundary: "Trump" in "Trump-Sprecherin").
func wordOccurrences(text, s string) []int {
	var out []int
	for i := 0; ; {
		k := strings.Index(text[i:], s)
		if k < 0 {
			return out
		}
		at := i + k
		i = at + len(s)
		if at > 0 && isLetterByte(text, at-1, true) || at+len(s) < len(text) && isLetterByte(text, at+len(s), false) {
			continue
		}
		out = append(out, at)
	}
}

func isLetterByte(text string, i int, before bool) bool {
	var r rune
	if before {
		for j := i; j >= 0; j-- {
			if text[j]&0xC0 != 0x80 {
				r = []rune(text[j : i+1])[0]
				break
			}
		}
	} else {
		r = []rune(text[i:])[0]
	}
	return isWordRune(r)
}

func actorIDs(ids []int) []string {
	out := make([]string, len(ids))
	for i, a := range ids {
		out[i] = testActors[a].ID
	}
	return out
}
