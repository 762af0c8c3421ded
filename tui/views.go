package tui

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"chronik/model"
)

// The contents of the full-screen views, built from the timeline.

// helpView lists every key, by where it works.
func helpView(k *KeyMap) func(width int) []viewLine {
	return func(width int) []viewLine {
		var out []viewLine
		for i, s := range helpSections(k) {
			if i > 0 {
				out = append(out, viewLine{item: -1})
			}
			out = append(out, viewLine{text: " " + s.title, kind: lineHeading, item: -1})
			for _, b := range s.keys {
				h := b.Help()
				out = append(out, wrapLines(fmt.Sprintf("%-10s %s", h.Key, h.Desc), width, 2, lineText, -1)...)
			}
		}
		out = append(out, viewLine{item: -1})
		out = append(out, wrapLines("The mouse wheel scrolls the pane under the pointer; a click selects. esc or ? closes this page.", width, 1, lineDim, -1)...)
		return out
	}
}

// mentionBasis says how a mention was dated, for the reader.
func mentionBasis(m *model.EventMention) string {
	basis := m.DateBasis
	if basis == "" {
		switch {
		case m.Timex != "":
			basis = "a date in the sentence"
		case m.Date.Valid():
			basis = "the context of the sentence"
		default:
			basis = "nothing: undated"
		}
	}
	if m.Timex != "" {
		basis += " (TIMEX3 " + m.Timex + ")"
	}
	return basis
}

// articleLine names an article: title, date, id.
func articleLine(a *model.Article) string {
	return clean(a.Title) + " · " + a.Date.Interval.Label() + " · " + clean(a.ID)
}

// detailView is an event in full: title, date and how it was found,
// actors with their roles, every mention with its article and sentence
// (each an item: enter opens it), and the reactions to it.
func detailView(tl *model.Timeline, sh *Shared, ev int) func(width int) []viewLine {
	return func(width int) []viewLine {
		e := &tl.Events[ev]
		var out []viewLine
		add := func(text string, indent int, kind lineKind, item int) {
			out = append(out, wrapLines(text, width, indent, kind, item)...)
		}
		add(clean(e.Title), 1, lineHeading, -1)
		date := e.Date.Label()
		if e.Date.Valid() {
			date += " (" + e.Date.String() + ")"
		}
		add("Date: "+date+", what all its mentions allow", 1, lineText, -1)
		if e.Kind != "" {
			add("Kind: "+clean(e.Kind), 1, lineText, -1)
		}
		out = append(out, viewLine{item: -1}, viewLine{text: " Actors", kind: lineHeading, item: -1})
		for _, a := range e.Actors {
			if a < 0 || a >= len(tl.Actors) {
				continue
			}
			line := sh.actorName[a]
			if r := e.RoleOf(a); r != "" {
				line += " — " + string(r)
			}
			add(line, 2, lineText, -1)
		}
		out = append(out, viewLine{item: -1}, viewLine{text: fmt.Sprintf(" Mentions (%d) — enter opens one", len(e.Mentions)), kind: lineHeading, item: -1})
		for i := range e.Mentions {
			m := &e.Mentions[i]
			if m.Article < 0 || m.Article >= len(tl.Articles) {
				continue
			}
			a := tl.Articles[m.Article]
			add(fmt.Sprintf("%d. %s", i+1, articleLine(a)), 2, lineText, i)
			add(quoted(a, m.Start, m.End), 5, lineText, i)
			how := "dated " + m.Date.Label() + " by " + mentionBasis(m)
			if m.Trigger != "" {
				how += "; told by „" + clean(m.Trigger) + "“"
			}
			add(how, 5, lineDim, i)
		}
		out = append(out, viewLine{item: -1}, viewLine{text: fmt.Sprintf(" Reactions (%d)", len(e.Reactions)), kind: lineHeading, item: -1})
		if len(e.Reactions) == 0 {
			add("none recorded", 2, lineDim, -1)
		}
		for _, r := range e.Reactions {
			if r.Article < 0 || r.Article >= len(tl.Articles) {
				continue
			}
			a := tl.Articles[r.Article]
			who := "someone unnamed"
			if r.Actor >= 0 && r.Actor < len(tl.Actors) {
				who = sh.actorName[r.Actor]
			}
			add(who+" in "+articleLine(a)+":", 2, lineText, -1)
			add(quoted(a, r.Start, r.End), 5, lineText, -1)
		}
		return out
	}
}

