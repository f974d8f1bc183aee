package main

import (
	"fmt"
	"math"
)

type shape interface {
	area() float64
}

type rect struct{ w, h float64 }
type circle struct{ r float64 }

func (r rect) area() float64   { return r.w * r.h }
func (c circle) area() float64 { return math.Pi * c.r * c.r }

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v", x)
	case string:
		return "string of " + fmt.Sprint(len(x))
	case rect:
		return fmt.Sprintf("rect %vx%v", x.w, x.h)
	case shape:
		return fmt.Sprintf("shape with area %.2f", x.area())
	case error:
		return "error " + x.Error()
	case []int:
		return fmt.Sprint("ints ", len(x))
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	values := []any{nil, 3, int64(4), "hey", rect{2, 3}, circle{1}, fmt.Errorf("boom"), []int{1, 2}, 2.5, true}
	for _, v := range values {
		fmt.Println(describe(v))
	}
	var total float64
	for _, s := range []shape{rect{1, 2}, circle{2}, rect{3, 3}} {
		total += s.area()
		if r, ok := s.(rect); ok {
			fmt.Println("rect width", r.w)
		}
	}
	fmt.Printf("total %.3f\n", total)
	fmt.Println(math.Sqrt(2), math.Floor(-1.5), math.MaxInt8, math.Inf(1))
}
