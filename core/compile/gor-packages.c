/* gor-packages.c — the standard-library packages programs may import
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One table holds every exported name of the packages a program may
 * import, as Go 1.23 exports them: what kind of name it is and, for the
 * ones Gorolanes runs, their type or how a call compiles.  Imports, types,
 * constants, selectors and calls all look names up here, so a name Go
 * lacks is "undefined: strings.Foo" and one Go has but Gorolanes does not
 * run is "unsupported: strings.Foo" wherever it is used.
 */

#include "config.h"

#include <string.h>

#include "gor-compiler-private.h"
#include "gor-time-ops.h"

typedef enum
{
  MEMBER_FUNC,
  MEMBER_TYPE,
  MEMBER_CONST,
  MEMBER_VAR,
} MemberKind;

/* The types of the members, of their parameters and results. */
typedef enum
{
  PT_NONE,
  PT_INT,
  PT_INT32,
  PT_INT64,
  PT_UINT32,
  PT_UINT64,
  PT_BOOL,
  PT_STRING,
  PT_FLOAT64,
  PT_FLOAT32,
  PT_ERROR,
  PT_STRINGS, /* []string */
  PT_PTR_INT32,
  PT_PTR_INT64,
  PT_PTR_UINT32,
  PT_PTR_UINT64,
  PT_FUNC, /* func() */
  PT_DURATION,
  PT_TIME,
  PT_TIMER,
  PT_TICKER,
  PT_PTR_TIMER,
  PT_PTR_TICKER,
  PT_MUTEX,
  PT_RWMUTEX,
  PT_WAITGROUP,
  PT_ONCE,
  PT_COND,
  PT_PTR_MUTEX,
  PT_PTR_COND,
  PT_LOCKER,
  PT_CONTEXT,
  PT_CANCEL_FUNC,
  PT_ATOMIC_INT64,
  PT_ATOMIC_INT32,
  PT_ATOMIC_BOOL,
  PT_INT_ERROR, /* (int, error) */
  PT_SYNCMAP,
  PT_POOL,
  PT_MONTH,
  PT_WEEKDAY,
  PT_LOCATION,
  PT_PTR_LOCATION,
  PT_ATOMIC_UINT32,
  PT_ATOMIC_UINT64,
  PT_ATOMIC_VALUE,
  PT_RAND,
  PT_RAND_SOURCE,
  /* math, math/bits, unicode, unicode/utf8, strconv, sort */
  PT_UINT,
  PT_UINT8,
  PT_UINT16,
  PT_INTS,   /* []int */
  PT_FLOATS, /* []float64 */
  PT_BYTES,  /* []byte */
  PT_LESS,   /* func(i, j int) bool */
  PT_PRED,   /* func(i int) bool */
  PT_SORT_IFACE,
  PT_STRINGER,
  PT_INT_SLICE,
  PT_STRING_SLICE,
  PT_FLOAT_SLICE,
  PT_UNTYPED_INT,
  PT_UNTYPED_UINT64, /* an untyped int constant of value (guint64) value */
  PT_UNTYPED_FLOAT,
  PT_UNTYPED_RUNE,
  PT_FLOAT_ERROR,
  PT_INT64_ERROR,
  PT_UINT64_ERROR,
  PT_BOOL_ERROR,
  PT_STRING_ERROR,
  PT_RUNE_INT,
  PT_UINT64_PAIR,
  PT_UINT_PAIR,
  PT_FLOAT_PAIR,
  PT_FLOAT_INT,
  /* stdlib: io, os, log, strings */
  PT_RUNE,
  PT_BYTE,
  PT_STRING_BOOL,        /* (string, bool) */
  PT_STRING_STRING_BOOL, /* (string, string, bool) */
  PT_WRITER,
  PT_READER,
  PT_STRING_WRITER,
  PT_FILE,
  PT_BUILDER,
  PT_LOGGER,
  PT_RUNE_PRED, /* func(rune) bool */
  PT_RUNE_MAP,  /* func(rune) rune */
  PT_BYTES_BUFFER,
  PT_REPLACER,
  PT_STR_READER,
  PT_NUM_ERROR,
  PT_BYTES_READER,
  PT_PIPE_READER,
  PT_PIPE_WRITER,
} PkgType;

typedef struct _Member Member;

typedef gboolean (*PlanFunc) (GorCompiler *c, GorAstExpr *call, const Member *m, Plan *p);

struct _Member
{
  const char *path;
  const char *name;
  MemberKind  kind;
  PkgType     type; /* of a type, constant or variable; a function's result */
  PlanFunc    plan; /* how a call of a function compiles */
  GorOp       op;   /* the instruction that implements a function, */
  int         a;    /* and its operand (the sub-operation) */
  PkgType     params[4];
  gint64      value;  /* a constant's */
  const char *text;   /* an error variable's message */
  long double fvalue; /* an untyped float constant's */
};

static gboolean plan_op (GorCompiler *c, GorAstExpr *call, const Member *m, Plan *p);
static gboolean plan_print (GorCompiler *c, GorAstExpr *call, const Member *m, Plan *p);
static gboolean plan_after (GorCompiler *c, GorAstExpr *call, const Member *m, Plan *p);
static gboolean plan_new_timer (GorCompiler *c, GorAstExpr *call, const Member *m, Plan *p);
static gboolean plan_time (GorCompiler *c, GorAstExpr *call, const Member *m, Plan *p);
static gboolean plan_rand (GorCompiler *c, GorAstExpr *call, const Member *m, Plan *p);
static gboolean plan_with_cancel (GorCompiler *c, GorAstExpr *call, const Member *m, Plan *p);
static gboolean plan_gomaxprocs (GorCompiler *c, GorAstExpr *call, const Member *m, Plan *p);
static gboolean plan_errors_new (GorCompiler *c, GorAstExpr *call, const Member *m, Plan *p);
static gboolean plan_errors_join (GorCompiler *c, GorAstExpr *call, const Member *m, Plan *p);
static gboolean plan_errors_as (GorCompiler *c, GorAstExpr *call, const Member *m, Plan *p);
static gboolean plan_iterlib (GorCompiler *c, GorAstExpr *call, const Member *m, Plan *p);
static gboolean plan_textlib (GorCompiler *c, GorAstExpr *call, const Member *m, Plan *p);
static gboolean plan_sort (GorCompiler *c, GorAstExpr *call, const Member *m, Plan *p);
static gboolean plan_stdlib (GorCompiler *c, GorAstExpr *call, const Member *m, Plan *p);

#define NO_PARAMS             \
  {                           \
    PT_NONE, PT_NONE, PT_NONE \
  }
/* A name Go exports and Gorolanes does not run. */
#define GO_ONLY(path, name, kind)                                      \
  {                                                                    \
    path, name, kind, PT_NONE, NULL, GOR_OP_NOP, 0, NO_PARAMS, 0, NULL \
  }
/* A function that is one instruction on its arguments, converted to the parameters' types. */
#define OP0(path, name, op, a, result)                                  \
  {                                                                     \
    path, name, MEMBER_FUNC, result, plan_op, op, a, NO_PARAMS, 0, NULL \
  }
#define OP1(path, name, op, a, result, p0)                                             \
  {                                                                                    \
    path, name, MEMBER_FUNC, result, plan_op, op, a, { p0, PT_NONE, PT_NONE }, 0, NULL \
  }
#define OP2(path, name, op, a, result, p0, p1)                                    \
  {                                                                               \
    path, name, MEMBER_FUNC, result, plan_op, op, a, { p0, p1, PT_NONE }, 0, NULL \
  }
#define OP3(path, name, op, a, result, p0, p1, p2)                           \
  {                                                                          \
    path, name, MEMBER_FUNC, result, plan_op, op, a, { p0, p1, p2 }, 0, NULL \
  }
#define OP4(path, name, op, a, result, p0, p1, p2, p3)                           \
  {                                                                              \
    path, name, MEMBER_FUNC, result, plan_op, op, a, { p0, p1, p2, p3 }, 0, NULL \
  }
/* A function compiled by its own planner. */
#define PLAN(path, name, plan, op, a)                                 \
  {                                                                   \
    path, name, MEMBER_FUNC, PT_NONE, plan, op, a, NO_PARAMS, 0, NULL \
  }
#define TYPE(path, name, type)                                             \
  {                                                                        \
    path, name, MEMBER_TYPE, type, NULL, GOR_OP_NOP, 0, NO_PARAMS, 0, NULL \
  }
#define CONST(path, name, type, value)                                          \
  {                                                                             \
    path, name, MEMBER_CONST, type, NULL, GOR_OP_NOP, 0, NO_PARAMS, value, NULL \
  }
/* A layout of the time package: an untyped string constant. */
#define LAYOUT(path, name, text)                                                 \
  {                                                                              \
    path, name, MEMBER_CONST, PT_STRING, NULL, GOR_OP_NOP, 0, NO_PARAMS, 0, text \
  }
/* An error variable: equal to the errors the package returns by its text. */
#define ERROR_VAR(path, name, text)                                           \
  {                                                                           \
    path, name, MEMBER_VAR, PT_ERROR, NULL, GOR_OP_NOP, 0, NO_PARAMS, 0, text \
  }

#define OP4(path, name, op, a, result, p0, p1, p2, p3)                           \
  {                                                                              \
    path, name, MEMBER_FUNC, result, plan_op, op, a, { p0, p1, p2, p3 }, 0, NULL \
  }
/* An untyped float constant */
#define CONST_F(path, name, value)                                                                \
  {                                                                                               \
    path, name, MEMBER_CONST, PT_UNTYPED_FLOAT, NULL, GOR_OP_NOP, 0, NO_PARAMS, 0, NULL, value##L \
  }
