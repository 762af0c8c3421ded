// Package plain writes the timeline as plain text: for `chronik events`,
// for `chronik` when its output is not a terminal, and for SSH sessions
// without a PTY. It draws no colours and no escape sequences, and it
// neutralises any control character left in the text it prints, so its
// output is safe to pipe anywhere.
package plain

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"chronik/model"
	"chronik/tui/internal/safetext"
)

// quoteLimit is how much of a sentence a mention line quotes: enough to
// recognise it, short enough to scan a long timeline.
const quoteLimit = 160

// Write prints the given events of tl (indices into tl.Events, in the
// order given) under headings that name the whole months each event's
// date spans (model.Interval.Heading), undated events last; a heading is
// written again whenever it changes from one event to the next. Each
// event shows its date label, title, actors, and the sentences that tell
// it, with the article each comes from.
func Write(w io.Writer, tl *model.Timeline, events []int) error {
	bw := bufio.NewWriter(w)
	heading := ""
	for _, i := range events {
		e := &tl.Events[i]
		if h := e.Date.Heading(); h != heading {
			if heading != "" {
				bw.WriteByte('\n')
			}
			heading = h
			fmt.Fprintf(bw, "%s\n%s\n", h, strings.Repeat("=", utf8.RuneCountInString(h)))
		}
		fmt.Fprintf(bw, "\n%s  %s\n", e.Date.Label(), Clean(e.Title))
		if names := actorNames(tl, e.Actors); names != "" {
			fmt.Fprintf(bw, "    %s\n", names)
		}
		for _, m := range e.Mentions {
			a := tl.Articles[m.Article]
			fmt.Fprintf(bw, "    %s: %s\n", Clean(a.ID), quote(a.Text[m.Start:m.End]))
		}
	}
	if len(events) == 0 {
		bw.WriteString("no events\n")
		if len(tl.NotGerman) > 0 {
			fmt.Fprintf(bw, "Chronik reads German news: %d of %d articles do not read as German.\n", len(tl.NotGerman), len(tl.Articles))
		}
	}
	return bw.Flush()
}

// WriteArticles lists articles: id, title, date with how it was found,
// source, and what was set aside as metadata.
func WriteArticles(w io.Writer, articles []*model.Article) error {
	bw := bufio.NewWriter(w)
	for i, a := range articles {
		if i > 0 {
			bw.WriteByte('\n')
		}
		fmt.Fprintf(bw, "%s  %s\n", Clean(a.ID), Clean(a.Title))
		d := a.Date
		why := Clean(d.Reason)
		if why == "" {
			why = string(d.Source)
		}
		if d.Interval.Valid() {
			fmt.Fprintf(bw, "    date:   %s (%s), %s\n", d.Interval.Label(), d.Interval, why)
		} else {
			fmt.Fprintf(bw, "    date:   unknown (%s)\n", why)
		}
		if a.Source != "" {
			fmt.Fprintf(bw, "    source: %s\n", Clean(a.Source))
		}
		if a.Opinion != "" {
			fmt.Fprintf(bw, "    genre:  opinion (%s)\n", quote(a.Opinion))
		}
		for _, b := range a.Meta {
			fmt.Fprintf(bw, "    %-7s %s\n", string(b.Kind)+":", quote(a.Text[b.Start:b.End]))
		}
	}
	return bw.Flush()
}

func actorNames(tl *model.Timeline, ids []int) string {
	names := make([]string, len(ids))
	for i, id := range ids {
		names[i] = Clean(tl.Actors[id].Name)
	}
	return strings.Join(names, ", ")
}

// quote shortens a sentence to one line of at most quoteLimit runes.
func quote(s string) string {
	s = strings.Join(strings.Fields(Clean(s)), " ")
	if utf8.RuneCountInString(s) <= quoteLimit {
		return s
	}
	r := []rune(s)[:quoteLimit]
	cut := strings.LastIndexByte(string(r), ' ')
	if cut < quoteLimit/2 {
		cut = len(string(r))
	}
	return string(r)[:cut] + " …"
}

// Clean makes a field print as one inert line whatever the text held: it
// is safetext.Line, the sanitiser the explorer uses too (control
// characters shown as control pictures, newlines and tabs as spaces,
// bidirectional overrides dropped).
func Clean(s string) string { return safetext.Line(s) }
