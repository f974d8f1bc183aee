package main

// math/rand and time at their edges, as Go 1.23 has them: Intn and
// NewTicker panic with strings, time.Tick of a non-positive interval is a
// nil channel, Ticker.Reset refuses one, negative timers fire at once.

import (
	"fmt"
	"math/rand"
	"time"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: %v %T\n", name, r, r)
	}()
	f()
}

func main() {
	try("Intn(0)", func() { rand.Intn(0) })
	try("Intn(-1)", func() { rand.Intn(-1) })
	try("Tick(0)", func() { fmt.Println(time.Tick(0) == nil) })
	try("Tick(-1)", func() { fmt.Println(time.Tick(-1) == nil) })
	try("NewTicker(0)", func() { time.NewTicker(0) })
	try("NewTicker(-5)", func() { time.NewTicker(-5) })
	try("After(-1)", func() { <-time.After(-1); fmt.Println("ok") })
	try("Sleep(-1)", func() { time.Sleep(-1); fmt.Println("ok") })
	try("NewTimer(-1)", func() { t := time.NewTimer(-1); <-t.C; fmt.Println(t.Stop()) })
	var d time.Duration = -1 << 63
	fmt.Println(d, time.Duration(1<<63-1), time.Duration(-1), time.Duration(0))
	try("Reset", func() { t := time.NewTicker(time.Second); t.Reset(0) })
}
