package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

const data = `name,qty,price
apple,3,0.5
pear,x,1.25
plum,10,0.2
fig,2,abc`

type item struct {
	name  string
	qty   int
	price float64
}

func parse(line string) (item, error) {
	f := strings.Split(line, ",")
	if len(f) != 3 {
		return item{}, fmt.Errorf("want 3 fields, got %d", len(f))
	}
	q, err := strconv.Atoi(f[1])
	if err != nil {
		return item{}, fmt.Errorf("qty: %w", err)
	}
	p, err := strconv.ParseFloat(f[2], 64)
	if err != nil {
		return item{}, fmt.Errorf("price: %w", err)
	}
	return item{f[0], q, p}, nil
}

func main() {
	total := 0.0
	for i, line := range strings.Split(data, "\n")[1:] {
		it, err := parse(line)
		if err != nil {
			var ne *strconv.NumError
			if errors.As(err, &ne) {
				fmt.Printf("line %d: %v (func %s, input %q)\n", i+2, err, ne.Func, ne.Num)
			}
			fmt.Println("  syntax error:", errors.Is(err, strconv.ErrSyntax))
			continue
		}
		cost := float64(it.qty) * it.price
		total += cost
		fmt.Printf("%-5s %3d x %5.2f = %6.2f\n", it.name, it.qty, it.price, cost)
	}
	fmt.Println("total:", strconv.FormatFloat(total, 'f', 2, 64))
	fmt.Println(strconv.Itoa(-45), strconv.Quote("tab\there"), strconv.FormatInt(255, 2))
	b, _ := strconv.ParseBool("true")
	n, err := strconv.ParseInt("9999999999999999999", 10, 64)
	fmt.Println(b, n, err)
	u, _ := strconv.ParseUint("ff", 16, 64)
	fmt.Println(u, strconv.AppendInt([]byte("n="), 12, 10), string(strconv.AppendInt(nil, 7, 10)))
}