#define M1(name, fn) OP1 ("math", name, GOR_OP_MATHLIB, fn, PT_FLOAT64, PT_FLOAT64)
#define M2(name, fn) OP2 ("math", name, GOR_OP_MATHLIB, fn, PT_FLOAT64, PT_FLOAT64, PT_FLOAT64)
/* math/bits' functions of one width: Name8 … Name64 and Name (uint) */
#define BITS(name, fn, result, p1)                                                   \
  OP2 ("math/bits", name, GOR_OP_MATHLIB, GOR_M_WIDTH (fn, 0), result, PT_UINT, p1), \
      OP2 ("math/bits", name "8", GOR_OP_MATHLIB, GOR_M_WIDTH (fn, 8),               \
           result == PT_UINT ? PT_UINT8 : result, PT_UINT8, p1),                     \
      OP2 ("math/bits", name "16", GOR_OP_MATHLIB, GOR_M_WIDTH (fn, 16),             \
           result == PT_UINT ? PT_UINT16 : result, PT_UINT16, p1),                   \
      OP2 ("math/bits", name "32", GOR_OP_MATHLIB, GOR_M_WIDTH (fn, 32),             \
           result == PT_UINT ? PT_UINT32 : result, PT_UINT32, p1),                   \
      OP2 ("math/bits", name "64", GOR_OP_MATHLIB, GOR_M_WIDTH (fn, 64),             \
           result == PT_UINT ? PT_UINT64 : result, PT_UINT64, p1)
#define UNI(name, fn) OP1 ("unicode", name, GOR_OP_MATHLIB, fn, PT_BOOL, PT_INT32)
/* A variable gor-package-io.c makes: os.Stdout, os.Args, io.Discard … */
#define IO_VAR(path, name, type)                                          \
  {                                                                       \
    path, name, MEMBER_VAR, type, NULL, GOR_OP_NOP, 0, NO_PARAMS, 0, NULL \
  }

