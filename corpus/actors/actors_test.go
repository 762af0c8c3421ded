package actors

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unsafe"

	"chronik/corpus/sentence"
	"chronik/corpus/text"
	"chronik/model"
)

// article builds a test article: one block per line, paragraphs unless the
// line starts with "credit: " (the prefix stays in the text: a credit line
// "Foto: …" reads the same way), sentences from the sentence splitter.
func article(lines ...string) *model.Article {
	a := &model.Article{ID: "t", Text: strings.Join(lines, "\n")}
	off := 0
	for _, l := range lines {
		kind := model.BlockParagraph
		if strings.HasPrefix(l, "credit: ") {
			kind = model.BlockCredit
		}
		if l != "" {
			a.Blocks = append(a.Blocks, model.Block{Kind: kind, Start: off, End: off + len(l)})
		}
		off += len(l) + 1
	}
	sentence.Split(a)
	return a
}

// rec is the recogniser Chronik uses: the rules and the tagger. The
// tests of single rules use rules, the rules alone: what they find is what
// the tagger reads as features, and the tagger may overrule it.
var (
	rec   = NewRecognizer()
	rules = NewRuleRecognizer()
)

// want is an expected mention: its text, kind, and canonical name; with
// flags for implicit and part mentions, and a role when one is learned.
type want struct {
	text, kind, name string
	flags            string // "i" implicit, "p" part of a compound
	role             string
}

func (w want) String() string {
	return fmt.Sprintf("%q %s %q %s %q", w.text, w.kind, w.name, w.flags, w.role)
}

func describe(a *model.Article, m Mention) want {
	flags := ""
	if m.Implicit {
		flags += "i"
	}
	if m.Part {
		flags += "p"
	}
	kind := "per"
	if m.Kind == model.Organization {
		kind = "org"
	}
	return want{a.Text[m.Start:m.End], kind, m.Name, flags, m.Role}
}

// checkMentions asserts that every wanted mention is found (a wanted
// mention with no role matches any role) and that no entity mention covers
// a text listed as not an actor.
func checkMentions(t *testing.T, a *model.Article, wants []want, not []string) {
	t.Helper()
	ms := rules.Find(a)
	var got []want
	for _, m := range ms {
		got = append(got, describe(a, m))
	}
	for _, w := range wants {
		found := false
		for _, g := range got {
			if g.text == w.text && g.kind == w.kind && g.name == w.name && g.flags == w.flags && (w.role == "" || g.role == w.role) {
				found = true
				break
			}
		}
		if !found {
			t.Errorf("in %q\nmissing %v\ngot %v", a.Text, w, got)
		}
	}
	for _, n := range not {
		for _, g := range got {
			if g.flags == "" && strings.Contains(g.text, n) {
				t.Errorf("in %q: %q must not be an actor, got %v", a.Text, n, g)
			}
		}
	}
}

