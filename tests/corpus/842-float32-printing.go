package main

import (
	"fmt"
	"strconv"
)

type Temp float32

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float32(t)) }

type Point struct {
	X, Y float32
}

func main() {
	vals := []float32{0, 1, -2.5, 0.1, 1.0 / 3, 3.14159265, 1e-7, 123456.78, 1e10, 65504, 16777216}
	for _, v := range vals {
		fmt.Printf("%v|%g|%f|%.3f|%e|%E|%G|%8.2f|%-10.4g|%+.2e|%x\n", v, v, v, v, v, v, v, v, v, v, v)
	}
	fmt.Println(vals)
	fmt.Printf("%v %+v %T\n", vals[:3], vals[:3], vals)
	p := Point{1.5, 0.1}
	fmt.Printf("%v %+v %#v\n", p, p, p.X)
	fmt.Println(Temp(21.55), []Temp{1, 2.25})
	fmt.Println(fmt.Sprint(float32(0.2), float32(0.3)), fmt.Sprintf("%6.2f%%", float32(99.5)))
	for _, v := range vals[3:7] {
		fmt.Println(strconv.FormatFloat(float64(v), 'g', -1, 32), strconv.FormatFloat(float64(v), 'f', -1, 32),
			strconv.FormatFloat(float64(v), 'e', 3, 32), strconv.FormatFloat(float64(v), 'g', -1, 64))
	}
	for _, s := range []string{"0.1", "3.4028235e38", "1e39", "-1.5e-45", "abc"} {
		f, err := strconv.ParseFloat(s, 32)
		fmt.Println(f, float32(f), err)
	}
	m := map[float32]string{0.5: "half", 0.25: "quarter"}
	fmt.Println(m)
	var i interface{} = float32(2.5)
	fmt.Printf("%v %T %5.1f\n", i, i, i)
}
