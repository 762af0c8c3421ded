// Package nerdata reads the labelled German entity data of
// ../shared/data (GermEval 2014, DFKI SmartData; see its README.md for
// formats and licences), splits it reproducibly into the parts that train,
// select and test the tagger, and scores exact entity spans.
package nerdata

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"chronik/corpus/actors"
	"chronik/corpus/ingest"
	"chronik/corpus/ner"
	"chronik/corpus/sentence"
	"chronik/model"
)

// Dir returns the data folder: $CHRONIK_DATA, else ../shared/data above
// the repository, found from the working directory upwards.
func Dir() (string, error) {
	if d := os.Getenv("CHRONIK_DATA"); d != "" {
		return d, nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for d := wd; ; d = filepath.Dir(d) {
		cand := filepath.Join(d, "..", "shared", "data")
		if _, err := os.Stat(filepath.Join(cand, "ner")); err == nil {
			return cand, nil
		}
		if filepath.Dir(d) == d {
			return "", errors.New("no ../shared/data found above " + wd + " (set CHRONIK_DATA)")
		}
	}
}

// A Sentence is a GermEval sentence: words, and the outer BIO tag of each
// ("B-PER", "I-ORG", "O"); derived and part classes ("B-LOCderiv",
// "B-ORGpart") are O, as they name no entity of their own.
type Sentence struct {
	Words []string
	Tags  []string
}

// GermEval reads a GermEval 2014 file (gzip): one token a line with
// columns index, token, outer tag, inner tag; "#" lines name the source;
// blank lines end sentences.
func GermEval(path string) ([]Sentence, error) {
	raw, err := readGzip(path)
	if err != nil {
		return nil, err
	}
	var out []Sentence
	var cur Sentence
	sc := bufio.NewScanner(bytes.NewReader(raw))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for line := 1; sc.Scan(); line++ {
		l := sc.Text()
		switch {
		case strings.HasPrefix(l, "#"):
			continue
		case strings.TrimSpace(l) == "":
			if len(cur.Words) > 0 {
				out = append(out, cur)
			}
			cur = Sentence{}
			continue
		}
		f := strings.Split(l, "\t")
		if len(f) < 3 {
			return nil, fmt.Errorf("%s:%d: want index, token, tag", path, line)
		}
		tag := f[2]
		if strings.HasSuffix(tag, "deriv") || strings.HasSuffix(tag, "part") {
			tag = "O"
		}
		cur.Words = append(cur.Words, f[1])
		cur.Tags = append(cur.Tags, tag)
	}
	if len(cur.Words) > 0 {
		out = append(out, cur)
	}
	return out, sc.Err()
}

// A Doc is a SmartData document: its text and entities (byte offsets).
type Doc struct {
	ID    string
	Text  string
	Spans []ner.Span
}

// smartKinds maps SmartData concept types to entity classes.
var smartKinds = map[string]ner.Kind{
	"person":               ner.PER,
	"organization":         ner.ORG,
	"organization-company": ner.ORG,
	"location":             ner.LOC,
	"location-city":        ner.LOC,
	"location-street":      ner.LOC,
	"location-route":       ner.LOC,
	"location-stop":        ner.LOC,
}

// SmartData reads a SmartData file (gzip, concatenated JSON documents).
// Offsets in the data are in code points; Doc.Spans has byte offsets.
func SmartData(path string) ([]Doc, error) {
	raw, err := readGzip(path)
	if err != nil {
		return nil, err
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	var out []Doc
	for {
		var d struct {
			ID   string `json:"id"`
			Text struct {
				String string `json:"string"`
			} `json:"text"`
			Concepts struct {
				Array []struct {
					Span struct{ Start, End int } `json:"span"`
					Type string                   `json:"type"`
				} `json:"array"`
			} `json:"conceptMentions"`
		}
		if err := dec.Decode(&d); err == io.EOF {
			break
		} else if err != nil {
			return nil, fmt.Errorf("%s: document %d: %v", path, len(out)+1, err)
		}
		byteAt := codePointBytes(d.Text.String)
		doc := Doc{ID: d.ID, Text: d.Text.String}
		for _, c := range d.Concepts.Array {
			k, ok := smartKinds[c.Type]
			if !ok || c.Span.Start < 0 || c.Span.End > len(byteAt)-1 || c.Span.Start >= c.Span.End {
				continue
			}
			doc.Spans = append(doc.Spans, ner.Span{Start: byteAt[c.Span.Start], End: byteAt[c.Span.End], Kind: k})
		}
		out = append(out, doc)
	}
	return out, nil
}

// codePointBytes returns the byte offset of every code point of s, and
// len(s) last.
func codePointBytes(s string) []int {
	out := make([]int, 0, len(s)+1)
	for i := range s {
		out = append(out, i)
	}
	return append(out, len(s))
}

func readGzip(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	return b, nil
}

// Examples turns a document into training sentences: tokenised as the
// tagger tokenises, cut at line breaks and after a sentence-final mark
// before a capital. A token gets its entity's tag only when the entity
// covers it whole.
func (d Doc) Examples(hints []ner.Span) []ner.Example {
	toks := ner.Tokenize(d.Text, nil)
	tags := make([]string, len(toks))
	for i := range tags {
		tags[i] = "O"
	}
	for _, sp := range d.Spans {
		first := true
		for i, t := range toks {
			if t.Start >= sp.Start && t.End <= sp.End && tags[i] == "O" {
				prefix := "I-"
				if first {
					prefix = "B-"
				}
				tags[i] = prefix + sp.Kind.String()
				first = false
			}
		}
	}
	var out []ner.Example
	from := 0
	flush := func(to int) {
		if to > from {
			out = append(out, ner.Example{Words: words(d.Text, toks[from:to]), Tags: tags[from:to], Hints: WordRanges(toks[from:to], hints)})
		}
		from = to
	}
	for i, t := range toks {
		if i > 0 && (strings.Contains(d.Text[toks[i-1].End:t.Start], "\n") || sentenceEnd(d.Text, toks[i-1], t)) {
			flush(i)
		}
	}
	flush(len(toks))
	return out
}

func words(text string, toks []ner.Token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = text[t.Start:t.End]
	}
	return out
}

// WordRanges turns spans in bytes into ranges of the tokens they cover
// exactly; spans that do not start and end at token boundaries go.
func WordRanges(toks []ner.Token, spans []ner.Span) []ner.Span {
	var out []ner.Span
	for _, sp := range spans {
		first, last := -1, -1
		for i, t := range toks {
			if t.Start == sp.Start {
				first = i
			}
			if t.End == sp.End {
				last = i
			}
		}
		if first >= 0 && last >= first {
			out = append(out, ner.Span{Start: first, End: last + 1, Kind: sp.Kind})
		}
	}
	return out
}

// RuleHints returns the entities Chronik's rules find in text, read as
// chronik annotate reads a document: cleaned, laid out, split into
// sentences.
func RuleHints(rec *actors.Recognizer, text string) []ner.Span {
	a := Article(text)
	if a == nil {
		return nil
	}
	return actors.Hints(rec.Find(a))
}

// Entities returns the person and organisation spans the recogniser
// finds in text, read as chronik annotate reads a document.
func Entities(rec *actors.Recognizer, text string) []ner.Span {
	a := Article(text)
	if a == nil {
		return nil
	}
	var out []ner.Span
	for _, m := range rec.Find(a) {
		if m.Entity() {
			k := ner.PER
			if m.Kind == model.Organization {
				k = ner.ORG
			}
			out = append(out, ner.Span{Start: m.Start, End: m.End, Kind: k})
		}
	}
	return out
}

// Article prepares text as chronik annotate prepares a document: cleaned,
// laid out, split into sentences. It returns nil when cleaning would move
// the offsets of the data's spans.
func Article(text string) *model.Article {
	clean, err := ingest.Clean([]byte(text))
	if err != nil || len(clean) != len(text) {
		return nil
	}
	a := &model.Article{Text: clean}
	a.Blocks = ingest.Layout(clean)
	sentence.Split(a)
	return a
}

// Text returns the sentence as text, its words separated by blanks, and
// the tokens of the words in it.
func (s Sentence) Text() (string, []ner.Token) {
	var b strings.Builder
	toks := make([]ner.Token, len(s.Words))
	for i, w := range s.Words {
		if i > 0 {
			b.WriteByte(' ')
		}
		toks[i] = ner.Token{Start: b.Len(), End: b.Len() + len(w)}
		b.WriteString(w)
	}
	return b.String(), toks
}

// RuleHints returns the entities the rules find in the sentence, as word
// ranges.
func (s Sentence) RuleHints(rec *actors.Recognizer) []ner.Span {
	text, toks := s.Text()
	return WordRanges(toks, RuleHints(rec, text))
}

func sentenceEnd(text string, prev, next ner.Token) bool {
	p := text[prev.Start:prev.End]
	if p != "." && p != "!" && p != "?" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[next.Start:])
	return r >= 'A' && r <= 'Z' || r == 'Ä' || r == 'Ö' || r == 'Ü'
}

