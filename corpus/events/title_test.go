package events

import (
	"strings"
	"testing"

	"chronik/model"
)

// TestCountedDative: "von" asks the dative of a counted plural; a name or
// a singular stays as it is, and so does a plural that ends in -n or -s.
func TestCountedDative(t *testing.T) {
	for _, tt := range []struct {
		in     string
		plural bool
		want   string
	}{
		{"300 Händler", false, "300 Händlern"},
		{"Tausende", false, "Tausenden"},
		{"Hunderte", false, "Hunderten"},
		{"179 Senatoren", false, "179 Senatoren"},
		{"12 Azubis", false, "12 Azubis"},
		{"Bürgermeister", false, "Bürgermeister"},
		{"Polizei", false, "Polizei"},
		{"Busfahrer", true, "Busfahrern"},
		{"Pflegekräfte", true, "Pflegekräften"},
		{"Piloten", true, "Piloten"},
		{"Fans", true, "Fans"},
		{"Tausende Menschen", false, "Tausenden Menschen"},
		{"Hunderte Bauern", false, "Hunderten Bauern"},
	} {
		if got := countedDative(tt.in, tt.plural); got != tt.want {
			t.Errorf("countedDative(%q, %v) = %q, want %q", tt.in, tt.plural, got, tt.want)
		}
	}
}

// TestCommonNounNoPlace: after "in", a common noun the recogniser does
// not read as a place ("in Gold", "in Serie") is no place of the title;
// a town whose name is also a noun ("in Halle") is.
func TestCommonNounNoPlace(t *testing.T) {
	wantFridayTitles(t, []titleCase{
		{"Scholz überreichte Lindner am Freitag Orden in Gold.", "Übergabe von Scholz"},
		{"Scholz überreichte am Freitag in Halle Lindner Orden.", "Übergabe von Scholz in Halle"},
		// (with its article, the thing handed over titles it: "den Orden" is an accusative)
		{"Scholz überreichte Lindner am Freitag den Orden in Gold.", "Scholz überreicht Orden"},
	})
}

// TestIdiomTitles: an idiom of a light verb is titled as its kind's
// participle tells it, not by the bare participle ("gekommen").
func TestIdiomTitles(t *testing.T) {
	wantFridayTitles(t, []titleCase{
		{"Am Freitag sind zwölf Pilger ums Leben gekommen.", "Zwölf Pilger gestorben"},
		{"Am Freitag wurden fünf Schmuggler in Haft genommen.", "Fünf Schmuggler festgenommen"},
	})
}

// TestSubjectWithAttributePhrase: a subject whose participle has a phrase
// of its own ("die mit Ungeduld erwartete Abstimmung") is still the subject
// of its passive.
func TestSubjectWithAttributePhrase(t *testing.T) {
	text := "Am Freitag war die mit Ungeduld erwartete Abstimmung verschoben worden."
	if got, ok := fridayTitle(t, text); !ok || got != "Abstimmung verschoben" {
		t.Errorf("%q: title %q (one event %v), want %q", text, got, ok, "Abstimmung verschoben")
	}
}

// TestThingGenitive: a one-word thing says little without the genitive
// after it, which the title keeps ("Start der Maut"), in the active and
// in the passive; a noun an attribute describes keeps only a genitive
// right after it, not the next clause's dative ("attestieren die
// Forscher der Region").
func TestThingGenitive(t *testing.T) {
	wantFridayTitles(t, []titleCase{
		{"Am Freitag wurde der Start der Velmark-Maut auf unbestimmte Zeit verschoben.", "Start der Velmark-Maut verschoben"},
		{"Die Regierung hat am Freitag den Start der Maut verschoben.", "Regierung verschiebt Start der Maut"},
		{"Am Freitag hat der Gemeinderat den Bau des neuen Stadions beschlossen.", "Gemeinderat beschließt Bau des neuen Stadions"},
		// (whom it was to go to, "an Velmark", stays out)
		{"Oracle hat am Freitag den Verkauf der Sparte an Velmark gestoppt.", "Oracle stoppt Verkauf der Sparte"},
		{"In der von Stephen Miller am Freitag präsentierten Studie attestieren die Forscher der Region ein schwaches Wachstum.", "Miller präsentiert Studie"},
	})
}

// TestAnnouncedPartner: the partner an announced merger, partnership or
// meeting names with "mit" takes part in it and stands in the title; a
// "mit" of an interview the announcement was made in does not.
func TestAnnouncedPartner(t *testing.T) {
	wantFridayTitles(t, []titleCase{
		{"Oracle kündigte am Freitag eine Fusion mit Meta an.", "Oracle kündigt Fusion mit Meta an"},
		{"Oracle hat am Freitag eine Partnerschaft mit Meta angekündigt.", "Oracle kündigt Partnerschaft mit Meta an"},
		{"Oracle kündigte am Freitag in einem Interview mit Meta einen Stellenabbau an.", "Oracle kündigt Stellenabbau an"},
	})
}

