package events

import (
	"slices"
	"strings"
	"testing"
	"time"

	"chronik/model"
)

var dec2024 = model.MonthInterval(2024, time.December)

// only extracts the mentions of a one-paragraph fixture and returns the
// one whose sentence contains marker.
func only(t *testing.T, f fx, marker string) (Mention, bool) {
	t.Helper()
	a := f.build(t)
	for _, m := range Extract(0, a, testActors) {
		if strings.Contains(a.Text[m.Start:m.End], marker) {
			return m, true
		}
	}
	return Mention{}, false
}

func TestTriggerForms(t *testing.T) {
	tests := []struct {
		sentence string
		kind     Kind
		trigger  string
	}{
		{"Zuckerberg trafen Trump gestern.", "meeting", "trafen"},
		{"Zuckerberg hat Trump getroffen.", "meeting", "getroffen"},
		{"Zuckerberg trifft Trump.", "meeting", "trifft"},
		{"Nach dem Treffen mit Trump reiste Zuckerberg ab.", "meeting", "Treffen"},
		{"Zuckerberg und Trump dinieren zusammen.", "meeting", "dinieren"},
		{"Bezos aß mit Trump zu Abend.", "meeting", "aß"},
		{"OpenAI kündigte das Projekt an.", "announcement", "kündigte"},
		{"Ermittler durchforsten am Montag die Zentrale von Oracle.", "investigation", "durchforsten"},                // a search by investigators
		{"Oracle hat die bisher regierende Partei von Scholz am Montag zwei Mal verklagt.", "lawsuit", "verklagt"},    // "bisher" of a phrase counts nothing
		{"Oracle hat am Montag den alle zwei Jahre gewählten Rat von Linz verklagt.", "lawsuit", "verklagt"},          // a rate of a phrase's participle
		{"Lindner hat am Montag die Funktion von Scholz übernommen.", "appointment", "übernommen"},                    // a post, no takeover
		{"Bis auf Weiteres übernimmt Co-Trainer Lindner die Mannschaft.", "appointment", "übernimmt"},                 // a team's coach, no takeover
		{"Verdi wurde am Sonntag in Linz stärkste Kraft.", "election", "Kraft"},                                       // an election won
		{"Ein Mann hat am Montag in Linz zwei Polizisten mit einem Messer verletzt.", "attack", "verletzt"},           // hurt with a weapon
		{"Die Kommission hat das Medikament von Oracle am Montag zugelassen.", "decision", "zugelassen"},              // a drug approved
		{"Die Armee hat am Montag eine Offensive gegen Oracle gestartet.", "attack", "gestartet"},                     // an attack begun
		{"Die Bundesregierung hat am Montag eine Untersuchung gegen Oracle gestartet.", "investigation", "gestartet"}, // an inquiry begun
		{"Das Misstrauensvotum gegen Scholz fand am Montag in Linz statt.", "vote", "Misstrauensvotum"},
		{"Das Referendum über Oracle fand am Sonntag in Linz statt.", "vote", "Referendum"},
		{"Am Montag hielt Verdi in Linz einen Parteitag ab.", "meeting", "Parteitag"},
		{"Bei einer Geiselnahme in Linz wurde Scholz am Montag verletzt.", "crime", "Geiselnahme"},
		{"Bei Krawallen in Linz wurde Scholz am Montag verletzt.", "protest", "Krawallen"},
		{"Bei Unfällen in Linz wurde Scholz am Montag verletzt.", "accident", "Unfällen"}, // an irregular plural's dative
		{"Am Montag sprach Scholz in Linz bei einer Podiumsdiskussion von Verdi.", "meeting", "Podiumsdiskussion"},
		{"Am Montag begann die Polizei in Linz mit der Spurensuche bei Oracle.", "investigation", "Spurensuche"},
		{"Am Montag hielt Verdi in Linz eine Mahnwache ab.", "protest", "Mahnwache"},
		{"Bei einem Attentat in Linz wurde Scholz am Montag verletzt.", "attack", "Attentat"},
		{"Der Börsengang von Oracle fand am Montag in Linz statt.", "launch", "Börsengang"},
		{"Die Klimakonferenz von Verdi fand am Montag in Linz statt.", "meeting", "Klimakonferenz"},
		{"Die Brandstiftung bei Oracle in Linz geschah am Montag.", "crime", "Brandstiftung"},
		{"Der Militärputsch gegen Scholz am Montag in Linz scheiterte.", "overthrow", "Militärputsch"},
		{"Das Zugunglück bei Oracle in Linz geschah am Montag.", "accident", "Zugunglück"},
		{"Am Montag musste ein Flugzeug von Oracle in Linz eine Notlandung machen.", "accident", "Notlandung"},
		{"Lindner freute sich am Montag über die Geburt seines Sohnes.", "birth", "Geburt"},                  // the birth told, no time counted from it
		{"Am Montag erfolgte die Übernahme des EU-Ratsvorsitzes durch Lindner.", "appointment", "Übernahme"}, // an office taken over
		{"Am Montag erfolgte die Übernahme des Konzerns durch Lindner.", "acquisition", "Übernahme"},
		{"Die Begegnung von Lindner und Musk im Finale endete am Montag 6:3.", "match", "Begegnung"}, // a game, by its context words
		{"Am Montag kam es in Linz zu einer Begegnung von Lindner und Musk.", "meeting", "Begegnung"},
		{"Am Montag traf Lindner in Linz mit Musk zusammen.", "meeting", "traf"},
		{"Oracle hat am Montag die Stellungen von Verdi bombardiert.", "attack", "bombardiert"},
		{"Ein Boot von Oracle ist am Montag in Linz gekentert.", "accident", "gekentert"},
		{"Lindner hat das Abkommen am Montag ratifiziert.", "decision", "ratifiziert"},
		{"Oracle befreite am Montag die Geiseln von Verdi.", "release", "befreite"},
		{"Ein Haus von Oracle ist am Montag in Linz eingestürzt.", "accident", "eingestürzt"},
		{"Truppen von Oracle marschierten am Montag in Linz ein.", "attack", "marschierten"},
		{"Lindner zündete am Montag ein Haus von Oracle an.", "crime", "zündete"},
		{"Die Stilllegung des Werks von Oracle in Linz erfolgte am Montag.", "closure", "Stilllegung"},
		{"Oracle verhängte am Montag eine Vollsperrung der Zufahrt nach Linz.", "closure", "Vollsperrung"}, // a road closed, no ban
		{"Am Montag ist Lindner in Linz mit Musk zusammengetroffen.", "meeting", "zusammengetroffen"},
		{"Nach dem Spiel übernahm Lindner am Montag die Führung des Vereins.", "appointment", "übernahm"},            // a post, though games are told
		{"Oracle hat am Montag ein Sanierungsverfahren beantragt.", "insolvency", "beantragt"},                       // an insolvency under Austrian law
		{"Lindner erlag am Montag seinen schweren Verletzungen.", "death", "erlag"},                                  // died of them
		{"Lindner übernahm am Montag die Agenden Verkehr und Umwelt.", "appointment", "übernahm"},                    // a portfolio, no firm
		{"Lindner wurde am Montag aus dem Gefängnis entlassen.", "release", "entlassen"},                             // freed, not dismissed
		{"Verdi hat am Montag Lindner für zwei Millionen Euro Ablöse an Oracle verkauft.", "transfer", "verkauft"},   // a player sold
		{"Scholz verhängte am Montag bis Jahresende den Notstand.", "decision", "verhängte"},                         // the end of a year, no years of prison
		{"Lindner setzte sich am Montag im ersten Aufeinandertreffen mit Scholz 6:3, 6:4 durch.", "match", "setzte"}, // a game, no meeting
		{"OpenAI hat das Projekt angekündigt.", "announcement", "angekündigt"},
		{"OpenAI gab das Projekt bekannt.", "announcement", "gab"},
		{"Musk verklagte OpenAI.", "lawsuit", "verklagte"},
		{"Die Kartellklage gegen Amazon wurde eingereicht.", "lawsuit", "eingereicht"},
		{"Volkswagen feierte die Wiedereröffnung der Fabrik.", "opening", "Wiedereröffnung"},
		{"Facebook sperrte Trump.", "ban", "sperrte"},
		{"Verdi schloss Lindner aus der Fraktion aus.", "ban", "schloss"},
		{"Trump wurde auf Facebook gesperrt.", "ban", "gesperrt"},
		{"Zuckerberg postete ein Foto.", "post", "postete"},
		{"Trump schrieb auf seiner Plattform Truth Social, er sei stolz.", "post", "schrieb"},
		{"Musk kritisierte Trump scharf.", "criticism", "kritisierte"},
		{"Musk stellt das Projekt infrage.", "criticism", "stellt"},
		{"Microsoft hat in OpenAI investiert.", "investment", "investiert"},
		{"Trump ernannte Musk zum Berater.", "appointment", "ernannte"},
		{"Musk gab Fox News ein Interview.", "interview", "Interview"},
		{"Meta bestätigte das Gerücht.", "statement", "bestätigte"},
		{"Zuckerberg hat sich als Berater angeboten.", "offer", "angeboten"},
		{"Trump drohte Zuckerberg mit Gefängnis.", "threat", "drohte"},
		{"Zuckerberg gratulierte Trump.", "congratulation", "gratulierte"},
		{"Musk hatte Zuckerberg herausgefordert.", "challenge", "herausgefordert"},
		{"Musk ist vom Posten zurückgetreten.", "resignation", "zurückgetreten"},
		{"OpenAI und Oracle vereinbarten eine Partnerschaft.", "agreement", "vereinbarten"},
		{"Bei einer Demonstration in Berlin hatte Scholz Musk als Gefahr bezeichnet.", "protest", "Demonstration"},
		{"Volkswagen hat seine Batteriesparte abgespalten.", "spinoff", "abgespalten"},
		{"Volkswagen gliederte die Softwaresparte aus.", "spinoff", "gliederte"},
		// an insolvency is reported ("meldete Insolvenz") as well as
		// registered, and "Konkurs" is its older name
		{"Amazon meldete im Mai Insolvenz.", "insolvency", "Insolvenz"},
		{"Volkswagen hat für die Tochter Konkurs angemeldet.", "insolvency", "angemeldet"},
		{"Der Konkurs von Volkswagen wurde am Montag bekannt.", "insolvency", "Konkurs"},
		{"Volkswagen ging im Mai in Konkurs.", "insolvency", "ging"},
		// a merger by its English name; a word in "ss" in the old spelling,
		// one with "ß" in the Swiss
		{"Der Merger von Volkswagen und Meta wurde am Montag vollzogen.", "merger", "Merger"},
		{"Der Zusammenschluß von Volkswagen und Meta wurde am Montag vollzogen.", "merger", "Zusammenschluß"},
		{"Der Beschluß von Volkswagen wurde am Montag bekannt.", "decision", "Beschluß"},
		{"Volkswagen beschloß die Schließung.", "decision", "beschloß"},
		{"Volkswagen schliesst das Werk in Zwickau.", "closure", "schliesst"},
		{"Bei einem Grossbrand in Halle wurde Musk verletzt.", "accident", "Grossbrand"},
		// laying down an office is a resignation, taking it up an appointment
		{"Musk legte sein Amt nieder.", "resignation", "legte"},
		{"Musk legte sein Mandat nieder.", "resignation", "legte"},
		{"Musk trat sein Amt an.", "appointment", "trat"},
		// the Austrian oath of office; bringing a product to market
		{"Musk wurde als Minister angelobt.", "oath", "angelobt"},
		{"Die Angelobung von Musk fand am Montag statt.", "oath", "Angelobung"},
		{"Volkswagen brachte das neue Modell auf den Markt.", "launch", "brachte"},
		// adjourning is postponing; naming someone "zum" successor an
		// appointment; being found dead a death
		{"Der Prozess gegen Musk wurde vertagt.", "cancellation", "vertagt"},
		{"Musk wurde zum Nachfolger von Trump bestimmt.", "appointment", "bestimmt"},
		{"Musk wurde tot aufgefunden.", "death", "aufgefunden"},
		// a participle declined before its noun is no finite verb of its own
		{"Musk hat die von der Regierung beauftragte Oracle empfangen.", "meeting", "empfangen"},
		// a move "zum" club; a suicide bombing; a shooting that wounds
		{"Musk wechselte zum FC Bayern.", "transfer", "wechselte"},
		{"Ein Attentäter sprengte sich in Halle in die Luft.", "attack", "sprengte"},
		{"Musk wurde in Halle angeschossen.", "crime", "angeschossen"},
		// answering before a court is standing trial
		{"Musk musste sich vor dem Landgericht verantworten.", "trial", "verantworten"},
		// jobs that go are job cuts
		{"Bei Volkswagen fallen 500 Stellen weg.", "jobcuts", "fallen"},
		{"Bei Volkswagen sind 500 Arbeitsplätze weggefallen.", "jobcuts", "weggefallen"},
		// pressing charges
		{"Volkswagen hat gegen Musk Anzeige erstattet.", "lawsuit", "Anzeige"},
		{"Volkswagen erstattete Strafanzeige gegen Musk.", "lawsuit", "erstattete"},
		// firms that join, or join their units, merge
		{"Volkswagen und Meta schlossen sich zusammen.", "merger", "schlossen"},
		{"Volkswagen und Meta legten ihre Sparten zusammen.", "merger", "legten"},
		// filing a request is an application, filing for insolvency still an insolvency
		{"Volkswagen hat ein Ansuchen um Förderung gestellt.", "application", "gestellt"},
		{"Volkswagen stellte einen Antrag auf Förderung.", "application", "Antrag"},
		{"Volkswagen hat einen Insolvenzantrag gestellt.", "insolvency", "gestellt"},
		// taking into custody is an arrest; running someone over with a
		// car a killing
		{"Musk wurde in Untersuchungshaft genommen.", "arrest", "genommen"},
		{"Die Polizei nahm Musk in Gewahrsam.", "arrest", "nahm"},
		{"Musk hat Miller mit dem Auto überrollt.", "crime", "überrollt"},
		{"Musk hat Miller totgefahren.", "crime", "totgefahren"},
		// a happening named as the cause of another is not the one told
		{"Infolge einer Veröffentlichung des Magazins gab es im Mai eine Klage gegen Volkswagen.", "lawsuit", "Klage"},
		{"In Folge einer Veröffentlichung des Magazins gab es im Mai eine Klage gegen Volkswagen.", "lawsuit", "Klage"},
		// a ruling upheld, a motion rejected; a view of a proposal is no decision
		{"Das Landgericht hat am Montag das Urteil gegen Musk bestätigt.", "verdict", "Urteil"},
		{"Der Gemeinderat lehnte am Montag den Antrag von Verdi ab.", "decision", "lehnte"},
		// a demonstration broken up is the police's deed, no protest of theirs
		{"Die Polizei hat am Sonntag eine Demonstration von Verdi aufgelöst.", "closure", "aufgelöst"},
		// an election or a law a court or a parliament annuls
		{"Der Verfassungsgerichtshof hat am Montag die Stichwahl aufgehoben.", "decision", "aufgehoben"},
		// a disaster that killed people, as its clause's subject or cause, is the news
		{"Der Wirbelsturm hat am Montag in Linz 800 Menschen getötet.", "disaster", "Wirbelsturm"},
		{"Durch ein Erdbeben sind am Montag in Linz 250 Menschen ums Leben gekommen.", "disaster", "Erdbeben"},
		// a motion filed
		{"Verdi hat am Montag einen Misstrauensantrag gegen Scholz eingebracht.", "application", "eingebracht"},
		// a state of emergency declared
		{"Die Bundesregierung hat am Montag den Notstand ausgerufen.", "decision", "ausgerufen"},
		// a law or a ban a court overturns
		{"Das Landgericht hat das Verbot am Montag gekippt.", "decision", "gekippt"},
		// a recall of products is a decision; calling someone back is none
		{"Volkswagen ruft am Montag weltweit 2,4 Millionen Fahrzeuge zurück.", "decision", "ruft"},
		// people unnamed who died in a mishap: the mishap is the news
		{"Bei einem Busunglück sind am Montag in Linz 21 Pilger ums Leben gekommen.", "accident", "Busunglück"},
		// a takeover completed is the takeover, not an agreement
		{"Volkswagen hat am Montag die Übernahme von Meta abgeschlossen.", "acquisition", "Übernahme"},
		// what is called off did not take place: the calling off is the news
		{"Scholz hat am Montag das Treffen mit Oracle abgesagt.", "cancellation", "abgesagt"},
		{"Scholz stoppte am Montag den Verkauf der Sparte an Oracle.", "cancellation", "stoppte"},
		// negotiations begun are no trial, a hearing begun is
		{"Volkswagen hat mit Verdi ein Verhandlungskapitel eröffnet.", "opening", "eröffnet"},
		{"Gegen Musk hat die Hauptverhandlung begonnen.", "trial", "begonnen"},
		// a works council or a board elected is an election
		{"Bei Volkswagen haben die Beschäftigten am Montag einen neuen Betriebsrat gewählt.", "election", "gewählt"},
		// who follows someone at the top of a body, and a change at its top
		{"Scholz folgt Musk am Montag an der Spitze von Volkswagen.", "appointment", "folgt"},
		{"Bei Volkswagen gab es am Montag einen Führungswechsel.", "appointment", "Führungswechsel"},
		{"Bei Volkswagen gab es am Montag einen Wechsel an der Spitze.", "appointment", "Wechsel"},
		// a quake that shook a place, an emergency landing
		{"Ein Erdbeben hat am Montag die Häuser in Linz erschüttert.", "disaster", "Erdbeben"},
		{"Eine Maschine von Oracle musste am Montag in Linz notlanden.", "accident", "notlanden"},
		// an agreement reached ("sich verständigen auf"), diplomats expelled
		{"Volkswagen hat sich am Montag mit Verdi auf einen Tarif verständigt.", "agreement", "verständigt"},
		{"Scholz hat am Montag zwei Diplomaten ausgewiesen.", "deportation", "ausgewiesen"},
		// an attack by hackers; a title secured
		{"Am Montag gab es einen Cyberangriff auf Oracle.", "attack", "Cyberangriff"},
		{"Volkswagen hat sich am Montag den Meistertitel gesichert.", "match", "gesichert"},
		// re-elected; rockets fired, a drone shot down
		{"Verdi hat Scholz am Montag als Vorsitzenden wiedergewählt.", "election", "wiedergewählt"},
		{"Oracle hat am Montag Raketen auf Linz abgefeuert.", "attack", "abgefeuert"},
		{"Volkswagen hat am Montag über Linz eine Drohne abgeschossen.", "attack", "abgeschossen"},
		// an agreement struck down is a decision, not an agreement
		{"Der Gerichtshof hat am Montag das Abkommen von Oracle gekippt.", "decision", "gekippt"},
		// building begun, windows smashed
		{"Volkswagen hat am Montag mit dem Bau eines Werks in Linz begonnen.", "construction", "begonnen"},
		{"Oracle feierte am Montag den Spatenstich für ein Werk in Linz.", "construction", "Spatenstich"},
		{"Unbekannte haben am Montag in Linz die Scheiben eines Büros eingeschlagen.", "crime", "eingeschlagen"},
		// a bus overturned, prices capped, a board replaced
		{"Ein Bus ist am Montag in Linz von der Straße abgekommen.", "accident", "abgekommen"},
		{"Ein Bus ist am Montag in Linz umgestürzt.", "accident", "umgestürzt"},
		{"Ein Lkw ist am Montag auf der A1 bei Linz umgekippt.", "accident", "umgekippt"},
		{"Scholz hat am Montag die Gaspreise gedeckelt.", "decision", "gedeckelt"},
		{"Volkswagen hat am Montag seinen Vorstand ausgetauscht.", "dismissal", "ausgetauscht"},
		{"Volkswagen hat sich am Montag von seinem Trainer getrennt.", "dismissal", "getrennt"},
		// a storm that uprooted trees or brought traffic to a halt; services merged
		{"Ein Sturm hat am Montag in Linz zahlreiche Bäume entwurzelt.", "disaster", "Sturm"},
		{"Schneefälle haben am Montag den Verkehr in Linz lahmgelegt.", "disaster", "lahmgelegt"},
		{"Volkswagen und Oracle legen am Montag ihre Dienste zusammen.", "merger", "legen"},
		// a demonstration forbidden, a guilty verdict, a drowning, a crash,
		// a cyclist run over, a raid that busts a laboratory
		{"Scholz hat am Montag eine Demonstration von Verdi in Linz untersagt.", "ban", "untersagt"},
		{"Das Landgericht sprach Musk am Montag schuldig.", "verdict", "sprach"},
		{"Musk ist am Montag in einem See bei Linz ertrunken.", "death", "ertrunken"},
		{"Bei einem Frontalzusammenstoß in Linz sind am Montag zwei Menschen verletzt worden.", "accident", "Frontalzusammenstoß"},
		{"Ein Autofahrer hat am Montag in Linz eine Radfahrerin niedergefahren.", "accident", "niedergefahren"},
		{"Die Polizei hat am Montag in Linz ein Drogenlabor ausgehoben.", "investigation", "ausgehoben"},
		// a pardon, an envoy summoned, a rocket tested, a veto, relations taken up
		{"Scholz hat am Montag sechs Häftlinge in Linz begnadigt.", "release", "begnadigt"},
		{"Scholz hat am Montag den Botschafter von Oracle einbestellt.", "invitation", "einbestellt"},
		{"Oracle hat am Montag bei Linz eine Rakete getestet.", "launch", "getestet"},
		{"Scholz hat am Montag sein Veto gegen das Gesetz eingelegt.", "decision", "Veto"},
		{"Volkswagen und Oracle haben am Montag Beziehungen aufgenommen.", "agreement", "aufgenommen"},
		// sport: a win with "sich durchsetzen", a qualification, a title or a
		// medal won, a world record, a film's premiere
		{"Volkswagen hat sich am Montag im Finale gegen Oracle mit 2:1 durchgesetzt.", "match", "durchgesetzt"},
		{"Am Montag qualifizierte sich Volkswagen für die WM.", "match", "qualifizierte"},
		{"Musk hat am Montag in Linz Olympia-Gold geholt.", "match", "geholt"},
		{"Musk hat am Montag in Linz einen neuen Weltrekord aufgestellt.", "match", "aufgestellt"},
		{"Musk feierte am Montag mit seinem Film Premiere in Linz.", "launch", "Premiere"},
		// a project set going
		{"Musk hat am Montag in Linz ein Projekt zur Sanierung angestoßen.", "launch", "angestoßen"},
		// a recovery plan presented, a chief removed, a loss made
		{"Volkswagen hat am Montag einen Sanierungsplan vorgelegt.", "presentation", "vorgelegt"},
		{"Volkswagen hat am Montag seinen Vorstandschef Scholz abberufen.", "dismissal", "abberufen"},
		{"Volkswagen hat im Quartal einen hohen Verlust eingefahren.", "results", "Verlust"},
		// mudslides; a rector elected
		{"Am Montag ist in Linz eine Mure abgegangen.", "disaster", "Mure"},
		{"Verdi hat am Montag einen neuen Rektor gewählt.", "election", "gewählt"},
		// a package of measures put together, sanctions prolonged, rules
		// tightened, a policy outlined, a trade resumed, a plan worked
		// out, a market opening its gates
		{"Scholz und Verdi haben am Montag ein Hilfspaket geschnürt.", "decision", "geschnürt"},
		{"Die EU hat am Montag ihre Sanktionen gegen Oracle verlängert.", "decision", "verlängert"},
		{"Scholz hat am Montag die Asylgesetze verschärft.", "decision", "verschärft"},
		{"Scholz skizzierte am Montag in Linz seine neue Energiepolitik.", "presentation", "skizzierte"},
		{"Volkswagen hat am Montag den Import von Stahl wieder aufgenommen.", "launch", "aufgenommen"},
		{"Volkswagen hat mit Forschern einen Aktionsplan für Linz entwickelt.", "launch", "entwickelt"},
		{"Der Christkindlmarkt in Linz öffnet am Montag seine Tore.", "opening", "öffnet"},
		// a fund abolished, a testimony, the pleas and the prosecutor's
		// demand of a trial, a fall into a lake, a plan put on ice
		{"Der Landtag hat am Montag den Fonds abgeschafft.", "decision", "abgeschafft"},
		{"Musk hat am Montag im Prozess gegen Oracle ausgesagt.", "trial", "ausgesagt"},
		{"Am Montag folgten die Plädoyers von Musks Verteidigern.", "trial", "Plädoyers"},
		{"Am Montag hat Staatsanwalt Scholz drei Jahre Haft für Musk gefordert.", "trial", "gefordert"},
		{"Ein Bub ist am Montag in Linz in einen See gefallen.", "accident", "gefallen"},
		{"Scholz hat am Montag die Pläne für das Werk auf Eis gelegt.", "cancellation", "gelegt"},
		// a contract put out to tender, a bill debated
		{"Oracle hat am Montag einen Auftrag für Betten ausgeschrieben.", "offer", "ausgeschrieben"},
		{"Der Landtag debattierte am Montag die Reform der Mindestsicherung.", "meeting", "debattierte"},
		{"Der Nationalrat hat am Montag das neue Gesetz diskutiert.", "meeting", "diskutiert"},
		{"Der Landtag hat am Montag den Gesetzentwurf beraten.", "meeting", "beraten"},
		// a country downgraded
		{"Am Montag hat Oracle Griechenland herabgestuft.", "decision", "herabgestuft"},
		// a post taken up, told by "werden" alone
		{"Scholz wird neuer Chef von Volkswagen.", "appointment", "wird"},
		{"Neuer Chef von Volkswagen wurde Scholz.", "appointment", "wurde"},
		{"Ihr Nachfolger wird Scholz.", "appointment", "wird"},
		// a cash machine blown open, a man stabbed, a fire that hurt people
		{"Unbekannte haben am Montag in Linz einen Bankomaten gesprengt.", "crime", "gesprengt"},
		{"Ein Mann ist am Montag in Linz niedergestochen worden.", "crime", "niedergestochen"},
		{"Bei einem Brand in einem Wohnhaus in Linz sind am Montag drei Menschen verletzt worden.", "accident", "Brand"},
		// the "durch" of another noun is that noun's: Oracle closed the
		// plants and made no agreement
		{"Nach der Schließung der Werke durch Oracle belastet nun das Abkommen die Kurse.", "closure", "Schließung"},
	}
	for _, tt := range tests {
		m, ok := only(t, fx{text: tt.sentence, date: dec2024}, "")
		if !ok {
			t.Errorf("%q: no mention", tt.sentence)
			continue
		}
		if m.Kind != tt.kind || m.Trigger != tt.trigger {
			t.Errorf("%q: kind %q trigger %q, want %q %q", tt.sentence, m.Kind, m.Trigger, tt.kind, tt.trigger)
		}
	}
}

