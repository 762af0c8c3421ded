package server

import (
	"slices"
	"strings"
	"testing"
	"unicode"

	"chronik/model"
)

func TestResolveActors(t *testing.T) {
	tl := fixture() // 0 Anna Alt, 1 Bernd Beck, 2 Carla Conrad, 3 Delta AG
	for _, tt := range []struct {
		raw     string
		want    []int
		wantErr string
	}{
		{"", nil, ""},
		{"   ", nil, ""},
		{"alt", []int{0}, ""},
		{"ALT", []int{0}, ""},
		{"anna alt", []int{0}, ""},
		{"Anna Alt Beck", []int{0, 1}, ""},
		{"beck alt", []int{1, 0}, ""},
		{"alt alt anna alt", []int{0}, ""},
		{`"bernd beck" delta ag`, []int{1, 3}, ""},
		{"delta", []int{3}, ""},
		{"anna", nil, `unknown actor "anna"`},
		{"alt -v", nil, `options go with a command ("-v")`},
		{`"alt`, nil, "cannot read the arguments"},
		{strings.Repeat("alt ", maxArgs+1), nil, "too many arguments"},
	} {
		got, err := resolve(tl, tt.raw)
		switch {
		case tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)):
			t.Errorf("%q: error %v, want %q", tt.raw, err, tt.wantErr)
		case tt.wantErr == "" && (err != nil || !slices.Equal(got, tt.want)):
			t.Errorf("%q: %v, %v; want %v", tt.raw, got, err, tt.want)
		}
	}
}

// resolve reads a command line as actor names, as a session does.
func resolve(tl *model.Timeline, raw string) ([]int, error) {
	words, err := splitArgs(raw)
	if err != nil {
		return nil, err
	}
	return resolveActors(tl, words)
}

func TestExampleNamesFindTheirActors(t *testing.T) {
	tl := fixture()
	if got := example(tl, " "); got != "alt beck delta" {
		t.Errorf("example = %q", got)
	}
	for i := range tl.Actors {
		if a, err := resolve(tl, shortName(tl, i)); err != nil || !slices.Equal(a, []int{i}) {
			t.Errorf("shortName(%s) = %q resolves to %v, %v", tl.Actors[i].Name, shortName(tl, i), a, err)
		}
	}
}

func FuzzResolveActors(f *testing.F) {
	for _, s := range []string{"", "alt", "anna alt beck", `"bernd beck" delta`, "-h", `"unclosed`, "\x1b[31m", "a\\ b", "'x y' z"} {
		f.Add(s)
	}
	tl := fixture()
	f.Fuzz(func(t *testing.T, raw string) {
		got, err := resolve(tl, raw)
		if err != nil {
			msg := err.Error()
			if strings.ContainsFunc(msg, unicode.IsControl) {
				t.Errorf("error message carries control characters: %q", msg)
			}
			return
		}
		seen := map[int]bool{}
		for _, a := range got {
			if a < 0 || a >= len(tl.Actors) || seen[a] {
				t.Errorf("%q: bad or repeated actor %d in %v", raw, a, got)
			}
			seen[a] = true
		}
	})
}
