// The ends of the ranges: the zero Time's Unix readings (Go wraps
// UnixNano outside 1678 … 2262) and Durations rounded at their limits.

package main

import (
	"fmt"
	"time"
)

func main() {
	var z time.Time
	fmt.Println(z.UnixNano(), z.UnixMilli(), z.Unix())
	for _, d := range []time.Duration{-1 << 63, 1<<63 - 1, -1<<63 + 1, -5400 * time.Second} {
		fmt.Println(d.Round(time.Hour), d.Round(7), d.Truncate(time.Hour))
	}
}
