package main

import "fmt"

type Counter struct {
	name  string
	count int
}

func (c Counter) Describe() string {
	return fmt.Sprintf("%s=%d", c.name, c.count)
}

func (c *Counter) Inc() {
	c.count++
}

func (c Counter) IncCopy() {
	c.count++
}

func main() {
	c := Counter{name: "hits"}
	c.Inc()
	c.Inc()
	c.IncCopy()
	fmt.Println(c.Describe())
	p := &c
	p.Inc()
	fmt.Println(c.count, p.count, p.Describe())
	fmt.Println(c)
	fmt.Printf("%v|%v|\n", c, Counter{"a", 1})
}
