package main

import (
	"fmt"
	"time"
)

func main() {
	d := 90 * time.Second
	fmt.Println(d, d.Minutes(), d.String())
	t := time.Date(2009, time.November, 10, 23, 0, 0, 0, time.UTC)
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Weekday())
	fmt.Println(t.Add(36 * time.Hour).Format("2006-01-02"))
}
