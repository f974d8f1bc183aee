// Substrings longer than a few words share their parent's bytes: every
// reader must stop at the substring's length, never at a NUL.
package main

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

func long(prefix string, n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(prefix)
		b.WriteString(strconv.Itoa(i % 10))
	}
	return b.String()
}

func main() {
	digits := strings.Repeat("1234567890", 8)
	// numbers followed by more digits in the parent
	a := digits[:40][:9]
	n, err := strconv.Atoi(digits[0:35][:18])
	fmt.Println(a, n, err)
	n, err = strconv.Atoi(digits[0:40])
	fmt.Println(n, err != nil)
	v, err := strconv.ParseInt(digits[3:40][:5], 10, 64)
	fmt.Println(v, err)
	f, err := strconv.ParseFloat(digits[1:40][:6], 64)
	fmt.Println(f, err)
	// views of 32 bytes and more, followed by more digits in the parent
	zeros := strings.Repeat("0", 36) + "4567" + digits
	n, err = strconv.Atoi(zeros[0:40])
	fmt.Println(n, err)
	n, err = strconv.Atoi(zeros[1:40][:35])
	fmt.Println(n, err)
	v, err = strconv.ParseInt(zeros[2:40], 10, 64)
	fmt.Println(v, err)
	hex, err := strconv.ParseUint(zeros[0:39], 16, 64)
	fmt.Println(hex, err)
	f, err = strconv.ParseFloat(zeros[:38]+"."+zeros[36:74], 64)
	fmt.Println(f, err)
	f, err = strconv.ParseFloat(zeros[0:40], 64)
	fmt.Println(f, err)
	var k int
	fmt.Sscan(zeros[0:40], &k)
	fmt.Println(k, strconv.Quote(zeros[30:70]))
	q, err := strconv.Unquote("\"" + zeros[3:40] + "\"")
	fmt.Println(len(q), err)
	bools := "truetruetruetruetruetruetruetruetrue1"
	bv, err := strconv.ParseBool(bools[0:36][:4])
	fmt.Println(bv, err)
	_, err = strconv.ParseBool(bools[0:36][:5])
	fmt.Println(err)

	text := long("word", 20) + " " + long("tail", 20)
	mid := text[10:60]
	end := text[len(text)-45:]
	empty := text[50:50]
	view := mid[5:45]
	fmt.Printf("%q\n%q\n%q %d\n%q\n", mid, end, empty, len(empty), view)
	fmt.Printf("[%s] [%10.5s] [%-40s] [%x]\n", view, view, view[:33], view[:34])
	fmt.Println(len(mid), len(end), len(view), mid[0], end[44], view[39])

	// map keys, equality, ordering
	m := map[string]int{}
	for i := 0; i+40 <= len(text); i += 10 {
		m[text[i:i+40]]++
	}
	m[text[0:40]] += 100
	fmt.Println(len(m), m[text[0:40]], m[long("word", 20)[0:40]])
	other := long("word", 20)
	fmt.Println(mid == other[10:60], mid < end, end > mid, view == mid[5:45], mid[:33] == mid[:34][:33])

	// switch on a view
	switch text[:36] {
	case "word0word1word2word3word4word5word6":
		fmt.Println("short case")
	case "word0word1word2word3word4word5word6w":
		fmt.Println("exact case")
	default:
		fmt.Println("no case")
	}

	// conversions and ranging
	bs := []byte(view)
	rs := []rune(end)
	fmt.Println(len(bs), string(bs[:3]), len(rs), string(rs[len(rs)-3:]))
	uni := strings.Repeat("héllo, wörld ", 5)
	u := uni[3:50]
	count := 0
	for i, r := range u {
		if r == 'ö' {
			count += i
		}
	}
	fmt.Println(count, len([]rune(u)), u)
	cut := uni[:47] // ends inside a two-byte rune
	for _, r := range cut[38:] {
		fmt.Printf("%U ", r)
	}
	fmt.Println()

	// concatenation, Builder and the strings package on views
	cat := view + "|" + end[:33]
	fmt.Println(len(cat), strings.Count(cat, "word"), strings.Index(cat, "tail"))
	var sb strings.Builder
	sb.WriteString(view)
	sb.WriteByte('!')
	fmt.Println(sb.Len(), sb.String()[38:])
	fields := strings.Fields(strings.Repeat("alphabetagammadeltaepsilonzetaetatheta ", 3))
	for _, w := range fields {
		fmt.Println(len(w), w[30:], strings.ToUpper(w[:33]))
	}
	parts := strings.Split(text, "word9")
	fmt.Println(len(parts), parts[0], strings.Join(parts[1:], "+"))
	before, after, found := strings.Cut(text, " ")
	fmt.Println(len(before), len(after), found, strings.HasPrefix(after, "tail0"), strings.HasSuffix(before, "word9"))
	fmt.Println(strings.TrimPrefix(before, "word0"), strings.TrimSuffix(after, "tail9"))
	fmt.Println(strings.TrimSpace("   "+view+"   "), strings.Trim(view, "word0123456789"))
	fmt.Println(strings.Replace(view, "word", "W", 3), strings.Contains(mid, view))
	fmt.Println(strings.Repeat(view[:33], 2) == view[:33]+view[:33])
	var sc []string
	for i := 0; i < 5; i++ {
		sc = append(sc, text[i*7:i*7+33])
	}
	fmt.Println(strings.Join(sc, ","))
	// a format and a layout that end where the parent goes on
	format := "value %d and %s and more text here.%d%d%d"
	fmt.Printf(format[:34]+"\n", 7, view[:33])
	layouts := "2006-01-02 15:04:05.000000000 -0700 MST Monday"
	when := time.Date(2024, 3, 5, 7, 8, 9, 123456789, time.UTC)
	stamp := when.Format(layouts[:35]) + " tail of the value"
	fmt.Println(stamp[:35], when.Format(layouts[:40]))
	back, err := time.Parse(layouts[:35], stamp[:35])
	fmt.Println(back.Equal(when), err)
	dur, err := time.ParseDuration("1h2m3s4ms5us6ns1h2m3s4ms5us6ns7h8m"[:32])
	fmt.Println(dur, err)
	fmt.Sscan(digits[20:60][:7], &n)
	fmt.Println(n)
}
