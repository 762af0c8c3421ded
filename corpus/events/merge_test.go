package events

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"chronik/model"
)

// mention makes a synthetic mention for the merging rules.
func mention(t testing.TB, article, sentence int, kind Kind, noun string, date model.Interval, actors []string, words ...string) Mention {
	t.Helper()
	m := Mention{Kind: kind, Noun: noun, Specificity: 1}
	m.Article, m.Sentence, m.Date = article, sentence, date
	m.Start, m.End = sentence*10, sentence*10+5
	for _, id := range actors {
		m.Actors = append(m.Actors, actorIndex(t, id))
	}
	for _, w := range words {
		m.words = append(m.words, stemHash(strings.ToLower(w)))
	}
	return m
}

func articlesOf(e model.Event) []int {
	var out []int
	for _, m := range e.Mentions {
		if !slices.Contains(out, m.Article) {
			out = append(out, m.Article)
		}
	}
	return out
}

func TestMergeAcrossArticles(t *testing.T) {
	lastWeek := model.Interval{Start: day(2024, 11, 18), End: day(2024, 12, 29)}
	pastMonth := model.Interval{Start: day(2024, 10, 31), End: day(2024, 12, 31)}
	zt := []string{"mark-zuckerberg", "donald-trump"}
	ms := []Mention{
		// The Zuckerberg dinner, told in three articles.
		mention(t, 0, 5, "meeting", "Abendessen", lastWeek, zt, "Abendessen", "Mar-a-Lago"),
		mention(t, 1, 0, "meeting", "Abendessen", pastMonth, zt, "Abendessen", "Mar-a-Lago", "Florida"),
		mention(t, 1, 7, "meeting", "Gespräch", pastMonth, zt), // same article: no shared word needed
		mention(t, 3, 1, "meeting", "Abendessen", pastMonth, []string{"mark-zuckerberg", "donald-trump", "meta"}, "Mar-a-Lago", "Florida"),
		// Bezos' and Musk's dinner with Trump: the same place and Trump, other core actors.
		mention(t, 2, 3, "meeting", "Abendessen", dayIv(2024, 12, 18), []string{"jeff-bezos", "elon-musk", "donald-trump"}, "Abendessen", "Mar-a-Lago"),
		mention(t, 2, 6, "meeting", "Essen", pastMonth, []string{"jeff-bezos", "elon-musk", "donald-trump"}),
		// A meeting of the same two a year earlier: dates do not meet.
		mention(t, 4, 0, "meeting", "Treffen", model.YearInterval(2023), zt, "Mar-a-Lago"),
		// Zuckerberg and Trump again, but a ban, not a meeting.
		mention(t, 3, 4, "ban", "Sperre", dayIv(2021, 1, 6), zt),
	}
	events, _ := Merge(ms, testActors)
	var dinner, bezos *model.Event
	for i := range events {
		e := &events[i]
		switch {
		case e.Kind == "meeting" && slices.Contains(e.Actors, actorIndex(t, "mark-zuckerberg")) && e.Date.Contains(day(2024, 11, 27)):
			dinner = e
		case e.Kind == "meeting" && slices.Contains(e.Actors, actorIndex(t, "jeff-bezos")):
			bezos = e
		}
	}
	if dinner == nil || bezos == nil {
		t.Fatalf("events: %v", titles(events))
	}
	if got := articlesOf(*dinner); !slices.Equal(got, []int{0, 1, 3}) || len(dinner.Mentions) != 4 {
		t.Errorf("Zuckerberg dinner from articles %v with %d mentions, want [0 1 3] with 4", got, len(dinner.Mentions))
	}
	if dinner.Date != (model.Interval{Start: day(2024, 11, 18), End: day(2024, 12, 29)}) {
		t.Errorf("Zuckerberg dinner date %v: want the intersection of its mentions", dinner.Date)
	}
	if dinner.Title != "Abendessen von Zuckerberg und Trump" {
		t.Errorf("title %q", dinner.Title)
	}
	if bezos.Date != dayIv(2024, 12, 18) || len(bezos.Mentions) != 2 {
		t.Errorf("Bezos dinner: %v with %d mentions", bezos.Date, len(bezos.Mentions))
	}
	if len(events) != 4 {
		t.Errorf("%d events, want 4: %v", len(events), titles(events))
	}
}

func titles(events []model.Event) []string {
	var out []string
	for _, e := range events {
		out = append(out, fmt.Sprintf("%s %s (%d)", e.Date, e.Title, len(e.Mentions)))
	}
	return out
}

// wantRow fails unless events hold no event when want is "", else one
// whose title is want (with prefix, one whose title starts with it).
func wantRow(t *testing.T, text string, events []model.Event, want string, prefix bool) {
	t.Helper()
	switch {
	case want == "" && len(events) > 0:
		t.Errorf("%q: got %v, want nothing", text, titles(events))
	case want != "" && (len(events) != 1 || events[0].Title != want && !(prefix && strings.HasPrefix(events[0].Title, want))):
		t.Errorf("%q: got %v, want one event %q", text, titles(events), want)
	}
}

