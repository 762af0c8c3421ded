// Package actors finds the people and organisations of German news
// articles, without any list of the articles' own names: people through
// first-name knowledge (generated from maintained lists, see data/), role
// words and the names already found; organisations through a company
// gazetteer, a short list of well-known media and institutions, and cues
// (CamelCase, acronyms, legal forms, "-Konzern", "Firma X"). It also links
// surname-only mentions, German genitives and compounds to the full name,
// learns roles from appositions and resolves later role mentions, subject
// pronouns, "ihn" and "die beiden" (Find), names organisations in the
// nominative (nominative.go), and merges actors across articles
// (Resolve).
//
// The rules, in the order Find applies them:
//   - known institutions ("Bundestag", "dpa") and German organisation names
//     made of ordinary words (orgnames.go): a capitalised adjective and a
//     head noun ("Europäische Zentralbank"), "Bundes-" compounds, heads with
//     a "für" complement, a seat ("Landgericht Hamburg II") or a genitive
//     ("Verband der Chemischen Industrie"), sports clubs ("VfL
//     Wolfsburg"), "IG Bau";
//   - full names from a first name: after a first name that is no noun,
//     place or common word, the next capitalised word is the surname even if
//     it is a German noun or unknown ("Anna Fuchs", "Jens Wöhlke"); a
//     second bare surname only when it names no other person of the article;
//   - English organisation phrases ("Federal Trade Commission"), names after
//     role words ("Konzernchef …", "Präsident Macron") and after nouns that
//     introduce organisations ("Raumfahrtfirma Blue Origin"), gazetteer
//     companies, CamelCase brands and acronyms;
//   - surnames, genitives and compounds of the people found; compounds of
//     organisations, as a part ("Meta-Chef") or as the organisation itself
//     ("Siemens-Konzern", "CDU-Fraktion"); later mentions of the
//     organisations found, lists, short forms in brackets;
//   - roles, role mentions, "der Konzern" as an implicit mention of the
//     organisation named most, pronouns.
//
// Evaluation: ner_test.go scores exact spans on passages written for it
// (testdata/README.md gives the annotation conventions).
package actors

import (
	"cmp"
	"slices"

	"chronik/corpus/ner"
	"chronik/corpus/text"
	"chronik/model"
)

// A Mention is a place in an article's text that names, or stands for, a
// person or an organisation. Its flags come last, together, so that it
// packs into 72 bytes: an article's mentions are copied as they are
// sorted and filtered, and every article's stay alive until Resolve.
type Mention struct {
	Start, End int // byte offsets into Article.Text, on rune boundaries
	Kind       model.ActorKind
	// Name is the canonical name within the article: the fullest form
	// seen ("Donald Trump" for "Trumps"), without genitive or legal form
	// ("Softbank" for "Softbank Group"). It is "" only for an implicit
	// role mention the article cannot resolve ("der Tesla-Chef"), which
	// Resolve may link through a role learned in another article.
	Name string
	Role string // a role learned here ("OpenAI-Chef", "Gründer von Amazon"), or the role an implicit mention used
	// Implicit: a pronoun, a role or "die beiden" stands for the actor.
	Implicit bool
	// Part: the name is the first part of a compound word ("Trump" in
	// "Trump-Sprecherin", "Meta" in "Meta-Chef"). It counts for the actor,
	// but by CoNLL and GermEval conventions it is no named-entity span of
	// its own.
	Part bool
	// Meta: inside metadata: a byline, credit or embedded post, or the
	// credit of a photo caption ("Foto: … | Al Drago"). The description
	// of a caption ("Donald Trump kündigt „Stargate“ an") is not: the
	// people it names take part in what the article tells.
	Meta bool
	// Cued: an organisation a noun right before it introduces as one
	// ("der Facebook-Konzern Meta", "die Softwarefirma Altair"): its kind
	// counts twice where an article's or the corpus's mentions of the
	// name disagree (agreeKinds).
	Cued bool
}

// Entity reports whether the mention is a named-entity span for an
// exact-span evaluation (chronik annotate): a name written out, not a
// pronoun, a role or a part of a compound word.
func (m Mention) Entity() bool { return !m.Implicit && !m.Part }

// A Recognizer finds actor mentions. It is immutable and safe for
// concurrent use.
type Recognizer struct {
	lex    *lexicon
	rules  bool        // the rules alone, without the tagger
	tagger *ner.Tagger // if set, the tagger instead of the embedded one
}

// NewRecognizer returns a Recognizer. The first call in a process loads the
// embedded data; later calls share it. The tagger's weights start decoding
// in the background, so that the work done before the first Find (reading
// articles, dates) overlaps with it.
func NewRecognizer() *Recognizer {
	go entityTagger()
	return &Recognizer{lex: loadLexicon()}
}

// NewRuleRecognizer returns a Recognizer that uses the rules alone, as
// Chronik did before the tagger: for comparing the two, and for the
// tagger's training, which learns from the rules' output.
func NewRuleRecognizer() *Recognizer { return &Recognizer{lex: loadLexicon(), rules: true} }

// NewRecognizerWith returns a Recognizer that joins the rules with the
// tagger tg, which must read the hints and the Gazetteer the embedded
// tagger reads: for scoring the whole recogniser with weights trained on
// part of the data (cross-validation).
func NewRecognizerWith(tg *ner.Tagger) *Recognizer {
	return &Recognizer{lex: loadLexicon(), tagger: tg}
}

