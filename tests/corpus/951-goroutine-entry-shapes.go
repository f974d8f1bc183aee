package main

import (
	"fmt"
	"strings"
	"sync"
)

// Goroutines started on entry functions of every shape, whose operand
// stacks are the deepest part of their first stacks: many arguments,
// method values, variadic and generic functions, selects, nested
// expressions, multiple results and panics recovered in the entry itself.

type Acc struct {
	mu sync.Mutex
	n  int
}

func (a *Acc) Add(out chan<- string, xs ...int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	for _, x := range xs {
		a.n += x
	}
	out <- fmt.Sprint("acc ", a.n)
}

func five(out chan<- string, a, b, c, d, e int) {
	out <- fmt.Sprint("five ", a*(b+c*(d-e)), " ", [5]int{a, b, c, d, e})
}

func pair[K comparable, V any](out chan<- string, k K, v V) {
	m := map[K]V{k: v}
	out <- fmt.Sprintf("pair %v %v", m, len(m))
}

func sel(out chan<- string, in <-chan int, quit <-chan struct{}) {
	total := 0
	for {
		select {
		case v, ok := <-in:
			if !ok {
				in = nil
				continue
			}
			total += v
		case <-quit:
			out <- fmt.Sprint("select total ", total)
			return
		default:
			select {
			case v := <-in:
				total += v
			case <-quit:
				out <- fmt.Sprint("select total ", total)
				return
			}
		}
	}
}

func deep(out chan<- string, s string) {
	out <- fmt.Sprint("deep ", strings.ToUpper(strings.Repeat(s+fmt.Sprint(len(s)+len(strings.Fields(s+" "+s))), 2)))
}

func panicky(out chan<- string, i int) {
	defer func() {
		out <- fmt.Sprint("recovered ", recover())
	}()
	var xs []int
	_ = xs[i]
}

func multi() (int, string, bool, float64) { return 1, "two", true, 4.5 }

func main() {
	out := make(chan string)
	acc := &Acc{}
	add := acc.Add
	go add(out, 1, 2, 3)
	fmt.Println(<-out)
	go acc.Add(out)
	fmt.Println(<-out)
	go acc.Add(out, []int{10, 20}...)
	fmt.Println(<-out)
	go five(out, 2, 3, 4, 5, 6)
	fmt.Println(<-out)
	go pair(out, "k", 3.5)
	fmt.Println(<-out)
	go pair[int, []string](out, 7, []string{"a"})
	fmt.Println(<-out)
	in := make(chan int)
	quit := make(chan struct{})
	go sel(out, in, quit)
	for i := 1; i <= 3; i++ {
		in <- i
	}
	close(in)
	close(quit)
	fmt.Println(<-out)
	go deep(out, "go fer")
	fmt.Println(<-out)
	go panicky(out, 3)
	fmt.Println(<-out)
	go func(a, b int, c string, d []int, e map[string]int, f func(int) int) {
		a1, b1, c1, d1 := multi()
		out <- fmt.Sprint("closure ", a+b+f(len(d)+e["x"]), c, a1, b1, c1, d1)
	}(1, 2, "three", []int{4, 5}, map[string]int{"x": 6}, func(x int) int { return x * x })
	fmt.Println(<-out)
	var wg sync.WaitGroup
	res := make([]int, 8)
	for i := range res {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res[i] = func(n int) int {
				if n < 2 {
					return n
				}
				a, b := 0, 1
				for k := 1; k < n; k++ {
					a, b = b, a+b
				}
				return b
			}(i * 3)
		}()
	}
	wg.Wait()
	fmt.Println("fibs", res)
}
