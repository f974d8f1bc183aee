package main

import (
	"fmt"
	"runtime"
	"time"
)

// handle serves one request.  It starts a goroutine to look the answer up,
// but rejects even-numbered requests early, and then nobody receives the
// lookup's answer: that goroutine blocks on its send forever.  A server
// runs for days, so one goroutine lost per bad request adds up.
func handle(id int) string {
	answer := make(chan string)
	go func() {
		answer <- fmt.Sprintf("answer %d", id)
	}()
	if id%2 == 0 {
		return "rejected"
	}
	return <-answer
}

func main() {
	for id := 1; id <= 20; id++ {
		reply := handle(id)
		time.Sleep(10 * time.Millisecond) // the next request arrives
		if id%5 == 0 {
			fmt.Printf("after %2d requests (%s): %2d goroutines\n", id, reply, runtime.NumGoroutine())
		}
	}
}
