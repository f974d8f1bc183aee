package main

import (
	"fmt"
	"sort"
)

type person struct {
	name string
	age  int
}

type byAge []person

func (a byAge) Len() int           { return len(a) }
func (a byAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a byAge) Less(i, j int) bool { return a[i].age < a[j].age }

func main() {
	people := []person{
		{"Alice", 30}, {"Bob", 25}, {"Carol", 30}, {"Dave", 25}, {"Eve", 41},
	}
	sort.SliceStable(people, func(i, j int) bool { return people[i].age < people[j].age })
	fmt.Println(people)

	sort.Slice(people, func(i, j int) bool {
		if people[i].age != people[j].age {
			return people[i].age > people[j].age
		}
		return people[i].name < people[j].name
	})
	fmt.Println(people)

	sort.Sort(byAge(people))
	fmt.Println("sorted by age:", sort.IsSorted(byAge(people)))

	ints := []int{7, 2, 9, 4, 1}
	sort.Ints(ints)
	fmt.Println(ints, sort.SearchInts(ints, 4), sort.SearchInts(ints, 5))
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints)

	names := []string{"pear", "apple", "fig"}
	sort.Strings(names)
	i := sort.Search(len(names), func(i int) bool { return names[i] >= "fig" })
	fmt.Println(names, i)
}
