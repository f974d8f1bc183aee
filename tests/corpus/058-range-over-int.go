// Go 1.22 semantics: range over an integer (recorded with Go 1.23).
package main

import "fmt"

func main() {
	sum := 0
	for i := range 5 {
		sum += i
		fmt.Println(i)
	}
	n := 3
	for range n {
		fmt.Println("tick")
	}
	fmt.Println("sum", sum)
}
