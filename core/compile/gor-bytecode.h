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
  /* addr: pointers to elements and fields (gor-lib-addr.c) */ \
  X(ADDR)
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
  GOR_N_STRINGS_FUNCS
} GorStringsFunc;

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
