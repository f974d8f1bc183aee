package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		<-time.After(time.Second)
		fmt.Println("after fired")
	}()
	go func() {
		defer wg.Done()
		t := time.NewTimer(2 * time.Second)
		select {
		case <-t.C:
			fmt.Println("timer fired")
		}
	}()
	wg.Wait()
	fmt.Println("done")
}
