package main

import (
	"fmt"
	"time"
)

type Slow struct{ n int }

// A String method is an ordinary call: while it sleeps, the other
// goroutines run.
func (s Slow) String() string {
	time.Sleep(250 * time.Millisecond)
	return fmt.Sprintf("slow(%d)", s.n)
}

func main() {
	go func() {
		for i := 0; i < 3; i++ {
			fmt.Println("tick", i)
			time.Sleep(100 * time.Millisecond)
		}
	}()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("value:", Slow{7})
	s := fmt.Sprint(Slow{8}, " and ", Slow{9})
	fmt.Println(s)
}
