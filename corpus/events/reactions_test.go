package events

import (
	"slices"
	"testing"

	"chronik/model"
)

func TestReactions(t *testing.T) {
	d18 := dayIv(2024, 12, 18)
	dec := model.MonthInterval(2024, 12)
	head := func(m Mention) Mention { m.head = true; return m }
	lead := func(m Mention) Mention { m.lead = true; return m }
	inBlock := func(m Mention, b int) Mention { m.block = b; return m }
	about := func(m Mention, k Kind) Mention { m.about = k; return m }
	tests := []struct {
		name string
		ms   []Mention
		// per event, by title: how many reactions it has; a missing title
		// means no such row
		want map[string]int
	}{
		{"a quote after a meeting comments on it", []Mention{
			mention(t, 0, 1, "meeting", "Treffen", d18, []string{"jeff-bezos", "donald-trump"}),
			mention(t, 0, 2, "statement", "Äußerung", dec, []string{"jeff-bezos"}),
		}, map[string]int{"Treffen von Bezos und Trump": 1}},
		{"a congratulation comments on what it is for, even told in the head", []Mention{
			mention(t, 0, 1, "match", "Sieg", d18, []string{"fc-bayern", "leverkusen"}),
			head(mention(t, 0, 0, "congratulation", "Glückwunsch", dec, []string{"olaf-scholz"})),
		}, map[string]int{"Sieg von FC Bayern gegen Leverkusen": 1}},
		{"a quote in an article without events is no row", []Mention{
			mention(t, 0, 2, "statement", "Äußerung", dec, []string{"jeff-bezos"}),
		}, map[string]int{}},
		{"a warning the head tells alone is a voice, no row", []Mention{
			head(mention(t, 0, 0, "statement", "Warnung", dec, []string{"olaf-scholz"})),
		}, map[string]int{}},
		{"a demand the head tells alone is the news", []Mention{
			head(mention(t, 0, 0, "statement", "Forderung", dec, []string{"olaf-scholz"})),
		}, map[string]int{"Forderung von Scholz": 0}},
		{"a head's report of a happening is the news; its warning of one is not", []Mention{
			head(about(mention(t, 0, 0, "statement", "Äußerung", dec, []string{"verdi"}), KindJobcuts)),
			head(about(mention(t, 1, 0, "statement", "Warnung", dec, []string{"olaf-scholz"}), KindStrike)),
		}, map[string]int{"Äußerung von Verdi": 0}},
		{"a denial is a statement, no row, even told alone in the head", []Mention{
			head(mention(t, 0, 0, "statement", "Dementi", dec, []string{"olaf-scholz"})),
		}, map[string]int{}},
		{"an accusation told alone in the head is no row", []Mention{
			head(about(mention(t, 0, 0, "statement", "Vorwurf", dec, []string{"elon-musk"}), KindCrime)),
		}, map[string]int{}},
		{"a quote that names a kind of happening comments on that one", []Mention{
			mention(t, 0, 1, "ban", "Sperre", d18, []string{"facebook", "donald-trump"}),
			mention(t, 0, 5, "meeting", "Treffen", d18, []string{"mark-zuckerberg", "donald-trump"}),
			about(mention(t, 0, 6, "statement", "Äußerung", dec, []string{"stephen-miller"}), KindBan),
		}, map[string]int{"Sperre von Facebook und Trump": 1, "Treffen von Zuckerberg und Trump": 0}},
		{"a speaker's next sentence goes on about the same", []Mention{
			mention(t, 0, 1, "ban", "Sperre", d18, []string{"facebook", "donald-trump"}),
			mention(t, 0, 5, "meeting", "Treffen", d18, []string{"mark-zuckerberg", "donald-trump"}),
			about(mention(t, 0, 6, "statement", "Äußerung", dec, []string{"stephen-miller"}), KindBan),
			mention(t, 0, 7, "statement", "Äußerung", dec, []string{"stephen-miller"}),
		}, map[string]int{"Sperre von Facebook und Trump": 2, "Treffen von Zuckerberg und Trump": 0}},
		{"a threat is what someone said, not a row", []Mention{
			mention(t, 0, 1, "meeting", "Treffen", d18, []string{"jeff-bezos", "donald-trump"}),
			mention(t, 0, 2, "threat", "Drohung", dec, []string{"donald-trump", "jeff-bezos"}),
		}, map[string]int{"Treffen von Bezos und Trump": 1}},
		{"a press conference is a row", []Mention{
			mention(t, 0, 3, "statement", "Pressekonferenz", dec, []string{"olaf-scholz"}),
		}, map[string]int{"Pressekonferenz von Scholz": 0}},
		{"criticism in the body of an article whose head tells another happening is a reaction to it", []Mention{
			head(mention(t, 0, 0, "meeting", "Treffen", d18, []string{"jeff-bezos", "donald-trump"})),
			mention(t, 0, 4, "criticism", "Kritik", dec, []string{"elon-musk", "jeff-bezos"}),
		}, map[string]int{"Treffen von Bezos und Trump": 1}},
		{"criticism the head tells is the news", []Mention{
			head(mention(t, 0, 0, "criticism", "Kritik", dec, []string{"elon-musk", "jeff-bezos"})),
			mention(t, 0, 4, "meeting", "Treffen", d18, []string{"jeff-bezos", "donald-trump"}),
			mention(t, 0, 5, "criticism", "Kritik", dec, []string{"elon-musk", "jeff-bezos"}),
		}, map[string]int{"Kritik von Musk und Bezos": 0, "Treffen von Bezos und Trump": 0}},
		{"criticism after the first sentence of an article that tells another happening is a reaction, whatever its head tells", []Mention{
			mention(t, 0, 1, "meeting", "Treffen", d18, []string{"jeff-bezos", "donald-trump"}),
			mention(t, 0, 4, "criticism", "Kritik", dec, []string{"elon-musk", "jeff-bezos"}),
		}, map[string]int{"Treffen von Bezos und Trump": 1}},
		{"criticism the body's first sentence tells stays a row", []Mention{
			lead(mention(t, 0, 1, "criticism", "Kritik", dec, []string{"elon-musk", "jeff-bezos"})),
			mention(t, 0, 4, "meeting", "Treffen", d18, []string{"jeff-bezos", "donald-trump"}),
		}, map[string]int{"Treffen von Bezos und Trump": 0, "Kritik von Musk und Bezos": 0}},
		{"criticism after the first sentence of an article that tells nothing else is a view, no row", []Mention{
			mention(t, 0, 4, "criticism", "Kritik", dec, []string{"elon-musk", "jeff-bezos"}),
		}, map[string]int{}},
		{"criticism the first sentence of such an article tells stays a row", []Mention{
			lead(mention(t, 0, 1, "criticism", "Kritik", dec, []string{"elon-musk", "jeff-bezos"})),
		}, map[string]int{"Kritik von Musk und Bezos": 0}},
		{"criticism of a happening the article tells elsewhere is a reaction to it", []Mention{
			mention(t, 0, 1, "meeting", "Treffen", d18, []string{"jeff-bezos", "donald-trump"}),
			about(mention(t, 0, 4, "criticism", "Kritik", dec, []string{"elon-musk", "jeff-bezos"}), KindMeeting),
		}, map[string]int{"Treffen von Bezos und Trump": 1}},
		{"criticism its speaker's posts tell stays a row", []Mention{
			mention(t, 0, 1, "meeting", "Treffen", d18, []string{"jeff-bezos", "donald-trump"}),
			about(mention(t, 0, 4, "criticism", "Kritik", dec, []string{"elon-musk", "jeff-bezos"}), KindMeeting),
			mention(t, 0, 5, "post", "Post", dec, []string{"elon-musk"}),
		}, map[string]int{"Treffen von Bezos und Trump": 0, "Kritik von Musk und Bezos": 0}},
		{"criticism naming a kind the article tells only in its own sentence stays a row", []Mention{
			mention(t, 0, 4, "ban", "Sperre", d18, []string{"facebook", "donald-trump"}),
			about(lead(mention(t, 0, 1, "criticism", "Kritik", dec, []string{"elon-musk", "jeff-bezos"})), KindMeeting),
		}, map[string]int{"Sperre von Facebook und Trump": 0, "Kritik von Musk und Bezos": 0}},
		{"a post after a happening the article tells is a reaction to it", []Mention{
			mention(t, 0, 1, "meeting", "Treffen", d18, []string{"jeff-bezos", "donald-trump"}),
			about(mention(t, 0, 3, "post", "Post", d18, []string{"jeff-bezos"}), KindMeeting),
		}, map[string]int{"Treffen von Bezos und Trump": 1}},
		{"a post after a happening the article does not tell stays a row", []Mention{
			mention(t, 0, 1, "ban", "Sperre", d18, []string{"facebook", "donald-trump"}),
			about(mention(t, 0, 3, "post", "Post", d18, []string{"jeff-bezos"}), KindMeeting),
		}, map[string]int{"Sperre von Facebook und Trump": 0, "Post von Bezos": 0}},
		{"the event of the quote's paragraph, not the one before", []Mention{
			inBlock(mention(t, 0, 1, "ban", "Sperre", d18, []string{"facebook", "donald-trump"}), 1),
			inBlock(mention(t, 0, 4, "meeting", "Treffen", d18, []string{"mark-zuckerberg", "donald-trump"}), 2),
			inBlock(mention(t, 0, 5, "statement", "Äußerung", dec, []string{"stephen-miller"}), 2),
		}, map[string]int{"Sperre von Facebook und Trump": 0, "Treffen von Zuckerberg und Trump": 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for i := range tt.ms {
				tt.ms[i].Specificity = specificityOf(tt.ms[i].Noun)
			}
			events, _ := Merge(tt.ms, testActors)
			if len(events) != len(tt.want) {
				t.Fatalf("events %v, want %v", titles(events), tt.want)
			}
			for _, e := range events {
				n, ok := tt.want[e.Title]
				if !ok || len(e.Reactions) != n {
					t.Errorf("%q with %d reactions, want %v", e.Title, len(e.Reactions), tt.want)
				}
			}
		})
	}
}