func TestPeople(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []want
		not   []string
	}{
		{"first name and surname", []string{"Gestern traf Angela Merkel den Präsidenten in Berlin."},
			[]want{{"Angela Merkel", "per", "Angela Merkel", "", ""}}, []string{"Berlin", "Gestern"}},
		{"particles", []string{"Ursula von der Leyen sprach mit Thomas de Maizière über Europa."},
			[]want{{"Ursula von der Leyen", "per", "Ursula von der Leyen", "", ""}, {"Thomas de Maizière", "per", "Thomas de Maizière", "", ""}}, nil},
		{"particle that is a preposition", []string{"Dazu äußerte sich Mark Zuckerberg von Meta am Abend."},
			[]want{{"Mark Zuckerberg", "per", "Mark Zuckerberg", "", ""}, {"Meta", "org", "Meta", "", ""}}, nil},
		{"hyphenated names", []string{"Sabine Leutheusser-Schnarrenberger und Hans-Georg Maaßen stritten."},
			[]want{{"Sabine Leutheusser-Schnarrenberger", "per", "Sabine Leutheusser-Schnarrenberger", "", ""}, {"Hans-Georg Maaßen", "per", "Hans-Georg Maaßen", "", ""}}, nil},
		{"double surname", []string{"Der Roman von Gabriel García Márquez erschien 1967."},
			[]want{{"Gabriel García Márquez", "per", "Gabriel García Márquez", "", ""}}, nil},
		{"middle initial", []string{"Am Montag sagte Donald J. Trump in einer Rede, er sei zufrieden."},
			[]want{{"Donald J. Trump", "per", "Donald J. Trump", "", ""}}, nil},
		{"surname in no list", []string{"Die Sprecherin Karoline Leavitt und Kollege Tomas Rudl widersprachen."},
			[]want{{"Karoline Leavitt", "per", "Karoline Leavitt", "", "Sprecherin"}, {"Tomas Rudl", "per", "Tomas Rudl", "", "Kollege"}}, nil},
		{"name after a role, first name unknown", []string{"Der Konzern gehört zu Softbank. Softbank-CEO Masayoshi Son kündigte Investitionen an."},
			[]want{{"Masayoshi Son", "per", "Masayoshi Son", "", "Softbank-CEO"}, {"Softbank", "org", "Softbank", "p", ""}}, nil},
		{"surname after a title", []string{"Präsident Macron reiste nach Berlin. Macron traf dort Herrn Weber."},
			[]want{{"Macron", "per", "Macron", "", "Präsident"}, {"Macron", "per", "Macron", "", ""}, {"Weber", "per", "Weber", "", ""}}, nil},
		{"genitive s and apostrophes", []string{"Olaf Scholz kam spät. Scholz' Rede war kurz, Scholz’ Partei schwieg. Jeff Bezos lachte über Bezos‘ Witz und Scholzens nicht."},
			[]want{{"Scholz", "per", "Olaf Scholz", "", ""}, {"Scholz", "per", "Olaf Scholz", "", ""}, {"Bezos", "per", "Jeff Bezos", "", ""}}, nil},
		{"genitive of a full name", []string{"Das ist Donald Trumps Seite. Donald Trump schwieg."},
			[]want{{"Donald Trumps", "per", "Donald Trump", "", ""}, {"Donald Trump", "per", "Donald Trump", "", ""}}, nil},
		{"compounds with a surname", []string{"Donald Trump schwieg. Die Trump-Sprecherin widersprach, das Trump-Lager jubelte, dem Trump-Vertrauten gefiel es."},
			[]want{{"Trump", "per", "Donald Trump", "p", ""}}, []string{"Sprecherin", "Lager"}},
		{"surname before the full name", []string{"Zuckerberg und Trump dinieren", "Meta-CEO Mark Zuckerberg traf den künftigen Präsidenten Donald Trump."},
			[]want{{"Zuckerberg", "per", "Mark Zuckerberg", "", ""}, {"Trump", "per", "Donald Trump", "", ""}, {"Mark Zuckerberg", "per", "Mark Zuckerberg", "", "Meta-CEO"}, {"Meta", "org", "Meta", "p", ""}}, nil},
		{"first name alone for the one person of that name", []string{"Nick Clegg lobte Mark Zuckerberg: „Mark ist sehr interessiert.“"},
			[]want{{"Mark", "per", "Mark Zuckerberg", "", ""}}, nil},
		{"two people, one surname", []string{"Donald Trump und Melania Trump kamen. Trump sprach."},
			[]want{{"Donald Trump", "per", "Donald Trump", "", ""}, {"Melania Trump", "per", "Melania Trump", "", ""}}, nil},
		{"a surname that is a German noun or unknown after a first name", []string{"Konzernchef Oliver Blume und IG-Metall-Bezirksleiterin Ricarda Lang sprachen mit Thorsten Gröger."},
			[]want{{"Oliver Blume", "per", "Oliver Blume", "", "Konzernchef"}, {"Ricarda Lang", "per", "Ricarda Lang", "", ""}, {"Thorsten Gröger", "per", "Thorsten Gröger", "", ""}}, nil},
		{"no second surname that names another person", []string{"Christian Lindner ging. Am Tag darauf überreichte Bundespräsident Frank-Walter Steinmeier Lindner die Urkunde."},
			[]want{{"Frank-Walter Steinmeier", "per", "Frank-Walter Steinmeier", "", "Bundespräsident"}, {"Lindner", "per", "Christian Lindner", "", ""}}, []string{"Steinmeier Lindner"}},
		{"a weak first name before a name after a cue noun", []string{"Die Raumfahrtfirma Blue Origin wächst."},
			[]want{{"Blue Origin", "org", "Blue Origin", "", ""}}, nil},
		{"generational suffix", []string{"Gesundheitsminister soll Robert F. Kennedy Jr. werden."},
			[]want{{"Robert F. Kennedy Jr.", "per", "Robert F. Kennedy", "", ""}}, nil},
		{"a role word with an unknown name", []string{"Am Flügel saß der Pianist Seong-Jin Cho."},
			[]want{{"Seong-Jin Cho", "per", "Seong-Jin Cho", "", "Pianist"}}, nil},
		{"corpus: OpenAI-Chef", []string{"Insbesondere mit OpenAI-Chef Sam Altman verbindet Musk eine Feindschaft."},
			[]want{{"Sam Altman", "per", "Sam Altman", "", "OpenAI-Chef"}, {"OpenAI", "org", "OpenAI", "p", ""}}, nil},
		{"corpus: photographers in a credit line", []string{"credit: Foto: picture alliance / ASSOCIATED PRESS | Julia Demaree Nikhinson."},
			[]want{{"Julia Demaree Nikhinson", "per", "Julia Demaree Nikhinson", "", ""}}, nil},
		{"corpus: no noun after a full name", []string{"In jedem Fall schien Donald Trump Gefallen an der Dreier-Runde gefunden zu haben."},
			[]want{{"Donald Trump", "per", "Donald Trump", "", ""}}, []string{"Gefallen"}},
		{"a headline's surname that a company shares, named in full later", []string{"Marriott siegt knapp", "Die Senatorin Emma Marriott gewann die Vorwahl."},
			[]want{{"Marriott", "per", "Emma Marriott", "", ""}}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkMentions(t, article(tt.lines...), tt.want, tt.not) })
	}
}

