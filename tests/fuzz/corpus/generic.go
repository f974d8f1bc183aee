package main

type T[P any] struct{ x P }

func (T[P]) M() {}
