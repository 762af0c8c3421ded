package actors

import (
	"bytes"
	"slices"
	"strings"

	"chronik/corpus/text"
	"chronik/model"
)

func (f *finder) findRoles() {
	if len(f.persons) > 0 {
		for _, ps := range f.personSpans {
			mi, i, j := int(ps[0]), int(ps[1]), int(ps[2])
			m, p := f.out[mi], f.who[mi]
			if p == nil || m.Implicit || m.Part {
				continue
			}
			role := f.roleBefore(i)
			if role == "" {
				role = f.roleAfter(j)
			}
			if role != "" {
				f.out[mi].Role = role
				f.learnRole(p, role)
			}
		}
	}
	f.roleMentions()
}

// roleBefore reads a role written before a name: "OpenAI-Chef Sam Altman",
// "Trumps stellvertretender Stabschef Stephen Miller".
func (f *finder) roleBefore(i int) string {
	if i < 1 || !f.joined(i) || !f.toks[i-1].upper || f.roleOf(i-1) == "" {
		return ""
	}
	s := i - 1
	for s > 0 && f.text[f.toks[s-1].end:f.toks[s].start] == "." && f.toks[s-1].upper {
		s-- // "E.ON-Chefin": a name with dots is the role's first part
	}
	if s > 0 && f.joined(s) && !f.toks[s-1].upper && adjectiveLike(f.w(s-1)) && !f.lex.isCommon(f.w(s-1)) && !f.verbBefore(s-1) {
		s--
	}
	if s > 0 && f.joined(s) && f.toks[s-1].upper && strings.HasSuffix(f.w(s-1), "s") && !articles[f.w(s-1)] && !f.toks[s-1].first {
		s-- // "Trumps stellvertretender Stabschef"
	}
	return f.span(s, i-1)
}

// verbBefore reports whether the word k, which looks like an adjective,
// is rather a verb in the past tense: "überreichte Bundespräsident X",
// unlike "der designierte US-Präsident". A "-te" word counts as an
// adjective only after an article, a possessive or a genitive.
func (f *finder) verbBefore(k int) bool {
	if !strings.HasSuffix(f.w(k), "te") {
		return false
	}
	if k == 0 || !f.joined(k) {
		return true
	}
	prev := f.w(k - 1)
	if articles[prev] || determiners[prev] || f.toks[k-1].upper && strings.HasSuffix(prev, "s") {
		return false
	}
	for _, p := range []string{"sein", "ihr", "unser", "euer", "dessen", "deren"} {
		if strings.HasPrefix(strings.ToLower(prev), p) {
			return false
		}
	}
	return true
}

// roleAfter reads an apposition after a name: ", der Amazon-Boss",
// ", Gründer von Amazon", ", Tesla-CEO und …".
func (f *finder) roleAfter(j int) string {
	k := j + 1
	if k >= len(f.toks) || f.toks[k].gap != gapComma || f.toks[k].sent != f.toks[j].sent {
		return ""
	}
	if articles[f.w(k)] {
		k++
	}
	s := k
	for n := 0; n < 3 && k < len(f.toks) && (k == s || f.joined(k)); n++ {
		w := f.w(k)
		if f.toks[k].upper && f.roleOf(k) != "" {
			end := k
			// "Gründer von Amazon", "Berater des Weißen Hauses".
			if k+2 < len(f.toks) && f.joined(k+1) && f.joined(k+2) && f.toks[k+2].upper {
				switch f.w(k + 1) {
				case "von", "des", "der", "bei":
					end = k + 2
					if end+1 < len(f.toks) && f.joined(end+1) && f.toks[end+1].upper {
						end++
					}
				}
			}
			return f.span(s, end)
		}
		if !(adjectiveLike(w) && !f.toks[k].upper && !f.lex.isCommon(w)) && !(f.toks[k].upper && strings.HasSuffix(w, "s")) {
			return ""
		}
		k++
	}
	return ""
}

