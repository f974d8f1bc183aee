// time values printed by fmt inside structs, slices and maps, methods
// through a *time.Time, Date and Clock, the zero Time.

package main

import (
	"fmt"
	"time"
)

type rec struct {
	At   time.Time
	Wait time.Duration
	M    time.Month
}

func main() {
	t := time.Date(2023, 3, 5, 7, 8, 9, 0, time.UTC)
	r := rec{t, 3 * time.Second, time.July}
	fmt.Println(r, []time.Duration{1, time.Second}, []time.Month{1, 2}, map[string]time.Weekday{"a": 3})
	fmt.Printf("%v|%+v|%d|%s|%q\n", r, r, time.March, time.Sunday, time.April)
	p := &t
	fmt.Println(p.Year(), (*p).Month())
	y, m, d := t.Date()
	h, mi, s := t.Clock()
	fmt.Println(y, m, d, h, mi, s, t.Local().Equal(t))
	fmt.Printf("%s %v %T %T\n", t, t, t, time.Second)
	var z time.Time
	fmt.Println(z.IsZero(), z.Year(), z == time.Time{}, t.Before(z))
	ts := []time.Time{t, t.Add(time.Hour)}
	fmt.Println(ts)
}
