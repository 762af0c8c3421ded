package actors

import (
	"os"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"chronik/corpus/ner"
	"chronik/model"
)

// The statistical tagger (package ner) decides which words name people
// and organisations; the rules of this package find their own names first
// and hand them to it as features, and they still supply what the tagger
// does not: roles, pronouns, parts of compounds, and the canonical names
// of the people and organisations they recognised. This file joins the
// two.

// entityTagger is built on first use: decoding the weights costs tens of
// milliseconds that a program which never recognises actors should not
// pay. Without usable weights (a broken build) the rules alone decide.
var entityTagger = sync.OnceValue(func() *ner.Tagger {
	w, err := ner.Embedded()
	if err != nil {
		return nil
	}
	return ner.NewTagger(w, Gazetteer)
})

// Hints returns the named-entity spans of rule mentions, in text order
// and without overlaps (the longer of two overlapping spans stays): the
// features the tagger was trained with.
func Hints(ms []Mention) []ner.Span {
	var out []ner.Span
	for _, m := range ms {
		if !m.Entity() {
			continue
		}
		sp := ner.Span{Start: m.Start, End: m.End, Kind: nerKind(m.Kind)}
		if n := len(out); n > 0 && out[n-1].End > sp.Start {
			if sp.End-sp.Start > out[n-1].End-out[n-1].Start {
				out[n-1] = sp
			}
			continue
		}
		out = append(out, sp)
	}
	return out
}

func nerKind(k model.ActorKind) ner.Kind {
	if k == model.Organization {
		return ner.ORG
	}
	return ner.PER
}

// segments returns the runs of text the tagger reads one by one: the
// sentences, and the lines of blocks that hold none (headlines, captions,
// bylines).
func segments(a *model.Article) [][2]int {
	var out [][2]int
	lines := func(start, end int) {
		for start < end {
			i := strings.IndexByte(a.Text[start:end], '\n')
			if i < 0 {
				i = end - start
			}
			if i > 0 {
				out = append(out, [2]int{start, start + i})
			}
			start += i + 1
		}
	}
	covered := 0
	for _, s := range a.Sentences {
		if s.Start < covered || s.End > len(a.Text) || s.Start > s.End {
			continue
		}
		lines(covered, s.Start)
		out = append(out, [2]int{s.Start, s.End})
		covered = s.End
	}
	lines(covered, len(a.Text))
	slices.SortFunc(out, func(x, y [2]int) int { return x[0] - y[0] })
	return out
}

// withModel returns the mentions after the tagger has decided: a name
// the rules found stays where the tagger tags the same words as a person
// or an organisation (with the tagger's kind); the tagger's other names
// are added, named after the fullest form the article gives them; names
// the tagger does not confirm, and every name it calls a place, go.
// Pronouns, roles and compound parts stay with the rules, but not for an
// actor that is gone or for a place.
func (f *finder) withModel(ms []Mention, tg *ner.Tagger) []Mention {
	text := f.text
	spans := tg.Document(text, segments(f.a), Hints(ms))
	type key struct{ start, end int }
	kindAt := map[key]model.ActorKind{}
	places := map[string]bool{}
	for _, sp := range spans {
		switch sp.Kind {
		case ner.PER:
			kindAt[key{sp.Start, sp.End}] = model.Person
		case ner.ORG:
			kindAt[key{sp.Start, sp.End}] = model.Organization
		case ner.LOC:
			places[text[sp.Start:sp.End]] = true
		}
	}
	out := make([]Mention, 0, len(ms)+len(spans))
	kept := map[key]bool{}
	ruleName := map[string]string{} // written form → the rules' canonical name
	names := map[string]bool{}
	for _, m := range ms {
		if !m.Entity() {
			continue
		}
		if m.Name != "" {
			ruleName[string(m.Kind)+text[m.Start:m.End]] = m.Name
		}
		k := key{m.Start, m.End}
		if kept[k] {
			continue
		}
		if kind, ok := kindAt[k]; ok {
			m.Kind = kind
		} else if !overlapsName(spans, m) || os.Getenv("NERPOLICY") == "A" {
			continue
		}
		kept[k] = true
		names[m.Name] = true
		out = append(out, m)
	}
	// A name of the tagger that a kept rule name overlaps is the rule's.
	for _, sp := range spans {
		for _, m := range out {
			if sp.Start < m.End && m.Start < sp.End {
				kept[key{sp.Start, sp.End}] = true
			}
		}
	}
	nm := newNamer(text, spans, ruleName)
	for _, sp := range spans {
		k := key{sp.Start, sp.End}
		kind, ok := kindAt[k]
		if !ok || kept[k] {
			continue
		}
		kept[k] = true
		name := nm.name(sp, kind)
		names[name] = true
		out = append(out, Mention{Start: sp.Start, End: sp.End, Kind: kind, Name: name, Meta: f.metaAt(sp.Start)})
	}
	for _, m := range ms {
		switch {
		case m.Entity():
		case m.Part && (places[m.Name] || places[text[m.Start:m.End]]):
		case m.Implicit && m.Name != "" && !names[m.Name]:
		default:
			out = append(out, m)
		}
	}
	agreeKinds([][]Mention{out})
	slices.SortFunc(out, func(a, b Mention) int { return compareMentions(&a, &b) })
	return out
}