// TestAnnouncedDeed: what an announcement's zu-infinitive tells, when no
// trigger names it, titles it by the verb's noun in "-ung" and what it is
// done to, where a feminine or plural article lets the genitive be
// written; a support verb's noun names something else ("Stellung"), so
// its idiom keeps the announcement's noun.
func TestAnnouncedDeed(t *testing.T) {
	wantFridayTitles(t, []titleCase{
		{"Oracle kündigte am Freitag an, die Produktion nach Linz zu verlagern.", "Oracle kündigt Verlagerung der Produktion an"},
		{"Oracle kündigte am Freitag an, eine Frist festzulegen.", "Oracle kündigt Festlegung einer Frist an"},
		{"Oracle kündigte am Freitag an, den Vorwurf zu prüfen.", "Oracle kündigt Prüfung an"},
		{"Oracle kündigte am Freitag an, Strafanzeige zu stellen.", "Ankündigung von Oracle"},
	})
}

// TestCueObjectTitle: a verb that needs a context word is titled with
// it when the word is its object, also bare ("verhängte Sanktionen");
// not beside whom it was done to, nor in a light verb's idiom, nor in a
// speech tag.
func TestCueObjectTitle(t *testing.T) {
	wantFridayTitles(t, []titleCase{
		{"Oracle verhängte am Freitag Sanktionen.", "Oracle verhängt Sanktionen"},
		{"Am Freitag hat Verdi Klage beim Landgericht eingereicht.", "Verdi reicht Klage ein"},
		// what a ruling turned down comes before whom it was aimed at
		{"Am Freitag hat das Landgericht München die Klage von Musk gegen Oracle abgewiesen.", "Landgericht München weist Klage gegen Oracle ab"},
		// whom a called-off sale was to go to is no one stopped
		{"Olaf Scholz hat am Freitag den Verkauf der Sparte an Oracle gestoppt.", "Scholz stoppt Verkauf der Sparte"},
		// the tag names who told it, not what was done
		{"Stephen Miller scheidet am Freitag aus dem Vorstand aus, teilte die Firma mit.", "Abgang von Miller"},
		// whom a results event names besides (its chief, at the
		// presentation) is no object of "erzielt"
		{"Am Freitag erzielte Oracle den höchsten Gewinn seiner Geschichte. Die Prognose hob Stephen Miller bei der Bilanzvorlage am Freitag an.", "Oracle erzielt Gewinn"},
		// the second of two participles an auxiliary shares has its own
		// object after "und"
		{"Am Freitag hat Musk sein Schweigen gebrochen und einen ersten Fragenkatalog beantwortet.", "Musk beantwortet Fragenkatalog"},
	})
}

// TestDeathTitle: a death is titled "gestorben" whatever verb told it
// ("erlegen" reads as hunted down); a numeral that opened its sentence
// keeps no capital inside the title; with no one named, whom it befell
// titles it.
func TestDeathTitle(t *testing.T) {
	wantFridayTitles(t, []titleCase{
		{"Lindner erlag am Freitag seinen Verletzungen.", "Lindner gestorben"},
		{"Drei Menschen kamen am Freitag bei einem Brand in Linz ums Leben.", "Tod von drei Menschen"},
		// no one named: whom it befell, where, not "Tod in Linz"
		{"In Linz starb am Freitag ein Bergsteiger bei einer Tour.", "Bergsteiger in Linz gestorben"},
		// a name's genitive before the noun of who died: whose she was
		// did not die ("Tod von Musk" would say so)
		{"Musks Mutter starb am Freitag.", "Mutter gestorben"},
	})
}

// TestAccidentCourse: an accident's verb that needs its complement says
// it in the title ("gegen Baum geprallt", "auf Stau aufgefahren", "mit
// Traktor kollidiert"), without its article and adjectives.
func TestAccidentCourse(t *testing.T) {
	wantFridayTitles(t, []titleCase{
		{"Ein Auto prallte am Freitag bei Linz gegen einen Baum.", "Auto bei Linz gegen Baum geprallt"},
		{"Ein Lkw ist am Freitag auf einen stehenden Stau aufgefahren.", "Lkw auf Stau aufgefahren"},
		{"Ein Zug kollidierte am Freitag bei Linz mit einem Traktor.", "Zug bei Linz mit Traktor kollidiert"},
		{"Ein Auto kam am Freitag bei Linz von der Straße ab.", "Auto bei Linz von Straße abgekommen"},
	})
}

