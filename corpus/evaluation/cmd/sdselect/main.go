// Command sdselect prints the fixed-seed draw of SmartData news documents
// annotated after GUIDELINES.md (evaluation.DefaultSDSelection, or with
// -test evaluation.TestSDSelection): split, the document's number in the
// file and its text hash, never the text. Its output is
// corpus/evaluation/testdata/smartdata/selection.tsv and selection-test.tsv:
//
//	go run ./corpus/evaluation/cmd/sdselect ../shared/data/smartdata/smartdata-v1-train.json.gz > corpus/evaluation/testdata/smartdata/selection.tsv
//	go run ./corpus/evaluation/cmd/sdselect -test ../shared/data/smartdata/smartdata-v1-test.json.gz > corpus/evaluation/testdata/smartdata/selection-test.tsv
package main

import (
	"flag"
	"fmt"
	"os"

	"chronik/corpus/evaluation"
)

func main() {
	test := flag.Bool("test", false, "print the held-out draw of the test file")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: sdselect [-test] PATH-TO-smartdata-v1-(train|test).json.gz")
		os.Exit(2)
	}
	sel := evaluation.DefaultSDSelection
	if *test {
		sel = evaluation.TestSDSelection
	}
	docs, err := evaluation.ReadSmartData(flag.Arg(0))
	if err != nil {
		fail(err)
	}
	drawn := sel.Draw(evaluation.SDArticles(docs), nil)
	if err := sel.Filled(drawn); err != nil {
		fail(err)
	}
	fmt.Println("# split\tline\thash")
	for _, d := range drawn {
		fmt.Printf("%s\t%d\t%s\n", d.Split, d.Line, evaluation.Hash(d.Text))
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "sdselect:", err)
	os.Exit(1)
}
