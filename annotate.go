package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"chronik/corpus"
)

// maxAnnotateLine bounds one input document; a longer line is reported and
// skipped rather than read into memory whole.
const maxAnnotateLine = 16 << 20

func newAnnotateCommand(stdin io.Reader, stdout io.Writer) *cobra.Command {
	return &cobra.Command{
		Use:   "annotate",
		Short: "Tag dates and actors in JSON-lines documents (for evaluation)",
		Long: `Read one JSON document a line on standard input,
  {"doc": "id", "dct": "YYYY-MM-DD" or "YYYY-MM", "text": "..."}
and write one line for each,
  {"doc": "id", "timex": [{"start", "end", "text", "type", "value"}],
   "actors": [{"start", "end", "text", "kind", "name"}]}
with offsets in Unicode code points of text. A line that cannot be read is
reported on standard error with its line number and skipped.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return annotate(stdin, stdout, cmd.ErrOrStderr())
		},
	}
}

type annotateInput struct {
	Doc  string  `json:"doc"`
	DCT  string  `json:"dct"`
	Text *string `json:"text"`
}

func annotate(stdin io.Reader, stdout, stderr io.Writer) error {
	sc := bufio.NewScanner(stdin)
	sc.Buffer(make([]byte, 64<<10), maxAnnotateLine)
	w := bufio.NewWriter(stdout)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	line, docs, bad := 0, 0, 0
	for sc.Scan() {
		line++
		if len(bytes.TrimSpace(sc.Bytes())) == 0 {
			continue
		}
		docs++
		var in annotateInput
		if err := json.Unmarshal(sc.Bytes(), &in); err != nil {
			fmt.Fprintf(stderr, "chronik annotate: line %d: %v\n", line, err)
			bad++
			continue
		}
		if in.Text == nil {
			fmt.Fprintf(stderr, "chronik annotate: line %d (doc %q): no \"text\" field\n", line, in.Doc)
			bad++
			continue
		}
		ann, err := corpus.AnnotateDoc(in.Doc, in.DCT, *in.Text)
		if err != nil {
			fmt.Fprintf(stderr, "chronik annotate: line %d (doc %q): %v\n", line, in.Doc, err)
			bad++
			continue
		}
		if err := enc.Encode(ann); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("line %d: %w", line+1, err)
	}
	if err := w.Flush(); err != nil {
		return err
	}
	if bad > 0 && bad == docs {
		return errNothingUsable
	}
	return nil
}
