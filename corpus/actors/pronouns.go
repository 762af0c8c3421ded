package actors

import (
	"cmp"
	"slices"
	"strings"

	"chronik/corpus/text"
	"chronik/model"
)

func (f *finder) findPronouns() {
	f.cutNamesAgain()
	if len(f.mentioned) == 0 {
		return
	}
	slices.SortStableFunc(f.mentioned, func(a, b personAt) int { return cmp.Compare(a.tok, b.tok) })
	next := 0 // mentioned[:next] lie before the current word
	// The loop reads local copies: f.emit writes through f, and the
	// compiler would load f.toks again for every word.
	toks, mentioned := f.toks, f.mentioned
	for i := range toks {
		for next < len(mentioned) && mentioned[next].tok < i {
			next++
		}
		if t := &toks[i]; next == 0 || t.meta {
			continue // no person before it, or metadata
		}
		if c := f.text[toks[i].start]; c >= '0' && c <= '9' {
			f.agedPerson(next, i)
			continue
		}
		if toks[i].first && toks[i].upper && (f.w(i) == "Die" || f.w(i) == "Der") {
			if p := f.nationalOf(next, i); p != nil {
				f.emit(Mention{Start: int(toks[i].start), End: int(toks[i+1].end), Kind: model.Person, Name: p.name, Implicit: true}, p)
				mentioned, next = f.chain(next, i+1, p), next+1
				continue
			}
		}
		switch toks[i].end - toks[i].start {
		case 2, 3, 5, 6: // the lengths of the words below
		default:
			continue
		}
		switch w := f.w(i); w {
		case "er", "Er", "ihn", "Ihn":
			if p := f.recent(next, i, func(p *person) bool { return p.gender != 'f' }); p != nil {
				f.emit(Mention{Start: int(f.toks[i].start), End: int(f.toks[i].end), Kind: model.Person, Name: p.name, Implicit: true}, p)
				mentioned, next = f.chain(next, i, p), next+1
			}
		case "sie", "Sie":
			if !f.singularVerbNear(i) {
				continue
			}
			if p := f.recent(next, i, func(p *person) bool { return p.gender == 'f' }); p != nil {
				f.emit(Mention{Start: int(f.toks[i].start), End: int(f.toks[i].end), Kind: model.Person, Name: p.name, Implicit: true}, p)
				mentioned, next = f.chain(next, i, p), next+1
			}
		case "beiden", "beide":
			s := i
			if w == "beiden" {
				if i == 0 || !f.joined(i) || (f.w(i-1) != "die" && f.w(i-1) != "Die" && f.w(i-1) != "der") {
					continue
				}
				s = i - 1
			}
			if i+1 < len(f.toks) && f.joined(i+1) && f.toks[i+1].upper {
				continue // "die beiden Tech-Milliardäre": a noun phrase
			}
			f.theTwo(next, s, i)
		}
	}
}

// cutNamesAgain adds to the people mentioned every initial alone ("S.")
// of a person named with a surname cut to it ("Paul S."), when one
// such person has that initial: "sagt S." is that person again.
func (f *finder) cutNamesAgain() {
	if len(f.cutNames) == 0 {
		return
	}
	for _, c := range f.caps {
		i := int(c)
		if !f.initialAt(i) || !stopEndsWord(f.text, int(f.toks[i].end)) || i > 0 && f.joined(i) && f.e(i-1)&firstName != 0 {
			continue // not an initial alone: "Paul S." itself is mentioned already
		}
		var p *person
		for _, q := range f.cutNames {
			if q.surname != f.w(i) {
				continue
			}
			if p != nil && p.name != q.name {
				p = nil // two such people with that initial: "S." names neither
				break
			}
			p = q
		}
		if p != nil {
			f.mentioned = append(f.mentioned, personAt{tok: i, p: p})
		}
	}
}

