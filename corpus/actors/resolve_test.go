package actors

import (
	"cmp"
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"chronik/corpus/text"
	"chronik/model"
)

// layers returns the text layers of the articles.
func layers(arts []*model.Article) []*text.Doc {
	docs := make([]*text.Doc, len(arts))
	for i, a := range arts {
		docs[i] = text.ForArticle(a)
	}
	return docs
}

// resolveInto resolves the actors of the articles, stores each article's
// mentions in its Actors, as corpus.Build does, and returns the table.
func resolveInto(arts []*model.Article, found [][]Mention) []model.Actor {
	res := Resolve(arts, layers(arts), found)
	for i, a := range arts {
		a.Actors = res.Mentions[i]
	}
	return res.Actors
}

// resolveTexts finds the actors of several test articles and resolves them.
func resolveTexts(texts ...[]string) ([]*model.Article, []model.Actor) {
	var arts []*model.Article
	var found [][]Mention
	for _, lines := range texts {
		a := article(lines...)
		arts = append(arts, a)
		found = append(found, rec.Find(a))
	}
	return arts, resolveInto(arts, found)
}

func actorNamed(actors []model.Actor, name string) (model.Actor, int) {
	for i, a := range actors {
		if a.Name == name {
			return a, i
		}
	}
	return model.Actor{}, -1
}

func TestResolveAcrossArticles(t *testing.T) {
	arts, actors := resolveTexts(
		[]string{"Elon Musk, der Tesla-CEO, traf Donald Trump.", "credit: Foto: picture alliance | Susan Walsh."},
		[]string{"Musk schrieb. Trumps Sprecher schwieg. Später lachte der Tesla-Chef."},
		[]string{"Softbank-CEO Masayoshi Son lobte Softbank. Softbank wächst."},
		[]string{"Sofbank-CEO Masayoshi Son kam. Space X und SpaceX sind eins, Elon Musk gründete SpaceX."},
	)
	musk, mi := actorNamed(actors, "Elon Musk")
	if mi < 0 || musk.Kind != model.Person || !slices.Contains(musk.Aliases, "Musk") || !slices.Contains(musk.Roles, "Tesla-CEO") {
		t.Fatalf("Elon Musk = %+v", musk)
	}
	if _, i := actorNamed(actors, "Musk"); i >= 0 {
		t.Error("Musk is an actor of its own")
	}
	// The role mention of article 1 resolves through the role of article 0.
	found := false
	for _, m := range arts[1].Actors {
		if arts[1].Text[m.Start:m.End] == "Tesla-Chef" && m.Actor == mi && m.Implicit {
			found = true
		}
	}
	if !found {
		t.Errorf("der Tesla-Chef not resolved to Musk: %+v", arts[1].Actors)
	}
	trump, _ := actorNamed(actors, "Donald Trump")
	if !slices.Contains(trump.Aliases, "Trumps") {
		t.Errorf("Donald Trump = %+v", trump)
	}
	if _, i := actorNamed(actors, "Susan Walsh"); i >= 0 {
		t.Error("a photographer became an actor")
	}
	soft, _ := actorNamed(actors, "Softbank")
	if _, i := actorNamed(actors, "Sofbank"); i >= 0 || soft.Kind != model.Organization {
		t.Errorf("Sofbank not merged into Softbank: %+v", actors)
	}
	spacex, _ := actorNamed(actors, "SpaceX")
	if !slices.Contains(spacex.Aliases, "Space X") {
		t.Errorf("SpaceX = %+v", spacex)
	}
	// Indices are valid and mentions in meta blocks are gone.
	for _, a := range arts {
		for _, m := range a.Actors {
			if m.Actor < 0 || m.Actor >= len(actors) {
				t.Fatalf("%+v: actor index out of range", m)
			}
			for _, b := range a.Blocks {
				if b.Kind.IsMeta() && m.Start >= b.Start && m.End <= b.End {
					t.Errorf("mention %q in a meta block", a.Text[m.Start:m.End])
				}
			}
		}
	}
}

