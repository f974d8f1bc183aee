// Builders shared across goroutines under a mutex, and one per goroutine
// merged at the end.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

func main() {
	var mu sync.Mutex
	var shared strings.Builder
	var wg sync.WaitGroup
	parts := make([]string, 4)
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			var own strings.Builder
			for i := 0; i < 50; i++ {
				fmt.Fprintf(&own, "w%d:%02d;", w, i)
				mu.Lock()
				shared.WriteString(fmt.Sprintf("<%d.%d>", w, i))
				mu.Unlock()
			}
			parts[w] = own.String()
		}(w)
	}
	wg.Wait()
	s := shared.String()
	fmt.Println(len(s), shared.Len(), strings.Count(s, "<"))
	pieces := strings.Split(strings.Trim(s, "<>"), "><")
	sort.Strings(pieces)
	fmt.Println(len(pieces), pieces[0], pieces[len(pieces)-1])
	var all strings.Builder
	for _, p := range parts {
		all.WriteString(p)
		all.WriteByte('\n')
	}
	fmt.Print(all.String()[:60], "\n", all.Len(), "\n")
}
