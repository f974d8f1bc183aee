package main

import "fmt"

type point struct {
	x, y int
	ok   bool
}

func main() {
	var ints []int
	var strs []string
	var flags []bool
	var points []point
	var nested [][]int
	var runes []rune
	var bytes []byte
	var chans []chan int
	last := ""
	for i := 0; i < 3000; i++ {
		ints = append(ints, i)
		strs = append(strs, "")
		flags = append(flags, true)
		points = append(points, point{})
		nested = append(nested, nil)
		runes = append(runes, 'x')
		bytes = append(bytes, 1)
		chans = append(chans, nil)
		caps := fmt.Sprint(cap(ints), cap(strs), cap(flags), cap(points), cap(nested),
			cap(runes), cap(bytes), cap(chans))
		if caps != last {
			fmt.Println(i, caps)
			last = caps
		}
	}

	var empty []struct{}
	for i := 0; i < 5; i++ {
		empty = append(empty, struct{}{})
		fmt.Print(cap(empty), " ")
	}
	fmt.Println()

	five := append([]int{}, 1, 2, 3, 4, 5)
	fmt.Println(five, len(five), cap(five))
	x := []int{1, 2, 3}
	x = append(x, x...)
	fmt.Println(len(x), cap(x))
	x = append(x[:2], 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13)
	fmt.Println(len(x), cap(x))
	s := []string{"a"}
	s = append(s, "b", "c", "d", "e")
	fmt.Println(len(s), cap(s))
	big := make([]int, 0, 5)
	big = append(big, 1, 2, 3, 4, 5, 6)
	fmt.Println(len(big), cap(big))

	// appending within capacity shares the backing array
	base := make([]int, 3, 4)
	a := append(base, 1)
	b := append(base, 2)
	fmt.Println(base, a, b)
	c := append(a, 3)
	c[0] = 7
	fmt.Println(a, c, cap(c))
}