func TestRoles(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []want
	}{
		{"apposition with article", []string{"Jeff Bezos, der Amazon-Boss, lobte Trump."},
			[]want{{"Jeff Bezos", "per", "Jeff Bezos", "", "Amazon-Boss"}}},
		{"apposition with of-phrase", []string{"Laut Berichten aßen Bezos, Gründer von Amazon, und Jeff Bezos' Gäste."},
			[]want{{"Bezos", "per", "Jeff Bezos", "", "Gründer von Amazon"}, {"Amazon", "org", "Amazon", "", ""}}},
		{"apposition and coordination", []string{"Elon Musk kam spät. Musk, Tesla-CEO und Trump-Unterstützer, setzte sich."},
			[]want{{"Musk", "per", "Elon Musk", "", "Tesla-CEO"}}},
		{"apposition with genitive and adjective", []string{"Stephen Miller, Trumps stellvertretender Stabschef für Politik, bestätigte das."},
			[]want{{"Stephen Miller", "per", "Stephen Miller", "", "Trumps stellvertretender Stabschef"}}},
		{"role before the name", []string{"Dies berichtete Trumps stellvertretender Stabschef Stephen Miller."},
			[]want{{"Stephen Miller", "per", "Stephen Miller", "", "Trumps stellvertretender Stabschef"}}},
		{"later role mention", []string{"Meta-Chef Mark Zuckerberg kam. Anders als Elon Musk fiel der Meta-Chef nicht auf."},
			[]want{{"Meta-Chef", "per", "Mark Zuckerberg", "i", "Meta-Chef"}}},
		{"role learned with another head word", []string{"Elon Musk, der Tesla-CEO, schrieb. Später schwieg der Tesla-Chef."},
			[]want{{"Tesla-Chef", "per", "Elon Musk", "i", "Tesla-Chef"}}},
		{"a role whose company is written with dots", []string{"Am Montag sprach die E.ON-Chefin Anna Berg in Essen."},
			[]want{{"Anna Berg", "per", "Anna Berg", "", "E.ON-Chefin"}}},
		{"unresolved role waits for Resolve", []string{"Doch das schrieb der Tesla-Chef auf seiner Plattform X."},
			[]want{{"Tesla-Chef", "per", "", "i", "Tesla-Chef"}, {"X", "org", "X", "", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkMentions(t, article(tt.lines...), tt.want, nil) })
	}
}

// TestRoleNamesAgain: a role word no one was given names again the one
// person of its gender just named; of two such people, the one the
// article names most when the role word opens its sentence and names no
// firm, else neither; not someone new
// ("ein"), not where a name follows in apposition, not a candidate still
// sought.
func TestRoleNamesAgain(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []want
		not   []string
	}{
		{"a woman", []string{"Anna Berg verlässt Siemens. Die Managerin scheidet im Mai aus."},
			[]want{{"Managerin", "per", "Anna Berg", "i", "Managerin"}}, nil},
		{"a man", []string{"Paul Sommer verlässt Siemens. Der dänische Manager scheidet im Mai aus."},
			[]want{{"Manager", "per", "Paul Sommer", "i", "Manager"}}, nil},
		{"a firm's chief is a manager", []string{"Siemens-Chef Paul Sommer verlässt Siemens. Der Manager scheidet im Mai aus."},
			[]want{{"Manager", "per", "Paul Sommer", "i", "Manager"}}, nil},
		{"a minister is no manager", []string{"Minister Paul Sommer verlässt Berlin. Der Manager scheidet im Mai aus."}, nil, []string{"Manager"}},
		{"two men", []string{"Paul Sommer traf Hans Weber. Der Manager schwieg."}, nil, []string{"Manager"}},
		{"of two men, the one the article is about", []string{"Paul Sommer verlässt Siemens. Sommer geht im Mai. Mit Hans Weber verbindet Sommer ein Streit. Der Manager verklagte ihn."},
			[]want{{"Manager", "per", "Paul Sommer", "i", "Manager"}}, nil},
		{"of two men, the one named as often", []string{"Paul Sommer verlässt Siemens. Hans Weber kommt. Weber und Sommer streiten. Der Manager klagte."}, nil, []string{"Manager"}},
		{"of two men, not one the clause goes on to name", []string{"Paul Sommer verlässt Siemens. Sommer geht im Mai. Sommer und Hans Weber zitieren den Manager."}, nil, []string{"Manager"}},
		{"of two men, not a firm's role", []string{"Paul Sommer verlässt Siemens. Sommer geht im Mai. Mit Hans Weber verbindet Sommer ein Streit. Der Velmark-Manager klagte."}, nil, []string{"Velmark-Manager"}},
		{"someone new", []string{"Paul Sommer kam. Ein Manager schwieg."}, nil, []string{"Manager"}},
		{"a name in apposition", []string{"Paul Sommer kam. Gegen den Chef der Firma, Hans Weber, wird ermittelt."}, nil, []string{"Chef"}},
		{"a candidate still sought", []string{"Paul Sommer kam. Wer den Spitzenkandidaten stellt, klärt sich im Mai."}, nil, []string{"Spitzenkandidaten"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkMentions(t, article(tt.lines...), tt.want, tt.not) })
	}
}

