package main

import (
	"fmt"
	"os"
	"time"
)

// chanWriter hands each write to the logger goroutine.
type chanWriter struct{ ch chan string }

func (w chanWriter) Write(b []byte) (int, error) {
	w.ch <- string(b)
	return len(b), nil
}

func logger(lines <-chan string, done chan<- struct{}) {
	for l := range lines {
		fmt.Fprint(os.Stderr, "log: ", l)
	}
	close(done)
}

// process closes the log channel only on success: an early return leaves
// the logger waiting forever.
func process(w chanWriter, items []string) error {
	for i, it := range items {
		if it == "" {
			return fmt.Errorf("item %d is empty", i)
		}
		fmt.Fprintf(w, "processed %s\n", it)
	}
	close(w.ch)
	return nil
}

func main() {
	lines := make(chan string)
	done := make(chan struct{})
	go logger(lines, done)
	err := process(chanWriter{lines}, []string{"a", "b", "", "d"})
	fmt.Println("err:", err)
	time.Sleep(10 * time.Millisecond)
	fmt.Println("main done")
}
