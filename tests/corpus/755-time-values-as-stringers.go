package main

import (
	"fmt"
	"sort"
	"time"
)

// Durations, times, months and weekdays as fmt.Stringer values sent
// between goroutines, and their methods as function values.

type event struct {
	name string
	took time.Duration
}

func report(items []fmt.Stringer) {
	for _, s := range items {
		fmt.Printf("%s|%v|%T\n", s.String(), s, s)
	}
}

func main() {
	results := make(chan fmt.Stringer)
	go func() {
		defer close(results)
		results <- 1500 * time.Millisecond
		results <- time.March
		results <- time.Saturday
		results <- time.Date(2009, time.November, 10, 23, 0, 0, 0, time.UTC)
	}()
	var got []fmt.Stringer
	for r := range results {
		got = append(got, r)
	}
	report(got)

	var any1 any = 90 * time.Second
	if st, ok := any1.(fmt.Stringer); ok {
		fmt.Println("stringer:", st.String())
	}
	var x interface{ String() string } = time.Weekday(3)
	fmt.Println(x.String(), fmt.Stringer(time.December).String())
	switch v := any(time.Duration(42)).(type) {
	case fmt.Stringer:
		fmt.Println("switch", v.String())
	default:
		fmt.Println("not a stringer")
	}

	d := 2*time.Minute + 30*time.Second
	secs, mins, hours := d.Seconds, d.Minutes, d.Hours
	ms := d.Milliseconds
	str := d.String
	d = time.Second
	fmt.Println(secs(), mins(), hours(), ms(), str(), d.Nanoseconds())
	t := time.Unix(1700000000, 0).UTC()
	ts := t.String
	fmt.Println(ts())
	fs := []func() string{time.April.String, time.Monday.String, (3 * time.Millisecond).String}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	evs := []event{{"b", 3 * time.Second}, {"a", time.Second}}
	sort.Slice(evs, func(i, j int) bool { return evs[i].took < evs[j].took })
	fmt.Println(evs)
	fmt.Printf("%v %d %s\n", evs[0].took, evs[0].took, []fmt.Stringer{evs[1].took})
}