// specificityOf looks a title noun up in the lexicon.
func specificityOf(noun string) int {
	for _, tr := range loadLexicon().triggers {
		if tr.noun == noun {
			return tr.specificity
		}
	}
	return 0
}

// TestTaggedCriticism: a criticism told as the tag of what was said
// ("…, kritisierte Scholz") is a reaction to the article's happening, no
// row of its own.
func TestTaggedCriticism(t *testing.T) {
	for _, text := range []string{
		"Volkswagen hat am Montag 300 Mitarbeiter entlassen.\nDas ist ein schwerer Fehler, kritisierte Scholz am Dienstag.",
		"Volkswagen hat am Montag 300 Mitarbeiter entlassen.\nDas Problem ist, dass niemand gefragt wurde, kritisiert Scholz.",       // a tag after a "dass" clause of what was said
		"Volkswagen hat am Montag 300 Mitarbeiter entlassen.\nDie Jäger haben keine Ausbildung, kritisiert die Abgeordnete Lindner.", // an article before the speaker
	} {
		events, _ := Merge(Extract(0, fx{text: text, date: dec2024}.build(t), testActors), testActors)
		if len(events) != 1 || len(events[0].Reactions) != 1 {
			t.Errorf("%q: got %v, want one event with one reaction", text, titles(events))
		}
	}
	// after a clause that opens the sentence, the verb goes on with the main clause
	text := "Volkswagen hat am Montag 300 Mitarbeiter entlassen.\nNachdem die Zahlen öffentlich wurden, gibt die Staatsanwaltschaft am Dienstag die Aufnahme von Ermittlungen bekannt."
	if events, _ := Merge(Extract(0, fx{text: text, date: dec2024}.build(t), testActors), testActors); len(events) != 2 {
		t.Errorf("%q: got %v, want two events", text, titles(events))
	}
}

