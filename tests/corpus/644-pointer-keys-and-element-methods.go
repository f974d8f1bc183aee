package main

import (
	"fmt"
	"sync"
)

// Pointers to elements as map keys and in interfaces, pointer methods
// called on elements and fields, and a WaitGroup and Mutex per element
// of an array of structs.

type Counter int

func (c *Counter) Add(n int) { *c += Counter(n) }

type shard struct {
	mu   sync.Mutex
	hits Counter
	seen map[string]bool
}

var shards [3]shard

func main() {
	nums := []int{10, 20, 30}
	marked := map[*int]string{}
	for i := range nums {
		marked[&nums[i]] = fmt.Sprint("n", i)
	}
	fmt.Println(len(marked), marked[&nums[1]], marked[&nums[2]] == "n2")
	var any interface{} = &nums[0]
	set := map[interface{}]bool{any: true}
	fmt.Println(set[&nums[0]], set[&nums[1]])

	var wg sync.WaitGroup
	words := []string{"go", "chan", "select", "go", "mutex", "chan", "go"}
	for i := range shards {
		shards[i].seen = map[string]bool{}
	}
	for _, w := range words {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s := &shards[len(w)%len(shards)]
			s.mu.Lock()
			defer s.mu.Unlock()
			s.hits.Add(1)
			s.seen[w] = true
		}()
	}
	wg.Wait()
	for i := range shards {
		shards[i].mu.Lock()
		fmt.Println(i, shards[i].hits, len(shards[i].seen))
		shards[i].mu.Unlock()
	}
	counters := make([]Counter, 2)
	counters[1].Add(5)
	counters[1].Add(2)
	fmt.Println(counters)
}
