// Typed atomics as struct fields, embedded and zero: a request counter
// shared by workers, flags, a configuration swapped through atomic.Value,
// And/Or (Go 1.23) and the wrap-around of the 32-bit types.

package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type stats struct {
	requests atomic.Int64
	errors   atomic.Int32
	bytes    atomic.Uint64
	flags    atomic.Uint32
	closed   atomic.Bool
}

type hits struct {
	atomic.Int64
	name string
}

type config struct {
	workers int
	name    string
}

func main() {
	var s stats
	h := &hits{name: "front"}
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 25; k++ {
				s.requests.Add(1)
				s.bytes.Add(uint64(100 + i))
				h.Add(2)
				if k%10 == 0 {
					s.errors.Add(1)
				}
			}
			s.flags.Or(1 << i)
		}()
	}
	wg.Wait()
	fmt.Println(s.requests.Load(), s.errors.Load(), s.bytes.Load(), s.flags.Load(), h.name, h.Load())

	fmt.Println(s.closed.Load(), s.closed.CompareAndSwap(false, true), s.closed.CompareAndSwap(false, true), s.closed.Swap(false), s.closed.Load())
	fmt.Println(s.flags.And(0x0f), s.flags.Load(), s.flags.Swap(7), s.flags.CompareAndSwap(7, 9), s.flags.Load())
	fmt.Println(s.requests.Swap(0), s.requests.CompareAndSwap(0, 5), s.requests.And(4), s.requests.Or(3), s.requests.Load())

	var small atomic.Int32
	small.Store(2147483647)
	var u32 atomic.Uint32
	var u64 atomic.Uint64
	fmt.Println(small.Add(1), u32.Add(^uint32(0)), u64.Add(^uint64(0)), u32.Add(2), u64.Add(2))

	var cfg atomic.Value
	fmt.Println(cfg.Load() == nil)
	cfg.Store(config{4, "a"})
	c := cfg.Load().(config)
	fmt.Println(c.workers, c.name, cfg.CompareAndSwap(config{4, "a"}, config{8, "b"}), cfg.Load())
	fmt.Println(cfg.Swap(config{1, "c"}), cfg.CompareAndSwap(config{4, "a"}, config{2, "d"}), cfg.Load())

	var n int32
	var m uint64
	atomic.AddInt32(&n, 2147483647)
	atomic.AddInt32(&n, 1)
	atomic.OrUint64(&m, 6)
	fmt.Println(n, atomic.AndUint64(&m, 3))
	fmt.Println(m)
	fmt.Println(atomic.SwapUint64(&m, 9), atomic.CompareAndSwapUint64(&m, 9, 1))
	fmt.Println(m, atomic.LoadUint64(&m))

	defer func() { fmt.Println("recovered:", recover()) }()
	cfg.Store("a string")
}