// TestHeadQuote: a quotation with its speech tag over an article ("„…“,
// sagt X") is no row even when the head tells nothing else; nor is a
// head's warning without one ("Scholz warnt vor …"), a voice; a head's
// demand is the news, and two who speak about something hold talks.
func TestHeadQuote(t *testing.T) {
	for _, tt := range []struct {
		text  string
		title string
	}{
		{"T „Das ist keine Lösung“, sagt Lindner\nDer Plan bleibt umstritten.", ""},
		{"T Der Plan „ist keine Lösung“, sagt Lindner\nDer Plan bleibt umstritten.", ""},
		{"T Die Lage bleibt ernst, sagt Lindner\nDer Plan bleibt umstritten.", ""},
		{"T Scholz warnt vor einer Krise\nDer Plan bleibt umstritten.", ""},
		{"T Scholz warnt vor einem Streik\nDer Plan bleibt umstritten.", ""},
		{"T Scholz fordert eine Steuerreform\nDer Plan bleibt umstritten.", "Scholz fordert Steuerreform"},
		{"T Scholz und Lindner sehen sich in ihrem Kurs bestätigt\nDer Plan bleibt umstritten.", ""}, // vindicated, nothing confirmed
		{"T Meta und Oracle sprechen über eine Fusion\nDer Plan bleibt umstritten.", "Gespräch von Meta und Oracle"},
	} {
		events, _ := Merge(Extract(0, fx{text: tt.text, date: dec2024}.build(t), testActors), testActors)
		wantRow(t, tt.text, events, tt.title, true)
	}
}

