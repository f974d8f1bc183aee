// time.Duration's methods and time.ParseDuration, Month and Weekday
// printed through their String methods.

package main

import (
	"fmt"
	"time"
)

type job struct {
	name    string
	timeout time.Duration
	day     time.Weekday
}

func main() {
	ds := []time.Duration{0, 1, 999, 1500 * time.Microsecond, -2500 * time.Millisecond,
		90 * time.Minute, 26*time.Hour + 3*time.Second + 7, 1<<63 - 1}
	for _, d := range ds {
		fmt.Println(d, d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds(), d.Microseconds(), d.Nanoseconds())
		fmt.Println(" ", d.Round(time.Second), d.Truncate(time.Second), d.Round(time.Hour), d.Abs(), d.Round(0), d.Truncate(-1))
	}
	fmt.Println(time.Duration(-1<<63).Abs(), time.Duration(-1<<63).Round(time.Hour))
	fmt.Println((-1500 * time.Millisecond).Round(time.Second), (-1499 * time.Millisecond).Round(time.Second))
	fmt.Printf("%v %s %d %q %8v|\n", time.Second, 2*time.Minute, time.Millisecond, time.Hour, time.Microsecond)
	j := job{"backup", 45 * time.Second, time.Friday}
	fmt.Printf("%v %+v\n", j, j)
	fmt.Println(time.Duration(1234567890).String(), time.May.String(), time.Month(0), time.Weekday(9))
	for m := time.January; m <= time.December; m += 5 {
		fmt.Print(m, " ")
	}
	fmt.Println()
	for _, s := range []string{"1h15m30.5s", "-1.5h", "+300ms", "2us", "1µs", "1μs", "0", "-0", "1.h", ".5m",
		"", "1", "1x", "abc", ".s", "-", "1h1", "9223372036854775807ns", "9223372036854775808ns",
		"-9223372036854775808ns", "3000000h", "0.000000001s", "1.0000000001s"} {
		v, err := time.ParseDuration(s)
		fmt.Println(v, err)
	}
}
