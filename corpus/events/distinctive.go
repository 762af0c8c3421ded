package events

import "slices"

// words returns the sentence's distinctive content words: capitalised
// words that are not actors, dates, articles or news boilerplate, reduced
// to a rough stem and hashed. They collect on the stack (at most
// maxMentionWords), and the mention gets one exact copy, not a slice
// grown word by word.
func (s *sent) words(x *extractor) []uint64 {
	var buf [maxMentionWords]uint64
	out := buf[:0]
	first := firstWord(s.toks, 0, len(s.toks))
	_, dateline, _ := s.datelineSpan() // the dateline's place is where the article was written, of no one happening
	for i := range s.toks {
		t := &s.toks[i]
		if !t.word() || !t.upper || t.actor >= 0 || t.timex >= 0 || (i == first && !t.quoted) || i <= dateline || t.is(determiners) || t.is(genericNouns) {
			continue
		}
		if id, isNoun := x.lx.nouns[t.lower]; isNoun && !t.quoted {
			// A trigger noun says what kind of event, not which one; but a
			// specific one ("Abendessen") still helps tell events apart.
			if !x.lx.distinct(&x.lx.triggers[id]) {
				continue
			}
		}
		if n := i + 1; n < len(s.toks) && s.toks[n].actor >= 0 && !t.quoted {
			continue // "den Argentinier Diego Schwartzman": what one is, said of many
		}
		h := stemHash(t.lower)
		if !slices.Contains(out, h) {
			out = append(out, h)
		}
		if len(out) == maxMentionWords {
			break
		}
	}
	if len(out) == 0 {
		return nil
	}
	return slices.Clone(out)
}

// maxMentionWords is the most distinctive words a mention keeps.
const maxMentionWords = 16

// stemHash strips the commonest inflection endings so that "Abendessens"
// and "Abendessen", "Plattformen" and "Plattform" meet, and hashes the rest.
func stemHash(lower string) uint64 {
	// The first of "en", "es", "n", "s" and "e" that ends the word and
	// leaves more than three bytes, none after "ss": the last byte says
	// which endings may.
	if n := len(lower); n > 4 {
		switch lower[n-1] {
		case 's':
			if lower[n-2] == 's' {
				break
			}
			fallthrough
		case 'n':
			if n > 5 && lower[n-2] == 'e' {
				lower = lower[:n-2] // "en", "es"
			} else {
				lower = lower[:n-1] // "n", "s"
			}
		case 'e':
			lower = lower[:n-1]
		}
	}
	// FNV-1a, inline: hash/fnv would allocate per word.
	h := uint64(14695981039346656037)
	for i := 0; i < len(lower); i++ {
		h ^= uint64(lower[i])
		h *= 1099511628211
	}
	return h
}