func TestResolveAmbiguousSurname(t *testing.T) {
	_, actors := resolveTexts(
		[]string{"Donald Trump sprach."},
		[]string{"Melania Trump sprach."},
		[]string{"Präsident Trump sprach."},
	)
	if _, i := actorNamed(actors, "Trump"); i < 0 {
		t.Errorf("a bare Trump with two full names must stay apart: %+v", actors)
	}
}

// TestBetterName: the fuller name, never a genitive of the other.
func TestBetterName(t *testing.T) {
	for _, tt := range []struct {
		n, cur string
		want   bool
	}{
		{"Angela Merkel", "Merkel", true},
		{"Angela Merkels", "Angela Merkel", false},
		{"Angela Merkel", "Angela Merkels", true},
		{"Bezos'", "Bezos", false},
		{"Merkel", "Angela Merkel", false},
	} {
		if got := betterName(tt.n, tt.cur); got != tt.want {
			t.Errorf("betterName(%q, %q) = %v, want %v", tt.n, tt.cur, got, tt.want)
		}
	}
}

// TestResolveNounSurname: a surname that is also a noun or a place is
// linked within the article that names the person, not in others, where
// the bare word is the noun far more often.
func TestResolveNounSurname(t *testing.T) {
	arts, actors := resolveTexts(
		[]string{"Josef Sommer sprach am Montag. Sommer lachte."},
		[]string{"Im Sommer regnete es. Der Sommer war kalt. Walter Salzburger kam.", "Faycal C. schwieg."},
		[]string{"Der Salzburger Landtag tagte, C wie Cäsar."},
	)
	_, si := actorNamed(actors, "Josef Sommer")
	if si < 0 {
		t.Fatalf("no Josef Sommer: %+v", actors)
	}
	n := 0
	for _, m := range arts[0].Actors {
		if m.Actor == si {
			n++
		}
	}
	if n != 2 {
		t.Errorf("article 0: %d mentions of Josef Sommer, want 2: %+v", n, arts[0].Actors)
	}
	for _, m := range arts[1].Actors {
		if m.Actor == si {
			t.Errorf("the season in article 1 became Josef Sommer: %q", arts[1].Text[m.Start:m.End])
		}
	}
	for _, m := range arts[2].Actors {
		if a := actors[m.Actor]; a.Kind == model.Person {
			t.Errorf("article 2 names no person, got %q as %s", arts[2].Text[m.Start:m.End], a.Name)
		}
	}
}

func TestResolveOrderAndIDs(t *testing.T) {
	found := [][]Mention{{
		{Start: 0, End: 4, Kind: model.Organization, Name: "Meta"},
		{Start: 5, End: 9, Kind: model.Person, Name: "Meta"},
		{Start: 10, End: 14, Kind: model.Person, Name: "Meta"},
		{Start: 15, End: 19, Kind: model.Person, Name: "Anna", Implicit: true},
		{Start: 20, End: 24, Kind: model.Person, Name: "Otto", Meta: true},
	}}
	art := &model.Article{Text: "Meta Meta Meta sie. Otto"}
	actors := resolveInto([]*model.Article{art}, found)
	var got []string
	for _, a := range actors {
		got = append(got, fmt.Sprintf("%s:%s:%d", a.ID, a.Kind, a.Mentions))
	}
	// A name has one kind in the corpus, the kind of most of its
	// mentions.
	want := []string{"meta:person:3"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("actors = %q, want %q (one kind per name; an actor only implicit or only in meta blocks is none)", got, want)
	}
	if len(art.Actors) != 3 {
		t.Errorf("article mentions = %+v", art.Actors)
	}
	again := resolveInto([]*model.Article{art}, found)
	if !reflect.DeepEqual(actors, again) {
		t.Error("Resolve is not deterministic")
	}
}

