package model

import (
	"encoding/json"
	"io"
	"slices"
	"unicode/utf8"
)

// This file is the JSON contract of `chronik events --json`. Field names and
// shapes are part of Chronik's public interface: add fields, never rename or
// drop one. Dates are YYYY-MM-DD with both ends inclusive.

// Export is the whole JSON document.
type Export struct {
	Articles []ExportArticle `json:"articles"`
	Actors   []ExportActor   `json:"actors"`
	Events   []ExportEvent   `json:"events"` // in timeline order: dated by date, then undated
}

// ExportArticle is one source article.
type ExportArticle struct {
	ID     string            `json:"id"` // the file name without its extension
	Title  string            `json:"title"`
	Date   ExportArticleDate `json:"date"`
	Source string            `json:"source"` // byline or source, "" if none
	// Opinion is the line that marks a commentary or column ("Kommentar:
	// …", "Ein Kommentar von …"); absent for news
	Opinion string        `json:"opinion,omitempty"`
	Meta    []ExportBlock `json:"meta"` // what was set aside as metadata
}

// ExportArticleDate is when an article was written and how Chronik knows.
// Start and End are null when the article could not be dated.
type ExportArticleDate struct {
	Start  *string `json:"start"`
	End    *string `json:"end"`
	Label  string  `json:"label"`
	Source string  `json:"source"` // "header", "front matter", "text" or "unknown"
	Reason string  `json:"reason"`
}

// ExportBlock is a metadata block of an article (byline, caption, credit,
// embedded post).
type ExportBlock struct {
	Kind string `json:"kind"`
	Text string `json:"text"`
}

// ExportActor is a person or organisation.
type ExportActor struct {
	ID       string   `json:"id"`
	Name     string   `json:"name"`
	Kind     string   `json:"kind"` // "person" or "organization"
	Aliases  []string `json:"aliases"`
	Roles    []string `json:"roles"`
	Mentions int      `json:"mentions"`
}

// ExportEvent is one event; Date is null when it is undated.
type ExportEvent struct {
	ID     string      `json:"id"`
	Title  string      `json:"title"`
	Kind   string      `json:"kind"`
	Date   *ExportDate `json:"date"`
	Actors []string    `json:"actors"` // actor ids, most central first

	// Participants are the actors again, each with its role ("agent",
	// "patient" or "participant"), in the same order.
	Participants []ExportParticipant `json:"participants"`
	Mentions     []ExportMention     `json:"mentions"`
	Reactions    []ExportReaction    `json:"reactions"` // what was said about the event
	Salience     float64             `json:"salience"`  // 0..1: how much it belongs on a short timeline
}

// ExportParticipant is an actor of an event with its role.
type ExportParticipant struct {
	Actor string `json:"actor"` // actor id
	Role  string `json:"role"`
}

// ExportReaction is a sentence that comments on an event. Start and End
// are code points, as in ExportMention.
type ExportReaction struct {
	Actor   *string `json:"actor"` // actor id of who speaks, null if no actor is named
	Article string  `json:"article"`
	Text    string  `json:"text"`
	Start   int     `json:"start"`
	End     int     `json:"end"`
}

// ExportDate is an inclusive date interval with its human label.
type ExportDate struct {
	Start string `json:"start"`
	End   string `json:"end"`
	Label string `json:"label"`
}

// ExportMention is one sentence that tells an event. Start and End are
// offsets in Unicode code points (not bytes) into the article's text, so
// that tools in any language can cut the sentence out of the text.
type ExportMention struct {
	Article string      `json:"article"` // article id
	Text    string      `json:"text"`
	Start   int         `json:"start"`
	End     int         `json:"end"`
	Date    *ExportDate `json:"date"`    // what this sentence alone allows, null if nothing
	Timex   *string     `json:"timex"`   // the TIMEX3 value that dated it, null if the date came from context
	Trigger string      `json:"trigger"` // the word that told that something happened (with the words it needs: "kündigte … an", "Klage … eingereicht")

	// DateBasis says how the sentence was dated: "timex", "previous
	// sentence", "before the article", … ("" when it is undated).
	DateBasis string `json:"date_basis"`
}

