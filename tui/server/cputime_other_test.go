//go:build !unix

package server

import "time"

// cpuTime is not measured on this system: BenchmarkFloodCost then
// reports no CPU time.
func cpuTime() time.Duration { return 0 }
