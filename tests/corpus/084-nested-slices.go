package main

import "fmt"

func main() {
	grid := [][]int{{1, 2}, {3}, {}}
	grid[2] = append(grid[2], 4, 5)
	fmt.Println(grid, len(grid), len(grid[2]))
	words := [][]string{{"go", "routine"}, {"chan"}}
	fmt.Printf("%v %q\n", words, words[0])
	var flags []bool
	flags = append(flags, true, false)
	fmt.Println(flags)
	total := 0
	for _, row := range grid {
		for _, v := range row {
			total += v
		}
	}
	fmt.Println("total", total)
}
