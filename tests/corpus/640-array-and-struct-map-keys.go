package main

import "fmt"

// Arrays and structs holding arrays as map keys, compared by content;
// arrays compared with ==, sent over channels, and arrays of structs.

type cell [2]int

type route struct {
	from, to cell
	name     string
}

func nan() float64 {
	z := 0.0
	return z / z
}

func main() {
	visited := map[cell]bool{}
	for x := 0; x < 3; x++ {
		for y := 0; y < 3; y++ {
			visited[cell{x % 2, y % 2}] = true
		}
	}
	fmt.Println(len(visited), visited)
	fmt.Println(visited[cell{1, 1}], visited[cell{2, 2}])

	costs := map[route]int{}
	r := route{cell{0, 0}, cell{1, 1}, "diag"}
	costs[r] = 2
	r.name = "other" // the key in the map is a copy
	costs[r] = 5
	costs[route{cell{0, 0}, cell{1, 1}, "diag"}]++
	fmt.Println(len(costs), costs[route{cell{0, 0}, cell{1, 1}, "diag"}], costs)
	for k := range costs {
		k.from[0] = 9 // changes the copy only
	}
	fmt.Println(costs)
	delete(costs, route{cell{0, 0}, cell{1, 1}, "other"})
	fmt.Println(costs)

	a, b := [3]string{"x", "y", "z"}, [3]string{"x", "y", "z"}
	fmt.Println(a == b, a != b)
	b[2] = "w"
	fmt.Println(a == b, a != b, r.from == route{}.from)

	ch := make(chan [2]cell, 2)
	go func() {
		ch <- [2]cell{{1, 2}, {3, 4}}
		close(ch)
	}()
	for v := range ch {
		fmt.Println(v, v[1][0])
	}

	var grid [2][3]int
	grid[1][2] = 7
	g2 := grid
	g2[0][0] = 1
	fmt.Println(grid, g2, grid == g2)

	type slot struct {
		id   int
		tags [2]string
	}
	var slots [3]slot
	slots[1].tags[0] = "a"
	slots[2].id = 2
	seen := map[slot]int{}
	for _, s := range slots {
		seen[s]++
	}
	fmt.Println(slots, len(seen), seen[slot{}])

	floats := map[float64]int{}
	floats[nan()] = 1
	floats[nan()] = 2
	floats[0] = 3
	floats[-floats1()] = 4
	fmt.Println(len(floats), floats[0])

	any := map[interface{}]string{}
	any[cell{1, 2}] = "cell"
	any[route{}] = "route"
	any[3] = "three"
	fmt.Println(len(any), any[cell{1, 2}], any[route{}], any[3], any[cell{2, 1}] == "")
}

func floats1() float64 { return 0 }
