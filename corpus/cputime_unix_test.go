//go:build unix

package corpus

import "syscall"

// cpuSeconds is the CPU time (user and system) this process has used: the
// per-core throughput it gives holds however busy the machine's other
// processes keep its cores.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return float64(ru.Utime.Nano()+ru.Stime.Nano()) / 1e9
}
