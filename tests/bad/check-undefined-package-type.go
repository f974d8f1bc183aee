package main

import (
	"fmt"
	"sync"
)

var mu sync.Mutexx

func main() {
	fmt.Println(mu)
}
