package main

import (
	"fmt"
	"runtime"
	"time"
)

// handle serves one request.  The answer channel has room for one value,
// so the lookup goroutine can always deliver its answer and exit, even
// when the handler has already rejected the request and returned.
func handle(id int) string {
	answer := make(chan string, 1)
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
