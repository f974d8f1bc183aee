package main

import (
	"context"
	"fmt"
	"sync"
)

func watch(ctx context.Context, name string, wg *sync.WaitGroup, out chan<- string) {
	defer wg.Done()
	<-ctx.Done()
	out <- name + ": " + ctx.Err().Error()
}

func main() {
	parent, cancelParent := context.WithCancel(context.Background())
	child1, cancel1 := context.WithCancel(parent)
	defer cancel1()
	child2, cancel2 := context.WithCancel(parent)

	out := make(chan string, 3)
	var wg sync.WaitGroup
	wg.Add(1)
	go watch(child2, "child2", &wg, out)
	cancel2()
	wg.Wait()
	fmt.Println(<-out)
	fmt.Println("parent still alive:", parent.Err() == nil)

	wg.Add(2)
	go watch(parent, "parent", &wg, out)
	go watch(child1, "child1", &wg, out)
	cancelParent()
	wg.Wait()
	close(out)
	var lines []string
	for l := range out {
		lines = append(lines, l)
	}
	if lines[0] > lines[1] {
		lines[0], lines[1] = lines[1], lines[0]
	}
	fmt.Println(lines)
}
