package corpus

import (
	"fmt"
	"strings"
	"sync"
	"time"

	"chronik/corpus/actors"
	"chronik/corpus/ingest"
	"chronik/corpus/temporal"
	"chronik/corpus/text"
	"chronik/model"
)

// Annotation is the output of `chronik annotate` for one document: its
// temporal expressions and its people and organisations. Offsets are in
// Unicode code points of the document's text, so that evaluation tools in
// any language can use them.
type Annotation struct {
	Doc    string            `json:"doc"`
	Timex  []AnnotatedTimex  `json:"timex"`
	Actors []AnnotatedEntity `json:"actors"`
}

// AnnotatedTimex is one temporal expression (TIMEX3 type and value).
type AnnotatedTimex struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Type  string `json:"type"`
	Value string `json:"value"`
}

// AnnotatedEntity is one name of a person or organisation as written
// ("Trumps"), with its kind and the canonical name of its actor
// ("Donald Trump").
type AnnotatedEntity struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Kind  string `json:"kind"`
	Name  string `json:"name"`
}

// ParseDCT reads a document creation time: "YYYY-MM-DD", "YYYY-MM" or ""
// (unknown).
func ParseDCT(s string) (model.Interval, error) {
	s = strings.TrimSpace(s)
	switch len(s) {
	case 0:
		return model.Interval{}, nil
	case len("2006-01"):
		t, err := time.Parse("2006-01", s)
		if err != nil {
			break
		}
		return model.MonthInterval(t.Year(), t.Month()), nil
	default:
		d, err := model.ParseDay(s)
		if err != nil {
			break
		}
		return model.DayInterval(d), nil
	}
	return model.Interval{}, fmt.Errorf("dct %q: want YYYY-MM-DD or YYYY-MM", s)
}

// AnnotateDoc tags one document for evaluation. dct is its creation time
// ("YYYY-MM-DD", "YYYY-MM" or ""). The text is cleaned (control characters
// become spaces, code points stay where they are), laid out and split like
// an article; temporal expressions are tagged relative to dct by the
// TimeML tagger (without background-calendar phrases such as "nach der
// Amtseinführung", which date events but are no TIMEX3); names are found
// and resolved within the document, so that "Trumps" gets the name
// "Donald Trump" when the document says it in full. Only names written out
// count as entities: not pronouns, roles or the first part of a compound
// ("Trump" in "Trump-Sprecherin"). Names in metadata — photographers and
// agencies of credits ("picture alliance / dpa | Susan Walsh"), authors of
// bylines, people of embedded posts — are entities too, as NER annotators
// (GermEval, CoNLL) mark every person and organisation of a text; they
// never become timeline actors, so each keeps the name the recogniser gave
// it.
func AnnotateDoc(doc, dct, raw string) (Annotation, error) {
	out := Annotation{Doc: doc, Timex: []AnnotatedTimex{}, Actors: []AnnotatedEntity{}}
	iv, err := ParseDCT(dct)
	if err != nil {
		return out, err
	}
	if raw == "" {
		return out, nil
	}
	clean, err := ingest.Clean([]byte(raw))
	if err != nil {
		if strings.TrimSpace(raw) == "" {
			return out, nil // nothing to tag is not an error
		}
		return out, fmt.Errorf("text: %v", err)
	}
	a := &model.Article{ID: doc, Text: clean, Date: model.ArticleDate{Interval: iv}}
	a.Blocks = ingest.Layout(clean)
	layer := text.ForArticle(a)
	defer layer.Release()
	a.Sentences = layer.ArticleSentences()
	timexes := annotateTagger().Tag(clean, iv)
	a.Timexes = timexes
	found := recognizer().FindIn(a, layer)
	table := actors.Resolve([]*model.Article{a}, []*text.Doc{layer}, [][]actors.Mention{found}).Actors

	var offs []int
	for _, t := range timexes {
		offs = append(offs, t.Start, t.End)
	}
	var entities []actors.Mention
	for _, m := range found {
		if m.Entity() {
			entities = append(entities, m)
			offs = append(offs, m.Start, m.End)
		}
	}
	cp := model.CodePointOffsets(clean, offs)
	for _, t := range timexes {
		out.Timex = append(out.Timex, AnnotatedTimex{
			Start: cp[t.Start], End: cp[t.End], Text: clean[t.Start:t.End],
			Type: string(t.Type), Value: t.Value,
		})
	}
	byName := make(map[string]int, len(table))
	for i := range table {
		for _, n := range append([]string{table[i].Name}, table[i].Aliases...) {
			if _, taken := byName[n]; !taken {
				byName[n] = i
			}
		}
	}
	resolved := make(map[[2]int]int, len(a.Actors))
	for _, m := range a.Actors {
		resolved[[2]int{m.Start, m.End}] = m.Actor
	}
	for _, m := range entities {
		name := m.Name
		if i, ok := resolved[[2]int{m.Start, m.End}]; ok && !m.Meta {
			name = table[i].Name
		} else if i, ok := byName[m.Name]; ok && m.Meta {
			name = table[i].Name // an embedded post by someone the article names
		}
		if name == "" {
			name = clean[m.Start:m.End]
		}
		out.Actors = append(out.Actors, AnnotatedEntity{
			Start: cp[m.Start], End: cp[m.End], Text: clean[m.Start:m.End],
			Kind: string(m.Kind), Name: name,
		})
	}
	return out, nil
}

// annotateTagger is the tagger without background phrases, built once.
var annotateTagger = sync.OnceValue(func() *temporal.Tagger { return tagger().WithoutBackground() })