/* Every exported name of the packages a program may import (Go 1.23). */
static const Member members[] = {
  PLAN ("fmt", "Append", plan_stdlib, GOR_OP_APPEND_SLICE, GOR_PRINT_PRINT),
  PLAN ("fmt", "Appendf", plan_stdlib, GOR_OP_APPEND_SLICE, GOR_PRINT_PRINTF),
  PLAN ("fmt", "Appendln", plan_stdlib, GOR_OP_APPEND_SLICE, GOR_PRINT_PRINTLN),
  PLAN ("fmt", "Errorf", plan_print, GOR_OP_ERRORF, GOR_PRINT_PRINTF),
  GO_ONLY ("fmt", "FormatString", MEMBER_FUNC),
  GO_ONLY ("fmt", "Formatter", MEMBER_TYPE),
  PLAN ("fmt", "Fprint", plan_stdlib, GOR_OP_NOP, GOR_PRINT_PRINT),
  PLAN ("fmt", "Fprintf", plan_stdlib, GOR_OP_NOP, GOR_PRINT_PRINTF),
  PLAN ("fmt", "Fprintln", plan_stdlib, GOR_OP_NOP, GOR_PRINT_PRINTLN),
  GO_ONLY ("fmt", "Fscan", MEMBER_FUNC),
  GO_ONLY ("fmt", "Fscanf", MEMBER_FUNC),
  GO_ONLY ("fmt", "Fscanln", MEMBER_FUNC),
  GO_ONLY ("fmt", "GoStringer", MEMBER_TYPE),
  PLAN ("fmt", "Print", plan_print, GOR_OP_PRINT, GOR_PRINT_PRINT),
  PLAN ("fmt", "Printf", plan_print, GOR_OP_PRINT, GOR_PRINT_PRINTF),
  PLAN ("fmt", "Println", plan_print, GOR_OP_PRINT, GOR_PRINT_PRINTLN),
  GO_ONLY ("fmt", "Scan", MEMBER_FUNC),
  GO_ONLY ("fmt", "ScanState", MEMBER_TYPE),
  GO_ONLY ("fmt", "Scanf", MEMBER_FUNC),
  GO_ONLY ("fmt", "Scanln", MEMBER_FUNC),
  GO_ONLY ("fmt", "Scanner", MEMBER_TYPE),
  PLAN ("fmt", "Sprint", plan_print, GOR_OP_SPRINT, GOR_PRINT_PRINT),
  PLAN ("fmt", "Sprintf", plan_print, GOR_OP_SPRINT, GOR_PRINT_PRINTF),
  PLAN ("fmt", "Sprintln", plan_print, GOR_OP_SPRINT, GOR_PRINT_PRINTLN),
  PLAN ("fmt", "Sscan", plan_stdlib, GOR_OP_STRINGS, GOR_STRINGS_SSCAN),
  PLAN ("fmt", "Sscanf", plan_stdlib, GOR_OP_STRINGS, GOR_STRINGS_SSCANF),
  PLAN ("fmt", "Sscanln", plan_stdlib, GOR_OP_STRINGS, GOR_STRINGS_SSCANLN),
  GO_ONLY ("fmt", "State", MEMBER_TYPE),
  TYPE ("fmt", "Stringer", PT_STRINGER),

  GO_ONLY ("runtime", "BlockProfile", MEMBER_FUNC),
  GO_ONLY ("runtime", "BlockProfileRecord", MEMBER_TYPE),
  GO_ONLY ("runtime", "Breakpoint", MEMBER_FUNC),
  GO_ONLY ("runtime", "CPUProfile", MEMBER_FUNC),
  GO_ONLY ("runtime", "Caller", MEMBER_FUNC),
  GO_ONLY ("runtime", "Callers", MEMBER_FUNC),
  GO_ONLY ("runtime", "CallersFrames", MEMBER_FUNC),
  GO_ONLY ("runtime", "Compiler", MEMBER_CONST),
  GO_ONLY ("runtime", "Error", MEMBER_TYPE),
  GO_ONLY ("runtime", "Frame", MEMBER_TYPE),
  GO_ONLY ("runtime", "Frames", MEMBER_TYPE),
  GO_ONLY ("runtime", "Func", MEMBER_TYPE),
  GO_ONLY ("runtime", "FuncForPC", MEMBER_FUNC),
  GO_ONLY ("runtime", "GC", MEMBER_FUNC),
  GO_ONLY ("runtime", "GOARCH", MEMBER_CONST),
  PLAN ("runtime", "GOMAXPROCS", plan_gomaxprocs, GOR_OP_PUSH_INT, 1),
  GO_ONLY ("runtime", "GOOS", MEMBER_CONST),
  GO_ONLY ("runtime", "GOROOT", MEMBER_FUNC),
  OP0 ("runtime", "Goexit", GOR_OP_GOEXIT, 0, PT_NONE),
  GO_ONLY ("runtime", "GoroutineProfile", MEMBER_FUNC),
  OP0 ("runtime", "Gosched", GOR_OP_GOSCHED, 0, PT_NONE),
  GO_ONLY ("runtime", "KeepAlive", MEMBER_FUNC),
  GO_ONLY ("runtime", "LockOSThread", MEMBER_FUNC),
  GO_ONLY ("runtime", "MemProfile", MEMBER_FUNC),
  GO_ONLY ("runtime", "MemProfileRate", MEMBER_VAR),
  GO_ONLY ("runtime", "MemProfileRecord", MEMBER_TYPE),
  GO_ONLY ("runtime", "MemStats", MEMBER_TYPE),
  GO_ONLY ("runtime", "MutexProfile", MEMBER_FUNC),
  OP0 ("runtime", "NumCPU", GOR_OP_PUSH_INT, 1, PT_INT),
  GO_ONLY ("runtime", "NumCgoCall", MEMBER_FUNC),
  OP0 ("runtime", "NumGoroutine", GOR_OP_NUMG, 0, PT_INT),
  GO_ONLY ("runtime", "PanicNilError", MEMBER_TYPE),
  GO_ONLY ("runtime", "Pinner", MEMBER_TYPE),
  GO_ONLY ("runtime", "ReadMemStats", MEMBER_FUNC),
  GO_ONLY ("runtime", "ReadTrace", MEMBER_FUNC),
  GO_ONLY ("runtime", "SetBlockProfileRate", MEMBER_FUNC),
  GO_ONLY ("runtime", "SetCPUProfileRate", MEMBER_FUNC),
  GO_ONLY ("runtime", "SetCgoTraceback", MEMBER_FUNC),
  GO_ONLY ("runtime", "SetFinalizer", MEMBER_FUNC),
  GO_ONLY ("runtime", "SetMutexProfileFraction", MEMBER_FUNC),
  GO_ONLY ("runtime", "Stack", MEMBER_FUNC),
  GO_ONLY ("runtime", "StackRecord", MEMBER_TYPE),
  GO_ONLY ("runtime", "StartTrace", MEMBER_FUNC),
  GO_ONLY ("runtime", "StopTrace", MEMBER_FUNC),
  GO_ONLY ("runtime", "ThreadCreateProfile", MEMBER_FUNC),
  GO_ONLY ("runtime", "TypeAssertionError", MEMBER_TYPE),
  GO_ONLY ("runtime", "UnlockOSThread", MEMBER_FUNC),
  GO_ONLY ("runtime", "Version", MEMBER_FUNC),

  TYPE ("sync", "Cond", PT_COND),
  TYPE ("sync", "Locker", PT_LOCKER),
  TYPE ("sync", "Map", PT_SYNCMAP),
  TYPE ("sync", "Mutex", PT_MUTEX),
  OP1 ("sync", "NewCond", GOR_OP_COND, 0, PT_PTR_COND, PT_PTR_MUTEX),
  TYPE ("sync", "Once", PT_ONCE),
  GO_ONLY ("sync", "OnceFunc", MEMBER_FUNC),
  GO_ONLY ("sync", "OnceValue", MEMBER_FUNC),
  GO_ONLY ("sync", "OnceValues", MEMBER_FUNC),
  TYPE ("sync", "Pool", PT_POOL),
  TYPE ("sync", "RWMutex", PT_RWMUTEX),
  TYPE ("sync", "WaitGroup", PT_WAITGROUP),

#include "gor-packages-timeval.h"

  { "time", "UTC", MEMBER_VAR, PT_PTR_LOCATION, NULL, GOR_OP_NOP, 0, NO_PARAMS, 0, NULL },

  PLAN ("errors", "As", plan_errors_as, GOR_OP_ERRORS, 3),
  GO_ONLY ("errors", "ErrUnsupported", MEMBER_VAR),
  OP2 ("errors", "Is", GOR_OP_ERRORS, 0, PT_BOOL, PT_ERROR, PT_ERROR),
  PLAN ("errors", "Join", plan_errors_join, GOR_OP_ERRORS, 2),
  PLAN ("errors", "New", plan_errors_new, GOR_OP_ERRORS_NEW, 0),
  OP1 ("errors", "Unwrap", GOR_OP_ERRORS, 1, PT_ERROR, PT_ERROR),

  GO_ONLY ("strconv", "AppendBool", MEMBER_FUNC),
  GO_ONLY ("strconv", "AppendFloat", MEMBER_FUNC),
  GO_ONLY ("strconv", "AppendInt", MEMBER_FUNC),
  GO_ONLY ("strconv", "AppendQuote", MEMBER_FUNC),
  GO_ONLY ("strconv", "AppendQuoteRune", MEMBER_FUNC),
  GO_ONLY ("strconv", "AppendQuoteRuneToASCII", MEMBER_FUNC),
  GO_ONLY ("strconv", "AppendQuoteRuneToGraphic", MEMBER_FUNC),
  GO_ONLY ("strconv", "AppendQuoteToASCII", MEMBER_FUNC),
  GO_ONLY ("strconv", "AppendQuoteToGraphic", MEMBER_FUNC),
  GO_ONLY ("strconv", "AppendUint", MEMBER_FUNC),
  OP1 ("strconv", "Atoi", GOR_OP_ATOI, 0, PT_INT_ERROR, PT_STRING),
  GO_ONLY ("strconv", "CanBackquote", MEMBER_FUNC),
  GO_ONLY ("strconv", "ErrRange", MEMBER_VAR),
  GO_ONLY ("strconv", "ErrSyntax", MEMBER_VAR),
  GO_ONLY ("strconv", "FormatBool", MEMBER_FUNC),
  GO_ONLY ("strconv", "FormatComplex", MEMBER_FUNC),
  GO_ONLY ("strconv", "FormatFloat", MEMBER_FUNC),
  GO_ONLY ("strconv", "FormatInt", MEMBER_FUNC),
  GO_ONLY ("strconv", "FormatUint", MEMBER_FUNC),
  GO_ONLY ("strconv", "IntSize", MEMBER_CONST),
  GO_ONLY ("strconv", "IsGraphic", MEMBER_FUNC),
  GO_ONLY ("strconv", "IsPrint", MEMBER_FUNC),
  OP1 ("strconv", "Itoa", GOR_OP_ITOA, 0, PT_STRING, PT_INT),
  TYPE ("strconv", "NumError", PT_NUM_ERROR),
  GO_ONLY ("strconv", "ParseBool", MEMBER_FUNC),
  GO_ONLY ("strconv", "ParseComplex", MEMBER_FUNC),
  GO_ONLY ("strconv", "ParseFloat", MEMBER_FUNC),
  GO_ONLY ("strconv", "ParseInt", MEMBER_FUNC),
  GO_ONLY ("strconv", "ParseUint", MEMBER_FUNC),
  GO_ONLY ("strconv", "Quote", MEMBER_FUNC),
  GO_ONLY ("strconv", "QuoteRune", MEMBER_FUNC),
  GO_ONLY ("strconv", "QuoteRuneToASCII", MEMBER_FUNC),
  GO_ONLY ("strconv", "QuoteRuneToGraphic", MEMBER_FUNC),
  GO_ONLY ("strconv", "QuoteToASCII", MEMBER_FUNC),
  GO_ONLY ("strconv", "QuoteToGraphic", MEMBER_FUNC),
  GO_ONLY ("strconv", "QuotedPrefix", MEMBER_FUNC),
  GO_ONLY ("strconv", "Unquote", MEMBER_FUNC),
  GO_ONLY ("strconv", "UnquoteChar", MEMBER_FUNC),

  TYPE ("strings", "Builder", PT_BUILDER),
  OP1 ("strings", "Clone", GOR_OP_STRINGS, GOR_STRINGS_CLONE, PT_STRING, PT_STRING),
  OP2 ("strings", "Compare", GOR_OP_STRINGS, GOR_STRINGS_COMPARE, PT_INT, PT_STRING, PT_STRING),
  OP2 ("strings", "Contains", GOR_OP_STRINGS, GOR_STRINGS_CONTAINS, PT_BOOL, PT_STRING, PT_STRING),
  OP2 ("strings", "ContainsAny", GOR_OP_STRINGS, GOR_STRINGS_CONTAINS_ANY, PT_BOOL, PT_STRING, PT_STRING),
  OP2 ("strings", "ContainsRune", GOR_OP_STRINGS, GOR_STRINGS_CONTAINS_RUNE, PT_BOOL, PT_STRING, PT_RUNE),
  OP2 ("strings", "Count", GOR_OP_STRINGS, GOR_STRINGS_COUNT, PT_INT, PT_STRING, PT_STRING),
  OP2 ("strings", "Cut", GOR_OP_STRINGS, GOR_STRINGS_CUT, PT_STRING_STRING_BOOL, PT_STRING, PT_STRING),
  OP2 ("strings", "CutPrefix", GOR_OP_STRINGS, GOR_STRINGS_CUT_PREFIX, PT_STRING_BOOL, PT_STRING, PT_STRING),
  OP2 ("strings", "CutSuffix", GOR_OP_STRINGS, GOR_STRINGS_CUT_SUFFIX, PT_STRING_BOOL, PT_STRING, PT_STRING),
  OP2 ("strings", "EqualFold", GOR_OP_STRINGS, GOR_STRINGS_EQUAL_FOLD, PT_BOOL, PT_STRING, PT_STRING),
  OP1 ("strings", "Fields", GOR_OP_STRINGS, GOR_STRINGS_FIELDS, PT_STRINGS, PT_STRING),
  OP2 ("strings", "HasPrefix", GOR_OP_STRINGS, GOR_STRINGS_HAS_PREFIX, PT_BOOL, PT_STRING, PT_STRING),
  OP2 ("strings", "HasSuffix", GOR_OP_STRINGS, GOR_STRINGS_HAS_SUFFIX, PT_BOOL, PT_STRING, PT_STRING),
  OP2 ("strings", "Index", GOR_OP_STRINGS, GOR_STRINGS_INDEX, PT_INT, PT_STRING, PT_STRING),
  OP2 ("strings", "IndexAny", GOR_OP_STRINGS, GOR_STRINGS_INDEX_ANY, PT_INT, PT_STRING, PT_STRING),
  OP2 ("strings", "IndexByte", GOR_OP_STRINGS, GOR_STRINGS_INDEX_BYTE, PT_INT, PT_STRING, PT_BYTE),
  OP2 ("strings", "IndexRune", GOR_OP_STRINGS, GOR_STRINGS_INDEX_RUNE, PT_INT, PT_STRING, PT_RUNE),
  OP2 ("strings", "Join", GOR_OP_STRINGS, GOR_STRINGS_JOIN, PT_STRING, PT_STRINGS, PT_STRING),
  OP2 ("strings", "LastIndex", GOR_OP_STRINGS, GOR_STRINGS_LAST_INDEX, PT_INT, PT_STRING, PT_STRING),
  OP2 ("strings", "LastIndexAny", GOR_OP_STRINGS, GOR_STRINGS_LAST_INDEX_ANY, PT_INT, PT_STRING, PT_STRING),
  OP2 ("strings", "LastIndexByte", GOR_OP_STRINGS, GOR_STRINGS_LAST_INDEX_BYTE, PT_INT, PT_STRING, PT_BYTE),
  OP2 ("strings", "Repeat", GOR_OP_STRINGS, GOR_STRINGS_REPEAT, PT_STRING, PT_STRING, PT_INT),
  OP4 ("strings", "Replace", GOR_OP_STRINGS, GOR_STRINGS_REPLACE, PT_STRING, PT_STRING, PT_STRING, PT_STRING,
       PT_INT),
  OP3 ("strings", "ReplaceAll", GOR_OP_STRINGS, GOR_STRINGS_REPLACE_ALL, PT_STRING, PT_STRING, PT_STRING,
       PT_STRING),
  OP2 ("strings", "Split", GOR_OP_STRINGS, GOR_STRINGS_SPLIT, PT_STRINGS, PT_STRING, PT_STRING),
  OP2 ("strings", "SplitAfter", GOR_OP_STRINGS, GOR_STRINGS_SPLIT_AFTER, PT_STRINGS, PT_STRING, PT_STRING),
  OP3 ("strings", "SplitAfterN", GOR_OP_STRINGS, GOR_STRINGS_SPLIT_AFTER_N, PT_STRINGS, PT_STRING, PT_STRING,
       PT_INT),
  OP3 ("strings", "SplitN", GOR_OP_STRINGS, GOR_STRINGS_SPLIT_N, PT_STRINGS, PT_STRING, PT_STRING, PT_INT),
  OP1 ("strings", "Title", GOR_OP_STRINGS, GOR_STRINGS_TITLE, PT_STRING, PT_STRING),
  OP1 ("strings", "ToLower", GOR_OP_STRINGS, GOR_STRINGS_TO_LOWER, PT_STRING, PT_STRING),
  GO_ONLY ("strings", "ToLowerSpecial", MEMBER_FUNC),
  GO_ONLY ("strings", "ToTitle", MEMBER_FUNC),
  GO_ONLY ("strings", "ToTitleSpecial", MEMBER_FUNC),
  OP1 ("strings", "ToUpper", GOR_OP_STRINGS, GOR_STRINGS_TO_UPPER, PT_STRING, PT_STRING),
  GO_ONLY ("strings", "ToUpperSpecial", MEMBER_FUNC),
  GO_ONLY ("strings", "ToValidUTF8", MEMBER_FUNC),
  OP2 ("strings", "Trim", GOR_OP_STRINGS, GOR_STRINGS_TRIM, PT_STRING, PT_STRING, PT_STRING),
  OP2 ("strings", "TrimLeft", GOR_OP_STRINGS, GOR_STRINGS_TRIM_LEFT, PT_STRING, PT_STRING, PT_STRING),
  OP2 ("strings", "TrimPrefix", GOR_OP_STRINGS, GOR_STRINGS_TRIM_PREFIX, PT_STRING, PT_STRING, PT_STRING),
  OP2 ("strings", "TrimRight", GOR_OP_STRINGS, GOR_STRINGS_TRIM_RIGHT, PT_STRING, PT_STRING, PT_STRING),
  OP1 ("strings", "TrimSpace", GOR_OP_STRINGS, GOR_STRINGS_TRIM_SPACE, PT_STRING, PT_STRING),
  OP2 ("strings", "TrimSuffix", GOR_OP_STRINGS, GOR_STRINGS_TRIM_SUFFIX, PT_STRING, PT_STRING, PT_STRING),

  OP2 ("sync/atomic", "AddInt32", GOR_OP_ATOMIC, 16, PT_INT32, PT_PTR_INT32, PT_INT32),
  OP2 ("sync/atomic", "AddInt64", GOR_OP_ATOMIC, 0, PT_INT64, PT_PTR_INT64, PT_INT64),
  OP2 ("sync/atomic", "AddUint32", GOR_OP_ATOMIC, 32, PT_UINT32, PT_PTR_UINT32, PT_UINT32),
  OP2 ("sync/atomic", "AddUint64", GOR_OP_ATOMIC, 0, PT_UINT64, PT_PTR_UINT64, PT_UINT64),
  GO_ONLY ("sync/atomic", "AddUintptr", MEMBER_FUNC),
  OP2 ("sync/atomic", "AndInt32", GOR_OP_ATOMIC, 21, PT_INT32, PT_PTR_INT32, PT_INT32),
  OP2 ("sync/atomic", "AndInt64", GOR_OP_ATOMIC, 5, PT_INT64, PT_PTR_INT64, PT_INT64),
  OP2 ("sync/atomic", "AndUint32", GOR_OP_ATOMIC, 37, PT_UINT32, PT_PTR_UINT32, PT_UINT32),
  OP2 ("sync/atomic", "AndUint64", GOR_OP_ATOMIC, 5, PT_UINT64, PT_PTR_UINT64, PT_UINT64),
  GO_ONLY ("sync/atomic", "AndUintptr", MEMBER_FUNC),
  TYPE ("sync/atomic", "Bool", PT_ATOMIC_BOOL),
  OP3 ("sync/atomic", "CompareAndSwapInt32", GOR_OP_ATOMIC, 3, PT_BOOL, PT_PTR_INT32, PT_INT32, PT_INT32),
  OP3 ("sync/atomic", "CompareAndSwapInt64", GOR_OP_ATOMIC, 3, PT_BOOL, PT_PTR_INT64, PT_INT64, PT_INT64),
  GO_ONLY ("sync/atomic", "CompareAndSwapPointer", MEMBER_FUNC),
  OP3 ("sync/atomic", "CompareAndSwapUint32", GOR_OP_ATOMIC, 3, PT_BOOL, PT_PTR_UINT32, PT_UINT32, PT_UINT32),
  OP3 ("sync/atomic", "CompareAndSwapUint64", GOR_OP_ATOMIC, 3, PT_BOOL, PT_PTR_UINT64, PT_UINT64, PT_UINT64),
  GO_ONLY ("sync/atomic", "CompareAndSwapUintptr", MEMBER_FUNC),
  TYPE ("sync/atomic", "Int32", PT_ATOMIC_INT32),
  TYPE ("sync/atomic", "Int64", PT_ATOMIC_INT64),
  OP1 ("sync/atomic", "LoadInt32", GOR_OP_ATOMIC, 1, PT_INT32, PT_PTR_INT32),
  OP1 ("sync/atomic", "LoadInt64", GOR_OP_ATOMIC, 1, PT_INT64, PT_PTR_INT64),
  GO_ONLY ("sync/atomic", "LoadPointer", MEMBER_FUNC),
  OP1 ("sync/atomic", "LoadUint32", GOR_OP_ATOMIC, 1, PT_UINT32, PT_PTR_UINT32),
  OP1 ("sync/atomic", "LoadUint64", GOR_OP_ATOMIC, 1, PT_UINT64, PT_PTR_UINT64),
  GO_ONLY ("sync/atomic", "LoadUintptr", MEMBER_FUNC),
  OP2 ("sync/atomic", "OrInt32", GOR_OP_ATOMIC, 22, PT_INT32, PT_PTR_INT32, PT_INT32),
  OP2 ("sync/atomic", "OrInt64", GOR_OP_ATOMIC, 6, PT_INT64, PT_PTR_INT64, PT_INT64),
  OP2 ("sync/atomic", "OrUint32", GOR_OP_ATOMIC, 38, PT_UINT32, PT_PTR_UINT32, PT_UINT32),
  OP2 ("sync/atomic", "OrUint64", GOR_OP_ATOMIC, 6, PT_UINT64, PT_PTR_UINT64, PT_UINT64),
  GO_ONLY ("sync/atomic", "OrUintptr", MEMBER_FUNC),
  GO_ONLY ("sync/atomic", "Pointer", MEMBER_TYPE),
  OP2 ("sync/atomic", "StoreInt32", GOR_OP_ATOMIC, 2, PT_NONE, PT_PTR_INT32, PT_INT32),
  OP2 ("sync/atomic", "StoreInt64", GOR_OP_ATOMIC, 2, PT_NONE, PT_PTR_INT64, PT_INT64),
  GO_ONLY ("sync/atomic", "StorePointer", MEMBER_FUNC),
  OP2 ("sync/atomic", "StoreUint32", GOR_OP_ATOMIC, 2, PT_NONE, PT_PTR_UINT32, PT_UINT32),
  OP2 ("sync/atomic", "StoreUint64", GOR_OP_ATOMIC, 2, PT_NONE, PT_PTR_UINT64, PT_UINT64),
  GO_ONLY ("sync/atomic", "StoreUintptr", MEMBER_FUNC),
  OP2 ("sync/atomic", "SwapInt32", GOR_OP_ATOMIC, 4, PT_INT32, PT_PTR_INT32, PT_INT32),
  OP2 ("sync/atomic", "SwapInt64", GOR_OP_ATOMIC, 4, PT_INT64, PT_PTR_INT64, PT_INT64),
  GO_ONLY ("sync/atomic", "SwapPointer", MEMBER_FUNC),
  OP2 ("sync/atomic", "SwapUint32", GOR_OP_ATOMIC, 4, PT_UINT32, PT_PTR_UINT32, PT_UINT32),
  OP2 ("sync/atomic", "SwapUint64", GOR_OP_ATOMIC, 4, PT_UINT64, PT_PTR_UINT64, PT_UINT64),
  GO_ONLY ("sync/atomic", "SwapUintptr", MEMBER_FUNC),
  TYPE ("sync/atomic", "Uint32", PT_ATOMIC_UINT32),
  TYPE ("sync/atomic", "Uint64", PT_ATOMIC_UINT64),
  GO_ONLY ("sync/atomic", "Uintptr", MEMBER_TYPE),
  TYPE ("sync/atomic", "Value", PT_ATOMIC_VALUE),

#include "gor-packages-mathlib.h"

#include "gor-packages-iter.h"

  GO_ONLY ("context", "AfterFunc", MEMBER_FUNC),
  OP0 ("context", "Background", GOR_OP_CTX, 0, PT_CONTEXT),
  GO_ONLY ("context", "CancelCauseFunc", MEMBER_TYPE),
  TYPE ("context", "CancelFunc", PT_CANCEL_FUNC),
  ERROR_VAR ("context", "Canceled", "context canceled"),
  GO_ONLY ("context", "Cause", MEMBER_FUNC),
  TYPE ("context", "Context", PT_CONTEXT),
  ERROR_VAR ("context", "DeadlineExceeded", "context deadline exceeded"),
  OP0 ("context", "TODO", GOR_OP_CTX, 0, PT_CONTEXT),
  PLAN ("context", "WithCancel", plan_with_cancel, GOR_OP_CTX, 1),
  GO_ONLY ("context", "WithCancelCause", MEMBER_FUNC),
  PLAN ("context", "WithDeadline", plan_with_cancel, GOR_OP_CTX, 2),
  GO_ONLY ("context", "WithDeadlineCause", MEMBER_FUNC),
  PLAN ("context", "WithTimeout", plan_with_cancel, GOR_OP_CTX, 2),
  GO_ONLY ("context", "WithTimeoutCause", MEMBER_FUNC),
  GO_ONLY ("context", "WithValue", MEMBER_FUNC),
  GO_ONLY ("context", "WithoutCancel", MEMBER_FUNC),

#include "gor-packages-io.h"
};

