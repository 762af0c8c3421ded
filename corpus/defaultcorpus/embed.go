// Package defaultcorpus holds the articles Chronik shows when it is given no
// paths: the user's own material, embedded byte for byte so that a fresh
// `go run .` has something real to show.
package defaultcorpus

import (
	"embed"
	"io/fs"
)

//go:embed *.txt
var files embed.FS

// FS returns the embedded articles, one .txt file each at the root.
func FS() fs.FS { return files }
