package main

// goto: a retry loop, leaving nested loops, a select loop built from
// labels, and a label in a function literal.

import (
	"fmt"
	"time"
)

func retry(attempts int) (n int) {
	i := 0
again:
	i++
	n += i
	if i < attempts {
		goto again
	}
	return
}

func find(grid [][]int, want int) (int, int) {
	for r, row := range grid {
		for c, v := range row {
			if v == want {
				fmt.Println("found at", r, c)
				goto done
			}
		}
	}
	fmt.Println("not found")
	return -1, -1
done:
	return 0, 0
}

func main() {
	fmt.Println(retry(4))
	find([][]int{{1, 2}, {3, 4}}, 3)
	find([][]int{{1, 2}}, 9)
	ch := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			ch <- i
			time.Sleep(time.Millisecond)
		}
		close(ch)
	}()
	count := 0
loop:
	select {
	case v, ok := <-ch:
		if !ok {
			goto end
		}
		count += v
		goto loop
	}
end:
	fmt.Println("sum", count)
	func() {
		k := 0
	top:
		if k < 2 {
			k++
			goto top
		}
		fmt.Println("k", k)
	}()
}
