package ingest

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"chronik/model"
)

// kinds renders blocks as "kind: text" lines for comparison.
func kinds(text string, blocks []model.Block) []string {
	var out []string
	for _, b := range blocks {
		out = append(out, fmt.Sprintf("%s: %s", b.Kind, text[b.Start:b.End]))
	}
	return out
}

const body = "Der Konzern legte am Dienstag seine Zahlen vor. Der Umsatz stieg deutlich, der Gewinn ging jedoch zurück, wie das Unternehmen mitteilte. Analysten hatten mit einem stärkeren Anstieg gerechnet."

func TestLayout(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"kicker, title, teaser, title variants, author code (corpus)",
			"Nach \"Stargate\"-Ankündigung\n\nZwischen Trump und Musk tun sich erste Risse auf\n\n" +
				"Elon Musk kritisiert eine von Donald Trump unterstützte milliardenschwere neue KI-Initiative. Damit tut sich ein Spalt auf.\n\n" +
				"Zwischen Trump und Musk tun sich erste Risse auf\n\nErste Risse zwischen Trump und Musk werden sichtbar\n\nxaw New York\n\n" + body,
			[]string{"kicker: Nach \"Stargate\"-Ankündigung", "title: Zwischen Trump und Musk tun sich erste Risse auf",
				"teaser: Elon Musk kritisiert eine von Donald Trump unterstützte milliardenschwere neue KI-Initiative. Damit tut sich ein Spalt auf.",
				"title: Zwischen Trump und Musk tun sich erste Risse auf", "title: Erste Risse zwischen Trump und Musk werden sichtbar",
				"byline: xaw New York", "paragraph: " + body}},
		{"quote kicker, one paragraph per line (corpus)",
			"„Jeder will mein Freund sein!“\nMilliardäre schmieden Allianz in Mar-a-Lago: Jeff Bezos trifft Donald Trump und Elon Musk\n" +
				"Ein hochkarätiges Treffen in Florida, Politik trifft Technik. Mit dabei: Trump und Bezos.\n" + body + "\n" + body + "\n",
			[]string{"kicker: „Jeder will mein Freund sein!“",
				"title: Milliardäre schmieden Allianz in Mar-a-Lago: Jeff Bezos trifft Donald Trump und Elon Musk",
				"teaser: Ein hochkarätiges Treffen in Florida, Politik trifft Technik. Mit dabei: Trump und Bezos.",
				"paragraph: " + body, "paragraph: " + body}},
		{"invented: a subtitle right under the title is a teaser; a ticker's entry is no subtitle",
			"Schwerer Unfall auf der Autobahn A9\nZwei Tote bei Unfall\n\nStand: 12.03.2024\n\n" + body,
			[]string{"title: Schwerer Unfall auf der Autobahn A9", "teaser: Zwei Tote bei Unfall", "byline: Stand: 12.03.2024", "paragraph: " + body}},
		{"invented: a ticker's first entry under its title",
			"# Liveticker: Wahl im Land\n\n+++ 18:00 Uhr: Wahllokale geschlossen +++\n\n" + body,
			[]string{"title: Liveticker: Wahl im Land", "heading: +++ 18:00 Uhr: Wahllokale geschlossen +++", "paragraph: " + body}},
		{"invented: a publication line that runs into the headline",
			"12.03.24 | 14:35 Uhr | 3 mal gelesen | beispiel.de Stadt baut neues Bad\n" + body,
			[]string{"byline: 12.03.24 | 14:35 Uhr | 3 mal gelesen | beispiel.de", "heading: Stadt baut neues Bad", "paragraph: " + body}},
		{"invented: a publication line run into the headline, over short lines",
			"12.03.24 | 14:35 Uhr | 3 mal gelesen | beispiel.de Stadt baut neues Bad\nDie Stadt hat am Montag beschlossen, ein neues Bad zu bauen.\n",
			[]string{"byline: 12.03.24 | 14:35 Uhr | 3 mal gelesen | beispiel.de", "heading: Stadt baut neues Bad", "paragraph: Die Stadt hat am Montag beschlossen, ein neues Bad zu bauen."}},
		{"invented: a feed's preview of the lead, cut off with an ellipsis, over a credit and the headline",
			"12.03.24 | 14:35 Uhr | 3 mal gelesen | beispiel.de\nLINZ (dpa) - Der Streik bei der Velmark AG hat am Flughafen im März ...\nBild: © Velmark\nStreik trifft Flughafen deutlich\n" +
				"LINZ (dpa) - Der Streik bei der Velmark AG hat am Flughafen im März deutliche Spuren hinterlassen.\n",
			[]string{"byline: 12.03.24 | 14:35 Uhr | 3 mal gelesen | beispiel.de", "teaser: LINZ (dpa) - Der Streik bei der Velmark AG hat am Flughafen im März ...",
				"credit: Bild: © Velmark", "title: Streik trifft Flughafen deutlich",
				"paragraph: LINZ (dpa) - Der Streik bei der Velmark AG hat am Flughafen im März deutliche Spuren hinterlassen."}},
		{"invented: a line cut off with an ellipsis that previews nothing stays as it was",
			"Der Streik bei der Velmark AG hat am Flughafen im März ...\nStreik trifft Flughafen deutlich\n" + body + "\n",
			[]string{"paragraph: Der Streik bei der Velmark AG hat am Flughafen im März ...", "heading: Streik trifft Flughafen deutlich", "paragraph: " + body}},
		{"invented: a page's breadcrumb trail is no headline",
			"Sie sind hier: Start > Lokales > Oberösterreich > Linz\nLinz - Radfahrer bei Unfall verletzt\n" + body + "\n",
			[]string{"embed: Sie sind hier: Start > Lokales > Oberösterreich > Linz", "title: Linz - Radfahrer bei Unfall verletzt", "paragraph: " + body}},
		{"invented: a publication line right under the title, not joined to it",
			"Rat beschließt Haushalt\nStand: 12.03.2024, 14:35 Uhr\n\n" + body,
			[]string{"title: Rat beschließt Haushalt", "byline: Stand: 12.03.2024, 14:35 Uhr", "paragraph: " + body}},
		{"invented: kicker, title, teaser, headings, byline",
			"Streit um Tarifvertrag\n\nBahn und Gewerkschaft einigen sich nach zähen Verhandlungen\n\n" +
				"Nach wochenlangem Streit gibt es eine Einigung. Die Streiks sind vorerst vom Tisch.\n\n" + body + "\n\n" +
				"Wie geht es weiter?\n\n" + body + "\n\nVon Anna Müller und Jörg van Dijk, Berlin",
			[]string{"kicker: Streit um Tarifvertrag", "title: Bahn und Gewerkschaft einigen sich nach zähen Verhandlungen",
				"teaser: Nach wochenlangem Streit gibt es eine Einigung. Die Streiks sind vorerst vom Tisch.",
				"paragraph: " + body, "heading: Wie geht es weiter?", "paragraph: " + body,
				"byline: Von Anna Müller und Jörg van Dijk, Berlin"}},
		{"bullet teaser without headline (corpus)",
			"• Zuckerberg und Trump dinieren zusammen• Spannungen scheinen zunächst verflogen zu sein• Neuanfang möglich\n\n" + body + "\n\nRedaktion finanzen.ch",
			[]string{"teaser: • Zuckerberg und Trump dinieren zusammen• Spannungen scheinen zunächst verflogen zu sein• Neuanfang möglich",
				"paragraph: " + body, "byline: Redaktion finanzen.ch"}},
		{"invented: list teaser",
			"- Die Inflation sinkt auf 2,1 Prozent\n- Die Notenbank senkt den Zins\n\n" + body,
			[]string{"teaser: - Die Inflation sinkt auf 2,1 Prozent", "teaser: - Die Notenbank senkt den Zins", "paragraph: " + body}},
		{"no headline: lead stays a paragraph, headings in the body",
			body + "\n\nPlötzlich wollen alle Trump beraten\n\n" + body + "\n\nMusk vs. Zuckerberg: Einzug in Regierungskreise\n\n" + body,
			[]string{"paragraph: " + body, "heading: Plötzlich wollen alle Trump beraten", "paragraph: " + body,
				"heading: Musk vs. Zuckerberg: Einzug in Regierungskreise", "paragraph: " + body}},
		{"question heading starting with Von is no byline (corpus)",
			body + "\n\nVon Konflikt zur Kooperation?\n\n" + body,
			[]string{"paragraph: " + body, "heading: Von Konflikt zur Kooperation?", "paragraph: " + body}},
		{"caption with credit (corpus)",
			body + "\n\nTrunken vom Sieg: Elon Musk bei den Feierlichkeiten zu Donald Trumps Amtseinführung. Foto: picture alliance / ASSOCIATED PRESS | Susan Walsh.\n\n" + body,
			[]string{"paragraph: " + body, "caption: Trunken vom Sieg: Elon Musk bei den Feierlichkeiten zu Donald Trumps Amtseinführung.",
				"credit: Foto: picture alliance / ASSOCIATED PRESS | Susan Walsh.", "paragraph: " + body}},
		{"invented: captions and credits",
			body + "\nDie Kanzlerin beim Gipfel in Brüssel. (Foto: IMAGO / Sven Simon)\nBildquelle: dpa\n© Reuters / Fabian Bimmer\n" + body,
			[]string{"paragraph: " + body, "caption: Die Kanzlerin beim Gipfel in Brüssel.", "credit: (Foto: IMAGO / Sven Simon)",
				"credit: Bildquelle: dpa", "credit: © Reuters / Fabian Bimmer", "paragraph: " + body}},
		{"image credit line and trailing author code (corpus)",
			body + "\n" + body + " (chnnn)\nRubriklistenbild: © Foto links: picture alliance/dpa/Invision | Evan Agostini | Foto rechts: picture alliance/dpa/Pool EPA/AP | Christophe Petit-Tesson",
			[]string{"paragraph: " + body, "paragraph: " + body, "byline: (chnnn)",
				"credit: Rubriklistenbild: © Foto links: picture alliance/dpa/Invision | Evan Agostini | Foto rechts: picture alliance/dpa/Pool EPA/AP | Christophe Petit-Tesson"}},
		{"embedded tweet (corpus)",
			body + "\nTrump is having dinner with Jeff Bezos and Elon Musk tonight pic.twitter.com/TYyjSg94nN\n— HOT SPOT (@HotSpot__Media) December 19, 2024\n" + body,
			[]string{"paragraph: " + body, "embed: Trump is having dinner with Jeff Bezos and Elon Musk tonight pic.twitter.com/TYyjSg94nN",
				"embed: — HOT SPOT (@HotSpot__Media) December 19, 2024", "paragraph: " + body}},
		{"invented: posts quoted inline in a one-line article",
			"Hamburg – " + body + " Wir sind im Finale! #Handball @dhb pic.twitter.com/AbCdEf123 " + body +
				" Große Freude. Danke an alle! #Team pic.twitter.com/XyZ987 Der Trainer lobte die Abwehr.",
			[]string{"paragraph: Hamburg – " + body, "embed: Wir sind im Finale! #Handball @dhb pic.twitter.com/AbCdEf123",
				"paragraph: " + body + " Große Freude.", "embed: Danke an alle! #Team pic.twitter.com/XyZ987",
				"paragraph: Der Trainer lobte die Abwehr."}},
		{"invented: post without picture, links",
			body + "\n\nWir haben gewonnen!\n\n— Anna Beispiel (@annabeispiel) 3. März 2025\n\nhttps://example.org/video/123\n\n" + body,
			[]string{"paragraph: " + body, "embed: Wir haben gewonnen!", "embed: — Anna Beispiel (@annabeispiel) 3. März 2025",
				"embed: https://example.org/video/123", "paragraph: " + body}},
		{"invented: links to other content",
			body + "\n\nLesen Sie auch: Bahn erhöht die Preise\n\nANZEIGE\n\n" + body + "\n\nMehr zum Thema",
			[]string{"paragraph: " + body, "embed: Lesen Sie auch: Bahn erhöht die Preise", "embed: ANZEIGE", "paragraph: " + body,
				"embed: Mehr zum Thema"}},
		{"invented: bylines",
			"Von Maria Schmidt\n\n" + body + "\n\nAutorin: Julia Klein\n\ndpa/AFP\n\n(dpa)\n\nMit Material von Reuters\n\nVon dpa",
			[]string{"byline: Von Maria Schmidt", "paragraph: " + body, "byline: Autorin: Julia Klein", "byline: dpa/AFP", "byline: (dpa)",
				"byline: Mit Material von Reuters", "byline: Von dpa"}},
		{"invented: short lines that are no bylines",
			body + "\n\nVon Berlin nach Paris\n\n" + body + "\n\nbis Mittwoch\n\n" + body,
			[]string{"paragraph: " + body, "heading: Von Berlin nach Paris", "paragraph: " + body, "heading: bis Mittwoch", "paragraph: " + body}},
		{"invented: agency code after the last sentence",
			body + " (dpa/lnw)\n\n" + body + " (AFP)",
			[]string{"paragraph: " + body, "byline: (dpa/lnw)", "paragraph: " + body, "byline: (AFP)"}},
		{"brackets that are not codes stay",
			"Gemeint ist künstliche Intelligenz (KI).\n\nDas sagte er (bis heute)",
			[]string{"paragraph: Gemeint ist künstliche Intelligenz (KI).", "heading: Das sagte er (bis heute)"}},
		{"hard-wrapped paragraphs are joined",
			"Kurzer Titel\n\nDer Konzern legte am Dienstag seine Zahlen vor. Der Umsatz stieg\ndeutlich, der Gewinn ging jedoch zurück, wie das Unternehmen\nmitteilte.\n\nZweiter Absatz, ebenfalls umbrochen und lang genug für eine\nzweite Zeile.",
			[]string{"title: Kurzer Titel",
				"teaser: Der Konzern legte am Dienstag seine Zahlen vor. Der Umsatz stieg\ndeutlich, der Gewinn ging jedoch zurück, wie das Unternehmen\nmitteilte.",
				"paragraph: Zweiter Absatz, ebenfalls umbrochen und lang genug für eine\nzweite Zeile."}},
		{"invented: one paragraph per line, one of them broken after an article",
			"Konzern streicht Stellen\n" + body + "\nDie neue Velmark Logistik hat allen Zustellern die\nÜbernahme zu den alten Bedingungen angeboten.\n" + body + "\n",
			[]string{"title: Konzern streicht Stellen", "teaser: " + body,
				"paragraph: Die neue Velmark Logistik hat allen Zustellern die\nÜbernahme zu den alten Bedingungen angeboten.", "paragraph: " + body}},
		{"invented: a headline that ends on a verb's particle is no broken line",
			"Velmark zieht Streik bis Freitag durch\n" + body + "\n",
			[]string{"title: Velmark zieht Streik bis Freitag durch", "paragraph: " + body}},
		{"invented: a kicker over a headline, no blank line between, is no wrapped text",
			"Autobauer in der Krise\nKonzern streicht Stellen\n\n" + body,
			[]string{"kicker: Autobauer in der Krise", "title: Konzern streicht Stellen", "paragraph: " + body}},
		{"markdown headings and image",
			"# Der Titel\n\n" + body + "\n\n## Ein Abschnitt\n\n![Trump im Weißen Haus](bild.jpg)\n\n" + body,
			[]string{"title: Der Titel", "teaser: " + body, "heading: Ein Abschnitt", "caption: ![Trump im Weißen Haus](bild.jpg)",
				"paragraph: " + body}},
		{"markdown emphasis around a byline", body + "\n\n*Von Anna Beispiel*\n\n**Foto: dpa**",
			[]string{"paragraph: " + body, "byline: *Von Anna Beispiel*", "credit: **Foto: dpa**"}},
		{"hard-wrapped paragraph, credit on the next line",
			"Der Minister stellte am Montag in Berlin seinen Plan vor und beantwortete Fragen\nzum Haushalt, zur Rente, zur Pflege, zur Bahn und zum neuen digitalen Konto.\nFoto: dpa | Susan Walsh\n",
			[]string{"paragraph: Der Minister stellte am Montag in Berlin seinen Plan vor und beantwortete Fragen\nzum Haushalt, zur Rente, zur Pflege, zur Bahn und zum neuen digitalen Konto.",
				"credit: Foto: dpa | Susan Walsh"}},
		{"a trailing credit after a dash", body + "\n\nDer Angeklagte mit seinem Anwalt vor dem Prozess. − Foto: Anna Berg\n\n" + body,
			[]string{"paragraph: " + body, "caption: Der Angeklagte mit seinem Anwalt vor dem Prozess.", "credit: − Foto: Anna Berg", "paragraph: " + body}},
		{"markdown emphasis before a trailing credit", "*Kursiv* beginnt die Bildzeile. Foto: dpa\n\n" + body,
			[]string{"caption: *Kursiv* beginnt die Bildzeile.", "credit: Foto: dpa", "paragraph: " + body}},
		{"a distribution service's notice is a credit, no paragraph",
			body + "\n\nVeröffentlichung einer Mitteilung, übermittelt durch Nachrichtendienst Muster - ein Service der Beispiel AG.\n\n" + body,
			[]string{"paragraph: " + body, "credit: Veröffentlichung einer Mitteilung, übermittelt durch Nachrichtendienst Muster - ein Service der Beispiel AG.",
				"paragraph: " + body}},
		{"CRLF and spaces are trimmed", "  Titel der Meldung  \r\n\r\n" + body + " \r\n",
			[]string{"title: Titel der Meldung", "paragraph: " + body}},
		{"single line", "Nur eine Zeile", []string{"title: Nur eine Zeile"}},
		// headline and teaser run into the body before a dateline, as a
		// feed gives them
		{"invented: headline and teaser before a dateline",
			"Bahn und Gewerkschaft einigen sich. Die Streiks sind vorerst vom Tisch. Berlin – Nach wochenlangem Streit gibt es eine Einigung. " + body,
			[]string{"title: Bahn und Gewerkschaft einigen sich.", "teaser: Die Streiks sind vorerst vom Tisch.",
				"paragraph: Berlin – Nach wochenlangem Streit gibt es eine Einigung. " + body}},
		{"invented: headline before a dateline with an agency and two places",
			"Brand in Lagerhalle. Köln/Bonn (dpa) –Ein Feuer hat am Montag eine Halle zerstört. " + body,
			[]string{"title: Brand in Lagerhalle.", "paragraph: Köln/Bonn (dpa) –Ein Feuer hat am Montag eine Halle zerstört. " + body}},
		{"invented: a short first paragraph that opens with a dateline is the body, no teaser",
			"Landeschef tritt zurück\n\nLinz – Der Landeschef ist am Montag zurückgetreten. Das teilte die Partei mit.\n\n" + body,
			[]string{"title: Landeschef tritt zurück", "paragraph: Linz – Der Landeschef ist am Montag zurückgetreten. Das teilte die Partei mit.",
				"paragraph: " + body}},
		{"invented: a dateline with its day and month opens the text",
			"Berlin, 12. März (dpa) - Die Bahn hat einen neuen Fahrplan vorgestellt. " + body,
			[]string{"paragraph: Berlin, 12. März (dpa) - Die Bahn hat einen neuen Fahrplan vorgestellt. " + body}},
		{"invented: a headline that ends in a score before a dateline",
			"Rapid siegt 3:1. Wien – Rapid hat das Derby gewonnen. " + body,
			[]string{"title: Rapid siegt 3:1.", "paragraph: Wien – Rapid hat das Derby gewonnen. " + body}},
		{"invented: a dash inside a sentence is no dateline",
			"Der Minister kam – wie erwartet – zu spät. " + body,
			[]string{"paragraph: Der Minister kam – wie erwartet – zu spät. " + body}},
		{"invented: a dash after a long opening is no dateline",
			body + " " + body + " " + body + " Wien – Ende.",
			[]string{"paragraph: " + body + " " + body + " " + body + " Wien – Ende."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, err := Clean([]byte(tt.text))
			if err != nil {
				t.Fatal(err)
			}
			got := kinds(text, Layout(text))
			if !slices.Equal(got, tt.want) {
				t.Errorf("Layout:\n got %s\nwant %s", strings.Join(got, "\n     "), strings.Join(tt.want, "\n     "))
			}
		})
	}
}

