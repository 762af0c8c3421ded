//go:build tools

package main

import (
	_ "charm.land/bubbles/v2/key"
	_ "charm.land/bubbletea/v2"
	_ "charm.land/glamour/v2"
	_ "charm.land/lipgloss/v2"
	_ "charm.land/log/v2"
	_ "charm.land/ssh"
	_ "charm.land/wish/v2"
	_ "github.com/charmbracelet/x/exp/teatest/v2"
	_ "github.com/spf13/cobra"
	_ "github.com/kljensen/snowball"
)
