package main

import (
	"bytes"
	"fmt"
	"log"
	"sort"
	"strings"
	"sync"
)

// Workers log through log.SetOutput(&buf) while a test-style harness
// reads the buffer under the same mutex: the log package serialises
// its writes, and the reader takes the lock the writers take.

type safeBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (s *safeBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.buf.Write(p)
}

func (s *safeBuffer) Lines() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := strings.Split(strings.TrimSpace(s.buf.String()), "\n")
	sort.Strings(out)
	return out
}

func main() {
	sb := &safeBuffer{}
	log.SetOutput(sb)
	log.SetFlags(0)
	var wg sync.WaitGroup
	for w := 1; w <= 4; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := 0; j < 3; j++ {
				log.Printf("worker %d step %d", id, j)
			}
		}(w)
	}
	wg.Wait()
	lines := sb.Lines()
	fmt.Println(len(lines), "lines")
	for _, l := range lines {
		fmt.Println(l)
	}
	fmt.Println(strings.Count(sb.buf.String(), "\n"))
}
