package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	var sb strings.Builder
	w := io.MultiWriter(os.Stdout, &sb)
	fmt.Fprintln(w, "to both")
	fmt.Print(sb.String())
}