func TestMergeRules(t *testing.T) {
	dec := model.MonthInterval(2024, time.December)
	d18 := dayIv(2024, 12, 18)
	d19 := dayIv(2024, 12, 19)
	tests := []struct {
		name  string
		a, b  Mention
		merge bool
	}{
		{"same kind, actors, word", mention(t, 0, 0, "meeting", "Treffen", dec, []string{"elon-musk", "donald-trump"}, "Florida"), mention(t, 1, 0, "meeting", "Treffen", d18, []string{"donald-trump", "elon-musk"}, "Florida"), true},
		{"different kind", mention(t, 0, 0, "meeting", "Treffen", dec, []string{"elon-musk", "donald-trump"}, "Florida"), mention(t, 1, 0, "criticism", "Kritik", d18, []string{"elon-musk", "donald-trump"}, "Florida"), false},
		{"no shared word across articles", mention(t, 0, 0, "meeting", "Treffen", dec, []string{"elon-musk", "donald-trump"}, "Florida"), mention(t, 1, 0, "meeting", "Treffen", d18, []string{"elon-musk", "donald-trump"}, "Washington"), false},
		{"precise dates need no word", mention(t, 0, 0, "meeting", "Treffen", d18, []string{"elon-musk", "donald-trump"}), mention(t, 1, 0, "meeting", "Treffen", d18, []string{"elon-musk", "donald-trump"}), true},
		{"one actor of three", mention(t, 0, 0, "meeting", "Treffen", d18, []string{"elon-musk", "jeff-bezos", "donald-trump"}, "Florida"), mention(t, 1, 0, "meeting", "Treffen", d18, []string{"mark-zuckerberg", "sam-altman", "donald-trump"}, "Florida"), false},
		{"a symmetric kind ignores order", mention(t, 0, 0, "meeting", "Treffen", d18, []string{"jeff-bezos", "donald-trump"}), mention(t, 1, 0, "meeting", "Treffen", d18, []string{"donald-trump", "jeff-bezos"}), true},
		{"another agent is another post", mention(t, 0, 0, "post", "Post", d18, []string{"elon-musk", "sam-altman"}, "Stargate"), mention(t, 0, 1, "post", "Post", d18, []string{"sam-altman", "elon-musk"}, "Stargate"), false},
		{"posts need a word even in one article", mention(t, 0, 0, "post", "Post", dec, []string{"jeff-bezos"}), mention(t, 0, 5, "post", "Post", dec, []string{"jeff-bezos"}), false},
		{"posts in adjacent sentences", mention(t, 0, 4, "post", "Post", dec, []string{"jeff-bezos"}), mention(t, 0, 5, "post", "Post", dec, []string{"jeff-bezos"}), true},
		{"off by one day, strong evidence: outlier joins", mention(t, 0, 0, "post", "Post", d18, []string{"donald-trump"}, "Truth"), mention(t, 1, 0, "post", "Post", d19, []string{"donald-trump"}, "Truth"), true},
		{"undated joins a dated event of its article", mention(t, 0, 0, "ban", "Sperre", d18, []string{"mark-zuckerberg", "donald-trump"}), mention(t, 0, 3, "ban", "Sperre", model.Interval{}, []string{"mark-zuckerberg", "donald-trump"}), true},
		{"undated does not join across articles", mention(t, 0, 0, "ban", "Sperre", d18, []string{"mark-zuckerberg", "donald-trump"}, "Facebook"), mention(t, 1, 3, "ban", "Sperre", model.Interval{}, []string{"mark-zuckerberg", "donald-trump"}, "Facebook"), false},
		{"unnamed in two places are two", withObject(mention(t, 0, 2, "arrest", "Festnahme", dec, nil), "Linz", "in", 1), withObject(mention(t, 0, 7, "arrest", "Festnahme", dec, nil), "Graz", "in", 1), false},
		{"unnamed on two roads are two", withObject(mention(t, 0, 2, "accident", "Unfall", dec, nil, "A", "Auto"), "A 11", "auf der", 1), withObject(mention(t, 0, 7, "accident", "Unfall", dec, nil, "A", "Auto"), "A 12", "auf der", 1), false},
		{"unnamed in one place are one", withObject(mention(t, 0, 2, "arrest", "Festnahme", dec, nil), "Linz", "in", 1), withObject(mention(t, 0, 7, "arrest", "Festnahme", dec, nil), "Linz", "in", 1), true},
		{"named in two places are one", withObject(mention(t, 0, 2, "arrest", "Festnahme", dec, []string{"olaf-scholz"}), "Linz", "in", 1), withObject(mention(t, 0, 7, "arrest", "Festnahme", dec, []string{"olaf-scholz"}), "Graz", "in", 1), true},
		{"two undated with a shared word", mention(t, 0, 0, "ban", "Sperre", model.Interval{}, []string{"mark-zuckerberg"}, "Facebook"), mention(t, 1, 3, "ban", "Sperre", model.Interval{}, []string{"mark-zuckerberg"}, "Facebook"), true},
	}
	ag, pa := model.RoleAgent, model.RolePatient
	jan := model.Interval{Start: dayIv(2021, 1, 6).Start, End: dayIv(2021, 2, 5).Start}
	owned := withRoles(mention(t, 0, 1, "ban", "Sperre", jan, []string{"facebook", "donald-trump"}, "Kapitol"), ag, pa)
	owned.owns = [][2]int{{actorIndex(t, "mark-zuckerberg"), actorIndex(t, "facebook")}}
	rival := withRoles(mention(t, 0, 1, "lawsuit", "Klage", jan, []string{"elon-musk", "openai"}), ag, pa)
	rival.owns = [][2]int{{actorIndex(t, "elon-musk"), actorIndex(t, "openai")}} // "Musks Rivale OpenAI"
	tests = append(tests, []struct {
		name  string
		a, b  Mention
		merge bool
	}{
		{"the same agent and patient within a year", withRoles(mention(t, 0, 1, "ban", "Sperre", jan, []string{"facebook", "donald-trump"}), ag, pa),
			withRoles(mention(t, 1, 4, "ban", "Sperre", model.YearInterval(2021), []string{"facebook", "donald-trump"}), ag, pa), true},
		{"the same agent, another patient", withRoles(mention(t, 0, 1, "ban", "Sperre", jan, []string{"facebook", "donald-trump"}), ag, pa),
			withRoles(mention(t, 1, 4, "ban", "Sperre", model.YearInterval(2021), []string{"facebook", "elon-musk"}), ag, pa), false},
		{"an owner acts for the organisation an article ties to it", owned,
			withRoles(mention(t, 1, 2, "ban", "Sperre", jan, []string{"mark-zuckerberg"}, "Kapitol"), ag), true},
		{"a tie the roles contradict is no owner's", rival,
			withRoles(mention(t, 0, 3, "lawsuit", "Klage", jan, []string{"openai", "elon-musk"}), ag, pa), false},
		{"without the tie, the owner is another agent", withRoles(mention(t, 0, 1, "ban", "Sperre", jan, []string{"facebook", "donald-trump"}, "Kapitol"), ag, pa),
			withRoles(mention(t, 1, 2, "ban", "Sperre", jan, []string{"mark-zuckerberg"}, "Kapitol"), ag), false},
	}...)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			events, _ := Merge([]Mention{tt.a, tt.b}, testActors)
			if merged := len(events) == 1; merged != tt.merge {
				t.Errorf("merged = %v, want %v: %v", merged, tt.merge, titles(events))
			}
		})
	}
	// The outlier keeps its own date but does not narrow the event's.
	events, _ := Merge([]Mention{
		mention(t, 0, 0, "post", "Post", d18, []string{"donald-trump"}, "Truth"),
		mention(t, 1, 0, "post", "Post", d19, []string{"donald-trump"}, "Truth"),
		mention(t, 2, 0, "post", "Post", d18, []string{"donald-trump"}, "Truth"),
	}, testActors)
	if len(events) != 1 || events[0].Date != d18 {
		t.Errorf("outlier: %v", titles(events))
	}
}

