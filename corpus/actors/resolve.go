package actors

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"chronik/corpus/text"
	"chronik/model"
)

// Resolved is what Resolve found: the actor table of the corpus, and
// each article's actor mentions (Mentions[i] of articles[i], in text
// order), indices into Actors.
type Resolved struct {
	Actors   []model.Actor
	Mentions [][]model.ActorMention
}

// Resolve merges the actors that Find reported for each article (found[i]
// belongs to articles[i], docs[i] is its text layer) into one table for
// the corpus, and returns it with every article's mentions. It is
// ResolveWords with each article's CapitalWords.
func Resolve(articles []*model.Article, docs []*text.Doc, found [][]Mention) Resolved {
	caps := make([]Words, len(articles))
	for ai := range min(len(articles), len(docs)) {
		var covered []Mention
		if ai < len(found) {
			covered = found[ai]
		}
		caps[ai] = CapitalWords(articles[ai], docs[ai], covered)
	}
	return ResolveWords(articles, caps, found)
}

// ResolveWords is Resolve for a caller that has released the text layers:
// caps[i] is CapitalWords of articles[i] and found[i], all Resolve reads
// of a text layer.
//
// People merge by name; a surname-only person joins the one full name with
// that surname in the corpus ("Musk" → "Elon Musk", "Van der Bellen" →
// "Alexander Van der Bellen") that starts with a first name
// (givenNameFirst), and a genitive form
// joins its base ("Trumps" → "Trump"). A name has one kind in the corpus:
// the kind most of its mentions have (agreeKinds). Organisations merge by
// their name without blanks and hyphens ("Space X" = "SpaceX"), across one
// spelling mistake ("Sofbank" → "Softbank"), and an acronym with the one
// long name of those initials ("RKI" → "Robert Koch-Institut"). An implicit role mention that its
// article could not resolve ("der Tesla-Chef") goes to the one person who
// holds that role anywhere in the corpus. Mentions inside metadata blocks
// are dropped, and so is an actor seen only there (photographers, credit
// lines). The actors are ordered by mentions, most first, then by name.
//
// Every step indexes by key, so the cost grows with the number of
// mentions, not with its square.
func ResolveWords(articles []*model.Article, caps []Words, found [][]Mention) Resolved {
	res := resolver{byKey: map[actorKey]*cluster{}, keys: keyTable{}, lex: loadLexicon()}
	votes := agreeKinds(found)
	res.filed = newFiled(found)
	// Pass 1: clusters by exact key, from named mentions outside metadata.
	// The votes numbered the names of these very mentions, in this order
	// (kindVotes.at): the cluster of a name and kind is looked up by its
	// key once, not again for every mention of it.
	byName := make([][2]int32, len(votes.votes)) // per name, for a person and an organisation: 1 + its cluster's place in order
	next := 0
	for ai := range articles {
		if ai >= len(found) {
			break
		}
		for mi := range found[ai] {
			m := &found[ai][mi]
			if m.Meta || m.Name == "" {
				continue
			}
			name := votes.at[next]
			next++
			var c *cluster
			switch k := kindSlot(m.Kind); {
			case k < 0:
				c = res.cluster(m.Kind, m.Name)
			case byName[name][k] > 0:
				c = res.order[byName[name][k]-1]
			default:
				c = res.cluster(m.Kind, m.Name)
				byName[name][k] = c.place + 1
			}
			res.file(ai, mi, c)
			c.count++
			c.noteName(singleBlanks(m.Name))
			if n := len(c.articles); n == 0 || c.articles[n-1] != int32(ai) {
				c.articles = append(c.articles, int32(ai))
			}
			if m.Part {
				c.parts++
			}
			if !m.Implicit && !m.Part {
				c.named++
				text := articles[ai].Text[m.Start:m.End]
				c.forms[text]++
				if m.Kind == model.Organization && text == m.Name {
					c.dets |= articleBefore(articles[ai].Text, m.Start, m.End)
				} else if m.Kind == model.Organization && text == m.Name+"n" && articleBefore(articles[ai].Text, m.Start, m.End) == detDie {
					c.dets |= detDieEn // "die Grünen" of "Grüne"
				}
			}
			if m.Role != "" && !m.Implicit {
				c.addRole(m.Role)
			}
		}
	}
	res.nameByMajority()
	res.mergePeople()
	res.mergeOrgs()
	res.mergeLegalForms()
	res.mergeAcronyms()
	extra := res.surnamesElsewhere(articles, caps, found)
	actors, index := res.actors()
	roleIndex := res.roleIndex(actors, index)

	mentions := make([][]model.ActorMention, len(articles))
	for ai := range articles {
		if ai >= len(found) {
			continue
		}
		// At most every mention found and every surname added: one
		// allocation, where appending to nil grew the slice several times.
		n := len(found[ai])
		if ai < len(extra) {
			n += len(extra[ai])
		}
		ms := make([]model.ActorMention, 0, n)
		for mi, m := range found[ai] {
			if m.Meta {
				continue
			}
			var c *cluster
			if m.Name != "" {
				c = res.root(res.filedIn(ai, mi))
			} else if m.Role != "" {
				c = roleIndex[res.roleKey(m.Role)]
			}
			idx, ok := index[c]
			if c == nil || !ok {
				continue
			}
			if m.Name == "" {
				actors[idx].Mentions++ // resolved through the corpus
			}
			ms = append(ms, model.ActorMention{Start: m.Start, End: m.End, Actor: idx, Implicit: m.Implicit})
		}
		if ai < len(extra) && len(extra[ai]) > 0 {
			for _, x := range extra[ai] {
				if idx, ok := index[res.root(x.c)]; ok {
					ms = append(ms, model.ActorMention{Start: x.start, End: x.end, Actor: idx})
				}
			}
			slices.SortStableFunc(ms, func(x, y model.ActorMention) int { return cmp.Compare(x.Start, y.Start) })
		}
		if len(ms) == 0 {
			ms = nil // JSON writes an empty list as [], a nil one as null: the timeline dumps stay the same
		}
		mentions[ai] = ms
	}
	return Resolved{Actors: actors, Mentions: mentions}
}

