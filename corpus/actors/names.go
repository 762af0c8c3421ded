package actors

import (
	"strings"

	"chronik/model"
)

// roleAnchoredName reads a person's name after a role word when no known
// first name marks it: "Präsident Trump", "Sofbank-CEO Masayoshi Son",
// "Herr Müller".
func (f *finder) roleAnchoredName(i int) int {
	prev := f.w(i - 1)
	var gender byte
	switch prev {
	case "Herr", "Herrn":
		gender = 'm'
	case "Frau":
		gender = 'f'
	default:
		if !f.toks[i-1].upper || f.roleOf(i-1) == "" {
			return 0
		}
	}
	// After "Herr" or "Frau" comes a surname, also one that is a first
	// name elsewhere ("Herrn Weber").
	if !f.surnameOK(i) || f.e(i)&(place|company) != 0 || f.e(i)&firstName != 0 && gender == 0 || f.toks[i].innerCap {
		return 0
	}
	w := f.w(i)
	if _, ok := f.orgs[w]; ok {
		return 0
	}
	if strings.HasSuffix(w, "s") && f.entries.lookup(f.lex, w[:len(w)-1])&place != 0 {
		return 0 // "Präsident Amerikas"
	}
	last := i
	if i+1 < len(f.toks) && f.joined(i+1) && !f.toks[i].gen && f.surnameOK(i+1) && f.e(i+1)&nameToken != 0 && (f.e(i+1)&firstName == 0 || f.e(i+1)&firstNoun != 0) {
		last = i + 1
	}
	f.markUsed(i, last)
	surname := f.surnameStem(last)
	full := surname
	first := ""
	if last > i {
		first = w
		full = w + " " + surname
	}
	p := f.addPerson(first, surname, full, gender)
	f.emitPerson(i, last, p, false, false)
	return last - i + 1
}

// ---------------------------------------------------------------------------
// Pass 2: surnames and first names of the people already found, their
// genitives and compounds: "Trump", "Trumps", "Bezos‘", "Trump-Lager",
// "Mark" (for Mark Zuckerberg, when he is the only Mark).

func (f *finder) findKnownNames() {
	if len(f.persons) == 0 {
		return
	}
	toks, used := f.toks, f.used // local copies: see findNames
	for _, c := range f.caps {
		i := int(c)
		if used[i] || !toks[i].upper {
			continue
		}
		w := f.w(i)
		if f.toks[i].hyphen {
			first, _, _ := strings.Cut(w, "-")
			if p := f.personBySurname(first); p != nil {
				f.used[i] = true
				f.emit(Mention{Start: int(f.toks[i].start), End: int(f.toks[i].start) + len(first), Kind: model.Person, Name: p.name, Part: true, Meta: f.meta(i)}, p)
			}
			continue
		}
		if p := f.personBySurname(w); p != nil {
			if adverbialOpening(f.doc, int(toks[i].at)) {
				continue // "Kurz vor Mitternacht"
			}
			f.used[i] = true
			f.emitPerson(i, i, p, false, false)
			continue
		}
		if !f.firstFirst.has(w[0]) {
			continue
		}
		if p := f.byFirst[w]; p != nil && p.surname != "" && !(i+1 < len(f.toks) && f.joined(i+1) && f.surnameOK(i+1)) {
			f.used[i] = true
			f.emitPerson(i, i, p, false, false)
		}
	}
}

// personBySurname finds the person a surname, or its genitive, names.
func (f *finder) personBySurname(w string) *person {
	if w == "" || !f.surnameFirst.has(w[0]) {
		return nil
	}
	if f.maySurname(w) {
		if p := f.bySurname[w]; p != nil {
			return p
		}
	}
	if strings.HasSuffix(w, "s") && len(w) > 3 && f.maySurname(w[:len(w)-1]) {
		return f.bySurname[w[:len(w)-1]]
	}
	return nil
}

// ---------------------------------------------------------------------------
// Pass 3: organisations inside compounds ("Meta-Chef", "Siemens-Konzern",
// "EU-Kommission"), then every other mention of an organisation the article
// has named.
