/* gor-bytecode.h — compiled functions and the VM's instruction set
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A stack machine: each frame has its locals (parameters first, then the
 * function's result slots, then its variables) followed by its operand
 * stack, all in the goroutine's one value array.
 */
#pragma once

#include <glib.h>

#include "gor-types.h"
#include "gor-value.h"

G_BEGIN_DECLS

/* clang-format off */
#define GOR_OPCODES(X) \
  X(NOP) X(PUSH_INT) X(PUSH_K) X(PUSH_NIL) X(POP) X(DUP) X(DUP2) X(SWAP) X(ROT3) \
  X(LOCAL) X(SET_LOCAL) X(BOXED) X(SET_BOXED) X(UPVAL) X(SET_UPVAL) X(UPVAL_RAW) \
  X(BOX_LOCAL) X(GLOBAL) X(SET_GLOBAL) X(INC_LOCAL) \
  X(ADD) X(SUB) X(MUL) X(DIV) X(REM) X(NEG) X(AND) X(OR) X(XOR) X(SHL) X(SHR) X(USHR) \
  X(ANDNOT) X(BITNOT) X(NOT) X(TRUNC) X(UDIV) X(UREM) \
  X(FADD) X(FSUB) X(FMUL) X(FDIV) X(FNEG) X(I2F) X(F2I) X(U2F) \
  X(EQ) X(NE) X(LT) X(LE) X(GT) X(GE) X(ULT) X(ULE) X(UGT) X(UGE) \
  X(FEQ) X(FNE) X(FLT) X(FLE) X(FGT) X(FGE) \
  X(SEQ) X(SNE) X(SLT) X(SLE) X(SGT) X(SGE) X(SADD) X(VEQ) X(VNE) \
  X(JMP) X(JF) X(JT) X(LT_LOCAL_JF) \
  X(CALL) X(CALL_CLOSURE) X(RET) X(CLOSURE) X(GO) X(GO_CLOSURE) \
  X(DEFER) X(DEFER_CLOSURE) X(RUN_DEFERS) X(UNWIND) X(PANIC) X(RECOVER) \
  X(MAKE_SLICE) X(SLICE_LIT) X(INDEX) X(SET_INDEX) X(SLICE) X(LEN) X(CAP) X(APPEND) X(APPEND_SLICE) \
  X(STR_INDEX) X(STR_SLICE) X(STR_LEN) X(COPY) X(RANGE_STR) X(CONV_STR_BYTES) X(CONV_BYTES_STR) \
  X(CONV_RUNE_STR) X(CONV_STR_RUNES) \
  X(NEW_STRUCT) X(FIELD) X(SET_FIELD) X(CLONE) X(ZERO) X(NEW_BOX) X(LOAD_PTR) X(STORE_PTR) \
  X(IFACE) X(IFACE_EQ) X(ASSERT) X(CALL_IFACE) X(MAKE_MAP) X(MAP_GET) X(MAP_GET_OK) X(MAP_SET) \
  X(MAP_DELETE) X(MAP_LEN) X(MAP_ITER) X(MAP_NEXT) \
  X(MAKE_CHAN) X(SEND) X(RECV) X(RECV_OK) X(CLOSE) X(SELECT) \
  X(LOCK) X(UNLOCK) X(RLOCK) X(RUNLOCK) X(WG_ADD) X(WG_WAIT) X(ONCE_DO) X(ONCE_END) \
  X(SLEEP) X(GOSCHED) X(GOEXIT) X(NUMG) X(NOW) X(AFTER) \
  X(PRINT) X(SPRINT) X(ERRORF) X(ERRORS_NEW) X(ERROR_STR) X(ITOA) X(ATOI) X(EXIT) X(STRINGS) X(ATOMIC) \
  X(CTX) X(RAND) X(TIMER) X(COND) X(FATAL) X(ERRORS) \
  /* vmfast: superinstructions (gor-peephole.c); LKJ_EQ to LOCAL_RET start with a LOCAL or INC_LOCAL */ \
  X(TKJ_EQ) X(TKJ_NE) X(TKJ_LT) X(TKJ_LE) X(TKJ_GT) X(TKJ_GE) \
  X(LKJ_EQ) X(LKJ_NE) X(LKJ_LT) X(LKJ_LE) X(LKJ_GT) X(LKJ_GE) \
  X(LLJ_EQ) X(LLJ_NE) X(LLJ_LT) X(LLJ_LE) X(LLJ_GT) X(LLJ_GE) \
  X(TLJ_EQ) X(TLJ_NE) X(TLJ_LT) X(TLJ_LE) X(TLJ_GT) X(TLJ_GE) \
  X(LK_ADD) X(LK_SUB) X(LL_ADD) X(LL_SUB) X(LLS_ADD) X(LLS_SUB) \
  X(LL_INDEX) X(LL_INDEX_JF) X(LLK_SET_INDEX) X(LLL_SET_INDEX) X(INC_JMP) X(LOCAL_RET) \
  /* mathlib */ X(MATHLIB) X(SORT) \
  /* addr: pointers to elements and fields (gor-lib-addr.c) */ \
  X(ADDR) \
  /* sievefast: s[i] compared with a local, and a loop's back edge with \
   * its condition (gor-peephole.c); INC_LKJ_EQ to INC_IXJ_GE start with \
   * an INC_LOCAL, LLA_LKJ_EQ to IXJ_GE with a LOCAL */ \
  X(INC_LKJ_EQ) X(INC_LKJ_NE) X(INC_LKJ_LT) X(INC_LKJ_LE) X(INC_LKJ_GT) X(INC_LKJ_GE) \
  X(INC_LLJ_EQ) X(INC_LLJ_NE) X(INC_LLJ_LT) X(INC_LLJ_LE) X(INC_LLJ_GT) X(INC_LLJ_GE) \
  X(INC_IXJ_EQ) X(INC_IXJ_NE) X(INC_IXJ_LT) X(INC_IXJ_LE) X(INC_IXJ_GT) X(INC_IXJ_GE) \
  X(LLA_LKJ_EQ) X(LLA_LKJ_NE) X(LLA_LKJ_LT) X(LLA_LKJ_LE) X(LLA_LKJ_GT) X(LLA_LKJ_GE) \
  X(LLA_LLJ_EQ) X(LLA_LLJ_NE) X(LLA_LLJ_LT) X(LLA_LLJ_LE) X(LLA_LLJ_GT) X(LLA_LLJ_GE) \
  X(LLA_IXJ_EQ) X(LLA_IXJ_NE) X(LLA_IXJ_LT) X(LLA_IXJ_LE) X(LLA_IXJ_GT) X(LLA_IXJ_GE) \
  X(IXJ_EQ) X(IXJ_NE) X(IXJ_LT) X(IXJ_LE) X(IXJ_GT) X(IXJ_GE) \
  /* sieve2: a whole loop whose body is one s[j] = k or s[j] = v, or \
   * that skips to its next turn on s[j], or scans s (gor-peephole.c); \
   * STORE_LOOP_EQ to SCAN_GE start with a LOCAL */ \
  X(STORE_LOOP_EQ) X(STORE_LOOP_NE) X(STORE_LOOP_LT) X(STORE_LOOP_LE) X(STORE_LOOP_GT) X(STORE_LOOP_GE) \
  X(SKIP_T_EQ) X(SKIP_T_NE) X(SKIP_T_LT) X(SKIP_T_LE) X(SKIP_T_GT) X(SKIP_T_GE) \
  X(SKIP_F_EQ) X(SKIP_F_NE) X(SKIP_F_LT) X(SKIP_F_LE) X(SKIP_F_GT) X(SKIP_F_GE) \
  X(SCAN_EQ) X(SCAN_NE) X(SCAN_LT) X(SCAN_LE) X(SCAN_GT) X(SCAN_GE)