// givenNameFirst reports whether a person's name is more than one word
// and starts with a first name of the lexicon (or a hyphenated one's first
// part): only then is its last word a surname that can stand for it. The
// tagger reads clubs, products and services as people too ("Dynamo Brenzburg",
// "Smart Display"), and the last word of those is a place or a common word
// that other articles use on its own far more often.
func givenNameFirst(name string) bool {
	first, _, ok := strings.Cut(name, " ")
	if !ok || particleSurname(name) {
		return false
	}
	first, _, _ = strings.Cut(first, "-")
	return Gazetteer(first)&uint32(firstName) != 0
}

// particleSurname reports whether a person's name is a surname that starts
// with particles, the first written with a capital ("Van der Bellen", "De
// la Cruz"): no first name and a surname, but a surname alone.
func particleSurname(name string) bool {
	first, rest, ok := strings.Cut(name, " ")
	second, _, _ := strings.Cut(rest, " ")
	return ok && isParticle(first) && second != "" && isParticle(second) && lowerAlready(second)
}

// isParticle reports whether w, in any case, is a name's particle ("Van",
// "der"). It lower-cases on the stack and indexes the lexicon's map with
// those bytes, which copies none of them (see particleAsWritten), after
// the lexicon's filter: nearly every name the tagger finds asks, and
// most of its words are no word of the lexicon.
func isParticle(w string) bool {
	var buf [maxCachedWord]byte
	l, b := loadLexicon(), text.AppendLower(buf[:0], w)
	return mayHold(&l.filter, b) && l.words[string(b)]&particle != 0
}

// surnameKeys returns the surnames a full name can be called by: its last
// word (and that word after a particle joined to it by a hyphen), and the
// words from its first particle on, with a capital
// ("Alexander Van der Bellen": "Bellen", "Van der Bellen"; "Ursula von
// der Leyen": "Leyen", "Von der Leyen").
func surnameKeys(name string) []string {
	keys := []string{name[strings.LastIndexByte(name, ' ')+1:]}
	if p, rest, ok := strings.Cut(keys[0], "-"); ok && rest != "" && lowerAlready(p) && isParticle(p) {
		keys = append(keys, rest) // "Bashar al-Assad": "Assad"
	}
	for i := strings.IndexByte(name, ' '); i >= 0; {
		rest := name[i+1:]
		w, _, more := strings.Cut(rest, " ")
		if !more {
			break
		}
		if isParticle(w) {
			return append(keys, capitalised(rest))
		}
		i += 1 + len(w)
	}
	return keys
}

// capitalised returns w with its first letter upper case.
func capitalised(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + w[n:]
}

// placeAdjective reports a word made of a place and "-er" ("Wiener",
// "Salzburger").
func placeAdjective(w string) bool {
	base, ok := strings.CutSuffix(w, "er")
	return ok && base != "" && Gazetteer(base)&uint32(place) != 0
}

// extraMention is a surname that Resolve found in an article that does
// not name the person in full.
type extraMention struct {
	start, end int
	c          *cluster
	hyphen     bool // the first part of a compound: counts, but names nothing
	inName     bool // the first word of a longer name (opensLongerName): counts as bare, but is not kept
}