func TestSameOrgSpelling(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Sofbank", "Softbank", true},
		{"Space X", "SpaceX", true},
		{"Open AI", "OpenAI", true},
		{"Space-X", "SpaceX", true},
		{"Meta", "Beta", false}, // too short to trust one edit
		{"Siemens", "Siemans", true},
		{"Google", "Googol", false},
		{"Oracle", "Miracle", false},
	}
	for _, tt := range tests {
		if got := sameKeySpelling(normKey(tt.a), normKey(tt.b)); got != tt.want {
			t.Errorf("sameKeySpelling(%q, %q) = %v", tt.a, tt.b, got)
		}
	}
}

func TestSlug(t *testing.T) {
	for in, want := range map[string]string{"Donald Trump": "donald-trump", "Weißes Haus": "weisses-haus", "Thomas de Maizière": "thomas-de-maizi\u00e8re", "xAI": "xai", "": "actor",
		"ÜBER ẞ": "ueber-ss", "İstanbul": "istanbul", "ΣΑΣ": "σασ", "a\xffb": "a-b"} {
		if got := slug(in); got != want {
			t.Errorf("slug(%q) = %q, want %q", in, got, want)
		}
	}
	// slug lowers rune by rune: the runes strings.ToLower gives.
	for _, s := range []string{"Donald Trump", "İSTANBUL Σ ẞ ǅ", "a\xff\xfeB", "\u212aelvin", "ＡＢＣ"} {
		var runes []rune
		for _, r := range s {
			runes = append(runes, unicode.ToLower(r))
		}
		if want := []rune(strings.ToLower(s)); !slices.Equal(runes, want) {
			t.Errorf("%q: lowered rune by rune %q, strings.ToLower %q", s, string(runes), string(want))
		}
	}
}