/* clang-format on */

typedef enum
{
#define GOR_OP_ENUM(n) GOR_OP_##n,
  GOR_OPCODES (GOR_OP_ENUM)
#undef GOR_OP_ENUM
      GOR_N_OPS
} GorOp;

typedef struct
{
  guint16 op;
  guint16 b;
  gint32  a;
} GorInstr;

/* PRINT/SPRINT operand a: index of a GorPrintSpec in the program. */
typedef enum
{
  GOR_PRINT_PRINTLN,
  GOR_PRINT_PRINT,
  GOR_PRINT_PRINTF,
  GOR_PRINT_BUILTIN_PRINTLN, /* print/println to stderr */
  GOR_PRINT_BUILTIN_PRINT,
} GorPrintKind;

typedef struct
{
  GorPrintKind kind;
  guint        n_args;
  GorType    **types;  /* static type of each operand */
  gboolean     spread; /* last operand is a []any */
} GorPrintSpec;

typedef struct
{
  char   *name; /* "main.gen.func1" */
  guint32 line;
} GorFuncInfo;

struct _GorFunc
{
  char    *name; /* Go's name: "main.main", "main.gen.func1" */
  guint    index;
  guint    n_params; /* slots taken by arguments */
  guint    n_results;
  guint    n_locals;  /* parameters included */
  guint    max_stack; /* operand stack depth */
  guint    unwind_pc; /* where a panicking frame resumes */
  guint32  line;      /* line of the declaration */
  GArray  *code;      /* GorInstr */
  GArray  *lines;     /* guint32 per instruction */
  gboolean is_method;
};

