package events

import (
	"slices"
	"testing"

	"chronik/model"
)

func TestRoles(t *testing.T) {
	const (
		ag = model.RoleAgent
		pa = model.RolePatient
		pp = model.RoleParticipant
	)
	tests := []struct {
		sentence string
		actors   []string
		roles    []model.Role
	}{
		// active and passive tell one ban with the same roles
		{"Facebook sperrte Trump.", []string{"facebook", "donald-trump"}, []model.Role{ag, pa}},
		{"Trump wurde von Facebook gesperrt.", []string{"facebook", "donald-trump"}, []model.Role{ag, pa}},
		{"Trump ist durch Facebook gesperrt worden.", []string{"facebook", "donald-trump"}, []model.Role{ag, pa}},
		// a date before "von" takes no attribute: who acted
		{"Trump wurde am Montag von Facebook gesperrt.", []string{"facebook", "donald-trump"}, []model.Role{ag, pa}},
		// a participle that is also the preterite's plural ("erschossen")
		// is the participle beside an auxiliary
		{"Scholz wurde am Montag in Linz erschossen.", []string{"olaf-scholz"}, []model.Role{pa}},
		// in a passive, a phrase right before the participle after its
		// subject is the agent; after a noun a preposition governs, or as
		// a later item of a list, it is not
		{"Am Montag wurde das Werk von Oracle verkauft.", []string{"oracle"}, []model.Role{ag}},
		{"Am Montag wurde Trump in der Nähe von Oracle festgenommen.", []string{"donald-trump"}, []model.Role{pa}},
		// who is denied a part takes none
		{"Das Werk wurde am Montag nicht von Meta verkauft, sondern von Oracle.", []string{"oracle"}, []model.Role{ag}},
		// a plural of people without an article right after the verb is
		// its subject: the actor after it is its object
		{"Am Montag griffen Soldaten die Firma Oracle an.", []string{"oracle"}, []model.Role{pa}},
		// the object before the subject, after the verb
		{"Gestern sperrte Facebook Trump.", []string{"facebook", "donald-trump"}, []model.Role{ag, pa}},
		{"Facebook hat Trumps Konto gesperrt.", []string{"facebook", "donald-trump"}, []model.Role{ag, pa}},
		// in the active, a "durch" after a noun is the noun's, not the verb's doer
		{"Scholz hat am Montag die Übernahme von Meta durch Oracle gebilligt.", []string{"olaf-scholz"}, []model.Role{ag}},
		// after a passive, a later clause's subject named after its own verb undergoes nothing
		{"Das Verbot war am Montag von Oracle gekippt worden, danach dachte Musk über ein neues nach.", []string{"oracle"}, []model.Role{ag}},
		// a name the actors do not know before the finite verb is its
		// subject: the actor after the verb is its object; one word
		// there is as often an adverb, and a phrase with a number the
		// object
		{"Rapid Wien hat Trainer Scholz entlassen.", []string{"olaf-scholz"}, []model.Role{pa}},
		{"Gestern hat Trainer Scholz den Spieler Musk entlassen.", []string{"olaf-scholz", "elon-musk"}, []model.Role{ag, pa}},
		{"Zwei Millionen Euro hat Oracle in das Werk investiert.", []string{"oracle"}, []model.Role{ag}},
		// whom a new holder of a post follows takes part in the happening
		{"Scholz wird Nachfolger von Musk.", []string{"olaf-scholz", "elon-musk"}, []model.Role{ag, pp}},
		// who must pay a fine is the one punished
		{"Volkswagen muss eine Strafe von 105 Millionen Dollar zahlen.", []string{"volkswagen"}, []model.Role{pa}},
		{"Musk muss am Montag 200 Euro Strafe bezahlen.", []string{"elon-musk"}, []model.Role{pa}},
		// a noun phrase that names no actor is the subject
		{"Die Plattform sperrte Trump.", []string{"donald-trump"}, []model.Role{pa}},
		// unless it is a plural before a verb in the singular: the name
		// after the verb is the subject, the plural its object
		{"Die Ermittlungen leitete Oracle am Montag ein.", []string{"oracle"}, []model.Role{ag}},
		{"Die Ermittler leiteten Ermittlungen gegen Oracle ein.", []string{"oracle"}, []model.Role{pa}},
		// the subject of another verb's segment undergoes nothing of a
		// passive after it; a participle-like adjective there is no verb
		{"Oracle schwieg am Montag, ein Manager wurde festgenommen.", []string{"oracle"}, []model.Role{pp}},
		// people's "von" phrase before a passive's participle is whose
		// they are, no agent (after a thing's noun an organisation's is
		// one: "wurde die Sondersteuer vom Landtag abgeschafft")
		{"Am Montag wurden zwei Mitarbeiter von Oracle festgenommen.", nil, nil},
		// a name's bracketed short form does not part it from the
		// next name of the same phrase
		{"Oracle (ORCL) und Facebook sperrten am Montag Trump.", []string{"oracle", "facebook", "donald-trump"}, []model.Role{ag, ag, pa}},
		// a subject pronoun right after a clause's conjunction is its
		// subject: the name after it is the object
		{"Die Polizei teilte mit, dass sie Musk am Montag festgenommen habe.", []string{"elon-musk"}, []model.Role{pa}},
		{"Am Montag wurde Musk mit einer bewaffneten Gruppe, die geflohen war, festgenommen.", []string{"elon-musk"}, []model.Role{pa}},
		// an opening phrase that goes on with "und" to a name is that name's
		{"Der Unternehmer und Investor Musk hat am Montag Scholz entlassen.", []string{"elon-musk", "olaf-scholz"}, []model.Role{ag, pa}},
		// after a dateline, a noun that names no one before the finite verb is the subject
		{"Linz – Die Polizei hat am Montag Musk festgenommen.", []string{"elon-musk"}, []model.Role{pa}},
		// with "man" the subject, whoever the clause names underwent it
		{"Am Montag hat man Musk in Linz festgenommen.", []string{"elon-musk"}, []model.Role{pa}},
		{"Scholz nahm man am Montag fest.", []string{"olaf-scholz"}, []model.Role{pa}},
		// a headline's passive without its auxiliary
		{"T Musk in Berlin festgenommen", []string{"elon-musk"}, []model.Role{pa}},
		// a passive's participle after an apposition is still its own:
		// the name before the comma underwent it
		{"Zum Verwalter wurde am Montag Musk, ein Anwalt aus Berlin, bestellt.", []string{"elon-musk"}, []model.Role{pa}},
		// a headline's institution without its article, before its verb,
		// is the subject: whom the verb names after it underwent it, also
		// where the verb is a participle's form too ("verurteilt")
		{"T Polizei nimmt Musk in Berlin fest", []string{"elon-musk"}, []model.Role{pa}},
		{"T Gericht verurteilt Musk zu drei Jahren Haft", []string{"elon-musk"}, []model.Role{pa}},
		// the subject of a later segment with its own verb takes no part
		{"Oracle verkaufte Meta am Montag ein Rechenzentrum, der Konzern Volkswagen erhält einen Auftrag.", []string{"oracle", "volkswagen", "meta"}, []model.Role{ag, pp, pa}},
		// whom an announced happening befalls, named after its noun, undergoes it
		{"Oracle verkündete am Montag die Übernahme des Autobauers Volkswagen.", []string{"oracle", "volkswagen"}, []model.Role{ag, pa}},
		{"Oracle gab am Montag die Übernahme von Volkswagen bekannt.", []string{"oracle", "volkswagen"}, []model.Role{ag, pa}},
		// coordinated subjects act together
		{"Musk und Altman kritisierten Scholz.", []string{"elon-musk", "sam-altman", "olaf-scholz"}, []model.Role{ag, ag, pa}},
		// one person is no subject of a verb in the plural; one of
		// several who act together is
		{"Viele, die Scholz kritisiert hatten, schwiegen.", []string{"olaf-scholz"}, []model.Role{pa}},
		{"Scholz und zwei weitere Minister hatten Musk kritisiert.", []string{"olaf-scholz", "elon-musk"}, []model.Role{ag, pa}},
		{"Scholz hat Musk kritisiert, zwei Wochen davon sind vergessen.", []string{"olaf-scholz", "elon-musk"}, []model.Role{ag, pa}},
		// "unter anderem" is an adverb, no preposition of the name after it
		{"Unter anderem Musk hatte Scholz am Montag kritisiert.", []string{"elon-musk", "olaf-scholz"}, []model.Role{ag, pa}},
		// no one makes a storm: who runs into it undergoes it
		{"Der Frachter Oracle ist am Montag vor Kuba in einen Hurrikan geraten.", []string{"oracle"}, []model.Role{pa}},
		// a place alone before the finite verb is its subject, a state or a town that acts
		{"Linz hat am Montag Scholz ausgezeichnet.", []string{"olaf-scholz"}, []model.Role{pa}},
		// who died in an accident suffered it
		{"Scholz ist am Montag bei einem Unfall gestorben.", []string{"olaf-scholz"}, []model.Role{pa}},
		// an announcement takes where what it announces happens, as its own clause says
		{"Volkswagen teilte am Montag mit, bei Oracle 500 Stellen zu streichen.", []string{"volkswagen", "oracle"}, []model.Role{ag, pp}},
		// an insolvency is of whom proceedings are opened "über", whoever applied
		{"Die Bundesregierung hat ein Insolvenzverfahren über Volkswagen beantragt.", []string{"bundesregierung", "volkswagen"}, []model.Role{ag, pa}},
		// a broadcaster in a note of when to watch takes no part
		{"Lindner traf am Sonntag Scholz in Berlin (14 Uhr, Fox News).", []string{"christian-lindner", "olaf-scholz"}, []model.Role{pp, pp}},
		// a meeting has participants only
		{"Zuckerberg traf Trump in Florida.", []string{"mark-zuckerberg", "donald-trump"}, []model.Role{pp, pp}},
		// a relative pronoun is no article of the name after it; the main
		// clause's subject takes part, the relative clause's acts
		{"Scholz, dem Musk mit einer Klage gedroht hatte, reiste ab.", []string{"elon-musk", "olaf-scholz"}, []model.Role{ag, pp}},
		// "der" after the subject is no object: a dative
		{"Scholz verkaufte der New York Times eine Geschichte.", []string{"olaf-scholz", "new-york-times"}, []model.Role{ag, pp}},
		// a noun phrase before a colon is no subject
		{"Die Fassung: Musk habe Scholz kritisiert, schrieb Altman.", []string{"sam-altman"}, []model.Role{ag}},
		// a party in parentheses after a name is no actor of its own
		{"Scholz (Verdi) kritisierte Musk.", []string{"olaf-scholz", "elon-musk"}, []model.Role{ag, pa}},
		// whose thing a ban is aimed at undergoes it
		{"Facebook hat das Konto von Trump gesperrt.", []string{"facebook", "donald-trump"}, []model.Role{ag, pa}},
		// the other party of a dispute a lawsuit is told in
		{"Im Streit mit Musk hat Altman den Autor verklagt.", []string{"sam-altman", "elon-musk"}, []model.Role{ag, pa}},
		// who reports a happening takes no part in it
		{"Verdi habe Volkswagen am Montag verklagt, berichtete die New York Times.", []string{"verdi", "volkswagen"}, []model.Role{ag, pa}},
		// "gegen" names whom a lawsuit is against
		{"Musk reichte eine Klage gegen OpenAI ein.", []string{"elon-musk", "openai"}, []model.Role{ag, pa}},
		// whose thing a ban is aimed at undergoes it in a subordinate
		// clause too; the owner of who acts takes part
		{"Der Streit blieb offen, weil Zuckerbergs Firma Meta Trumps Konto gesperrt hatte.", []string{"meta", "mark-zuckerberg", "donald-trump"}, []model.Role{ag, pp, pa}},
		// "sein" with the participle of what is done to someone: its
		// subject underwent it; not a perfect with "haben", nor a copula
		// of another segment
		{"Angeklagt ist seit Montag auch Musk.", []string{"elon-musk"}, []model.Role{pa}},
		{"Facebook hatte Trump gesperrt und war zufrieden.", []string{"facebook", "donald-trump"}, []model.Role{ag, pa}},
		{"Musk verurteilt Scholz zu zwei Monaten Haft, vier Wochen davon sind bedingt.", []string{"elon-musk", "olaf-scholz"}, []model.Role{ag, pa}},
		// "gegen" in the passive names whom it is against
		{"Gegen Scholz wurde Haftbefehl erlassen.", []string{"olaf-scholz"}, []model.Role{pa}},
		// a speech tag after a passive it quotes is active, its name the subject
		{"Eine solche Härte wird nicht toleriert, kritisiert Ministerin Scholz.", []string{"olaf-scholz"}, []model.Role{ag}},
		// in the passive, whom the one it befell speaks for does not undergo it
		{"Am Montag wurde der Sprecher des Konzerns Meta getötet.", []string{"meta"}, []model.Role{pp}},
		// a list of deeds after a comma is no speech tag
		{"Das Landgericht München gab dem Antrag statt, verbot den Protest und schickte die Fahrer nach Hause.", []string{"landgericht"}, []model.Role{ag}},
		// who dies undergoes it; nobody does it
		{"Musk starb 1971, zwanzig Jahre danach Scholz.", []string{"elon-musk", "olaf-scholz"}, []model.Role{pa, pa}},
		// the subject of the clause a relative one hangs on did not die
		{"Auf Scholz, der im Amt starb, folgte Lindner.", []string{"olaf-scholz", "christian-lindner"}, []model.Role{pa, pp}},
		// a name between commas after a role stands where the role stands;
		// the body the role is of is where the named one holds it, not
		// whom the happening is against too
		{"In Berlin ermittelt die Staatsanwaltschaft gegen den Chef der Gewerkschaft Verdi, Olaf Scholz, wegen Betrugs.", []string{"olaf-scholz"}, []model.Role{pa}},
		// a speech tag whose speaker is named right after its verb, however long it runs
		{"Vor allem gehe Trump den Vorwürfen nicht nach, kritisierte Olaf Scholz am Montag bei der Vorstellung seines neuen Berichts vor dem Bundestag in Berlin und in Bonn.", []string{"olaf-scholz", "donald-trump"}, []model.Role{ag, pa}},
		// a name between commas after the opening phrase is its subject's
		{"Der Gouverneur der Provinz, Prinz Olaf Scholz, ordnete am Montag eine Untersuchung an.", []string{"olaf-scholz"}, []model.Role{ag}},
		{"Der Anwalt der Stadt, Olaf Scholz, schwieg am Montag, Bürgermeister Lindner ordnete eine Untersuchung an.", []string{"christian-lindner", "olaf-scholz"}, []model.Role{ag, pp}},
		// a second relative clause joined by "und" has actors of its own
		{"Der Streit, der nach dem Sturz des Kanzlers Scholz heftiger wurde und in dem auch die in Syrien tätige Firma Volkswagen mitredet, hält an.", []string{"olaf-scholz"}, []model.Role{pa}},
		{"Trumps Verhältnis zu Zuckerberg blieb gespannt, etwa weil Zuckerbergs Firma Meta nach dem Streit ums Weiße Haus Trumps Konto gesperrt hatte.", []string{"meta", "mark-zuckerberg", "donald-trump"}, []model.Role{ag, pp, pa}},
		// who survived a happening named by its noun underwent it; who
		// saw, told or bore it took no part
		{"Scholz überlebte am Montag in Linz den Anschlag auf Meta.", []string{"meta", "olaf-scholz"}, []model.Role{pp, pa}},
		{"Scholz beobachtete am Montag in Linz den Überfall auf Meta.", []string{"meta"}, []model.Role{pp}},
		// who was hurt in it, or fell victim to it, underwent it
		{"Scholz wurde am Montag bei dem Anschlag in Linz verletzt.", []string{"olaf-scholz"}, []model.Role{pa}},
		{"Scholz wurde am Montag in Linz Opfer eines Überfalls.", []string{"olaf-scholz"}, []model.Role{pa}},
		{"Scholz gedachte am Montag in Linz der Opfer des Anschlags.", nil, nil},
		// who regrets, solves or watches it did not do it, a body neither
		{"Scholz bedauerte am Montag den Rücktritt von Lindner.", []string{"christian-lindner"}, []model.Role{pp}},
		{"Scholz klärte am Montag in Linz den Mord an Lindner auf.", []string{"christian-lindner"}, []model.Role{pa}},
		// whom the happening of a phrase of its own befell takes no part
		// in the verb's; as the verb's object it is the verb's
		{"Lindner ist am Montag nach dem Mord an Scholz zurückgetreten.", []string{"christian-lindner"}, []model.Role{ag}},
		{"Oracle hat am Montag Anklage gegen Scholz erhoben.", []string{"oracle", "olaf-scholz"}, []model.Role{ag, pa}},
		// (the "von" of an arrest or a takeover undergoes it)
		{"Scholz erfuhr am Montag von der Festnahme von Lindner.", []string{"christian-lindner"}, []model.Role{pa}},
		{"Scholz verschwieg am Montag die Übernahme von Meta.", []string{"meta"}, []model.Role{pa}},
		// so it does whatever the voice of the clause's verb; who did it
		// comes with "durch"
		{"Die Übernahme von Meta durch Oracle ist am Montag abgeschlossen worden.", []string{"oracle", "meta"}, []model.Role{ag, pa}},
		{"Am Montag hat Oracle die Übernahme von Meta abgeschlossen.", []string{"oracle", "meta"}, []model.Role{ag, pa}},
		// before a main clause's finite verb stands one phrase: its
		// "durch" is its noun's, not who approved
		{"Die Übernahme von Meta durch Oracle wurde am Montag in Linz genehmigt.", nil, nil},
		// a person's noun with "der" or "ein" after the finite verb is
		// its subject, and the name after it the object
		{"Am Montag verklagte der Anwalt Oracle.", []string{"oracle"}, []model.Role{pa}},
		// a -te form after the article and noun that open the clause is
		// its finite verb, and the name after it the subject
		{"Einen Scheck überreichte Olaf Scholz am Montag in Linz.", []string{"olaf-scholz"}, []model.Role{ag}},
		{"Einen neuen Scheck überreichte Olaf Scholz am Montag in Linz.", []string{"olaf-scholz"}, []model.Role{ag}},
		// a name apposed after a comma stands where its nearest role or
		// office stands: the mayor, in the dative, received it
		{"Einen Scheck überreichte Olaf Scholz dem Bürgermeister der Gemeinde Linz, Christian Lindner.", []string{"olaf-scholz", "christian-lindner"}, []model.Role{ag, pp}},
		// whom a sale or a handover went to, in the dative, received it
		{"Am Montag verkaufte Oracle dem Konzern Meta eine Sparte.", []string{"oracle", "meta"}, []model.Role{ag, pp}},
		// who strikes or founds does it; the employer struck and what was
		// founded undergo it
		{"Die Gewerkschaft Verdi streikte am Montag bei Oracle.", []string{"verdi", "oracle"}, []model.Role{ag, pa}},
		{"Olaf Scholz gründete am Montag die Firma Meta.", []string{"olaf-scholz", "meta"}, []model.Role{ag, pa}},
		{"Die Gründung von Meta durch Olaf Scholz erfolgte am Montag in Linz.", []string{"olaf-scholz", "meta"}, []model.Role{ag, pa}},
		// a tweet's hashtag stands between a name and its preposition
		{"Die Übernahme von #Meta durch #Oracle ist am Montag abgeschlossen worden.", []string{"oracle", "meta"}, []model.Role{ag, pa}},
		// whom one "trennt sich von" in a post is let go
		{"Oracle trennte sich am Montag von Chef Lindner.", []string{"oracle", "christian-lindner"}, []model.Role{ag, pa}},
		// a happening beside such a verb, not its object, is the subject's
		{"Scholz untersuchte am Montag bei einem Treffen in Linz die Lage.", []string{"olaf-scholz"}, []model.Role{pp}},
		// the noun's own genitive stays its own
		{"Scholz beobachtete am Montag den Protest der Gewerkschaft Verdi.", []string{"verdi"}, []model.Role{ag}}, // (the union protested),
	}
	for _, tt := range tests {
		m, ok := only(t, fx{text: tt.sentence, date: dec2024, timex: map[string]tx{
			"Gestern":   {"2024-12-17", dayIv(2024, 12, 17), ""},
			"am Montag": {"2024-12-16", dayIv(2024, 12, 16), ""},
		}}, "")
		if !ok {
			t.Errorf("%q: no mention", tt.sentence)
			continue
		}
		if got := actorIDs(m.Actors); !slices.Equal(got, tt.actors) || !slices.Equal(m.Roles, tt.roles) {
			t.Errorf("%q: actors %v roles %v, want %v %v", tt.sentence, got, m.Roles, tt.actors, tt.roles)
		}
	}
}

