// gorolanes:unordered-output
package main

import "fmt"

func main() {
	a := make(chan string, 3)
	b := make(chan string, 3)
	for i := 1; i <= 3; i++ {
		a <- fmt.Sprint("a", i)
		b <- fmt.Sprint("b", i)
	}
	for i := 0; i < 6; i++ {
		select {
		case v := <-a:
			fmt.Println(v)
		case v := <-b:
			fmt.Println(v)
		}
	}
}
