package main

import (
	"fmt"
	"strings"
	"time"
)

type result struct {
	line int
	sum  int
	err  error
}

// parse sums the numbers of one line; a bad number is an error.
func parse(i int, line string, out chan<- result) {
	sum := 0
	for _, f := range strings.Fields(line) {
		var v int
		if _, err := fmt.Sscan(f, &v); err != nil {
			out <- result{line: i, err: fmt.Errorf("line %d: %q: %w", i, f, err)}
			return
		}
		sum += v
	}
	out <- result{line: i, sum: sum}
}

// total reads the results in line order and stops at the first error:
// the workers of the later lines block forever on their sends.
func total(input string) (int, error) {
	lines := strings.Split(strings.TrimSpace(input), "\n")
	outs := make([]chan result, len(lines))
	for i, l := range lines {
		outs[i] = make(chan result)
		go parse(i, l, outs[i])
	}
	sum := 0
	for _, out := range outs {
		r := <-out
		if r.err != nil {
			return 0, r.err
		}
		sum += r.sum
	}
	return sum, nil
}

func main() {
	var sb strings.Builder
	for i := 1; i <= 4; i++ {
		fmt.Fprintf(&sb, "%d %d %d\n", i, i*10, i*100)
	}
	fmt.Println(total(sb.String()))
	_, err := total("1 2\n3 x\n4 5\n6 7\n")
	fmt.Println(err != nil, strings.Contains(err.Error(), "expected integer"))
	time.Sleep(10 * time.Millisecond) // the workers left behind reach their sends
}