func TestMergeIsOrderFree(t *testing.T) {
	// A vague mention met first must not split an event its later sources
	// would have joined: whole events are merged again at the end.
	pastMonth := model.Interval{Start: day(2024, 10, 31), End: day(2024, 12, 31)}
	zt := []string{"mark-zuckerberg", "donald-trump"}
	ms := []Mention{
		mention(t, 3, 0, "meeting", "Abendessen", pastMonth, zt),               // teaser, no word
		mention(t, 0, 0, "meeting", "Abendessen", pastMonth, zt, "Mar-a-Lago"), // other article
		mention(t, 3, 2, "meeting", "Abendessen", pastMonth, zt, "Mar-a-Lago"), // the teaser's article
	}
	for _, order := range [][]int{{0, 1, 2}, {2, 1, 0}, {1, 0, 2}} {
		var in []Mention
		for _, i := range order {
			in = append(in, ms[i])
		}
		if events, _ := Merge(in, testActors); len(events) != 1 {
			t.Errorf("order %v: %v", order, titles(events))
		}
	}
}

func TestTitlesAndIDs(t *testing.T) {
	d := dayIv(2024, 12, 18)
	const (
		ag = model.RoleAgent
		pa = model.RolePatient
	)
	zt := []string{"mark-zuckerberg", "donald-trump"}
	oso := []string{"openai", "softbank", "oracle"}
	tests := []struct {
		m     Mention
		title string
	}{
		// all take part alike: a noun, the actors, the place
		{withObject(mention(t, 0, 0, "meeting", "Abendessen", d, zt), "Mar-a-Lago", "in", 1), "Abendessen von Zuckerberg und Trump in Mar-a-Lago"},
		{mention(t, 0, 0, "meeting", "Treffen", d, []string{"jeff-bezos", "elon-musk", "donald-trump", "mark-zuckerberg"}), "Treffen von Bezos, Musk und Trump"},
		// who did what to whom, with the verb that told it
		{withVerb(withRoles(mention(t, 0, 0, "ban", "Sperre", d, []string{"facebook", "donald-trump"}), ag, pa), "sperren"), "Facebook sperrt Trump"},
		{withVerb(withRoles(withObject(mention(t, 0, 0, "ban", "Sperre", d, []string{"donald-trump"}), "Facebook", "auf", 2), pa), "sperren"), "Trump auf Facebook gesperrt"},
		{withVerb(withRoles(withObject(mention(t, 0, 0, "criticism", "Kritik", d, []string{"elon-musk"}), "„Stargate“", "an", 3), ag), "kritisieren"), "Musk kritisiert „Stargate“"},
		// the verb's object in the accusative
		{withVerb(withRoles(mention(t, 0, 0, "criticism", "Kritik", d, []string{"elon-musk", "deutscher-wetterdienst"}), ag, pa), "kritisieren"), "Musk kritisiert den Deutschen Wetterdienst"},
		{withVerb(withRoles(withObject(mention(t, 0, 0, "announcement", "Ankündigung", d, oso), "„Stargate“", "von", 3), ag, ag, ag), "an|kündigen"), "OpenAI, Softbank und Oracle kündigen „Stargate“ an"},
		// a participle that reads like a present is no title: "Morsi lanciert"
		{withVerb(withRoles(mention(t, 0, 0, "ban", "Sperre", d, []string{"donald-trump"}), pa), "verbannen"), "Sperre gegen Trump"},
		// a dated passive told of a thing nobody is named for
		{withVerb(withObject(mention(t, 0, 0, "sale", "Verkauf", d, nil), "Netzwerk", "", 0), "verkaufen"), "Netzwerk verkauft"},
		// no verb: a noun, with "durch" for who did it and "gegen" for whom
		{withObject(withRoles(mention(t, 0, 0, "announcement", "Ankündigung", d, oso), ag, ag, ag), "„Stargate“", "von", 3), "Ankündigung von „Stargate“ durch OpenAI, Softbank und Oracle"},
		{withRoles(mention(t, 0, 0, "ban", "Sperre", d, []string{"mark-zuckerberg"}), ag), "Sperre durch Zuckerberg"},
		{withRoles(mention(t, 0, 0, "ban", "Sperre", d, []string{"donald-trump"}), pa), "Sperre gegen Trump"},
		{withRoles(mention(t, 0, 0, "resignation", "Rücktritt", d, []string{"elon-musk"}), ag), "Rücktritt von Musk"},
		// an insolvency is of whose assets, not of the court that opened it
		{withRoles(mention(t, 0, 0, "insolvency", "Insolvenz", d, []string{"landgericht", "volkswagen"}), ag, model.RoleParticipant), "Insolvenz von Volkswagen"},
		// who seized or sold something: "durch", as "von" reads as what was seized
		{withRoles(mention(t, 0, 0, "seizure", "Beschlagnahme", d, []string{"bundesregierung"}), ag), "Beschlagnahme durch Bundesregierung"},
		// a crime done by someone: "Tötung von X" would read as X killed
		{withRoles(mention(t, 0, 0, "crime", "Tötung", d, []string{"elon-musk"}), ag), "Tötung durch Musk"},
		// an offer nobody is named for making: to whom, not by whom
		{withRoles(mention(t, 0, 0, "offer", "Angebot", d, []string{"elon-musk"}), model.RoleParticipant), "Angebot an Musk"},
		{mention(t, 0, 0, "lawsuit", "Klage", d, []string{"elon-musk", "openai"}), "Klage von Musk gegen OpenAI"},
		{withObject(mention(t, 0, 0, "post", "Post", d, []string{"mark-zuckerberg"}), "Threads", "auf", 2), "Post von Zuckerberg auf Threads"},
		// a name set beside the happening ("das Team um X", "neben X")
		// takes no part a title can say; one "bei" names does
		{withPreps(withRoles(mention(t, 0, 0, "award", "Auszeichnung", d, []string{"elon-musk"}), model.RoleParticipant), "um"), "Auszeichnung"},
		// whoever a prize is named "von" or "durch" gave it
		{withPreps(withRoles(mention(t, 0, 0, "award", "Auszeichnung", d, []string{"elon-musk", "olaf-scholz"}), model.RoleParticipant, model.RoleParticipant), "von", "von"), "Auszeichnung durch Musk und Scholz"},
		{withRoles(mention(t, 0, 0, "award", "Auszeichnung", d, []string{"elon-musk"}), model.RoleParticipant), "Auszeichnung für Musk"},
		{withPreps(withRoles(mention(t, 0, 0, "jobcuts", "Stellenabbau", d, []string{"amazon", "elon-musk"}), model.RoleParticipant, model.RoleParticipant), "bei", "neben"), "Stellenabbau bei Amazon"},
		// nor one after a preposition of the genitive, which no title
		// declines ("innerhalb der Partei")
		{withPreps(withRoles(mention(t, 0, 0, "meeting", "Treffen", d, []string{"amazon"}), model.RoleParticipant), "innerhalb"), "Treffen"},
		// an insolvency is titled by whom it befell, not by who applied for it
		{withRoles(mention(t, 0, 0, "insolvency", "Insolvenz", d, []string{"bundesregierung", "volkswagen"}), ag, pa), "Insolvenz von Volkswagen"},
		// unnamed people it befell, beside a name: joined to it
		{withObject(withRoles(mention(t, 0, 0, "death", "Tod", d, []string{"elon-musk"}), pa), "fünf Menschen", "", 0), "Tod von Musk und fünf Menschen"},
		// a match won for a team: the team is no opponent
		{withPreps(withRoles(mention(t, 0, 0, "match", "Sieg", d, []string{"elon-musk", "openai"}), model.RoleParticipant, model.RoleParticipant), "", "für"), "Sieg von Musk"},
		// the platform is not named twice
		{withObject(mention(t, 0, 0, "post", "Post", d, []string{"mark-zuckerberg", "threads"}), "Threads", "auf", 2), "Post von Zuckerberg auf Threads"},
	}
	for _, tt := range tests {
		events, _ := Merge([]Mention{tt.m}, testActors)
		if events[0].Title != tt.title {
			t.Errorf("title %q, want %q", events[0].Title, tt.title)
		}
	}
	// Ids: date and title, unique, the same on every run.
	dec := model.MonthInterval(2024, time.December)
	ms := []Mention{
		mention(t, 0, 0, "meeting", "Treffen", dec, []string{"elon-musk", "donald-trump"}, "Florida"),
		mention(t, 1, 0, "meeting", "Treffen", dec, []string{"elon-musk", "donald-trump"}, "Washington"),
		mention(t, 2, 0, "meeting", "Treffen", model.Interval{}, []string{"jeff-bezos"}),
	}
	first, _ := Merge(ms, testActors)
	again, _ := Merge(slices.Clone(ms), testActors)
	var ids []string
	for i, e := range first {
		ids = append(ids, e.ID)
		if e.ID != again[i].ID {
			t.Errorf("ids differ between runs: %s, %s", e.ID, again[i].ID)
		}
	}
	want := []string{"2024-12-01-treffen-von-musk-und-trump", "2024-12-01-treffen-von-musk-und-trump-2", "undated-treffen-von-bezos"}
	if !slices.Equal(ids, want) {
		t.Errorf("ids %v, want %v", ids, want)
	}
	if got := slug("Ankündigung von „Stargate“: Größe", 64); got != "ankuendigung-von-stargate-groesse" {
		t.Errorf("slug = %q", got)
	}
}