func TestPronouns(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []want
		none  []string // pronouns that must stay unresolved
	}{
		{"er takes the subject of the sentence before", []string{"Jeff Bezos hatte keine gute Beziehung zu Trump. Gestern wusste er viel Gutes zu berichten."},
			[]want{{"er", "per", "Jeff Bezos", "i", ""}}, nil},
		{"er takes the last person of its own sentence", []string{"Bezos sagte, Olaf Scholz sei gewachsen, er sei nun ruhiger."},
			[]want{{"er", "per", "Olaf Scholz", "i", ""}}, nil},
		{"ihn, the object, as er", []string{"Gegen Paul Sommer ermittelte die Polizei. Am Montag nahm sie ihn fest."},
			[]want{{"ihn", "per", "Paul Sommer", "i", ""}}, nil},
		{"a pronoun through the pronoun of the sentence before", []string{"Paul Sommer schwieg lange. Ein Wort fand er nicht. Die Richterin verurteilte ihn."},
			[]want{{"er", "per", "Paul Sommer", "i", ""}, {"ihn", "per", "Paul Sommer", "i", ""}}, nil},
		{"a surname cut to its initial", []string{"Gegen Paul S. ermittelt die Polizei. Lange schwieg S. zu allem. Am Montag nahm sie ihn fest."},
			[]want{{"ihn", "per", "Paul S.", "i", ""}}, nil},
		{"ihn with no person near", []string{"Olaf Scholz kam.", "Der Tag war lang. Es regnete. Niemand kam. Dann sah man ihn nicht."},
			nil, []string{"ihn"}},
		{"sie singular with a woman", []string{"Karoline Leavitt sprach mit Elon Musk. „Das Volk sollte sich verlassen“, betonte sie."},
			[]want{{"sie", "per", "Karoline Leavitt", "i", ""}}, nil},
		{"sie plural stays open", []string{"Karoline Leavitt sprach mit Reportern. Sie haben viele Fragen."},
			nil, []string{"Sie"}},
		{"er with no person near", []string{"Olaf Scholz kam.", "Der Tag war lang. Es regnete. Niemand kam. Dann sagte er nichts."},
			nil, []string{"er"}},
		{"die beiden", []string{"Das Verhältnis zwischen Mark Zuckerberg und Elon Musk ist kein gutes. Im Vorjahr wollten sich die beiden noch prügeln."},
			[]want{{"die beiden", "per", "Mark Zuckerberg", "i", ""}, {"die beiden", "per", "Elon Musk", "i", ""}}, nil},
		{"beide", []string{"Musk und Zuckerberg sind Konkurrenten, da Elon Musk und Mark Zuckerberg in der KI tätig sind, da beide forschen."},
			[]want{{"beide", "per", "Mark Zuckerberg", "i", ""}, {"beide", "per", "Elon Musk", "i", ""}}, nil},
		{"der N-Jährige takes the person of that age", []string{"Die Ärztin Anna Berg (41) traf den Winzer Max Kogler (58). Der 58-Jährige lud sie ein."},
			[]want{{"Der 58-Jährige", "per", "Max Kogler", "i", ""}}, nil},
		{"an age before the name", []string{"Der 27-jährige Stürmer Jonas Reiter wechselt zu Olaf Scholz. Gestern unterschrieb der 27-Jährige."},
			[]want{{"der 27-Jährige", "per", "Jonas Reiter", "i", ""}}, nil},
		{"an age with a noun, no age given before", []string{"Tina Gruber gewann in Linz. Die 29-jährige Steirerin siegte klar."},
			[]want{{"Die 29-jährige Steirerin", "per", "Tina Gruber", "i", ""}}, nil},
		{"another age stays open", []string{"Tina Gruber (30) gewann in Linz. Die 29-Jährige siegte klar."},
			nil, []string{"Die 29-Jährige"}},
		{"ein N-Jähriger is someone new", []string{"Max Kogler kam. Ein 58-Jähriger stahl ein Rad."},
			nil, []string{"58-Jähriger"}},
		{"die beiden before a noun is no stand-in", []string{"Elon Musk und Mark Zuckerberg streiten. Die beiden Tech-Milliardäre sind Rivalen."},
			nil, []string{"beiden"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := article(tt.lines...)
			checkMentions(t, a, tt.want, nil)
			for _, m := range rec.Find(a) {
				for _, n := range tt.none {
					if m.Implicit && a.Text[m.Start:m.End] == n {
						t.Errorf("%q resolved to %q", n, m.Name)
					}
				}
			}
		})
	}
}

