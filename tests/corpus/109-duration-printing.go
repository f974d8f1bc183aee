package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println(time.Second, 1500*time.Millisecond, 2*time.Minute+3*time.Second)
	fmt.Println(time.Duration(0), 250*time.Microsecond, 42*time.Nanosecond)
	d := 90 * time.Minute
	fmt.Println(d, d.Seconds(), d.Minutes())
	fmt.Printf("%v %d\n", time.Millisecond, time.Millisecond)
}
