// sync.Locker holds *sync.Mutex, *sync.RWMutex and RWMutex.RLocker().
package main

import (
	"fmt"
	"sync"
)

type guarded struct {
	l sync.Locker
	n int
}

func (g *guarded) inc() {
	g.l.Lock()
	defer g.l.Unlock()
	g.n++
}

func withLock(l sync.Locker, f func()) {
	l.Lock()
	defer l.Unlock()
	f()
}

func main() {
	var mu sync.Mutex
	var rw sync.RWMutex
	lockers := []sync.Locker{&mu, &rw, rw.RLocker(), &sync.Mutex{}}
	for i, l := range lockers {
		fmt.Printf("%d: %T\n", i, l)
	}

	g := &guarded{l: &mu}
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			g.inc()
		}()
	}
	wg.Wait()
	fmt.Println("n:", g.n)

	// Readers through RLocker share the lock; a writer waits for them.
	r := rw.RLocker()
	r.Lock()
	r.Lock()
	fmt.Println("two readers; TryLock:", rw.TryLock())
	r.Unlock()
	r.Unlock()
	fmt.Println("no readers; TryLock:", rw.TryLock())
	rw.Unlock()

	total := 0
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			withLock(&rw, func() { total += n })
		}(i)
	}
	wg.Wait()
	fmt.Println("total:", total)

	var l sync.Locker = &mu
	if m, ok := l.(*sync.Mutex); ok {
		fmt.Println("a *sync.Mutex:", m.TryLock())
		m.Unlock()
	}
}