func withObject(m Mention, object, prep string, rank int8) Mention {
	m.Object, m.ObjectPrep, m.objectRank = object, prep, rank
	return m
}

func withPreps(m Mention, preps ...string) Mention {
	m.preps = preps
	return m
}

func withRoles(m Mention, roles ...model.Role) Mention {
	m.Roles = roles
	return m
}

// withVerb makes m told by the lexicon's verb lemma of its kind.
func withVerb(m Mention, lemma string) Mention {
	particle, core, ok := strings.Cut(lemma, "|")
	if !ok {
		core, particle = particle, ""
	}
	for id, t := range loadLexicon().triggers {
		if t.verb && t.kind == m.Kind && t.infinitive == core && t.particle == particle && !t.conditional() {
			m.trig = int32(id) + 1
			return m
		}
	}
	panic("no verb " + lemma)
}

func TestLaterReferences(t *testing.T) {
	d18 := dayIv(2024, 12, 18)
	dec := model.MonthInterval(2024, time.December)
	later := func(m Mention) Mention { m.refersBack = true; return m }
	dinner := mention(t, 0, 1, "meeting", "Abendessen", d18, []string{"jeff-bezos", "elon-musk", "donald-trump"})
	tests := []struct {
		name  string
		ref   Mention
		merge bool
	}{
		// "Musk stieß im Laufe des Essens hinzu": one actor of three, no shared word
		{"a later 'des Essens' joins the dinner told before", later(mention(t, 0, 6, "meeting", "Treffen", dec, []string{"elon-musk"})), true},
		{"not one told before it", later(mention(t, 0, 0, "meeting", "Treffen", dec, []string{"elon-musk"})), false},
		{"not in another article", later(mention(t, 1, 6, "meeting", "Treffen", dec, []string{"elon-musk"})), false},
		{"not at another time", later(mention(t, 0, 6, "meeting", "Treffen", model.YearInterval(2021), []string{"elon-musk"})), false},
		{"not an indefinite one", mention(t, 0, 6, "meeting", "Treffen", dec, []string{"elon-musk"}), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			events, _ := Merge([]Mention{dinner, tt.ref}, testActors)
			if merged := len(events) == 1; merged != tt.merge {
				t.Errorf("merged = %v, want %v: %v", merged, tt.merge, titles(events))
			}
		})
	}
}

// TestDeathInAccident: the death an accident or a disaster caused is that
// happening, one event, titled and typed by its most telling noun.
func TestDeathInAccident(t *testing.T) {
	text := "Ein Radfahrer ist am Freitag in Halle bei einem Unfall verunglückt. Der Mann starb am Freitag in Halle."
	f := fx{text: text, date: dec2024, timex: map[string]tx{"am Freitag": {"2024-12-20", dayIv(2024, 12, 20), ""}}}
	events, _ := Merge(Extract(0, f.build(t), testActors), testActors)
	if len(events) != 1 {
		t.Fatalf("got %v, want one event", titles(events))
	}
	if k := Kind(events[0].Kind); k != KindAccident && k != KindDeath || !strings.Contains(events[0].Title, map[Kind]string{KindAccident: "Unfall", KindDeath: "Tod"}[k]) {
		t.Errorf("got kind %s, title %q: the kind is not the title's", events[0].Kind, events[0].Title)
	}
}

