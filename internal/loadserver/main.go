// Command loadserver serves the default corpus (or the given files) over
// SSH for load measurements with sshload, without the CLI around it. It
// prints its pid and resident memory once the corpus is loaded, so peak
// memory per session can be read off /proc/PID/status (VmHWM) against it.
//
//	go run ./internal/loadserver -listen 127.0.0.1:23234
//
// It lives outside tui/ because it parses text (it imports corpus), which
// nothing under tui/ may do.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"net/http"
	_ "net/http/pprof"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"syscall"
	"time"

	"charm.land/log/v2"

	"chronik/corpus"
	"chronik/model"
	"chronik/tui/server"
)

func main() {
	listen := flag.String("listen", "127.0.0.1:23234", "address to listen on")
	maxSessions := flag.Int("max-sessions", 0, "concurrent sessions (0: the server's default)")
	quiet := flag.Bool("quiet", true, "log warnings only (per-session lines cost time under load)")
	pprofAddr := flag.String("pprof", "", "serve net/http/pprof on this address (e.g. 127.0.0.1:6060)")
	gcPercent := flag.Int("gc-percent", 5, "GOGC once the corpus is loaded (chronik serve sets 5)")
	flag.Parse()

	var (
		tl   *model.Timeline
		errs []error
	)
	if flag.NArg() > 0 {
		tl, errs = corpus.Load(flag.Args())
	} else {
		tl, errs = corpus.LoadDefault()
	}
	for _, err := range errs {
		fmt.Fprintln(os.Stderr, "loadserver:", err)
	}
	if tl == nil {
		os.Exit(1)
	}
	logger := log.NewWithOptions(os.Stderr, log.Options{ReportTimestamp: true})
	if *quiet {
		logger.SetLevel(log.WarnLevel)
	}
	keyDir := filepath.Join(os.TempDir(), "chronik-loadserver")
	if err := os.MkdirAll(keyDir, 0o700); err != nil {
		fmt.Fprintln(os.Stderr, "loadserver:", err)
		os.Exit(1)
	}
	hostKey := filepath.Join(keyDir, "host_ed25519")
	s, err := server.New(server.Config{Listen: *listen, HostKeyPath: hostKey, MaxSessions: *maxSessions, Logger: logger}, tl)
	if err != nil {
		fmt.Fprintln(os.Stderr, "loadserver:", err)
		os.Exit(1)
	}
	debug.SetGCPercent(*gcPercent)
	runtime.GC()
	debug.FreeOSMemory()
	fmt.Printf("pid %d, %d events, %d actors, %d articles, %s after loading\n",
		os.Getpid(), len(tl.Events), len(tl.Actors), len(tl.Articles), rss())

	if *pprofAddr != "" {
		go func() { fmt.Fprintln(os.Stderr, "loadserver: pprof:", http.ListenAndServe(*pprofAddr, nil)) }()
	}
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, syscall.SIGINT, syscall.SIGTERM)
	go func() {
		<-sig
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		if err := s.Shutdown(ctx); err != nil {
			fmt.Fprintln(os.Stderr, "loadserver:", err)
		}
	}()
	if err := s.ListenAndServe(); err != nil && !errors.Is(err, server.ErrServerClosed) {
		fmt.Fprintln(os.Stderr, "loadserver:", err)
		os.Exit(1)
	}
	fmt.Printf("peak %s\n", rss())
}

// rss reads VmRSS and VmHWM from /proc/self/status.
func rss() string {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return "rss unknown"
	}
	var out []string
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, "VmRSS:") || strings.HasPrefix(line, "VmHWM:") {
			out = append(out, strings.Join(strings.Fields(line), " "))
		}
	}
	return strings.Join(out, ", ")
}
