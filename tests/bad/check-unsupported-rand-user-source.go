package main

import (
	"fmt"
	"math/rand"
)

type counter struct{ n int64 }

func (c *counter) Int63() int64  { c.n += 7; return c.n }
func (c *counter) Seed(s int64)  { c.n = s }

func main() {
	r := rand.New(&counter{})
	fmt.Println(r.Int63(), r.Int63(), r.Intn(5))
}