// TestStreetPlace: a street named by its name is where it happened; a
// common noun so ending ("Landstraße") names none.
func TestStreetPlace(t *testing.T) {
	wantFridayTitles(t, []titleCase{
		{"Am Freitag ist ein Auto auf der Korvexstraße gegen einen Baum geprallt.", "Auto auf der Korvexstraße gegen Baum geprallt"},
		{"Am Freitag ist ein Auto auf der Landstraße gegen einen Baum geprallt.", "Auto gegen Baum geprallt"},
	})
}

// TestPronounSubjectOfPassive: a passive whose segment opens with its
// pronoun subject befell whom the pronoun names, not the noun of the
// segment before ("Die Polizei … , er wurde festgenommen" is no arrest
// of the police).
func TestPronounSubjectOfPassive(t *testing.T) {
	if got, ok := fridayTitle(t, "Die Polizei kam dem Dieb am Freitag auf die Spur, er wurde festgenommen."); ok && strings.Contains(got, "Polizei festgenommen") {
		t.Errorf("title %q: the police arrested, not were arrested", got)
	}
}

// TestCrimeParticipantsUntitled: a crime or an attack whose names are
// neither doer nor victim (a source, a place read as a name) is titled
// without them: "Tötung von X" reads as X killed.
func TestCrimeParticipantsUntitled(t *testing.T) {
	for _, kind := range []Kind{KindCrime, KindAttack} {
		p := titleParts{kind: kind, noun: "Tötung", actors: []int{0}, roles: []model.Role{model.RoleParticipant}, preps: []string{""}}
		if got := title(p, []model.Actor{{ID: "velmark", Name: "Velmark", Kind: model.Person}}); strings.Contains(got, "Velmark") {
			t.Errorf("%s: title %q names the participant", kind, got)
		}
	}
}

// TestExecutionsAndImprisonment: an execution is a killing of its own
// noun, imprisonment an arrest; what one waits for did not come about.
func TestExecutionsAndImprisonment(t *testing.T) {
	wantFridayTitles(t, []titleCase{
		{"Der Iran richtete am Freitag zwei Männer hin.", "Iran richtet zwei Männer hin"},
		{"Musk wurde am Freitag in Linz inhaftiert.", "Festnahme von Musk in Linz"},
	})
	for _, s := range []string{"Musk wartet seit Freitag auf seine Festnahme.", "Musk wartete am Freitag auf seine Hinrichtung, als das Gericht sie stoppte."} {
		if got, _ := fridayTitle(t, s); strings.Contains(got, "Festnahme") || strings.Contains(got, "Hinrichtung") {
			t.Errorf("%q: title %q, want no arrest or execution", s, got)
		}
	}
}

// TestEnactedThingTitle: what came into force, the verb's subject, titles
// it beside the place where it did, wherever the place stands.
func TestEnactedThingTitle(t *testing.T) {
	wantFridayTitles(t, []titleCase{
		{"In Linz ist am Freitag eine Waffenruhe in Kraft getreten.", "Waffenruhe in Linz in Kraft getreten"},
		{"Am Freitag ist in Linz eine Waffenruhe in Kraft getreten.", "Waffenruhe in Linz in Kraft getreten"},
		{"Eine Waffenruhe ist am Freitag in Linz in Kraft getreten.", "Waffenruhe in Linz in Kraft getreten"},
		{"Das neue Gesetz ist am Freitag in Kraft getreten.", "Gesetz in Kraft getreten"},
	})
}

// TestThingAtFirm: a firm's happening told with its thing names the firm
// it was done at ("bei X") after the thing.
func TestThingAtFirm(t *testing.T) {
	wantFridayTitles(t, []titleCase{
		{"Volkswagen hat am Freitag bei Oracle 300 Stellen gestrichen.", "Volkswagen streicht 300 Stellen bei Oracle"},
		{"Volkswagen hat am Freitag die volle Kontrolle bei Oracle übernommen.", "Volkswagen übernimmt Kontrolle bei Oracle"},
	})
}

// TestMarketCloseWithSign: an index that closed with a plus or a minus
// moved so, titled with the sign as the reader says it.
func TestMarketCloseWithSign(t *testing.T) {
	wantFridayTitles(t, []titleCase{
		{"Der Dax schloss am Freitag mit einem Minus von zwei Prozent.", "Dax schließt im Minus"},
		{"Der Dax schloss am Freitag im Plus.", "Dax schließt im Plus"},
	})
}

