package main

import (
	"fmt"
	"sync"
)

// One goroutine takes and releases a Mutex many times: nobody else wants
// it, so every Lock and Unlock goes through without waiting.
type account struct {
	mu      sync.Mutex
	balance int
	log     []int
}

func (a *account) deposit(n int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.balance += n
	if n%250 == 0 {
		a.log = append(a.log, a.balance)
	}
}

func main() {
	a := &account{}
	for i := 1; i <= 1000; i++ {
		a.deposit(i)
	}
	fmt.Println("balance:", a.balance)
	fmt.Println("log:", a.log)
	var rw sync.RWMutex
	reads := 0
	for i := 0; i < 300; i++ {
		rw.RLock()
		reads++
		rw.RUnlock()
	}
	rw.Lock()
	fmt.Println("reads:", reads)
	rw.Unlock()
}
