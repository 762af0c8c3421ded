package events

// A wordMemo remembers what the trigger lists make of words the lexicon's
// entries lack (names, compounds, declined participles): a compound's
// noun trigger (lexicon.noun: head endings, and the text lexicon for a
// longer head) and an attributive participle's verb readings
// (lexicon.attributive). Such words recur across the sentences and
// articles one extractor reads, and working them out is costly. It is
// direct-mapped by the word's hash and keeps its key, so a hit needs no
// look-up; the readings it hands out are shared by the tokens that have
// them, which never change them.
type wordMemo [memoSize]memoEntry

const (
	memoSize   = 1024
	memoKeyLen = 30 // longer words are worked out each time
)

type memoEntry struct {
	key    [memoKeyLen]byte
	n      uint8 // key length; 0 for an empty entry
	have   uint8 // memoNoun, memoAttributive: what the entry holds
	attrib bool
	noun   int32 // 1 + the noun trigger, or 0
	forms  []verbForm
}

const (
	memoNoun uint8 = 1 << iota
	memoAttributive
)

// entry returns the memo's entry for lower (hash h), emptied if it held
// another word, or nil for a word too long to keep.
func (w *wordMemo) entry(lower string, h uint32) *memoEntry {
	if len(lower) > memoKeyLen || lower == "" {
		return nil
	}
	e := &w[h%memoSize]
	if int(e.n) != len(lower) || string(e.key[:e.n]) != lower {
		*e = memoEntry{n: uint8(copy(e.key[:], lower))}
	}
	return e
}

// noun is lx.noun as 1 + the trigger, or 0, for lower with hash h.
func (w *wordMemo) noun(lx *lexicon, lower string, h uint32) int32 {
	e := w.entry(lower, h)
	if e != nil && e.have&memoNoun != 0 {
		return e.noun
	}
	var n int32
	if id, ok := lx.noun(lower); ok {
		n = int32(id) + 1
	}
	if e != nil {
		e.noun, e.have = n, e.have|memoNoun
	}
	return n
}

// attributive is lx.attributive of lower, with hash h.
func (w *wordMemo) attributive(lx *lexicon, lower string, h uint32) ([]verbForm, bool) {
	e := w.entry(lower, h)
	if e != nil && e.have&memoAttributive != 0 {
		return e.forms, e.attrib
	}
	forms, attrib := lx.attributive(lower)
	if e != nil {
		e.forms, e.attrib, e.have = forms, attrib, e.have|memoAttributive
	}
	return forms, attrib
}
