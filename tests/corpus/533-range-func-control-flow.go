package main

import "fmt"

func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer fmt.Println("count done", n)
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println("stopped at", i)
				return
			}
		}
	}
}

func pairs(yield func(string, int) bool) {
	_ = yield("a", 1) && yield("b", 2) && yield("c", 3)
}

func none(yield func() bool) {
	yield()
	yield()
}

func find(target int) (idx int, ok bool) {
	for i := range count(10) {
		if i == target {
			return i * 10, true
		}
	}
	return -1, false
}

func named() (r int) {
	for i := range count(5) {
		r += i
		if i == 3 {
			return
		}
	}
	return 99
}

func nested() string {
outer:
	for i := range count(3) {
		for j := range count(3) {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Println("ij", i, j)
		}
	}
	for i := range count(4) {
		for k, v := range pairs {
			if v == 2 && i == 1 {
				return fmt.Sprint("nested return ", k, i)
			}
		}
	}
	return "end"
}

func main() {
	for x := range count(3) {
		fmt.Println("x", x)
	}
	for k, v := range pairs {
		if k == "b" {
			continue
		}
		fmt.Println(k, v)
	}
	n := 0
	for range none {
		n++
	}
	fmt.Println("none", n)
	fmt.Println(find(4))
	fmt.Println(find(20))
	fmt.Println(named())
	fmt.Println(nested())
	var fs []func() int
	for i := range count(3) {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var k string
	var v int
	for k, v = range pairs {
	}
	fmt.Println(k, v)
	sum := 0
	for i := range count(100) {
		if i%2 == 0 {
			continue
		}
		sum += i
		if sum > 50 {
			break
		}
	}
	fmt.Println("sum", sum)
	i := 0
	for x := range count(5) {
		i = x
		if x == 2 {
			goto done
		}
	}
done:
	fmt.Println("goto", i)
	ch := make(chan int)
	go func() {
		for x := range count(3) {
			ch <- x
		}
		close(ch)
	}()
	for v := range ch {
		fmt.Println("got", v)
	}
	switch {
	default:
		for x := range count(3) {
			switch x {
			case 1:
				break
			}
			fmt.Println("sw", x)
		}
	}
}
