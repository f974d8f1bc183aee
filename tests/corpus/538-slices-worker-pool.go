package main

import (
	"fmt"
	"maps"
	"slices"
	"sync"
)

type order struct {
	id    int
	item  string
	price int
}

// Workers price orders concurrently; the results are gathered in a map
// under a mutex and reported in a deterministic order with slices and
// maps, whatever order the workers finished in.
func main() {
	items := []string{"pear", "fig", "apple", "kiwi", "plum", "date", "lime"}
	jobs := make(chan order)
	var mu sync.Mutex
	byItem := map[string][]int{}
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for o := range jobs {
				mu.Lock()
				byItem[o.item] = append(byItem[o.item], o.price)
				mu.Unlock()
			}
		}()
	}
	for i := range 20 {
		jobs <- order{id: i, item: items[i*5%len(items)], price: (i*37)%50 + 1}
	}
	close(jobs)
	wg.Wait()

	for _, item := range slices.Sorted(maps.Keys(byItem)) {
		prices := byItem[item]
		slices.Sort(prices)
		fmt.Printf("%-6s n=%d min=%d max=%d %v\n", item, len(prices), slices.Min(prices), slices.Max(prices), prices)
	}

	totals := map[string]int{}
	for item, prices := range byItem {
		for _, p := range prices {
			totals[item] += p
		}
	}
	names := slices.Collect(maps.Keys(totals))
	slices.SortStableFunc(names, func(a, b string) int {
		if totals[a] != totals[b] {
			return totals[b] - totals[a]
		}
		if a < b {
			return -1
		}
		if a > b {
			return 1
		}
		return 0
	})
	fmt.Println("by total:", names)
	i, found := slices.BinarySearch(slices.Sorted(maps.Keys(totals)), "kiwi")
	fmt.Println("kiwi at", i, found)
	cheap := maps.Clone(totals)
	maps.DeleteFunc(cheap, func(k string, v int) bool { return v > 60 })
	fmt.Println("cheap:", slices.Sorted(maps.Keys(cheap)))
	fmt.Println(maps.Equal(cheap, totals), slices.Contains(names, "lime"), slices.Index(names, "fig"))
}
