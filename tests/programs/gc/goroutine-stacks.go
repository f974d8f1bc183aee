// Goroutines parked on channels hold the only references to their data,
// in their locals and in the values they wait to send, while main makes
// garbage; then they hand it over intact.
package main

import (
	"fmt"
	"strconv"
)

type payload struct {
	words []string
	sum   int
}

func holder(id int, start chan bool, out chan *payload) {
	p := &payload{}
	for i := 0; i < 100; i++ {
		p.words = append(p.words, strconv.Itoa(id*1000+i))
		p.sum += id*1000 + i
	}
	<-start
	out <- p
}

func sender(id int, out chan string, quit chan bool) {
	msg := fmt.Sprint("sender-", id, "-", strconv.Itoa(id*id))
	select {
	case out <- msg:
	case <-quit:
	}
}

func main() {
	start := make(chan bool)
	out := make(chan *payload)
	msgs := make(chan string)
	quit := make(chan bool)
	for id := 0; id < 8; id++ {
		go holder(id, start, out)
		go sender(id, msgs, quit)
	}
	garbage := 0
	for i := 0; i < 100000; i++ {
		garbage += len(strconv.Itoa(i) + "x")
	}
	close(start)
	total := 0
	for i := 0; i < 8; i++ {
		p := <-out
		check := 0
		for _, w := range p.words {
			n, _ := strconv.Atoi(w)
			check += n
		}
		if check != p.sum || len(p.words) != 100 {
			fmt.Println("corrupt payload", check, p.sum)
		}
		total += p.sum
	}
	got := map[string]bool{}
	for i := 0; i < 8; i++ {
		got[<-msgs] = true
	}
	fmt.Println(garbage, total, len(got), got["sender-7-49"])
}