func TestWithinOneEdit(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"softbank", "sofbank", true}, {"sofbank", "softbank", true}, {"softbank", "softbank", true},
		{"softbank", "softbanc", true}, {"softbank", "sftbanc", false}, {"müller", "muller", true},
		{"müller", "möller", true}, {"müller", "müllerin", false}, {"", "a", true}, {"ab", "", false},
		{"straße", "strasse", false}, {"straße", "strase", true},
	} {
		if got := withinOneEdit(c.a, c.b); got != c.want {
			t.Errorf("withinOneEdit(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// TestResolveAcronymAcrossArticles: an acronym joins the one long name of
// its initials when some article names both; where none does, it is as
// likely another body and stays apart.
func TestResolveAcronymAcrossArticles(t *testing.T) {
	long := Mention{Start: 4, End: 24, Kind: model.Organization, Name: "Robert Koch-Institut"}
	both := "Das Robert Koch-Institut warnt. Das RKI warnt."
	for _, tt := range []struct {
		name  string
		arts  []*model.Article
		found [][]Mention
		want  []string
	}{
		{"an article names both",
			[]*model.Article{{Text: both}, {Text: "Das RKI warnt, die EZB auch."}},
			[][]Mention{{long, {Start: 36, End: 39, Kind: model.Organization, Name: "RKI"}},
				{{Start: 4, End: 7, Kind: model.Organization, Name: "RKI"}, {Start: 18, End: 21, Kind: model.Organization, Name: "EZB"}}},
			[]string{"EZB", "Robert Koch-Institut"}},
		{"no article names both",
			[]*model.Article{{Text: "Das Robert Koch-Institut warnt."}, {Text: "Das RKI warnt, die EZB auch."}},
			[][]Mention{{long}, {{Start: 4, End: 7, Kind: model.Organization, Name: "RKI"}, {Start: 18, End: 21, Kind: model.Organization, Name: "EZB"}}},
			[]string{"EZB", "RKI", "Robert Koch-Institut"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var names []string
			for _, a := range resolveInto(tt.arts, tt.found) {
				names = append(names, a.Name)
			}
			slices.Sort(names)
			if !slices.Equal(names, tt.want) {
				t.Errorf("actors %q, want %q", names, tt.want)
			}
		})
	}
}

// resolveTagged resolves articles whose people and organisations are
// given, as if the tagger had found them: every occurrence of each name
// (the longer names first) is a mention named so; the name of an
// organisation is written before " = " when an article names it so
// otherwise ("IS = Islamischer Staat").
func resolveTagged(arts []taggedArticle) []model.Actor {
	var as []*model.Article
	var found [][]Mention
	for _, ta := range arts {
		a := article(ta.text)
		var ms []Mention
		taken := make([]bool, len(a.Text))
		kinds := map[string]model.ActorKind{}
		names := map[string]string{}
		for _, n := range ta.people {
			kinds[n], names[n] = model.Person, n
		}
		for _, n := range ta.orgs {
			w, name, ok := strings.Cut(n, " = ")
			if !ok {
				name = w
			}
			kinds[w], names[w] = model.Organization, name
		}
		written := slices.Collect(maps.Keys(kinds))
		slices.SortStableFunc(written, func(x, y string) int { return cmp.Or(len(y)-len(x), strings.Compare(x, y)) })
		for _, n := range written {
			for off := 0; ; {
				i := strings.Index(a.Text[off:], n)
				if i < 0 {
					break
				}
				start, end := off+i, off+i+len(n)
				off = end
				if !slices.Contains(taken[start:end], true) {
					for k := start; k < end; k++ {
						taken[k] = true
					}
					ms = append(ms, Mention{Start: start, End: end, Kind: kinds[n], Name: names[n]})
				}
			}
		}
		slices.SortFunc(ms, func(x, y Mention) int { return x.Start - y.Start })
		as = append(as, a)
		found = append(found, ms)
	}
	return resolveInto(as, found)
}

type taggedArticle struct {
	text         string
	people, orgs []string
}

func TestResolveSurnames(t *testing.T) {
	tests := []struct {
		name     string
		arts     []taggedArticle
		actor    string
		mentions int
		aliases  []string
	}{{
		name: "a club read as a person keeps its city apart",
		arts: []taggedArticle{
			{"Der Stürmer spielte früher für Lokomotiv Brenzburg.", []string{"Lokomotiv Brenzburg"}, nil},
			{"Brenzburg wies die Vorwürfe zurück.", []string{"Brenzburg"}, nil},
			{"Die Reise führte nach Brenzburg.", nil, nil},
		},
		actor: "Lokomotiv Brenzburg", mentions: 1,
	}, {
		name: "a person's surname joins the full name",
		arts: []taggedArticle{
			{"Karin Brenzel wurde gewählt.", []string{"Karin Brenzel"}, nil},
			{"Brenzel wies die Vorwürfe zurück.", []string{"Brenzel"}, nil},
			{"Die Reise führte zu Brenzel.", nil, nil},
		},
		actor: "Karin Brenzel", mentions: 3, aliases: []string{"Brenzel"},
	}, {
		name: "a surname with particles joins the full name",
		arts: []taggedArticle{
			{"Anton Van der Brenzel wurde gewählt.", []string{"Anton Van der Brenzel"}, nil},
			{"Van der Brenzel wies die Vorwürfe zurück.", []string{"Van der Brenzel"}, nil},
		},
		actor: "Anton Van der Brenzel", mentions: 2, aliases: []string{"Van der Brenzel"},
	}, {
		name: "a surname after a particle and hyphen joins the full name",
		arts: []taggedArticle{
			{"Karim al-Brenzeh wurde gewählt.", []string{"Karim al-Brenzeh"}, nil},
			{"Brenzeh wies die Vorwürfe zurück.", []string{"Brenzeh"}, nil},
		},
		actor: "Karim al-Brenzeh", mentions: 2, aliases: []string{"Brenzeh"},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, i := actorNamed(resolveTagged(tt.arts), tt.actor)
			if i < 0 || a.Mentions != tt.mentions || !slices.Equal(a.Aliases, tt.aliases) {
				t.Errorf("%s = %+v, want %d mentions, aliases %q", tt.actor, a, tt.mentions, tt.aliases)
			}
		})
	}
}

func TestResolveBareSurnameElsewhere(t *testing.T) {
	named := taggedArticle{"Karin Brenzel startet heute.", []string{"Karin Brenzel"}, nil}
	bare := taggedArticle{"Wer Brenzel nutzt, zahlt weniger.", nil, nil}
	tests := []struct {
		name        string
		named, bare int // articles that name her in full, that have the bare surname only
		mentions    int
	}{
		{"named once, three bare: the person", 1, 3, 4},
		{"named once, four bare: the word", 1, 4, 1},
		{"named twice, four bare: the person", 2, 4, 6},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var arts []taggedArticle
			for range tt.named {
				arts = append(arts, named)
			}
			for range tt.bare {
				arts = append(arts, bare)
			}
			if a, i := actorNamed(resolveTagged(arts), "Karin Brenzel"); i < 0 || a.Mentions != tt.mentions {
				t.Errorf("Karin Brenzel = %+v, want %d mentions", a, tt.mentions)
			}
		})
	}
}

