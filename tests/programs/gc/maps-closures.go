// Maps of closures over captured variables, grown, overwritten and
// deleted from while garbage piles up; what is left still works.
package main

import (
	"fmt"
	"strings"
)

func main() {
	fns := map[string]func() string{}
	for i := 0; i < 30000; i++ {
		word := strings.Repeat("ab", i%7+1)
		count := i
		key := fmt.Sprint("k", i%50)
		fns[key] = func() string { count++; return fmt.Sprint(word, count) }
		if i%3 == 0 {
			delete(fns, fmt.Sprint("k", (i+25)%50))
		}
	}
	keys := 0
	for k, f := range fns {
		if strings.HasPrefix(k, "k") && f() != "" {
			keys++
		}
	}
	fmt.Println(len(fns), keys, fns["k49"](), fns["k49"]())
}