// TestPostGiven: the post "zum" or "zur" gives in an appointment's or an
// election's own clause titles it with whom it was given, an office as much as a role
// ("Trainerin", not "Trainerin von Scholz"), and with the body it is of.
func TestPostGiven(t *testing.T) {
	wantFridayTitles(t, []titleCase{
		{"Volkswagen hat am Freitag Scholz zum neuen Konzernchef ernannt.", "Volkswagen ernennt Scholz zum Konzernchef"},
		{"Scholz ist am Freitag zum neuen Konzernchef ernannt worden.", "Scholz zum Konzernchef ernannt"},
		{"Scholz ist am Freitag zum neuen Trainer ernannt worden.", "Scholz zum Trainer ernannt"},
		{"Stephen Miller wurde am Freitag zur neuen Intendantin ernannt.", "Miller zur Intendantin ernannt"},
		{"Stephen Miller wurde am Freitag zum neuen Konzernchef von Oracle ernannt.", "Miller zum Konzernchef von Oracle ernannt"},
		// an election gives a post as much, also in the dative of a weak
		// noun or an adjective's ("zum Präsidenten", "zum Vorsitzenden")
		{"Stephen Miller wurde am Freitag zum neuen Präsidenten gewählt.", "Miller zum Präsidenten gewählt"},
		{"Verdi hat am Freitag Scholz zum Vorsitzenden gewählt.", "Verdi wählt Scholz zum Vorsitzenden"},
	})
}

// TestHonouredObject: whom "auszeichnen" honours is its object, titled as
// such; what "verleihen" gives is the thing, whom it goes to no object.
func TestHonouredObject(t *testing.T) {
	wantFridayTitles(t, []titleCase{
		{"Volkswagen hat am Freitag Oracle als besten Zulieferer ausgezeichnet.", "Volkswagen zeichnet Oracle aus"},
		{"Oracle wurde am Freitag von Volkswagen ausgezeichnet.", "Volkswagen zeichnet Oracle aus"},
		{"Oracle wurde am Freitag ausgezeichnet.", "Auszeichnung für Oracle"},
	})
}

// TestAnnouncedTitle: an announcement of a happening that befalls
// someone names the happening with them, not them as what was announced.
func TestAnnouncedTitle(t *testing.T) {
	wantFridayTitles(t, []titleCase{
		{"Oracle hat am Freitag die Übernahme von Volkswagen angekündigt.", "Oracle kündigt Übernahme von Volkswagen an"},
		{"Oracle gab am Freitag die Übernahme des Autobauers Volkswagen bekannt.", "Oracle gibt Übernahme von Volkswagen bekannt"},
		// the announced thing said by its kind's noun, when that noun ends in it
		{"Oracle hat am Freitag den Abbau von 300 Stellen angekündigt.", "Oracle kündigt Stellenabbau an"},
		// what is announced in a clause of its own, and whom it befalls
		{"Oracle hat am Freitag angekündigt, die Volkswagen AG zu übernehmen.", "Oracle kündigt Übernahme von Volkswagen an"},
	})
}

// TestSaleToBuyer: whom a sale or a handover went to ("an X") received
// it; the title names them so, not as what was sold or handed over.
func TestSaleToBuyer(t *testing.T) {
	wantFridayTitles(t, []titleCase{
		{"Volkswagen hat am Freitag seine Lampensparte an Oracle verkauft.", "Volkswagen verkauft Lampensparte an Oracle"},
		{"Am Freitag verkaufte Meta das Werk Amazon an Oracle.", "Meta verkauft Amazon an Oracle"},
		{"Am Freitag wurden 40 Grundstücke an Verdi verkauft.", "Verkauf an Verdi"},
		{"Volkswagen wurde am Freitag an Oracle verkauft.", "Verkauf von Volkswagen an Oracle"}, // not "von Oracle und Volkswagen": Oracle sold nothing
		{"Volkswagen übergab am Freitag sein Werbegeschäft an Oracle.", "Volkswagen übergibt Werbegeschäft an Oracle"},
	})
}

// TestApposedRoleBody: the body of a role a name is apposed to ("der Chef
// der Gewerkschaft X, Y,") is where Y holds the post, not a second actor;
// a post held once is not where the happening is.
func TestApposedRoleBody(t *testing.T) {
	wantFridayTitles(t, []titleCase{
		{"Der Chef der Gewerkschaft Verdi, Christian Lindner, ist am Freitag zurückgetreten.", "Rücktritt von Lindner bei Verdi"},
		{"Der frühere Chef der Gewerkschaft Verdi, Christian Lindner, ist am Freitag zurückgetreten.", "Rücktritt von Lindner"},
		{"Gegen den Chef der Gewerkschaft Verdi, Christian Lindner, wurde am Freitag ein Verfahren eingeleitet.", "Ermittlungen gegen Lindner"},
		{"Der Chef der Gewerkschaft Verdi ist am Freitag zurückgetreten.", "Rücktritt bei Verdi"},
	})
}

