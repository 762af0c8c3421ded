package evaluation

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"chronik/corpus"
	"chronik/corpus/ingest"
	"chronik/model"
)

// ChronikOutput is what the pipeline found in one article, its offsets
// into the text as given.
type ChronikOutput struct {
	Rows    []Row
	Timexes []model.Timex
	Lost    int // mentions and timexes that could not be placed in the text
}

// RunChronik runs Chronik's whole pipeline (ingest, then corpus.Build) on
// one article text, as a corpus of its own. A valid date is given to the
// article as its header says it ("date: 2016-02-03"); without one the
// engine infers the article's date from its text. Mentions whose sentence
// cannot be found in text (ingest changed it) are dropped and counted.
func RunChronik(id, text string, date model.Day) (out ChronikOutput, err error) {
	// A panic in the engine is a finding of the evaluation, not the end of
	// it: the article counts as one the engine found nothing in.
	defer func() {
		if r := recover(); r != nil {
			out, err = ChronikOutput{}, &PanicError{ID: id, Value: r}
		}
	}()
	data := text
	if date.Valid() {
		data = "date: " + date.String() + "\n" + text
	}
	a, err := ingest.Parse(id, id+".txt", []byte(data))
	if err != nil {
		return out, err
	}
	tl := corpus.Build([]*model.Article{a})
	if len(tl.Faults) > 0 {
		return ChronikOutput{}, &PanicError{ID: id, Value: tl.Faults[0].Reason} // (Build keeps a stage's panic to its article)
	}
	place := placer(text, a.Text)
	for _, e := range tl.Events {
		row := Row{Title: e.Title, Kind: e.Kind, Date: e.Date}
		for _, m := range e.Mentions {
			start, end, ok := place(m.Start, m.End)
			if !ok {
				out.Lost++
				continue
			}
			row.Mentions = append(row.Mentions, RowMention{Start: start, End: end, Trigger: m.Trigger})
		}
		for i, x := range e.Actors {
			if x < 0 || x >= len(tl.Actors) {
				return out, fmt.Errorf("%s: event %q names actor %d of %d", id, e.Title, x, len(tl.Actors))
			}
			act := tl.Actors[x]
			ra := RowActor{Names: append([]string{act.Name}, act.Aliases...), Role: model.RoleParticipant}
			if i < len(e.Roles) {
				ra.Role = e.Roles[i]
			}
			row.Actors = append(row.Actors, ra)
		}
		out.Rows = append(out.Rows, row)
	}
	for _, x := range a.Timexes {
		start, end, ok := place(x.Start, x.End)
		if !ok {
			out.Lost++
			continue
		}
		x.Start, x.End = start, end
		out.Timexes = append(out.Timexes, x)
	}
	return out, nil
}

// placer maps offsets into the ingested text back to the text as given:
// a shift when ingest only cut a header; when it also replaced control
// characters (each by one space: code points stay where they are),
// decoded character references or joined words split by invisible
// characters (ingest.DecodeEntities, ingest.JoinWords: as many code
// points), the same code point in the text; else a search for the span's
// text.
func placer(text, ingested string) func(start, end int) (int, int, bool) {
	if i := strings.Index(text, ingested); i >= 0 {
		return func(start, end int) (int, int, bool) { return start + i, end + i, true }
	}
	if cleaned, err := ingest.Clean([]byte(text)); err == nil && utf8.RuneCountInString(cleaned) == utf8.RuneCountInString(text) {
		cleaned = ingest.JoinWords(ingest.DecodeEntities(cleaned)) // (as many code points: what a reference or a hidden hyphen saves moves to the run's end as spaces)
		if i := strings.Index(cleaned, ingested); i >= 0 {
			at := alignedBytes(cleaned, text)
			return func(start, end int) (int, int, bool) {
				s, e := at[start+i], at[end+i]
				return s, e, s >= 0 && e >= 0
			}
		}
	}
	return func(start, end int) (int, int, bool) {
		i := strings.Index(text, ingested[start:end])
		return i, i + end - start, i >= 0
	}
}

// alignedBytes maps each byte offset of a that starts a code point (and
// len(a)) to the offset of the same code point in b, which has as many;
// other offsets map to -1.
func alignedBytes(a, b string) []int {
	at := make([]int, len(a)+1)
	for k := range at {
		at[k] = -1
	}
	j := 0
	for i := range a {
		at[i] = j
		_, size := utf8.DecodeRuneInString(b[j:])
		j += size
	}
	at[len(a)] = len(b)
	return at
}

// A PanicError says that the pipeline panicked on an article.
type PanicError struct {
	ID    string
	Value any
}

func (e *PanicError) Error() string {
	return fmt.Sprintf("%s: the pipeline panicked: %v", e.ID, e.Value)
}