#undef NO_PARAMS
#undef GO_ONLY
#undef OP0
#undef OP1
#undef OP2
#undef OP3
#undef OP4
#undef PLAN
#undef TYPE
#undef CONST
#undef ERROR_VAR
#undef OP4
#undef CONST_F
#undef M1
#undef M2
#undef BITS
#undef UNI
#undef IO_VAR

static gboolean
member_runs (const Member *m)
{
  return m->kind == MEMBER_FUNC ? m->plan != NULL : m->type != PT_NONE;
}

/* The member @path.@name: the one Gorolanes runs when the table also
 * lists the name as Go's only. */
static const Member *
find_member (const char *path, const char *name)
{
  const Member *found = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (members); i++)
    if (strcmp (members[i].name, name) == 0 && strcmp (members[i].path, path) == 0)
      {
        if (member_runs (&members[i]))
          return &members[i];
        found = found ? found : &members[i];
      }
  return found;
}

/* The name Go's messages qualify members with: "rand" for "math/rand". */
static const char *
package_name (const char *path)
{
  return _gor_compile_package_name (path);
}

/* The name a package's path declares: its last element, but the one
 * before a major version ("rand" for "math/rand/v2"). */
const char *
_gor_compile_package_name (const char *path)
{
  const char *slash = strrchr (path, '/');

  if (slash && slash[1] == 'v' && g_ascii_isdigit (slash[2]) && slash > path)
    {
      const char *prev = g_strrstr_len (path, slash - path, "/");

      const char      *start = prev ? prev + 1 : path;
      g_autofree char *name = g_strndup (start, (gsize) (slash - start));

      return g_intern_string (name);
    }
  return slash ? slash + 1 : path;
}

static GorType *
tuple2 (GorCompiler *c, GorType *a, GorType *b)
{
  g_autoptr (GPtrArray) rs = g_ptr_array_new ();

  g_ptr_array_add (rs, a);
  g_ptr_array_add (rs, b);
  return gor_types_tuple (c->types, g_ptr_array_ref (rs));
}

