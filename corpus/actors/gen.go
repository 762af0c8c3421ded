package actors

// The name and company data under data/ is generated from pinned npm
// packages (see internal/gendata and data/ATTRIBUTION.md). It needs npm and
// the npm registry; CI uses the committed files.
//go:generate go run ./internal/gendata -out data
