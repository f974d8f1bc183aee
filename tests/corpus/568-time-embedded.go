// time.Time and time.Duration embedded in structs: their methods are
// promoted, and the field itself is there by its type's name.

package main

import (
	"fmt"
	"time"
)

type event struct {
	time.Time
	name string
}

type backoff struct {
	time.Duration
	tries int
}

func (b *backoff) next() time.Duration {
	b.tries++
	b.Duration *= 2
	return b.Duration
}

func main() {
	e := event{time.Date(2020, 1, 2, 3, 4, 5, 0, time.UTC), "deploy"}
	fmt.Println(e.Year(), e.name, e.Format(time.Kitchen), e.Weekday(), e.Time.Month())
	later := event{e.Add(90 * time.Minute), "verify"}
	fmt.Println(later.Sub(e.Time), later.After(e.Time), later)
	b := &backoff{Duration: 100 * time.Millisecond}
	for i := 0; i < 4; i++ {
		fmt.Println(b.next(), b.Seconds(), b.Round(time.Second), b.tries)
	}
	fmt.Println(b.String(), b.Duration.Truncate(time.Second))
}
