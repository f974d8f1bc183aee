package main

import (
	"fmt"
	"sync"
)

// A registry embeds both its RWMutex and its WaitGroup (their methods do
// not collide).  It waits for its workers while holding the write lock,
// and every worker needs that lock before it can say Done.
type Registry struct {
	sync.RWMutex
	sync.WaitGroup
	items map[int]string
}

func (r *Registry) register(i int) {
	defer r.Done()
	r.Lock()
	r.items[i] = fmt.Sprint("worker-", i)
	r.Unlock()
}

func (r *Registry) Len() int {
	r.RLock()
	defer r.RUnlock()
	return len(r.items)
}

func main() {
	r := &Registry{items: map[int]string{}}
	r.Lock()
	for i := 0; i < 3; i++ {
		r.Add(1)
		go r.register(i)
	}
	r.Wait()
	r.Unlock()
	fmt.Println(r.Len())
}
