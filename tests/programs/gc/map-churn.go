// A map used as a window over a stream: keys come and go by the hundred
// thousand while a few stay; ranging over it deletes and adds as it goes.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	window := map[string]int{}
	sum := 0
	for i := 0; i < 60000; i++ {
		window["k"+strconv.Itoa(i)] = i
		if i >= 100 {
			delete(window, "k"+strconv.Itoa(i-100))
		}
		if i%5000 == 0 {
			for k, v := range window {
				if v%2 == 0 {
					delete(window, k)
				}
				sum += v
			}
		}
	}
	kept := 0
	for _, v := range window {
		kept += v
	}
	fmt.Println(len(window), kept, sum, window["k59999"])
}
