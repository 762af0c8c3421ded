package tui

import "chronik/tui/internal/safetext"

// clean makes untrusted text safe to draw on one row of a terminal. It is
// safetext.Line, the sanitiser the plain-text path uses too, so the
// explorer and `chronik events` drop and replace the same characters.
func clean(s string) string { return safetext.Line(s) }

func isBidiControl(r rune) bool { return safetext.IsBidiControl(r) }
