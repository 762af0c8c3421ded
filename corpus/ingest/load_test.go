package ingest

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"testing/fstest"
)

const goodArticle = " date 2024-12 Der Konzern legte am Dienstag seine Zahlen vor. Der Umsatz stieg.\n\nZweiter Absatz."

func write(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func errorTexts(errs []error) []string {
	var out []string
	for _, err := range errs {
		var fe *FileError
		if !errors.As(err, &fe) {
			out = append(out, "not a FileError: "+err.Error())
			continue
		}
		out = append(out, err.Error())
	}
	return out
}

func TestLoadPaths(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "b.txt", []byte(goodArticle))
	write(t, dir, "a.md", []byte(goodArticle))
	write(t, dir, "notes/a.txt", []byte("Text "+strings.Repeat("ä", 600)+"\xff"))
	write(t, dir, "sub/a.txt", []byte(goodArticle))
	write(t, dir, "sub/a-2.txt", []byte(goodArticle))
	write(t, dir, "sub/skip.csv", []byte(goodArticle))
	write(t, dir, ".hidden/c.txt", []byte(goodArticle))
	write(t, dir, "x.txt", nil)
	write(t, dir, "y.TXT", []byte("\x7fELF\x00\x01\x02"))
	big := write(t, dir, "big.txt", nil)
	if err := os.Truncate(big, 80<<20); err != nil {
		t.Fatal(err)
	}
	explicit := write(t, t.TempDir(), "named.article", []byte(goodArticle))
	fifo := filepath.Join(t.TempDir(), "fifo.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	empty := t.TempDir()

	arts, errs := LoadPaths([]string{dir, explicit, filepath.Join(dir, "b.txt"), fifo, filepath.Join(dir, "missing.txt"), empty})

	var ids, paths []string
	for _, a := range arts {
		ids = append(ids, a.ID)
		paths = append(paths, strings.TrimPrefix(a.Path, dir+"/"))
	}
	// Sorted by path (the explicit file's temporary folder sorts after
	// dir's); sub/a.txt comes after a.md and gets a unique id.
	wantPaths := []string{"a.md", "b.txt", "sub/a-2.txt", "sub/a.txt", explicit}
	if !slices.Equal(paths, wantPaths) {
		t.Errorf("paths = %q, want %q", paths, wantPaths)
	}
	want := map[string]string{"a.md": "a", "b.txt": "b", explicit: "named", "sub/a-2.txt": "a-2", "sub/a.txt": "a-3"}
	for i, p := range paths {
		if ids[i] != want[p] {
			t.Errorf("%s: id %q, want %q", p, ids[i], want[p])
		}
	}
	wantErrs := []string{
		filepath.Join(dir, "missing.txt") + ": no such file or directory",
		empty + ": no .txt or .md files",
		filepath.Join(dir, "big.txt") + ": 80 MiB is over the 16 MiB limit",
		filepath.Join(dir, "notes/a.txt") + ": not UTF-8 (invalid byte at offset 1205)",
		filepath.Join(dir, "x.txt") + ": empty",
		filepath.Join(dir, "y.TXT") + ": binary data",
		fifo + ": not a regular file",
		filepath.Join(dir, "sub/a.txt") + `: id "a" is taken by ` + filepath.Join(dir, "a.md") + `; renamed to "a-3"`,
	}
	got := errorTexts(errs)
	slices.Sort(got)
	slices.Sort(wantErrs)
	if !slices.Equal(got, wantErrs) {
		t.Errorf("errors:\n got %q\nwant %q", got, wantErrs)
	}
}

func TestLoadPathsUnreadable(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads every file")
	}
	dir := t.TempDir()
	p := write(t, dir, "secret.txt", []byte(goodArticle))
	if err := os.Chmod(p, 0); err != nil {
		t.Fatal(err)
	}
	write(t, dir, "ok.txt", []byte(goodArticle))
	arts, errs := LoadPaths([]string{dir})
	if len(arts) != 1 || !slices.Equal(errorTexts(errs), []string{p + ": permission denied"}) {
		t.Errorf("got %d articles, errors %q", len(arts), errorTexts(errs))
	}
}

func TestLoadFS(t *testing.T) {
	fsys := fstest.MapFS{
		"z.txt":            {Data: []byte(goodArticle)},
		"dir/a.txt":        {Data: []byte(goodArticle)},
		"dir/deeper/b.md":  {Data: []byte(goodArticle)},
		"dir/ignored.json": {Data: []byte("{}")},
		"bad.txt":          {Data: []byte("Grüße, Gr\xfc\xdfe")},
		".git/x.txt":       {Data: []byte(goodArticle)},
	}
	arts, errs := LoadFS(fsys)
	var paths []string
	for _, a := range arts {
		paths = append(paths, a.Path)
	}
	if want := []string{"dir/a.txt", "dir/deeper/b.md", "z.txt"}; !slices.Equal(paths, want) {
		t.Errorf("paths = %q, want %q", paths, want)
	}
	if got := errorTexts(errs); !slices.Equal(got, []string{"bad.txt: not UTF-8 (invalid byte at offset 11)"}) {
		t.Errorf("errors = %q", got)
	}
	// Loading twice gives the same result, whatever the scheduling.
	again, _ := LoadFS(fsys)
	for i := range arts {
		if arts[i].ID != again[i].ID || arts[i].Text != again[i].Text {
			t.Fatal("LoadFS is not deterministic")
		}
	}
}

// deniedFS refuses to open one file, as a file system does for a file
// the user may not read (a test as root cannot chmod its way there).
type deniedFS struct {
	fstest.MapFS
	denied string
}

func (d deniedFS) Open(name string) (fs.File, error) {
	if name == d.denied {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrPermission}
	}
	return d.MapFS.Open(name)
}

func TestLoadFSPermissionDenied(t *testing.T) {
	fsys := deniedFS{fstest.MapFS{"a.txt": {Data: []byte(goodArticle)}, "secret.txt": {Data: []byte(goodArticle)}}, "secret.txt"}
	arts, errs := LoadFS(fsys)
	if len(arts) != 1 || arts[0].ID != "a" {
		t.Errorf("loaded %d articles, want a.txt only", len(arts))
	}
	if got := errorTexts(errs); !slices.Equal(got, []string{"secret.txt: permission denied"}) {
		t.Errorf("errors = %q", got)
	}
}

func TestTooBig(t *testing.T) {
	for size, want := range map[int64]string{
		80 << 20:     "80 MiB is over the 16 MiB limit",
		16<<20 + 1:   "16.1 MiB is over the 16 MiB limit",
		33<<20 + 1e5: "33.1 MiB is over the 16 MiB limit",
	} {
		if got := tooBig(size); got != want {
			t.Errorf("tooBig(%d) = %q, want %q", size, got, want)
		}
	}
}
