package corpus

import (
	"io/fs"
	"testing"

	"chronik/corpus/defaultcorpus"
)

// defaultFiles returns the bytes of the default corpus's files.
func defaultFiles(t testing.TB) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	err := fs.WalkDir(defaultcorpus.FS(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(defaultcorpus.FS(), p)
		out[p] = data
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}
