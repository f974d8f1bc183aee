package main

import (
	"fmt"
	"sort"
)

type person struct {
	name string
	age  int
}

func main() {
	people := []person{{"Alice", 31}, {"Bob", 25}, {"Carol", 47}, {"Dan", 19}, {"Eve", 38},
		{"Frank", 52}, {"Grace", 23}, {"Heidi", 29}, {"Ivan", 44}, {"Judy", 35}, {"Ken", 61},
		{"Leo", 27}, {"Mia", 33}, {"Ned", 40}}
	sort.Slice(people, func(i, j int) bool { return people[i].age < people[j].age })
	fmt.Println(people)
	fmt.Println(sort.SliceIsSorted(people, func(i, j int) bool { return people[i].age < people[j].age }))
	sort.Slice(people, func(i, j int) bool { return people[i].name > people[j].name })
	fmt.Println(people[0], people[len(people)-1])

	// equal keys: the stable sort keeps their order
	words := []string{"kiwi", "fig", "apple", "pear", "plum", "date", "banana", "lime", "yam", "pea",
		"grape", "melon", "lemon", "cherry", "nut"}
	sort.SliceStable(words, func(i, j int) bool { return len(words[i]) < len(words[j]) })
	fmt.Println(words)

	// few elements: any order of equal keys is Go's
	small := []person{{"x", 2}, {"y", 1}, {"z", 2}, {"w", 1}, {"v", 3}}
	sort.Slice(small, func(i, j int) bool { return small[i].age < small[j].age })
	fmt.Println(small)

	nums := []int{1, 3, 5, 7, 9, 11, 13}
	i := sort.Search(len(nums), func(i int) bool { return nums[i] >= 8 })
	fmt.Println(i, nums[i])
	fmt.Println(sort.Search(len(nums), func(i int) bool { return nums[i] > 100 }))
	calls := 0
	sort.Search(1000, func(i int) bool { calls++; return i >= 777 })
	fmt.Println("calls", calls)

	m := map[string]int{"b": 2, "a": 1, "d": 4, "c": 3}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Print(k, "=", m[k], " ")
	}
	fmt.Println()
	fmt.Println(sort.SliceIsSorted(nums, func(i, j int) bool { return nums[i] > nums[j] }))
}