// TestResolveBareSurnameInLongerName: a surname right before a word that
// is neither known nor common nor a surname opens a longer name ("South
// Carolina" where "Joe South" is named elsewhere): no mention of the
// person, though it counts among the bare uses of the word; a genitive
// before the noun it owns is the person.
func TestResolveBareSurnameInLongerName(t *testing.T) {
	named := taggedArticle{"Karin Brenzel startet heute.", []string{"Karin Brenzel"}, nil}
	place := taggedArticle{"Wer nach Brenzel Kalvania reist, zahlt weniger.", nil, nil}
	owner := taggedArticle{"Brenzels Wohltätigkeitsorganisation hilft.", nil, nil}
	bare := taggedArticle{"Wer Brenzel nutzt, zahlt weniger.", nil, nil}
	tests := []struct {
		name     string
		arts     []taggedArticle
		mentions int
	}{
		{"a longer name, a genitive", []taggedArticle{named, place, owner}, 2},
		{"three longer names and a bare word: the word", []taggedArticle{named, place, place, place, bare}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if a, i := actorNamed(resolveTagged(tt.arts), "Karin Brenzel"); i < 0 || a.Mentions != tt.mentions {
				t.Errorf("Karin Brenzel = %+v, want %d mentions", a, tt.mentions)
			}
		})
	}
}

func TestResolveAcronymOfLongNames(t *testing.T) {
	union := taggedArticle{"Die Brenzer Sportunion wächst.", nil, []string{"Brenzer Sportunion"}}
	unionBS := taggedArticle{"Die Brenzer Sportunion (BS) wächst.", nil, []string{"Brenzer Sportunion", "BS = Brenzer Sportunion"}}
	senate := taggedArticle{"Der Brenzer Senat tagte.", nil, []string{"Brenzer Senat"}}
	bank := taggedArticle{"Die Bank of Sportia meldet Verluste.", nil, []string{"Bank of Sportia = BS"}}
	bare := taggedArticle{"Die BS gewann.", nil, []string{"BS"}}
	tests := []struct {
		name   string
		arts   []taggedArticle
		joined bool // whether the bare acronym joins the Brenzer Sportunion
	}{
		{"one long name is written with the acronym", []taggedArticle{unionBS, senate, bare}, true},
		{"no long name is written with the acronym", []taggedArticle{union, senate, bare}, false},
		{"an acronym an article spells out otherwise", []taggedArticle{union, bank, bare}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			actors := resolveTagged(tt.arts)
			_, bs := actorNamed(actors, "BS")
			if a, i := actorNamed(actors, "Brenzer Sportunion"); i < 0 || (bs < 0) != tt.joined {
				t.Errorf("Brenzer Sportunion = %+v, BS an actor of its own: %v, want %v", a, bs >= 0, !tt.joined)
			}
		})
	}
}

