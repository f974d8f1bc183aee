package main

// Package variables initialise in dependency order, not as written: a
// total above its prices, a registry above its seeds, a worker goroutine
// started by an initialiser.

import (
	"fmt"
	"sync"
	"time"
)

var total = sum()

var limit = defaultLimit * 2

var registry = newRegistry()

var (
	a = c + b
	b = f("b")
	c = f("c")
	d = 3
)

var prices = []int{3, 5, 7}

const defaultLimit = 10

type reg struct {
	mu    sync.Mutex
	names []string
	ttl   time.Duration
}

func newRegistry() *reg {
	return &reg{names: append([]string(nil), seeds...), ttl: timeout}
}

var seeds = []string{"x", "y"}

var timeout = 2 * time.Second

func f(s string) int {
	fmt.Println("init", s)
	return len(s) + d
}

func sum() int {
	t := 0
	for _, p := range prices {
		t += p
	}
	return t
}

var done = make(chan struct{})

var worker = start()

func start() int {
	go func() {
		fmt.Println("worker sees", len(prices), "prices")
		close(done)
	}()
	return 1
}

func main() {
	<-done
	fmt.Println(total, limit, registry.names, registry.ttl, a, b, c, worker)
}
