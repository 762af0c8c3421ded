// Package evaluation scores Chronik's events on real news text that nobody
// working on Chronik wrote: full articles of the 10kGNAD corpus annotated by
// hand after GUIDELINES.md, and the event annotations of the DFKI SmartData
// corpus. The data stays in ../shared/data and is read at run time; only
// annotations (offsets, labels, dates, actors) and article hashes are kept
// here, never article text.
package evaluation

import (
	"bufio"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"strings"
)

// A GNADArticle is one line of the 10kGNAD file: `category;text`, the text
// quoted with ' (doubled inside) when it holds a ';' or a quote.
type GNADArticle struct {
	Line     int // 1-based line number in the file
	Category string
	Text     string
}

// Hash is the short SHA-256 of an article's text by which the annotations
// name it, so that a changed or reordered data file is caught.
func Hash(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:8])
}

// ReadGNAD reads a 10kGNAD file, gzip-compressed or plain.
func ReadGNAD(path string) ([]GNADArticle, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		z, err := gzip.NewReader(f)
		if err != nil {
			return nil, fmt.Errorf("%s: %v", path, err)
		}
		defer z.Close()
		r = z
	}
	return parseGNAD(path, r)
}

func parseGNAD(path string, r io.Reader) ([]GNADArticle, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 4<<20)
	var out []GNADArticle
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if line == "" {
			continue
		}
		cat, text, ok := strings.Cut(line, ";")
		if !ok || cat == "" {
			return nil, fmt.Errorf("%s:%d: want category;text", path, n)
		}
		if len(text) >= 2 && text[0] == '\'' && text[len(text)-1] == '\'' {
			text = strings.ReplaceAll(text[1:len(text)-1], "''", "'")
		}
		out = append(out, GNADArticle{Line: n, Category: cat, Text: text})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	return out, nil
}
