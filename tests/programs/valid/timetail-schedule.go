package main

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"sync"
	"time"
)

// A job scheduler as people write it: jobs parsed from a config in
// several zones, sorted by start time, run by a pool of workers that
// each wait for their job's turn on the virtual clock.

type job struct {
	name  string
	start time.Time
	cost  time.Duration
}

var config = []string{
	"backup   2024-06-01T02:00:00+02:00 40ms",
	"report   2024-06-01T00:30:00Z      25ms",
	"cleanup  2024-06-01T09:15:00+09:00 10ms",
	"reindex  2024-06-01 01:10 EST      15ms",
}

func parse(line string) (job, error) {
	var name, when, cost string
	var j job
	fmt.Sscan(line, &name, &when, &cost)
	t, err := time.Parse(time.RFC3339, when)
	if err != nil {
		est := time.FixedZone("EST", -5*3600)
		t, err = time.ParseInLocation("2006-01-02 15:04 MST", line[9:29], est)
		cost = line[len(line)-4:]
	}
	if err != nil {
		return j, err
	}
	d, err := time.ParseDuration(cost)
	return job{name, t, d}, err
}

func main() {
	var jobs []job
	for _, line := range config {
		j, err := parse(line)
		if err != nil {
			fmt.Println("skip:", err)
			continue
		}
		jobs = append(jobs, j)
	}
	sort.Slice(jobs, func(a, b int) bool { return jobs[a].start.Before(jobs[b].start) })
	epoch := jobs[0].start
	r := rand.New(rand.NewPCG(7, 11))
	var mu sync.Mutex
	var log []string
	var wg sync.WaitGroup
	for _, j := range jobs {
		wg.Add(1)
		go func(j job) {
			defer wg.Done()
			wait := j.start.Sub(epoch) / 1000
			time.Sleep(wait)
			jitter := time.Duration(r.IntN(5)) * time.Millisecond
			time.Sleep(j.cost + jitter)
			mu.Lock()
			log = append(log, fmt.Sprintf("%-8s %s (%s UTC) took %v", j.name,
				j.start.Format("Jan 2 15:04 MST"), j.start.UTC().Format(time.Kitchen), j.cost+jitter))
			mu.Unlock()
		}(j)
	}
	wg.Wait()
	for _, l := range log {
		fmt.Println(l)
	}
}
