package main

import (
	"fmt"
	"sync"
)

type cache struct {
	entries sync.Map
	pool    sync.Pool
}

var global sync.Map

func main() {
	var m sync.Map
	m.Store("a", 1)
	m.Store("b", 2)
	v, ok := m.Load("a")
	fmt.Println(v, ok)
	v, ok = m.Load("z")
	fmt.Println(v, ok)
	act, loaded := m.LoadOrStore("a", 10)
	fmt.Println(act, loaded)
	act, loaded = m.LoadOrStore("c", 3)
	fmt.Println(act, loaded)
	prev, loaded := m.Swap("b", 20)
	fmt.Println(prev, loaded)
	prev, loaded = m.Swap("d", 4)
	fmt.Println(prev, loaded)
	fmt.Println(m.CompareAndSwap("b", 2, 200), m.CompareAndSwap("b", 20, 200))
	fmt.Println(m.CompareAndDelete("d", 5), m.CompareAndDelete("d", 4))
	v, loaded = m.LoadAndDelete("c")
	fmt.Println(v, loaded)
	m.Delete("nothing")
	total := 0
	m.Range(func(k, v any) bool {
		total += v.(int)
		return true
	})
	fmt.Println(total)
	n := 0
	m.Range(func(k, v any) bool {
		n++
		return false
	})
	fmt.Println(n)

	var wg sync.WaitGroup
	for i := range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			global.Store(i, i*i)
		}()
	}
	wg.Wait()
	sum := 0
	global.Range(func(k, v any) bool {
		sum += v.(int)
		return true
	})
	fmt.Println(sum)

	c := &cache{}
	c.entries.Store(1, "one")
	s, _ := c.entries.Load(1)
	fmt.Println(s.(string))
	fmt.Println(c.pool.Get())
	c.pool.New = func() any { return "fresh" }
	fmt.Println(c.pool.Get())
	c.pool.Put("x")
	c.pool.Put("y")
	fmt.Println(c.pool.Get(), c.pool.Get(), c.pool.Get())

	p := sync.Pool{New: func() any { return new(int) }}
	ip := p.Get().(*int)
	*ip = 7
	p.Put(ip)
	fmt.Println(*p.Get().(*int))
	defer m.Store("late", 1)
	go m.Delete("a")
}
