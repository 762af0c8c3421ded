// Command sdselect prints the fixed-seed draw of SmartData news documents
// annotated after GUIDELINES.md (evaluation.DefaultSDSelection): split,
// the document's number in the file and its text hash, never the text.
// Its output is corpus/evaluation/testdata/smartdata/selection.tsv:
//
//	go run ./corpus/evaluation/cmd/sdselect ../shared/data/smartdata/smartdata-v1-train.json.gz > corpus/evaluation/testdata/smartdata/selection.tsv
package main

import (
	"fmt"
	"os"

	"chronik/corpus/evaluation"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: sdselect PATH-TO-smartdata-v1-train.json.gz")
		os.Exit(2)
	}
	docs, err := evaluation.ReadSmartData(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "sdselect:", err)
		os.Exit(1)
	}
	fmt.Println("# split\tline\thash")
	for _, d := range evaluation.DefaultSDSelection.Draw(docs) {
		fmt.Printf("%s\t%d\t%s\n", d.Split, d.Line, evaluation.Hash(d.Doc.Text))
	}
}
