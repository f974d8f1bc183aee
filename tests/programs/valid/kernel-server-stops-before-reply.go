package main

import "fmt"

// A kernel in the style of real blocking bugs: the server stops when asked
// to, even when it has just taken a request; the client's wait for the
// reply never ends.

type request struct {
	n     int
	reply chan int
}

func server(reqs <-chan request, work, stop <-chan struct{}, taken chan<- bool, stopped chan<- bool) {
	defer close(stopped)
	for {
		select {
		case r := <-reqs:
			taken <- true
			select {
			case <-work:
				r.reply <- r.n * 2
			case <-stop:
				fmt.Println("server stops with a request pending")
				return
			}
		case <-stop:
			return
		}
	}
}

func main() {
	reqs := make(chan request)
	work := make(chan struct{})
	stop := make(chan struct{})
	taken := make(chan bool)
	stopped := make(chan bool)
	go server(reqs, work, stop, taken, stopped)

	r := request{21, make(chan int)}
	reqs <- r
	<-taken
	work <- struct{}{}
	fmt.Println("reply", <-r.reply)

	go func() {
		r := request{5, make(chan int)}
		reqs <- r
		fmt.Println("reply", <-r.reply)
	}()
	<-taken
	close(stop)
	<-stopped
	fmt.Println("main returns")
}