// surnamesElsewhere finds the bare surnames of people named in full in
// other articles ("Musk schrieb" where only another article says "Elon
// Musk"), with genitives and compounds, when the surname belongs to one
// person of the corpus, and not for a name found in full in one article
// only whose surname stands alone in many others (maxBareOfOne). It reads
// each article's capitalised words once (caps[i] of articles[i]) and
// looks them up in a map, so it costs what reading the corpus costs.
func (r *resolver) surnamesElsewhere(articles []*model.Article, caps []Words, found [][]Mention) [][]extraMention {
	bySurname := map[string]*cluster{}
	for _, c := range r.order {
		if c.parent != nil || c.kind != model.Person || c.named == 0 || !givenNameFirst(c.name) {
			continue
		}
		s := c.name[strings.LastIndexByte(c.name, ' ')+1:]
		if len(s) < 2 || Gazetteer(s)&(gazLexNoun|uint32(place)) != 0 || placeAdjective(s) {
			// "Sommer", "Mann", "Österreich", "Salzburger", an initial: in
			// another article the bare word is the noun, the place or
			// another's initial far more often than the name
			continue
		}
		if prev, ok := bySurname[s]; ok && prev != c {
			bySurname[s] = nil
			continue
		}
		bySurname[s] = c
	}
	for _, c := range r.order {
		// A bare surname that is an actor of its own (ambiguous) blocks it.
		if c.parent == nil && c.kind == model.Person && !strings.Contains(c.name, " ") {
			if _, ok := bySurname[c.name]; ok {
				bySurname[c.name] = nil
			}
		}
	}
	if len(bySurname) == 0 {
		return nil
	}
	var shapes surnameShapes
	for s := range bySurname {
		shapes.add(s)
	}
	extra := make([][]extraMention, len(articles))
	for ai, a := range articles {
		if ai < len(caps) {
			extra[ai] = r.bareSurnames(a, caps[ai], bySurname, &shapes)
		}
	}
	full, bare := r.surnameArticles(found, extra)
	for ai, xs := range extra {
		kept := xs[:0]
		for _, x := range xs {
			if x.inName || full[x.c] < 2 && bare[x.c] > maxBareOfOne {
				continue
			}
			x.c.count++
			if !x.hyphen {
				x.c.named++
				x.c.forms[articles[ai].Text[x.start:x.end]]++
			}
			kept = append(kept, x)
		}
		extra[ai] = kept
	}
	return extra
}

// maxBareOfOne is how many other articles may name a person by the bare
// surname alone when only one article names it in full. A service or a
// figure of speech the tagger once read as a person ("Smart Online",
// "Happy User") is named so in one article, and its last word, a common
// English word, stands alone in many; a person the corpus follows is
// named in full in more than one.
const maxBareOfOne = 3

// surnameArticles counts, for each person, the articles that name it
// themselves (found) and the articles that have it only as a bare surname
// (extra).
func (r *resolver) surnameArticles(found [][]Mention, extra [][]extraMention) (full, bare map[*cluster]int) {
	full, bare = map[*cluster]int{}, map[*cluster]int{}
	seen := map[*cluster]int{} // cluster → 1 + the last article that counted it
	for ai, xs := range extra {
		if ai < len(found) {
			for mi, m := range found[ai] {
				if m.Meta || m.Kind != model.Person || m.Name == "" {
					continue
				}
				if c := r.root(r.filedIn(ai, mi)); c != nil && seen[c] != ai+1 {
					seen[c] = ai + 1
					full[c]++
				}
			}
		}
		for _, x := range xs {
			if seen[x.c] != ai+1 {
				seen[x.c] = ai + 1
				bare[x.c]++
			}
		}
	}
	return full, bare
}

// Words is the capitalised words of an article outside its own mentions
// (the words of Find, see words), each by its start and end in the text:
// what Resolve reads of the article's text layer, a few bytes a word, so
// that the layer can be released before the corpus is resolved.
type Words []wordSpan

type wordSpan struct{ start, end int32 }

// CapitalWords returns the Words of article a, whose text layer is doc
// and whose mentions found by Find are covered.
func CapitalWords(a *model.Article, doc *text.Doc, covered []Mention) Words {
	toks, _ := words(doc, a, nil, nil)
	return capitalWords(doc, toks, covered)
}

// capitalWords is CapitalWords of the article's words (see words), which
// a finder has made already.
func capitalWords(doc *text.Doc, toks []token, covered []Mention) Words {
	// The words collect in a pooled buffer and the caller gets one exact
	// copy: the Words of every article stay alive until Resolve.
	buf := wordBufs.Get().(*Words)
	out := (*buf)[:0]
	defer func() { *buf = out; wordBufs.Put(buf) }()
	next := 0 // the first mention that ends after the word
	for i := range toks {
		tk := &toks[i]
		if !tk.upper {
			continue
		}
		for next < len(covered) && covered[next].End <= int(tk.start) {
			next++
		}
		first := int(tk.at)
		oneToken := doc.Tokens[first].End == tk.end
		if next < len(covered) && covered[next].Start < int(tk.end) || oneToken && adverbialOpening(doc, first) || namedByArticle(doc, first) {
			continue
		}
		out = append(out, wordSpan{tk.start, tk.end})
	}
	return slices.Clone(out)
}

