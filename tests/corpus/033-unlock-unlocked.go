package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	fmt.Println("locked")
	mu.Unlock()
	fmt.Println("unlocked")
	defer fmt.Println("fatal errors skip deferred calls")
	mu.Unlock()
}
