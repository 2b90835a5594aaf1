//go:build unix

package screenshot

import (
	"syscall"
	"time"
)

// childCPU returns the CPU time (user and system) of the child processes
// waited for so far: Tesseract's own cost, whatever else the machine runs.
func childCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_CHILDREN, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