// adverbialOpening reports whether the word at token k of the text layer
// opens its sentence as an adjective, written with a capital only for its
// place: an adjective the lexicon knows (and no noun), before a word that
// places it in time ("Kurz vor Weihnachten", "Kurz darauf"), or declined
// before a noun it qualifies ("Neuer Generalsekretär": an undeclined one,
// "Kurz Favorit", may be a surname in a headline). Then it is no bare
// surname, though a person of that name is in the article or the corpus.
func adverbialOpening(doc *text.Doc, k int) bool {
	dt := doc.Tokens
	opens := k == 0 || dt[k-1].Sentence != dt[k].Sentence ||
		dt[k-1].Kind == text.Punct && strings.ContainsAny(doc.Text[dt[k-1].Start:dt[k-1].End], "–-:") // after a dateline: "Bratislava – Kurz vor …"
	if !opens || k+1 >= len(dt) || dt[k+1].Kind == text.Punct {
		return false
	}
	if !dt[k+1].Upper() && !timeAdverbFollowers[doc.Lower(k+1)] {
		return false
	}
	lower := doc.Lower(k)
	if class, _ := text.Classes(lower); class&text.Adjective == 0 || class&text.Noun != 0 {
		return false
	}
	if !dt[k+1].Upper() {
		return true
	}
	if next, _ := text.Classes(doc.Lower(k + 1)); next != text.Noun {
		return false
	}
	for _, r := range text.Lookup(lower) {
		if r.Class == text.Adjective && r.Lemma != lower {
			return true
		}
	}
	return false
}

// namedByArticle reports a word after an article written with a capital
// inside its sentence ("in Den Haag", "laut Der Spiegel"): part of a name
// the article opens, not a bare surname.
func namedByArticle(doc *text.Doc, k int) bool {
	dt := doc.Tokens
	if k < 2 || dt[k-1].Kind == text.Punct || !dt[k-1].Upper() || dt[k-1].Sentence != dt[k].Sentence || dt[k-2].Sentence != dt[k-1].Sentence {
		return false
	}
	switch doc.Lower(k - 1) {
	case "den", "der", "die", "das", "dem", "des":
		return true
	}
	return false
}

// timeAdverbFollowers are the words after which an adjective opening a
// sentence is an adverb of time: "Kurz vor", "Kurz nach", "Kurz darauf".
var timeAdverbFollowers = map[string]bool{"vor": true, "nach": true, "darauf": true, "danach": true, "zuvor": true, "bevor": true, "nachdem": true, "vorher": true}

var wordBufs = sync.Pool{New: func() any { return new(Words) }}

// bareSurnames finds the surnames of bySurname among an article's
// capitalised words outside its own mentions and its metadata. It works
// out whether a word is metadata only for the few that are surnames.
func (r *resolver) bareSurnames(a *model.Article, words Words, bySurname map[string]*cluster, shapes *surnameShapes) []extraMention {
	var out []extraMention
	bi := 0
	credit := creditMemo{block: -1}
	for i, ws := range words {
		start, end := int(ws.start), int(ws.end)
		w := a.Text[start:end]
		hyphen := strings.IndexByte(w, '-') >= 0
		if hyphen {
			w, _, _ = strings.Cut(w, "-")
			end = start + len(w)
		}
		var c *cluster
		if shapes.has(w) {
			c = bySurname[w]
		}
		inName := c != nil && !hyphen && i+1 < len(words) && opensLongerName(a.Text, ws, words[i+1], bySurname, shapes)
		if c == nil && strings.HasSuffix(w, "s") && shapes.has(w[:len(w)-1]) {
			c = bySurname[w[:len(w)-1]] // (a genitive goes on with the noun it owns: "Hubers Stiftung")
		}
		if c == nil {
			continue
		}
		for bi < len(a.Blocks) && a.Blocks[bi].End <= start {
			bi++
		}
		if bi < len(a.Blocks) && a.Blocks[bi].Start <= start && credit.meta(a.Text, a.Blocks, bi, start) {
			continue
		}
		out = append(out, extraMention{start, end, r.root(c), hyphen, inName})
	}
	return out
}

// opensLongerName reports a word w right before the next capitalised
// word, one blank apart, that is no common word, that the lexicon does
// not know, as a word or as a compound ending in a noun, and that is no
// surname either: the first word of a name of several ("South
// Carolina"), not the bare surname of a person named elsewhere ("Jonas
// South"). Two surnames side by side ("schenkte Huber Maier …") stay
// two.
func opensLongerName(src string, w, next wordSpan, bySurname map[string]*cluster, shapes *surnameShapes) bool {
	if next.start != w.end+1 || src[w.end] != ' ' {
		return false
	}
	n := src[next.start:next.end]
	if strings.IndexByte(n, '-') >= 0 {
		return false
	}
	for _, form := range [2]string{n, strings.TrimSuffix(n, "s")} {
		if _, ok := bySurname[form]; ok && shapes.has(form) {
			return false // (also one of several people's: "Huber" of Anna and Karl Huber)
		}
	}
	if Gazetteer(n)&uint32(common) != 0 {
		return false // a common word, also one the lexicon lacks ("Es fehlen" after a line-up)
	}
	var buf [maxCachedWord]byte
	lower := text.AppendLower(buf[:0], n)
	for k := 0; k == 0 || k+4 <= len(lower); k++ {
		if k > 0 && !utf8.RuneStart(lower[k]) {
			continue
		}
		if c, _ := text.Classes(string(lower[k:])); c != 0 && (k == 0 || c&text.Noun != 0) {
			return false // a word, or a compound that ends in a noun ("Wohltätigkeitsorganisation")
		}
	}
	return true
}

