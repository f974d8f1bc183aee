// A rate limiter: each request waits for a token that a goroutine hands
// out on every tick.  The caller takes three tokens and returns without
// stopping the ticker or telling the goroutine: the goroutine's next
// send finds no receiver and it blocks forever.

package main

import (
	"fmt"
	"time"
)

type limiter struct {
	tick   *time.Ticker
	tokens chan struct{}
}

func newLimiter(every time.Duration) *limiter {
	l := &limiter{tick: time.NewTicker(every), tokens: make(chan struct{})}
	go func() {
		for range l.tick.C {
			l.tokens <- struct{}{}
		}
	}()
	return l
}

func (l *limiter) wait() { <-l.tokens }

func main() {
	l := newLimiter(10 * time.Millisecond)
	start := time.Now()
	for i := 1; i <= 3; i++ {
		l.wait()
		fmt.Println("request", i)
	}
	fmt.Println("at least 30ms:", time.Since(start) >= 30*time.Millisecond)
	time.Sleep(100 * time.Millisecond)
	fmt.Println("done")
}