// TestAnnouncedAgainst: what is announced against someone names them
// with "gegen", as the sentence does; with "von" they would be who does
// it, as object of "kündigt … an" what is announced.
func TestAnnouncedAgainst(t *testing.T) {
	wantFridayTitles(t, []titleCase{
		{"Oracle hat am Freitag eine Klage gegen Volkswagen angekündigt.", "Oracle kündigt Klage gegen Volkswagen an"},
		{"Oracle kündigte am Freitag Sanktionen gegen Volkswagen an.", "Oracle kündigt Sanktionen gegen Volkswagen an"},
	})
}

// TestInsolvencyOver: whom insolvency proceedings are over is the
// insolvent one; the title names them with the proceedings (not as what
// was applied for) or as whose insolvency it is.
func TestInsolvencyOver(t *testing.T) {
	wantFridayTitles(t, []titleCase{
		{"Oracle hat am Freitag ein Insolvenzverfahren über Volkswagen beantragt.", "Oracle beantragt Insolvenzverfahren über Volkswagen"},
		{"Am Freitag wurde über Volkswagen ein Insolvenzverfahren beantragt.", "Insolvenz von Volkswagen"},
	})
}

// TestBarePluralBeforeParticle: a plural with no article, opened by its
// adjective, is the object of a finite verb whose particle closes the
// clause after it, phrases of place or time between or not, or whose
// subject stands before it.
func TestBarePluralBeforeParticle(t *testing.T) {
	wantFridayTitles(t, []titleCase{
		{"Oracle kündigte am Freitag massive Preiserhöhungen an.", "Oracle kündigt Preiserhöhungen an"},
		{"Oracle kündigte am Freitag wegen der Kosten massive Preiserhöhungen für das Jahr an.", "Oracle kündigt Preiserhöhungen an"},
		// (and after a verb with no particle whose subject stands before it)
		{"Oracle präsentierte am Freitag neue Produkte.", "Oracle präsentiert Produkte"},
	})
}

// TestInstitutionAfterVerb: a body named by its noun right after the
// verb, with no name before it, is the clause's subject, and the noun
// after it the object; after a name, the body is the object.
func TestInstitutionAfterVerb(t *testing.T) {
	wantFridayTitles(t, []titleCase{
		{"Am Freitag verbot die Stadtverwaltung die Demonstration.", "Stadtverwaltung verbietet Demonstration"},
		{"Am Freitag kritisierte Christian Lindner die Stadtverwaltung.", "Lindner kritisiert Stadtverwaltung"},
	})
}

// TestSuperlativeBeforeObject: a superlative or a comparative, which the
// lexicon does not list, opens the object's phrase like any adjective.
func TestSuperlativeBeforeObject(t *testing.T) {
	wantFridayTitles(t, []titleCase{
		{"Am Freitag hat Oracle die neueste Prognose des Instituts präsentiert.", "Oracle präsentiert Prognose des Instituts"},
		// (a comparative too, and a count after it still opens the phrase)
		{"Oracle kündigte am Freitag schärfere Kontrollen an.", "Oracle kündigt Kontrollen an"},
		{"Oracle streicht am Freitag weitere 1200 Stellen.", "Oracle streicht 1200 Stellen"},
	})
}

// TestPossessiveObject: "ihr" before an adjective or a noun opens the
// object's phrase as "ihren" and "sein" do; a dative "ihr" does not.
func TestPossessiveObject(t *testing.T) {
	wantFridayTitles(t, []titleCase{
		{"Die Firma Oracle hat am Freitag ihr neues Modell vorgestellt.", "Oracle stellt Modell vor"},
		{"Oracle hat ihr am Freitag das Werk übergeben.", "Oracle übergibt Werk"},
	})
}

// TestGenericNounAsObject: a noun that is as often a subject after the
// verb ("Bericht", "Regierung") is the object when its article can only
// be an accusative's.
func TestGenericNounAsObject(t *testing.T) {
	wantFridayTitles(t, []titleCase{
		{"Oracle hat am Freitag einen Bericht über die Lage veröffentlicht.", "Oracle veröffentlicht Bericht"},
		{"Am Freitag verbot die Regierung die Demonstration.", "Regierung verbietet Demonstration"},
	})
}