// surnameShapes is the set of the first bytes and lengths of a set of
// words: a word whose shape is not in it is not in the set, and most of
// an article's capitalised words are ruled out so without a map lookup.
type surnameShapes [256]uint64 // first byte → bit n: a word of n bytes (n ≥ 63: bit 63)

func (s *surnameShapes) add(w string) {
	if w != "" {
		s[w[0]] |= 1 << min(len(w), 63)
	}
}

func (s *surnameShapes) has(w string) bool {
	return w != "" && s[w[0]]&(1<<min(len(w), 63)) != 0
}

type actorKey struct {
	kind model.ActorKind
	key  string
}

// keyOf files a name of either kind under its key (normKey): articles
// write one person's name with blanks, hyphens and capitals of their own
// ("Hans-Peter Berger", "Hans Peter Berger", "Anna de Vries", "Anna De
// Vries"), and a doubled blank of the source stands in some.
func (r *resolver) keyOf(kind model.ActorKind, name string) actorKey {
	return actorKey{kind, r.keys.key(name)}
}

// cluster is one actor while merging; merged clusters point to their root.
type cluster struct {
	kind   model.ActorKind
	name   string
	count  int             // all mentions, implicit ones included
	named  int             // mentions that write the name out
	parts  int             // mentions as the first part of a compound ("Tesla-Chef")
	forms  map[string]int  // written forms → how often
	roles  map[string]bool // nil until the first (most clusters have none): addRole
	parent *cluster
	// names counts the names the mentions give when they are not all the
	// name it was made with (nameByMajority); nil while they are
	names map[string]int
	// the articles that name it, in increasing order (an acronym joins a
	// long name only where an article names both: mergeAcronyms)
	articles []int32
	// dets: the definite articles seen right before its name, written as
	// it is (articleBefore), for its gender
	dets  uint8
	place int32 // in resolver.order
}

type resolver struct {
	byKey map[actorKey]*cluster
	order []*cluster // in order of creation, for deterministic merging
	filed filed      // the cluster pass 1 filed each found mention in
	keys  keyTable   // organisation name → normKey, each computed once
	lex   *lexicon
}

func (r *resolver) cluster(kind model.ActorKind, name string) *cluster {
	k := r.keyOf(kind, name)
	if c, ok := r.byKey[k]; ok {
		return c
	}
	c := &cluster{kind: kind, name: singleBlanks(name), forms: map[string]int{}, place: int32(len(r.order))}
	r.byKey[k] = c
	r.order = append(r.order, c)
	return c
}

// kindSlot is the place of a person (0) and of an organisation (1) in a
// pair; -1 for another kind.
func kindSlot(k model.ActorKind) int {
	switch k {
	case model.Person:
		return 0
	case model.Organization:
		return 1
	}
	return -1
}

// filed holds the cluster of each named mention outside metadata that
// ResolveWords was given, as its first pass filed it (by exact key): the
// later passes read it here rather than work out the name's key and look
// it up again.
type filed struct {
	first []int   // first[ai]: the place of found[ai][0] in at
	at    []int32 // 1 + the place of the mention's cluster in resolver.order; 0 for none
}

func newFiled(found [][]Mention) filed {
	f := filed{first: make([]int, len(found))}
	n := 0
	for ai, ms := range found {
		f.first[ai] = n
		n += len(ms)
	}
	f.at = make([]int32, n)
	return f
}

// file notes that found[ai][mi] is of cluster c.
func (r *resolver) file(ai, mi int, c *cluster) {
	r.filed.at[r.filed.first[ai]+mi] = c.place + 1
}

// filedIn returns the cluster found[ai][mi] was filed in, or nil.
func (r *resolver) filedIn(ai, mi int) *cluster {
	if k := r.filed.at[r.filed.first[ai]+mi]; k > 0 {
		return r.order[k-1]
	}
	return nil
}

// addRole records a role the cluster's mentions give it.
func (c *cluster) addRole(role string) {
	if c.roles == nil {
		c.roles = map[string]bool{}
	}
	c.roles[role] = true
}

// noteName counts a mention's name, spelled as the cluster's or not.
func (c *cluster) noteName(name string) {
	if c.names == nil {
		if name == c.name {
			return
		}
		c.names = map[string]int{c.name: c.count - 1}
	}
	c.names[name]++
}

// nameByMajority names each cluster whose mentions spell it in more than
// one way after the spelling most of them give; of equals, the name it
// was made with, else the alphabetically first.
func (r *resolver) nameByMajority() {
	for _, c := range r.order {
		if c.names == nil {
			continue
		}
		best := c.name
		for n, k := range c.names {
			if kb := c.names[best]; k > kb || k == kb && (n == c.name || best != c.name && n < best) {
				best = n
			}
		}
		c.name = best
	}
}