func TestOrganisations(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []want
		not   []string
	}{
		{"gazetteer", []string{"Microsoft und Google investieren, Apple zögert."},
			[]want{{"Microsoft", "org", "Microsoft", "", ""}, {"Google", "org", "Google", "", ""}, {"Apple", "org", "Apple", "", ""}}, nil},
		{"a CamelCase company written with one capital", []string{"Die Unicredit wächst."},
			[]want{{"Unicredit", "org", "Unicredit", "", ""}}, nil},
		{"weak gazetteer word inside a longer name", []string{"Er hört Apple Music."}, nil, []string{"Apple"}},
		{"CamelCase", []string{"OpenAI, SpaceX und xAI wachsen; PayPal auch."},
			[]want{{"OpenAI", "org", "OpenAI", "", ""}, {"SpaceX", "org", "SpaceX", "", ""}, {"xAI", "org", "xAI", "", ""}, {"PayPal", "org", "PayPal", "", ""}}, nil},
		{"CamelCase that is no company", []string{"Sie kaufte ein iPhone, nutzt ChatGPT und lobte McDonald und die LehrerInnen."},
			nil, []string{"iPhone", "ChatGPT", "McDonald", "LehrerInnen"}},
		{"acronyms", []string{"Die BBC und die NSA berichten, die EU prüft, die SPD schweigt."},
			[]want{{"BBC", "org", "BBC", "", ""}, {"NSA", "org", "NSA", "", ""}, {"EU", "org", "EU", "", ""}, {"SPD", "org", "SPD", "", ""}}, nil},
		{"acronyms that are no organisations", []string{"Der CEO sprach über KI, AI und IT in den USA und den US-Wahlkampf, MMA und MAGA. Das war Teil II."},
			nil, []string{"CEO", "KI", "AI", "IT", "USA", "US", "MMA", "MAGA", "II"}},
		{"shouting capitals", []string{"credit: — HOT SPOT (@HotSpot__Media) December 19, 2024"}, nil, []string{"HOT", "SPOT", "HotSpot"}},
		{"links", []string{"Siehe pic.twitter.com/TYyjSg94nN dazu."}, nil, []string{"TYyjSg94nN"}},
		{"legal forms", []string{"Die japanische Softbank Group, die Siemens AG und Apple Inc. verhandeln."},
			[]want{{"Softbank Group", "org", "Softbank", "", ""}, {"Siemens AG", "org", "Siemens", "", ""}, {"Apple Inc.", "org", "Apple", "", ""}}, nil},
		{"no company from a common phrase", []string{"Die Partner gründen ein Joint Venture."}, nil, []string{"Joint", "Venture"}},
		{"cue nouns", []string{"Bezos‘ Raumfahrtfirma Blue Origin konkurriert mit dem Datenbankriesen Oracle und der Tech-Schmiede Anthropic."},
			[]want{{"Blue Origin", "org", "Blue Origin", "", ""}, {"Oracle", "org", "Oracle", "", ""}, {"Anthropic", "org", "Anthropic", "", ""}}, nil},
		{"cue noun before a common noun", []string{"Das Unternehmen Milliarden zu geben, hilft nicht."}, nil, []string{"Milliarden"}},
		{"compound suffix", []string{"Der Siemens-Konzern und die Meta-Sprecher; Meta bestätigte."},
			[]want{{"Siemens-Konzern", "org", "Siemens", "", ""}, {"Meta", "org", "Meta", "p", ""}, {"Meta", "org", "Meta", "", ""}}, nil},
		{"compound of a common noun", []string{"Der Hedgefonds-Manager Scott Bessent setzte sich durch."},
			[]want{{"Scott Bessent", "per", "Scott Bessent", "", ""}}, []string{"Hedgefonds"}},
		{"genitive of an organisation", []string{"Meta-Chef Mark Zuckerberg kam. Metas Zusammenarbeit mit Amazons Cloud-Service."},
			[]want{{"Metas", "org", "Meta", "", ""}, {"Amazons", "org", "Amazon", "", ""}}, nil},
		{"media and institutions", []string{"Laut New York Times, Fox News und Daily Beast klagt die Federal Trade Commission; die National Security Agency schweigt."},
			[]want{{"New York Times", "org", "New York Times", "", ""}, {"Fox News", "org", "Fox News", "", ""}, {"Daily Beast", "org", "Daily Beast", "", ""},
				{"Federal Trade Commission", "org", "Federal Trade Commission", "", ""}, {"National Security Agency", "org", "National Security Agency", "", ""}}, nil},
		{"Department of", []string{"Musk soll das Department of Government Efficiency führen."},
			[]want{{"Department of Government Efficiency", "org", "Department of Government Efficiency", "", ""}}, nil},
		{"White House: institution or place", []string{"Steve Bannon, Berater des Weißen Hauses, war im Weißen Haus."},
			[]want{{"Weißen Hauses", "org", "Weißes Haus", "", ""}, {"Steve Bannon", "per", "Steve Bannon", "", "Berater des Weißen Hauses"}}, []string{"Weißen Haus,"}},
		{"an institution's adjective after an article", []string{"Das Weiße Haus schweigt, der Internationale Währungsfonds warnt."},
			[]want{{"Weiße Haus", "org", "Weißes Haus", "", ""}, {"Internationale Währungsfonds", "org", "Internationaler Währungsfonds", "", ""}}, nil},
		{"cue noun before a medium", []string{"Sie sagte dem Sender Fox News, der Chef sei erfreut."},
			[]want{{"Fox News", "org", "Fox News", "", ""}}, []string{"Sender"}},
		{"list of companies", []string{"Sie hat 39 Firmen gefragt, darunter X, Meta, Google, Apple und Microsoft."},
			[]want{{"X", "org", "X", "", ""}, {"Meta", "org", "Meta", "", ""}}, nil},
		{"spelling variants in one article", []string{"Softbank investiert. Softbank zahlt. Sofbank-CEO Masayoshi Son lacht. Musks Space X und Open AI."},
			[]want{{"Sofbank", "org", "Softbank", "p", ""}, {"Space X", "org", "SpaceX", "", ""}, {"Open AI", "org", "OpenAI", "", ""}}, nil},
		{"event, not organisation", []string{"Beim DealBook Summit sprach er."}, nil, []string{"DealBook"}},
		{"capitalised adjective and head", []string{"Die Deutsche Rentenversicherung und der Deutschen Bundesbank widersprach das Auswärtige Amt."},
			[]want{{"Deutsche Rentenversicherung", "org", "Deutsche Rentenversicherung", "", ""}, {"Deutschen Bundesbank", "org", "Deutsche Bundesbank", "", ""},
				{"Auswärtige Amt", "org", "Auswärtiges Amt", "", ""}}, []string{"Bundesbank,"}},
		{"canonical adjective agrees with the head", []string{"Das Europäische Parlament und der Deutsche Wetterdienst warnen, die Europäischen Zentralbank nicht."},
			[]want{{"Europäische Parlament", "org", "Europäisches Parlament", "", ""}, {"Deutsche Wetterdienst", "org", "Deutscher Wetterdienst", "", ""},
				{"Europäischen Zentralbank", "org", "Europäische Zentralbank", "", ""}}, nil},
		{"a city's adjective and a generic head name no one", []string{"Das Mailänder Institut und die Frankfurter Bank schweigen, die Frankfurter Rundschau nicht."},
			[]want{{"Frankfurter Rundschau", "org", "Frankfurter Rundschau", "", ""}}, []string{"Mailänder", "Institut", "Bank"}},
		{"plural nouns after a cue noun", []string{"Die Bank warnte vor dem Verlust Tausender Arbeitsplätze. Zuvor meldete die Firma Insolvenz an, das Unternehmen Gespräche."},
			nil, []string{"Arbeitsplätze", "Insolvenz", "Gespräche"}},
		{"clubs with abbreviations and two club words", []string{"Er spielte für den FC St. Pauli und gegen den SV Werder Bremen."},
			[]want{{"FC St. Pauli", "org", "FC St. Pauli", "", ""}, {"SV Werder Bremen", "org", "SV Werder Bremen", "", ""}}, nil},
		{"a union in every position and inside compounds", []string{"IG Metall fordert mehr. Nach Angaben der IG Metall streikten viele, sagte IG-Metall-Bezirksleiter Jan Muster."},
			[]want{{"IG Metall", "org", "IG Metall", "", ""}, {"IG-Metall", "org", "IG Metall", "p", ""}}, nil},
		{"Bundes- compounds", []string{"Das Bundeskriminalamt ermittelt, das Bundesamt schweigt, die Unterstützung des Bundes fehlt."},
			[]want{{"Bundeskriminalamt", "org", "Bundeskriminalamt", "", ""}}, []string{"Bundesamt", "Bundes "}},
		{"head with für", []string{"Das Bundesamt für Migration und Flüchtlinge prüft, ein Institut für Meinungsforschung fragt."},
			[]want{{"Bundesamt für Migration und Flüchtlinge", "org", "Bundesamt für Migration und Flüchtlinge", "", ""}}, []string{"Institut"}},
		{"head with a seat", []string{"Das Oberlandesgericht Frankfurt bestätigte das Urteil des Amtsgerichts Köln und des Landgerichts Hamburg II."},
			[]want{{"Oberlandesgericht Frankfurt", "org", "Oberlandesgericht Frankfurt", "", ""}, {"Amtsgerichts Köln", "org", "Amtsgericht Köln", "", ""},
				{"Landgerichts Hamburg II", "org", "Landgericht Hamburg II", "", ""}}, nil},
		{"association with a genitive", []string{"Der Verband der Chemischen Industrie widersprach, ein Verband der Händler auch."},
			[]want{{"Verband der Chemischen Industrie", "org", "Verband der Chemischen Industrie", "", ""}}, []string{"Händler"}},
		{"clubs and unions", []string{"Der VfL Wolfsburg schlug Eintracht Frankfurt, die IG Bau protestierte."},
			[]want{{"VfL Wolfsburg", "org", "VfL Wolfsburg", "", ""}, {"Eintracht Frankfurt", "org", "Eintracht Frankfurt", "", ""}, {"IG Bau", "org", "IG Bau", "", ""}}, nil},
		{"named compounds", []string{"Das Fraunhofer-Institut und die Friedrich-Ebert-Stiftung forschen, der EU-Wetterdienst Copernicus misst."},
			[]want{{"Fraunhofer-Institut", "org", "Fraunhofer-Institut", "", ""}, {"Friedrich-Ebert-Stiftung", "org", "Friedrich-Ebert-Stiftung", "", ""}}, []string{"Wetterdienst"}},
		{"compounds that name the organisation", []string{"Die CDU-Fraktion stimmte zu, die CDU-Politiker nicht."},
			[]want{{"CDU-Fraktion", "org", "CDU", "", ""}, {"CDU", "org", "CDU", "p", ""}}, nil},
		{"the head alone after the full name", []string{"Die Deutsche Post erhöht das Porto. Die Post verweist auf Kosten, die Autobahn nicht."},
			[]want{{"Deutsche Post", "org", "Deutsche Post", "", ""}, {"Post", "org", "Deutsche Post", "", ""}}, []string{"Autobahn"}},
		{"der Konzern stands for the company named most", []string{"Siemens wächst. Siemens-Chef Roland Busch lobt Siemens. Bereits im Mai hatte der Konzern gespart, das Unternehmen Bosch nicht."},
			[]want{{"Konzern", "org", "Siemens", "i", ""}}, []string{"Unternehmen"}},
		{"der Konzern is a company, not the union named more", []string{"Die IG Metall warnt. Die IG Metall droht. Volkswagen schweigt. Die IG Metall streikt, der Konzern spart."},
			[]want{{"Konzern", "org", "Volkswagen", "i", ""}}, nil},
		{"des Konzerns is a company, not the well-known union named last", []string{"Die Deutsche Bahn streicht Züge. Verdi ruft zum Streik, Verdi droht. Ein Sprecher des Konzerns sagte, man plane."},
			[]want{{"Konzerns", "org", "Deutsche Bahn", "i", ""}, {"Verdi", "org", "Verdi", "", ""}}, nil},
		{"ordinary uses of organisation heads", []string{"Sie dankte der Polizei für ihren Einsatz und nahm im Präsidium Platz. Die Kammer des Gerichts tagte."},
			nil, []string{"Polizei", "Platz", "Kammer"}},
		{"two names after a plural cue noun", []string{"Die Pharmakonzerne Eisai und Biogen forschen, der Bundesverband Handel und Gewerbe nicht."},
			[]want{{"Eisai", "org", "Eisai", "", ""}, {"Biogen", "org", "Biogen", "", ""}}, []string{"Gewerbe"}},
		{"short form in brackets", []string{"Das Kinderhilfswerk der Vereinten Nationen (Unicef) und die Vereinigung der Bayerischen Wirtschaft (vbw) warnen."},
			[]want{{"Unicef", "org", "Kinderhilfswerk der Vereinten Nationen", "", ""}, {"vbw", "org", "Vereinigung der Bayerischen Wirtschaft", "", ""}}, nil},
		{"one word of a coined first part and a company's head", []string{"Die Norvabank und die Kelmowerke sparen, die Tralversicherung auch."},
			[]want{{"Norvabank", "org", "Norvabank", "", ""}, {"Kelmowerke", "org", "Kelmowerke", "", ""}, {"Tralversicherung", "org", "Tralversicherung", "", ""}}, nil},
		{"one word of a German first part and a company's head", []string{"Die Notenbank, die Hypothekenbank und die Stadtwerke prüfen die Datenbank an der Autobahn und die Krankenversicherung."},
			nil, []string{"Notenbank", "Hypothekenbank", "Stadtwerke", "Datenbank", "Autobahn", "Krankenversicherung"}},
		{"a name in -er between adjective and head", []string{"Die Deutsche Menkeler Gesellschaft begrüßte die Studie."},
			[]want{{"Deutsche Menkeler Gesellschaft", "org", "Deutsche Menkeler Gesellschaft", "", ""}}, nil},
		{"agency in lower case", []string{"Berlin (dpa) - Es regnet.", "credit: Foto: Max Muster/dpa"},
			[]want{{"dpa", "org", "Deutsche Presse-Agentur", "", ""}}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkMentions(t, article(tt.lines...), tt.want, tt.not) })
	}
}

