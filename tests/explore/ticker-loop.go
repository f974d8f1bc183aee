package main

import (
	"fmt"
	"time"
)

// A report is sent on every tick while the loop computes; the loop reads
// only one report.  When the ticker fires twice before the loop is done,
// the second report's sender blocks forever.
func main() {
	reports := make(chan int)
	t := time.NewTicker(300 * time.Nanosecond)
	stop := make(chan bool)
	go func() {
		for {
			select {
			case <-t.C:
				go func() { reports <- 1 }()
			case <-stop:
				return
			}
		}
	}()
	sum := 0
	for i := 0; i < 400; i++ {
		sum += i
	}
	t.Stop()
	stop <- true
	select {
	case <-reports:
	default:
	}
	time.Sleep(time.Millisecond)
	fmt.Println(sum)
}