// A dated passive names no one and needs no place: its subject names it.
func TestDatedPassive(t *testing.T) {
	f := fx{text: "Das Netzwerk wurde am 18. Dezember verkauft.", date: dec2024,
		timex: map[string]tx{"am 18. Dezember": {"2024-12-18", dayIv(2024, 12, 18), ""}}}
	m, ok := only(t, f, "")
	if !ok || m.Kind != KindSale || m.Object != "Netzwerk" || len(m.Actors) != 0 || m.Date != dayIv(2024, 12, 18) {
		t.Fatalf("got %v %+v", ok, m)
	}
	if es, _ := Merge([]Mention{m}, testActors); es[0].Title != "Netzwerk verkauft" {
		t.Errorf("title %q", es[0].Title)
	}
	// undated, it is no event: nothing places or names it
	if m, ok := only(t, fx{text: "Das Netzwerk wurde verkauft.", date: dec2024}, ""); ok {
		t.Errorf("undated passive gave %s %q", m.Kind, m.Object)
	}
	// "der" before a feminine noun is its genitive or dative: no subject
	events, _ := mergedFriday(t, "Linz – Durch einen Luftschlag nahe der ukrainischen Stadt Wels ist laut der Polizei am Freitag ein Offizier der Miliz getötet worden.")
	if len(events) != 1 || events[0].Title != "Offizier der Miliz getötet" {
		t.Errorf("got %v, want the Offizier killed", titles(events))
	}
}

