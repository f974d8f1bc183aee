package main

import "fmt"

func main() {
	messages := make(chan string, 2)
	signals := make(chan bool)

	select {
	case msg := <-messages:
		fmt.Println("received message", msg)
	default:
		fmt.Println("no message received")
	}

	sent := 0
	for i := 0; i < 4; i++ {
		select {
		case messages <- fmt.Sprint("m", i):
			sent++
		default:
			fmt.Println("buffer full, dropped", i)
		}
	}
	fmt.Println("sent", sent)

	select {
	case msg := <-messages:
		fmt.Println("received message", msg)
	case sig := <-signals:
		fmt.Println("received signal", sig)
	default:
		fmt.Println("no activity")
	}

	select {
	case signals <- true:
		fmt.Println("sent signal")
	default:
		fmt.Println("no signal sent")
	}
	fmt.Println("left in buffer:", len(messages))
}
