//go:build !unix

package ner_test

// cpuSeconds is not measured on this system; BenchmarkTagger then reports
// wall-clock figures only.
func cpuSeconds() float64 { return 0 }
