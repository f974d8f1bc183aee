package main

import (
	"errors"
	"fmt"
	"sync"
)

// A kernel in the style of real blocking bugs: an early return on error
// skips the Unlock, and the next caller blocks on the lock forever.

type account struct {
	mu      sync.Mutex
	balance int
}

func (a *account) withdraw(n int) error {
	a.mu.Lock()
	if n > a.balance {
		return errors.New("insufficient funds")
	}
	a.balance -= n
	a.mu.Unlock()
	return nil
}

func main() {
	a := &account{balance: 10}
	err := a.withdraw(4)
	fmt.Println(err, a.balance)
	fmt.Println(a.withdraw(100))
	done := make(chan bool)
	go func() {
		fmt.Println(a.withdraw(1))
		done <- true
	}()
	<-done
}