// TestUnnamedSide: a match whose side the article names only by what it
// is ("der Titelverteidiger") is not the one of named sides told after it.
func TestUnnamedSide(t *testing.T) {
	text := "Mit einem 3:2 gewann der Titelverteidiger am Freitag auch sein zehntes Spiel. Oracle kassierte dagegen die dritte Niederlage der Saison."
	f := fx{text: text, date: dec2024, timex: map[string]tx{"am Freitag": {"2024-12-20", dayIv(2024, 12, 20), ""}}}
	if events, _ := Merge(Extract(0, f.build(t), testActors), testActors); len(events) != 2 {
		t.Errorf("got %v, want two events", titles(events))
	}
}

// TestWhatTiesArticles: across articles, a word ties two mentions only
// when it says which happening they tell, not what kind it is or what
// one of its actors is.
func TestWhatTiesArticles(t *testing.T) {
	year := model.YearInterval(2024)
	tests := []struct {
		name string
		a, b string
		kind Kind
		one  bool
	}{
		{"one court's two verdicts",
			"Das Landgericht München hat geurteilt: Die Stadt muss eine Entschädigung zahlen.",
			"Ein Hundehalter ist im Landgericht München zu zwei Jahren Haft verurteilt worden.",
			KindVerdict, false},
		{"one defendant's verdict told twice",
			"Lindner ist zu vier Jahren Haft verurteilt worden.",
			"Das Landgericht München verurteilte Lindner wegen Betrugs zu einer Bewährungsstrafe.",
			KindVerdict, true},
		{"one player beaten in two rounds",
			"Lindner besiegte den Argentinier Scholz im Finale in drei Sätzen.",
			"Im Halbfinale schlug Lindner den Argentinier Scholz klar.",
			KindMatch, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := append(Extract(0, fx{text: tt.a, date: year}.build(t), testActors), Extract(1, fx{text: tt.b, date: year}.build(t), testActors)...)
			events, _ := Merge(ms, testActors)
			var of []model.Event
			for _, e := range events {
				if e.Kind == string(tt.kind) {
					of = append(of, e)
				}
			}
			if want := map[bool]int{true: 1, false: 2}[tt.one]; len(of) != want {
				t.Errorf("%d %s events, want %d: %v", len(of), tt.kind, want, titles(events))
			}
		})
	}
}

// TestOthersBefell: "weitere" people unnamed tell another happening than
// the one told of people before them in the article; another noun for
// them does not.
func TestOthersBefell(t *testing.T) {
	tests := []struct {
		text string
		kind Kind
		rows int
	}{
		{"Am Montag wurden in Berlin zwei Soldaten getötet. Bei einem zweiten Anschlag wurde am Montag ein weiterer Soldat getötet.", KindCrime, 2},
		{"Am Montag wurde in Berlin ein Mann festgenommen. Der Verdächtige wurde am Montag in Berlin festgenommen.", KindArrest, 1},
	}
	for _, tt := range tests {
		if n, events := rowsOfKind(t, tt.text, tt.kind); n != tt.rows {
			t.Errorf("%q: %d %s rows, want %d: %v", tt.text, n, tt.kind, tt.rows, events)
		}
	}
}

// rowsOfKind merges the mentions of a text of December 2024 and returns
// how many events are of the kind, and all events' titles.
func rowsOfKind(t *testing.T, text string, kind Kind) (int, []string) {
	t.Helper()
	events, _ := Merge(Extract(0, fx{text: text, date: dec2024}.build(t), testActors), testActors)
	n := 0
	for _, e := range events {
		if e.Kind == string(kind) {
			n++
		}
	}
	return n, titles(events)
}

// TestPostOfAnother: a post taken over from someone is titled as that
// person's post, not as something done to them.
func TestPostOfAnother(t *testing.T) {
	const s = "Sie übernimmt ab Montag die Leitung von Scholz, der in den Ruhestand geht."
	events, _ := Merge(Extract(0, fx{text: s, date: dec2024}.build(t), testActors), testActors)
	if len(events) != 1 || events[0].Title != "Leitung von Scholz übernommen" {
		t.Errorf("%v, want one event titled %q", titles(events), "Leitung von Scholz übernommen")
	}
}

// TestLeadRetellsHead: the body's first sentence tells again what the
// head told, the only happening of its kind in each, often naming its
// doer otherwise (a body in the head, its official in the lead): one
// row. A head that names someone the lead does not tells another
// happening, and so does a second happening of the kind in the head.
func TestLeadRetellsHead(t *testing.T) {
	for _, tt := range []struct {
		text     string
		mentions []int
		title    string // of the first event, if given
	}{
		{"T Behörde erstattet Anzeige\nDie Leiterin der Behörde, Elon Musk, erstattete am Montag Anzeige.", []int{2}, "Behörde und Musk erstatten Anzeige"},
		{"T Regierung billigt Gesetz\nBerlin – Das Parlament hat am Montag das Gesetz gebilligt.", []int{2}, ""},
		{"T Bezos erstattet Anzeige\nDie Leiterin der Behörde, Elon Musk, erstattete am Montag Anzeige.", []int{1, 1}, ""},
		{"T Regierung billigt Gesetz. Parlament billigt Etat.\nBerlin – Das Parlament hat am Montag das Gesetz gebilligt.", []int{1, 2}, ""},
		// a dateline written as a sentence of its own before the lead
		{"T Regierung billigt Gesetz\nBerlin. Das Parlament hat am Montag das Gesetz gebilligt.", []int{2}, ""},
		// a headline and the teaser that tells it in full
		{"T Regierung billigt Gesetz\nS Das Parlament hat am Montag das Gesetz gebilligt.", []int{2}, ""},
		{"T Regierung billigt Gesetz\nS Das Parlament hat am Montag das Gesetz gebilligt.\nBerlin – Das Parlament billigte am Montag das Gesetz.", []int{3}, ""},
		{"T Bezos erstattet Anzeige\nS Die Leiterin der Behörde, Elon Musk, erstattete am Montag Anzeige.", []int{1, 1}, ""},
		// a body's vote and its decision are one happening: the headline's
		// vote and the lead's consent
		{"T Parlament stimmt für Referendum\nBerlin – Das Parlament hat am Montag dem Referendum zugestimmt.", []int{2}, ""},
	} {
		events, _ := Merge(Extract(0, fx{text: tt.text, date: dec2024}.build(t), testActors), testActors)
		checkMentionCounts(t, tt.text, events, tt.mentions)
		if tt.title != "" && (len(events) == 0 || events[0].Title != tt.title) {
			t.Errorf("%q: titles %v, want %q first", tt.text, titles(events), tt.title)
		}
	}
}

