package main

import "fmt"

func main() {
	m := map[string]int{"banana": 3, "apple": 1}
	m["cherry"] = 7
	m["apple"] += 10
	fmt.Println(m, len(m))
	v, ok := m["durian"]
	fmt.Println(v, ok)
	delete(m, "banana")
	_, ok = m["banana"]
	fmt.Println(ok, m)
	counts := make(map[int]int)
	for _, n := range []int{3, 1, 3, 2, 3, 1} {
		counts[n]++
	}
	fmt.Println(counts)
	sum := 0
	for k, v := range counts {
		sum += k * v
	}
	fmt.Println(sum)
	var nilMap map[string]bool
	fmt.Println(nilMap["x"], len(nilMap))
	nilMap["x"] = true
}
