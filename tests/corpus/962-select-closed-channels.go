package main

import "fmt"

// Receives from closed channels are always ready: a select loop over a
// closed and an open channel keeps finding the closed one ready (ok is
// false) without ever parking, and counts how many zero values it got
// until the open channel delivers.  Buffered values still come out of a
// closed channel before the zero values do.
func main() {
	closed := make(chan int, 3)
	closed <- 7
	closed <- 8
	close(closed)
	first := 0
	for i := 0; i < 2; i++ {
		v, ok := <-closed
		first += v
		if !ok {
			panic("buffered values come first")
		}
	}
	open := make(chan string)
	go func() {
		for i := 0; i < 3; i++ {
			open <- fmt.Sprint("msg", i)
		}
		close(open)
	}()
	msgs, zeros := 0, 0
	for open != nil {
		select {
		case v, ok := <-closed:
			if ok || v != 0 {
				panic("a closed channel gives zero values")
			}
			zeros++
		case s, ok := <-open:
			if !ok {
				open = nil
				continue
			}
			fmt.Println(s)
			msgs++
		}
	}
	fmt.Println("buffered:", first, "messages:", msgs, "zeros seen:", zeros >= 0)
}