static GorType *
member_type (GorCompiler *c, PkgType t)
{
  GorTypes *ty = c->types;

  switch (t)
    {
    case PT_NONE: return NULL;
    case PT_INT: return c->t_int;
    case PT_INT32: return gor_types_basic (ty, GOR_TYPE_INT32);
    case PT_INT64: return c->t_int64;
    case PT_UINT32: return gor_types_basic (ty, GOR_TYPE_UINT32);
    case PT_UINT64: return gor_types_basic (ty, GOR_TYPE_UINT64);
    case PT_BOOL: return c->t_bool;
    case PT_STRING: return c->t_string;
    case PT_FLOAT64: return c->t_float;
    case PT_FLOAT32: return gor_types_basic (ty, GOR_TYPE_FLOAT32);
    case PT_ERROR: return c->t_error;
    case PT_STRINGS: return gor_types_slice (ty, c->t_string);
    case PT_PTR_INT32: return gor_types_pointer (ty, member_type (c, PT_INT32));
    case PT_PTR_INT64: return gor_types_pointer (ty, member_type (c, PT_INT64));
    case PT_PTR_UINT32: return gor_types_pointer (ty, member_type (c, PT_UINT32));
    case PT_PTR_UINT64: return gor_types_pointer (ty, member_type (c, PT_UINT64));
    case PT_FUNC: return gor_types_func (ty, g_ptr_array_new (), g_ptr_array_new (), FALSE);
    case PT_DURATION: return c->t_duration;
    case PT_TIME: return c->t_time;
    case PT_TIMER: return c->t_timer;
    case PT_TICKER: return c->t_ticker;
    case PT_PTR_TIMER: return gor_types_pointer (ty, c->t_timer);
    case PT_PTR_TICKER: return gor_types_pointer (ty, c->t_ticker);
    case PT_MUTEX: return gor_types_basic (ty, GOR_TYPE_MUTEX);
    case PT_RWMUTEX: return gor_types_basic (ty, GOR_TYPE_RWMUTEX);
    case PT_WAITGROUP: return gor_types_basic (ty, GOR_TYPE_WAITGROUP);
    case PT_ONCE: return gor_types_basic (ty, GOR_TYPE_ONCE);
    case PT_COND: return c->t_cond;
    case PT_SYNCMAP: return c->t_syncmap;
    case PT_POOL: return c->t_pool;
    case PT_PTR_MUTEX: return gor_types_pointer (ty, member_type (c, PT_MUTEX));
    case PT_PTR_COND: return gor_types_pointer (ty, c->t_cond);
    case PT_LOCKER: return c->t_locker;
    case PT_CONTEXT: return c->t_context;
    case PT_CANCEL_FUNC: return c->t_cancel;
    case PT_ATOMIC_INT64: return c->t_atomic_int64;
    case PT_ATOMIC_INT32: return c->t_atomic_int32;
    case PT_ATOMIC_BOOL: return c->t_atomic_bool;
    case PT_INT_ERROR: return tuple2 (c, c->t_int, c->t_error);
    case PT_MONTH: return c->t_month;
    case PT_WEEKDAY: return c->t_weekday;
    case PT_LOCATION: return c->t_location;
    case PT_PTR_LOCATION: return gor_types_pointer (ty, c->t_location);
    case PT_ATOMIC_UINT32: return c->t_atomic_uint32;
    case PT_ATOMIC_UINT64: return c->t_atomic_uint64;
    case PT_ATOMIC_VALUE: return c->t_atomic_value;
    case PT_RAND: return c->t_rand;
    case PT_RAND_SOURCE: return c->t_rand_source;
    case PT_UINT: return gor_types_basic (ty, GOR_TYPE_UINT);
    case PT_UINT8: return gor_types_basic (ty, GOR_TYPE_UINT8);
    case PT_UINT16: return gor_types_basic (ty, GOR_TYPE_UINT16);
    case PT_INTS: return gor_types_slice (ty, c->t_int);
    case PT_FLOATS: return gor_types_slice (ty, c->t_float);
    case PT_BYTES: return gor_types_slice (ty, gor_types_basic (ty, GOR_TYPE_UINT8));
    case PT_LESS:
    case PT_PRED:
      {
        GPtrArray *ps = g_ptr_array_new (), *rs = g_ptr_array_new ();

        g_ptr_array_add (ps, c->t_int);
        if (t == PT_LESS)
          g_ptr_array_add (ps, c->t_int);
        g_ptr_array_add (rs, c->t_bool);
        return gor_types_func (ty, ps, rs, FALSE);
      }
    case PT_SORT_IFACE: return c->t_sort_iface;
    case PT_STRINGER: return _gor_compile_stringer_type (c);
    case PT_INT_SLICE: return c->t_int_slice;
    case PT_STRING_SLICE: return c->t_string_slice;
    case PT_FLOAT_SLICE: return c->t_float_slice;
    case PT_UNTYPED_INT:
    case PT_UNTYPED_UINT64: return c->t_unt_int;
    case PT_UNTYPED_FLOAT: return c->t_unt_float;
    case PT_UNTYPED_RUNE: return c->t_unt_rune;
    case PT_FLOAT_ERROR: return tuple2 (c, c->t_float, c->t_error);
    case PT_INT64_ERROR: return tuple2 (c, c->t_int64, c->t_error);
    case PT_UINT64_ERROR: return tuple2 (c, member_type (c, PT_UINT64), c->t_error);
    case PT_BOOL_ERROR: return tuple2 (c, c->t_bool, c->t_error);
    case PT_STRING_ERROR: return tuple2 (c, c->t_string, c->t_error);
    case PT_RUNE_INT: return tuple2 (c, c->t_rune, c->t_int);
    case PT_UINT64_PAIR: return tuple2 (c, member_type (c, PT_UINT64), member_type (c, PT_UINT64));
    case PT_UINT_PAIR: return tuple2 (c, member_type (c, PT_UINT), member_type (c, PT_UINT));
    case PT_FLOAT_PAIR: return tuple2 (c, c->t_float, c->t_float);
    case PT_FLOAT_INT: return tuple2 (c, c->t_float, c->t_int);
    /* stdlib */
    case PT_RUNE: return c->t_rune;
    case PT_BYTE: return c->t_byte;
    case PT_STRING_BOOL: return tuple2 (c, c->t_string, c->t_bool);
    case PT_STRING_STRING_BOOL:
      {
        g_autoptr (GPtrArray) rs = g_ptr_array_new ();

        g_ptr_array_add (rs, c->t_string);
        g_ptr_array_add (rs, c->t_string);
        g_ptr_array_add (rs, c->t_bool);
        return gor_types_tuple (ty, g_ptr_array_ref (rs));
      }
    case PT_WRITER: return c->t_writer;
    case PT_READER: return c->t_reader;
    case PT_STRING_WRITER: return c->t_string_writer;
    case PT_FILE: return c->t_file;
    case PT_BUILDER: return c->t_builder;
    case PT_LOGGER: return c->t_logger;
    case PT_BYTES_BUFFER: return c->t_bytes_buffer;
    case PT_REPLACER: return c->t_replacer;
    case PT_STR_READER: return c->t_str_reader;
    case PT_NUM_ERROR: return c->t_num_error;
    case PT_BYTES_READER: return c->t_bytes_reader;
    case PT_PIPE_READER: return c->t_pipe_reader;
    case PT_PIPE_WRITER: return c->t_pipe_writer;
    case PT_RUNE_PRED:
    case PT_RUNE_MAP:
      {
        GPtrArray *ps = g_ptr_array_new (), *rs = g_ptr_array_new ();

        g_ptr_array_add (ps, c->t_rune);
        g_ptr_array_add (rs, t == PT_RUNE_PRED ? c->t_bool : c->t_rune);
        return gor_types_func (ty, ps, rs, FALSE);
      }
    default: g_assert_not_reached ();
    }
}

/* The type of a package function, for its use as a value; NULL for the
 * ones whose planner checks its arguments itself, but the printers. */
static GorType *
member_func_sig (GorCompiler *c, const Member *m)
{
  GorTypes  *ty = c->types;
  GPtrArray *ps, *rs;
  GorType   *r;
  gboolean   variadic = FALSE;

  ps = g_ptr_array_new ();
  rs = g_ptr_array_new ();
  if (m->plan == plan_op)
    {
      for (guint k = 0; k < G_N_ELEMENTS (m->params) && m->params[k] != PT_NONE; k++)
        g_ptr_array_add (ps, member_type (c, m->params[k]));
      r = member_type (c, m->type);
      if (r && r->kind == GOR_TYPE_TUPLE)
        for (guint k = 0; k < r->results->len; k++)
          g_ptr_array_add (rs, g_ptr_array_index (r->results, k));
      else if (r)
        g_ptr_array_add (rs, r);
    }
  else if (m->plan == plan_print && g_str_equal (m->path, "fmt"))
    {
      /* Print*: (n int, err error); Sprint*: string; *f: a format first */
      if (m->a == GOR_PRINT_PRINTF)
        g_ptr_array_add (ps, c->t_string);
      g_ptr_array_add (ps, gor_types_slice (ty, c->t_any));
      variadic = TRUE;
      if (m->op == GOR_OP_SPRINT)
        g_ptr_array_add (rs, c->t_string);
      else
        {
          g_ptr_array_add (rs, c->t_int);
          g_ptr_array_add (rs, c->t_error);
        }
    }
  else if (m->plan == plan_stdlib && g_str_equal (m->path, "log") && m->a != 0x200)
    {
      /* the standard Logger's methods, and Default */
      if (!g_str_equal (m->name, "Default"))
        {
          g_ptr_array_unref (ps);
          g_ptr_array_unref (rs);
          return _gor_compile_logger_method_sig (c, m->name);
        }
      g_ptr_array_add (rs, gor_types_pointer (ty, c->t_logger));
    }
  else if (m->plan == plan_stdlib && m->op == GOR_OP_NOP && g_str_equal (m->path, "fmt"))
    {
      /* Fprint*: a writer first, (n int, err error) */
      g_ptr_array_add (ps, c->t_writer);
      if (m->a == GOR_PRINT_PRINTF)
        g_ptr_array_add (ps, c->t_string);
      g_ptr_array_add (ps, gor_types_slice (ty, c->t_any));
      variadic = TRUE;
      g_ptr_array_add (rs, c->t_int);
      g_ptr_array_add (rs, c->t_error);
    }
  else if (m->plan == plan_textlib)
    {
      g_ptr_array_unref (ps);
      g_ptr_array_unref (rs);
      return _gor_compile_textlib_sig (c, m->path, m->name);
    }
  else if (m->plan == plan_errors_new)
    {
      g_ptr_array_add (ps, c->t_string);
      g_ptr_array_add (rs, c->t_error);
    }
  else if (m->plan == plan_errors_join)
    {
      g_ptr_array_add (ps, gor_types_slice (ty, c->t_error));
      g_ptr_array_add (rs, c->t_error);
      variadic = TRUE;
    }
  else
    {
      g_ptr_array_unref (ps);
      g_ptr_array_unref (rs);
      return NULL;
    }
  return gor_types_func (ty, ps, rs, variadic);
}