func TestNotHappenings(t *testing.T) {
	for _, sentence := range []string{
		"Auch Zuckerberg würde gerne Trump treffen.", // Konjunktiv II
		"Plötzlich wollen alle Trump treffen.",       // intention
		"Dieses Treffen zwischen Zuckerberg und Trump könnte eine Wende markieren.",
		"Musk soll das neue Ministerium führen und Trump beraten.", // a plan, no trigger either way
		"Trump wird wohl noch bekannt geben, ob er Zuckerberg trifft.",
		"Wenn Bezos Trump trifft, wird er es tun.",
		"Trifft Zuckerberg Trump?",
		"Das Treffen erfolgt inmitten wachsender Bemühungen.",           // no actor
		"Das Treffen mit Trump erfolgt inmitten wachsender Bemühungen.", // a noun in a present clause
		"Musk hat Zuckerberg nie verklagt.",
		"Seinen Rücktritt gab Scholz aber (noch) nicht bekannt.",
		"Seinen Rücktritt gab Scholz aber noch nicht bekannt.",
		"Scholz gab seinen Rücktritt nicht bekannt.",
		"Lindner traf im Spiel gegen Oracle nur die Stange.",
		"„Trump trifft Bezos“, sagte niemand.",
		"Musk hat seit dem Frühjahr mehrere Kundgebungen organisiert.",                   // a tally
		"Den Schwerpunkt setzten die Kommissionen von Verdi auf Heime mit 105 Besuchen.", // a tally
		"Lindner hat alle bisherigen drei Begegnungen gegen Scholz verloren.",            // a tally
		"Der Kritiker von Musk ist seit Juni auf der Flucht.",
		"Musk behauptet, ihm sei von Zuckerberg ein Posten angeboten worden.",                                 // an allegation
		"Musk hatte über Jahre hinweg mit Zuckerberg Vereinbarungen geschlossen.",                             // a habit
		"Musk trifft Zuckerberg regelmäßig.",                                                                  // a habit
		"Seit Jahren kritisiert Oracle die Politik von Meta.",                                                 // going on for years
		"Oracle verhandelt seit Monaten mit Meta über eine Übernahme.",                                        // going on for months
		"Hin und wieder trifft Scholz in Linz seinen Freund Lindner.",                                         // now and then
		"Lindner schont am Samstag den Kapitän, Scholz ist gesperrt.",                                         // a state now
		"Lindner und Scholz sind verletzt, Musk gesperrt.",                                                    // a state now, its copula shared
		"Seit 2019 gibt es in Linz für Oracle ein Verbot der Werbung.",                                        // there since then
		"Oracle prüft am Montag eine Übernahme von Verdi.",                                                    // weighed, not done
		"Seit zwei Wochen berät Oracle mit Meta über eine Übernahme.",                                         // going on for two weeks
		"Oracle verkauft neben Software schon seit langem auch Möbel.",                                        // going on for long
		"Am Montag drohte Lindner, die Grenzen nach Oracle zu schließen.",                                     // threatened, not done
		"Neue Telefone stellt Oracle eigentlich stets im Herbst vor.",                                         // a habit
		"Musk hat dem Plan von Scholz mehrfach zugestimmt.",                                                   // repeated
		"Scholz hat die Pläne von Musk vielfach blockiert.",                                                   // many times
		"Scholz sei in Linz zweimal festgenommen worden.",                                                     // a tally of two
		"Oracle hat 2019 seine Software millionenfach verkauft.",                                              // a tally of millions
		"Am Montag haben wir in Linz das Werk von Oracle gekauft, sagte Musk.",                                // a speaker of himself: quoted, though the marks are lost
		"Alle Gespräche von Musk mit Oracle wurden am Montag in Linz geprüft.",                                // all of many
		"Eine Übernahme von Oracle war für Musk am Montag kein Thema.",                                        // not considered
		"Es gibt Berichte, dass Musk am Montag in Linz festgenommen worden sei.",                              // reports of what may have happened
		"Oracle hat am Montag in Linz angeblich Meta gekauft.",                                                // a rumour with no one to say it
		"Scholz wies den Plan von Musk am Montag als die Übernahme von Oracle aus.",                           // what something is called
		"Lindner hat wiederholt angekündigt, Oracle zu verlassen.",                                            // again and again
		"In Linz besuchte Scholz oft seinen Freund Lindner.",                                                  // a habit
		"Verdi zahlte am Montag nicht, der angekündigte Streik von Verdi blieb jedoch aus.",                   // did not come
		"Dann machte das Gerücht die Runde, Musk habe Zuckerberg verklagt.",                                   // a rumour
		"Scholz zitiert Musk in seinem erschienenen Buch.",                                                    // a participle that only describes                   // a person, not a criticism
		"Volkswagen berät derzeit mit Scholz über den Plan.",                                                  // going on, not done
		"Forderungen nach einer Entlassung von Lindner wurden laut.",                                          // asked for
		"T Verdi hat bei den Wählern beste Chancen auf Wiederwahl",                                            // a prospect
		"Scholz verweigerte am Montag die Genehmigung für das Werk von Volkswagen.",                           // withheld
		"Seit 2011 stieg das Stellenangebot bei Volkswagen um fast 8 Prozent.",                                // a statistic
		"Am Sonntag stürzte Verdi in der Hochrechnung auf 18 Prozent ab.",                                     // a share that fell, no crash
		"Die Hoffnung auf ein Treffen mit Trump wächst bei Musk.",                                             // hoped for
		"In Linz wurden am Montag pro Stunde etwa 40 Pakete von Oracle übernommen.",                           // a rate
		"Umfragen deuten an, dass junge Wähler für Scholz stimmen werden.",                                    // a future after its verb
		"Viele glauben, dass Musk Zuckerberg heimlich getroffen hat.",                                         // what is believed
		"Lindner hatte sich für das Abkommen mit Oracle stark gemacht.",                                       // argued for
		"Am einfachsten ist es, einen Laptop zu kaufen, auf dem Oracle schon läuft.",                          // advice: an "ist" is no trigger without its particle
		"Lindner sprach sich am Montag für neue Gesetze aus, so Lindner mit Verweis auf den Streik in Paris.", // pointed to
		"Bei Oracle lassen sich Laptops am Montag auch günstiger kaufen.",                                     // what can be done
		"Scholz warb am Montag für eine Übernahme von Verdi durch Volkswagen.",                                // argued for
		"So startet auch die neue Serie am Sonntag um 20 Uhr.",                                                // "So" is no name, though "Sonntag" begins with it
		"In ihrem Roman verschmilzt Lindner am Montag Witz und Ernst zu einem Ton.",                           // people merge no companies
		"Oracle und Meta streiten darum, wer als Erster den Laptop auf den Markt bringt.",                     // who will, asked
		"Die Letztentscheidung liegt beim Rat, denn Minister Lindner hatte als Anwalt einst Musk vertreten.",  // who is to decide
		"Immer weniger Kunden kaufen bei Oracle Laptops.",                                                     // a trend
		"Musk trifft Trump immer häufiger.",                                                                   // a trend
		"Ein Treffen mit Trump am Montag hält Musk für ausgeschlossen.",                                       // a view of a happening
		"Ein Treffen mit Trump am Montag hielt Musk für ausgeschlossen.",                                      // the same, in the preterite ("hielt" of "halten")
		"Die Letztentscheidung lag beim Rat, denn Minister Lindner hatte als Anwalt einst Musk vertreten.",    // the same, in the preterite ("lag" of "liegen")
		"Drei Wochen nach der Geburt seines Sohnes Elon siegte Lindner am Montag.",                            // a time, told by a birth
		"Das Team um Elon Musk filmte die Fohlen vom Tag ihrer Geburt an.",                                    // a time, told by a birth
		"Historiker durchforsten am Montag die Archive von Oracle.",                                           // a search of no investigators
		"Seit dem Frühjahr hat die Regierung in Linz etliche Gesetze beschlossen.",                            // a tally since a time
		"Bislang wurden zwei Gesetze von Scholz in Linz verabschiedet.",                                       // a tally so far
		"Dreimal hat Oracle den Konzern Meta schon verklagt.",                                                 // a count of times
		"Oracle hat den Konzern Meta schon 13 Mal verklagt.",                                                  // a count of times in digits
		"Lindner verklagt alle zwei Wochen einen Konzern wie Meta.",                                           // every so often
		"Gerüchte über eine Übernahme von Verdi durch Oracle wurden am Montag in Linz verbreitet.",            // rumoured
		"Scholz gab am Montag eine Aussage zur Entscheidung von Verdi über Oracle.",                           // a question's topic
		"Die Truppen von Oracle griffen am Montag offenbar ein Spital in Linz an, erklärte Lindner.",          // supposed by the speaker
		"Beim Turnier in Linz hat Lindner 2019 zweimal gegen Scholz verloren.",                                // games counted
		"Gegen Lindner kündigt sich am Montag in Linz ein echtes Duell von Oracle an.",                        // looms, not announced
		"Oracle sei noch offen, derzeit liefen Gespräche mit Meta.",                                           // going on, in reported speech
		"Am Montag brachte die Armee die für das Gipfeltreffen eingerichteten Kontrollpunkte nach Linz.",      // what the posts are for
		"Das Verbot von Oracle gilt in ganz Linz.",
		"Oracle hat am Montag vielerorts Daten von Meta gestohlen.",                          // in many places                                                            // a rule in force
		"Der Landtag kam am Montag zu 31 Sitzungen zusammen und hat 87 Gesetze beschlossen.", // a year's tally
		"In 12 Begegnungen hat Oracle am Montag in Linz gegen Meta gewonnen.",                // a tally of matches
		"Die Behörde hat am Montag in Linz die Daten von Scholz erfasst.",                    // data taken in, no vehicle
		"In 20 Pflichtspielen hat Lindner am Montag gegen Meta ein Tor erzielt.",             // a tally of games no lexicon lists as a happening
	} {
		if m, ok := only(t, fx{text: sentence, date: dec2024}, ""); ok && m.Kind != "statement" {
			t.Errorf("%q: got a %s mention (trigger %q), want none", sentence, m.Kind, m.Trigger)
		}
	}
	// A rule in force since a time came into force then.
	inForce := fx{text: "Das Verbot von Oracle gilt seit 2019 in ganz Linz.", date: dec2024,
		timex: map[string]tx{"seit 2019": {"2019", model.Interval{Start: day(2019, 1, 1), End: day(2019, 12, 31)}, ""}}}
	if m, ok := only(t, inForce, ""); !ok || m.Kind != KindBan {
		t.Errorf("%q: got %v, want a ban", inForce.text, m)
	}
	// What pressure asks for, with a date in its clause.
	since := fx{text: "Obwohl der Druck für einen Rücktritt von Lindner steigt, bleibt der seit 2013 regierende Lindner im Amt.", date: dec2024,
		timex: map[string]tx{"seit 2013": {"2013", model.Interval{Start: day(2013, 1, 1), End: day(2013, 12, 31)}, ""}}}
	if m, ok := only(t, since, ""); ok {
		t.Errorf("%q: got a %s mention (trigger %q), want none", since.text, m.Kind, m.Trigger)
	}
	// An adverb that opens a sentence is no subject, though a word of
	// the article begins with it; nor is an adjective that opens a name;
	// what one is accused of is not told.
	for _, sentence := range []string{
		"So startet auch die neue Serie am Sonntag um 20 Uhr.",
		"Der Kleine Preis von Oracle startet am Sonntag um 14 Uhr.",
		"Oracle ging dem Vorwurf nach, Verdi habe Teile des Wahlkampfs am Sonntag durch Spenden finanziert.", // an allegation
	} {
		f := fx{text: sentence, date: dec2024,
			timex: map[string]tx{"am Sonntag": {"2024-12-08", model.Interval{Start: day(2024, 12, 8), End: day(2024, 12, 8)}, ""}}}
		for _, m := range Extract(0, f.build(t), testActors) {
			if m.Kind != KindStatement {
				t.Errorf("%q: got a %s mention (trigger %q) of %q, want none", sentence, m.Kind, m.Trigger, m.Object)
			}
		}
	}
	// What a campaign aims at.
	campaign := fx{text: "Mit einer Kampagne zur Übernahme von Verdi warb Volkswagen im Dezember um Aktionäre.", date: dec2024,
		timex: map[string]tx{"im Dezember": {"2024-12", model.MonthInterval(2024, 12), ""}}}
	if m, ok := only(t, campaign, ""); ok {
		t.Errorf("%q: got a %s mention (trigger %q), want none", campaign.text, m.Kind, m.Trigger)
	}
	// Words that look like triggers of a kind and are not.
	for _, tt := range []struct {
		sentence string
		not      Kind
	}{
		{"Volkswagen wächst in einigen Ländern, sagte Scholz.", KindAgreement},                                  // a determiner
		{"Bei einer Kundgebung in Berlin hat die Polizei am Montag zehn Teilnehmer festgenommen.", KindProtest}, // the arrest at it is the news
		{"Am Montag hat die Firma das Treffen mit Oracle abgesagt.", KindMeeting},                               // called off: no meeting
		{"Scholz rief am Montag seinen Sprecher zurück.", KindDecision},                                         // a call returned, no recall
		{"Die Feuerwehr hat am Montag einen Brand in Linz gelöscht.", KindBan},
		{"Der Waldbrand bei Linz wurde am Montag gelöscht.", KindBan},                                                                                                            // a fire of a compound
		{"Volkswagen weist für das Jahr einen Gewinn von zwei Milliarden Euro aus.", KindDeportation},                                                                            // shown in the accounts, no one expelled
		{"Die Arbeiten an Musks neuem Buch haben am Montag begonnen.", KindConstruction},                                                                                         // work begun, no building
		{"Volkswagen hat am Montag Daten mit Oracle ausgetauscht.", KindDismissal},                                                                                               // data exchanged, no one replaced
		{"Ein Streik hat am Montag den Flughafen von Linz lahmgelegt.", KindDisaster},                                                                                            // a strike, no storm
		{"Volkswagen hat am Montag ein neues Auto in Linz getestet.", KindLaunch},                                                                                                // a car tested, no rocket
		{"Musk hat am Montag in Linz dreimal den Meistertitel geholt.", KindMatch},                                                                                               // a tally of titles
		{"Volkswagen setzte sich am Montag vor Oracle im Finale durch.", KindMatch},                                                                                              // ahead of whom: the loser may read as the winner
		{"Musk hat am Montag mit Scholz auf den Sieg angestoßen.", KindLaunch},                                                                                                   // a toast
		{"Die Partei von Scholz hat am Montag einen Zugewinn eingefahren.", KindResults},                                                                                         // gains in an election, no profit
		{"Der Skandal hat Volkswagen am Montag schwer erschüttert.", KindDisaster},                                                                                               // shaken by news, no quake
		{"Der neue Chef von Volkswagen wird Scholz am Montag treffen.", KindAppointment},                                                                                         // a future of another verb
		{"Scholz soll neuer Chef von Volkswagen werden.", KindAppointment},                                                                                                       // meant to, not done
		{"Ob Scholz neuer Chef von Volkswagen wird, ist offen.", KindAppointment},                                                                                                // an open question                                                                                                   // a fire put out, no post deleted
		{"Musk hat am Montag in Linz einen Antrag zum Verbot von Oracle eingebracht.", KindBan},                                                                                  // moved for, not done (filing the motion is)
		{"Nur Musk traf.", KindMeeting},                                                                                                                                          // scored: no one met
		{"Diese Maßnahme hat im Dezember auch Volkswagen getroffen.", KindMeeting},                                                                                               // a blow
		{"Musk hatte in der Saison 58 Mal getroffen.", KindMeeting},                                                                                                              // scored, 58 times
		{"Die Bundesregierung demonstriert am Montag Einigkeit.", KindProtest},                                                                                                   // shows
		{"Scholz traf sich am Montag in Wien mit Verdi und Volkswagen, also einigen der schärfsten Gegner.", KindAgreement},                                                      // some of them
		{"Das stimmt Volkswagen und die Anleger vorsichtig.", KindVote},                                                                                                          // a mood
		{"Die Krise hat Volkswagen im Herbst hart getroffen.", KindMeeting},                                                                                                      // a blow
		{"Scholz traf am Montag eine Entscheidung.", KindMeeting},                                                                                                                // a decision
		{"Mit dem Gewinn traf Volkswagen im Herbst die eigene Prognose.", KindMeeting},                                                                                           // a target met
		{"Scholz war im Herbst gegen eine Veröffentlichung der Studie.", KindPublication},                                                                                        // opposed, not done
		{"Volkswagen drohe kein Engpass, sagte Scholz.", KindThreat},                                                                                                             // nothing threatened with
		{"Musk hat 2018 Aktien an Altman abgetreten.", KindResignation},                                                                                                          // shares
		{"Scholz eröffnete in Essen eine Fabrik von Volkswagen.", KindMeeting},                                                                                                   // the city, no meal
		{"Die Lehrervereinigung von Volkswagen tagte am Montag in Berlin.", KindAgreement},                                                                                       // a "Vereinigung", no "Einigung"
		{"Scholz spendete Volkswagen am Montag Lob.", KindDonation},                                                                                                              // praise, no gift
		{"Bald kommt mehr, da noch einige Fragen offen sind Volkswagen freut sich.", KindAgreement},                                                                              // einig before its noun, in a run-on sentence
		{"Die Ermittler versuchten mit Hilfe der Videos eine Liste der Anschläge zu erstellen.", KindAttack},                                                                     // referred to
		{"Lindner feuerte nach dem Spiel eine Leuchtkugel ab.", KindDismissal},                                                                                                   // "abfeuern", not "feuern"
		{"Scholz erneuerte am Montag das Versprechen, Lindner zu entlassen.", KindDismissal},                                                                                     // what a noun names
		{"Volkswagen bekam am Montag die Möglichkeit, Verdi zu übernehmen.", KindAcquisition},                                                                                    // what a noun names
		{"Volkswagen soll am Montag die Möglichkeit erhalten, Verdi zu übernehmen.", KindAcquisition},                                                                            // what a noun names, its verb before the comma
		{"Scholz reiste am Montag ab, ohne Trump zu treffen.", KindMeeting},                                                                                                      // not done
		{"Scholz verteilte in Berlin Brot, Essen und Zelte.", KindMeeting},                                                                                                       // things listed
		{"Vor wenigen Tagen sparte Scholz, um neue Gespräche mit Verdi einzuleiten.", KindMeeting},                                                                               // a purpose
		{"Lindner räumte am Montag seinen Posten bei Verdi.", KindPost},                                                                                                          // a job, no plural of "Post"
		{"Lindner ärgerte sich am Montag im Gespräch über die Steuern.", KindMeeting},                                                                                            // where it was said
		{"Lindner übte am Montag im Gespräch mit Radio Linz Kritik an Scholz.", KindMeeting},                                                                                     // an interview: what was said
		{"Alles werde gut, gab sich Lindner im Gespräch mit dem Sender zuversichtlich.", KindMeeting},                                                                            // an interview
		{"Das sei ein Fehler gewesen, fügte Lindner in dem am Montag gesendeten Gespräch hinzu.", KindMeeting},                                                                   // an interview
		{"Als der Arzt sah, dass Familien im Freien übernachten müssen, beschloss er selbst einzugreifen, erzählt Lindner im Gespräch mit einer Wochenzeitung.", KindMeeting},    // a speech tag's interview
		{"Müller hatte zuletzt gegen Volkswagen (2:0) getroffen.", KindMeeting},                                                                                                  // scored
		{"Das Werk von Volkswagen in Osnabrück bleibt geschlossen, sagte Scholz.", KindClosure},                                                                                  // a state that lasts
		{"Die Begleitung des Abends übernimmt am Montag das Trio von Verdi.", KindAppointment},                                                                                   // an escort, no post
		{"Unterstützer, die am Montag zur SPÖ und zu Verdi kommen, suchen Mitstreiter zur Weltverbesserung.", KindBirth},                                                         // "Welt" only as a word
		{"Scholz traf am Montag in Toronto den Premier.", KindMatch},                                                                                                             // a city, no goal: short cues are whole words
		{"Am Montag hat ein Autor aus Wien Lindner überfahren.", KindCrime},                                                                                                      // an author, no car
		{"Verdi baute am Montag das Digitalangebot über Musik hinaus aus.", KindOffer},                                                                                           // a range on offer, no offer made
		{"Am Montag hat Oracle die Kosten für den Umbau von Verdi übernommen.", KindAcquisition},                                                                                 // costs borne, no takeover
		{"Beim Training hatte Lindner am Montag einen schweren Sturz.", KindOverthrow},                                                                                           // a fall
		{"Linz – In Linz wurde der Wirkstoff am Montag in Ställen als Schmerzmittel eingesetzt.", KindAppointment},                                                               // a thing put to use
		{"Linz – Volkswagen bestellte am Montag zum Jahresende dreißig Busse.", KindAppointment},                                                                                 // what marks a thing
		{"Lindner streicht damit am Montag den Mut der Helfer heraus.", KindCancellation},                                                                                        // stresses
		{"Insgesamt ermittelte Oracle am Montag 55 Prozent für den Vorschlag.", KindInvestigation},                                                                               // a poll's figures
		{"Lindner hat die Stadtverwaltung immer wieder öffentlich kritisiert.", KindCriticism},                                                                                   // a habit
		{"Seit dem Beginn des Aufstands im Mai sind 512 Zivilisten getötet worden.", KindCrime},                                                                                  // a running toll
		{"In den Kämpfen in Köln starben bislang mehr als 4.000 Menschen.", KindDeath},                                                                                           // a running toll
		{"Mit der neuen Software steuert Lindner das Auto selbst, wie er gegenüber der Zeitung demonstriert.", KindProtest},                                                      // shown to someone
		{"Nach zwanzig Minuten erobert Lindner im Mittelfeld den Ball.", KindCapture},                                                                                            // a moment of play
		{"Lindner schnappte sich am Montag den Ball und traf.", KindAcquisition},                                                                                                 // a moment of play
		{"Lindner und Scholz entschieden am Montag den dritten Durchgang knapp für sich.", KindDecision},                                                                         // a game won
		{"Nutzer in Deutschland sind am Montag der höchsten Gefährdung durch Oracle ausgesetzt.", KindDecision},                                                                  // exposed
		{"Verdi hatte am Montag für einen Sieg eine Prämie von 200 Euro ausgesetzt.", KindDecision},                                                                              // a bonus offered
		{"Die Chefin von Verdi traf am Montag über Oracle scharfe Aussagen vor Publikum.", KindMeeting},                                                                          // statements made: a forbidden word's plural
		{"Verdi bleibt im Rennen und empfängt am Samstag im Heimspiel Oracle.", KindMeeting},                                                                                     // a home match
		{"Volkswagen war gegenüber Oracle ins Hintertreffen geraten.", KindMeeting},                                                                                              // fell behind: a word of its own
		{"Lindner hoffte, beim Eintreffen der Gäste gut dazustehen.", KindMeeting},                                                                                               // an arrival
		{"Die Reform lobte Lindner in einem am Freitag veröffentlichten Interview.", KindPublication},                                                                            // where it was said
		{"Um sechs Uhr waren am Montag 3.000 Menschen in der Halle, wie die Polizei von Verdi bekanntgab.", KindAnnouncement},                                                    // the source of a state
		{"Kapitän Lindner kündigte dann an: Das Team wird sich steigern.", KindAnnouncement},                                                                                     // words said
		{"Lindner schloss am Montag eine Koalition mit Verdi kategorisch aus.", KindBan},                                                                                         // ruled out
		{"Andere starben am Montag bei Protesten gegen die Regierung.", KindDeath},                                                                                               // "Andere" names no one
		{"Die Entlassung von Lindner stand am Montag bevor.", KindDismissal},                                                                                                     // about to come
		{"Ministerin Lindner äußerte sich nicht zu den Gerüchten.", KindStatement},                                                                                               // nothing said
		{"Am Montag übernahm die Mannschaft von Verdi die Initiative.", KindAppointment},                                                                                         // what a team did in a game
		{"Mit dem Auswärtssieg übernahm Verdi die Tabellenführung von Oracle.", KindAppointment},                                                                                 // a standing
		{"Mit dem Auswärtssieg übernahm Verdi die Tabellenführung von Oracle.", KindAcquisition},                                                                                 // a standing
		{"Die Gunst von Scholz erwarb sich Lindner am Montag.", KindAcquisition},                                                                                                 // gained, nothing bought
		{"Am Montag trafen Sie in Genf den Beauftragten für Minderheiten, Olaf Scholz.", KindMatch},                                                                              // met, no goal
		{"Unter den betroffenen Firmen finden sich einige durchaus bekannte Namen wie Verdi.", KindAgreement},                                                                    // "einige" counts
		{"Kaufen Sie Aktien von Verdi!, schloss Lindner am Montag seine Rede ab.", KindAgreement},                                                                                // a speech ended, no deal
		{"Neuwahlen gibt es, sobald Lindner das neue Abkommen mit Verdi unterzeichnet hat.", KindAgreement},                                                                      // not yet
		{"Seit den 1980er-Jahren hatte Lindner über seine Firma ein Wundermittel an Oracle verkauft.", KindSale},                                                                 // decades of it
		{"Scholz hatte angekündigt, beim Besuch in Paris auch die Zölle auf Stahl anzusprechen.", KindAnnouncement},                                                              // words to come
		{"Der Chef der Wache setzte sich dann am 3. Juni ab (Lindner war am Montag verschwunden).", KindDismissal},                                                               // fled, not removed
		{"Im Jahr 2023 lagen die Investitionen von Oracle um drei Prozentpunkte über denen von Verdi.", KindInvestment},                                                          // where a quantity stands
		{"Im Herbst häuften sich die Besuche von Lindner in Wien.", KindVisit},                                                                                                   // more and more of them
		{"Auch Oracle, ein Anbieter von Datenbanken, lässt Kunden entscheiden.", KindDecision},                                                                                   // may decide
		{"Die Software von Verdi eröffnete am Montag völlig neue Perspektiven für Oracle.", KindOpening},                                                                         // a figure of speech
		{"Auch Verdi kassierte bei drei Auftritten in Linz drei Pleiten gegen Oracle.", KindInsolvency},                                                                          // defeats counted
		{"Bisher konnte Verdi TV am Montag nur über Satellit und die Smartcard von Oracle empfangen.", KindMeeting},                                                              // a broadcast received
		{"Lindner besucht seit Montag eine Schule in Linz.", KindVisit},                                                                                                          // attends school
		{"Lindner habe der Zeitung am Montag vorab eine Einigung mit Verdi verkauft.", KindSale},                                                                                 // a happening presented
		{"Gegen Oracle hat Verdi bisher sieben von neun Pokalspielen verloren.", KindMatch},                                                                                      // a share of games
		{"Lindner hat in der vergangenen Saison für Verdi 31 Tore erzielt.", KindMatch},                                                                                          // a season's tally
		{"Einer Erhebung nach sterben in Linz 40 Prozent im Spital.", KindDeath},                                                                                                 // a share
		{"Ein Drittel aller heuer gemeldeten Anschläge auf Bahnhöfe wurde am Montag in Linz verübt.", KindAttack},                                                                // a share of many
		{"Der neue Generalsekretär rechnet nicht mit einem Freispruch für Lindner.", KindVerdict},                                                                                // expected, not told
		{"Die Steuerpläne von Scholz seien schrecklich für das Land, urteilte die New York Times.", KindVerdict},                                                                 // a judgement said, no court's
		{"Damaskus – Das Gift sei am 12. Mai bei Kämpfen in Homs eingesetzt worden, verlautete am Dienstag aus Kreisen der Behörde für das Verbot von Minen (Oracle).", KindBan}, // a body's remit, in its name
		{"Obwohl Lindner versprach, bei einer Niederlage abzutreten, bleibt er im Amt.", KindResignation},                                                                        // promised
		{"Scholz habe nur angeregt, dass sein Vize Lindner das Amt vorübergehend übernehme.", KindAppointment},                                                                   // proposed
		{"Oracle hatte gehofft, am Montag Verdi zu übernehmen.", KindAcquisition},                                                                                                // hoped for
		{"Das Gesetz verpflichtet Verdi, am Montag die Zahlen für Linz bekanntzugeben.", KindAnnouncement},                                                                       // an obligation
		{"Scholz hatte 2013 mit Verdi vereinbart, bis Juni 2014 in Linz Oracle zu übernehmen.", KindAcquisition},                                                                 // agreed to do
		{"Oracle hat am Montag gute Werte im Vergleich zu Verdi erzielt.", KindAgreement},                                                                                        // a comparison, no settlement
		{"Um weiterzukommen, muss Lindner am Montag beide Spiele gegen Scholz gewinnen.", KindMatch},                                                                             // still to be won
		{"Die Polizei hat am Montag den Sitz der Zeitung von Verdi gewaltsam übernommen.", KindAcquisition},                                                                      // a force takes a building
		{"Vom Kartellamt kam am Montag grünes Licht für die Übernahme von Verdi durch Oracle.", KindAcquisition},                                                                 // approved, still to come
		{"Die Polizei in Linz hat am Montag einen Anschlag auf Verdi verhindert.", KindAttack},                                                                                   // thwarted
		{"Scholz torpedierte am Montag die Fusion von Oracle mit Verdi.", KindMerger},                                                                                            // thwarted
		{"Lindner nannte am Montag die Angst vor einem Streik bei Verdi als Grund.", KindStrike},                                                                                 // feared, not told
		{"Oracle rechnete am Montag mit einem Einbruch der Preise von Verdi.", KindCrime},                                                                                        // a fall of prices, no burglary
		{"Experten konnten am Montag in Linz keinen Hinweis für eine Beschlagnahme durch Oracle finden.", KindSeizure},                                                           // evidence sought, nothing told
		{"Lindner gewann 2023 in Linz mehrere Turniere auf Sand.", KindMatch},                                                                                                    // a tally
		{"Ein Gespräch entscheidet am Montag über die Aufnahme bei Oracle.", KindDecision},                                                                                       // what settles it
		{"Sogar Oracle hat am Montag die Stadt Linz als Standort entdeckt.", KindPublication},                                                                                    // found to be, nothing discovered
		{"Die zwei bisherigen Begegnungen mit Scholz hat Lindner verloren, beide Spiele fanden in Linz statt.", KindMatch},                                                       // a tally
		{"Die zwei bisherigen Begegnungen mit Scholz hat Lindner verloren, beide Spiele fanden in Linz statt.", KindMeeting},                                                     // games, no meetings
		{"Nach dem zweiten Spiel am Montag übernahm Lindner die Führung in der Gesamtwertung.", KindAppointment},                                                                 // a lead in a contest
		{"Nach dem zweiten Spiel am Montag übernahm Lindner die Führung in der Gesamtwertung.", KindAcquisition},                                                                 // a lead in a contest
	} {
		if m, ok := only(t, fx{text: tt.sentence, date: dec2024}, ""); ok && m.Kind == tt.not {
			t.Errorf("%q: got a %s mention (trigger %q)", tt.sentence, m.Kind, m.Trigger)
		}
	}
	// What lasts beyond a happening is no telling of it; what a poem had
	// a voice announce is no news.
	for _, text := range []string{
		"Was über den Tod hinaus bleibt, ließ Lindner 1972 in einem Gedicht eine Stimme verkünden, sei das, wovon man träumt.",
		"Der Vertrag von Verdi mit Oracle gilt über die Wahl von Scholz im Jahr 2025 hinaus.",
	} {
		f := fx{text: text, date: dec2024, timex: map[string]tx{"1972": {"1972", model.YearInterval(1972), ""}, "im Jahr 2025": {"2025", model.YearInterval(2025), ""}}}
		if m, ok := only(t, f, ""); ok && m.Kind != KindStatement {
			t.Errorf("%q: got a %s mention (trigger %q)", text, m.Kind, m.Trigger)
		}
	}
	// Quoted speech is no telling: its triggers do not count, the
	// statement that frames it does.
	m, ok := only(t, fx{text: "„Ich habe Trump getroffen“, sagte Zuckerberg.", date: dec2024}, "")
	if !ok || m.Kind != "statement" || m.Trigger != "sagte" {
		t.Errorf("quoted trigger: got %+v", m)
	}
	// Metadata blocks never give events.
	if _, ok := only(t, fx{text: "M Trump trifft Zuckerberg. Foto: dpa", date: dec2024}, ""); ok {
		t.Error("a caption gave an event")
	}
}