// singleBlanks returns s with each run of blanks made one blank.
func singleBlanks(s string) string {
	if !strings.Contains(s, "  ") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

func (r *resolver) root(c *cluster) *cluster {
	if c == nil || c.parent == nil {
		return c
	}
	root := c
	for root.parent != nil {
		root = root.parent
	}
	for c.parent != nil { // path compression
		c, c.parent = c.parent, root
	}
	return root
}

// merge folds cluster from into cluster into.
func (r *resolver) merge(from, into *cluster) {
	from, into = r.root(from), r.root(into)
	if from == into {
		return
	}
	from.parent = into
	into.count += from.count
	into.named += from.named
	into.parts += from.parts
	for f, n := range from.forms {
		into.forms[f] += n
	}
	for role := range from.roles {
		into.addRole(role)
	}
	merged := append(into.articles, from.articles...)
	slices.Sort(merged)
	into.articles = slices.Compact(merged)
}

// mergePeople joins genitives to their base ("Trumps" → "Trump", "Elon
// Musks" → "Elon Musk") and single surnames, or their genitives, to the
// one full name with that surname.
func (r *resolver) mergePeople() {
	people := make([]*cluster, 0, len(r.order))
	for _, c := range r.order {
		if c.kind == model.Person {
			people = append(people, c)
		}
	}
	for _, c := range people {
		if strings.HasSuffix(c.name, "s") && len(c.name) > 3 {
			if base, ok := r.byKey[r.keyOf(model.Person, c.name[:len(c.name)-1])]; ok {
				r.merge(c, base)
			}
		}
	}
	// Surname key → the full names that end in it.
	full := map[string][]*cluster{}
	for _, c := range people {
		if c.parent != nil || !givenNameFirst(c.name) {
			continue
		}
		for _, s := range surnameKeys(c.name) {
			full[r.keys.key(s)] = append(full[r.keys.key(s)], c)
		}
	}
	for _, c := range people {
		if c.parent != nil || strings.Contains(c.name, " ") && !particleSurname(c.name) {
			continue
		}
		cands := full[r.keys.key(c.name)] // "Demirtas" of "Selahattin Demirtaş"
		if base, ok := genitiveBase(c.name); ok && len(cands) == 0 {
			cands = full[r.keys.key(base)] // "Trumps" with no "Trump" in the corpus
		}
		if len(cands) == 1 {
			r.merge(c, cands[0])
		}
	}
}

// mergeOrgs joins organisation names one edit apart ("Sofbank",
// "Softbank"). The candidates are found through deletion keys: two words
// one edit apart share a form with one letter deleted, or one is such a form
// of the other, so no pair of names is compared blindly.
// mergeAcronyms joins an organisation named by an acronym alone ("RKI")
// to the one organisation of the corpus whose long name has those
// initials ("Robert Koch-Institut") when an article names both or writes
// the long name with the acronym ("Robert Koch-Institut (RKI)"); of
// several candidates, to the one that an article names by the acronym,
// and with none or two such it stays apart. (An acronym that no article
// names beside the long name is as often another body: an agency quoted
// in fifty articles is not the app one article names with its initials.)
func (r *resolver) mergeAcronyms() {
	byInitials := map[string][]*cluster{}
	for _, c := range r.order {
		if c.kind == model.Organization && c.parent == nil && hasBlankOrHyphen(c.name) {
			if in := initials(c.name); len(in) >= 2 {
				byInitials[in] = append(byInitials[in], c)
			}
		}
	}
	for _, c := range r.order {
		if c.kind != model.Organization || c.parent != nil || !isAcronym(c.name) || spelledOut(c) {
			continue
		}
		long := byInitials[c.name]
		if len(long) > 1 {
			// The one an article writes with the acronym ("Islamischer Staat
			// (IS)") beside others of those initials ("Internationaler
			// Strafgerichtshof").
			long = slices.DeleteFunc(slices.Clone(long), func(l *cluster) bool { return r.root(l).forms[c.name] == 0 })
		}
		if len(long) == 1 && r.root(long[0]) != c && (r.root(long[0]).forms[c.name] > 0 || shareAnArticle(r.root(long[0]).articles, c.articles)) {
			r.merge(c, r.root(long[0]))
		}
	}
}

// mergeLegalForms joins a company named with its legal form to the same
// name without it ("Velmark GmbH" to "Velmark", "Korvex Group GmbH & Co.
// KG" to "Korvex"): a headline and the first mention of a release name
// one company so, and a later paragraph and the next article drop the
// form. Of the two, the better name (better) names it.
func (r *resolver) mergeLegalForms() {
	for _, c := range r.order {
		if c.kind != model.Organization || c.parent != nil {
			continue
		}
		base := r.withoutLegalForm(c.name)
		if base == c.name || base == "" {
			continue
		}
		short, ok := r.byKey[r.keyOf(model.Organization, base)]
		if !ok || r.root(short) == r.root(c) {
			continue
		}
		from, into := c, r.root(short)
		if r.better(from, into) {
			from, into = into, from
		}
		r.merge(from, into)
	}
}

// withoutLegalForm returns name without the legal forms that end it
// ("GmbH", "Group GmbH & Co. KG", "Inc."), or name itself.
func (r *resolver) withoutLegalForm(name string) string {
	if r.lex == nil {
		return name
	}
	base := name
	for {
		i := strings.LastIndexByte(base, ' ')
		if i <= 0 {
			return base
		}
		switch w := base[i+1:]; {
		case r.lex.lookup(w)&legalForm != 0:
			base = strings.TrimRight(base[:i], " ,")
		case w == "Co." && strings.HasSuffix(base[:i], " &"):
			base = strings.TrimRight(base[:i-2], " ,")
		default:
			return base
		}
	}
}

// shareAnArticle reports whether two increasing lists of articles have
// one in common.
func shareAnArticle(a, b []int32) bool {
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] == b[j]:
			return true
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return false
}

