// Untyped constants beyond 64 bits and beyond float64 fold as Go folds
// them, as long as the value that reaches a variable fits.
package main

import "fmt"

const (
	a   = 1e100 << 1        // a whole float shifts as an integer
	b   = (1 << 100) << 2.0 // a whole float count
	big = 1e400             // no float64, but an untyped constant
	top = 1 << 511          // the widest untyped integer Go allows
	neg = -(1 << 300) >> 290
)

func main() {
	fmt.Println(a > 1e100, a>>330, a < 1e101)
	fmt.Println(b>>100, b > 1e30)
	fmt.Println(big > 1e399, big > a, -big < -1e399)
	fmt.Println(top>>509, top > 1e150)
	fmt.Println(neg)
	fmt.Println(1e300>>990, 1<<1e2>>99)
}
