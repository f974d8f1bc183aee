package main

import (
	"fmt"
	"slices"
)

// A comparison callback that asks another goroutine for the rank of
// each element: slices.SortFunc calls it as any function, so the
// channel operations inside block and wake as usual.
func main() {
	req := make(chan string)
	resp := make(chan int)
	go func() {
		rank := map[string]int{"low": 0, "mid": 1, "high": 2, "urgent": 3}
		for name := range req {
			resp <- rank[name]
		}
	}()
	ask := func(s string) int {
		req <- s
		return <-resp
	}
	tasks := []string{"mid", "urgent", "low", "high", "mid", "low"}
	slices.SortStableFunc(tasks, func(a, b string) int { return ask(b) - ask(a) })
	fmt.Println(tasks)
	i := slices.IndexFunc(tasks, func(s string) bool { return ask(s) < 1 })
	fmt.Println("first low at", i)
	tasks = slices.DeleteFunc(tasks, func(s string) bool { return ask(s) == 1 })
	fmt.Println(tasks, len(tasks))
	fmt.Println(slices.MaxFunc(tasks, func(a, b string) int { return ask(a) - ask(b) }))
	close(req)
}
