// The rate limiter of 563, closed properly: Stop ends the ticks and a
// done channel lets the goroutine return even while it offers a token.

package main

import (
	"fmt"
	"sync"
	"time"
)

type limiter struct {
	tick   *time.Ticker
	tokens chan struct{}
	done   chan struct{}
	wg     sync.WaitGroup
}

func newLimiter(every time.Duration) *limiter {
	l := &limiter{tick: time.NewTicker(every), tokens: make(chan struct{}), done: make(chan struct{})}
	l.wg.Add(1)
	go func() {
		defer l.wg.Done()
		for {
			select {
			case <-l.tick.C:
				select {
				case l.tokens <- struct{}{}:
				case <-l.done:
					return
				}
			case <-l.done:
				return
			}
		}
	}()
	return l
}

func (l *limiter) wait() { <-l.tokens }

func (l *limiter) close() {
	l.tick.Stop()
	close(l.done)
	l.wg.Wait()
}

func main() {
	l := newLimiter(10 * time.Millisecond)
	for i := 1; i <= 3; i++ {
		l.wait()
		fmt.Println("request", i)
	}
	l.close()
	l.tick.Reset(5 * time.Millisecond)
	l.tick.Stop()
	select {
	case <-l.tick.C:
		fmt.Println("tick after Stop")
	case <-time.After(30 * time.Millisecond):
		fmt.Println("no tick after Stop")
	}
	fmt.Println("closed")
}