func TestActorsOrder(t *testing.T) {
	tests := []struct {
		sentence string
		want     []string
	}{
		// the grammatical subject first, prepositional objects after
		{"Am Mittwoch trafen sich Jeff Bezos und Elon Musk mit dem designierten US-Präsidenten Donald Trump.", []string{"jeff-bezos", "elon-musk", "donald-trump"}},
		{"Mark Zuckerberg soll sich mit Donald Trump getroffen haben, wie Stephen Miller gegenüber Fox News erklärte.", []string{"mark-zuckerberg", "donald-trump"}},
		// a relative clause's actors stay out of the main clause's event
		{"Zuckerberg, der Trump nach der Wahl gratulierte, postete am 6. November auf Threads.", []string{"mark-zuckerberg"}},
		// sources, affiliations, appositions and possessors of roles are no participants
		{"Laut Berichten der New York Times aßen Bezos, Gründer von Amazon, und Musk mit Trump zu Abend.", []string{"jeff-bezos", "elon-musk", "donald-trump"}},
		{"Dies berichtete Trumps Stabschef Stephen Miller gegenüber Fox News.", []string{"stephen-miller"}},
		{"Die Tech-Schmiede OpenAI, die japanische Softbank Group und der Datenbankriese Oracle hatten das Projekt angekündigt.", []string{"openai", "softbank", "oracle"}},
		// "Bezos" is no genitive; "Trumps" before a noun is
		{"Bezos sagte, Trump sei gewachsen.", []string{"jeff-bezos"}},
		{"Facebook hat Trumps Konto gesperrt.", []string{"facebook", "donald-trump"}},
		// a subordinate clause takes its main clause's actors too; the
		// platform a ban is on bans, and who acts comes first
		{"Das Gegenteil war der Fall, da Trump 2021 auf Facebook gesperrt wurde.", []string{"facebook", "donald-trump"}},
		// an "um … zu" clause is a clause of its own, even after "um" and an article
		{"Musk reiste nach Florida, um der Plattform Threads zu helfen.", []string{"elon-musk"}},
		// a source's preposition governs its own name, not the actors after it
		{"Am Montag verklagten laut New York Times die Bundesregierung und Verdi den Konzern Amazon.", []string{"bundesregierung", "verdi", "amazon"}},
	}
	for _, tt := range tests {
		m, ok := only(t, fx{text: tt.sentence, date: dec2024, timex: map[string]tx{"Am Mittwoch": {"2024-12-18", dayIv(2024, 12, 18), ""}}}, "")
		if !ok {
			t.Errorf("%q: no mention", tt.sentence)
			continue
		}
		if got := actorIDs(m.Actors); !slices.Equal(got, tt.want) {
			t.Errorf("%q: actors %v, want %v", tt.sentence, got, tt.want)
		}
	}
}

func TestDating(t *testing.T) {
	lastWeek := model.Interval{Start: day(2024, 11, 18), End: day(2024, 12, 29)}
	tests := []struct {
		name   string
		text   string
		marker string
		want   model.Interval
		dating Dating
		timex  string
	}{
		{"own date", "Am 18. Dezember trafen sich Bezos und Trump.", "trafen", dayIv(2024, 12, 18), DatedOwn, "2024-12-18"},
		{"nearest of two", "Nachdem Musk 2018 zurückgetreten war, verklagte er OpenAI am 18. Dezember.", "verklagte", dayIv(2024, 12, 18), DatedOwn, "2024-12-18"},
		{"own clause, not a relative clause", "So kritisiert Musk ein Projekt, das Trump am 18. Dezember gelobt hatte.", "kritisiert", model.Interval{Start: day(2024, 11, 30), End: day(2024, 12, 31)}, DatedArticle, ""},
		{"after a date", "Nach den Ereignissen am 6. Januar 2021 sperrte Facebook Trump.", "sperrte", model.Interval{Start: day(2021, 1, 6), End: day(2021, 2, 5)}, DatedOwn, "2021-01-06"},
		{"since a year", "Microsoft hat seit 2019 in OpenAI investiert.", "investiert", model.Interval{Start: day(2019, 1, 1), End: day(2024, 12, 31)}, DatedOwn, "2019"},
		{"a noun's date is not the clause's", "Miller sagte, Trump sei erfreut über die Ankündigung vom 18. Dezember.", "sagte", model.Interval{Start: day(2024, 10, 31), End: day(2024, 12, 31)}, DatedArticle, ""},
		{"carried from the previous sentence", "Am 18. Dezember trafen sich Bezos und Trump. Er kündigte danach ein Projekt an.", "kündigte", dayIv(2024, 12, 18), DatedContext, ""},
		{"not carried across paragraphs", "Am 18. Dezember trafen sich Bezos und Trump.\nEr kündigte danach ein Projekt an.", "kündigte", model.Interval{Start: day(2024, 10, 31), End: day(2024, 12, 31)}, DatedArticle, ""},
		{"not carried to another story", "Am 18. Dezember trafen sich Bezos und Trump. Musk kündigte ein Projekt an.", "Musk", model.Interval{Start: day(2024, 10, 31), End: day(2024, 12, 31)}, DatedArticle, ""},
		{"past tense: the month before the article", "Zuckerberg hat Trump getroffen.", "getroffen", model.Interval{Start: day(2024, 10, 31), End: day(2024, 12, 31)}, DatedArticle, ""},
		{"reported past", "Zuckerberg soll sich mit Trump getroffen haben.", "getroffen", model.Interval{Start: day(2024, 10, 31), End: day(2024, 12, 31)}, DatedArticle, ""},
		{"news present: the article's days", "Nun kritisiert Musk die Initiative von Trump.", "kritisiert", model.Interval{Start: day(2024, 11, 30), End: day(2024, 12, 31)}, DatedArticle, ""},
		{"headline present: the recent past", "T Zuckerberg und Trump dinieren zusammen", "dinieren", model.Interval{Start: day(2024, 10, 31), End: day(2024, 12, 31)}, DatedArticle, ""},
		// background with no date anywhere: before the article, not its day
		// (the article is of some day of December: before its last day)
		{"remote: einst", "Zuckerberg verbannte Trump einst von Facebook.", "verbannte", model.Before(day(2024, 12, 31)), DatedBefore, ""},
		{"remote: pluperfect", "Zuvor hatte Musk Trump kritisiert.", "kritisiert", model.Before(day(2024, 12, 31)), DatedBefore, ""},
		// a back story right after a dated sentence: that day, or before it when it says so
		{"pluperfect after a dated sentence", "Am 18. Dezember wurde Trump gesperrt. Facebook hatte Trump wegen Hetze gesperrt.", "Hetze", dayIv(2024, 12, 18), DatedContext, ""},
		{"pluperfect of the same kind of happening", "Am 18. Dezember starben bei einem Unfall in Linz zwei Menschen. Ein Lastwagen war in Linz mit einem Bus zusammengestoßen.", "zusammengestoßen", dayIv(2024, 12, 18), DatedContext, ""},
		{"pluperfect before a dated sentence", "Am 18. Dezember trafen sich Bezos und Trump. Zuvor hatte Trump Bezos kritisiert.", "Zuvor", model.Before(day(2024, 12, 18)), DatedBefore, ""},
		// a later sentence that names the happening with its date
		{"dated by the next sentence", "Musk hat OpenAI verklagt. Die Klage ging am 18. Dezember ein.", "verklagt", dayIv(2024, 12, 18), DatedNext, ""},
		{"a decision names the verdict before it", "Das Landgericht München hatte Musk verurteilt. Die Entscheidung fiel am 18. Dezember.", "verurteilt", dayIv(2024, 12, 18), DatedNext, ""},
		{"not by the next sentence of another kind", "Musk hat OpenAI verklagt. Das Treffen fand am 18. Dezember statt.", "verklagt", model.Interval{Start: day(2024, 10, 31), End: day(2024, 12, 31)}, DatedArticle, ""},
		// a subheading dates its section
		{"the subheading's date", "# Am 18. Dezember\nMusk kritisierte Trump scharf.", "scharf", dayIv(2024, 12, 18), DatedHeading, ""},
		// "bis" after a thing is how long it holds, not when it was decided; a plan's deadline dates it
		{"a thing's extent", "Am 18. Dezember hat Scholz eine Verlängerung der Mietpreisbremse bis 2029 beschlossen.", "beschlossen", dayIv(2024, 12, 18), DatedOwn, "2024-12-18"},
		{"durations do not date", "Musk kritisierte Trump vier Jahre lang.", "kritisierte", model.Interval{Start: day(2024, 10, 31), End: day(2024, 12, 31)}, DatedArticle, ""},
		{"an adverbial's date is the clause's", "Microsoft hat mit Wirkung vom 18. Dezember OpenAI übernommen.", "übernommen", dayIv(2024, 12, 18), DatedOwn, "2024-12-18"},
		{"own date with a weekly interval", "Letzte Woche war Zuckerberg zu einem Abendessen mit Trump angereist.", "Abendessen", lastWeek, DatedOwn, "2024-W47"},
		// a happening the clause's time comes after is before that time's end
		{"after a happening", "Am 18. Dezember reiste Zuckerberg nach dem Treffen mit Trump ab.", "Treffen", model.Before(day(2024, 12, 19)), DatedBefore, "2024-12-18"},
		{"after the end of a happening", "Am 18. Dezember reiste Zuckerberg nach Ende des Treffens mit Trump ab.", "Treffens", model.Before(day(2024, 12, 19)), DatedBefore, "2024-12-18"},
		{"a date in the phrase of the happening", "Nach dem Treffen mit Trump am 18. Dezember reiste Zuckerberg ab.", "Treffen", dayIv(2024, 12, 18), DatedOwn, "2024-12-18"},
		// a post held before is no sign of when the clause's happening was; "früher" is
		{"a former post", "Musk hat den früheren Kanzler Scholz verklagt.", "verklagt", model.Interval{Start: day(2024, 10, 31), End: day(2024, 12, 31)}, DatedArticle, ""},
		{"formerly", "Musk hat früher Scholz verklagt.", "verklagt", model.Before(day(2024, 12, 31)), DatedBefore, ""},
		// the date of a happening the clause is set after is not the clause's, when it has its own
		{"after a dated happening", "Nach der Wahl 2019 verklagte Musk am 18. Dezember OpenAI.", "verklagte", dayIv(2024, 12, 18), DatedOwn, "2024-12-18"},
		// a dateline's day is the page's: what the sentence says it retells
		// is older news, before the article's day
		{"a dateline's day", "Linz, 18.12.2024 – Musk hat OpenAI verklagt.", "verklagt", dayIv(2024, 12, 18), DatedOwn, "2024-12-18"},
		{"retold under a dateline", "Linz, 18.12.2024 – Wie bereits berichtet, hat Musk OpenAI verklagt.", "verklagt", model.Before(day(2024, 12, 31)), DatedBefore, ""},
		{"retold, a day of its own", "Linz, 18.12.2024 – Wie schon mehrfach berichtet, hat Musk OpenAI am 18. Dezember verklagt.", "verklagt", dayIv(2024, 12, 18), DatedOwn, "2024-12-18"},
		// what the past tells over years up to now happened within them:
		// before the article, not on its day
		{"over years up to now", "Musk hat in den vergangenen zehn Jahren OpenAI verklagt.", "verklagt", model.Before(day(2024, 12, 31)), DatedBefore, ""},
		{"over some years", "Musk hat in den letzten Jahren OpenAI verklagt.", "verklagt", model.Before(day(2024, 12, 31)), DatedBefore, ""},
		// results are of a period, published on a day: the period is no date
		{"results of a year", "Oracle hat im Jahr 2019 einen Gewinn von drei Milliarden Euro erzielt.", "erzielt", model.Interval{Start: day(2024, 10, 31), End: day(2024, 12, 31)}, DatedArticle, ""},
		// a year in the genitive after a noun is a title's
		{"a title's year", "Am 18. Dezember wurde Musk als Unternehmer des Jahres 2019 ausgezeichnet.", "ausgezeichnet", dayIv(2024, 12, 18), DatedOwn, "2024-12-18"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := fx{text: tt.text, date: dec2024, implicit: map[string]string{"Er": "donald-trump"}, timex: map[string]tx{
				"18. Dezember":                {"2024-12-18", dayIv(2024, 12, 18), ""},
				"18.12.2024":                  {"2024-12-18", dayIv(2024, 12, 18), ""},
				"6. Januar 2021":              {"2021-01-06", dayIv(2021, 1, 6), ""},
				"2019":                        {"2019", model.YearInterval(2019), ""},
				"Jahres 2019":                 {"2019", model.YearInterval(2019), ""},
				"2029":                        {"2029", model.YearInterval(2029), ""},
				"2018":                        {"2018", model.YearInterval(2018), ""},
				"vier Jahre":                  {"P4Y", model.Interval{}, model.TimexDuration},
				"Letzte Woche":                {"2024-W47", lastWeek, ""},
				"den vergangenen zehn Jahren": {"P10Y", model.Interval{}, model.TimexDuration},
			}}
			m, ok := only(t, f, tt.marker)
			if !ok {
				t.Fatalf("no mention in %q", tt.text)
			}
			if m.Date != tt.want || m.Dating != tt.dating || m.Timex != tt.timex {
				t.Errorf("date %v (%v, timex %q), want %v (%v, timex %q)", m.Date, m.Dating, m.Timex, tt.want, tt.dating, tt.timex)
			}
		})
	}
	// An article its text dates to a week is news of that week: what it
	// tells in the past without a date is of those days, not the month
	// before.
	week := model.Interval{Start: day(2024, 12, 16), End: day(2024, 12, 22)}
	if m, ok := only(t, fx{text: "Zuckerberg hat Trump getroffen.", date: week}, ""); !ok ||
		m.Date != (model.Interval{Start: day(2024, 12, 15), End: day(2024, 12, 22)}) || m.Dating != DatedArticle {
		t.Errorf("week-dated article: %v (%v)", m.Date, m.Dating)
	}
	// An undated article dates nothing from its own date.
	m, ok := only(t, fx{text: "Zuckerberg hat Trump getroffen."}, "")
	if !ok || m.Date.Valid() || m.Dating != Undated {
		t.Errorf("undated article: %+v", m)
	}
}

func TestObjects(t *testing.T) {
	tests := []struct {
		text, object, prep string
	}{
		{"Zuckerberg traf Trump zu einem Abendessen in dessen Mar-a-Lago-Resort.", "Mar-a-Lago", "in"},
		{"Zuckerberg traf Trump in Florida.", "Florida", "in"},
		{"Zuckerberg traf Trump in Wahrheit in Florida.", "Florida", "in"},
		{"Zuckerberg traf Trump in New York.", "New York", "in"},
		{"Die Staatsanwaltschaft hatte im Jänner Anklage gegen Lindner erhoben.", "", ""}, // a month and the happening's noun, no place
		{"Zuckerberg hat Trump in Kanada Zuflucht gewährt und ihn dort getroffen.", "Kanada", "in"},
		{"OpenAI hatte das Projekt im Weißen Haus angekündigt.", "Weißen Haus", "im"},
		{"OpenAI hat das Projekt „Stargate“ angekündigt.", "„Stargate“", "von"},
		{"Zuckerberg postete am Abend auf Threads.", "Threads", "auf"},
		{"Trump schrieb auf seiner Plattform Truth Social, er sei stolz.", "Truth Social", "auf"},
		{"So kritisierte Trump Zuckerberg in seinem Buch \"Save America\".", "„Save America“", "in"},
		{"T Nach \"Stargate\"-Ankündigung\nOpenAI hatte das Joint Venture im Weißen Haus angekündigt.", "„Stargate“", "von"},
		{"Musk kritisierte Trump für seine „durchschlagenden Worte“.", "", ""},
		// roads: a motorway or federal road by its letter and number
		{"T Unfall auf der A 30\nDer Verkehr staute sich.", "A 30", "auf der"},
		{"Auf der B312 ist am Montag ein Lastwagen verunglückt.", "B312", "auf der"},
		// "Beben" alone is an earthquake
		{"T Beben in Ecuador\nDer Verkehr staute sich.", "Ecuador", "in"},
		// a speech tag's place is where it was said, what was said has its own
		{"In Kanada warten viele auf die Weiterfahrt nach Florida, sagte Scholz bei einem Besuch in Paris.", "Paris", "in"},
		{"Volkswagen hat am Montag Verdi übernommen, sagte Scholz in Paris.", "", ""},
	}
	for _, tt := range tests {
		m, ok := only(t, fx{text: tt.text, date: dec2024}, "")
		if !ok {
			t.Errorf("%q: no mention", tt.text)
			continue
		}
		if m.Object != tt.object || m.ObjectPrep != tt.prep {
			t.Errorf("%q: object %q %q, want %q %q", tt.text, m.ObjectPrep, m.Object, tt.prep, tt.object)
		}
	}
}

func TestLexiconForms(t *testing.T) {
	lx := loadLexicon()
	verbs := map[string]tense{
		"trafen": tensePreterite, "getroffen": tenseParticiple, "trifft": tensePresent,
		"kündigte": tensePreterite, "angekündigt": tenseParticiple, "ankündigte": tensePreterite, "anzukündigen": tensePresent,
		"postete": tensePreterite, "gepostet": tenseParticiple, "kritisierten": tensePreterite, "kritisiert": tensePresent,
		"bezeichnete": tensePreterite, "verklagt": tenseParticiple, "unterzeichnete": tensePreterite,
		"twitterte": tensePreterite, "aßen": tensePreterite, "bekanntgegeben": tenseParticiple,
	}
	for form, want := range verbs {
		found := false
		for _, f := range lx.verbs[form] {
			found = found || f.tense == want
		}
		if !found {
			t.Errorf("verb form %q: readings %+v, want tense %d", form, lx.verbs[form], want)
		}
	}
	for _, noun := range []string{"treffen", "treffens", "abendessens", "ankündigungen", "kartellklage", "joint-venture-ankündigung", "trump-sperre", "telefongespräch"} {
		if _, ok := lx.noun(noun); !ok {
			t.Errorf("noun %q not found", noun)
		}
	}
	for _, notNoun := range []string{"regierungskreisen", "kompost", "interessen", "washington"} {
		if id, ok := lx.noun(notNoun); ok {
			t.Errorf("%q read as trigger %+v", notNoun, lx.triggers[id])
		}
	}
	if _, err := parseLexicon("meeting Treffen x n Treffen"); err == nil {
		t.Error("a bad specificity was accepted")
	}
}

// TestNewsTriggers covers the lexicon of news happenings and the rules
// that choose among readings: separable particles, context words,
// passives, reflexives, reported speech.
func TestNewsTriggers(t *testing.T) {
	tests := []struct {
		sentence string
		kind     Kind
		noun     string
		actors   []string
	}{
		{"Scholz hat Lindner entlassen.", "dismissal", "Entlassung", []string{"olaf-scholz", "christian-lindner"}},
		// a company's staff, no one by name: job cuts, like "Stellenabbau"
		{"Danach folgte die Entlassung von 500 Beschäftigten bei Volkswagen.", "jobcuts", "Stellenabbau", []string{"volkswagen"}},
		{"Lindner wurde am Abend entlassen.", "dismissal", "Entlassung", []string{"christian-lindner"}},
		{"Lindner trat am Abend zurück.", "resignation", "Rücktritt", []string{"christian-lindner"}},
		{"Das teilte Scholz nach einem Treffen mit.", "statement", "Mitteilung", []string{"olaf-scholz"}},
		// an announcement is named by the happening it announces, its object
		{"Scholz gab seinen Rücktritt bekannt.", "announcement", "Rücktritt", []string{"olaf-scholz"}},
		{"Volkswagen und Verdi einigten sich auf einen Tarifvertrag.", "agreement", "Einigung", []string{"volkswagen", "verdi"}},
		{"Volkswagen hat sich mit Verdi geeinigt.", "agreement", "Einigung", []string{"volkswagen", "verdi"}},
		{"Lindner wurde zum Vorsitzenden gewählt.", "election", "Wahl", []string{"christian-lindner"}},
		{"Scholz sprach von einem Weckruf.", "statement", "Äußerung", []string{"olaf-scholz"}},
		{"Scholz verteidigte das Ergebnis.", "statement", "Äußerung", []string{"olaf-scholz"}},
		{"Scholz zeigte sich zufrieden.", "statement", "Äußerung", []string{"olaf-scholz"}},
		// an election annulled: a decision, not the election ("wahl" opens no compound)
		{"Das Landgericht München hat am Montag die Landtagswahl aufgehoben.", "decision", "Aufhebung", []string{"landgericht"}},
		// hit by a vehicle: an accident ("erfassen" of a camera or of data is none)
		{"Scholz wurde am Montag in Linz von einem Auto erfasst.", "accident", "Unfall", []string{"olaf-scholz"}},
		// a company's figures raised: its results
		{"Volkswagen hat seinen Umsatz im Jahr 2019 um zehn Prozent gesteigert.", "results", "Umsatz", []string{"volkswagen"}},
		{"Volkswagen steigerte 2019 den Gewinn auf zwei Milliarden Euro.", "results", "Gewinn", []string{"volkswagen"}},
		// insolvency proceedings opened over someone's assets; mergers told by "verschmelzen"
		{"Über das Vermögen von Volkswagen wurde am Freitag das Insolvenzverfahren eröffnet.", "insolvency", "Insolvenz", []string{"volkswagen"}},
		{"Über das Vermögen der Firma Volkswagen wurde das Konkursverfahren eröffnet.", "insolvency", "Insolvenz", []string{"volkswagen"}},
		// by the court that opens them, and as a recovery ("Sanierungsverfahren"): no trial
		{"Das Landgericht München hat das Insolvenzverfahren über Volkswagen eröffnet.", "insolvency", "Insolvenz", []string{"landgericht", "volkswagen"}},
		{"Beim Landgericht München wurde am Freitag ein Sanierungsverfahren eröffnet.", "insolvency", "Insolvenz", []string{"landgericht"}},
		{"Volkswagen ist pleite.", "insolvency", "Insolvenz", []string{"volkswagen"}},
		{"Lindner ist am Montag in Linz verstorben.", "death", "Tod", []string{"christian-lindner"}},
		// a clause after a comma that opens with a possessive and has its own auxiliary tells its own happening
		{"Der Sänger verstarb 1941 in Linz, sein Bruder Lindner wurde 1942 in Graz ermordet.", "crime", "Mord", []string{"christian-lindner"}},
		// a hearing before a court is a trial, negotiations are none
		{"Die Verhandlung vor dem Landgericht München fand am Freitag statt.", "trial", "Prozess", []string{"landgericht"}},
		// a walkout and a boycott are protests, not the meeting they leave
		{"Verdi verließ am Freitag aus Protest den Saal.", "protest", "Auszug", []string{"verdi"}},
		{"Verdi boykottierte am Freitag die Sitzung.", "protest", "Boykott", []string{"verdi"}},
		{"Verdi blieb der Sitzung am Freitag aus Protest fern.", "protest", "Boykott", []string{"verdi"}},
		{"Volkswagen schnappt sich Verdi.", "acquisition", "Übernahme", []string{"volkswagen", "verdi"}},
		{"Volkswagen hat sich 2014 die Sparte von Verdi gesichert.", "acquisition", "Übernahme", []string{"volkswagen", "verdi"}},
		{"Volkswagen und Verdi wurden am Freitag verschmolzen.", "merger", "Fusion", []string{"volkswagen", "verdi"}},
		// turning something down ("erteilte … eine Absage") is a statement, no cancellation
		{"Scholz erteilte dem Plan von Lindner eine Absage.", "statement", "Ablehnung", []string{"olaf-scholz"}},
		// an accusation is a statement (GUIDELINES.md §1.2), a prosecutor's a charge
		{"Scholz warf Lindner Wortbruch vor.", "statement", "Vorwurf", []string{"olaf-scholz", "christian-lindner"}},
		{"Die Staatsanwaltschaft wirft Lindner Untreue vor.", "lawsuit", "Anklage", []string{"christian-lindner"}},
		{"Lindner schloss einen Rücktritt nicht aus.", "statement", "Äußerung", []string{"christian-lindner"}},
		{"Facebook schloss Trump von der Plattform aus.", "ban", "Ausschluss", []string{"facebook", "donald-trump"}},
		{"Volkswagen schließt das Werk in Osnabrück.", "closure", "Schließung", []string{"volkswagen"}},
		{"Volkswagen kündigte die Beschäftigungssicherung.", "termination", "Kündigung", []string{"volkswagen"}},
		{"Volkswagen kündigte den Abbau von Stellen an.", "announcement", "Stellenabbau", []string{"volkswagen"}},
		{"Volkswagen kündigte einen neuen Standort an.", "announcement", "Ankündigung", []string{"volkswagen"}},
		// an announcement is named by what it announces
		{"Volkswagen will 35.000 Stellen abbauen, teilte Scholz mit.", "announcement", "Stellenabbau", []string{"olaf-scholz"}},
		{"Scholz gab am Dienstag in Berlin bekannt, für die SPD bei der Bundestagswahl 2025 kandidieren zu wollen.", "announcement", "Bekanntgabe", []string{"olaf-scholz"}}, // the election its setting, no election announced
		{"Volkswagen hatte einen Rekordgewinn erzielt.", "results", "Gewinn", []string{"volkswagen"}},
		{"Volkswagen meldete einen Verlust.", "results", "Verlust", []string{"volkswagen"}},
		{"Volkswagen meldete Rekordergebnisse für das dritte Quartal.", "results", "Bilanz", []string{"volkswagen"}},
		{"Verdi hat zum Warnstreik aufgerufen.", "announcement", "Streikaufruf", []string{"verdi"}},
		{"Verdi streikte am Montag.", "strike", "Streik", []string{"verdi"}},
		{"Das Landgericht München verurteilte Lindner zu vier Jahren Haft.", "verdict", "Urteil", []string{"landgericht", "christian-lindner"}},
		{"Scholz verurteilte den Angriff.", "criticism", "Kritik", []string{"olaf-scholz"}},
		{"Lindner war wegen Betrugs an Oracle verurteilt worden.", "verdict", "Urteil", []string{"christian-lindner", "oracle"}}, // "wegen": a conviction
		{"Lindner wurde am Flughafen festgenommen.", "arrest", "Festnahme", []string{"christian-lindner"}},
		{"Leverkusen besiegte den FC Bayern mit 1:0.", "match", "Sieg", []string{"leverkusen", "fc-bayern"}},
		{"Leverkusen hat die Meisterschaft gewonnen.", "match", "Titelgewinn", []string{"leverkusen"}},
		{"Scholz gewann die Wahl.", "election", "Wahlsieg", []string{"olaf-scholz"}},
		{"Musk erhielt den Preis für sein Lebenswerk.", "award", "Auszeichnung", []string{"elon-musk"}},
		{"Volkswagen meldete Insolvenz an.", "insolvency", "Insolvenz", []string{"volkswagen"}},
		{"Volkswagen hat Insolvenz angemeldet.", "insolvency", "Insolvenz", []string{"volkswagen"}},
		{"Ein ganztägiger Warnstreik der Gewerkschaft Verdi legte den Verkehr lahm.", "strike", "Streik", []string{"verdi"}},
		{"Scholz telefonierte mit Trump.", "meeting", "Telefonat", []string{"olaf-scholz", "donald-trump"}},
		{"Scholz bedankte sich bei Lindner.", "statement", "Dank", []string{"olaf-scholz"}}, // a statement keeps its speakers
		// a change of place ranks below what happened there
		{"Scholz reiste nach Paris, wo er Trump traf.", "meeting", "Treffen", []string{"donald-trump", "olaf-scholz"}},
		// a stay in order to do something tells that it was done there
		{"Vor wenigen Tagen war Scholz in Paris, um neue Gespräche mit Trump einzuleiten.", "meeting", "Gespräch", []string{"olaf-scholz", "donald-trump"}},
		// reported speech ranks below the report
		{"Er habe mit ihm telefoniert, schrieb Scholz.", "statement", "Äußerung", []string{"olaf-scholz"}},
		// the speaker of an inverted speech verb stands after it
		{"Volkswagen ziehe sich zurück, sagte Scholz.", "statement", "Äußerung", []string{"olaf-scholz"}},
		// a relative clause's subject pronoun is its antecedent
		{"Es war Softbank, die ihre Beteiligung an OpenAI aufstockte.", "acquisition", "Aufstockung", []string{"softbank", "openai"}},
		// "trotz" sets a noun aside; the verb's noun is the verb's
		{"Scholz blieb trotz der Kritik von Musk.", "", "", nil},
		{"Die Lufthansa, die zahlreiche Flüge absagen musste, kritisierte Verdi.", "criticism", "Kritik", []string{"verdi"}},
		// what someone expects has not happened
		{"Analysten rechnen damit, dass Volkswagen ein Angebot vorlegt.", "", "", nil},
		// a joined zu-infinitive is a clause of its own
		{"Scholz kündigte an, in Paris ein Angebot vorzulegen.", "announcement", "Angebot", []string{"olaf-scholz"}},
		// a capitalised article at the start is no noun: "Von der Leyen"
		{"Von der Lindner bedankte sich im Plenum.", "statement", "Dank", []string{"christian-lindner"}},
		{"Volkswagen und Verdi haben ihren Tarifkonflikt beigelegt.", "agreement", "Einigung", []string{"volkswagen", "verdi"}},
		{"Die Kartellklage wurde von Musk eingereicht.", "lawsuit", "Klage", []string{"elon-musk"}},
		// a score tells a match; scoring is no meeting
		{"Leverkusen hat am Freitag gegen den FC Bayern mit 2:1 gewonnen.", "match", "Sieg", []string{"leverkusen", "fc-bayern"}},
		{"Nach der Pause trafen Musk und Bezos für Leverkusen.", "match", "Tor", []string{"elon-musk", "jeff-bezos", "leverkusen"}},
		{"Musk reiste nach Florida, um Trump zu treffen.", "meeting", "Treffen", []string{"elon-musk", "donald-trump"}},
		// a particle before "und" closes its clause
		{"Scholz löste den Bundestag auf und kündigte Neuwahlen an.", "decision", "Auflösung", []string{"olaf-scholz"}},
		// a happening nobody is named for is kept with its place
		{"Am Dienstag streikten die Beschäftigten der Stadtwerke in Köln.", "strike", "Streik", nil},
		{"Am Dienstag streikten die Beschäftigten der Stadtwerke.", "", "", nil},
		// an adjective of a verb form is no trigger
		{"Scholz sprach über eine nicht näher bezeichnete Spannung.", "statement", "Äußerung", []string{"olaf-scholz"}},
		// a bill adopted is decided; a risk taken over is nothing bought
		{"Die Bundesregierung nahm am Montag den Antrag an.", "decision", "Annahme", []string{"bundesregierung"}},
		{"Volkswagen übernahm das Risiko für alle Verluste.", "", "", nil},
	}
	for _, tt := range tests {
		m, ok := only(t, fx{text: tt.sentence, date: dec2024}, "")
		if tt.kind == "" {
			if ok {
				t.Errorf("%q: got %s %q, want no mention", tt.sentence, m.Kind, m.Noun)
			}
			continue
		}
		if !ok {
			t.Errorf("%q: no mention", tt.sentence)
			continue
		}
		if m.Kind != tt.kind || m.Noun != tt.noun || !slices.Equal(actorIDs(m.Actors), tt.actors) {
			t.Errorf("%q: %s %q %v, want %s %q %v", tt.sentence, m.Kind, m.Noun, actorIDs(m.Actors), tt.kind, tt.noun, tt.actors)
		}
	}
}

