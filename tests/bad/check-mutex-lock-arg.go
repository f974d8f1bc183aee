package main

import (
	"sync"
	"time"
)

var _ = time.Second
var _ sync.Mutex

func main() {
	var mu sync.Mutex; mu.Lock(1)
}
