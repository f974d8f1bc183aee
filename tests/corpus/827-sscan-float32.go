package main

import "fmt"

// Readings arrive as text; a parser goroutine scans them into float32
// and hands them on.
func main() {
	lines := []string{"0.1 2.5", "16777217 1e-3", "x 1"}
	out := make(chan [2]float32)
	go func() {
		defer close(out)
		for _, l := range lines {
			var a, b float32
			n, err := fmt.Sscan(l, &a, &b)
			if err != nil {
				fmt.Println("skip:", n, err)
				continue
			}
			out <- [2]float32{a, b}
		}
	}()
	for p := range out {
		fmt.Println(p[0], p[1], p[0]+p[1], float64(p[0]))
	}
	var f float32
	var d float64
	fmt.Sscanf("t=3.14159265358979 u=3.14159265358979", "t=%g u=%g", &f, &d)
	fmt.Println(f, d, float64(f) == d)
}