// TestPlaceOfClause: a trigger in a subordinate clause takes no place
// from another subordinate clause of the sentence.
func TestPlaceOfClause(t *testing.T) {
	for _, tt := range []struct{ sentence, place string }{
		{"Der Streit, der nach dem Sturz des Kanzlers Scholz heftiger wurde und in dem auch die in Syrien tätige Firma Volkswagen mitredet, hält an.", ""},
		{"Der Streit, der nach dem Sturz des Kanzlers Scholz in Syrien heftiger wurde, hält an.", "Syrien"},
		// a place of two words whose second is no common noun
		{"Scholz ist am Montag in Santa Monica gestorben.", "Santa Monica"},
	} {
		m, ok := only(t, fx{text: tt.sentence, date: dec2024}, "")
		if !ok || m.Object != tt.place {
			t.Errorf("%q: place %q (found %v), want %q", tt.sentence, m.Object, ok, tt.place)
		}
	}
}

// TestActorInDate: an actor mention inside a date is a misread month,
// no participant.
func TestActorInDate(t *testing.T) {
	f := fx{text: "Die Saison startet am 26. Februar, Volkswagen trainiert seit dem 4. Jänner.", date: dec2024,
		implicit: map[string]string{"Jänner": "meta"},
		timex: map[string]tx{
			"am 26. Februar":     {"2025-02-26", dayIv(2025, 2, 26), ""},
			"seit dem 4. Jänner": {"2025-01-04", dayIv(2025, 1, 4), ""},
		}}
	for _, m := range Extract(0, f.build(t), testActors) {
		if slices.Contains(actorIDs(m.Actors), "meta") {
			t.Errorf("%s %q: the month is an actor: %v", m.Kind, m.Trigger, actorIDs(m.Actors))
		}
	}
}

