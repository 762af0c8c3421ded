package ner

import (
	"bytes"
	"math/rand/v2"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Die SPD-Chefin sagte: „Nein.“", []string{"Die", "SPD-Chefin", "sagte", ":", "„", "Nein", ".", "“"}},
		{"O'Brien, H&M und z.B. 3.5 Mrd.", []string{"O'Brien", ",", "H&M", "und", "z.B", ".", "3.5", "Mrd", "."}},
		{"Donald J. Trump auf X.", []string{"Donald", "J.", "Trump", "auf", "X", "."}},
		{"Bezos‘ Firma", []string{"Bezos", "‘", "Firma"}},
		{"a--b -x- ", []string{"a", "-", "-", "b", "-", "x", "-"}},
		{"", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, tok := range Tokenize(tt.in, nil) {
			got = append(got, tt.in[tok.Start:tok.End])
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("Tokenize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// tokenizeRunes is Tokenize as its comment defines it, rune by rune:
// Tokenize's table for ASCII must split every text as it does.
func tokenizeRunes(text string) []Token {
	var toks []Token
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			i += n
		case wordRune(r):
			j := i + n
			for j < len(text) {
				r, n := utf8.DecodeRuneInString(text[j:])
				if wordRune(r) {
					j += n
					continue
				}
				if inner(r) && j+n < len(text) {
					if r2, _ := utf8.DecodeRuneInString(text[j+n:]); wordRune(r2) {
						j += n
						continue
					}
				}
				break
			}
			if j < len(text) && text[j] == '.' && utf8.RuneCountInString(text[i:j]) == 1 && unicode.IsUpper(r) && beforeName(text[j+1:]) {
				j++
			}
			toks = append(toks, Token{i, j})
			i = j
		default:
			toks = append(toks, Token{i, i + n})
			i += n
		}
	}
	return toks
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"Die SPD-Chefin sagte: „Nein.“", "O'Brien, H&M und z.B. 3.5 Mrd.", "Donald J. Trump", "Ä. Ö-Ü’s x‐y", "a-\xffb\u00a0c\u2003d.", "-.&'", "É. Macron"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if got, want := Tokenize(text, nil), tokenizeRunes(text); !slices.Equal(got, want) {
			t.Fatalf("Tokenize(%q) = %v, rune by rune %v", text, got, want)
		}
	})
}

func TestAllowed(t *testing.T) {
	tests := []struct {
		prev, tag int
		want      bool
	}{
		{numTags, tagBPER, true}, {numTags, tagIPER, false}, {tagO, tagIORG, false},
		{tagBORG, tagIORG, true}, {tagIORG, tagIORG, true}, {tagBPER, tagIORG, false}, {tagIPER, tagO, true},
	}
	for _, tt := range tests {
		if got := allowed(tt.prev, tt.tag); got != tt.want {
			t.Errorf("allowed(%d, %d) = %v", tt.prev, tt.tag, got)
		}
	}
}

// toyExamples is a small made-up training set: names after "Herr" and
// before "sagte" are people, words before "AG" organisations.
func toyExamples() []Example {
	var ex []Example
	for _, n := range []string{"Albers", "Brandt", "Claasen", "Dreher", "Ebert", "Fink"} {
		ex = append(ex,
			Example{Words: []string{"Herr", n, "sagte", "nichts", "."}, Tags: []string{"O", "B-PER", "O", "O", "O"}},
			Example{Words: []string{"Die", n, "AG", "wächst", "in", "Berlin", "."}, Tags: []string{"O", "B-ORG", "I-ORG", "O", "O", "B-LOC", "O"}},
		)
	}
	return ex
}