/* STRINGS operand a: which function of the strings package. */
typedef enum
{
  GOR_STRINGS_REPEAT,
  GOR_STRINGS_TO_UPPER,
  GOR_STRINGS_TO_LOWER,
  GOR_STRINGS_TRIM_SPACE,
  GOR_STRINGS_CONTAINS,
  GOR_STRINGS_HAS_PREFIX,
  GOR_STRINGS_HAS_SUFFIX,
  GOR_STRINGS_INDEX,
  GOR_STRINGS_JOIN,
  GOR_STRINGS_SPLIT,
  GOR_STRINGS_FIELDS,
  GOR_STRINGS_REPLACE_ALL,
  GOR_STRINGS_COUNT,
  GOR_STRINGS_TRIM_PREFIX,
  GOR_STRINGS_TRIM_SUFFIX,
  /* strings.Builder's appends: (current, more) → current + more */
  GOR_STRINGS_BUILDER_APPEND,
  /* stdlib: gor-lib-text.c from here on */
  GOR_STRINGS_LIB_TEXT,
  GOR_STRINGS_LOG_LINE = GOR_STRINGS_LIB_TEXT,
  GOR_STRINGS_GETENV,
  GOR_STRINGS_LOOKUP_ENV,
  GOR_STRINGS_CONTAINS_RUNE,
  GOR_STRINGS_CONTAINS_ANY,
  GOR_STRINGS_INDEX_BYTE,
  GOR_STRINGS_INDEX_RUNE,
  GOR_STRINGS_INDEX_ANY,
  GOR_STRINGS_LAST_INDEX,
  GOR_STRINGS_LAST_INDEX_BYTE,
  GOR_STRINGS_LAST_INDEX_ANY,
  GOR_STRINGS_EQUAL_FOLD,
  GOR_STRINGS_COMPARE,
  GOR_STRINGS_CLONE,
  GOR_STRINGS_SPLIT_N,
  GOR_STRINGS_SPLIT_AFTER,
  GOR_STRINGS_SPLIT_AFTER_N,
  GOR_STRINGS_TRIM,
  GOR_STRINGS_TRIM_LEFT,
  GOR_STRINGS_TRIM_RIGHT,
  GOR_STRINGS_REPLACE,
  GOR_STRINGS_CUT,
  GOR_STRINGS_CUT_PREFIX,
  GOR_STRINGS_CUT_SUFFIX,
  GOR_STRINGS_ERROR_TEXT,
  GOR_STRINGS_SSCAN,
  GOR_STRINGS_SSCANLN,
  GOR_STRINGS_SSCANF,
  GOR_STRINGS_TITLE,
  /* strings.Replacer (gor-lib-strfunc.c) */
  GOR_STRINGS_NEW_REPLACER,
  GOR_STRINGS_REPLACER_REPLACE,
  /* end stdlib */
  GOR_N_STRINGS_FUNCS
} GorStringsFunc;

/* MATHLIB operand a: a function of math, math/bits, unicode,
 * unicode/utf8, strconv or sort on plain values; the bits functions
 * carry their width (0 for uint) in GOR_M_WIDTH's bits. */
