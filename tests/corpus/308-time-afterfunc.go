package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func report(wg *sync.WaitGroup, name string) func() {
	return func() {
		defer wg.Done()
		fmt.Println("fired", name)
	}
}

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	time.AfterFunc(30*time.Millisecond, report(&wg, "late"))
	time.AfterFunc(10*time.Millisecond, report(&wg, "early"))
	stopped := time.AfterFunc(20*time.Millisecond, func() { fmt.Println("never") })
	fmt.Println("stop:", stopped.Stop())
	fmt.Println("goroutines before:", runtime.NumGoroutine())
	wg.Wait()
	done := make(chan bool)
	t := time.AfterFunc(time.Hour, func() {
		fmt.Println("reset timer fired")
		done <- true
	})
	t.Reset(5 * time.Millisecond)
	<-done
	fmt.Println("stop after fire:", t.Stop())
}