// TestPlans: a future happening is a plan when the sentence dates it
// after the article; without a date, or when conditional, it is nothing.
func TestPlans(t *testing.T) {
	day18 := dayIv(2024, 12, 18)
	jan := model.MonthInterval(2025, time.January)
	tests := []struct {
		sentence string
		plan     bool
		noun     string
		date     model.Interval
	}{
		{"Scholz will im Januar nach Paris reisen.", true, "Reise", jan},
		{"Scholz soll im Januar Trump treffen.", true, "Treffen", jan},
		{"Das Treffen von Scholz und Trump ist für Januar geplant.", true, "Treffen", jan},
		{"Scholz trifft im Januar Trump.", true, "Treffen", jan},
		{"Scholz will nach Paris reisen.", false, "", model.Interval{}},
		{"Scholz würde im Januar gerne Trump treffen.", false, "", model.Interval{}},
		{"Scholz hatte im Januar Trump treffen wollen.", false, "", model.Interval{}},
		// what was done for a later date is dated by the deed
		{"Scholz lud Trump für Januar zu einem Treffen ein.", false, "Einladung", model.Interval{Start: day(2024, 10, 31), End: day(2024, 12, 31)}},
		{"Scholz traf Trump am 18. Dezember.", false, "Treffen", day18},
		// a noun after "nach" happened before the clause that looks
		// ahead, whose date is not its own
		{"Nach dem Treffen mit Trump erwartet Scholz im Januar neue Zölle.", false, "Treffen", model.Before(day(2024, 12, 31))},
	}
	for _, tt := range tests {
		f := fx{text: tt.sentence, date: model.Interval{Start: day(2024, 12, 1), End: day(2024, 12, 31)}, timex: map[string]tx{
			"im Januar":    {"2025-01", jan, ""},
			"für Januar":   {"2025-01", jan, ""},
			"18. Dezember": {"2024-12-18", day18, ""},
		}}
		m, ok := only(t, f, "")
		switch {
		case tt.noun == "" && ok:
			t.Errorf("%q: got %s %q, want nothing", tt.sentence, m.Kind, m.Noun)
		case tt.noun == "":
		case !ok:
			t.Errorf("%q: no mention", tt.sentence)
		case (m.Kind == "plan") != tt.plan || m.Noun != tt.noun || m.Date != tt.date:
			t.Errorf("%q: %s %q %v, want plan=%v %q %v", tt.sentence, m.Kind, m.Noun, m.Date, tt.plan, tt.noun, tt.date)
		}
	}
	ev, _ := Merge([]Mention{mustOnly(t, fx{text: "Scholz will im Januar nach Paris reisen.", date: dec2024, timex: map[string]tx{"im Januar": {"2025-01", jan, ""}}})}, testActors)
	if len(ev) != 1 || ev[0].Title != "Reise von Scholz nach Paris (geplant)" {
		t.Errorf("plan title: %+v", ev)
	}
}

func mustOnly(t *testing.T, f fx) Mention {
	t.Helper()
	m, ok := only(t, f, "")
	if !ok {
		t.Fatalf("no mention in %q", f.text)
	}
	return m
}

// TestNewsDating: day-precise articles, offsets from an anchor, dates of
// adjective phrases, back stories.
func TestNewsDating(t *testing.T) {
	art := dayIv(2024, 12, 18)
	election := dayIv(2024, 11, 5)
	tests := []struct {
		name, text, marker string
		want               model.Interval
	}{
		{"a day's news: its day or the day before", "Scholz hat Lindner entlassen.", "entlassen", model.Interval{Start: day(2024, 12, 17), End: day(2024, 12, 18)}},
		{"an offset after an anchor", "Sechs Wochen nach der Wahl hat Scholz Lindner entlassen.", "entlassen", dayIv(2024, 12, 17)},
		{"an offset before an anchor", "Einen Tag vor der Wahl hat Scholz Lindner entlassen.", "entlassen", dayIv(2024, 11, 4)},
		{"a date of an adjective phrase", "Im September hatte Volkswagen die seit 1994 geltende Sicherung gekündigt.", "gekündigt", model.MonthInterval(2024, time.September)},
		{"no back story's date", "Verdi hatte am Freitag gestreikt. Verdi kritisierte Volkswagen.", "kritisierte", model.Interval{Start: day(2024, 12, 17), End: day(2024, 12, 18)}},
		// "verkauft" after "hatte" is the participle: the pluperfect is
		// before the article, not of its day
		{"a form both present and participle", "Volkswagen hatte Anleihen an Anleger verkauft.", "verkauft", model.Before(day(2024, 12, 18))},
		{"a participle dated in its phrase", "Scholz zitiert Musk in seinem im Oktober erschienenen Buch.", "erschienenen", model.MonthInterval(2024, time.October)},
		{"a date after the place of a noun trigger", "Streik mit Ausfällen in Köln vom 4. März", "Streik", dayIv(2024, 3, 4)},
		{"a date of the place's noun, not the trigger's", "Verdi streikte gegen die Sparpläne des Stadtrats vom 4. März.", "streikte", model.Interval{Start: day(2024, 12, 17), End: day(2024, 12, 18)}},
		{"damals: the time named last", "Lindner ist seit 1994 in Berlin. Damals hatte Scholz Lindner entlassen.", "entlassen", model.YearInterval(1994)},
		{"a chronicle's entry goes on", "1987 – Scholz entlässt Lindner. Die Rebellen ernennen Musk zum Präsidenten.", "ernennen", model.YearInterval(1987)},
		{"a month in a chronicle's entry is of its year", "1987 – Der im Oktober verhaftete Lindner wird in Linz zum Präsidenten ernannt.", "verhaftete", model.MonthInterval(1987, time.October)},
		{"a year goes on only in a chronicle", "Im Jahr 1987 entließ Scholz Lindner. Die Rebellen ernannten Musk zum Präsidenten.", "ernannten", model.Interval{Start: day(2024, 12, 17), End: day(2024, 12, 18)}},
		// a date of the cause is not the verdict's
		{"a cause's date", "Lindner wurde wegen eines Betrugs an Oracle im Jahr 1987 verurteilt.", "verurteilt", model.Interval{Start: day(2024, 12, 17), End: day(2024, 12, 18)}},
		{"the clause's date beside a cause's", "Lindner wurde am Freitag wegen eines Betrugs im Jahr 1987 verurteilt.", "verurteilt", dayIv(2024, 12, 13)},
		// "seit" after a first or a record says when it last was
		{"a first since a year", "Volkswagen meldete den ersten Verlust seit 1987.", "meldete", model.Interval{Start: day(2024, 12, 17), End: day(2024, 12, 18)}},
		{"since a year", "Meta hat seit 1987 in Oracle investiert.", "investiert", model.Interval{Start: day(1987, 1, 1), End: day(2024, 12, 18)}},
		// a deadline after the article: from now up to it
		{"up to a year to come", "Volkswagen streicht bis 2027 rund 2.000 Stellen.", "streicht", model.Interval{Start: day(2024, 12, 18), End: day(2027, 12, 31)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := fx{text: tt.text, date: art, timex: map[string]tx{
				"Sechs Wochen": {"P6W", model.Interval{}, model.TimexDuration},
				"Einen Tag":    {"P1D", model.Interval{}, model.TimexDuration},
				"der Wahl":     {"2024-11-05", election, ""},
				"Im September": {"2024-09", model.MonthInterval(2024, time.September), ""},
				"seit 1994":    {"1994", model.YearInterval(1994), ""},
				"1987":         {"1987", model.YearInterval(1987), ""},
				"im Jahr 1987": {"1987", model.YearInterval(1987), ""},
				"am Freitag":   {"2024-12-13", dayIv(2024, 12, 13), ""},
				"im Oktober":   {"2024-10", model.MonthInterval(2024, time.October), ""},
				"4. März":      {"2024-03-04", dayIv(2024, 3, 4), ""},
				"2027":         {"2027", model.YearInterval(2027), ""},
			}}
			m, ok := only(t, f, tt.marker)
			if !ok {
				t.Fatalf("no mention in %q", tt.text)
			}
			if m.Date != tt.want {
				t.Errorf("date %v, want %v", m.Date, tt.want)
			}
		})
	}
}

func TestInstitutions(t *testing.T) {
	tests := []struct {
		text, institution string
		kind              Kind
	}{
		{"Die Polizei hat am Montag zwei Männer festgenommen.", "Polizei", KindArrest},
		{"Zwei Männer wurden am Montag von der Polizei festgenommen.", "Polizei", KindArrest},
		{"Das Landesgericht verurteilte den Mann am Montag zu drei Jahren Haft.", "Landesgericht", KindVerdict},
		{"Ermittler haben am Montag in Linz Falschgeld sichergestellt.", "Ermittler", KindSeizure},
		{"Sicherheitskräfte haben am Sonntag zwölf Touristen getötet.", "Sicherheitskräfte", KindCrime},
		{"Die Leiterin der Schulbehörde gab am Sonntag die Termine bekannt.", "Schulbehörde", KindAnnouncement},
		{"Die Ermittlungen der Zürcher Staatsanwaltschaft begannen am Montag.", "", KindInvestigation},
		// a count after the preposition: whom it was aimed at, not who did it
		{"Am Montag gab es einen Anschlag auf zwei Polizisten.", "", KindAttack},
		// the subject of a clause set after a happening did what the clause tells
		{"Zwei Tage nach der Wahl in Linz hat die Polizei das Büro einer Zeitung geräumt.", "", KindElection},
		{"Nach der Festnahme durch die Polizei in Linz blieb es ruhig.", "Polizei", KindArrest},
		// an assembly elects
		{"Der Landtag wählte am Montag einen neuen Präsidenten.", "Landtag", KindElection},
		// a delegation and a cabinet act as bodies
		{"Das Bundeskabinett hat am Mittwoch das Paket beschlossen.", "Bundeskabinett", KindDecision},
		{"Die Regierungsdelegation hat am Montag ihre Teilnahme ausgesetzt.", "Regierungsdelegation", KindDecision},
		// no body makes an accident
		{"Am Montag gingen die Ermittler in Linz anfangs von einem Unfall aus.", "", KindAccident},
		// people counted after the noun are no body acting
		{"Über den Anschlag in Linz wurde am Montag berichtet, die Opfer waren zwei Polizisten und zwei Passanten.", "", KindAttack},
	}
	for _, tt := range tests {
		m, ok := only(t, fx{text: tt.text, date: dec2024}, "")
		if tt.institution == "" {
			if ok && m.institution != "" {
				t.Errorf("%q: got institution %q", tt.text, m.institution)
			}
			continue
		}
		if !ok || m.institution != tt.institution || m.Kind != tt.kind {
			t.Errorf("%q: got %s %q (%v), want %s %q", tt.text, m.Kind, m.institution, ok, tt.kind, tt.institution)
		}
	}
	// Not an institution that acts: named in a genitive, or by someone
	// who comments.
	for _, text := range []string{
		"Ein Sprecher der Polizei sagte am Montag, es gebe keine Spur.",
		"Nach Angaben der Polizei ist die Lage am Montag ruhig.",
	} {
		if m, ok := only(t, fx{text: text, date: dec2024}, ""); ok && m.institution != "" {
			t.Errorf("%q: got institution %q", text, m.institution)
		}
	}
	// Merge makes the institution an actor, once per noun (and the men
	// arrested, whom it befell, another).
	a := fx{text: "Die Polizei hat am Montag zwei Männer festgenommen.\nDie Polizei hat am 3. Dezember in Graz Falschgeld beschlagnahmt.", date: dec2024}.build(t)
	events, table := Merge(Extract(0, a, testActors), testActors)
	if len(table) != len(testActors)+2 || table[len(testActors)].Name != "Polizei" || table[len(testActors)+1].Name != "Männer" {
		t.Fatalf("table: got %d actors, want the test actors, Polizei and Männer", len(table))
	}
	for _, e := range events {
		if !slices.Contains(e.Actors, len(testActors)) || e.RoleOf(len(testActors)) != model.RoleAgent {
			t.Errorf("%q: actors %v roles %v, want Polizei as agent", e.Title, e.Actors, e.Roles)
		}
	}
}

func TestDoneToUnnamed(t *testing.T) {
	m, ok := only(t, fx{text: "Ein gesuchter Schmuggler ist am Bahnhof festgenommen worden.", date: dec2024}, "")
	if !ok || m.Kind != KindArrest || m.Object != "Schmuggler" {
		t.Errorf("got %s %q (%v), want an arrest of the smuggler", m.Kind, m.Object, ok)
	}
}

// TestDoneByAged: someone named by age alone ("Ein 40-Jähriger") is the
// unnamed person a clause tells of, as "ein Unbekannter" is.
func TestDoneByAged(t *testing.T) {
	for _, tt := range []struct {
		text, object string
		kind         Kind
	}{
		{"Ein 40-Jähriger ist am Bahnhof festgenommen worden.", "40-Jähriger", KindArrest},
		{"Zwei 17-Jährige wurden am Montag festgenommen.", "Zwei 17-Jährige", KindArrest},
		{"Ein 19-Jähriger überfiel am Dienstagabend einen Kiosk.", "19-Jähriger", KindCrime},
	} {
		m, ok := only(t, fx{text: tt.text, date: dec2024}, "")
		if !ok || m.Kind != tt.kind || m.Object != tt.object {
			t.Errorf("%q: got %s %q (%v), want %s of %q", tt.text, m.Kind, m.Object, ok, tt.kind, tt.object)
		}
	}
}

// TestDoneToCounted: a ban or a release told in the passive, with no
// date, is news of the people it counts; of a thing it is none.
func TestDoneToCounted(t *testing.T) {
	for _, text := range []string{"Zwei Spieler wurden für drei Spiele gesperrt.", "12 Geiseln sind freigelassen worden."} {
		m, ok := only(t, fx{text: text, date: dec2024}, "")
		if !ok || m.Kind != KindBan && m.Kind != KindRelease || m.sufferer == "" {
			t.Errorf("%q: got %s %q (%v), want a ban or release of the people counted", text, m.Kind, m.sufferer, ok)
		}
	}
	noMentionOf(t, fx{text: "Die Straße wurde für drei Tage gesperrt.", date: dec2024}, KindBan)
}

func TestToldKnown(t *testing.T) {
	a := fx{text: "Die Polizei hat am Montag zwei Männer festgenommen.\nSie waren zu Fuß unterwegs.\nDas gab die Polizei am 3. Dezember bekannt.", date: dec2024}.build(t)
	ms := Extract(0, a, testActors)
	if len(ms) != 2 || ms[1].Kind != KindArrest {
		t.Fatalf("got %d mentions, want the arrest and how it became known, both arrests", len(ms))
	}
	if events, _ := Merge(ms, testActors); len(events) != 1 {
		t.Errorf("got %d events, want one", len(events))
	}
}

// TestDatedAttribute: a participle before a noun with its own date tells
// a second happening of the sentence, with the attribute's date and
// actors.
func TestDatedAttribute(t *testing.T) {
	y2003 := model.YearInterval(2003)
	f := fx{text: "Altman lobte am Montag die von Scholz 2003 in den Vorstand berufene Managerin Lindner.", date: dec2024,
		timex: map[string]tx{"2003": {"2003", y2003, ""}}}
	a := f.build(t)
	var got *Mention
	ms := Extract(0, a, testActors)
	for i := range ms {
		if ms[i].Kind == KindAppointment {
			got = &ms[i]
		}
	}
	if got == nil {
		t.Fatalf("no appointment among %d mentions", len(ms))
	}
	if got.Date != y2003 || got.Dating != DatedOwn {
		t.Errorf("date %v (%v), want %v from its own expression", got.Date, got.Dating, y2003)
	}
	if ids := actorIDs(got.Actors); !slices.Equal(ids, []string{"olaf-scholz", "christian-lindner"}) ||
		!slices.Equal(got.Roles, []model.Role{model.RoleAgent, model.RolePatient}) {
		t.Errorf("actors %v roles %v, want Scholz agent, Lindner patient", ids, got.Roles)
	}
	// without a date of its own the attribute only describes
	f.text = "Altman lobte am Montag die von Scholz in den Vorstand berufene Managerin Lindner."
	for _, m := range Extract(0, f.build(t), testActors) {
		if m.Kind == KindAppointment {
			t.Errorf("an undated attribute made a mention: %+v", m)
		}
	}
}

// TestDatedUnnamed: a happening named by its noun and dated by its clause
// is an event with nobody named; a verb with an unnamed subject is not.
func TestDatedUnnamed(t *testing.T) {
	may := dayIv(2025, 5, 3)
	tests := []struct {
		sentence string
		kind     Kind
	}{
		{"Am 3. Mai beginnt die Abstimmung.", KindPlan},
		{"Am 3. Mai fand die Abstimmung statt.", KindVote},
		{"Am 3. Mai fand in Velmark die Abstimmung statt.", KindVote}, // the place's preposition governs no more than the place
		{"Am 3. Mai starten die anderen Länder.", ""},
		{"Die Abstimmung beginnt bald.", ""},
	}
	for _, tt := range tests {
		f := fx{text: tt.sentence, date: dec2024, timex: map[string]tx{"Am 3. Mai": {"2025-05-03", may, ""}}}
		if tt.kind == KindVote {
			f.date = dayIv(2025, 5, 6)
		}
		m, ok := only(t, f, "")
		switch {
		case tt.kind == "" && ok:
			t.Errorf("%q: got %s %q, want nothing", tt.sentence, m.Kind, m.Trigger)
		case tt.kind != "" && !ok:
			t.Errorf("%q: no mention", tt.sentence)
		case ok && m.Kind != tt.kind:
			t.Errorf("%q: kind %s, want %s", tt.sentence, m.Kind, tt.kind)
		}
	}
	// in an article of unknown year "im November" dates nothing, and a
	// happening that names no one says nothing without its date
	f := fx{text: "Im November fand die Abstimmung statt.", timex: map[string]tx{"Im November": {"XXXX-11", model.Interval{}, ""}}}
	if m, ok := only(t, f, ""); ok {
		t.Errorf("undated: got %s %q dated %v", m.Kind, m.Trigger, m.Date)
	}
}

// TestNamedBack: a sentence that names the happening before it with a
// definite article and only adds its date is a mention of it, not a row
// of its own.
func TestNamedBack(t *testing.T) {
	f := fx{text: "Das Landgericht München hatte Musk verurteilt. Die Entscheidung fiel am 18. Dezember.", date: dec2024,
		timex: map[string]tx{"am 18. Dezember": {"2024-12-18", dayIv(2024, 12, 18), ""}}}
	ms := Extract(0, f.build(t), testActors)
	events, _ := Merge(ms, testActors)
	if len(events) != 1 || events[0].Date != dayIv(2024, 12, 18) || len(events[0].Mentions) != 2 {
		t.Errorf("want one verdict of 18 December told twice, got %v", titles(events))
	}
}

// TestClauseEvent: a subordinate clause with a date of its own tells a
// second happening of the sentence; one without does not. In an article
// whose date is unknown, "vor vier Jahren" is a time all the same (a year,
// once the date is known): a relative clause that tells what was done to
// a thing then is a second happening; "vor einigen Jahren" is no such
// time.
func TestClauseEvent(t *testing.T) {
	d16 := dayIv(2024, 12, 16)
	tests := []struct {
		text    string
		undated bool
		want    []Kind
	}{
		{"Die Bundesregierung veröffentlichte ein Video der Täter, die am Montag in Köln eine Bank überfallen hatten.", false, []Kind{KindPublication, KindCrime}},
		{"Die Bundesregierung veröffentlichte ein Video der Täter, die in Köln eine Bank überfallen hatten.", false, []Kind{KindPublication}},
		{"Die Bundesregierung veröffentlichte am Montag ein Video der Täter, die am Montag in Köln eine Bank überfallen hatten.", false, []Kind{KindPublication}},
		{"Die Fähre Linzerin, die vor vier Jahren in Betrieb genommen wurde, hat Oracle 2019 von Meta gekauft.", true, []Kind{KindAcquisition, KindOpening}},
		{"Die Fähre Linzerin, die vor einigen Jahren in Betrieb genommen wurde, hat Oracle 2019 von Meta gekauft.", true, []Kind{KindAcquisition}},
	}
	for _, tt := range tests {
		f := fx{text: tt.text, date: dec2024, timex: map[string]tx{
			"am Montag":          {"2024-12-16", d16, ""},
			"vor vier Jahren":    {"PAST_REF", model.Interval{}, model.TimexDate},
			"vor einigen Jahren": {"PAST_REF", model.Interval{}, model.TimexDate},
			"2019":               {"2019", model.YearInterval(2019), ""},
		}}
		if tt.undated {
			f.date = model.Interval{}
		}
		var got []Kind
		for _, m := range Extract(0, f.build(t), testActors) {
			got = append(got, m.Kind)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: kinds %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestQuoteIntroduction: a noun of criticism that a colon ends introduces
// what was said, a statement; told in its own clause it is criticism.
func TestQuoteIntroduction(t *testing.T) {
	day := dayIv(2024, 12, 5)
	for _, tt := range []struct {
		sentence string
		kind     Kind
	}{
		{"Heftige Kritik von Scholz am Donnerstag: Das Gesetz sei ein Fehler.", ""},
		{"Scholz attackierte Musk am Donnerstag: Das Gesetz sei ein Fehler.", KindCriticism},
	} {
		f := fx{text: tt.sentence, date: dayIv(2024, 12, 6), timex: map[string]tx{"am Donnerstag": {"2024-12-05", day, ""}}}
		got := Kind("")
		if m, ok := only(t, f, ""); ok && m.Kind != KindStatement {
			got = m.Kind
		}
		if got != tt.kind {
			t.Errorf("%q: got %q, want %q", tt.sentence, got, tt.kind)
		}
	}
}

// TestSpeechVenue: a statement made at a press conference is a statement,
// a reaction; the press conference told as what happened is a row.
func TestSpeechVenue(t *testing.T) {
	for _, tt := range []struct {
		sentence, noun string
	}{
		{"Scholz äußerte sich auf einer Pressekonferenz zu dem Plan.", "Äußerung"},
		{"Scholz gab am Montag eine Pressekonferenz.", "Pressekonferenz"},
		{"Scholz äußerte sich am Montag bei einem Pressegespräch zu dem Plan.", "Äußerung"},
	} {
		f := fx{text: tt.sentence, date: dayIv(2024, 12, 3), timex: map[string]tx{"am Montag": {"2024-12-02", dayIv(2024, 12, 2), ""}}}
		m, ok := only(t, f, "")
		if !ok || m.Noun != tt.noun {
			t.Errorf("%q: got %v %q, want a mention named %q", tt.sentence, ok, m.Noun, tt.noun)
		}
	}
}

// TestStepOfHappening: what is done during a happening the article told
// before is a step of it, a mention of that happening; told alone, it is
// news of its own.
func TestStepOfHappening(t *testing.T) {
	step := "Während des Treffens stellte Scholz Lindner den Plan vor."
	for _, tt := range []struct {
		text  string
		kinds []Kind // of the rows, in order
	}{
		{"Scholz traf Lindner in Berlin. " + step, []Kind{KindMeeting}},
		{step, []Kind{KindPresentation}},
	} {
		a := fx{text: tt.text, date: dayIv(2024, 12, 3)}.build(t)
		events, _ := Merge(Extract(0, a, testActors), testActors)
		var got []Kind
		for _, e := range events {
			got = append(got, Kind(e.Kind))
		}
		if !slices.Equal(got, tt.kinds) {
			t.Errorf("%q: rows %v, want %v", tt.text, titles(events), tt.kinds)
		}
	}
}

// TestJudgedKnown: a happening a clause only judges ("sei richtig
// gewesen") is background before the article, not of the article's days.
func TestJudgedKnown(t *testing.T) {
	for _, tt := range []struct {
		sentence string
		open     bool
	}{
		{"Auch die Entscheidung von Volkswagen sei richtig gewesen.", true},
		{"Das Treffen von Scholz und Lindner war ein Erfolg.", true},
		{"Auch die Entscheidung von Volkswagen wurde gefeiert.", false},
	} {
		m, ok := only(t, fx{text: tt.sentence, date: dec2024}, "")
		if !ok || m.Date.OpenStart() != tt.open {
			t.Errorf("%q: mention %v dated %v, want open %v", tt.sentence, ok, m.Date, tt.open)
		}
	}
}

// TestCoordinatedEvent: two happenings of different families joined by
// "und" in one clause are two mentions; one operation's two steps are one.
func TestCoordinatedEvent(t *testing.T) {
	for _, tt := range []struct {
		sentence string
		kinds    []Kind
		triggers []string
	}{
		{"Verdi klagte gegen Volkswagen und erzielte einen Vergleich.", []Kind{KindLawsuit, KindAgreement}, []string{"klagte", "Vergleich"}},
		{"Die Polizei nahm Scholz fest und beschlagnahmte Drogen.", []Kind{KindArrest}, []string{"nahm"}},
	} {
		a := fx{text: tt.sentence, date: dec2024}.build(t)
		var kinds []Kind
		var triggers []string
		for _, m := range Extract(0, a, testActors) {
			kinds = append(kinds, m.Kind)
			triggers = append(triggers, m.Trigger)
		}
		if !slices.Equal(kinds, tt.kinds) || !slices.Equal(triggers, tt.triggers) {
			t.Errorf("%q: mentions %v %q, want %v %q", tt.sentence, kinds, triggers, tt.kinds, tt.triggers)
		}
	}
}

// TestStatementAbout: a statement that names a kind of happening by its
// noun says what it is about.
func TestStatementAbout(t *testing.T) {
	m, ok := only(t, fx{text: "Scholz sagte, er sei erfreut über die Übernahme.", date: dec2024}, "")
	if !ok || m.Kind != KindStatement || m.about != KindAcquisition {
		t.Errorf("got %v %s about %q, want a statement about an acquisition", ok, m.Kind, m.about)
	}
}

// TestShortInstitution: a headline or a later sentence that shortens the
// article's institution ("Ministerium" for "Innenministerium") names the
// same actor, and the happening is one event; with two institutions the
// short noun could be either, and stays as written.
func TestShortInstitution(t *testing.T) {
	one := fx{text: "T Ministerium verbietet Demonstration\nDas Innenministerium hat am Montag die Demonstration verboten.", date: dec2024}.build(t)
	events, table := Merge(Extract(0, one, testActors), testActors)
	if len(events) != 1 || len(events[0].Actors) != 1 || table[events[0].Actors[0]].Name != "Innenministerium" {
		t.Errorf("one ministry: got %v, want one event of the Innenministerium", titles(events))
	}
	two := fx{text: "T Ministerium verbietet Demonstration\nDas Innenministerium hat am Montag die Demonstration verboten.\nDas Außenministerium hat am Dienstag ein Treffen verboten.", date: dec2024}.build(t)
	_, table = Merge(Extract(0, two, testActors), testActors)
	if !slices.ContainsFunc(table, func(a model.Actor) bool { return a.Name == "Ministerium" }) {
		t.Errorf("two ministries: the short noun was resolved to one of them")
	}
}

// TestSpeechContent: what a sentence says someone holds, told in the
// present before a speech tag ("…, sagte X", "…, so X", "…, hielt X
// fest"), or what someone must or may do, is no happening; the same
// told in the past, dated, or by the noun a verb needs, is.
func TestSpeechContent(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Meta sperrt Konten von Kritikern, sagte Musk.", ""},
		{"Meta sperrt Konten von Kritikern, so Musk.", ""},
		{"Meta hat Konten von Kritikern gesperrt, sagte Musk.", KindBan},
		{"Meta sperrt am Freitag Konten von Kritikern, sagte Musk.", KindBan},
		{"Maßnahmen gegen Meta sind rasch zu setzen, hielt Musk fest.", ""}, // "fest" is the tag's, no "festsetzen"
		{"Meta muss dem Plan von Trump zustimmen.", ""},
		{"Meta darf die Konten sperren.", ""},
		{"Meta hat dem Plan von Trump zugestimmt.", KindDecision},
		{"Volkswagen muss Insolvenz beantragen.", KindInsolvency},
	})
}

// kindCase is a sentence and the kind of happening it tells, "" for none
// (a statement counts as none unless it is asked for).
type kindCase struct {
	sentence string
	kind     Kind
}

// checkKinds extracts each sentence alone (dated December 2024, "am
// Freitag" the 20th) and checks the kind of its mention.
func checkKinds(t *testing.T, cases []kindCase) {
	t.Helper()
	for _, tt := range cases {
		f := fx{text: tt.sentence, date: dec2024, timex: map[string]tx{"am Freitag": {"2024-12-20", dayIv(2024, 12, 20), ""}}}
		m, ok := only(t, f, "")
		if ok && m.Kind == KindStatement && tt.kind != KindStatement {
			ok = false
		}
		switch {
		case tt.kind == "" && ok:
			t.Errorf("%q: got a %s mention (trigger %q), want none", tt.sentence, m.Kind, m.Trigger)
		case tt.kind != "" && (!ok || m.Kind != tt.kind):
			t.Errorf("%q: got %s (%v), want a %s mention", tt.sentence, m.Kind, ok, tt.kind)
		}
	}
}

// TestExpectedNoun: a happening named as what someone fears, hopes or
// expects is not told as happened; named in a phrase of its own beside
// such a verb ("erwartet nach der Übernahme …"), it is.
func TestExpectedNoun(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Meta befürchtet die Übernahme durch Oracle.", ""},
		{"Analysten erwarten eine Übernahme von Meta durch Oracle.", ""},
		{"Meta erwartet nach der Übernahme durch Oracle weniger Umsatz.", KindAcquisition},
		{"Die erwartete Übernahme von Meta durch Oracle gelang am Freitag.", KindAcquisition},
	})
}

