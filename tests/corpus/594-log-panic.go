package main

import (
	"fmt"
	"log"
)

func risky(n int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	if n > 1 {
		log.Panicf("n too large: %d", n)
	}
	return nil
}

func main() {
	log.SetFlags(0)
	fmt.Println(risky(1))
	fmt.Println(risky(5))
	log.Panic("final ", 1)
}