/* A member @sel names that Gorolanes does not run: undefined if Go has
 * no such name, else unsupported. */
static void
refuse (GorCompiler *c, GorAstExpr *sel, const char *path, const Member *m, const char *what)
{
  if (m == NULL && sel->kind == GOR_EXPR_SELECTOR && sel->x && sel->x->kind == GOR_EXPR_IDENT)
    _gor_compile_error_at (c, _gor_compile_sel_name_pos (c, sel), "undefined: %s.%s", sel->x->name,
                           sel->name);
  else
    _gor_compile_unsupported (c, sel->pos, "%s%s.%s", what, package_name (path), sel->name);
}

/* "argument to strings.Repeat": where Go's messages say an argument goes. */
static const char *
argument_context (GorCompiler *c, GorAstExpr *call)
{
  return _gor_compile_keep (c, g_strdup_printf ("argument to %s", _gor_compile_expr_str (c, call->x)),
                            g_free);
}

/* sync.NewCond(l): the Mutex or RWMutex whose Lock and Unlock l's are —
 * &mu, &rw, or a struct that embeds one. */
static gboolean
gen_cond_locker (GorCompiler *c, GorAstExpr *call, const Member *m)
{
  GorAstExpr *a0 = g_ptr_array_index (call->list, 0);
  GorType    *t = _gor_compile_gen_value (c, a0, NULL), *u, *h;
  GorPromoted pr;
  gboolean    ambiguous;

  if (t == NULL)
    return FALSE;
  u = gor_type_under (t);
  h = t;
  if (u->kind == GOR_TYPE_POINTER && t->name == NULL && gor_type_under (u->elem)->kind == GOR_TYPE_STRUCT
      && _gor_compile_find_promoted (c, t, "Lock", &pr, &ambiguous) && pr.depth > 0 && pr.field < 0)
    {
      GorPromoted pu;

      if (_gor_compile_find_promoted (c, t, "Unlock", &pu, &ambiguous) && pu.depth == pr.depth
          && memcmp (pu.path, pr.path, sizeof pr.path) == 0)
        h = _gor_compile_emit_promoted_path (c, &pr);
    }
  u = gor_type_under (h);
  if (u->kind == GOR_TYPE_POINTER && h->name == NULL)
    u = gor_type_under (u->elem);
  else if (h != t)
    u = gor_type_under (h);
  else
    u = NULL;
  if (u != NULL && (u->kind == GOR_TYPE_MUTEX || u->kind == GOR_TYPE_RWMUTEX))
    return TRUE;
  if (_gor_compile_assignable (c, t, c->t_locker))
    {
      _gor_compile_unsupported (c, a0->pos, "sync.NewCond with a Locker of type %s",
                                _gor_compile_tname (c, t));
      return FALSE;
    }
  {
    const char *cause = _gor_compile_assign_cause (c, t, c->t_locker);

    _gor_compile_error_at (c, _gor_compile_expr_start (a0), "cannot use %s as sync.Locker value in %s%s%s",
                           _gor_compile_describe (c, a0, t), argument_context (c, call), cause ? ": " : "",
                           cause ? cause : "");
  }
  (void) m;
  return FALSE;
}

static gboolean
plan_op (GorCompiler *c, GorAstExpr *call, const Member *m, Plan *p)
{
  const char *context = argument_context (c, call);
  guint       n = 0;
  int         num_slot = -1;

  while (n < G_N_ELEMENTS (m->params) && m->params[n] != PT_NONE)
    n++;
  if (!_gor_compile_check_nargs (c, call, m->name, n, n))
    return FALSE;
  p->b = 0;
  for (guint k = 0; k < n; k++)
    {
      int idx;

      if (k == 0 && m->op == GOR_OP_COND && m->a == 0)
        {
          if (!gen_cond_locker (c, call, m))
            return FALSE;
          continue;
        }
      /* atomic.AddInt64(&s.n, 1): the struct, and the field in b */
      if (k == 0 && m->op == GOR_OP_ATOMIC
          && (idx = _gor_compile_gen_field_addr (c, g_ptr_array_index (call->list, 0),
                                                 gor_type_under (member_type (c, m->params[0]))->elem))
                 >= 0)
        {
          p->b = 2 + idx;
          continue;
        }
      _gor_compile_gen_expr_to (c, g_ptr_array_index (call->list, k), member_type (c, m->params[k]), context);
      /* strconv.Atoi, Parse*: the text kept for the *NumError */
      if (k == 0 && g_str_equal (m->path, "strconv")
          && (g_str_equal (m->name, "Atoi") || g_str_has_prefix (m->name, "Parse")))
        {
          num_slot = _gor_compile_new_slot (c);
          _gor_compile_emit (c, GOR_OP_DUP, 0, 0, 1);
          _gor_compile_emit (c, GOR_OP_SET_LOCAL, num_slot, 0, -1);
        }
    }
  p->op = m->op;
  p->a = m->a;
  p->n_slots = (int) n;
  p->result = member_type (c, m->type);
  p->delta = _gor_compile_n_results_of (p->result) - (int) n;
  if (num_slot >= 0)
    {
      _gor_compile_emit (c, p->op, p->a, p->b, p->delta);
      _gor_compile_textlib_num_error (c, m->name, num_slot);
      p->op = GOR_OP_NOP;
      p->n_slots = 0;
      p->delta = 0;
    }
  return TRUE;
}

/* fmt.Println and its family: m->a is the GorPrintKind. */
static gboolean
plan_print (GorCompiler *c, GorAstExpr *call, const Member *m, Plan *p)
{
  GorPrintKind kind = (GorPrintKind) m->a;
  GPtrArray   *args = call->list;
  guint        first = 0;

  if (kind == GOR_PRINT_PRINTF)
    {
      if (args->len == 0)
        {
          _gor_compile_error_at (c, call->pos, "not enough arguments in call to %s",
                                 _gor_compile_expr_str (c, call->x));
          return FALSE;
        }
      _gor_compile_gen_expr_to (c, g_ptr_array_index (args, 0), c->t_string, argument_context (c, call));
      first = 1;
    }
  c->value_ctx = argument_context (c, call);
  p->a = _gor_compile_gen_print_args (c, call, first, kind);
  c->value_ctx = NULL;
  p->op = m->op;
  if (m->op == GOR_OP_ERRORF)
    _gor_compile_errorf_unwrap (c);
  p->n_slots = (int) ((GorPrintSpec *) g_ptr_array_index (c->prog->print_specs, p->a))->n_args + (int) first;
  p->delta = -p->n_slots + (m->op == GOR_OP_PRINT ? 0 : 1);
  p->result = m->op == GOR_OP_SPRINT ? c->t_string : m->op == GOR_OP_ERRORF ? c->t_error : NULL;
  return TRUE;
}

/* time.After and time.Tick (m->a): a channel of times. */
static gboolean
plan_after (GorCompiler *c, GorAstExpr *call, const Member *m, Plan *p)
{
  if (!_gor_compile_check_nargs (c, call, m->name, 1, 1))
    return FALSE;
  _gor_compile_gen_expr_to (c, g_ptr_array_index (call->list, 0), c->t_duration, argument_context (c, call));
  p->op = m->op;
  p->a = _gor_compile_type_ref (c, c->t_time);
  p->b = m->a;
  p->n_slots = 1;
  p->result = gor_types_chan (c->types, c->t_time, GOR_CHAN_RECV_ONLY);
  return TRUE;
}

/* time.NewTimer and time.NewTicker (m->a). */
static gboolean
plan_new_timer (GorCompiler *c, GorAstExpr *call, const Member *m, Plan *p)
{
  if (!_gor_compile_check_nargs (c, call, m->name, 1, 1))
    return FALSE;
  _gor_compile_gen_expr_to (c, g_ptr_array_index (call->list, 0), c->t_duration, argument_context (c, call));
  p->op = m->op;
  p->a = m->a;
  p->b = _gor_compile_type_ref (c, c->t_time);
  p->n_slots = 1;
  p->result = gor_types_pointer (c->types, p->a ? c->t_ticker : c->t_timer);
  return TRUE;
}

/* time.Now, Since, Date, Unix …: gor-time-values.c */
static gboolean
plan_time (GorCompiler *c, GorAstExpr *call, const Member *m, Plan *p)
{
  return _gor_compile_plan_time_func (c, call, m->name, argument_context (c, call), p);
}

/* math/rand and math/rand/v2: gor-rand.c */
static gboolean
plan_rand (GorCompiler *c, GorAstExpr *call, const Member *m, Plan *p)
{
  return _gor_compile_plan_rand_func (c, call, m->path, m->name, argument_context (c, call), p);
}

/* The CancelFunc context.WithCancel and its kin return: one function for
 * the program, a closure over its context. */
