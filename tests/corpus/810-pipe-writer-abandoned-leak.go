package main

import (
	"fmt"
	"io"
	"strings"
	"time"
)

// A kernel in the style of real blocking bugs: a goroutine streams
// records into an io.Pipe while the caller reads only until it finds
// what it wants, then returns without closing the reading end.  The
// writer's next Write waits for a reader that never comes: it leaks.

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
	go stream(w, records)
	buf := make([]byte, 64)
	for {
		n, err := r.Read(buf)
		if err != nil {
			return ""
		}
		line := strings.TrimSpace(string(buf[:n]))
		if strings.HasPrefix(line, prefix) {
			return line // the bug: r is never closed
		}
	}
}

func main() {
	got := findFirst("b", []string{"alpha", "beta", "gamma", "delta"})
	fmt.Println("found:", got)
	time.Sleep(10 * time.Millisecond)
	fmt.Println("done")
}
