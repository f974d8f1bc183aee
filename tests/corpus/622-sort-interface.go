package main

import (
	"fmt"
	"sort"
)

type item struct {
	name  string
	price int
}

type byPrice []item

func (s byPrice) Len() int           { return len(s) }
func (s byPrice) Less(i, j int) bool { return s[i].price < s[j].price }
func (s byPrice) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

type counted struct {
	xs    []int
	swaps int
}

func (c *counted) Len() int           { return len(c.xs) }
func (c *counted) Less(i, j int) bool { return c.xs[i] < c.xs[j] }
func (c *counted) Swap(i, j int)      { c.xs[i], c.xs[j] = c.xs[j], c.xs[i]; c.swaps++ }

func main() {
	items := []item{{"tea", 4}, {"cake", 9}, {"bread", 3}, {"jam", 6}, {"milk", 2}, {"salt", 1},
		{"rice", 7}, {"eggs", 5}, {"oil", 12}, {"nuts", 11}, {"figs", 10}, {"corn", 8}, {"soup", 13}}
	fmt.Println(sort.IsSorted(byPrice(items)))
	sort.Sort(byPrice(items))
	fmt.Println(items, sort.IsSorted(byPrice(items)))
	sort.Sort(sort.Reverse(byPrice(items)))
	fmt.Println(items[:4])

	same := []item{{"a", 2}, {"b", 1}, {"c", 2}, {"d", 1}, {"e", 2}, {"f", 1}, {"g", 3}, {"h", 1},
		{"i", 2}, {"j", 3}, {"k", 1}, {"l", 2}, {"m", 3}, {"n", 1}, {"o", 2}, {"p", 1}}
	sort.Stable(byPrice(same))
	fmt.Println(same)
	sort.Stable(sort.Reverse(byPrice(same)))
	fmt.Println(same)

	c := &counted{xs: []int{4, 3, 2, 1}}
	sort.Sort(c)
	fmt.Println(c.xs, c.swaps > 0, sort.IsSorted(c))
}