// agreeKinds gives every mention of a name the kind most of its mentions
// outside metadata have: a drug maker is an organisation even where a
// sentence reads it like a person's name. A tie changes nothing.
func agreeKinds(found [][]Mention) {
	votes := map[string][2]int{}
	for _, ms := range found {
		for _, m := range ms {
			if m.Name == "" || m.Meta {
				continue
			}
			v := votes[m.Name]
			if m.Kind == model.Organization {
				v[1]++
			} else {
				v[0]++
			}
			votes[m.Name] = v
		}
	}
	for _, ms := range found {
		for i := range ms {
			switch v := votes[ms[i].Name]; {
			case v[0] > v[1]:
				ms[i].Kind = model.Person
			case v[1] > v[0]:
				ms[i].Kind = model.Organization
			}
		}
	}
}

// metaAt reports whether the word at byte offset off lies in metadata.
func (f *finder) metaAt(off int) bool {
	i, _ := slices.BinarySearchFunc(f.toks, off, func(t token, off int) int { return int(t.end) - off - 1 })
	return i < len(f.toks) && int(f.toks[i].start) <= off && f.toks[i].meta
}

// namer gives the tagger's names their canonical form within an article.
type namer struct {
	text     string
	ruleName map[string]string
	fullPER  map[string][]string // last word → the multi-word person names ending in it
	perForms map[string]bool     // every person name as written
	orgs     []string            // organisation names as written, multi-word first
	short    map[string]string   // "RKI" → "Robert Koch-Institut" from "Robert Koch-Institut (RKI)"
}

func newNamer(text string, spans []ner.Span, ruleName map[string]string) *namer {
	n := &namer{text: text, ruleName: ruleName, fullPER: map[string][]string{}, perForms: map[string]bool{}, short: map[string]string{}}
	for i, sp := range spans {
		w := oneLine(text[sp.Start:sp.End])
		switch sp.Kind {
		case ner.PER:
			n.perForms[w] = true
			if j := strings.LastIndexByte(w, ' '); j > 0 && !slices.Contains(n.fullPER[w[j+1:]], w) {
				n.fullPER[w[j+1:]] = append(n.fullPER[w[j+1:]], w)
			}
		case ner.ORG:
			n.orgs = append(n.orgs, w)
			// A short form in brackets right after the long one.
			if i+1 < len(spans) && spans[i+1].Kind == ner.ORG && strings.TrimSpace(text[sp.End:spans[i+1].Start]) == "(" &&
				strings.HasPrefix(text[spans[i+1].End:], ")") {
				n.short[text[spans[i+1].Start:spans[i+1].End]] = w
			}
		}
	}
	return n
}

// oneLine joins a name written across a line break.
func oneLine(s string) string {
	if !strings.ContainsAny(s, "\n\t") && !strings.Contains(s, "  ") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

func (n *namer) name(sp ner.Span, kind model.ActorKind) string {
	w := oneLine(n.text[sp.Start:sp.End])
	if r, ok := n.ruleName[string(kind)+w]; ok {
		return r
	}
	if kind == model.Person {
		base := w
		if b, ok := genitiveBase(w); ok && (n.perForms[b] || len(n.fullPER[b]) > 0) {
			base = b
		}
		if !strings.Contains(base, " ") && len(n.fullPER[base]) == 1 {
			return n.fullPER[base][0]
		}
		return base
	}
	if long, ok := n.short[w]; ok {
		return long
	}
	if isAcronym(w) {
		for _, o := range n.orgs {
			if o != w && initials(o) == w {
				return o
			}
		}
	}
	if b, ok := genitiveBase(w); ok && slices.Contains(n.orgs, b) {
		return b
	}
	return w
}

// genitiveBase returns a name without its genitive ending: "Trumps",
// "Bezos'", "Bezos’".
func genitiveBase(w string) (string, bool) {
	for _, end := range []string{"’", "'", "s"} {
		if b, ok := strings.CutSuffix(w, end); ok && utf8.RuneCountInString(b) >= 2 {
			return b, true
		}
	}
	return w, false
}

// initials returns the capitals that begin the words and hyphenated parts
// of a name ("Robert Koch-Institut" → "RKI"), "" if a part begins in
// lower case (as "für" does: "Bundesamt für …" is no "BfX" here).
func initials(name string) string {
	var b strings.Builder
	for _, part := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' }) {
		r, _ := utf8.DecodeRuneInString(part)
		if !unicode.IsUpper(r) {
			return ""
		}
		b.WriteRune(r)
	}
	return b.String()
}

// overlapsName reports whether the tagger tagged some of m's words as a
// person or an organisation, and none as a place or other name: then the
// rule's boundaries stand.
func overlapsName(spans []ner.Span, m Mention) bool {
	named := false
	for _, sp := range spans {
		if sp.Start < m.End && m.Start < sp.End {
			if sp.Kind != ner.PER && sp.Kind != ner.ORG {
				return false
			}
			named = true
		}
	}
	return named
}
