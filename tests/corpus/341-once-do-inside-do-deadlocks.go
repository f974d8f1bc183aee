package main

import "sync"

// Do called again from its own function waits for itself, as Go does.
func main() {
	var o sync.Once
	o.Do(func() {
		o.Do(func() {})
	})
}
