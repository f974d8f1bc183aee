package main

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"sync"
)

// Sensor readings are float32, as a device would report them; a pool of
// workers averages each sensor and a mutex guards the shared summary.
type Reading struct {
	Sensor string
	Value  float32
}

type Summary struct {
	mu    sync.Mutex
	means map[string]float32
	peak  float32
}

func (s *Summary) add(name string, mean, peak float32) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.means[name] = mean
	if peak > s.peak {
		s.peak = peak
	}
}

func average(vals []float32) (float32, float32) {
	var sum, peak float32
	for _, v := range vals {
		sum += v
		peak = max(peak, v)
	}
	return sum / float32(len(vals)), peak
}

func main() {
	raw := map[string][]string{
		"north": {"21.5", "21.7", "22.1", "21.9"},
		"south": {"18.25", "18.5", "19.125"},
		"east":  {"25.1", "24.9", "25.3", "25.7", "26.0"},
	}
	jobs := make(chan string)
	results := make(chan Reading)
	sum := &Summary{means: make(map[string]float32)}
	var wg sync.WaitGroup
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for name := range jobs {
				vals := make([]float32, 0, len(raw[name]))
				for _, s := range raw[name] {
					f, err := strconv.ParseFloat(s, 32)
					if err != nil {
						fmt.Println("bad reading:", err)
						continue
					}
					vals = append(vals, float32(f))
				}
				mean, peak := average(vals)
				sum.add(name, mean, peak)
				results <- Reading{name, mean}
			}
		}()
	}
	go func() {
		names := make([]string, 0, len(raw))
		for name := range raw {
			names = append(names, name)
		}
		sort.Strings(names)
		for _, n := range names {
			jobs <- n
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	var all []Reading
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].Value < all[j].Value })
	for _, r := range all {
		fmt.Printf("%-6s %6.2f %v\n", r.Sensor, r.Value, r.Value)
	}
	fmt.Println("peak:", sum.peak, "bits:", math.Float32bits(sum.peak))
	spread := all[len(all)-1].Value - all[0].Value
	fmt.Println("spread:", spread, strconv.FormatFloat(float64(spread), 'f', -1, 32))
}
