package main

// Method values of a Mutex, a strings.Builder, a *rand.Rand and a Once.

import (
	"fmt"
	"math/rand"
	"strings"
	"sync"
)

func main() {
	var mu sync.Mutex
	lock, unlock := mu.Lock, mu.Unlock
	lock()
	unlock()
	var b strings.Builder
	w := b.WriteString
	w("hi")
	fmt.Println(b.String())
	r := rand.New(rand.NewSource(1))
	n := r.Intn
	fmt.Println(n(1) == 0)
	var once sync.Once
	do := once.Do
	do(func() { fmt.Println("once") })
}
