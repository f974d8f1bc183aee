package main

import (
	"errors"
	"fmt"
	"strconv"
)

// strconv's errors are *strconv.NumError values: errors.As finds one,
// its fields say which function failed on what, and Err is ErrSyntax
// or ErrRange, which errors.Is sees through Unwrap.

func parsePort(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, fmt.Errorf("port %q: %w", s, err)
	}
	return n, nil
}

func main() {
	for _, in := range []string{"8080", "http", "99999999999999999999", ""} {
		n, err := parsePort(in)
		var ne *strconv.NumError
		if errors.As(err, &ne) {
			fmt.Printf("%d func=%s num=%q err=%v syntax=%v range=%v\n", n, ne.Func, ne.Num, ne.Err,
				errors.Is(err, strconv.ErrSyntax), errors.Is(err, strconv.ErrRange))
			fmt.Println(" ", err)
			continue
		}
		fmt.Println(n, err)
	}

	_, err := strconv.ParseInt("12a", 10, 64)
	fmt.Println(err)
	if ne, ok := err.(*strconv.NumError); ok {
		fmt.Println(ne.Func, ne.Num, ne.Err == strconv.ErrSyntax, ne.Unwrap() == strconv.ErrSyntax, ne.Error() == err.Error())
	}
	_, err = strconv.ParseUint("-1", 10, 8)
	fmt.Printf("%v | %T\n", err, err)
	_, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(err, errors.Is(err, strconv.ErrRange))
	_, err = strconv.ParseBool("maybe")
	fmt.Println(err, errors.Unwrap(err))
	_, err = strconv.ParseFloat("1.5x", 64)
	fmt.Println(err)
	v, err := strconv.ParseFloat("2.5", 64)
	fmt.Println(v, err, err == nil)

	ne := &strconv.NumError{Func: "ParseThing", Num: "a\"b", Err: errors.New("custom")}
	fmt.Println(ne)
	var e error = ne
	fmt.Println(errors.Unwrap(e))
	switch x := e.(type) {
	case *strconv.NumError:
		fmt.Println("a NumError of", x.Func)
	default:
		fmt.Println("something else")
	}
}
