package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	wg.Done()
	wg.Done()
	fmt.Println("balanced")
	wg.Done()
	fmt.Println("not reached")
}
