package main

// sync/atomic on the address of a struct field (&s.requests), promoted
// through an embedded struct too, from many goroutines.

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Stats struct {
	name     string
	requests int64
	errors   int32
	flag     int32
}

type Server struct {
	sync.Mutex
	Stats
}

func main() {
	s := &Server{}
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			atomic.AddInt64(&s.requests, 2)
			if i%5 == 0 {
				atomic.AddInt32(&s.Stats.errors, 1)
			}
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&s.requests), atomic.LoadInt32(&s.errors))
	fmt.Println(atomic.CompareAndSwapInt32(&s.flag, 0, 1), atomic.CompareAndSwapInt32(&s.flag, 0, 1), s.flag)
	atomic.StoreInt64(&s.requests, 7)
	fmt.Println(atomic.SwapInt64(&s.requests, 8), s.requests)
	var st Stats
	atomic.AddInt64(&st.requests, 5)
	fmt.Println(st.requests)
}
