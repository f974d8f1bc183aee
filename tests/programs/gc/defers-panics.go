// Deferred calls hold the only references to their arguments, a
// recovered panic value and a panic in flight survive collections.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func churn(n int) int {
	t := 0
	for i := 0; i < n; i++ {
		t += len(strconv.Itoa(i) + "-")
	}
	return t
}

func work(id int) (res string) {
	defer func(msg string, parts []string) {
		if r := recover(); r != nil {
			res = fmt.Sprint(msg, parts, r)
		}
	}("deferred-"+strconv.Itoa(id), []string{"a" + strconv.Itoa(id), "b"})
	churn(20000)
	panic(errors.New("boom " + strconv.Itoa(id)))
}

func main() {
	for i := 0; i < 4; i++ {
		fmt.Println(work(i))
	}
	defer fmt.Println("deferred in main", []int{1, 2, 3})
	churn(20000)
	var m map[string]int
	defer func() {
		churn(20000)
		fmt.Println(recover())
	}()
	m["x"] = 1
}
