package main

import (
	"encoding/json"
	"io"

	"github.com/spf13/cobra"

	"chronik/model"
	"chronik/tui/plain"
)

func newArticlesCommand(stdout io.Writer, load timelineLoader) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "articles [PATH...]",
		Short: "List the articles: title, date and how it was found, source, metadata",
		Args:  cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			tl, err := load(args)
			if err != nil {
				return err
			}
			if asJSON {
				enc := json.NewEncoder(stdout)
				enc.SetIndent("", "  ")
				return enc.Encode(struct {
					Articles []model.ExportArticle `json:"articles"`
				}{tl.Export(nil).Articles})
			}
			return plain.WriteArticles(stdout, tl.Articles)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "write JSON (the \"articles\" part of the events contract)")
	return cmd
}
