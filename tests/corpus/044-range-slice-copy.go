package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	for i, v := range s {
		if i == 0 {
			s = append(s, 4)
			s[2] = 30
		}
		fmt.Println(i, v)
	}
	fmt.Println(s)
	arr := []string{"a", "b", "c"}
	for i := range arr {
		arr[i] = arr[i] + arr[i]
	}
	fmt.Println(arr, len(arr))
	var empty []int
	for range empty {
		fmt.Println("never")
	}
	fmt.Println(empty, len(empty))
}