// TestNegation: a happening the clause denies ("nicht", "kein") is none;
// "nicht nur … sondern auch", "nicht zuletzt", a "nicht" of an attribute
// or of another segment, and a denying statement still tell one.
func TestNegation(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Meta hat Trump am Freitag nicht gesperrt.", ""},
		{"Es gab am Freitag keine Einigung zwischen Meta und Oracle.", ""},
		{"Meta hat Trump nicht am Freitag, sondern am Montag gesperrt.", KindBan},
		{"Meta hat Trump nicht nur gesperrt, sondern auch verklagt.", KindBan},
		{"Wegen des Streiks bei Meta blieben am Freitag Büros zu, Beiträge wurden nicht gelöscht.", KindStrike},
		{"Musk schloss eine Einigung mit Meta am Freitag nicht aus.", KindStatement},
	})
}

// TestSourceClause: "Wie X meldete, …" names the source of what the
// sentence tells: no statement or announcement of X's, and X takes no
// part in the happening.
func TestSourceClause(t *testing.T) {
	for _, tt := range []struct {
		sentence string
		want     []string // the actors of the one mention, nil for none
	}{
		{"Wie Fox News berichtete, soll Musk die Firma bis zur nächsten Wahl führen.", nil},
		{"Wie Fox News berichtete, hat Meta den Konzern Oracle übernommen.", []string{"meta", "oracle"}},
	} {
		m, ok := only(t, fx{text: tt.sentence, date: dec2024}, "")
		if got := actorIDs(m.Actors); ok != (tt.want != nil) || !slices.Equal(got, tt.want) {
			t.Errorf("%q: got %s %v (%v), want %v", tt.sentence, m.Kind, got, ok, tt.want)
		}
	}
}

// TestPassiveAgainst: a passive aimed at someone nobody names ("Gegen die
// Bürgermeister wurden Ermittlungen eingeleitet") is a happening of that
// someone, also when a speech tag names who reports it; the reporter
// takes no part in it. (An investigation may be aimed at a firm as well
// as a person: the someone is no actor of it.)
func TestPassiveAgainst(t *testing.T) {
	for _, text := range []string{
		"Gegen den Bürgermeister wurden wegen Untreue Ermittlungen eingeleitet.",
		"Gegen den Meta-Manager sind auch Ermittlungen wegen Untreue eingeleitet worden, meldete der Sender Fox News.",
	} {
		events, _ := Merge(Extract(0, fx{text: text, date: dec2024}.build(t), testActors), testActors)
		if len(events) != 1 || events[0].Kind != string(KindInvestigation) || len(events[0].Actors) != 0 || !strings.HasPrefix(events[0].Title, "Ermittlungen gegen") {
			t.Errorf("%q: got %v, want one investigation against him, no actor", text, titles(events))
		}
	}
}

// onlySufferer reports an event whose one actor is the unnamed person
// named, as its patient.
func onlySufferer(e model.Event, actors []model.Actor, name string) bool {
	if len(e.Actors) != 1 || len(e.Roles) != 1 || e.Roles[0] != model.RolePatient {
		return false
	}
	a := actors[e.Actors[0]]
	return a.Name == name && a.Kind == model.Person && strings.HasPrefix(a.ID, "unnamed-")
}

// TestSpeechTagCriticism: a criticism told by a speech tag after what was
// said is aimed at the actors of what was said; a verb after an
// apposition or a relative clause is the main clause's, no tag.
func TestSpeechTagCriticism(t *testing.T) {
	for _, tt := range []struct {
		sentence string
		want     []string // agent first, then patient
	}{
		{"Meta gehe gegen Betrug in seinen Diensten nicht vor, kritisierte Elon Musk am Montag bei einer Anhörung vor dem Senat in Washington.", []string{"elon-musk", "meta"}},
		{"Musk, ein Berater von Oracle, kritisierte Meta am Montag scharf.", []string{"elon-musk", "meta"}},
	} {
		m, ok := only(t, fx{text: tt.sentence, date: dec2024}, "")
		got := actorIDs(m.Actors)
		if !ok || m.Kind != KindCriticism || !slices.Equal(got, tt.want) || m.Roles[0] != model.RoleAgent || m.Roles[1] != model.RolePatient {
			t.Errorf("%q: got %s %v %v, want a criticism by %v", tt.sentence, m.Kind, got, m.Roles, tt.want)
		}
	}
}

// TestPossibly: what a clause or its complement tells as a mere
// possibility ("notfalls", "eventuell") is no happening.
func TestPossibly(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Meta kündigte am Freitag an, notfalls gegen Oracle vor Gericht zu ziehen.", ""},
		{"Meta hat am Freitag eventuell Konten von Oracle gesperrt.", ""},
		{"Meta hat am Freitag Konten von Oracle gesperrt.", KindBan},
	})
}

// TestAvertedAndReferred: what a clause says was averted is no
// happening, nor is a saying named only in a phrase ("zu den Vorwürfen").
func TestAvertedAndReferred(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Musk entging am Freitag einer Klage von Meta.", ""},
		{"Meta verhinderte am Freitag die Übernahme durch Oracle.", ""},
		{"Musk bekannte sich am Freitag zu den Vorwürfen von Meta.", ""},
		{"Meta hat am Freitag Musk verklagt.", KindLawsuit},
	})
}

// TestCustodyNoPlace: "in Untersuchungshaft", "in Gewahrsam" say how
// someone was held, not where.
func TestCustodyNoPlace(t *testing.T) {
	for _, sentence := range []string{"Musk wurde in Untersuchungshaft genommen.", "Die Polizei nahm Musk in Gewahrsam."} {
		if m, ok := only(t, fx{text: sentence, date: dec2024}, ""); !ok || m.Object != "" {
			t.Errorf("%q: object %q %q (%v), want none", sentence, m.ObjectPrep, m.Object, ok)
		}
	}
}

// TestAnnouncedInfinitive: what a "zu" infinitive after "mitteilen"
// names is what was made known, an announcement named by it.
func TestAnnouncedInfinitive(t *testing.T) {
	for _, sentence := range []string{
		"Volkswagen teilte am Freitag mit, 1300 Stellen zu streichen.",
		"Volkswagen hat am Freitag mitgeteilt, 1300 Stellen abzubauen.",
	} {
		m, ok := only(t, fx{text: sentence, date: dec2024}, "")
		if !ok || m.Kind != KindAnnouncement || m.Noun != "Stellenabbau" {
			t.Errorf("%q: got %s %q (%v), want the announcement of a Stellenabbau", sentence, m.Kind, m.Noun, ok)
		}
	}
}

// TestAnchorEvent: a happening with a date of its own that dates the
// sentence's main one ("nach der Fusion im Mai 2020") is told as well,
// with that date and none of the main clause's actors; one that may be
// to come ("bei der Wahl 2024") or is only supposed is not.
func TestAnchorEvent(t *testing.T) {
	may := model.MonthInterval(2020, time.May)
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"Volkswagen hat nach der Fusion im Mai 2020 Stellen gestrichen.", true},
		{"Volkswagen hat bei der Fusion im Mai 2020 Stellen gestrichen.", false},
		{"Trump drohte Zuckerberg mit Gefängnis, sollte Meta nach der Fusion im Mai 2020 ähnlich handeln.", false},
	} {
		f := fx{text: tt.text, date: dec2024, timex: map[string]tx{"Mai 2020": {"2020-05", may, ""}}}
		var got *Mention
		ms := Extract(0, f.build(t), testActors)
		for i := range ms {
			if ms[i].Kind == KindMerger {
				got = &ms[i]
			}
		}
		switch {
		case tt.want && (got == nil || got.Date != may || len(got.Actors) != 0):
			t.Errorf("%q: got %+v, want a merger of May 2020 with no actor", tt.text, got)
		case !tt.want && got != nil:
			t.Errorf("%q: got a merger, want none", tt.text)
		}
	}
}

// TestMadeKnown: a happening of their own that speakers make known is
// what they did; one that is demanded, or another's they confirm, is not.
func TestMadeKnown(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Musk erklärte am Freitag seinen Rücktritt.", KindResignation},
		{"Meta bestätigte am Freitag ihren Einstieg bei Oracle.", KindAcquisition},
		{"Musk forderte am Freitag seinen Rücktritt.", ""},
		{"Musk bestätigte am Freitag das Treffen.", ""},
	})
}

// TestAlliance: firms that join to an alliance do not merge.
func TestAlliance(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Volkswagen und Meta schlossen sich am Freitag zu einem Bündnis zusammen.", ""},
		{"Volkswagen und Meta schlossen sich am Freitag zusammen.", KindMerger},
	})
}

// TestAsPlanned: what is done "wie geplant" is done, not planned.
func TestAsPlanned(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Verdi streikte am Freitag wie geplant.", KindStrike},
		{"Verdi streikte am Freitag wie vorgesehen.", KindStrike},
		{"Der Streik von Verdi ist für Freitag geplant.", ""},
	})
}

// TestBareAfterVor: a bare noun after "vor" names any such happening,
// what one is protected from or afraid of, not one that is told.
func TestBareAfterVor(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Die Stadt hat die Häuser in Halle am Freitag vor Hochwasser geschützt.", ""},
		{"Die Stadt hat die Häuser in Halle am Freitag vor schweren Erdrutschen geschützt.", ""},
		{"Die Häuser in Halle hat am Freitag ein Erdrutsch zerstört.", KindDisaster},
	})
}

// TestTagWithApposition: a speech tag may hold an apposition ("…, gab der
// Sprecher des Konzerns, Hans Berger, bekannt"); what stands before it is
// what was said, and a tag that makes something known is a statement
// about it, not an announcement of its own. A list of deeds is no tag.
func TestTagWithApposition(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Das Werk bleibt vorerst geschlossen, gab der Sprecher des Konzerns, Hans Berger, bekannt.", ""},
		{"Die Brücke ist seit Freitag wieder offen, gab die Sprecherin der Stadt, Anna Roth, bekannt.", ""},
		{"Das Werk bleibt vorerst geschlossen, gab die Sprecherin von Volkswagen bekannt.", ""},
		{"Volkswagen gab am Freitag die Schließung des Werks bekannt.", KindAnnouncement},
	})
	m, ok := only(t, fx{text: "Das Werk bleibt vorerst geschlossen, gab die Sprecherin von Volkswagen bekannt.", date: dec2024}, "")
	if !ok || m.Kind != KindStatement || m.Noun != "Mitteilung" {
		t.Errorf("the tag: got %s %q (%v), want a statement", m.Kind, m.Noun, ok)
	}
	s := fx{text: "Die Polizei hielt den Mann fest, brachte ihn zur Wache, verhörte ihn.", date: dec2024}.build(t)
	for _, m := range Extract(0, s, testActors) {
		if m.Kind == KindStatement {
			t.Errorf("a list of deeds read as a speech tag: %s %q", m.Kind, m.Trigger)
		}
	}
}

// TestCurfewsAndKillings: lifting and imposing a curfew or a state of
// emergency are decisions (also told in the passive of the curfew), relieving someone of office a dismissal; a
// beating to death and a lynching are killings, and so are deaths of
// people nobody names, when the sentence places or dates them.
func TestCurfewsAndKillings(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Die Regierung hat die Ausgangssperre in Halle am Freitag aufgehoben.", KindDecision},
		{"Die Regierung verhängte am Freitag eine Ausgangssperre über die Stadt.", KindDecision},
		{"Die Regierung verhängte am Freitag eine Strafe gegen Meta.", KindVerdict},
		{"Der Bürgermeister ist am Freitag von seinem Amt entbunden worden.", KindDismissal},
		{"Ein Radfahrer ist am Freitag in Halle zu Tode geprügelt worden.", KindCrime},
		{"Ein Radfahrer ist am Freitag in Halle gelyncht worden.", KindCrime},
		{"Bei dem Unwetter starben am Freitag in Halle drei Wanderer.", KindDeath},
		// a bare plural of people before its verb is who strikes; the police catch no firm
		{"Fluglotsen streiken am Freitag.", KindStrike},
		{"Die Polizei schnappte sich am Freitag den Dieb.", ""},
		// a participle after a relative clause closes the main clause's bracket
		{"Lindner wurde am Freitag wegen der Gründung einer Bande, die Autos gestohlen hat, sowie wegen Betrugs zu drei Jahren Haft verurteilt.", KindVerdict},
		// declaring something void is a decision, no statement
		{"Das Gericht hat am Freitag die Wahl für ungültig erklärt.", KindDecision},
		// a date before the article is no part of its noun phrase
		{"Die Fluglotsen haben am Freitag einen zweitägigen Streik begonnen.", KindStrike},
		// fires, collisions, earthquakes, landslides, droughts
		{"In Halle ist am Freitag eine Lagerhalle in Brand geraten.", KindAccident},
		{"Ein Radfahrer ist am Freitag in Halle auf ein Auto aufgefahren.", KindAccident},
		{"In Chile hat am Freitag die Erde gebebt.", KindDisaster},
		{"Ein Erdrutsch hat am Freitag in Halle drei Häuser zerstört.", KindDisaster},
		// vehicles that collide, a fire that breaks out; not people who clash
		{"In Halle stießen am Freitag zwei Autos zusammen.", KindAccident},
		{"Ein Lkw kollidierte am Freitag in Halle mit einem Zug.", KindAccident},
		{"In einer Wohnung in Halle brach am Freitag ein Feuer aus.", KindAccident},
		{"Die Demonstranten stießen am Freitag in Halle mit der Polizei zusammen.", ""},
		// storms, floods and quakes by their common names
		{"Ein Hurrikan hat am Freitag in Halle drei Häuser zerstört.", KindDisaster},
		{"Heftige Erdstöße haben am Freitag in Halle drei Häuser zerstört.", KindDisaster},
		{"Ein Tsunami hat am Freitag in Halle drei Häuser zerstört.", KindDisaster},
		{"Ein Orkan hat am Freitag in Halle drei Häuser zerstört.", KindDisaster},
		{"Ein Sturmtief hat am Freitag in Halle drei Häuser zerstört.", KindDisaster},
		// a happening decided about is the subject of the passive
		{"Die Ausgangssperre wurde am Freitag aufgehoben.", KindDecision},
		{"Die Wahl wurde am Freitag verschoben.", KindCancellation},
		// the end of a ban is no ban
		{"Die Sperre der Brücke endete am Freitag.", ""},
		{"Die Sperre der Brücke begann am Freitag.", KindBan},
		// births: hatching chicks and children born, told as happened
		{"Im Zoo von Halle sind am Freitag vier Pinguin-Küken geschlüpft.", KindBirth},
		{"Die Prinzessin hat am Freitag in Halle einen Sohn zur Welt gebracht.", KindBirth},
		{"Der Dieb ist am Freitag in Halle durch ein Fenster geschlüpft.", ""},
		// football: a shot after a pass is a goal, one at the crossbar none
		{"Musk trifft am Freitag nach einer Vorlage von Altman aus Abseitsposition.", KindMatch},
		{"Am Freitag traf Musk nach Vorlage von Altman nur die Querlatte.", ""},
		{"Gegen Musk wurde am Freitag Haftbefehl erlassen.", KindInvestigation},
		// "treffen" of what is hit, and of a choice made, is no meeting
		{"Musk wurde am Freitag von einer Betonplatte getroffen.", ""},
		{"Das hat auch Meta am Freitag getroffen.", ""},
		{"Meta hat am Freitag mit Musk eine Abmachung getroffen.", ""},
		{"Am Freitag traf Musk nach einem Eckball für Meta.", KindMatch},
		{"Musk traf am Freitag Trump in Berlin.", KindMeeting},
		// a remark in parentheses denies nothing; a fine is a sentence
		{"Musk war am Freitag zu 14 Monaten Haft (noch nicht rechtskräftig) verurteilt worden.", KindVerdict},
		{"Meta ist am Freitag zu einer Geldbuße verurteilt worden.", KindVerdict},
		// a duel decided is a match won; scoring four times is no meeting
		{"Musk und Altman entschieden am Freitag das Duell mit Scholz.", KindMatch},
		{"Musk trifft am Freitag viermal, Altman dreimal.", KindMatch},
		// what an infinitive names is not done when its host denies, asks or tries
		{"Das Amt sieht am Freitag keinen Anlass, gegen Musk ein Ermittlungsverfahren einzuleiten.", ""},
		{"Scholz forderte sie am Freitag auf, den Kommentar auf Musks Seite zu posten.", ""},
		// one faces whom one "trifft auf"; one meets where one is "auf"
		{"Musk trifft am Freitag auf den Titelverteidiger Scholz.", ""},
		{"Musk traf Trump am Freitag auf seinem Anwesen.", KindMeeting},
		// a call to do it, what must be done, and showing oneself are no deeds
		{"Kaufen Sie am Freitag Aktien von Meta!, schließt Musk seinen Vortrag.", ""},
		{"Meta müsse sich am Freitag entscheiden, ob es Altman folgt.", ""},
		{"Die Partei Verdi präsentierte sich am Freitag als geschlossen.", ""},
		{"Meta präsentierte am Freitag ein neues Telefon.", KindPresentation},
		// taking the helm is taking office, no takeover
		{"Musk übernimmt am Freitag die Chefredaktion von Meta.", KindAppointment},
		{"Musk übernimmt am Freitag das Ruder bei Meta.", KindAppointment},
		// "entschieden" beside another verb is how, no decision
		{"Meta bestreitet am Freitag entschieden eine Nähe zu Musk.", ""},
		// citing is no appointment, what can be bought no purchase, scoring eight times no meeting
		{"Die Zeitung Meta berief sich am Freitag auf Zahlen der Regierung.", ""},
		{"Bei Meta gibt es seit Freitag ganze Inseln zu kaufen.", ""},
		{"Musk hat am Freitag achtmal getroffen.", KindMatch},
		// what one wants or argues for in a "dass" clause or an infinitive,
		// and what one likes to do, are not done
		{"Scholz will, dass Flüchtlinge am Freitag aus Meta abgeschoben werden.", ""},
		{"Musk plädiert am Freitag dafür, in Meta zu investieren.", ""},
		{"Musk hat Meta früher gerne besucht.", ""},
		// firing at a place is no dismissal
		{"Die Armee feuert am Freitag auf das Lager von Meta.", ""},
		// shots fired are no dismissal
		{"Musk feuerte am Freitag zwei Torschüsse ab.", ""},
		// money taken out is no take-off
		{"Musk hebt am Freitag Bargeld ab.", ""},
		// starting a career is no launch
		{"Musk startete am Freitag eine Solokarriere.", ""},
		// a phase of a happening tells it; another noun's genitive refers to it
		{"Musk stieß im Laufe des Abendessens mit Trump hinzu.", KindMeeting},
	})
}

// TestSufferer: whom an unnamed happening befell is its patient, an
// actor of the table kept apart from the named ones, and merging still
// sees happenings nobody is named for: two reports of deaths of the same
// day stay one event.
func TestSufferer(t *testing.T) {
	text := "Am Freitag sind in Halle vier Wanderer bei einem Unwetter getötet worden. Die Polizei teilte mit, in Halle seien am Freitag auch zwei Radfahrer getötet worden."
	f := fx{text: text, date: dec2024, timex: map[string]tx{"Am Freitag": {"2024-12-20", dayIv(2024, 12, 20), ""}, "am Freitag": {"2024-12-20", dayIv(2024, 12, 20), ""}}}
	events, actors := Merge(Extract(0, f.build(t), testActors), testActors)
	if len(events) != 1 {
		t.Fatalf("got %v, want one event", titles(events))
	}
	var names []string
	for k, a := range events[0].Actors {
		if events[0].Roles[k] != model.RolePatient || !strings.HasPrefix(actors[a].ID, "unnamed-") {
			t.Errorf("actor %s is %s, want an unnamed patient", actors[a].ID, events[0].Roles[k])
		}
		names = append(names, actors[a].Name)
	}
	if !slices.Equal(names, []string{"Wanderer", "Radfahrer"}) {
		t.Errorf("got actors %v, want Wanderer and Radfahrer", names)
	}
}

// mergedFriday merges the events of a one-paragraph fixture whose "am
// Freitag" is 20 December 2024.
func mergedFriday(t *testing.T, text string) ([]model.Event, []model.Actor) {
	t.Helper()
	f := fx{text: text, date: dec2024, timex: map[string]tx{"am Freitag": {"2024-12-20", dayIv(2024, 12, 20), ""}}}
	return Merge(Extract(0, f.build(t), testActors), testActors)
}

// TestCrowd: people who open a clause unnamed, at the sentence's start or
// after a colon, did what it tells: the event's agent, an actor of the
// table kept apart from the named ones.
func TestCrowd(t *testing.T) {
	for _, text := range []string{
		"212 Senatoren stimmten am Freitag für die Reform.",
		"Das Ergebnis war am Freitag eindeutig: 212 Senatoren stimmten für die Reform.",
	} {
		events, actors := mergedFriday(t, text)
		if len(events) != 1 || len(events[0].Actors) != 1 {
			t.Errorf("%q: got %v, want one event with one actor", text, titles(events))
			continue
		}
		a := actors[events[0].Actors[0]]
		if events[0].Kind != string(KindVote) || events[0].Roles[0] != model.RoleAgent || a.Name != "Senatoren" || !strings.HasPrefix(a.ID, "unnamed-") {
			t.Errorf("%q: got a %s with %s %s, want a vote with the unnamed agent Senatoren", text, events[0].Kind, events[0].Roles[0], a.ID)
		}
	}
	// whom a death befell is its patient
	events, _ := mergedFriday(t, "Sieben Wanderer starben am Freitag.")
	if len(events) != 1 || len(events[0].Roles) != 1 || events[0].Roles[0] != model.RolePatient {
		t.Errorf("got %v, want one death with its patient", titles(events))
	}
}

// TestDescribedCrowd: people an opening adjective describes ("Unbekannte
// Täter") are the crowd that acted, as people counted are; a place is then
// not needed.
func TestDescribedCrowd(t *testing.T) {
	text := "Unbekannte Täter brachen am Freitag in eine Garage in der Bahnhofstraße ein."
	events, actors := mergedFriday(t, text)
	if len(events) != 1 || len(events[0].Actors) != 1 {
		t.Fatalf("got %v, want one event with one actor", titles(events))
	}
	a := actors[events[0].Actors[0]]
	if events[0].Kind != string(KindCrime) || events[0].Roles[0] != model.RoleAgent || a.Name != "Täter" || !strings.HasPrefix(a.ID, "unnamed-") {
		t.Errorf("got a %s with %s %s %q, want a crime with the unnamed agent Täter", events[0].Kind, events[0].Roles[0], a.ID, a.Name)
	}
}

// TestCrowdOfPlace: a place's adjective in -er between the article and
// the noun ("Die Linzer Busfahrer") leaves the noun the crowd that acted,
// whether the dictionary knows the adjective or not; a strike told with
// "in den Streik treten", in the perfect with "sein", is the crowd's own;
// and a plural crowd takes the dative after "von". What comes into force
// is no strike, whatever its name holds.
func TestCrowdOfPlace(t *testing.T) {
	for _, tt := range []struct{ text, kind, title string }{
		{"Die Linzer Busfahrer streikten am Freitag.", "strike", "Streik von Busfahrern"},
		{"Die Frankfurter Lehrer streikten am Freitag.", "strike", "Streik von Lehrern"},
		{"Die Busfahrer sind am Freitag in den Streik getreten.", "strike", "Streik von Busfahrern"},
		{"Die Welser Spitalsbediensteten sind am Freitag in den Ausstand getreten.", "strike", "Streik von Spitalsbediensteten"},
		{"Das Streikrecht trat am Freitag in Kraft.", "enactment", ""},
	} {
		events, actors := mergedFriday(t, tt.text)
		if len(events) != 1 || events[0].Kind != tt.kind || tt.title != "" && events[0].Title != tt.title {
			t.Errorf("%q: got %v, want one %s titled %q", tt.text, titles(events), tt.kind, tt.title)
			continue
		}
		if tt.kind == "strike" && (len(events[0].Actors) != 1 || !strings.HasPrefix(actors[events[0].Actors[0]].ID, "unnamed-")) {
			t.Errorf("%q: actors %v, want the unnamed crowd", tt.text, events[0].Actors)
		}
	}
}

// TestWireKeywords: the keywords of a press wire's header name its
// topics ("Schlagwort(e): Verkauf/Umsatzentwicklung") and tell no
// happening; the headline the wire runs into the same line still does.
func TestWireKeywords(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"DGAP-News: Volkswagen / Schlagwort(e): Verkauf/Umsatzentwicklung Volkswagen steigert den Umsatz am Freitag deutlich.", "results"},
		{"DGAP-News: Volkswagen / Schlagwort(e): Verkauf/Umsatzentwicklung Volkswagen legt am Freitag seine Zahlen vor.", "presentation"},
		{"DGAP-News: Volkswagen / Schlagworte: Übernahme", ""},
		{"DGAP-News: Volkswagen / Schlagwort(e): Sonstiges Volkswagen verkauft am Freitag seine Tochter Linzer Motoren an Verdi.", "sale"},
	} {
		events, _ := mergedFriday(t, tt.text)
		var kinds []string
		for _, e := range events {
			kinds = append(kinds, e.Kind)
		}
		if strings.Join(kinds, " ") != tt.want {
			t.Errorf("%q: got %v, want %q", tt.text, titles(events), tt.want)
		}
	}
}

// TestNameOfKin: a name after an article, in apposition to a firm's kin
// or a person's noun whose genitive is another name ("die Tochter der
// X, die Y,"), names that kin, who the sentence tells of.
func TestNameOfKin(t *testing.T) {
	events, actors := mergedFriday(t, "Die Tochter der Volkswagen, die Verdi, hat am Freitag Insolvenz angemeldet.")
	if len(events) != 1 || len(events[0].Actors) != 1 || actors[events[0].Actors[0]].ID != "verdi" {
		t.Errorf("got %v, want the insolvency of Verdi alone", titles(events))
	}
}

// TestTriggerWords: an event's mention names the words that tell the
// happening together, in the text's order: a separable verb by both its
// words when they stand apart ("ging … pleite"), by the one word where
// they do not; a verb with the noun its phrase needs ("in Kraft
// getreten"), and a light verb with the noun it is for ("Vergleich …
// erzielt"). A subject the reading needs is no part of it.
func TestTriggerWords(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"Volkswagen ging am Freitag pleite.", "ging … pleite"},
		{"Volkswagen stellte am Freitag das Projekt vor.", "stellte … vor"},
		{"Volkswagen hat am Freitag das Projekt vorgestellt.", "vorgestellt"},
		{"Volkswagen verklagte am Freitag Verdi.", "verklagte"},
		{"Das Gesetz ist am Freitag in Kraft getreten.", "in Kraft getreten"},
		{"Das Gesetz trat am Freitag in Kraft.", "trat … in Kraft"},
		{"Volkswagen hat das Projekt am Freitag auf Eis gelegt.", "auf Eis gelegt"},
		{"Volkswagen hat am Freitag einen Vergleich erzielt.", "Vergleich … erzielt"},
		{"Volkswagen erzielte am Freitag einen Vergleich.", "erzielte … Vergleich"},
	} {
		events, _ := mergedFriday(t, tt.text)
		if len(events) != 1 || events[0].Mentions[0].Trigger != tt.want {
			t.Errorf("%q: got %v, want one event told by %q", tt.text, events, tt.want)
		}
	}
}

// TestCoordinatedMainClause: a second main clause after ", und" with a
// subject of its own tells what that subject did, not the first clause's
// subject; a counted crowd does it in the present too, and a title names
// it in the dative after "von".
func TestCoordinatedMainClause(t *testing.T) {
	for _, tt := range []struct{ text, want, agent string }{
		{"Die Stadtverwaltung legte am Freitag einen Plan vor, und 300 Händler demonstrierten dagegen vor dem Rathaus.", "Protest von 300 Händlern", "Händler"},
		{"Die Stadtverwaltung legt am Freitag einen Plan vor, und Tausende demonstrieren dagegen vor dem Rathaus.", "Protest von Tausenden", "Tausende"},
	} {
		events, actors := mergedFriday(t, tt.text)
		var got []string
		found := false
		for _, e := range events {
			got = append(got, e.Title)
			if e.Kind != string(KindProtest) {
				continue
			}
			found = e.Title == tt.want && len(e.Actors) == 1 && actors[e.Actors[0]].Name == tt.agent && e.Roles[0] == model.RoleAgent
		}
		if !found {
			t.Errorf("%q: got %v, want a protest %q with the agent %s", tt.text, got, tt.want, tt.agent)
		}
	}
}

// TestDashedRemark: a remark between two dashes interrupts its clause,
// which goes on after it: its auxiliary or modal and its participle or
// infinitive are one verb, its subject the verb's ("hat – wie erwartet –
// … gesperrt"); a headline's "A – B – C" stays three parts.
func TestDashedRemark(t *testing.T) {
	wantFridayTitles(t, []titleCase{
		{"Meta hat – wie erwartet – am Freitag Trump gesperrt.", "Meta sperrt Trump"},
		{"Meta hat am Freitag – nach langem Streit – Trump gesperrt.", "Meta sperrt Trump"},
	})
	noMentionOf(t, fx{text: "Ob das reicht, müsste nun – so heißt es in Berlin – Meta entscheiden.", date: dec2024}, KindDecision)
	if _, ok := fridayTitle(t, "Meta sperrt Trump – am Freitag viel Kritik – Musk schweigt."); !ok {
		t.Error("a headline's parts between dashes: want the ban alone")
	}
}

// TestPossessiveSein: "sein Sohn" is no perfect infinitive, so "sollen …
// angeklagt werden" stays what is to come.
func TestPossessiveSein(t *testing.T) {
	noMentionOf(t, fx{text: "Mit ihm sollen auch Scholz und sein Sohn Lindner angeklagt werden.", date: dec2024}, KindLawsuit)
	if ms := Extract(0, fx{text: "Lindner soll sein Amt am Montag niedergelegt haben.", date: dec2024}.build(t), testActors); len(ms) != 1 || ms[0].Kind != KindResignation {
		t.Errorf("a perfect infinitive after a possessive: got %v, want one resignation", ms)
	}
}

