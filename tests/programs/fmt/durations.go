package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println(time.Second, 1500*time.Millisecond, 2*time.Minute, time.Duration(0), 90*time.Minute)
	fmt.Println(3*time.Microsecond, 500*time.Nanosecond, -2*time.Second, 36*time.Hour+time.Millisecond)
	fmt.Printf("%v %d %s\n", 5*time.Second, time.Millisecond, time.Hour)
}
