package main

import (
	"fmt"
	"time"
)

// A kernel in the style of real blocking bugs: a handler parses the
// client's send time and budget, gives each worker a deadline computed
// from them, and stops waiting after a timeout.  The workers compare
// their progress against the deadline and then send their result on an
// unbuffered channel nobody receives from any more: all three leak.

const layout = "2006-01-02T15:04:05.000Z07:00"

func worker(id int, start, deadline time.Time, results chan<- string) {
	var elapsed time.Duration
	for step := 1; ; step++ {
		time.Sleep(40 * time.Millisecond)
		elapsed += 40 * time.Millisecond
		now := start.Add(elapsed)
		if !now.Before(deadline) {
			results <- fmt.Sprintf("worker %d: step %d at %s, %v past the deadline",
				id, step, now.Format("15:04:05.000"), now.Sub(deadline))
			return
		}
	}
}

func handle(header, budgetText string) {
	sent, err := time.Parse(layout, header)
	if err != nil {
		fmt.Println(err)
		return
	}
	budget, err := time.ParseDuration(budgetText)
	if err != nil {
		fmt.Println(err)
		return
	}
	deadline := sent.Add(budget)
	fmt.Println("deadline", deadline.Format(time.RFC3339Nano), deadline.UTC())
	results := make(chan string)
	for i := 1; i <= 3; i++ {
		go worker(i, sent, deadline.Add(time.Duration(i-1)*50*time.Millisecond), results)
	}
	select {
	case r := <-results:
		fmt.Println(r)
	case <-time.After(100 * time.Millisecond):
		fmt.Println("timed out; the workers still run until", deadline.Add(100*time.Millisecond).Format(time.Kitchen))
	}
}

func main() {
	handle("2024-05-01T09:30:00.000+0200", "150ms")
	handle("2024-05-01T09:30:00.000+02:00", "150ms")
	time.Sleep(500 * time.Millisecond)
	fmt.Println("handler returned")
}
