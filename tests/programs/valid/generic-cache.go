package main

import (
	"cmp"
	"fmt"
	"sync"
)

type Cache[K comparable, V any] struct {
	mu   sync.RWMutex
	data map[K]V
	hits int
}

func NewCache[K comparable, V any]() *Cache[K, V] {
	return &Cache[K, V]{data: make(map[K]V)}
}

func (c *Cache[K, V]) Get(k K, load func(K) V) V {
	c.mu.RLock()
	v, ok := c.data[k]
	c.mu.RUnlock()
	if ok {
		c.mu.Lock()
		c.hits++
		c.mu.Unlock()
		return v
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if v, ok := c.data[k]; ok {
		c.hits++
		return v
	}
	v = load(k)
	c.data[k] = v
	return v
}

func MaxOf[T cmp.Ordered](first T, rest ...T) T {
	m := first
	for _, v := range rest {
		m = max(m, v)
	}
	return m
}

type Pair[A, B any] struct {
	First  A
	Second B
}

func (p Pair[A, B]) String() string { return fmt.Sprintf("(%v, %v)", p.First, p.Second) }

func main() {
	c := NewCache[int, string]()
	var mu sync.Mutex
	loads := 0
	load := func(k int) string {
		mu.Lock()
		loads++
		mu.Unlock()
		return fmt.Sprint("value-", k)
	}
	var wg sync.WaitGroup
	for i := 0; i < 12; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Get(i%3, load)
		}()
	}
	wg.Wait()
	entry := c.Get(2, load)
	fmt.Println("loads:", loads, "hits:", c.hits, "entry:", entry)
	fmt.Println(MaxOf(3, 9, 4), MaxOf("kiwi", "apple"), MaxOf(2.5))
	fmt.Println(Pair[string, int]{"answer", 42})
	fmt.Println(min(3, 1, 2), cmp.Compare("a", "b"))
}
