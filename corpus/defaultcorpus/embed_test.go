package defaultcorpus

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

// The embedded articles must stay the user's material, unchanged. When the
// shared corpus is beside the project (as on every developer machine and in
// CI) each embedded file is compared with it byte for byte.
func TestEmbeddedCorpusIsByteForByte(t *testing.T) {
	shared := filepath.Join("..", "..", "..", "shared", "corpus")
	want, err := filepath.Glob(filepath.Join(shared, "*.txt"))
	if err != nil || len(want) == 0 {
		t.Skipf("shared corpus not found at %s", shared)
	}
	got, err := fs.Glob(FS(), "*.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(want) {
		t.Fatalf("embedded %d files, shared corpus has %d", len(got), len(want))
	}
	for _, path := range want {
		orig, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		emb, err := fs.ReadFile(FS(), filepath.Base(path))
		if err != nil {
			t.Fatalf("%s not embedded: %v", filepath.Base(path), err)
		}
		if !bytes.Equal(orig, emb) {
			t.Errorf("%s differs from the shared corpus", filepath.Base(path))
		}
	}
}
