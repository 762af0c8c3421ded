//go:build tools

package main

import (
	_ "charm.land/bubbles/v2/help"
	_ "charm.land/bubbles/v2/key"
	_ "charm.land/bubbles/v2/textinput"
	_ "charm.land/bubbles/v2/viewport"
	_ "charm.land/bubbletea/v2"
	_ "charm.land/glamour/v2"
	_ "charm.land/lipgloss/v2"
	_ "charm.land/log/v2"
	_ "charm.land/ssh"
	_ "charm.land/wish/v2"
	_ "charm.land/wish/v2/activeterm"
	_ "charm.land/wish/v2/bubbletea"
	_ "charm.land/wish/v2/logging"
	_ "charm.land/wish/v2/ratelimiter"
	_ "charm.land/wish/v2/recover"
	_ "charm.land/wish/v2/testsession"
	_ "github.com/charmbracelet/x/exp/teatest/v2"
	_ "github.com/kljensen/snowball"
	_ "github.com/spf13/cobra"
	_ "golang.org/x/crypto/ssh"
)
