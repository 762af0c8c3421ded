package text

import (
	_ "embed"
	"strings"
	"sync"

	"chronik/corpus/sentence"
	"chronik/corpus/text/internal/lexindex"
)

// Class is a set of word classes.
type Class uint8

const (
	Noun       Class = 1 << iota // a common noun the lexicon knows ("Stimme", "Haus")
	Verb                         // a verb form, see VerbForm
	Adjective                    // an adjective, attributive ("in einigen Ländern") or not ("gut")
	Determiner                   // an article, possessive or demonstrative ("der", "seiner", "diese")
	Name                         // a capitalised word inside a sentence that the lexicon does not know ("Trump", "Meta")
)

// VerbForm is a set of verb forms, as the lexicon gives them.
type VerbForm uint16

const (
	Infinitive        VerbForm = 1 << iota // "treffen"
	ZuInfinitive                           // "anzukündigen"
	PastParticiple                         // "getroffen"
	PresentParticiple                      // "treffend"
	Present                                // "trifft"
	Preterite                              // "traf"
	SubjunctiveI                           // "treffe"
	SubjunctiveII                          // "träfe"
	Imperative                             // "triff"
	// Respelled marks a reading that only the form's reformed spelling
	// has: the verbs dictionary writes "beschloß", "muß", and news
	// "beschloss", "muss" (see ListedClasses).
	Respelled
)

// Finite is the set of finite verb forms.
const Finite = Present | Preterite | SubjunctiveI | SubjunctiveII | Imperative

// Gender is a set of grammatical genders of a noun.
type Gender uint8

const (
	Masculine Gender = 1 << iota // "der Staat"
	Feminine                     // "die Zeitung"
	Neuter                       // "das Institut"
)

// A Reading is one analysis of a form in the lexicon.
type Reading struct {
	Class  Class    // Noun, Verb or Adjective
	Verb   VerbForm // for a verb: the forms it can be
	Gender Gender   // for a noun: its genders (none when the lexicon gives none)
	Lemma  string   // "Stimme", "stimmen", "treffen", "einig"
}

//go:embed data/lexicon.tsv
var lexiconData string

// lexiconIndex is the hash index of lexiconData (see internal/lexindex),
// generated with it, so that nothing is built when a process starts.
//
//go:embed data/lexicon.idx
var lexiconIndex string

// lexicon reads data/lexicon.tsv through its index.
type lexicon struct {
	data  string
	index string // lexindex.SlotSize-byte slots
	mask  uint32
}

// theLexicon is made at package init, which costs nothing: the data and
// its index are embedded strings, read in place. A lazily made one cost a
// call of sync.OnceValue's function at each of the many look-ups.
var theLexicon = newLexicon(lexiconData, lexiconIndex)

func lex() *lexicon { return theLexicon }

func newLexicon(data, index string) *lexicon {
	return &lexicon{data: data, index: index, mask: uint32(len(index)/lexindex.SlotSize - 1)}
}

// find returns the offset of the line of a lower-case form and the union
// of its readings' classes and verb forms; -1 if the lexicon lacks it.
func (lx *lexicon) find(form string) (int32, Class, VerbForm) {
	return lx.findHash(form, lexindex.Hash(form))
}

// findHash is find with the form's lexindex.Hash.
func (lx *lexicon) findHash(form string, h uint32) (int32, Class, VerbForm) {
	return findIn(lx, form, h)
}

// findIn is findHash of a form as a string or in bytes: comparing bytes
// with the data needs no string of them.
func findIn[S ~string | ~[]byte](lx *lexicon, form S, h uint32) (int32, Class, VerbForm) {
	if len(form) == 0 || len(lx.index) == 0 {
		return -1, 0, 0
	}
	tag := lexindex.Tag(h)
	for p := h & lx.mask; ; p = (p + 1) & lx.mask {
		s := lx.index[lexindex.SlotSize*p:]
		off := int(uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24)
		if off == 0 {
			return -1, 0, 0
		}
		if uint16(s[6])|uint16(s[7])<<8 != tag {
			continue
		}
		off--
		if end := off + len(form); end < len(lx.data) && lx.data[end] == '\t' && lx.data[off:end] == string(form) {
			c, v := summary(uint16(s[4]) | uint16(s[5])<<8)
			return int32(off), c, v
		}
	}
}

// summary splits a lexindex.Summary into classes and verb forms.
func summary(sum uint16) (Class, VerbForm) {
	return Class(sum & (1<<lexindex.ClassBits - 1)), VerbForm(sum >> lexindex.ClassBits)
}

// readings parses the line at off.
func (lx *lexicon) readings(off int32) []Reading {
	fields := lx.fields(off)
	out := make([]Reading, 0, strings.Count(fields, "\t")+1)
	for more := true; more; {
		var tag, lemma string
		tag, lemma, fields, more = nextReading(fields)
		c, v := summary(lexindex.Summary(tag))
		out = append(out, Reading{Class: c, Verb: v, Gender: genderOf(tag), Lemma: lemma})
	}
	return out
}

// fields returns the readings of the line at off: what follows the form
// and its tab, one reading after another, a tab between two.
func (lx *lexicon) fields(off int32) string {
	line := lx.data[off:]
	line = line[:strings.IndexByte(line, '\n')]
	_, fields, _ := strings.Cut(line, "\t")
	return fields
}