// TestDateSetOffByCommas: a date set off by commas after a weekday cuts
// neither the clause nor its object off the verb ("hat am Freitag, 20.
// Dezember 2024, einen Plan vorgestellt").
func TestDateSetOffByCommas(t *testing.T) {
	fri := tx{"2024-12-20", dayIv(2024, 12, 20), ""}
	for _, tt := range []titleCase{
		{"Oracle hat am Freitag, 20. Dezember 2024, einen neuen Plan vorgestellt.", "Oracle stellt Plan vor"},
		{"Oracle hat am Freitag, 20. Dezember 2024, das neue Modell vorgestellt.", "Oracle stellt Modell vor"},
	} {
		f := fx{text: tt.text, date: dec2024, timex: map[string]tx{"Freitag, 20. Dezember 2024": fri}}
		events, _ := Merge(Extract(0, f.build(t), testActors), testActors)
		if len(events) != 1 || events[0].Title != tt.want {
			t.Errorf("%q: events %q, want one titled %q", tt.text, titles(events), tt.want)
		}
	}
}

// TestTakingOverFrom: one person taking over from another, with nothing
// named as taken over, takes over a post; no company is bought.
func TestTakingOverFrom(t *testing.T) {
	wantFridayTitles(t, []titleCase{
		{"Christian Lindner übernimmt am Freitag von Olaf Scholz.", "Amtsübernahme durch Lindner"},
		{"Christian Lindner übernimmt am Freitag den Konzern Oracle.", "Lindner übernimmt Oracle"},
	})
}

// TestStrikeAsSubject: a strike or protest that is its clause's subject
// is aimed at whom its verb names after it, not struck by them; a name
// before the noun is the subject, and strikes.
func TestStrikeAsSubject(t *testing.T) {
	wantFridayTitles(t, []titleCase{
		{"Am Freitag zwangen Proteste und Streiks die Regierung von Christian Lindner in die Knie.", "Protest gegen Lindner"},
		{"Am Freitag weitete die Gewerkschaft Verdi ihre Streiks aus.", "Streik von Verdi"},
	})
}

// TestUpheldRuling: a court that upholds a ruling is titled with what it
// upheld and whom that befell, not as if it upheld the person.
func TestUpheldRuling(t *testing.T) {
	var upheld *trigger
	lx := loadLexicon()
	for id := range lx.triggers {
		if tr := &lx.triggers[id]; tr.verb && tr.kind == KindVerdict && tr.infinitive == "bestätigen" {
			upheld = tr
		}
	}
	if upheld == nil {
		t.Fatal("no verdict reading of bestätigen in the lexicon")
	}
	p := titleParts{kind: KindVerdict, noun: "Urteil", verb: upheld, thing: "Verurteilung",
		actors: []int{actorIndex(t, "landgericht"), actorIndex(t, "elon-musk")},
		roles:  []model.Role{model.RoleAgent, model.RolePatient}}
	if got, want := title(p, testActors), "Landgericht München bestätigt Verurteilung von Musk"; got != want {
		t.Errorf("title %q, want %q", got, want)
	}
}

// TestPunishedSubjectTitle: a headline whose subject pays a fine is titled
// by the fine against them, not by a participle that reads as if they
// were paid.
func TestPunishedSubjectTitle(t *testing.T) {
	wantFridayTitles(t, []titleCase{
		{"T Volkswagen zahlt Strafe\nDie Summe ist hoch.", "Strafe gegen Volkswagen"},
	})
}

// TestNewOfficeTitle: a post taken up, told by "werden" alone, is titled
// by who took it up and the post.
func TestNewOfficeTitle(t *testing.T) {
	wantFridayTitles(t, []titleCase{
		{"Am Freitag wurde Scholz neuer Chef von Volkswagen.", "Scholz wird Chef von Volkswagen"},
	})
}

// TestBannedHappeningTitle: a happening banned or approved is named in the
// title with whose it is, not those whose it is as what was banned.
func TestBannedHappeningTitle(t *testing.T) {
	wantFridayTitles(t, []titleCase{
		{"Am Freitag hat Scholz die Fusion von Volkswagen und Oracle untersagt.", "Scholz untersagt Fusion von Volkswagen und Oracle"},
	})
}