// TestBodyAfterVerb: a body named by its noun right after the finite verb
// is the subject, the name after it the object; a government named after
// its head is that name.
func TestBodyAfterVerb(t *testing.T) {
	monday := map[string]tx{"Am Montag": {"2024-12-02", dayIv(2024, 12, 2), ""}}
	checkRows(t, monday, []rowCase{
		{"Am Montag verurteilte das Landesgericht Linz Lindner zu drei Jahren Haft.", "Urteil gegen Lindner"},
		{"Am Montag verurteilte das Landgericht Lindner zu drei Jahren Haft.", "Urteil gegen Lindner"},
		{"Am Montag beschloss die Regierung Scholz neue Regeln für den Handel.", "Beschluss von Scholz"},
	})
}

// TestSpeakerOfThatClause: who says that something was done to someone
// takes no part in it; the subject of the clause a passive hangs on is
// not what was done to.
func TestSpeakerOfThatClause(t *testing.T) {
	monday := map[string]tx{"am Montag": {"2024-12-02", dayIv(2024, 12, 2), ""}}
	checkRows(t, monday, []rowCase{
		{"Lindner betonte, dass Musk am Montag festgenommen wurde.", "Musk festgenommen"},
		{"Lindner betonte, Musk sei am Montag festgenommen worden.", "Musk festgenommen"},
		{"Lindner erfuhr erst später, dass Musk am Montag festgenommen wurde.", "Musk festgenommen"},
	})
}

