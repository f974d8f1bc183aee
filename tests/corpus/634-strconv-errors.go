package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	_, err := strconv.ParseInt("x", 10, 64)
	fmt.Println(err, errors.Is(err, strconv.ErrSyntax), errors.Is(err, strconv.ErrRange), errors.Unwrap(err))
	_, err = strconv.ParseFloat("1e999", 64)
	fmt.Println(err, errors.Is(err, strconv.ErrRange))
	_, err = strconv.Atoi("99999999999999999999")
	fmt.Println(err, errors.Is(err, strconv.ErrRange))
	_, err = strconv.Unquote("x")
	fmt.Println(err, err == strconv.ErrSyntax, errors.Is(err, strconv.ErrSyntax))
	_, err = strconv.ParseBool("maybe")
	wrapped := fmt.Errorf("config: %w", err)
	fmt.Println(wrapped, errors.Is(wrapped, strconv.ErrSyntax))
	fmt.Println(strconv.ErrSyntax, strconv.ErrRange)
}
