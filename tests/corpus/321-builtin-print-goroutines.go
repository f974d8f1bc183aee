package main

// print and println from several goroutines, in an order the program fixes
// with channels, and then a panic whose message follows on stderr.
func main() {
	done := make(chan bool)
	var turns []chan int
	for i := 1; i <= 3; i++ {
		turn := make(chan int)
		turns = append(turns, turn)
		go func(id int) {
			n := <-turn
			println("worker", id, "got", n)
			done <- true
		}(i)
	}
	for i, turn := range turns {
		turn <- (i + 1) * 10
		<-done
	}
	print("all ", 3, " done\n")
	defer println("deferred before the panic")
	panic("stop")
}
