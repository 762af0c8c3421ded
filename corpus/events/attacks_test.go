package events

import (
	"slices"
	"strings"
	"testing"

	"chronik/model"
)

// TestAttackOneRow: an author's criticism and his posts of the same days
// in one article are one row; a post that answers him is its reaction; his
// post on another subject stays a row of its own.
func TestAttackOneRow(t *testing.T) {
	f := fx{text: strings.Join([]string{
		"Scholz kritisiert das „Sparprogramm“ von Volkswagen.",
		"„Das ist ein Fehler“, schrieb Scholz auf seiner Plattform X.",
		"Lindner nannte Scholz in einem Post einen Populisten.",
		"Scholz postete daraufhin ein altes Video.",
		"Scholz postete am Abend auch Glückwünsche an den FC Bayern.",
	}, " "), date: dayIv(2024, 12, 6)}
	a := f.build(t)
	events, _ := Merge(Extract(0, a, testActors), testActors)
	sentenceOf := func(m model.EventMention) string { return a.Text[m.Start:m.End] }
	var attack *model.Event
	posts := 0
	for i := range events {
		e := &events[i]
		switch e.Kind {
		case string(KindCriticism):
			if attack != nil {
				t.Fatalf("two criticism rows: %v", titles(events))
			}
			attack = e
		case string(KindPost):
			posts++
			if s := sentenceOf(e.Mentions[0]); len(e.Mentions) != 1 || !strings.Contains(s, "FC Bayern") {
				t.Errorf("post row %q told by %q, want only the post on another subject", e.Title, s)
			}
		}
	}
	if attack == nil || posts != 1 {
		t.Fatalf("rows %v: want one criticism and one post", titles(events))
	}
	var told []string
	for _, m := range attack.Mentions {
		told = append(told, sentenceOf(m))
	}
	if len(told) != 3 || !strings.Contains(told[1], "schrieb Scholz") || !strings.Contains(told[2], "altes Video") {
		t.Errorf("attack %q told by %q, want the criticism and Scholz's two posts on it", attack.Title, told)
	}
	if len(attack.Reactions) != 1 || !strings.Contains(a.Text[attack.Reactions[0].Start:attack.Reactions[0].End], "Lindner") {
		t.Errorf("attack reactions %+v, want Lindner's answer", attack.Reactions)
	}
}

// Posts of other days, or by someone who does not name the attacker, stay
// apart.
func TestAttackLinks(t *testing.T) {
	d6, d20 := dayIv(2024, 12, 6), dayIv(2024, 12, 20)
	crit := mention(t, 0, 1, KindCriticism, "Kritik", d6, []string{"olaf-scholz", "volkswagen"})
	tests := []struct {
		name           string
		post           Mention
		joins, answers int
	}{
		{"the author's post of the same days", mention(t, 0, 2, KindPost, "Post", d6, []string{"olaf-scholz"}), 1, 0},
		{"the author's post naming the attacked", mention(t, 0, 2, KindPost, "Post", d6, []string{"olaf-scholz", "volkswagen"}), 1, 0},
		{"the author's post of another day", mention(t, 0, 2, KindPost, "Post", d20, []string{"olaf-scholz"}), 0, 0},
		{"the author's post in another article", mention(t, 1, 2, KindPost, "Post", d6, []string{"olaf-scholz"}), 0, 0},
		{"the author's post naming someone else", mention(t, 0, 2, KindPost, "Post", d6, []string{"olaf-scholz", "fc-bayern"}), 0, 0},
		{"an answer naming the attacker", mention(t, 0, 2, KindPost, "Post", d6, []string{"christian-lindner", "olaf-scholz"}), 0, 1},
		{"someone else's post naming the attacker and another", mention(t, 0, 2, KindPost, "Post", d6, []string{"christian-lindner", "olaf-scholz", "fc-bayern"}), 0, 0},
		{"an answer told before the attack", mention(t, 0, 0, KindPost, "Post", d6, []string{"christian-lindner", "olaf-scholz"}), 0, 0},
		{"someone else's post", mention(t, 0, 2, KindPost, "Post", d6, []string{"christian-lindner"}), 0, 0},
	}
	for _, tt := range tests {
		post := tt.post
		kept, joins, answers := linkAttacks([]*Mention{&crit, &post}, []int32{0, 1})
		if len(joins) != tt.joins || len(answers) != tt.answers || len(kept) != 2-tt.answers {
			t.Errorf("%s: %d joins, %d answers, %d kept; want %d, %d", tt.name, len(joins), len(answers), len(kept), tt.joins, tt.answers)
		}
	}
}

