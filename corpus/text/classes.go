package text

import (
	"strings"

	"chronik/corpus/sentence"
	"chronik/corpus/text/internal/lexindex"
)

// Classify looks the words of sentence si up in the lexicon and chooses
// their classes in context (Token.Class, Readings and Verb), once per
// sentence: Analyse leaves this to the stages that read classes, as most
// sentences of a text are never asked about. The rules (each looks only
// within the sentence), in order:
//
//  1. Determiners (package sentence's closed list) are Determiner.
//  2. German capitalises nouns: a capitalised word inside a sentence is a
//     Noun when the lexicon has it as one, else an Adjective it has
//     ("Aachener"). A capitalised word the lexicon does not know is a
//     Name, wherever it stands. A lower-case word is no noun.
//  3. A capitalised word opening a sentence that can be a noun and a finite
//     verb is the verb when a determiner or pronoun follows ("Stimmen die
//     Zahlen?"), else the noun ("Stimmen aus der Partei …").
//  4. An adjective-or-verb form is the adjective right before a noun or
//     before another adjective of that noun ("in einigen Ländern", "die
//     getroffene Entscheidung"), the verb next to the reflexive "sich"
//     ("die Parteien einigen sich"), and otherwise the verb when the
//     lexicon gives a finite form, an infinitive or a past participle
//     ("hat den Konzern hart getroffen", "hat gewonnen und bleibt").
func (d *Doc) Classify(si int) {
	if d.classified[si] {
		return
	}
	d.classified[si] = true
	cache := caches.Get().(*formCache)
	s := d.Sentences[si]
	for i := s.First; i < s.Last; i++ {
		t := &d.Tokens[i]
		if t.Kind != Word && t.Kind != Alnum {
			continue
		}
		if d.lexed[i] == 0 {
			d.lookUp(i, cache)
		}
		t.Readings, t.Verb = d.lexed[i].classes()
		if t.Readings&Determiner != 0 {
			t.Class, t.Readings, t.Verb = Determiner, Determiner, 0
		}
	}
	caches.Put(cache)
	for i := s.First; i < s.Last; i++ {
		t := &d.Tokens[i]
		if t.Kind != Word && t.Kind != Alnum || t.Class == Determiner {
			continue
		}
		t.Class = d.choose(i)
		if t.Class != Verb {
			t.Verb = 0
		}
	}
}

// ClassifyAll is Classify of every sentence.
func (d *Doc) ClassifyAll() {
	for si := range d.Sentences {
		d.Classify(si)
	}
}

// A lexEntry is what the lexicon gives a token's lower-case form
// (formCache.classes) once looked up, in two bytes, as a Shape keeps one
// per token: the classes in the bits below lexVerbShift, the verb forms
// above them, and lexKnown; 0 before.
type lexEntry uint16

const (
	lexVerbShift          = 5 // Class has five bits
	lexKnown     lexEntry = 1 << 15
)

// The classes and the verb forms fit below lexKnown.
var _ = [1]struct{}{}[Name>>lexVerbShift]
var _ = [1]struct{}{}[Respelled>>(15-lexVerbShift)]

// newLexEntry returns the lexEntry of classes c and verb forms v.
func newLexEntry(c Class, v VerbForm) lexEntry {
	return lexKnown | lexEntry(c) | lexEntry(v)<<lexVerbShift
}

// classes returns the classes and verb forms of e.
func (e lexEntry) classes() (Class, VerbForm) {
	return Class(e & (1<<lexVerbShift - 1)), VerbForm((e &^ lexKnown) >> lexVerbShift)
}

// lookUp sets d.lexed[i] to what formCache.classes gives the lower-case
// form of token i (a word or alnum). Callers ask lexed first: most of
// the words a stage asks about are known by then.
func (d *Doc) lookUp(i int, cache *formCache) {
	_, c, v := cache.classes(lex(), d.Lower(i), d.Tokens[i].hash)
	d.lexed[i] = newLexEntry(c, v)
}

