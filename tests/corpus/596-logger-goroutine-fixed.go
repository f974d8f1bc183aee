package main

import (
	"fmt"
	"os"
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

// process always closes the log channel, whatever way it returns.
func process(w chanWriter, items []string) error {
	defer close(w.ch)
	for i, it := range items {
		if it == "" {
			return fmt.Errorf("item %d is empty", i)
		}
		fmt.Fprintf(w, "processed %s\n", it)
	}
	return nil
}

func main() {
	lines := make(chan string)
	done := make(chan struct{})
	go logger(lines, done)
	err := process(chanWriter{lines}, []string{"a", "b", "", "d"})
	<-done
	fmt.Println("err:", err)
	fmt.Println("main done")
}