// Example returns the sentence as a training example, with the hints of
// the rules.
func (s Sentence) Example(rec *actors.Recognizer) ner.Example {
	return ner.Example{Words: s.Words, Tags: s.Tags, Hints: s.RuleHints(rec)}
}

// Gold returns the entities of the sentence as word index ranges.
func (s Sentence) Gold() []ner.Span {
	var out []ner.Span
	for i := 0; i < len(s.Tags); i++ {
		t := s.Tags[i]
		if len(t) < 3 || t[0] != 'B' && t[0] != 'I' {
			continue
		}
		k := kindOf(t[2:])
		if k == ner.None {
			continue
		}
		j := i + 1
		for j < len(s.Tags) && s.Tags[j] == "I-"+t[2:] {
			j++
		}
		out = append(out, ner.Span{Start: i, End: j, Kind: k})
		i = j - 1
	}
	return out
}

func kindOf(s string) ner.Kind {
	switch s {
	case "PER":
		return ner.PER
	case "ORG":
		return ner.ORG
	case "LOC":
		return ner.LOC
	case "OTH":
		return ner.OTH
	}
	return ner.None
}

// Part says where an item goes: every tenth item (counting from 0) is
// test, the one after it development, the rest training. Items are
// sentences of the two GermEval files read in order (dev file, then
// Wikipedia), or documents of the SmartData training file.
type Part int