// TestLaterRetellsOpening: the one later mention of the kind in the body
// tells the article's opening happening again, naming its parties
// otherwise (the police, then officers of a bureau; a club, then "der
// Meister"); not when it names others for a part the opening names
// someone for, brings in someone new ("ein Mann", "unterdessen"), tells
// a time of its own, or, at a meeting, names someone more.
func TestLaterRetellsOpening(t *testing.T) {
	const arrest = "T Musk in Berlin festgenommen\nBerlin – Der Trainer war zufrieden. Das Wetter war schlecht.\n"
	y2019 := map[string]tx{"2019": {"2019", model.YearInterval(2019), ""}}
	for _, tt := range []struct {
		text     string
		mentions []int
		title    string // of the first event, if given
	}{
		{arrest + "Der Mann war am Montag von Beamten des Landeskriminalamts festgenommen worden.", []int{2}, ""},
		{arrest + "Unterdessen wurde am Montag ein Mann von Beamten des Landeskriminalamts festgenommen.", []int{1, 1}, ""},
		{arrest + "Bezos war am Montag von Beamten des Landeskriminalamts festgenommen worden.", []int{1, 1}, ""},
		{arrest + "Der Mann war 2019 von Beamten des Landeskriminalamts festgenommen worden.", []int{1, 1}, ""},
		{"T Zuckerberg trifft Trump\nBerlin – Der Trainer war zufrieden. Das Wetter war schlecht.\nTrump hat am Montag Musk und Bezos getroffen.", []int{1, 1}, ""},
		// the unnamed side is one of those named, no thing of the title
		{"T Oracle scheidet im Finale aus\nBerlin – Der Trainer war zufrieden. Das Wetter war schlecht.\nDer Meister unterlag am Samstag im Finale 1:3.", []int{2}, "Aus von Oracle"},
	} {
		events, _ := Merge(Extract(0, fx{text: tt.text, date: dec2024, timex: y2019}.build(t), testActors), testActors)
		checkMentionCounts(t, tt.text, events, tt.mentions)
		if tt.title != "" && (len(events) == 0 || events[0].Title != tt.title) {
			t.Errorf("%q: titles %v, want %q first", tt.text, titles(events), tt.title)
		}
	}
}

// TestOpenDatesApart: in an article whose year is unknown, happenings
// its sentences date to different months or weekdays are different
// happenings; the same open date ties them as before.
func TestOpenDatesApart(t *testing.T) {
	open := func(v string) tx { return tx{value: v, typ: model.TimexDate} }
	tests := []struct {
		text string
		rows int
	}{
		{"Im März wurden in Linz 21 Touristen getötet. Im Juli wurden in Linz 38 Touristen getötet.", 2},
		{"Im März wurden in Linz 21 Touristen getötet. Im März wurden dort in Linz 21 Touristen getötet.", 1},
	}
	for _, tt := range tests {
		f := fx{text: tt.text, timex: map[string]tx{"März": open("XXXX-03"), "Juli": open("XXXX-07")}}
		events, _ := Merge(Extract(0, f.build(t), testActors), testActors)
		n := 0
		for _, e := range events {
			if e.Kind == string(KindCrime) {
				n++
			}
		}
		if n != tt.rows {
			t.Errorf("%q: %d crime rows, want %d: %v", tt.text, n, tt.rows, titles(events))
		}
	}
}

// TestOtherDeeds: two decisions of one actor in one article that
// different verbs tell of different things are two rows; a retelling of
// the same thing is one.
func TestOtherDeeds(t *testing.T) {
	tests := []struct {
		text string
		rows int
	}{
		{"Scholz hat die Asylgesetze verschärft. Zuvor hatte Scholz die Behandlung von Anträgen ausgesetzt.", 2},
		{"Scholz hat die Asylgesetze verschärft. Scholz hatte die Asylgesetze schon im Mai verschärft.", 1},
	}
	for _, tt := range tests {
		if n, events := rowsOfKind(t, tt.text, KindDecision); n != tt.rows {
			t.Errorf("%q: %d decision rows, want %d: %v", tt.text, n, tt.rows, events)
		}
	}
	// a trial's steps, each named by its own noun, are rows of their own
	const steps = "Staatsanwalt Scholz hat im Prozess gegen Musk vier Jahre Haft gefordert. Danach hielten Musks Verteidiger ihre Plädoyers. Musk hatte schon im Mai im Prozess ausgesagt."
	if n, events := rowsOfKind(t, steps, KindTrial); n != 3 {
		t.Errorf("%q: %d trial rows, want 3: %v", steps, n, events)
	}
}

// TestAnnouncementJoinsWhatItAnnounces: an announcement named by what it
// announces is one event with the happening the head tells
// (GUIDELINES.md §1), not a row of its own beside it.
func TestAnnouncementJoinsWhatItAnnounces(t *testing.T) {
	mon := tx{"2024-12-16", dayIv(2024, 12, 16), ""}
	for _, tt := range []struct {
		text     string
		mentions []int
	}{
		{"T Volkswagen streicht Stellen\nWolfsburg – Volkswagen hat am Montag den Abbau von 500 Stellen angekündigt.", []int{2}},
		{"T Volkswagen erhöht die Preise\nWolfsburg – Volkswagen hat am Montag eine Erhöhung der Preise angekündigt.", []int{2}},
		// what is announced is no happening of the head's kind
		{"T Volkswagen streicht Stellen\nWolfsburg – Volkswagen hat am Montag einen neuen Standort angekündigt.", []int{1, 1}},
		// a call to strike announces the strike
		{"T Verdi streikt bei Volkswagen\nWolfsburg – Verdi hat am Montag bei Volkswagen zu einem Streik aufgerufen.", []int{2}},
		{"T Verdi streikt bei Volkswagen\nWolfsburg – Verdi hat am Montag bei Volkswagen zu einem Streiktag aufgerufen.", []int{2}},
		// a plan the next sentence says was announced, on no day of its own
		{"T Volkswagen streicht Stellen\nWolfsburg – Volkswagen will bis 2029 rund 3000 Stellen streichen. Das kündigte Volkswagen an.", []int{3}},
	} {
		f := fx{text: tt.text, date: dec2024, timex: map[string]tx{"am Montag": mon, "2029": {"2029", model.YearInterval(2029), ""}}}
		events, _ := Merge(Extract(0, f.build(t), testActors), testActors)
		checkMentionCounts(t, tt.text, events, tt.mentions)
	}
}

