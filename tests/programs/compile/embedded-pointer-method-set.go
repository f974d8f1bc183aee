package main

import "sync"

type S struct {
	sync.Mutex
}

func main() {
	var l sync.Locker = S{}
	_ = l
}