// chain adds the pronoun at word i, which stands for p, to the people
// mentioned (at index next, in text order), so that a pronoun of the
// next sentence may stand for p through it: "… findet er keine Worte.
// Die Richterin verurteilt ihn …". It returns the new list.
func (f *finder) chain(next, i int, p *person) []personAt {
	f.mentioned = slices.Insert(f.mentioned, next, personAt{tok: i, p: p})
	return f.mentioned
}

// agedPerson links "der 26-Jährige", "die 41-jährige Ärztin" at word i
// (the age) to the person it stands for: German news names a person
// again by age. It is the last person before it whose age the article
// gave as the same ("Anna Berg (41)", "die 41-jährige Anna Berg"), else,
// when no person before it has an age of their own, the one a pronoun
// there would stand for. "Ein 26-Jähriger" is someone new, left alone.
func (f *finder) agedPerson(next, i int) {
	age, upper := text.Age(f.w(i))
	if age == "" || !f.joined(i) {
		return
	}
	man := func(p *person) bool { return p.gender != 'f' }
	woman := func(p *person) bool { return p.gender != 'm' }
	var ok func(*person) bool
	plural := strings.HasSuffix(f.w(i), "n")
	switch f.w(i - 1) {
	case "Der", "Den", "den", "Dem", "dem", "Des", "des":
		ok = man
	case "der":
		ok = man
		if plural {
			ok = woman // "der 41-Jährigen": a dative or genitive
		}
	case "Die", "die":
		if plural {
			return // "die 26-Jährigen": many
		}
		ok = woman
	default:
		return
	}
	end := i
	if !upper && i+1 < len(f.toks) && f.joined(i+1) && f.toks[i+1].upper {
		end = i + 1 // "der 34-jährige Schweizer"
	}
	var p *person
	otherAge := false
	for k := next - 1; k >= 0 && p == nil; k-- {
		m := f.mentioned[k]
		if f.toks[m.tok].meta || !ok(m.p) {
			continue
		}
		switch a := f.ageAt(m.tok); a {
		case age:
			p = m.p
		case "":
		default:
			otherAge = true
		}
	}
	if p == nil && !otherAge {
		p = f.recent(next, i, ok)
	}
	if p != nil {
		f.emit(Mention{Start: int(f.toks[i-1].start), End: int(f.toks[end].end), Kind: model.Person, Name: p.name, Implicit: true}, p)
	}
}

// nationalOf returns the person that "Die" or "Der" at word i and a
// citizen's noun after it stand for, opening a sentence as its subject:
// German news names a person again by the country they are from ("Die
// US-Amerikanerin siegte vor …", "Der Norweger gewann"). It is the person
// a pronoun there would stand for, of the article's gender; nil when the
// noun is no citizen's, or a name or a noun follows it ("Die
// Schweizerin Wendy Holdener" is someone new).
func (f *finder) nationalOf(next, i int) *person {
	n := i + 1
	if n+1 >= len(f.toks) || !f.joined(n) || !f.joined(n+1) || f.toks[n+1].upper || f.toks[n+1].sent != f.toks[i].sent {
		return nil
	}
	switch f.w(n + 1) {
	case "und", "oder", "sowie", "aus", "von":
		return nil // "Der Norweger und zwei Betreuer": more than the one person; "Der Schweizer aus Basel": someone new
	}
	w := f.w(n)
	if k := strings.LastIndexByte(w, '-'); k >= 0 {
		w = w[k+1:] // "US-Amerikanerin"
	}
	woman := f.w(i) == "Die"
	if woman {
		var ok bool
		if w, ok = strings.CutSuffix(w, "in"); !ok {
			return nil
		}
	}
	if !citizenNoun(w) {
		return nil
	}
	return f.recent(next, i, func(p *person) bool { return woman && p.gender != 'm' || !woman && p.gender != 'f' })
}

