// Views are the only references to their parents' bytes while the
// collector runs many times: in parked goroutines' locals, in channel
// buffers, in map keys and in closures.
package main

import (
	"fmt"
	"strconv"
	"strings"
	"sync"
)

func parent(seed int) string {
	parts := make([]string, 0, 200)
	for i := 0; i < 200; i++ {
		parts = append(parts, strconv.Itoa(seed*1000+i))
	}
	return strings.Join(parts, ",")
}

func garbage(n int) int {
	total := 0
	for i := 0; i < n; i++ {
		s := strings.Repeat("g", 100+i%50)
		total += len(s[10:80])
	}
	return total
}

func main() {
	ch := make(chan string, 8)
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		view := parent(g)[100:160]
		go func(id int) {
			defer wg.Done()
			garbage(20000)
			ch <- fmt.Sprintf("%d:%s", id, view[:40])
		}(g)
	}
	keys := map[string]int{}
	for i := 0; i < 8; i++ {
		keys[parent(10 + i)[200:250]] = i
	}
	get := func() func() string {
		v := parent(99)[300:400]
		return func() string { return v[50:] }
	}()
	buffered := make(chan string, 4)
	for i := 0; i < 4; i++ {
		buffered <- parent(50 + i)[i*10 : i*10+70]
	}
	fmt.Println(garbage(50000))
	wg.Wait()
	close(ch)
	var got []string
	for s := range ch {
		got = append(got, s)
	}
	for i := 0; i < len(got); i++ {
		for j := i + 1; j < len(got); j++ {
			if got[j] < got[i] {
				got[i], got[j] = got[j], got[i]
			}
		}
	}
	for _, s := range got {
		fmt.Println(s)
	}
	for i := 0; i < 8; i++ {
		k := parent(10 + i)[200:250]
		fmt.Println(keys[k], k[:35])
	}
	fmt.Println(get())
	for i := 0; i < 4; i++ {
		fmt.Println(<-buffered)
	}
}