// spelledOut reports whether an article writes the acronym c out as a
// name of several words ("Royal Bank of Scotland" named "RBS"): it is
// that organisation, whatever else has its initials.
func spelledOut(c *cluster) bool {
	for f := range c.forms {
		if strings.Contains(f, " ") {
			return true
		}
	}
	return false
}

func (r *resolver) mergeOrgs() {
	var orgs []*cluster
	for _, c := range r.order {
		if c.kind == model.Organization && c.parent == nil && utf8.RuneCountInString(r.keys.key(c.name)) >= 6 {
			orgs = append(orgs, c)
		}
	}
	// The organisations of each deletion (and key), in the order of orgs:
	// a list through links from the first of ends to the last, where a
	// slice for each (most deletions are one organisation's) cost an
	// allocation each.
	type link struct {
		c    *cluster
		next int32 // 1 + the index of the next link of the deletion, 0 for none
	}
	// The deletions are made first, so that the map and the links are
	// made at their size: grown as they were filled, the map's copies
	// were most of what the merge allocated.
	dels := make([][]string, len(orgs)) // each one's deletions, made once
	n := 0
	for ci, c := range orgs {
		dels[ci] = deletions(r.keys.key(c.name))
		n += len(dels[ci]) + 1
	}
	links := make([]link, 0, n)
	ends := make(map[string][2]int32, n) // 1 + the indices of a deletion's first and last link
	add := func(d string, c *cluster) {
		links = append(links, link{c: c})
		i := int32(len(links))
		if e, ok := ends[d]; ok {
			links[e[1]-1].next = i
			ends[d] = [2]int32{e[0], i}
		} else {
			ends[d] = [2]int32{i, i}
		}
	}
	for ci, c := range orgs {
		for _, d := range dels[ci] {
			add(d, c)
		}
		add(r.keys.key(c.name), c)
	}
	seen := map[*cluster]bool{}
	for ci, c := range orgs {
		k := r.keys.key(c.name)
		var best *cluster
		clear(seen)
		seen[c] = true
		for _, d := range append(dels[ci], k) {
			for j := ends[d][0]; j != 0; j = links[j-1].next {
				o := links[j-1].c
				if seen[o] {
					continue
				}
				seen[o] = true
				if !sameKeySpelling(k, r.keys.key(o.name)) || !r.better(o, c) {
					continue
				}
				if best == nil || r.better(o, best) {
					best = o
				}
			}
		}
		if best != nil {
			r.merge(c, best)
		}
	}
}

// better reports whether cluster a gives the better name than b: known to
// the gazetteer, then more often named, then alphabetically first.
func (r *resolver) better(a, b *cluster) bool {
	if r.lex != nil {
		ga, gb := r.lex.lookup(a.name)&company != 0, r.lex.lookup(b.name)&company != 0
		if ga != gb {
			return ga
		}
	}
	if a.named != b.named {
		return a.named > b.named
	}
	return a.name < b.name
}

// deletions returns s with each one rune deleted. They are slices of one
// string that holds them all: a string each cost an allocation each.
func deletions(s string) []string {
	var all strings.Builder
	all.Grow(len(s) * len(s))
	for i, r := range s {
		all.WriteString(s[:i])
		all.WriteString(s[i+utf8.RuneLen(r):])
	}
	joined := all.String()
	out := make([]string, 0, len(s))
	for _, r := range s {
		n := len(s) - utf8.RuneLen(r)
		out, joined = append(out, joined[:n]), joined[n:]
	}
	return out
}

// sameKeySpelling reports whether two organisation names, made keys
// (normKey), are the same name written differently: equal without case,
// blanks and hyphens, or, for names of six letters or more, one edit
// (insertion, deletion or substitution) apart.
func sameKeySpelling(ka, kb string) bool {
	if ka == kb {
		return true
	}
	if utf8.RuneCountInString(ka) < 6 || utf8.RuneCountInString(kb) < 6 {
		return false
	}
	return withinOneEdit(ka, kb)
}

func withinOneEdit(a, b string) bool {
	na, nb := utf8.RuneCountInString(a), utf8.RuneCountInString(b)
	if na < nb {
		a, b, na, nb = b, a, nb, na
	}
	if na-nb > 1 {
		return false
	}
	// The common prefix, backed up to the start of a rune.
	i := 0
	for i < len(b) && a[i] == b[i] {
		i++
	}
	for i > 0 && i < len(a) && !utf8.RuneStart(a[i]) {
		i--
	}
	if i == len(a) {
		return true // equal
	}
	_, sa := utf8.DecodeRuneInString(a[i:])
	if na == nb {
		_, sb := utf8.DecodeRuneInString(b[i:])
		return a[i+sa:] == b[i+sb:]
	}
	return a[i+sa:] == b[i:]
}