// sentence is a span of an article's text, sanitised and on one line.
func sentence(a *model.Article, start, end int) string {
	start, end = clampRange(start, end, len(a.Text))
	return strings.Join(strings.Fields(clean(a.Text[start:end])), " ")
}

// quoted is the article's sentence between start and end in German
// quotation marks, unless it opens with a quotation mark of its own (a
// quote that a sentence of speech begins with): marks around marks read
// as a typo.
func quoted(a *model.Article, start, end int) string {
	s := sentence(a, start, end)
	if r, _ := utf8.DecodeRuneInString(s); strings.ContainsRune("„\"«»‚‹›“", r) {
		return s
	}
	return "„" + s + "“"
}

// articlesView lists every article with its date and number of events
// (each an item: enter reads it), then the files left out and why.
func articlesView(tl *model.Timeline) func(width int) []viewLine {
	return func(width int) []viewLine {
		events := make([]int, len(tl.Articles))
		for i := range tl.Events {
			ms := tl.Events[i].Mentions
			for j, m := range ms {
				if m.Article < 0 || m.Article >= len(events) {
					continue
				}
				if !slices.ContainsFunc(ms[:j], func(o model.EventMention) bool { return o.Article == m.Article }) {
					events[m.Article]++ // each event once per article
				}
			}
		}
		notGerman := make(map[int]bool, len(tl.NotGerman))
		for _, a := range tl.NotGerman {
			notGerman[a] = true
		}
		var out []viewLine
		out = append(out, viewLine{text: fmt.Sprintf(" Articles (%d) — enter reads one", len(tl.Articles)), kind: lineHeading, item: -1})
		for i, a := range tl.Articles {
			out = append(out, wrapLines(clean(a.Title), width, 2, lineText, i)...)
			info := fmt.Sprintf("%s · %d events · %s", a.Date.Interval.Label(), events[i], clean(a.ID))
			if notGerman[i] {
				info += " · does not read as German"
			}
			out = append(out, wrapLines(info, width, 4, lineDim, i)...)
		}
		if len(tl.Skipped) > 0 {
			out = append(out, viewLine{item: -1}, viewLine{text: fmt.Sprintf(" Skipped files (%d)", len(tl.Skipped)), kind: lineHeading, item: -1})
			for _, f := range tl.Skipped {
				path := clean(f.Path)
				if path == "" {
					path = "(no file named)"
				}
				out = append(out, wrapLines(path+": "+clean(f.Reason), width, 2, lineText, -1)...)
			}
		}
		if len(tl.NotGerman) > 0 {
			out = append(out, viewLine{item: -1})
			out = append(out, wrapLines("Chronik reads German news: articles in other languages load, and can be read here, but yield no events.", width, 1, lineDim, -1)...)
		}
		return out
	}
}

// copyText is what y puts on the clipboard: the event's date and title,
// its actors, and each source with its sentence.
func copyText(tl *model.Timeline, sh *Shared, ev int) string {
	e := &tl.Events[ev]
	var b strings.Builder
	fmt.Fprintf(&b, "%s — %s\n", e.Date.Label(), clean(e.Title))
	var names []string
	for _, a := range e.Actors {
		if a >= 0 && a < len(sh.actorName) {
			names = append(names, sh.actorName[a])
		}
	}
	if len(names) > 0 {
		fmt.Fprintf(&b, "Actors: %s\n", strings.Join(names, ", "))
	}
	for _, m := range e.Mentions {
		if m.Article < 0 || m.Article >= len(tl.Articles) {
			continue
		}
		a := tl.Articles[m.Article]
		fmt.Fprintf(&b, "- %s (%s, %s): %s\n", clean(a.Title), a.Date.Interval.Label(), clean(a.ID), quoted(a, m.Start, m.End))
	}
	return b.String()
}
