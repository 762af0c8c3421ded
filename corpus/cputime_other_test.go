//go:build !unix

package corpus

// cpuSeconds is not measured on this system; the benchmarks then report
// wall-clock figures only.
func cpuSeconds() float64 { return 0 }
