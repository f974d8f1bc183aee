// Statements of every shape.
package stmts

import "fmt"

func stmts(ch chan int, done <-chan struct{}, xs []int, m map[string]int) (err error) {
	x := 0
	x++
	x--
	x += 1
	x -= 2
	x *= 3
	x /= 4
	x %= 5
	x &= 6
	x |= 7
	x ^= 8
	x <<= 1
	x >>= 1
	x &^= 3
	a, b := 1, 2
	a, b = b, a
	var v, ok = m["k"]
	_, _ = v, ok
	ch <- x
	<-ch
	v, ok = <-ch

	if x > 0 {
		x = 0
	} else if y := x * 2; y < 0 {
		x = y
	} else {
		x = 1
	}

	for {
		break
	}
	for x < 10 {
		x++
	}
	for i := 0; i < 10; i++ {
		continue
	}
	for i := 0; i < 3; {
		i++
	}
	for ; ; x++ {
		if x > 3 {
			break
		}
	}
	for i, v := range xs {
		_, _ = i, v
	}
	for i := range xs {
		_ = i
	}
	for range xs {
	}
	for k = range m {
	}
	for i := range 10 {
		_ = i
	}

	switch x {
	case 1, 2:
		fmt.Println("small")
		fallthrough
	case 3:
	default:
		x = -x
	}
	switch y := x + 1; {
	case y > 0:
	case y < 0:
	}
	switch {
	}
	switch z := interface{}(x).(type) {
	case int, int64:
		_ = z
	case nil:
	default:
	}
	switch interface{}(x).(type) {
	case fmt.Stringer:
	}
	switch v := 1; t := interface{}(v).(type) {
	case int:
		_ = t
	}

	select {
	case v := <-ch:
		_ = v
	case v, ok := <-ch:
		_, _ = v, ok
	case ch <- 1:
	case <-done:
		return nil
	case x = <-ch:
	default:
	}
	select {}

	go func() {}()
	go fmt.Println("go")
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	defer close(ch)

outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 1 {
				continue outer
			}
			if i == 2 {
				break outer
			}
		}
	}

	goto end
end:
	{
		x := 1
		_ = x
	}
	;
	return fmt.Errorf("done %d", x)
}

var k string

func empty() {
	goto L
L:
}

func labels() {
	goto L
L:
	;
	func() {
	M:
		for {
			break M
		}
	}()
}
