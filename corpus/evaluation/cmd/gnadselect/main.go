// Command gnadselect prints the fixed-seed draw of 10kGNAD articles that
// the evaluation annotates: split, line number, category and text hash,
// one article a line, never the text. The second file lists the lines
// whose output was read outside the splits, which the fresh splits pass
// over. Its output is corpus/evaluation/testdata/gnad/selection.tsv:
//
//	go run ./corpus/evaluation/cmd/gnadselect ../shared/data/news/10kgnad-test.csv.gz corpus/evaluation/testdata/gnad/read-outside-splits.txt > corpus/evaluation/testdata/gnad/selection.tsv
package main

import (
	"fmt"
	"os"

	"chronik/corpus/evaluation"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: gnadselect PATH-TO-10kgnad-test.csv.gz PATH-TO-read-outside-splits.txt")
		os.Exit(2)
	}
	all, err := evaluation.ReadGNAD(os.Args[1])
	if err != nil {
		fail(err)
	}
	read, err := evaluation.ReadLineSet(os.Args[2])
	if err != nil {
		fail(err)
	}
	drawn := evaluation.DefaultSelection.Draw(all, read)
	if err := evaluation.DefaultSelection.Filled(drawn); err != nil {
		fail(err)
	}
	fmt.Println("# split\tline\tcategory\thash")
	for _, d := range drawn {
		fmt.Printf("%s\t%d\t%s\t%s\n", d.Split, d.Line, d.Category, evaluation.Hash(d.Text))
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "gnadselect:", err)
	os.Exit(1)
}