// adjectiveLike reports whether a lower-case word looks like an inflected
// German adjective ("stellvertretender", "designierte", "künftigen").
func adjectiveLike(w string) bool {
	if len(w) < 4 {
		return false
	}
	for _, s := range []string{"e", "er", "en", "es", "em"} {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// learnRole keeps a role's key on the person, for later role mentions.
func (f *finder) learnRole(p *person, role string) {
	k := f.roleKeyOf(role)
	if k.class != "" && !slices.Contains(p.roles, k) {
		p.roles = append(p.roles, k)
	}
}

// roleKeyOf reads a role's organisation and head class: "Tesla-CEO" →
// {tesla chef}, "Gründer von Amazon" → {amazon gründer}, "Meta-Boss" →
// {meta chef}.
func (f *finder) roleKeyOf(role string) roleKey {
	// Split on the stack: every role of every article is read, and
	// strings.Fields allocated the list of words each time.
	var buf [8]string
	words := buf[:0]
	for w := range strings.FieldsSeq(role) {
		words = append(words, w)
	}
	for wi, w := range words {
		class := f.lex.roleClass(w)
		if class == "" {
			continue
		}
		org := ""
		if h := strings.LastIndexByte(w, '-'); h > 0 {
			org = w[:h]
		} else if wi+2 < len(words) {
			org = words[wi+2] // "Gründer von Amazon"
		}
		return roleKey{org: f.orgKey(org), class: class}
	}
	return roleKey{}
}

// roleMentions finds "der Tesla-Chef", "des Meta-Chefs", "der designierte
// US-Präsident": a role after an article, with no name after it, stands
// for the person who holds it.
func (f *finder) roleMentions() {
	toks, used := f.toks, f.used // local copies: see findNames
	for _, c := range f.caps {
		i := int(c)
		if i < 1 || used[i] && !toks[i].hyphen || !toks[i].upper || toks[i].gap != gapSpace {
			continue
		}
		w := f.w(i)
		class := f.roleOf(i)
		if class == "" {
			continue
		}
		s := i - 1
		for n := 0; n < 2 && s > 0 && !f.toks[s].upper && adjectiveLike(f.w(s)) && !articles[f.w(s)] && !f.lex.isCommon(f.w(s)) && f.joined(s); n++ {
			s--
		}
		if !articles[f.w(s)] || (s < i-1 && !f.joined(s+1)) {
			continue
		}
		if i+1 < len(f.toks) && f.joined(i+1) && f.toks[i+1].upper {
			continue // a name follows: an apposition, not a stand-in
		}
		org := ""
		if h := strings.LastIndexByte(w, '-'); h > 0 {
			org = w[:h]
		}
		switch org {
		case "Co", "Ex", "Vize", "Tech", "Top":
			continue // "des Co-Vorsitzenden": too vague to resolve
		}
		var holder *person
		if org != "" {
			key := roleKey{org: f.orgKey(org), class: class}
			for _, p := range f.persons {
				if slices.Contains(p.roles, key) {
					if holder != nil {
						holder = nil
						break
					}
					holder = p
				}
			}
		}
		if holder == nil {
			// "Rorsted verlässt Henkel. Der dänische Manager …": a role
			// no one was given names again the one person just named
			holder = f.namedJustBefore(s, i, class, org == "" && (s == 0 || f.toks[s-1].sent != f.toks[s].sent))
		}
		if holder == nil && org == "" {
			continue // "der Milliardär" with no one to stand for: too vague to resolve
		}
		m := Mention{Start: int(f.toks[i].start), End: int(f.toks[i].end), Kind: model.Person, Implicit: true, Role: w, Meta: f.meta(i)}
		if holder != nil {
			m.Name = holder.name
			f.mentioned = append(f.mentioned, personAt{tok: i, p: holder})
		}
		f.emit(m, holder)
	}
}

// namedJustBefore returns the one person that the role word at i, after
// its article at a, names again: of the role's gender (or of none known),
// named in its sentence before it or in the sentence before, with no role
// the article gave of another class. Of two, a bare role word that opens
// its sentence, no firm in it (bare: "Der Manager klagte …"), names the
// one the article is about (dominant); one further in is as often
// someone else the clause tells of ("Sommer und Weber loben den
// Manager"). nil when there is none or more than that, or when the
// article and the word say a plural or no definite one ("ein Manager" is
// someone new, "die Manager" many).
func (f *finder) namedJustBefore(a, i int, class string, bare bool) *person {
	// The article and the word are lower-cased on the stack: the
	// comparisons of the bytes copy none of them.
	var artBuf, wBuf [maxCachedWord]byte
	w, art := f.w(i), text.AppendLower(artBuf[:0], f.w(a))
	if class == "kandidat" || bytes.HasSuffix(text.AppendLower(wBuf[:0], w), []byte("vorstand")) || f.namedAfter(i) {
		// a candidate is as often one still sought ("wer den
		// Spitzenkandidaten stellt"), a board a body; a name after
		// the phrase says whom it means ("den Chef der Partei, X,")
		return nil
	}
	var gender byte
	switch {
	case strings.HasSuffix(w, "innen"):
		return nil
	case strings.HasSuffix(w, "in"):
		gender = 'f'
	case string(art) == "der" || string(art) == "des" || string(art) == "dem" || string(art) == "den":
		gender = 'm'
	default:
		return nil
	}
	sent := f.toks[i].sent
	var found, other *person
	for _, m := range f.mentioned {
		s := f.toks[m.tok].sent
		if m.tok >= i || s+1 < sent || f.toks[m.tok].meta || m.p == found || m.p == other || m.p.gender != 0 && m.p.gender != gender {
			continue
		}
		if found != nil {
			if other != nil {
				return nil
			}
			other = m.p
			continue
		}
		found = m.p
	}
	if other != nil {
		if !bare {
			// "der Velmark-Gründer" with two people just before: as
			// often the firm's founders, a genitive plural
			return nil
		}
		found = f.dominant(found, other, i)
	}
	if found != nil && len(found.roles) > 0 && !slices.ContainsFunc(found.roles, func(k roleKey) bool { return k.class == class || class == "manager" && k.class == "chef" }) {
		return nil // (a manager is what a firm's chief is too: "Siemens-Chef X … Der Manager scheidet aus")
	}
	return found
}

// dominant returns, of two people named just before the role word at i,
// the one the article is about: named before i at least twice as often
// as the other and at least three times ("Sommer … Mit Weber verbindet
// Sommer ein Streit. Der Manager klagte …"), the person a description
// takes up when a reader has no other cue; nil when neither is.
func (f *finder) dominant(a, b *person, i int) *person {
	na, nb := 0, 0
	for _, m := range f.mentioned {
		switch {
		case m.tok >= i:
		case m.p == a:
			na++
		case m.p == b:
			nb++
		}
	}
	switch {
	case na >= 3 && na >= 2*nb:
		return a
	case nb >= 3 && nb >= 2*na:
		return b
	}
	return nil
}

// namedAfter reports whether a person's name follows a comma soon after
// the role word at i, in its sentence: the apposition names the role's
// holder ("den Chef der Partei HDP, Selahattin Demirtaş,").
func (f *finder) namedAfter(i int) bool {
	for k := i + 1; k < len(f.toks) && k <= i+8 && f.toks[k].sent == f.toks[i].sent; k++ {
		if f.isPerson[k] && f.toks[k].start > 0 && strings.TrimSpace(f.text[f.toks[k-1].end:f.toks[k].start]) == "," {
			return true
		}
	}
	return false
}
