package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

type result struct {
	job, worker, square int
}

func worker(id int, jobs <-chan int, results chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		time.Sleep(time.Millisecond)
		results <- result{job: j, worker: id, square: j * j}
	}
}

func main() {
	jobs := make(chan int, 10)
	results := make(chan result, 10)
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for j := 1; j <= 9; j++ {
		jobs <- j
	}
	close(jobs)
	go func() {
		wg.Wait()
		close(results)
	}()

	var all []result
	perWorker := map[int]int{}
	for r := range results {
		all = append(all, r)
		perWorker[r.worker]++
	}
	sort.Slice(all, func(i, j int) bool { return all[i].job < all[j].job })
	sum := 0
	for _, r := range all {
		fmt.Printf("job %d -> %d\n", r.job, r.square)
		sum += r.square
	}
	total := 0
	for _, n := range perWorker {
		total += n
	}
	fmt.Println("sum:", sum, "jobs done:", total)
}
