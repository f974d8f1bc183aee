package main

import "fmt"

// The same loops over []byte, []bool and []int8: one byte an element,
// read back zero- or sign-extended in the loop's conditions.
func main() {
	const n = 200
	bools := make([]bool, n+1)
	bytes := make([]byte, n+1)
	int8s := make([]int8, n+1)
	ints := make([]int, n+1)
	primes := 0
	for i := 2; i <= n; i++ {
		if bools[i] {
			continue
		}
		primes++
		for j := i * i; j <= n; j += i {
			bools[j] = true
			bytes[j] = 255
			int8s[j] = -128
			ints[j] = -1
		}
		v := byte(i)
		w := int8(-i)
		for j := i; j <= n; j += i {
			bytes[j] += v
			int8s[j] = w
		}
	}
	fmt.Println("primes:", primes)
	sb, s8, si := 0, 0, 0
	for i := 0; i <= n; i++ {
		sb += int(bytes[i])
		s8 += int(int8s[i])
		si += ints[i]
	}
	fmt.Println(sb, s8, si)

	// byte and int8 elements compared with constants and variables
	limit := byte(250)
	neg := int8(-100)
	over, under := 0, 0
	for i := 0; i <= n; i++ {
		if bytes[i] > limit {
			over++
		}
		if int8s[i] < neg {
			under++
		}
		if int8s[i] < -120 {
			under += 1000
		}
		if bytes[i] >= 254 {
			over += 1000
		}
	}
	fmt.Println(over, under)

	// a scan that stops on an element: i++ back to s[i] compared
	bytes[n-3] = 255
	i := 0
	for bytes[i] != 255 {
		i++
	}
	k := n
	for int8s[k] <= -2 {
		k--
	}
	fmt.Println("first 255 at", i, "scan down stops at", k, int8s[k])
	j := 0
	for ints[j] < 0 || j < 4 {
		j++
	}
	fmt.Println("first non-negative from 4 at", j)
}
