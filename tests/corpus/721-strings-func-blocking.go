package main

import (
	"fmt"
	"strings"
	"sync"
)

// The mapping function of strings.Map blocks on a channel: the goroutine
// that runs Map waits inside the call, and another goroutine feeds it.
func main() {
	keys := make(chan rune)
	go func() {
		for _, k := range "ABCDE" {
			keys <- k
		}
		close(keys)
	}()
	enc := strings.Map(func(r rune) rune {
		k, ok := <-keys
		if !ok {
			return -1
		}
		return r + k - 'A'
	}, "aaaaaaa")
	fmt.Println(enc)

	var mu sync.Mutex
	var wg sync.WaitGroup
	counts := make(map[string]int)
	for _, s := range []string{"a,b", "b;c", "c d a"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' || r == ' ' }) {
				mu.Lock()
				counts[w]++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println(counts)

	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(strings.IndexFunc("", nil))
	var f func(rune) bool
	fmt.Println(strings.IndexFunc("x", f))
}
