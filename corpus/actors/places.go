package actors

// IsPlace reports whether w, as written, is a country, state or city of
// the generated place list ("Linz", "Wien"; not "New" of "New York"):
// a place of its own, which a word after it does not go on.
func IsPlace(w string) bool { return loadLexicon().lookup(w)&place != 0 }