#define GOR_M_WIDTH(fn, bits) ((fn) | ((bits) << 16))
typedef enum
{
  GOR_M_SQRT,
  GOR_M_ABS,
  GOR_M_FLOOR,
  GOR_M_CEIL,
  GOR_M_ROUND,
  GOR_M_ROUND_EVEN,
  GOR_M_TRUNC,
  GOR_M_LOG,
  GOR_M_LOG2,
  GOR_M_LOG10,
  GOR_M_LOG1P,
  GOR_M_EXP,
  GOR_M_EXP2,
  GOR_M_EXPM1,
  GOR_M_SIN,
  GOR_M_COS,
  GOR_M_TAN,
  GOR_M_ASIN,
  GOR_M_ACOS,
  GOR_M_ATAN,
  GOR_M_SINH,
  GOR_M_COSH,
  GOR_M_TANH,
  GOR_M_ASINH,
  GOR_M_ACOSH,
  GOR_M_ATANH,
  GOR_M_ERF,
  GOR_M_ERFC,
  GOR_M_GAMMA,
  GOR_M_CBRT,
  GOR_M_POW,
  GOR_M_MOD,
  GOR_M_REMAINDER,
  GOR_M_MAX,
  GOR_M_MIN,
  GOR_M_DIM,
  GOR_M_ATAN2,
  GOR_M_HYPOT,
  GOR_M_COPYSIGN,
  GOR_M_INF,
  GOR_M_IS_INF,
  GOR_M_NAN,
  GOR_M_IS_NAN,
  GOR_M_SIGNBIT,
  GOR_M_FLOAT64BITS,
  GOR_M_FLOAT64FROMBITS,
  GOR_M_POW10,
  GOR_M_MODF,
  GOR_M_FREXP,
  GOR_M_BITS_ONES,
  GOR_M_BITS_LEADING,
  GOR_M_BITS_TRAILING,
  GOR_M_BITS_LEN,
  GOR_M_BITS_ROTATE,
  GOR_M_BITS_REVERSE,
  GOR_M_BITS_REVERSE_BYTES,
  GOR_M_BITS_ADD,
  GOR_M_BITS_SUB,
  GOR_M_BITS_MUL,
  GOR_M_BITS_DIV,
  GOR_M_IS_LETTER,
  GOR_M_IS_DIGIT,
  GOR_M_IS_NUMBER,
  GOR_M_IS_SPACE,
  GOR_M_IS_UPPER,
  GOR_M_IS_LOWER,
  GOR_M_IS_TITLE,
  GOR_M_IS_PUNCT,
  GOR_M_IS_CONTROL,
  GOR_M_IS_GRAPHIC,
  GOR_M_IS_PRINT,
  GOR_M_IS_SYMBOL,
  GOR_M_IS_MARK,
  GOR_M_TO_UPPER,
  GOR_M_TO_LOWER,
  GOR_M_TO_TITLE,
  GOR_M_RUNE_LEN,
  GOR_M_RUNE_COUNT_STR,
  GOR_M_RUNE_COUNT,
  GOR_M_DECODE_STR,
  GOR_M_DECODE_LAST_STR,
  GOR_M_DECODE,
  GOR_M_DECODE_LAST,
  GOR_M_ENCODE_RUNE,
  GOR_M_APPEND_RUNE,
  GOR_M_VALID_STR,
  GOR_M_VALID,
  GOR_M_VALID_RUNE,
  GOR_M_FULL_RUNE_STR,
  GOR_M_RUNE_START,
  GOR_M_PARSE_FLOAT,
  GOR_M_FORMAT_FLOAT,
  GOR_M_PARSE_INT,
  GOR_M_PARSE_UINT,
  GOR_M_FORMAT_INT,
  GOR_M_FORMAT_UINT,
  GOR_M_APPEND_INT,
  GOR_M_PARSE_BOOL,
  GOR_M_FORMAT_BOOL,
  GOR_M_QUOTE,
  GOR_M_QUOTE_ASCII,
  GOR_M_QUOTE_RUNE,
  GOR_M_UNQUOTE,
  GOR_M_SORT_INTS,
  GOR_M_SORT_STRINGS,
  GOR_M_SORT_FLOATS,
  GOR_M_SORT_INTS_DESC,
  GOR_M_SORT_STRINGS_DESC,
  GOR_M_SORT_FLOATS_DESC,
  GOR_M_SEARCH_INTS,
  GOR_M_SEARCH_STRINGS,
  GOR_M_SEARCH_FLOATS,
  GOR_M_INTS_SORTED,
  GOR_M_STRINGS_SORTED,
  GOR_M_FLOATS_SORTED,
  /* float32 (gor-lib-float.c): every float32 result rounds to float32 */
  GOR_M_F32_ROUND,
  GOR_M_I2F32,
  GOR_M_U2F32,
  GOR_M_FLOAT32BITS,
  GOR_M_FLOAT32FROMBITS,
  /* complex numbers (gor-lib-float.c); b is 1 for complex64 */
  GOR_M_CADD,
  GOR_M_CSUB,
  GOR_M_CMUL,
  GOR_M_CDIV,
  GOR_M_CNEG,
  GOR_M_CEQ,
  GOR_M_CNE,
  GOR_M_CMAKE,
  GOR_M_CREAL,
  GOR_M_CIMAG,
  GOR_M_CCONV,
} GorMathlibFunc;

