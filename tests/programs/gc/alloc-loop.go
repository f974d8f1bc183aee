// Garbage by the megabyte with a little live data: the live strings and
// the map survive every collection unchanged.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	keep := map[int]string{}
	var last []string
	total := 0
	for i := 0; i < 120000; i++ {
		s := strconv.Itoa(i) + "/" + strconv.Itoa(i*7)
		total += len(s)
		if i%10000 == 0 {
			keep[i] = s
			last = append(last, s+"!")
		}
	}
	fmt.Println(total, len(keep), keep[0], keep[110000])
	fmt.Println(last)
}