const (
	Train Part = iota
	Dev
	Test
)

func PartOf(i int) Part {
	switch i % 10 {
	case 0:
		return Test
	case 1:
		return Dev
	}
	return Train
}

// Files names the data files under Dir.
const (
	GermEvalDev   = "ner/germeval2014-dev.tsv.gz"
	GermEvalWiki  = "ner/germeval2014-test-wikipedia.tsv.gz"
	SmartTrain    = "smartdata/smartdata-v1-train.json.gz"
	SmartTestFile = "smartdata/smartdata-v1-test.json.gz"
)

// GermEvalAll reads both GermEval files, in the order PartOf counts.
func GermEvalAll(dir string) ([]Sentence, error) {
	a, err := GermEval(filepath.Join(dir, GermEvalDev))
	if err != nil {
		return nil, err
	}
	b, err := GermEval(filepath.Join(dir, GermEvalWiki))
	if err != nil {
		return nil, err
	}
	return append(a, b...), nil
}

// Score counts exact-span matches per class.
type Score struct{ PER, ORG, Both Counts }

// Counts are true positives, false positives and false negatives.
type Counts struct{ TP, FP, FN int }

func (c Counts) P() float64 { return ratio(c.TP, c.TP+c.FP) }
func (c Counts) R() float64 { return ratio(c.TP, c.TP+c.FN) }
func (c Counts) F() float64 {
	p, r := c.P(), c.R()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func (c Counts) String() string {
	return fmt.Sprintf("P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)", c.P(), c.R(), c.F(), c.TP, c.FP, c.FN)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Add scores the PER and ORG spans found against the gold ones (other
// classes are ignored): a match needs the same start, end and kind.
func (s *Score) Add(gold, found []ner.Span) {
	g := map[ner.Span]bool{}
	for _, sp := range gold {
		if sp.Kind == ner.PER || sp.Kind == ner.ORG {
			g[sp] = true
		}
	}
	f := map[ner.Span]bool{}
	for _, sp := range found {
		if sp.Kind == ner.PER || sp.Kind == ner.ORG {
			f[sp] = true
		}
	}
	for sp := range f {
		c := s.counts(sp.Kind)
		if g[sp] {
			c.TP++
			s.Both.TP++
		} else {
			c.FP++
			s.Both.FP++
		}
	}
	for sp := range g {
		if !f[sp] {
			s.counts(sp.Kind).FN++
			s.Both.FN++
		}
	}
}

func (s *Score) counts(k ner.Kind) *Counts {
	if k == ner.PER {
		return &s.PER
	}
	return &s.ORG
}

func (s Score) String() string {
	return fmt.Sprintf("PER  %v\nORG  %v\nboth %v", s.PER, s.ORG, s.Both)
}

// Lines returns the words of each line of the document, tokenised as the
// tagger tokenises: its running text, for learning word clusters.
func (d Doc) Lines() [][]string {
	var out [][]string
	for line := range strings.SplitSeq(d.Text, "\n") {
		var ws []string
		for _, t := range ner.Tokenize(line, nil) {
			ws = append(ws, line[t.Start:t.End])
		}
		if len(ws) > 0 {
			out = append(out, ws)
		}
	}
	return out
}
