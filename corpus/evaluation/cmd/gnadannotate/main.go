// Command gnadannotate helps annotate 10kGNAD articles after
// GUIDELINES.md without typing byte offsets by hand.
//
//	gnadannotate show LINE…        prints the articles with numbered sentences and their byte offsets
//	gnadannotate build DRAFT       turns a draft into the JSON of testdata/gnad (on standard output)
//
// A draft is plain text (kept outside the repository: it quotes the
// articles' words):
//
//	== LINE
//	ID | label | date | relative date | name/alias:role; name:role
//	                                        (date ? or - for none; actors - for none)
//	  sN trigger words
//	  sN trigger words#2        the second occurrence in sentence N
//	  sN-M trigger words        a span of sentences N to M as one evidence
//
// Sentence numbers are those that show prints. The flag -data names the
// 10kGNAD file (default ../shared/data/news/10kgnad-test.csv.gz); with
// -smartdata FILE the articles are SmartData's documents instead, a LINE
// their number in the file from 1, and show prints each one's
// publication day.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"

	"chronik/corpus/evaluation"
	"chronik/model"
)

func main() {
	data := flag.String("data", "../shared/data/news/10kgnad-test.csv.gz", "the 10kGNAD file")
	smartData := flag.String("smartdata", "", "a SmartData file to annotate instead of 10kGNAD: a LINE is then a document's number in it, from 1")
	about := flag.String("about", "", "the about line of the JSON file")
	flag.Parse()
	if flag.NArg() < 2 {
		fmt.Fprintln(os.Stderr, "usage: gnadannotate [-data FILE | -smartdata FILE] show LINE… | build DRAFT")
		os.Exit(2)
	}
	byLine, dated, err := articles(*data, *smartData)
	if err != nil {
		fail(err)
	}
	switch flag.Arg(0) {
	case "show":
		for _, arg := range flag.Args()[1:] {
			n, err := strconv.Atoi(arg)
			if err != nil || byLine[n] == "" {
				fail(fmt.Errorf("no article on line %q", arg))
			}
			fmt.Printf("== %d %s%s\n", n, evaluation.Hash(byLine[n]), dated[n])
			for i, s := range evaluation.Sentences(byLine[n]) {
				fmt.Printf("s%d [%d:%d] %s\n", i, s[0], s[1], byLine[n][s[0]:s[1]])
			}
		}
	case "build":
		g, err := build(flag.Arg(1), byLine)
		if err != nil {
			fail(err)
		}
		g.About = *about
		out, _ := json.MarshalIndent(g, "", "  ")
		fmt.Println(string(out))
	default:
		fail(fmt.Errorf("unknown command %q", flag.Arg(0)))
	}
}

// articles returns the texts to annotate by their number, and for a
// SmartData document the note of its publication day that show prints
// (GUIDELINES.md §4.2).
func articles(gnad, smartData string) (map[int]string, map[int]string, error) {
	byLine, dated := map[int]string{}, map[int]string{}
	if smartData != "" {
		docs, err := evaluation.ReadSmartData(smartData)
		if err != nil {
			return nil, nil, err
		}
		for i, d := range docs {
			byLine[i+1] = d.Text
			dated[i+1] = " published " + d.Date.String()
		}
		return byLine, dated, nil
	}
	all, err := evaluation.ReadGNAD(gnad)
	if err != nil {
		return nil, nil, err
	}
	for _, a := range all {
		byLine[a.Line] = a.Text
	}
	return byLine, dated, nil
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "gnadannotate:", err)
	os.Exit(1)
}

