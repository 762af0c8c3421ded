package evaluation

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"chronik/model"
)

// SmartDataTypes are the SmartData relation types that are happenings, with
// the Chronik event kinds that name the same thing. A type without kinds
// (SpinOff) is scored for recall by any row only; Chronik's "spinoff" rows
// are left out of the typed figures, which stay comparable with the
// rounds before that kind. The traffic types
// (TrafficJam, Delay, Obstruction, …) and OrganizationLeadership, a
// standing relation rather than a happening, are left out.
var SmartDataTypes = map[string][]string{
	"Acquisition": {"acquisition", "sale"},
	"Merger":      {"merger"},
	"SpinOff":     nil,
	"Insolvency":  {"insolvency"},
	"Layoffs":     {"jobcuts"},
	"Strike":      {"strike"},
	"Disaster":    {"disaster"},
	"Accident":    {"accident"},
}

// An SDDoc is one SmartData document with its events of SmartDataTypes.
type SDDoc struct {
	ID, Source string // Source: "news", "rss" or "tweet"
	Text       string
	Date       model.Day // publication day (UTC) as SmartData lists it
	Events     []SDEvent
	Temporal   []SDSpan // the date, time and duration mentions; Role is the type
}

// Anchor is the day the gold's relative dates are read against: the day
// SmartData lists, which for many pages is the day they were gathered,
// unless a date mention its annotators marked on a short line at the
// page's top names an earlier full day, with its year: the page's own
// line ("12.02.16 | 09:40 Uhr | …", "4. Februar 2016 07:20 Uhr") says when
// it appeared, and its "am Dienstag" and "im November" count from then.
func (d *SDDoc) Anchor() model.Day {
	lines := 0
	for start := 0; start < len(d.Text) && lines < topLines; {
		end := strings.IndexByte(d.Text[start:], '\n')
		if end < 0 {
			end = len(d.Text)
		} else {
			end += start
		}
		line := strings.TrimSpace(d.Text[start:end])
		if line != "" {
			lines++
			if utf8.RuneCountInString(line) <= maxTopLine {
				for _, g := range d.Temporal {
					if g.Role != "date" || g.Start < start || g.End > end || !withYear.MatchString(g.Surface) {
						continue
					}
					if iv, ok := ResolveDate(g.Surface, d.Date); ok && iv.Days() == 1 && iv.Start < d.Date {
						return iv.Start
					}
				}
			}
		}
		start = end + 1
	}
	return d.Date
}

// topLines is how many of a page's first lines may say when it appeared;
// maxTopLine, how long such a line is at most (a date line, not a
// sentence that tells a date).
const (
	topLines   = 3
	maxTopLine = 100
)

// withYear matches a date mention that names its year: "12.02.16",
// "4. Februar 2016", "2016-02-12".
var withYear = regexp.MustCompile(`\d{1,2}\.\s?\d{1,2}\.\d{2}(\d{2})?\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\.\s?\p{L}+\.?\s\d{4}\b`)

// An SDEvent is one annotated event mention, offsets in bytes into Text.
type SDEvent struct {
	Type       string
	Start, End int      // the span of the mention: trigger and arguments
	Dates      []SDSpan // its date arguments (roles date, start_date, end_date)
}

// An SDSpan is an argument's text and its byte offsets.
type SDSpan struct {
	Role, Surface string
	Start, End    int
}

// The JSON of one document, as far as it is read.
type sdJSON struct {
	ID     string   `json:"id"`
	Text   sdString `json:"text"`
	Date   sdString `json:"date"`
	Refids struct {
		Map map[string]string `json:"map"`
	} `json:"refids"`
	Concepts struct {
		Array []struct {
			Type string `json:"type"`
			Span sdSpan `json:"span"`
		} `json:"array"`
	} `json:"conceptMentions"`
	Relations struct {
		Array []struct {
			Name string `json:"name"`
			Span sdSpan `json:"span"`
			Args struct {
				Array []struct {
					Role    string `json:"role"`
					Concept struct {
						Span sdSpan `json:"span"`
					} `json:"conceptMention"`
				} `json:"array"`
			} `json:"args"`
		} `json:"array"`
	} `json:"relationMentions"`
}