// nextReading returns the tag and the lemma of the first reading of
// fields (see lexicon.fields), the readings after it, and whether there
// are any: a caller that wants one reading reads no further, and makes
// no slice of them.
func nextReading(fields string) (tag, lemma, rest string, more bool) {
	r, rest, more := strings.Cut(fields, "\t")
	tag, lemma, _ = strings.Cut(r, "=")
	return tag, lemma, rest, more
}

// genderOf reads the gender letters of a noun's tag ("NM", "NFS"; see
// internal/lexgen).
func genderOf(tag string) Gender {
	if !strings.HasPrefix(tag, "N") {
		return 0
	}
	var g Gender
	for _, b := range tag[1:] {
		switch b {
		case 'M':
			g |= Masculine
		case 'F':
			g |= Feminine
		case 'S':
			g |= Neuter
		}
	}
	return g
}

// Lookup returns every reading the lexicon gives a form (any case), nil
// for a form it does not know.
func Lookup(form string) []Reading {
	lx := lex()
	off, _, _ := lx.findAnyCase(form)
	if off < 0 {
		return nil
	}
	return lx.readings(off)
}

// Classes returns every class the lexicon gives a form (any case), and
// every verb form it may be: the union of its readings, without reading
// them (0, 0 for a form it does not know). Asking whether a form can be
// a noun, a finite verb or an adjective needs no more.
func Classes(form string) (Class, VerbForm) {
	_, c, v := lex().findAnyCase(form)
	return c, v
}

// ListedClasses is Classes without the readings the lexicon has only in
// a form's reformed spelling (Respelled): the classes the dictionaries
// list. What was learned from the word classes of the lexicon before it
// had those readings asks this, so that it reads every word as it did.
func ListedClasses(form string) Class {
	lx := lex()
	off, c, v := lx.findAnyCase(form)
	if off < 0 || v&Respelled == 0 {
		return c
	}
	c = 0
	for _, r := range lx.readings(off) {
		if r.Verb&Respelled == 0 {
			c |= r.Class
		}
	}
	return c
}

// findAnyCase is find of a form in any case. A form with a capital is
// lowered into a buffer on the stack, which Lower's string would
// allocate for every capitalised word.
func (lx *lexicon) findAnyCase(form string) (int32, Class, VerbForm) {
	if isLower(form) {
		return lx.find(form)
	}
	var buf [64]byte
	b := AppendLower(buf[:0], form)
	return findIn(lx, b, lexindex.Hash(b))
}

// IsPreterite reports whether a lower-case form can be a simple-past form
// of a verb ("traf", "sprachen", "kündigte"), strong or weak. It is the
// one list of preterites: the lexicon's.
func IsPreterite(lower string) bool {
	_, _, v := lex().find(lower)
	return v&Preterite != 0
}

// IsStrongPreterite reports whether a lower-case form is a preterite that
// does not end like a weak one (-te, -ten, -test, -tet): "traf",
// "sprachen", "gab", "hielt". Weak preterites ("kündigte") are recognised
// by IsPreterite, or by their ending where the lexicon lacks the verb.
func IsStrongPreterite(lower string) bool {
	return !WeakPreteriteEnding(lower) && IsPreterite(lower)
}

// WeakPreteriteEnding reports a lower-case form that ends like a weak
// preterite: -te, -ten, -test, -tet.
func WeakPreteriteEnding(lower string) bool {
	for _, suf := range [...]string{"te", "ten", "test", "tet"} {
		if strings.HasSuffix(lower, suf) {
			return true
		}
	}
	return false
}

// A formCache remembers the lexicon's answers for recent forms, so that
// frequent words (most tokens) skip the index and the data, which are too
// large to stay in a processor cache. It is direct-mapped by hash and
// keeps its keys, so a hit needs no look-up. Caches are pooled, not kept
// with a Doc: a caller may hold many Docs at once, and a cache warmed by
// the previous article serves the next.
type formCache [cacheSize]cacheEntry

var caches = sync.Pool{New: func() any { return new(formCache) }}

const (
	cacheSize   = 4096
	cacheKeyLen = 14 // longer forms are not cached
)

type cacheEntry struct {
	key   [cacheKeyLen]byte
	n     uint8 // key length; 0 for an empty entry
	class Class
	verb  VerbForm
	off   int32
}

// classes is lexicon.find of a form with Hash h through the cache, with
// Determiner added for a determiner (package sentence's list): a hit skips
// that list as well.
func (c *formCache) classes(lx *lexicon, form string, h uint32) (int32, Class, VerbForm) {
	if len(form) > cacheKeyLen || form == "" {
		return lookupClasses(lx, form, h)
	}
	e := &c[h&(cacheSize-1)]
	if int(e.n) == len(form) && string(e.key[:e.n]) == form {
		return e.off, e.class, e.verb
	}
	off, cl, v := lookupClasses(lx, form, h)
	e.n = uint8(copy(e.key[:], form))
	e.off, e.class, e.verb = off, cl, v
	return off, cl, v
}

func lookupClasses(lx *lexicon, form string, h uint32) (int32, Class, VerbForm) {
	off, cl, v := lx.findHash(form, h)
	if sentence.IsDeterminer(form) {
		cl |= Determiner
	}
	return off, cl, v
}
