package main

import (
	"fmt"
	"time"
)

type job struct {
	name  string
	check func(time.Time) bool
}

func main() {
	t := time.Date(2024, time.March, 5, 14, 30, 15, 123456789, time.UTC)
	f := t.Format
	fmt.Println(f(time.RFC3339), f(time.Kitchen))
	add := t.Add
	fmt.Println(add(90 * time.Minute))
	deadline := t.Add(time.Hour)
	j := job{"late", deadline.Before}
	fmt.Println(j.name, j.check(t), j.check(t.Add(2*time.Hour)))
	pt := &t
	yd := pt.YearDay
	*pt = t.AddDate(0, 1, 0)
	fmt.Println(yd(), t.YearDay())
	date := t.Date
	y, m, d := date()
	fmt.Println(y, m, d)
	fe := time.Time.Format
	fmt.Println(fe(t, time.DateOnly))
	sub := time.Time.Sub
	fmt.Println(sub(t, deadline))
	var dur time.Duration = 1500 * time.Millisecond
	r := dur.Round
	fmt.Println(r(time.Second), time.Duration.Truncate(dur, time.Second))
	fmt.Println(time.Duration.String(dur), time.Duration.Seconds(dur))
	ms := time.Month.String
	ws := time.Weekday.String
	fmt.Println(ms(time.May), ws(time.Friday))
	tm := time.NewTimer(time.Hour)
	stop := tm.Stop
	fmt.Println(stop(), stop())
	reset := (*time.Timer).Reset
	fmt.Println(reset(tm, time.Millisecond))
	<-tm.C
	tk := time.NewTicker(time.Millisecond)
	ts := tk.Stop
	defer ts()
	<-tk.C
	tr := tk.Reset
	tr(2 * time.Millisecond)
	<-tk.C
	fmt.Println("done", time.Time.IsZero(time.Time{}))
	fns := []func() int{t.Year, t.Hour, t.Minute, t.Second, t.Nanosecond}
	for _, g := range fns {
		fmt.Print(g(), " ")
	}
	fmt.Println()
	eq := time.Time.Equal
	fmt.Println(eq(t, t), t.Compare(deadline))
}