static int
cancel_func (GorCompiler *c)
{
  Fn      *outer = c->fn;
  GorFunc *f;
  Fn      *fn;
  guint32  line = c->line;

  if (c->ctx_cancel_func >= 0)
    return c->ctx_cancel_func;
  f = _gor_compile_func_new (c, "context.WithCancel.func1", 0);
  fn = _gor_compile_fn_new (c, f, NULL, f->name);
  c->fn = fn;
  _gor_compile_emit (c, GOR_OP_UPVAL_RAW, 0, 0, 1);
  _gor_compile_emit (c, GOR_OP_CTX, 5, 0, -1);
  _gor_compile_emit (c, GOR_OP_RET, 0, 0, 0);
  f->unwind_pc = (guint) _gor_compile_here (c);
  _gor_compile_emit (c, GOR_OP_UNWIND, -1, 0, 0);
  _gor_compile_fn_close (c, fn, outer, line);
  c->ctx_cancel_func = (int) f->index;
  return c->ctx_cancel_func;
}

/* context.WithCancel (m->a 1), WithTimeout and WithDeadline (m->a 2: the
 * time left is the second operand). */
static gboolean
plan_with_cancel (GorCompiler *c, GorAstExpr *call, const Member *m, Plan *p)
{
  const char *context = argument_context (c, call);
  guint       n = (guint) m->a;

  if (!_gor_compile_check_nargs (c, call, m->name, n, n))
    return FALSE;
  _gor_compile_gen_expr_to (c, g_ptr_array_index (call->list, 0), c->t_context, context);
  if (g_str_equal (m->name, "WithTimeout"))
    _gor_compile_gen_expr_to (c, g_ptr_array_index (call->list, 1), c->t_duration, context);
  else if (g_str_equal (m->name, "WithDeadline"))
    {
      _gor_compile_gen_expr_to (c, g_ptr_array_index (call->list, 1), c->t_time, context);
      _gor_compile_emit (c, GOR_OP_TIMER, GOR_TIME_UNTIL, 0, 0);
    }
  p->op = m->op;
  p->a = m->a;
  p->b = cancel_func (c);
  p->n_slots = (int) n;
  p->delta = 2 - p->n_slots;
  p->result = tuple2 (c, c->t_context, c->t_cancel);
  return TRUE;
}

/* One simulated processor whatever is asked; returns the previous
 * setting and keeps a positive one, as Go does. */
static gboolean
plan_gomaxprocs (GorCompiler *c, GorAstExpr *call, const Member *m, Plan *p)
{
  int skip;

  if (!_gor_compile_check_nargs (c, call, m->name, 1, 1))
    return FALSE;
  _gor_compile_gen_expr_to (c, g_ptr_array_index (call->list, 0), c->t_int, argument_context (c, call));
  /* the setting lives in a global of its own, as the setting less 1 so
   * that its zero value is the first setting, 1 */
  if (c->gomaxprocs_slot < 0)
    c->gomaxprocs_slot = (int) c->prog->n_globals++;
  _gor_compile_emit (c, GOR_OP_GLOBAL, c->gomaxprocs_slot, 0, 1);
  _gor_compile_emit (c, GOR_OP_PUSH_INT, m->a, 0, 1);
  _gor_compile_emit (c, GOR_OP_ADD, 0, 0, -1);
  _gor_compile_emit (c, GOR_OP_SWAP, 0, 0, 0);
  _gor_compile_emit (c, GOR_OP_DUP, 0, 0, 1);
  _gor_compile_emit (c, GOR_OP_PUSH_INT, 0, 0, 1);
  _gor_compile_emit (c, GOR_OP_GT, 0, 0, -1);
  skip = _gor_compile_emit (c, GOR_OP_JF, 0, 0, -1);
  _gor_compile_emit (c, GOR_OP_DUP, 0, 0, 1);
  _gor_compile_emit (c, GOR_OP_PUSH_INT, -m->a, 0, 1);
  _gor_compile_emit (c, GOR_OP_ADD, 0, 0, -1);
  _gor_compile_emit (c, GOR_OP_SET_GLOBAL, c->gomaxprocs_slot, 0, -1);
  _gor_compile_patch (c, skip, _gor_compile_here (c));
  _gor_compile_emit (c, GOR_OP_POP, 0, 0, -1);
  p->op = GOR_OP_NOP;
  p->a = 0;
  p->delta = 0;
  p->result = c->t_int;
  return TRUE;
}

static gboolean
plan_errors_new (GorCompiler *c, GorAstExpr *call, const Member *m, Plan *p)
{
  if (!_gor_compile_check_nargs (c, call, m->name, 1, 1))
    return FALSE;
  _gor_compile_gen_expr_to (c, g_ptr_array_index (call->list, 0), c->t_string, argument_context (c, call));
  /* each call a distinct error, as Go's pointer: errors.New("x") != errors.New("x") */
  _gor_compile_emit (c, GOR_OP_STRINGS, GOR_STRINGS_ERROR_TEXT, 0, 0);
  p->op = m->op;
  p->a = _gor_compile_type_ref (c, c->t_errstr);
  p->n_slots = 1;
  p->result = c->t_error;
  return TRUE;
}

/* errors.As(err, &target): the target's type is known here */
static gboolean
plan_errors_as (GorCompiler *c, GorAstExpr *call, const Member *m, Plan *p)
{
  GorAstExpr *target;
  GorType    *pt;

  if (!_gor_compile_check_nargs (c, call, m->name, 2, 2))
    return FALSE;
  _gor_compile_gen_expr_to (c, g_ptr_array_index (call->list, 0), c->t_error, argument_context (c, call));
  target = g_ptr_array_index (call->list, 1);
  pt = _gor_compile_gen_value (c, target, NULL);
  if (pt == NULL)
    return FALSE;
  if (gor_type_under (pt)->kind != GOR_TYPE_POINTER
      || (gor_type_under (gor_type_under (pt)->elem)->kind != GOR_TYPE_INTERFACE
          && !_gor_compile_assignable (c, gor_type_under (pt)->elem, c->t_error)))
    {
      _gor_compile_unsupported (
          c, _gor_compile_expr_start (target),
          "errors.As with a target that is not a pointer to an error type or an interface");
      return FALSE;
    }
  p->op = m->op;
  p->a = m->a;
  p->b = _gor_compile_type_ref (c, gor_type_under (pt)->elem);
  p->n_slots = 2;
  p->result = c->t_bool;
  p->delta = -1;
  return TRUE;
}

/* errors.Join(errs ...error): the errors as one []error */
static gboolean
plan_errors_join (GorCompiler *c, GorAstExpr *call, const Member *m, Plan *p)
{
  GorType *st = gor_types_slice (c->types, c->t_error);
  guint    n = call->list->len;

  if (call->has_ellipsis)
    {
      if (!_gor_compile_check_nargs (c, call, m->name, 1, 1))
        return FALSE;
      _gor_compile_gen_expr_to (c, g_ptr_array_index (call->list, 0), st, argument_context (c, call));
    }
  else if (n == 0)
    _gor_compile_emit (c, GOR_OP_PUSH_NIL, 0, 0, 1);
  else
    {
      for (guint i = 0; i < n; i++)
        _gor_compile_gen_expr_to (c, g_ptr_array_index (call->list, i), c->t_error,
                                  argument_context (c, call));
      _gor_compile_emit (c, GOR_OP_SLICE_LIT, (gint32) n, 0, 1 - (int) n);
    }
  p->op = m->op;
  p->a = m->a;
  p->n_slots = 1;
  p->result = c->t_error;
  return TRUE;
}

/* fmt.Fprint*, Sscan*, io.WriteString and the log package: gor-package-io.c */
static gboolean
plan_stdlib (GorCompiler *c, GorAstExpr *call, const Member *m, Plan *p)
{
  if (g_str_equal (m->path, "log"))
    return _gor_compile_plan_log (c, call, m->a, p);
  if (g_str_equal (m->path, "bytes"))
    return _gor_compile_plan_bytes (c, call, m->a, p);
  if (m->op == GOR_OP_APPEND_SLICE)
    return _gor_compile_plan_fmt_append (c, call, m->a, p);
  if (g_str_equal (m->path, "strings") && m->op == GOR_OP_NOP)
    return _gor_compile_plan_new_reader (c, call, p);
  if (m->op == GOR_OP_STRINGS && m->a == GOR_STRINGS_NEW_REPLACER)
    return _gor_compile_plan_new_replacer (c, call, p);
  if (m->op == GOR_OP_STRINGS)
    return _gor_compile_plan_sscan (c, call, m->a, p);
  return _gor_compile_plan_fprint (c, call, m->a, p);
}

/* The types of the supported packages: time.Duration, atomic.Int64,
 * context.Context, time.Timer, sync.Cond … as the VM lays them out. */
static void
method_free (gpointer data)
{
  GorMethod *m = data;

  g_free (m->name);
  g_free (m);
}

static void
add_method (GorType *t, const char *name, GorType *sig, int func)
{
  GorMethod *m = g_new0 (GorMethod, 1);

  if (t->methods == NULL)
    t->methods = g_ptr_array_new_with_free_func (method_free);
  m->name = g_strdup (name);
  m->sig = sig;
  m->func = func;
  m->ptr_recv = TRUE;
  g_ptr_array_add (t->methods, m);
}

/* sync.Locker, satisfied by *sync.Mutex, *sync.RWMutex and the value of
 * RWMutex.RLocker() (a *sync.rlocker, whose Lock and Unlock are RLock and
 * RUnlock).  Their methods are built in: calls through a Locker run
 * them in the VM. */
static void
setup_locker (GorCompiler *c)
{
  GorTypes  *ty = c->types;
  GorType   *sig = gor_types_func (ty, g_ptr_array_new (), g_ptr_array_new (), FALSE);
  GPtrArray *methods = g_ptr_array_new ();
  GorType   *rlocker;
  GorType   *kinds[2] = { gor_types_basic (ty, GOR_TYPE_MUTEX), gor_types_basic (ty, GOR_TYPE_RWMUTEX) };

  for (guint i = 0; i < 2; i++)
    {
      GorField *f = g_new0 (GorField, 1);

      f->name = g_strdup (i == 0 ? "Lock" : "Unlock");
      f->type = sig;
      g_ptr_array_add (methods, f);
    }
  c->t_locker = gor_types_named (ty, "sync.Locker");
  gor_type_set_underlying (c->t_locker, gor_types_interface (ty, methods));
  for (guint i = 0; i < 2; i++)
    if (gor_type_lookup_method (kinds[i], "Lock") == NULL)
      {
        add_method (kinds[i], "Lock", sig, GOR_METHOD_LOCK);
        add_method (kinds[i], "Unlock", sig, GOR_METHOD_UNLOCK);
      }
  rlocker = gor_types_named (ty, "sync.rlocker");
  gor_type_set_underlying (rlocker, kinds[1]);
  add_method (rlocker, "Lock", sig, GOR_METHOD_RLOCK);
  add_method (rlocker, "Unlock", sig, GOR_METHOD_RUNLOCK);
  c->t_rlocker = gor_types_pointer (ty, rlocker);
}

