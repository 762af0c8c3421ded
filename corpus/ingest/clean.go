package ingest

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/encoding/charmap"
)

// Clean checks that data is text and makes it safe to show: it rejects
// binary data, broken UTF-8 and empty files, reads text without any UTF-8
// sequence as Windows-1252, and replaces every C0 and C1
// control character except line feed and tab, and the byte-order mark,
// by one space each. One code point becomes one code point, so code-point
// offsets into the result are those of the raw text; an escape sequence
// such as ESC[31m becomes the inert " [31m".
func Clean(data []byte) (string, error) {
	return clean(data, false)
}

// clean is Clean; owned says that nothing else will use or change data, so
// that text without control characters can be used in place, uncopied.
func clean(data []byte, owned bool) (string, error) {
	if len(data) == 0 {
		return "", errors.New("empty")
	}
	// Decide between "binary data" and "not UTF-8" only for files that are
	// not clean UTF-8 text: the common case costs one validation pass and
	// one scan for control characters.
	if bytes.IndexByte(data, 0) >= 0 {
		return "", errors.New("binary data")
	}
	if !utf8.Valid(data) {
		if isBinary(data) {
			return "", errors.New("binary data")
		}
		if hasMultibyte(data) {
			// UTF-8 with a broken sequence: read in a code page, its
			// letters would turn into pairs of others ("Ã¼")
			return "", fmt.Errorf("not UTF-8 (invalid byte at offset %d)", invalidOffset(data))
		}
		// Text in a single-byte code page, as older German archives and
		// Windows editors write it: Windows-1252, which holds Latin-1's
		// letters and adds typographic quotes and dashes where Latin-1
		// has control codes. One byte is one code point, as before.
		decoded, err := charmap.Windows1252.NewDecoder().Bytes(data)
		if err != nil {
			return "", fmt.Errorf("not UTF-8, nor Windows-1252: %v", err)
		}
		data, owned = decoded, true
	}
	var text string
	if i := firstControl(data); i < 0 && owned {
		text = unsafe.String(&data[0], len(data))
	} else if i < 0 {
		text = string(data)
	} else if isBinary(data) {
		return "", errors.New("binary data")
	} else {
		text = replaceControls(data, i)
	}
	if strings.TrimSpace(text) == "" {
		return "", errors.New("empty (only white space)")
	}
	return text, nil
}

// hasMultibyte reports whether data holds a valid UTF-8 sequence of more
// than one byte.
func hasMultibyte(data []byte) bool {
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		if r != utf8.RuneError && size > 1 {
			return true
		}
		i += size
	}
	return false
}

// sniffLen is how much of a file isBinary looks at, as git does.
const sniffLen = 8000

// isBinary reports whether more than a tenth of the first bytes of data
// are control characters or bytes that are not UTF-8: text in another
// encoding has a few such bytes, binary data many.
func isBinary(data []byte) bool {
	head := data[:min(len(data), sniffLen)]
	bad := 0
	for i := 0; i < len(head); {
		c := head[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\n' && c != '\t' && c != '\r' && c != '\f' && c != 0x1b || c == 0x7f {
				bad++
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(head[i:])
		if r == utf8.RuneError && size == 1 && len(head)-i >= utf8.UTFMax {
			bad++
		}
		i += size
	}
	return bad*10 > len(head)
}

func invalidOffset(data []byte) int {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return len(data)
}

// firstControl returns the offset of the first character Clean replaces,
// or -1. Valid UTF-8 is assumed: C1 controls are 0xC2 0x80–0x9F, the BOM
// is 0xEF 0xBB 0xBF.
func firstControl(data []byte) int {
	for i := 0; i < len(data); {
		// Eight bytes at a time while none of them is in maybeControl,
		// which holds for most of a text; those eight byte by byte when
		// one may be.
		if i+8 <= len(data) && !mayHoldControl(binary.LittleEndian.Uint64(data[i:])) {
			i += 8
			continue
		}
		for end := min(i+8, len(data)); i < end; i++ {
			c := data[i]
			if !maybeControl[c] {
				continue
			}
			switch {
			case c == 0xc2:
				if i+1 < len(data) && data[i+1] < 0xa0 {
					return i
				}
			case c == 0xef:
				if i+2 < len(data) && data[i+1] == 0xbb && data[i+2] == 0xbf {
					return i
				}
			default:
				return i
			}
		}
	}
	return -1
}

// mayHoldControl reports whether one of the eight bytes of x is in
// maybeControl: below 0x20 (line feed and tab too, which the byte loop
// passes), 0x7f, 0xc2 or 0xef. Each test is the high bit of a byte that
// borrows when the byte is below a bound, exact for the word as a whole.
func mayHoldControl(x uint64) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	below := func(v, n uint64) uint64 { return (v - n*ones) &^ v & highs }
	return below(x, 0x20)|below(x^0x7f*ones, 1)|below(x^0xc2*ones, 1)|below(x^0xef*ones, 1) != 0
}

// maybeControl marks the bytes that are, or may start, a character Clean
// replaces: one table lookup per byte on the hot path.
var maybeControl = func() (t [256]bool) {
	for c := range 0x20 {
		t[c] = c != '\n' && c != '\t'
	}
	t[0x7f], t[0xc2], t[0xef] = true, true, true
	return t
}()

// replaceControls copies data, replacing each control character from
// offset i on by a space.
func replaceControls(data []byte, i int) string {
	var b strings.Builder
	b.Grow(len(data))
	b.Write(data[:i])
	for i < len(data) {
		c := data[i]
		switch {
		case c < 0x20 && c != '\n' && c != '\t' || c == 0x7f:
			b.WriteByte(' ')
			i++
		case c == 0xc2 && i+1 < len(data) && data[i+1] < 0xa0:
			b.WriteByte(' ')
			i += 2
		case c == 0xef && i+2 < len(data) && data[i+1] == 0xbb && data[i+2] == 0xbf:
			b.WriteByte(' ')
			i += 3
		default:
			b.WriteByte(c)
			i++
		}
	}
	return b.String()
}