// TestUnnamedDoerOfCrime: someone unnamed who does a crime in the active
// voice, with whom it was done to after the verb, did it; in the passive
// they underwent it.
func TestUnnamedDoerOfCrime(t *testing.T) {
	fri := tx{"2024-12-20", dayIv(2024, 12, 20), ""}
	for _, tt := range []struct {
		text string
		want model.Role
	}{
		{"Ein Betrunkener hat am Freitag seine Frau mit dem Auto überrollt.", model.RoleAgent},
		{"Ein Betrunkener wurde am Freitag in Halle getötet.", model.RolePatient},
	} {
		f := fx{text: tt.text, date: dec2024, timex: map[string]tx{"am Freitag": fri}}
		events, table := Merge(Extract(0, f.build(t), testActors), testActors)
		var got []model.Role
		for _, e := range events {
			for k, a := range e.Actors {
				if table[a].ID == "unnamed-betrunkener" {
					got = append(got, e.Roles[k])
				}
			}
		}
		if len(got) != 1 || got[0] != tt.want {
			t.Errorf("%q: roles of the unnamed %v, want [%s]", tt.text, got, tt.want)
		}
	}
}

// TestPlaceAdjectiveBeforeSubject: a place's adjective between the
// article and the noun of a named subject ("Der Linzer Konzernchef
// Musk") leaves the name the subject, who acts.
func TestPlaceAdjectiveBeforeSubject(t *testing.T) {
	wantFridayTitles(t, []titleCase{
		{"Der Linzer Konzernchef Musk eröffnete am Freitag das Werk.", "Musk eröffnet Werk"},
		{"Der Welser Autobauer Oracle hat am Freitag 300 Stellen gestrichen.", "Oracle streicht 300 Stellen"},
	})
}

