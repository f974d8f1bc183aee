package main

import "fmt"

type Named interface {
	Name() string
}

type Describer interface {
	Named
	Describe() string
}

type base struct {
	id int
}

func (b base) Name() string      { return fmt.Sprintf("base#%d", b.id) }
func (b base) Describe() string  { return "a " + b.Name() }
func (b *base) SetID(id int)     { b.id = id }

type container struct {
	base
	label string
}

func (c container) Name() string { return c.label + "/" + c.base.Name() }

type logger struct {
	prefix string
	lines  []string
}

func (l *logger) Log(s string) { l.lines = append(l.lines, l.prefix+s) }

type service struct {
	*logger
	container
}

func main() {
	c := container{base{1}, "box"}
	fmt.Println(c.id, c.Name(), c.Describe())
	c.SetID(7)
	fmt.Println(c.id, c.base.Name())

	var d Describer = c
	fmt.Println(d.Name(), "|", d.Describe())
	var n Named = d
	fmt.Println(n.Name())

	s := service{&logger{prefix: "> "}, c}
	s.Log("start")
	s.Log(s.Name())
	fmt.Println(s.lines, len(s.logger.lines), s.label)
	if _, ok := n.(Describer); ok {
		fmt.Println("n is a Describer")
	}
	fmt.Printf("%+v\n", c)
}
