package main

// Functions as values: method values bound to a pointer, to a copied
// value, to an interface and to sync values; method expressions; and
// package functions (fmt.Println, strings.ToUpper …) passed around.

import (
	"errors"
	"fmt"
	"strings"
	"sync"
)

type T struct{ n int }

func (t *T) run(k int) int { t.n += k; return t.n }
func (t T) String() string  { return fmt.Sprintf("T(%d)", t.n) }

type Shape interface{ Area() int }
type Sq struct{ s int }

func (q Sq) Area() int { return q.s * q.s }

type Counter int

func (c Counter) Double() Counter { return c * 2 }

func apply(f func(string) string, s string) string { return f(s) }

type Server struct {
	sync.Mutex
	hits int
}

func (s *Server) worker(id int, wg *sync.WaitGroup) {
	defer wg.Done()
	s.Lock()
	s.hits += id
	s.Unlock()
}

func main() {
	t := &T{}
	f := t.run
	f(2)
	fmt.Println(f(3), t.n)
	v := T{5}
	g := v.String
	v.n = 9
	fmt.Println(g(), v.String())
	h := (*T).run
	fmt.Println(h(t, 10))
	s := T.String
	fmt.Println(s(v))
	var sh Shape = Sq{3}
	a := sh.Area
	fmt.Println(a(), Shape.Area(Sq{4}))
	c := Counter(4)
	d := c.Double
	c = 100
	fmt.Println(d(), Counter.Double(7))
	p := fmt.Println
	p("via", "value", 1)
	fmt.Println(apply(strings.ToUpper, "shout"))
	up := strings.Repeat
	fmt.Println(up("ab", 3))
	sp := fmt.Sprintf
	fmt.Println(sp("%d-%s", 4, "x"))
	mk := errors.New
	fmt.Println(mk("boom"))

	var mu sync.Mutex
	lock, unlock := mu.Lock, mu.Unlock
	lock()
	fmt.Println(mu.TryLock())
	unlock()
	fmt.Println(mu.TryLock())
	mu.Unlock()

	srv := &Server{}
	var wg sync.WaitGroup
	work := srv.worker
	done := wg.Done
	for i := 1; i <= 4; i++ {
		wg.Add(1)
		go work(i, &wg)
	}
	wg.Wait()
	wg.Add(1)
	go func() { defer done(); srv.Lock(); srv.hits *= 10; srv.Unlock() }()
	wg.Wait()
	lk := srv.Lock
	lk()
	fmt.Println(srv.hits)
	srv.Unlock()
	fns := []func(int) int{t.run, func(x int) int { return -x }}
	for _, fn := range fns {
		fmt.Println(fn(1))
	}
	fmt.Printf("%T\n", h)
}
