package main

import (
	"testing"

	"chronik/corpus/evaluation"
)

func TestParseEvent(t *testing.T) {
	e, err := parseEvent("e1 | Müller klagt | 2014-10 | Oktober 2014 | Hans Müller/Müller:agent; Berger:patient")
	if err != nil {
		t.Fatal(err)
	}
	if e.ID != "e1" || e.Date != "2014-10-01..2014-10-31" || len(e.Actors) != 2 || e.Actors[0].Names[1] != "Müller" || e.Actors[1].Role != "patient" {
		t.Errorf("got %+v", e)
	}
	if e, err := parseEvent("e2 | x | ..2016-04-23 | <DCT | -"); err != nil || e.Date != "..2016-04-23" || e.Actors != nil {
		t.Errorf("open date: %+v, %v", e, err)
	}
	for _, bad := range []string{"e1 | x | ? | -", "e1 | x | Mai | - | -", "e1 | x | ? | - | Müller"} {
		if _, err := parseEvent(bad); err == nil {
			t.Errorf("%q was accepted", bad)
		}
	}
}

func TestParseEvidence(t *testing.T) {
	text := "Er trat zurück. Sie trat an und trat zurück."
	sents := evaluation.Sentences(text)
	ev, err := parseEvidence("s1 trat#2", text, sents)
	if err != nil {
		t.Fatal(err)
	}
	if ev.Start != 17 || ev.End != len(text) || text[ev.TriggerStart:ev.TriggerEnd] != "trat" || ev.TriggerStart != 33 {
		t.Errorf("got %+v", ev)
	}
	if ev, err := parseEvidence("s0-1 zurück", text, sents); err != nil || ev.Start != 0 || ev.End != len(text) || ev.TriggerStart != 8 {
		t.Errorf("span of sentences: %+v, %v", ev, err)
	}
	for _, bad := range []string{"s2 trat", "s0 fehlt", "x0 trat", "s0 trat#3"} {
		if _, err := parseEvidence(bad, text, sents); err == nil {
			t.Errorf("%q was accepted", bad)
		}
	}
}