// TestHeadlineParticiple: a headline's last word that reads as a present
// and as a participle, after its subject and with no object, is the
// participle of a passive whose auxiliary the headline leaves out: the
// subject underwent it, no one named did it; with an object after it the
// verb is finite.
// TestHeadlineInstitution: a headline's institution, its article left
// out, acts when the clause names no one else ("Polizei nimmt Einbrecher
// fest"); the same noun after the verb does not.
func TestHeadlineInstitution(t *testing.T) {
	for _, tt := range []struct {
		text, institution string
	}{
		{"T Polizei nimmt Einbrecher in Velmark fest", "Polizei"},
		{"T Einbrecher überfällt Polizei", ""},
	} {
		var got []string
		for _, m := range Extract(0, fx{text: tt.text}.build(t), testActors) {
			got = append(got, m.institution)
		}
		if tt.institution == "" && slices.ContainsFunc(got, func(s string) bool { return s != "" }) || tt.institution != "" && !slices.Contains(got, tt.institution) {
			t.Errorf("%q: institutions %q, want %q", tt.text, got, tt.institution)
		}
	}
}

func TestHeadlineParticiple(t *testing.T) {
	for _, m := range Extract(0, fx{text: "T Neue Regierung vereidigt"}.build(t), testActors) {
		if m.Kind == KindOath && (m.institution != "" || slices.Contains(m.Roles, model.RoleAgent)) {
			t.Errorf("a sworn-in government swore someone in: %+v", m)
		}
	}
	for _, m := range Extract(0, fx{text: "T Scholz in Linz vereidigt"}.build(t), testActors) {
		if m.Kind == KindOath && !slices.Equal(m.Roles, []model.Role{model.RolePatient}) {
			t.Errorf("Scholz sworn in: roles %v, want him its patient", m.Roles)
		}
	}
}

