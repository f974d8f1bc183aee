// Pending timers hold closures, channels and the values they capture
// while main makes garbage; they fire with their data intact.
package main

import (
	"fmt"
	"strconv"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	got := make([]string, 5)
	n := 0
	for i := 0; i < 5; i++ {
		i := i
		label := "timer-" + strconv.Itoa(i) + "-" + fmt.Sprint(i*i)
		wg.Add(1)
		time.AfterFunc(time.Duration(i+1)*time.Millisecond, func() {
			mu.Lock()
			got[i] = label
			n++
			mu.Unlock()
			wg.Done()
		})
	}
	after := time.After(10 * time.Millisecond)
	tick := time.NewTicker(3 * time.Millisecond)
	junk := 0
	for i := 0; i < 60000; i++ {
		junk += len(strconv.Itoa(i) + "/")
	}
	wg.Wait()
	<-tick.C
	tick.Stop()
	<-after
	mu.Lock()
	fmt.Println(junk, n)
	for _, s := range got {
		fmt.Println(s)
	}
	mu.Unlock()
}
