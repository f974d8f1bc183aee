// A buffered channel holds the only references to what it buffers while
// garbage is made and collected.
package main

import (
	"fmt"
	"strconv"
)

type item struct {
	key  string
	vals []int
}

func main() {
	ch := make(chan *item, 64)
	for i := 0; i < 64; i++ {
		it := &item{key: "item-" + strconv.Itoa(i)}
		for j := 0; j < 10; j++ {
			it.vals = append(it.vals, i*j)
		}
		ch <- it
	}
	strs := make(chan string, 16)
	for i := 0; i < 16; i++ {
		strs <- strconv.Itoa(i) + "-buffered"
	}
	junk := 0
	for i := 0; i < 100000; i++ {
		junk += len(fmt.Sprint(i))
	}
	sum := 0
	for i := 0; i < 64; i++ {
		it := <-ch
		if it.key != "item-"+strconv.Itoa(i) {
			fmt.Println("bad key", it.key)
		}
		for _, v := range it.vals {
			sum += v
		}
	}
	close(strs)
	var all string
	for s := range strs {
		all += s[:2]
	}
	fmt.Println(junk, sum, all)
}
