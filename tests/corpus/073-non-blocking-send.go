package main

import "fmt"

func main() {
	queue := make(chan int, 3)
	sent, dropped := 0, 0
	for i := 0; i < 10; i++ {
		select {
		case queue <- i:
			sent++
		default:
			dropped++
		}
	}
	fmt.Println("sent", sent, "dropped", dropped)
	close(queue)
	for v := range queue {
		fmt.Print(v, " ")
	}
	fmt.Println()
	var nilCh chan int
	select {
	case nilCh <- 1:
		fmt.Println("impossible")
	default:
		fmt.Println("a nil channel is never ready")
	}
}