func (d *Doc) choose(i int) Class {
	t := &d.Tokens[i]
	r := t.Readings
	// Only a capital asks whether the word opens a sentence: most words
	// have none.
	if t.Upper() {
		switch {
		case r == 0 && t.Kind == Word:
			return Name
		case !d.opensSentence(i):
			switch {
			case r&Noun != 0:
				return Noun
			case r&Adjective != 0:
				return Adjective
			}
			return Noun // a nominalised verb the lexicon has no noun for
		case r&Noun != 0:
			if r&Verb != 0 && t.Verb&Finite != 0 && d.pronounOrDeterminer(i+1) {
				return Verb
			}
			return Noun
		}
	}
	r &^= Noun
	if r&Adjective != 0 && r&Verb != 0 {
		switch {
		case d.attributive(i):
			return Adjective
		case d.Is(i-1, "sich") || d.Is(i+1, "sich"):
			return Verb
		case t.Verb&(Finite|Infinitive|ZuInfinitive) != 0:
			return Verb
		case t.Verb&PastParticiple != 0:
			return Verb
		}
		return Adjective
	}
	switch {
	case r&Verb != 0:
		return Verb
	case r&Adjective != 0:
		return Adjective
	}
	return 0
}

// opensSentence reports whether token i is the first word of its sentence
// or follows an opening quotation mark, colon or bullet, where German
// capitalises any word.
func (d *Doc) opensSentence(i int) bool {
	t := &d.Tokens[i]
	if i == d.Sentences[t.Sentence].First || t.Newline() {
		return true
	}
	if d.Tokens[i-1].Kind != Punct {
		return false // (a word or a number is none of the marks below)
	}
	switch d.Text[d.Tokens[i-1].Start:d.Tokens[i-1].End] {
	case "\"", "„", "“", "»", "«", ":", "•", "(", "–", "-":
		return true
	}
	return false
}

// attributive reports whether the word at i stands before a noun of its
// clause, directly or across further adjectives ("einigen großen
// Ländern").
func (d *Doc) attributive(i int) bool {
	if !inflected(d.Lower(i)) {
		return false // "Nun kritisiert Musk …": an adjective before its noun has an ending
	}
	for j := i + 1; j < len(d.Tokens) && j <= i+3; j++ {
		n := &d.Tokens[j]
		if n.Kind != Word && n.Kind != Alnum || n.Sentence != d.Tokens[i].Sentence {
			return false
		}
		if n.Upper() {
			return true
		}
		if n.Readings&Adjective == 0 {
			return false
		}
	}
	return false
}

// inflected reports whether a word ends as a declined adjective does
// (-e, -em, -en, -er, -es): German declines every adjective before its
// noun, so a form without such an ending is no attribute.
func inflected(w string) bool {
	return strings.HasSuffix(w, "e") || strings.HasSuffix(w, "em") || strings.HasSuffix(w, "en") ||
		strings.HasSuffix(w, "er") || strings.HasSuffix(w, "es")
}

// pronouns are the personal pronouns that follow a finite verb opening a
// question or a verb-first clause.
var pronouns = map[string]bool{"ich": true, "du": true, "er": true, "sie": true, "es": true, "wir": true, "ihr": true, "man": true}

func (d *Doc) pronounOrDeterminer(i int) bool {
	if i >= len(d.Tokens) {
		return false
	}
	return sentence.IsDeterminer(d.Lower(i)) || pronouns[d.Lower(i)]
}

// Readings returns every reading the lexicon gives token i. It looks the
// form up again rather than keep its lexicon line in every token: only
// the action stage asks, for few tokens, and a Token 4 bytes smaller is
// 4 bytes less fresh memory per token of every article a Build holds.
func (d *Doc) Readings(i int) []Reading {
	off := d.readingsAt(i)
	if off < 0 {
		return nil
	}
	return lex().readings(off)
}

// readingsAt returns the offset of the lexicon's line of the readings of
// token i, -1 if it has none.
func (d *Doc) readingsAt(i int) int32 {
	d.Classify(int(d.Tokens[i].Sentence))
	t := &d.Tokens[i]
	if t.Kind != Word && t.Kind != Alnum || t.Readings&Determiner != 0 {
		return -1 // Classify gives these no readings
	}
	off, _, _ := lex().findHash(d.Lower(i), t.hash)
	return off
}

// Lemma returns the lemma of token i in its class ("treffen" for
// "getroffen" read as a verb, "Stimme" for "Stimmen" read as a noun), or
// its lower-case form when the lexicon has no reading of that class.
// Of several lemmas of one class it gives the first in the lexicon's
// order.
func (d *Doc) Lemma(i int) string {
	if off := d.readingsAt(i); off >= 0 {
		class := d.Tokens[i].Class
		fields := lex().fields(off)
		for more := true; more; {
			var tag, lemma string
			tag, lemma, fields, more = nextReading(fields)
			if c, _ := summary(lexindex.Summary(tag)); c == class {
				return lemma
			}
		}
	}
	return d.Lower(i)
}
