package main

import "fmt"

func main() {
	var grid [3]int
	grid[1] = 5
	fmt.Println(grid)
}
