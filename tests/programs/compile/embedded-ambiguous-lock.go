package main

import "sync"

type C struct {
	sync.Mutex
	sync.RWMutex
}

func main() {
	var c C
	c.Lock()
}
