package main

import "sync"

type RW interface {
	Reader
	Write(s string)
}

type Reader interface{ Read() string }

type Store struct {
	sync.Mutex
	*Base
	m map[string]int
}

type Base struct{ n int }

func (b *Base) Inc() { b.n++ }

func main() {
	s := &Store{Base: &Base{}}
	s.Lock()
	s.Inc()
	s.n++
	s.Unlock()
	var l sync.Locker = s
	l.Lock()
}