// Merge treats a post that joins a criticism as one of its mentions, but
// the mentions it was given stay as they were extracted: the evaluation
// reads them after merging.
func TestMergeLeavesPosts(t *testing.T) {
	d3 := dayIv(2024, 3, 3)
	crit := mention(t, 0, 1, KindCriticism, "Kritik", d3, []string{"olaf-scholz", "volkswagen"})
	tests := []struct {
		name string
		ms   []Mention
	}{
		{"a post that joins", []Mention{crit, mention(t, 0, 2, KindPost, "Post", d3, []string{"olaf-scholz"})}},
		{"a post of another article", []Mention{crit, mention(t, 1, 2, KindPost, "Post", d3, []string{"olaf-scholz"})}},
	}
	for _, tt := range tests {
		want := slices.Clone(tt.ms)
		Merge(tt.ms, testActors)
		for i, m := range tt.ms {
			if w := want[i]; m.Kind != w.Kind || m.Noun != w.Noun || m.Specificity != w.Specificity || m.attack != w.attack {
				t.Errorf("%s: mention %d became %s %q %d %d, want %s %q %d %d", tt.name, i,
					m.Kind, m.Noun, m.Specificity, m.attack, w.Kind, w.Noun, w.Specificity, w.attack)
			}
		}
	}
}

// TestAttackNoun: "Angriff" tells an armed attack only among the words
// of armed groups and arms, as the verb does; the genitive after it is
// who attacked, not a phrase of the preposition that governs the noun.
func TestAttackNoun(t *testing.T) {
	for _, tt := range []struct{ text, title string }{
		{"Nach einem Angriff der Miliz Verdi sind am Montag Tausende Menschen über die Grenze gelangt.", "Angriff durch Verdi"},
		{"Bei einem Angriff der Rebellen auf eine Kaserne in Köln sind am Montag drei Soldaten gestorben.", "Angriff"},
		{"Nach dem Angriff von Lindner auf den Haushaltsentwurf verließ Scholz am Montag das Plenum.", ""},
		// taking a stand is no military position
		{"Scholz hat am Montag zum Haushalt Stellung bezogen und dabei Lindner scharf angegriffen.", ""},
	} {
		f := fx{text: tt.text, date: dec2024}
		events, _ := Merge(Extract(0, f.build(t), testActors), testActors)
		var attacks []string
		for _, e := range events {
			if e.Kind == string(KindAttack) {
				attacks = append(attacks, e.Title)
			}
		}
		switch {
		case tt.title == "" && len(attacks) > 0:
			t.Errorf("%q: attacks %v, want none", tt.text, attacks)
		case tt.title != "" && (len(attacks) != 1 || !strings.HasPrefix(attacks[0], tt.title)):
			t.Errorf("%q: attacks %v (rows %v), want one %q", tt.text, attacks, titles(events), tt.title)
		}
	}
}

// TestNounCues: a noun may ask for cues, not for required or forbidden
// words, which belong to the verb its clause is built on.
func TestNounCues(t *testing.T) {
	if _, err := parseLexicon("attack Angriff 2 n Angriff @miliz"); err != nil {
		t.Errorf("a noun with cues: %v", err)
	}
	for _, line := range []string{"attack Angriff 2 n Angriff +sich", "attack Angriff 2 n Angriff -kritik"} {
		if _, err := parseLexicon(line); err == nil {
			t.Errorf("%q accepted", line)
		}
	}
}

// TestDisasterNoPronoun: a flood or a storm is caused by the weather, not
// by whoever a pronoun would point back to.
func TestDisasterNoPronoun(t *testing.T) {
	f := fx{text: "Scholz sagte am Montag, es habe sehr viel geregnet. In Linz verursachte er ein massives Hochwasser.",
		date: dec2024, implicit: map[string]string{"er": "olaf-scholz"}}
	m, ok := only(t, f, "Hochwasser")
	if ok && slices.Contains(actorIDs(m.Actors), "olaf-scholz") {
		t.Errorf("flood %q with actors %v, want none of the speaker", m.Noun, actorIDs(m.Actors))
	}
}
