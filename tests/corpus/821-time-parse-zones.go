package main

import (
	"fmt"
	"time"
)

func show(t time.Time, err error) {
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	name, off := t.Zone()
	fmt.Println(t, "|", t.Location(), name, off, t.Unix())
}

func main() {
	show(time.Parse(time.RFC3339, "2024-03-05T14:30:15Z"))
	show(time.Parse(time.RFC3339, "2024-03-05T14:30:15+02:00"))
	show(time.Parse(time.RFC3339Nano, "2024-03-05T14:30:15.123456789-07:30"))
	show(time.Parse(time.RFC3339, "2024-03-05T14:30:15+00:00"))
	show(time.Parse("2006-01-02 15:04:05", "2024-02-29 23:59:59"))
	show(time.Parse("2006-01-02", "2023-02-29"))
	show(time.Parse("2006-01-02", "2023-13-01"))
	show(time.Parse("2006-01-02", "2023-1-01"))
	show(time.Parse("2006-01-02", "2023-01-01 extra"))
	show(time.Parse("Jan 2, 2006 at 3:04pm (MST)", "Feb 3, 2013 at 7:54pm (PST)"))
	show(time.Parse("Jan 2, 2006 at 3:04pm (MST)", "Feb 3, 2013 at 7:54pm (UTC)"))
	show(time.Parse(time.RFC1123, "Mon, 02 Jan 2006 15:04:05 GMT"))
	show(time.Parse(time.RFC1123Z, "Mon, 02 Jan 2006 15:04:05 -0700"))
	show(time.Parse(time.Kitchen, "3:04PM"))
	show(time.Parse("15:04:05", "25:00:00"))
	show(time.Parse("15:04:05", "10:61:00"))
	show(time.Parse("2006-01-02 15:04:05", "2024-03-05 10:20:30.5"))
	show(time.Parse("2006-01-02T15:04:05.000Z", "2024-03-05T10:20:30.12Z"))
	show(time.Parse("2006-01-02T15:04:05.000Z", "2024-03-05T10:20:30.123Z"))
	show(time.Parse("Monday, January 2, 2006", "friday, MARCH 8, 2024"))
	show(time.Parse("Mon Jan _2 2006", "Fri Mar  8 2024"))
	show(time.Parse("2006-002", "2024-060"))
	show(time.Parse("2006-002", "2023-366"))
	show(time.Parse(time.DateTime, "2024-03-05  10:20:30"))
	show(time.Parse(time.DateTime, "2024-03-05"))
	show(time.Parse("06/01/02", "99/12/31"))
	show(time.Parse("", ""))
	show(time.Parse("2006-01-02 MST", "2024-01-01 CEST"))
	show(time.Parse("2006-01-02 MST", "2024-01-01 GMT+3"))
	show(time.Parse("2006-01-02 -07", "2024-01-01 +05"))
	show(time.Parse("2006-01-02 Z07:00:00", "2024-01-01 -01:02:03"))
	est := time.FixedZone("EST", -5*3600)
	show(time.ParseInLocation("2006-01-02 15:04", "2024-07-04 09:00", est))
	show(time.ParseInLocation("2006-01-02 15:04 MST", "2024-07-04 09:00 EST", est))
	show(time.ParseInLocation("2006-01-02 15:04 -0700", "2024-07-04 09:00 -0500", est))
	show(time.ParseInLocation("2006-01-02 15:04", "2024-07-04 09:00", time.UTC))
	t := time.Date(2024, 7, 4, 12, 0, 0, 0, time.UTC)
	ist := time.FixedZone("IST", 5*3600+1800)
	fmt.Println(t.In(ist), t.In(est).Format(time.RFC3339), t.In(ist).Equal(t), t.In(ist) == t)
	fmt.Println(t.In(ist).Hour(), t.In(est).Day(), t.In(est).Weekday(), t.In(ist).UTC())
	fmt.Println(t.In(ist).Add(36*time.Hour), t.In(est).AddDate(0, 0, 1), t.In(est).Truncate(24*time.Hour))
	fmt.Println(time.Date(2024, 1, 1, 0, 0, 0, 0, est), time.Date(2024, 1, 1, 0, 0, 0, 0, est).UTC())
	fmt.Println(t.Local(), t.Location(), time.UTC, time.Local, est, t.In(est).Location().String())
	noname := time.FixedZone("", 3600)
	fmt.Println(t.In(noname), t.In(noname).Format(time.RFC1123))
	for _, n := range []string{"UTC", "", "Local", "Nowhere/Atlantis", "../etc"} {
		loc, err := time.LoadLocation(n)
		if err != nil {
			fmt.Println("load", n, "error:", err)
			continue
		}
		fmt.Println("load", n, loc, t.In(loc))
	}
	now := time.Now()
	fmt.Println(now.Location(), now.In(est).Location(), now.UTC().Location())
}