// Export builds the JSON document of a chosen subset of events: the
// indices into t.Events, in any order (they are encoded in timeline
// order). With events == nil it exports everything: all events, articles
// and actors. With a subset, articles and actors are limited to those the
// chosen events refer to, so a filtered export stands on its own.
func (t *Timeline) Export(events []int) Export {
	all := events == nil
	if all {
		events = make([]int, len(t.Events))
		for i := range events {
			events[i] = i
		}
	} else {
		events = slices.Clone(events)
		slices.Sort(events)
		events = slices.Compact(events)
	}

	useArticle := make([]bool, len(t.Articles))
	useActor := make([]bool, len(t.Actors))
	offsets := make([][]int, len(t.Articles)) // byte offsets to convert, per article
	for _, ei := range events {
		e := &t.Events[ei]
		for _, a := range e.Actors {
			useActor[a] = true
		}
		for _, m := range e.Mentions {
			useArticle[m.Article] = true
			offsets[m.Article] = append(offsets[m.Article], m.Start, m.End)
		}
		for _, r := range e.Reactions {
			useArticle[r.Article] = true
			offsets[r.Article] = append(offsets[r.Article], r.Start, r.End)
			if r.Actor >= 0 {
				useActor[r.Actor] = true
			}
		}
	}
	codePoints := make([]map[int]int, len(t.Articles))
	for ai, offs := range offsets {
		if len(offs) > 0 {
			codePoints[ai] = CodePointOffsets(t.Articles[ai].Text, offs)
		}
	}

	doc := Export{
		Articles: []ExportArticle{},
		Actors:   []ExportActor{},
		Events:   make([]ExportEvent, 0, len(events)),
	}
	for ai, a := range t.Articles {
		if all || useArticle[ai] {
			doc.Articles = append(doc.Articles, exportArticle(a))
		}
	}
	for i := range t.Actors {
		if all || useActor[i] {
			doc.Actors = append(doc.Actors, exportActor(&t.Actors[i]))
		}
	}
	for _, ei := range events {
		e := &t.Events[ei]
		ee := ExportEvent{
			ID:           e.ID,
			Title:        e.Title,
			Kind:         e.Kind,
			Date:         exportDate(e.Date),
			Actors:       make([]string, len(e.Actors)),
			Participants: make([]ExportParticipant, len(e.Actors)),
			Mentions:     make([]ExportMention, len(e.Mentions)),
			Reactions:    make([]ExportReaction, len(e.Reactions)),
			Salience:     e.Salience,
		}
		for i, a := range e.Actors {
			ee.Actors[i] = t.Actors[a].ID
			ee.Participants[i] = ExportParticipant{Actor: t.Actors[a].ID, Role: string(e.RoleOf(a))}
		}
		sentence := func(article, start, end int) (id, text string, cpStart, cpEnd int) {
			art := t.Articles[article]
			return art.ID, art.Text[start:end], codePoints[article][start], codePoints[article][end]
		}
		for i, r := range e.Reactions {
			var er ExportReaction
			er.Article, er.Text, er.Start, er.End = sentence(r.Article, r.Start, r.End)
			if r.Actor >= 0 {
				er.Actor = &t.Actors[r.Actor].ID
			}
			ee.Reactions[i] = er
		}
		for i, m := range e.Mentions {
			em := ExportMention{Date: exportDate(m.Date), Trigger: m.Trigger, DateBasis: m.DateBasis}
			em.Article, em.Text, em.Start, em.End = sentence(m.Article, m.Start, m.End)
			if m.Timex != "" {
				em.Timex = &m.Timex
			}
			ee.Mentions[i] = em
		}
		doc.Events = append(doc.Events, ee)
	}
	return doc
}

// WriteJSON encodes the chosen events (nil for all, see Export) as the
// JSON document of `chronik events --json`, indented, ending in a newline.
func (t *Timeline) WriteJSON(w io.Writer, events []int) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false) // article text is shown to people: keep "<" and "&" readable
	return enc.Encode(t.Export(events))
}

func exportArticle(a *Article) ExportArticle {
	ea := ExportArticle{
		ID:      a.ID,
		Title:   a.Title,
		Source:  a.Source,
		Opinion: a.Opinion,
		Meta:    make([]ExportBlock, len(a.Meta)),
		Date: ExportArticleDate{
			Label:  a.Date.Interval.Label(),
			Source: string(a.Date.Source),
			Reason: a.Date.Reason,
		},
	}
	if ea.Date.Source == "" {
		ea.Date.Source = string(DateUnknown)
	}
	if iv := a.Date.Interval; iv.Valid() {
		start, end := iv.Start.String(), iv.End.String()
		ea.Date.Start, ea.Date.End = &start, &end
	}
	for i, b := range a.Meta {
		ea.Meta[i] = ExportBlock{Kind: string(b.Kind), Text: a.Text[b.Start:b.End]}
	}
	return ea
}

func exportActor(a *Actor) ExportActor {
	return ExportActor{
		ID:       a.ID,
		Name:     a.Name,
		Kind:     string(a.Kind),
		Aliases:  nonNil(a.Aliases),
		Roles:    nonNil(a.Roles),
		Mentions: a.Mentions,
	}
}

func exportDate(iv Interval) *ExportDate {
	if !iv.Valid() {
		return nil
	}
	return &ExportDate{Start: iv.Start.String(), End: iv.End.String(), Label: iv.Label()}
}

// nonNil keeps empty lists as [] rather than null, so consumers need not
// tell the two apart.
func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// CodePointOffsets maps each byte offset in offs to the number of code
// points before it in text, in one pass over the text however many
// offsets there are. It is how Chronik turns its byte offsets into the
// code-point offsets of its JSON output.
func CodePointOffsets(text string, offs []int) map[int]int {
	sorted := slices.Clone(offs)
	slices.Sort(sorted)
	sorted = slices.Compact(sorted)
	out := make(map[int]int, len(sorted))
	pos, count := 0, 0
	for _, off := range sorted {
		end := min(max(off, pos), len(text))
		count += utf8.RuneCountInString(text[pos:end])
		pos = end
		out[off] = count
	}
	return out
}
