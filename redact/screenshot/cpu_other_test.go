//go:build !unix

package screenshot

import "time"

// childCPU is not measured here.
func childCPU() time.Duration { return 0 }
