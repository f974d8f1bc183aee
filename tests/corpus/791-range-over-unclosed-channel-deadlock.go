package main

import "fmt"

// A kernel in the style of real blocking bugs: the producer forgets to
// close the channel, so the range in main never ends.

func main() {
	ch := make(chan int)
	go func() {
		for i := 1; i <= 3; i++ {
			ch <- i
		}
	}()
	sum := 0
	for v := range ch {
		sum += v
		fmt.Println("got", v, "sum", sum)
	}
	fmt.Println("never printed")
}