type sdSpan struct{ Start, End int }

// UnmarshalJSON reads the {"string": …} wrapper of SmartData's text and
// date fields.
func (s *sdString) UnmarshalJSON(b []byte) error {
	var w struct {
		String string `json:"string"`
	}
	if err := json.Unmarshal(b, &w); err != nil {
		return err
	}
	*s = sdString(w.String)
	return nil
}

type sdString string

// ReadSmartData reads a SmartData file (concatenated JSON documents,
// gzip-compressed or plain).
func ReadSmartData(path string) ([]SDDoc, error) {
	return readData(path, parseSmartData)
}

func parseSmartData(path string, r io.Reader) ([]SDDoc, error) {
	dec := json.NewDecoder(r)
	var out []SDDoc
	for n := 1; ; n++ {
		var raw sdJSON
		if err := dec.Decode(&raw); errors.Is(err, io.EOF) {
			return out, nil
		} else if err != nil {
			return nil, fmt.Errorf("%s: document %d: %v", path, n, err)
		}
		doc := SDDoc{ID: raw.ID, Source: raw.Refids.Map["source"], Text: string(raw.Text)}
		t, err := sdTime(string(raw.Date))
		if err != nil {
			return nil, fmt.Errorf("%s: document %d (%s): date %q: %v", path, n, raw.ID, raw.Date, err)
		}
		doc.Date = model.NewDay(t.UTC().Date())
		pos := utf16Offsets(doc.Text)
		span := func(s sdSpan) (int, int, error) {
			if s.Start < 0 || s.End < s.Start || s.End >= len(pos) {
				return 0, 0, fmt.Errorf("%s: document %d (%s): span %d..%d outside its text", path, n, raw.ID, s.Start, s.End)
			}
			return pos[s.Start], pos[s.End], nil
		}
		for _, cm := range raw.Concepts.Array {
			if cm.Type != "date" && cm.Type != "time" && cm.Type != "duration" {
				continue
			}
			s, t, err := span(cm.Span)
			if err != nil {
				return nil, err
			}
			doc.Temporal = append(doc.Temporal, SDSpan{Role: cm.Type, Surface: doc.Text[s:t], Start: s, End: t})
		}
		for _, rel := range raw.Relations.Array {
			if _, ok := SmartDataTypes[rel.Name]; !ok {
				continue
			}
			e := SDEvent{Type: rel.Name}
			if e.Start, e.End, err = span(rel.Span); err != nil {
				return nil, err
			}
			for _, a := range rel.Args.Array {
				if a.Role != "date" && a.Role != "start_date" && a.Role != "end_date" {
					continue
				}
				s, t, err := span(a.Concept.Span)
				if err != nil {
					return nil, err
				}
				e.Dates = append(e.Dates, SDSpan{Role: a.Role, Surface: doc.Text[s:t], Start: s, End: t})
			}
			doc.Events = append(doc.Events, e)
		}
		out = append(out, doc)
	}
}

// utf16Offsets maps SmartData's offsets, counted in UTF-16 code units as
// Java counts them, to byte offsets: pos[i] is the byte offset of unit i
// (the second unit of a surrogate pair maps to its rune's end).
func utf16Offsets(text string) []int {
	pos := make([]int, 0, len(text)+1)
	for i, r := range text {
		pos = append(pos, i)
		if r >= 0x10000 {
			pos = append(pos, i+utf8.RuneLen(r))
		}
	}
	return append(pos, len(text))
}

// twitterEpoch is the Unix time in milliseconds from which tweet IDs count.
const twitterEpoch = 1288834974657

// sdTime reads a document's date: RFC 3339, or for some tweets the tweet's
// ID, whose upper bits are the milliseconds since twitterEpoch.
func sdTime(s string) (time.Time, error) {
	if id, err := strconv.ParseInt(s, 10, 64); err == nil && id > 0 {
		return time.UnixMilli(id>>22 + twitterEpoch).UTC(), nil
	}
	return time.Parse(time.RFC3339, s)
}
