package main

import "fmt"

// &a[i], &s.f, &arr[i].f and &global: read, written, passed to functions,
// compared, kept alive after everything else that held the array is gone.

type point struct{ x, y int }

type shape struct {
	name    string
	corners [3]point
	tags    []string
	next    *shape
}

type Counter int

func (c *Counter) Inc() { *c++ }

type meter struct {
	hits Counter
	byID [2]Counter
}

var limit = 10

func bump(p *int, by int) { *p += by }

func swap(a, b *string) { *a, *b = *b, *a }

func keep(n int) *int {
	big := make([]int, n)
	for i := range big {
		big[i] = i * i
	}
	return &big[n-1] // the slice goes, its array stays
}

func main() {
	a := [4]int{1, 2, 3, 4}
	p := &a[1]
	*p = 20
	bump(p, 1)
	(*p)++
	*p++
	fmt.Println(a, *p)

	s := []int{5, 6, 7}
	ps := []*int{}
	for i := range s {
		ps = append(ps, &s[i])
	}
	for i, q := range ps {
		*q *= i + 1
	}
	fmt.Println(s, ps[0] == &s[0], ps[0] == ps[1], &s[2] == &s[2], ps[1] != nil)

	words := []string{"left", "right"}
	swap(&words[0], &words[1])
	fmt.Println(words)

	sh := &shape{name: "tri", tags: []string{"a"}}
	pn := &sh.name
	*pn = "triangle"
	px := &sh.corners[2].x
	*px = 9
	pt := &sh.tags[0]
	*pt += "b"
	sh.next = &shape{name: "inner"}
	pin := &sh.next.name
	*pin += "!"
	pnext := &sh.next
	fmt.Println(sh.name, sh.corners, sh.tags, sh.next.name, *pnext == sh.next)
	*pnext = nil
	fmt.Println(sh.next == nil, &sh.name == pn, &sh.corners[1].y == &sh.corners[2].y)

	var m meter
	m.hits.Inc()
	m.byID[1].Inc()
	m.byID[1].Inc()
	cs := []Counter{0, 0}
	cs[0].Inc()
	fmt.Println(m, cs)

	pl := &limit
	*pl *= 3
	fmt.Println(limit, *pl == limit)

	kept := []*int{}
	for i := 1; i <= 50; i++ {
		kept = append(kept, keep(1000+i))
	}
	sum := 0
	for _, k := range kept {
		sum += *k
	}
	fmt.Println(sum, *kept[0], *kept[49])

	var iface interface{} = &a[3]
	if ip, ok := iface.(*int); ok {
		*ip = 40
	}
	fmt.Println(a, iface == interface{}(&a[3]))

	defer func() { fmt.Println("recovered:", recover()) }()
	var empty []int
	i := 3
	_ = &empty[i]
}
