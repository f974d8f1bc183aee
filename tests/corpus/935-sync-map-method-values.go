package main

// A sync.Map through method values: Store handed to goroutines, Load,
// Range, LoadAndDelete, CompareAndDelete and Go 1.23's Clear.

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var m sync.Map
	store := m.Store
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			store(i, i*i)
		}()
	}
	wg.Wait()
	load := m.Load
	v, ok := load(3)
	fmt.Println(v, ok)
	var keys []int
	each := m.Range
	each(func(k, v any) bool {
		keys = append(keys, k.(int))
		return true
	})
	sort.Ints(keys)
	fmt.Println(keys)
	del := m.LoadAndDelete
	fmt.Println(del(2))
	fmt.Println(m.CompareAndSwap(1, 1, 100))
	cad := m.CompareAndDelete
	fmt.Println(cad(1, 100))
	clear := m.Clear
	clear()
	_, ok = m.Load(0)
	fmt.Println(ok)
}
