package main

import (
	"sync"
	"time"
)

var _ = time.Second
var _ sync.Mutex

func main() {
	ch := make(chan int); for i, v := range ch { _, _ = i, v }
}
