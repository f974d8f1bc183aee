package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"sync"
)

// A producer writes records into a buffer; a consumer reads them back
// line by line, and io.ReadAll drains what is left.

func main() {
	var mu sync.Mutex
	var buf bytes.Buffer
	var wg sync.WaitGroup

	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			mu.Lock()
			defer mu.Unlock()
			fmt.Fprintf(&buf, "record-%d,%d\n", id, id*id)
		}(i)
	}
	wg.Wait()

	var records []string
	for {
		line, err := buf.ReadString('\n')
		if err == io.EOF {
			break
		}
		fields := bytes.Split(bytes.TrimSpace([]byte(line)), []byte(","))
		records = append(records, string(bytes.ToUpper(fields[0]))+"="+string(fields[1]))
	}
	fmt.Println(len(records), "records")

	buf.WriteString("trailing data without newline")
	rest, err := io.ReadAll(&buf)
	fmt.Printf("rest: %q, err: %v\n", rest, err)
	fmt.Println(bytes.HasPrefix(rest, []byte("trailing")), bytes.Count(rest, []byte(" ")))

	total := 0
	for _, r := range records {
		_, v, _ := strings.Cut(r, "=")
		var n int
		fmt.Sscan(v, &n)
		total += n
	}
	fmt.Println("sum of squares:", total)
}