// actors turns the root clusters into the actor table: only actors named
// outside metadata, ordered by mentions, then name; ids are unique slugs.
func (r *resolver) actors() ([]model.Actor, map[*cluster]int) {
	var roots []*cluster
	for _, c := range r.order {
		if c.parent == nil && c.named+c.parts > 0 {
			roots = append(roots, c)
		}
	}
	r.bestNames()
	slices.SortStableFunc(roots, func(a, b *cluster) int {
		if c := cmp.Compare(b.count, a.count); c != 0 {
			return c
		}
		return cmp.Compare(a.name, b.name)
	})
	dets := map[*cluster]uint8{} // a root's, with those of the clusters merged into it under its name
	for _, c := range r.order {
		if root := r.root(c); c.dets != 0 && c.name == root.name {
			dets[root] |= c.dets
		}
	}
	actors := make([]model.Actor, len(roots))
	index := make(map[*cluster]int, len(roots))
	ids := map[string]int{}
	for i, c := range roots {
		id := slug(c.name)
		if n := ids[id]; n > 0 {
			ids[id] = n + 1
			id += "-" + strconv.Itoa(n+1)
		} else {
			ids[id] = 1
		}
		var aliases []string
		for f := range c.forms {
			if f != c.name {
				aliases = append(aliases, f)
			}
		}
		slices.Sort(aliases)
		var roles []string
		for role := range c.roles {
			roles = append(roles, role)
		}
		slices.Sort(roles)
		actors[i] = model.Actor{ID: id, Name: c.name, Kind: c.kind, Aliases: aliases, Roles: roles, Mentions: c.count}
		if c.kind == model.Organization {
			actors[i].Gender = nameGender(dets[c], c.name)
		}
		index[c] = i
	}
	// Merged clusters answer for their root.
	for _, c := range r.order {
		if root := r.root(c); root != c {
			if i, ok := index[root]; ok {
				index[c] = i
			}
		}
	}
	return actors, index
}

// bestNames names each person after the longest name among its merged
// clusters (the full name: "Elon Musk", not "Musk"; not a genitive, see
// betterName). An organisation keeps
// its root's name, already the better-attested spelling.
func (r *resolver) bestNames() {
	for _, c := range r.order {
		root := r.root(c)
		if root != c && root.kind == model.Person && betterName(c.name, root.name) {
			root.name = c.name
		}
	}
}

// betterName reports whether n names a person better than cur: the
// fuller name, but never the genitive of the other ("Angela Merkels"
// beside "Angela Merkel").
func betterName(n, cur string) bool {
	switch {
	case genitiveOf(n, cur):
		return false
	case genitiveOf(cur, n):
		return true
	}
	return len(n) > len(cur)
}

// genitiveOf reports whether a is b's genitive (genitiveBase).
func genitiveOf(a, b string) bool {
	base, ok := genitiveBase(a)
	return ok && base == b
}

// roleIndex maps a role key to the one actor that holds it in the corpus;
// a key two actors hold maps to nil.
func (r *resolver) roleIndex(actors []model.Actor, index map[*cluster]int) map[roleKey]*cluster {
	out := map[roleKey]*cluster{}
	for _, c := range r.order {
		if c.parent != nil || c.kind != model.Person {
			continue
		}
		if _, ok := index[c]; !ok {
			continue
		}
		for role := range c.roles {
			k := r.roleKey(role)
			if k.class == "" || k.org == "" {
				continue
			}
			if prev, ok := out[k]; ok && prev != c {
				out[k] = nil
				continue
			}
			out[k] = c
		}
	}
	return out
}

// roleKey reads a role's key with the corpus's organisation names.
func (r *resolver) roleKey(role string) roleKey {
	f := finder{lex: r.lex}
	k := f.roleKeyOf(role)
	if k.org != "" {
		if c := r.root(r.byKey[actorKey{model.Organization, k.org}]); c != nil {
			k.org = r.keys.key(c.name)
		}
	}
	return k
}

// slug makes an id from a name: lower case, letters and digits, words
// joined by hyphens, German umlauts spelt out.
func slug(name string) string {
	// The runes are lowered one by one, as strings.ToLower would (an
	// invalid byte is utf8.RuneError either way), without its copy, into
	// a builder made once at about the slug's size.
	var b strings.Builder
	b.Grow(len(name) + 4)
	dash := false
	for _, r := range name {
		switch r = unicode.ToLower(r); r {
		case 'ä':
			b.WriteString("ae")
		case 'ö':
			b.WriteString("oe")
		case 'ü':
			b.WriteString("ue")
		case 'ß':
			b.WriteString("ss")
		default:
			if isWordRune(r) {
				b.WriteRune(r)
			} else {
				if !dash && b.Len() > 0 {
					b.WriteByte('-')
				}
				dash = true
				continue
			}
		}
		dash = false
	}
	s := strings.TrimSuffix(b.String(), "-")
	if s == "" {
		return "actor"
	}
	return s
}
