package main

import "fmt"

func main() {
	fmt.Printf("%d|%5d|%-5d|%05d|%x|%X|%o|%b|%c|%U\n", 42, 42, 42, 42, 255, 255, 8, 5, 'G', 'G')
	fmt.Printf("%s|%10s|%-10s|%q|%.2s|%v|%t\n", "go", "go", "go", "a\"b\n", "golang", "v", false)
	fmt.Printf("%v|%.2f|%8.3f|%e|%g|%v\n", 3.5, 3.14159, 2.0, 123456.789, 0.000012, 1e21)
	fmt.Printf("%v %v %v %d%%\n", []int{1, 2}, [][]string{{"a"}, {"b", "c"}}, map[string]int{"z": 1, "a": 2}, 50)
	fmt.Printf("%+d %+v %T %T %T\n", 5, -3, 1, "s", []int{})
}