func TestTrainLearnsAndIsReproducible(t *testing.T) {
	opt := TrainOptions{Epochs: 5, Seed: 7, MinCount: 1}
	w := Train(toyExamples(), nil, opt)
	var a, b bytes.Buffer
	if err := w.Encode(&a); err != nil {
		t.Fatal(err)
	}
	if err := Train(toyExamples(), nil, opt).Encode(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("the same examples and seed gave different weights")
	}
	back, err := Decode(a.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if back.Features() != w.Features() || back.trans != w.trans {
		t.Errorf("decoded %d features, want %d", back.Features(), w.Features())
	}
	text := "Herr Gruber sagte nichts. Die Gruber AG wächst in Berlin."
	want := []string{"PER Gruber", "ORG Gruber AG", "LOC Berlin"}
	for _, weights := range []*Weights{w, back} {
		var got []string
		for _, sp := range NewTagger(weights, nil).Document(text, [][2]int{{0, 25}, {26, len(text)}}, nil) {
			got = append(got, sp.Kind.String()+" "+text[sp.Start:sp.End])
		}
		if !slices.Equal(got, want) {
			t.Errorf("tagged %q, want %q", got, want)
		}
	}
}

func TestDecodeRejectsBadData(t *testing.T) {
	var good bytes.Buffer
	if err := Train(toyExamples(), nil, TrainOptions{Epochs: 1, MinCount: 1}).Encode(&good); err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string][]byte{
		"empty":     nil,
		"not gzip":  []byte("chronik-ner 1\n"),
		"truncated": good.Bytes()[:good.Len()/2],
	} {
		if _, err := Decode(data); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

func TestEmbeddedWeightsLoad(t *testing.T) {
	w, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	if w.Features() < 1000 {
		t.Errorf("only %d features", w.Features())
	}
}

func TestConsistency(t *testing.T) {
	tests := []struct {
		text  string
		spans []Span // as the sentence model tagged them
		want  []string
	}{
		{
			"Anna Weber kam. Dann sprach Weber. Webers Antwort kam.",
			[]Span{{0, 10, PER}, {28, 33, LOC}},
			[]string{"PER Anna Weber", "PER Weber", "PER Webers"},
		},
		{
			// A first name tagged alone as another kind is the person's; an
			// untagged one stays untagged.
			"Mark Weber kam. „Mark ist da“, sagte er. Die Mark war stark.",
			[]Span{{0, 10, PER}, {19, 23, OTH}},
			[]string{"PER Mark Weber", "PER Mark"},
		},
		{
			"Die Mark fiel. Anna Weber kam.",
			[]Span{{4, 8, OTH}, {15, 25, PER}},
			[]string{"OTH Mark", "PER Anna Weber"},
		},
	}
	for _, tc := range tests {
		var got []string
		for _, sp := range new(names).consistent(tc.text, Tokenize(tc.text, nil), tc.spans) {
			got = append(got, sp.Kind.String()+" "+tc.text[sp.Start:sp.End])
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}

// A nameFilter never leaves out a word added to it, and passes few
// others: consistent looks up only what it passes.
func TestNameFilter(t *testing.T) {
	tests := []struct {
		added []string
		other []string // not added
	}{
		{[]string{"Weber", "Ostrowski", "Kunst-Kontor", "Ä", ""}, []string{"Webers", "Ostrowsky", "Antwort", "Montag", "Lindenau"}},
		{nil, []string{"Weber", "", "Die"}},
	}
	for _, tc := range tests {
		var f nameFilter
		for _, w := range tc.added {
			f.add(w)
		}
		for _, w := range tc.added {
			if !f.has(w) {
				t.Errorf("%q added to %q, not found", w, tc.added)
			}
		}
		for _, w := range tc.other {
			if f.has(w) {
				t.Errorf("%q not added to %q, found", w, tc.added)
			}
		}
	}
}

// Bad input: no panic, and time that grows with the text, not faster.
func TestBadInput(t *testing.T) {
	w, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	tg := NewTagger(w, nil)
	long := strings.Repeat("Ä", 1<<20)
	inputs := []string{
		long,
		strings.Repeat("!?. ", 1<<16),
		"Москва Berlin 北京 Müller-Lüdenscheidt \u202e\u0000\xff",
		strings.Repeat("Anna Weber sagte Weber Webers ", 1<<15),
	}
	for _, in := range inputs {
		start := time.Now()
		tg.Document(in, [][2]int{{0, len(in)}}, nil)
		if d := time.Since(start); d > 20*time.Second {
			t.Errorf("%d bytes took %v", len(in), d)
		}
	}
}

func FuzzDocument(f *testing.F) {
	f.Add("Herr Gruber sagte, die Gruber AG (GAG) wachse in Berlin. Grubers Antwort.", 10)
	f.Add("„Llama AI“ – Musks Space X; Donald J. Trump.", 0)
	f.Add("\xff\xfe Ä-Ö-Ü --- ''' &&& ...", 3)
	w, err := Embedded()
	if err != nil {
		f.Fatal(err)
	}
	tg := NewTagger(w, func(word string) uint32 { return uint32(len(word)) })
	f.Fuzz(func(t *testing.T, text string, cut int) {
		segs := [][2]int{{0, len(text)}}
		if cut > 0 && cut < len(text) {
			segs = [][2]int{{0, cut}, {cut, len(text)}}
		}
		hints := []Span{{0, min(len(text), 4), PER}}
		prev := 0
		for _, sp := range tg.Document(text, segs, hints) {
			if sp.Start < prev || sp.Start >= sp.End || sp.End > len(text) || sp.Kind == None {
				t.Fatalf("bad span %+v (previous end %d) in %q", sp, prev, text)
			}
			if utf8.ValidString(text) && (!utf8.RuneStart(text[sp.Start]) || sp.End < len(text) && !utf8.RuneStart(text[sp.End])) {
				t.Fatalf("span %+v not on rune boundaries", sp)
			}
			prev = sp.End
		}
	})
}

// A random text of German-looking words, for the benchmark.
func randomText(n int) string {
	rng := rand.New(rand.NewPCG(1, 2))
	words := []string{"Die", "Regierung", "sagte", "am", "Montag", ",", "dass", "Anna", "Weber", "von", "der", "Deutschen", "Bank", "nach", "Berlin", "reist", "."}
	var b strings.Builder
	for b.Len() < n {
		b.WriteString(words[rng.IntN(len(words))])
		b.WriteByte(' ')
	}
	return b.String()
}

// BenchmarkDocument measures the tagger alone, in bytes of text per second.
//
//	go test ./corpus/ner -run '^$' -bench Document
func BenchmarkDocument(b *testing.B) {
	w, err := Embedded()
	if err != nil {
		b.Fatal(err)
	}
	tg := NewTagger(w, nil)
	text := randomText(1 << 20)
	var segs [][2]int
	for i := 0; i < len(text); i += 200 {
		segs = append(segs, [2]int{i, min(i+200, len(text))})
	}
	// Segments must not cut words: move each cut to the next blank.
	for i := 1; i < len(segs); i++ {
		j := segs[i][0]
		for j < len(text) && text[j] != ' ' {
			j++
		}
		segs[i-1][1], segs[i][0] = j, j
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		tg.Document(text, segs, nil)
	}
}

// BenchmarkLoadWeights measures decoding the embedded weights, which the
// first recognition of a process pays, and the heap they hold.
//
//	go test ./corpus/ner -run '^$' -bench LoadWeights -benchtime 5x
func BenchmarkLoadWeights(b *testing.B) {
	var w *Weights
	heap := loadHeap(b, func() (err error) { w, err = Decode(embedded); return err })
	b.ReportMetric(heap, "MB-heap")
	b.ReportMetric(float64(w.Features()), "features")
	runtime.KeepAlive(w)
}

// loadHeap runs decode b.N times and returns the megabytes of heap that
// the last result holds (the caller keeps it alive).
func loadHeap(b *testing.B, decode func() error) float64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	for b.Loop() {
		if err := decode(); err != nil {
			b.Fatal(err)
		}
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	return float64(after.HeapAlloc-before.HeapAlloc) / 1e6
}

// BenchmarkLoadClusters measures decoding the embedded word clusters,
// which the first recognition of a process pays too, and their heap.
//
//	go test ./corpus/ner -run '^$' -bench LoadClusters -benchtime 5x
func BenchmarkLoadClusters(b *testing.B) {
	var c *Clusters
	heap := loadHeap(b, func() (err error) { c, err = DecodeClusters(embeddedClusters); return err })
	b.ReportMetric(heap, "MB-heap")
	b.ReportMetric(float64(c.Words()), "words")
	runtime.KeepAlive(c)
}

// A scratch remembers words across documents and taggers' calls: what it
// remembers must never change a result. Each document is tagged after
// the others with one scratch, by taggers whose gazetteers differ, and
// must come out as with a fresh scratch.
func TestScratchAcrossDocuments(t *testing.T) {
	w, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	places := func(word string) uint32 {
		if word == "Berlin" || word == "Paris" {
			return 1 << 2
		}
		return 0
	}
	taggers := []*Tagger{NewTagger(w, nil), NewTagger(w, places), NewTagger(w, func(string) uint32 { return 1 })}
	docs := []struct {
		text  string
		hints []Span
	}{
		{"Angela Merkel traf Emmanuel Macron in Paris. Merkel sagte nichts.", nil},
		{"Die Deutsche Bahn AG wächst in Berlin. Berlin ist groß.", []Span{{4, 20, ORG}}},
		{"Paris Hilton und Berlin Hilton", nil},
		{"", nil},
		{randomText(3000), nil},
	}
	shared := new(scratch)
	for round := range 2 {
		for ti, tg := range taggers {
			for di, d := range docs {
				segs := [][2]int{{0, len(d.text)}}
				want := tg.document(d.text, segs, d.hints, new(scratch))
				got := tg.document(d.text, segs, d.hints, shared)
				if !slices.Equal(got, want) {
					t.Errorf("round %d tagger %d doc %d: %v after other documents, %v afresh", round, ti, di, got, want)
				}
			}
		}
	}
}

// Tagging a document with a scratch that has tagged one before allocates
// only the spans it returns, and they stay as they were when the scratch
// tags the next document.
func TestSpansAllocatedOnce(t *testing.T) {
	w, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	tg := NewTagger(w, nil)
	doc := strings.Repeat("Angela Merkel traf Emmanuel Macron in Paris, und Olaf Scholz sprach mit der Deutschen Bahn. ", 20)
	segs := [][2]int{{0, len(doc)}}
	s := new(scratch)
	first := tg.document(doc, segs, nil, s)
	want := slices.Clone(first)
	if len(want) < 20 {
		t.Fatalf("%d spans: %v", len(want), want)
	}
	if n := testing.AllocsPerRun(10, func() { tg.document(doc, segs, nil, s) }); n > 1 && !raceEnabled {
		t.Errorf("%v allocations a document, want 1", n)
	}
	next := "Peter Müller und Anna Schmidt besuchten Siemens in München."
	if got := tg.document(next, [][2]int{{0, len(next)}}, nil, s); len(got) == 0 {
		t.Fatalf("no spans in %q", next)
	}
	if !slices.Equal(first, want) {
		t.Errorf("spans changed by the next document: %v, were %v", first, want)
	}
}

// isCapital reads the first letter as unicode.IsUpper does, for every
// ASCII byte and for letters beyond.
func TestIsCapital(t *testing.T) {
	words := []string{"", "Ärger", "ärger", "Ωmega", "ω", "\xff", "ß", "ẞ"}
	for b := range utf8.RuneSelf {
		words = append(words, string(rune(b))+"x")
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if got, want := isCapital(w), unicode.IsUpper(r); got != want {
			t.Errorf("isCapital(%q) = %v, want %v", w, got, want)
		}
	}
}

// wordRune answers for Latin-1 and General Punctuation without asking
// the tables of marks and digits: the same for every rune as asking them.
func TestWordRune(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		want := r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') ||
			r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r))
		if wordRune(r) != want {
			t.Fatalf("wordRune(%U) = %v", r, !want)
		}
		if generalPunctuation(r) && want {
			t.Fatalf("%U in General Punctuation is a letter, digit or mark", r)
		}
	}
}
