package main

import (
	"fmt"
	"sort"
)

type byLength []string

func (s byLength) Len() int           { return len(s) }
func (s byLength) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }
func (s byLength) Less(i, j int) bool { return len(s[i]) < len(s[j]) }

func main() {
	fruits := []string{"peach", "banana", "kiwi"}
	sort.Sort(byLength(fruits))
	fmt.Println(fruits)
	ints := []int{7, 2, 4}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints))
	people := []struct {
		name string
		age  int
	}{{"Jax", 37}, {"TJ", 25}, {"Alex", 72}}
	sort.Slice(people, func(i, j int) bool { return people[i].age < people[j].age })
	fmt.Println(people)
}