// TestRecordedList: happenings a list or a tally keeps ("Diese
// Insolvenzen hat X registriert") are no happening of their own.
func TestRecordedList(t *testing.T) {
	noMentionOf(t, fx{text: "Diese Insolvenzen hat Oracle am Freitag registriert.", date: dec2024}, KindInsolvency)
}

// TestFreedOfNothing: "befreien" frees captives, not someone of a duty.
func TestFreedOfNothing(t *testing.T) {
	noMentionOf(t, fx{text: "Lindner wurde am Montag von der Steuer befreit.", date: dec2024}, KindRelease)
}

// TestIntroducedSpeech: who introduces reported speech with a verb of
// its own ("jammerte, es habe … gegeben") takes no part in what it reports.
func TestIntroducedSpeech(t *testing.T) {
	for _, m := range Extract(0, fx{text: "Lindner jammerte, zuletzt habe es erneut Bombardierungen durch Oracle gegeben.", date: dec2024}.build(t), testActors) {
		if m.Kind != KindAttack || !slices.Equal(m.Actors, []int{actorIndex(t, "oracle")}) {
			t.Errorf("got a %s of %v, want an attack by Oracle alone", m.Kind, m.Actors)
		}
	}
}

// TestBracketRemark: a remark in brackets that holds a mark of its own
// ("(Sitz: Linz)") interrupts its clause, which goes on after it; names
// in brackets after a name are its other names or its party, in no role.
func TestBracketRemark(t *testing.T) {
	wantFridayTitles(t, []titleCase{
		{"Meta (Sitz: Linz) hat am Freitag Trump gesperrt.", "Meta sperrt Trump"},
	})
	for _, m := range Extract(0, fx{text: "Am Freitag hat Meta (WKN: 123) (Oracle oder das Unternehmen) Trump gesperrt.", date: dec2024}.build(t), testActors) {
		if slices.Contains(m.Actors, actorIndex(t, "oracle")) {
			t.Errorf("another name in brackets after a bracket: got %v, want no Oracle", m.Actors)
		}
	}
}

// TestVerbFirstCondition: a sentence that opens with its finite verb is a
// condition; neither it nor what follows from it happened.
func TestVerbFirstCondition(t *testing.T) {
	for _, text := range []string{
		"Tritt der Bürgermeister am Freitag zurück, wählt der Gemeinderat einen Nachfolger.",
		// a noun that is also a verb's form opens it, before a name
		"Tritt Lindner am Freitag zurück, wird keine Neuwahl nötig.",
	} {
		events, _ := mergedFriday(t, text)
		wantRow(t, text, events, "", false)
	}
}

// TestNoThingSufferer: what an accident or an attack befalls may be a
// thing ("ein Wohnhaus", "ein Hotel"), which is no person of the table.
func TestNoThingSufferer(t *testing.T) {
	for _, text := range []string{
		"In Halle ist am Freitag eine Lagerhalle in Brand geraten.",
		"In Halle ist am Freitag ein Hotel überfallen worden.",
	} {
		events, _ := mergedFriday(t, text)
		if len(events) != 1 || len(events[0].Actors) != 0 {
			t.Errorf("%q: got %v, want one event with no actor", text, titles(events))
		}
	}
}

// TestUndatedArticleWeekday: in an article of unknown date, "am Montag"
// still tells a happening of its days (it has no value to date it by);
// a vague span ("in den vergangenen Jahren") does not.
func TestUndatedArticleWeekday(t *testing.T) {
	for _, tt := range []struct {
		text, timex, value string
		want               Kind
	}{
		{"Die Fluglotsen streikten am Montag.", "am Montag", "XXXX-WXX-1", KindStrike},
		{"Die Fluglotsen streikten in den vergangenen Jahren.", "in den vergangenen Jahren", "PAST_REF", ""},
	} {
		f := fx{text: tt.text, timex: map[string]tx{tt.timex: {tt.value, model.Interval{}, model.TimexDate}}}
		m, ok := only(t, f, "")
		if got := Kind(""); ok {
			got = m.Kind
			if got != tt.want {
				t.Errorf("%q: got %s, want %q", tt.text, got, tt.want)
			}
		} else if tt.want != "" {
			t.Errorf("%q: no mention, want %s", tt.text, tt.want)
		}
	}
}

// TestTallies: a count of a hundred or more told for a year is a
// statistic; the same count on a day is a happening.
func TestTallies(t *testing.T) {
	year := model.Interval{Start: day(2023, 1, 1), End: day(2023, 12, 31)}
	for _, tt := range []struct {
		sentence, when, value string
		iv                    model.Interval
		want                  bool
	}{
		{"Im Jahr 2023 starben in Österreich 412 Menschen bei Verkehrsunfällen.", "Im Jahr 2023", "2023", year, false},
		{"Im Jahr 2023 wurden in Österreich 46.000 Asylanträge gestellt.", "Im Jahr 2023", "2023", year, false},
		{"Im Jahr 2023 wurden in Österreich 2.300 neue Firmen gegründet.", "Im Jahr 2023", "2023", year, false},
		{"Im Jahr 2023 sind 21.000 Menschen nach Oracle geflohen.", "Im Jahr 2023", "2023", year, false}, // a name that says where
		{"Am 3. Mai starben bei dem Unglück in Graz 112 Menschen.", "Am 3. Mai", "2023-05-03", dayIv(2023, 5, 3), true},
		{"Im Jahr 2023 starben in Graz zwei Bergsteiger.", "Im Jahr 2023", "2023", year, true},
		// a count compared with another time is a statistic; "mehr als" before a number counts
		{"Am 3. Mai starben in Graz mehr Bergsteiger als im Vorjahr.", "Vorjahr", "2022", model.Interval{Start: day(2022, 1, 1), End: day(2022, 12, 31)}, false},
		{"Im Jahr 2023 starben in Graz mehr als zwölf Bergsteiger.", "Im Jahr 2023", "2023", year, true},
	} {
		f := fx{text: tt.sentence, date: dayIv(2024, 2, 1), timex: map[string]tx{tt.when: {tt.value, tt.iv, ""}}}
		if m, ok := only(t, f, ""); ok != tt.want {
			t.Errorf("%q: got a mention %v (%s %q), want %v", tt.sentence, ok, m.Kind, m.Trigger, tt.want)
		}
	}
}

// TestMonthsTally: a count of a hundred or more told for a span that a
// month or more opens or closes ("von Jänner bis Juli") is a tally, in
// a dated article or in one of unknown date; a span of days is not.
func TestMonthsTally(t *testing.T) {
	aug := model.Interval{Start: day(2023, 8, 1), End: day(2023, 8, 31)}
	for _, tt := range []struct {
		sentence string
		timex    map[string]tx
		want     bool
	}{
		{"Von Jänner bis August wurden in Österreich 46.000 Asylanträge gestellt.", map[string]tx{
			"Jänner": {"2023-01", model.Interval{Start: day(2023, 1, 1), End: day(2023, 1, 31)}, ""}, "August": {"2023-08", aug, ""}}, false},
		{"Vom Jahresanfang bis zum 30. Juni wurden in Linz 3.000 Anträge gestellt.", map[string]tx{
			"Jahresanfang": {"202", model.Interval{}, ""}, "30. Juni": {"202", model.Interval{}, ""}}, false}, // an article of unknown year
		{"Von Montag bis Mittwoch streikten in Graz 2.000 Piloten von Oracle.", map[string]tx{
			"Montag": {"2023-08-07", dayIv(2023, 8, 7), ""}, "Mittwoch": {"2023-08-09", dayIv(2023, 8, 9), ""}}, true},
	} {
		f := fx{text: tt.sentence, date: dayIv(2023, 9, 5), timex: tt.timex}
		if m, ok := only(t, f, ""); ok != tt.want {
			t.Errorf("%q: got a mention %v (%s %q), want %v", tt.sentence, ok, m.Kind, m.Trigger, tt.want)
		}
	}
}

// TestHeadActions: in the article's head, a verb the lexicon does not list
// tells the article's happening; in the body, or after a happening the
// head told already, it tells none.
func TestHeadActions(t *testing.T) {
	body := "\nDas war am Montag in Berlin."
	for _, tt := range []struct {
		text, title string
	}{
		{"T Scholz prangert die Waffenexporte an" + body, "Scholz prangert Waffenexporte an"},
		{"T Lindner verschickt einen Brief an die Vereine" + body, "Lindner verschickt Brief"},
		{"T Lindner hat sich einem Test unterzogen" + body, "Lindner unterzieht sich Test"},             // a participle that is also a preterite; a reflexive verb's dative object
		{"Scholz prangert die Waffenexporte an." + body, ""},                                            // the body
		{"T Scholz traf Trump. Plötzlich taucht auch Musk auf" + body, "Treffen"},                       // a detail of the head's happening
		{"T Scholz ist Verdi schon lange ein Ärgernis" + body, ""},                                      // no action: "lange" after the finite verb
		{"T Scholz empfiehlt auf Facebook, Lindner zu wählen" + body, ""},                               // advice: neither the vote nor an action
		{"T Japan führt die Rangliste vor Chile an, Schweden innerhalb der Bundesregierung" + body, ""}, // no one named acts
		{"T 12 Touristen ausgeraubt" + body, "12 Touristen ausgeraubt"},                                 // a participle alone: done to them
		{"T Drei Fischer entführt" + body, "Drei Fischer entführt"},                                     // plural: "entführt" is no present
		{"T Lindner soll die Kasse geleert haben" + body, ""},                                           // alleged
		{"T Verdi schwer von der Krise betroffen" + body, ""},                                           // a state
		{"T Scholz zitiert Lindner zu sich" + body, "Scholz zitiert Lindner"},
		{"T Scholz schaltet den Präsidenten ein" + body, "Scholz schaltet ein"},                          // "schalten", not the preterite of "schalen"                           // "sich" after a preposition
		{"T Aufträge fielen im Herbst um 2,4 Prozent" + body, ""},                                        // a statistic
		{"T Wälder verringerten sich in fünf Jahren um 0,08 Prozent" + body, ""},                         // a statistic
		{"T Das Finale bewegt Musk besonders" + body, ""},                                                // a feeling
		{"T Die Bilanz überrascht Scholz" + body, ""},                                                    // a feeling
		{"T Verdi bedeutet den Einsatz für Beschäftigte" + body, ""},                                     // a definition
		{"T Verdi rechnet mit einem Wachstum von zwei Prozent" + body, ""},                               // a forecast
		{"T Am Montag sind in Linz acht Menschen verletzt worden" + body, ""},                            // neither who acted nor what was done to: only where
		{"T Zwölf Autos samt Fahrern standen im Stau" + body, ""},                                        // "samt" is a preposition, not a form of "samen"
		{"T Neben Schiffen schickt die Regierung Drohnen nach Linz" + body, "Regierung schickt Drohnen"}, // a bare plural after the subject is the object
	} {
		f := fx{text: tt.text, date: dec2024}
		events, _ := Merge(Extract(0, f.build(t), testActors), testActors)
		wantRow(t, tt.text, events, tt.title, true)
	}
}

// TestHeadActionNotOfBackground: a headline's action tells the news, not
// what the body tells of the years before the article.
func TestHeadActionNotOfBackground(t *testing.T) {
	for _, date := range []model.Interval{dec2024, {}} { // an article of known date, and of none
		f := fx{text: "T Scholz unterzieht sich einer Operation\nIm Jahr 2019 war Scholz in Linz zu zwei Jahren Haft verurteilt worden.", date: date,
			timex: map[string]tx{"Im Jahr 2019": {"2019", model.Interval{Start: day(2019, 1, 1), End: day(2019, 12, 31)}, ""}}}
		events, _ := Merge(Extract(0, f.build(t), testActors), testActors)
		if len(events) != 2 || !slices.ContainsFunc(events, func(e model.Event) bool { return e.Title == "Scholz unterzieht sich Operation" }) {
			t.Errorf("article of %v: got %q, want the operation and the verdict of 2019 apart", date, titles(events))
		}
	}
}

// TestHeadActionOfBody: a headline's action is the happening the body
// tells of the same actor, one event.
func TestHeadActionOfBody(t *testing.T) {
	f := fx{text: "T Scholz prangert die Waffenexporte an\nScholz kritisierte die Exporte am Montag scharf.", date: dec2024}
	events, _ := Merge(Extract(0, f.build(t), testActors), testActors)
	if len(events) != 1 || events[0].Kind != string(KindCriticism) || len(events[0].Mentions) != 2 {
		t.Errorf("got %v, want one criticism told twice", titles(events))
	}
}

// TestScheduledAction: an action of the head dated after the article is
// scheduled, titled with its verb.
func TestScheduledAction(t *testing.T) {
	f := fx{text: "T Lindner ringt ab Montag in Kanada um einen Titel\nDas berichtete die Zeitung.",
		date: model.DayInterval(model.NewDay(2024, time.December, 1)), timex: map[string]tx{"ab Montag": {"2024-12-02", dayIv(2024, 12, 2), ""}}}
	events, _ := Merge(Extract(0, f.build(t), testActors), testActors)
	if len(events) != 1 || events[0].Title != "Lindner ringt in Kanada (geplant)" {
		t.Errorf("got %v, want one event %q", titles(events), "Lindner ringt in Kanada (geplant)")
	}
}

// TestNoneOf: "kein" before a verb's subject or object denies the
// happening; before a count it only bounds it.
func TestNoneOf(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Volkswagen hat am Freitag keinen Kandidaten für den Vorstand nominiert.", ""},
		{"Kein Minister hat am Freitag den Vertrag unterzeichnet.", ""},
		{"Keine zwei Wochen später hat die Polizei am Freitag Müller festgenommen.", KindArrest},
	})
}

// TestRaisedOrCut: an institution that raises or cuts a budget, a tax
// or a rate decides; what rises by itself does not, and the institution
// that only says so is no agent.
func TestRaisedOrCut(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Die Zentralbank senkte am Freitag den Leitzins auf null Prozent.", KindDecision},
		{"Der Landtag hat am Freitag das Schulbudget um zehn Prozent erhöht.", KindDecision},
		{"Die Preise erhöhten sich am Freitag um drei Prozent.", ""},
	})
	f := fx{text: "Ein Verdächtiger wurde am Freitag in Linz festgenommen, erklärte die Polizei.", date: dec2024, timex: map[string]tx{"am Freitag": {"2024-12-20", dayIv(2024, 12, 20), ""}}}
	if m, ok := only(t, f, ""); ok && m.institution != "" {
		t.Errorf("%q: the speaker %q acted", f.text, m.institution)
	}
}

// TestConstruction: building or putting up a structure, and putting a
// ship or a plant into service, are happenings; putting something into
// someone's service is not.
func TestConstruction(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Die Regierung hat am Freitag einen Zaun am Fluss errichtet.", KindConstruction},
		{"Am Freitag wurden in Linz Zelte aufgebaut.", KindConstruction},
		{"Die Brücke wurde am Freitag in Linz in Betrieb genommen.", KindOpening},
		{"Am Freitag stellte Lindner seine Kenntnisse in den Dienst der Armee.", ""},
	})
}

// TestInfinitiveNotDone: what someone was moved to, is about to do or
// weighs doing, in a "zu" infinitive, is not told done; what one managed
// to do is.
func TestInfinitiveNotDone(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Oracle, das sich am Freitag anschickt, Meta zu übernehmen, ist groß.", ""},
		{"Lindner hat am Freitag Oracle dazu inspiriert, Meta zu übernehmen.", ""},
		{"Oracle gelang es am Freitag, Meta zu übernehmen.", KindAcquisition},
	})
	// (in an article's lead, where a happening needs no date of its own)
	for _, text := range []string{"T Klage\nNun erwägt Oracle, seine Klage auf Schadenersatz auszuweiten.", "T Klage\nOracle hofft, seine Klage gegen Meta zu gewinnen."} {
		if m, ok := only(t, fx{text: text, date: dayIv(2024, 12, 20)}, ""); ok {
			t.Errorf("%q: got a %s mention (trigger %q), want none", text, m.Kind, m.Trigger)
		}
	}
}

// TestAnnouncedInInfinitive: what "kündigte an, … zu" announces names the
// announcement, and it is one happening, also where the infinitive has a
// date of its own (GUIDELINES.md §1: annotated once).
func TestAnnouncedInInfinitive(t *testing.T) {
	for _, text := range []string{
		"Oracle hatte am Freitag angekündigt, 500 Stellen zu streichen.",
		"Oracle hatte am Freitag angekündigt, bis 2026 in Linz 500 Stellen zu streichen.",
	} {
		events, _ := Merge(Extract(0, fx{text: text, date: dec2024, timex: map[string]tx{"am Freitag": {"2024-12-20", dayIv(2024, 12, 20), ""}, "2026": {"2026", model.Interval{Start: day(2026, 1, 1), End: day(2026, 12, 31)}, ""}}}.build(t), testActors), testActors)
		if len(events) != 1 || events[0].Kind != string(KindAnnouncement) || !strings.Contains(events[0].Title, "Stellenabbau") {
			t.Errorf("%q: got %v, want one announcement of the job cuts", text, titles(events))
		}
	}
}

// TestPersonSubject: a person named by what he is, after an article that
// opens the clause or after the finite verb ("kaufte der Gutachter"; not
// "der" before a woman, a dative), did what its verb tells; so did a
// woman after the verb, also after "auch", when the verb's object follows
// her ("besuchte die Botschafterin die Stätte"; "die" alone is as often
// the object); a long forbidden context word forbids its compounds too.
func TestPersonSubject(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Der Bürgermeister ist am Freitag zurückgetreten.", KindResignation},
		{"Der Gutachter kaufte am Freitag ein Haus.", KindAcquisition},
		{"Am Freitag kaufte der Gutachter ein Haus.", KindAcquisition},
		{"Am Freitag kaufte der Gutachterin ein Mann ein Haus ab.", ""},
		{"Am Freitag besuchte auch die Botschafterin die Gedenkstätte.", KindVisit},
		{"Am Freitag besuchte Lindner die Botschafterin.", KindVisit},
		{"Der Vorstand von Oracle hat am Freitag zwei Personalentscheidungen getroffen.", KindDecision},
	})
	const visit = "Am Freitag besuchte auch die Botschafterin die Gedenkstätte."
	if _, titles := rowsOfKind(t, visit, KindVisit); !slices.ContainsFunc(titles, func(s string) bool { return strings.Contains(s, " Botschafterin besucht Gedenkstätte ") }) {
		t.Errorf("%q: titles %q, want the visit of the Gedenkstätte by her", visit, titles)
	}
}

// TestMoreKinds: leaving a project, approvals, abductions, escapes,
// releases and occupations are happenings.
func TestMoreKinds(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Oracle ist am Freitag aus dem Bahnprojekt ausgestiegen.", KindTermination},
		{"Oracle zieht sich am Freitag aus dem Bahnprojekt zurück.", KindTermination},
		{"Lindner schied am Freitag aus dem Vorstand von Oracle aus.", KindResignation},
		{"Am Freitag ist in Linz das neue Mietrecht in Kraft getreten.", KindEnactment},
		{"Die Behörde hat Lindner am Freitag mit 500 Euro bestraft.", KindVerdict},
		{"Die Behörde überstellte Lindner am Freitag nach Linz.", KindDeportation},
		{"Die Behörde hat am Freitag die Mine von Oracle bewilligt.", KindDecision},
		{"Am Freitag wurden in Mali zwölf Touristen verschleppt.", KindCrime},
		{"Lindner ist am Freitag seinen Entführern entkommen.", KindFlight},
		{"Am Freitag wurde Lindner in Mali freigelassen.", KindRelease},
		{"Studenten haben am Freitag in Wien das Parlament besetzt.", KindProtest},
	})
}

// TestCueInsideWord: a noun cue inside a lower-case word is no cue
// ("gericht" in "ausgerichtete"); at its start, or in a noun, it is.
func TestCueInsideWord(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Lindner steht am Freitag für eine offensiv ausgerichtete Taktik.", ""},
		{"Lindner steht am Freitag vor dem Landesgericht.", KindTrial},
		// one stands trial "vor" a court; a court's word beside "steht
		// offen" is no trial
		{"Der Weg zum Höchstgericht steht Lindner seit Freitag offen.", ""},
	})
}

// TestLostOwnThing: what one loses of one's own ("seine Lizenz") is no
// lost game, even beside a game's word; medals or prizes counted are a
// career's tally, no award.
func TestLostOwnThing(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Lindner hat vor dem Spiel am Freitag seine Lizenz verloren.", ""},
		{"Lindner verlor am Freitag seinen Stammplatz vor dem Finale.", ""},
		{"Lindner verlor am Freitag das Finale gegen Scholz.", KindMatch},
		{"Lindner verlor am Freitag mit seinem Partner das Finale gegen Scholz.", KindMatch},
		{"Lindner hat in seiner Karriere mehrere Medaillen gewonnen.", ""},
		{"Lindner hat am Freitag die Goldmedaille gewonnen.", KindAward},
	})
}

// TestDismissedSuit: a court that throws out a suit rules; the suit is
// what it ruled on, no lawsuit of the court's.
func TestDismissedSuit(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Das Landesgericht wies am Freitag die Klage von Meta gegen Oracle ab.", KindVerdict},
		{"Die Berufung von Oracle wurde am Freitag vom Gericht abgewiesen.", KindVerdict},
	})
}

// TestApartFrom: "abgesehen von" sets a happening aside, it does not deny
// it.
func TestApartFrom(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Abgesehen von der Klage von Meta gegen Oracle am Freitag blieb es ruhig.", KindLawsuit},
	})
}

// TestOneOfGamesCounted: "bloß eine Niederlage aus 14 Partien" is a tally;
// with an ordinal, "die dritte Niederlage in sieben Spielen", it is the
// defeat just told.
func TestOneOfGamesCounted(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Lindner ging am Freitag mit bloß einer Niederlage aus 14 Partien als Favorit ins Turnier.", ""},
		{"Lindner kassierte am Freitag gegen Scholz die dritte Niederlage in sieben Spielen.", KindMatch},
	})
}

// TestPhysicalAttack: "angreifen" is criticism of someone, unless the
// clause tells of a body hurt, a beast, a blade or a network: then it is
// an attack.
func TestPhysicalAttack(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Lindner griff am Freitag Scholz scharf an.", KindCriticism},
		{"Ein Bär hat am Freitag in Tirol einen Wanderer angegriffen.", KindAttack},
		{"Unbekannte Hacker haben am Freitag das Netz von Meta angegriffen.", KindAttack},
	})
}

// TestChoosingNoElection: "wählen" is an election when someone is
// elected (a passive, "zum", an office) or voters or a chamber vote; to
// choose a name or an approach is none.
func TestChoosingNoElection(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Lindner wählte am Freitag einen neuen Namen für seine Band.", ""},
		{"Lindner wurde am Freitag zum Präsidenten gewählt.", KindElection},
		{"Der Landtag wählte am Freitag Lindner.", KindElection},
	})
}

// TestRaceStart: the start of a race or a game is no launch; a launch
// goes "an den Start" or is the start of something; a plane lifts off,
// money is not. (Lindner's blunder at the start, dated and told done, is
// an action of his: bodyAction.)
func TestRaceStart(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Lindner patzte am Freitag beim Start.", KindAction},
		{"Oracle hat am Freitag ein neues Telefon an den Start gebracht.", KindLaunch},
		{"Lindner hebt am Freitag sein Geld selbst ab.", ""},
	})
}

// TestRuledOut: to rule something out is no exclusion; to exclude someone
// from a party or a platform is.
func TestRuledOut(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Lindner hat am Freitag eine Rückkehr ausgeschlossen.", ""},
		{"Die Partei hat am Freitag Lindner aus der Fraktion ausgeschlossen.", KindBan},
	})
}

// TestRiotsAndRaids: riots are protests; militias attacking a village
// attack it (criticism is what people attack with words).
func TestRiotsAndRaids(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Am Freitag kam es in Linz zu schweren Ausschreitungen.", KindProtest},
		{"Am Freitag griffen Rebellen in Mali ein Dorf an.", KindAttack},
	})
}

// TestFinishedNoDeal: to finish a set, a phase or a talk is no deal; to
// conclude a contract is.
func TestFinishedNoDeal(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Oracle hat am Freitag die zweite Testphase abgeschlossen.", ""},
		{"Oracle hat am Freitag mit Meta einen Vertrag abgeschlossen.", KindAgreement},
	})
}

// TestWhatIsSold: what a company offers in the present as a rule is what
// it sells; an offer made, or one it makes now, is a happening.
func TestWhatIsSold(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Oracle bietet Internet und Fernsehen an.", ""},
		{"Oracle bietet nun Internet ohne Bindung an.", KindOffer},
		{"Oracle bot am Freitag Meta zehn Milliarden an.", KindOffer},
	})
}

// TestHeadDatedByTeaser: a headline dated only by an article of a known
// day takes the date of its teaser's mention of the happening, as it
// takes the lead's: the teaser's weekend is before the article's day.
func TestHeadDatedByTeaser(t *testing.T) {
	we := model.Interval{Start: day(2024, 12, 14), End: day(2024, 12, 15)}
	thu := model.Interval{Start: day(2024, 12, 19), End: day(2024, 12, 19)}
	f := fx{text: "T Zwölf Verletzte bei Unfällen in Linz\nS Bei Unfällen sind am Wochenende in Linz zwölf Menschen verletzt worden.\nDer Text geht weiter.",
		date: thu, timex: map[string]tx{"am Wochenende": {"2024-W50-WE", we, ""}}}
	m, ok := only(t, f, "Zwölf")
	if !ok || m.Date != we || m.Dating != DatedNext {
		t.Errorf("headline dated %v (%v, found %v), want %v by the teaser", m.Date, m.Dating, ok, we)
	}
}

// TestDatedByOpeningOfNext: a deed only the article dates takes the date
// that one of the two next sentences of its paragraph opens with, when
// that sentence goes on with its verb and a pronoun for the doers (a
// police report's "Zwischen Montag und Mittwoch verschafften sie
// sich …"); a sentence that goes on otherwise dates nothing before it.
func TestDatedByOpeningOfNext(t *testing.T) {
	fri := model.Interval{Start: day(2024, 12, 20), End: day(2024, 12, 20)}
	timex := map[string]tx{
		"Montag, 22 Uhr":  {"2024-12-16T22:00", dayIv(2024, 12, 16), model.TimexTime},
		"Mittwoch, 6 Uhr": {"2024-12-18T06:00", dayIv(2024, 12, 18), model.TimexTime},
		"Am Dienstag":     {"2024-12-17", dayIv(2024, 12, 17), ""},
	}
	for _, tt := range []struct {
		text string
		want model.Interval
	}{
		{"Diebe erbeuteten in Linz einen Tresor. Die Polizei bittet um Hinweise. Zwischen Montag, 22 Uhr, und Mittwoch, 6 Uhr, verschafften sie sich Zutritt.",
			model.Interval{Start: day(2024, 12, 16), End: day(2024, 12, 18)}},
		{"Diebe erbeuteten in Linz einen Tresor. Am Dienstag kamen sie durch ein Fenster.", dayIv(2024, 12, 17)},
		{"Diebe erbeuteten in Linz einen Tresor. Am Dienstag kam die Polizei.", model.Interval{}},
	} {
		m, ok := only(t, fx{text: tt.text, date: fri, timex: timex}, "erbeuteten")
		switch {
		case !ok:
			t.Errorf("%q: no mention", tt.text)
		case tt.want.Valid() && (m.Date != tt.want || m.Dating != DatedNext):
			t.Errorf("%q: dated %v (%v), want %v by the next sentence", tt.text, m.Date, m.Dating, tt.want)
		case !tt.want.Valid() && m.Dating != DatedArticle:
			t.Errorf("%q: dated %v (%v), want the article's days", tt.text, m.Date, m.Dating)
		}
	}
}

// TestRelativeClauseStatement: what a relative clause says of someone
// the sentence tells of ("den X verteidigte") is tried after the
// sentence's own happening, which names no one.
func TestRelativeClauseStatement(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Der Arzt, den Lindner verteidigte, wurde am Freitag zu einer Haftstrafe verurteilt.", KindVerdict},
	})
}

// TestVisitedCountry: the country a visit went to takes part in it, its
// host; where one merely travelled hosts no one.
func TestVisitedCountry(t *testing.T) {
	for _, tt := range []struct {
		text string
		host bool
	}{
		{"Olaf Scholz besuchte am Freitag Frankreich.", true},
		{"Olaf Scholz sprach am Freitag während eines Staatsbesuchs im Iran mit Journalisten.", true},
		{"Olaf Scholz reiste am Freitag nach Frankreich.", false},
	} {
		events, actors := mergedFriday(t, tt.text)
		host := false
		for _, e := range events {
			for k, a := range e.Actors {
				host = host || strings.HasPrefix(actors[a].ID, "country-") && e.Roles[k] == model.RoleParticipant
			}
		}
		if len(events) != 1 || host != tt.host {
			t.Errorf("%q: got %+v, want one visit, host country %v", tt.text, events, tt.host)
		}
	}
}

// TestVisitsToTwoCountries: visits to two countries are two, however
// near their days.
func TestVisitsToTwoCountries(t *testing.T) {
	a := fx{text: "Olaf Scholz sprach am Freitag während eines Staatsbesuchs in Frankreich mit Journalisten. Olaf Scholz war am Sonntag zu einem Staatsbesuch im Iran.", date: dec2024,
		timex: map[string]tx{"am Freitag": {"2024-12-20", dayIv(2024, 12, 20), ""}, "am Sonntag": {"2024-12-22", dayIv(2024, 12, 22), ""}}}.build(t)
	if events, _ := Merge(Extract(0, a, testActors), testActors); len(events) != 2 {
		t.Errorf("got %v, want two visits", titles(events))
	}
}