// TestPassiveThingTitle: a passive that names no one is titled by what it
// was done to, where ("Gesetz in Linz beschlossen", not "Beschluss in
// Linz"); a source after "zufolge" is not what was done to.
func TestPassiveThingTitle(t *testing.T) {
	wantFridayTitles(t, []titleCase{
		{"Am Freitag wurde in Linz ein neues Gesetz beschlossen.", "Gesetz in Linz beschlossen"},
		{"In Linz wurden am Freitag sechs Schmuggler festgenommen.", "Sechs Schmuggler in Linz festgenommen"},
		{"Am Freitag wurde der Besuch in Linz abgesagt.", "Besuch abgesagt"},
		{"Am Freitag wurde in Linz eine neue Initiative gegründet.", "Initiative in Linz gegründet"},
		{"In Linz sind am Freitag der Organisation Hilfe zufolge drei Menschen getötet worden.", "Drei Menschen in Linz getötet"},
		{"Bei Kämpfen in Linz sind der Organisation Hilfe zufolge am Freitag drei Menschen getötet worden.", "Drei Menschen in Linz getötet"},
	})
}

// TestStrikeAtFirm: where a strike or a protest is held ("bei Oracle")
// is no one who holds it: "Streik von Verdi bei Oracle", not "Streik von
// Verdi und Oracle".
func TestStrikeAtFirm(t *testing.T) {
	wantFridayTitles(t, []titleCase{
		{"Die Gewerkschaft Verdi streikte am Freitag bei Oracle.", "Streik von Verdi bei Oracle"},
	})
}

// TestAccidentVictims: an accident whose named people it befell, with no
// one named who caused it, is titled "mit" them, not "von" them.
func TestAccidentVictims(t *testing.T) {
	wantFridayTitles(t, []titleCase{
		{"Bei einem Unfall in Halle sind am Freitag Scholz und Lindner verletzt worden.", "Unfall mit Scholz und Lindner in Halle"},
	})
}

// TestHappeningSubject: a happening's noun that opens a clause after its
// article is the clause's subject, so the noun after it is its object,
// not who acted: no title "Region erschüttert Erdbeben".
func TestHappeningSubject(t *testing.T) {
	for _, text := range []string{
		"Nachts hat am Freitag ein Erdbeben der Stärke 6,1 die Region erschüttert.",
		"Dann hat am Freitag ein Erdbeben die ganze Region erschüttert.",
	} {
		events, _ := mergedFriday(t, text)
		if len(events) != 1 || strings.HasPrefix(events[0].Title, "Region") {
			t.Errorf("%q: got %v, want one event the region does not do", text, titles(events))
		}
	}
}

// TestAccusativeInN: "den" before a noun in -n is its dative plural only
// when another object follows ("zeigte den Nutzern die Plattform"); else
// it is the accusative of a noun in -n, what the verb was done to.
func TestAccusativeInN(t *testing.T) {
	events, _ := mergedFriday(t, "Das Landgericht München verurteilte den Angeklagten am Freitag zu sechs Jahren Haft.")
	if len(events) != 1 || events[0].Title != "Landgericht München verurteilt Angeklagten" {
		t.Errorf("got %v, want the court sentencing the accused", titles(events))
	}
}

// TestPartiesOfElection: an election whose names are all organisations
// names the parties that stood with "mit", as "von" would say whom it
// elected; a person is whom it elected (with the post it gave), and a
// party's own result is its.
func TestPartiesOfElection(t *testing.T) {
	wantFridayTitles(t, []titleCase{
		{"Verdi erreichte am Freitag bei der Landtagswahl 20 Prozent.", "Landtagswahl mit Verdi"},
		{"Verdi verlor am Freitag bei der Landtagswahl deutlich.", "Wahlniederlage von Verdi"},
		{"Lindner wurde am Freitag zum Vorsitzenden gewählt.", "Lindner zum Vorsitzenden gewählt"},
		{"Verdi feierte am Freitag einen Wahlsieg.", "Wahlsieg von Verdi"},
	})
}

// TestBodyOfOrganisation: an organisation named in the genitive of its
// board, its government or an officer, which opens the clause, acts
// through it.
func TestBodyOfOrganisation(t *testing.T) {
	wantFridayTitles(t, []titleCase{
		{"Der Aufsichtsrat der Volkswagen hat am Freitag Lindner zum Chef berufen.", "Volkswagen beruft Lindner zum Chef"}, // (and the post, round 548)
		{"Der Sprecher der Volkswagen hat am Freitag den Verkauf angekündigt.", "Volkswagen kündigt Verkauf an"},
	})
}

