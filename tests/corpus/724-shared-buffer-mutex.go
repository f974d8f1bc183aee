package main

import (
	"bytes"
	"fmt"
	"strings"
	"sync"
)

// Workers append lines to one bytes.Buffer; the Mutex keeps each line
// whole.  The lines' order depends on the schedule, so main sorts what
// it counts rather than printing the buffer as it is.
func main() {
	var (
		mu  sync.Mutex
		buf bytes.Buffer
		wg  sync.WaitGroup
	)
	for w := 1; w <= 4; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for i := 0; i < 3; i++ {
				mu.Lock()
				fmt.Fprintf(&buf, "worker %d step %d\n", id, i)
				mu.Unlock()
			}
		}(w)
	}
	wg.Wait()
	lines := strings.FieldsFunc(buf.String(), func(r rune) bool { return r == '\n' })
	perWorker := map[string]int{}
	for _, l := range lines {
		perWorker[strings.Fields(l)[1]]++
	}
	fmt.Println(len(lines), perWorker, buf.Len())
}