// TestPostHolderActsForOrganisation: a headline's unnamed officer, through
// whom the organisation acts ("Chef der X kündigt Streik an"), is the
// holder the lead names ("Der Chef der X, Y,"): one event, titled by
// him. One who held the post once is not he.
func TestPostHolderActsForOrganisation(t *testing.T) {
	mon := tx{"2024-12-16", dayIv(2024, 12, 16), ""}
	for _, tt := range []struct {
		text, title string
		mentions    []int
	}{
		{"T Chef der Volkswagen kündigt Streik an\nWolfsburg – Der Vorstandschef der Volkswagen, Christian Lindner, hat am Montag zu einem Streik aufgerufen.", "Lindner kündigt Streik an", []int{2}},
		{"T Chef der Volkswagen kündigt Streik an\nWolfsburg – Der frühere Chef der Volkswagen, Christian Lindner, hat am Montag zu einem Streik aufgerufen.", "", []int{1, 1}},
		// two holders of its posts: which one acted the firm does not say
		{"T Chef der Volkswagen kündigt Streik an\nWolfsburg – Der Vorstandschef der Volkswagen, Christian Lindner, hat am Montag zu einem Streik aufgerufen. Der Finanzchef der Volkswagen, Olaf Scholz, widersprach am Montag.", "", []int{1, 1}},
	} {
		f := fx{text: tt.text, date: dec2024, timex: map[string]tx{"am Montag": mon}}
		events, _ := Merge(Extract(0, f.build(t), testActors), testActors)
		checkMentionCounts(t, tt.text, events, tt.mentions)
		if tt.title != "" && len(events) == 1 && events[0].Title != tt.title {
			t.Errorf("%q: title %q, want %q", tt.text, events[0].Title, tt.title)
		}
	}
}

// TestCountedHappeningNamesNoneBefore: "den Abbau von 90 Jobs" in the
// next sentence tells a cut of its own, whose date is not the one before.
func TestCountedHappeningNamesNoneBefore(t *testing.T) {
	late := tx{"2014-12", model.MonthInterval(2014, time.December), ""}
	for _, tt := range []struct {
		text  string
		dated bool // the first sentence's cut takes the second's date
	}{
		{"Volkswagen streicht nun 300 Stellen. Schon im Dezember 2014 hatte der Konzern den Abbau von 90 Jobs bekanntgegeben.", false},
		{"Volkswagen streicht nun 300 Stellen. Den Abbau hatte der Konzern im Dezember 2014 bekanntgegeben.", true},
	} {
		f := fx{text: tt.text, date: dec2024, timex: map[string]tx{"im Dezember 2014": late, "Im Dezember 2014": late}}
		ms := Extract(0, f.build(t), testActors)
		if len(ms) == 0 || ms[0].Sentence != 0 {
			t.Fatalf("%q: no mention of the first sentence: %v", tt.text, ms)
		}
		if got := ms[0].Date == late.iv; got != tt.dated {
			t.Errorf("%q: first mention dated %v (%v), want the second's date: %v", tt.text, ms[0].Date, ms[0].Dating, tt.dated)
		}
	}
}

// checkMentionCounts checks the numbers of mentions of the events of
// text, in ascending order.
func checkMentionCounts(t *testing.T, text string, events []model.Event, want []int) {
	t.Helper()
	var got []int
	for _, e := range events {
		got = append(got, len(e.Mentions))
	}
	slices.Sort(got)
	if !slices.Equal(got, want) {
		t.Errorf("%q: events with %v mentions (%v), want %v", text, got, titles(events), want)
	}
}

// TestStemHashEndings checks the endings stemHash strips against the
// endings tried in turn: the first that ends the word and leaves more
// than three bytes, none after "ss".
func TestStemHashEndings(t *testing.T) {
	strip := func(lower string) string {
		for _, suf := range []string{"en", "es", "n", "s", "e"} {
			if len(lower) > len(suf)+3 && strings.HasSuffix(lower, suf) && !strings.HasSuffix(lower, "ss") {
				return lower[:len(lower)-len(suf)]
			}
		}
		return lower
	}
	fnv := func(w string) uint64 {
		h := uint64(14695981039346656037)
		for i := 0; i < len(w); i++ {
			h ^= uint64(w[i])
			h *= 1099511628211
		}
		return h
	}
	parts := []string{"", "a", "e", "n", "s", "ss", "en", "es", "sn", "ä"}
	for _, a := range parts {
		for _, b := range parts {
			for _, c := range parts {
				for _, d := range parts {
					if w := a + b + c + d; stemHash(w) != fnv(strip(w)) {
						t.Errorf("stemHash(%q) is not the hash of %q", w, strip(w))
					}
				}
			}
		}
	}
}

// TestPlaceWithinPlace: a happening that names no one, placed in a
// country and again in a part of it the text names by the country ("im
// Süden Perus"), is one happening; in two places it is two.
func TestPlaceWithinPlace(t *testing.T) {
	placed := func(m Mention, place string) Mention {
		m.Object, m.ObjectPrep, m.objectRank = place, "in", 1
		return m
	}
	saturday := dayIv(2024, 12, 21)
	weekend := model.Interval{Start: day(2024, 12, 20), End: day(2024, 12, 21)}
	for _, tt := range []struct {
		second string
		rows   int
	}{
		{"Süden Perus", 1},
		{"Peru", 1},
		{"Bolivien", 2},
		{"Süden Boliviens", 2},
		{"Perugia", 2},
	} {
		ms := []Mention{
			placed(mention(t, 0, 0, "disaster", "Erdbeben", weekend, nil), "Peru"),
			placed(mention(t, 0, 5, "disaster", "Erdbeben", saturday, nil), tt.second),
		}
		if events, _ := Merge(ms, testActors); len(events) != tt.rows {
			t.Errorf("Peru and %q: %v, want %d rows", tt.second, titles(events), tt.rows)
		}
	}
}

