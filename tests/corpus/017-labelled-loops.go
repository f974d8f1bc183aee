package main

import "fmt"

func main() {
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j == i {
				continue outer
			}
			if i == 3 && j == 1 {
				break outer
			}
			fmt.Println(i, j)
		}
	}
	ch := make(chan int, 10)
	for i := 0; i < 10; i++ {
		ch <- i
	}
	close(ch)
	count := 0
loop:
	for {
		select {
		case v := <-ch:
			if v == 6 {
				break loop
			}
			count++
		}
	}
	fmt.Println("count", count, "left", len(ch))
}