/* SORT operand a: a sort that calls the program's functions (a less
 * function or a sort.Interface's methods).  The values stay clear of the
 * ERRORS instruction's operands, whose handler SORT shares; b is 1 for
 * sort.Reverse. */
typedef enum
{
  GOR_SORT_SLICE = 16,
  GOR_SORT_SLICE_STABLE,
  GOR_SORT_SLICE_IS_SORTED,
  GOR_SORT_SEARCH,
  GOR_SORT_SORT,
  GOR_SORT_STABLE,
  GOR_SORT_IS_SORTED,
} GorSortFunc;
/* SORT operand a, past the sorts: a strings function that calls the
 * program's func(rune) (gor-lib-strfunc.c) */
typedef enum
{
  GOR_STRFUNC_MAP = 40,
  GOR_STRFUNC_FIELDS,
  GOR_STRFUNC_INDEX,
  GOR_STRFUNC_LAST_INDEX,
  GOR_STRFUNC_CONTAINS,
  GOR_STRFUNC_TRIM,
  GOR_STRFUNC_TRIM_LEFT,
  GOR_STRFUNC_TRIM_RIGHT,
} GorStrFunc;
/* fmt.Sscan*: what each operand points to, five bits each in the
 * instruction's code operand: the kind, and above it the size of an
 * integer (0 64 bits, 1 32, 2 16, 3 8) (stdlib) */
typedef enum
{
  GOR_SCAN_INT = 1,
  GOR_SCAN_UINT,
  GOR_SCAN_STRING,
  GOR_SCAN_FLOAT,
  GOR_SCAN_BOOL,
} GorScanKind;
#define GOR_SCAN_MAX 12

/* RAND operand a: the sub-operation, with GOR_RAND_V2 for math/rand/v2's
 * names in panics; b: GOR_RAND_OBJECT when a *rand.Rand is below the
 * operands (gor-rand.c compiles them, gor-lib-rand.c runs them). */
typedef enum
{
  GOR_RAND_INTN,
  GOR_RAND_INT,
  GOR_RAND_FLOAT64,
  GOR_RAND_SEED,
  GOR_RAND_INT63,
  GOR_RAND_INT31,
  GOR_RAND_INT63N,
  GOR_RAND_INT31N,
  GOR_RAND_UINT32,
  GOR_RAND_UINT64,
  GOR_RAND_FLOAT32,
  GOR_RAND_PERM,
  GOR_RAND_NEW_SOURCE,
  GOR_RAND_N,
  GOR_RAND_SHUFFLE_CHECK,
  /* math/rand/v2's unsigned bounds and its PCG generator */
  GOR_RAND_UINT64N,
  GOR_RAND_UINT32N,
  GOR_RAND_UINTN,
  GOR_RAND_NEW_PCG,
  GOR_RAND_NEW_CHACHA8,
  GOR_RAND_NORM_FLOAT64,
  GOR_RAND_EXP_FLOAT64,
} GorRandFunc;
#define GOR_RAND_OBJECT 1
#define GOR_RAND_V2 64

/* A `select` statement's shape: per case, whether it sends. */
typedef struct
{
  guint    n_cases;
  gboolean has_default;
  guint8  *is_send;
} GorSelectSpec;

typedef struct
{
  char      *filename;
  GorTypes  *types;
  GPtrArray *funcs;  /* GorFunc* */
  GArray    *consts; /* GorValue (strings point into const_heap) */
  GorHeap    const_heap;
  GPtrArray *print_specs;  /* GorPrintSpec* */
  GPtrArray *select_specs; /* GorSelectSpec* */
  GPtrArray *type_refs;    /* GorType* referenced by instructions */
  guint      n_globals;
  guint      init_func; /* runs package var initialisers, then main.main */
  guint      main_func;
} GorProgram;

void        gor_program_free (GorProgram *program);
const char *gor_op_name (GorOp op);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GorProgram, gor_program_free)

G_END_DECLS