func TestSamePlace(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"Peru", "Peru", true},
		{"Peru", "Süden Perus", true},
		{"Landkreis Celle", "Celle", true},
		{"Peru", "Perugia", false},
		{"Celle", "Marcelle", false},
		{"Celle", "Celler Land", false},
		{"Peru", "", false},
		{"", "", false},
	} {
		if got := samePlace(tt.a, tt.b); got != tt.want {
			t.Errorf("samePlace(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestPlansOfOtherKinds: plans of different happenings stay apart however
// their days meet and their parties overlap: a firm's planned job cuts
// are not a planned meeting with it.
func TestPlansOfOtherKinds(t *testing.T) {
	may := tx{"2025-05-03", dayIv(2025, 5, 3), ""}
	f := fx{text: "Oracle will am 3. Mai 300 Stellen streichen. Musk will sich am 3. Mai mit Oracle in Berlin treffen.", date: dec2024,
		timex: map[string]tx{"am 3. Mai": may}}
	events, _ := Merge(Extract(0, f.build(t), testActors), testActors)
	if len(events) != 2 {
		t.Errorf("got %v, want the planned cuts and the planned meeting apart", titles(events))
	}
}

// TestWonElection: winning or losing an election named by its compound
// is the election's win or loss ("hat die Bundestagswahl gewonnen").
func TestWonElection(t *testing.T) {
	wantFridayTitles(t, []titleCase{{"Scholz hat am Freitag die Bundestagswahl gewonnen.", "Scholz gewinnt Bundestagswahl"}})
}

// TestHeadlineOfCountedPeople: a headline that names whom an arrest
// befell by a counted noun ("Zwei Verdächtige gefasst") is the lead's
// arrest of them ("Die Polizei hat … zwei Verdächtige festgenommen"):
// one event, the people counted its patient.
func TestHeadlineOfCountedPeople(t *testing.T) {
	events, actors := mergedFriday(t, "T Zwei Verdächtige gefasst\nDie Polizei hat am Freitag zwei Verdächtige festgenommen.")
	if len(events) != 1 {
		t.Fatalf("got %v, want one arrest", titles(events))
	}
	for k, a := range events[0].Actors {
		if actors[a].ID == "unnamed-verdaechtige" && events[0].Roles[k] == model.RolePatient {
			return
		}
	}
	t.Errorf("the arrest's actors %v name no suspects undergoing it", events[0].Actors)
}

// TestUnnamedDeadInTitle: whom a death befell, unnamed, titles it with
// its verb and place ("Mann in Linz gestorben"), not "Tod in Linz".
func TestUnnamedDeadInTitle(t *testing.T) {
	wantFridayTitles(t, []titleCase{{"Ein 67-jähriger Mann starb am Freitag in Linz.", "Mann in Linz gestorben"}})
}

// An event that only its article's day dates shows on or before that
// day, and so does one whose other mentions are nouns that refer back to
// it (dated by it); one that a mention dates by its own words keeps that
// date, and references alone, with no mention dated by the article, keep
// theirs.
func TestEventDateByArticleOnly(t *testing.T) {
	day := model.NewDay(2016, time.February, 23)
	window := model.Interval{Start: day.AddDays(-1), End: day}
	dated := func(d Dating) *Mention {
		m := &Mention{Kind: KindAcquisition, Dating: d}
		m.Date = window
		return m
	}
	mg := &merger{ms: []*Mention{dated(DatedArticle), dated(DatedReference), dated(DatedOwn)}}
	for _, c := range []struct {
		members []int32
		want    model.Interval
	}{
		{[]int32{0}, model.Before(day.AddDays(1))},
		{[]int32{0, 1}, model.Before(day.AddDays(1))},
		{[]int32{1}, window},
		{[]int32{0, 2}, window},
	} {
		if got := mg.eventDate(&cluster{date: window, members: c.members}); got != c.want {
			t.Errorf("members %v: %s, want %s", c.members, got.Label(), c.want.Label())
		}
	}
}

// TestNamedParts: an article that names a company and, with one common
// noun more, its part ("Velmark" and "Velmark Energietechnik", or
// "Velmarks Backstube", "Velmarks Landbrot" after its genitive) tells of
// one company; two articles do not tie them, nor does a place after the
// name.
func TestNamedParts(t *testing.T) {
	table := []model.Actor{
		{ID: "velmark", Name: "Velmark", Kind: model.Organization},
		{ID: "velmark-energietechnik", Name: "Velmark Energietechnik", Kind: model.Organization},
		{ID: "velmark-berlin", Name: "Velmark Berlin", Kind: model.Organization},
		{ID: "velmarks-backstube", Name: "Velmarks Backstube", Kind: model.Organization},
		{ID: "velmarks-landbrot", Name: "Velmarks Landbrot", Kind: model.Organization},
		{ID: "velmark-schweiz", Name: "Velmark Schweiz", Kind: model.Organization},
	}
	dec := model.MonthInterval(2024, time.December)
	insolvency := func(article, sentence, actor int, role model.Role) Mention {
		m := Mention{Kind: KindInsolvency, Noun: "Insolvenz", Specificity: 1, Actors: []int{actor}, Roles: []model.Role{role}}
		m.Article, m.Sentence, m.Date = article, sentence, dec
		m.Start, m.End = sentence*10, sentence*10+5
		return m
	}
	for _, tt := range []struct {
		name  string
		a, b  Mention
		merge bool
	}{
		{"a name and its part in one article", insolvency(0, 0, 0, model.RoleAgent), insolvency(0, 4, 1, model.RolePatient), true},
		{"in two articles", insolvency(0, 0, 0, model.RoleAgent), insolvency(1, 4, 1, model.RolePatient), false},
		{"a place after the name", insolvency(0, 0, 0, model.RoleAgent), insolvency(0, 4, 2, model.RolePatient), false},
		{"a brand named by its maker's genitive", insolvency(0, 0, 0, model.RoleAgent), insolvency(0, 4, 3, model.RolePatient), true},
		{"a brand of a word the lexicon lacks", insolvency(0, 0, 0, model.RoleAgent), insolvency(0, 4, 4, model.RolePatient), true},
		{"a country after the name: the firm's national arm", insolvency(0, 0, 0, model.RoleAgent), insolvency(0, 4, 5, model.RolePatient), true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			events, _ := Merge([]Mention{tt.a, tt.b}, table)
			if merged := len(events) == 1; merged != tt.merge {
				t.Errorf("merged = %v, want %v: %v", merged, tt.merge, titles(events))
			}
		})
	}
}

// TestCourtName: a court is named by a word for one or by the
// Amtsgericht's "AG" before its place; a company's "AG" after its name is
// none.
func TestCourtName(t *testing.T) {
	for name, want := range map[string]bool{
		"Amtsgericht Köln": true, "Handelsgericht": true, "Gericht": true, "Bundesgerichtshof": true,
		"AG Frankfurt": true, "Volkswagen AG": false, "Gerichtsvollzieher Müller": false, "Velmark": false,
	} {
		if got := courtName(name); got != want {
			t.Errorf("courtName(%q) = %v, want %v", name, got, want)
		}
	}
}
