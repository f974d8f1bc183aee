package main

import (
	"fmt"
	"sync"
)

// Methods with pointer receivers on named non-struct types, called on
// variables, parameters, elements, fields and package variables: Go
// takes the address implicitly.

type Counter int

func (c *Counter) Inc() { *c++ }

type Tally map[string]int

func (t *Tally) Reset() { *t = Tally{} }

type Flags []string

func (f *Flags) Set(v string) { *f = append(*f, v) }

func (c Counter) Twice() Counter {
	c.Inc()
	c.Inc()
	return c
}

func bump(c Counter) (r Counter) {
	c.Inc()
	r = c
	r.Inc()
	return
}

var global Counter

type stats struct {
	hits  Counter
	flags Flags
}

func main() {
	var c Counter = 5
	c.Inc()
	fmt.Println(c, c.Twice(), c, bump(c), c)

	var flags Flags
	flags.Set("-v")
	flags.Set("-race")
	fmt.Println(flags, len(flags))

	t := Tally{"a": 1}
	t.Reset()
	t["b"] = 2
	fmt.Println(t)

	var mu sync.Mutex
	var wg sync.WaitGroup
	var total Counter
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			total.Inc()
			global.Inc()
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(total, global)

	var s stats
	s.hits.Inc()
	s.flags.Set("x")
	ps := &s
	ps.hits.Inc()
	all := []stats{{}, {}}
	all[1].hits.Inc()
	all[1].flags.Set("y")
	fmt.Println(s, all)
}
