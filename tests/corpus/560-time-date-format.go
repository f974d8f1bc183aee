// time.Time values that do not come from the clock: time.Date, time.Unix,
// their fields, arithmetic, rounding and the common layouts of Format.

package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2024, time.February, 29, 13, 4, 5, 123456789, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Format(time.RFC3339), t.Format(time.Kitchen), t.Format(time.DateTime))
	fmt.Println(t.Format("2006-01-02 15:04:05.000"), t.Format(time.RFC3339Nano), t.Format(time.ANSIC))
	fmt.Println(t.Format(time.RFC1123), t.Format(time.RFC822Z), t.Format("Monday _2 Jan 06 3PM pm .999 ,000 002 __2"))
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Weekday(), t.YearDay())
	fmt.Println(t.Unix(), t.UnixMilli(), t.UnixNano(), t.UnixMicro())
	u := t.Add(36*time.Hour + 90*time.Minute)
	fmt.Println(u, u.Sub(t), t.Sub(u), u.After(t), u.Before(t), t.Equal(t), t.Compare(u), u.Compare(t))
	fmt.Println(t.Truncate(time.Hour), t.Round(time.Hour), t.Round(time.Second), t.Truncate(24*time.Hour))
	e := time.Unix(0, 0).UTC()
	fmt.Println(e, e.IsZero(), time.Time{}, time.Time{}.IsZero())
	fmt.Println(time.Unix(1700000000, 5).UTC(), time.UnixMilli(1700000000123).UTC())
	fmt.Println(time.Date(2023, 13, 32, 25, 61, 61, 0, time.UTC))
	fmt.Printf("%v %s %d %v\n", time.March, time.Saturday, time.March, time.Month(13))
	d := 1500*time.Millisecond + 7*time.Microsecond
	fmt.Println(d, d.Round(time.Millisecond), d.Truncate(time.Second), (-d).Abs(), d.Seconds(), d.Milliseconds())
	for _, s := range []string{"1h15m30.5s", "-1.5h", "300ms", "2us", "1µs", "0", "", "1", "1x", "abc", ".s", "9223372036854775808ns"} {
		v, err := time.ParseDuration(s)
		fmt.Println(v, err)
	}
	fmt.Println(t.AddDate(0, 1, 1), t.Month().String(), t.Weekday().String())
	fmt.Println(time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC).Weekday(), time.Date(1999, 12, 31, 23, 59, 59, 0, time.UTC).YearDay())
}
