package text

import (
	_ "embed"
	"strings"
	"sync"

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
)

// Finite is the set of finite verb forms.
const Finite = Present | Preterite | SubjunctiveI | SubjunctiveII | Imperative

// verbLetters are the form letters of data/lexicon.tsv (internal/lexgen
// writes them).
var verbLetters = [256]VerbForm{'i': Infinitive, 'z': ZuInfinitive, 'g': PastParticiple, 'd': PresentParticiple,
	'p': Present, 't': Preterite, 'k': SubjunctiveI, 'c': SubjunctiveII, 'm': Imperative}

// A Reading is one analysis of a form in the lexicon.
type Reading struct {
	Class Class    // Noun, Verb or Adjective
	Verb  VerbForm // for a verb: the forms it can be
	Lemma string   // "Stimme", "stimmen", "treffen", "einig"
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
	index string // 4-byte little-endian slots
	mask  uint32
}

var lex = sync.OnceValue(func() *lexicon { return newLexicon(lexiconData, lexiconIndex) })

// Prepare loads the lexicon now rather than on first use.
func Prepare() { lex() }

func newLexicon(data, index string) *lexicon {
	return &lexicon{data: data, index: index, mask: uint32(len(index)/4 - 1)}
}

func (lx *lexicon) slot(h uint32) int {
	i := 4 * h
	return int(uint32(lx.index[i]) | uint32(lx.index[i+1])<<8 | uint32(lx.index[i+2])<<16 | uint32(lx.index[i+3])<<24)
}

// find returns the offset of the line of a lower-case form, -1 if the
// lexicon lacks it.
func (lx *lexicon) find(form string) int32 {
	if form == "" || len(lx.index) == 0 {
		return -1
	}
	for h := lexindex.Hash(form) & lx.mask; ; h = (h + 1) & lx.mask {
		s := lx.slot(h)
		if s == 0 {
			return -1
		}
		off := s - 1
		if end := off + len(form); end < len(lx.data) && lx.data[end] == '\t' && lx.data[off:end] == form {
			return int32(off)
		}
	}
}

// summary returns the union of the classes and verb forms of the line of
// data at off (lx.data, or one reading's tag for Readings).
func (lx *lexicon) summary(off int32, data string) (Class, VerbForm) {
	var c Class
	var v VerbForm
	line := data[off:]
	in := false // inside a reading's tag
	for i := strings.IndexByte(line, '\t'); i < len(line) && line[i] != '\n'; i++ {
		switch b := line[i]; {
		case b == '\t':
			in = true
			if i+1 == len(line) {
				break
			}
			switch line[i+1] {
			case 'N':
				c |= Noun
			case 'V':
				c |= Verb
			case 'A':
				c |= Adjective
			}
			i++
		case b == '=':
			in = false
		case in:
			v |= verbLetters[b]
		}
	}
	return c, v
}

// readings parses the line at off.
func (lx *lexicon) readings(off int32) []Reading {
	line := lx.data[off:]
	line = line[:strings.IndexByte(line, '\n')]
	var out []Reading
	for _, r := range strings.Split(line, "\t")[1:] {
		tag, lemma, _ := strings.Cut(r, "=")
		c, v := lx.summary(0, "\t"+tag)
		out = append(out, Reading{Class: c, Verb: v, Lemma: lemma})
	}
	return out
}

// Lookup returns every reading the lexicon gives a form (any case), nil
// for a form it does not know.
func Lookup(form string) []Reading {
	lx := lex()
	h := lx.find(Lower(form))
	if h < 0 {
		return nil
	}
	return lx.readings(h)
}

// IsPreterite reports whether a lower-case form can be a simple-past form
// of a verb ("traf", "sprachen", "kündigte"), strong or weak. It is the
// one list of preterites: the lexicon's.
func IsPreterite(lower string) bool {
	lx := lex()
	off := lx.find(lower)
	if off < 0 {
		return false
	}
	_, v := lx.summary(off, lx.data)
	return v&Preterite != 0
}

// IsStrongPreterite reports whether a lower-case form is a preterite that
// does not end like a weak one (-te, -ten, -test, -tet): "traf",
// "sprachen", "gab", "hielt". Weak preterites ("kündigte") are recognised
// by IsPreterite, or by their ending where the lexicon lacks the verb.
func IsStrongPreterite(lower string) bool {
	if !IsPreterite(lower) {
		return false
	}
	for _, suf := range []string{"te", "ten", "test", "tet"} {
		if strings.HasSuffix(lower, suf) {
			return false
		}
	}
	return true
}
