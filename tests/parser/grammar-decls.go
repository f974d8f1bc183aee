// Declarations of every shape.
package decls

import (
	"fmt"
	m "math"
	. "strings"
	_ "os"
)

import "sync"

const Pi = 3.14

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

const (
	a, b = iota, iota * 10
	c, d
	_, _
	e    int = 7
	f
)

const typed int64 = -1

var (
	x    int
	y, z = 1, "two"
	w    []string = nil
	mu   sync.Mutex
)

var ch = make(chan struct{}, 1)

type (
	Point struct {
		X, Y float64
		name string `json:"name,omitempty"`
		*sync.Mutex
		fmt.Stringer
		Inner struct{ A, B int }
	}
	Alias = Point
	Fn    func(int, ...string) (bool, error)
	Named func(a, b int, c string) (n int, err error)
	Ch    <-chan chan<- int
	M     map[string][]*Point
	Arr   [4][2]byte
	Any   interface{}
	Shape interface {
		Area() float64
		Perimeter() (p float64)
		fmt.Stringer
	}
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprint(float64(c)) }

func (p *Point) Move(dx, dy float64) {
	p.X += dx
	p.Y += dy
}

func (Point) Zero() Point { return Point{} }

func (*Point) Ptr() {}

func noBody(int) int

func variadic(prefix string, xs ...int) (sum int) {
	for _, x := range xs {
		sum += x
	}
	return
}

func multi() (int, string, error) { return 0, "", nil }

func unnamed(int, string, []byte) {}

func funcs(f func(), g func(int) int, h func(...int) (int, error)) func() func() int {
	return func() func() int { return func() int { return m.MaxInt8 } }
}

func _() {
	const local = 1
	type T struct{ v int }
	var t T
	var u, v int = 1, 2
	_, _, _ = t, u, v
	_ = ToUpper("x")
}