// TestLeadAfterStandfirst: a sentence that opens with a dateline after one
// sentence the layout left in the body (a standfirst too long for a
// headline) is the body's first: its criticism is the news, not a
// reaction to what the article tells later.
func TestLeadAfterStandfirst(t *testing.T) {
	f := fx{text: "Der Streit um das neue Kraftwerk zieht sich seit Monaten hin, er hat in der ganzen Region für Unmut unter den Anrainern gesorgt, die sich von der Gemeinde übergangen fühlen und nun auf eine Lösung hoffen. Linz – Olaf Scholz hat das Kraftwerk am Montag scharf kritisiert. Am Dienstag nahm die Polizei Christian Lindner fest.",
		date: dec2024, timex: map[string]tx{"am Montag": {"2024-12-16", dayIv(2024, 12, 16), ""}, "Am Dienstag": {"2024-12-17", dayIv(2024, 12, 17), ""}}}
	events, _ := Merge(Extract(0, f.build(t), testActors), testActors)
	var kinds []string
	for _, e := range events {
		kinds = append(kinds, e.Kind)
	}
	if !slices.Contains(kinds, string(KindCriticism)) || !slices.Contains(kinds, string(KindArrest)) {
		t.Errorf("got %v, want the criticism and the arrest as rows", titles(events))
	}
}

// TestCriticismOfAnAttackToldLater: criticism of an attack that the
// article tells in a later sentence ("Bei der Attacke … getötet") is a
// reaction to it, also when no cue makes the criticism's own noun an
// attack; that later sentence tells the attack, no step of the criticism.
func TestCriticismOfAnAttackToldLater(t *testing.T) {
	text := "T Gewalt in der Stadt\nOlaf Scholz hat den Angriff auf die Schule scharf verurteilt. Die Lage bleibt angespannt. Bei der Attacke auf die Schule waren zwölf Menschen getötet worden."
	events, _ := Merge(Extract(0, fx{text: text, date: dec2024}.build(t), testActors), testActors)
	if len(events) != 1 || events[0].Kind != string(KindCrime) || len(events[0].Reactions) != 1 {
		t.Errorf("got %v, want the killing as the one row, the criticism its reaction", titles(events))
	}
}

// TestPostAfterHappening: a post made after a happening the article tells
// ("postete nach dem Treffen") is a reaction to it, no row of its own.
func TestPostAfterHappening(t *testing.T) {
	f := fx{text: "Musk und Trump trafen sich in Florida.\nNach dem Treffen postete Musk ein Foto auf X.", date: dec2024}
	events, _ := Merge(Extract(0, f.build(t), testActors), testActors)
	if len(events) != 1 || events[0].Kind != string(KindMeeting) || len(events[0].Reactions) != 1 {
		t.Errorf("got %q, want the meeting with the post as its reaction", titles(events))
	}
}
