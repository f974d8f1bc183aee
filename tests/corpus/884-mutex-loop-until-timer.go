package main

import (
	"fmt"
	"sync"
	"time"
)

// Two goroutines hammer a Mutex while a timer runs out: the timer fires
// in the middle of their work, a flag read under the lock stops them,
// and a sleeper woken in between records that it ran.

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	stop := false
	count := 0
	slept := false
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				mu.Lock()
				if stop {
					mu.Unlock()
					return
				}
				count++
				mu.Unlock()
			}
		}()
	}
	go func() {
		time.Sleep(time.Millisecond)
		mu.Lock()
		slept = true
		mu.Unlock()
	}()
	<-time.After(20 * time.Millisecond)
	mu.Lock()
	stop = true
	mu.Unlock()
	wg.Wait()
	mu.Lock()
	fmt.Println("stopped; worked:", count > 1000, "sleeper ran:", slept)
	mu.Unlock()
}
