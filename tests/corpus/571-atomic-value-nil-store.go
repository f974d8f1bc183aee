// atomic.Value refuses nil: the goroutine that publishes a nil
// configuration panics and takes the program down.

package main

import (
	"fmt"
	"sync/atomic"
)

type config struct{ n int }

func load() *config { return nil }

func main() {
	var v atomic.Value
	v.Store(&config{1})
	fmt.Println(v.Load().(*config).n)
	var cur any = load()
	v.Store(cur)
	fmt.Println("stored")
	var empty any
	v.Store(empty)
}
