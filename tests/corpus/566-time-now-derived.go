// Times read from the clock.  Go's time.Now() is the wall clock, so only
// what derives from it deterministically is printed: differences, the
// order of readings, times received from timers.  (Gorolanes's clock
// starts at 2009-11-10 23:00:00 UTC m=+0.000000001, as on the Go
// playground; tests/test-timeval.c checks that printing.)

package main

import (
	"fmt"
	"sync"
	"time"
)

type event struct {
	id int
	at time.Time
}

func main() {
	start := time.Now()
	deadline := start.Add(250 * time.Millisecond)
	fmt.Println(deadline.Sub(start), deadline.After(start), start.Before(deadline), start.Equal(start))
	fmt.Println(start.Compare(deadline), deadline.Compare(start), start.Compare(start), start.IsZero())
	far := start.Add(time.Minute)
	fmt.Println(time.Until(far) > 50*time.Second, time.Until(far) <= time.Minute, time.Until(start) <= 0)

	var mu sync.Mutex
	var wg sync.WaitGroup
	events := make([]event, 0, 3)
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(time.Duration(i) * 100 * time.Millisecond)
			mu.Lock()
			events = append(events, event{i, time.Now()})
			mu.Unlock()
		}()
	}
	wg.Wait()
	for k, e := range events {
		fmt.Println(e.id, e.at.Sub(start) >= time.Duration(e.id)*100*time.Millisecond, e.at.After(start))
		if k > 0 {
			fmt.Println("  later than the one before:", e.at.After(events[k-1].at))
		}
	}
	fmt.Println(time.Since(start) >= 300*time.Millisecond, time.Now().After(deadline))

	fired := <-time.After(50 * time.Millisecond)
	fmt.Println(fired.Sub(start) >= 350*time.Millisecond, fired.Before(time.Now()) || fired.Equal(time.Now()))
	tk := time.NewTicker(20 * time.Millisecond)
	a := <-tk.C
	b := <-tk.C
	tk.Stop()
	fmt.Println(b.After(a), b.Sub(a) > 0)
	u := start.UTC()
	fmt.Println(u.Equal(start), u.Sub(start), start.Round(0).Equal(start), start.Add(time.Hour).Sub(u))
	fmt.Println(start.Unix()-u.Unix(), start.UnixNano()-u.UnixNano(), start.Year() == u.Year())
}
