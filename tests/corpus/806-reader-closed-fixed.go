package main

import (
	"errors"
	"fmt"
	"io"
	"time"
)

// The fix of 805: the producer closes the channel on every path (defer),
// so io.ReadAll sees io.EOF after the parts that came, and main ends.

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
	defer close(ch)
	for _, p := range parts {
		if p == "" {
			return errors.New("empty part")
		}
		ch <- []byte(p)
		time.Sleep(time.Millisecond)
	}
	return nil
}

func main() {
	r := &chanReader{ch: make(chan []byte)}
	errc := make(chan error, 1)
	go func() {
		errc <- produce(r.ch, []string{"head ", "body ", "", "tail"})
	}()
	body, err := io.ReadAll(r)
	fmt.Printf("%q %v\n", body, err)
	fmt.Println("producer:", <-errc)
}
