/* gor-packages-iter.h — the iter, slices, maps and cmp rows of the package table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Not a header of its own: gor-packages.c includes it inside its table
 * of members, so that file stays within the size limit.  Each function here is a generic function
 * of Go's library, instantiated per call site by gor-iterlib.c.
 */

/* clang-format off */
  /* iter: Seq and Seq2 are instantiated by _gor_compile_iter_type */
  PLAN ("iter", "Pull", plan_iterlib, GOR_OP_NOP, 0),
  PLAN ("iter", "Pull2", plan_iterlib, GOR_OP_NOP, 0),
  GO_ONLY ("iter", "Seq", MEMBER_TYPE),
  GO_ONLY ("iter", "Seq2", MEMBER_TYPE),

  /* slices and maps: generic functions instantiated per call (gor-iterlib.c) */
  PLAN ("slices", "All", plan_iterlib, GOR_OP_NOP, 0),
  PLAN ("slices", "AppendSeq", plan_iterlib, GOR_OP_NOP, 0),
  PLAN ("slices", "Backward", plan_iterlib, GOR_OP_NOP, 0),
  PLAN ("slices", "BinarySearch", plan_iterlib, GOR_OP_NOP, 0),
  PLAN ("slices", "BinarySearchFunc", plan_iterlib, GOR_OP_NOP, 0),
  PLAN ("slices", "Chunk", plan_iterlib, GOR_OP_NOP, 0),
  PLAN ("slices", "Clip", plan_iterlib, GOR_OP_NOP, 0),
  PLAN ("slices", "Clone", plan_iterlib, GOR_OP_NOP, 0),
  PLAN ("slices", "Collect", plan_iterlib, GOR_OP_NOP, 0),
  PLAN ("slices", "Compact", plan_iterlib, GOR_OP_NOP, 0),
  PLAN ("slices", "CompactFunc", plan_iterlib, GOR_OP_NOP, 0),
  PLAN ("slices", "Compare", plan_iterlib, GOR_OP_NOP, 0),
  PLAN ("slices", "CompareFunc", plan_iterlib, GOR_OP_NOP, 0),
  PLAN ("slices", "Concat", plan_iterlib, GOR_OP_NOP, 0),
  PLAN ("slices", "Contains", plan_iterlib, GOR_OP_NOP, 0),
  PLAN ("slices", "ContainsFunc", plan_iterlib, GOR_OP_NOP, 0),
  PLAN ("slices", "Delete", plan_iterlib, GOR_OP_NOP, 0),
  PLAN ("slices", "DeleteFunc", plan_iterlib, GOR_OP_NOP, 0),
  PLAN ("slices", "Equal", plan_iterlib, GOR_OP_NOP, 0),
  PLAN ("slices", "EqualFunc", plan_iterlib, GOR_OP_NOP, 0),
  PLAN ("slices", "Grow", plan_iterlib, GOR_OP_NOP, 0),
  PLAN ("slices", "Index", plan_iterlib, GOR_OP_NOP, 0),
  PLAN ("slices", "IndexFunc", plan_iterlib, GOR_OP_NOP, 0),
  PLAN ("slices", "Insert", plan_iterlib, GOR_OP_NOP, 0),
  PLAN ("slices", "IsSorted", plan_iterlib, GOR_OP_NOP, 0),
  PLAN ("slices", "IsSortedFunc", plan_iterlib, GOR_OP_NOP, 0),
  PLAN ("slices", "Max", plan_iterlib, GOR_OP_NOP, 0),
  PLAN ("slices", "MaxFunc", plan_iterlib, GOR_OP_NOP, 0),
  PLAN ("slices", "Min", plan_iterlib, GOR_OP_NOP, 0),
  PLAN ("slices", "MinFunc", plan_iterlib, GOR_OP_NOP, 0),
  PLAN ("slices", "Repeat", plan_iterlib, GOR_OP_NOP, 0),
  PLAN ("slices", "Replace", plan_iterlib, GOR_OP_NOP, 0),
  PLAN ("slices", "Reverse", plan_iterlib, GOR_OP_NOP, 0),
  PLAN ("slices", "Sort", plan_iterlib, GOR_OP_NOP, 0),
  PLAN ("slices", "SortFunc", plan_iterlib, GOR_OP_NOP, 0),
  PLAN ("slices", "SortStableFunc", plan_iterlib, GOR_OP_NOP, 0),
  PLAN ("slices", "Sorted", plan_iterlib, GOR_OP_NOP, 0),
  PLAN ("slices", "SortedFunc", plan_iterlib, GOR_OP_NOP, 0),
  PLAN ("slices", "SortedStableFunc", plan_iterlib, GOR_OP_NOP, 0),
  PLAN ("slices", "Values", plan_iterlib, GOR_OP_NOP, 0),
  PLAN ("maps", "All", plan_iterlib, GOR_OP_NOP, 0),
  PLAN ("maps", "Clone", plan_iterlib, GOR_OP_NOP, 0),
  PLAN ("maps", "Collect", plan_iterlib, GOR_OP_NOP, 0),
  PLAN ("maps", "Copy", plan_iterlib, GOR_OP_NOP, 0),
  PLAN ("maps", "DeleteFunc", plan_iterlib, GOR_OP_NOP, 0),
  PLAN ("maps", "Equal", plan_iterlib, GOR_OP_NOP, 0),
  PLAN ("maps", "EqualFunc", plan_iterlib, GOR_OP_NOP, 0),
  PLAN ("maps", "Insert", plan_iterlib, GOR_OP_NOP, 0),
  PLAN ("maps", "Keys", plan_iterlib, GOR_OP_NOP, 0),
  PLAN ("maps", "Values", plan_iterlib, GOR_OP_NOP, 0),

  /* cmp: generic functions, compiled from Go source as the program's
   * own generic functions are (gor-generic.c) */
  GO_ONLY ("cmp", "Compare", MEMBER_FUNC),
  GO_ONLY ("cmp", "Less", MEMBER_FUNC),
  GO_ONLY ("cmp", "Or", MEMBER_FUNC),
  GO_ONLY ("cmp", "Ordered", MEMBER_TYPE),
    /* clang-format on */
