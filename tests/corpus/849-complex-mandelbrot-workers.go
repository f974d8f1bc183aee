package main

import (
	"fmt"
	"strings"
	"sync"
)

// Worker goroutines each render rows of a small Mandelbrot set with
// complex128 arithmetic; the rows come back over a channel and are put
// in order.
type row struct {
	y    int
	text string
}

func escape(c complex128) int {
	z := complex(0, 0)
	for i := 0; i < 30; i++ {
		z = z*z + c
		if real(z)*real(z)+imag(z)*imag(z) > 4 {
			return i
		}
	}
	return 30
}

func render(y int) string {
	var b strings.Builder
	for x := 0; x < 40; x++ {
		c := complex(-2.2+float64(x)*0.075, -1.2+float64(y)*0.2)
		n := escape(c)
		switch {
		case n == 30:
			b.WriteByte('#')
		case n > 5:
			b.WriteByte('+')
		default:
			b.WriteByte('.')
		}
	}
	return b.String()
}

func main() {
	jobs := make(chan int)
	rows := make(chan row)
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for y := range jobs {
				rows <- row{y, render(y)}
			}
		}()
	}
	go func() {
		for y := 0; y < 13; y++ {
			jobs <- y
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(rows)
	}()
	out := make([]string, 13)
	for r := range rows {
		out[r.y] = r.text
	}
	fmt.Println(strings.Join(out, "\n"))
	var sum complex128
	for y := 0; y < 13; y++ {
		sum += complex(float64(strings.Count(out[y], "#")), float64(y))
	}
	fmt.Println("sum:", sum)
}
