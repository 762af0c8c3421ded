package actors

// IsPlace reports whether w, as written, is a country, state or city of
// the generated place list ("Linz", "Wien"; not "New" of "New York"):
// a place of its own, which a word after it does not go on.
func IsPlace(w string) bool { return loadLexicon().words[w]&place != 0 }

// OrgNoun reports whether w, lower-cased and in any case form, is a
// common noun that names an organisation of some kind ("Firma",
// "Autohersteller", "der Handelskette", "Verlag"): the nouns that
// introduce an organisation's name ("der Autohersteller Velmark"), read
// alone.
func OrgNoun(w string) bool { return loadLexicon().cueNoun(w) }

// CompoundNoun reports a word the lexicon lacks that is two of its nouns
// joined, as German writes compounds ("Energietechnik", "Autobauer"): a
// common noun, not a name.
func CompoundNoun(w string) bool { return compoundNoun(w) }
