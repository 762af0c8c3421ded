package evaluation

import (
	"hash/fnv"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// TestNoEchoes guards the rule that no evaluation text is quoted in the
// repository: no run of echoWords words of a .go, .md or .txt file (read
// as one text, so that a phrase split over comment lines counts) is a
// run of the 10kGNAD articles or the SmartData documents. Runs of numbers
// and single letters are left out ("1 2 3 4 5 6 7"). The built-in
// articles and the test data are the user's material and generated
// fixtures, not evaluation text, and are not read.
func TestNoEchoes(t *testing.T) {
	gnad, err := ReadGNAD(requireData(t, "news/10kgnad-test.csv.gz"))
	if err != nil {
		t.Fatal(err)
	}
	runs := map[uint64]bool{}
	for _, a := range gnad {
		addRuns(runs, a.Text)
	}
	for _, file := range []string{"smartdata/smartdata-v1-train.json.gz", "smartdata/smartdata-v1-test.json.gz"} {
		docs, err := ReadSmartData(requireData(t, file))
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range docs {
			addRuns(runs, d.Text)
		}
	}
	root := filepath.Join("..", "..")
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			switch d.Name() {
			case ".git", "testdata", "defaultcorpus":
				return filepath.SkipDir
			}
			return nil
		}
		switch filepath.Ext(path) {
		case ".go", ".md", ".txt":
		default:
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		words := echoWordsOf(string(b))
		for i := 0; i+echoWords <= len(words); i++ {
			if h, ok := runHash(words[i : i+echoWords]); ok && runs[h] {
				t.Errorf("%s quotes evaluation text: %q", path, strings.Join(words[i:i+echoWords], " "))
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// echoWords is the length of a run of words that counts as a quotation:
// common phrases of German news ("in der Nacht zum Sonntag") are shorter.
const echoWords = 6

func addRuns(runs map[uint64]bool, text string) {
	words := echoWordsOf(text)
	for i := 0; i+echoWords <= len(words); i++ {
		if h, ok := runHash(words[i : i+echoWords]); ok {
			runs[h] = true
		}
	}
}

// echoWordsOf splits a text into lower-cased words of letters and digits.
func echoWordsOf(text string) []string {
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// runHash hashes a run of words, and reports whether it holds a word of
// two letters or more (a run of numbers or single letters quotes
// nothing).
func runHash(words []string) (uint64, bool) {
	h := fnv.New64a()
	wordy := false
	for _, w := range words {
		h.Write([]byte(w))
		h.Write([]byte{0})
		wordy = wordy || len(w) > 1 && strings.IndexFunc(w, unicode.IsLetter) >= 0
	}
	return h.Sum64(), wordy
}