func TestTitleFromLead(t *testing.T) {
	tests := []struct{ text, want string }{
		{body, "Der Konzern legte am Dienstag seine Zahlen vor"},
		{"Nach dem Abendessen zwischen Meta-Chef Mark Zuckerberg und dem künftigen US-Präsidenten Donald Trump in dessen Villa wird klar: Er will mehr.",
			"Nach dem Abendessen zwischen Meta-Chef Mark Zuckerberg und dem künftigen…"},
		{"Foto: dpa\n\nVon Anna Weber\n\n• Erster Punkt• Zweiter Punkt\n\n" + body, "Erster Punkt"},
		{strings.Repeat("Donaudampfschifffahrtsgesellschaftskapitän", 3) + ".", strings.Repeat("Donaudampfschifffahrtsgesellschaftskapitän", 2)[:0] +
			string([]rune(strings.Repeat("Donaudampfschifffahrtsgesellschaftskapitän", 3))[:80]) + "…"},
	}
	for _, tt := range tests {
		text, _ := Clean([]byte(tt.text))
		if got := title(text, Layout(text)); got != tt.want {
			t.Errorf("title(%.40q…) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestByline(t *testing.T) {
	tests := []struct{ text, want string }{
		{body + "\n\nVon Alex Wehnert, New York", "Alex Wehnert, New York"},
		{body + "\n\nRedaktion finanzen.ch", "finanzen.ch"},
		{"xaw New York\n\n" + body + "\n\nVon Alex Wehnert, New York", "Alex Wehnert, New York"},
		{body + " (chnnn)", "chnnn"},
		{body + "\n\n_Von Anna Beispiel_", "Anna Beispiel"},
		{body, ""},
		{"Rat beschließt Haushalt\nVeröffentlicht am 12. März 2024\n\n" + body, ""}, // when, not who
		{"Rat beschließt Haushalt\nVon Anna Beispiel | 12.03.2024\n\n" + body, "Anna Beispiel"},
		{"Rat beschließt Haushalt\n*Von Anna Beispiel, Berlin* | 12.03.2024\n\n" + body, "Anna Beispiel, Berlin"},
	}
	for _, tt := range tests {
		text, _ := Clean([]byte(tt.text))
		if got := Byline(text, Layout(text)); got != tt.want {
			t.Errorf("Byline(…%q) = %q, want %q", tt.text[max(0, len(tt.text)-30):], got, tt.want)
		}
	}
}

// TestOpinion: a commentary or column is marked by a genre label over its
// headline or as its kicker, or by a byline that names the genre; news is
// not, nor a headline that only uses the word.
func TestOpinion(t *testing.T) {
	tests := []struct {
		text    string
		opinion bool
	}{
		{"# Kommentar: Der Rat verspielt Vertrauen\n\n" + body, true},
		{"Meinung\nDer Rat verspielt Vertrauen\n\n" + body, true},
		{"# Der Rat verspielt Vertrauen\n\nEin Kommentar von Anna Beispiel\n\n" + body, true},
		{"# Rat beschließt Haushalt\n\nVon Anna Beispiel\n\n" + body, false},
		{"# Kommentar des Ministers sorgt für Ärger\n\n" + body, false},
		{body, false},
	}
	for _, tt := range tests {
		a, err := Parse("t", "t.md", []byte(tt.text))
		if err != nil {
			t.Fatal(err)
		}
		if got := a.Opinion != ""; got != tt.opinion {
			t.Errorf("%q: opinion %q, want one: %v", tt.text[:min(len(tt.text), 50)], a.Opinion, tt.opinion)
		}
	}
}

// TestUnwrapLinks: an inline markdown link reads as its text; an image
// stays, as the caption it is; brackets that are no link stay as written.
func TestUnwrapLinks(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Der Rat hat das [Budget 2025](https://example.org/budget) beschlossen.", "Der Rat hat das Budget 2025 beschlossen."},
		{"Siehe [hier](/archiv/2024) und [dort](#teil-2).", "Siehe hier und dort."},
		{"![Das Rathaus](rathaus.jpg)\nDas Rathaus. Foto: Beispiel", "![Das Rathaus](rathaus.jpg)\nDas Rathaus. Foto: Beispiel"},
		{"Der Rat [Anm. d. Red.] tagte (am Montag).", "Der Rat [Anm. d. Red.] tagte (am Montag)."},
	}
	for _, tt := range tests {
		if got := unwrapLinks(tt.in); got != tt.want {
			t.Errorf("unwrapLinks(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestRuneCount compares runeCount with utf8.RuneCountInString on every
// slice of texts with ASCII runs longer and shorter than eight bytes,
// multi-byte runes and invalid bytes.
func TestRuneCount(t *testing.T) {
	for _, s := range []string{body, "Größe: „Mär“ – 12 €", "ab\xffcdefghij\xc3klmnopq\xe2\x80", "ü"} {
		for i := 0; i <= len(s); i++ {
			for j := i; j <= len(s); j++ {
				if got, want := runeCount(s[i:j]), utf8.RuneCountInString(s[i:j]); got != want {
					t.Fatalf("runeCount(%q) = %d, want %d", s[i:j], got, want)
				}
			}
		}
	}
}

// TestAgeLineNoHeadline: an aggregator's stamp of how long ago a page
// appeared (datenames.AgeLine) is metadata, not the headline.
func TestAgeLineNoHeadline(t *testing.T) {
	for _, stamp := range []string{"Vor 47 Tagen   Velmark Online", "Veröffentlicht vor 5 Minuten", "Zuletzt aktualisiert: vor 3 Stunden · velmark.de"} {
		a, err := Parse("a", "a.txt", []byte(stamp+"\nKorvex streicht 300 Stellen\nLinz – Korvex hat am Montag 300 Stellen gestrichen.\n"))
		if err != nil {
			t.Fatal(err)
		}
		if a.Title != "Korvex streicht 300 Stellen" {
			t.Errorf("after %q: title %q, want the headline after the stamp", stamp, a.Title)
		}
	}
}
