package main

import "fmt"

func main() {
	const s = "สวัสดี"
	fmt.Println("Len:", len(s))
	for idx, runeValue := range s {
		fmt.Printf("%#U starts at %d\n", runeValue, idx)
	}
	fmt.Println([]rune("héllo")[1] == 'é')
}