// isParticle reads a particle in any case, and asks without allocating:
// every capitalised name the tagger finds asks it.
func TestIsParticle(t *testing.T) {
	tests := []struct {
		w    string
		want bool
	}{
		{"Van", true},
		{"van", true},
		{"DER", true},
		{"Bellen", false},
		{"Ödegaard", false},
	}
	for _, tt := range tests {
		if got := isParticle(tt.w); got != tt.want {
			t.Errorf("isParticle(%q) = %v, want %v", tt.w, got, tt.want)
		}
		// A copy each time would be 1; the shared cache may lose the word
		// to another goroutine once in a while.
		if n := testing.AllocsPerRun(10, func() { isParticle(tt.w) }); n >= 1 {
			t.Errorf("isParticle(%q) allocates %v times", tt.w, n)
		}
	}
}

// TestCapitalWords: the words Resolve reads once the text layers are
// released are the capitalised ones outside the article's mentions, a
// compound as one word; resolving from them after Release gives what
// Resolve gives from the layers.
func TestCapitalWords(t *testing.T) {
	for _, tc := range []struct {
		lines []string
		want  []string
	}{
		{[]string{"Gestern sprach Jonas Vielhaber im Rathaus über Brücken."}, []string{"Gestern", "Rathaus", "Brücken"}},
		{[]string{"die Kröger-Werke liefern nach Tallinn, sagte sie."}, []string{"Kröger-Werke", "Tallinn"}},
		{[]string{"kein großes wort hier."}, nil},
		// an adjective opening a sentence as an adverb of time is no name
		{[]string{"Kurz vor Mitternacht kam Jonas Kurz an. Kurz sagte nichts."}, []string{"Mitternacht"}},
		// and a declined one before a noun is that noun's
		{[]string{"Neuer Trainer wird Jonas Neuer. Neuer sagte nichts."}, []string{"Trainer"}},
		// a word after an article written with a capital is part of a name
		{[]string{"Das in Den Brenzel ansässige Amt tagte."}, []string{"Das", "Den", "Amt"}},
	} {
		a := article(tc.lines...)
		doc := text.ForArticle(a)
		found := rec.FindIn(a, doc)
		var got []string
		for _, w := range CapitalWords(a, doc, found) {
			got = append(got, a.Text[w.start:w.end])
		}
		doc.Release()
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: words %q, want %q (mentions %+v)", tc.lines, got, tc.want, found)
		}
	}

	arts := []*model.Article{
		article("Die Ministerin Katrin Obermaier besuchte Passau. Katrin Obermaier blieb."),
		article("Der Plan von Obermaier steht. Die Obermaier-Pläne stehen."),
	}
	var found [][]Mention
	caps := make([]Words, len(arts))
	for i, a := range arts {
		doc := text.ForArticle(a)
		found = append(found, rec.FindIn(a, doc))
		caps[i] = CapitalWords(a, doc, found[i])
		doc.Release()
	}
	text.ForArticle(article("Ein anderer Text überschreibt, was frei wurde: Hamburg, Bremen, Kiel.")).Release()
	want := Resolve(arts, layers(arts), found)
	if len(want.Mentions[1]) <= len(found[1]) {
		t.Fatalf("no bare surname added: %+v", want.Mentions[1])
	}
	if got := ResolveWords(arts, caps, found); !reflect.DeepEqual(got, want) {
		t.Errorf("ResolveWords = %+v\nResolve = %+v", got, want)
	}
}

// resolvePeople resolves articles of one sentence each, "<name> kam.",
// whose name the finder reports as a person, as written.
func resolvePeople(texts []string) []model.Actor {
	var arts []*model.Article
	var found [][]Mention
	for _, s := range texts {
		name := strings.TrimSuffix(s, " kam.")
		arts = append(arts, article(s))
		found = append(found, []Mention{{Start: 0, End: len(name), Kind: model.Person, Name: name}})
	}
	return resolveInto(arts, found)
}

