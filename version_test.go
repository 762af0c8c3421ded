package main

import (
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
)

func TestBuildVersion(t *testing.T) {
	goLine := runtime.Version() + " " + runtime.GOOS + "/" + runtime.GOARCH
	tests := []struct {
		name string
		info *debug.BuildInfo
		ok   bool
		want string
	}{
		{"no build info", nil, false, "chronik unknown"},
		{"tagged", &debug.BuildInfo{Main: debug.Module{Version: "v1.2.0"}}, true, "chronik v1.2.0"},
		{"a checkout with changes", &debug.BuildInfo{
			Main: debug.Module{Version: "v0.0.0-20261203125000-70a9349abcde+dirty"},
			Settings: []debug.BuildSetting{
				{Key: "vcs", Value: "git"},
				{Key: "vcs.revision", Value: "70a9349abcdef0123456789"},
				{Key: "vcs.time", Value: "2026-12-03T12:50:00Z"},
				{Key: "vcs.modified", Value: "true"},
			}}, true,
			"chronik v0.0.0-20261203125000-70a9349abcde+dirty (commit 70a9349abcde, 2026-12-03T12:50:00Z, with local changes)"},
		{"go test (no VCS stamp)", &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}}, true, "chronik (devel)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, want := buildVersion(tt.info, tt.ok), tt.want+"\n"+goLine; got != want {
				t.Errorf("got\n%s\nwant\n%s", got, want)
			}
		})
	}
}

func TestVersionFlagAndCommandAgree(t *testing.T) {
	flag, _, err := run(t, "", "--version")
	if err != nil {
		t.Fatal(err)
	}
	cmd, _, err := run(t, "", "version")
	if err != nil {
		t.Fatal(err)
	}
	if flag != cmd || !strings.HasPrefix(flag, "chronik ") || !strings.Contains(flag, runtime.Version()) {
		t.Errorf("--version %q, version %q", flag, cmd)
	}
}
