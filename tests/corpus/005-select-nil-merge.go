package main

import "fmt"

func produce(n, base int) <-chan int {
	ch := make(chan int)
	go func() {
		for i := 0; i < n; i++ {
			ch <- base + i
		}
		close(ch)
	}()
	return ch
}

func main() {
	a := produce(3, 100)
	b := produce(4, 200)
	sum, count, closed := 0, 0, 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				closed++
				continue
			}
			sum += v
			count++
		case v, ok := <-b:
			if !ok {
				b = nil
				closed++
				continue
			}
			sum += v
			count++
		}
	}
	fmt.Println(count, sum, closed)
}