// TestPastModalPassive: a past modal of need with "werden" tells a
// happening done ("musste gesperrt werden"); the present's does not.
func TestPastModalPassive(t *testing.T) {
	if events, _ := mergedFriday(t, "Die Landstraße musste am Freitag gesperrt werden."); len(events) != 1 {
		t.Errorf("past: got %+v, want one event", events)
	}
	if events, _ := mergedFriday(t, "Die Landstraße muss am Freitag gesperrt werden."); len(events) != 0 {
		t.Errorf("present: got %+v, want none", events)
	}
}

// TestUnnamedInAccident: who had an accident, unnamed, takes part in it:
// who drove did it, who came to harm suffered it.
func TestUnnamedInAccident(t *testing.T) {
	for _, tt := range []struct {
		text, name string
		role       model.Role
	}{
		{"Ein 39-jähriger Fahrer kam am Freitag auf der Landstraße von der Straße ab.", "Fahrer", model.RoleAgent},
		{"Eine Radfahrerin ist am Freitag in Linz verunglückt.", "Radfahrerin", model.RolePatient},
	} {
		events, actors := mergedFriday(t, tt.text)
		if len(events) != 1 || len(events[0].Actors) != 1 || actors[events[0].Actors[0]].Name != tt.name || events[0].Roles[0] != tt.role {
			t.Errorf("%q: got %+v, want one accident of %s as %s", tt.text, events, tt.name, tt.role)
		}
	}
}

// TestStartOfHappening: a bare verb of starting whose clause names no one
// as its subject tells the happening its noun names, with the verb in the
// mention's trigger; one named who started it did so. A compound keeps
// its head's plain reading where another needs cues it lacks.
func TestStartOfHappening(t *testing.T) {
	for _, tt := range []struct{ text, kind, title, trigger string }{
		{"Tarifverhandlungen bei Oracle am Freitag gestartet", "meeting", "Tarifverhandlung bei Oracle", "Tarifverhandlungen … gestartet"},
		{"Am Freitag starteten die Verhandlungen mit Oracle.", "meeting", "Verhandlung von Oracle", "starteten … Verhandlungen"},
		{"Oracle startete am Freitag die Tarifverhandlungen.", "launch", "Oracle startet Tarifverhandlungen", "startete"},
	} {
		events, _ := mergedFriday(t, tt.text)
		if len(events) != 1 || string(events[0].Kind) != tt.kind || events[0].Title != tt.title || events[0].Mentions[0].Trigger != tt.trigger {
			t.Errorf("%q: got %+v, want one %s %q told by %q", tt.text, events, tt.kind, tt.title, tt.trigger)
		}
	}
}

// TestInsolvencyProceedings: proceedings opened on a firm's assets ("der
// Firma", "über die Firma", "über das Vermögen der Firma") make the firm
// the insolvent one, and the court they were opened at ("vor dem", "am")
// opened them; so does a named court a verdict was passed at.
func TestInsolvencyProceedings(t *testing.T) {
	roleOf := func(e model.Event, actors []model.Actor, id string) model.Role {
		for k, a := range e.Actors {
			if actors[a].ID == id {
				return e.Roles[k]
			}
		}
		return ""
	}
	for _, tt := range []struct {
		text, kind, court string
		patient           string
	}{
		{"Das Konkursverfahren der Firma Oracle wurde am Freitag vor dem Handelsgericht eröffnet.", "insolvency", "institution-handelsgericht", "oracle"},
		{"Über das Vermögen der Firma Oracle wurde am Freitag am Handelsgericht ein Sanierungsverfahren eröffnet.", "insolvency", "institution-handelsgericht", "oracle"},
		{"Am Freitag wurde der Konkurs über die Firma Oracle eröffnet.", "insolvency", "", "oracle"},
		{"Mitarbeiter von Oracle wurden am Freitag am Landgericht München zu zwei Jahren Haft verurteilt.", "verdict", "landgericht", ""},
	} {
		events, actors := mergedFriday(t, tt.text)
		if len(events) != 1 || events[0].Kind != tt.kind {
			t.Errorf("%q: got %+v, want one %s", tt.text, events, tt.kind)
			continue
		}
		if tt.patient != "" && roleOf(events[0], actors, tt.patient) != model.RolePatient {
			t.Errorf("%q: %s is %q, want patient", tt.text, tt.patient, roleOf(events[0], actors, tt.patient))
		}
		if tt.court != "" && roleOf(events[0], actors, tt.court) != model.RoleAgent {
			t.Errorf("%q: %s is %q, want agent (%+v)", tt.text, tt.court, roleOf(events[0], actors, tt.court), events[0])
		}
	}
}

// TestCourtOfVerdict: the court a verdict was passed at passed it, beside
// whom it befell.
func TestCourtOfVerdict(t *testing.T) {
	events, _ := mergedFriday(t, "Ein Arzt wurde am Freitag am Landgericht zu zwei Jahren Haft verurteilt.")
	if len(events) != 1 || !slices.Contains(events[0].Roles, model.RoleAgent) || !slices.Contains(events[0].Roles, model.RolePatient) {
		t.Errorf("got %+v, want one verdict with the court as agent and the doctor as patient", events)
	}
}

// TestCooperationDeepened: a cooperation deepened, built out or extended
// is an agreement; a network extended is none.
func TestCooperationDeepened(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Oracle hat am Freitag die Zusammenarbeit mit Meta vertieft.", KindAgreement},
		{"Oracle hat am Freitag die Kooperation mit Meta erweitert.", KindAgreement},
		{"Oracle hat am Freitag sein Netz erweitert.", ""},
	})
}

// TestWorkingTogether: firms that work together, told in the present at
// no time, made no agreement ("kooperiert", though it looks like the
// participle); a cooperation begun at a time, or now, is one.
func TestWorkingTogether(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Oracle kooperiert bei dem Angebot mit Meta.", ""},
		{"Oracle hat am Freitag mit Meta kooperiert.", KindAgreement},
		{"Oracle kooperiert nun mit Meta.", KindAgreement},
	})
}

// TestResultsPresented: the presentation of a firm's results is a
// happening of results.
func TestResultsPresented(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Oracle hat bei der Bilanzvorlage am Freitag die Prognose angehoben.", KindResults},
		{"Die Bilanzpressekonferenz von Oracle fand am Freitag statt.", KindResults},
	})
}

// TestShareOfResults: a share of a firm's turnover tells what makes up
// its results, no results; the turnover itself, or its rise, does.
func TestShareOfResults(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Oracle hatte am Freitag ein Drittel seines Umsatzes in Amerika erzielt.", ""},
		{"Oracle hat am Freitag einen Umsatz von drei Milliarden Euro erzielt.", KindResults},
		{"Oracle steigerte am Freitag den Umsatz um zehn Prozent.", KindResults},
	})
}

// TestBuildingGoingOn: a building told in the present of the body, at no
// time, is going on, begun at no time told; one built, one begun now, or
// one the headline tells, is a happening.
func TestBuildingGoingOn(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Als Ersatz für die Brücke baut Oracle eine neue Straße.", ""},
		{"Oracle baut jetzt eine neue Straße.", KindConstruction},
		{"Oracle hat eine neue Straße gebaut.", KindConstruction},
		{"T Oracle baut eine neue Straße", KindConstruction},
	})
}

// TestWonForSelf: what one decides "für sich" one has won.
func TestWonForSelf(t *testing.T) {
	m, ok := only(t, fx{text: "Verdi hatte im Sommer das Turnier für sich entschieden.", date: dec2024}, "")
	if !ok || m.Kind != KindMatch {
		t.Errorf("got %+v, want a match", m)
	}
}

// TestDatedNoHappening: clauses that date what they name, which still
// tells no happening of that kind: what one needs ("benötigt einen
// Heimsieg"), games counted before their noun (a tally), a happening a
// day remembers (recalled, not told).
func TestDatedNoHappening(t *testing.T) {
	for _, tt := range []struct {
		text, when, value string
		iv                model.Interval
		kind              Kind // the kind that must not come out; "" for none at all
	}{
		{"Verdi benötigt am Samstag einen klaren Heimsieg gegen Oracle.", "am Samstag", "2024-12-14", dayIv(2024, 12, 14), ""},
		{"Mit drei Siegen aus drei Runden ist Verdi im Jahr 2024 Tabellenführer.", "im Jahr 2024", "2024", model.YearInterval(2024), ""},
		{"Im Jahr 2011 hielt Lindner zum 35. Jahrestag der Gründung von Verdi eine Rede.", "Im Jahr 2011", "2011", model.YearInterval(2011), KindFounding},
	} {
		events, _ := Merge(Extract(0, fx{text: tt.text, date: dec2024, timex: map[string]tx{tt.when: {tt.value, tt.iv, ""}}}.build(t), testActors), testActors)
		for _, e := range events {
			if tt.kind == "" || e.Kind == string(tt.kind) {
				t.Errorf("%q: %v, want no %s event", tt.text, titles(events), tt.kind)
				break
			}
		}
	}
}

// TestHypotheticalNoun: a happening named with an attribute of what may
// come is not told as happened, nor is a deal only planned; planned job
// cuts are the news of their announcement.
func TestHypotheticalNoun(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Die mögliche Fusion von Meta und Oracle beschäftigte am Freitag die Börse.", ""},
		{"Die drohende Insolvenz von Volkswagen beschäftigte am Freitag die Börse.", ""},
		{"Die Fusion von Meta und Oracle beschäftigte am Freitag die Börse.", KindMerger},
		{"Die geplante Fusion von Meta und Oracle beschäftigte am Freitag die Börse.", ""},
		{"Die angestrebte Übernahme von Oracle durch Meta beschäftigte am Freitag die Börse.", ""},
		{"Die geplante Entlassung von 500 Beschäftigten bei Oracle beschäftigte am Freitag die Börse.", KindJobcuts},
		{"Die von Meta gewünschte Fusion mit Oracle beschäftigte am Freitag die Börse.", ""},
		{"Die von den Aktionären geforderte Fusion von Meta und Oracle beschäftigte am Freitag die Börse.", ""},
	})
}

// TestShareHolding: taking part in something is no stake in a firm; a
// required word counts once, however often it stands in the clause.
func TestShareHolding(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Meta hat sich am Freitag mit 20 Prozent an Oracle beteiligt.", KindAcquisition},
		{"Meta steigt am Freitag bei Oracle ein.", KindAcquisition},
		{"Die Bundesregierung hat sich am Freitag an der Mission beteiligt.", ""},
		{"Amazon steigt am Freitag ins Geschäft mit Musik ein.", ""},
		{"Meta ist am Freitag zu 20 Prozent an Oracle und zu 10 Prozent an Amazon beteiligt.", ""},
	})
}

// TestImagined: what one pictures to oneself ("sich vorstellen") is no
// presentation.
func TestImagined(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Meta hat am Freitag ein neues Telefon vorgestellt.", KindPresentation},
		{"Meta hat sich das Telefon am Freitag anders vorgestellt.", ""},
	})
}

// TestDeclinedParticiple: a weak verb's preterite plural that stands
// between an article and its noun is the participle declined as an
// adjective: an attribute, dated or describing, not the clause's verb.
func TestDeclinedParticiple(t *testing.T) {
	fri := map[string]tx{"am Freitag": {"2024-12-20", dayIv(2024, 12, 20), ""}}
	for _, tt := range []struct{ text, title string }{
		{"In der von Meta am Freitag präsentierten Studie sehen Forscher Risiken.", "Meta präsentiert Studie"},
		{"Die Firmen Meta und Oracle präsentierten am Freitag Zahlen.", "Meta und Oracle präsentieren Zahlen"}, // the verb of its clause,
		{"Die von Meta finanzierten Studien zeigen Risiken.", ""},
	} {
		f := fx{text: tt.text, date: dec2024, timex: fri}
		events, _ := Merge(Extract(0, f.build(t), testActors), testActors)
		wantRow(t, tt.text, events, tt.title, false)
	}
}

// TestCountedDead: the dead a number counts after the verb, on a day, are
// whom the death befell; the toll of months is a statistic.
func TestCountedDead(t *testing.T) {
	timex := map[string]tx{
		"am Freitag":  {"2024-12-20", dayIv(2024, 12, 20), ""},
		"vier Jahren": {"P3Y", model.Interval{}, model.TimexDuration},
		"zwei Tage":   {"P2D", model.Interval{}, model.TimexDuration},
	}
	for _, tt := range []struct{ text, title string }{
		{"Nach dem Beben starben am Freitag elf Bergleute.", "Elf Bergleute gestorben"},
		{"Im Grenzgebiet starben binnen vier Jahren 350 Soldaten.", ""},
		{"Oracle entschied in vier Jahren rund 1.300 Fälle von Betrug.", ""},                                   // a tally, though a body did it
		{"Bei einem Brand in Halle starben am Freitag, zwei Tage vor dem Fest, 120 Menschen.", "Tod in Halle"}, // a span that dates
	} {
		f := fx{text: tt.text, date: dec2024, timex: timex}
		events, _ := Merge(Extract(0, f.build(t), testActors), testActors)
		wantRow(t, tt.text, events, tt.title, false)
	}
}

// TestFigureOfSpeech: a bare "Sieg" or "Niederlage" is a game only in an
// article that tells of a sport.
func TestFigureOfSpeech(t *testing.T) {
	fri := map[string]tx{"am Freitag": {"2024-12-20", dayIv(2024, 12, 20), ""}}
	for _, tt := range []struct {
		text  string
		match bool
	}{
		{"Oracle hat am Freitag eine Niederlage gegen Meta hinnehmen müssen.\nDie Richter folgten der Klage.", false},
		{"Lindner unterlag am Freitag vor Gericht gegen Meta.", false},
		{"Lindner unterlag am Freitag vor Gericht gegen Meta.\nMeta hat damit seine Macht ausgespielt.", false}, // a verb holds no game
		{"Am Freitag feierte der FC Bayern einen Sieg gegen Leverkusen.\nDas Spiel endete torlos in der Verlängerung.", true},
	} {
		f := fx{text: tt.text, date: dec2024, timex: fri}
		events, _ := Merge(Extract(0, f.build(t), testActors), testActors)
		match := slices.ContainsFunc(events, func(e model.Event) bool { return e.Kind == string(KindMatch) })
		if match != tt.match {
			t.Errorf("%q: a match %v, want %v (%v)", tt.text, match, tt.match, titles(events))
		}
	}
}

// TestKilledInAccident: who was killed in an accident or a disaster was
// killed by it, not by a crime (also where the article's date is unknown
// and the accident's noun alone makes no row).
func TestKilledInAccident(t *testing.T) {
	for _, tt := range []struct {
		text string
		kind Kind
	}{
		{"Halle – Montagfrüh ist ein Radler in Halle-Neustadt bei einem Verkehrsunfall getötet worden.", KindAccident},
		{"Halle – Montagfrüh ist ein Radler in Halle-Neustadt von einem Nachbarn getötet worden.", KindCrime},
	} {
		f := fx{text: tt.text, timex: map[string]tx{"Montagfrüh": {"XXXX-WXX-1", model.Interval{}, ""}}}
		events, _ := Merge(Extract(0, f.build(t), testActors), testActors)
		if len(events) != 1 || events[0].Kind != string(tt.kind) {
			t.Errorf("%q: got %v, want one %s", tt.text, titles(events), tt.kind)
		}
	}
}

// TestDatedRelativeClause: a relative clause that opens with its year is
// a clause of its own, whose date is not the main clause's; what it tells
// of a thing, dated so, is a happening of that year.
func TestDatedRelativeClause(t *testing.T) {
	timex := map[string]tx{"2018": {"2018", model.YearInterval(2018), ""}}
	f := fx{text: "Musk kritisierte das Projekt, das 2018 mit viel Geld gestartet worden war.", date: dec2024, timex: timex}
	if m, ok := only(t, f, "kritisierte"); !ok || m.Date == model.YearInterval(2018) {
		t.Errorf("criticism dated %v (found %v), want not the relative clause's 2018", m.Date, ok)
	}
	f = fx{text: "Als bekanntestes Werk gilt der Roman Nebelland, der 2018 in Linz erschienen war.", date: dec2024, timex: timex}
	if m, ok := only(t, f, "erschienen"); !ok || m.Kind != KindPublication || m.Date != model.YearInterval(2018) {
		t.Errorf("got %s dated %v (found %v), want the publication of 2018", m.Kind, m.Date, ok)
	}
}

// TestTallyOverYears: what a clause counts over a span of years up to
// now ("hat in den vergangenen zehn Jahren drei Konkurrenten
// übernommen", "innerhalb von zwei Jahren 300 Stellen abgebaut") is a
// tally, like what it counts so far; the same count on a day is a
// happening.
func TestTallyOverYears(t *testing.T) {
	timex := map[string]tx{
		"den vergangenen zehn Jahren": {"P10Y", model.Interval{}, model.TimexDuration},
		"zwei Jahren":                 {"P2Y", model.Interval{}, model.TimexDuration},
		"den letzten drei Jahren":     {"P3Y", model.Interval{}, model.TimexDuration},
		"am Montag":                   {"2024-12-16", dayIv(2024, 12, 16), ""},
	}
	for _, tt := range []struct {
		sentence string
		kind     Kind
		want     bool
	}{
		{"Oracle hat in den vergangenen zehn Jahren drei Konkurrenten übernommen.", KindAcquisition, false},
		{"Oracle hat innerhalb von zwei Jahren 300 Stellen abgebaut.", KindJobcuts, false},
		{"Oracle hat in den letzten drei Jahren zwei Werke geschlossen.", KindClosure, false},
		{"Oracle hat in den vergangenen Jahren zwei Werke geschlossen.", KindClosure, false},
		{"Oracle hat in den letzten drei Jahren zahlreiche Werke geschlossen.", KindClosure, false},
		{"Oracle hat am Montag drei Konkurrenten übernommen.", KindAcquisition, true},
		{"Oracle hat am Montag zwei Werke geschlossen.", KindClosure, true},
	} {
		m, ok := only(t, fx{text: tt.sentence, date: dec2024, timex: timex}, "")
		if got := ok && m.Kind == tt.kind; got != tt.want {
			t.Errorf("%q: %s mention %v (got %v %s), want %v", tt.sentence, tt.kind, got, ok, m.Kind, tt.want)
		}
	}
}

// TestDatedByItsRelativeClause: a relative clause on the trigger's noun
// that tells when it happened dates it ("ein Unfall, der sich am Sonntag
// ereignete"), also across an apposition of commas and over the date of
// the clause that reports it.
func TestDatedByItsRelativeClause(t *testing.T) {
	timex := map[string]tx{
		"am Sonntag":              {"2024-12-15", dayIv(2024, 12, 15), ""},
		"am Sonntag, 15.12.2024,": {"2024-12-15", dayIv(2024, 12, 15), ""},
		"Am Montag":               {"2024-12-16", dayIv(2024, 12, 16), ""},
	}
	for _, text := range []string{
		"Bei einem Verkehrsunfall, der sich am Sonntag in Linz ereignete, wurden zwei Menschen verletzt.",
		"Zwei Verletzte forderte ein Verkehrsunfall, welcher sich am Sonntag, 15.12.2024, gegen 12:50 Uhr in Linz ereignete.",
		"Am Montag meldete die Polizei einen Unfall, der sich am Sonntag in Linz ereignet hatte.",
	} {
		if m, ok := only(t, fx{text: text, date: dec2024, timex: timex}, "nfall"); !ok || m.Date != dayIv(2024, 12, 15) {
			t.Errorf("%q: dated %v (found %v), want the Sunday of its relative clause", text, m.Date, ok)
		}
	}
}

// TestYearTallyUncertainDate: a year's tally is no happening also where
// the article's uncertain date leaves "im Vorjahr" no year of its own; a
// month of this year dates one seizure.
func TestYearTallyUncertainDate(t *testing.T) {
	years := model.Interval{Start: day(2014, 1, 1), End: day(2015, 12, 31)}
	f := fx{text: "Im Vorjahr wurden an Tankstellen in Linz 9,8 Milliarden Liter Benzin verkauft.", timex: map[string]tx{"Im Vorjahr": {"201", years, ""}}}
	if m, ok := only(t, f, ""); ok {
		t.Errorf("a year's tally: got %s %q", m.Kind, m.Trigger)
	}
	f = fx{text: "Im Februar dieses Jahres stellte der Zoll in Linz Zigaretten im Wert von 53 Millionen Euro sicher.", timex: map[string]tx{"Im Februar dieses Jahres": {"201", years, ""}}}
	if _, ok := only(t, f, "stellte"); !ok {
		t.Errorf("a month's seizure: no mention")
	}
}

// TestGameSettled: in a game's report, what settles the game ("brachte
// die Entscheidung") is no one's decision; a body's decision told there
// stays one.
func TestGameSettled(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"Das zweite Tor von Lindner bedeutete am Montag die Entscheidung im Spiel gegen Leverkusen.", false},
		{"Die Entscheidung brachte am Montag ein Tor durch Lindner.", false}, // "brachte": a strong form of "bringen"
		{"Die Entscheidung von Verdi über Leverkusen fiel am Montag.", true},
	} {
		m, ok := only(t, fx{text: "T FC Bayern gewinnt 2:0 gegen Leverkusen\n" + tt.text, date: dec2024}, "Montag")
		if got := ok && m.Kind == KindDecision; got != tt.want {
			t.Errorf("%q: decision %v (%+v), want %v", tt.text, got, m.Kind, tt.want)
		}
	}
}

// TestPassiveOfRelativeThing: a dated passive in a relative clause is
// told of the thing the clause hangs on ("eine Umfrage, die am Freitag
// veröffentlicht wurde"), though its subject is only the relative pronoun.
func TestPassiveOfRelativeThing(t *testing.T) {
	const s = "Das zeigt eine Umfrage, die am Freitag im Magazin Linzer Blatt veröffentlicht wurde."
	f := fx{text: s, date: dec2024, timex: map[string]tx{"am Freitag": {"2024-12-20", dayIv(2024, 12, 20), ""}}}
	if m, ok := only(t, f, ""); !ok || m.Kind != KindPublication {
		t.Errorf("%q: %v %+v, want a publication", s, ok, m.Kind)
	}
}

// TestCircumstanceOutcome: figures told of a dated happening named as
// their circumstance are its outcome ("Bei der Wahl am 6. Oktober fiel X
// auf 14 Prozent"): the happening is an event; figures of its kind
// counted are a statistic.
func TestCircumstanceOutcome(t *testing.T) {
	oct6 := map[string]tx{"am 6. Oktober": {"2024-10-06", dayIv(2024, 10, 6), ""}, "Am 6. Oktober": {"2024-10-06", dayIv(2024, 10, 6), ""}}
	for _, tt := range []struct {
		text string
		kind Kind
	}{
		{"Bei der Wahl am 6. Oktober war die Partei auf 14 Prozent gefallen.", KindElection},
		{"Am 6. Oktober war die Zahl der Wahlen auf 14 gefallen.", ""},
	} {
		m, ok := only(t, fx{text: tt.text, date: dec2024, timex: oct6}, "")
		if tt.kind == "" && ok || tt.kind != "" && (!ok || m.Kind != tt.kind) {
			t.Errorf("%q: %v %s, want %q", tt.text, ok, m.Kind, tt.kind)
		}
	}
}

// TestAnnouncedPlan: a plan as wide as a deadline that the next sentence
// says was announced on a day ("Das kündigte … am Dienstag an") is the
// happening announced that day, one row with the head that tells it; a
// plan of one day keeps its day.
func TestAnnouncedPlan(t *testing.T) {
	timex := map[string]tx{
		"bis Ende 2027": {"2027", model.Interval{Start: day(2027, 9, 1), End: day(2027, 12, 31)}, ""},
		"am 3. März":    {"2025-03-03", dayIv(2025, 3, 3), ""},
		"am Dienstag":   {"2024-12-03", dayIv(2024, 12, 3), ""},
	}
	for _, tt := range []struct {
		text  string
		dates []string // of the rows
	}{
		{"T Volkswagen streicht Stellen\nVolkswagen will bis Ende 2027 rund 3.500 Stellen abbauen. Das kündigte Volkswagen am Dienstag an.",
			[]string{"2024-12-03"}},
		{"Volkswagen will am 3. März ein neues Werk eröffnen. Das kündigte Volkswagen am Dienstag an.",
			[]string{"2025-03-03"}},
	} {
		events, _ := Merge(Extract(0, fx{text: tt.text, date: dec2024, timex: timex}.build(t), testActors), testActors)
		var got []string
		for _, e := range events {
			got = append(got, e.Date.String())
		}
		if !slices.Equal(got, tt.dates) {
			t.Errorf("%q: rows %v, dated %v, want %v", tt.text, titles(events), got, tt.dates)
		}
	}
}

// TestDatedPassiveWithName: a dated passive told of something unnamed is
// an event also when the clause names where it appeared ("im Fachjournal
// „Nature“"), not only a place.
func TestDatedPassiveWithName(t *testing.T) {
	f := fx{text: "Die Ergebnisse wurden am Montag im Fachjournal „Nature“ veröffentlicht.", date: dec2024,
		timex: map[string]tx{"am Montag": {"2024-12-02", dayIv(2024, 12, 2), ""}}}
	if m, ok := only(t, f, ""); !ok || m.Kind != KindPublication {
		t.Errorf("got %v %s, want a publication", ok, m.Kind)
	}
}

// TestPartnerAfterTime: a time before "mit" takes no partner of its own,
// so whom one met after it takes part ("traf sich am Freitag mit X").
func TestPartnerAfterTime(t *testing.T) {
	fri := map[string]tx{"am Freitag": {"2024-11-29", dayIv(2024, 11, 29), ""}}
	for _, tt := range []struct {
		text   string
		actors []string
	}{
		{"Scholz hat sich am Freitag mit Lindner getroffen.", []string{"olaf-scholz", "christian-lindner"}},
	} {
		m, ok := only(t, fx{text: tt.text, date: dec2024, timex: fri}, "")
		if !ok || !slices.Equal(actorIDs(m.Actors), tt.actors) {
			t.Errorf("%q: %v %v, want %v", tt.text, ok, actorIDs(m.Actors), tt.actors)
		}
	}
}

// TestSpeechTagDate: the date of a speech tag that ends the sentence is
// the day it was told, not the day of what it tells; a clause that only
// opens with a verb after a comma is no tag.
func TestSpeechTagDate(t *testing.T) {
	wed := map[string]tx{"am Mittwoch": {"2024-11-27", dayIv(2024, 11, 27), ""}, "im Mai": {"2024-05", model.MonthInterval(2024, 5), ""}}
	for _, tt := range []struct {
		text, timex string // the mention's own date expression, "" for none
	}{
		{"Volkswagen hat Lindner entlassen, erklärte Scholz am Mittwoch.", ""},
		{"Als im Mai die Gespräche scheiterten, entließ Volkswagen Lindner.", "2024-05"},
	} {
		m, ok := only(t, fx{text: tt.text, date: dec2024, timex: wed}, "")
		if !ok || m.Kind != KindDismissal || m.Timex != tt.timex {
			t.Errorf("%q: %v %s dated by %q, want a dismissal dated by %q", tt.text, ok, m.Kind, m.Timex, tt.timex)
		}
	}
}

// TestHeadDatedByLead: a headline that only the article's date dates
// takes the date of the body's first mention of the same kind of
// happening, when that names everyone the headline names and is no back
// story.
func TestHeadDatedByLead(t *testing.T) {
	mon := tx{"2024-12-16", dayIv(2024, 12, 16), ""}
	for _, tt := range []struct {
		text  string
		dated bool
	}{
		{"T Volkswagen übernimmt Verdi\nWolfsburg – Volkswagen hat am Montag Verdi übernommen.", true},
		{"T Zuckerberg trifft Trump\nPalm Beach – Am Montag trafen sich Bezos und Trump zu einem Abendessen.", false},
		{"T Volkswagen übernimmt Verdi\nWolfsburg – Volkswagen hatte am Montag Verdi übernommen.", false},
	} {
		f := fx{text: tt.text, date: dec2024, timex: map[string]tx{"am Montag": mon, "Am Montag": mon}}
		m, ok := only(t, f, strings.SplitN(tt.text[2:], " ", 2)[0])
		if !ok || !m.head {
			t.Fatalf("%q: no head mention", tt.text)
		}
		if got := m.Date == mon.iv && m.Dating == DatedNext; got != tt.dated {
			t.Errorf("%q: head dated %v (%v), want the lead's date: %v", tt.text, m.Date, m.Dating, tt.dated)
		}
	}
}

// TestOpinionArticle: a commentary's undated present and past are its
// author's views, no rows; what it tells with a date of its own is news
// it refers to.
func TestOpinionArticle(t *testing.T) {
	text := "T Scholz blockiert Lindner\nScholz blockiert Lindner. Am Montag hatte Scholz Lindner entlassen. Lindner hat Scholz kritisiert."
	mon := map[string]tx{"Am Montag": {"2024-12-16", dayIv(2024, 12, 16), ""}}
	for _, tt := range []struct {
		opinion string
		want    []Kind
	}{
		{"", []Kind{KindBan, KindBan, KindDismissal, KindCriticism}},
		{"Kommentar: Scholz blockiert Lindner", []Kind{KindDismissal}},
	} {
		var got []Kind
		for _, m := range Extract(0, fx{text: text, date: dec2024, timex: mon, opinion: tt.opinion}.build(t), testActors) {
			got = append(got, m.Kind)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("opinion %q: kinds %v, want %v", tt.opinion, got, tt.want)
		}
	}
}

// TestHeadStatesAndStances: in a headline a ranking held, a state
// prevailing, time passing, a stance or a feeling stirred is no action.
func TestHeadStatesAndStances(t *testing.T) {
	body := "\nDas war am Montag in Berlin."
	checkRows(t, nil, []rowCase{
		{"T Meta führt die Rangliste der Konzerne an" + body, ""},
		{"T Musk spricht sich für neue Regeln aus" + body, ""},
		{"T Bei Meta herrscht großer Andrang" + body, ""},
		{"T Die Bilanz verärgert Musk" + body, ""},
		{"T Musk pflanzt tausend Bäume" + body, "Musk pflanzt"},
	})
}

