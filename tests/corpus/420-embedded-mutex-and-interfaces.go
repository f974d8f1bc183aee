package main

// Embedded fields and interfaces: a struct embedding sync.Mutex locked
// through its promoted methods, promotion through values and pointers at
// depth 2, embedded interfaces in interfaces and in structs, and the
// promoted methods counting for interface satisfaction.

import (
	"fmt"
	"sync"
)

type Store struct {
	sync.Mutex
	m map[string]int
}

func (s *Store) Inc(k string) {
	s.Lock()
	defer s.Unlock()
	s.m[k]++
}

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return fmt.Sprintf("base %d %s", b.ID, b.Name) }
func (b *Base) Rename(n string) { b.Name = n }

type Mid struct {
	Base
	Level int
}

type Top struct {
	*Mid
	Extra string
}

type Describer interface{ Describe() string }

type Reader interface{ Read() string }
type Writer interface{ Write(s string) }
type ReadWriter interface {
	Reader
	Writer
}

type buf struct{ data []string }

func (b *buf) Read() string    { r := b.data[0]; b.data = b.data[1:]; return r }
func (b *buf) Write(s string) { b.data = append(b.data, s) }

type Logged struct {
	ReadWriter
	n int
}

type RW struct {
	sync.RWMutex
	v int
}

func main() {
	s := &Store{m: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s.Inc("a")
		}()
	}
	wg.Wait()
	fmt.Println(s.m["a"])

	m := Mid{Base{1, "one"}, 2}
	fmt.Println(m.ID, m.Name, m.Level, m.Describe())
	m.Rename("uno")
	fmt.Println(m.Base.Name, m.Name)
	m.ID = 7
	fmt.Println(m.Describe())
	t := Top{&m, "x"}
	t.Level = 3
	t.Rename("due")
	fmt.Println(t.ID, t.Name, t.Level, m.Level, t.Describe())
	var d Describer = m
	fmt.Println(d.Describe())
	d = t
	fmt.Println(d.Describe())
	d = &m
	fmt.Println(d.Describe())

	var l sync.Locker = s
	l.Lock()
	fmt.Println("locked")
	l.Unlock()

	var rw ReadWriter = &buf{}
	rw.Write("hello")
	rw.Write("world")
	fmt.Println(rw.Read())
	lg := Logged{ReadWriter: rw}
	lg.Write("again")
	fmt.Println(lg.Read(), lg.Read())
	var r Reader = lg
	lg.Write("z")
	fmt.Println(r.Read())

	x := &RW{}
	x.RLock()
	x.RUnlock()
	x.Lock()
	x.v++
	x.Unlock()
	fmt.Println(x.v)
	fmt.Printf("%+v\n", m)
	fmt.Printf("%v\n", m)
}