func TestAliasNeedsAnArticle(t *testing.T) {
	a := article("Die Deutsche Post wächst. Briefe kamen per Post, die Post selbst schwieg.")
	var posts []int
	for _, m := range rules.Find(a) {
		if a.Text[m.Start:m.End] == "Post" && m.Entity() {
			posts = append(posts, m.Start)
		}
	}
	if want := strings.LastIndex(a.Text, "Post"); len(posts) != 1 || posts[0] != want {
		t.Errorf("bare Post mentions at %v, want only the one after die (%d)", posts, want)
	}
}

func TestNotActors(t *testing.T) {
	tests := [][]string{
		{"Abendessen in Mar-a-Lago: Trump lädt ein. Regierung und Opposition streiten im August."},
		{"Am Dienstag flog sie nach Florida, Palm Beach und Washington; im Januar nach New York."},
		{"Amerikanische und deutsche Politiker trafen Amerikaner in Deutschland und Europa."},
		{"In seinem Buch \"Save America\" stellte die App \"Llama AI\" auf Threads vor."},
		{"Will neue Perspektiven auf Trump gewonnen haben: OpenAI-Chef Sam Altman."},
		{"Plötzlich wollen alle beraten. Nun werden erste Risse sichtbar. Mark war nicht da."},
	}
	not := []string{"Abendessen", "Mar-a-Lago", "Regierung", "Opposition", "August", "Dienstag", "Florida", "Palm Beach", "Washington", "Januar", "New York",
		"Amerikan", "Politiker", "Deutschland", "Europa", "Save America", "Llama", "Threads", "Will", "Plötzlich", "Nun", "Risse", "Mark"}
	for _, lines := range tests {
		checkMentions(t, article(lines...), nil, not)
	}
}