// TestComparedTime: "nicht" in a comparison with a time denies the time,
// not the happening.
func TestComparedTime(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Die Zentralbank hat am Freitag den Leitzins so stark gesenkt wie seit zehn Jahren nicht.", KindDecision},
		{"Die Zentralbank hat am Freitag den Leitzins nicht gesenkt.", ""},
	})
}

// TestPluralSubject: a subject named by a noun that is the same in both
// numbers takes its verb's number in the title.
func TestPluralSubject(t *testing.T) {
	monday := map[string]tx{"am Montag": {"2024-12-02", dayIv(2024, 12, 2), ""}}
	checkRows(t, monday, []rowCase{
		{"Die Ermittler haben am Montag in Linz drei Verdächtige festgenommen.", "Ermittler nehmen"},
		{"Der Ermittler hat am Montag in Linz drei Verdächtige festgenommen.", "Ermittler nimmt"},
		{"Die Regierung hat am Montag in Linz drei Vereine verboten.", "Regierung verbietet"},
	})
}

// A rowCase is an article (fixture text) and the title of the one row it
// should give, "" for none; a title may be given by its start.
type rowCase struct{ text, title string }

// checkRows extracts and merges each case's article, dated December 2024
// with the given timexes, and checks its rows.
func checkRows(t *testing.T, timex map[string]tx, cases []rowCase) {
	t.Helper()
	for _, tt := range cases {
		f := fx{text: tt.text, date: dec2024, timex: timex}
		events, _ := Merge(Extract(0, f.build(t), testActors), testActors)
		wantRow(t, tt.text, events, tt.title, true)
	}
}

// TestSourceNoun: a happening's noun after "laut" or "gegenüber" is the
// source of what the clause tells, not a happening it tells; a ruling's
// is, for what it rules is the news.
func TestSourceNoun(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Musk hat laut Klage am Freitag vor dem Konsul in Wien ausgesagt.", ""},
		{"Meta muss laut einem Urteil des Landesgerichts am Freitag zehn Millionen Euro zahlen.", KindVerdict},
	})
}

// TestMeetingInSpeechTag: a meeting a speech tag names is where something
// was said, no happening the sentence tells.
func TestMeetingInSpeechTag(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Die Gespräche seien gescheitert, sagte Musk am Freitag bei einer Parteisitzung in Linz.", KindStatement},
		{"Musk und Bezos trafen sich am Freitag bei einer Parteisitzung in Linz.", KindMeeting},
	})
}

// TestChangedThing: changing a thing (a wheel, a tyre) is no transfer,
// even beside a "zu" of another phrase.
func TestChangedThing(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Nach einem Sturz zu Mittag wechselte Musk am Sonntag in Linz die Reifen.", ""},
		{"Musk wechselte am Sonntag zum Linzer Verein.", KindTransfer},
	})
}

// TestFiguresOfSpeech: "verleihen" of power, not of a prize; "absetzen"
// of posts, not of an office holder; being able to post again, no post.
func TestFiguresOfSpeech(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Am Freitag verlieh die Reform dem Kanzler Scholz zu viel Macht.", ""},
		{"Am Freitag verlieh Scholz in Linz an Musk einen Orden.", KindAward},
		{"Am Freitag konnte die Ministerin Lindner wieder Beiträge absetzen.", ""},
		{"Am Freitag setzte der Präsident Musk den Minister Lindner ab.", KindDismissal},
		{"Am Freitag entführte Musk in Linz die Zuschauer in eine Welt der Träume.", ""},
		{"Am Freitag entführte Musk in Linz den Minister Lindner.", KindCrime},
		{"Am Freitag zeichnete sich Musk in Linz als bester Redner aus.", ""},
		{"Am Freitag zeichnete Scholz in Linz den Redner Musk aus.", KindAward},
	})
}

// TestScoredDefeat: a defeat named with its score ("0:3-Pleite") is a
// game lost, no firm failing, in any article.
func TestScoredDefeat(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Oracle kassierte am Freitag in Linz eine 0:3-Pleite gegen Meta.", KindMatch},
		{"Oracle schlitterte am Freitag in Linz in die Pleite.", KindInsolvency},
	})
}

// TestGoalOfAPosition: "traf" of a player named by his position is a
// goal, no meeting; a title holder who meets someone still meets.
func TestGoalOfAPosition(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Am Freitag traf der Stürmer Musk in Linz dann aber doch.", KindMatch},
		{"Am Freitag traf der Titelverteidiger Musk in Linz den Kanzler Scholz.", KindMeeting},
	})
}

// TestTasksTakenOver: taking over tasks, also named by a compound in the
// plural, is no take-over of a company.
func TestTasksTakenOver(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Musk übernahm am Freitag in Linz viele Koordinationsaufgaben.", ""},
		{"Oracle übernahm am Freitag in Linz den Konzern Meta.", KindAcquisition},
	})
}

// TestIntentionAnnounced: making known what one only wants or would do is
// no happening; what is announced with a happening's noun or a date is.
func TestIntentionAnnounced(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Musk hat am Freitag angekündigt, künftig mehr Zeit für seine Familie finden zu wollen.", ""},
		{"Musk hat am Freitag angekündigt, bei der nächsten Wahl kandidieren zu wollen.", KindAnnouncement},
		{"Musk hat am Freitag angekündigt, dass man für mehr Ruhe sorgen will.", ""},
		{"Meta hat am Freitag den Abbau von 500 Stellen angekündigt.", KindAnnouncement},
	})
}

// TestTimePassedSince: a happening a clause counts passed time from is a
// time, not told.
func TestTimePassedSince(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Seit dem Streik bei Meta waren drei Jahre vergangen, als Musk am Freitag kam.", ""},
		{"Nach dem Streik im vergangenen Jahr hat Meta am Freitag Musk entlassen.", KindDismissal},
	})
}

// TestSecondVerbsObject: after "und" right after the trigger verb, a name
// before another verb is that verb's object, no actor of the trigger's.
func TestSecondVerbsObject(t *testing.T) {
	f := fx{text: "Meta hatte am Freitag die Firma Oracle gekauft und Musk zum Rücktritt gezwungen.", date: dec2024,
		timex: map[string]tx{"am Freitag": {"2024-12-06", dayIv(2024, 12, 6), ""}}}
	m, ok := only(t, f, "")
	if !ok || m.Kind != KindAcquisition || !slices.Equal(actorIDs(m.Actors), []string{"meta", "oracle"}) {
		t.Errorf("%q: got %s %v (%v), want an acquisition of Meta and Oracle", f.text, m.Kind, actorIDs(m.Actors), ok)
	}
}

// TestBarePluralObject: a plural object without an article, opened by its
// adjective, is what the verb was done to in the title, also where the
// lexicon reads the word as a verb's noun too ("Regeln", "das Regeln").
func TestBarePluralObject(t *testing.T) {
	checkRows(t, map[string]tx{"am Freitag": {"2024-12-06", dayIv(2024, 12, 6), ""}}, []rowCase{
		{"Meta hat am Freitag strenge Sparmaßnahmen angekündigt.", "Meta kündigt Sparmaßnahmen an"},
		{"Meta hat am Freitag neue Regeln angekündigt.", "Meta kündigt Regeln an"},
		{"Meta kündigte am Freitag strenge Gasrationierungen an.", "Meta kündigt Gasrationierungen an"},
	})
}

// TestFailedHappening: a failure is titled with what failed, not as a
// failing of those who took part, nor as the happening that failed.
func TestFailedHappening(t *testing.T) {
	checkRows(t, map[string]tx{"am Freitag": {"2024-12-06", dayIv(2024, 12, 6), ""}}, []rowCase{
		{"Die Verhandlungen zwischen Meta und Oracle sind am Freitag gescheitert.", "Verhandlungen von Meta und Oracle gescheitert"},
		// a "von" phrase names the parties of what failed, as
		// "zwischen" does; a deal that burst failed as well
		{"Die Fusion von Meta und Oracle scheiterte am Freitag.", "Fusion von Meta und Oracle gescheitert"},
		{"Die Fusion von Meta und Oracle ist am Freitag geplatzt.", "Fusion von Meta und Oracle geplatzt"},
	})
}

// TestCompetitionWon: winning a race, a rally or a contest is a match's
// result; a team named with "für" beside the winner is on the winner's
// side, not the other.
func TestCompetitionWon(t *testing.T) {
	monday := map[string]tx{"am Montag": {"2024-12-02", dayIv(2024, 12, 2), ""}}
	checkRows(t, monday, []rowCase{
		{"Musk hat am Montag den Slalom in Linz gewonnen.", "Sieg von Musk"},
		{"Musk hat am Montag die Rallye in Linz gewonnen.", "Sieg von Musk"},
		{"Musk hat am Montag den Weltcup-Bewerb in Linz gewonnen.", "Sieg von Musk"},
		{"Musk hat am Montag in Linz an Ansehen gewonnen.", ""},
		{"Musk hat am Montag die Rallye in Linz gewonnen. Für Volkswagen war es am Montag der erste Heimsieg.", "Heimsieg von Musk"},
	})
}

// TestApprovalOfAHappening: approving a happening ("gutheißen") is a
// decision of whoever approves it; the happening approved is its object,
// not their deed. "hieß es" with a "gut" of another clause is none.
func TestApprovalOfAHappening(t *testing.T) {
	monday := map[string]tx{"am Montag": {"2024-12-02", dayIv(2024, 12, 2), ""}}
	checkRows(t, monday, []rowCase{
		{"Die Bundesregierung hat am Montag die Schließung der Grenze gutgeheißen.", "Bundesregierung heißt Schließung der Grenze gut"},
		{"Der Plan von Lindner ist gut, hieß es am Montag.", ""},
	})
}

// TestLastsUntil: what goes on until a day to come ("streiken noch bis
// Freitag") is happening, from the article's day; a span to come ("vom
// 18. bis 20. März") or a day to come is a plan.
func TestLastsUntil(t *testing.T) {
	timex := map[string]tx{
		"bis Freitag":             {"2024-12-06", model.Interval{Start: day(2024, 12, 4), End: day(2024, 12, 6)}, ""},
		"am Freitag":              {"2024-12-06", dayIv(2024, 12, 6), ""},
		"vom 9. bis 11. Dezember": {"2024-12-09/2024-12-11", model.Interval{Start: day(2024, 12, 9), End: day(2024, 12, 11)}, ""},
	}
	for _, tt := range []struct{ text, kind string }{
		{"Die Piloten von Oracle streiken noch bis Freitag.", "strike"},
		{"Die Piloten von Oracle streiken bis zum Schichtende am Freitag.", "strike"},
		{"Die Piloten von Oracle streiken vom 9. bis 11. Dezember.", "plan"},
		{"Die Piloten von Oracle streiken am Freitag.", "plan"},
	} {
		f := fx{text: tt.text, date: model.DayInterval(day(2024, 12, 4)), timex: timex}
		events, _ := Merge(Extract(0, f.build(t), testActors), testActors)
		if len(events) != 1 || events[0].Kind != tt.kind {
			t.Errorf("%q: rows %q, want one of kind %s", tt.text, titles(events), tt.kind)
		}
	}
}

// TestCompletionOfATold: a happening the article told, then said to be
// completed later ("Die Übernahme soll im Januar abgeschlossen sein"), is
// no plan of its own; a happening of the same kind scheduled anew is.
func TestCompletionOfATold(t *testing.T) {
	timex := map[string]tx{
		"am Montag":  {"2024-12-02", dayIv(2024, 12, 2), ""},
		"im Januar":  {"2025-01", model.MonthInterval(2025, time.January), ""},
		"am 3. Juni": {"2025-06-03", dayIv(2025, 6, 3), ""},
	}
	for _, tt := range []struct {
		text string
		rows int
	}{
		{"Oracle hat am Montag Verdi übernommen. Die Übernahme soll im Januar abgeschlossen sein.", 1},
		{"Scholz hat am Montag die Wahl gewonnen. Die Stichwahl findet am 3. Juni statt.", 2},
	} {
		events, _ := Merge(Extract(0, fx{text: tt.text, date: dec2024, timex: timex}.build(t), testActors), testActors)
		if len(events) != tt.rows {
			t.Errorf("%q: rows %q, want %d", tt.text, titles(events), tt.rows)
		}
	}
}

// TestReportedPerfect: "hätten" with a participle before a speech tag is
// the subjunctive of reported speech, standing for "haben", which the
// indicative would read as its own: what it tells happened. With
// "beinahe" or a modal it did not.
func TestReportedPerfect(t *testing.T) {
	monday := map[string]tx{"am Montag": {"2024-12-02", dayIv(2024, 12, 2), ""}}
	checkRows(t, monday, []rowCase{
		{"Die Täter hätten am Montag das Geld aus dem Tresor gestohlen, sagte ein Sprecher.", "Täter stehlen Geld"},
		{"Die Täter hätten am Montag das Geld beinahe gestohlen, sagte ein Sprecher.", ""},
		{"Die Täter hätten am Montag das Geld stehlen können, sagte ein Sprecher.", ""},
		{"Die Täter hätten am Montag das Geld gestohlen, wenn die Tür offen gewesen wäre.", ""},
	})
}

// TestReportedFullVerb: the Konjunktiv I of a full verb ("es gehe um
// …") marks reported speech as "sei" does: who reports it took no
// part in what it tells.
func TestReportedFullVerb(t *testing.T) {
	text := "Scholz sagte am Montag, es gehe um drei seit Oktober entführte Angestellte von Oracle."
	events, _ := Merge(Extract(0, fx{text: text, date: dec2024, timex: map[string]tx{"seit Oktober": {"2024-10", model.MonthInterval(2024, time.October), ""}}}.build(t), testActors), testActors)
	for _, e := range events {
		for k, a := range e.Actors {
			if a < len(testActors) && testActors[a].ID == "olaf-scholz" && k < len(e.Roles) && e.Roles[k] == model.RoleAgent {
				t.Errorf("%q: %q has Scholz as its agent", text, e.Title)
			}
		}
	}
}

// TestRelativeClauseOfAnOpenDay: a relative clause with a weekday of its
// own tells a happening also when the article's unknown date leaves the
// day open, beside the main clause's or alone; the people the relative
// pronoun stands for, also set after the main clause's verb, did it, to
// whom its clause names by what they are (a noun in -in of a masculine
// one is a person).
func TestRelativeClauseOfAnOpenDay(t *testing.T) {
	for _, text := range []string{
		"Die Polizei hat am Montag Fotos der zwei Männer veröffentlicht, die am Freitag in Linz eine Schülerin überfallen hatten.",
		"Die Polizei sucht zwei Männer, die am Freitag in Linz eine Schülerin überfallen hatten.",
	} {
		f := fx{text: text, timex: map[string]tx{"am Freitag": {"XXXX-WXX-5", model.Interval{}, ""}}}
		events, table := Merge(Extract(0, f.build(t), testActors), testActors)
		i := slices.IndexFunc(events, func(e model.Event) bool { return e.Kind == string(KindCrime) })
		if i < 0 {
			t.Errorf("%q: no crime in %v", text, titles(events))
			continue
		}
		var got []string
		for k, a := range events[i].Actors {
			got = append(got, table[a].ID+":"+string(events[i].Roles[k]))
		}
		slices.Sort(got)
		if want := []string{"unnamed-maenner:agent", "unnamed-schuelerin:patient"}; !slices.Equal(got, want) {
			t.Errorf("%q: actors %v, want %v", text, got, want)
		}
	}
}

// TestInvestmentSum: money put into something is a happening when the
// clause names its sum or, by the verb, where it went ("hat in Oracle
// investiert"); funding without a sum, an investment judged and amounts
// compared are states, views and statistics.
func TestInvestmentSum(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Meta hat am Freitag 20 Millionen Euro in Oracle investiert.", KindInvestment},
		{"Meta hat am Freitag in Oracle investiert.", KindInvestment},
		{"Meta finanziert den Neubau am Freitag mit zwei Mio. Euro.", KindInvestment},
		{"Die Milliardeninvestition von Meta wurde am Freitag bekannt.", KindInvestment},
		{"Der Neubau wurde am Freitag vom Land finanziert.", ""},
		{"Am Freitag stellte sich die Investition als wenig nachhaltig heraus.", ""},
		{"Meta investierte am Freitag dreimal so viel in Schulen wie Oracle.", ""},
	})
}

// TestWhatItMeans: what a thing comes to ("bedeutete eine Erhöhung") is
// no happening told, also when a compound names the noun's cue.
func TestWhatItMeans(t *testing.T) {
	for _, tt := range []struct {
		sentence string
		kind     Kind
	}{
		{"Für 2025 bedeutet das eine Preiserhöhung um zwei Prozent.", ""},
		{"Für 2025 bedeutete das Gesetz eine Erhöhung der Preise um zwei Prozent.", ""},
		{"Für 2025 hat Meta eine Preiserhöhung um zwei Prozent beschlossen.", KindDecision},
		{"Die Preiserhöhung von Meta für 2025 wurde bekannt.", KindDecision},
	} {
		f := fx{text: tt.sentence, date: dec2024, timex: map[string]tx{"2025": {"2025", model.YearInterval(2025), ""}}}
		m, ok := only(t, f, "")
		if got := map[bool]Kind{true: m.Kind}[ok]; got != tt.kind {
			t.Errorf("%q: got %q, want %q", tt.sentence, got, tt.kind)
		}
	}
}

// TestAssaultNoun: assaults told by their noun are crimes.
func TestAssaultNoun(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Am Freitag kam es in Linz zu Übergriffen auf Frauen.", KindCrime},
		{"Der Übergriff auf zwei Frauen in Linz am Freitag löste Empörung aus.", KindCrime},
	})
}

// TestBallLost: losing the ball is no defeat, though the clause names
// the game.
func TestBallLost(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Leverkusen verlor am Freitag das Spiel gegen Rapid mit 1:3.", KindMatch},
		{"Lindner verlor am Freitag im Spiel gegen Rapid den Ball.", ""},
	})
}

// TestTransferNoun: a transfer by its noun goes to a club; money
// transfers are none.
func TestTransferNoun(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Der Transfer von Lindner zum FC Oracle ist am Freitag fixiert worden.", KindTransfer},
		{"Die dubiosen Millionen-Transfers von Oracle beschäftigten am Freitag die Börse.", ""},
	})
}

// TestPartedWays: parting with someone in a post is a dismissal; with a
// spouse, a stake or in a draw it is none.
func TestPartedWays(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Oracle hat sich am Freitag von Trainer Lindner getrennt.", KindDismissal},
		{"Lindner trennte sich am Freitag von seiner Frau.", ""},
		{"Oracle trennte sich am Freitag von der Beteiligung an Meta.", ""},
		{"Oracle und Meta trennten sich am Freitag 1:1.", ""},
	})
}

// TestVehicleCrash: a vehicle crashing into something is an accident; a
// ball bouncing off the post is none.
func TestVehicleCrash(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Ein Bus von Oracle prallte am Freitag in Linz gegen einen Baum.", KindAccident},
		{"Der Ball von Lindner prallte am Freitag an die Latte.", ""},
	})
}

// TestRenounced: a happening one gives up ("verzichtet auf die
// Übernahme") did not happen; one a clause is set after did.
func TestRenounced(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Oracle verzichtete am Freitag auf die Übernahme von Meta.", ""},
		{"Oracle verzichtete am Freitag nach der Übernahme von Meta auf eine Dividende.", KindAcquisition},
	})
}

// TestDefendedLead: a lead defended in a match (a score, a return leg) is
// that match, not a statement defending something.
func TestDefendedLead(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Im Rückspiel am Freitag verteidigt Leverkusen ein 1:0 beim FC Bayern.", KindMatch},
		{"Scholz verteidigte am Freitag seine Entscheidung.", KindStatement},
	})
}

// TestArmedAttackCues: an attack by extremists or terrorists, or on an
// air base or a base, is an armed attack though no army is named; one of
// the opposition on a government is none. (That deaths in the fighting
// join the attack, "Kämpfe", dev2's split floor checks.)
func TestArmedAttackCues(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Am Freitag griffen Extremisten einen Stützpunkt in Linz an.", KindAttack},
		{"Am Freitag begann ein Angriff auf eine Luftwaffenbasis in Linz.", KindAttack},
		{"Am Freitag griffen Terroristen einen Flughafen in Linz an.", KindAttack},
		{"Die Opposition wagte am Freitag einen Angriff auf die Regierung in Linz.", ""},
	})
}

// TestCasesCounted: what a clause tells happened "in N Fällen", ten or
// more, is a tally; in two cases it is told of them.
func TestCasesCounted(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Am Freitag wurden in 8.181 Fällen Ermittlungen gegen Lindner eingeleitet.", ""},
		{"Am Freitag wurden in zwei Fällen Ermittlungen gegen Lindner eingeleitet.", KindInvestigation},
	})
}

// TestRefusalAnnounced: an announcement whose complement is negated makes
// known what will not happen, a stance, not a happening.
func TestRefusalAnnounced(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Die Bundesregierung gab am Freitag bekannt, dass sie solche Eingriffe nicht akzeptieren werde.", ""},
		{"Lindner kündigte am Freitag an, dass Volkswagen keine Stellen abbauen werde.", ""},
		{"Lindner kündigte am Freitag an, niemals zurückzutreten.", ""},
		{"Lindner kündigte am Freitag an, dass Volkswagen 500 Stellen abbauen werde.", KindAnnouncement},
	})
}

// TestFewHappenings: "wenige" before a happening's noun counts many of
// them, a tally, as "einige" or "mehrere" do.
func TestFewHappenings(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Am Freitag gab Lindner in Linz nur wenige Interviews.", ""},
	})
}

// TestNoPlannedDisaster: no one plans an earthquake or an accident; a
// clause that plans something after one makes no plan of it.
func TestNoPlannedDisaster(t *testing.T) {
	text := "Oracle will nach dem starken Beben am Freitag die Werke wieder öffnen."
	if got, _ := fridayTitle(t, text); strings.Contains(got, "Beben") {
		t.Errorf("%q: title %q, a planned earthquake", text, got)
	}
}

// TestCalledOff: a happening called off is no row of its own kind; the
// calling off may be one.
func TestCalledOff(t *testing.T) {
	for _, text := range []string{
		"Am Freitag hat die Firma das Treffen mit Musk abgesagt.",
		"Am Freitag stoppte die Firma den Verkauf an Musk.",
	} {
		if got, _ := fridayTitle(t, text); strings.HasPrefix(got, "Treffen") || strings.HasPrefix(got, "Verkauf") {
			t.Errorf("%q: title %q, a happening that did not take place", text, got)
		}
	}
}

// TestCallDatedByItsDay: a call to a happening, named by it, is dated by
// the day it calls for (GUIDELINES.md §1: the announced happening, once);
// an invitation for a day is dated by the inviting, not the visit.
func TestCallDatedByItsDay(t *testing.T) {
	fri := tx{"2024-12-20", dayIv(2024, 12, 20), ""}
	for _, tt := range []struct {
		text     string
		onFriday bool
	}{
		{"Verdi hat für Freitag zu einem Warnstreik in Linz aufgerufen.", true},
		{"Scholz lud Trump für Freitag nach Berlin ein.", false},
	} {
		m, ok := only(t, fx{text: tt.text, date: dec2024, timex: map[string]tx{"Freitag": fri}}, "")
		if !ok {
			t.Errorf("%q: no mention", tt.text)
			continue
		}
		if got := m.Date == dayIv(2024, 12, 20); got != tt.onFriday {
			t.Errorf("%q: date %v, on Friday %v, want %v", tt.text, m.Date, got, tt.onFriday)
		}
	}
}

// TestDemonstrativeBeforeVerb: a demonstrative that opens a sentence
// before a preterite no adjective declines is the verb's object, not an
// article ("Das kündigte Lindner an" tells an announcement); before a
// participle's adjective it is still an article ("Die geplante Reform").
func TestDemonstrativeBeforeVerb(t *testing.T) {
	f := fx{text: "Die Regierung will im Mai ein neues Konzept vorlegen. Das kündigte Vizekanzler Lindner am Freitag in Berlin an.", date: dec2024, timex: map[string]tx{"am Freitag": {"2024-12-20", dayIv(2024, 12, 20), ""}}}
	if m, ok := only(t, f, "Das kündigte"); !ok || m.Kind != KindAnnouncement || !slices.Contains(actorIDs(m.Actors), "christian-lindner") {
		t.Errorf("%q: got %v %s %v, want Lindner's announcement", f.text, ok, m.Kind, actorIDs(m.Actors))
	}
	checkKinds(t, []kindCase{
		{"Die geplante Übernahme von Meta durch Oracle wurde am Freitag gestoppt.", KindCancellation},
	})
}

// TestExpectedAtHappening: whom one expected at a happening, told in the
// past, says nothing of whether it happened; told of what is to come, the
// happening stands.
func TestExpectedAtHappening(t *testing.T) {
	if events, _ := mergedFriday(t, "In Linz wurden am Freitag tausende Bauern zu Protesten erwartet."); len(events) != 0 {
		t.Errorf("expected at protests, in the past: got %v, want none", titles(events))
	}
	if events, _ := mergedFriday(t, "Scholz wird am Freitag zu einem Besuch in Linz erwartet."); len(events) != 1 || events[0].Kind != string(KindVisit) {
		t.Errorf("expected for a visit: got %v, want the visit", titles(events))
	}
}

// TestSentencedPerson: a person named in the clause who "wurde
// verurteilt" was sentenced, told with no sentence; an act condemned is
// criticised.
func TestSentencedPerson(t *testing.T) {
	for _, tt := range []struct {
		text string
		kind Kind
	}{
		{"Musk wurde am Freitag verurteilt.", KindVerdict},
		{"Am Freitag ist Musk in Linz verurteilt worden.", KindVerdict},
		{"Musk verurteilte am Freitag den Angriff.", KindCriticism},
	} {
		events, _ := mergedFriday(t, tt.text)
		if len(events) != 1 || events[0].Kind != string(tt.kind) {
			t.Errorf("%q: got %v, want one %s", tt.text, titles(events), tt.kind)
		}
	}
}

// TestBegunByItsNoun: "beginnen" whose subject is the happening its cue
// names tells that happening, dated, with no one named; undated, it says
// nothing of when.
func TestBegunByItsNoun(t *testing.T) {
	if events, _ := mergedFriday(t, "Der Prozess hatte am Freitag begonnen."); len(events) != 1 || events[0].Kind != string(KindTrial) {
		t.Errorf("dated: got %v, want the trial's opening", titles(events))
	}
	if events, _ := mergedFriday(t, "Der Prozess hatte begonnen."); len(events) != 0 {
		t.Errorf("undated: got %v, want none", titles(events))
	}
}

// TestDeathInPrepositionalRelative: a clause opened by a preposition and
// a relative pronoun (", bei dem viele Menschen starben") is a relative
// clause when it ends in a strong preterite, whose subject is its own:
// the main clause's subject did not die. (With such a preterite read as
// finite, a second verb after "und" keeps its own object: "sprang … ein
// und legte ein Budget vor".)
func TestDeathInPrepositionalRelative(t *testing.T) {
	events, _ := mergedFriday(t, "Der Ort wurde am Freitag von einem Beben getroffen, bei dem viele Menschen starben.")
	for _, e := range events {
		if e.Title == "Ort gestorben" {
			t.Errorf("got %v: the place died", titles(events))
		}
	}
	wantFridayTitles(t, []titleCase{{"Die Regierung war in Not, da sprang Scholz ein und legte am Freitag ein Budget vor.", "Scholz legt Budget vor"}})
}

// TestFailedTalks: talks that failed are told by their failing, not as
// talks held ("Die Gespräche mit X sind gescheitert": X took part in what
// failed); with no one named, nothing is titled as talks held.
func TestFailedTalks(t *testing.T) {
	events, _ := mergedFriday(t, "Die Gespräche mit Oracle sind am Freitag gescheitert.")
	if len(events) != 1 || events[0].Kind != string(KindCollapse) {
		t.Errorf("got %v, want the talks' failure", titles(events))
	}
	events, _ = mergedFriday(t, "Die Gespräche sind am Freitag gescheitert.")
	for _, e := range events {
		if e.Kind == string(KindMeeting) {
			t.Errorf("failed talks titled as held: %q", e.Title)
		}
	}
}

// TestPassiveInPrepositionalRelative: a dated passive in a clause opened
// by a preposition and a relative pronoun tells of its own subject: "der
// Angriff, bei dem am Freitag drei Soldaten getötet wurden".
func TestPassiveInPrepositionalRelative(t *testing.T) {
	for _, text := range []string{
		"Die Sanktionen sind eine Antwort auf den Angriff in Jordanien, bei dem am Freitag drei Soldaten getötet worden waren.",
		// beside a main clause's own happening, a second one
		"Scholz verurteilte den Angriff in Jordanien, bei dem am Freitag drei Soldaten getötet worden waren.",
	} {
		events, actors := mergedFriday(t, text)
		if !slices.ContainsFunc(events, func(e model.Event) bool {
			return slices.ContainsFunc(e.Actors, func(a int) bool { return actors[a].ID == "unnamed-soldaten" })
		}) {
			t.Errorf("%q: got %v, want the killing of the soldiers", text, titles(events))
		}
	}
}

// TestInfinitiveAfterArticle: an infinitive clause opened by its
// object's article is no relative clause: "…, die beiden angeschlagenen
// Meta und Oracle zu retten" after "versucht" was attempted, not done.
func TestInfinitiveAfterArticle(t *testing.T) {
	text := "Am Samstag haben die Gläubiger in Linz versucht, die beiden angeschlagenen Meta und Oracle zu retten."
	if ms := Extract(0, fx{text: text, date: dec2024}.build(t), testActors); len(ms) != 0 {
		t.Errorf("got %d mentions, first %s, want none", len(ms), ms[0].Kind)
	}
}

// TestNeitherNor: "weder … noch" denies what the clause tells of both
// its parts; "noch" alone does not.
func TestNeitherNor(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Siemens hat am Montag weder das Werk noch die Zentrale in Linz geschlossen.", ""},
		{"Siemens hat am Montag noch das Werk in Linz geschlossen.", KindClosure},
	})
}