// TestHeadlinePassiveSubjects: a headline's participle with its auxiliary
// left out tells what was done to the noun that opens it, without an
// article, over phrases before the participle: what opened or closed
// titles it, people counted underwent it (also an institution's people),
// and no one counted did it ("Polizisten bei Demo verletzt" is no protest
// of the police).
func TestHeadlinePassiveSubjects(t *testing.T) {
	for _, tt := range []struct {
		text, title string
	}{
		{"T Neue Brücke in Velden eröffnet", "Brücke in Velden eröffnet"},
		{"T Korvex-Werk in Velden geschlossen", "Korvex-Werk in Velden geschlossen"},
		{"T Zwei Männer in Velden festgenommen", "Zwei Männer festgenommen"},
		{"T Zwei Soldaten in Velden getötet", "Zwei Soldaten getötet"},
		{"T Drei Polizisten bei Demo in Velden verletzt", "Protest in Velden"},
	} {
		events, _ := Merge(Extract(0, fx{text: tt.text}.build(t), testActors), testActors)
		var got []string
		for _, e := range events {
			got = append(got, e.Title)
		}
		if !slices.Contains(got, tt.title) {
			t.Errorf("%q: titles %q, want %q", tt.text, got, tt.title)
		}
	}
}

// TestHarmInAttribute: a participle of harm that qualifies a noun ("den
// 2019 in Velden erschossenen Arbeiter") was done by whom its attribute
// names, if anyone; not by the subject or the institution of the clause
// around it.
func TestHarmInAttribute(t *testing.T) {
	for _, tt := range []struct {
		text   string
		agents []string
	}{
		{"Elon Musk beklagte am Montag den 2019 in Velden erschossenen Arbeiter.", nil},
		{"Musk beklagte am Montag den 2019 in Velden erschossenen Arbeiter.", nil},
		{"Die Polizei fasste den am Montag von Musk überfallenen Juwelier.", []string{"elon-musk"}},
	} {
		f := fx{text: tt.text, date: dec2024, timex: map[string]tx{
			"am Montag": {"2024-12-16", dayIv(2024, 12, 16), ""},
			"2019":      {"2019", model.YearInterval(2019), ""},
		}}
		events, actors := Merge(Extract(0, f.build(t), testActors), testActors)
		for _, e := range events {
			if e.Kind != string(KindCrime) {
				continue
			}
			var agents []string
			for i, a := range e.Actors {
				if e.Roles[i] == model.RoleAgent {
					agents = append(agents, actors[a].ID)
				}
			}
			if !slices.Equal(agents, tt.agents) {
				t.Errorf("%q: agents %v, want %v", tt.text, agents, tt.agents)
			}
		}
	}
}

// finiteNumber looks a word up in auxNumber only if it is of a word
// class: every auxiliary and modal there must be of one.
func TestAuxNumberClassed(t *testing.T) {
	for w := range auxNumber {
		if classOf[w] == 0 {
			t.Errorf("%q of auxNumber is of no word class", w)
		}
	}
}