// citizenNoun reports a masculine noun in "-er" of the people of a
// country the gazetteer knows: "Norweger" (Norwegen), "Schweizer",
// "Amerikaner" (Amerika), "Italiener", "Österreicher".
func citizenNoun(w string) bool {
	base, ok := strings.CutSuffix(w, "er")
	if !ok || len(base) < 4 {
		return false
	}
	for _, c := range [...]string{base, base + "en", strings.TrimSuffix(base, "n")} {
		if Gazetteer(c)&uint32(place) != 0 {
			return true
		}
	}
	return false
}

// ageAt returns the age the article gives with the person named from
// word k on: "Anna Berg (41)" after the name, "die 41-jährige Anna Berg"
// or "der 41-jährige Stürmer Max Muster" before it; "" for none.
func (f *finder) ageAt(k int) string {
	end := k
	for end+1 < len(f.toks) && f.isPerson[end+1] && f.joined(end+1) {
		end++
	}
	if n := end + 1; n < len(f.toks) && f.toks[n].sent == f.toks[end].sent && strings.TrimSpace(f.text[f.toks[end].end:f.toks[n].start]) == "(" &&
		f.text[f.toks[n].end:min(len(f.text), int(f.toks[n].end)+1)] == ")" {
		if w := f.w(n); len(w) <= 3 && strings.Trim(w, "0123456789") == "" {
			return w
		}
	}
	for b := k - 1; b >= 0 && b >= k-2 && f.joined(b+1); b-- {
		if age, noun := text.Age(f.w(b)); age != "" && !noun {
			return age
		}
	}
	return ""
}

// recent returns the person a pronoun at word i stands for: the person
// mentioned last before it in its own sentence, else the first person of
// the sentence before (its subject, as a rule: "Jeff Bezos … hatte …
// Trump. … wusste er" is Bezos), if it passes ok.
func (f *finder) recent(next, i int, ok func(*person) bool) *person {
	sent := f.toks[i].sent
	var prevFirst *person
	prevSent := int32(-1)
	for k := next - 1; k >= 0; k-- {
		m := f.mentioned[k]
		s := f.toks[m.tok].sent
		if f.toks[m.tok].meta || !ok(m.p) {
			continue
		}
		if s == sent {
			return m.p
		}
		if prevSent >= 0 && s != prevSent || sent-s > 1 {
			break
		}
		prevSent, prevFirst = s, m.p
	}
	return prevFirst
}

// singularVerbNear reports whether "sie" at word i goes with a singular
// verb ("sie sagte", "betonte sie", "sie ist"), so that it stands for a
// woman rather than for many.
func (f *finder) singularVerbNear(i int) bool {
	check := func(k int) bool {
		if k < 0 || k >= len(f.toks) || f.toks[k].upper {
			return false
		}
		w := f.w(k)
		switch w {
		case "ist", "hat", "war", "will", "soll", "kann", "muss", "wird", "sei", "habe", "hatte", "wollte", "sollte", "konnte":
			return true
		}
		// (a strong preterite's singular has no "-en": "starb", "kam")
		return len(w) > 3 && (strings.HasSuffix(w, "te") || strings.HasSuffix(w, "t") && !strings.HasSuffix(w, "nt")) ||
			!strings.HasSuffix(w, "en") && text.IsStrongPreterite(w)
	}
	return (i+1 < len(f.toks) && f.joined(i+1) && check(i+1)) || (f.joined(i) && check(i-1))
}

// theTwo links "die beiden" over words s..i to the last two people named
// within the last three sentences.
func (f *finder) theTwo(next, s, i int) {
	var two []*person
	for k := next - 1; k >= 0 && len(two) < 2; k-- {
		m := f.mentioned[k]
		if f.toks[i].sent-f.toks[m.tok].sent > 2 {
			break
		}
		if !slices.Contains(two, m.p) {
			two = append(two, m.p)
		}
	}
	if len(two) < 2 {
		return
	}
	for _, p := range two {
		f.emit(Mention{Start: int(f.toks[s].start), End: int(f.toks[i].end), Kind: model.Person, Name: p.name, Implicit: true}, p)
	}
}

// ---------------------------------------------------------------------------