// Find returns every person and organisation mention in a.Text, in text
// order (by Start, then End, then Name).
func (r *Recognizer) Find(a *model.Article) []Mention {
	doc := text.ForArticle(a)
	defer doc.Release()
	return r.FindIn(a, doc)
}

// FindIn is Find on the article's text layer (text.ForArticle of a), for
// a caller that has it already.
func (r *Recognizer) FindIn(a *model.Article, doc *text.Doc) []Mention {
	ms, _ := r.FindWithPlaces(a, doc)
	return ms
}

// FindWithPlaces is FindIn that also returns the places the tagger reads
// in the text, in text order (none with the rules alone, which find no
// places).
func (r *Recognizer) FindWithPlaces(a *model.Article, doc *text.Doc) ([]Mention, []model.Place) {
	ms, places, _ := r.find(a, doc, false)
	return ms, places
}

// FindWithWords is FindWithPlaces that also returns the article's Words
// (CapitalWords of the mentions it found), read off the words it found
// them in rather than off the text layer again.
func (r *Recognizer) FindWithWords(a *model.Article, doc *text.Doc) ([]Mention, []model.Place, Words) {
	return r.find(a, doc, true)
}

// find is FindWithWords, which makes the Words only when withWords.
func (r *Recognizer) find(a *model.Article, doc *text.Doc, withWords bool) ([]Mention, []model.Place, Words) {
	f := newFinder(r.lex, a, doc)
	defer f.release()
	f.findNames()
	f.findKnownNames()
	f.findCompoundsAndKnownOrgs()
	f.findRoles()
	f.findPronouns()
	tg := r.tagger
	if tg == nil && !r.rules {
		tg = entityTagger()
	}
	// The passes fill the finder's buffers; the caller gets a copy of
	// the exact size.
	ms := f.result()
	var places []model.Place
	if tg != nil {
		ms, places = f.withModel(ms, tg)
	}
	ms = f.withStandIns(ms)
	f.keep(ms, tg != nil)
	out := make([]Mention, len(ms))
	copy(out, ms)
	var caps Words
	if withWords {
		caps = capitalWords(doc, f.toks, out)
	}
	return out, places, caps
}

// compareMentions orders mentions by position, then name.
func compareMentions(a, b *Mention) int {
	if c := cmp.Compare(a.Start, b.Start); c != 0 {
		return c
	}
	if c := cmp.Compare(a.End, b.End); c != 0 {
		return c
	}
	return cmp.Compare(a.Name, b.Name)
}

// A mentionSorter orders mentions in place by compareMentions, exactly
// as slices.SortFunc would: it runs the same sort on the same comparisons,
// which move the same elements. Sorting small keys and moving each
// mention once is cheaper than sorting the mentions, which are large,
// themselves; the comparisons read the positions from a compact array.
// Its buffers are reused from call to call.
type mentionSorter struct {
	order []int32
	keys  []uint64 // per mention: Start and End in one number (byPosition: and its index)
}

// Bits of a byPosition key: the index in its low 16, the End in the 24
// above, the Start above them.
const (
	posIndexBits = 16
	posBits      = 24
)

// byPosition sets s.order to the order of the mentions by position when
// no two share one (most calls): a key per mention holds its Start, End
// and index, and sorting plain numbers needs no comparison function.
// Mentions of distinct positions have one order by compareMentions, which
// every sort finds, so it is the order slices.SortFunc gives. It reports
// false, and s.order is not set, when two mentions share their position
// (the names then decide, and slices.SortFunc's order of equal ones) or a
// number does not fit its bits.
func (s *mentionSorter) byPosition(ms []Mention) bool {
	if len(ms) > 1<<posIndexBits {
		return false
	}
	keys := s.keys[:0]
	for i := range ms {
		start, end := uint64(ms[i].Start), uint64(ms[i].End)
		if start >= 1<<posBits || end >= 1<<posBits {
			s.keys = keys
			return false
		}
		keys = append(keys, start<<(posBits+posIndexBits)|end<<posIndexBits|uint64(i))
	}
	s.keys = keys
	slices.Sort(keys)
	for i := 1; i < len(keys); i++ {
		if keys[i]>>posIndexBits == keys[i-1]>>posIndexBits {
			return false
		}
	}
	order := s.order[:0]
	for _, k := range keys {
		order = append(order, int32(k&(1<<posIndexBits-1)))
	}
	s.order = order
	return true
}

func (s *mentionSorter) sort(ms []Mention) {
	if !s.byPosition(ms) {
		s.order, s.keys = s.order[:0], s.keys[:0]
		fits := true
		for i := range ms {
			s.order = append(s.order, int32(i))
			fits = fits && uint64(ms[i].Start) < 1<<32 && uint64(ms[i].End) < 1<<32
			s.keys = append(s.keys, uint64(ms[i].Start)<<32|uint64(ms[i].End))
		}
		order, keys := s.order, s.keys
		if fits {
			slices.SortFunc(order, func(a, b int32) int {
				if ka, kb := keys[a], keys[b]; ka != kb {
					return cmp.Compare(ka, kb)
				}
				return cmp.Compare(ms[a].Name, ms[b].Name)
			})
		} else {
			slices.SortFunc(order, func(a, b int32) int { return compareMentions(&ms[a], &ms[b]) })
		}
	}
	order := s.order
	// Position i takes the mention at order[i]: follow each cycle of the
	// permutation once, marking the places done.
	for i := range order {
		if order[i] < 0 {
			continue
		}
		held := ms[i]
		j := i
		for {
			k := int(order[j])
			order[j] = -1
			if k == i {
				ms[j] = held
				break
			}
			ms[j] = ms[k]
			j = k
		}
	}
}
