package corpus

import (
	"io/fs"
	"testing"
	"unicode/utf8"

	"chronik/corpus/corpusgen"
	"chronik/corpus/defaultcorpus"
	"chronik/corpus/text"
)

// Texts written for this test (not taken from any corpus): German news of
// several kinds, and English and French news of the same kinds. The
// threshold minGermanShare lies between the shares they give.
var languageCases = []struct {
	name, text string
	german     bool
}{
	{"german report", `Der Stadtrat von Kassel hat am Dienstagabend nach langer Debatte beschlossen, das alte Hallenbad im Norden der Stadt zu sanieren. Die Kosten schätzt die Verwaltung auf rund zwölf Millionen Euro. Die Opposition kritisierte den Beschluss als zu teuer und forderte einen Neubau am Stadtrand. Der Oberbürgermeister verteidigte die Pläne: Das Bad sei für viele Familien im Viertel wichtig, eine Schließung hätte die Schulen hart getroffen. Die Arbeiten sollen im kommenden Frühjahr beginnen und zwei Jahre dauern.`, true},
	{"german business", `Der Maschinenbauer aus Schwaben streicht bis Ende nächsten Jahres rund 800 Stellen. Grund seien die schwache Nachfrage aus China und die hohen Energiepreise, teilte das Unternehmen am Montag mit. Betriebsbedingte Kündigungen will der Vorstand vermeiden; stattdessen sollen ältere Beschäftigte früher in den Ruhestand gehen. Die Gewerkschaft reagierte empört und kündigte Proteste vor der Zentrale an. Im vergangenen Quartal war der Umsatz um neun Prozent gesunken, der Gewinn brach um ein Drittel ein.`, true},
	{"german short sentences", `Es regnet. Die Straße ist nass. Ein Auto kam von der Fahrbahn ab und prallte gegen einen Baum. Der Fahrer wurde leicht verletzt. Die Polizei sperrte die Straße für zwei Stunden. Ein Abschleppdienst barg den Wagen. Zeugen sollen sich bei der Wache melden. Der Schaden liegt bei etwa zehntausend Euro.`, true},
	{"english report", `The city council of Leeds voted on Tuesday evening, after a long debate, to renovate the old swimming pool in the north of the city. The administration puts the cost at around twelve million pounds. The opposition criticised the decision as too expensive and called for a new building on the edge of town. The mayor defended the plans: the pool matters to many families in the district, and closing it would have hit the schools hard. Work is due to begin next spring and to last two years.`, false},
	{"english business", `The engineering group will cut about 800 jobs by the end of next year. It blamed weak demand from China and high energy prices, the company said on Monday. The board wants to avoid compulsory redundancies; older staff are to retire early instead. The union reacted with anger and announced protests outside the headquarters. In the last quarter sales fell by nine percent and profit dropped by a third.`, false},
	{"french report", `Le conseil municipal de Lyon a décidé mardi soir, après un long débat, de rénover la vieille piscine du nord de la ville. L'administration estime le coût à environ douze millions d'euros. L'opposition a critiqué la décision, jugée trop chère, et a demandé une nouvelle construction en périphérie. Le maire a défendu le projet : la piscine compte pour de nombreuses familles du quartier, et sa fermeture aurait durement touché les écoles. Les travaux doivent commencer au printemps prochain et durer deux ans.`, false},
	{"french business", `Le groupe industriel va supprimer environ 800 emplois d'ici la fin de l'année prochaine. Il invoque la faible demande en Chine et le prix élevé de l'énergie, a indiqué l'entreprise lundi. La direction veut éviter les licenciements secs ; les salariés les plus âgés partiront plus tôt à la retraite. Le syndicat a réagi avec colère et annoncé des manifestations devant le siège. Au dernier trimestre, le chiffre d'affaires a baissé de neuf pour cent.`, false},
}

func TestReadsGerman(t *testing.T) {
	for _, c := range languageCases {
		d := text.Analyse(c.text, nil)
		known, words := d.LexiconWords(wordsToJudge, wordsToJudge+1)
		got := readsGerman(d)
		d.Release()
		t.Logf("%s: %d of %d words known (%.2f)", c.name, known, words, float64(known)/float64(words))
		if words < minWordsToJudge {
			t.Errorf("%s: only %d words, too short to be judged", c.name, words)
		}
		if got != c.german {
			t.Errorf("%s: reads as German %v, want %v", c.name, got, c.german)
		}
	}
	// The articles of the default corpus read as German.
	if tl, _ := LoadDefault(); len(tl.NotGerman) > 0 {
		t.Errorf("default corpus: articles %v do not read as German", tl.NotGerman)
	}
	// A short text is not judged.
	d := text.Analyse("Breaking news from the capital tonight.", nil)
	defer d.Release()
	if !readsGerman(d) {
		t.Error("a short English line was judged")
	}
}

// Stopping the count at knownToJudge known words decides as the full
// count of wordsToJudge words does, for every article of the default and
// of a generated corpus, for text as short as the first words of each,
// and for the cases above.
func TestReadsGermanStopsEarly(t *testing.T) {
	// knownToJudge is the fewest known words that pass the share for
	// wordsToJudge words, as the comparison in floating point has it.
	if share := minGermanShare * float64(wordsToJudge); float64(knownToJudge) < share || float64(knownToJudge-1) >= share {
		t.Fatalf("knownToJudge %d: %v known of %d words is the share", knownToJudge, share, wordsToJudge)
	}
	var texts []string
	for _, c := range languageCases {
		texts = append(texts, c.text)
	}
	for _, f := range corpusgen.Generate(200, 2) {
		texts = append(texts, string(f.Data))
	}
	fs.WalkDir(defaultcorpus.FS(), ".", func(p string, e fs.DirEntry, err error) error {
		if err == nil && !e.IsDir() {
			data, _ := fs.ReadFile(defaultcorpus.FS(), p)
			texts = append(texts, string(data))
		}
		return nil
	})
	for _, src := range texts {
		for _, n := range []int{len(src), 200, 600, 900, 1200} {
			d := text.Analyse(src[:cutAt(src, n)], nil)
			known, words := d.LexiconWords(wordsToJudge, wordsToJudge+1)
			want := words < minWordsToJudge || float64(known) >= minGermanShare*float64(words)
			if got := readsGerman(d); got != want {
				t.Errorf("%.40q… (%d bytes): reads as German %v, full count (%d of %d) says %v", src, n, got, known, words, want)
			}
			d.Release()
		}
	}
}

// cutAt returns the largest rune boundary of s no later than n.
func cutAt(s string, n int) int {
	n = min(n, len(s))
	for n > 0 && n < len(s) && !utf8.RuneStart(s[n]) {
		n--
	}
	return n
}
