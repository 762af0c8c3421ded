package ingest

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"

	"chronik/model"
)

// MaxFileSize is the largest article file Chronik reads. News articles
// are a few kilobytes; anything near this size is not an article, and the
// limit keeps one stray file from taking the memory of a whole corpus.
const MaxFileSize = 16 << 20

// LoadFS reads every .txt and .md file in fsys (recursively, skipping
// hidden folders) in parallel and returns the articles sorted by path,
// with one *FileError for each file that could not be used. Bad files
// never stop the others from loading.
func LoadFS(fsys fs.FS) ([]*model.Article, []error) {
	var files []string
	var errs []error
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			errs = append(errs, &FileError{p, reason(err)})
			return nil
		}
		if d.IsDir() {
			if p != "." && strings.HasPrefix(d.Name(), ".") {
				return fs.SkipDir
			}
			return nil
		}
		if isArticleName(p) {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		errs = append(errs, &FileError{".", reason(err)})
	}
	open := func(p string) (fs.File, error) {
		if err := checkRegular(fs.Stat(fsys, p)); err != nil {
			return nil, err
		}
		return fsys.Open(p)
	}
	arts, loadErrs := load(files, open, path.Base)
	return arts, append(errs, loadErrs...)
}

// LoadPaths reads the given files and folders: folders are walked
// recursively for .txt and .md files, a file named explicitly is read
// whatever its extension. Like LoadFS it works in parallel and returns the
// articles sorted by path.
func LoadPaths(paths []string) ([]*model.Article, []error) {
	var files []string
	var errs []error
	seen := map[string]bool{}
	add := func(p string) {
		if c := filepath.Clean(p); !seen[c] {
			seen[c] = true
			files = append(files, p)
		}
	}
	for _, root := range paths {
		info, err := os.Stat(root)
		if err != nil {
			errs = append(errs, &FileError{root, reason(err)})
			continue
		}
		if !info.IsDir() {
			add(root)
			continue
		}
		if l, err := os.Lstat(root); err == nil && l.Mode()&fs.ModeSymlink != 0 {
			// WalkDir does not follow a symlinked root; walk its target.
			if target, err := filepath.EvalSymlinks(root); err == nil {
				root = target
			}
		}
		found := 0
		_ = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				errs = append(errs, &FileError{p, reason(err)})
				return nil
			}
			if d.IsDir() {
				if p != root && strings.HasPrefix(d.Name(), ".") {
					return fs.SkipDir
				}
				return nil
			}
			if isArticleName(p) {
				found++
				add(p)
			}
			return nil
		})
		if found == 0 {
			errs = append(errs, &FileError{root, "no .txt or .md files"})
		}
	}
	open := func(p string) (fs.File, error) {
		if err := checkRegular(os.Stat(p)); err != nil {
			return nil, err
		}
		return os.Open(p)
	}
	arts, loadErrs := load(files, open, filepath.Base)
	return arts, append(errs, loadErrs...)
}

func isArticleName(p string) bool {
	ext := strings.ToLower(path.Ext(p))
	return ext == ".txt" || ext == ".md"
}

type loaded struct {
	article *model.Article
	err     error
}

// load reads and parses files on all cores and returns the articles in
// path order, with unique IDs.
func load(files []string, open func(string) (fs.File, error), base func(string) string) ([]*model.Article, []error) {
	slices.Sort(files)
	results := make([]loaded, len(files))
	var next sync.Mutex
	i := 0
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(files)) {
		wg.Go(func() {
			for {
				next.Lock()
				j := i
				i++
				next.Unlock()
				if j >= len(files) {
					return
				}
				p := files[j]
				data, err := readFile(p, open)
				if err != nil {
					results[j].err = err
					continue
				}
				b := base(p)
				results[j].article, results[j].err = parse(strings.TrimSuffix(b, path.Ext(b)), p, data, true)
			}
		})
	}
	wg.Wait()
	var arts []*model.Article
	var errs []error
	for _, r := range results {
		if r.err != nil {
			errs = append(errs, r.err)
		} else {
			arts = append(arts, r.article)
		}
	}
	return arts, append(errs, uniqueIDs(arts)...)
}

// uniqueIDs renames articles whose ID an earlier article (in path order)
// already has: "a" becomes "a-2" (or "a-3", … whichever no file has).
func uniqueIDs(arts []*model.Article) []error {
	taken := make(map[string]string, len(arts)) // id → path of its article
	for _, a := range arts {
		if _, ok := taken[a.ID]; !ok {
			taken[a.ID] = a.Path
		}
	}
	var errs []error
	for _, a := range arts {
		first := taken[a.ID]
		if first == a.Path {
			continue
		}
		id := a.ID
		for k := 2; ; k++ {
			if _, ok := taken[fmt.Sprintf("%s-%d", id, k)]; !ok {
				a.ID = fmt.Sprintf("%s-%d", id, k)
				break
			}
		}
		taken[a.ID] = a.Path
		errs = append(errs, &FileError{a.Path, fmt.Sprintf("id %q is taken by %s; renamed to %q", id, first, a.ID)})
	}
	return errs
}

// errNotRegular keeps Chronik from opening a FIFO or device, which could
// block forever or never end.
var errNotRegular = errors.New("not a regular file")

// checkRegular passes on a Stat error, or says the file is not regular.
func checkRegular(info fs.FileInfo, err error) error {
	if err == nil && !info.Mode().IsRegular() {
		return errNotRegular
	}
	return err
}

// readFile reads a regular file of at most MaxFileSize bytes.
func readFile(p string, open func(string) (fs.File, error)) ([]byte, error) {
	f, err := open(p)
	if err != nil {
		return nil, &FileError{p, reason(err)}
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, &FileError{p, reason(err)}
	}
	if !info.Mode().IsRegular() {
		return nil, &FileError{p, errNotRegular.Error()}
	}
	if info.Size() > MaxFileSize {
		return nil, &FileError{p, tooBig(info.Size())}
	}
	data, err := readAll(f, info.Size())
	if err != nil {
		return nil, &FileError{p, reason(err)}
	}
	if len(data) > MaxFileSize {
		return nil, &FileError{p, tooBig(int64(len(data)))}
	}
	return data, nil
}

// readAll reads f to its end into one buffer of the size Stat gave (plus
// one byte, to see the end), reading at most one byte past MaxFileSize:
// the file may have grown since Stat.
func readAll(f io.Reader, size int64) ([]byte, error) {
	buf := make([]byte, 0, min(size, MaxFileSize)+1)
	r := io.LimitReader(f, MaxFileSize+1)
	for {
		n, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return nil, err
		}
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)] // grown since Stat: let append find room
		}
	}
}

func tooBig(size int64) string {
	// Round up, so that a file just over the limit does not read "16.0".
	s := fmt.Sprintf("%.1f MiB", math.Ceil(float64(size)/(1<<20)*10)/10)
	if size%(1<<20) == 0 {
		s = fmt.Sprintf("%d MiB", size>>20)
	}
	return fmt.Sprintf("%s is over the %d MiB limit", s, MaxFileSize>>20)
}

// reason says why an I/O operation failed, without repeating the path
// (FileError prints it).
func reason(err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "no such file or directory"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied"
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}