func build(path string, byLine map[int]string) (*evaluation.GoldFile, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var g evaluation.GoldFile
	var art *evaluation.GoldArticle
	var text string
	var sents [][2]int
	var ev *evaluation.GoldEvent
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		raw := sc.Text()
		line := strings.TrimSpace(raw)
		where := fmt.Sprintf("%s:%d", path, n)
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "== "):
			num, err := strconv.Atoi(strings.Fields(line[3:])[0])
			if err != nil || byLine[num] == "" {
				return nil, fmt.Errorf("%s: no article %q", where, line[3:])
			}
			text = byLine[num]
			sents = evaluation.Sentences(text)
			g.Articles = append(g.Articles, evaluation.GoldArticle{Line: num, Hash: evaluation.Hash(text), Events: []evaluation.GoldEvent{}})
			art, ev = &g.Articles[len(g.Articles)-1], nil
		case art == nil:
			return nil, fmt.Errorf("%s: want an article header first", where)
		case raw[0] != ' ' && raw[0] != '\t':
			e, err := parseEvent(line)
			if err != nil {
				return nil, fmt.Errorf("%s: %v", where, err)
			}
			art.Events = append(art.Events, e)
			ev = &art.Events[len(art.Events)-1]
		case ev == nil:
			return nil, fmt.Errorf("%s: evidence before an event", where)
		default:
			x, err := parseEvidence(line, text, sents)
			if err != nil {
				return nil, fmt.Errorf("%s: %v", where, err)
			}
			ev.Evidence = append(ev.Evidence, x)
		}
	}
	return &g, sc.Err()
}

func parseEvent(line string) (evaluation.GoldEvent, error) {
	f := strings.Split(line, "|")
	if len(f) != 5 {
		return evaluation.GoldEvent{}, fmt.Errorf("want ID | label | date | relative | actors")
	}
	for i := range f {
		f[i] = strings.TrimSpace(f[i])
	}
	e := evaluation.GoldEvent{ID: f[0], Label: f[1], Relative: f[3]}
	if f[2] != "?" && f[2] != "-" {
		iv, err := evaluation.ParseInterval(f[2])
		if err != nil {
			return e, err
		}
		if !iv.Valid() {
			return e, fmt.Errorf("date %q: no interval (write ? or - for an event with no date)", f[2])
		}
		e.Date = iv.Start.String() + ".." + iv.End.String()
		if iv.OpenStart() {
			e.Date = ".." + iv.End.String()
		}
	}
	if f[4] != "-" {
		for _, a := range strings.Split(f[4], ";") {
			names, role, ok := strings.Cut(a, ":")
			if !ok {
				return e, fmt.Errorf("actor %q: want names:role", a)
			}
			r := evaluation.GoldActor{Role: model.Role(strings.TrimSpace(role))}
			for _, nm := range strings.Split(names, "/") {
				r.Names = append(r.Names, strings.TrimSpace(nm))
			}
			e.Actors = append(e.Actors, r)
		}
	}
	return e, nil
}

func parseEvidence(line, text string, sents [][2]int) (evaluation.GoldEvidence, error) {
	ref, trig, ok := strings.Cut(line, " ")
	if !ok || !strings.HasPrefix(ref, "s") {
		return evaluation.GoldEvidence{}, fmt.Errorf("want sN trigger")
	}
	a, b, _ := strings.Cut(ref[1:], "-")
	first, err := strconv.Atoi(a)
	last := first
	if b != "" && err == nil {
		last, err = strconv.Atoi(b)
	}
	if err != nil || first < 0 || last < first || last >= len(sents) {
		return evaluation.GoldEvidence{}, fmt.Errorf("sentence %q out of range", ref)
	}
	start, end := sents[first][0], sents[last][1]
	trig = strings.TrimSpace(trig)
	nth := 1
	if w, k, ok := strings.Cut(trig, "#"); ok {
		trig = w
		if nth, err = strconv.Atoi(k); err != nil {
			return evaluation.GoldEvidence{}, fmt.Errorf("occurrence %q", k)
		}
	}
	at, from := -1, start
	for range nth {
		i := strings.Index(text[from:end], trig)
		if i < 0 {
			return evaluation.GoldEvidence{}, fmt.Errorf("trigger %q not %d times in %s", trig, nth, ref)
		}
		at, from = from+i, from+i+len(trig)
	}
	return evaluation.GoldEvidence{Start: start, End: end, TriggerStart: at, TriggerEnd: at + len(trig), Trigger: trig}, nil
}