// TestResolveSpellingsOfOnePerson: articles write one person's name with
// blanks, hyphens, capitals and doubled blanks of their own; each is the
// same actor, named as most mentions write it, and a bare surname
// elsewhere joins it (with two "full names" it stayed apart).
func TestResolveSpellingsOfOnePerson(t *testing.T) {
	texts := []string{
		"Hans-Peter Berger kam.",
		"Hans Peter Berger kam.",
		"Hans Peter  Berger kam.",
		"Anna de Vries kam.",
		"Anna De Vries kam.",
		"Berger kam.",
	}
	actors := resolvePeople(texts)
	var names []string
	for _, a := range actors {
		names = append(names, fmt.Sprintf("%s (%d)", a.Name, a.Mentions))
	}
	slices.Sort(names)
	if want := []string{"Anna de Vries (2)", "Hans Peter Berger (4)"}; !slices.Equal(names, want) {
		t.Errorf("actors %q, want %q", names, want)
	}
}

// TestResolveMarkedSpellings: a foreign name written with its letters'
// marks and without is one person, and so is its surname alone.
func TestResolveMarkedSpellings(t *testing.T) {
	texts := []string{"Anna Demirtaş kam.", "Anna Demirtaş kam.", "Anna Demirtas kam.", "Demirtas kam."}
	actors := resolvePeople(texts)
	if len(actors) != 1 || actors[0].Name != "Anna Demirtaş" || actors[0].Mentions != 4 {
		t.Errorf("actors %+v, want Anna Demirtaş of four mentions", actors)
	}
}

// TestResolveLegalForms: a release names a company with its legal form
// in its first sentence and without it in its headline and later
// paragraphs; both are one company, across the corpus.
func TestResolveLegalForms(t *testing.T) {
	tests := []struct {
		name  string
		arts  []taggedArticle
		apart []string // names that must stay actors of their own
	}{{
		name: "a limited company and its short name",
		arts: []taggedArticle{
			{"Die Velmark GmbH hat die Korvex übernommen.", nil, []string{"Velmark GmbH", "Korvex"}},
			{"Velmark wächst.", nil, []string{"Velmark"}},
		},
	}, {
		name: "a partnership's forms after the name",
		arts: []taggedArticle{
			{"Velmark übernimmt Korvex.", nil, []string{"Velmark", "Korvex"}},
			{"Die Velmark Group GmbH & Co. KG wächst.", nil, []string{"Velmark Group GmbH & Co. KG"}},
		},
	}, {
		name: "another word before the form is another company",
		arts: []taggedArticle{
			{"Die Velmark Bank AG hat die Korvex übernommen.", nil, []string{"Velmark Bank AG", "Korvex"}},
			{"Velmark wächst.", nil, []string{"Velmark"}},
		},
		apart: []string{"Velmark"},
	}, {
		name: "a person of the short name is no company",
		arts: []taggedArticle{
			{"Die Velmark AG hat die Korvex übernommen.", nil, []string{"Velmark AG", "Korvex"}},
			{"Karl Velmark wächst.", []string{"Karl Velmark"}, nil},
		},
		apart: []string{"Karl Velmark"},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			actors := resolveTagged(tt.arts)
			var velmark []string
			for _, a := range actors {
				if strings.Contains(a.Name, "Velmark") {
					velmark = append(velmark, a.Name)
				}
			}
			if want := 1 + len(tt.apart); len(velmark) != want {
				t.Errorf("actors %q, want %d", velmark, want)
			}
			for _, n := range tt.apart {
				if !slices.Contains(velmark, n) {
					t.Errorf("%s is no actor of its own: %q", n, velmark)
				}
			}
		})
	}
}

func TestDeletions(t *testing.T) {
	for _, s := range []string{"", "a", "abc", "Müller", "größer", "x€y"} {
		var want []string
		for i, r := range s {
			want = append(want, s[:i]+s[i+utf8.RuneLen(r):])
		}
		if got := deletions(s); !slices.Equal(got, want) {
			t.Errorf("deletions(%q) = %q, want %q", s, got, want)
		}
	}
}