void
_gor_compile_setup_package_types (GorCompiler *c)
{
  GorTypes *ty = c->types;

  c->t_duration = gor_types_named (ty, "time.Duration");
  gor_type_set_underlying (c->t_duration, c->t_int64);
  c->t_time = gor_types_named (ty, "time.Time");
  gor_type_set_underlying (c->t_time, c->t_int64);
  _gor_compile_setup_time_types (c);
  _gor_compile_setup_atomic_types (c);
  _gor_compile_setup_rand_types (c);
  {
    GPtrArray *fields = g_ptr_array_new ();
    GorField  *f = g_new0 (GorField, 1);

    f->name = g_strdup ("v");
    f->type = c->t_int64;
    g_ptr_array_add (fields, f);
    c->t_atomic_int64 = gor_types_named (ty, "atomic.Int64");
    gor_type_set_underlying (c->t_atomic_int64, gor_types_struct (ty, fields));
    fields = g_ptr_array_new ();
    f = g_new0 (GorField, 1);
    f->name = g_strdup ("v");
    f->type = gor_types_basic (ty, GOR_TYPE_INT32);
    g_ptr_array_add (fields, f);
    c->t_atomic_int32 = gor_types_named (ty, "atomic.Int32");
    gor_type_set_underlying (c->t_atomic_int32, gor_types_struct (ty, fields));
    fields = g_ptr_array_new ();
    f = g_new0 (GorField, 1);
    f->name = g_strdup ("v");
    f->type = c->t_bool;
    g_ptr_array_add (fields, f);
    c->t_atomic_bool = gor_types_named (ty, "atomic.Bool");
    gor_type_set_underlying (c->t_atomic_bool, gor_types_struct (ty, fields));
  }
  {
    GPtrArray  *fields = g_ptr_array_new ();
    const char *names[] = { "done", "err", "child", "sibling", "parent" };

    for (guint i = 0; i < G_N_ELEMENTS (names); i++)
      {
        GorField *f = g_new0 (GorField, 1);

        f->name = g_strdup (names[i]);
        f->type = c->t_int64;
        g_ptr_array_add (fields, f);
      }
    {
      GPtrArray  *tf = g_ptr_array_new ();
      const char *tn[] = { "C", "active", "gen", "period" };

      for (guint i = 0; i < G_N_ELEMENTS (tn); i++)
        {
          GorField *f = g_new0 (GorField, 1);

          f->name = g_strdup (tn[i]);
          f->type = i == 0 ? gor_types_chan (ty, c->t_time, GOR_CHAN_RECV_ONLY) : c->t_int64;
          g_ptr_array_add (tf, f);
        }
      c->t_timer = gor_types_named (ty, "time.Timer");
      gor_type_set_underlying (c->t_timer, gor_types_struct (ty, tf));
      c->t_ticker = gor_types_named (ty, "time.Ticker");
      gor_type_set_underlying (c->t_ticker, gor_type_under (c->t_timer));
    }
    {
      GPtrArray *cf = g_ptr_array_new ();
      GorField  *f = g_new0 (GorField, 1);

      f->name = g_strdup ("L");
      f->type = gor_types_pointer (ty, gor_types_basic (ty, GOR_TYPE_MUTEX));
      g_ptr_array_add (cf, f);
      f = g_new0 (GorField, 1);
      f->name = g_strdup ("waiters");
      f->type = c->t_int64;
      g_ptr_array_add (cf, f);
      c->t_cond = gor_types_named (ty, "sync.Cond");
      gor_type_set_underlying (c->t_cond, gor_types_struct (ty, cf));
    }
    setup_locker (c);
    _gor_compile_setup_sort (c);
    _gor_compile_setup_io_types (c);
    _gor_compile_setup_sync_values (c);
    c->t_context = gor_types_named (ty, "context.Context");
    gor_type_set_underlying (c->t_context, gor_types_pointer (ty, gor_types_struct (ty, fields)));
    c->t_cancel = gor_types_named (ty, "context.CancelFunc");
    gor_type_set_underlying (c->t_cancel, gor_types_func (ty, g_ptr_array_new (), g_ptr_array_new (), FALSE));
    c->ctx_cancel_func = -1;
    c->gomaxprocs_slot = -1;
  }
}

/* sort's functions that take functions or a sort.Interface */
static gboolean
plan_sort (GorCompiler *c, GorAstExpr *call, const Member *m, Plan *p)
{
  return _gor_compile_plan_sort (c, call, m->name, m->a, argument_context (c, call), p);
}

/* Whether a program may import @path. */
gboolean
_gor_compile_package_supported (const char *path)
{
  for (guint i = 0; i < G_N_ELEMENTS (members); i++)
    if (strcmp (members[i].path, path) == 0)
      return TRUE;
  return FALSE;
}

/* The type @pkg.@name names, if Gorolanes runs it; else NULL. */
GorType *
_gor_compile_package_type_of (GorCompiler *c, Sym *pkg, const char *name)
{
  const Member *m = find_member (pkg->pkg, name);
  GorType      *t = m && m->kind == MEMBER_TYPE && member_runs (m) ? member_type (c, m->type) : NULL;

  if (t != NULL)
    _gor_compile_io_methods (c, t);
  if (t != NULL)
    _gor_compile_sort_methods (c, t);
  return t;
}

/* The type the selector @sel names, written where a type goes: an error
 * and int when it names none Gorolanes runs. */
GorType *
_gor_compile_package_type (GorCompiler *c, GorAstExpr *sel, Sym *pkg)
{
  const Member *m = find_member (pkg->pkg, sel->name);

  pkg->used = TRUE;
  if (m && m->kind == MEMBER_TYPE && member_runs (m))
    {
      GorType *t = member_type (c, m->type);

      /* a value of os.File or strings.Builder may come: their methods */
      _gor_compile_io_methods (c, t);
      _gor_compile_sort_methods (c, t);
      return t;
    }
  refuse (c, sel, pkg->pkg, m, "type ");
  return c->t_int;
}

/* The value of the constant @pkg.@name, if Gorolanes runs it. */
gboolean
_gor_compile_package_const (GorCompiler *c, Sym *pkg, const char *name, ConstVal *out)
{
  const Member *m = find_member (pkg->pkg, name);

  if (m == NULL || m->kind != MEMBER_CONST || !member_runs (m))
    return FALSE;
  pkg->used = TRUE;
  out->type = member_type (c, m->type);
  out->v.i = m->value;
  out->big = out->exact_int = out->exact_float = FALSE;
  if (m->text)
    {
      out->type = c->t_unt_string;
      out->v.p = gor_str_new (&c->prog->const_heap, m->text, strlen (m->text));
    }
  else if (m->type == PT_UNTYPED_FLOAT)
    {
      out->v.f = (double) m->fvalue;
      out->bigf = m->fvalue;
      out->exact_float = TRUE;
    }
  else if (m->type == PT_UNTYPED_UINT64)
    {
      out->big = out->exact_int = TRUE;
      out->w = (Wide) (guint64) m->value;
      out->bigf = (long double) (guint64) m->value;
    }
  return TRUE;
}

/* Compiles the selector @sel of a package member used as a value (not
 * called, not a constant). */
GorType *
_gor_compile_gen_package_member (GorCompiler *c, GorAstExpr *sel, Sym *pkg)
{
  const Member *m = find_member (pkg->pkg, sel->name);

  pkg->used = TRUE;
  if (m && m->kind == MEMBER_VAR && m->type == PT_PTR_LOCATION)
    return _gor_compile_gen_time_utc (c);
  if (m && m->kind == MEMBER_VAR && m->text == NULL && member_runs (m))
    return _gor_compile_gen_io_var (c, m->path, m->name);
  if (m && m->kind == MEMBER_VAR && member_runs (m))
    {
      GorValue v;

      v.p = gor_str_new (&c->prog->const_heap, m->text, strlen (m->text));
      _gor_compile_emit (c, GOR_OP_PUSH_K, _gor_compile_add_const (c, v), 0, 1);
      _gor_compile_emit (c, GOR_OP_ERRORS_NEW, _gor_compile_type_ref (c, c->t_errstr), 0, 0);
      return member_type (c, m->type);
    }
  if (m && m->kind == MEMBER_FUNC && member_runs (m))
    {
      GorType *sig = member_func_sig (c, m);

      if (sig != NULL)
        return _gor_compile_gen_package_func_value (c, sel, sig);
      refuse (c, sel, pkg->pkg, m, "function value ");
      return NULL;
    }
  refuse (c, sel, pkg->pkg, m, "");
  return NULL;
}

/* Plans the call @call of the package function @pkg.@name. */
gboolean
_gor_compile_plan_package (GorCompiler *c, GorAstExpr *call, Sym *pkg, const char *name, Plan *p)
{
  const Member *m = find_member (pkg->pkg, name);
  GorAstExpr   *sel = call->x;

  while (sel->kind == GOR_EXPR_PAREN)
    sel = sel->x;
  pkg->used = TRUE;
  p->kind = PLAN_OP;
  p->name = _gor_compile_keep (c, g_strdup_printf ("%s.%s", pkg->pkg, name), g_free);
  if (m == NULL || m->kind != MEMBER_FUNC || !member_runs (m))
    {
      refuse (c, sel, pkg->pkg, m, "");
      return FALSE;
    }
  return m->plan (c, call, m, p);
}

static gboolean
plan_iterlib (GorCompiler *c, GorAstExpr *call, const Member *m, Plan *p)
{
  return _gor_compile_plan_iterlib (c, call, m->path, m->name, p);
}

static gboolean
plan_textlib (GorCompiler *c, GorAstExpr *call, const Member *m, Plan *p)
{
  return _gor_compile_plan_textlib (c, call, m->path, m->name, p);
}
