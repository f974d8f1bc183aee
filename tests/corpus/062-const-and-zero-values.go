package main

import (
	"fmt"
	"time"
)

const n = 3
const greeting = "hi"

const (
	small  = 1
	medium = small * 2
	large  = medium * 2
)

var counter int
var label string
var flag bool
var list []int

func main() {
	fmt.Println(counter, label == "", flag, list == nil, len(list))
	fmt.Printf("%q\n", label)
	var d time.Duration = n * time.Millisecond
	fmt.Println(int(d), int(time.Second/time.Millisecond))
	fmt.Println(n*2, greeting+"!", small, medium, large)
	var ch chan int
	fmt.Println(ch == nil)
	counter += n
	fmt.Println(counter)
}
