package main

import (
	"errors"
	"fmt"
	"io"
	"time"
)

// A kernel in the style of real blocking bugs: a reader fed by a
// producer goroutine over a channel.  The producer returns early on an
// error and never closes the channel, so io.ReadAll's next Read blocks
// forever, and so does main, which waits for the whole body.

type chanReader struct {
	ch   chan []byte
	rest []byte
}

func (r *chanReader) Read(p []byte) (int, error) {
	if len(r.rest) == 0 {
		b, ok := <-r.ch
		if !ok {
			return 0, io.EOF
		}
		r.rest = b
	}
	n := copy(p, r.rest)
	r.rest = r.rest[n:]
	return n, nil
}

func produce(ch chan []byte, parts []string) error {
	for _, p := range parts {
		if p == "" {
			return errors.New("empty part")
		}
		ch <- []byte(p)
		time.Sleep(time.Millisecond)
	}
	close(ch)
	return nil
}

func main() {
	r := &chanReader{ch: make(chan []byte)}
	go func() {
		if err := produce(r.ch, []string{"head ", "body ", "", "tail"}); err != nil {
			fmt.Println("producer:", err)
		}
	}()
	body, err := io.ReadAll(r)
	fmt.Printf("%q %v\n", body, err)
}
