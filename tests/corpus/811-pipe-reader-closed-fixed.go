package main

import (
	"fmt"
	"io"
	"strings"
	"time"
)

// The fix of 810: the caller closes the reading end when it returns
// (defer r.Close()), so the writer's next Write fails with
// io.ErrClosedPipe and the writing goroutine ends.

func stream(w *io.PipeWriter, records []string) {
	for _, r := range records {
		if _, err := fmt.Fprintln(w, r); err != nil {
			fmt.Println("writer stopped:", err)
			return
		}
	}
	w.Close()
}

func findFirst(prefix string, records []string) string {
	r, w := io.Pipe()
	defer r.Close()
	go stream(w, records)
	buf := make([]byte, 64)
	for {
		n, err := r.Read(buf)
		if err != nil {
			return ""
		}
		line := strings.TrimSpace(string(buf[:n]))
		if strings.HasPrefix(line, prefix) {
			return line
		}
	}
}

func main() {
	got := findFirst("b", []string{"alpha", "beta", "gamma", "delta"})
	fmt.Println("found:", got)
	time.Sleep(10 * time.Millisecond)
	fmt.Println("done")
}
