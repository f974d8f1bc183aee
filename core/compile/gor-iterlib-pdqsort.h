/* gor-iterlib-pdqsort.h — Go's unstable sort, in the library's Go
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The text of a function body that gor-iterlib.c's functions share.
 */

#pragma once

/* Go 1.23's unstable sort, pattern-defeating quicksort, over the
 * positions 0 … n-1 of a sequence, by the functions less (i, j) and
 * swap (i, j) of its function: the same calls of the program's less,
 * cmp, Less and Swap in the same order as Go's, hence the same order of
 * equal elements.  Insertion sort up to 12 elements; the pivot a median
 * of three, of three medians of three (Tukey's ninther) from 50; a
 * partial insertion sort when the range looks sorted; a partition of the
 * elements equal to the pivot when the one before the range is not less
 * than it; after an unbalanced partition, three swaps with positions from
 * an xorshift generator seeded by the length; heapsort once the depth
 * limit (the bit length of n) is spent. */
#define PDQSORT                                                   \
  "\tlimit := 0\n"                                                \
  "\tfor m := n; m > 0; m >>= 1 {\n"                              \
  "\t\tlimit++\n"                                                 \
  "\t}\n"                                                         \
  "\tswaps := 0\n"                                                \
  "\tinsertion := func(a, b int) {\n"                             \
  "\t\tfor i := a + 1; i < b; i++ {\n"                            \
  "\t\t\tfor j := i; j > a && less(j, j-1); j-- {\n"              \
  "\t\t\t\tswap(j, j-1)\n"                                        \
  "\t\t\t}\n"                                                     \
  "\t\t}\n"                                                       \
  "\t}\n"                                                         \
  "\tsift := func(root, hi, first int) {\n"                       \
  "\t\tfor {\n"                                                   \
  "\t\t\tchild := 2*root + 1\n"                                   \
  "\t\t\tif child >= hi {\n"                                      \
  "\t\t\t\treturn\n"                                              \
  "\t\t\t}\n"                                                     \
  "\t\t\tif child+1 < hi && less(first+child, first+child+1) {\n" \
  "\t\t\t\tchild++\n"                                             \
  "\t\t\t}\n"                                                     \
  "\t\t\tif !less(first+root, first+child) {\n"                   \
  "\t\t\t\treturn\n"                                              \
  "\t\t\t}\n"                                                     \
  "\t\t\tswap(first+root, first+child)\n"                         \
  "\t\t\troot = child\n"                                          \
  "\t\t}\n"                                                       \
  "\t}\n"                                                         \
  "\torder := func(a, b int) (int, int) {\n"                      \
  "\t\tif less(b, a) {\n"                                         \
  "\t\t\tswaps++\n"                                               \
  "\t\t\treturn b, a\n"                                           \
  "\t\t}\n"                                                       \
  "\t\treturn a, b\n"                                             \
  "\t}\n"                                                         \
  "\tmedian := func(a, b, c int) int {\n"                         \
  "\t\ta, b = order(a, b)\n"                                      \
  "\t\tb, c = order(b, c)\n"                                      \
  "\t\ta, b = order(a, b)\n"                                      \
  "\t\treturn b\n"                                                \
  "\t}\n"                                                         \
  "\tvar pdq func(a, b, limit int)\n"                             \
  "\tpdq = func(a, b, limit int) {\n"                             \
  "\t\tbalanced, partitioned := true, true\n"                     \
  "\t\tfor {\n"                                                   \
  "\t\t\tlength := b - a\n"                                       \
  "\t\t\tif length <= 12 {\n"                                     \
  "\t\t\t\tinsertion(a, b)\n"                                     \
  "\t\t\t\treturn\n"                                              \
  "\t\t\t}\n"                                                     \
  "\t\t\tif limit == 0 {\n"                                       \
  "\t\t\t\thi := b - a\n"                                         \
  "\t\t\t\tfor i := (hi - 1) / 2; i >= 0; i-- {\n"                \
  "\t\t\t\t\tsift(i, hi, a)\n"                                    \
  "\t\t\t\t}\n"                                                   \
  "\t\t\t\tfor i := hi - 1; i >= 0; i-- {\n"                      \
  "\t\t\t\t\tswap(a, a+i)\n"                                      \
  "\t\t\t\t\tsift(0, i, a)\n"                                     \
  "\t\t\t\t}\n"                                                   \
  "\t\t\t\treturn\n"                                              \
  "\t\t\t}\n"                                                     \
  "\t\t\tif !balanced {\n"                                        \
  "\t\t\t\tr := uint64(length)\n"                                 \
  "\t\t\t\tmod := 1\n"                                            \
  "\t\t\t\tfor mod <= length {\n"                                 \
  "\t\t\t\t\tmod <<= 1\n"                                         \
  "\t\t\t\t}\n"                                                   \
  "\t\t\t\tidx := a + (length/4)*2 - 1\n"                         \
  "\t\t\t\tfor i := 0; i < 3; i++ {\n"                            \
  "\t\t\t\t\tr ^= r << 13\n"                                      \
  "\t\t\t\t\tr ^= r >> 17\n"                                      \
  "\t\t\t\t\tr ^= r << 5\n"                                       \
  "\t\t\t\t\tother := int(uint(r) & uint(mod-1))\n"               \
  "\t\t\t\t\tif other >= length {\n"                              \
  "\t\t\t\t\t\tother -= length\n"                                 \
  "\t\t\t\t\t}\n"                                                 \
  "\t\t\t\t\tswap(idx+i, a+other)\n"                              \
  "\t\t\t\t}\n"                                                   \
  "\t\t\t\tlimit--\n"                                             \
  "\t\t\t}\n"                                                     \
  "\t\t\tswaps = 0\n"                                             \
  "\t\t\tpivot := a + length/4*2\n"                               \
  "\t\t\t{\n"                                                     \
  "\t\t\t\ti, k := a+length/4, a+length/4*3\n"                    \
  "\t\t\t\tif length >= 50 {\n"                                   \
  "\t\t\t\t\ti = median(i-1, i, i+1)\n"                           \
  "\t\t\t\t\tpivot = median(pivot-1, pivot, pivot+1)\n"           \
  "\t\t\t\t\tk = median(k-1, k, k+1)\n"                           \
  "\t\t\t\t}\n"                                                   \
  "\t\t\t\tpivot = median(i, pivot, k)\n"                         \
  "\t\t\t}\n"                                                     \
  "\t\t\tif swaps == 12 {\n"                                      \
  "\t\t\t\tfor i, j := a, b-1; i < j; i, j = i+1, j-1 {\n"        \
  "\t\t\t\t\tswap(i, j)\n"                                        \
  "\t\t\t\t}\n"                                                   \
  "\t\t\t\tpivot = (b - 1) - (pivot - a)\n"                       \
  "\t\t\t\tswaps = 0\n"                                           \
  "\t\t\t}\n"                                                     \
  "\t\t\tif balanced && partitioned && swaps == 0 {\n"            \
  "\t\t\t\ti := a + 1\n"                                          \
  "\t\t\t\tdone := false\n"                                       \
  "\t\t\t\tfor step := 0; step < 5; step++ {\n"                   \
  "\t\t\t\t\tfor i < b && !less(i, i-1) {\n"                      \
  "\t\t\t\t\t\ti++\n"                                             \
  "\t\t\t\t\t}\n"                                                 \
  "\t\t\t\t\tif i == b {\n"                                       \
  "\t\t\t\t\t\tdone = true\n"                                     \
  "\t\t\t\t\t\tbreak\n"                                           \
  "\t\t\t\t\t}\n"                                                 \
  "\t\t\t\t\tif b-a < 50 {\n"                                     \
  "\t\t\t\t\t\tbreak\n"                                           \
  "\t\t\t\t\t}\n"                                                 \
  "\t\t\t\t\tswap(i, i-1)\n"                                      \
  "\t\t\t\t\tif i-a >= 2 {\n"                                     \
  "\t\t\t\t\t\tfor j := i - 1; j >= 1; j-- {\n"                   \
  "\t\t\t\t\t\t\tif !less(j, j-1) {\n"                            \
  "\t\t\t\t\t\t\t\tbreak\n"                                       \
  "\t\t\t\t\t\t\t}\n"                                             \
  "\t\t\t\t\t\t\tswap(j, j-1)\n"                                  \
  "\t\t\t\t\t\t}\n"                                               \
  "\t\t\t\t\t}\n"                                                 \
  "\t\t\t\t\tif b-i >= 2 {\n"                                     \
  "\t\t\t\t\t\tfor j := i + 1; j < b; j++ {\n"                    \
  "\t\t\t\t\t\t\tif !less(j, j-1) {\n"                            \
  "\t\t\t\t\t\t\t\tbreak\n"                                       \
  "\t\t\t\t\t\t\t}\n"                                             \
  "\t\t\t\t\t\t\tswap(j, j-1)\n"                                  \
  "\t\t\t\t\t\t}\n"                                               \
  "\t\t\t\t\t}\n"                                                 \
  "\t\t\t\t}\n"                                                   \
  "\t\t\t\tif done {\n"                                           \
  "\t\t\t\t\treturn\n"                                            \
  "\t\t\t\t}\n"                                                   \
  "\t\t\t}\n"                                                     \
  "\t\t\tif a > 0 && !less(a-1, pivot) {\n"                       \
  "\t\t\t\tswap(a, pivot)\n"                                      \
  "\t\t\t\ti, j := a+1, b-1\n"                                    \
  "\t\t\t\tfor {\n"                                               \
  "\t\t\t\t\tfor i <= j && !less(a, i) {\n"                       \
  "\t\t\t\t\t\ti++\n"                                             \
  "\t\t\t\t\t}\n"                                                 \
  "\t\t\t\t\tfor i <= j && less(a, j) {\n"                        \
  "\t\t\t\t\t\tj--\n"                                             \
  "\t\t\t\t\t}\n"                                                 \
  "\t\t\t\t\tif i > j {\n"                                        \
  "\t\t\t\t\t\tbreak\n"                                           \
  "\t\t\t\t\t}\n"                                                 \
  "\t\t\t\t\tswap(i, j)\n"                                        \
  "\t\t\t\t\ti++\n"                                               \
  "\t\t\t\t\tj--\n"                                               \
  "\t\t\t\t}\n"                                                   \
  "\t\t\t\ta = i\n"                                               \
  "\t\t\t\tcontinue\n"                                            \
  "\t\t\t}\n"                                                     \
  "\t\t\tswap(a, pivot)\n"                                        \
  "\t\t\ti, j := a+1, b-1\n"                                      \
  "\t\t\tfor i <= j && less(i, a) {\n"                            \
  "\t\t\t\ti++\n"                                                 \
  "\t\t\t}\n"                                                     \
  "\t\t\tfor i <= j && !less(j, a) {\n"                           \
  "\t\t\t\tj--\n"                                                 \
  "\t\t\t}\n"                                                     \
  "\t\t\tpartitioned = i > j\n"                                   \
  "\t\t\tif !partitioned {\n"                                     \
  "\t\t\t\tswap(i, j)\n"                                          \
  "\t\t\t\ti++\n"                                                 \
  "\t\t\t\tj--\n"                                                 \
  "\t\t\t\tfor {\n"                                               \
  "\t\t\t\t\tfor i <= j && less(i, a) {\n"                        \
  "\t\t\t\t\t\ti++\n"                                             \
  "\t\t\t\t\t}\n"                                                 \
  "\t\t\t\t\tfor i <= j && !less(j, a) {\n"                       \
  "\t\t\t\t\t\tj--\n"                                             \
  "\t\t\t\t\t}\n"                                                 \
  "\t\t\t\t\tif i > j {\n"                                        \
  "\t\t\t\t\t\tbreak\n"                                           \
  "\t\t\t\t\t}\n"                                                 \
  "\t\t\t\t\tswap(i, j)\n"                                        \
  "\t\t\t\t\ti++\n"                                               \
  "\t\t\t\t\tj--\n"                                               \
  "\t\t\t\t}\n"                                                   \
  "\t\t\t}\n"                                                     \
  "\t\t\tswap(j, a)\n"                                            \
  "\t\t\tif j-a < b-j {\n"                                        \
  "\t\t\t\tbalanced = j-a >= length/8\n"                          \
  "\t\t\t\tpdq(a, j, limit)\n"                                    \
  "\t\t\t\ta = j + 1\n"                                           \
  "\t\t\t} else {\n"                                              \
  "\t\t\t\tbalanced = b-j >= length/8\n"                          \
  "\t\t\t\tpdq(j+1, b, limit)\n"                                  \
  "\t\t\t\tb = j\n"                                               \
  "\t\t\t}\n"                                                     \
  "\t\t}\n"                                                       \
  "\t}\n"                                                         \
  "\tpdq(0, n, limit)\n"
