package main

import (
	"fmt"
	"sync"
)

// A kernel in the style of real blocking bugs: a method that holds the lock
// calls another method that takes the same lock: sync.Mutex is not
// reentrant, so main blocks on itself.

type registry struct {
	mu    sync.Mutex
	names map[string]bool
}

func (r *registry) has(n string) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.names[n]
}

func (r *registry) add(n string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.has(n) {
		return
	}
	r.names[n] = true
}

func main() {
	r := &registry{names: map[string]bool{}}
	fmt.Println("adding")
	r.add("x")
	fmt.Println("added")
}
