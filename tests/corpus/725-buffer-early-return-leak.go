package main

import (
	"bytes"
	"errors"
	"fmt"
	"log"
	"time"
)

// render starts a producer, then returns early on an error without
// draining its channel: the producer stays blocked on its send forever.
func render(items []string) (string, error) {
	out := make(chan string)
	go func() {
		for _, it := range items {
			out <- it
		}
		close(out)
	}()
	var buf bytes.Buffer
	for s := range out {
		if s == "" {
			return "", errors.New("empty item")
		}
		buf.WriteString(s)
		buf.WriteByte(';')
	}
	return buf.String(), nil
}

func main() {
	log.SetFlags(0)
	log.SetPrefix("render: ")
	if s, err := render([]string{"a", "b", "c"}); err == nil {
		fmt.Println(s)
	}
	if _, err := render([]string{"a", "", "c"}); err != nil {
		log.Println(err)
	}
	time.Sleep(10 * time.Millisecond)
	fmt.Println("done")
}