func TestMentionsAreOrderedAndMarkedMeta(t *testing.T) {
	a := article("Elon Musk kam.", "credit: Foto: picture alliance | Susan Walsh.", "Musk ging.")
	ms := rec.Find(a)
	var metaNames []string
	for i, m := range ms {
		if i > 0 && ms[i-1].Start > m.Start {
			t.Errorf("mentions out of order: %v before %v", ms[i-1], m)
		}
		if m.Meta {
			metaNames = append(metaNames, m.Name)
		}
	}
	if len(metaNames) != 1 || metaNames[0] != "Susan Walsh" {
		t.Errorf("meta mentions = %q, want Susan Walsh", metaNames)
	}
	if !(Mention{}).Entity() || (Mention{Implicit: true}).Entity() || (Mention{Part: true}).Entity() {
		t.Error("Entity must be false for implicit and part mentions only")
	}
}

// A Mention packs its flags together (see Mention).
func TestMentionSize(t *testing.T) {
	if n := unsafe.Sizeof(Mention{}); n > 72 {
		t.Errorf("a Mention takes %d bytes, want at most 72", n)
	}
}

// TestAdverbialOpening: an adjective that opens a sentence as an adverb
// of time, or declined before a noun, is no bare surname of a person the
// article names ("Kurz vor Mitternacht", "Neuer Trainer"), with the model
// and with the rules alone; the surname before a verb is.
func TestAdverbialOpening(t *testing.T) {
	for _, tc := range []struct {
		text, name string
		at         []int // where the name is read, and nowhere else
	}{
		{"Jonas Kurz kam an. Kurz vor Mitternacht ging Anna. Kurz sagte nichts.\nLinz – Kurz darauf ging sie.", "Jonas Kurz", []int{0, 51}},
		{"Jonas Neuer hielt. Neuer Trainer wird Anna Berg. Neuer sagte nichts.", "Jonas Neuer", []int{0, 49}},
	} {
		for _, r := range []*Recognizer{rec, NewRuleRecognizer()} {
			a := article(tc.text)
			doc := text.ForArticle(a)
			var got []int
			for _, m := range r.FindIn(a, doc) {
				if m.Name == tc.name {
					got = append(got, m.Start)
				}
			}
			doc.Release()
			if !slices.Equal(got, tc.at) {
				t.Errorf("%q: %s at %v, want %v", tc.text, tc.name, got, tc.at)
			}
		}
	}
}