// TestStaffStrike: the staff of a firm that strike do it at the firm,
// which does not strike; a union's members strike as the union.
func TestStaffStrike(t *testing.T) {
	wantFridayTitles(t, []titleCase{
		{"Die Flugbegleiter der Volkswagen streikten am Freitag.", "Streik bei Volkswagen"},
		{"Die Belegschaft der Volkswagen hat am Freitag gestreikt.", "Streik bei Volkswagen"},
		{"Die Mitglieder der Gewerkschaft Verdi streikten am Freitag.", "Streik von Verdi"},
		{"Die Mitarbeiter der Volkswagen streikten am Freitag.", "Streik bei Volkswagen"},
		{"Die Beschäftigten der Volkswagen haben am Freitag gestreikt.", "Streik bei Volkswagen"},
		// An officer is no staff: the firm acts through him.
		{"Der Chef der Volkswagen protestierte am Freitag.", "Protest von Volkswagen"},
		// The firm's name before its staff in a compound is the firm.
		{"Die Volkswagen-Piloten streikten am Freitag.", "Streik bei Volkswagen"},
	})
	// The headline's compound and the lead's genitive tell one strike.
	if got, ok := fridayTitle(t, "T Volkswagen-Flugbegleiter streiken am Freitag\nDie Flugbegleiter der Volkswagen setzten ihren Streik am Freitag fort."); !ok {
		t.Errorf("a strike told by a compound and by a genitive: %q, want one event", got)
	}
}

// TestTruncatedCompound: a word cut short by a hyphen before "und" is
// half of the compound after it ("Kurz- und Langstreckenflüge").
func TestTruncatedCompound(t *testing.T) {
	wantFridayTitles(t, []titleCase{
		{"Am Freitag wurden 520 Kurz- und Langstreckenflüge gestrichen.", "520 Kurz- und Langstreckenflüge gestrichen"},
		{"Am Freitag wurden die Kurz- und Langstreckenflüge gestrichen.", "Kurz- und Langstreckenflüge gestrichen"},
	})
}

// TestPostHolderUnnamed: one named by his post, with the organisation
// in its genitive ("Der Trainer des Vereins"), is whom the clause tells
// of.
func TestPostHolderUnnamed(t *testing.T) {
	wantFridayTitles(t, []titleCase{
		{"Der Trainer der Volkswagen ist am Freitag zurückgetreten.", "Rücktritt von Trainer"},
	})
}

// TestPenaltyUpheld: a court that confirms a penalty ("bestätigte eine
// Strafe gegen X") passes a verdict, as one that confirms a judgement.
func TestPenaltyUpheld(t *testing.T) {
	events, _ := mergedFriday(t, "Das Landgericht München hat am Freitag eine Strafe gegen Oracle bestätigt.")
	if len(events) != 1 || events[0].Kind != string(KindVerdict) {
		t.Errorf("got %v, want the penalty upheld", titles(events))
	}
}

// TestCountInPhrase: a count that a preposition governs over an
// approximation ("mit rund 2.140 Mitarbeitern") or that goes on a number
// begun before ("140" of "2.140") is no object of the verb.
func TestCountInPhrase(t *testing.T) {
	wantFridayTitles(t, []titleCase{
		{"Oracle hat am Freitag Angebote für Filialen mit rund 2.140 Mitarbeitern gebilligt.", "Zustimmung von Oracle"},
		{"Oracle hat am Freitag Angebote für Filialen mit 2.140 Mitarbeitern gebilligt.", "Zustimmung von Oracle"},
		{"Oracle hat am Freitag rund 2.140 Mitarbeiter entlassen.", "Oracle entlässt 2.140 Mitarbeiter"},
	})
}

// TestPassiveThingWithAgent: a passive's subject that names no actor is
// what was done, whoever the "von" phrase names as doing it: the title is
// the doer's active headline with it, as without a named doer.
func TestPassiveThingWithAgent(t *testing.T) {
	wantFridayTitles(t, []titleCase{
		{"Das Werk wurde am Freitag von Oracle verkauft.", "Oracle verkauft Werk"},
		{"Die Sondersteuer wurde am Freitag von Volkswagen abgeschafft.", "Volkswagen schafft Sondersteuer ab"},
		{"Trump wurde am Freitag von Facebook gesperrt.", "Facebook sperrt Trump"},
	})
}

// TestCountedVictims: people counted as the object of a killing are whom
// it befell, after a subject before the verb or between the verb and
// them: the title names them, and they are the event's patient.
func TestCountedVictims(t *testing.T) {
	wantFridayTitles(t, []titleCase{
		{"Am Freitag hat Trump zwölf Menschen erschossen.", "Trump erschießt zwölf Menschen"},
		{"Trump hat am Freitag zwölf Menschen erschossen.", "Trump erschießt zwölf Menschen"},
	})
	m, ok := only(t, fx{text: "Am Freitag hat Trump zwölf Menschen erschossen.", date: dec2024, timex: map[string]tx{"Am Freitag": {"2024-12-20", dayIv(2024, 12, 20), ""}}}, "")
	if !ok || m.sufferer != "Menschen" {
		t.Errorf("sufferer %q (%v), want Menschen", m.sufferer, ok)
	}
}
